"""The brute-force reference index, checked by hand and against plain Python ints; and the
conformance kit, checked to pass the reference and to catch broken indexes."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Self

import numpy as np
import pytest
from numpy.typing import NDArray

from cairn.errors import SourceError
from cairn.matching.index import Hits, ids_path, read_index_file
from cairn.matching.pdq import pdq_array
from cairn.matching.reference import BruteForcePDQIndex
from cairn.testing import check_pdq_index
from cairn.testing.check_index import flip_bits

DATA = Path(__file__).parents[1] / "data" / "pdq-index"


def _read_hashes(name: str) -> list[str]:
    return (DATA / name).read_text().split()


def _python_truth(queries: list[str], haystack: list[str], threshold: int) -> Hits:
    """Ground truth without numpy: Python ints, XOR and bit_count."""
    values = [int(text, 16) for text in haystack]
    out: Hits = []
    for query in queries:
        number = int(query, 16)
        hits = [
            (row, (number ^ value).bit_count())
            for row, value in enumerate(values)
            if (number ^ value).bit_count() <= threshold
        ]
        out.append(sorted(hits, key=lambda hit: (hit[1], hit[0])))
    return out


def test_reference_passes_the_conformance_kit() -> None:
    check_pdq_index(BruteForcePDQIndex)
    check_pdq_index(lambda: BruteForcePDQIndex(max_pairs=97), seed=5)


@pytest.mark.parametrize("threshold", [0, 31, 63, 256])
def test_reference_equals_python_ints_on_upstream_lists(threshold: int) -> None:
    haystack = _read_hashes("haystack.txt")
    needles = _read_hashes("needles.txt")
    index = BruteForcePDQIndex(max_pairs=10_000)
    index.add(pdq_array(haystack), np.arange(len(haystack), dtype=np.int64))
    queries = needles + haystack[::50]
    assert index.search(pdq_array(queries), threshold) == _python_truth(
        queries, haystack, threshold
    )


def test_threshold_is_inclusive_and_hits_sorted_by_distance_then_id() -> None:
    centre = np.zeros(32, dtype=np.uint8)
    rows = np.stack(
        [
            flip_bits(centre, range(31)),
            flip_bits(centre, range(32)),
            centre,
            flip_bits(centre, [200]),
            centre,
        ]
    )
    index = BruteForcePDQIndex()
    index.add(rows, np.array([10, 11, 9, 3, 4], dtype=np.int64))
    assert index.search(centre[None, :], 31) == [[(4, 0), (9, 0), (3, 1), (10, 31)]]
    assert index.search(centre[None, :], 32)[0][-1] == (11, 32)
    assert index.search(centre[None, :], 0) == [[(4, 0), (9, 0)]]
    lims, ids, distances = index.search_arrays(np.stack([centre, centre]), 1)
    assert lims.tolist() == [0, 3, 6]
    assert ids.tolist() == [4, 9, 3] * 2
    assert distances.tolist() == [0, 0, 1] * 2


def test_empty_cases() -> None:
    index = BruteForcePDQIndex()
    assert len(index) == 0
    assert index.search(np.zeros((2, 32), dtype=np.uint8), 31) == [[], []]
    index.add(np.zeros((1, 32), dtype=np.uint8), np.array([1]))
    assert index.search(np.zeros((0, 32), dtype=np.uint8), 31) == []


@pytest.mark.parametrize("threshold", [-1, 257, True, 3.0, "31"])
def test_bad_threshold_is_refused(threshold: Any) -> None:
    with pytest.raises(ValueError, match="threshold"):
        BruteForcePDQIndex().search(np.zeros((1, 32), dtype=np.uint8), threshold)


def test_bad_ids_are_refused() -> None:
    index = BruteForcePDQIndex()
    hashes = np.zeros((2, 32), dtype=np.uint8)
    with pytest.raises(ValueError, match="ids"):
        index.add(hashes, np.array([1], dtype=np.int64))
    with pytest.raises(ValueError, match="non-negative"):
        index.add(hashes, np.array([1, -1], dtype=np.int64))
    with pytest.raises(ValueError, match="integers"):
        index.add(hashes, np.array([1.0, 2.0]))
    assert len(index) == 0


def test_save_and_load(tmp_path: Path) -> None:
    rng = np.random.default_rng(2)
    hashes = rng.integers(0, 256, (40, 32), dtype=np.uint8)
    index = BruteForcePDQIndex()
    index.add(hashes, np.arange(100, 140, dtype=np.int64))
    index.save(tmp_path / "x.index")
    assert (tmp_path / "x.index.ids.npy").exists()
    loaded = BruteForcePDQIndex.load(tmp_path / "x.index")
    assert len(loaded) == 40
    assert loaded.search(hashes, 52) == index.search(hashes, 52)


def test_damaged_index_files_raise_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"missing\.index"):
        read_index_file(tmp_path / "missing.index")
    index = BruteForcePDQIndex()
    index.add(np.zeros((3, 32), dtype=np.uint8), np.arange(3, dtype=np.int64))
    path = tmp_path / "pdq.index"
    index.save(path)
    np.save(ids_path(path), np.arange(2, dtype=np.int64))
    with pytest.raises(SourceError, match="does not fit"):
        BruteForcePDQIndex.load(path)
    ids_path(path).unlink()
    with pytest.raises(SourceError, match="ids"):
        BruteForcePDQIndex.load(path)
    np.save(ids_path(path), np.array(["a", "b", "c"], dtype=object), allow_pickle=True)
    with pytest.raises(SourceError):
        BruteForcePDQIndex.load(path)
    (tmp_path / "junk.index").write_bytes(b"not an index at all")
    with pytest.raises(SourceError, match=r"junk\.index"):
        BruteForcePDQIndex.load(tmp_path / "junk.index")


# Broken indexes the kit must reject, each with one classic mistake.


class _StrictThreshold(BruteForcePDQIndex):
    """Forgets that FAISS-style radii are strict: misses hits at exactly the threshold."""

    def search(self, queries: NDArray[np.uint8], threshold: int) -> Hits:
        return (
            super().search(queries, max(threshold - 1, 0))
            if threshold
            else super().search(queries, 0)
        )


class _Unsorted(BruteForcePDQIndex):
    def search(self, queries: NDArray[np.uint8], threshold: int) -> Hits:
        return [sorted(hits, reverse=True) for hits in super().search(queries, threshold)]


class _NumpyInts(BruteForcePDQIndex):
    def search(self, queries: NDArray[np.uint8], threshold: int) -> Hits:
        return [
            [(np.int64(i), np.int64(d)) for i, d in hits]  # type: ignore[misc]
            for hits in super().search(queries, threshold)
        ]


class _KeepsFirstAddOnly(BruteForcePDQIndex):
    def add(self, hashes: NDArray[np.uint8], ids: NDArray[np.int64]) -> None:
        if len(self) == 0:
            super().add(hashes, ids)


class _RowNumbersAsIds(BruteForcePDQIndex):
    def add(self, hashes: NDArray[np.uint8], ids: NDArray[np.int64]) -> None:
        super().add(hashes, np.arange(len(self), len(self) + len(ids), dtype=np.int64))


class _LosesIdsOnLoad(BruteForcePDQIndex):
    @classmethod
    def load(cls, path: Any) -> Self:
        loaded = super().load(path)
        loaded._ids = np.zeros_like(loaded._ids)
        return loaded


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (_StrictThreshold, "missing"),
        (_Unsorted, "wrong order"),
        (_NumpyInts, "Python ints"),
        (_KeepsFirstAddOnly, "rows"),
        (_RowNumbersAsIds, "differs from the reference"),
        (_LosesIdsOnLoad, "after save and load"),
    ],
)
def test_kit_catches_broken_indexes(broken: type[BruteForcePDQIndex], message: str) -> None:
    with pytest.raises(AssertionError, match=message):
        check_pdq_index(broken)


def test_kit_requires_a_name() -> None:
    class Nameless(BruteForcePDQIndex):
        NAME = ""

    with pytest.raises(AssertionError, match="NAME"):
        check_pdq_index(Nameless)
