"""Exact hash lookup: (hash kind, digest) -> the ids of every hash-set entry that lists it.

Known-material lists run to tens of millions of hashes and a seized device to millions of
files, so ``ExactIndex`` holds no Python object per hash once frozen. Per kind, digests are
big-endian uint64 words in a (words, n) matrix, its columns sorted once by ``freeze()`` on
row 0 (the first 8 bytes), a contiguous array that ``np.searchsorted`` bisects; the
remaining words confirm each candidate. An MD5 costs 16 bytes plus 4 for its id (8 if
ids reach 2**31). ``DictExactIndex`` is the plain-dict reference that tests hold it to.

Lookups return entry ids in the order they were added, duplicates included: one digest may
be listed by several entries (or twice by one), and every row is reported.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any, Final

import numpy as np
from numpy.typing import NDArray

from cairn.errors import InvalidHash
from cairn.model import HashKind

__all__ = ["HEX_DIGITS", "DictExactIndex", "ExactIndex", "normalise_hex"]

#: Hex digits of each kind's digest; PDQ is included so an exact PDQ lookup is possible.
HEX_DIGITS: Final[dict[HashKind, int]] = {
    HashKind.MD5: 32,
    HashKind.SHA1: 40,
    HashKind.SHA256: 64,
    HashKind.PDQ: 64,
}

_HEX_RE: Final = {
    kind: re.compile(f"[0-9A-Fa-f]{{{digits}}}") for kind, digits in HEX_DIGITS.items()
}


def normalise_hex(kind: HashKind | str, hex_hash: str) -> str:
    """Return ``hex_hash`` in lower case if it is a digest of ``kind``.

    Raises:
        InvalidHash: naming the value and kind otherwise.
    """
    hash_kind = HashKind(kind)
    if not isinstance(hex_hash, str) or _HEX_RE[hash_kind].fullmatch(hex_hash) is None:
        article = "an" if hash_kind is HashKind.MD5 else "a"
        raise InvalidHash(
            f"{hex_hash!r} is not {article} {hash_kind.value} hash "
            f"({HEX_DIGITS[hash_kind]} hex digits)"
        )
    return hex_hash.lower()


def _decode_many(kind: HashKind, hexes: Sequence[str]) -> NDArray[np.uint8]:
    """Decode hex digests into an (n, bytes) matrix in one ``bytes.fromhex`` call."""
    digits = HEX_DIGITS[kind]
    n = len(hexes)
    if n == 0:
        return np.zeros((0, digits // 2), dtype=np.uint8)
    raw: bytes | None
    try:
        # Every value must have the right length (a short one next to a long one would
        # otherwise join into valid hex); fromhex skips whitespace, so a value with spaces
        # shows up as a short result.
        same_length = set(map(len, hexes)) == {digits}
        raw = bytes.fromhex("".join(hexes)) if same_length else None
    except (TypeError, ValueError):
        raw = None
    if raw is None or len(raw) != n * digits // 2:
        for position, value in enumerate(hexes):
            try:
                normalise_hex(kind, value)
            except InvalidHash as error:
                raise InvalidHash(f"{error} (position {position})") from None
        raise InvalidHash(f"{kind.value} hashes could not be decoded")  # pragma: no cover
    return np.frombuffer(raw, dtype=np.uint8).reshape(n, digits // 2)


def _to_words(digests: NDArray[np.uint8]) -> NDArray[np.uint64]:
    """Turn an (n, bytes) matrix into (words, n) big-endian uint64 words, zero-padded.

    Big-endian words compare like the bytes themselves, so the sort is byte order.
    """
    n, width = digests.shape
    words = -(-width // 8)
    padded = np.zeros((n, words * 8), dtype=np.uint8)
    padded[:, :width] = digests
    return np.ascontiguousarray(padded.view(">u8").astype(np.uint64).T)


def _id_dtype(ids: NDArray[np.int64]) -> type[np.int32] | type[np.int64]:
    """Pick int32 when every id fits, halving the id column for ordinary databases."""
    info = np.iinfo(np.int32)
    if ids.shape[0] == 0 or (int(ids.min()) >= info.min and int(ids.max()) <= info.max):
        return np.int32
    return np.int64


class _Table:
    """The rows of one hash kind: pending Python lists, unsorted chunks, one sorted matrix."""

    def __init__(self, kind: HashKind) -> None:
        self.kind = kind
        self.word_count = -(-HEX_DIGITS[kind] // 16)
        self.pending_hexes: list[str] = []
        self.pending_ids: list[int] = []
        self.chunks: list[tuple[NDArray[np.uint64], NDArray[np.int64]]] = []
        self.words: NDArray[np.uint64] = np.zeros((self.word_count, 0), dtype=np.uint64)
        self.ids: NDArray[np.signedinteger[Any]] = np.zeros(0, dtype=np.int32)

    def __len__(self) -> int:
        chunked = sum(int(chunk_ids.shape[0]) for _, chunk_ids in self.chunks)
        return int(self.ids.shape[0]) + chunked + len(self.pending_ids)

    @property
    def dirty(self) -> bool:
        return bool(self.pending_ids or self.chunks)

    def flush_pending(self) -> None:
        if self.pending_ids:
            words = _to_words(_decode_many(self.kind, self.pending_hexes))
            self.chunks.append((words, np.array(self.pending_ids, dtype=np.int64)))
            self.pending_hexes = []
            self.pending_ids = []

    def freeze(self) -> None:
        """Merge everything into one matrix sorted by first word, ties in add order."""
        self.flush_pending()
        if not self.chunks:
            return
        parts = [(self.words, self.ids), *self.chunks] if self.ids.shape[0] else self.chunks
        self.chunks = []
        # Drop our own references so that merged parts are freed before sorting.
        self.words = np.zeros((self.word_count, 0), dtype=np.uint64)
        self.ids = np.zeros(0, dtype=np.int32)
        if len(parts) == 1:
            words, ids = parts[0][0], parts[0][1].astype(np.int64, copy=False)
        else:
            words = np.concatenate([part for part, _ in parts], axis=1)
            ids = np.concatenate([part_ids.astype(np.int64) for _, part_ids in parts])
        del parts
        # Sorting by the first word is enough: a lookup checks every row of its run of
        # equal first words, and the stable sort keeps equal digests in add order.
        order = np.argsort(words[0], kind="stable")
        for row in words:  # in place, one row at a time, to keep the peak memory low
            row[:] = row[order]
        self.words = words
        narrow: NDArray[np.signedinteger[Any]] = ids.astype(_id_dtype(ids))
        self.ids = narrow[order]

    def find(self, queries: NDArray[np.uint64]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """Return (query position, row) for every row equal to a query, rows in add order."""
        prefixes = self.words[0]
        keys = queries[0]
        # Bisecting for sorted keys walks the table in order instead of jumping at random:
        # about 20 times faster once the table outgrows the CPU cache.
        order = np.argsort(keys)
        sorted_keys = keys[order]
        low = np.empty(keys.shape[0], dtype=np.int64)
        high = np.empty(keys.shape[0], dtype=np.int64)
        low[order] = np.searchsorted(prefixes, sorted_keys, side="left")
        high[order] = np.searchsorted(prefixes, sorted_keys, side="right")
        counts = high - low
        total = int(counts.sum())
        query_of = np.repeat(np.arange(queries.shape[1], dtype=np.int64), counts)
        run_start = np.repeat(np.cumsum(counts) - counts, counts)
        rows = np.repeat(low, counts) + (np.arange(total) - run_start)
        if self.word_count > 1 and total:
            same = (self.words[1:, rows] == queries[1:, query_of]).all(axis=0)
            query_of, rows = query_of[same], rows[same]
        return query_of, rows

    def find_one(self, key: list[int]) -> list[int]:
        """Return the ids of rows equal to one digest given as Python ints, in add order."""
        prefixes = self.words[0]
        first = np.uint64(key[0])
        low = int(prefixes.searchsorted(first, side="left"))
        high = int(prefixes.searchsorted(first, side="right"))
        if low == high:
            return []
        ids: list[int] = self.ids[low:high].tolist()
        if self.word_count == 1:
            return ids
        rest: list[list[int]] = self.words[1:, low:high].T.tolist()
        return [entry for entry, words in zip(ids, rest, strict=True) if words == key[1:]]


class ExactIndex:
    """Exact digest -> entry ids, compact once frozen.

    Add everything (``add`` or the faster ``add_many``), call ``freeze()``, then look up.
    A lookup with adds still pending freezes first, which re-sorts: correct but slow if
    adds and lookups alternate.

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
        words = _to_words(_decode_many(table.kind, hexes))
        table.flush_pending()  # keep add order: earlier single adds go first
        table.chunks.append((words, ids.astype(np.int64)))

    def freeze(self) -> None:
        """Sort what was added so lookups can bisect; cheap when nothing is new."""
        for table in self._tables.values():
            if table.dirty:
                table.freeze()

    def lookup(self, kind: HashKind | str, hex_hash: str) -> list[int]:
        """Return the entry ids listing ``hex_hash``, in add order; [] if none.

        A scalar path (a few microseconds) for callers that match one item at a time.
        """
        hash_kind = HashKind(kind)
        normalise_hex(hash_kind, hex_hash)
        table = self._tables.get(hash_kind)
        if table is None:
            return []
        if table.dirty:
            table.freeze()
        raw = bytes.fromhex(hex_hash).ljust(table.word_count * 8, b"\0")
        return table.find_one(
            [int.from_bytes(raw[at : at + 8], "big") for at in range(0, len(raw), 8)]
        )

    def lookup_many(self, kind: HashKind | str, hexes: Sequence[str]) -> list[list[int]]:
        """Return, per hash, the entry ids listing it, in add order."""
        positions, ids = self.lookup_arrays(kind, hexes)
        bounds = np.zeros(len(hexes) + 1, dtype=np.int64)
        np.cumsum(np.bincount(positions, minlength=len(hexes)), out=bounds[1:])
        id_list = ids.tolist()
        edges = bounds.tolist()
        return [id_list[start:end] for start, end in itertools.pairwise(edges)]

    def lookup_arrays(
        self, kind: HashKind | str, hexes: Sequence[str]
    ) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """Return ``(positions, entry_ids)``: one pair per hit, ``positions`` ascending.

        No Python object per hit, for matching millions of items at once.
        """
        hash_kind = HashKind(kind)
        digests = _decode_many(hash_kind, hexes)
        table = self._tables.get(hash_kind)
        if table is None or len(table) == 0 or digests.shape[0] == 0:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty.copy()
        if table.dirty:
            table.freeze()
        positions, rows = table.find(_to_words(digests))
        return positions, table.ids[rows].astype(np.int64)

    @property
    def nbytes(self) -> int:
        """Bytes held by the frozen arrays (pending adds not counted)."""
        return sum(table.words.nbytes + table.ids.nbytes for table in self._tables.values())


