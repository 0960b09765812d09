"""What a scoring system could infer from the records, one module per family.

:func:`infer_all` runs every family over one shared frame and returns the inferences
in a stable order. Every inference carries the ``path#locator`` of the records it
rests on; see :mod:`footprint.infer.base`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from footprint.infer import (
    finances,
    identity,
    opinions,
    places,
    platform,
    routine,
    sensitive,
    social,
)
from footprint.infer.base import Inference
from footprint.infer.frame import InferenceInput, prepare, refs
from footprint.memory import release_unused_memory
from footprint.model import Problem, ProblemCode, Record
from footprint.phrases import Phrase, phrase

__all__ = ["Inference", "analysis_problem", "infer_all"]

FAMILY_ORDER = (
    "identity",
    "places",
    "routine",
    "social",
    "finances",
    "sensitive",
    "opinions",
    "platform",
)


def _subsequence(short: str, long: str) -> bool:
    """Whether the characters of ``short`` appear in ``long`` in order (海涛驿站 in
    海涛快递驿站)."""
    chars = iter(long)
    return all(ch in chars for ch in short)


def _own_business(place: str, inp: InferenceInput) -> str | None:
    """The user's own name or display name that the work place's name carries (a shop
    account 海涛驿站 at the place 海涛快递驿站): the user runs the place."""
    folded = "".join(place.casefold().split())
    for kind, name, _ in inp.user.found.values():
        if kind not in {"name", "display_name"}:
            continue
        mine = "".join(name.casefold().split())
        if len(mine) >= 3 and _subsequence(mine, folded):
            return name
    return None


# A profile's job ("Postman at Royal Mail", "工程师 @ 蓝岭软件"): the employer after "at".
_JOB_AT = re.compile(r"(?i)^.*?\s(?:at|@)\s+(?P<employer>.+)$|^.*?[@在](?P<zh>.+)$")
# A pension or benefit office pays a retired person: income, not an employer.
_PENSION_PAYER = re.compile(
    r"(?i)pension|annuit|social security|\bDWP\b|retire|社会保险|社保|养老|退休"
)
_WORK_FIELDS = re.compile(r"(?i)^(?:work|job|employer|company|occupation|工作|单位|公司)$")


def _stated_employer(inp: InferenceInput) -> tuple[str, list[int]] | None:
    """The employer a profile states (Facebook's work history), with its rows."""
    frame = inp.frame
    facts = frame.loc[
        (frame["kind"] == "profile_fact")
        & frame["field"].fillna("").astype(str).str.match(_WORK_FIELDS)
        & frame["value"].notna(),
        ["field", "value"],
    ]
    for position, value in zip(facts.index, facts["value"].astype(str), strict=True):
        match = _JOB_AT.match(value.strip())
        employer = (match.group("employer") or match.group("zh")) if match else value.strip()
        if employer and employer.strip():
            return employer.strip(), [int(position)]
    return None


def _with_employer(found: list[Inference], inp: InferenceInput) -> list[Inference]:
    """Name the employer: at the work place, the place itself when it carries the user's
    own name (they run it), else the salary's payer. Without a work place, the employer a
    profile states or the salary's payer on its own (key ``employer``)."""
    work = next((i for i in found if i.key == "work"), None)
    salary = next((i for i in found if i.key == "salary"), None)
    if work is None:
        return found + _employer_alone(inp, salary)
    own = _own_business(str(work.value.get("name") or ""), inp)
    if own is not None:
        merged = replace(
            work,
            claim=f"{work.claim} The place bears your own name ({own}): you probably run it.",
            value={**work.value, "employer": work.value["name"], "self_employed": True},
            method=phrase("method_work_own_business", work=work.method),
        )
        return [merged if i is work else i for i in found]
    if salary is None or _PENSION_PAYER.search(str(salary.value["payer"])):
        return found
    merged = Inference(
        category=work.category,
        key=work.key,
        claim=f"{work.claim} Your pay comes from {salary.value['payer']}, "
        "probably the employer there.",
        value={**work.value, "employer": salary.value["payer"]},
        confidence=work.confidence,
        method=phrase("method_work_employer", work=work.method),
        evidence=work.evidence + salary.evidence[:5],
        special_category=work.special_category,
        subject=work.subject,
        evidence_count=(work.evidence_count or len(work.evidence)) + min(5, len(salary.evidence)),
    )
    return [merged if i is work else i for i in found]


def _employer_alone(inp: InferenceInput, salary: Inference | None) -> list[Inference]:
    """Who the user works for when no location history shows where: the employer their
    profile states, else the payer of their salary."""
    stated = _stated_employer(inp)
    if stated is not None:
        employer, rows = stated
        evidence = refs(inp.frame.loc[rows], 5)
        if salary is not None:
            evidence += salary.evidence[:5]
        claim = f"You work for {employer}: your profile says so."
        confidence, how = 0.85, "method_employer_profile"
    elif salary is not None and not _PENSION_PAYER.search(str(salary.value["payer"])):
        employer = str(salary.value["payer"])
        evidence = salary.evidence[:10]
        claim = f"You probably work for {employer}: your salary comes from them."
        confidence, how = min(0.8, salary.confidence), "method_employer_salary"
    else:
        return []
    return [
        Inference(
            category="places",
            key="employer",
            claim=claim,
            value={"employer": employer},
            confidence=confidence,
            method=phrase(how),
            evidence=tuple(evidence),
        )
    ]


def analysis_problem(stage: str, name: str | Phrase, exc: BaseException) -> Problem:
    """The problem for one inference family, score lens or page that failed.

    ``stage`` is ``inference``, ``score`` or ``score lens``."""
    return Problem(
        path="(analysis)",
        locator=f"{stage} {name}",
        detail=phrase(
            "analysis_failed",
            stage=phrase("stage_" + stage.replace(" ", "_")),
            name=name,
            error_type=type(exc).__name__,
            error=exc,
        ),
        code=ProblemCode.ANALYSIS,
    )


def _run(
    family: str,
    run: Callable[[InferenceInput], Sequence[Inference]],
    inp: InferenceInput,
    problems: list[Problem] | None,
) -> list[Inference]:
    """One family's inferences; an error in it becomes a problem naming it, and none
    of its inferences (the other families still run)."""
    try:
        return list(run(inp))
    except Exception as exc:  # a bug in one family must not lose the others
        if problems is not None:
            problems.append(analysis_problem("inference", family, exc))
        return []


def infer_all(
    records: Sequence[Record] | InferenceInput, problems: list[Problem] | None = None
) -> list[Inference]:
    """Every inference about the user, deterministic for the same records.

    A family that fails is left out and, when ``problems`` is given, named there
    (``inference social failed: ...``); every other family still delivers.
    """
    inp = prepare(records)
    # Raw location fixes are not rows of the frame: a location history alone still counts.
    if len(inp) == 0 and (inp.store is None or not inp.store.count_classes()):
        return []
    found: list[Inference] = []
    release_unused_memory()
    for family in (identity, places, routine, social, finances, sensitive, opinions):
        name = family.__name__.rsplit(".", 1)[-1]
        found.extend(_run(name, family.infer, inp, problems))
        inp.forget()
        release_unused_memory()  # each family's temporaries, before the next one's
    found = _with_employer(found, inp)
    found.extend(_run("platform", partial(platform.infer, own=found), inp, problems))
    order = {name: index for index, name in enumerate(FAMILY_ORDER)}
    return sorted(
        found,
        key=lambda i: (order.get(i.category, len(order)), i.key, i.subject or ""),
    )
