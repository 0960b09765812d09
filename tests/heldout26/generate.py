"""Generate the heldout26 blind persona set.

    /usr/bin/python3 tests/heldout26/generate.py [OUTDIR]

Writes OUTDIR/personas/<persona_id>/... (default: this folder). Stdlib only, fixed seeds; the
output does not depend on TZ, locale, PYTHONHASHSEED or today's date.
"""
import collections
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from h26_common import dump_json, hm, in_window, scan_pii  # noqa: E402
import h26_xian  # noqa: E402
import h26_qingdao  # noqa: E402
import h26_auckland  # noqa: E402

MODULES = [h26_xian, h26_qingdao, h26_auckland]


def chat_counts(chats):
    return {c.title: sum(1 for m in c.msgs if m.kind != "system") for c in chats}


def check(p):
    """Sanity checks on a built persona (raise AssertionError on violations)."""
    from zoneinfo import ZoneInfo
    z = ZoneInfo(p["zone"])
    s, e = (hm(x) for x in p["sleep"])
    total = 0
    for c in p["chats"]:
        for m in c.msgs:
            if m.kind != "system":
                total += 1
            if m.who == "me":
                lt = m.t.astimezone(z)
                mins = lt.hour * 60 + lt.minute
                assert not in_window(mins, s, e), ("user message in sleep window", c.title, lt, m.text)
    assert 650 <= total <= 850, ("message count", total)
    groups = [c for c in p["chats"] if c.group]
    one = [c for c in p["chats"] if not c.group]
    assert len(groups) == 1 and 4 <= len(one) <= 6
    rants = [m.text for m in groups[0].msgs if m.who == p["risky"]]
    assert 60 <= len(set(rants)) <= 75, len(set(rants))
    assert 80 <= p["payments"] <= 150, p["payments"]
    return total


def ground_truth(p):
    files = [(rel, full, msg) for rel, _b, full, msg in p["files"]]
    pii = scan_pii(files, p["catalog"])
    counts = chat_counts([c for c in p["chats"] if not c.group])
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    facts = dict(p["facts"])
    facts["top_contacts"] = [{"name": n, "messages": k} for n, k in top]
    facts["relationships"] = [{"name": n, "relationship": rel, "full_name": fn}
                              for n, rel, fn in p["relationships"]]
    order = ["home", "work", "sleep_window", "top_contacts", "relationships", "religion", "health", "politics",
             "financial_stress", "gambling", "gaming", "salary", "risky_contact"]
    facts = {k: facts[k] for k in order}
    return {"schema_version": 1, "persona": p["pid"], "fictional": True, "independent": True,
            "description": p["description"], "timezone": p["zone"], "user": p["user"], "pii": pii,
            "facts": facts}


def build_all():
    out = []
    for mod in MODULES:
        p = mod.build()
        p["total_messages"] = check(p)
        p["gt"] = ground_truth(p)
        out.append(p)
    return out


def write(outdir):
    built = build_all()
    for p in built:
        root = os.path.join(outdir, "personas", p["pid"])
        if os.path.isdir(root):
            shutil.rmtree(root)
        for rel, data, _full, _msg in p["files"]:
            path = os.path.join(root, *rel.split("/"))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
        with open(os.path.join(root, "ground_truth.json"), "wb") as f:
            f.write(dump_json(p["gt"]).encode("utf-8"))
    return built


def summary(built):
    for p in built:
        gt = p["gt"]
        types = collections.Counter(e["entity_type"] for e in gt["pii"])
        print(p["pid"], "messages", p["total_messages"], "payments", p["payments"], "pii", len(gt["pii"]))
        for c in p["chats"]:
            print("   chat", c.title, sum(1 for m in c.msgs if m.kind != "system"))
        print("   types", dict(sorted(types.items())))


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else HERE
    summary(write(target))
