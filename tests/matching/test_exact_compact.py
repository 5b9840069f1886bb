"""The prefix-directory exact index answers exactly as the plain-dict reference does."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cairn.matching.exact_compact as compact
from cairn.errors import InvalidHash
from cairn.matching import CompactExactIndex
from cairn.matching.exact import HEX_DIGITS, DictExactIndex
from cairn.model import HashKind

KINDS = list(HEX_DIGITS)


@st.composite
def digests(draw: st.DrawFn, kind: HashKind) -> str:
    """Hex digests from a small pool (duplicates are common), many sharing their first
    bytes (one bucket) and differing later; letters in either case."""
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
            steps.append((action, kind, draw(digests(kind)), draw(st.integers(-(2**40), 2**40))))
        elif action == "add_many":
            values = draw(st.lists(digests(kind), max_size=6))
            ids = draw(st.lists(st.integers(0, 50), min_size=len(values), max_size=len(values)))
            steps.append((action, kind, values, ids))
        elif action == "lookup":
            steps.append((action, kind, draw(st.lists(digests(kind), max_size=5)), None))
        else:
            steps.append((action, kind, None, None))
    return steps


@settings(max_examples=80, deadline=None)
@given(operations(), st.integers(1, 4), st.sampled_from([8, 11, 16, 19]))
def test_equals_dict_reference(
    steps: list[tuple[str, HashKind, Any, Any]], pending_limit: int, bits: int
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(compact, "_prefix_bits", lambda rows: bits)
        fast = CompactExactIndex(pending_limit=pending_limit)
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


@pytest.mark.parametrize("bits", [None, 24])
def test_many_random_digests_and_refreezes(
    bits: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if bits is not None:
        monkeypatch.setattr(compact, "_prefix_bits", lambda rows: bits)
    rng = np.random.default_rng(0)
    hexes = [rng.bytes(20).hex() for _ in range(60_000)]
    hexes[1000:1010] = hexes[:10]  # duplicates under other ids
    fast, truth = CompactExactIndex(), DictExactIndex()
    for start in range(0, 60_000, 20_000):  # freeze, then add more: the regroup path
        part = hexes[start : start + 20_000]
        fast.add_many(HashKind.SHA1, part, range(start, start + len(part)))
        truth.add_many(HashKind.SHA1, part, range(start, start + len(part)))
        fast.freeze()
    queries = hexes[::7] + [rng.bytes(20).hex() for _ in range(5000)]
    assert fast.lookup_many(HashKind.SHA1, queries) == truth.lookup_many(HashKind.SHA1, queries)
    table = fast._tables[HashKind.SHA1]
    assert table.bits == (bits or 16)
    dropped = table.bits // 8
    assert fast.nbytes == 60_000 * (20 - dropped + 4) + table.directory.nbytes


def test_duplicates_kinds_and_add_order() -> None:
    index = CompactExactIndex()
    md5 = "d41d8cd98f00b204e9800998ecf8427e"
    index.add(HashKind.MD5, md5, 7)
    index.add("md5", md5.upper(), 3)
    index.add_many(HashKind.MD5, [md5, "0" * 32], [7, 1])
    index.add(HashKind.MD5, md5, 2)
    index.add(HashKind.PDQ, "ab" * 32, 9)
    assert index.lookup(HashKind.MD5, md5) == [7, 3, 7, 2]
    assert index.lookup(HashKind.MD5, "1" * 32) == []
    assert index.lookup(HashKind.SHA256, "ab" * 32) == []
    assert index.lookup(HashKind.PDQ, "AB" * 32) == [9]
    assert index.lookup_many(HashKind.SHA1, ["0" * 40]) == [[]]
    index.add_many(HashKind.MD5, ["0" * 32, "1" * 32], [2**40, -5])
    assert index.lookup_many(HashKind.MD5, ["0" * 32, "1" * 32]) == [[1, 2**40], [-5]]
    assert len(index) == 8


def test_bad_input_is_refused() -> None:
    index = CompactExactIndex()
    with pytest.raises(InvalidHash, match="is not an md5 hash"):
        index.add(HashKind.MD5, "0" * 31, 1)
    with pytest.raises(InvalidHash, match="position 1"):
        index.lookup_many(HashKind.MD5, ["0" * 32, "xyz"])
    with pytest.raises(ValueError, match="entry ids"):
        index.add_many(HashKind.MD5, ["0" * 32], [1, 2])
    with pytest.raises(ValueError, match="integers"):
        index.add_many(HashKind.MD5, ["0" * 32], np.array([1.5]))
    index.add_many(HashKind.MD5, [], [])
    assert len(index) == 0
    assert index.lookup_many(HashKind.MD5, []) == []
