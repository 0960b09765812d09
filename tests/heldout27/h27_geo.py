"""Google location-history writers for heldout27 (Records.json, on-device
Timeline.json, iOS location-history.json). Stdlib only, deterministic."""
import datetime as dt
import json

from h27_common import (UTC, fmt_deg, haversine_m, iso_ms, iso_z_ms, jitter,
                        move_mode, offset_minutes)


def _moves(stays, places):
    """Yield (prev_stay, next_stay, dist_m, mode) for each gap between stays."""
    for a, b in zip(stays, stays[1:]):
        pa, pb = places[a.place]["ll"], places[b.place]["ll"]
        d = haversine_m(pa, pb)
        if d < 80:
            continue
        mode, _ = move_mode(int(d))
        if places[b.place].get("mode"):
            mode = places[b.place]["mode"]
        yield a, b, d, mode


def _interp(pa, pb, f):
    # slight bend so paths are not perfectly straight
    bend = 0.0009 * (f * (1 - f))
    return (pa[0] + (pb[0] - pa[0]) * f + bend, pa[1] + (pb[1] - pa[1]) * f - bend)


# ---------------------------------------------------------------------------
# Records.json (raw location, "Location History (Timeline)/Records.json")
# ---------------------------------------------------------------------------

def records_json(rng, stays, places, device_tag):
    locs = []

    def point(t, ll, acc, source, extra=None, activity=None):
        rec = {"latitudeE7": int(round(ll[0] * 1e7)), "longitudeE7": int(round(ll[1] * 1e7)),
               "accuracy": acc}
        if extra:
            rec.update(extra)
        if activity:
            rec["activity"] = [{"activity": activity, "timestamp": iso_z_ms(t + dt.timedelta(seconds=7))}]
        rec["source"] = source
        rec["deviceTag"] = device_tag
        rec["platformType"] = "ANDROID"
        rec["formFactor"] = "PHONE"
        rec["timestamp"] = iso_z_ms(t)
        locs.append((t.astimezone(UTC), rec))

    for s in stays:
        t = s.start
        ll = places[s.place]["ll"]
        while t < s.end:
            acc = rng.choice([8, 11, 13, 14, 16, 20, 24, 35])
            act = None
            if rng.random() < 0.15:
                act = [{"type": "STILL", "confidence": rng.choice([92, 97, 100])}]
            extra = None
            if rng.random() < 0.3:
                extra = {"altitude": rng.randint(18, 46), "verticalAccuracy": rng.choice([2, 3, 4, 6])}
            point(t.replace(microsecond=rng.randint(0, 999) * 1000), jitter(rng, ll, 25), acc,
                  rng.choice(["WIFI", "WIFI", "CELL", "GPS"]), extra, act)
            t += dt.timedelta(minutes=rng.randint(28, 62), seconds=rng.randint(0, 59))
    for a, b, d, mode in _moves(stays, places):
        t0, t1 = a.end, b.start
        span = (t1 - t0).total_seconds()
        n = max(2, min(12, int(span // 240)))
        for i in range(1, n):
            f = i / n
            t = t0 + dt.timedelta(seconds=span * f)
            ll = _interp(places[a.place]["ll"], places[b.place]["ll"], f)
            vel = {"WALKING": 1, "CYCLING": 4, "IN_PASSENGER_VEHICLE": 9}.get(mode, 8)
            typ = {"WALKING": "ON_FOOT", "CYCLING": "ON_BICYCLE"}.get(mode, "IN_VEHICLE")
            act = [{"type": typ, "confidence": rng.randint(60, 92)}, {"type": "STILL", "confidence": rng.randint(2, 20)}] if rng.random() < 0.5 else None
            point(t.replace(microsecond=rng.randint(0, 999) * 1000), jitter(rng, ll, 10), rng.choice([5, 6, 9, 12]), "GPS",
                  {"velocity": vel + rng.randint(0, 4), "heading": rng.randint(0, 359)}, act)
    locs.sort(key=lambda x: x[0])
    return json.dumps({"locations": [r for _, r in locs]}, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------
# Android on-device Timeline.json
# ---------------------------------------------------------------------------

def timeline_json(rng, stays, places, labels):
    segs = []
    for s in stays:
        p = places[s.place]
        segs.append((s.start, {
            "startTime": iso_ms(s.start), "endTime": iso_ms(s.end),
            "startTimeTimezoneUtcOffsetMinutes": offset_minutes(s.start),
            "endTimeTimezoneUtcOffsetMinutes": offset_minutes(s.end),
            "visit": {"hierarchyLevel": 0, "probability": round(rng.uniform(0.62, 0.97), 6),
                      "topCandidate": {"placeId": p["pid"], "semanticType": p.get("sem", "UNKNOWN"),
                                       "probability": round(rng.uniform(0.55, 0.99), 6),
                                       "placeLocation": {"latLng": fmt_deg(p["ll"])}}}}))
    for a, b, d, mode in _moves(stays, places):
        pa, pb = places[a.place]["ll"], places[b.place]["ll"]
        segs.append((a.end, {
            "startTime": iso_ms(a.end), "endTime": iso_ms(b.start),
            "startTimeTimezoneUtcOffsetMinutes": offset_minutes(a.end),
            "endTimeTimezoneUtcOffsetMinutes": offset_minutes(b.start),
            "activity": {"start": {"latLng": fmt_deg(jitter(rng, pa, 30))}, "end": {"latLng": fmt_deg(jitter(rng, pb, 30))},
                         "distanceMeters": round(d * rng.uniform(1.1, 1.35), 1),
                         "topCandidate": {"type": mode, "probability": round(rng.uniform(0.7, 0.98), 6)}}}))
        span = (b.start - a.end).total_seconds()
        n = max(2, min(8, int(span // 300)))
        path = []
        for i in range(n + 1):
            f = i / n
            t = a.end + dt.timedelta(seconds=int(span * f))
            path.append({"point": fmt_deg(jitter(rng, _interp(pa, pb, f), 12)), "time": iso_ms(t)})
        segs.append((a.end + dt.timedelta(microseconds=1), {
            "startTime": iso_ms(a.end.replace(minute=0, second=0)),
            "endTime": iso_ms(a.end.replace(minute=0, second=0) + dt.timedelta(hours=2)),
            "timelinePath": path}))
    segs.sort(key=lambda x: x[0].astimezone(UTC))
    raw = []
    tail = [s for s in stays][-40:]
    for s in tail:
        p = places[s.place]
        raw.append({"position": {"LatLng": fmt_deg(jitter(rng, p["ll"], 20)), "accuracyMeters": rng.choice([9, 13, 17, 25]),
                                 "altitudeMeters": round(rng.uniform(4, 40), 1), "source": rng.choice(["WIFI", "GPS", "CELL"]),
                                 "timestamp": iso_ms(s.start + dt.timedelta(minutes=11)), "speedMetersPerSecond": 0.0}})
        raw.append({"activityRecord": {"probableActivities": [{"type": "STILL", "confidence": round(rng.uniform(0.8, 1.0), 2)},
                                                              {"type": "WALKING", "confidence": round(rng.uniform(0.0, 0.1), 2)}],
                                       "timestamp": iso_ms(s.start + dt.timedelta(minutes=12))}})
    freq = []
    for key, label in labels:
        freq.append({"placeId": places[key]["pid"], "placeLocation": fmt_deg(places[key]["ll"]), "label": label})
    doc = {"semanticSegments": [x for _, x in segs], "rawSignals": raw,
           "userLocationProfile": {"frequentPlaces": freq,
                                   "persona": {"travelModeAffinities": [{"mode": "IN_PASSENGER_VEHICLE", "affinity": 0.71},
                                                                        {"mode": "WALKING", "affinity": 0.24}]}}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------
# iOS location-history.json (top-level array, "geo:lat,lng")
# ---------------------------------------------------------------------------

def _geo(ll):
    return "geo:%.6f,%.6f" % ll


def ios_location_json(rng, stays, places):
    items = []
    for s in stays:
        p = places[s.place]
        items.append((s.start, {"endTime": iso_ms(s.end), "startTime": iso_ms(s.start),
                                "visit": {"hierarchyLevel": "0",
                                          "topCandidate": {"probability": "%.6f" % rng.uniform(0.5, 0.99),
                                                           "semanticType": p.get("ios_sem", "Unknown"),
                                                           "placeID": p["pid"], "placeLocation": _geo(p["ll"])},
                                          "probability": "%.6f" % rng.uniform(0.4, 0.95)}}))
    for a, b, d, mode in _moves(stays, places):
        pa, pb = places[a.place]["ll"], places[b.place]["ll"]
        ios_mode = {"WALKING": "walking", "CYCLING": "cycling"}.get(mode, "in passenger vehicle")
        items.append((a.end, {"endTime": iso_ms(b.start), "startTime": iso_ms(a.end),
                              "activity": {"probability": "%.6f" % rng.uniform(0.7, 0.99), "end": _geo(pb),
                                           "topCandidate": {"type": ios_mode, "probability": "%.6f" % rng.uniform(0.5, 0.95)},
                                           "distanceMeters": "%.1f" % (d * rng.uniform(1.1, 1.3)), "start": _geo(pa)}}))
        span_min = int((b.start - a.end).total_seconds() // 60)
        n = max(2, min(6, span_min // 4))
        path = []
        for i in range(n + 1):
            f = i / n
            path.append({"point": _geo(jitter(rng, _interp(pa, pb, f), 10)),
                         "durationMinutesOffsetFromStartTime": str(int(span_min * f))})
        items.append((a.end + dt.timedelta(microseconds=1), {"endTime": iso_ms(b.start), "startTime": iso_ms(a.end),
                                                              "timelinePath": path}))
    items.sort(key=lambda x: x[0].astimezone(UTC))
    return json.dumps([x for _, x in items], ensure_ascii=False, separators=(",", ":"))
