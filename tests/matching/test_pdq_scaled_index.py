"""The multi-index-hashing PDQ index: same answers as brute force, growth, withdrawals, files."""

from __future__ import annotations

import itertools
import json
import math
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.typing import NDArray

import cairn.matching.pdq_mih as mih
from cairn.errors import SourceError
from cairn.matching import BruteForcePDQIndex, FaissPDQIndex, MIHPDQIndex
from cairn.testing import check_pdq_index
from cairn.testing.check_index import clustered_pdq_hashes, flip_bits

THRESHOLDS = (0, 1, 15, 16, 31, 32, 52)


@pytest.fixture
def tables_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Give even tiny segments chunk tables and never scan, so the kit tests the probes."""
    calls = {"probe": 0, "scan": 0}
    probe, scan = mih._probe, mih._scan

    def counted_probe(*args: object) -> object:
        calls["probe"] += 1
        return probe(*args)  # type: ignore[arg-type]

    def counted_scan(*args: object) -> object:
        calls["scan"] += 1
        return scan(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(mih, "SCAN_ROWS", 16)
    monkeypatch.setattr(mih, "_COST_SCAN_ROW", math.inf)
    monkeypatch.setattr(mih, "_probe", counted_probe)
    monkeypatch.setattr(mih, "_scan", counted_scan)
    yield calls


def _data(
    seed: int, random_rows: int, centres: int
) -> tuple[NDArray[np.uint8], NDArray[np.int64], NDArray[np.uint8]]:
    """Random rows plus clusters of copies at 0-40 and 51-54 bits; queries on and off them."""
    rng = np.random.default_rng(seed)
    clusters = clustered_pdq_hashes(rng, centres)
    hashes = np.concatenate([rng.integers(0, 256, (random_rows, 32), dtype=np.uint8), clusters])
    ids = rng.choice(1 << 40, hashes.shape[0], replace=False).astype(np.int64)
    queries = np.concatenate(
        [
            clusters[:: 1 + 45],  # the centres: copies sit exactly at and past each threshold
            hashes[rng.choice(hashes.shape[0], 40)],
            rng.integers(0, 256, (20, 32), dtype=np.uint8),
        ]
    )
    return hashes, ids, queries


def _reference(*batches: tuple[NDArray[np.uint8], NDArray[np.int64]]) -> BruteForcePDQIndex:
    reference = BruteForcePDQIndex()
    for hashes, ids in batches:
        reference.add(hashes, ids)
    return reference


def test_conformance_kit() -> None:
    check_pdq_index(MIHPDQIndex)


def test_conformance_kit_through_chunk_tables(tables_only: dict[str, int]) -> None:
    check_pdq_index(MIHPDQIndex)
    assert tables_only["probe"] > 0
    assert tables_only["scan"] == 0


@pytest.mark.parametrize("threads", [1, 2])
def test_large_segment_equals_brute_force(threads: int) -> None:
    """A segment big enough for chunk tables by default, random and clustered rows."""
    hashes, ids, queries = _data(seed=1, random_rows=12_000, centres=30)
    index = MIHPDQIndex(threads=threads)
    index.add(hashes, ids)
    assert index.segment_sizes == [hashes.shape[0]]
    reference = _reference((hashes, ids))
    for threshold in THRESHOLDS if threads == 1 else (31, 52):
        expected = reference.search(queries, threshold)
        assert index.search(queries, threshold) == expected, threshold
    # The clustered queries have hits exactly at the thresholds: the check is not vacuous.
    assert any(distance == 31 for hits in reference.search(queries, 31) for _, distance in hits)


def test_growth_keeps_the_big_segment_and_matches_brute_force() -> None:
    hashes, ids, queries = _data(seed=2, random_rows=15_000, centres=10)
    index = MIHPDQIndex()
    index.add(hashes, ids)
    big = index._segments[0]
    rng = np.random.default_rng(3)
    near = np.stack([flip_bits(row, rng.choice(256, 31, replace=False)) for row in queries])
    delta = np.concatenate([near, rng.integers(0, 256, (1000, 32), dtype=np.uint8)])
    delta_ids = np.arange(delta.shape[0], dtype=np.int64) + (1 << 45)
    index.add(delta, delta_ids)
    assert index._segments[0] is big  # no rebuild of the big segment
    assert index.segment_sizes == [hashes.shape[0], delta.shape[0]]
    assert len(index) == hashes.shape[0] + delta.shape[0]
    reference = _reference((hashes, ids), (delta, delta_ids))
    for threshold in (0, 31, 52):
        assert index.search(queries, threshold) == reference.search(queries, threshold)


def test_small_adds_merge_logarithmically() -> None:
    rng = np.random.default_rng(4)
    index = MIHPDQIndex()
    batches = []
    for number in range(40):
        rows = rng.integers(0, 256, (100, 32), dtype=np.uint8)
        batches.append((rows, np.arange(100, dtype=np.int64) + 100 * number))
        index.add(*batches[-1])
    sizes = index.segment_sizes
    assert sum(sizes) == 4000
    assert len(sizes) <= 6
    assert all(older > 2 * newer for older, newer in itertools.pairwise(sizes))
    queries = np.concatenate([batches[7][0][:5], batches[39][0][:5]])
    assert index.search(queries, 31) == _reference(*batches).search(queries, 31)


def test_remove_withdraws_rows_everywhere(tmp_path: Path) -> None:
    hashes, ids, queries = _data(seed=5, random_rows=6000, centres=8)
    index = MIHPDQIndex()
    index.add(hashes[:5000], ids[:5000])
    index.add(hashes[5000:], ids[5000:])
    gone = np.concatenate([ids[::3], [123456789]])  # an unknown id is ignored
    assert index.remove(gone) == len(ids[::3])
    assert index.remove(gone[:10]) == 0  # already withdrawn
    keep = np.ones(ids.shape[0], dtype=bool)
    keep[::3] = False
    assert len(index) == int(keep.sum())
    reference = _reference((hashes[keep], ids[keep]))
    expected = reference.search(queries, 31)
    assert index.search(queries, 31) == expected
    index.save(tmp_path / "pdq")
    loaded = MIHPDQIndex.load(tmp_path / "pdq")
    assert len(loaded) == len(index)
    assert loaded.search(queries, 31) == expected
    loaded.compact()
    assert loaded.segment_sizes == [int(keep.sum())]
    assert loaded.search(queries, 31) == expected


def test_every_threshold_through_the_tables(tables_only: dict[str, int]) -> None:
    hashes, ids, queries = _data(seed=11, random_rows=300, centres=3)
    index = MIHPDQIndex()
    index.add(hashes, ids)
    reference = _reference((hashes, ids))
    for threshold in (0, 63, 100, 128, 200, 255, 256):
        assert index.search(queries, threshold) == reference.search(queries, threshold)
    assert tables_only["scan"] == 0


def test_remove_of_every_row_and_compact() -> None:
    rng = np.random.default_rng(6)
    hashes = rng.integers(0, 256, (50, 32), dtype=np.uint8)
    index = MIHPDQIndex()
    index.add(hashes, np.full(50, 7, dtype=np.int64))
    assert index.remove([7]) == 50
    assert len(index) == 0
    assert index.search(hashes[:2], 256) == [[], []]
    index.compact()
    assert index.segment_sizes == []
    with pytest.raises(ValueError, match="integers"):
        index.remove(np.array([1.5]))


def test_saved_folder_format(tmp_path: Path) -> None:
    hashes, ids, queries = _data(seed=7, random_rows=9000, centres=4)
    ids[0] = 1 << 62  # forces int64 ids
    index = MIHPDQIndex()
    index.add(hashes, ids)
    index.add(hashes[:100], np.arange(100, dtype=np.int64))  # int32 ids
    index.save(tmp_path / "pdq")
    manifest = json.loads((tmp_path / "pdq" / "manifest.json").read_text())
    assert manifest["format"] == "cairn-pdq-mih"
    assert manifest["version"] == 1
    assert manifest["rows"] == hashes.shape[0] + 100
    big, small = manifest["segments"]
    assert big["rows"] == hashes.shape[0]
    assert small["chunks"] == []  # scanned
    folder = tmp_path / "pdq" / big["name"]
    stored = np.load(folder / "hashes.npy", allow_pickle=False)
    assert np.array_equal(stored, hashes)
    assert np.load(folder / "ids.npy", allow_pickle=False).dtype == np.int64
    small_ids = np.load(tmp_path / "pdq" / small["name"] / "ids.npy", allow_pickle=False)
    assert small_ids.dtype == np.int32
    for number, chunk in enumerate(big["chunks"]):
        directory = np.load(folder / f"chunk-{number:02d}-directory.npy", allow_pickle=False)
        entries = np.load(folder / f"chunk-{number:02d}-entries.npy", allow_pickle=False)
        assert directory.shape == ((1 << chunk["top_bits"]) + 1,)
        assert int(directory[-1]) == hashes.shape[0]
        # Entries hold every row once, sorted by the chunk's key.
        low = chunk["bits"] - chunk["top_bits"]
        rows = entries.astype(np.int64) >> low
        assert np.array_equal(np.sort(rows), np.arange(hashes.shape[0]))
        keys = mih.chunk_keys(hashes, chunk["start"], chunk["bits"])[rows]
        assert np.all(np.diff(keys.astype(np.int64)) >= 0)
    expected = index.search(queries, 31)
    for mmap in (False, True):
        assert MIHPDQIndex.load(tmp_path / "pdq", mmap=mmap).search(queries, 31) == expected


def _segment_names(folder: Path) -> list[str]:
    manifest = json.loads((folder / "manifest.json").read_text())
    return [entry["name"] for entry in manifest["segments"]]


def test_resave_writes_only_what_changed(tmp_path: Path) -> None:
    rng = np.random.default_rng(8)
    hashes = rng.integers(0, 256, (10_000, 32), dtype=np.uint8)
    index = MIHPDQIndex()
    index.add(hashes, np.arange(10_000, dtype=np.int64))
    folder = tmp_path / "pdq"
    index.save(folder)
    (big,) = _segment_names(folder)
    before = os.stat(folder / big / "chunk-00-entries.npy")
    index.add(hashes[:10], np.arange(10, dtype=np.int64) + 10_000)
    index.remove([5])
    (folder / "segment-left-by-a-crash").mkdir()
    index.save(folder)
    names = _segment_names(folder)
    assert names[0] == big
    after = os.stat(folder / big / "chunk-00-entries.npy")
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)
    assert sorted(p.name for p in folder.iterdir()) == sorted(["manifest.json", *names])
    loaded = MIHPDQIndex.load(folder, mmap=True)
    assert loaded.segment_sizes == [10_000, 10]
    assert len(loaded) == 10_009
    assert loaded.search(hashes[5:6], 0) == [[(10_005, 0)]]  # row 5 is withdrawn
    assert loaded.search(hashes[:1], 0) == [[(0, 0), (10_000, 0)]]
    loaded.remove([0])
    loaded.save(folder)  # into the folder it is mapped from
    assert len(list((folder / big).glob("withdrawn-*.npy"))) == 1
    assert MIHPDQIndex.load(folder).search(hashes[:1], 0) == [[(10_000, 0)]]
    # Saved elsewhere: the big segment's files are hard links, not copies.
    loaded.save(tmp_path / "copy")
    copied = os.stat(tmp_path / "copy" / _segment_names(tmp_path / "copy")[0] / "hashes.npy")
    assert copied.st_ino == os.stat(folder / big / "hashes.npy").st_ino
    assert MIHPDQIndex.load(tmp_path / "copy").search(hashes[:2], 0) == [
        [(10_000, 0)],
        [(1, 0), (10_001, 0)],
    ]


def test_loads_the_shared_flat_format(tmp_path: Path) -> None:
    hashes, ids, queries = _data(seed=9, random_rows=5000, centres=4)
    flat = FaissPDQIndex()
    flat.add(hashes, ids)
    flat.save(tmp_path / "flat.index")
    loaded = MIHPDQIndex.load(tmp_path / "flat.index")
    assert len(loaded) == hashes.shape[0]
    assert loaded.search(queries, 31) == flat.search(queries, 31)


def test_save_refuses_to_overwrite_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "case.txt").write_text("keep me")
    (tmp_path / "file").write_text("keep me")
    for path in (tmp_path / "notes", tmp_path / "file"):
        with pytest.raises(ValueError, match="not a cairn-pdq-mih index"):
            MIHPDQIndex().save(path)
    (tmp_path / "empty").mkdir()
    MIHPDQIndex().save(tmp_path / "empty")
    assert len(MIHPDQIndex.load(tmp_path / "empty")) == 0


def test_damaged_files_are_reported(tmp_path: Path) -> None:
    rng = np.random.default_rng(10)
    index = MIHPDQIndex()
    index.add(rng.integers(0, 256, (5000, 32), dtype=np.uint8), np.arange(5000, dtype=np.int64))
    index.save(tmp_path / "pdq")
    manifest_path = tmp_path / "pdq" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    with pytest.raises(SourceError, match="cannot read"):
        MIHPDQIndex.load(tmp_path / "missing")
    for change, message in [
        ({"version": 99}, "version 99"),
        ({"format": "other"}, "is not a cairn-pdq-mih"),
        ({"rows": 4}, "damaged"),
    ]:
        manifest_path.write_text(json.dumps(manifest | change))
        with pytest.raises(SourceError, match=message):
            MIHPDQIndex.load(tmp_path / "pdq")
    broken = json.loads(json.dumps(manifest))
    broken["segments"][0]["chunks"][0]["bits"] = 40
    manifest_path.write_text(json.dumps(broken))
    with pytest.raises(SourceError, match="chunk layout"):
        MIHPDQIndex.load(tmp_path / "pdq")
    manifest_path.write_text(json.dumps(manifest))
    segment = tmp_path / "pdq" / manifest["segments"][0]["name"]
    np.save(segment / "chunk-01-entries.npy", np.zeros(3, np.uint32))
    with pytest.raises(SourceError, match="chunk-01-entries"):
        MIHPDQIndex.load(tmp_path / "pdq")


def test_masks_and_plans() -> None:
    masks, weights = mih._masks(10, 3)
    assert masks.shape[0] == 1 + 10 + 45 + 120
    assert np.unique(masks).shape[0] == masks.shape[0]
    assert np.array_equal(np.bitwise_count(masks), weights)
    layout = tuple((bits, top) for _, bits, top in mih._layout(10_000_000))
    assert len(layout) == 11
    for threshold in (0, 5, 31, 52):
        plan = mih._plan_for(layout, 10_000_000, threshold, mih._COST_SCAN_ROW)
        assert not plan.scan
        # The pigeonhole budget: one unit per distance step, plus one.
        assert sum(budget + 1 for budget in plan.budgets) == threshold + 1
    assert mih._plan_for(layout, 10_000_000, 200, mih._COST_SCAN_ROW).scan
    # Forced to probe at 256, no chunk's budget passes its width (the spare distance kept
    # per probe must fit its byte).
    small = tuple((bits, top) for _, bits, top in mih._layout(5000))
    plan = mih._plan_for(small, 5000, 256, math.inf)
    assert all(budget <= bits for (bits, _), budget in zip(small, plan.budgets, strict=True))
    assert sum(budget + 1 for budget in plan.budgets) == 257
    with pytest.raises(ValueError, match="threads"):
        MIHPDQIndex(threads=0)


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    rows=st.integers(0, 80),
    threshold=st.sampled_from([0, 1, 2, 7, 31, 32, 52, 100, 256]),
    splits=st.integers(1, 4),
)
def test_random_clusters_equal_brute_force(
    seed: int, rows: int, threshold: int, splits: int
) -> None:
    rng = np.random.default_rng(seed)
    centres = rng.integers(0, 256, (3, 32), dtype=np.uint8)
    hashes = np.zeros((rows, 32), dtype=np.uint8)
    for row in range(rows):
        hashes[row] = flip_bits(centres[rng.integers(3)], rng.integers(0, 256, rng.integers(60)))
    ids = rng.integers(0, 50, rows).astype(np.int64)
    probe = np.concatenate([centres, hashes[:5]])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(mih, "SCAN_ROWS", 8)
        patch.setattr(mih, "_COST_SCAN_ROW", math.inf if seed % 2 else 4.0)
        index = MIHPDQIndex()
        for part in np.array_split(np.arange(rows), splits):
            index.add(hashes[part], ids[part])
        assert index.search(probe, threshold) == _reference((hashes, ids)).search(probe, threshold)
