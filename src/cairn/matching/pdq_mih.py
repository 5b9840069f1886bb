"""A PDQ index for millions of hashes: multi-index hashing in numpy, exact at every threshold.

Each hash is cut into ``m`` chunks of about ``256 / m`` bits. By the generalised pigeonhole
principle (Qin et al., "GPH: Similarity Search in Hamming Space", ICDE 2018), if two hashes
are within distance ``t`` then for any budgets ``tau_i`` with ``sum(tau_i + 1) = t + 1`` at
least one chunk ``i`` is within ``tau_i`` (a budget of -1 skips the chunk). So a search
looks up, per chunk, every key within ``tau_i`` of the query's chunk, and checks each row
found with its full 256-bit distance: no true match can be missed and nothing past the
threshold is returned. The budgets are spread per search by a cost model, so a search at
distance 0 probes one chunk and a search at 31 over 10 M rows probes about 2,300 keys.
Where the model says a scan is cheaper (large thresholds, small segments) the rows are
scanned instead, which is exact too.

Per chunk a segment keeps a directory over the chunk's top ``k`` bits (``2**k + 1`` uint32
offsets) and, sorted by chunk key, one entry per row: ``row << r | low`` with ``r = bits - k``
low key bits, which filter a bucket before any full hash is read. Everything is plain numpy;
queries are worked in sub-batches whose temporaries stay small, optionally on several threads
(numpy releases the GIL in the heavy calls).

Growth is log-structured: each ``add`` builds a new segment, and a segment at least half the
size of the one before it is merged into it, so 100,000 hashes added to a 10 M index are
searchable after building 100,000 rows, not 10 M. ``remove`` withdraws entry ids through a
per-segment mask. ``save`` writes a folder of ``.npy`` files and a JSON manifest (documented
in docs/matching.md; nothing is pickled); ``load`` reads it whole or memory-maps it.
"""

from __future__ import annotations

import functools
import json
import math
import os
import shutil
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Final, Literal, Self

import numpy as np
from numpy.typing import NDArray

from cairn.errors import SourceError
from cairn.matching.index import (
    Hits,
    as_id_array,
    check_threshold,
    hits_from_ranges,
    read_index_file,
)
from cairn.matching.pdq import PDQ_BITS, PDQ_BYTES, as_pdq_matrix

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "MIHPDQIndex"]

#: ``format`` in the manifest of a saved index, and the version this code writes and reads.
FORMAT_NAME: Final = "cairn-pdq-mih"
FORMAT_VERSION: Final = 1
MANIFEST: Final = "manifest.json"

#: Segments with fewer rows are scanned; chunk tables would cost more than they save.
SCAN_ROWS: Final = 4096
#: Probes (query x key) one sub-batch may generate per chunk; bounds temporary memory.
PROBES_PER_BATCH: Final = 1 << 18
#: Most queries in one sub-batch.
MAX_BATCH: Final = 512
#: At most this many low key bits are kept in an entry (they must fit one byte).
MAX_LOW_BITS: Final = 8

# Cost model, in nanoseconds on one core (measured on the 2-core bench machine, numpy 2.4):
# one probed key, one bucket entry through the low-bit filter, one candidate read and
# verified, and one row of a scan per query.
_COST_PROBE: Final = 30.0
_COST_ENTRY: Final = 12.0
_COST_CANDIDATE: Final = 60.0
_COST_SCAN_ROW: Final = 4.0

_EMPTY: Final = np.zeros(0, dtype=np.int64)


@dataclass(frozen=True, slots=True)
class _Chunk:
    """The table of one chunk: bits ``[start, start + bits)`` of the hash, MSB first."""

    start: int
    bits: int
    top_bits: int
    #: ``2**top_bits + 1`` offsets: rows whose key starts with ``p`` are entries[dir[p]:dir[p+1]].
    directory: NDArray[np.uint32]
    #: One per row, sorted by key: ``row << low_bits | (key & low_mask)``.
    entries: NDArray[np.unsignedinteger[Any]]

    @property
    def low_bits(self) -> int:
        return self.bits - self.top_bits


