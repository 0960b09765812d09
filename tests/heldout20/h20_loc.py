"""Google location history writers (on-device Timeline, Semantic Location History, iOS)."""
import json
import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from h20_common import fmt_offset_iso, fmt_z, jitter, write_bytes

UTC = timezone.utc


def expand_visits(seed, tz, start, ndays, day_plan, places):
    """day_plan(day, rng) -> list of (start 'HH:MM', end 'HH:MM' (may be >24h), key).
    Returns chronological list of (start_dt, end_dt, key, lat, lon)."""
    rng = random.Random(seed)
    z = ZoneInfo(tz)
    visits = []
    for i in range(ndays):
        day = datetime(start.year, start.month, start.day) + timedelta(days=i)
        for a, b, key in day_plan(day, rng):
            ah, am = map(int, a.split(":"))
            bh, bm = map(int, b.split(":"))
            base = datetime(day.year, day.month, day.day)
            s = (base + timedelta(hours=ah, minutes=am)).replace(tzinfo=z).astimezone(UTC).astimezone(z)
            e = (base + timedelta(hours=bh, minutes=bm)).replace(tzinfo=z).astimezone(UTC).astimezone(z)
            p = places[key]
            lat, lon = jitter(rng, p["lat"], p["lon"], 20)
            visits.append((s, e, key, lat, lon))
    visits.sort(key=lambda v: v[0].astimezone(UTC))
    # merge consecutive visits to the same place
    merged = []
    for v in visits:
        if merged and merged[-1][2] == v[2]:
            m = merged[-1]
            merged[-1] = (m[0], v[1], m[2], m[3], m[4])
        else:
            merged.append(v)
    return merged


def _deg(lat, lon):
    return "%.7f°, %.7f°" % (lat, lon)


