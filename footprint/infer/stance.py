"""Political stance: a political target and an evaluation of it in the same clause.

A text voices a political opinion when one of its clauses names a political target
(an institution, an official in any register, the country or "the system", a policy by
its topic, an election: ``lexicons/political_targets.yaml``) and carries a negative or
positive evaluation. The evaluation comes from the sentiment resources
(:mod:`footprint.infer.sentiment`: VADER, HowNet), which handle negation themselves
("not bad", "不好"); the target's own words are taken out before scoring, so naming
"benefits" or "改革" is not itself praise. When the target's clause holds no evaluation,
the nearest clause of the same sentence that does is used ("延迟退休这事，真坑人").

Hashtags are split at capitals first (#ScrapTheCap -> Scrap The Cap), so a campaign tag
reads as words. Texts are cut at sentence ends (both scripts) and clauses at commas and
contrast words (but, 但是).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from footprint.infer.frame import InferenceInput
from footprint.infer.lexicon import Hit, matcher
from footprint.infer.sentiment import clauses, has_chinese, polarity, sentences

__all__ = ["TOPIC_DISPLAY", "ClauseStance", "stance_rows", "text_stance"]

LEXICON = "political_targets"
THRESHOLD = 0.05  # VADER's conventional cut between neutral and evaluated
# A neighbouring Chinese clause lends the target its evaluation only when that is more
# than one broad HowNet word (0.25: 注意 "pay attention" is listed positive): "城管来查了，
# 大家注意一下" is a warning, not praise. VADER's English scores are finer: any evaluation.
BORROWED_CHINESE = 0.25
_EVERYDAY = "not_political"
_AGAINST = "against"
DEMAND_POLARITY = -0.5  # "scrap the cap", "取消延迟退休": a demand against the target
# A following sentence may carry the evaluation of a target named alone ("Taxes again.
# Crooks.", "Raids again today. Families split up. This is cruelty.") but counts for less.
# The look stops at a sentence naming a target of its own.
NEXT_SENTENCE_FACTOR = 0.5
NEXT_SENTENCES = 2
# A short negated sentence after praise takes it back: "They promised to fix it. Still
# hasn't." / "说好的改革。结果呢？没有。" reads as a broken promise, not as support.
_TAKEN_BACK = re.compile(
    r"(?i)^\W*(?:(?:and|but|yet|still|so far|of course)\W+)*"
    r"(?:\w+n't|not|never|nothing|nope|no|didn't|hasn't|haven't|won't)\b.{0,20}$"
    r"|^\W*(?:结果|然后|可是)?\W*(?:还是?)?(?:没|没有|从来没|并没有|做梦|呵呵)"
)
# Praise inside a reported promise is the promiser's, not the writer's: "they told us
# Brexit would make us better off", 不是说改革以后会更好吗. It is no evaluation by the writer.
_REPORTED_PROMISE = re.compile(
    r"(?i)\b(?:they|we were|we got|he|she|it was)\s+(?:told|promised|said|swore|claimed)\b"
    r"|\b(?:promised|told)\s+(?:us|me|everyone)\b"
    r"|\b(?:promised|pledged|vowed)\b"
    r"|说好的|不是说|号称|口口声声"
)
# A promise reported with what came of it is a broken promise: "they promised a new line
# and we got pothole money", 说好的涨工资，结果呢.
_BROKEN_PROMISE = re.compile(
    r"(?i)\b(?:promised|pledged|vowed)\b.{0,80}?\b(?:and|but|yet)\s+(?:all\s+)?(?:we|they)\s+"
    r"(?:got|get|gave us|delivered)\b|(?:说好的|承诺的?|号称).{0,20}(?:结果|到头来|最后)"
)
# Using a service is no opinion of transport policy: "light rail is delayed again", "on the
# train", 地铁又晚点了. A transport target in such a clause does not count.
_RIDING = re.compile(
    r"(?i)\b(?:delayed|delays|late|running late|on time|packed|crowded|missed|platform|"
    r"(?:on|off|onto|got on|get on) the(?:\s+\w+)?"
    r"\s+(?:rail|train|trains|bus|tram|metro|subway|tube|light rail))\b|"
    r"晚点|误点|延误|挤|等车|没赶上|错过|堵车|地铁上|公交上|车上|上班路上"
)
_TRANSPORT = "transport"
# Using a health service is no opinion of health policy either: "the surgery rang about my
# appointment", "my nhs number is ...", 去医院挂号. A health target in such a clause does not
# count.
_USING_CARE = re.compile(
    r"(?i)\b(?:appointment|appt|surgery|gp|doctor'?s|receptionist|referral|prescription|"
    r"repeat prescription|pharmacy|chemist|check-?up|waiting room|walk-in|booked in)\b|"
    r"挂号|预约|复诊|门诊|体检|拿药|开药|医保卡|社保卡"
)
_HEALTH = "health"
# A computer's "system" failing is no view of the political system: "the system crashed
# again", "系统又崩了". A system target in such a clause does not count.
_MACHINE = re.compile(
    r"(?i)\b(?:crash(?:ed|es|ing)?|froze|frozen|freez(?:es|ing)|glitch(?:ed|es|ing|y)?|"
    r"offline|outage|reboot(?:ed|ing)?|restart(?:ed|ing)?|log(?:ged)? ?in|login|password|"
    r"bug(?:s|gy)?|error|updat(?:e|ed|es|ing)|(?:is|was|went|goes|'s) down|lagg?(?:ing|y))\b|"
    r"死机|崩了|崩溃|宕机|卡死|闪退|报错|掉线|登不上|更新"
)
_SYSTEM = "system"
# "no." before a number is "number" ("my nhs no. is ...", "no. 10"): not a negation.
_NUMBER_ABBREVIATION = re.compile(r"(?i)\b(?:no|nr|num)\.(?=\s*(?:is\s+|:\s*)?\d)")
TOPIC_DISPLAY = {
    "welfare": "welfare",
    "pensions": "pensions and retirement age",
    "taxes": "tax",
    "health": "health coverage",
    "housing": "housing",
    "immigration": "immigration",
    "education": "education",
    "labour": "labour",
    "speech": "censorship and press freedom",
    "pandemic": "pandemic",
    "environment": "climate",
    "cost_of_living": "cost of living",
    "foreign_relations": "Brexit, the EU and foreign relations",
    "transport": "transport and infrastructure",
}
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@dataclass(frozen=True)
class ClauseStance:
    """One evaluated clause about a political target."""

    clause: str
    polarity: float  # the evaluation, in [-1, 1]
    weight: float  # how clearly political the target is (a policy area alone: 0.5)
    targets: tuple[str, ...]
    topic: str | None  # the policy area named, if any

    @property
    def negative(self) -> bool:
        return self.polarity <= -THRESHOLD


def _expand_hashtags(text: str) -> str:
    return _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)).replace("_", " ") + " ", text)


@lru_cache(maxsize=1 << 16)
def _hits(clause: str) -> tuple[Hit, ...]:
    return tuple(matcher(LEXICON).hits(clause))


def _targets(clause: str, in_use: bool = True) -> list[Hit]:
    """The political targets named in ``clause``; with ``in_use``, not those the clause
    only uses (a train it rides, a surgery it rings, a computer system that crashed)."""
    found = [hit for hit in _hits(clause) if hit.group not in (_EVERYDAY, _AGAINST)]
    for label, using in ((_TRANSPORT, _RIDING), (_HEALTH, _USING_CARE), (_SYSTEM, _MACHINE)):
        if in_use and any(hit.label == label for hit in found) and using.search(clause):
            found = [hit for hit in found if hit.label != label]
    return found


def _demands(clause: str) -> bool:
    return any(hit.group == _AGAINST for hit in _hits(clause))


def _without(clause: str, terms: Sequence[str]) -> str:
    """``clause`` with the target terms blanked, so their own tone does not count."""
    out = clause
    for term in sorted(set(terms), key=len, reverse=True):
        if term.isascii():
            words = r"\W+".join(map(re.escape, term.split()))
            out = re.sub(rf"(?i)(?<![a-z0-9]){words}(?![a-z0-9])", " it ", out)
        else:
            out = out.replace(term, "它")
    return out


def _lends(value: float, text: str) -> bool:
    """Whether a neighbouring clause's ``value`` is evaluation enough to lend a target."""
    return abs(value) > BORROWED_CHINESE if has_chinese(text) else abs(value) >= THRESHOLD