@dataclass(slots=True)
class _Segment:
    """Immutable rows and their chunk tables, plus a mutable mask of withdrawn rows."""

    hashes: NDArray[np.uint8]
    #: Entry ids, int32 when every id fits (halving their memory), else int64.
    ids: NDArray[np.signedinteger[Any]]
    chunks: tuple[_Chunk, ...]
    withdrawn: NDArray[np.bool_] | None = None
    #: The folder this segment's files were last saved to or loaded from (for hard links).
    origin: Path | None = None
    words: NDArray[np.uint64] = field(init=False)

    def __post_init__(self) -> None:
        self.words = _words(self.hashes)

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    @property
    def live(self) -> int:
        withdrawn = 0 if self.withdrawn is None else int(self.withdrawn.sum())
        return len(self) - withdrawn

    @property
    def nbytes(self) -> int:
        arrays: list[NDArray[Any]] = [self.hashes, self.ids]
        if self.withdrawn is not None:
            arrays.append(self.withdrawn)
        for chunk in self.chunks:
            arrays += [chunk.directory, chunk.entries]
        return sum(int(array.nbytes) for array in arrays)


class MIHPDQIndex:
    """Exact PDQ range search by multi-index hashing (NAME ``pdq-mih``).

    Meant for large lists searched by large batches: at 10 M rows and distance 31 it
    answered 1,000-1,400 queries a second per core in 892 MB on the bench machine, 15-25
    times HMA's index (bench/RESULTS.md). It returns exactly what ``BruteForcePDQIndex``
    returns, at every threshold.

    Args:
        threads: sub-batches of queries searched at once on this many threads.
    """

    NAME: ClassVar[str] = "pdq-mih"

    def __init__(self, *, threads: int = 1) -> None:
        if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
            raise ValueError(f"threads must be an int of at least 1, got {threads!r}")
        self._threads = threads
        self._segments: list[_Segment] = []

    def __len__(self) -> int:
        """Rows added and not withdrawn."""
        return sum(segment.live for segment in self._segments)

    @property
    def segment_sizes(self) -> list[int]:
        """Rows in each segment, oldest first (withdrawn rows included until a merge)."""
        return [len(segment) for segment in self._segments]

    @property
    def nbytes(self) -> int:
        """Bytes of the arrays the index holds (memory-mapped ones included)."""
        return sum(segment.nbytes for segment in self._segments)

    def add(self, hashes: NDArray[np.uint8], ids: NDArray[np.int64]) -> None:
        """Add rows as a new segment; merge it with smaller-or-equal recent segments.

        ``hashes`` is (n, 32) uint8, ``ids`` n non-negative entry ids (repeats allowed).
        Adding n rows costs building n rows, plus the occasional merge (each row is rebuilt
        O(log N) times over the life of the index), never a rebuild of the whole index.
        """
        matrix = as_pdq_matrix(hashes)
        id_array = as_id_array(ids, matrix.shape[0])
        if matrix.shape[0] == 0:
            return
        self._segments.append(_build_segment(matrix.copy(), id_array.copy()))
        while len(self._segments) >= 2 and (2 * len(self._segments[-1]) >= len(self._segments[-2])):
            newer = self._segments.pop()
            older = self._segments.pop()
            self._segments.append(_merge([older, newer]))

    def remove(self, ids: Iterable[int] | NDArray[np.integer]) -> int:
        """Withdraw every row whose entry id is in ``ids``; return how many rows that was.

        Withdrawn rows are never returned again; their space is reclaimed when their
        segment is next merged, or by ``compact``.
        """
        wanted = np.unique(np.asarray(list(ids) if not isinstance(ids, np.ndarray) else ids))
        if wanted.size and not np.issubdtype(wanted.dtype, np.integer):
            raise ValueError(f"ids must be integers, got dtype {wanted.dtype}")
        removed = 0
        for segment in self._segments:
            if wanted.size == 0:
                break
            hit = np.isin(segment.ids, wanted)
            if segment.withdrawn is not None:
                hit &= ~segment.withdrawn
            count = int(hit.sum())
            if count:
                segment.withdrawn = hit if segment.withdrawn is None else segment.withdrawn | hit
                removed += count
        return removed

    def compact(self) -> None:
        """Merge every segment into one and drop withdrawn rows (a full rebuild)."""
        if len(self._segments) > 1 or any(s.withdrawn is not None for s in self._segments):
            merged = _merge(self._segments)
            self._segments = [merged] if len(merged) else []

    def search(self, queries: NDArray[np.uint8], threshold: int) -> Hits:
        """Return, per query, every row at distance <= ``threshold``, sorted by (distance, id)."""
        lims, ids, distances = self.search_arrays(queries, threshold)
        return hits_from_ranges(lims, ids, distances)

    def search_arrays(
        self, queries: NDArray[np.uint8], threshold: int
    ) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
        """Like ``search`` but as arrays ``(lims, ids, distances)``: the way to match batches.

        Query ``q``'s hits are ``ids[lims[q]:lims[q + 1]]``, sorted by (distance, id). Give it
        as many queries as memory allows (a million is fine): they are searched in small
        sub-batches, on ``threads`` threads, and no Python object is made per hit.
        """
        limit = check_threshold(threshold)
        matrix = as_pdq_matrix(queries, "queries")
        count = matrix.shape[0]
        lims = np.zeros(count + 1, dtype=np.int64)
        segments = [segment for segment in self._segments if segment.live]
        if count == 0 or not segments:
            return lims, _EMPTY, _EMPTY
        plans = [_plan(segment, limit) for segment in segments]
        batch = _batch_size(plans)
        starts = range(0, count, batch)

        def work(start: int) -> list[tuple[NDArray[np.int64], ...]]:
            part = matrix[start : start + batch]
            found = [
                _search_segment(s, p, part, limit) for s, p in zip(segments, plans, strict=True)
            ]
            return [(query + start, ids, distance) for query, ids, distance in found]

        if self._threads > 1 and len(starts) > 1:
            with ThreadPoolExecutor(self._threads) as pool:
                results = [item for part in pool.map(work, starts) for item in part]
        else:
            results = [item for start in starts for item in work(start)]
        query_of_hit = np.concatenate([result[0] for result in results])
        ids = np.concatenate([result[1] for result in results])
        distances = np.concatenate([result[2] for result in results])
        order = np.lexsort((ids, distances, query_of_hit))
        np.cumsum(np.bincount(query_of_hit, minlength=count), out=lims[1:])
        return lims, ids[order], distances[order]

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the index to the folder ``path``: ``manifest.json`` and a folder per segment.

        Saving is atomic and incremental. Segment folders are written under new names,
        then the manifest is replaced by one rename, then files it no longer lists are
        deleted: a crash at any point leaves the previous save readable. Segments already
        in this folder are not written again (only their withdrawn-row masks), so saving
        after adding 100,000 rows to a large index writes those rows; segments saved in
        another folder are hard-linked from it where the file system allows. One process
        at a time may save to a folder.

        Raises:
            ValueError: if ``path`` exists and is not an index folder (nor an empty one).
        """
        folder = Path(path).resolve()
        if folder.exists() and not (
            folder.is_dir() and ((folder / MANIFEST).is_file() or not any(folder.iterdir()))
        ):
            raise ValueError(f"{folder} exists and is not a {FORMAT_NAME} index folder")
        folder.mkdir(parents=True, exist_ok=True)
        token = f"{time.time_ns():x}"
        listed: list[dict[str, Any]] = []
        for number, segment in enumerate(self._segments):
            here = segment.origin is not None and segment.origin.parent == folder
            name = (
                segment.origin.name if here and segment.origin else f"segment-{token}-{number:03d}"
            )
            if not here:
                _write_segment(segment, folder / name)
            mask = None
            if segment.withdrawn is not None and segment.withdrawn.any():
                mask = f"withdrawn-{token}.npy"
                _write_array(folder / name / mask, segment.withdrawn)
            listed.append(_segment_manifest(segment, name, mask))
        manifest = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "rows": sum(len(segment) for segment in self._segments),
            "segments": listed,
        }
        staging = folder / f"{MANIFEST}.{token}.tmp"
        with staging.open("w") as handle:
            handle.write(json.dumps(manifest, indent=1) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(staging, folder / MANIFEST)
        _remove_unlisted(folder, listed)
        for segment, entry in zip(self._segments, listed, strict=True):
            segment.origin = folder / entry["name"]

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, mmap: bool = False, threads: int = 1) -> Self:
        """Read an index saved by ``save``, or a file in the shared flat PDQ index format.

        Args:
            path: a folder written by ``save``; or a file written by ``FaissPDQIndex`` or
                ``BruteForcePDQIndex`` (``<path>`` + ``<path>.ids.npy``), which is indexed
                on loading.
            mmap: map the arrays read-only instead of reading them: opening takes
                milliseconds and the operating system pages them in as searches touch them.
            threads: as for the constructor.

        Raises:
            SourceError: naming the path, if files are missing, damaged or inconsistent.
        """
        where = Path(path)
        loaded = cls(threads=threads)
        if where.is_file():
            index, ids = read_index_file(where)
            rows = index.reconstruct_n(0, int(index.ntotal))
            loaded.add(np.ascontiguousarray(rows, dtype=np.uint8).reshape(-1, PDQ_BYTES), ids)
            return loaded
        try:
            manifest = json.loads((where / MANIFEST).read_text())
        except (OSError, ValueError) as error:
            raise SourceError(f"cannot read PDQ index {where}: {error}") from error
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
            raise SourceError(f"{where} is not a {FORMAT_NAME} index")
        if manifest.get("version") != FORMAT_VERSION:
            raise SourceError(
                f"{where} is {FORMAT_NAME} version {manifest.get('version')!r}; "
                f"this Cairn reads version {FORMAT_VERSION}"
            )
        try:
            for entry in manifest["segments"]:
                loaded._segments.append(_read_segment(where.resolve(), entry, mmap))
        except (KeyError, TypeError, ValueError, OSError) as error:
            raise SourceError(f"PDQ index {where} is damaged: {error}") from error
        total = sum(len(segment) for segment in loaded._segments)
        if manifest.get("rows") != total:
            raise SourceError(
                f"PDQ index {where} is damaged: manifest says {manifest.get('rows')} rows, "
                f"segments hold {total}"
            )
        return loaded


# --- building ---------------------------------------------------------------------------


def _layout(rows: int) -> list[tuple[int, int, int]]:
    """Return ``(start, bits, top_bits)`` per chunk for a segment of ``rows`` rows.

    Chunks of about log2(rows) bits make a chunk key about as likely to be held by one row
    as by none. Directories over log2(rows) - 1 bits are fastest; from 2**23 rows they drop
    a bit (half the directory memory, a quarter of the search speed) to keep 10 M rows
    under 1 GB. Measured on the bench machine: 11 chunks of 23-24 bits with 21-bit
    directories at 10 M rows, 13 chunks with 18-bit directories at 1 M.
    """
    if rows < SCAN_ROWS:
        return []
    log_rows = math.log2(rows)
    count = min(32, max(8, round(PDQ_BITS / log_rows)))
    top = max(1, math.floor(log_rows) - (1 if rows < 1 << 23 else 2))
    layout = []
    start = 0
    for number in range(count):
        bits = PDQ_BITS // count + (1 if number < PDQ_BITS % count else 0)
        layout.append((start, bits, min(bits, max(top, bits - MAX_LOW_BITS))))
        start += bits
    return layout


def chunk_keys(hashes: NDArray[np.uint8], start: int, bits: int) -> NDArray[np.uint64]:
    """Return bits ``[start, start + bits)`` of each hash as an integer, first bit highest.

    Bit 0 is the most significant bit of the first byte (the first hex digit's top bit).
    """
    first, last = start // 8, (start + bits - 1) // 8
    key = hashes[:, first].astype(np.uint64)
    for column in range(first + 1, last + 1):
        key <<= np.uint64(8)
        key |= hashes[:, column]
    key >>= np.uint64((last + 1) * 8 - start - bits)
    key &= np.uint64((1 << bits) - 1)
    return key


def _build_chunk(hashes: NDArray[np.uint8], start: int, bits: int, top_bits: int) -> _Chunk:
    rows = hashes.shape[0]
    # Sort (key << 32 | row) as one uint64 array: about 3 times faster than an argsort.
    packed = chunk_keys(hashes, start, bits)
    packed <<= np.uint64(32)
    packed |= np.arange(rows, dtype=np.uint64)
    packed.sort()
    keys = (packed >> np.uint64(32)).astype(np.uint32)
    low_bits = bits - top_bits
    directory = np.zeros((1 << top_bits) + 1, dtype=np.uint32)
    np.cumsum(np.bincount(keys >> np.uint32(low_bits), minlength=1 << top_bits), out=directory[1:])
    packed &= np.uint64(0xFFFFFFFF)
    packed <<= np.uint64(low_bits)
    packed |= keys & np.uint32((1 << low_bits) - 1)
    fits = rows << low_bits <= 1 << 32
    entries: NDArray[np.unsignedinteger[Any]] = packed.astype(np.uint32) if fits else packed
    return _Chunk(start, bits, top_bits, directory, entries)


def _build_segment(hashes: NDArray[np.uint8], ids: NDArray[np.signedinteger[Any]]) -> _Segment:
    if hashes.shape[0] >= 1 << 31:
        raise ValueError(f"a segment holds fewer than 2**31 rows, got {hashes.shape[0]}")
    chunks = tuple(_build_chunk(hashes, *spec) for spec in _layout(hashes.shape[0]))
    narrow = ids.shape[0] == 0 or int(ids.max()) <= np.iinfo(np.int32).max
    return _Segment(hashes, ids.astype(np.int32) if narrow else ids, chunks)


def _merge(segments: Sequence[_Segment]) -> _Segment:
    """Build one segment from the live rows of ``segments``, oldest first."""
    keep = [slice(None) if s.withdrawn is None else np.flatnonzero(~s.withdrawn) for s in segments]
    hashes = np.concatenate([s.hashes[k] for s, k in zip(segments, keep, strict=True)])
    ids = np.concatenate([s.ids[k] for s, k in zip(segments, keep, strict=True)])
    return _build_segment(hashes, ids)


# --- searching --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Plan:
    """How one segment is searched at one threshold: a budget per chunk, or a scan."""

    scan: bool
    budgets: tuple[int, ...] = ()
    #: The most keys one query probes in one chunk (sizes the sub-batches).
    probes: int = 0


def _plan(segment: _Segment, threshold: int) -> _Plan:
    layout = tuple((chunk.bits, chunk.top_bits) for chunk in segment.chunks)
    return _plan_for(layout, len(segment), threshold, _COST_SCAN_ROW)


@functools.lru_cache(maxsize=256)
def _plan_for(
    layout: tuple[tuple[int, int], ...], rows: int, threshold: int, scan_row_cost: float
) -> _Plan:
    """Spread ``threshold + 1`` units of budget, one at a time, where each costs least.

    Any spread is exact (see the module docstring); the cost model only makes it fast.
    """
    if not layout:
        return _Plan(scan=True)
    budgets = [-1] * len(layout)
    costs = [0.0] * len(layout)
    for _ in range(threshold + 1):
        raised = [
            _chunk_cost(bits, top, b + 1, rows)
            for (bits, top), b in zip(layout, budgets, strict=True)
        ]
        # A chunk whose budget reaches its width already finds every row: never raise it
        # further (so the spare distance of a probe fits a byte). Chunks covering all 256
        # bits hold 256 + m > threshold units; a loaded layout covering fewer may not.
        widths = [bits for bits, _ in layout]
        open_chunks = [n for n, b in enumerate(budgets) if b < widths[n]]
        if not open_chunks:
            return _Plan(scan=True)
        best = min(open_chunks, key=lambda number: raised[number] - costs[number])
        budgets[best] += 1
        costs[best] = raised[best]
        if sum(costs) > rows * scan_row_cost:
            return _Plan(scan=True)
    probes = max(_mask_count(top, b) for (_, top), b in zip(layout, budgets, strict=True) if b >= 0)
    return _Plan(scan=False, budgets=tuple(budgets), probes=probes)


def _chunk_cost(bits: int, top_bits: int, budget: int, rows: int) -> float:
    """Estimated nanoseconds per query to probe a chunk within ``budget`` (random data)."""
    if budget < 0:
        return 0.0
    probes = _mask_count(top_bits, budget)
    entries = probes * rows / (1 << top_bits)
    candidates = _mask_count(bits, budget) * rows / (1 << bits)
    return probes * _COST_PROBE + entries * _COST_ENTRY + candidates * _COST_CANDIDATE


@functools.cache
def _mask_count(bits: int, budget: int) -> int:
    return sum(math.comb(bits, weight) for weight in range(min(budget, bits) + 1))


@functools.lru_cache(maxsize=64)
def _masks(bits: int, budget: int) -> tuple[NDArray[np.uint32], NDArray[np.int64]]:
    """Every ``bits``-bit mask of at most ``budget`` ones, ascending, with its weight."""
    singles = np.uint32(1) << np.arange(bits, dtype=np.uint32)
    levels = [np.zeros(1, dtype=np.uint32)]
    for _ in range(min(budget, bits)):
        last = levels[-1]
        # Extend each mask by one bit above its highest, so each set is made once.
        grown = last[:, None] | singles[None, :]
        levels.append(grown[singles[None, :] > last[:, None]])
    masks = np.concatenate(levels)
    weights = np.repeat(np.arange(len(levels), dtype=np.int64), [len(x) for x in levels])
    order = np.argsort(masks)
    masks, weights = masks[order], weights[order]
    masks.setflags(write=False)
    weights.setflags(write=False)
    return masks, weights


def _batch_size(plans: Sequence[_Plan]) -> int:
    probes = max((plan.probes for plan in plans), default=1)
    return max(1, min(MAX_BATCH, PROBES_PER_BATCH // max(probes, 1)))


def _words(hashes: NDArray[np.uint8]) -> NDArray[np.uint64]:
    """View C-contiguous (n, 32) hashes as (n, 4) native uint64 words, for popcounts."""
    return np.ascontiguousarray(hashes).view(np.uint64)


def _search_segment(
    segment: _Segment, plan: _Plan, queries: NDArray[np.uint8], threshold: int
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """Return ``(query, id, distance)`` for every live row within ``threshold``."""
    query_words = _words(queries)
    if plan.scan:
        query_of, rows, distances = _scan(segment.words, query_words, threshold)
    else:
        query_parts, row_parts = [], []
        for chunk, budget in zip(segment.chunks, plan.budgets, strict=True):
            if budget >= 0:
                keys = chunk_keys(queries, chunk.start, chunk.bits)
                query_of, rows = _probe(chunk, keys, budget)
                query_parts.append(query_of)
                row_parts.append(rows)
        query_of = np.concatenate(query_parts)
        rows = np.concatenate(row_parts)
        distances = _distances(segment.words, query_words, rows, query_of)
        keep = np.flatnonzero(distances <= threshold)
        query_of, rows, distances = query_of[keep], rows[keep], distances[keep]
        # A row within reach of several chunks was found once per chunk: keep one.
        _, first = np.unique(query_of * len(segment) + rows, return_index=True)
        query_of, rows, distances = query_of[first], rows[first], distances[first]
    if segment.withdrawn is not None:
        live = np.flatnonzero(~segment.withdrawn[rows])
        query_of, rows, distances = query_of[live], rows[live], distances[live]
    return query_of, segment.ids[rows].astype(np.int64), distances


def _probe(
    chunk: _Chunk, keys: NDArray[np.uint64], budget: int
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Return ``(query, row)`` for every row whose chunk key is within ``budget`` of a key."""
    masks, weights = _masks(chunk.top_bits, budget)
    low_bits = chunk.low_bits
    tops = (keys >> np.uint64(low_bits)).astype(np.uint32)
    probes = (tops[:, None] ^ masks[None, :]).ravel()
    starts = chunk.directory[probes]
    counts = chunk.directory[1:][probes]
    counts -= starts
    found = np.flatnonzero(counts)
    if found.size == 0:
        return _EMPTY, _EMPTY
    run = counts[found].astype(np.int64)
    ends = np.cumsum(run)
    positions = np.repeat(starts[found].astype(np.int64) - ends + run, run)
    positions += np.arange(int(ends[-1]), dtype=np.int64)
    entries = chunk.entries[positions].astype(np.int64)
    query_of_probe = found // masks.shape[0]
    if low_bits == 0:
        return np.repeat(query_of_probe, run), entries
    # Per probe: query, that query's low key bits and the distance still allowed in them,
    # packed into one int64 so that a single repeat spreads them over the bucket entries.
    low_mask = (1 << low_bits) - 1
    query_low = (keys & np.uint64(low_mask)).astype(np.int64)
    spare = budget - weights[found % masks.shape[0]]
    info = np.repeat((query_of_probe << 16) | (query_low[query_of_probe] << 8) | spare, run)
    differ = np.bitwise_count((entries ^ (info >> 8)) & low_mask)
    keep = np.flatnonzero(differ <= (info & 0xFF))
    return info[keep] >> 16, entries[keep] >> low_bits


def _distances(
    words: NDArray[np.uint64],
    query_words: NDArray[np.uint64],
    rows: NDArray[np.int64],
    query_of: NDArray[np.int64],
) -> NDArray[np.int64]:
    """Hamming distance between each row and its query, 64 bits at a time."""
    differ = np.take(words, rows, axis=0)
    differ ^= np.take(query_words, query_of, axis=0)
    counts = np.bitwise_count(differ)
    total = counts[:, 0].astype(np.int64)
    for column in range(1, counts.shape[1]):
        total += counts[:, column]
    return total


def _scan(
    words: NDArray[np.uint64], query_words: NDArray[np.uint64], threshold: int
) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
    """Compare every query with every row, a block of rows at a time."""
    step = max(1, (1 << 18) // max(1, query_words.shape[0]))
    query_parts, row_parts, distance_parts = [], [], []
    for start in range(0, words.shape[0], step):
        block = words[start : start + step]
        # Word by word into uint16 (at most 256): several times faster than a sum over
        # the last axis of a (queries, rows, 4) array of counts.
        distances = np.bitwise_count(block[None, :, 0] ^ query_words[:, None, 0]).astype(np.uint16)
        for column in range(1, block.shape[1]):
            distances += np.bitwise_count(block[None, :, column] ^ query_words[:, None, column])
        query_of, rows = np.nonzero(distances <= threshold)
        query_parts.append(query_of.astype(np.int64))
        row_parts.append(rows.astype(np.int64) + start)
        distance_parts.append(distances[query_of, rows].astype(np.int64))
    if not row_parts:
        return _EMPTY, _EMPTY, _EMPTY
    return np.concatenate(query_parts), np.concatenate(row_parts), np.concatenate(distance_parts)


# --- files ------------------------------------------------------------------------------


def _segment_manifest(segment: _Segment, name: str, mask: str | None) -> dict[str, Any]:
    return {
        "name": name,
        "rows": len(segment),
        "withdrawn": len(segment) - segment.live,
        "withdrawn_file": mask,
        "chunks": [
            {
                "start": chunk.start,
                "bits": chunk.bits,
                "top_bits": chunk.top_bits,
                "entry_dtype": chunk.entries.dtype.name,
            }
            for chunk in segment.chunks
        ],
    }


def _segment_arrays(segment: _Segment) -> dict[str, NDArray[Any]]:
    """The immutable arrays of a segment by file name (the withdrawn mask is not one)."""
    arrays: dict[str, NDArray[Any]] = {"hashes.npy": segment.hashes, "ids.npy": segment.ids}
    for number, chunk in enumerate(segment.chunks):
        arrays[f"chunk-{number:02d}-directory.npy"] = chunk.directory
        arrays[f"chunk-{number:02d}-entries.npy"] = chunk.entries
    return arrays


def _write_array(path: Path, array: NDArray[Any]) -> None:
    with path.open("wb") as handle:
        np.save(handle, np.ascontiguousarray(array), allow_pickle=False)
        handle.flush()
        os.fsync(handle.fileno())


def _write_segment(segment: _Segment, folder: Path) -> None:
    """Write a segment's immutable arrays, hard-linking them from its origin if possible."""
    folder.mkdir()
    for name, array in _segment_arrays(segment).items():
        if segment.origin is not None:
            try:
                os.link(segment.origin / name, folder / name)
                continue
            except OSError:
                pass  # another file system, or gone: write it instead
        _write_array(folder / name, array)


def _remove_unlisted(folder: Path, listed: list[dict[str, Any]]) -> None:
    """Delete what an earlier (or interrupted) save left that the manifest does not list."""
    masks = {entry["name"]: entry["withdrawn_file"] for entry in listed}
    for child in folder.iterdir():
        if child.name == MANIFEST:
            continue
        if child.is_dir() and child.name in masks:
            for stale in child.glob("withdrawn-*.npy"):
                if stale.name != masks[child.name]:
                    stale.unlink()
        elif child.is_dir() and child.name.startswith("segment-"):
            shutil.rmtree(child)
        elif child.name.startswith(f"{MANIFEST}.") and child.name.endswith(".tmp"):
            child.unlink()


def _check_layout(layout: list[tuple[Any, Any, Any]], name: str) -> None:
    """Raise ``ValueError`` unless the chunks are disjoint bit ranges a search can use.

    Any such layout searches exactly (the chunks need not cover all 256 bits), so a file
    written with other chunk sizes than this version would choose still loads.
    """
    end = 0
    for start, bits, top_bits in layout:
        if not all(isinstance(value, int) for value in (start, bits, top_bits)) or not (
            end <= start
            and 1 <= bits <= 32
            and start + bits <= PDQ_BITS
            and max(1, bits - MAX_LOW_BITS) <= top_bits <= bits
        ):
            raise ValueError(f"{name} has an unusable chunk layout {layout}")
        end = start + bits


def _read_segment(root: Path, entry: dict[str, Any], mmap: bool) -> _Segment:
    name = entry["name"]
    if not isinstance(name, str) or not name.startswith("segment-") or "/" in name:
        raise ValueError(f"bad segment name {name!r}")
    folder = root / name
    rows = int(entry["rows"])
    mode: Literal["r"] | None = "r" if mmap else None

    def read(file: str, dtype: np.dtype[Any] | type, shape: tuple[int, ...]) -> NDArray[Any]:
        array: NDArray[Any] = np.load(folder / file, mmap_mode=mode, allow_pickle=False)
        if array.dtype != np.dtype(dtype) or array.shape != shape:
            raise ValueError(
                f"{name}/{file} holds {array.dtype}{list(array.shape)}, "
                f"expected {np.dtype(dtype)}{list(shape)}"
            )
        return array

    hashes = read("hashes.npy", np.uint8, (rows, PDQ_BYTES))
    ids = np.load(folder / "ids.npy", mmap_mode=mode, allow_pickle=False)
    if ids.dtype not in (np.int32, np.int64) or ids.shape != (rows,):
        raise ValueError(f"{name}/ids.npy holds {ids.dtype}{list(ids.shape)}, expected {rows} ids")
    chunks = []
    _check_layout([(c["start"], c["bits"], c["top_bits"]) for c in entry["chunks"]], name)
    for number, chunk in enumerate(entry["chunks"]):
        directory = read(
            f"chunk-{number:02d}-directory.npy", np.uint32, ((1 << chunk["top_bits"]) + 1,)
        )
        entries = read(f"chunk-{number:02d}-entries.npy", np.dtype(chunk["entry_dtype"]), (rows,))
        if entries.dtype not in (np.uint32, np.uint64) or int(directory[-1]) != rows:
            raise ValueError(f"{name} chunk {number} does not fit its {rows} rows")
        chunks.append(_Chunk(chunk["start"], chunk["bits"], chunk["top_bits"], directory, entries))
    withdrawn = None
    if entry.get("withdrawn"):
        mask = entry.get("withdrawn_file") or "withdrawn.npy"
        if not isinstance(mask, str) or not mask.startswith("withdrawn") or "/" in mask:
            raise ValueError(f"bad withdrawn-row file name {mask!r}")
        withdrawn = np.array(np.load(folder / mask, allow_pickle=False), dtype=np.bool_)
        if withdrawn.shape != (rows,) or int(withdrawn.sum()) != int(entry["withdrawn"]):
            raise ValueError(f"{name}/{mask} does not fit its {rows} rows")
    return _Segment(hashes, ids, tuple(chunks), withdrawn, origin=folder)
