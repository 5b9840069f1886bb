"""The contract every PDQ index keeps, and the one file format PDQ indexes are saved in.

An index holds rows of (PDQ hash, entry id) and answers range queries: for each query hash,
every row within a Hamming distance threshold, as ``(id, distance)`` pairs sorted by
``(distance, id)``. The brute-force ``reference`` index defines the right answer; every fast
index must return exactly what it returns (DESIGN invariant 9, ``cairn.testing.check_pdq_index``).

File format (see docs/matching.md): ``<path>`` is a FAISS ``IndexBinaryFlat`` of dimension 256
written by ``faiss.write_index_binary``, whose row ``i`` is the hash added ``i``-th;
``<path>.ids.npy`` is a 1-D int64 ``.npy`` array whose element ``i`` is that row's entry id.
Nothing is pickled, so a file from an untrusted place cannot run code when loaded.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import Any, ClassVar, Protocol, Self, runtime_checkable

import faiss
import numpy as np
from numpy.typing import NDArray

from cairn.errors import SourceError
from cairn.matching.pdq import PDQ_BITS, PDQ_BYTES, as_pdq_matrix

__all__ = [
    "Hits",
    "PDQIndex",
    "as_id_array",
    "check_threshold",
    "flat_index_from_hashes",
    "hashes_from_flat_index",
    "hits_from_ranges",
    "ids_path",
    "read_index_file",
    "sort_ranges",
    "write_index_file",
]

#: What ``search`` returns: per query, ``(entry id, distance)`` pairs sorted by (distance, id).
Hits = list[list[tuple[int, int]]]


@runtime_checkable
class PDQIndex(Protocol):
    """A PDQ range-search index; ``cairn.testing.check_pdq_index`` checks an implementation."""

    #: Stable, unique name: the registry key, the CLI value and the name stored with matches.
    NAME: ClassVar[str]

    def add(self, hashes: NDArray[np.uint8], ids: NDArray[np.int64]) -> None:
        """Add rows: ``hashes`` is (n, 32) uint8, ``ids`` n non-negative int64 entry ids.

        Ids need not be unique: each added row is found on its own.
        """
        ...

    def search(self, queries: NDArray[np.uint8], threshold: int) -> Hits:
        """Return, per query row, every added row at Hamming distance <= ``threshold``."""
        ...

    def __len__(self) -> int:
        """Number of rows added."""
        ...

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the index to ``path`` (and ``<path>.ids.npy``) without pickle."""
        ...

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Self:
        """Read an index written by ``save``."""
        ...


def check_threshold(threshold: int) -> int:
    """Return ``threshold`` if it is an int from 0 to 256, else raise ``ValueError``."""
    if isinstance(threshold, bool) or not isinstance(threshold, int | np.integer):
        raise ValueError(f"PDQ threshold must be an int, got {threshold!r}")
    if not 0 <= threshold <= PDQ_BITS:
        raise ValueError(f"PDQ threshold must be from 0 to {PDQ_BITS}, got {threshold}")
    return int(threshold)


def as_id_array(ids: Any, count: int) -> NDArray[np.int64]:
    """Check that ``ids`` holds ``count`` non-negative integers and return them as int64.

    Negative ids are refused because FAISS uses -1 for "no result" and a third-party index
    built on ``IndexBinaryIDMap`` would silently lose such rows.
    """
    array = np.asarray(ids)
    if array.ndim != 1 or array.shape[0] != count:
        raise ValueError(f"ids must be a 1-D array of {count} ids, got shape {array.shape}")
    if count and not np.issubdtype(array.dtype, np.integer):
        raise ValueError(f"ids must be integers, got dtype {array.dtype}")
    out = np.ascontiguousarray(array, dtype=np.int64)
    if count and int(out.min()) < 0:
        raise ValueError("ids must be non-negative")
    return out


