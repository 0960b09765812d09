"""Location day plans and three location-export serialisers."""

from __future__ import annotations

import datetime as dt
import math
import random

UTC = dt.UTC


def dist_m(a, b) -> float:
    dlat = (a[0] - b[0]) * 111_320
    dlon = (a[1] - b[1]) * 111_320 * math.cos(math.radians(a[0]))
    return math.hypot(dlat, dlon)


def jitter(rng: random.Random, p, m: float = 25.0):
    return (p[0] + rng.uniform(-m, m) / 111_320, p[1] + rng.uniform(-m, m) / 90_000)


def stays_to_segments(stays: list) -> list:
    """stays: [(start, end, place_key)], sorted, gaps are travel."""
    segs = []
    for i, s in enumerate(stays):
        segs.append(("visit", *s))
        if i + 1 < len(stays) and stays[i + 1][0] > s[1]:
            segs.append(("move", s[1], stays[i + 1][0], s[2], stays[i + 1][2]))
    return segs


def iso_off(t: dt.datetime) -> str:
    s = t.isoformat(timespec="milliseconds")
    return s


def deg(p) -> str:
    return f"{p[0]:.7f}°, {p[1]:.7f}°"


def android_timeline(rng: random.Random, segs: list, places: dict, ids: dict, sem: dict) -> dict:
    out = []
    for seg in segs:
        if seg[0] == "visit":
            _, a, b, key = seg
            off = int(a.utcoffset().total_seconds() // 60)
            out.append(
                {
                    "startTime": iso_off(a),
                    "endTime": iso_off(b),
                    "startTimeTimezoneUtcOffsetMinutes": off,
                    "endTimeTimezoneUtcOffsetMinutes": int(b.utcoffset().total_seconds() // 60),
                    "visit": {
                        "hierarchyLevel": 0,
                        "probability": round(rng.uniform(0.6, 0.95), 6),
                        "topCandidate": {
                            "placeId": ids[key],
                            "semanticType": sem.get(key, "UNKNOWN"),
                            "probability": round(rng.uniform(0.5, 0.99), 6),
                            "placeLocation": {"latLng": deg(places[key])},
                        },
                    },
                }
            )
        else:
            _, a, b, k1, k2 = seg
            out.append(
                {
                    "startTime": iso_off(a),
                    "endTime": iso_off(b),
                    "startTimeTimezoneUtcOffsetMinutes": int(a.utcoffset().total_seconds() // 60),
                    "endTimeTimezoneUtcOffsetMinutes": int(b.utcoffset().total_seconds() // 60),
                    "activity": {
                        "start": {"latLng": deg(places[k1])},
                        "end": {"latLng": deg(places[k2])},
                        "distanceMeters": round(dist_m(places[k1], places[k2]) * 1.3, 1),
                        "topCandidate": {
                            "type": "IN_PASSENGER_VEHICLE",
                            "probability": round(rng.uniform(0.5, 0.9), 6),
                        },
                    },
                }
            )
            pts = []
            n = 4
            for i in range(n + 1):
                f = i / n
                p = (
                    places[k1][0] + (places[k2][0] - places[k1][0]) * f,
                    places[k1][1] + (places[k2][1] - places[k1][1]) * f,
                )
                pts.append({"point": deg(jitter(rng, p, 15)), "time": iso_off(a + (b - a) * f)})
            out.append(
                {
                    "startTime": iso_off(a),
                    "endTime": iso_off(b),
                    "timelinePath": pts,
                }
            )
    return out


def ios_history(rng: random.Random, segs: list, places: dict, ids: dict, sem: dict) -> list:
    def geo(p):
        return f"geo:{p[0]:.6f},{p[1]:.6f}"

    out = []
    for seg in segs:
        if seg[0] == "visit":
            _, a, b, key = seg
            out.append(
                {
                    "endTime": b.isoformat(timespec="milliseconds"),
                    "startTime": a.isoformat(timespec="milliseconds"),
                    "visit": {
                        "hierarchyLevel": "0",
                        "topCandidate": {
                            "probability": f"{rng.uniform(0.4, 0.99):.6f}",
                            "semanticType": sem.get(key, "Unknown"),
                            "placeID": ids[key],
                            "placeLocation": geo(places[key]),
                        },
                        "probability": f"{rng.uniform(0.5, 0.95):.6f}",
                    },
                }
            )
        else:
            _, a, b, k1, k2 = seg
            d = dist_m(places[k1], places[k2])
            out.append(
                {
                    "endTime": b.isoformat(timespec="milliseconds"),
                    "startTime": a.isoformat(timespec="milliseconds"),
                    "activity": {
                        "probability": f"{rng.uniform(0.5, 0.99):.6f}",
                        "end": geo(places[k2]),
                        "topCandidate": {
                            "type": "walking" if d < 1500 else "in passenger vehicle",
                            "probability": f"{rng.uniform(0.3, 0.9):.6f}",
                        },
                        "distanceMeters": f"{d * 1.25:.6f}",
                        "start": geo(places[k1]),
                    },
                }
            )
            mins = int((b - a).total_seconds() // 60)
            pts = []
            for i in range(4):
                f = i / 3
                p = (
                    places[k1][0] + (places[k2][0] - places[k1][0]) * f,
                    places[k1][1] + (places[k2][1] - places[k1][1]) * f,
                )
                pts.append(
                    {
                        "point": geo(jitter(rng, p, 10)),
                        "durationMinutesOffsetFromStartTime": str(int(mins * f)),
                    }
                )
            out.append(
                {
                    "endTime": b.isoformat(timespec="milliseconds"),
                    "startTime": a.isoformat(timespec="milliseconds"),
                    "timelinePath": pts,
                }
            )
    return out


def zulu(t: dt.datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def semantic_month(rng: random.Random, segs: list, places: dict, ids: dict, meta: dict) -> dict:
    """meta[key] = {"name":..., "address":..., "semanticType":...}"""
    objs = []
    for seg in segs:
        if seg[0] == "visit":
            _, a, b, key = seg
            p = jitter(rng, places[key], 12)
            loc = {
                "latitudeE7": round(places[key][0] * 1e7),
                "longitudeE7": round(places[key][1] * 1e7),
                "placeId": ids[key],
                "address": meta[key]["address"],
                "name": meta[key]["name"],
            }
            if meta[key].get("semanticType"):
                loc["semanticType"] = meta[key]["semanticType"]
            loc["sourceInfo"] = {"deviceTag": 1418203375}
            loc["locationConfidence"] = round(rng.uniform(60, 99), 4)
            loc["calibratedProbability"] = round(rng.uniform(50, 95), 4)
            objs.append(
                {
                    "placeVisit": {
                        "location": loc,
                        "duration": {"startTimestamp": zulu(a), "endTimestamp": zulu(b)},
                        "placeConfidence": "HIGH_CONFIDENCE",
                        "centerLatE7": round(p[0] * 1e7),
                        "centerLngE7": round(p[1] * 1e7),
                        "visitConfidence": rng.randint(60, 95),
                        "otherCandidateLocations": [],
                        "editConfirmationStatus": "NOT_CONFIRMED",
                        "locationConfidence": rng.randint(60, 99),
                        "placeVisitType": "SINGLE_PLACE",
                        "placeVisitImportance": "MAIN",
                    }
                }
            )
        else:
            _, a, b, k1, k2 = seg
            d = dist_m(places[k1], places[k2])
            typ = (
                "WALKING"
                if d < 1200
                else ("CYCLING" if d < 3000 and rng.random() < 0.5 else "IN_PASSENGER_VEHICLE")
            )
            objs.append(
                {
                    "activitySegment": {
                        "startLocation": {
                            "latitudeE7": round(places[k1][0] * 1e7),
                            "longitudeE7": round(places[k1][1] * 1e7),
                            "sourceInfo": {"deviceTag": 1418203375},
                        },
                        "endLocation": {
                            "latitudeE7": round(places[k2][0] * 1e7),
                            "longitudeE7": round(places[k2][1] * 1e7),
                            "sourceInfo": {"deviceTag": 1418203375},
                        },
                        "duration": {"startTimestamp": zulu(a), "endTimestamp": zulu(b)},
                        "distance": round(d * 1.3),
                        "activityType": typ,
                        "confidence": "HIGH",
                        "activities": [
                            {"activityType": typ, "probability": round(rng.uniform(70, 98), 6)},
                            {"activityType": "STILL", "probability": round(rng.uniform(0, 10), 6)},
                        ],
                    }
                }
            )
    return {"timelineObjects": objs}


def day_stays(day: dt.date, tz, plan: list, rng: random.Random) -> list:
    """plan: [(start "HH:MM", end "HH:MM", key)] in local time; jitter a few minutes."""
    res = []
    base = dt.datetime(day.year, day.month, day.day, tzinfo=tz)
    for i, (s, e, key) in enumerate(plan):
        sh, sm = map(int, s.split(":"))
        eh, em = map(int, e.split(":"))
        a = base + dt.timedelta(hours=sh, minutes=sm)
        b = base + dt.timedelta(hours=eh, minutes=em)
        if i > 0:
            a += dt.timedelta(minutes=rng.randint(0, 9))
        if i < len(plan) - 1:
            b -= dt.timedelta(minutes=rng.randint(0, 9))
        # fold to real instants through UTC so DST days stay consistent
        res.append((a.astimezone(UTC).astimezone(tz), b.astimezone(UTC).astimezone(tz), key))
    return res
