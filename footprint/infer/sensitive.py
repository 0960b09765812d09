"""Special categories of personal data (GDPR Art. 9, PIPL Art. 28).

Health, religion, political opinions, sexual orientation, trade-union membership and
ethnic origin, from the lexicon ``lexicons/sensitive.yaml`` (English and Chinese) matched
in what the user wrote, searched and paid for. Every inference here is marked
``special_category``. Political opinion and risky contacts are read as stance, in
:mod:`footprint.infer.politics`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from footprint.infer import finances, payments, places, politics, subject
from footprint.infer.base import Inference
from footprint.infer.frame import InferenceInput, prepare, refs
from footprint.infer.lexicon import load_lexicon, matcher
from footprint.infer.politics import political_rows
from footprint.model import Record
from footprint.phrases import Term, phrase

CATEGORY = "sensitive"
# Labels that only say "some" health care or religious practice; a specific one wins.
# Ordered: mental-health care says more than "some" care when both are generic.
GENERIC_LABELS = frozenset({"mental_health_care", "medical_care", "worship_generic"})
_GENERIC_ORDER = ("mental_health_care", "medical_care", "worship_generic")
MIN_SCORE = 3.0
# The share of a label's weight that one of its weak terms (a measurement such as blood
# pressure, a mood word such as 焦虑) carries: three readings weigh one diagnosis.
WEAK_SHARE = 1 / 3
MIN_GENERIC_ROWS = 2

# Mental-health conditions. 焦虑, "anxious", "depressing" are everyday moods (焦虑 about a
# report that is due): a mention counts only with clinical context in the same message, or
# when the person's records hold such context elsewhere (a therapist, a diagnosis, an SSRI).
# Repetition alone is not context: a stressful season repeats the same mood word for months.
MENTAL_LABELS = frozenset({"anxiety", "depression", "insomnia"})
MENTAL_CARE = "mental_health_care"
_CLINICAL = re.compile(
    # diagnosis and care
    r"\b(?:diagnos(?:ed|is|es)|therap(?:y|ist|ists)|counsell?(?:ing|or|ors)|counsel(?:ing|or)|"
    r"psychiatr(?:ist|y|ic)|psycholog(?:ist)|gp|doctor|prescri(?:bed|ption)|medication|meds|"
    r"ssris?|snris?|antidepressants?|beta[- ]blockers?|"
    # condition nouns and first-person possession
    r"(?:anxiety|panic|depressive|sleep) disorders?|panic attacks?|clinical depression|"
    r"my (?:anxiety|depression|insomnia|panic))\b|"
    r"确诊|诊断|心理医生|心理咨询|心理治疗|精神科|精神卫生|看医生|医生|开药|处方|抗抑郁|抗焦虑|"
    r"焦虑症|抑郁症|失眠症|焦虑障碍|抑郁障碍|惊恐发作|惊恐障碍|睡眠障碍|我的(?:焦虑|抑郁|失眠)"
)

# The lexicon matcher ignores a term right after a negation ("not", "不"). Special
# categories need more: "I didn't go to the protest" and "我不会去参加游行" put the
# negation a few words before the term. A term counts unless a negation precedes it
# within this many words (English) or characters (Chinese) of the same clause.
# A care place named as the user's work place ("our clinic sees...", "long shift at the
# hospital", 我们医院, 在诊所上班): a vet tech or a nurse at work, not the user's own care.
_CARE_PLACE = r"(?:clinic|hospital|pharmacy|ward)"
_WORK_CARE_PLACE = re.compile(
    r"(?i)\b(?:our|my work's)\s+" + _CARE_PLACE + r"\b"
    r"|\b(?:long|busy|rough|slow|hard|quiet|crazy|brutal)\s+(?:day|week|shift|night|morning)s?"
    r"\s+(?:at|in)\s+(?:the\s+)?" + _CARE_PLACE + r"\b"
    r"|\b(?:work|working|shift|shifts|clock(?:ed)?\s+in)\s+(?:at|in)\s+(?:the\s+)?"
    + _CARE_PLACE
    + r"\b"
    r"|我们(?:医院|诊所|药房|药店|科室)|在(?:医院|诊所|药房|药店)(?:上班|值班|工作)"
    r"|(?:医院|诊所|药店)(?:上班|值班|加班|排班)"
)
NEGATION_WORDS = 4
NEGATION_CHARS = 6
_NEGATIONS = frozenset({"not", "no", "never", "cannot", "without", "nobody", "neither", "nor"})
_CHINESE_NEGATIONS = ("不", "没", "未", "别")
# Phrases that hold a negation word but do not negate what follows.
_NOT_NEGATING = re.compile(
    r"can't wait|cannot wait|can't believe|cannot believe|no doubt|no more|not only|not just|"
    r"no wonder|don't forget|never forget|no matter|"
    r"不错|不仅|不但|不管|不得不|不少|差不多|不止|特别|别人|别的|区别|分别|没想到|没错|未来"
)
_CLAUSE_BREAK = re.compile(r"[|,.;:!?()\[\]\n，。；：！？、（）…]|\bbut\b|但是|可是|不过")
_WORD = re.compile(r"[a-z0-9']+")

__all__ = [
    "clinical_context",
    "infer",
    "negated_in_clause",
    "own_texts",
    "political_rows",
    "sensitive_hits",
]

_CLAIMS = {
    "health": "You may have a health condition: {display}.",
    "religion": "You are probably {display} (religious belief).",
    "sexual_orientation": "Your sexual orientation may be {display}.",
    "trade_union": "You are probably a {display}.",
    "ethnicity": "You may have an {display}.",
}
_DISPLAY = {
    "christian": "Christian",
    "muslim": "Muslim",
    "jewish": "Jewish",
    "hindu": "Hindu",
    "buddhist": "Buddhist",
    "sikh": "Sikh",
}


@lru_cache(maxsize=4096)
def _term_pattern(term: str) -> re.Pattern[str]:
    if term.isascii():
        words = term.split()
        return re.compile(r"(?<![a-z0-9])" + r"\W+".join(map(re.escape, words)) + r"(?![a-z0-9])")
    return re.compile(re.escape(term))


def _negates(prefix: str) -> bool:
    """Whether the end of ``prefix`` (the clause before a term) negates the term."""
    clause = _CLAUSE_BREAK.split(prefix)[-1]
    clause = _NOT_NEGATING.sub(" ", clause)
    words = _WORD.findall(clause)[-NEGATION_WORDS:]
    if any(word in _NEGATIONS or word.endswith("n't") for word in words):
        return True
    chinese = re.sub(r"[\x00-\x7f]", "", clause)[-NEGATION_CHARS:]
    return any(negation in chinese for negation in _CHINESE_NEGATIONS)


def negated_in_clause(text: str, term: str) -> bool:
    """True when every occurrence of the lexicon ``term`` in ``text`` is negated by a word
    shortly before it in the same clause ("I didn't go to the protest")."""
    lowered = text.casefold().replace("\u2019", "'")
    starts = [match.start() for match in _term_pattern(term).finditer(lowered)]
    return bool(starts) and all(_negates(lowered[max(0, start - 200) : start]) for start in starts)


def clinical_context(text: str) -> bool:
    """Whether ``text`` reads as a health matter, not a mood: a diagnosis, care, a named
    medication, a condition noun or "my anxiety" (not negated: "no therapist")."""
    lowered = text.casefold().replace("\u2019", "'")
    for match in _CLINICAL.finditer(lowered):
        if not _negates(lowered[max(0, match.start() - 200) : match.start()]):
            return True
    if payments.medication_classes(text):
        return True
    for name in payments.medications(lowered):
        start = lowered.find(name)
        if not _negates(lowered[max(0, start - 200) : start]):
            return True
    return False


def _mental_in_context(inp: InferenceInput, found: pd.DataFrame) -> pd.DataFrame:
    """Health hits with everyday mood mentions dropped unless clinical context stands beside
    them, and mental-health care given to the condition the person's other words name."""
    mental = found["label"].isin(MENTAL_LABELS)
    if not mental.any() and not (found["label"] == MENTAL_CARE).any():
        return found
    texts = inp.frame.loc[found["position"], "search_text"].fillna("").astype(str).to_numpy()
    clinical = pd.Series(
        [
            str(term).startswith("medication:") or clinical_context(str(text))
            for term, text in zip(found["term"], texts, strict=True)
        ],
        index=found.index,
        dtype=bool,
    )
    care = found["label"] == MENTAL_CARE
    has_context = bool((clinical & mental).any() or care.any())
    keep = ~mental | clinical | has_context
    found = found[keep]
    named = found[found["label"].isin(MENTAL_LABELS)]
    if not named.empty:
        # Generic care supports the condition with the strongest evidence (a diagnosis
        # beside a drug that treats several); it never picks one itself.
        conditions = _label_scores(_strongest_per_row(named, "health"))
        top = str(conditions.sort_index().sort_values(ascending=False, kind="stable").index[0])
        found = found.assign(label=found["label"].where(found["label"] != MENTAL_CARE, top))
    return found


