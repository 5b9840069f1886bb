"""One-pass MD5/SHA-1/SHA-256: equal to hashlib for every chunk size, content kept when small."""

from __future__ import annotations

import hashlib
import io
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cairn.media import hash_bytes, hash_stream
from cairn.model import Hashes


def reference(data: bytes) -> Hashes:
    return Hashes(
        md5=hashlib.md5(data).hexdigest(),
        sha1=hashlib.sha1(data).hexdigest(),
        sha256=hashlib.sha256(data).hexdigest(),
    )


class ReadOnlyStream(io.RawIOBase):
    """Evidence stand-in: short reads of at most ``step`` bytes, and no seek or write."""

    def __init__(self, data: bytes, step: int) -> None:
        self._data = data
        self._pos = 0
        self._step = step
        self.reads = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        self.reads += 1
        take = self._step if size < 0 else min(size, self._step)
        out = self._data[self._pos : self._pos + take]
        self._pos += len(out)
        return out

    def seek(self, *args: Any) -> int:
        raise AssertionError("hash_stream must not seek")

    def write(self, *args: Any) -> int:
        raise AssertionError("hash_stream must not write")


KNOWN = {
    b"": Hashes(
        md5="d41d8cd98f00b204e9800998ecf8427e",
        sha1="da39a3ee5e6b4b0d3255bfef95601890afd80709",
        sha256="e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    ),
    b"abc": Hashes(
        md5="900150983cd24fb0d6963f7d28e17f72",
        sha1="a9993e364706816aba3e25717850c26c9cd0d89d",
        sha256="ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    ),
}


@pytest.mark.parametrize("data", list(KNOWN))
def test_known_answers(data: bytes) -> None:
    assert hash_bytes(data) == KNOWN[data]
    assert hash_stream(io.BytesIO(data), 2)[0] == KNOWN[data]


def test_every_chunk_size_gives_the_same_digests() -> None:
    data = bytes(range(256)) * 3 + b"tail"
    expected = reference(data)
    for chunk in range(1, len(data) + 3):
        hashes, size, kept = hash_stream(io.BytesIO(data), chunk)
        assert (hashes, size, kept) == (expected, len(data), None), chunk


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=5000), chunk=st.integers(1, 6000), keep=st.integers(0, 6000))
def test_matches_hashlib_and_keeps_exactly_when_small(data: bytes, chunk: int, keep: int) -> None:
    hashes, size, kept = hash_stream(io.BytesIO(data), chunk, keep_up_to=keep)
    assert hashes == reference(data) == hash_bytes(data)
    assert size == len(data)
    assert kept == (data if len(data) <= keep else None)


def test_keep_boundaries() -> None:
    data = b"x" * 100
    assert hash_stream(io.BytesIO(data), 7, keep_up_to=100)[2] == data
    assert hash_stream(io.BytesIO(data), 7, keep_up_to=99)[2] is None
    assert hash_stream(io.BytesIO(data), 7)[2] is None  # default: keep nothing
    assert hash_stream(io.BytesIO(b""), 7)[2] == b""  # 0 bytes <= 0


def test_short_reads_without_seek_or_write() -> None:
    data = bytes(range(256)) * 40
    stream = ReadOnlyStream(data, step=3)
    hashes, size, kept = hash_stream(stream, 1024, keep_up_to=len(data))  # type: ignore[arg-type]
    assert hashes == reference(data)
    assert (size, kept) == (len(data), data)
    assert stream.reads > len(data) // 3  # really read in short pieces


def test_hashes_from_the_current_position() -> None:
    stream = io.BytesIO(b"headerBODY")
    stream.read(6)
    hashes, size, _ = hash_stream(stream, 4)
    assert (hashes, size) == (reference(b"BODY"), 4)


def test_larger_than_keep_is_dropped() -> None:
    data = bytes(5 * 1024 * 1024)
    hashes, size, kept = hash_stream(io.BytesIO(data), 1024 * 1024, keep_up_to=1024)
    assert (hashes, size, kept) == (reference(data), len(data), None)


@pytest.mark.parametrize("chunk", [0, -1])
def test_chunk_must_be_positive(chunk: int) -> None:
    with pytest.raises(ValueError, match="chunk"):
        hash_stream(io.BytesIO(b"abc"), chunk)


def test_hash_bytes_accepts_buffers() -> None:
    data = b"evidence bytes"
    assert hash_bytes(bytearray(data)) == hash_bytes(memoryview(data)) == reference(data)
