"""Near-duplicate groups: which items are copies or close variants of each other.

Two items are joined when they have the same content key (SHA-256: byte-identical files) or
when both have a usable PDQ hash and the hashes are within the threshold. A group is a
connected component of those joins (single linkage), so a chain of small steps can join two
items further apart than the threshold; for a grader that stacks variants of one image this
is what is wanted. Only groups of two or more items are reported, numbered 1, 2, ... in the
order of each group's smallest item id, so the numbers are the same on every run.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from cairn.matching.index import check_threshold
from cairn.matching.pdq import PDQ_BYTES, as_pdq_matrix
from cairn.matching.pdq_faiss import FaissPDQIndex

__all__ = ["connected_components", "near_duplicate_groups", "number_groups"]


def near_duplicate_groups(
    pdqs: NDArray[np.uint8] | None,
    ids: Sequence[int] | NDArray[np.integer],
    threshold: int,
    content_keys: Sequence[str | None],
    *,
    usable: Sequence[bool] | NDArray[np.bool_] | None = None,
) -> dict[int, int]:
    """Group items that share a content key or whose PDQ hashes are within ``threshold``.

    Args:
        pdqs: (n, 32) uint8 PDQ hashes, row i for item ``ids[i]``; ``None`` if no item has one.
        ids: unique item ids.
        threshold: largest PDQ Hamming distance that joins two items.
        content_keys: per item, a content digest (SHA-256 hex) or ``None`` if it has none.
        usable: per item, whether its PDQ row may be used (False for images without a hash,
            or of quality below the gate); ``None`` means every row is usable.

    Returns:
        Item id -> group number, only for items in groups of two or more.
    """
    limit = check_threshold(threshold)
    item_ids = np.asarray(ids, dtype=np.int64).reshape(-1)
    count = item_ids.shape[0]
    if len(content_keys) != count:
        raise ValueError(f"{count} ids but {len(content_keys)} content keys")
    if np.unique(item_ids).shape[0] != count:
        raise ValueError("item ids must be unique")
    firsts: list[NDArray[np.int64]] = []
    seconds: list[NDArray[np.int64]] = []

    first_with_key: dict[str, int] = {}
    key_first: list[int] = []
    key_second: list[int] = []
    for row, key in enumerate(content_keys):
        if key is None:
            continue
        first = first_with_key.setdefault(key, row)
        if first != row:
            key_first.append(first)
            key_second.append(row)
    firsts.append(np.array(key_first, dtype=np.int64))
    seconds.append(np.array(key_second, dtype=np.int64))

    if pdqs is not None:
        pdq_first, pdq_second = _pdq_edges(pdqs, count, limit, usable)
        firsts.append(pdq_first)
        seconds.append(pdq_second)
    elif usable is not None and bool(np.any(np.asarray(usable, dtype=bool))):
        raise ValueError("usable marks PDQ rows, but no PDQ hashes were given")

    roots = connected_components(count, np.concatenate(firsts), np.concatenate(seconds))
    return number_groups(item_ids, roots)


def _pdq_edges(
    pdqs: NDArray[np.uint8],
    count: int,
    limit: int,
    usable: Sequence[bool] | NDArray[np.bool_] | None,
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Return row pairs whose usable PDQ hashes are within ``limit``.

    Identical hashes are joined directly and searched once, so a thousand copies of one
    image cost one query, not a million result pairs.
    """
    matrix = as_pdq_matrix(pdqs, "pdqs")
    if matrix.shape[0] != count:
        raise ValueError(f"{count} ids but {matrix.shape[0]} PDQ rows")
    if usable is None:
        rows = np.arange(count, dtype=np.int64)
    else:
        mask = np.asarray(usable, dtype=bool)
        if mask.shape != (count,):
            raise ValueError(f"usable must have {count} values, got shape {mask.shape}")
        rows = np.nonzero(mask)[0].astype(np.int64)
    if rows.shape[0] == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty.copy()
    as_void = np.ascontiguousarray(matrix[rows]).view(np.dtype((np.void, PDQ_BYTES))).ravel()
    _, first_of_unique, unique_of_row = np.unique(as_void, return_index=True, return_inverse=True)
    unique_of_row = unique_of_row.reshape(-1)
    representative = rows[first_of_unique]
    same_first = representative[unique_of_row]
    duplicate = same_first != rows

    unique_hashes = matrix[representative]
    index = FaissPDQIndex()
    index.add(unique_hashes, np.arange(unique_hashes.shape[0], dtype=np.int64))
    lims, hits, _ = index.search_arrays(unique_hashes, limit)
    query_of_hit = np.repeat(np.arange(unique_hashes.shape[0], dtype=np.int64), np.diff(lims))
    forward = query_of_hit < hits
    return (
        np.concatenate([same_first[duplicate], representative[query_of_hit[forward]]]),
        np.concatenate([rows[duplicate], representative[hits[forward]]]),
    )


def connected_components(
    count: int, firsts: NDArray[np.int64], seconds: NDArray[np.int64]
) -> NDArray[np.int64]:
    """Return, per node 0..count-1, the smallest node of its connected component.

    Vectorised union-find: each round hooks the larger root of every edge that still
    crosses two trees onto the smaller, then compresses paths; a handful of rounds suffice
    in practice and no Python code runs per edge.
    """
    parent = np.arange(count, dtype=np.int64)
    a = np.asarray(firsts, dtype=np.int64)
    b = np.asarray(seconds, dtype=np.int64)
    while True:
        parent = _compress(parent)
        root_a, root_b = parent[a], parent[b]
        crossing = root_a != root_b
        if not crossing.any():
            return parent
        a, b = a[crossing], b[crossing]
        root_a, root_b = root_a[crossing], root_b[crossing]
        # A root only ever points to a smaller node, so no cycle can form.
        np.minimum.at(parent, np.maximum(root_a, root_b), np.minimum(root_a, root_b))


def _compress(parent: NDArray[np.int64]) -> NDArray[np.int64]:
    """Point every node straight at its root by pointer doubling."""
    while True:
        grandparent = parent[parent]
        if np.array_equal(grandparent, parent):
            return parent
        parent = grandparent


def number_groups(item_ids: NDArray[np.int64], roots: NDArray[np.int64]) -> dict[int, int]:
    """Number components of two or more items 1, 2, ... by their smallest item id."""
    sizes = np.bincount(roots, minlength=roots.shape[0])
    grouped = np.nonzero(sizes[roots] >= 2)[0]
    if grouped.shape[0] == 0:
        return {}
    smallest = np.full(roots.shape[0], np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(smallest, roots[grouped], item_ids[grouped])
    group_roots = np.unique(roots[grouped])
    ranked = group_roots[np.argsort(smallest[group_roots], kind="stable")]
    number_of_root = np.zeros(roots.shape[0], dtype=np.int64)
    number_of_root[ranked] = np.arange(1, ranked.shape[0] + 1)
    return dict(
        zip(item_ids[grouped].tolist(), number_of_root[roots[grouped]].tolist(), strict=True)
    )
