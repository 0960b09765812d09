"""Score the inferences against the facts planted in a sample persona.

``evaluate(persona_dir)`` scans the persona folder, runs every inference and compares
them with ``ground_truth.json`` (schema: docs in the persona generator). A fact passes
when the inference with its key has the right value (a health or religion label also when
the ground truth's words name it: "hypertension (high blood pressure)" for hypertension, by
the label's ``names`` in the sensitive lexicon). Home and work are a position within the
planted radius; without a location history, the street address the records write (same
house number and street, or road and number) and the employer they name. A fact planted
as absent (``{"value": false}``) passes when no inference claims it. ``run_inference_eval(paths)``
returns table rows and an overall pass for the CLI (``footprint eval --inference``).

Personas whose ground truth says ``"independent": true`` (written blind, by someone who
never read the inference code: ``tests/independent/personas/``) are reported apart from
our own. Beside recall, each persona counts its *false claims*: a special-category claim
about the user that was not planted, a relationship label that contradicts the planted
one, and a home city other than the planted ``facts.home.city``.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from footprint.infer.base import Inference
from footprint.infer.places import haversine_m

__all__ = ["EvaluationReport", "FactResult", "evaluate", "run_inference_eval"]

GROUND_TRUTH = "ground_truth.json"
TOP_CONTACTS_CHECKED = 5
SALARY_TOLERANCE = Decimal("0.01")
# Relationship words of the ground truth -> footprint's relationship labels.
RELATIONSHIP_SYNONYMS = {
    "mother": "family",
    "father": "family",
    "parent": "family",
    "sister": "family",
    "brother": "family",
    "sibling": "family",
    "cousin": "family",
    "son": "family",
    "daughter": "family",
    "child": "family",
    "grandmother": "family",
    "grandfather": "family",
    "aunt": "family",
    "uncle": "family",
    "husband": "partner",
    "wife": "partner",
    "boyfriend": "partner",
    "girlfriend": "partner",
    "best friend": "close_friend",
    "manager": "colleague",
    "landlord": "landlord",
    "landlady": "landlord",
    "family": "family",
    "close friend": "close_friend",
    "friend": "close_friend",
    "close_friend": "close_friend",
    "partner": "partner",
    "colleague": "colleague",
    "employer": "colleague",
    "boss": "colleague",
    "source": "source",
    "informant": "source",
}
_STOPWORDS = frozenset(
    {"a", "an", "the", "of", "on", "in", "and", "or", "to", "for", "about", "against", "with"}
    | {"by", "is", "are", "be", "government", "policy", "critical", "criticism"}
)


@dataclass(frozen=True)
class FactResult:
    persona: str
    fact: str
    expected: str
    got: str
    passed: bool


@dataclass
class EvaluationReport:
    persona: str
    results: list[FactResult] = field(default_factory=list)
    inferences: int = 0
    without_evidence: int = 0
    independent: bool = False
    false_claims: list[str] = field(default_factory=list)
    # (family, stated confidence, right) per checked claim, for calibration
    calibration: list[tuple[str, float, bool]] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.without_evidence == 0 and all(result.passed for result in self.results)

    def rows(self) -> list[dict[str, Any]]:
        return [
            {
                "persona": r.persona,
                "set": "independent" if self.independent else "own",
                "fact": r.fact,
                "expected": r.expected,
                "got": r.got,
                "passed": r.passed,
            }
            for r in self.results
        ]


def _fold(text: object) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\s_]+", " ", plain).strip().casefold()


def _names_match(got: object, wanted: object) -> bool:
    """Same name, or one contains the other (王姐-拾光咖啡 and 拾光咖啡)."""
    a, b = _fold(got), _fold(wanted)
    return bool(a and b) and (a == b or a in b or b in a)


def _person_names(value: Mapping[str, Any]) -> list[str]:
    """Folded names a person in an inference's value goes by: its name, then its aliases."""
    aliases = value.get("aliases") or []
    names = [value.get("name"), *(aliases if isinstance(aliases, list) else [])]
    return [_fold(name) for name in names if name]


def _same_person(value: Mapping[str, Any], fact: Mapping[str, Any]) -> bool:
    """Whether the ground truth's ``name`` or ``full_name`` is the inference's name or alias."""
    wanted = {_fold(fact.get("name", "")), _fold(fact.get("full_name", ""))} - {""}
    return bool(wanted & set(_person_names(value)))


