"""Stage placeholder: the HTML report lands with its own issue."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tickerwire.model import ArticleRecord, Rejection, Story, Verification


def write_report(
    path: Path,
    *,
    records: Sequence[ArticleRecord],
    stories: Sequence[Story],
    verifications: Sequence[Verification],
    rejections: Sequence[Rejection],
) -> Path | None:
    return None