def sort_ranges(
    lims: NDArray[Any], ids: NDArray[np.int64], distances: NDArray[Any]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Sort the hits of each query by (distance, id), as range-search results are unordered.

    ``lims`` has m + 1 offsets: query ``q``'s hits are ``ids[lims[q]:lims[q + 1]]``.
    """
    lims = np.asarray(lims, dtype=np.int64)
    distances = np.asarray(distances).astype(np.int64, copy=False)
    query_of_hit = np.repeat(np.arange(lims.shape[0] - 1, dtype=np.int64), np.diff(lims))
    order = np.lexsort((ids, distances, query_of_hit))
    return ids[order], distances[order]


def hits_from_ranges(lims: NDArray[Any], ids: NDArray[np.int64], distances: NDArray[Any]) -> Hits:
    """Turn sorted range-search arrays into the per-query lists ``search`` returns."""
    pairs = list(zip(ids.tolist(), np.asarray(distances).tolist(), strict=True))
    bounds = np.asarray(lims, dtype=np.int64).tolist()
    return [pairs[start:end] for start, end in itertools.pairwise(bounds)]


def ids_path(path: str | os.PathLike[str]) -> Path:
    """Return where the entry ids of the index at ``path`` live: ``<path>.ids.npy``."""
    return Path(f"{os.fspath(path)}.ids.npy")


def write_index_file(path: str | os.PathLike[str], index: Any, ids: NDArray[np.int64]) -> None:
    """Write a FAISS ``IndexBinaryFlat`` and its entry ids in the shared PDQ index format."""
    if int(index.ntotal) != ids.shape[0]:
        raise ValueError(f"index holds {index.ntotal} rows but {ids.shape[0]} ids were given")
    # The ids go first: a crash between the two writes leaves counts that disagree, which
    # read_index_file reports, rather than an index whose rows map to stale ids.
    with ids_path(path).open("wb") as handle:
        np.save(handle, np.ascontiguousarray(ids, dtype=np.int64), allow_pickle=False)
    faiss.write_index_binary(index, os.fspath(path))


def read_index_file(path: str | os.PathLike[str]) -> tuple[Any, NDArray[np.int64]]:
    """Read a PDQ index file; return the FAISS ``IndexBinaryFlat`` and its entry ids.

    Raises:
        SourceError: naming the path, if either file is missing, damaged or inconsistent.
    """
    where = os.fspath(path)
    try:
        index = faiss.read_index_binary(where)
    except RuntimeError as error:
        raise SourceError(f"cannot read PDQ index {where}: {error}") from error
    if not isinstance(index, faiss.IndexBinaryFlat) or int(index.d) != PDQ_BITS:
        raise SourceError(
            f"{where} is not a PDQ index: expected a FAISS IndexBinaryFlat of {PDQ_BITS} bits, "
            f"found {type(index).__name__} of {index.d} bits"
        )
    try:
        ids = np.load(ids_path(path), allow_pickle=False)
    except (OSError, ValueError) as error:
        raise SourceError(f"cannot read PDQ index ids {ids_path(path)}: {error}") from error
    if ids.dtype != np.int64 or ids.ndim != 1 or ids.shape[0] != int(index.ntotal):
        raise SourceError(
            f"{ids_path(path)} does not fit {where}: {index.ntotal} rows but ids of shape "
            f"{ids.shape} and dtype {ids.dtype}"
        )
    return index, ids


def flat_index_from_hashes(hashes: NDArray[np.uint8]) -> Any:
    """Return a FAISS ``IndexBinaryFlat`` holding ``hashes`` in row order."""
    index = faiss.IndexBinaryFlat(PDQ_BITS)
    if hashes.shape[0]:
        index.add(as_pdq_matrix(hashes))
    return index


def hashes_from_flat_index(index: Any) -> NDArray[np.uint8]:
    """Return the (n, 32) hash rows a FAISS ``IndexBinaryFlat`` holds, in row order."""
    rows = index.reconstruct_n(0, int(index.ntotal))
    return np.ascontiguousarray(rows, dtype=np.uint8).reshape(-1, PDQ_BYTES)
