"""What payments say beyond money: who pays the user, medication, health care and worship.

- :func:`clean_payer` turns a bank line ("ACME CORP DES:PAYROLL ID:88123 PPD") into the
  payer's name ("ACME CORP"), so that pay from one employer groups together whatever
  reference numbers each row carries.
- :func:`sensitive_hits` finds special-category evidence in payments, as rows shaped like
  the sensitive lexicon's hits, for :mod:`footprint.infer.sensitive` to weigh with the rest:
  donations to a place of worship (religion), payments to a hospital or clinic, repeated
  pharmacy purchases and medication named in a payment (health); and in the person's own
  messages, medication of a known class (amlodipine, 氨氯地平: high blood pressure), told by
  the drug-class stem of its international nonproprietary name. Medication names come from
  the dictionary shipped in ``drug-named-entity-recognition`` (MedlinePlus, MeSH and
  DrugBank's open vocabulary), read as data: that package's module is never imported (it
  reads a cache in the home folder and has download helpers).
"""

from __future__ import annotations

import bz2
import importlib.util
import pickle  # the dictionary a pinned, installed package ships
import re
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from footprint.infer.frame import InferenceInput

__all__ = ["clean_payer", "is_refund", "medications", "sensitive_hits"]

# --- payers -------------------------------------------------------------------------------

# "ID: 88123", "INDN:JANE DOE" (the account holder's own name), "CO ID:...", "REF 4471".
_LABELLED = re.compile(
    r"(?i)\b(?:co\s*id|id|des|ref|reference|trace|txn|web\s*id|sec|ppd\s*id)\s*[:#]\s*\S+"
)
# The individual's name on an ACH line runs to the next label or the end.
_INDIVIDUAL = re.compile(r"(?i)\bindn\s*:.*?(?=\s+(?:co\s*id|id|des|ppd|ccd|web|trace)\b|$)")
# Words of a pay line that are not the payer's name (English and Chinese).
_PAY_WORDS = frozenset(
    {
        "payroll",
        "salary",
        "salaries",
        "wages",
        "wage",
        "pay",
        "paycheck",
        "paycheque",
        "direct",
        "dep",
        "deposit",
        "dir",
        "dd",
        "bacs",
        "bgc",
        "fps",
        "faster",
        "payment",
        "payments",
        "credit",
        "transfer",
        "xfer",
        "tfr",
        "from",
        "ppd",
        "ccd",
        "ach",
        "ref",
        "reference",
        "id",
        "co",
        "des",
        "indn",
        "trace",
        "sal",
        "net",
        "monthly",
        "biweekly",
        "weekly",
        "via",
        "giro",
        "wire",
        "",
    }
)
_CHINESE_PAY_WORDS = re.compile(r"代发工资|代发薪资|代发|工资|薪资|薪水|奖金|绩效|劳务费|转账|收款")
_TOKEN = re.compile(r"[^\s:;|/*#,]+")
_HAS_DIGIT = re.compile(r"\d")
_EDGE_PUNCTUATION = " -_.,;:|/*#()[]（）【】"


def clean_payer(text: str | None) -> str | None:
    """The payer's name in a payment line, without reference numbers and pay words;
    None when nothing is left."""
    if not text:
        return None
    stripped = _LABELLED.sub(" ", _INDIVIDUAL.sub(" ", str(text)))
    stripped = _CHINESE_PAY_WORDS.sub(" ", stripped)
    kept = [
        token
        for token in _TOKEN.findall(stripped)
        if not _HAS_DIGIT.search(token) and token.casefold().strip(".-") not in _PAY_WORDS
    ]
    name = " ".join(kept).strip(_EDGE_PUNCTUATION)
    return name or None


_REFUND = re.compile(
    r"(?i)\b(?:refund(?:ed)?|reversal|reversed|returned|return|chargeback|cash ?back|"
    r"reimburse(?:ment|d)?)\b|退款|退回|退货|返现|撤销|冲正|报销"
)


def is_refund(text: str | None) -> bool:
    """Whether a credit reads as money given back (a refund, a reversal), not income."""
    return bool(text) and bool(_REFUND.search(str(text)))


