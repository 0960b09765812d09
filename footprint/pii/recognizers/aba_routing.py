"""US ABA routing transit numbers, next to a word that names one ("routing", "ABA", "RTN").

Nine digits with a Federal Reserve prefix and the 3-7-1 check: one random nine-digit
number in ten or so passes, and the shape is also an SSN's, a passport's or an order's,
so the word must be near (in the text, or in the message before: "what's the routing
number?"). Written as a pair with the account number after a payment word ("direct
deposit: routing / account"), the pair is reported as one value. The number names a
bank, and with an account number the account: reported as ``BANK_ACCOUNT``.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.checksums import aba_routing_ok
from footprint.pii.recognizers.base import BOTH, FootprintPatternRecognizer, label_regex

_PAYMENT_WORDS = "direct deposit|deposit|payroll|ach|wire|bank details|bank info|bank"
# How far before the number its label may start ("routing number: ").
_LABEL_WINDOW = 30


class AbaRoutingNumberRecognizer(FootprintPatternRecognizer):
    ENTITY = "BANK_ACCOUNT"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("aba_routing", r"(?<![0-9A-Za-z\-/.])[0-9]{9}(?![0-9A-Za-z\-/]|[.,][0-9])", 0.3),
        # Routing and account written as a pair after a payment word, as on a direct
        # deposit form: "direct deposit: 011000015 / 4470018821".
        Pattern(
            "aba_routing_and_account",
            rf"(?<=(?<![a-z])(?:{_PAYMENT_WORDS})(?![a-z])[^0-9\n]{{0,20}})"
            r"(?<![0-9A-Za-z\-/.])[0-9]{9}(?:[ \t]*[/|,][ \t]*|[ \t]+)[0-9]{6,17}"
            r"(?![0-9A-Za-z\-]|[.,][0-9])",
            0.6,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "routing", "routing number", "routing no", "routing #", "routing#", "aba", "aba#",
        "rtn", "r/t", "transit number", "路由号", "路由号码", "汇款路线号码",
    ]  # fmt: skip
    LANGUAGES = BOTH
    CONVERSATION = True
    MIN_DIGITS = 9
    NEEDS_ANY = (
        "routing", "aba", "rtn", "r/t", "transit", "路由", "汇款路线", "deposit", "payroll",
        "ach", "wire", "bank",
    )  # fmt: skip
    BOOST = 0.7  # checksum and the word together: certain, ahead of a phone reading

    def __init__(self) -> None:
        super().__init__()
        label = label_regex(list(self.CONTEXT))
        assert label is not None  # CONTEXT holds the labels
        self._label = label

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        """The base's, and nine digits right after their own label (``routing 381680408``):
        a routing number whatever its first two digits, the check still applying. A made-up
        or mistyped prefix leaks the account all the same."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        _, nine_digits = self.compiled[0]
        lower = text.lower()
        for match in nine_digits.finditer(text):
            start, end = match.span()
            if any(r.start < end and start < r.end for r in results):
                continue
            labelled = self._label.search(lower, max(0, start - _LABEL_WINDOW), start)
            if labelled and aba_routing_ok(match.group(), any_prefix=True):
                results.extend(self.results([(start, end, self.MAX_SCORE)]))
        return results

    def validate_result(self, pattern_text: str) -> bool | None:
        # Passing the check is not enough on its own: the context word decides.
        # The routing number is the first nine digits (of a pair, too).
        return None if aba_routing_ok(pattern_text[:9]) else False
