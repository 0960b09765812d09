"""Releasing freed memory is best effort and never fails."""

from footprint.memory import release_unused_memory


def test_release_unused_memory_can_be_called_any_time() -> None:
    blob = [bytes(1000) for _ in range(10_000)]
    del blob
    release_unused_memory()
    release_unused_memory()