def _find(inferences: Sequence[Inference], key: str) -> list[Inference]:
    return [inference for inference in inferences if inference.key == key]


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def _circular_gap(a: int, b: int) -> int:
    gap = abs(a - b) % 1440
    return min(gap, 1440 - gap)


def _is_absent(fact: Any) -> bool:
    return isinstance(fact, Mapping) and fact.get("value") is False


def _city(value: Mapping[str, Any]) -> str | None:
    """The city a place inference names, if any."""
    for name in ("city", "home_city", "locality"):
        if value.get(name):
            return str(value[name])
    return None


def _place(key: str, fact: Mapping[str, Any], found: list[Inference]) -> tuple[str, bool]:
    if not found:
        return "none", False
    value = found[0].value
    if "lat" not in fact:  # a ground truth that names only the city
        city = _city(value)
        return str(city), city is not None and _names_match(city, fact.get("city", ""))
    distance = float(
        haversine_m(float(value["lat"]), float(value["lon"]), fact["lat"], fact["lon"])
    )
    ok = distance <= float(fact.get("radius_m", 300))
    got = f"{value['lat']:.5f},{value['lon']:.5f} ({distance:.0f} m)"
    if key == "work" and fact.get("employer"):
        employer = value.get("employer")
        got += f", employer {employer}"
        ok = ok and employer is not None and _names_match(employer, fact["employer"])
    return got, ok


# The house number and street of an address (47 Dumbarton, 3 Mill), or a Chinese road and
# number (电子二路86号); a full UK postcode is a handful of houses.
_DIRECTION = r"(?:(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?\s+)?"
_HOUSE_STREET = re.compile(rf"(?<![\w/])(\d+[a-z]?)\s+{_DIRECTION}([a-z]{{3,}})")
_ZH_ROAD_NUMBER = re.compile(r"[\u4e00-\u9fff]{2}[路街道巷弄]\d+号")
_UK_POSTCODE = re.compile(r"\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b")


def address_match(got: str, wanted: str) -> bool:
    """Whether two written addresses are the same home: the same road and number
    (Chinese), the same house number and street, or the same full UK postcode."""
    a, b = _fold(got), _fold(wanted)
    zh = _ZH_ROAD_NUMBER.search(b)
    if zh:
        return zh.group(0) in a
    house = _HOUSE_STREET.search(b)
    if house and re.search(
        rf"(?<![\w/]){re.escape(house.group(1))}\s+{_DIRECTION}{re.escape(house.group(2))}", a
    ):
        return True
    code_a, code_b = _UK_POSTCODE.search(a), _UK_POSTCODE.search(b)
    if code_a is None or code_b is None:
        return False
    return code_a.group(0).replace(" ", "") == code_b.group(0).replace(" ", "")


def _written_place(
    key: str, fact: Mapping[str, Any], inferences: Sequence[Inference]
) -> tuple[str, bool]:
    """Home or work without a location history: the street address the records write
    (``home_address``) against the planted address, the employer they name (``employer``)
    against the planted employer. A planted fact with neither cannot be judged so."""
    if key == "home":
        found = _find(inferences, "home_address")
        if not found or not fact.get("address"):
            return "none", False
        got = str(found[0].value.get("address"))
        return got, address_match(got, str(fact["address"]))
    found = _find(inferences, "employer")
    if not found or not fact.get("employer"):
        return "none", False
    got = str(found[0].value.get("employer"))
    return f"employer {got}", _names_match(got, fact["employer"])


def _label_names(group: str, label: str) -> list[str]:
    """Folded names of a sensitive-lexicon label: the label itself, its display and the
    names the lexicon gives the condition or belief (English and Chinese); not the terms
    that are only evidence for it (a drug, a clinic), so that "depression" never matches a
    ground truth of "anxiety (... sertraline)"."""
    from footprint.infer.lexicon import load_lexicon

    names = [label]
    groups = load_lexicon("sensitive").groups
    if group in groups and label in groups[group].labels:
        entry = groups[group].labels[label]
        names += [entry.display or "", *entry.names]
    return [folded for folded in dict.fromkeys(_fold(name) for name in names) if folded]


def _mentions(text: str, name: str) -> bool:
    """Whether folded ``text`` contains ``name`` as whole words (Latin) or as a substring
    (Chinese, which has no spaces)."""
    if not name.isascii():
        return name in text
    return re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text) is not None


