"""Context from the conversation: a question in one message, the identifier in the next.

"Can you send me your social security number?" - "sure, 536-90-4399". The
number's own text holds no context word, so a recognizer that needs one (an SSN, a
passport, an NHS number, a card number that fails Luhn) would drop it. Presidio lets a
caller pass outer context words to ``analyze``; here the outer context of a chat message
is the text of the messages just before it in the same conversation.

Bounded in cost: the engine reports, per distinct text, only the candidates a context
word could lift (:func:`pending_hit`, for recognizers that declare ``CONVERSATION``);
only messages holding one look back, at most :data:`CONTEXT_MESSAGES` messages of the
same chat within :data:`CONTEXT_SPAN`, found among the :data:`LOOK` records around it.
"Before" is by time, not file order, so a chat written newest first (Messenger) works too.
The one message that answers it, within :data:`REPLY_SPAN`, counts as well: a reply that
names what was sent ("7294518" - "got it, that's the DL # for the permit"). Records are
read in windows of thousands, so a reply written after the last record of a window (in
a chat written oldest first) is not looked at. A number without such context stays what
it was: unflagged.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from presidio_analyzer import RecognizerResult

from footprint.model import Message, Record
from footprint.pii.recognizers import threshold_for
from footprint.pii.resolve import resolve_overlaps

if TYPE_CHECKING:
    from footprint.pii.recognizers.base import FootprintPatternRecognizer

CONTEXT_MESSAGES = 4  # earlier messages whose words count (a question, a protest, the answer)
CONTEXT_SPAN = timedelta(hours=6)  # an answer may come later, not a day later
LOOK = 8  # records looked at on each side (other chats' records may sit in between)
REPLY_SPAN = timedelta(hours=2)  # the reply that names what was sent comes soon after

# entity type, start, end, score WITH the context word, index of the recognizer in the detector
PendingHit = tuple[str, int, int, float, int]
_Hit = tuple[str, int, int, float]


def pending_hit(
    index: int,
    recognizer: FootprintPatternRecognizer,
    result: RecognizerResult,
    boost: float,
    *,
    reported: bool,
) -> PendingHit | None:
    """``result`` as a candidate for conversation context, when its recognizer accepts
    such context and its context word would take it over the reporting threshold.
    ``reported``: the recognizer ran on the text as usual, so a result at the threshold
    is already reported; otherwise (its word is missing) the context word is required."""
    if not recognizer.CONVERSATION or recognizer.context_pattern is None:
        return None
    threshold = threshold_for(result.entity_type)
    lifted = result.score + getattr(recognizer, "BOOST", boost)
    if (reported and result.score >= threshold) or lifted < threshold:
        return None
    return (result.entity_type, result.start, result.end, min(1.0, lifted), index)


def _key(record: Record) -> tuple[str, str] | None:
    if not isinstance(record, Message) or record.is_system:
        return None
    return record.path, record.conversation or ""


def earlier_texts(records: Sequence[Record], index: int) -> list[str]:
    """Texts of the (at most :data:`CONTEXT_MESSAGES`) messages of the same conversation
    that came just before ``records[index]``, nearest first.

    Records are in file order. An earlier record counts when its time is not after this
    one's (or either has none); a later record (a chat written newest first) only when
    its time is strictly before. Both within :data:`CONTEXT_SPAN`.
    """
    record = records[index]
    key = _key(record)
    if key is None:
        return []
    when = record.timestamp
    found: list[tuple[timedelta, int, str]] = []
    for step in (-1, 1):
        taken = 0
        position = index + step
        while 0 <= position < len(records) and (distance := abs(position - index)) <= LOOK:
            other = records[position]
            position += step
            if _key(other) != key or not other.text:
                continue
            if when is None or other.timestamp is None:
                if step > 0:
                    continue
                gap = timedelta(0)
            else:
                gap = when - other.timestamp
                if gap < timedelta(0) or (step > 0 and gap == timedelta(0)):
                    continue
                if gap > CONTEXT_SPAN:
                    break
            found.append((gap, distance, other.text))
            taken += 1
            if taken == CONTEXT_MESSAGES:
                break
    found.sort(key=lambda item: (item[0], item[1]))
    return [text for _, _, text in found[:CONTEXT_MESSAGES]]


def reply_text(records: Sequence[Record], index: int) -> list[str]:
    """The text of the message of the same conversation that came next after
    ``records[index]`` (by time, within :data:`REPLY_SPAN`; by file order when either has
    no time), as a one-item list, or an empty one."""
    record = records[index]
    key = _key(record)
    if key is None:
        return []
    when = record.timestamp
    best: tuple[timedelta, int, str] | None = None
    for step in (-1, 1):
        position = index + step
        while 0 <= position < len(records) and (distance := abs(position - index)) <= LOOK:
            other = records[position]
            position += step
            if _key(other) != key or not other.text:
                continue
            if when is None or other.timestamp is None:
                if step < 0:
                    continue
                gap = timedelta(0)
            else:
                gap = other.timestamp - when
                if gap <= timedelta(0) or gap > REPLY_SPAN:
                    continue
            if best is None or (gap, distance) < best[:2]:
                best = (gap, distance, other.text)
            break  # the nearest in this direction
    return [best[2]] if best is not None else []


def context_texts(records: Sequence[Record], index: int) -> list[str]:
    """The texts whose words count for ``records[index]``: the messages before it (see
    :func:`earlier_texts`) and the reply after it (see :func:`reply_text`)."""
    return earlier_texts(records, index) + reply_text(records, index)


def lift(
    recognizers: Sequence[FootprintPatternRecognizer],
    pending: Sequence[PendingHit],
    hits: Sequence[_Hit],
    context: Sequence[str],
) -> list[_Hit]:
    """The text's ``hits`` plus the pending candidates a context word in ``context``
    (earlier messages) lifts, overlaps resolved as within one text (an NHS number the
    question names beats the phone number of the same digits)."""
    if not pending or not context:
        return list(hits)
    lowered = [text.lower() for text in context]
    lifted = [
        RecognizerResult(entity, start, end, score)
        for entity, start, end, score, index in pending
        if (pattern := recognizers[index].context_pattern) is not None
        and any(pattern.search(text) for text in lowered)
    ]
    if not lifted:
        return list(hits)
    own = [RecognizerResult(entity, start, end, score) for entity, start, end, score in hits]
    return [(r.entity_type, r.start, r.end, r.score) for r in resolve_overlaps(own + lifted)]