def sensitive_hits(inp: InferenceInput, index: pd.Index) -> pd.DataFrame:
    """Hits of the sensitive lexicon in the rows ``index``, without negated mentions;
    each distinct text and term is checked once."""
    hits = inp.hits("sensitive", index)
    if hits.empty:
        return hits
    texts = inp.frame.loc[hits["position"], "search_text"].astype(str).to_numpy()
    pairs = pd.DataFrame({"text": texts, "term": hits["term"].to_numpy()})
    codes, uniques = pd.factorize(pd.MultiIndex.from_frame(pairs))
    negated = [negated_in_clause(str(text), str(term)) for text, term in uniques]
    keep = ~pd.Series(negated, dtype=bool).to_numpy()[codes]
    return hits[keep]


def own_texts(inp: InferenceInput) -> pd.Series:
    """What the user wrote, searched or paid for, one text per frame row (index kept).
    Money received is not something the user paid for: pay from a hospital or a church
    says where they work, not what they need or believe."""
    frame = inp.frame
    own = frame.loc[
        (frame["is_me"] & frame["kind"].isin(["message", "post", "activity"]))
        | payments.outgoing(frame),
        ["kind", "text", "title", "counterparty"],
    ]
    text = own["text"].fillna("").astype(str)
    title = own["title"].fillna("").astype(str)
    counterparty = own["counterparty"].where(own["kind"] == "payment").fillna("").astype(str)
    combined = (counterparty + " " + title + " " + text).str.strip()
    return combined[combined != ""]


