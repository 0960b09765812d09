"""Phone numbers in international, national (UK first, then other countries that dial a
trunk 0) and North American notation, and Indian mobiles; checked with phonenumbers.

Candidates come from tight patterns (not ``phonenumbers.PhoneNumberMatcher`` over every
region, which dominated Presidio's pattern time) and run only on texts with 7+ digits.
A bare run of digits counts only next to a context word such as "call" or "电话".
"""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar

import phonenumbers
import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.recognizers.base import FootprintPatternRecognizer

_START = r"(?<![A-Za-z0-9+/.])(?<![0-9]-)"  # not the tail of a longer dashed number
_END = r"(?![0-9]|[.,/][0-9])"


# Countries that dial a national number with a trunk 0, as their people write it: the
# UK first, then where else footprint's users write from (Ireland, Australia, New Zealand,
# Nigeria, the Philippines, South Africa). A number valid in none is read as British.
_TRUNK_ZERO_REGIONS = ("GB", "IE", "AU", "NZ", "NG", "PH", "ZA")
# An Indian mobile as Indians space it, five and five: 96627 03448.
_INDIAN_MOBILE = regex.compile(r"[6-9][0-9]{4}[ \-][0-9]{5}")


def parse_phone(text: str) -> phonenumbers.PhoneNumber | None:
    """The number ``text`` writes, guessing the region from its shape; None if unparseable."""
    compact = text.strip()
    region: str | None
    if compact.startswith("00"):
        compact, region = "+" + compact[2:], None
    elif compact.startswith("+"):
        region = None
    elif compact.lstrip("(").startswith("0"):
        return _trunk_zero_number(compact)
    elif _INDIAN_MOBILE.fullmatch(compact):
        region = "IN"
    else:
        region = "US"
    try:
        return phonenumbers.parse(compact, region)
    except phonenumbers.NumberParseException:
        return None


def _trunk_zero_number(compact: str) -> phonenumbers.PhoneNumber | None:
    first: phonenumbers.PhoneNumber | None = None
    for region in _TRUNK_ZERO_REGIONS:
        try:
            number = phonenumbers.parse(compact, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
        first = first or number
    return first


# Another kind of number's label right before the digits: "Order number 9108140361",
# "tracking # 1Z…", "ref: 4401…" (its word "number" is no phone's).
_OTHER_LABEL = regex.compile(
    r"(?i)\b(?:order|ref|reference|tracking|invoice|booking|confirmation|transaction|case|"
    r"ticket|policy|member|membership|customer|parcel|shipment|claim|receipt|serial)"
    r"\s*(?:number|no\.?|num|#|id)?\s*(?:is\s+)?[:#=\-]?\s*$"
)


class IntlPhoneRecognizer(FootprintPatternRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "international",
            _START
            + r"(?:\+|00)[1-9][0-9]{0,2}(?:[ \-.]?\(0\))?(?:[ \-.]?\(?[0-9]{1,8}\)?){1,5}"
            + _END,
            0.6,
        ),
        Pattern(
            "uk_national",
            _START
            # 0161 ..., (0161) ..., the trunk 0 bracketed as abroad: (0)7700 900123, or
            # spaced off a mobile's 7: 0 7700 900 123.
            # Australia's and New Zealand's two-digit area codes in brackets too: (09) 461 9024.
            + r"(?:\(0[1-9][0-9]{0,4}\)|0[1-9][0-9]{1,4}|\(0\) ?[1-9][0-9]{1,4}|0 7[0-9]{3})"
            + r"[ \-]?[0-9]{3,4}[ \-]?[0-9]{3,4}"
            + _END,
            0.6,
        ),
        Pattern(
            "north_american",
            _START
            + r"(?:1[ \-.])?(?:\([2-9][0-9]{2}\)[ ]?|[2-9][0-9]{2}[ \-.])"
            + r"[2-9][0-9]{2}[ \-.][0-9]{4}"
            + _END,
            0.6,
        ),
        Pattern("digits_only", _START + r"[0-9]{10,11}" + _END, 0.35),
        # An Indian mobile spaced five and five: any ten digits, so a context word must say.
        Pattern("indian_mobile", _START + r"[6-9][0-9]{4}[ \-][0-9]{5}" + _END, 0.35),
    ]
    CONTEXT: ClassVar[list[str]] = [
        "phone", "call", "called", "calling", "mobile", "mob", "cell", "tel", "number", "ring",
        "rang", "text me", "texted", "txt", "sms", "whatsapp",
        "new #", "my #", "his #", "her #", "cell #", "phone #", "voicemail", "msg",
        "missed call", "contact", "contacts", "reach me",
        # a new number given out, a helpline, a payment app that goes by phone number
        "new no", "my no", "no.", "line", "hotline", "helpline", "zelle", "cash app", "venmo",
        "ph", "gcash",
        "电话", "手机", "号码", "联系",
        # French and Spanish, as Quebec and Hispanic families write them
        "numéro", "numero", "número", "téléphone", "telephone", "teléfono", "tél", "cellulaire",
        "celular", "appelle", "appeler", "llámame", "llamar", "texto",
    ]  # fmt: skip
    MIN_DIGITS = 7

    def validate_result(self, pattern_text: str) -> bool | None:
        return phone_validity(pattern_text)

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        """The patterns' results, less a number another kind's label names ("Order number
        9108140361"), and an international number the greedy pattern ran into a following
        count ("+44 7700 900194 30 mins"): its longest valid prefix."""
        results = [
            r
            for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if not _OTHER_LABEL.search(text, 0, r.start)
        ]
        if "+" not in text and "00" not in text:
            return results  # no international number to look at again
        for match in self.compiled[0][1].finditer(text):
            value = match.group()
            if phone_validity(value) is not False:
                continue
            while (cut := max(value.rfind(" "), value.rfind("-"), value.rfind("."))) > 0:
                value = value[:cut]
                validity = phone_validity(value)
                if validity is not False:  # valid, or possible and left to context
                    score = 1.0 if validity else self.compiled[0][0]
                    start = match.start()
                    results.extend(self.results([(start, start + len(value), score)]))
                    break
        return results


@lru_cache(maxsize=8192)
def phone_validity(pattern_text: str) -> bool | None:
    """True: a valid number; None: possible but needs context; False: not a phone number."""
    number = parse_phone(pattern_text)
    if number is None or not phonenumbers.is_possible_number(number):
        return False
    valid = phonenumbers.is_valid_number(number)
    # A national number valid only abroad (Ireland, Australia...) is a phone where a word
    # says so: nine digits there are often a licence or an account.
    abroad = (
        valid
        and pattern_text.lstrip("( ").startswith("0")
        and phonenumbers.region_code_for_number(number) != "GB"
    )
    if pattern_text.isdigit() or abroad:
        # A bare digit run needs context, valid or merely possible (drama ranges,
        # numbers newer than the metadata): the context word is the evidence.
        return None
    return True if valid else None  # e.g. Ofcom's drama range: possible, not "valid"
