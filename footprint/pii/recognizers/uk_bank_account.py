"""UK bank accounts: a sort code and an eight-digit account number written together.

``20-45-77 12345678``, ``204577 12345678``, ``sort code 20-45-77, acc 12345678``,
``sort 20-45-77, account 12345678``. Either
number alone is any number; the pair (six digits, then eight) is distinctive enough to
report without a word. Written apart, with words between them (or on the next line of a
form), a sort-code word before
the sort code or an account word between the two must say what they are; each is then
reported on its own, so the words between stay readable after redaction.

There is no checksum to apply without the banks' modulus tables (Pay.UK's, not
redistributable), so an account that reads as a date (``20240115``) is left alone.
"""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult

from footprint.pii.recognizers.base import ENGLISH, FootprintPatternRecognizer

_SORT_WORD = regex.compile(r"(?<![a-z])(?:sort[ \-]?code|s/c|sc)(?![a-z])", regex.I)
# "sort" alone as a label right before the code, with an account word before the account
# ("sort 20-45-77, account 12345678"): the verb ("sort it out") has no such pair.
_SORT_LABEL = regex.compile(r"(?<![a-z])sort\s*[:=\-]?\s*$", regex.I)
_ACCOUNT_WORD = regex.compile(r"(?<![a-z])(?:acc|acct|account|a/c|ac)(?![a-z])", regex.I)
_DATE_LIKE = regex.compile(r"(?:0[1-9]|[12][0-9]|3[01])\D?(?:0[1-9]|1[0-2])\D?[0-9]{2}")
# Only layout between the two: spaces and a comma, slash or bar.
_LAYOUT = " \t,;/|:"


def _reads_as_date(digits: str) -> bool:
    """YYYYMMDD or DDMMYYYY with a year from 1900 to 2099."""
    for year, month, day in (
        (digits[:4], digits[4:6], digits[6:]),
        (digits[4:], digits[2:4], digits[:2]),
    ):
        if year[:2] in ("19", "20"):
            try:
                date(int(year), int(month), int(day))
            except ValueError:
                continue
            return True
    return False


class UkSortCodeAccountRecognizer(FootprintPatternRecognizer):
    ENTITY = "BANK_ACCOUNT"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "uk_sort_code_account",
            r"(?<![0-9\-.])(?P<sc>[0-9]{2}(?P<sep>[\- ]?)[0-9]{2}(?P=sep)[0-9]{2})"
            r"(?P<gap>[ \t]+|[ \t]*[,;/|][ \t]*|[^0-9]{1,30}?)"
            r"(?<![0-9])(?P<acc>[0-9]{8})(?![0-9\-]|[.,][0-9])",
            0.6,
        ),
        # The account first, then the sort code after its word: "acc 12345678 sort: 20-45-77".
        Pattern(
            "uk_account_sort_code",
            r"(?<![0-9\-.])(?P<acc>[0-9]{8})(?P<gap>[^0-9\n]{1,20}?)"
            r"(?P<sc>[0-9]{2}(?P<sep>[\- ]?)[0-9]{2}(?P=sep)[0-9]{2})(?![0-9\-]|[.,][0-9])",
            0.6,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "sort code", "sortcode", "account", "acc", "acct", "a/c", "bank details", "bank",
    ]  # fmt: skip
    LANGUAGES = ENGLISH
    MIN_DIGITS = 14
    SCORE_DASHED = 0.6  # 20-45-77 12345678: the sort code's own layout
    SCORE_PLAIN = 0.5  # 204577 12345678: still the pair's shape, at the threshold

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        results: list[RecognizerResult] = []
        for pattern, (_, compiled) in zip(self.PATTERNS, self.compiled, strict=True):
            for match in compiled.finditer(text):
                if _reads_as_date(match["acc"]):
                    continue
                gap = match["gap"]
                if pattern.name == "uk_account_sort_code":  # reversed: the sort word says
                    if _SORT_WORD.search(gap) or _SORT_LABEL.search(gap):
                        for group in ("acc", "sc"):
                            results.append(self._result(match.start(group), match.end(group), 0.6))
                    continue
                if not gap.strip(_LAYOUT):  # written together: one value
                    score = self.SCORE_DASHED if match["sep"] == "-" else self.SCORE_PLAIN
                    results.append(self._result(match.start("sc"), match.end("acc"), score))
                    continue
                before = text[max(0, match.start() - 25) : match.start()]
                # Apart, words must say what they are; a date-like sort code (12-05-24)
                # after a mere account word is more likely a date.
                account_word = _ACCOUNT_WORD.search(gap) is not None
                if not (
                    _SORT_WORD.search(before)
                    or (account_word and _SORT_LABEL.search(before))
                    or (account_word and not _DATE_LIKE.fullmatch(match["sc"]))
                ):
                    continue
                for group in ("sc", "acc"):
                    results.append(self._result(match.start(group), match.end(group), 0.6))
        return results

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            self.ENTITY, start, end, min(score, EntityRecognizer.MAX_SCORE),
            recognition_metadata=self.metadata,
        )  # fmt: skip