# --- medication ---------------------------------------------------------------------------

# Shorter names are too often words or codes ("alli", "deet").
MIN_MEDICATION_LENGTH = 6
_WORD = re.compile(r"[a-z][a-z\-]+")


@cache
def _medication_names() -> frozenset[str]:
    """Single-word medication names (generic and brand), lower case; empty when the
    dictionary is not installed."""
    # Found without importing the package: its __init__ loads this file itself, reads a
    # cache from the home folder and imports an HTTP client.
    spec = importlib.util.find_spec("drug_named_entity_recognition")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    if not folders:
        return frozenset()
    try:
        with bz2.open(Path(folders[0]) / "drug_ner_dictionary.pkl.bz2", "rb") as stream:
            dictionary = pickle.load(stream)  # noqa: S301  # shipped data, see module doc
    except (OSError, EOFError, pickle.UnpicklingError):
        return frozenset()
    variants = dictionary.get("drug_variant_to_canonical", {})
    return frozenset(
        name
        for name in variants
        if isinstance(name, str) and len(name) >= MIN_MEDICATION_LENGTH and name.isalpha()
    )


def medications(text: str | None) -> list[str]:
    """Medication names in ``text`` (English), in order, each once."""
    if not text:
        return []
    names = _medication_names()
    found: list[str] = []
    for word in _WORD.findall(str(text).casefold()):
        if word in names and word not in found:
            found.append(word)
    return found


# Drug classes by their international nonproprietary name (INN) stem, which Chinese generic
# names follow too (-pril 普利, -sartan 沙坦, -dipine 地平 ...): the class says the condition.
# English words must also be in the medication dictionary. Two Chinese stems also end
# ordinary words, which are ruled out: 地平线 (horizon), 普利茅斯 (Plymouth), 普利策 (Pulitzer).
_CJK_LEAD = "吃在的买拿用了是"  # words before a name, not part of it
_CLASS_STEMS = (
    ("hypertension", r"pril|sartan|dipine", r"普利(?![茅策司斯森])|沙坦|地平(?![线面])"),
    ("high_cholesterol", r"statin", r"他汀"),
    ("diabetes", r"gliptin|gliflozin|glitazone", r"列汀|格列净|格列酮"),
    ("migraine", r"triptan", r"曲坦"),
    ("depression", r"oxetine|triptyline|citalopram", r"西汀|替林|酞普兰"),
    ("anxiety", r"azepam|azolam", r"西泮|唑仑"),
)
# Any stem at all, for a vectorised first pass over many texts (no lookaround: the Arrow
# regex engine has none); the patterns below then read only the texts it lets through.
_ANY_STEM = "|".join(
    [rf"(?i)[a-z](?:{'|'.join(latin for _, latin, _ in _CLASS_STEMS)})\b"]
    + [chinese.replace("(?![茅策司斯森])", "").replace("(?![线面])", "")
       for _, _, chinese in _CLASS_STEMS]
)  # fmt: skip
_ANY_STEM_RE = re.compile(_ANY_STEM)
_CLASS_PATTERNS = tuple(
    (
        label,
        re.compile(rf"(?i)\b[a-z]+(?:{latin})\b"),
        re.compile(rf"[\u4e00-\u9fff]{{1,4}}(?:{chinese})"),
    )
    for label, latin, chinese in _CLASS_STEMS
)


def medication_classes(text: str | None) -> list[tuple[str, str]]:
    """(condition, medication) for each medication in ``text`` whose INN stem names a
    drug class: ``amlodipine`` and 氨氯地平 are both ("hypertension", ...)."""
    if not text or not _ANY_STEM_RE.search(str(text)):
        return []
    found: list[tuple[str, str]] = []
    names = _medication_names()
    for label, latin, chinese in _CLASS_PATTERNS:
        for match in latin.finditer(str(text)):
            word = match.group(0).casefold()
            if word in names:
                found.append((label, word))
        found.extend(
            (label, match.group(0).lstrip(_CJK_LEAD)) for match in chinese.finditer(str(text))
        )
    return found


# --- health and worship -------------------------------------------------------------------

