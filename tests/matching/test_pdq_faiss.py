"""The FAISS PDQ index returns exactly what the brute-force reference returns."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cairn.matching.pdq import pdq_array
from cairn.matching.pdq_faiss import FaissPDQIndex
from cairn.matching.reference import BruteForcePDQIndex
from cairn.testing import check_pdq_index
from cairn.testing.check_index import flip_bits

DATA = Path(__file__).parents[1] / "data" / "pdq-index"


def _both(hashes: np.ndarray, ids: np.ndarray) -> tuple[FaissPDQIndex, BruteForcePDQIndex]:
    fast, reference = FaissPDQIndex(), BruteForcePDQIndex()
    fast.add(hashes, ids)
    reference.add(hashes, ids)
    return fast, reference


def test_faiss_passes_the_conformance_kit() -> None:
    check_pdq_index(FaissPDQIndex)


def test_faiss_passes_the_kit_with_small_batches_and_one_thread() -> None:
    check_pdq_index(lambda: FaissPDQIndex(threads=1, batch_size=7), seed=11)


@pytest.mark.parametrize("threshold", [31, 63])
def test_upstream_needles_in_haystack_equal_brute_force(threshold: int) -> None:
    haystack = pdq_array((DATA / "haystack.txt").read_text().split())
    needles = pdq_array((DATA / "needles.txt").read_text().split())
    assert haystack.shape == (1350, 32)
    assert needles.shape == (100, 32)
    fast, reference = _both(haystack, np.arange(haystack.shape[0], dtype=np.int64) * 7 + 3)
    for queries in (needles, haystack):
        expected = reference.search(queries, threshold)
        assert fast.search(queries, threshold) == expected
    # The lists were made for near-match tests: the check is not vacuous.
    assert sum(len(hits) for hits in reference.search(needles, threshold)) > 0


def test_faiss_range_search_radius_is_strict() -> None:
    """The reason search asks FAISS for threshold + 1; fails loudly if FAISS ever changes."""
    index = faiss.IndexBinaryFlat(256)
    centre = np.zeros(32, dtype=np.uint8)
    index.add(np.stack([centre, flip_bits(centre, range(31))]))
    _, distances, _ = index.range_search(centre[None, :], 31)
    assert distances.tolist() == [0]
    _, distances, _ = index.range_search(centre[None, :], 32)
    assert sorted(distances.tolist()) == [0, 31]


def test_threads_are_left_alone_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(faiss, "omp_set_num_threads", calls.append)
    hashes = np.zeros((2, 32), dtype=np.uint8)
    plain = FaissPDQIndex()
    plain.add(hashes, np.arange(2, dtype=np.int64))
    plain.search(hashes, 31)
    assert calls == []
    pinned = FaissPDQIndex(threads=2)
    pinned.add(hashes, np.arange(2, dtype=np.int64))
    pinned.search(hashes, 31)
    assert calls and set(calls) == {2}
    with pytest.raises(ValueError, match="threads"):
        FaissPDQIndex(threads=0)


def test_saved_file_is_faiss_format_and_shared_with_reference(tmp_path: Path) -> None:
    rng = np.random.default_rng(4)
    hashes = rng.integers(0, 256, (64, 32), dtype=np.uint8)
    hashes[1] = flip_bits(hashes[0], range(20))
    ids = rng.choice(1 << 40, 64, replace=False).astype(np.int64)
    fast, reference = _both(hashes, ids)
    fast.save(tmp_path / "fast.index")
    reference.save(tmp_path / "reference.index")
    read = faiss.read_index_binary(str(tmp_path / "fast.index"))
    assert isinstance(read, faiss.IndexBinaryFlat)
    assert read.ntotal == 64
    assert np.load(tmp_path / "fast.index.ids.npy", allow_pickle=False).tolist() == ids.tolist()
    expected = reference.search(hashes, 31)
    assert FaissPDQIndex.load(tmp_path / "reference.index").search(hashes, 31) == expected
    assert BruteForcePDQIndex.load(tmp_path / "fast.index").search(hashes, 31) == expected
    assert FaissPDQIndex.load(tmp_path / "fast.index", threads=1).search(hashes, 31) == expected


def test_search_arrays_match_search() -> None:
    rng = np.random.default_rng(8)
    centre = rng.integers(0, 256, 32, dtype=np.uint8)
    hashes = np.stack([flip_bits(centre, rng.choice(256, k, replace=False)) for k in range(40)])
    fast, _ = _both(hashes, np.arange(40, dtype=np.int64))
    lims, ids, distances = fast.search_arrays(hashes[:3], 31)
    hits = fast.search(hashes[:3], 31)
    assert lims.tolist() == [0, *np.cumsum([len(h) for h in hits]).tolist()]
    assert list(zip(ids.tolist(), distances.tolist(), strict=True)) == [p for h in hits for p in h]


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    rows=st.integers(0, 60),
    queries=st.integers(0, 12),
    threshold=st.sampled_from([0, 1, 15, 31, 32, 52, 128, 256]),
    batch_size=st.integers(1, 5),
)
def test_random_clusters_equal_brute_force(
    seed: int, rows: int, queries: int, threshold: int, batch_size: int
) -> None:
    rng = np.random.default_rng(seed)
    centres = rng.integers(0, 256, (3, 32), dtype=np.uint8)
    hashes = np.zeros((rows, 32), dtype=np.uint8)
    for row in range(rows):
        hashes[row] = flip_bits(centres[rng.integers(3)], rng.integers(0, 256, rng.integers(60)))
    ids = rng.integers(0, 50, rows).astype(np.int64)  # repeated ids are allowed
    fast = FaissPDQIndex(batch_size=batch_size)
    reference = BruteForcePDQIndex(max_pairs=int(rng.integers(1, 100)))
    for part in np.array_split(np.arange(rows), 3):
        fast.add(hashes[part], ids[part])
        reference.add(hashes[part], ids[part])
    probe = np.concatenate([centres, hashes[:queries]])
    assert fast.search(probe, threshold) == reference.search(probe, threshold)
    assert len(fast) == rows
