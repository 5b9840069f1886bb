"""Building the records the export writers read, for tests that do not need a store.

Hashes are of made-up benign byte strings; categories are labels only.
"""

from __future__ import annotations

import hashlib
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

from cairn.model import Category
from cairn.store.exports import ExportItem, ExportMatch


def hashes(seed: str) -> dict[str, str]:
    data = f"benign export test {seed}".encode()
    return {
        "md5": hashlib.md5(data).hexdigest(),
        "sha1": hashlib.sha1(data).hexdigest(),
        "sha256": hashlib.sha256(data).hexdigest(),
        "pdq": hashlib.sha256(b"pdq " + data).hexdigest(),
    }


def match(
    category: Category | None = None,
    *,
    hashset: str = "listed",
    entry_id: int = 1,
    kind: str = "md5",
    distance: int = 0,
    threshold: int = 0,
    known_good: bool = False,
    set_scheme: str | None = None,
    source: str = "line 2",
    **extra: Any,
) -> ExportMatch:
    return ExportMatch(
        entry_id=entry_id,
        hashset=hashset,
        known_good=known_good,
        kind=kind,
        distance=distance,
        threshold=threshold,
        category=category,
        set_scheme=set_scheme if set_scheme is not None else (category and category.scheme),
        source=source,
        extra=extra,
    )


def item(
    seed: str,
    *matches: ExportMatch,
    item_id: int = 1,
    path: str | None = None,
    exhibit: str = "E1",
    deleted: bool = False,
    status: str = "processed",
    reason: str | None = None,
    size: int | None = 1234,
    mime: str | None = "image/jpeg",
    kind: str = "image",
    same_as: str | None = None,
) -> ExportItem:
    """An item; ``same_as`` gives it the hashes of another seed (a copy of that file)."""
    h = hashes(same_as or seed)
    path = path if path is not None else f"pics/{seed}.jpg"
    folder, _sep, name = path.rpartition("/")
    return ExportItem(
        id=item_id,
        exhibit=exhibit,
        path=path,
        folder=folder,
        name=name,
        status=status,
        reason=reason,
        kind=kind,
        mime=mime,
        size=size,
        deleted=deleted,
        md5=h["md5"],
        sha1=h["sha1"],
        sha256=h["sha256"],
        pdq=h["pdq"],
        matches=tuple(matches),
    )


def many(count: int, category: Category | None = None) -> Iterator[ExportItem]:
    """``count`` distinct items, cheaply (hashes are the item number in hex)."""
    matches = (match(category),)
    for number in range(count):
        yield ExportItem(
            id=number,
            exhibit="E1",
            path=f"pics/{number}.jpg",
            folder="pics",
            name=f"{number}.jpg",
            status="processed",
            reason=None,
            kind="image",
            mime="image/jpeg",
            size=number,
            deleted=False,
            md5=f"{number:032x}",
            sha1=f"{number:040x}",
            sha256=f"{number:064x}",
            pdq=f"{number:064x}",
            matches=matches,
        )


def peak_memory(write: Callable[[Iterator[ExportItem]], object], count: int) -> int:
    """Peak bytes allocated while ``write`` consumes ``count`` items (tracemalloc)."""
    tracemalloc.start()
    try:
        write(many(count, Category("pv-us", "1")))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


class Discard:
    """A sink that counts what is written and keeps nothing."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, text: str) -> int:
        self.size += len(text)
        return len(text)
