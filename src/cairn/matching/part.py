"""One piece of a matcher: the listed entries of one hash set (or any group), indexed.

A ``Matcher`` is composed of parts, so that each hash set (and each version of it) is
indexed once, saved in the workspace, and mapped back at the next ingest instead of being
rebuilt from the database (``cairn.pipeline.index_cache``). Within a part every entry has
a *row*; the part's exact index and PDQ index map hashes to rows, and per-row arrays give
the entry id, hash-set id, known-good flag and category. A ``live`` mask, when present,
marks rows withdrawn since the part was built: they are never returned.

Saved as a folder (format ``cairn-matcher-part`` version 1, docs/matching.md): ``part.json``,
per-row ``.npy`` arrays, an ``exact/`` folder (``ExactIndex.save``) and a ``pdq/`` folder
(``MIHPDQIndex.save``). Nothing is pickled.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal, Self

import numpy as np
from numpy.typing import NDArray

from cairn.errors import SourceError
from cairn.matching.exact import ExactIndex
from cairn.matching.pdq import pdq_array
from cairn.matching.pdq_mih import MIHPDQIndex
from cairn.model import Category, HashKind

__all__ = ["EXACT_KINDS", "PART_FORMAT", "PART_FORMAT_VERSION", "MatcherPart", "PartBuilder"]

PART_FORMAT: Final = "cairn-matcher-part"
PART_FORMAT_VERSION: Final = 1
PART_MANIFEST: Final = "part.json"
EXACT_KINDS: Final = (HashKind.MD5, HashKind.SHA1, HashKind.SHA256)
#: Per-row arrays: file name, dtype.
_ROW_ARRAYS: Final = (
    ("entries.npy", np.int64),
    ("hashsets.npy", np.int32),
    ("known_good.npy", np.bool_),
    ("categories.npy", np.int16),
)


@dataclass(slots=True, eq=False)
class MatcherPart:
    """Rows of listed entries with an exact index and a PDQ index over them (ids = rows)."""

    entry_ids: NDArray[np.int64]
    hashset_ids: NDArray[np.int32]
    known_good: NDArray[np.bool_]
    #: Per row an index into ``category_table``, or -1 for no category.
    category_codes: NDArray[np.int16]
    category_table: tuple[Category, ...]
    exact: ExactIndex
    #: PDQ hashes of the rows that are not known-good (known-good sets match exactly only).
    pdq: MIHPDQIndex
    #: Hash sets with rows in ``pdq`` (their thresholds set the search radius).
    pdq_hashsets: frozenset[int] = frozenset()
    #: False for rows withdrawn since the part was built; None when every row is live.
    live: NDArray[np.bool_] | None = None
    #: The folder the part was loaded from (its files can be hard-linked elsewhere).
    origin: Path | None = None
    _order: NDArray[np.int64] | None = field(default=None, repr=False)

    def __len__(self) -> int:
        """Live rows."""
        rows = int(self.entry_ids.shape[0])
        return rows if self.live is None else int(self.live.sum())

    @property
    def rows(self) -> int:
        """Every row, withdrawn ones included."""
        return int(self.entry_ids.shape[0])

    @classmethod
    def build(cls, entries: Iterable[Any]) -> MatcherPart:
        """Index ``ListedEntry`` objects (any objects with their fields), in order."""
        builder = PartBuilder()
        chunk: list[Any] = []
        for entry in entries:
            chunk.append(entry)
            if len(chunk) >= 50_000:
                builder.add_entries(chunk)
                chunk = []
        builder.add_entries(chunk)
        return builder.finish()

    def category(self, row: int) -> Category | None:
        code = int(self.category_codes[row])
        return None if code < 0 else self.category_table[code]

    def row_of(self, entry_id: int) -> int | None:
        """The live row of ``entry_id``, or None; bisects (entry ids are usually ascending)."""
        ids = self.entry_ids
        if self._order is None:
            ascending = ids.shape[0] < 2 or bool(np.all(ids[1:] > ids[:-1]))
            self._order = np.zeros(0, dtype=np.int64) if ascending else np.argsort(ids)
        keys = ids if self._order.shape[0] == 0 else ids[self._order]
        at = int(np.searchsorted(keys, entry_id))
        if at >= keys.shape[0] or int(keys[at]) != entry_id:
            return None
        row = at if self._order.shape[0] == 0 else int(self._order[at])
        if self.live is not None and not self.live[row]:
            return None
        return row

    def with_live(self, live: NDArray[np.bool_] | None) -> MatcherPart:
        """The same part with another mask of live rows (None: all live)."""
        if live is not None and live.shape != (self.rows,):
            raise ValueError(f"a live mask needs {self.rows} rows, got {live.shape}")
        return MatcherPart(
            self.entry_ids,
            self.hashset_ids,
            self.known_good,
            self.category_codes,
            self.category_table,
            self.exact,
            self.pdq,
            self.pdq_hashsets,
            None if live is None or bool(live.all()) else live,
            self.origin,
        )

    # --- files --------------------------------------------------------------------------

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the part into the new folder ``path`` (the live mask is not part of it).

        Every file is flushed to disk; ``part.json`` is written last. Callers publish the
        folder by renaming it into place, so a half-written part is never read.
        """
        folder = Path(path)
        folder.mkdir(parents=True)
        arrays = (self.entry_ids, self.hashset_ids, self.known_good, self.category_codes)
        for (name, dtype), array in zip(_ROW_ARRAYS, arrays, strict=True):
            _write_array(folder / name, np.asarray(array, dtype=dtype))
        self.exact.save(folder / "exact")
        if len(self.pdq):
            self.pdq.save(folder / "pdq")
        manifest = {
            "format": PART_FORMAT,
            "version": PART_FORMAT_VERSION,
            "rows": self.rows,
            "pdq_rows": len(self.pdq),
            "pdq_hashsets": sorted(self.pdq_hashsets),
            "categories": [[c.scheme, c.code] for c in self.category_table],
        }
        with (folder / PART_MANIFEST).open("w", encoding="utf-8") as handle:
            handle.write(json.dumps(manifest, indent=1) + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, mmap: bool = True) -> Self:
        """Read a part written by ``save``, its arrays memory-mapped by default.

        Raises:
            SourceError: naming the folder, if anything is missing, damaged or inconsistent.
        """
        folder = Path(path)
        try:
            manifest = json.loads((folder / PART_MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise SourceError(f"cannot read matcher part {folder}: {error}") from error
        if not isinstance(manifest, dict) or manifest.get("format") != PART_FORMAT:
            raise SourceError(f"{folder} is not a {PART_FORMAT} folder")
        if manifest.get("version") != PART_FORMAT_VERSION:
            raise SourceError(
                f"{folder} is {PART_FORMAT} version {manifest.get('version')!r}; "
                f"this Cairn reads version {PART_FORMAT_VERSION}"
            )
        mode: Literal["r"] | None = "r" if mmap else None
        try:
            rows = int(manifest["rows"])
            arrays = []
            for name, dtype in _ROW_ARRAYS:
                array = np.load(folder / name, mmap_mode=mode, allow_pickle=False)
                if array.dtype != np.dtype(dtype) or array.shape != (rows,):
                    raise ValueError(
                        f"{name} holds {array.dtype}{list(array.shape)}, expected {rows} "
                        f"of {np.dtype(dtype)}"
                    )
                arrays.append(array)
            table = tuple(Category(s, c) for s, c in manifest["categories"])
            if not all(isinstance(c.scheme, str | None) and isinstance(c.code, str) for c in table):
                raise ValueError("the category table holds values that are not text")
            codes = arrays[3]
            if rows and (int(codes.max()) >= len(table) or int(codes.min()) < -1):
                raise ValueError("categories.npy points outside the category table")
            exact = ExactIndex.load(folder / "exact", mmap=mmap)
            pdq_rows = int(manifest["pdq_rows"])
            pdq = MIHPDQIndex.load(folder / "pdq", mmap=mmap) if pdq_rows else MIHPDQIndex()
            if len(pdq) != pdq_rows:
                raise ValueError(f"pdq holds {len(pdq)} rows, manifest says {pdq_rows}")
            hashsets = frozenset(int(h) for h in manifest["pdq_hashsets"])
        except (KeyError, TypeError, ValueError, OSError) as error:
            raise SourceError(f"matcher part {folder} is damaged: {error}") from error
        return cls(
            arrays[0], arrays[1], arrays[2], arrays[3], table, exact, pdq, hashsets, None, folder
        )


class PartBuilder:
    """Builds a ``MatcherPart`` from columns of entries, a chunk at a time.

    Rows are numbered in the order they are added. Nothing is kept per entry as a Python
    object beyond the current chunk, so a set of 10 million entries builds in arrays.
    """

    def __init__(self) -> None:
        self._rows = 0
        self._entry_ids: list[NDArray[np.int64]] = []
        self._hashset_ids: list[NDArray[np.int32]] = []
        self._known_good: list[NDArray[np.bool_]] = []
        self._codes: list[NDArray[np.int16]] = []
        self._table: dict[Category, int] = {}
        self._exact = ExactIndex()
        self._pdq_hashes: list[NDArray[np.uint8]] = []
        self._pdq_rows: list[NDArray[np.int64]] = []
        self._pdq_sets: set[int] = set()

    def add_entries(self, entries: Sequence[Any]) -> None:
        """Add ``ListedEntry`` objects."""
        if not entries:
            return
        self.add_columns(
            [e.entry_id for e in entries],
            [e.hashset_id for e in entries],
            [e.known_good for e in entries],
            {kind: [getattr(e, kind.value) for e in entries] for kind in EXACT_KINDS},
            [e.pdq for e in entries],
            [e.category for e in entries],
        )

    def add_columns(
        self,
        entry_ids: Sequence[int],
        hashset_ids: Sequence[int],
        known_good: Sequence[bool],
        exact: dict[HashKind, Sequence[str | None]],
        pdq: Sequence[str | None],
        categories: Sequence[Category | None],
    ) -> None:
        """Add one chunk of entries given column by column (``None``: no such hash)."""
        count = len(entry_ids)
        start = self._rows
        self._rows += count
        self._entry_ids.append(np.asarray(entry_ids, dtype=np.int64).reshape(count))
        self._hashset_ids.append(np.asarray(hashset_ids, dtype=np.int32).reshape(count))
        good = np.asarray(known_good, dtype=np.bool_).reshape(count)
        self._known_good.append(good)
        codes = [
            -1 if category is None else self._table.setdefault(category, len(self._table))
            for category in categories
        ]
        if len(self._table) > np.iinfo(np.int16).max:
            raise ValueError("more than 32,767 distinct categories in one part")
        self._codes.append(np.asarray(codes, dtype=np.int16).reshape(count))
        for kind in EXACT_KINDS:
            values = exact.get(kind, ())
            rows = [row for row, value in enumerate(values) if value]
            if rows:
                self._exact.add_many(
                    kind,
                    [values[row] for row in rows],  # type: ignore[misc]
                    np.asarray(rows, dtype=np.int64) + start,
                )
        rows = [row for row, value in enumerate(pdq) if value and not good[row]]
        if rows:
            self._pdq_hashes.append(pdq_array([pdq[row] for row in rows]))  # type: ignore[misc]
            self._pdq_rows.append(np.asarray(rows, dtype=np.int64) + start)
            self._pdq_sets.update(int(hashset_ids[row]) for row in rows)

    def finish(self) -> MatcherPart:
        """Freeze the indexes and return the part."""

        def joined(parts: list[NDArray[Any]], dtype: Any) -> NDArray[Any]:
            return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)

        self._exact.freeze()
        pdq = MIHPDQIndex()
        if self._pdq_hashes:
            pdq.add(np.concatenate(self._pdq_hashes), np.concatenate(self._pdq_rows))
        table = tuple(sorted(self._table, key=self._table.__getitem__))
        return MatcherPart(
            joined(self._entry_ids, np.int64),
            joined(self._hashset_ids, np.int32),
            joined(self._known_good, np.bool_),
            joined(self._codes, np.int16),
            table,
            self._exact,
            pdq,
            frozenset(self._pdq_sets),
        )


def _write_array(path: Path, array: NDArray[Any]) -> None:
    with path.open("wb") as handle:
        np.save(handle, np.ascontiguousarray(array), allow_pickle=False)
        handle.flush()
        os.fsync(handle.fileno())
