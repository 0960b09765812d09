"""Stored times with gaps: a record without a time must not break the whole frame."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import numpy as np
import pyarrow as pa

from footprint.infer.frame import _instants

NEW_YORK = ZoneInfo("America/New_York")


def test_a_null_time_among_zoned_times_gives_nat_not_a_crash() -> None:
    # What the store holds when a profile fact without a time sits among dated records:
    # the struct itself null in one row, a null instant with a zone code in another.
    utc = pa.array([1_700_000_000_000_000_000, None, None], pa.int64())
    zone = pa.array([1, None, 1], pa.int16())
    column = pa.StructArray.from_arrays(
        [utc, zone], names=["utc", "zone"], mask=pa.array([False, True, False])
    )
    chunked = pa.chunked_array([column.slice(0, 1), column.slice(1)])
    instants, local = _instants(chunked, [None, NEW_YORK])
    assert instants[0] == np.datetime64("2023-11-14T22:13:20")
    assert local[0] == np.datetime64("2023-11-14T17:13:20")
    assert np.isnat(instants[1]) and np.isnat(instants[2])
