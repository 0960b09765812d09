"""The commands a user runs on one big chat, and the whole scan against vanilla Presidio.

    python bench/bench_user_paths.py                  # both parts below
    python bench/bench_user_paths.py --chat-lines 0   # only the 200k export against vanilla
    python bench/bench_user_paths.py --messages 0     # only the single big chat

1. A single WhatsApp Android chat of ``--chat-lines`` lines (default 1,000,000, about
   950k messages, 74 MB; ``bench_chat_parse.write_chat``) through ``footprint scan
   --json`` (with detection), ``footprint report`` and ``footprint redact``, each its own
   process under ``/usr/bin/time -v``: wall, CPU, peak RSS, output size, the records
   the scan counted against the message headers in the file, and the redaction's leak
   check (its exit code and manifest).
2. ``footprint samples bigger --messages N`` (default 200,000 messages, N/5 payments and
   N location points) through ``footprint scan --json``, beside vanilla Presidio
   (``footprint.pii.vanilla``: AnalyzerEngine, same spaCy model, default recognizers, one
   text at a time) on the first ``--vanilla-sample`` chat texts of the same export, in
   its own process in the same run. Messages per second: the export's chat messages over
   the whole command's wall time (and CPU time, steadier on a shared machine), against
   vanilla's sample over its analysis time.

The budget of both is 2 GB of peak memory; a scan JSON of at most 100 MB.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_chat_parse import _measure, write_chat

HERE = Path(__file__).resolve()
BUDGET_MIB = 2048
CHAT_NAME = "WhatsApp Chat with Bench.txt"
_HEADER = re.compile(rb"^\d{2}/\d{2}/\d{4}, \d{2}:\d{2} - ", re.MULTILINE)


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "footprint", *args]


def _load() -> str:
    with open("/proc/loadavg", encoding="ascii") as load:
        return " ".join(load.read().split()[:3])


def _row(name: str, run: dict[str, float | str], extra: str = "") -> str:
    if "error" in run:
        return f"| {name} | failed: {run['error']} | | | | |"
    return (
        f"| {name} | {run['wall_s']:,} | {run['cpu_s']:,} | {run['peak_mib']:,} | "
        f"{'yes' if float(run['peak_mib']) <= BUDGET_MIB else '**no**'} | {extra} |"
    )


def single_chat(lines: int, tmp: Path) -> str:
    chat = tmp / CHAT_NAME
    write_chat(chat, lines)
    headers = len(_HEADER.findall(chat.read_bytes()))
    size = chat.stat().st_size / 2**20
    print(f"chat: {lines:,} lines, {headers:,} messages, {size:.1f} MiB", flush=True)
    scan_json = tmp / "scan.json"
    runs: dict[str, tuple[dict[str, float | str], str]] = {}
    load = _load()
    scanned = _measure(_cli("scan", str(chat), "--json", str(scan_json)))
    note = ""
    if scan_json.is_file():
        document = json.loads(scan_json.read_text(encoding="utf-8"))
        records = sum(source["records"] for source in document["sources"])
        note = (
            f"JSON {scan_json.stat().st_size / 2**20:.1f} MiB; {records:,} records "
            f"({'exact' if records == headers else f'expected {headers:,}'}); "
            f"{len(document['findings']):,} findings"
        )
    runs["`footprint scan --json` (with detection)"] = (scanned, note)
    report = tmp / "report.html"
    reported = _measure(_cli("report", str(chat), "--out", str(report)))
    runs["`footprint report` (HTML)"] = (
        reported,
        f"report {report.stat().st_size / 1024:.0f} KiB" if report.is_file() else "",
    )
    out = tmp / "redacted"
    redacted = _measure(_cli("redact", str(chat), "--out", str(out)))
    note = ""
    manifest = out / "manifest.json"
    if manifest.is_file():
        written = json.loads(manifest.read_text(encoding="utf-8"))
        copies = [p for p in out.iterdir() if p.name != "manifest.json"]
        leaks = len(written["leak_check"]["leaks"])
        note = (
            f"copy {sum(p.stat().st_size for p in copies) / 2**20:.1f} MiB; "
            f"{sum(written['replacements'].values()):,} replacements; {leaks} leaks"
        )
    runs["`footprint redact`"] = (redacted, note)
    lines_out = [
        f"Single chat: {lines:,} lines, {headers:,} messages, {size:.1f} MiB; "
        f"load average before: {load}, after: {_load()}",
        "",
        "| command | wall s | CPU s | peak MiB | within 2 GB | output |",
        "|---|---:|---:|---:|---|---|",
    ]
    lines_out += [_row(name, run, extra) for name, (run, extra) in runs.items()]
    return "\n".join(lines_out)


def vanilla_child(folder: str, sample: int) -> None:
    """Runs in its own process: vanilla Presidio on the first ``sample`` chat texts."""
    from itertools import islice

    from footprint.config import Settings
    from footprint.pii.vanilla import VanillaPresidio
    from footprint.scan import scan
    from footprint.store import of_kind

    settings = Settings(assumed_timezone="UTC")
    result = scan([Path(folder)], settings, None, analyse=False)
    texts = list(islice((r.text for r in of_kind(result.records, "message") if r.text), sample))
    vanilla = VanillaPresidio(settings.spacy_model)
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        vanilla.analyze(text)
    print(json.dumps({
        "texts": len(texts),
        "seconds": time.perf_counter() - started,
        "cpu_seconds": time.process_time() - cpu,
    }))  # fmt: skip


def against_vanilla(messages: int, sample: int, tmp: Path) -> str:
    folder = tmp / f"bigger-{messages}"
    subprocess.run(  # noqa: S603 - our own CLI
        _cli("samples", "bigger", "--messages", str(messages), "--out", str(folder)),
        check=True, capture_output=True,
    )  # fmt: skip
    print(f"export: footprint samples bigger --messages {messages:,}", flush=True)
    load = _load()
    scan_json = tmp / "bigger.json"
    ours = _measure(_cli("scan", str(folder), "--json", str(scan_json)))
    theirs = subprocess.run(  # noqa: S603 - this script
        [sys.executable, str(HERE), "--vanilla", str(folder), str(sample)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    vanilla = json.loads(theirs.stdout.strip().splitlines()[-1])
    if "error" in ours:
        return f"scan --json failed: {ours['error']}"
    wall_rate = messages / float(ours["wall_s"])
    cpu_rate = messages / float(ours["cpu_s"])
    vanilla_wall = vanilla["texts"] / vanilla["seconds"]
    vanilla_cpu = vanilla["texts"] / vanilla["cpu_seconds"]
    size = scan_json.stat().st_size / 2**20 if scan_json.is_file() else float("nan")
    return "\n".join([
        f"`footprint samples bigger --messages {messages:,}`, whole `scan --json`; "
        f"vanilla Presidio on {vanilla['texts']:,} chat texts of the same export; "
        f"load average before: {load}, after: {_load()}",
        "",
        "| run | wall s | CPU s | peak MiB | msg/s (wall) | msg/s (CPU) |",
        "|---|---:|---:|---:|---:|---:|",
        f"| footprint `scan --json` ({messages:,} messages; JSON {size:.1f} MiB) | "
        f"{ours['wall_s']:,} | {ours['cpu_s']:,} | {ours['peak_mib']:,} | "
        f"{wall_rate:,.0f} | {cpu_rate:,.0f} |",
        f"| vanilla Presidio ({vanilla['texts']:,} texts) | {vanilla['seconds']:,.1f} | "
        f"{vanilla['cpu_seconds']:,.1f} | | {vanilla_wall:,.0f} | {vanilla_cpu:,.0f} |",
        f"| **footprint / vanilla** | | | | **{wall_rate / vanilla_wall:,.1f}x** | "
        f"**{cpu_rate / vanilla_cpu:,.1f}x** |",
    ])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chat-lines", type=int, default=1_000_000)
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--vanilla-sample", type=int, default=2_000)
    parser.add_argument("--vanilla", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.vanilla:
        vanilla_child(args.vanilla[0], int(args.vanilla[1]))
        return
    sections = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        if args.chat_lines:
            sections.append(single_chat(args.chat_lines, tmp))
        if args.messages:
            sections.append(against_vanilla(args.messages, args.vanilla_sample, tmp))
    print("\n\n".join(sections))


if __name__ == "__main__":
    main()
