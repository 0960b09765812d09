"""Tiny template engine for set independent11.

Markup inside a frame:
  [[TYPE|literal]]          literal text labelled TYPE
  {key}                     value from filler `key` (labelled if the filler returns a type)
  {key:arg}                 filler with an argument
  {key#t}                   same tag t -> same value again in this line
  {key|l} / {key|u}         lower / upper case the filled value
The engine returns (text, entities) with exact character offsets.
"""
import re

TOKEN = re.compile(
    r"\[\[([A-Z_]+)\|([^\]]+)\]\]"
    r"|\{([a-z_0-9]+)(?::([^}#|]+))?(?:#(\w+))?(?:\|(\w+))?\}"
)


class Engine:
    def __init__(self, fillers):
        self.fillers = fillers

    def render(self, frame, rng):
        out = []
        pos = 0
        ents = []
        cache = {}
        used = set()
        i = 0
        for m in TOKEN.finditer(frame):
            lit = frame[i:m.start()]
            out.append(lit)
            pos += len(lit)
            i = m.end()
            if m.group(1):
                typ, val = m.group(1), m.group(2)
            else:
                key, arg, tag, mod = m.group(3), m.group(4), m.group(5), m.group(6)
                ck = (key, arg, tag)
                if tag and ck in cache:
                    val, typ = cache[ck]
                else:
                    fn = self.fillers[key]
                    for _ in range(50):
                        val, typ = fn(rng, arg)
                        if val not in used:
                            break
                    used.add(val)
                    if tag:
                        cache[ck] = (val, typ)
                if mod == "l":
                    val = val.lower()
                elif mod == "u":
                    val = val.upper()
            if typ:
                ents.append({"type": typ, "start": pos, "end": pos + len(val), "value": val})
            out.append(val)
            pos += len(val)
        tail = frame[i:]
        out.append(tail)
        text = "".join(out)
        # "first surname" written as two slots is one full name -> one PERSON span
        merged = []
        for e in ents:
            p = merged[-1] if merged else None
            if (p and p["type"] == e["type"] == "PERSON" and p["end"] + 1 == e["start"]
                    and text[p["end"]] == " " and p["value"] != e["value"]):
                p["end"] = e["end"]
                p["value"] = text[p["start"]:p["end"]]
            else:
                merged.append(e)
        ents = merged
        for e in ents:
            assert text[e["start"]:e["end"]] == e["value"]
        return text, ents


def pick(pool, typ=None):
    def f(rng, arg=None):
        return rng.choice(pool), typ
    return f


# --------------------------------------------------------------------------- local times via zoneinfo
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

_BASE = datetime(2024, 1, 1, tzinfo=timezone.utc)
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def local_time(rng, arg=None):
    """A fixed UTC instant (chosen by rng) shown in the zone `arg`; never depends on the machine's TZ."""
    zone = arg or "Europe/London"
    inst = _BASE + timedelta(minutes=rng.randint(0, 365 * 24 * 12) * 5)
    loc = inst.astimezone(ZoneInfo(zone))
    if zone.startswith("Asia/"):
        return "%d月%d日 %02d:%02d" % (loc.month, loc.day, loc.hour, loc.minute), None
    if zone.startswith("America/"):
        h = loc.hour % 12 or 12
        return "%s %s %d, %d:%02d %s" % (_DAYS[loc.weekday()], _MONTHS[loc.month - 1], loc.day, h, loc.minute,
                                         "AM" if loc.hour < 12 else "PM"), None
    return "%s %d %s, %02d:%02d" % (_DAYS[loc.weekday()], loc.day, _MONTHS[loc.month - 1], loc.hour, loc.minute), None
