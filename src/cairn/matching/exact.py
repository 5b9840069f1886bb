"""Exact hash lookup: (hash kind, digest) -> the ids of every hash-set entry that lists it.

Known-material lists run to tens of millions of hashes and a seized device to millions of
files, so ``ExactIndex`` holds no Python object per hash once frozen. Per hash kind it holds:

- a directory over the digests' first ``D`` bits (``2**D + 1`` offsets, ``D`` about log2 of
  the row count, 8 to 24), so a lookup goes straight to its bucket of about one to three
  rows instead of bisecting 50 million;
- the rest of each digest, without the first ``D // 8`` bytes that the bucket already
  says, as fixed-size byte strings compared whole;
- the entry ids, int32 when they fit.

At 50 million MD5s that is 13 + 4 bytes a row plus a 64 MB directory: about 0.9 GB, and
1.1 million lookups a second per core (bench/RESULTS.md). ``save`` writes the arrays as
``.npy`` files with a JSON manifest and ``load`` maps them back (docs/matching.md, no
pickle). ``DictExactIndex`` is the plain-dict reference that tests hold it to.

Lookups return entry ids in the order they were added, duplicates included: one digest may
be listed by several entries (or twice by one), and every row is reported.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Final, Literal, Self

import numpy as np
from numpy.typing import NDArray

from cairn.errors import InvalidHash, SourceError
from cairn.memory import release_memory
from cairn.model import HashKind

__all__ = [
    "EXACT_FORMAT",
    "EXACT_FORMAT_VERSION",
    "HEX_DIGITS",
    "DictExactIndex",
    "ExactIndex",
    "normalise_hex",
]

#: Hex digits of each kind's digest; PDQ is included so an exact PDQ lookup is possible.
HEX_DIGITS: Final[dict[HashKind, int]] = {
    HashKind.MD5: 32,
    HashKind.SHA1: 40,
    HashKind.SHA256: 64,
    HashKind.PDQ: 64,
}

#: ``format`` and ``version`` in the manifest (``exact.json``) of a saved index.
EXACT_FORMAT: Final = "cairn-exact"
EXACT_FORMAT_VERSION: Final = 1
EXACT_MANIFEST: Final = "exact.json"

#: Most directory bits: 2**24 offsets are 64 MB, right for about 50 million rows.
MAX_PREFIX_BITS: Final = 24
_EMPTY: Final = np.zeros(0, dtype=np.int64)

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

    @property
    def dropped(self) -> int:
        """Leading bytes of each digest that the directory gives, not stored in ``rest``."""
        return self.bits // 8

    def flush_pending(self) -> None:
        if self.pending_ids:
            digests = _decode_many(self.kind, self.pending_hexes)
            self.chunks.append((digests, np.array(self.pending_ids, dtype=np.int64)))
            self.pending_hexes, self.pending_ids = [], []

    def digests(self) -> NDArray[np.uint8]:
        """The frozen digests, whole again (their dropped first bytes from the directory)."""
        rows = self.ids.shape[0]
        dropped = self.dropped
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
        # Memory, not speed, bounds a national set (50 M rows): each chunk is copied into
        # the whole and released at once, and the sorted suffixes are gathered a block at a
        # time, so no more than one full copy of the digests is alive at any moment.
        rows = sum(int(part.shape[0]) for part, _ in parts)
        info = np.iinfo(np.int32)
        narrow = all(
            info.min <= int(part_ids.min()) and int(part_ids.max()) <= info.max
            for _, part_ids in parts
            if part_ids.shape[0]
        )
        digests = np.empty((rows, self.width), dtype=np.uint8)
        ids: NDArray[np.signedinteger[Any]] = np.empty(rows, dtype=np.int32 if narrow else np.int64)
        at = 0
        parts.reverse()
        while parts:
            part, part_ids = parts.pop()
            digests[at : at + part.shape[0]] = part
            ids[at : at + part.shape[0]] = part_ids
            at += part.shape[0]
            del part, part_ids
        release_memory(collect=False)  # the chunks' heap pages, before the sort's arrays
        bits = _prefix_bits(rows)
        # Sort (prefix << 32 | row): stable by construction, about 3 times an argsort's speed.
        # Built and counted a block at a time: whole-array temporaries would cost several
        # times the digests' own size at the moment memory is tightest.
        block = 1 << 22
        packed = np.empty(rows, dtype=np.uint64)
        for start in range(0, rows, block):
            stop = min(start + block, rows)
            head = _prefixes(digests[start:stop], bits).astype(np.uint64)
            head <<= np.uint64(32)
            head |= np.arange(start, stop, dtype=np.uint64)
            packed[start:stop] = head
            del head
        packed.sort()
        counts = np.zeros(1 << bits, dtype=np.int64)
        for start in range(0, rows, block):
            top = (packed[start : start + block] >> np.uint64(32)).astype(np.intp)
            counts += np.bincount(top, minlength=1 << bits)
            del top
        packed &= np.uint64(0xFFFFFFFF)
        order = packed.view(np.int64)  # the row numbers, in place: they fit in 32 bits
        directory: NDArray[np.integer[Any]] = np.zeros(
            (1 << bits) + 1, dtype=np.uint32 if rows < 1 << 32 else np.uint64
        )
        np.cumsum(counts, out=directory[1:])
        dropped = bits // 8
        rest = np.empty((rows, self.width - dropped), dtype=np.uint8)
        for start in range(0, rows, block):
            rest[start : start + block] = digests[order[start : start + block], dropped:]
        del digests
        self.bits = bits
        self.directory = directory
        self.rest = rest.view(f"V{self.width - dropped}").reshape(rows)
        self.ids = ids[order]
        del order, packed

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
        wanted = np.ascontiguousarray(digests[:, self.dropped :]).view(self.rest.dtype)
        same = np.flatnonzero(self.rest[rows] == wanted.reshape(-1)[query_of])
        return query_of[same], rows[same]

    def find_one(self, raw: bytes) -> list[int]:
        """Return the ids of rows equal to one digest, in add order: the scalar path."""
        prefix = int.from_bytes(raw[:3], "big") >> (24 - self.bits)
        low, high = int(self.directory[prefix]), int(self.directory[prefix + 1])
        if low == high:
            return []
        wanted = raw[self.dropped :]
        rest = self.rest[low:high]
        ids = self.ids[low:high]
        return [int(ids[row]) for row in range(high - low) if rest[row].tobytes() == wanted]


class ExactIndex:
    """Exact digest -> entry ids in a directory of digest prefixes; see the module docstring.

    Add everything (``add_many`` for big lists), ``freeze()``, then look up;
    ``lookup_arrays`` is the call for batches of millions. Adding after a freeze works and
    the next lookup regroups everything (correct, but slow if adds and lookups alternate).

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
        """Group what was added so lookups go straight to their bucket; cheap if nothing is new."""
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
        return table.find_one(bytes.fromhex(hex_hash))

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
        """Return ``(positions, entry_ids)``: one pair per hit, ``positions`` ascending.

        No Python object per hit, for matching millions of items at once.
        """
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

    # --- files --------------------------------------------------------------------------

    def save(self, path: str | os.PathLike[str]) -> list[Path]:
        """Freeze, then write the index into the folder ``path``; return the files written.

        Per kind three ``.npy`` files (``<kind>-directory``, ``<kind>-rest``, ``<kind>-ids``)
        and ``exact.json`` last, naming the kinds, row counts and directory bits (format in
        docs/matching.md; nothing is pickled). Each file is flushed to disk. The caller makes
        the folder appear atomically (write it under a temporary name, then rename).
        """
        self.freeze()
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        kinds: dict[str, dict[str, int]] = {}
        for kind, table in self._tables.items():
            rows = int(table.ids.shape[0])
            if rows == 0:
                continue
            kinds[kind.value] = {"rows": rows, "bits": table.bits}
            rest = table.rest.view(np.uint8).reshape(rows, table.width - table.dropped)
            for name, array in (
                ("directory", table.directory),
                ("rest", rest),
                ("ids", table.ids),
            ):
                target = folder / f"{kind.value}-{name}.npy"
                _write_array(target, array)
                written.append(target)
        manifest = {"format": EXACT_FORMAT, "version": EXACT_FORMAT_VERSION, "kinds": kinds}
        target = folder / EXACT_MANIFEST
        _write_text(target, json.dumps(manifest, indent=1) + "\n")
        written.append(target)
        return written

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, mmap: bool = False) -> Self:
        """Read an index written by ``save``; with ``mmap`` the arrays are mapped read-only.

        Raises:
            SourceError: naming the folder, if a file is missing, damaged or inconsistent.
        """
        folder = Path(path)
        try:
            manifest = json.loads((folder / EXACT_MANIFEST).read_text())
        except (OSError, ValueError) as error:
            raise SourceError(f"cannot read exact index {folder}: {error}") from error
        if not isinstance(manifest, dict) or manifest.get("format") != EXACT_FORMAT:
            raise SourceError(f"{folder} is not a {EXACT_FORMAT} index")
        if manifest.get("version") != EXACT_FORMAT_VERSION:
            raise SourceError(
                f"{folder} is {EXACT_FORMAT} version {manifest.get('version')!r}; "
                f"this Cairn reads version {EXACT_FORMAT_VERSION}"
            )
        loaded = cls()
        try:
            for name, spec in manifest["kinds"].items():
                loaded._tables[HashKind(name)] = _read_table(
                    folder, HashKind(name), int(spec["rows"]), int(spec["bits"]), mmap
                )
        except (KeyError, TypeError, ValueError, OSError) as error:
            raise SourceError(f"exact index {folder} is damaged: {error}") from error
        return loaded


