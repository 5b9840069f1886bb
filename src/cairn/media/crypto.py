"""MD5, SHA-1 and SHA-256 of the bytes actually read, computed together in one pass.

Hash sets (VICS, NSRL, CAID, unit lists) use any of the three, so every item gets all three.
Reading the evidence once, in bounded chunks, is what makes hashing cheap on a slow disk
image or network share; the three digests are updated from the same buffer. ``hashlib``
releases the GIL on large buffers, so hashing in threads also scales.

MD5 and SHA-1 are used to *identify* files, not for security, hence
``usedforsecurity=False`` (which also keeps them available on FIPS-mode systems).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import MutableMapping
from typing import BinaryIO

from cairn.model import Hashes

__all__ = ["hash_bytes", "hash_stream"]


class _Digests:
    """The three running digests, fed from one buffer."""

    __slots__ = ("md5", "sha1", "sha256")

    def __init__(self) -> None:
        self.md5 = hashlib.md5(usedforsecurity=False)
        self.sha1 = hashlib.sha1(usedforsecurity=False)
        self.sha256 = hashlib.sha256()

    def update(self, data: bytes | bytearray | memoryview) -> None:
        self.md5.update(data)
        self.sha1.update(data)
        self.sha256.update(data)

    def result(self) -> Hashes:
        return Hashes(
            md5=self.md5.hexdigest(), sha1=self.sha1.hexdigest(), sha256=self.sha256.hexdigest()
        )


def hash_stream(
    f: BinaryIO,
    chunk: int,
    keep_up_to: int = 0,
    *,
    times: MutableMapping[str, float] | None = None,
) -> tuple[Hashes, int, bytes | None]:
    """Hash a stream from its current position to the end, in one pass.

    Args:
        f: an open binary stream; it is read, never seeked or written.
        chunk: bytes per read (``settings.read_chunk_bytes``); memory stays bounded by it
            unless content is kept.
        keep_up_to: if the stream holds at most this many bytes, also return them, so a
            small image can be decoded without reading the evidence a second time.
        times: if given, the seconds spent reading (``"read"``) and in the three digests
            (``"hash"``) are added to it, so an ingest can say which of the two it waits on.

    Returns:
        ``(hashes, size, kept)``: the digests, the number of bytes read, and the content if
        ``size <= keep_up_to`` else ``None``.
    """
    if chunk <= 0:
        raise ValueError(f"chunk must be positive, got {chunk}")
    digests = _Digests()
    size = 0
    kept: list[bytes] | None = []
    reading = hashing = 0.0
    clock = time.perf_counter
    while True:
        started = clock()
        data = f.read(chunk)
        read = clock()
        reading += read - started
        if not data:
            break
        digests.update(data)
        hashing += clock() - read
        size += len(data)
        if kept is not None:
            if size <= keep_up_to:
                kept.append(data)
            else:
                kept = None  # too big: drop what was kept, keep memory bounded
    started = clock()
    content = b"".join(kept) if kept is not None else None
    reading += clock() - started
    if times is not None:
        times["read"] = times.get("read", 0.0) + reading
        times["hash"] = times.get("hash", 0.0) + hashing
    return digests.result(), size, content


def hash_bytes(data: bytes | bytearray | memoryview) -> Hashes:
    """The three digests of bytes already in memory."""
    digests = _Digests()
    digests.update(data)
    return digests.result()
