"""People in bank and payment-app memos, written in capitals: ``ZELLE TO T WALSH``, ``BGC
FROM D BRENNAN WAGES``, ``TFR TO MR R GONZALEZ``, ``VENMO *ROSE SMITH``, and a name as on
an identity document (``name as on passport DAWN TRAN``).

NER reads capitals as acronyms or shops, and a memo is all capitals, so a payee is told
from a merchant by shape after a payment word (``PAYMENT TO``, ``FASTER PAYMENT``, ``BGC``,
``TFR``, an app's ``*``):

- one or two initials and a surname that is a listed one (Faker's, see
  :mod:`footprint.pii.given_names`) or no dictionary word: ``D KAUR``, ``J AL-FARSI``;
- two to four words, each a listed first name or surname or no dictionary word (nor a
  plural of one), and no business word (``STORES``, ``LTD``): ``OLUWASEUN ADEBAYO``, ``ROSE
  SMITH``, not ``TESCO STORES`` or ``BRITISH GAS``; with no listed name among them, words
  of five letters or more (not ``ASOS COM``).

The name ends at the first word that is neither (``WAGES``, ``REF``, ``PO BOX``) or at a
number. Without the model's dictionary only listed names count.
"""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from footprint.pii.given_names import (
    english_given_names,
    fold,
    place_names,
    world_given_names,
    world_surnames,
)
from footprint.pii.lexicon import CALENDAR_WORDS, COMMON_WORDS, NOT_A_PERSON
from footprint.pii.recognizers.base import CASE_SENSITIVE, ENGLISH, FootprintPatternRecognizer

_SERVICE = r"ZELLE|VENMO|PAYPAL|CASH ?APP|REVOLUT|MONZO|STARLING|WISE|REMITLY"
_PAYMENT = (
    r"FASTER PAYMENTS?|(?:BANK |CARD |ONLINE |MOBILE )?PAYMENT|(?:BANK )?TRANSFER|TFR|TRF|"
    r"BGC|BACS|FPI|FPO|STO|STANDING ORDER|SENT|PAID|RECEIVED|REFUND"
)
_NAME_WORD = r"[A-Z][A-Z'’\-]*"
_TITLE = r"(?:(?:MR|MRS|MS|MISS|MX|DR)\.? )"
PAYEE_SCORE = 0.8
UNLISTED_MIN = 5  # letters of each word of a payee no list names


class PayeeNameRecognizer(FootprintPatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "memo_payee",
            rf"(?<![A-Za-z0-9])(?:(?:{_SERVICE})(?: (?:TO|FROM)| ?\*)"
            rf"|(?:{_PAYMENT})(?: (?:TO|FROM))?) ?\*?{_TITLE}?"
            rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,4}})",
            PAYEE_SCORE,
        ),
        Pattern(
            "document_name",
            r"(?<![A-Za-z])(?i:(?:full |account |card ?holder |holder |payee |beneficiary )?"
            r"name(?: as (?:on|in|shown on) (?:my |the |your |his |her )?[a-z]+)?:?) "
            rf"{_TITLE}?(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,4}})",
            PAYEE_SCORE,
        ),
    ]
    LANGUAGES = ENGLISH
    FLAGS = CASE_SENSITIVE
    NEEDS_ANY = (
        "zelle", "venmo", "paypal", "cash", "revolut", "monzo", "starling", "wise", "remitly",
        "payment", "transfer", "tfr", "trf", "bgc", "bacs", "fpi", "fpo", "sto", "standing",
        "sent", "paid", "received", "refund", "name",
    )  # fmt: skip

    def warm(self) -> None:
        english_given_names()
        world_given_names()
        world_surnames()
        place_names()

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        results = []
        for score, compiled in self.compiled:
            for match in compiled.finditer(text):
                end = self._name_end(text, match.start("name"), match.group("name"))
                if not end:
                    continue
                start = match.start("name")
                metadata = self.metadata
                results.append(
                    RecognizerResult(self.ENTITY, start, end, score, recognition_metadata=metadata)
                )
        return results

    def _name_end(self, text: str, start: int, run: str) -> int:
        """Where the name in the capitalised ``run`` (at ``start``) ends; 0: no name."""
        words = run.split(" ")
        if any(word.lower().strip("'’") in NOT_A_PERSON for word in words):
            return 0
        initials = 0
        while initials < min(2, len(words) - 1) and len(words[initials]) == 1:
            initials += 1
        if initials:
            surname = words[initials]
            if self._surname(surname.lower()) is None:
                return 0
            return start + len(" ".join(words[: initials + 1]))
        kept: list[str] = []
        listed = False
        for word in words:
            kind = self._name_word(word.lower())
            if kind is None or len(word) < 2:
                break
            kept.append(word)
            listed = listed or kind
        if len(kept) < 2 or (not listed and not self.dictionary):
            return 0
        if not listed and min(len(word) for word in kept) < UNLISTED_MIN:
            return 0  # no listed name: short words are a brand's (ASOS COM, ALDI NORD)
        return start + len(" ".join(kept))

    def _is_word(self, lowered: str) -> bool:
        """A common, place or dictionary word; a plural too (LETTINGS), which the
        dictionary lists by its lemma only."""
        return (
            lowered in COMMON_WORDS
            or lowered in place_names()
            or lowered in self.dictionary
            or (lowered.endswith("s") and lowered[:-1] in self.dictionary)
        )

    def _surname(self, lowered: str) -> bool | None:
        """True: a listed surname; False: no word, so may be one; None: a word."""
        if fold(lowered) in world_surnames() and lowered not in COMMON_WORDS:
            return True
        if len(lowered) < 2 or self._is_word(lowered) or not self.dictionary:
            return None
        return False

    def _name_word(self, lowered: str) -> bool | None:
        """True: a listed first name or surname; False: no word; None: a word."""
        folded = fold(lowered)
        if (
            lowered not in STOP_WORDS
            and lowered not in CALENDAR_WORDS
            and (
                folded in english_given_names()
                or folded in world_given_names()
                or folded in world_surnames()
            )
        ):
            return True
        if self._is_word(lowered) or not self.dictionary:
            return None
        return False
