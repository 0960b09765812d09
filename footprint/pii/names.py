"""Names of people known from the exports' own metadata, and the forms they take in text.

Chat senders, contacts, payment counterparties and the account's display name are
people the export already names. Each gives a full name, a first name and common
nicknames (``William`` -> ``Will``, ``Bill``; ``王小明`` -> ``小明``, ``老王``), matched
case-insensitively in free text by :mod:`footprint.pii.recognizers.person_gazetteer`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from footprint.model import Contact, Message, Payment, ProfileFact, Record, unpack_raw_fields
from footprint.pii.chinese import is_common_word, split_name
from footprint.pii.fields import FIELD_ENTITIES
from footprint.pii.lexicon import COMMON_WORDS, NOT_A_PERSON

_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-'][A-Za-zÀ-ÖØ-öø-ÿ]+)*$")
_EMOJI_OR_SYMBOL = re.compile(r"[^\w\s'\-.]")

NICKNAMES: dict[str, tuple[str, ...]] = {
    "william": ("will", "bill", "billy", "liam"),
    "robert": ("rob", "bob", "bobby", "robbie"),
    "elizabeth": ("liz", "beth", "lizzie", "eliza"),
    "katherine": ("kate", "katie", "kat"),
    "catherine": ("cathy", "kate", "katie", "cat"),
    "michael": ("mike", "mikey"),
    "thomas": ("tom", "tommy"),
    "james": ("jim", "jimmy", "jamie"),
    "christopher": ("chris",),
    "christina": ("chris", "tina"),
    "daniel": ("dan", "danny"),
    "matthew": ("matt",),
    "jennifer": ("jen", "jenny"),
    "jessica": ("jess",),
    "samuel": ("sam",),
    "samantha": ("sam",),
    "alexander": ("alex",),
    "alexandra": ("alex", "lexi"),
    "benjamin": ("ben",),
    "joseph": ("joe",),
    "jonathan": ("jon",),
    "nicholas": ("nick",),
    "rebecca": ("becky", "becca"),
    "richard": ("rich", "rick"),
    "edward": ("ed", "eddie", "ted"),
    "margaret": ("maggie", "meg"),
    "victoria": ("vicky", "tori"),
    "anthony": ("tony",),
    "andrew": ("andy", "drew"),
    "david": ("dave",),
    "steven": ("steve",),
    "stephen": ("steve",),
    "charlotte": ("lottie",),
    "abigail": ("abby",),
    "zachary": ("zach",),
    "oliver": ("ollie",),
    "joshua": ("josh",),
    "timothy": ("tim",),
    "patrick": ("pat",),
    "gregory": ("greg",),
    "kenneth": ("ken",),
    "ronald": ("ron",),
    "donald": ("don",),
    "susan": ("sue",),
    "deborah": ("debbie", "deb"),
    "natalie": ("nat",),
    "nathan": ("nate",),
    "eleanor": ("ellie",),
    "amelia": ("millie",),
    "harriet": ("hattie",),
    "frederick": ("fred", "freddie"),
    "henry": ("harry",),
    "lucy": ("lu",),
}

# Sources whose values are a person only when they look like one (a payee may be a shop).
_WEAK_SOURCES = ("counterparty", "conversation")


@dataclass
class NameBook:
    """Surface forms of known people's names (lower case) -> the full name they refer to.

    ``cased`` holds forms that are also common words ("will", "may"): they count only
    when written with a capital letter and not at the start of a sentence.
    """

    forms: dict[str, str] = field(default_factory=dict)
    cased: set[str] = field(default_factory=set)
    full_names: set[str] = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.full_names)

    def add(self, name: str, *, weak: bool = False) -> bool:
        """Add a person's name and its variants; False when it does not look like a person."""
        cleaned = " ".join(name.split()).strip(" .,:;")
        if not looks_like_person(cleaned, weak=weak):
            return False
        self.full_names.add(cleaned)
        for form in name_variants(cleaned):
            self.forms.setdefault(form, cleaned)
            if form in COMMON_WORDS:
                self.cased.add(form)
        return True

    def max_tokens(self) -> int:
        return max((form.count(" ") + 1 for form in self.forms), default=1)


def looks_like_person(name: str, *, weak: bool = False) -> bool:
    """Whether a metadata value is plausibly a person's name (not a shop, a group, a number)."""
    if not name or len(name) > 60 or any(ch.isdigit() for ch in name) or "@" in name:
        return False
    if _EMOJI_OR_SYMBOL.search(name):
        return False
    lowered = name.lower()
    if any(word in NOT_A_PERSON for word in lowered.replace(".", " ").split()):
        return False
    if _CJK_NAME.match(name):
        return not any(word in name for word in NOT_A_PERSON if not word.isascii())
    tokens = name.split()
    if not 1 <= len(tokens) <= 4 or not all(_LATIN_NAME.match(token) for token in tokens):
        return False
    if len(tokens) == 1:
        return not weak and lowered not in COMMON_WORDS and len(lowered) > 1
    return all(token[0].isupper() for token in tokens) or not weak


def name_variants(name: str) -> set[str]:
    """The lower-case forms a name may take in free text."""
    if _CJK_NAME.match(name):
        return chinese_variants(name)
    tokens = name.lower().split()
    variants = {" ".join(tokens)}
    first = tokens[0]
    if len(first) > 1:
        variants.add(first)
        variants.update(NICKNAMES.get(first, ()))
    if len(tokens) > 2:
        variants.add(f"{first} {tokens[-1]}")
    return variants


def chinese_variants(name: str) -> set[str]:
    """The forms a Chinese name takes in chat: 王小明 -> 小明, 老王, 小王, 阿明, 小明, 明明.

    Forms built from the given name (阿X, 小X, XX) that jieba's dictionary knows as an
    ordinary word (明明 "obviously") are left out.
    """
    surname, given = split_name(name)
    if not surname:  # no known surname: a nickname (伟哥) or a given name already
        return {name}
    variants = {name, "老" + surname, "小" + surname, "阿" + name[-1]}
    if len(given) >= 2:
        variants.add(given)  # 王小明 -> 小明
    last = given[-1]
    for form in ("小" + last, "阿" + last, last + last):
        if form != name and not is_common_word(form):
            variants.add(form)
    return variants


def collect_names(records: Iterable[Record]) -> NameBook:
    """Every person named in the structured fields of ``records``."""
    book = NameBook()
    seen: set[tuple[str, bool]] = set()

    def offer(value: str | None, weak: bool) -> None:
        if value and (value, weak) not in seen:
            seen.add((value, weak))
            book.add(value, weak=weak)

    for record in records:
        if isinstance(record, Message):
            offer(record.actor, False)
            offer(record.counterparty, "counterparty" in _WEAK_SOURCES)
            offer(record.conversation, True)
        elif isinstance(record, Contact):
            offer(record.name, False)
        elif isinstance(record, ProfileFact) and record.field in ("display_name", "name"):
            offer(record.value, False)
        elif isinstance(record, Payment):
            offer(record.counterparty, True)
        elif record.actor:
            offer(record.actor, False)
        if record.raw_fields:
            table = FIELD_ENTITIES.get(record.source, {})
            for name, value in unpack_raw_fields(record.raw_fields):
                if table.get(name) == "PERSON":
                    offer(value, False)
    return book
