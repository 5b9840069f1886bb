"""Read-only file-likes the container sources hand to the stage, and a small handle cache.

Containers (disk images, archives) are opened once per process and kept in a small LRU so
that the many items of one container do not reopen it each time. Nothing here writes to
evidence, and nothing is ever written to a path taken from evidence: a member that must be
made seekable is spooled into memory, or, past ``SPOOL_MEMORY_BYTES``, into an anonymous
temporary file that has no name on disk.
"""

from __future__ import annotations

import io
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import BinaryIO, Generic, TypeVar

__all__ = ["SPOOL_MEMORY_BYTES", "HandleCache", "LimitedReader", "spool"]

SPOOL_MEMORY_BYTES = 32 * 1024 * 1024
"""Nested containers up to this size are held in memory; larger ones in an unnamed temp file.

A nested archive needs random access (a zip's directory is at its end), and seeking in a
compressed member means decompressing again from its start, so a large nested container is
copied once into an anonymous temporary file (``tempfile.TemporaryFile``: unlinked at
creation, removed by the OS when closed) rather than decompressed again for every member.
"""

_COPY_CHUNK = 1024 * 1024

K = TypeVar("K")
V = TypeVar("V")


class HandleCache(Generic[K, V]):
    """A per-process, per-thread LRU of opened containers.

    Per thread because a reader's position is shared state (a tar inside a gzip stream
    seeks one decompressor): a worker running stages in threads (Dask) must not have two
    threads move the same handle. Evicted handles are not closed explicitly: a stream still
    being read holds a reference, and CPython closes the handle when the last one goes.
    """

    def __init__(self, size: int = 4) -> None:
        self.size = size
        self._local = threading.local()

    def _items(self) -> OrderedDict[K, V]:
        items: OrderedDict[K, V] | None = getattr(self._local, "items", None)
        if items is None:
            items = self._local.items = OrderedDict()
        return items

    def get(self, key: K, make: Callable[[], V]) -> V:
        items = self._items()
        try:
            value = items.pop(key)
        except KeyError:
            value = make()
        items[key] = value
        while len(items) > self.size:
            items.popitem(last=False)
        return value

    def clear(self) -> None:
        self._items().clear()


class LimitedReader(io.RawIOBase):
    """Reads at most ``limit`` bytes from a stream: a decompressor cannot run past the size
    the walker measured, whatever the stream holds."""

    def __init__(self, raw: BinaryIO, limit: int) -> None:
        super().__init__()
        self._raw = raw
        self._limit = limit
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        want = min(len(buffer), self._limit - self._pos)
        if want <= 0:
            return 0
        data = self._raw.read(want)
        n = len(data)
        memoryview(buffer)[:n] = data
        self._pos += n
        return n

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            offset += self._limit
        self._pos = self._raw.seek(max(0, min(offset, self._limit)))
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()


def spool(source: BinaryIO, size_hint: int | None) -> BinaryIO:
    """A seekable private copy of ``source``: in memory when small, else an unnamed temp file.

    Only used for containers nested in compressed members (see ``SPOOL_MEMORY_BYTES``).
    """
    if size_hint is not None and size_hint <= SPOOL_MEMORY_BYTES:
        return io.BytesIO(source.read())
    out = tempfile.SpooledTemporaryFile(max_size=SPOOL_MEMORY_BYTES)  # noqa: SIM115
    while True:
        chunk = source.read(_COPY_CHUNK)
        if not chunk:
            break
        out.write(chunk)
    out.seek(0)
    return out  # type: ignore[return-value]
