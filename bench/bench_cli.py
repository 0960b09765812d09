"""footprint as users run it, beside the parsers they would otherwise use, as whole processes.

    python bench/bench_cli.py                      # 10k and 100k messages, 300k and 3M points
    python bench/bench_cli.py --messages 10000 --points 300000      # a quick run
    python bench/bench_cli.py --full               # adds 1M messages and 7M points

Every command runs as its own process under ``/usr/bin/time -v`` (wall time, CPU time,
which is steadier on a shared machine, and peak resident memory), one after the other,
on the same generated inputs:

- a Google Takeout ``Records.json`` of exactly N fixes (compact, as Google writes it):
  ``footprint scan --no-pii`` (the whole CLI command; the count is read from the
  summary it prints), the same with ``--json`` (which also draws the inferences and
  scores the JSON holds), footprint's parser alone into the column store, ijson
  ``items(f, "locations.item")`` with the C backend (the floor: it only yields each
  fix as a dict) and google_takeout_parser's location history parser;
- a WhatsApp Android chat of N messages (``bench_chat_parse.write_chat``): the same
  two scans, footprint's parser alone, and whatstk.

"parse s" is the time inside the process after its imports; wall and CPU include
starting the interpreter and importing, as a user waits for them. Tools that are not
installed are skipped with a note (``pip install whatstk google_takeout_parser``;
neither is a footprint dependency). The tables give each run's ratio to the reference
(ijson, whatstk) and each tool's cost growth per 10x of input.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_chat_parse import _measure, write_chat

HERE = Path(__file__).resolve()
ROOT = HERE.parent.parent
Run = dict[str, float | str]


def write_records(path: Path, points: int, seed: int = 7) -> None:
    """A compact ``Records.json`` of exactly ``points`` fixes, deterministic for ``seed``.

    Fields as recent exports have them: ISO ``timestamp`` on most fixes, the older
    ``timestampMs`` on some, and an ``activity`` guess on every fourth.
    """
    rng = random.Random(seed)
    lat, lon = 534_453_396, -22_185_395
    when = 1_600_000_000_000
    with path.open("w", encoding="utf-8") as out:
        out.write('{"locations":[')
        for index in range(points):
            when += rng.randint(30_000, 300_000)
            lat += rng.randint(-2_000, 2_000)
            lon += rng.randint(-2_000, 2_000)
            fix: dict[str, object] = {"latitudeE7": lat, "longitudeE7": lon}
            if index % 5:
                seconds, millis = divmod(when, 1000)
                stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
                fix["timestamp"] = f"{stamp}.{millis:03d}Z"
            else:
                fix["timestampMs"] = str(when)
            fix["accuracy"] = rng.randint(3, 60)
            if index % 4 == 0:
                fix["activity"] = [
                    {
                        "activity": [{"type": "STILL", "confidence": rng.randint(40, 100)}],
                        "timestampMs": str(when + 1000),
                    }
                ]
            fix["source"] = "WIFI"
            fix["deviceTag"] = -1418271863
            out.write(("," if index else "") + json.dumps(fix, separators=(",", ":")))
        out.write("]}")


def child(tool: str, path: str) -> None:
    """Runs in the measured process: parse, print the count and the parse time."""
    started = time.perf_counter()
    if tool == "ijson":
        import ijson

        with open(path, "rb") as stream:
            count = sum(1 for _ in ijson.items(stream, "locations.item"))
    elif tool == "google_takeout_parser":
        from google_takeout_parser.parse_json import _parse_location_history

        count = sum(
            1 for item in _parse_location_history(Path(path)) if not isinstance(item, Exception)
        )
    elif tool == "footprint-location":
        from contextlib import ExitStack

        from footprint.config import Limits
        from footprint.loading import load_inputs
        from footprint.model import LocationPoint
        from footprint.sources import google_location
        from footprint.sources.base import ParseContext
        from footprint.store import ColumnBatch, ColumnStore

        # Every fix kept, in the column store, as scan keeps them.
        store: ColumnStore[object] = ColumnStore()
        with ExitStack() as stack:
            file = load_inputs([Path(path)], Limits(), stack).files[0]
            for item in google_location.parse_columns(file, ParseContext.from_setting("UTC")):
                if isinstance(item, ColumnBatch):
                    store.append_columns(item)
                elif isinstance(item, LocationPoint):
                    store.append(item)
        count = store.count_classes().get(LocationPoint, 0)
    else:
        raise SystemExit(f"unknown tool {tool}")
    print(json.dumps({"count": count, "parse_s": round(time.perf_counter() - started, 2)}))


SCAN = "footprint scan --no-pii"
SCAN_JSON = "footprint scan --no-pii --json"


def _scans(path: Path, out: Path, kind: str) -> dict[str, Run]:
    """The command as users run it (the summary table), and with the JSON file, which
    also holds the inferences and scores (drawn only for it)."""
    command = [sys.executable, "-m", "footprint", "scan", str(path), "--no-pii"]
    runs = {SCAN: _measure(command, keep_stdout=True)}
    runs[SCAN]["count"] = _summary_count(str(runs[SCAN].pop("stdout", "")), kind)
    runs[SCAN_JSON] = _measure([*command, "--json", str(out)])
    runs[SCAN_JSON]["count"] = _scan_count(out, kind)
    return runs


def _summary_count(printed: str, kind: str) -> int | str:
    """The records of ``kind`` in the summary table the scan prints."""
    rows = re.findall(r"^\W+(\w+)\s+\W[^\n]*?\W\s+(\d+)\s+\W\s+\d+\s+\W", printed, re.M)
    found = [int(records) for name, records in rows if kind in name]
    return sum(found) if found else ""


def _scan_count(out: Path, kind: str) -> int | str:
    try:
        sources = json.loads(out.read_text(encoding="utf-8"))["sources"]
    except (OSError, ValueError, KeyError):
        return ""
    return sum(int(source.get("records", 0)) for source in sources if kind in source["format"])


def _installed(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def location_runs(points: int, tmp: Path) -> dict[str, Run]:
    path = tmp / f"Records-{points}.json"
    write_records(path, points)
    print(f"Records.json: {points:,} fixes, {path.stat().st_size / 2**20:,.0f} MiB", flush=True)
    me = [sys.executable, str(HERE), "--child"]
    runs: dict[str, Run] = {"ijson items (yajl2_c)": _measure([*me, "ijson", str(path)])}
    runs.update(_scans(path, tmp / "scan.json", "google_location"))
    runs["footprint parse only"] = _measure([*me, "footprint-location", str(path)])
    if _installed("google_takeout_parser"):
        runs["google_takeout_parser"] = _measure([*me, "google_takeout_parser", str(path)])
    else:
        print("google_takeout_parser is not installed: pip install google_takeout_parser")
    path.unlink()
    return runs


def chat_runs(messages: int, tmp: Path) -> dict[str, Run]:
    path = tmp / "WhatsApp Chat with Bench.txt"
    write_chat(path, messages)
    print(f"chat: {messages:,} lines, {path.stat().st_size / 2**20:,.1f} MiB", flush=True)
    chat_bench = [sys.executable, str(HERE.parent / "bench_chat_parse.py"), "--child"]
    runs: dict[str, Run] = {}
    if _installed("whatstk"):
        runs["whatstk 0.9 (max_size=None)"] = _measure([*chat_bench, "whatstk", str(path)])
    else:
        print("whatstk is not installed: pip install whatstk")
    runs.update(_scans(path, tmp / "scan.json", "whatsapp"))
    runs["footprint parse only"] = _measure([*chat_bench, "footprint", str(path)])
    for run in runs.values():
        if "messages" in run:
            run["count"] = run.pop("messages")
    path.unlink()
    return runs


def table(title: str, results: dict[int, dict[str, Run]], reference: str) -> str:
    lines = [
        f"### {title}",
        "",
        f"| size | tool | count | parse s | wall s | CPU s | peak MiB | "
        f"wall / {reference.split()[0]} | CPU / {reference.split()[0]} |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for size, runs in results.items():
        base = runs.get(reference, {})
        for name, run in runs.items():
            if "error" in run:
                lines.append(f"| {size:,} | {name} | | {run['error']} | | | |")
                continue
            ratios = [
                f"{float(run[field]) / float(base[field]):.2f}"
                if isinstance(base.get(field), float)
                and isinstance(run.get(field), float)
                and float(base[field]) > 0
                else ""
                for field in ("wall_s", "cpu_s")
            ]
            lines.append(
                f"| {size:,} | {name} | {run.get('count', '')} | {run.get('parse_s', '')} | "
                f"{run.get('wall_s', '')} | {run.get('cpu_s', '')} | {run.get('peak_mib', '')} | "
                f"{ratios[0]} | {ratios[1]} |"
            )
    growth = _growth(results)
    if growth:
        lines += ["", "Cost growth per 10x of input (wall, CPU, peak memory):", ""]
        lines += [f"- {line}" for line in growth]
    return "\n".join(lines)


def _growth(results: dict[int, dict[str, Run]]) -> list[str]:
    out = []
    sizes = sorted(results)
    for small, big in itertools.pairwise(sizes):
        factor = big / small
        for name, run in results[big].items():
            before = results[small].get(name, {})
            parts = []
            for field in ("wall_s", "cpu_s", "peak_mib"):
                a, b = before.get(field), run.get(field)
                if isinstance(a, float) and isinstance(b, float) and a > 0:
                    # Scaled to a factor of 10 when the sizes differ by another factor.
                    parts.append(f"{(b / a) ** (1 / _log10(factor)):.1f}x")
            if len(parts) == 3:
                out.append(f"{name}, {small:,} -> {big:,}: {', '.join(parts)}")
    return out


def _log10(value: float) -> float:
    return math.log10(value) or 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--points", type=int, nargs="*", default=[300_000, 3_000_000])
    parser.add_argument("--full", action="store_true", help="add 1M messages and 7M points")
    parser.add_argument("--out", type=Path, help="also write the tables to this file")
    parser.add_argument("--child", nargs=2, metavar=("TOOL", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    messages = sorted(set(args.messages + ([1_000_000] if args.full else [])))
    points = sorted(set(args.points + ([7_000_000] if args.full else [])))
    with open("/proc/loadavg", encoding="ascii") as load:
        print(f"load average before: {load.read().split()[:3]}")
    sections = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        if points:
            found = {count: location_runs(count, tmp) for count in points}
            sections.append(
                table("Location history (Records.json)", found, "ijson items (yajl2_c)")
            )
        if messages:
            chats = {count: chat_runs(count, tmp) for count in messages}
            sections.append(table("WhatsApp chat", chats, "whatstk 0.9 (max_size=None)"))
    with open("/proc/loadavg", encoding="ascii") as load:
        print(f"load average after: {load.read().split()[:3]}")
    text = "\n\n".join(sections)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
