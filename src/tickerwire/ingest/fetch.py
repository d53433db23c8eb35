"""Fetching feed and page URLs when there is a network, with a timeout and a size limit."""

from __future__ import annotations

import urllib.error
import urllib.request

from tickerwire import __version__
from tickerwire.model import Rejection

TIMEOUT_SECONDS = 15.0


def fetch_url(url: str, *, max_bytes: int, timeout: float = TIMEOUT_SECONDS) -> bytes | Rejection:
    request = urllib.request.Request(url, headers={"User-Agent": f"tickerwire/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as error:
        return Rejection(url, "source", f"cannot fetch: HTTP {error.code} {error.reason}")
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        return Rejection(url, "source", f"cannot fetch (offline or unreachable): {reason}")
    if len(data) > max_bytes:
        return Rejection(url, "source", f"too large: more than {max_bytes // 2**20} MB")
    return data