def ondevice_timeline(path, visits, places, seed):
    rng = random.Random(seed)
    segs = []
    for i, (s, e, key, lat, lon) in enumerate(visits):
        p = places[key]
        segs.append({
            "startTime": fmt_offset_iso(s), "endTime": fmt_offset_iso(e),
            "startTimeTimezoneUtcOffsetMinutes": int(s.utcoffset().total_seconds() // 60),
            "endTimeTimezoneUtcOffsetMinutes": int(e.utcoffset().total_seconds() // 60),
            "visit": {"hierarchyLevel": 0, "probability": round(rng.uniform(0.6, 0.95), 6),
                      "topCandidate": {"placeId": p["placeId"], "semanticType": p.get("semantic", "UNKNOWN"),
                                       "probability": round(rng.uniform(0.5, 0.97), 6),
                                       "placeLocation": {"latLng": _deg(p["lat"], p["lon"])}}}})
        if i + 1 < len(visits):
            n = visits[i + 1]
            if n[0] > e:
                segs.append({
                    "startTime": fmt_offset_iso(e), "endTime": fmt_offset_iso(n[0]),
                    "startTimeTimezoneUtcOffsetMinutes": int(e.utcoffset().total_seconds() // 60),
                    "endTimeTimezoneUtcOffsetMinutes": int(n[0].utcoffset().total_seconds() // 60),
                    "activity": {"start": {"latLng": _deg(lat, lon)}, "end": {"latLng": _deg(n[3], n[4])},
                                 "distanceMeters": round(rng.uniform(800, 6000), 1), "probability": 0.9,
                                 "topCandidate": {"type": rng.choice(["IN_PASSENGER_VEHICLE", "IN_SUBWAY", "WALKING", "CYCLING"]),
                                                  "probability": round(rng.uniform(0.5, 0.9), 6)}}})
                segs.append({
                    "startTime": fmt_offset_iso(e), "endTime": fmt_offset_iso(n[0]),
                    "timelinePath": [{"point": _deg(lat + (n[3] - lat) * f, lon + (n[4] - lon) * f),
                                      "time": fmt_offset_iso(e + (n[0] - e) * f)} for f in (0.25, 0.5, 0.75)]})
    freq = [{"placeId": p["placeId"], "placeLocation": _deg(p["lat"], p["lon"]), "label": p["label"]}
            for p in places.values() if p.get("label")]
    doc = {"semanticSegments": segs, "rawSignals": [], "userLocationProfile": {"frequentPlaces": freq}}
    write_bytes(path, json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"))


MONTHS = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
          "OCTOBER", "NOVEMBER", "DECEMBER"]


def semantic_history(root, visits, places, seed):
    """Writes Semantic Location History/YYYY/YYYY_MONTH.json files; returns relative paths."""
    rng = random.Random(seed)
    by_month = {}
    for i, (s, e, key, lat, lon) in enumerate(visits):
        p = places[key]
        objs = by_month.setdefault((s.year, s.month), [])
        loc = {"latitudeE7": int(round(p["lat"] * 1e7)), "longitudeE7": int(round(p["lon"] * 1e7)),
               "placeId": p["placeId"], "address": p["address"], "name": p["name"],
               "sourceInfo": {"deviceTag": 1418204437}, "locationConfidence": round(rng.uniform(60, 99), 4)}
        if p.get("semantic"):
            loc["semanticType"] = p["semantic"]
        objs.append({"placeVisit": {"location": loc,
                                    "duration": {"startTimestamp": fmt_z(s), "endTimestamp": fmt_z(e)},
                                    "placeConfidence": "HIGH_CONFIDENCE", "centerLatE7": int(round(lat * 1e7)),
                                    "centerLngE7": int(round(lon * 1e7)), "visitConfidence": rng.randint(70, 98),
                                    "locationConfidence": rng.randint(60, 99)}})
        if i + 1 < len(visits):
            n = visits[i + 1]
            if n[0] > e:
                objs.append({"activitySegment": {
                    "startLocation": {"latitudeE7": int(round(lat * 1e7)), "longitudeE7": int(round(lon * 1e7))},
                    "endLocation": {"latitudeE7": int(round(n[3] * 1e7)), "longitudeE7": int(round(n[4] * 1e7))},
                    "duration": {"startTimestamp": fmt_z(e), "endTimestamp": fmt_z(n[0])},
                    "distance": rng.randint(600, 9000),
                    "activityType": rng.choice(["IN_SUBWAY", "IN_BUS", "WALKING", "IN_PASSENGER_VEHICLE"]),
                    "confidence": "HIGH"}})
    paths = []
    for (y, m), objs in sorted(by_month.items()):
        rel = "Takeout/Location History (Timeline)/Semantic Location History/%d/%d_%s.json" % (y, y, MONTHS[m - 1])
        write_bytes(root + "/" + rel, json.dumps({"timelineObjects": objs}, ensure_ascii=False, indent=2).encode("utf-8"))
        paths.append(rel)
    return paths


def ios_history(path, visits, places, seed):
    rng = random.Random(seed)
    arr = []
    for i, (s, e, key, lat, lon) in enumerate(visits):
        p = places[key]
        arr.append({"endTime": fmt_offset_iso(e), "startTime": fmt_offset_iso(s),
                    "visit": {"hierarchyLevel": "0", "topCandidate": {
                        "probability": "%.6f" % rng.uniform(0.4, 0.95), "semanticType": p.get("semantic", "Unknown"),
                        "placeID": p["placeId"], "placeLocation": "geo:%.6f,%.6f" % (p["lat"], p["lon"])},
                        "probability": "%.6f" % rng.uniform(0.6, 0.99)}})
        if i + 1 < len(visits):
            n = visits[i + 1]
            if n[0] > e:
                mins = int((n[0] - e).total_seconds() // 60)
                arr.append({"endTime": fmt_offset_iso(n[0]), "startTime": fmt_offset_iso(e),
                            "activity": {"probability": "%.6f" % rng.uniform(0.6, 0.99),
                                         "end": "geo:%.6f,%.6f" % (n[3], n[4]),
                                         "topCandidate": {"type": rng.choice(["in passenger vehicle", "walking", "in bus"]),
                                                          "probability": "%.6f" % rng.uniform(0.4, 0.9)},
                                         "distanceMeters": "%.6f" % rng.uniform(700, 14000),
                                         "start": "geo:%.6f,%.6f" % (lat, lon)}})
                arr.append({"endTime": fmt_offset_iso(n[0]), "startTime": fmt_offset_iso(e),
                            "timelinePath": [{"point": "geo:%.6f,%.6f" % (lat + (n[3] - lat) * f, lon + (n[4] - lon) * f),
                                              "durationMinutesOffsetFromStartTime": str(int(mins * f))}
                                             for f in (0.3, 0.6, 0.9)]})
    write_bytes(path, json.dumps(arr, ensure_ascii=False, indent=2).encode("utf-8"))
