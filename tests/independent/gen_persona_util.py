"""Persona bookkeeping: counting, ground truth, self-checks."""

from __future__ import annotations

import contextlib
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from gen_common import ME, PII, Chat, Msg, write_json


def count_1to1(chat: Chat) -> int:
    """Counting rule: every non-system message in the 1:1 chat, both directions."""
    return sum(1 for m in chat.messages if m.kind != "system")


def insert(
    chat: Chat, when: datetime, sender: str, text: str, kind: str = "text", **kw: object
) -> None:
    chat.messages.append(Msg(when, sender, text, kind, **kw))  # type: ignore[arg-type]


def script(
    chat: Chat, start: datetime, lines: list[tuple[str, str]], rng: random.Random
) -> datetime:
    """Scripted exchange starting at start; who is 'me', 'them' or a member name."""
    t = start
    other = next(m for m in chat.members if m != ME)
    for who, text in lines:
        sender = ME if who == "me" else other if who == "them" else who
        chat.messages.append(Msg(t, sender, text))
        t += timedelta(seconds=rng.choice([20, 35, 50, 80, 120, 200]))
    return t


def drop_sleep(chat: Chat, sleep: tuple[str, str], keep_others: float, rng: random.Random) -> None:
    from gen_common import in_window

    kept = []
    for m in chat.messages:
        if in_window(m.local, *sleep) and (m.sender == ME or rng.random() > keep_others):
            continue
        kept.append(m)
    chat.messages = kept


def ground_truth(
    folder: Path,
    persona: str,
    description: str,
    tz: str,
    user: dict[str, list[str]],
    pii: PII,
    facts: dict[str, object],
) -> None:
    obj = {
        "schema_version": 1,
        "persona": persona,
        "fictional": True,
        "independent": True,
        "description": description,
        "timezone": tz,
        "user": user,
        "pii": sorted(pii.items, key=lambda x: (x["file"], x["entity_type"], x["value"])),
        "facts": facts,
    }
    write_json(folder / "ground_truth.json", obj)


def check_pii(folder: Path, pii: PII) -> None:
    """Every planted value must be findable in its file (after decoding / un-mojibaking)."""
    cache: dict[str, str] = {}
    for it in pii.items:
        f = it["file"]
        if f not in cache:
            raw = (folder / f).read_bytes()
            txt = raw.decode("gbk") if "alipay" in f.lower() else raw.decode("utf-8-sig")
            alt = ""
            if f.endswith((".json", ".js")):
                body = txt[txt.index("=") + 1 :] if f.endswith(".js") else txt
                obj = json.loads(body)
                alt = json.dumps(obj, ensure_ascii=False)
                with contextlib.suppress(UnicodeDecodeError, UnicodeEncodeError):
                    alt += "\n" + alt.encode("latin-1").decode("utf-8")
            cache[f] = txt + "\n" + alt
        assert it["value"] in cache[f], (f, it)


def period(start: date, end: date) -> list[date]:
    out = []
    d = start
    while d <= end:
        out.append(d)
        d += timedelta(days=1)
    return out
