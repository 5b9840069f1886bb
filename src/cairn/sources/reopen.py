"""Reopening an item's content after ingest (thumbnails, review, re-hashing for export).

An item is stored with its exhibit's source path and its locator; this rebuilds the entry
a source would have yielded and opens it through the same read-only openers.
"""

from __future__ import annotations

import os
from typing import BinaryIO

from cairn.model import Locator
from cairn.sources import SourceEntry, open_entry

__all__ = ["entry_for", "open_item"]


def _outermost(locator: Locator) -> Locator:
    while locator.parent is not None:
        locator = locator.parent
    return locator


def entry_for(source_path: str, locator: Locator) -> SourceEntry:
    """The entry for ``locator`` within the exhibit ingested from ``source_path``."""
    root = os.fsencode(source_path)
    outer = _outermost(locator)
    if os.path.isdir(root) and outer.type == "folder":
        fs_path = os.path.join(root, outer.path)
    else:
        fs_path = root
    return SourceEntry(locator=locator, fs_path=fs_path)


def open_item(source_path: str, locator_key: str) -> BinaryIO:
    """Open a stored item's content read-only; ``OSError`` if the evidence is not there."""
    return open_entry(entry_for(source_path, Locator.from_key(locator_key)))
