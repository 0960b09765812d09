"""Time and peak memory of each pipeline stage at growing sizes, against vanilla Presidio.

    python bench/bench_pipeline.py [--sizes 10000 100000 1000000] [--vanilla-sample 2000]

For each size N a scaled export (``footprint samples bigger``: N messages, N/5
payments, N location points) is written to a temporary folder, then one child
process per size runs the stages in order, so every peak is that size's own:

    parse -> detect (footprint's PII detector) -> infer + score -> report (HTML)

Peak memory is the process's maximum resident set size after each stage (it only
grows). Vanilla Presidio (AnalyzerEngine, same spaCy model, default recognizers,
one text at a time) is timed on a sample of the same chat texts and extrapolated
to N, because at full size it would run for hours. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

StageHook = Callable[[str, dict[str, float]], None]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_stages(folder: Path, on_stage: StageHook | None = None) -> dict[str, Any]:
    """The child process's work: every stage on one export, with time and peak memory.

    ``on_stage`` is told each stage's figures as soon as it ends.
    """
    from footprint.config import Settings
    from footprint.infer import infer_all
    from footprint.model import Message
    from footprint.pii.engine import build_detector
    from footprint.pii.findings import find_pii
    from footprint.report.model import build_report
    from footprint.report.render import render
    from footprint.scan import scan
    from footprint.score import score_all
    from footprint.store import ColumnStore

    settings = Settings(assumed_timezone="UTC")
    stages: dict[str, dict[str, float]] = {}

    def mark(name: str, started: float) -> None:
        stages[name] = {"seconds": round(time.perf_counter() - started, 2), "peak_mb": _peak_mb()}
        if on_stage is not None:
            on_stage(name, stages[name])

    started = time.perf_counter()
    result = scan([folder], settings, None, analyse=False)
    mark("parse", started)
    started = time.perf_counter()
    detector = build_detector(settings)
    result.findings = ColumnStore.of(find_pii(result.records, detector))
    mark("detect", started)
    started = time.perf_counter()
    result.inferences = infer_all(result.records)
    result.scores = score_all(result.inferences, result.records)
    mark("infer", started)
    started = time.perf_counter()
    html = render(build_report(result), "html")
    mark("report", started)
    # Counted from the store's columns: rebuilding millions of records would take minutes.
    store = result.records
    assert isinstance(store, ColumnStore)
    classes = store.count_classes()
    messages = sum(count for cls, count in classes.items() if cls is Message)
    texts = store.count_present("text", exclude=tuple(cls for cls in classes if cls is not Message))
    return {
        "records": len(result.records),
        "messages": messages,
        "findings": len(result.findings),
        "inferences": len(result.inferences),
        "report_bytes": len(html),
        "stages": stages,
        "chat_texts": texts,
    }


def vanilla_rate(folder: Path, sample: int) -> float:
    """Messages per second of vanilla Presidio on the first ``sample`` chat texts."""
    from footprint.config import Settings
    from footprint.pii.vanilla import VanillaPresidio
    from footprint.scan import scan
    from footprint.store import of_kind

    settings = Settings(assumed_timezone="UTC")
    result = scan([folder], settings, None, analyse=False)
    messages = (r.text for r in of_kind(result.records, "message") if r.text)
    texts = list(islice(messages, sample))
    vanilla = VanillaPresidio(settings.spacy_model)
    started = time.perf_counter()
    for text in texts:
        vanilla.analyze(text)
    return len(texts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--vanilla-sample", type=int, default=2_000)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_stages(args.child)))
        return
    rows = []
    vanilla: float | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            folder = Path(tmp) / f"n{size}"
            subprocess.run(  # noqa: S603 - our own CLI
                [sys.executable, "-m", "footprint", "samples", "bigger", "--messages", str(size),
                 "--out", str(folder)],
                check=True, capture_output=True,
            )  # fmt: skip
            child = subprocess.run(  # noqa: S603 - this script
                [sys.executable, __file__, "--child", str(folder)],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
            measured = json.loads(child.stdout.strip().splitlines()[-1])
            if vanilla is None:
                vanilla = vanilla_rate(folder, args.vanilla_sample)
            rows.append((size, measured))
            print(f"size {size}: {json.dumps(measured)}", file=sys.stderr, flush=True)
    print("| messages | records | stage | seconds | peak RSS (MB) |")
    print("|---:|---:|---|---:|---:|")
    for size, measured in rows:
        for stage, values in measured["stages"].items():
            print(f"| {size:,} | {measured['records']:,} | {stage} | {values['seconds']:,} | "
                  f"{values['peak_mb']:,.0f} |")  # fmt: skip
    print()
    print(
        f"Vanilla Presidio: {vanilla:,.1f} chat messages/s "
        f"on a {args.vanilla_sample:,}-text sample."
    )
    for size, measured in rows:
        ours = measured["stages"]["detect"]["seconds"]
        theirs = measured["chat_texts"] / vanilla if vanilla else float("nan")
        print(f"- {size:,} messages: footprint detect {ours:,.1f} s; vanilla would take "
              f"{theirs:,.0f} s ({theirs / max(ours, 1e-9):,.0f}x)")  # fmt: skip


if __name__ == "__main__":
    main()
