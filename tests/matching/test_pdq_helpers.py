"""PDQ hex/bytes helpers and Hamming distances, checked against Python's own int arithmetic."""

from __future__ import annotations

import types

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import cairn.matching
from cairn.errors import InvalidHash
from cairn.matching import pdq
from cairn.matching.pdq import (
    as_pdq_matrix,
    bytes_to_pdq,
    hamming,
    hamming_matrix,
    pdq_array,
    pdq_array_to_hex,
    pdq_to_bytes,
)

hashes_32 = st.binary(min_size=32, max_size=32)


def test_public_api_matches_all() -> None:
    public = {
        name
        for name, value in vars(cairn.matching).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public == set(cairn.matching.__all__)


def test_first_hex_digit_is_the_most_significant_bits() -> None:
    raw = pdq_to_bytes("8" + "0" * 62 + "1")
    assert raw[0] == 0x80
    assert raw[-1] == 0x01
    assert hamming("8" + "0" * 63, "0" * 64) == 1
    assert hamming("f" * 64, "0" * 64) == 256


@given(hashes_32)
def test_bytes_hex_round_trip(raw: bytes) -> None:
    text = bytes_to_pdq(raw)
    assert text == raw.hex()
    assert pdq_to_bytes(text) == raw
    assert pdq_to_bytes(text.upper()) == raw


@given(st.lists(hashes_32, max_size=20))
def test_pdq_array_round_trip(raws: list[bytes]) -> None:
    hexes = [raw.hex() for raw in raws]
    matrix = pdq_array(hexes)
    assert matrix.dtype == np.uint8
    assert matrix.shape == (len(raws), 32)
    assert pdq_array_to_hex(matrix) == hexes
    assert pdq_array([text.upper() for text in hexes]).tobytes() == b"".join(raws)


@given(hashes_32, hashes_32)
def test_hamming_is_popcount_of_xor(a: bytes, b: bytes) -> None:
    expected = (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).bit_count()
    assert hamming(a.hex(), b.hex()) == expected


@given(st.lists(hashes_32, min_size=1, max_size=8), st.lists(hashes_32, max_size=8))
def test_hamming_matrix_matches_hamming(queries: list[bytes], hashes: list[bytes]) -> None:
    matrix = hamming_matrix(
        pdq_array([q.hex() for q in queries]), pdq_array([h.hex() for h in hashes])
    )
    assert matrix.shape == (len(queries), len(hashes))
    for row, query in enumerate(queries):
        for column, other in enumerate(hashes):
            assert matrix[row, column] == hamming(query.hex(), other.hex())


def test_lookup_table_popcount_matches_numpy() -> None:
    words = np.random.default_rng(1).integers(0, 2**63, (50, 4), dtype=np.uint64) * 2 + 1
    expected = np.array([[bin(int(value)).count("1") for value in row] for row in words])
    assert (pdq._popcount_lut(words) == expected).all()
    assert (pdq._popcount(words) == expected).all()


@pytest.mark.parametrize(
    "value",
    ["", "0" * 63, "0" * 65, "g" + "0" * 63, "0" * 31 + " " + "0" * 32, " " + "0" * 64, None, 7],
)
def test_bad_hash_is_refused_naming_it(value: object) -> None:
    with pytest.raises(InvalidHash, match="not a PDQ hash"):
        pdq_to_bytes(value)  # type: ignore[arg-type]


def test_pdq_array_names_the_bad_position() -> None:
    # Same total length as two good hashes, so only a per-value check can find it.
    good = "a" * 64
    with pytest.raises(InvalidHash, match="position 1"):
        pdq_array([good, "a" * 31 + " " + "a" * 32])
    with pytest.raises(InvalidHash, match="position 0"):
        pdq_array(["a" * 63, "a" * 65])
    with pytest.raises(InvalidHash, match="position 2"):
        pdq_array([good, good, "x" * 64])


def test_bytes_to_pdq_refuses_wrong_length() -> None:
    with pytest.raises(InvalidHash):
        bytes_to_pdq(b"\x00" * 31)


def test_as_pdq_matrix_refuses_wrong_shapes_and_makes_contiguous() -> None:
    with pytest.raises(ValueError, match="uint8"):
        as_pdq_matrix(np.zeros((2, 32), dtype=np.int64))
    with pytest.raises(ValueError, match="uint8"):
        as_pdq_matrix(np.zeros((2, 31), dtype=np.uint8))
    with pytest.raises(ValueError, match="uint8"):
        as_pdq_matrix(np.zeros(32, dtype=np.uint8))
    strided = np.zeros((4, 64), dtype=np.uint8)[:, ::2]
    assert as_pdq_matrix(strided).flags["C_CONTIGUOUS"]