def _sentence_polarity(sentence: str) -> float:
    """The strongest evaluation among the clauses of ``sentence``: a negation does not
    reach past a comma ("This is not safety, it's cruelty" is no praise)."""
    values = [polarity(part) for part in clauses(sentence)] or [0.0]
    return max(values, key=abs)


@lru_cache(maxsize=1 << 15)
def text_stance(text: str) -> tuple[ClauseStance, ...]:
    """Every clause of ``text`` that evaluates a political target."""
    if not text:
        return ()
    lexicon = matcher(LEXICON)
    expanded = _NUMBER_ABBREVIATION.sub("number", _expand_hashtags(text))
    if not _targets(expanded, in_use=False):  # most texts name no target: one scan decides
        return ()
    found: list[ClauseStance] = []
    cut = sentences(expanded)
    for number, sentence in enumerate(cut):
        parts = clauses(sentence)
        scored: dict[int, float] = {}

        def score(index: int, parts: list[str] = parts, scored: dict[int, float] = scored) -> float:
            if index not in scored:
                terms = [hit.term for hit in _targets(parts[index])]
                scored[index] = polarity(_without(parts[index], terms))
            return scored[index]

        for index, part in enumerate(parts):
            hits = _targets(part)
            if not hits:
                continue
            value, factor = score(index), 1.0
            if abs(value) < THRESHOLD:
                for other in (index + 1, index - 1):
                    if 0 <= other < len(parts) and _lends(score(other), parts[other]):
                        value = score(other)
                        break
            if abs(value) < THRESHOLD and _demands(part):
                value = DEMAND_POLARITY
            if abs(value) < THRESHOLD and len(parts) == 1:
                for following in cut[number + 1 : number + 1 + NEXT_SENTENCES]:
                    if _targets(following):
                        break
                    value, factor = _sentence_polarity(following), NEXT_SENTENCE_FACTOR
                    if _lends(value, following):
                        break
                    value = 0.0
            if abs(value) < THRESHOLD:
                continue
            if value > 0 and (
                (number + 1 < len(cut) and _TAKEN_BACK.search(cut[number + 1]))
                or _BROKEN_PROMISE.search(part)
            ):
                value = -value
            elif value > 0 and _REPORTED_PROMISE.search(part):
                continue
            topics = sorted(
                {
                    hit.label
                    for hit in hits
                    if hit.group in ("topic", "named_policy") and hit.label != "policy"
                }
            )
            weight = max(lexicon.weight(hit.group, hit.label) for hit in hits) * factor
            found.append(
                ClauseStance(
                    clause=part,
                    polarity=value,
                    weight=weight,
                    targets=tuple(sorted({hit.term for hit in hits})),
                    topic=topics[0] if topics else None,
                )
            )
    return tuple(found)


_COLUMNS = ["position", "stance", "polarity", "weight", "topic", "targets", "clause"]


def stance_rows(inp: InferenceInput, index: pd.Index) -> pd.DataFrame:
    """Rows among ``index`` (frame positions) that take a political stance: ``stance`` -1
    or +1 (critical wins when a text holds both), the strongest clause's ``polarity``,
    ``weight``, ``topic`` (may be None), ``targets`` and ``clause``."""
    texts = inp.frame.loc[index, "text"].dropna().astype(str)
    texts = texts[texts.str.strip() != ""]
    rows: list[tuple[object, ...]] = []
    for position, text in texts.items():
        found = text_stance(text)
        if not found:
            continue
        negative = [c for c in found if c.negative]
        chosen = negative or list(found)
        best = max(chosen, key=lambda c: (c.weight, abs(c.polarity)))
        topics = sorted({c.topic for c in chosen if c.topic})
        rows.append(
            (
                int(position),
                -1 if negative else 1,
                best.polarity,
                best.weight,
                topics[0] if topics else None,
                best.targets,
                best.clause,
            )
        )
    return pd.DataFrame(rows, columns=_COLUMNS)
