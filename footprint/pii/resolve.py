"""Overlapping results resolved to one per stretch of text, before anyone uses them."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

# Which type wins when two results of equal length and score overlap.
_PRIORITY = {
    "EMAIL_ADDRESS": 0,
    "CN_RESIDENT_ID": 1,
    # National identifiers that share a phone number's or an account's shape win the tie
    # when their context made them certain (an NHS number next to "NHS").
    "UK_NHS": 1,
    "UK_NINO": 1,
    "US_SSN": 1,
    "US_ITIN": 1,
    "UK_PASSPORT": 1,
    "US_PASSPORT": 1,
    "CN_PASSPORT": 1,
    "CREDIT_CARD": 2,
    "IBAN_CODE": 3,
    "CRYPTO": 4,
    "IMEI": 5,
    "PHONE_NUMBER": 6,
    "URL": 9,
}


def resolve_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the longest, then highest-scoring, result of each overlapping group.

    A URL that overlaps an e-mail address is dropped whatever its length: it is the
    address's domain, not a link.
    """
    emails = [r for r in results if r.entity_type == "EMAIL_ADDRESS"]
    if emails:
        results = [
            r for r in results if r.entity_type != "URL" or not any(_overlap(r, e) for e in emails)
        ]
    ordered = sorted(
        results,
        key=lambda r: (-(r.end - r.start), -r.score, _PRIORITY.get(r.entity_type, 7), r.start),
    )
    kept: list[RecognizerResult] = []
    for result in ordered:
        if not any(_overlap(result, other) for other in kept):
            kept.append(result)
    kept.sort(key=lambda r: r.start)
    return kept


def _overlap(a: RecognizerResult, b: RecognizerResult) -> bool:
    return a.start < b.end and b.start < a.end
