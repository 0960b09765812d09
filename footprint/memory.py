"""Give memory that was freed back to the operating system.

Arrow's allocator (mimalloc) and glibc's ``malloc`` keep freed memory for reuse, so
after a stage that built and dropped a gigabyte of temporaries the process still
holds it, and the next stage's peak comes on top. Releasing between stages keeps the
peak close to what is really alive.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache

import pyarrow as pa

__all__ = ["keep_freed_memory", "release_unused_memory"]

# glibc's mallopt parameters
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3


@cache
def _libc_function(name: str) -> object | None:
    if not sys.platform.startswith("linux"):
        return None
    library = ctypes.util.find_library("c")
    if library is None:
        return None
    try:
        found: object = getattr(ctypes.CDLL(library), name)
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim, mallopt)
        return None
    return found


def _malloc_trim() -> object | None:
    return _libc_function("malloc_trim")


@cache
def keep_freed_memory() -> None:
    """Let glibc keep freed blocks of up to 32 MiB for reuse while a stage runs.

    Parsers allocate and free megabyte-sized temporaries per chunk read (the bytes,
    NumPy masks). By default glibc maps each from the system and gives it back when
    freed, or trims the heap past 128 KiB, so every chunk faults its pages in anew:
    on a 1M-fix location history over a quarter of the parse time went to the kernel.
    :func:`release_unused_memory` still hands everything free back between stages.
    """
    mallopt = _libc_function("mallopt")
    if callable(mallopt):
        mallopt(_M_MMAP_THRESHOLD, 32 * 1024 * 1024)
        mallopt(_M_TRIM_THRESHOLD, 64 * 1024 * 1024)


def release_unused_memory() -> None:
    """Return freed heap memory to the operating system (best effort, never fails)."""
    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if callable(trim):
        trim(0)