def _users_own(inp: InferenceInput, hits: pd.DataFrame) -> pd.DataFrame:
    """Hits that say something about the user: not about another person ("your blood
    pressure", 老王血压高, 陪朋友去医院), not a person of a faith who is not the user's own
    ("tell pastor hi"), not a place of worship at someone else's wedding or christening.
    A payment is the user's own act and always counts; each distinct text and term is
    read once."""
    if hits.empty:
        return hits
    rows = inp.frame.loc[hits["position"]]
    texts = rows["search_text"].fillna("").astype(str).to_numpy()
    written = (rows["kind"] != "payment").to_numpy()
    lexicon = load_lexicon("sensitive")
    persons = {
        (group, label): set(found.persons)
        for group, entry in lexicon.groups.items()
        for label, found in entry.labels.items()
        if found.persons
    }
    pairs = pd.DataFrame(
        {
            "text": texts,
            "term": hits["term"].astype(str).str.removeprefix("medication: ").to_numpy(),
            "group": hits["group"].to_numpy(),
            "label": hits["label"].to_numpy(),
            "written": written,
        }
    )
    codes, uniques = pd.factorize(pd.MultiIndex.from_frame(pairs))
    keep = []
    for text, term, group, label, is_written in uniques:
        if not is_written:
            keep.append(True)
            continue
        if term in persons.get((group, label), ()):
            keep.append(subject.owned_by_user(text, term))
            continue
        if group == "religion" and subject.at_anothers_ceremony(text):
            keep.append(False)
            continue
        if group == "health" and label in GENERIC_LABELS and _WORK_CARE_PLACE.search(text):
            keep.append(False)
            continue
        keep.append(not subject.about_someone_else(text, term))
    return hits[pd.Series(keep, dtype=bool).to_numpy()[codes]]


