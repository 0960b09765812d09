"""Daily routine: when the user is active, when they sleep, and when that changed.

Activity means things the user did: messages they sent, posts, payments, searches.
Received messages and passive location fixes do not say the user was awake.
All times are local wall-clock times of the records.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from footprint.infer.base import Inference
from footprint.infer.frame import InferenceInput, prepare, refs
from footprint.model import Record
from footprint.phrases import phrase

CATEGORY = "routine"
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
QUIET_WINDOW_HOURS = 5
MIN_NIGHTS = 5
SLOT_MINUTES = 15
# A quarter hour is quiet when it saw activity on fewer nights than this share of a
# typical waking quarter hour.
QUIET_SHARE = 0.2
# Active stretches this short inside the quiet hours, and seen on fewer nights than a
# typical waking quarter hour (a scheduled payment at 06:00, the odd message at 4am),
# interrupt the night rather than end it.
MAX_BLIP_SLOTS = 2
# Quiet stretches this short between active quarter hours are a lull in the evening (a
# sparse chatter's late messages fall in every other quarter hour), not sleep: they are
# read as awake before blips are looked at, so the evening's tail is not taken for one.
MAX_LULL_SLOTS = 1
MIN_SLEEP_HOURS = 3
NIGHT_HOURS = (0, 1, 2, 3, 4)
MIN_WEEKS_EACH_SIDE = 3
MIN_NIGHT_SHARE_JUMP = 0.15
# The middle of a usual night's sleep (minute of the day), and how far the user's own
# sleep must sit from it before places read their day on the user's clock (a night
# worker asleep 08:30-15:30 is "at night" at noon). Nearer, nothing moves.
USUAL_SLEEP_MIDDLE_MIN = 3 * 60
MIN_BODY_CLOCK_SHIFT_HOURS = 4
# The last activity before the quiet hours comes a while before the user falls asleep, and
# the first after them a while after they wake (brushing teeth, the commute): the window is
# narrowed by this much at each end. Without it the window was wider than the planted sleep
# at both ends in every evaluation persona (by about half an hour on average).
SETTLE_MINUTES = 30
# A file whose timestamps nearly all sit at midnight, to the second, gives dates only (a
# bank's QIF): it says on which day the user acted, not when.
DATE_ONLY_SHARE = 0.9
DATE_ONLY_MIN_ROWS = 3

__all__ = [
    "activity_rows",
    "body_clock_shift",
    "date_only",
    "heatmap_frame",
    "infer",
    "sleep_nights",
]


ACTIVITY_COLUMNS = ("kind", "source", "path", "locator", "timestamp", "local", "hour", "weekday",
                    "day", "is_me", "tz_assumed", "utc_offset_min")  # fmt: skip
# Payments with the same party at the same minute of the day on this many different days
# were made by a machine (a standing order, a direct debit, a salary run, interest): they
# say nothing about when the user was up. Seconds are not compared: a bank runs its
# direct debits in the same minute, not at the same second.
SCHEDULED_MIN_DAYS = 2


def activity_rows(inp: InferenceInput) -> pd.DataFrame:
    """Timestamped rows the user made; all timestamped actions when none is known to be theirs."""
    frame = inp.frame
    actions = (
        frame["kind"].isin(["message", "post", "payment", "activity"])
        & frame["local"].notna()
        & ~frame["is_system"]
    )
    actions &= ~scheduled(frame)
    own = actions & frame["is_me"]
    # One copy, of the columns routines read: the frame is wide and may be long.
    rows = frame.loc[own if own.any() else actions, list(ACTIVITY_COLUMNS)]
    return rows[~date_only(rows)]


def scheduled(frame: pd.DataFrame) -> pd.Series:
    """Payments (rows of ``frame``) made on a schedule: with the same party at the same
    minute of the day on :data:`SCHEDULED_MIN_DAYS` or more different days."""
    payments = (frame["kind"] == "payment") & frame["local"].notna()
    out = pd.Series(False, index=frame.index)
    if not payments.any():
        return out
    rows = frame.loc[payments]
    local = rows["local"]
    party = rows["counterparty"].fillna(rows["text"]).fillna("").astype(str).str.casefold()
    key = pd.DataFrame(
        {
            "party": party,
            "minute": local.dt.hour * 60 + local.dt.minute,
            "day": local.dt.normalize(),
        },
        index=rows.index,
    )
    days = key.groupby(["party", "minute"])["day"].transform("nunique")
    out.loc[rows.index] = (days >= SCHEDULED_MIN_DAYS) & (key["party"] != "")
    return out


def date_only(rows: pd.DataFrame) -> pd.Series:
    """Rows (with ``local`` and ``path``) of files whose timestamps nearly all sit at
    midnight to the second: the file gives dates only (a bank's QIF), which say on which
    day the user acted, not when."""
    if rows.empty:
        return pd.Series(False, index=rows.index)
    local = rows["local"]
    midnight = (local.dt.hour == 0) & (local.dt.minute == 0) & (local.dt.second == 0)
    path = rows["path"].astype(str)
    share = midnight.groupby(path).mean()
    size = path.groupby(path).size()
    dated = share.index[(size >= DATE_ONLY_MIN_ROWS) & (share >= DATE_ONLY_SHARE)]
    return path.isin(dated)


def heatmap_frame(records: Sequence[Record] | InferenceInput) -> pd.DataFrame:
    """Counts of the user's activity: rows Mon..Sun, columns hours 0..23 (local time)."""
    rows = activity_rows(prepare(records))
    counts = pd.crosstab(rows["weekday"], rows["hour"]) if not rows.empty else pd.DataFrame()
    counts = counts.reindex(index=range(7), columns=range(24), fill_value=0).fillna(0).astype(int)
    counts.index = pd.Index(WEEKDAYS, name="weekday")
    counts.columns = pd.Index(range(24), name="hour")
    return counts


def _clock(minutes: float) -> str:
    minutes = round(minutes) % 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _quiet_center(minutes: np.ndarray) -> int:
    """Minute of the day at the middle of the quietest window (circular)."""
    bins = np.bincount((minutes // 15).astype(int) % 96, minlength=96)
    width = QUIET_WINDOW_HOURS * 4
    wrapped = np.concatenate([bins, bins[:width]])
    sums = np.convolve(wrapped, np.ones(width, dtype=int), mode="valid")[:96]
    quiet = sums == sums.min()
    # Among equally quiet windows take the middle of the longest circular run, so that
    # an empty night reports its centre rather than its edge.
    best_start, best_length = 0, 0
    for start in range(96):
        if not quiet[start] or (quiet[start - 1] and not quiet.all()):
            continue
        length = 0
        while length < 96 and quiet[(start + length) % 96]:
            length += 1
        if length > best_length:
            best_start, best_length = start, length
    middle = (best_start + (best_length - 1) / 2) % 96
    return int(middle * 15 + width * 15 / 2) % 1440


def sleep_nights(records: Sequence[Record] | InferenceInput) -> pd.DataFrame:
    """One row per night: last activity before and first after the quiet centre.

    Columns ``night`` (date the night starts), ``sleep`` and ``wake`` (minutes since the
    block start, 12 h before the quiet centre), ``sleep_row``/``wake_row`` (frame positions).
    """
    rows = activity_rows(prepare(records))
    empty = pd.DataFrame(columns=["night", "sleep", "wake", "sleep_row", "wake_row", "center"])
    if len(rows) < 2:
        return empty
    local = rows["local"]
    minutes = (local.dt.hour * 60 + local.dt.minute).to_numpy()
    center = _quiet_center(minutes)
    origin = pd.Timedelta(minutes=center - 720)
    shifted = local - origin
    block = shifted.dt.normalize()
    position = (shifted - block).dt.total_seconds() / 60.0
    data = pd.DataFrame({"block": block, "position": position, "row": rows.index})
    before = data[data["position"] < 720]
    after = data[data["position"] >= 720]
    last = before.loc[before.groupby("block")["position"].idxmax()].set_index("block")
    first = after.loc[after.groupby("block")["position"].idxmin()].set_index("block")
    nights = last.merge(
        first, left_index=True, right_index=True, how="inner", suffixes=("_sleep", "_wake")
    )
    if nights.empty:
        return empty
    return pd.DataFrame(
        {
            "night": nights.index,
            "sleep": nights["position_sleep"].to_numpy(),
            "wake": nights["position_wake"].to_numpy(),
            "sleep_row": nights["row_sleep"].to_numpy(),
            "wake_row": nights["row_wake"].to_numpy(),
            "center": center,
        }
    )


def _circular_runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, length) of each circular run of True in ``flags``."""
    size = len(flags)
    if flags.all():
        return [(0, size)]
    runs = []
    for index in range(size):
        if flags[index] and not flags[index - 1]:
            length = 0
            while flags[(index + length) % size]:
                length += 1
            runs.append((index, length))
    return runs


def _quiet_hours(minutes: np.ndarray, nights: np.ndarray, center: int) -> tuple[int, int] | None:
    """First and last quiet quarter hour (slot numbers) around ``center``, or None.

    ``minutes`` are the activities' minutes of the day and ``nights`` the night each
    belongs to. Counting nights rather than records keeps one long chat from weighing
    more than many short ones; comparing with a typical waking quarter hour does not
    rest on how soon before sleep the last message happens to be sent, which the last
    activity of each night does.
    """
    slots = 1440 // SLOT_MINUTES
    slot = minutes // SLOT_MINUTES
    pairs = pd.DataFrame({"night": nights, "slot": slot}).drop_duplicates()
    counts = np.bincount(pairs["slot"].to_numpy(dtype=np.int64), minlength=slots)
    level = float(np.median(counts[counts > 0]))
    quiet = counts < QUIET_SHARE * level
    if not quiet.any():
        return None
    for first, length in _circular_runs(quiet):
        if length <= MAX_LULL_SLOTS and length < slots - 1:
            quiet[[(first + i) % slots for i in range(length)]] = False
    if not quiet.any():
        return None
    for first, length in _circular_runs(~quiet):
        run = [(first + i) % slots for i in range(length)]
        before, after = quiet[(first - 1) % slots], quiet[(first + length) % slots]
        if length <= MAX_BLIP_SLOTS and before and after and counts[run].max() < level:
            quiet[run] = True
    runs = _circular_runs(quiet)
    middle = center // SLOT_MINUTES
    around = [r for r in runs if (middle - r[0]) % slots < r[1]]
    first, length = around[0] if around else max(runs, key=lambda r: (r[1], -r[0]))
    if length * SLOT_MINUTES < MIN_SLEEP_HOURS * 60 or length == slots:
        return None
    return first, (first + length - 1) % slots


def _sleep_window(inp: InferenceInput) -> list[Inference]:
    nights = sleep_nights(inp)
    if len(nights) < MIN_NIGHTS:
        return []
    rows = activity_rows(inp)
    local = rows["local"]
    minutes = (local.dt.hour * 60 + local.dt.minute).to_numpy(dtype=np.int64)
    center = int(nights["center"].iloc[0])
    origin = pd.Timedelta(minutes=center - 720)
    night_of = ((local - origin).dt.normalize()).to_numpy()
    quiet = _quiet_hours(minutes, night_of, center)
    if quiet is None:
        return []
    slots = 1440 // SLOT_MINUTES
    first, last = quiet
    # The typical time of the last activity before the quiet hours and the first after,
    # and the user awake a while beyond each (see SETTLE_MINUTES).
    sleep_clock = float(np.median(minutes[minutes // SLOT_MINUTES == (first - 1) % slots]))
    wake_clock = float(np.median(minutes[minutes // SLOT_MINUTES == (last + 1) % slots]))
    if (wake_clock - sleep_clock) % 1440 > MIN_SLEEP_HOURS * 60 + 2 * SETTLE_MINUTES:
        sleep_clock, wake_clock = sleep_clock + SETTLE_MINUTES, wake_clock - SETTLE_MINUTES
    start, end = _clock(sleep_clock), _clock(wake_clock)
    # Nights with no activity at all inside the quiet hours.
    length = ((last - first) % slots + 1) * SLOT_MINUTES
    inside = (minutes - first * SLOT_MINUTES) % 1440 < length
    disturbed = pd.DatetimeIndex(night_of[inside]).unique()
    usual = 1.0 - float(pd.DatetimeIndex(nights["night"]).isin(disturbed).mean())
    # Evidence: the nights closest to the typical window.
    sleep = (sleep_clock - (center - 720)) % 1440
    wake = (wake_clock - (center - 720)) % 1440
    closeness = (nights["sleep"] - sleep).abs() + (nights["wake"] - wake).abs()
    typical = nights.assign(closeness=closeness).nsmallest(10, "closeness")
    positions = [
        int(v) for pair in zip(typical["sleep_row"], typical["wake_row"], strict=True) for v in pair
    ]
    confidence = float(min(0.95, 0.3 + 0.65 * usual)) * min(1.0, len(nights) / 14)
    return [
        Inference(
            category=CATEGORY,
            key="sleep_window",
            claim=f"You usually go quiet around {start} and start again around {end}.",
            value={"start": start, "end": end, "nights": len(nights)},
            confidence=round(max(confidence, 0.1), 3),
            method=phrase(
                "method_routine_sleep_window",
                share=f"{QUIET_SHARE:.0%}",
                settle=str(SETTLE_MINUTES),
            ),
            evidence=refs(inp.frame.loc[positions], None),
            evidence_count=2 * len(nights),
        )
    ]


def body_clock_shift(records: Sequence[Record] | InferenceInput) -> int:
    """Hours the user's own sleep sits after a usual night's (negative: before), from
    the sleep window; 0 when it is unknown or within
    :data:`MIN_BODY_CLOCK_SHIFT_HOURS` of usual, so day workers keep the clock as is."""
    inp = prepare(records)
    shift: int = inp.memo("routine.body_clock_shift", lambda: _body_clock_shift(inp))
    return shift


def _body_clock_shift(inp: InferenceInput) -> int:
    found = _sleep_window(inp)
    if not found:
        return 0
    start, end = (_minutes(str(found[0].value[key])) for key in ("start", "end"))
    middle = (start + ((end - start) % 1440) / 2) % 1440
    away = (middle - USUAL_SLEEP_MIDDLE_MIN + 720) % 1440 - 720
    if abs(away) < MIN_BODY_CLOCK_SHIFT_HOURS * 60:
        return 0
    return round(away / 60)


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _routine_change(inp: InferenceInput) -> list[Inference]:
    rows = activity_rows(inp)
    if rows.empty:
        return []
    weekly = (
        rows.assign(week=rows["local"].dt.to_period("W"), night=rows["hour"].isin(NIGHT_HOURS))
        .groupby("week")["night"]
        .agg(["mean", "size"])
    )
    weekly = weekly[weekly["size"] >= 3]
    if len(weekly) < 2 * MIN_WEEKS_EACH_SIDE:
        return []
    shares = weekly["mean"].to_numpy()
    best, best_split = 0.0, -1
    for split in range(MIN_WEEKS_EACH_SIDE, len(shares) - MIN_WEEKS_EACH_SIDE + 1):
        jump = float(shares[split:].mean() - shares[:split].mean())
        if abs(jump) > abs(best):
            best, best_split = jump, split
    if best_split < 0 or abs(best) < MIN_NIGHT_SHARE_JUMP:
        return []
    since = weekly.index[best_split]
    before, after = float(shares[:best_split].mean()), float(shares[best_split:].mean())
    start_day = since.start_time
    after_rows = rows[(rows["local"] >= start_day) & rows["hour"].isin(NIGHT_HOURS)]
    if after_rows.empty:
        after_rows = rows[rows["local"] >= start_day]
    direction = "started" if best > 0 else "stopped"
    pattern = "night_shift" if best > 0 else "fewer_nights"
    return [
        Inference(
            category=CATEGORY,
            key="routine_change",
            claim=f"You {direction} being active between midnight and 5am around "
            f"{start_day:%d %b %Y} ({before:.0%} of activity before, {after:.0%} after): "
            "a changed routine such as a new night shift.",
            value={
                "pattern": pattern,
                "since": f"{start_day:%Y-%m-%d}",
                "night_share_before": round(before, 3),
                "night_share_after": round(after, 3),
            },
            confidence=round(min(0.9, 0.4 + abs(best)), 3),
            method=phrase("method_routine_routine_change"),
            evidence=refs(after_rows, 30),
            evidence_count=len(after_rows),
        )
    ]


def _heatmap(inp: InferenceInput) -> list[Inference]:
    rows = activity_rows(inp)
    if rows.empty:
        return []
    counts = heatmap_frame(inp)
    peak_day, peak_hour = np.unravel_index(int(np.argmax(counts.to_numpy())), counts.shape)
    by_hour = counts.sum(axis=0)
    busiest = sorted(int(h) for h in by_hour.nlargest(3).index)
    return [
        Inference(
            category=CATEGORY,
            key="activity_heatmap",
            claim=f"You are most active on {WEEKDAYS[int(peak_day)]} around "
            f"{int(peak_hour):02d}:00; "
            f"your busiest hours are {', '.join(f'{h:02d}:00' for h in busiest)}.",
            value={
                "weekdays": list(WEEKDAYS),
                "counts": counts.to_numpy().tolist(),
                "busiest_hours": busiest,
            },
            confidence=round(min(0.95, 0.2 + 0.1 * np.log1p(len(rows))), 3),
            method=phrase("method_routine_activity_heatmap"),
            evidence=refs(rows, 30),
            evidence_count=len(rows),
        )
    ]


def infer(records: Sequence[Record] | InferenceInput) -> list[Inference]:
    inp = prepare(records)
    return [*_heatmap(inp), *_sleep_window(inp), *_routine_change(inp)]
