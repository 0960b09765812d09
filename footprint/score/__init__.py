"""The score: a labelled simulation of how a social-credit-style system could rate the user.

The YAML rulebooks in ``rules/`` are the whole algorithm; every output carries
:data:`SIMULATION_NOTICE`. Nothing here is a real score from a real system.
"""

from __future__ import annotations

from footprint.score.advice import (
    Action,
    ActionImpact,
    Infer,
    advice_frame,
    advise,
    candidate_actions,
)
from footprint.score.association import (
    Association,
    ContactImpact,
    association,
    contacts_in,
    what_if_removed,
)
from footprint.score.engine import (
    SIMULATION_NOTICE,
    Contribution,
    Overrides,
    ScoreResult,
    score,
)
from footprint.score.report import (
    Comparison,
    compare,
    rules_frame,
    score_all,
    scores_json,
    waterfall_frame,
)
from footprint.score.rulebook import (
    ALT_LENSES,
    DEFAULT_LENSES,
    Rule,
    Rulebook,
    available_rulebooks,
    load_rulebook,
    parse_rulebook,
)

__all__ = [
    "ALT_LENSES",
    "DEFAULT_LENSES",
    "SIMULATION_NOTICE",
    "Action",
    "ActionImpact",
    "Association",
    "Comparison",
    "ContactImpact",
    "Contribution",
    "Infer",
    "Overrides",
    "Rule",
    "Rulebook",
    "ScoreResult",
    "advice_frame",
    "advise",
    "association",
    "available_rulebooks",
    "candidate_actions",
    "compare",
    "contacts_in",
    "load_rulebook",
    "parse_rulebook",
    "rules_frame",
    "score",
    "score_all",
    "scores_json",
    "waterfall_frame",
    "what_if_removed",
]
