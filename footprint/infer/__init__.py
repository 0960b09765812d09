"""What a scoring system could infer from the records, one module per family.

:func:`infer_all` runs every family over one shared frame and returns the inferences
in a stable order. Every inference carries the ``path#locator`` of the records it
rests on; see :mod:`footprint.infer.base`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
from footprint.infer.frame import InferenceInput, prepare
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


def _with_employer(found: list[Inference]) -> list[Inference]:
    """Name the employer at the work place when the salary's payer is known."""
    work = next((i for i in found if i.key == "work"), None)
    salary = next((i for i in found if i.key == "salary"), None)
    if work is None or salary is None:
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
    found = _with_employer(found)
    found.extend(_run("platform", partial(platform.infer, own=found), inp, problems))
    order = {name: index for index, name in enumerate(FAMILY_ORDER)}
    return sorted(
        found,
        key=lambda i: (order.get(i.category, len(order)), i.key, i.subject or ""),
    )
