"""Time every dashboard page with a large analysis loaded (default 1M records).

    python bench/bench_dashboard.py [--records 1000000] [--seed 1] [--repeat 3]
    python bench/bench_dashboard.py --scan PATH [--repeat 3]

Builds the records of ``bench_infer.synthetic_records``, one synthetic finding per
two messages, runs the real inference and scores, and the dashboard's one-off
summaries (``views_know.analyse``). Then renders each page with Streamlit's AppTest,
the analysis put in session state as the Load page would, and prints the first and
the best of ``--repeat`` renders. The budget is 2 s per page. Records and findings
are held in column stores, as ``scan`` gives them; the peak RSS of the summaries and
the pages (sampled) is printed apart from the build's.

With ``--scan PATH`` the analysis is instead footprint's real ``scan()`` of an export
folder or file, with PII detection, inference and scores, as the Load page runs it;
the peak RSS of the scan, of the summaries and of the pages are printed apart.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import threading
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_infer import synthetic_records

from footprint.config import Settings
from footprint.infer import infer_all
from footprint.launcher import TOKEN_ENV
from footprint.memory import release_unused_memory
from footprint.model import Message, Record
from footprint.pii.engine import build_detector
from footprint.pii.findings import Finding
from footprint.scan import FileStatus, ScanResult, SourceSummary, scan
from footprint.score import score_all
from footprint.store import ColumnStore
from footprint.views_know import analyse

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    "app_pages/load.py",
    "app_pages/overview.py",
    "app_pages/personal.py",
    "app_pages/know.py",
    "app_pages/score.py",
    "app_pages/redact.py",
]
BUDGET_S = 2.0


def synthetic_findings(records: list[Record]) -> list[Finding]:
    """A PERSON finding on the contact's name in every other message's text."""
    found = []
    for index, record in enumerate(records):
        if not isinstance(record, Message) or index % 2 or not record.text:
            continue
        found.append(
            Finding(
                entity_type="PERSON" if index % 4 else "PHONE_NUMBER",
                value=record.text[:7],
                score=0.85,
                format=record.source,
                path=record.path,
                locator=record.locator,
                timestamp=record.timestamp,
                field="text",
                start=0,
                end=7,
            )
        )
    return found


class PeakRss:
    """The highest resident set size seen while the block runs (sampled every 50 ms):
    ru_maxrss only grows, so it cannot tell a later stage's peak from the build's."""

    def __init__(self) -> None:
        self.peak_mib = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.05):
            with open("/proc/self/statm", encoding="ascii") as statm:
                pages = int(statm.read().split()[1])
            self.peak_mib = max(self.peak_mib, pages * os.sysconf("SC_PAGE_SIZE") / 2**20)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def build_result(total: int, seed: int) -> ScanResult:
    listed = synthetic_records(total, seed)
    findings = ColumnStore.of(synthetic_findings(listed))
    sources: dict[str, SourceSummary] = {}
    for record in listed:
        summary = sources.setdefault(
            record.path, SourceSummary(record.source, record.source, record.path, [record.path])
        )
        summary.records += 1
    # Held as scan() holds them (column stores), so inference and the pages take the path
    # users take; the list goes before the inference.
    records = ColumnStore.of(listed)
    del listed
    release_unused_memory()
    began = time.perf_counter()
    inferences = infer_all(records)
    print(f"inference: {time.perf_counter() - began:.1f} s, {len(inferences)} inferences")
    began = time.perf_counter()
    scores = score_all(inferences, records)
    print(f"scores: {time.perf_counter() - began:.1f} s")
    release_unused_memory()
    return ScanResult(
        sources=list(sources.values()),
        records=records,
        findings=findings,
        problems=[],
        files=[FileStatus(path, "parsed", s.format, "") for path, s in sources.items()],
        detector_mode="synthetic",
        detector_notice=None,
        inferences=inferences,
        scores=scores,
    )


def scan_result(path: Path) -> ScanResult:
    """``scan()`` of ``path`` with the detector, as the Load page runs it."""
    settings = Settings.from_env()
    began = time.perf_counter()
    detector = build_detector(settings)
    print(f"detector: {time.perf_counter() - began:.1f} s ({_rss_mib():,.0f} MiB RSS)")
    with PeakRss() as watch:
        began = time.perf_counter()
        result = scan([path], settings, detector)
        seconds = time.perf_counter() - began
    release_unused_memory()
    print(f"scan (parse, detect, infer, score): {seconds:.1f} s")
    print(f"peak RSS of the scan: {watch.peak_mib:,.0f} MiB")
    for problem in result.problems[:5]:
        print(f"problem: {problem}")
    return result


def _max_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--scan", type=Path, metavar="PATH", help="scan this export instead of synthetic records"
    )
    args = parser.parse_args(argv)
    os.environ[TOKEN_ENV] = "bench-token"
    if args.scan:
        result = scan_result(args.scan)
        label = f"scan: {args.scan.name}"
    else:
        result = build_result(args.records, args.seed)
        label = f"synthetic: {len(result.records):,} records"
    print(
        f"records: {len(result.records):,}, findings: {len(result.findings):,}, "
        f"inferences: {len(result.inferences):,}"
    )
    print(f"peak RSS of the build: {_max_rss_mib():,.0f} MiB")
    print(f"RSS with the analysis held: {_rss_mib():,.0f} MiB")
    with PeakRss() as summaries:
        began = time.perf_counter()
        analysis = analyse(result)
        print(f"one-off summaries (analyse): {time.perf_counter() - began:.1f} s")
    print(f"peak RSS of the summaries: {summaries.peak_mib:,.0f} MiB")
    del result  # the pages hold only the analysis, as in the app
    release_unused_memory()
    print(f"RSS with the summaries held: {_rss_mib():,.0f} MiB")
    watch = PeakRss().__enter__()

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.query_params["token"] = "bench-token"  # noqa: S105
    at.session_state["analysis"] = analysis
    at.session_state["scan_label"] = label
    at.session_state["inputs"] = None
    at.run()
    slowest = 0.0
    print(f"{'page':28s} {'first':>8s} {'best':>8s}")
    for page in PAGES:
        times = []
        for _ in range(args.repeat):
            began = time.perf_counter()
            at.switch_page(page).run()
            times.append(time.perf_counter() - began)
            if at.exception:
                print(f"{page}: {at.exception[0].message}")
                return 1
        title = at.title[0].value if at.title else "(no title)"
        slowest = max(slowest, min(times))
        print(f"{page:28s} {times[0]:7.2f}s {min(times):7.2f}s  {title}")
    watch.__exit__()
    print(f"peak RSS of the pages: {watch.peak_mib:,.0f} MiB")
    print(f"peak RSS of the whole benchmark: {_max_rss_mib():,.0f} MiB")
    verdict = "within" if slowest <= BUDGET_S else "OVER"
    print(
        f"slowest page (best of {args.repeat}): {slowest:.2f} s, {verdict} the {BUDGET_S} s budget"
    )
    return 0 if slowest <= BUDGET_S else 2


if __name__ == "__main__":
    raise SystemExit(main())
