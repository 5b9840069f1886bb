"""The exact index (a directory over digest prefixes) answers exactly as the plain-dict
reference does, before and after a save and load."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cairn.matching.exact as exact
from cairn.errors import InvalidHash, SourceError
from cairn.matching.exact import HEX_DIGITS, DictExactIndex, ExactIndex, normalise_hex
from cairn.model import HashKind

KINDS = list(HEX_DIGITS)


@st.composite
def digests(draw: st.DrawFn, kind: HashKind) -> str:
    """Hex digests from a small pool, so duplicates are common; some share their first 8
    bytes and differ later; letters come in either case."""
    size = HEX_DIGITS[kind] // 2
    prefix = draw(st.sampled_from([b"\x00" * 8, b"\xff" * 8, b"\x12\x34\x56\x78\x9a\xbc\xde\xf0"]))
    tail = draw(st.sampled_from([b"", b"\x01", b"\xab\xcd", b"\xff" * 3]))
    raw = (prefix + tail.rjust(size - 8, b"\x00"))[:size]
    if draw(st.booleans()):
        raw = draw(st.binary(min_size=size, max_size=size))
    text = raw.hex()
    return text.upper() if draw(st.booleans()) else text


@st.composite
def operations(draw: st.DrawFn) -> list[tuple[str, HashKind, Any, Any]]:
    steps: list[tuple[str, HashKind, Any, Any]] = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.sampled_from(KINDS))
        action = draw(st.sampled_from(["add", "add", "add_many", "lookup", "freeze"]))
        if action == "add":
            steps.append((action, kind, draw(digests(kind)), draw(st.integers(0, 2**40))))
        elif action == "add_many":
            values = draw(st.lists(digests(kind), max_size=6))
            ids = draw(st.lists(st.integers(0, 50), min_size=len(values), max_size=len(values)))
            steps.append((action, kind, values, ids))
        elif action == "lookup":
            steps.append((action, kind, draw(st.lists(digests(kind), max_size=5)), None))
        else:
            steps.append((action, kind, None, None))
    return steps


@settings(max_examples=150, deadline=None)
@given(operations(), st.integers(1, 4), st.sampled_from([None, 8, 11, 16, 19, 24]))
def test_exact_index_equals_dict_reference(
    steps: list[tuple[str, HashKind, Any, Any]], pending_limit: int, bits: int | None
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        if bits is not None:
            patch.setattr(exact, "_prefix_bits", lambda rows: bits)
        _check_against_reference(steps, pending_limit)


def _check_against_reference(
    steps: list[tuple[str, HashKind, Any, Any]], pending_limit: int
) -> None:
    fast = ExactIndex(pending_limit=pending_limit)
    truth = DictExactIndex()
    asked: list[tuple[HashKind, str]] = []
    for action, kind, value, ids in steps:
        if action == "add":
            fast.add(kind, value, ids)
            truth.add(kind, value, ids)
        elif action == "add_many":
            fast.add_many(kind, value, np.array(ids, dtype=np.int64))
            truth.add_many(kind, value, ids)
        elif action == "freeze":
            fast.freeze()
        else:
            assert fast.lookup_many(kind, value) == truth.lookup_many(kind, value)
            asked.extend((kind, text) for text in value)
        assert len(fast) == len(truth)
    fast.freeze()
    for kind, text in asked:
        assert fast.lookup(kind, text) == truth.lookup(kind, text)
        assert fast.lookup(kind, text.swapcase()) == truth.lookup(kind, text)
    for kind in KINDS:
        pool = [text for asked_kind, text in asked if asked_kind == kind]
        positions, found = fast.lookup_arrays(kind, pool)
        expected = truth.lookup_many(kind, pool)
        assert positions.tolist() == [p for p, hits in enumerate(expected) for _ in hits]
        assert found.tolist() == [entry for hits in expected for entry in hits]
    # A saved and memory-mapped copy answers the same.
    with tempfile.TemporaryDirectory() as folder:
        fast.save(Path(folder) / "exact")
        loaded = ExactIndex.load(Path(folder) / "exact", mmap=True)
        assert len(loaded) == len(fast)
        for kind, text in asked:
            assert loaded.lookup(kind, text) == truth.lookup(kind, text)
        for kind in KINDS:
            pool = [text for asked_kind, text in asked if asked_kind == kind]
            assert loaded.lookup_many(kind, pool) == truth.lookup_many(kind, pool)


def test_duplicates_and_add_order_are_kept() -> None:
    index = ExactIndex()
    md5 = "d41d8cd98f00b204e9800998ecf8427e"
    index.add(HashKind.MD5, md5, 7)
    index.add("md5", md5.upper(), 3)
    index.add_many(HashKind.MD5, [md5, "0" * 32], [7, 1])
    index.add(HashKind.MD5, md5, 2)
    index.freeze()
    assert index.lookup(HashKind.MD5, md5) == [7, 3, 7, 2]
    assert index.lookup(HashKind.MD5, "0" * 32) == [1]
    assert index.lookup(HashKind.MD5, "1" * 32) == []
    assert len(index) == 5


def test_kinds_are_kept_apart() -> None:
    index = ExactIndex()
    digest = "ab" * 32
    index.add(HashKind.SHA256, digest, 1)
    index.add(HashKind.PDQ, digest, 2)
    assert index.lookup(HashKind.SHA256, digest) == [1]
    assert index.lookup(HashKind.PDQ, digest) == [2]
    assert index.lookup(HashKind.SHA1, "ab" * 20) == []
    assert index.lookup_many(HashKind.MD5, ["ab" * 16]) == [[]]


def test_adds_after_lookup_are_found() -> None:
    index = ExactIndex()
    index.add(HashKind.SHA1, "a" * 40, 1)
    assert index.lookup(HashKind.SHA1, "a" * 40) == [1]
    index.add(HashKind.SHA1, "a" * 40, 2)
    index.add(HashKind.SHA1, "b" * 40, 3)
    assert index.lookup_many(HashKind.SHA1, ["b" * 40, "a" * 40]) == [[3], [1, 2]]


def test_ids_beyond_int32_survive() -> None:
    index = ExactIndex()
    index.add_many(HashKind.MD5, ["0" * 32, "1" * 32], [2**40, -5])
    index.freeze()
    assert index.lookup_many(HashKind.MD5, ["0" * 32, "1" * 32]) == [[2**40], [-5]]


def test_frozen_memory_is_digest_tail_small_id_and_directory() -> None:
    rng = np.random.default_rng(0)
    hexes = [rng.bytes(16).hex() for _ in range(1000)]
    index = ExactIndex()
    index.add_many(HashKind.MD5, hexes, range(1000))
    index.freeze()
    # 1,000 rows: a 10-bit directory (1,025 uint32), the first byte of each digest dropped.
    assert index.nbytes == 1000 * (15 + 4) + 1025 * 4
    positions, ids = index.lookup_arrays(HashKind.MD5, hexes[::-1])
    assert positions.tolist() == list(range(1000))
    assert ids.tolist() == list(range(999, -1, -1))


@pytest.mark.parametrize("bits", [None, 24])
def test_many_random_digests_and_refreezes(
    bits: int | None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    if bits is not None:
        monkeypatch.setattr(exact, "_prefix_bits", lambda rows: bits)
    rng = np.random.default_rng(0)
    hexes = [rng.bytes(20).hex() for _ in range(60_000)]
    hexes[1000:1010] = hexes[:10]  # duplicates under other ids
    fast, truth = ExactIndex(), DictExactIndex()
    for start in range(0, 60_000, 20_000):  # freeze, then add more: the regroup path
        part = hexes[start : start + 20_000]
        fast.add_many(HashKind.SHA1, part, range(start, start + len(part)))
        truth.add_many(HashKind.SHA1, part, range(start, start + len(part)))
        fast.freeze()
    queries = hexes[::7] + [rng.bytes(20).hex() for _ in range(5000)]
    expected = truth.lookup_many(HashKind.SHA1, queries)
    assert fast.lookup_many(HashKind.SHA1, queries) == expected
    table = fast._tables[HashKind.SHA1]
    assert table.bits == (bits or 16)
    dropped = table.bits // 8
    assert fast.nbytes == 60_000 * (20 - dropped + 4) + table.directory.nbytes
    fast.save(tmp_path / "exact")
    for mmap in (False, True):
        loaded = ExactIndex.load(tmp_path / "exact", mmap=mmap)
        assert loaded.lookup_many(HashKind.SHA1, queries) == expected
        assert loaded.nbytes == fast.nbytes
    # Adding to a loaded (mapped, read-only) index regroups into new arrays.
    loaded.add(HashKind.SHA1, hexes[5], 99)
    assert loaded.lookup(HashKind.SHA1, hexes[5]) == [5, 1005, 99]


def test_saved_index_is_plain_npy_and_json(tmp_path: Path) -> None:
    index = ExactIndex()
    index.add_many(HashKind.MD5, ["ab" * 16, "cd" * 16], [4, 2**40])
    index.add(HashKind.SHA256, "ef" * 32, 1)
    written = index.save(tmp_path / "x")
    assert {path.name for path in written} == {
        "exact.json",
        *(
            f"{kind}-{name}.npy"
            for kind in ("md5", "sha256")
            for name in ("directory", "rest", "ids")
        ),
    }
    manifest = json.loads((tmp_path / "x" / "exact.json").read_text())
    assert manifest["format"] == "cairn-exact" and manifest["kinds"]["md5"] == {
        "rows": 2,
        "bits": 8,
    }
    ids = np.load(tmp_path / "x" / "md5-ids.npy", allow_pickle=False)
    assert sorted(ids.tolist()) == [4, 2**40]
    loaded = ExactIndex.load(tmp_path / "x", mmap=True)
    assert loaded.lookup(HashKind.MD5, "CD" * 16) == [2**40]
    assert loaded.lookup(HashKind.SHA256, "ef" * 32) == [1]
    assert loaded.lookup(HashKind.SHA1, "ef" * 20) == []


@pytest.mark.parametrize(
    "damage",
    ["truncate ids", "drop rest", "wrong rows", "not json", "other format", "newer version"],
)
def test_damaged_saves_are_refused_naming_the_folder(tmp_path: Path, damage: str) -> None:
    index = ExactIndex()
    index.add_many(HashKind.MD5, [f"{n:032x}" for n in range(300)], range(300))
    folder = tmp_path / "x"
    index.save(folder)
    manifest_path = folder / "exact.json"
    manifest = json.loads(manifest_path.read_text())
    if damage == "truncate ids":
        data = (folder / "md5-ids.npy").read_bytes()
        (folder / "md5-ids.npy").write_bytes(data[: len(data) - 10])
    elif damage == "drop rest":
        (folder / "md5-rest.npy").unlink()
    elif damage == "wrong rows":
        manifest["kinds"]["md5"]["rows"] = 301
        manifest_path.write_text(json.dumps(manifest))
    elif damage == "not json":
        manifest_path.write_text("{")
    elif damage == "other format":
        manifest_path.write_text(json.dumps(manifest | {"format": "x"}))
    else:
        manifest_path.write_text(json.dumps(manifest | {"version": 99}))
    with pytest.raises(SourceError, match=str(folder)):
        ExactIndex.load(folder, mmap=True)


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        (HashKind.MD5, "0" * 31),
        (HashKind.MD5, "0" * 40),
        (HashKind.SHA1, "z" * 40),
        (HashKind.SHA256, " " + "0" * 63),
        (HashKind.PDQ, ""),
    ],
)
def test_bad_hashes_are_refused_naming_them(kind: HashKind, value: str) -> None:
    for index in (ExactIndex(), DictExactIndex()):
        with pytest.raises(InvalidHash, match=f"is not an? {kind.value} hash"):
            index.add(kind, value, 1)
        with pytest.raises(InvalidHash, match=kind.value):
            index.lookup_many(kind, ["0" * HEX_DIGITS[kind], value])
        with pytest.raises(InvalidHash, match=kind.value):
            index.lookup(kind, value)
    with pytest.raises(InvalidHash, match="position 1"):
        ExactIndex().lookup_many(kind, ["0" * HEX_DIGITS[kind], value])
    with pytest.raises(InvalidHash, match="position 0"):
        ExactIndex().add_many(kind, [value], [1])


def test_normalise_hex_lowers_and_checks() -> None:
    assert normalise_hex("md5", "ABCDEF" + "0" * 26) == "abcdef" + "0" * 26
    with pytest.raises(ValueError):
        normalise_hex("crc32", "0" * 8)


def test_add_many_checks_ids() -> None:
    index = ExactIndex()
    with pytest.raises(ValueError, match="entry ids"):
        index.add_many(HashKind.MD5, ["0" * 32], [1, 2])
    with pytest.raises(ValueError, match="integers"):
        index.add_many(HashKind.MD5, ["0" * 32], np.array([1.5]))
    index.add_many(HashKind.MD5, [], [])
    assert len(index) == 0
    assert index.lookup_many(HashKind.MD5, []) == []