# Legal-form words a company name ends with: "Northbridge Physio Ltd" and "Northbridge
# Physio Staff" are one employer's names once the form is set aside.
_COMPANY_FORM = re.compile(
    r"(?i)(?<![a-z])(?:ltd|limited|llc|inc|incorporated|plc|llp|corp|corporation|co|company|"
    r"gmbh|group|holdings|payroll|staff|team|social|fund)\.?(?![a-z])"
    r"|股份有限公司|有限责任公司|有限公司|集团|公司|工会|员工"
)
_NAME_WORD = re.compile(r"[a-z0-9]+|[\u4e00-\u9fff]+")


def _name_core(name: str) -> tuple[str, ...]:
    """The distinctive words of an organisation's name, legal form and staff words removed."""
    return tuple(_NAME_WORD.findall(_COMPANY_FORM.sub(" ", name.casefold())))


def _employer_payment(core: tuple[str, ...], employers: set[tuple[str, ...]]) -> bool:
    """Whether a payee named ``core`` is the user's employer: one name starts with the other
    (a staff collection "Northbridge Physio Staff" for the payer "NORTHBRIDGE PHYSIO LTD")."""
    for employer in employers:
        shorter = min(len(core), len(employer))
        if shorter and core[:shorter] == employer[:shorter]:
            return True
    return False


def _not_to_employer(inp: InferenceInput, hits: pd.DataFrame) -> pd.DataFrame:
    """Hits without the payments made to the user's own employer (the payer of their
    salary): a collection for a colleague at a physiotherapy practice, a staff party at a
    hospital, says where the user works, not what care they need."""
    if hits.empty:
        return hits
    paid = finances.categorised_payments(inp)
    salary = paid[paid["salary"] & (paid["amount"] > 0)]
    employers = {core for name in salary["payer"].dropna() if (core := _name_core(str(name)))}
    if not employers:
        return hits
    rows = inp.frame.loc[hits["position"]]
    payee = rows["counterparty"].where(rows["kind"] == "payment").fillna("").astype(str)
    to_employer = [bool(name) and _employer_payment(_name_core(name), employers) for name in payee]
    kept: pd.DataFrame = hits[~np.asarray(to_employer, dtype=bool)]
    return kept


def _points_at(inp: InferenceInput, rows: pd.DataFrame) -> pd.DataFrame:
    """The location fixes written on the same lines as ``rows`` (a shared location is a
    message and, beside it, a point): ``path``, ``locator``, ``lat``, ``lon``."""
    wanted = set(zip(rows["path"].astype(str), rows["locator"].astype(str), strict=True))
    locators = pa.array(sorted({locator for _, locator in wanted}), type=pa.large_string())
    found: list[tuple[str, str, float, float]] = []
    for batch in inp.point_batches():
        near = pc.is_in(batch.locator.cast(pa.large_string()), value_set=locators)
        for index in np.flatnonzero(near.fill_null(False).to_numpy(zero_copy_only=False)):
            key = (str(batch.path[index]), str(batch.locator[index]))
            if key in wanted:
                found.append((*key, float(batch.lat[index]), float(batch.lon[index])))
    points = pd.DataFrame(found, columns=["path", "locator", "lat", "lon"])
    return points.drop_duplicates(["path", "locator"])


def _not_at_work(inp: InferenceInput, hits: pd.DataFrame) -> pd.DataFrame:
    """Hits without the located rows at the user's own work place: a nurse sharing her
    location at the hospital she works in, a verger at his church, is at work there."""
    if hits.empty:
        return hits
    rows = inp.frame.loc[hits["position"], ["path", "locator"]]
    points = _points_at(inp, rows)
    if points.empty:
        return hits
    rows = rows.merge(points, on=["path", "locator"], how="left")
    located = rows["lat"].notna().to_numpy()
    if not located.any():
        return hits
    clusters = places.place_clusters(inp)
    work = clusters[clusters["label"] == "work"]
    if work.empty:
        return hits
    place = work.iloc[0]
    far = places.haversine_m(
        rows["lat"].to_numpy(dtype=float, na_value=np.nan),
        rows["lon"].to_numpy(dtype=float, na_value=np.nan),
        float(place["lat"]),
        float(place["lon"]),
    )
    at_work = located & (np.nan_to_num(far, nan=np.inf) <= places.CLUSTER_RADIUS_M)
    kept: pd.DataFrame = hits[~at_work]
    return kept


