"""Exact digest lookups for tens of millions of listed hashes, in under 20 bytes an MD5.

``CompactExactIndex`` has ``ExactIndex``'s API and answers (both are tested against
``DictExactIndex``), built for lists of 50 million digests and more. Once frozen, per hash
kind it holds:

- a directory over the digests' first ``D`` bits (``2**D + 1`` offsets, ``D`` up to 24,
  about log2 of the row count), so a lookup goes straight to its bucket of about three
  rows instead of bisecting 50 million;
- the rest of each digest, without the first ``D // 8`` bytes that the bucket already
  says, as fixed-size byte strings compared whole;
- the entry ids, int32 when they fit.

At 50 million MD5s that is 13 + 4 bytes a row plus a 64 MB directory: about 0.9 GB, where
whole digests and int32 ids would take 1.0 GB. Digests within a bucket stay in add order, so
ids come back in add order as ``ExactIndex`` returns them.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from typing import Any, Final

import numpy as np
from numpy.typing import NDArray

from cairn.matching.exact import HEX_DIGITS, _decode_many, normalise_hex
from cairn.model import HashKind

__all__ = ["CompactExactIndex"]

#: Most directory bits: 2**24 offsets are 64 MB, right for about 50 million rows.
MAX_PREFIX_BITS: Final = 24
_EMPTY: Final = np.zeros(0, dtype=np.int64)


def _prefix_bits(rows: int) -> int:
    """About log2(rows) bits, so that a bucket holds one to three rows."""
    return max(8, min(MAX_PREFIX_BITS, round(math.log2(max(rows, 1)))))


def _prefixes(digests: NDArray[np.uint8], bits: int) -> NDArray[np.int64]:
    """The first ``bits`` bits (at most 24) of each digest, as integers."""
    head = digests[:, 0].astype(np.int64) << 16
    head |= digests[:, 1].astype(np.int64) << 8
    head |= digests[:, 2]
    return head >> (24 - bits)


class _Table:
    """The rows of one hash kind: added chunks, then the frozen directory and arrays."""

    def __init__(self, kind: HashKind) -> None:
        self.kind = kind
        self.width = HEX_DIGITS[kind] // 2
        self.pending_hexes: list[str] = []
        self.pending_ids: list[int] = []
        self.chunks: list[tuple[NDArray[np.uint8], NDArray[np.int64]]] = []
        self.bits = 8
        self.directory: NDArray[np.integer[Any]] = np.zeros(257, dtype=np.uint32)
        self.rest: NDArray[np.void] = np.zeros(0, dtype=f"V{self.width - 1}")
        self.ids: NDArray[np.signedinteger[Any]] = np.zeros(0, dtype=np.int32)

    def __len__(self) -> int:
        chunked = sum(int(ids.shape[0]) for _, ids in self.chunks)
        return int(self.ids.shape[0]) + chunked + len(self.pending_ids)

    @property
    def dirty(self) -> bool:
        return bool(self.pending_ids or self.chunks)

    def flush_pending(self) -> None:
        if self.pending_ids:
            digests = _decode_many(self.kind, self.pending_hexes)
            self.chunks.append((digests, np.array(self.pending_ids, dtype=np.int64)))
            self.pending_hexes, self.pending_ids = [], []

    def digests(self) -> NDArray[np.uint8]:
        """The frozen digests, whole again (their dropped first bytes from the directory)."""
        rows = self.ids.shape[0]
        dropped = self.bits // 8
        out = np.empty((rows, self.width), dtype=np.uint8)
        out[:, dropped:] = self.rest.view(np.uint8).reshape(rows, self.width - dropped)
        if dropped:
            counts = self.directory[1:].astype(np.int64) - self.directory[:-1]
            prefix = np.repeat(np.arange(counts.shape[0], dtype=np.int64), counts)
            prefix <<= 24 - self.bits
            for byte in range(dropped):
                out[:, byte] = (prefix >> (16 - 8 * byte)) & 0xFF
        return out

    def freeze(self) -> None:
        """Group every row by digest prefix, add order kept within a group."""
        self.flush_pending()
        if not self.chunks:
            return
        parts = self.chunks
        if self.ids.shape[0]:
            parts = [(self.digests(), self.ids.astype(np.int64)), *parts]
        self.chunks = []
        digests = np.concatenate([part for part, _ in parts]) if len(parts) > 1 else parts[0][0]
        ids = np.concatenate([part for _, part in parts]) if len(parts) > 1 else parts[0][1]
        del parts
        rows = digests.shape[0]
        bits = _prefix_bits(rows)
        # Sort (prefix << 32 | row): stable by construction, about 3 times an argsort's speed.
        packed = _prefixes(digests, bits).astype(np.uint64) << np.uint64(32)
        packed |= np.arange(rows, dtype=np.uint64)
        packed.sort()
        order = (packed & np.uint64(0xFFFFFFFF)).astype(np.int64)
        counts = np.bincount((packed >> np.uint64(32)).astype(np.int64), minlength=1 << bits)
        del packed
        directory: NDArray[np.integer[Any]] = np.zeros(
            (1 << bits) + 1, dtype=np.uint32 if rows < 1 << 32 else np.uint64
        )
        np.cumsum(counts, out=directory[1:])
        dropped = bits // 8
        rest = np.ascontiguousarray(digests[:, dropped:])[order]
        del digests
        self.bits = bits
        self.directory = directory
        self.rest = rest.view(f"V{self.width - dropped}").reshape(rows)
        info = np.iinfo(np.int32)
        narrow = info.min <= int(ids.min()) and int(ids.max()) <= info.max
        self.ids = ids[order].astype(np.int32 if narrow else np.int64)

    def find(self, digests: NDArray[np.uint8]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """Return (query position, row) for every row equal to a query, rows in add order."""
        prefix = _prefixes(digests, self.bits)
        starts = self.directory[prefix].astype(np.int64)
        counts = self.directory[prefix + 1].astype(np.int64) - starts
        total = int(counts.sum())
        if total == 0:
            return _EMPTY, _EMPTY
        ends = np.cumsum(counts)
        rows = np.repeat(starts - ends + counts, counts)
        rows += np.arange(total, dtype=np.int64)
        query_of = np.repeat(np.arange(digests.shape[0], dtype=np.int64), counts)
        dropped = self.bits // 8
        wanted = np.ascontiguousarray(digests[:, dropped:]).view(self.rest.dtype).reshape(-1)
        same = np.flatnonzero(self.rest[rows] == wanted[query_of])
        return query_of[same], rows[same]


class CompactExactIndex:
    """Exact digest -> entry ids in a directory of digest prefixes; see the module docstring.

    Used like ``ExactIndex``: add everything (``add_many`` for big lists), ``freeze()``,
    then look up; ``lookup_arrays`` is the call for batches of millions. Adding after a
    freeze works and the next lookup regroups everything.

    Args:
        pending_limit: single ``add`` calls kept as Python objects before they are packed.
    """

    def __init__(self, *, pending_limit: int = 1 << 16) -> None:
        self._pending_limit = pending_limit
        self._tables: dict[HashKind, _Table] = {}

    def _table(self, kind: HashKind | str) -> _Table:
        hash_kind = HashKind(kind)
        table = self._tables.get(hash_kind)
        if table is None:
            table = self._tables[hash_kind] = _Table(hash_kind)
        return table

    def __len__(self) -> int:
        return sum(len(table) for table in self._tables.values())

    def add(self, kind: HashKind | str, hex_hash: str, entry_id: int) -> None:
        """Record that entry ``entry_id`` lists digest ``hex_hash`` (either case) of ``kind``."""
        table = self._table(kind)
        normalise_hex(table.kind, hex_hash)
        table.pending_hexes.append(hex_hash)
        table.pending_ids.append(int(entry_id))
        if len(table.pending_ids) >= self._pending_limit:
            table.flush_pending()

    def add_many(
        self,
        kind: HashKind | str,
        hexes: Sequence[str],
        entry_ids: Iterable[int] | NDArray[np.integer],
    ) -> None:
        """Add many rows at once, packed straight into arrays: the way to load a big list."""
        table = self._table(kind)
        ids = np.asarray(list(entry_ids) if not isinstance(entry_ids, np.ndarray) else entry_ids)
        if ids.shape != (len(hexes),):
            raise ValueError(f"{len(hexes)} hashes but entry ids of shape {ids.shape}")
        if len(hexes) == 0:
            return
        if not np.issubdtype(ids.dtype, np.integer):
            raise ValueError(f"entry ids must be integers, got dtype {ids.dtype}")
        digests = _decode_many(table.kind, hexes)
        table.flush_pending()  # keep add order: earlier single adds go first
        table.chunks.append((digests, ids.astype(np.int64)))

    def freeze(self) -> None:
        """Group what was added so lookups go straight to their bucket."""
        for table in self._tables.values():
            if table.dirty:
                table.freeze()

    def lookup(self, kind: HashKind | str, hex_hash: str) -> list[int]:
        """Return the entry ids listing ``hex_hash``, in add order; [] if none."""
        _, ids = self.lookup_arrays(kind, [hex_hash])
        return [int(entry) for entry in ids.tolist()]

    def lookup_many(self, kind: HashKind | str, hexes: Sequence[str]) -> list[list[int]]:
        """Return, per hash, the entry ids listing it, in add order."""
        positions, ids = self.lookup_arrays(kind, hexes)
        bounds = np.zeros(len(hexes) + 1, dtype=np.int64)
        np.cumsum(np.bincount(positions, minlength=len(hexes)), out=bounds[1:])
        id_list = ids.tolist()
        return [id_list[start:end] for start, end in itertools.pairwise(bounds.tolist())]

    def lookup_arrays(
        self, kind: HashKind | str, hexes: Sequence[str]
    ) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """Return ``(positions, entry_ids)``: one pair per hit, ``positions`` ascending."""
        hash_kind = HashKind(kind)
        digests = _decode_many(hash_kind, hexes)
        table = self._tables.get(hash_kind)
        if table is None or len(table) == 0 or digests.shape[0] == 0:
            return _EMPTY, _EMPTY.copy()
        if table.dirty:
            table.freeze()
        positions, rows = table.find(digests)
        return positions, table.ids[rows].astype(np.int64)

    @property
    def nbytes(self) -> int:
        """Bytes held by the frozen arrays (pending adds not counted)."""
        return sum(
            table.directory.nbytes + table.rest.nbytes + table.ids.nbytes
            for table in self._tables.values()
        )
