"""Near-duplicate groups equal a plain union-find over every pair of items."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cairn.matching.groups import connected_components, near_duplicate_groups
from cairn.testing.check_index import flip_bits


def _brute_force_groups(
    pdqs: np.ndarray | None,
    ids: list[int],
    threshold: int,
    keys: list[str | None],
    usable: list[bool] | None,
) -> dict[int, int]:
    """The definition, written out: pairwise joins, union-find, number by smallest id."""
    count = len(ids)
    parent = list(range(count))

    def find(node: int) -> int:
        while parent[node] != node:
            node = parent[node]
        return node

    values = [int.from_bytes(row.tobytes(), "big") for row in pdqs] if pdqs is not None else []
    for a in range(count):
        for b in range(a + 1, count):
            same_key = keys[a] is not None and keys[a] == keys[b]
            near = (
                pdqs is not None
                and (usable is None or (usable[a] and usable[b]))
                and (values[a] ^ values[b]).bit_count() <= threshold
            )
            if same_key or near:
                parent[find(a)] = find(b)
    members: dict[int, list[int]] = {}
    for node in range(count):
        members.setdefault(find(node), []).append(ids[node])
    groups = sorted((sorted(group) for group in members.values() if len(group) > 1), key=min)
    return {item: number for number, group in enumerate(groups, 1) for item in group}


@st.composite
def corpora(
    draw: st.DrawFn,
) -> tuple[np.ndarray | None, list[int], int, list[str | None], list[bool] | None]:
    count = draw(st.integers(0, 30))
    ids = draw(st.lists(st.integers(0, 10_000), min_size=count, max_size=count, unique=True))
    keys = draw(
        st.lists(st.sampled_from([None, "k1", "k2", "k3", "k4"]), min_size=count, max_size=count)
    )
    threshold = draw(st.sampled_from([0, 4, 31, 52]))
    if draw(st.integers(0, 5)) == 0:
        return None, ids, threshold, keys, None
    centres = [
        np.frombuffer(draw(st.binary(min_size=32, max_size=32)), dtype=np.uint8) for _ in range(3)
    ]
    pdqs = np.zeros((count, 32), dtype=np.uint8)
    for row in range(count):
        centre = centres[draw(st.integers(0, 2))]
        pdqs[row] = flip_bits(centre, draw(st.lists(st.integers(0, 255), max_size=40)))
    usable = None
    if draw(st.booleans()):
        usable = draw(st.lists(st.booleans(), min_size=count, max_size=count))
    return pdqs, ids, threshold, keys, usable


@settings(max_examples=150, deadline=None)
@given(corpora())
def test_groups_equal_brute_force_union_find(
    corpus: tuple[np.ndarray | None, list[int], int, list[str | None], list[bool] | None],
) -> None:
    pdqs, ids, threshold, keys, usable = corpus
    expected = _brute_force_groups(pdqs, ids, threshold, keys, usable)
    mask = None if usable is None else np.array(usable, dtype=bool)
    assert near_duplicate_groups(pdqs, ids, threshold, keys, usable=mask) == expected


def test_example_numbering_and_single_linkage() -> None:
    base = np.zeros(32, dtype=np.uint8)
    far = np.full(32, 0xFF, dtype=np.uint8)
    pdqs = np.stack(
        [
            base,  # id 50
            flip_bits(base, range(30)),  # id 40: near 50
            flip_bits(base, range(30, 60)),  # id 30: 60 from id 40, 30 from id 50: chained
            far,  # id 20: alone by PDQ, same file as id 5
            flip_bits(far, range(100)),  # id 5
            flip_bits(far, range(200)),  # id 9: alone
        ]
    )
    ids = [50, 40, 30, 20, 5, 9]
    keys = ["a", "b", "c", "same", "same", None]
    groups = near_duplicate_groups(pdqs, ids, 31, keys)
    assert groups == {5: 1, 20: 1, 30: 2, 40: 2, 50: 2}


def test_unusable_rows_join_only_by_content_key() -> None:
    pdqs = np.zeros((3, 32), dtype=np.uint8)
    usable = np.array([True, False, True])
    assert near_duplicate_groups(pdqs, [1, 2, 3], 31, [None, None, None], usable=usable) == {
        1: 1,
        3: 1,
    }
    assert near_duplicate_groups(pdqs, [1, 2, 3], 31, [None, "k", "k"], usable=usable) == {
        1: 1,
        2: 1,
        3: 1,
    }
    assert near_duplicate_groups(None, [1, 2, 3], 31, ["k", None, "k"]) == {1: 1, 3: 1}


def test_many_identical_hashes_are_one_group() -> None:
    pdqs = np.zeros((2000, 32), dtype=np.uint8)
    pdqs[1000:] = 0xFF
    groups = near_duplicate_groups(pdqs, list(range(2000, 0, -1)), 31, [None] * 2000)
    assert set(groups.values()) == {1, 2}
    assert groups[1] == 1  # the group holding the smallest id comes first
    assert groups[2000] == 2


def test_empty_and_bad_inputs() -> None:
    assert near_duplicate_groups(np.zeros((0, 32), dtype=np.uint8), [], 31, []) == {}
    assert near_duplicate_groups(None, [], 31, []) == {}
    with pytest.raises(ValueError, match="unique"):
        near_duplicate_groups(None, [1, 1], 31, [None, None])
    with pytest.raises(ValueError, match="content keys"):
        near_duplicate_groups(None, [1, 2], 31, [None])
    with pytest.raises(ValueError, match="PDQ rows"):
        near_duplicate_groups(np.zeros((1, 32), dtype=np.uint8), [1, 2], 31, [None, None])
    with pytest.raises(ValueError, match="usable"):
        near_duplicate_groups(
            np.zeros((2, 32), dtype=np.uint8), [1, 2], 31, [None, None], usable=np.array([True])
        )
    with pytest.raises(ValueError, match="threshold"):
        near_duplicate_groups(None, [1], 300, [None])


@settings(max_examples=100, deadline=None)
@given(
    st.integers(1, 40).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=60),
        )
    )
)
def test_connected_components_root_is_smallest_member(
    graph: tuple[int, list[tuple[int, int]]],
) -> None:
    count, edges = graph
    label = list(range(count))
    changed = True
    while changed:  # the slowest obviously-right algorithm: relax labels to a fixed point
        changed = False
        for a, b in edges:
            low = min(label[a], label[b])
            if label[a] != low or label[b] != low:
                label[a] = label[b] = low
                changed = True
    firsts = np.array([a for a, _ in edges], dtype=np.int64)
    seconds = np.array([b for _, b in edges], dtype=np.int64)
    assert connected_components(count, firsts, seconds).tolist() == label