def _term_weight(group: str, label: str, term: str) -> float:
    """The lexicon weight of ``label``, a share of it for one of its weak terms."""
    entry = load_lexicon("sensitive").groups[group].labels.get(label)
    if entry is None:
        return 1.0
    bare = term.removeprefix("medication: ")
    return entry.weight * (WEAK_SHARE if bare in entry.weak_terms else 1.0)


def _strongest_per_row(found: pd.DataFrame, group: str) -> pd.DataFrame:
    """One hit per row and label, the one of the strongest term, with its ``weight``."""
    if found.empty:
        return found.assign(weight=pd.Series(dtype=float))
    weights = [
        _term_weight(group, str(label), str(term))
        for label, term in zip(found["label"], found["term"], strict=True)
    ]
    ranked = found.assign(weight=weights).sort_values("weight", ascending=False, kind="stable")
    return ranked.drop_duplicates(["position", "label"]).sort_index()


def _label_scores(found: pd.DataFrame) -> pd.Series:
    """Each label's score: every distinct term its weight once, and more for the rows that
    repeat it, with diminishing returns (1 + log2 of the rows). Many kinds of evidence (the
    diagnosis, the drug, the clinic) say more than one word said often: a daily blood
    pressure reading is not a stronger sign than a prescription for metformin."""
    term = found["term"].astype(str).str.removeprefix("medication: ")
    per_term = found.assign(term=term).groupby(["label", "term"])["weight"].agg(["max", "size"])
    per_term["score"] = per_term["max"] * (1.0 + np.log2(per_term["size"]))
    scores: pd.Series = per_term.groupby(level="label")["score"].sum()
    return scores


def _categories(inp: InferenceInput, texts: pd.Series) -> list[Inference]:
    hits = sensitive_hits(inp, texts.index)
    # Payment evidence (worship donations, care, medication): footprint/infer/payments.py.
    hits = pd.concat([hits, payments.sensitive_hits(inp)], ignore_index=True)
    hits = _users_own(inp, hits)
    hits = _not_at_work(inp, hits)
    hits = _not_to_employer(inp, hits)
    lexicon = matcher("sensitive")
    out: list[Inference] = []
    for group in ("health", "religion", "sexual_orientation", "trade_union", "ethnicity"):
        found = hits[hits["group"] == group]
        if group == "health":
            found = _mental_in_context(inp, found)
        found = _strongest_per_row(found, group)
        if found.empty:
            continue
        scores = _label_scores(found)
        specific = scores[~scores.index.isin(GENERIC_LABELS)]
        if not specific.empty and specific.max() >= MIN_SCORE:
            label = str(specific.sort_values(ascending=False, kind="stable").index[0])
            score = float(specific.max())
        else:
            generic = scores[scores.index.isin(GENERIC_LABELS)]
            rows_with_generic = found[found["label"].isin(GENERIC_LABELS)]["position"].nunique()
            if generic.empty or rows_with_generic < MIN_GENERIC_ROWS:
                continue
            ranked = sorted(
                generic.items(), key=lambda item: (-item[1], _GENERIC_ORDER.index(str(item[0])))
            )
            label, score = str(ranked[0][0]), float(ranked[0][1])
        rows = inp.frame.loc[sorted(set(found.loc[found["label"] == label, "position"]))]
        display = _DISPLAY.get(label, lexicon.display(group, label))
        terms = sorted(set(found.loc[found["label"] == label, "term"]))
        out.append(
            Inference(
                category=CATEGORY,
                key=group,
                claim=_CLAIMS[group].format(display=display),
                value={
                    "value": label,
                    "display": display,
                    "terms": terms[:10],
                    "scores": {str(k): float(v) for k, v in scores.items()},
                },
                confidence=round(min(0.95, 0.3 + 0.08 * score), 3),
                method=phrase(
                    "method_sensitive",
                    group=Term(
                        "sensitive", group, lexicon.lexicon.groups[group].description.capitalize()
                    ),
                ),
                evidence=refs(rows, 30),
                special_category=True,
                evidence_count=len(rows),
            )
        )
    return out


def infer(records: Sequence[Record] | InferenceInput) -> list[Inference]:
    inp = prepare(records)
    texts = own_texts(inp)
    out: list[Inference] = []
    if not texts.empty:
        out += _categories(inp, texts)
        out += politics.infer_politics(inp, texts.index)
    out += politics.infer_risky_contacts(inp)
    return out
