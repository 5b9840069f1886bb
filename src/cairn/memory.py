"""glibc allocator controls, in one place: tuning for reuse in workers, and giving freed
memory back to the system between the phases of a big job. Elsewhere than glibc, no-ops.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from functools import cache
from typing import Any

__all__ = ["keep_freed_buffers", "release_memory"]

# glibc mallopt parameters (malloc.h).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3


@cache
def _libc() -> Any:
    """glibc, or None (another libc, or not Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
        libc.mallopt.restype = ctypes.c_int
        libc.malloc_trim.argtypes = (ctypes.c_size_t,)
        libc.malloc_trim.restype = ctypes.c_int
    except (OSError, AttributeError):  # musl has no libc.so.6 / mallopt
        return None
    return libc


def keep_freed_buffers(mmap_threshold: int, trim_threshold: int) -> None:
    """Serve allocations below ``mmap_threshold`` from the heap and keep up to
    ``trim_threshold`` of freed heap, so buffers freed by one item are reused by the next
    instead of being unmapped and faulted in again."""
    libc = _libc()
    if libc is not None:
        libc.mallopt(_M_MMAP_THRESHOLD, mmap_threshold)
        libc.mallopt(_M_TRIM_THRESHOLD, trim_threshold)


def release_memory(*, collect: bool = True) -> None:
    """Collect garbage (unless ``collect`` is false) and return free heap pages to the system
    (``malloc_trim``).

    glibc keeps memory that Python objects and small arrays freed inside its heap, where later
    large allocations (which glibc maps afresh) cannot use it: a hash-set import, then the
    matcher index built from the same entries, would otherwise peak at the sum of both.
    """
    if collect:
        gc.collect()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
