"""PDQ hash helpers: hex <-> bytes in upstream bit order, and vectorised Hamming distances.

A PDQ hash is 256 bits, printed by the upstream C++ and pytx as 64 hex digits with the most
significant bits first. Cairn keeps that order in memory: ``bytes.fromhex`` of the printed hex,
so byte 0 holds the first two hex digits. Hamming distance does not depend on bit order, but
keeping the printed order lets a hash read back from an index be printed unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Final

import numpy as np
from numpy.typing import NDArray

from cairn.errors import InvalidHash

__all__ = [
    "PDQ_BITS",
    "PDQ_BYTES",
    "PDQ_FLAT_THRESHOLD",
    "PDQ_MATCH_THRESHOLD",
    "PDQ_MIN_QUALITY",
    "as_pdq_matrix",
    "bytes_to_pdq",
    "hamming",
    "hamming_matrix",
    "pdq_array",
    "pdq_array_to_hex",
    "pdq_to_bytes",
]

PDQ_BITS: Final = 256
PDQ_BYTES: Final = 32
PDQ_HEX_DIGITS: Final = 64
#: Upstream default: a distance at or below this is a match (pytx
#: ``PDQ_CONFIDENT_MATCH_THRESHOLD``).
PDQ_MATCH_THRESHOLD: Final = 31
#: Upstream quality gate: hashes of lower quality are not matched (pytx ``QUALITY_THRESHOLD``).
PDQ_MIN_QUALITY: Final = 50
#: Upstream high-recall threshold of pytx's ``PDQFlatIndex``.
PDQ_FLAT_THRESHOLD: Final = 52

_HEX_RE: Final = re.compile(r"[0-9A-Fa-f]{64}")


def pdq_to_bytes(hex_hash: str) -> bytes:
    """Return the 32 bytes of a 64-hex-digit PDQ hash (either case), first digit most significant.

    Raises:
        InvalidHash: naming the value, if it is not exactly 64 hex digits.
    """
    if not isinstance(hex_hash, str) or _HEX_RE.fullmatch(hex_hash) is None:
        raise InvalidHash(f"{hex_hash!r} is not a PDQ hash (64 hex digits)")
    return bytes.fromhex(hex_hash)


def bytes_to_pdq(raw: bytes) -> str:
    """Return the lower-case 64-hex-digit form of 32 PDQ bytes, as upstream prints it."""
    if len(raw) != PDQ_BYTES:
        raise InvalidHash(f"a PDQ hash is {PDQ_BYTES} bytes, got {len(raw)}")
    return bytes(raw).hex()


def pdq_array(hexes: Sequence[str]) -> NDArray[np.uint8]:
    """Return an (n, 32) uint8 matrix of PDQ hashes, the layout every index takes.

    Decodes all hashes in one ``bytes.fromhex`` call so that millions of hashes load quickly;
    only when that fails is each value checked, to name the bad one.

    Raises:
        InvalidHash: naming the first value that is not 64 hex digits.
    """
    n = len(hexes)
    if n == 0:
        return np.zeros((0, PDQ_BYTES), dtype=np.uint8)
    raw: bytes | None
    try:
        # Every value must have the right length (a short one next to a long one would
        # otherwise join into valid hex); fromhex skips whitespace, so a value with spaces
        # shows up as a short result.
        same_length = set(map(len, hexes)) == {PDQ_HEX_DIGITS}
        raw = bytes.fromhex("".join(hexes)) if same_length else None
    except (TypeError, ValueError):
        raw = None
    if raw is None or len(raw) != n * PDQ_BYTES:
        for position, value in enumerate(hexes):
            try:
                pdq_to_bytes(value)
            except InvalidHash as error:
                raise InvalidHash(f"{error} (position {position})") from None
        raise InvalidHash("PDQ hashes could not be decoded")  # pragma: no cover - unreachable
    return np.frombuffer(raw, dtype=np.uint8).reshape(n, PDQ_BYTES).copy()


def pdq_array_to_hex(hashes: NDArray[np.uint8]) -> list[str]:
    """Return the lower-case hex of each row of an (n, 32) uint8 matrix."""
    matrix = as_pdq_matrix(hashes, "hashes")
    return [row.tobytes().hex() for row in matrix]


def hamming(a_hex: str, b_hex: str) -> int:
    """Return the Hamming distance between two PDQ hashes given as hex (0 to 256)."""
    a = int.from_bytes(pdq_to_bytes(a_hex), "big")
    b = int.from_bytes(pdq_to_bytes(b_hex), "big")
    return (a ^ b).bit_count()


def as_pdq_matrix(hashes: Any, name: str = "hashes") -> NDArray[np.uint8]:
    """Check that ``hashes`` is an (n, 32) uint8 matrix and return it C-contiguous.

    Raises:
        ValueError: on any other shape or dtype; silently casting would hide a caller's bug.
    """
    array = np.asarray(hashes)
    if array.dtype != np.uint8 or array.ndim != 2 or array.shape[1] != PDQ_BYTES:
        raise ValueError(
            f"{name} must be an (n, {PDQ_BYTES}) uint8 array, got shape {array.shape} "
            f"dtype {array.dtype}"
        )
    return np.ascontiguousarray(array)


def _words(matrix: NDArray[np.uint8]) -> NDArray[np.uint64]:
    """View an (n, 32) C-contiguous uint8 matrix as (n, 4) uint64 words for popcount."""
    return matrix.view(np.uint64)


_BYTE_POPCOUNT: Final[NDArray[np.uint8]] = np.array(
    [bin(value).count("1") for value in range(256)], dtype=np.uint8
)


def _popcount_lut(words: NDArray[np.uint64]) -> NDArray[np.uint8]:
    """Popcount per uint64 through a 256-entry table (numpy < 2.0 has no bitwise_count)."""
    as_bytes = words.view(np.uint8).reshape(*words.shape, 8)
    counts: NDArray[np.uint8] = _BYTE_POPCOUNT[as_bytes].sum(axis=-1, dtype=np.uint8)
    return counts


_popcount: Callable[[NDArray[np.uint64]], NDArray[np.uint8]] = getattr(
    np, "bitwise_count", _popcount_lut
)


def hamming_matrix(queries: NDArray[np.uint8], hashes: NDArray[np.uint8]) -> NDArray[np.uint16]:
    """Return the (m, n) matrix of Hamming distances between two sets of PDQ hashes.

    Memory is about 11 bytes per pair at peak; callers with large inputs chunk the queries.
    """
    q = _words(as_pdq_matrix(queries, "queries"))
    h = _words(as_pdq_matrix(hashes, "hashes"))
    out = np.zeros((q.shape[0], h.shape[0]), dtype=np.uint16)
    for word in range(q.shape[1]):
        out += _popcount(np.bitwise_xor.outer(q[:, word], h[:, word]))
    return out