_CARE = re.compile(
    r"(?i)\b(?:hospital|clinic|medical (?:center|centre|group)|urgent care|physician|"
    r"therap(?:y|ist)|counsell?ing|copay|co-pay|gp surgery)\b|"
    r"医院|诊所|卫生院|门诊|挂号|医疗健康|中医馆"
)
# Care for the mind, without saying which condition: "mental_health_care", which the
# condition named elsewhere in the person's records takes over (sensitive.py).
_MENTAL_CARE = re.compile(
    r"(?i)\b(?:therap(?:y|ist)|psychotherapy|counsell?ing|counsell?or|psychiatr(?:y|ist|ic)|"
    r"psycholog(?:y|ist|ical)|behavioral health|behavioural health|mental health)\b|"
    r"心理咨询|心理治疗|心理医生|精神科|精神卫生|心理诊所"
)
_PHARMACY = re.compile(
    r"(?i)\b(?:pharmacy|pharmacie|drug ?store|chemist|apothecary|prescriptions?|rx|refill)\b|"
    r"药房|药店|大药房|药业|医药"
)
# Pharmacies sell toothpaste too: without a named medication, only repeated purchases count.
MIN_PHARMACY_PAYMENTS = 3

# (religion label, pattern of a place of worship or of giving there).
# A street named after a church is not one ("Church St", "静安寺路", the "静安寺站" station).
_NOT_STREET = r"(?!\s+(?:st|street|rd|road|lane|ln|ave|avenue|hill|end|way|sq|square)\b)"
_CJK_NOT_STREET = r"(?![街路巷站村镇店桥区])"
_WORSHIP_PLACES = (
    (
        "christian",
        rf"(?i)\b(?:church{_NOT_STREET}|cathedral{_NOT_STREET}|basilica{_NOT_STREET}|"
        rf"parish{_NOT_STREET}|diocese|ministries|tithes?)\b|"
        rf"教会|教堂{_CJK_NOT_STREET}|堂会",
    ),
    ("muslim", r"(?i)\b(?:mosque|masjid|islamic (?:center|centre)|zakat|sadaqah?)\b|清真寺"),
    ("jewish", r"(?i)\b(?:synagogue|tzedakah)\b|犹太会堂"),
    ("sikh", r"(?i)\b(?:gurdwara|gurudwara)\b"),
    ("hindu", r"(?i)\b(?:mandir|hindu temple)\b"),
    (
        "buddhist",
        rf"(?i)\b(?:buddhist|vihara)\b|[\u4e00-\u9fff]寺{_CJK_NOT_STREET}|禅院|佛教|佛堂|礼佛|拜佛|"
        r"菩萨|随喜|功德|供灯|香火|布施|法会",
    ),
)
# A payment to an ambiguous "temple" counts only when it reads as giving.
_GIVING = re.compile(
    r"(?i)\b(?:donation|donate|offering|tithe|gift|contribution|pledge|alms)\b|"
    r"随喜|功德|香火|供灯|供养|布施|捐|善款|祈福"
)
_TEMPLE = re.compile(r"(?i)\btemple\b|庙|宫观|道观")
# Tickets and shopping at a famous temple are tourism, not worship.
_TOURISM = re.compile(r"(?i)\b(?:tickets?|admission|parking|tour)\b|门票|停车|景区|索道|文创|庙会")

_HIT_COLUMNS = ["position", "group", "label", "term"]


def outgoing(frame: pd.DataFrame) -> pd.Series:
    """Payment rows that are not money received (an unsigned or missing amount counts
    as paid): only what the user pays for says what they need or believe."""
    received = pd.to_numeric(frame["amount"], errors="coerce").gt(0)
    return (frame["kind"] == "payment") & ~received


def _payment_texts(inp: InferenceInput) -> pd.Series:
    frame = inp.frame
    payments: pd.Series = frame.loc[outgoing(frame), "search_text"]
    texts: pd.Series = payments[payments.notna()].astype(str)
    return texts


# Every place of worship in one pattern, a named group per religion (the first in the text wins).
_WORSHIP = re.compile(
    "|".join(f"(?P<{label}>{pattern.removeprefix('(?i)')})" for label, pattern in _WORSHIP_PLACES),
    re.IGNORECASE,
)


