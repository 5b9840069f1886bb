"""Evidence sources: one module per exhibit kind, each yielding entries with locators.

A source walks an exhibit and yields ``SourceEntry`` records (cheap, picklable); the
stage later opens each entry's content through ``open_entry``, which dispatches on the
locator's type through ``OPENERS``. A new kind of source registers its opener there.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import BinaryIO

from cairn.errors import SourceError
from cairn.sources.folder import NAME as FOLDER
from cairn.sources.folder import SourceEntry, open_readonly, walk_folder

__all__ = ["OPENERS", "SourceEntry", "open_entry", "open_readonly", "walk_folder"]


def _open_folder_file(entry: SourceEntry) -> BinaryIO:
    return os.fdopen(open_readonly(entry.fs_path), "rb")


OPENERS: dict[str, Callable[[SourceEntry], BinaryIO]] = {FOLDER: _open_folder_file}
"""Locator type → function opening an entry of that type for reading (read-only)."""


def open_entry(entry: SourceEntry) -> BinaryIO:
    """Open an entry's content for reading; ``OSError`` for I/O problems."""
    try:
        opener = OPENERS[entry.locator.type]
    except KeyError:
        raise SourceError(f"no opener for locator type {entry.locator.type!r}") from None
    return opener(entry)