def _label_match(group: str, fact_value: object, found: list[Inference]) -> tuple[str, bool]:
    """The claimed label matches when it is the ground truth's value, when the ground
    truth's words name it ("hypertension (high blood pressure)" for hypertension), or
    when the ground truth is only ``true``."""
    if not found:
        return "none", False
    got = str(found[0].value.get("value"))
    if fact_value is True:  # the truth says only "yes": any named condition or belief is right
        return got, found[0].value.get("value") not in (None, False)
    wanted = _fold(fact_value)
    if _fold(got) == wanted:
        return got, True
    return got, any(_mentions(wanted, name) for name in _label_names(group, got))


def _content_words(text: str) -> set[str]:
    return {word[:5] for word in re.findall(r"\w+", _fold(text)) if word not in _STOPWORDS}


def _aliases(facts: Mapping[str, Any]) -> dict[str, set[str]]:
    """Folded name -> every folded name of the same person, from the relationship facts
    (a chat named 妈妈 is the mother whose full name the payments show)."""
    out: dict[str, set[str]] = {}
    for fact in facts.get("relationships", []):
        names = {_fold(fact["name"])} | (
            {_fold(fact["full_name"])} if fact.get("full_name") else set()
        )
        for name in names:
            out.setdefault(name, set()).update(names)
    return out


def _check(
    key: str,
    fact: Any,
    inferences: Sequence[Inference],
    aliases: Mapping[str, set[str]] | None = None,
) -> tuple[str, str, bool]:
    found = _find(inferences, key)
    expected = json.dumps(fact, ensure_ascii=False, sort_keys=True)
    if key in {"home", "work"}:
        if not found:  # no location history: the address or employer the records write
            return (expected, *_written_place(key, fact, inferences))
        got, ok = _place(key, fact, found)
        return expected, got, ok
    if _is_absent(fact):
        claimed = [i for i in found if i.value.get("value") is not False]
        return expected, "none" if not claimed else str(claimed[0].value), not claimed
    if key == "sleep_window":
        if not found:
            return expected, "none", False
        value = found[0].value
        tolerance = int(fact.get("tolerance_min", 60))
        ok = (
            _circular_gap(_minutes(value["start"]), _minutes(fact["start"])) <= tolerance
            and _circular_gap(_minutes(value["end"]), _minutes(fact["end"])) <= tolerance
        )
        return expected, f"{value['start']}-{value['end']}", ok
    if key == "top_contacts":
        contacts = list(found[0].value["contacts"])[:TOP_CONTACTS_CHECKED] if found else []
        names = [c["name"] for c in contacts]
        wanted = [_fold(c["name"]) for c in fact] if isinstance(fact, list) else []
        # Each contact under their name or any alias.
        listed = {name for c in contacts for name in _person_names(c)}
        # A person counts as found under any of their names.
        ok = bool(names) and all(
            bool((aliases or {}).get(name, {name}) & listed) or name in listed for name in wanted
        )
        return expected, ", ".join(names) or "none", ok
    if key in {"religion", "health"}:
        got, ok = _label_match(key, fact.get("value"), found)
        return expected, got, ok
    if key == "politics":
        if not found:
            return expected, "none", False
        got = str(found[0].value.get("value"))
        return expected, got, bool(_content_words(got) & _content_words(str(fact["value"])))
    if key in {"financial_stress", "gambling", "gaming"}:
        says_yes = bool(found) and found[0].value.get("value") is True
        return expected, str(says_yes).lower(), says_yes == bool(fact.get("value"))
    if key == "salary":
        if not found:
            return expected, "none", False
        value = found[0].value
        try:
            amount = Decimal(str(value["amount"]))
            target = Decimal(str(fact["amount"]))
        except (InvalidOperation, KeyError):
            return expected, str(value), False
        close = abs(amount - target) <= target * SALARY_TOLERANCE
        payers = {_fold(fact.get("payer", "")), _fold(fact.get("employer", ""))} - {""}
        ok = (
            close
            and value.get("currency") == fact.get("currency")
            and any(_names_match(value["payer"], payer) for payer in payers)
        )
        return expected, f"{value['amount']} {value.get('currency')} from {value['payer']}", ok
    if key == "risky_contact":
        names = [str(i.value.get("name")) for i in found]
        ok = any(_same_person(i.value, fact) for i in found)
        return expected, ", ".join(names) or "none", ok
    return expected, "not evaluated", True