def _religion(text: str) -> tuple[str, str] | None:
    if _TOURISM.search(text):
        return None
    match = _WORSHIP.search(text)
    if match and match.lastgroup:
        return match.lastgroup, match.group(0)
    if _TEMPLE.search(text) and _GIVING.search(text):
        return "worship_generic", "donation at a temple"
    return None


# A dose ("500MG", 片) says a medication is named even where no pharmacy is.
_DOSE = r"\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|ml|iu)\b|片|胶囊|缓释|注射液"
# Anything a payment could say about health or worship, for skipping the rest at once.
_ANY_EVIDENCE = re.compile(
    "|".join(
        [
            _WORSHIP.pattern,
            _TEMPLE.pattern,
            _CARE.pattern,
            _MENTAL_CARE.pattern,
            _PHARMACY.pattern,
            _ANY_STEM,
            _DOSE,
        ]
    ).replace("(?i)", ""),
    re.IGNORECASE,
)


def _evidence(text: str) -> list[tuple[str, str, str]]:
    """(group, label, term) found in one payment's text; a bare pharmacy purchase is
    ``("health", "pharmacy", ...)``, counted only when repeated."""
    found: list[tuple[str, str, str]] = []
    # The medication dictionary is read only for payments that look like health care.
    if not _ANY_EVIDENCE.search(text):
        return []
    religion = _religion(text)
    if religion is not None:
        found.append(("religion", religion[0], religion[1].casefold()))
    classes = medication_classes(text)
    if classes:  # the condition itself: more than "medical care"
        found.extend(("health", label, f"medication: {name}") for label, name in classes)
        return found
    named = medications(text)
    care = _CARE.search(text)
    if named:
        found.append(("health", "medical_care", f"medication: {named[0]}"))
    elif mental := _MENTAL_CARE.search(text):
        found.append(("health", "mental_health_care", mental.group(0).casefold()))
    elif care:
        found.append(("health", "medical_care", care.group(0).casefold()))
    elif _PHARMACY.search(text):
        found.append(("health", "pharmacy", "pharmacy"))
    return found


def _contains(texts: pd.Series, pattern: str) -> np.ndarray:
    """Which texts match ``pattern`` (no lookaround), in Arrow's regex engine: one pass in
    C over a million messages."""
    array = pa.array(texts.tolist(), type=pa.large_string(), from_pandas=True)
    found = pc.match_substring_regex(array, pattern).fill_null(False)
    return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)


def sensitive_hits(inp: InferenceInput) -> pd.DataFrame:
    """Special-category evidence in payments, one row per (payment, label): the columns of
    :meth:`InferenceInput.hits` (``position``, ``group``, ``label``, ``term``)."""
    texts = _payment_texts(inp)
    # Each distinct text is read once: a bank export repeats the same lines.
    codes, uniques = pd.factorize(texts)
    per_text = [_evidence(str(text)) for text in uniques]
    rows = [
        (int(position), group, label, term)
        for position, code in zip(texts.index.tolist(), codes.tolist(), strict=True)
        for group, label, term in per_text[code]
    ]
    # What the person wrote: only a medication of a known class counts (a painkiller
    # mentioned in passing is not a condition).
    frame = inp.frame
    own = frame.loc[
        frame["is_me"] & frame["kind"].isin(["message", "post"]) & frame["text"].notna(), "text"
    ].astype("str")
    own = own[_contains(own, _ANY_STEM)]
    own_codes, own_uniques = pd.factorize(own)
    own_classes = [medication_classes(str(text)) for text in own_uniques]
    rows += [
        (int(position), "health", label, f"medication: {name}")
        for position, code in zip(own.index.tolist(), own_codes.tolist(), strict=True)
        for label, name in own_classes[code]
    ]
    found = pd.DataFrame(rows, columns=_HIT_COLUMNS)
    pharmacy = found["label"] == "pharmacy"
    if pharmacy.sum() >= MIN_PHARMACY_PAYMENTS:
        found.loc[pharmacy, "label"] = "medical_care"
    else:
        found = found[~pharmacy]
    return found.reset_index(drop=True)
