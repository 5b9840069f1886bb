"""Giving freed memory back to the system between the phases of a big job.

glibc keeps memory that Python objects and small arrays freed inside its heap, where later
large allocations (which glibc maps afresh) cannot use it. A hash-set import, then the
matcher index built from the same entries, would otherwise peak at the sum of both.
"""

from __future__ import annotations

import ctypes
import gc

__all__ = ["release_memory"]


def release_memory(*, collect: bool = True) -> None:
    """Collect garbage (unless ``collect`` is false) and return free heap pages to the system
    with glibc's ``malloc_trim``; elsewhere only the collection happens."""
    if collect:
        gc.collect()
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        return
    trim.argtypes = (ctypes.c_size_t,)
    trim.restype = ctypes.c_int
    trim(0)