def _relationships(
    facts: Iterable[Mapping[str, Any]], inferences: Sequence[Inference]
) -> list[tuple[str, str, str, bool]]:
    found: dict[str, str] = {}
    for inference in _find(inferences, "relationship"):
        for name in _person_names(inference.value):  # the name first, then any alias
            found.setdefault(name, str(inference.value.get("relationship")))
    out = []
    for fact in facts:
        names = [fact["name"], *([fact["full_name"]] if fact.get("full_name") else [])]
        wanted = RELATIONSHIP_SYNONYMS.get(_fold(fact["relationship"]), _fold(fact["relationship"]))
        got = next((found[_fold(n)] for n in names if _fold(n) in found), "none")
        out.append((f"relationship {fact['name']}", wanted, got, got == wanted))
    return out


def evaluate(persona_dir: Path) -> EvaluationReport:
    """Scan ``persona_dir`` and compare its inferences with its ground truth."""
    from footprint.config import Settings
    from footprint.scan import scan
    from footprint.timezones import check_facts

    truth = json.loads((persona_dir / GROUND_TRUTH).read_text(encoding="utf-8"))
    settings = Settings.from_env()  # each source's zone inferred from the exports themselves
    result = scan([persona_dir], settings, None)
    report = EvaluationReport(
        persona=str(truth.get("persona", persona_dir.name)),
        independent=bool(truth.get("independent", False)),
    )
    report.inferences = len(result.inferences)
    report.without_evidence = sum(1 for i in result.inferences if not i.evidence)
    facts = truth.get("facts", {})
    aliases = _aliases(facts)
    for key, fact in facts.items():
        if key == "timezones":
            for name, expected, got, ok in check_facts(fact, result.sources, str(persona_dir)):
                report.results.append(FactResult(report.persona, name, expected, got, ok))
            continue
        if key == "relationships":
            for name, expected, got, ok in _relationships(fact, result.inferences):
                report.results.append(FactResult(report.persona, name, expected, got, ok))
            continue
        expected, got, ok = _check(key, fact, result.inferences, aliases)
        report.results.append(FactResult(report.persona, key, expected, got, ok))
    report.results.append(
        FactResult(
            report.persona,
            "claims without evidence",
            "0",
            str(report.without_evidence),
            report.without_evidence == 0,
        )
    )
    report.false_claims = false_claims(facts, result.inferences)
    report.calibration = calibration_points(facts, result.inferences)
    return report


# Special categories claimed about the user (GDPR Art. 9); risky contacts are about others.
SPECIAL_KEYS = frozenset(
    {"religion", "health", "politics", "sexual_orientation", "trade_union", "ethnicity"}
)


def false_claims(facts: Mapping[str, Any], inferences: Sequence[Inference]) -> list[str]:
    """Claims that contradict the ground truth: an unplanted special category, a wrong
    relationship label, a wrong home city."""
    out: list[str] = []
    for inference in inferences:
        if inference.key in SPECIAL_KEYS and inference.special_category and not inference.subject:
            planted = facts.get(inference.key)
            if planted is None or _is_absent(planted):
                out.append(f"{inference.key}: {inference.value.get('value')} (not planted)")
    wanted = {}
    for fact in facts.get("relationships", []):
        label = RELATIONSHIP_SYNONYMS.get(_fold(fact["relationship"]), _fold(fact["relationship"]))
        for name in [fact["name"], *([fact["full_name"]] if fact.get("full_name") else [])]:
            wanted[_fold(name)] = label
    for inference in _find(inferences, "relationship"):
        got = str(inference.value.get("relationship"))
        name = next((n for n in _person_names(inference.value) if n in wanted), None)
        if name is not None and got != wanted[name]:
            out.append(f"relationship {inference.value.get('name')}: {got}, not {wanted[name]}")
    home = facts.get("home")
    city = home.get("city") if isinstance(home, Mapping) else None
    if city:
        for inference in _find(inferences, "home"):
            named = _city(inference.value)
            if named is not None and not _names_match(named, city):
                out.append(f"home city: {named}, not {city}")
    return out


