"""Issue #10's scale scenario: time and peak memory of each stage against a 2 GB budget.

    python bench/bench_scale.py [--workdir DIR] [--messages 1000000] [--payments 200000]
                                [--location-mb 2048] [--timeout SECONDS]

The export is ``footprint samples bigger --messages M --payments P --points 0
--location-history-mb L``: M WhatsApp messages, P PayPal payments and a Takeout
``Records.json`` of L MiB (about 7 million fixes for 2 GiB). It is written to
``--workdir`` (kept and reused on the next run) or to a temporary folder.

One child process then runs the stages in order, as bench_pipeline.py does:

    parse -> detect (footprint's PII detector) -> infer + score -> report (HTML)

and reports each stage's time, peak RSS (getrusage's ru_maxrss: it only grows) and
RSS right after the stage (what the stage left alive). The child inherits this
environment, so ``PYTHONPATH=/other/checkout python bench/bench_scale.py`` measures
that checkout's code; the export is always written by this checkout's generator, so
every checkout reads the same bytes. Prints a Markdown table.

Smoke run: ``--messages 10000 --payments 2000 --location-mb 20``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench_pipeline import run_stages

REPO = Path(__file__).resolve().parent.parent
BUDGET_MB = 2048  # the limit: peak memory <= 2 GB
_PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


def _rss_mb() -> float:
    """The resident set size now (Linux), as opposed to ru_maxrss's high-water mark."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * _PAGE_MB


def _child(folder: Path) -> None:
    """Run the stages, printing one JSON line per stage as it ends, then the summary."""
    import footprint

    print(json.dumps({"code": str(Path(footprint.__file__).parent)}), flush=True)

    def report_stage(name: str, figures: dict[str, float]) -> None:
        figures["rss_mb"] = round(_rss_mb(), 1)
        print(json.dumps({"stage": name, **figures}), flush=True)

    summary = run_stages(folder, report_stage)
    print(json.dumps({"summary": summary}), flush=True)


def _write_export(workdir: Path, messages: int, payments: int, location_mb: float) -> Path:
    """The scenario's export under ``workdir``, written once and reused afterwards."""
    folder = workdir / f"bigger-m{messages}-p{payments}-l{location_mb:g}"
    done = workdir / f"{folder.name}.done"  # outside the export, so no source reads it
    if done.is_file() and folder.is_dir():
        print(f"reusing {folder}", file=sys.stderr, flush=True)
        return folder
    started = time.perf_counter()
    # This checkout's generator, whatever code is measured.
    paths = [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    generated = subprocess.run(  # noqa: S603 - our own CLI
        [sys.executable, "-m", "footprint", "samples", "bigger", "--messages", str(messages),
         "--payments", str(payments), "--points", "0", "--location-history-mb", f"{location_mb:g}",
         "--out", str(folder)],
        check=True, capture_output=True, text=True, env=env,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    done.write_text(f"{generated.stdout.strip()}\nin {seconds:.1f} s\n", encoding="utf-8")
    print(f"{generated.stdout.strip()} in {seconds:.1f} s", file=sys.stderr, flush=True)
    return folder


def _git_state(code: str) -> str:
    """``abc1234`` (``-dirty`` with local changes) of the checkout the child imported."""
    described = subprocess.run(  # noqa: S603 - a local git query
        ["git", "-C", code, "describe", "--always", "--dirty"],  # noqa: S607
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    return described.stdout.strip() or "not a git checkout"


def _measure(folder: Path, timeout: float | None) -> tuple[dict[str, Any], str]:
    """The child's stage figures and summary, and an error when it failed or ran out of time."""
    measured: dict[str, Any] = {"stages": {}}
    child = subprocess.Popen(  # noqa: S603 - this script
        [sys.executable, __file__, "--child", str(folder)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    timed_out = threading.Event()

    def stop() -> None:
        timed_out.set()
        child.kill()

    # A timer, so that a stage that hangs cannot block the reading below.
    timer = threading.Timer(timeout, stop) if timeout is not None else None
    if timer is not None:
        timer.start()
    assert child.stdout is not None
    try:
        for line in child.stdout:
            if not line.startswith("{"):
                continue
            item = json.loads(line)
            if "stage" in item:
                measured["stages"][item.pop("stage")] = item
            elif "summary" in item:
                measured.update({k: v for k, v in item["summary"].items() if k != "stages"})
            elif "code" in item:
                measured["code"] = item["code"]
            print(line.strip(), file=sys.stderr, flush=True)
        returncode = child.wait()
    finally:
        if timer is not None:
            timer.cancel()
    if timed_out.is_set():
        return measured, f"stopped after {timeout:,.0f} s"
    if returncode < 0:
        return measured, f"killed by signal {-returncode} (out of memory?)"
    if returncode:
        return measured, f"exited with {returncode}"
    return measured, ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, help="Keep the export here and reuse it.")
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--payments", type=int, default=200_000)
    parser.add_argument("--location-mb", type=float, default=2048, help="MiB of Records.json.")
    parser.add_argument("--timeout", type=float, help="Seconds before the stages are stopped.")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        folder = _write_export(workdir, args.messages, args.payments, args.location_mb)
        export_mb = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6
        measured, error = _measure(folder, args.timeout)
    code = measured.get("code", "?")
    print(
        f"Export: {args.messages:,} messages, {args.payments:,} payments, "
        f"{args.location_mb:g} MiB Records.json ({export_mb:,.0f} MB on disk). "
        f"Code: {code} ({_git_state(code)})."
    )
    print()
    print("| stage | seconds | peak RSS (MB) | RSS after (MB) | within 2 GB |")
    print("|---|---:|---:|---:|:---:|")
    total = 0.0
    for stage, values in measured["stages"].items():
        total += values["seconds"]
        within = "yes" if values["peak_mb"] <= BUDGET_MB else "**no**"
        print(f"| {stage} | {values['seconds']:,.1f} | {values['peak_mb']:,.0f} | "
              f"{values['rss_mb']:,.0f} | {within} |")  # fmt: skip
    print(f"| total | {total:,.1f} | | | |")
    print()
    if "records" in measured:
        print(
            f"{measured['records']:,} records, {measured['findings']:,} findings, "
            f"{measured['inferences']:,} inferences, "
            f"report {measured['report_bytes'] / 1e3:,.0f} kB."
        )
    if error:
        print(f"The stages did not finish: {error}.")
        sys.exit(1)


if __name__ == "__main__":
    main()
