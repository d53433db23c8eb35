"""Shipped reference facts: listings grouped by issuer, indices, unlisted organisations.

Public helpers for other stages (nothing else here is a contract):

- ``load_master()`` -> ``SecurityMaster`` (cached once per process) with
  ``get(listing_id)``, ``listings_of_issuer(listing_id)``, ``primary(listing_id)``,
  ``by_code(code)`` and ``search(text)``; each returns ``Listing`` values
  (``id``, ``issuer``, ``name``, ``issuer_name``, ``exchange``, ``currency``, ``type``...).
- ``normalise_id("XHKG:981") -> "XHKG:00981"``: one spelling per listing id.
- ``load_indices()`` -> the ``Index`` table (``INDEX:SYMBOL``, names, market);
  ``index_by_symbol("HSI")``.

The data are compiled by ``scripts/build_reference.py``; ``data/SOURCES.md`` names every
source and its date.
"""

from __future__ import annotations

from tickerwire.reference.indices import Index, index_by_symbol, load_indices
from tickerwire.reference.securities import (
    MIC_FAMILY,
    Listing,
    SecurityMaster,
    load_master,
    normalise_id,
)

__all__ = [
    "MIC_FAMILY",
    "Index",
    "Listing",
    "SecurityMaster",
    "index_by_symbol",
    "load_indices",
    "load_master",
    "normalise_id",
]