def calibration_points(
    facts: Mapping[str, Any], inferences: Sequence[Inference]
) -> list[tuple[str, float, bool]]:
    """(family, stated confidence, right) for every claim the ground truth can judge."""
    points: list[tuple[str, float, bool]] = []
    aliases = _aliases(facts)
    for inference in inferences:
        key = inference.key
        if key == "relationship":
            wanted = [f for f in facts.get("relationships", []) if _same_person(inference.value, f)]
            if wanted:
                _, _, _, ok = _relationships(wanted, [inference])[0]
                points.append(("relationship", inference.confidence, ok))
            continue
        if key == "risky_contact":
            planted = facts.get("risky_contact")
            if isinstance(planted, Mapping) and planted.get("name"):
                ok = _same_person(inference.value, planted)
                points.append(("risky_contact", inference.confidence, ok))
            continue
        if inference.subject or key not in facts or key == "relationships":
            if key in SPECIAL_KEYS and inference.special_category and key not in facts:
                points.append((key, inference.confidence, False))
            continue
        _, _, ok = _check(key, facts[key], [inference], aliases)
        points.append((key, inference.confidence, ok))
    return points


def _persona_dirs(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if (path / GROUND_TRUTH).is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(sorted(p.parent for p in path.glob(f"*/{GROUND_TRUTH}")))
    return found


def evaluate_all(paths: Sequence[Path]) -> list[EvaluationReport]:
    """One report per persona folder in ``paths`` (or below them)."""
    return [evaluate(persona) for persona in _persona_dirs(paths)]


def run_inference_eval(paths: Sequence[Path]) -> tuple[list[dict[str, Any]], bool]:
    """Evaluate every persona folder in ``paths`` (or below them): table rows and whether
    every fact passed. No persona found counts as a failure."""
    reports = evaluate_all(paths)
    rows = [row for report in reports for row in report.rows()]
    passed = all(report.passed for report in reports)
    return rows, passed and bool(reports)


def summarise(reports: Sequence[EvaluationReport]) -> list[dict[str, Any]]:
    """Per set (own, independent): personas, facts recovered, recall and false claims."""
    out = []
    for name in ("own", "independent"):
        chosen = [r for r in reports if r.independent == (name == "independent")]
        if not chosen:
            continue
        results = [res for r in chosen for res in r.results]
        hits = sum(1 for res in results if res.passed)
        out.append(
            {
                "set": name,
                "personas": len(chosen),
                "recovered": hits,
                "facts": len(results),
                "recall": round(hits / len(results), 3) if results else math.nan,
                "false_claims": sum(len(r.false_claims) for r in chosen),
                "false_claim_list": [f"{r.persona}: {c}" for r in chosen for c in r.false_claims],
            }
        )
    return out


# Stated-confidence bins of the calibration table.
CALIBRATION_BINS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))


def calibration_table(reports: Sequence[EvaluationReport]) -> list[dict[str, Any]]:
    """Per family and stated-confidence bin: claims, mean stated confidence, hit rate."""
    points = [p for r in reports for p in r.calibration]
    out = []
    for family in sorted({p[0] for p in points}):
        for low, high in CALIBRATION_BINS:
            chosen = [p for p in points if p[0] == family and low <= p[1] < high]
            if not chosen:
                continue
            out.append(
                {
                    "family": family,
                    "bin": f"{low:.2f}-{min(high, 1.0):.2f}",
                    "claims": len(chosen),
                    "stated": round(sum(p[1] for p in chosen) / len(chosen), 3),
                    "observed": round(sum(1 for p in chosen if p[2]) / len(chosen), 3),
                }
            )
    return out


def calibration_markdown(reports: Sequence[EvaluationReport]) -> str:
    """``docs/confidence.md``: stated confidence against the observed hit rate."""
    personas = ", ".join(f"{r.persona}{' (independent)' if r.independent else ''}" for r in reports)
    lines = [
        "# Confidence: stated against observed",
        "",
        "Generated by `footprint eval --inference --calibration docs/confidence.md`; do not "
        "edit by hand. Every claim the ground truth can judge is one row of the count: its "
        "stated confidence, and whether it was right (a planted fact recovered, a relationship "
        "label or a risky contact correct; an unplanted special category is a miss).",
        "",
        f"Personas: {personas}.",
        "",
        "| family | stated confidence | claims | mean stated | observed hit rate |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for row in calibration_table(reports):
        lines.append(
            f"| {row['family']} | {row['bin']} | {row['claims']} | {row['stated']:.2f} | "
            f"{row['observed']:.2f} |"
        )
    lines.append("")
    return "\n".join(lines)


def recall(rows: Sequence[Mapping[str, Any]]) -> float:
    """Share of passed rows (NaN when there are none)."""
    return sum(1 for row in rows if row["passed"]) / len(rows) if rows else math.nan
