"""The platform's own view, side by side with footprint's.

Some exports include what the platform inferred (``PlatformInference`` records): X's
interests and demographics, Facebook's ad interests and the advertisers holding the
user's contact details, Google's frequentPlaces HOME/WORK. Each group is set beside
footprint's own inference on the same subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from footprint.infer.base import Inference
from footprint.infer.frame import InferenceInput, prepare
from footprint.infer.places import haversine_m
from footprint.model import Record
from footprint.phrases import phrase

CATEGORY = "platform"
_LAT_LON = re.compile(r"(-?\d{1,2}\.\d+)\s*[, ]\s*(-?\d{1,3}\.\d+)")

__all__ = ["infer", "platform_table"]


def _group(category: str) -> str:
    lowered = category.casefold()
    if "advertiser" in lowered or "audience" in lowered:
        return "advertisers"
    if "home" in lowered:
        return "home"
    if "work" in lowered:
        return "work"
    if lowered in {"gender", "age", "language", "languages", "age_range"} or "demograph" in lowered:
        return "demographics"
    if "location" in lowered or "place" in lowered:
        return "places"
    return "interests"


def platform_table(records: Sequence[Record] | InferenceInput) -> pd.DataFrame:
    """Platform inferences: ``source``, ``group``, ``category``, ``value``, ``ref``."""
    frame = prepare(records).frame
    rows = frame[frame["kind"] == "platform_inference"]
    return pd.DataFrame(
        {
            "source": rows["source"].astype(str),
            "group": rows["category"].astype(str).map(_group),
            "category": rows["category"].astype(str),
            "value": rows["value"].astype(str),
            "ref": rows["path"].astype(str) + "#" + rows["locator"].astype(str),
        }
    ).reset_index(drop=True)


def _own(own: Sequence[Inference], key: str) -> Inference | None:
    return next((inference for inference in own if inference.key == key), None)


_PLACE_NAME_DETAILS = frozenset(
    {"city_en", "country", "area", "city_zh", "province_zh", "area_zh", "city_names"}
)


def _place_comparison(values: list[str], mine: Inference | None) -> dict[str, object]:
    # The city in its display form only: the other names (English, Chinese, area,
    # country) are for matching, and would crowd the comparison table.
    shown = {k: v for k, v in mine.value.items() if k not in _PLACE_NAME_DETAILS} if mine else None
    side: dict[str, object] = {"footprint": shown}
    if mine is None:
        return side
    distances = []
    for value in values:
        match = _LAT_LON.search(value)
        if match:
            distances.append(
                float(
                    haversine_m(
                        float(match.group(1)),
                        float(match.group(2)),
                        float(mine.value["lat"]),
                        float(mine.value["lon"]),
                    )
                )
            )
    if distances:
        side["distance_m"] = round(min(distances))
        side["agree"] = min(distances) <= 500
    return side


def infer(
    records: Sequence[Record] | InferenceInput, own: Sequence[Inference] = ()
) -> list[Inference]:
    """One inference per group of platform inferences, with footprint's view beside it."""
    table = platform_table(records)
    out: list[Inference] = []
    for group, rows in table.groupby("group", sort=True):
        values = sorted(set(rows["value"]))
        by_source = {str(s): sorted(set(r["value"])) for s, r in rows.groupby("source")}
        comparison: dict[str, object] = {}
        if group in ("home", "work"):
            comparison = _place_comparison(values, _own(own, str(group)))
        elif group == "interests":
            topics = _own(own, "top_topics")
            spending = _own(own, "spending_by_category")
            comparison = {
                "footprint": {
                    "topics": list(topics.value["topics"]) if topics else [],
                    "spending": sorted(
                        {c for totals in spending.value["totals"].values() for c in totals}
                    )
                    if spending
                    else [],
                }
            }
        elif group == "advertisers":
            comparison = {"footprint": None, "note": "advertisers holding your contact details"}
        else:
            comparison = {"footprint": None}
        shown = ", ".join(values[:5]) + (" …" if len(values) > 5 else "")
        out.append(
            Inference(
                category=CATEGORY,
                key=f"platform_{group}",
                claim=f"The platform itself recorded {len(values)} {group} about you: {shown}.",
                value={"platform": by_source, **comparison},
                confidence=1.0,
                method=phrase("method_platform"),
                evidence=tuple(rows["ref"].head(50)),
                evidence_count=len(rows),
            )
        )
    return out