def _write_array(path: Path, array: NDArray[Any]) -> None:
    with path.open("wb") as handle:
        np.save(handle, np.ascontiguousarray(array), allow_pickle=False)
        handle.flush()
        os.fsync(handle.fileno())


def _write_text(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def _read_table(folder: Path, kind: HashKind, rows: int, bits: int, mmap: bool) -> _Table:
    """Read one kind's arrays, checking every dtype and shape against the manifest."""
    if not 8 <= bits <= MAX_PREFIX_BITS:
        raise ValueError(f"{kind.value}: directory bits {bits} out of range")
    mode: Literal["r"] | None = "r" if mmap else None
    table = _Table(kind)
    dropped = bits // 8

    def read(name: str, dtypes: tuple[Any, ...], shape: tuple[int, ...]) -> NDArray[Any]:
        file = f"{kind.value}-{name}.npy"
        array: NDArray[Any] = np.load(folder / file, mmap_mode=mode, allow_pickle=False)
        if array.dtype not in [np.dtype(d) for d in dtypes] or array.shape != shape:
            raise ValueError(
                f"{file} holds {array.dtype}{list(array.shape)}, expected {shape} of {dtypes}"
            )
        return array

    directory = read("directory", (np.uint32, np.uint64), ((1 << bits) + 1,))
    if int(directory[-1]) != rows or int(directory[0]) != 0:
        raise ValueError(f"{kind.value}-directory.npy does not fit {rows} rows")
    rest = read("rest", (np.uint8,), (rows, table.width - dropped))
    table.bits = bits
    table.directory = directory
    table.rest = rest.view(f"V{table.width - dropped}").reshape(rows)
    table.ids = read("ids", (np.int32, np.int64), (rows,))
    return table


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
