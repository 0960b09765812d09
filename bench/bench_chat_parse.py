"""WhatsApp chat parsing: footprint against whatstk on the same file, as whole processes.

    python bench/bench_chat_parse.py [--lines 200000] [--file CHAT.txt] [--scan]

Writes a deterministic Android chat of ``--lines`` lines (or reads ``--file``), then
runs one child process per tool under ``/usr/bin/time -v`` and reports its wall time
(and CPU time, steadier on a shared machine) and peak resident memory, and the time
the child spent parsing (imports excluded):

- ``footprint``: ``footprint.sources.whatsapp.parse_columns``, every record kept in the
  column store, as ``scan`` keeps them;
- ``whatstk``: ``df_from_whatsapp(path, max_size=None)`` (a DataFrame of every message);
- ``footprint scan --no-pii`` with ``--scan`` (the whole CLI command a user runs).

whatstk is not a footprint dependency: ``pip install whatstk`` to compare (it pins
an older plotly; reinstall footprint's afterwards if that matters).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

NAMES = ("Ana Ruiz", "Bo Chen", "Cy Park", "Dee Müller", "Eli Ó Briain", "王芳")
WORDS = [
    "the",
    "a",
    "meet",
    "tomorrow",
    "lunch",
    "ok",
    "sure",
    "see",
    "you",
    "later",
    "what",
    "time",
    "is",
    "it",
    "call",
    "me",
    "when",
    "home",
    "bring",
    "the",
    "thing",
    "thanks",
    "好的",
    "明天见",
    "bis",
    "später",
    "merci",
    "café",
    "👍",
    "🙂",
]


def write_chat(path: Path, lines: int, seed: int = 7) -> None:
    """An Android export (``dd/mm/yyyy, HH:MM - Author: text``) of exactly ``lines`` lines."""
    rng = random.Random(seed)
    when = datetime(2021, 1, 1, 8, 0)
    out: list[str] = []
    while len(out) < lines:
        when += timedelta(minutes=rng.randint(1, 30))
        head = f"{when:%d/%m/%Y, %H:%M} - "
        roll = rng.random()
        if roll < 0.01:
            out.append(f"{head}{rng.choice(NAMES)} added {rng.choice(NAMES)}")
            continue
        author = rng.choice(NAMES)
        if roll < 0.04:
            body = "<Media omitted>"
        elif roll < 0.05:
            body = "This message was deleted"
        else:
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 16)))
        out.append(f"{head}{author}: {body}")
        if rng.random() < 0.05:
            out.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 10))))
    path.write_text("\n".join(out[:lines]) + "\n", encoding="utf-8")


def child(tool: str, path: str) -> None:
    """Runs in the measured process: parse, then print the count and the parse time."""
    if tool == "footprint":
        from contextlib import ExitStack

        from footprint.config import Limits
        from footprint.loading import load_inputs
        from footprint.model import Message
        from footprint.sources import whatsapp
        from footprint.sources.base import ParseContext
        from footprint.store import ColumnStore, MixedBatch

        started = time.perf_counter()
        # Every record kept, in the column store, as scan keeps them.
        store: ColumnStore[object] = ColumnStore()
        with ExitStack() as stack:
            file = load_inputs([Path(path)], Limits(), stack).files[0]
            for item in whatsapp.parse_columns(file, ParseContext.from_setting("UTC")):
                if isinstance(item, MixedBatch):
                    store.append_columns(item)
                elif isinstance(item, Message):
                    store.append(item)
        count = store.count_classes().get(Message, 0)
    else:
        from whatstk.whatsapp.parser import df_from_whatsapp

        started = time.perf_counter()
        count = len(df_from_whatsapp(path, max_size=None))
    print(json.dumps({"messages": count, "parse_s": round(time.perf_counter() - started, 2)}))


def _measure(command: list[str], keep_stdout: bool = False) -> dict[str, float | str]:
    timer = shutil.which("time") or "/usr/bin/time"
    started = time.perf_counter()
    run = subprocess.run(  # noqa: S603 - our own interpreter and script
        [timer, "-v", *command], capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - started
    if run.returncode != 0:
        return {"error": run.stderr.strip().splitlines()[-1] if run.stderr else "failed"}
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr)
    cpu = sum(
        float(found)
        for found in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", run.stderr)
    )
    result: dict[str, float | str] = {
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "peak_mib": round(int(peak.group(1)) / 1024, 1) if peak else float("nan"),
    }
    last = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else ""
    if last.startswith("{"):
        result.update(json.loads(last))
    if keep_stdout:
        result["stdout"] = run.stdout
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=200_000)
    parser.add_argument("--file", type=Path, help="an existing chat instead of a generated one")
    parser.add_argument("--scan", action="store_true", help="also time `footprint scan --no-pii`")
    parser.add_argument("--child", nargs=2, metavar=("TOOL", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = args.file or Path(tmp) / "WhatsApp Chat with Bench.txt"
        if args.file is None:
            write_chat(path, args.lines)
        size_mb = path.stat().st_size / 2**20
        print(f"chat: {path.name}, {size_mb:.1f} MiB")
        me = [sys.executable, __file__, "--child"]
        runs = {"footprint parse": _measure([*me, "footprint", str(path)])}
        try:
            import whatstk  # noqa: F401

            runs["whatstk 0.9"] = _measure([*me, "whatstk", str(path)])
        except ImportError:
            print("whatstk is not installed: pip install whatstk")
        if args.scan:
            out = Path(tmp) / "scan.json"
            cli = [sys.executable, "-m", "footprint", "scan", str(path), "--no-pii"]
            runs["footprint scan --no-pii"] = _measure([*cli, "--json", str(out)])
    print("| tool | messages | parse s | wall s | CPU s | peak MiB |")
    print("|---|---|---|---|---|---|")
    for name, run in runs.items():
        print(
            f"| {name} | {run.get('messages', '')} | {run.get('parse_s', '')} | "
            f"{run.get('wall_s', run.get('error'))} | {run.get('cpu_s', '')} | "
            f"{run.get('peak_mib', '')} |"
        )
    ours, theirs = runs["footprint parse"], runs.get("whatstk 0.9")
    if theirs and "wall_s" in theirs and "wall_s" in ours:
        for field in ("parse_s", "wall_s", "cpu_s", "peak_mib"):
            if isinstance(ours.get(field), float) and isinstance(theirs.get(field), float):
                ratio = float(ours[field]) / float(theirs[field])
                print(f"footprint / whatstk {field}: {ratio:.2f}")


if __name__ == "__main__":
    main()