class DictExactIndex:
    """The reference exact index: a dict of lists, obviously right and memory-hungry."""

    def __init__(self) -> None:
        self._entries: dict[tuple[HashKind, str], list[int]] = {}
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, kind: HashKind | str, hex_hash: str, entry_id: int) -> None:
        """Record that entry ``entry_id`` lists digest ``hex_hash`` of ``kind``."""
        key = (HashKind(kind), normalise_hex(kind, hex_hash))
        self._entries.setdefault(key, []).append(int(entry_id))
        self._count += 1

    def add_many(
        self,
        kind: HashKind | str,
        hexes: Sequence[str],
        entry_ids: Iterable[int] | NDArray[np.integer],
    ) -> None:
        """Add rows one by one."""
        ids = [int(entry_id) for entry_id in entry_ids]
        if len(ids) != len(hexes):
            raise ValueError(f"{len(hexes)} hashes but {len(ids)} entry ids")
        for hex_hash, entry_id in zip(hexes, ids, strict=True):
            self.add(kind, hex_hash, entry_id)

    def freeze(self) -> None:
        """Nothing to do; present so both indexes are used the same way."""

    def lookup(self, kind: HashKind | str, hex_hash: str) -> list[int]:
        """Return the entry ids listing ``hex_hash``, in add order; [] if none."""
        key = (HashKind(kind), normalise_hex(kind, hex_hash))
        return list(self._entries.get(key, []))

    def lookup_many(self, kind: HashKind | str, hexes: Sequence[str]) -> list[list[int]]:
        """Return, per hash, the entry ids listing it, in add order."""
        return [self.lookup(kind, hex_hash) for hex_hash in hexes]
