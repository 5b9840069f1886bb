"""Conformance kit for PDQ indexes: same answers as the brute-force reference, or a clear error.

A fast index is only trusted because it returns exactly what ``BruteForcePDQIndex`` returns
on the same data (DESIGN invariant 9). ``check_pdq_index`` builds data where mistakes show:
random hashes, clusters of near copies at every distance from 0 to 40 and at 51 to 54 (so
pairs sit exactly on and just past thresholds 0, 31 and 52), duplicate hashes under several
ids, ids above 2**32, several ``add`` calls, adds after a search, an empty index, empty and
non-contiguous query batches, and a save/load round trip.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from cairn.matching.index import Hits, PDQIndex
from cairn.matching.pdq import PDQ_BITS, PDQ_BYTES
from cairn.matching.reference import BruteForcePDQIndex

__all__ = ["CHECK_THRESHOLDS", "check_pdq_index", "clustered_pdq_hashes", "flip_bits"]

#: Thresholds every index is checked at: exact only, the PDQ default, pytx's flat threshold.
CHECK_THRESHOLDS: tuple[int, ...] = (0, 31, 52)

#: Bits flipped in the copies around each cluster centre.
COPY_DISTANCES: tuple[int, ...] = (*range(41), 51, 52, 53, 54)


def flip_bits(
    hash_row: NDArray[np.uint8], bits: Sequence[int] | NDArray[np.int64]
) -> NDArray[np.uint8]:
    """Return a copy of one 32-byte hash with the given bit positions (0 = first bit) flipped."""
    out = hash_row.copy()
    for bit in bits:
        out[int(bit) // 8] ^= np.uint8(0x80 >> (int(bit) % 8))
    return out


def clustered_pdq_hashes(
    rng: np.random.Generator, centres: int, distances: Sequence[int] = COPY_DISTANCES
) -> NDArray[np.uint8]:
    """Return each random centre followed by one copy at each distance in ``distances``."""
    rows: list[NDArray[np.uint8]] = []
    for _ in range(centres):
        centre = rng.integers(0, 256, PDQ_BYTES, dtype=np.uint8)
        rows.append(centre)
        for distance in distances:
            rows.append(flip_bits(centre, rng.choice(PDQ_BITS, size=distance, replace=False)))
    return np.stack(rows)


def check_pdq_index(factory: Callable[[], PDQIndex], *, seed: int = 0) -> None:
    """Check that indexes made by ``factory`` answer exactly as ``BruteForcePDQIndex`` does.

    Args:
        factory: makes a new, empty index (a class with a no-argument constructor will do).
        seed: seeds the generated hashes, so a failure can be reproduced.

    Raises:
        AssertionError: at the first difference, naming the case, threshold and query.
    """
    rng = np.random.default_rng(seed)
    name = _check_name(factory())
    _check_empty(factory, name, rng)

    haystack = rng.integers(0, 256, (1500, PDQ_BYTES), dtype=np.uint8)
    haystack_ids = _sparse_ids(rng, haystack.shape[0])
    queries = np.concatenate(
        [rng.integers(0, 256, (60, PDQ_BYTES), dtype=np.uint8), haystack[rng.choice(1500, 60)]]
    )
    _check_case(factory, name, "random hashes", [(haystack, haystack_ids)], queries)

    clusters = clustered_pdq_hashes(rng, centres=24)
    copies = clusters.shape[0]
    # Every row twice under different ids, plus unrelated random rows, added in three calls.
    doubled = np.concatenate([clusters, clusters])
    doubled_ids = _sparse_ids(rng, doubled.shape[0])
    noise = rng.integers(0, 256, (300, PDQ_BYTES), dtype=np.uint8)
    batches = [
        (doubled[: copies // 2], doubled_ids[: copies // 2]),
        (noise, _sparse_ids(rng, noise.shape[0]) + (1 << 40)),
        (doubled[copies // 2 :], doubled_ids[copies // 2 :]),
    ]
    stride = len(COPY_DISTANCES) + 1
    cluster_queries = np.concatenate(
        [clusters[::stride], clusters[rng.choice(copies, 80, replace=False)], noise[:10]]
    )
    index = _check_case(factory, name, "clustered hashes", batches, cluster_queries)
    _check_strided_queries(index, name, batches, cluster_queries)
    _check_add_after_search(index, name, rng, batches, cluster_queries)
    _check_round_trip(index, name, cluster_queries)


def _check_name(index: PDQIndex) -> str:
    name = getattr(type(index), "NAME", None)
    if not isinstance(name, str) or not name:
        raise AssertionError(f"{type(index).__name__} must have a non-empty str class NAME")
    if len(index) != 0:
        raise AssertionError(f"{name}: a new index holds {len(index)} rows, expected 0")
    return name


def _sparse_ids(rng: np.random.Generator, count: int) -> NDArray[np.int64]:
    """Ids that are not row numbers, some above 2**32, so a mix-up shows."""
    return rng.choice(1 << 36, size=count, replace=False).astype(np.int64) + (1 << 20)


def _reference(batches: Sequence[tuple[NDArray[np.uint8], NDArray[np.int64]]]) -> PDQIndex:
    reference = BruteForcePDQIndex()
    for hashes, ids in batches:
        reference.add(hashes, ids)
    return reference


def _check_empty(factory: Callable[[], PDQIndex], name: str, rng: np.random.Generator) -> None:
    queries = rng.integers(0, 256, (3, PDQ_BYTES), dtype=np.uint8)
    no_queries = np.zeros((0, PDQ_BYTES), dtype=np.uint8)
    empty = factory()
    for threshold in (*CHECK_THRESHOLDS, PDQ_BITS):
        _compare(empty.search(queries, threshold), [[], [], []], name, "empty index", threshold)
        _compare(
            empty.search(no_queries, threshold), [], name, "empty index, no queries", threshold
        )
    empty.add(no_queries, np.zeros(0, dtype=np.int64))
    if len(empty) != 0:
        raise AssertionError(f"{name}: adding no rows left {len(empty)} rows")
    filled = factory()
    filled.add(queries, np.arange(3, dtype=np.int64))
    _compare(filled.search(no_queries, 31), [], name, "no queries", 31)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "empty.index"
        empty.save(path)
        loaded = type(empty).load(path)
        if len(loaded) != 0:
            raise AssertionError(f"{name}: an empty index saved and loaded holds {len(loaded)}")
        _compare(loaded.search(queries, 31), [[], [], []], name, "empty index reloaded", 31)


def _check_case(
    factory: Callable[[], PDQIndex],
    name: str,
    case: str,
    batches: Sequence[tuple[NDArray[np.uint8], NDArray[np.int64]]],
    queries: NDArray[np.uint8],
) -> PDQIndex:
    index = factory()
    for hashes, ids in batches:
        index.add(hashes, ids)
    reference = _reference(batches)
    if len(index) != len(reference):
        raise AssertionError(f"{name}, {case}: holds {len(index)} rows, expected {len(reference)}")
    for threshold in CHECK_THRESHOLDS:
        expected = reference.search(queries, threshold)
        if case == "clustered hashes" and threshold and not any(len(hits) > 1 for hits in expected):
            raise AssertionError(f"kit error: {case} has no near pairs at {threshold}")
        _compare(index.search(queries, threshold), expected, name, case, threshold, queries)
    return index


def _check_strided_queries(
    index: PDQIndex,
    name: str,
    batches: Sequence[tuple[NDArray[np.uint8], NDArray[np.int64]]],
    queries: NDArray[np.uint8],
) -> None:
    """Query with a non-contiguous view, as a caller slicing a bigger matrix would."""
    strided = queries[::2]
    expected = _reference(batches).search(strided, 31)
    _compare(index.search(strided, 31), expected, name, "non-contiguous queries", 31, strided)


def _check_add_after_search(
    index: PDQIndex,
    name: str,
    rng: np.random.Generator,
    batches: list[tuple[NDArray[np.uint8], NDArray[np.int64]]],
    queries: NDArray[np.uint8],
) -> None:
    """Add rows to an index that has already answered queries; new rows must be found."""
    near = np.stack([flip_bits(row, rng.choice(PDQ_BITS, 31, replace=False)) for row in queries])
    batches.append((near, _sparse_ids(rng, near.shape[0]) + (1 << 41)))
    index.add(*batches[-1])
    reference = _reference(batches)
    for threshold in CHECK_THRESHOLDS:
        expected = reference.search(queries, threshold)
        _compare(index.search(queries, threshold), expected, name, "add after search", threshold)


def _check_round_trip(index: PDQIndex, name: str, queries: NDArray[np.uint8]) -> None:
    before = {threshold: index.search(queries, threshold) for threshold in CHECK_THRESHOLDS}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pdq.index"
        index.save(path)
        loaded = type(index).load(path)
    if len(loaded) != len(index):
        raise AssertionError(f"{name}: saved {len(index)} rows but loaded {len(loaded)}")
    for threshold, expected in before.items():
        _compare(
            loaded.search(queries, threshold), expected, name, "after save and load", threshold
        )


def _compare(
    actual: Hits,
    expected: Hits,
    name: str,
    case: str,
    threshold: int,
    queries: NDArray[np.uint8] | None = None,
) -> None:
    """Raise at the first query whose hits differ, saying what is missing and what is extra."""
    where = f"{name}, {case}, threshold {threshold}"
    if not isinstance(actual, list) or len(actual) != len(expected):
        size = len(actual) if isinstance(actual, list) else type(actual).__name__
        raise AssertionError(f"{where}: expected a list of {len(expected)} hit lists, got {size}")
    for position, (got, want) in enumerate(zip(actual, expected, strict=True)):
        _check_hit_types(got, f"{where}, query {position}")
        if got == want:
            continue
        label = f"query {position}"
        if queries is not None:
            label += f" ({queries[position].tobytes().hex()})"
        missing = [hit for hit in want if hit not in got]
        extra = [hit for hit in got if hit not in want]
        detail = f"missing {missing[:5]}, unexpected {extra[:5]}"
        if not missing and not extra:
            detail = (
                f"same hits in the wrong order: got {got[:5]}, want {want[:5]} (by distance, id)"
            )
        raise AssertionError(f"{where}, {label}: differs from the reference: {detail}")


def _check_hit_types(hits: object, where: str) -> None:
    if not isinstance(hits, list):
        raise AssertionError(f"{where}: hits must be a list, got {type(hits).__name__}")
    for hit in hits:
        if not (
            isinstance(hit, tuple)
            and len(hit) == 2
            and all(isinstance(value, int) and not isinstance(value, bool) for value in hit)
        ):
            parts = hit if isinstance(hit, tuple) else (hit,)
            types = ", ".join(type(value).__name__ for value in parts)
            raise AssertionError(
                f"{where}: each hit must be a tuple of two Python ints (id, distance), got "
                f"{hit!r} ({types})"
            )
