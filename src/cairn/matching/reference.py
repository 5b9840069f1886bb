"""The brute-force PDQ index: every query against every row, in plain numpy.

This is the truth. It is kept simple enough to check by eye, and every fast index is tested
against it on the same data (DESIGN invariant 9). It is not meant for large lists: a search
costs O(queries x rows), though memory stays bounded by searching the queries in chunks.
"""

from __future__ import annotations

import os
from typing import ClassVar, Self

import numpy as np
from numpy.typing import NDArray

from cairn.matching.index import (
    Hits,
    as_id_array,
    check_threshold,
    flat_index_from_hashes,
    hashes_from_flat_index,
    hits_from_ranges,
    read_index_file,
    sort_ranges,
    write_index_file,
)
from cairn.matching.pdq import PDQ_BYTES, as_pdq_matrix, hamming_matrix

__all__ = ["BruteForcePDQIndex"]


class BruteForcePDQIndex:
    """Brute-force PDQ range search (NAME ``reference``).

    Args:
        max_pairs: how many (query, row) distances one chunk computes; bounds memory at
            about 11 bytes per pair.
    """

    NAME: ClassVar[str] = "reference"

    def __init__(self, *, max_pairs: int = 1 << 22) -> None:
        if max_pairs < 1:
            raise ValueError(f"max_pairs must be at least 1, got {max_pairs}")
        self._max_pairs = max_pairs
        self._hashes: NDArray[np.uint8] = np.zeros((0, PDQ_BYTES), dtype=np.uint8)
        self._ids: NDArray[np.int64] = np.zeros(0, dtype=np.int64)

    def __len__(self) -> int:
        return int(self._ids.shape[0])

    def add(self, hashes: NDArray[np.uint8], ids: NDArray[np.int64]) -> None:
        """Append rows; the reference favours plainness over cheap repeated adds."""
        matrix = as_pdq_matrix(hashes)
        id_array = as_id_array(ids, matrix.shape[0])
        self._hashes = np.concatenate([self._hashes, matrix])
        self._ids = np.concatenate([self._ids, id_array])

    def search(self, queries: NDArray[np.uint8], threshold: int) -> Hits:
        """Return, per query, every row at distance <= ``threshold``, sorted by (distance, id)."""
        lims, ids, distances = self.search_arrays(queries, threshold)
        return hits_from_ranges(lims, ids, distances)

    def search_arrays(
        self, queries: NDArray[np.uint8], threshold: int
    ) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
        """Like ``search`` but as arrays ``(lims, ids, distances)``, FAISS range-search style.

        Query ``q``'s hits are ``ids[lims[q]:lims[q + 1]]``, sorted by (distance, id).
        """
        limit = check_threshold(threshold)
        matrix = as_pdq_matrix(queries, "queries")
        count = matrix.shape[0]
        rows = len(self)
        query_parts: list[NDArray[np.int64]] = []
        id_parts: list[NDArray[np.int64]] = []
        distance_parts: list[NDArray[np.int64]] = []
        step = max(1, self._max_pairs // max(rows, 1))
        if rows:
            for start in range(0, count, step):
                distances = hamming_matrix(matrix[start : start + step], self._hashes)
                query_of_hit, row_of_hit = np.nonzero(distances <= limit)
                query_parts.append(query_of_hit.astype(np.int64) + start)
                id_parts.append(self._ids[row_of_hit])
                distance_parts.append(distances[query_of_hit, row_of_hit].astype(np.int64))
        query_of_hits = _concat(query_parts)
        lims = np.zeros(count + 1, dtype=np.int64)
        np.cumsum(np.bincount(query_of_hits, minlength=count), out=lims[1:])
        ids, distances_sorted = sort_ranges(lims, _concat(id_parts), _concat(distance_parts))
        return lims, ids, distances_sorted

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the shared PDQ index format, so a FAISS index can load what this saved."""
        write_index_file(path, flat_index_from_hashes(self._hashes), self._ids)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Self:
        """Read the shared PDQ index format (from any index that writes it)."""
        index, ids = read_index_file(path)
        loaded = cls()
        loaded._hashes = hashes_from_flat_index(index)
        loaded._ids = ids
        return loaded


def _concat(parts: list[NDArray[np.int64]]) -> NDArray[np.int64]:
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
