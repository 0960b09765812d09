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

__all__ = ["release_unused_memory"]


@cache
def _malloc_trim() -> object | None:
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None


def release_unused_memory() -> None:
    """Return freed heap memory to the operating system (best effort, never fails)."""
    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if callable(trim):
        trim(0)
