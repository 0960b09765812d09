"""The inference contract: every claim carries the records it rests on."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from footprint.phrases import Phrase, text


@dataclass(frozen=True)
class Inference:
    """One conclusion a scoring system could draw.

    ``key`` is stable (home, work, sleep_window, top_contacts, relationship, religion,
    health, politics, financial_stress, gambling, gaming, salary, risky_contact, ...);
    ``value`` is machine-readable and JSON-serialisable; ``evidence`` lists the
    ``Record.ref`` (``path#locator``) of every record the claim rests on.
    """

    category: str
    key: str
    claim: str
    value: Mapping[str, Any]
    confidence: float
    method: Phrase | str  # a phrasebook entry; plain text only in synthetic tests
    evidence: tuple[str, ...]
    special_category: bool = False
    subject: str | None = field(default=None)  # whom it is about, when not the user
    # How many records support the claim; ``evidence`` may list only the strongest of them.
    evidence_count: int | None = None

    def __post_init__(self) -> None:
        if not self.evidence:
            raise ValueError(f"inference {self.category}/{self.key} has no evidence")
        if not (0.0 <= self.confidence <= 1.0) or math.isnan(self.confidence):
            raise ValueError(f"inference {self.category}/{self.key}: confidence out of [0, 1]")
        if self.evidence_count is None:
            object.__setattr__(self, "evidence_count", len(self.evidence))
        elif self.evidence_count < len(self.evidence):
            raise ValueError(f"inference {self.category}/{self.key}: evidence_count too small")

    def method_text(self, language: str = "en") -> str:
        """How footprint knows, in ``language``."""
        return text(self.method, language)

    def to_json(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "key": self.key,
            "claim": self.claim,
            "value": dict(self.value),
            "confidence": round(self.confidence, 3),
            "method": str(self.method),
            "evidence": list(self.evidence),
            "special_category": self.special_category,
            "subject": self.subject,
            "evidence_count": self.evidence_count,
        }
