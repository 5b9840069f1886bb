"""The opener registry: locator type → function that opens an entry of that type, read-only.

Kept apart from the package ``__init__`` so that container sources (archives, disk images,
UFDR) can open their parent layer through the same dispatch without an import cycle: an
archive member inside a file inside a partition opens its archive, which opens the file,
which opens the partition's file system, which opens the image.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import BinaryIO

from cairn.errors import SourceError
from cairn.model import Locator
from cairn.sources.folder import NAME as FOLDER
from cairn.sources.folder import SourceEntry, open_readonly

__all__ = ["OPENERS", "Opener", "open_entry", "open_locator", "register"]

Opener = Callable[[SourceEntry], BinaryIO]


def _open_folder_file(entry: SourceEntry) -> BinaryIO:
    return os.fdopen(open_readonly(entry.fs_path), "rb")


OPENERS: dict[str, Opener] = {FOLDER: _open_folder_file}
"""Locator type → function opening an entry of that type for reading (read-only)."""


def register(locator_type: str, opener: Opener) -> None:
    """Add an opener; a type registered twice is a programming error."""
    if OPENERS.get(locator_type, opener) is not opener:
        raise ValueError(f"locator type {locator_type!r} already has an opener")
    OPENERS[locator_type] = opener


def open_entry(entry: SourceEntry) -> BinaryIO:
    """Open an entry's content for reading; ``OSError`` for I/O problems."""
    try:
        opener = OPENERS[entry.locator.type]
    except KeyError:
        raise SourceError(f"no opener for locator type {entry.locator.type!r}") from None
    return opener(entry)


def open_locator(locator: Locator, fs_path: bytes) -> BinaryIO:
    """Open any layer of a locator chain that starts from the file at ``fs_path``."""
    return open_entry(SourceEntry(locator, fs_path))
