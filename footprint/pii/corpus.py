# ruff: noqa: E501, S311  (template tables read better unwrapped; the RNG makes fictional data)
"""A labelled, synthetic corpus for measuring detection, generated from a seed.

English and Chinese (and some mixed) texts shaped like chat messages, payment notes and
posts. About half hold no personal information at all, and many of those are hard
negatives: amounts, order numbers, times, dates, places, brands, "tonight". Every value
is fictional (Faker names, Ofcom drama numbers, checksummed but random card and ID
numbers). ``names`` are the people "the export knows": what a real scan learns from
senders, contacts and payees.

The committed copy is ``tests/data/pii_corpus/``; regenerate it with
``python -m footprint.pii.corpus tests/data/pii_corpus``.
"""

from __future__ import annotations

import json
import random
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

from footprint.pii.checksums import luhn_ok

# The nicknames the corpus writes for its people (its own table, fixed so the corpus stays
# the same whatever the detector derives; see footprint.pii.names for detection).
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

CORPUS_VERSION = 1
DEFAULT_SEED = 7
DEFAULT_SIZE = 3000
# Types that identify a person on their own; recall on these must stay near 1.
DIRECT_IDENTIFIERS = frozenset(
    {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "CN_RESIDENT_ID", "CN_PASSPORT",
     "CN_SOCIAL_SECURITY", "CN_DRIVING_LICENCE", "CREDIT_CARD",
     "IBAN_CODE", "UK_NINO", "UK_NHS", "UK_PASSPORT", "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN",
     "US_PASSPORT", "WECHAT_ID", "ZA_ID", "SG_NRIC", "CA_SIN", "IN_AADHAAR", "NZ_IRD",
     "IE_PPS"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Span:
    entity_type: str
    start: int
    end: int
    known: bool = False  # a PERSON the export's metadata names


@dataclass(frozen=True, slots=True)
class Sample:
    id: int
    language: str
    kind: str
    text: str
    spans: tuple[Span, ...]


@dataclass
class Corpus:
    seed: int
    names: list[str]
    samples: list[Sample] = field(default_factory=list)


_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_STREET_TYPES = ["Street", "Road", "Lane", "Avenue", "Close", "Drive", "Way", "Grove", "Terrace"]
_TOWNS = ["Manchester", "Leeds", "Bristol", "Sheffield", "York", "Leicester", "Brighton", "Bath"]
_US_CITIES = [("Springfield", "IL"), ("Portland", "OR"), ("Austin", "TX"), ("Denver", "CO")]
_CN_CITIES = [("北京市", "朝阳区"), ("上海市", "徐汇区"), ("广州市", "天河区"), ("深圳市", "南山区"),
              ("杭州市", "西湖区"), ("成都市", "武侯区")]  # fmt: skip
_CN_ROADS = ["建国路", "中山路", "人民路", "解放大道", "文三路", "科技园路", "长江路"]
_CN_REGIONS = ["110105", "310104", "440106", "440305", "330106", "510107"]
_EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com"]
_CN_EMAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com"]
_IBAN_SHAPES = {"GB": ("WEST", 14), "DE": ("", 18), "FR": ("", 23), "NL": ("ABNA", 10)}

_EN_FREE = [
    "ok", "ok", "lol", "haha", "Thanks!", "thank you x", "Yes", "no worries", "👍", "😂😂",
    "see you at 6", "running late, 10 mins", "On my way", "Happy birthday!!", "Good morning",
    "Going to Tesco, need anything?", "Watching Netflix tonight", "Did you see the match yesterday?",
    "Order 48213907 has shipped", "train at 17:45 from platform 4", "£23.50 for the taxi",
    "The meeting moved to Monday", "I'll be there in 5", "Flight BA2490 lands at 14:05",
    "Score was 3-1 in the end", "Room 101 at the library", "Can we do Thursday instead?",
    "Back from London tomorrow", "Sounds good", "Love it", "Where are you?", "Call me later",
    "Just landed in Paris", "It's raining again in Manchester", "Pizza tonight?",
    "Meeting at 3pm tomorrow", "Costs 1,250 in total", "I paid 45.99 for it", "Got 2 tickets",
    "Merry Christmas everyone", "New phone who dis", "Lunch at Pret?", "Spotify Premium renewed",
    "Monthly subscription", "Groceries", "Rent March", "Uber trip 12 Mar", "Amazon order",
    "Refund for order 112-4839201-5530213", "Invoice INV-2024-0042", "Tesco Stores 4827",
    "Great day out today!", "Can't believe it's Friday already", "New blog post is up",
    "Tonight's sunset was unreal", "Anyone else watching the final?", "Coffee first.",
    "Version 2.4 is out", "Check the PDF I sent", "My code is 4921", "Gate B12, boarding now",
]  # fmt: skip
_ZH_FREE = [
    "好的", "收到", "嗯嗯", "哈哈哈", "明天见", "我到了", "今天加班", "晚上吃什么？", "下午三点开会",
    "快递到了吗", "订单号202403150001已发货", "房间号1203", "花了128元", "会员到期2024-05-01",
    "谢谢", "辛苦了", "周末去爬山吗", "在路上了", "等我五分钟", "今天天气不错", "美团外卖",
    "滴滴出行", "微信红包", "转账成功", "还款成功", "话费充值50元", "电费缴纳", "生日快乐！",
    "新年快乐", "我在北京出差", "上海下雨了", "这个多少钱？", "发票已开", "验证码是482913",
]  # fmt: skip


class _Builder:
    """Concatenates literal text and labelled values, recording each value's span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.length = 0

    def text(self, value: str) -> None:
        self.parts.append(value)
        self.length += len(value)

    def value(self, value: str, entity: str | None, known: bool = False) -> None:
        if entity:
            self.spans.append(Span(entity, self.length, self.length + len(value), known))
        self.text(value)


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.en = Faker(["en_GB", "en_US"])
        self.en.seed_instance(seed)
        self.zh = Faker("zh_CN")
        self.zh.seed_instance(seed)
        self.known_en = self._unique(lambda: f"{self.en.first_name()} {self.en.last_name()}", 40)
        self.known_zh = self._unique(self.zh.name, 25)
        known_firsts = {name.split()[0] for name in self.known_en}
        self.unknown_en = [
            name
            for name in self._unique(lambda: f"{self.en.first_name()} {self.en.last_name()}", 200)
            if name.split()[0] not in known_firsts
        ]

    def _unique(self, make: Callable[[], str], count: int) -> list[str]:
        seen: dict[str, None] = {}
        while len(seen) < count:
            seen[make()] = None
        return list(seen)

    # -- values ---------------------------------------------------------------

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(count))

    def person_en(self) -> tuple[str, bool]:
        if self.rng.random() < 0.25:
            name = self.rng.choice(self.unknown_en)
            return (name if self.rng.random() < 0.6 else name.split()[0]), False
        name = self.rng.choice(self.known_en)
        first = name.split()[0]
        roll = self.rng.random()
        if roll < 0.35:
            return name, True
        if roll < 0.45 and first.lower() in NICKNAMES:
            return self.rng.choice(NICKNAMES[first.lower()]).capitalize(), True
        if roll < 0.55:
            return first.lower(), True
        return first, True

    def person_zh(self) -> tuple[str, bool]:
        name = self.rng.choice(self.known_zh)
        roll = self.rng.random()
        if roll < 0.55 or len(name) < 3:
            return (name if roll < 0.85 else "老" + name[0]), True
        return name[1:], True

    def phone_en(self) -> str:
        shape = self.rng.random()
        if shape < 0.35:
            return f"07700 900{self.digits(3)}"
        if shape < 0.55:
            return f"+44 7700 900{self.digits(3)}"
        if shape < 0.7:
            return f"0161 496 0{self.digits(3)}"
        area = self.rng.choice(["212", "415", "312", "617"])
        if shape < 0.85:
            return f"({area}) 555-01{self.digits(2)}"
        return f"+1 {area} 555 01{self.digits(2)}"

    def phone_cn(self) -> str:
        number = "1" + self.rng.choice("3456789") + self.digits(9)
        shape = self.rng.random()
        if shape < 0.6:
            return number
        if shape < 0.8:
            return f"{number[:3]} {number[3:7]} {number[7:]}"
        return f"+86 {number}"

    def email(self, chinese: bool = False) -> str:
        if chinese:
            local = self.zh.romanized_name().lower().replace(" ", "") + self.digits(3)
            return f"{local}@{self.rng.choice(_CN_EMAIL_DOMAINS)}"
        first, last = self.en.first_name().lower(), self.en.last_name().lower()
        local = self.rng.choice(
            [f"{first}.{last}", f"{first}{self.digits(2)}", f"{first[0]}{last}"]
        )
        return f"{local}@{self.rng.choice(_EMAIL_DOMAINS)}"

    def card(self, scheme: str | None = None) -> str:
        scheme = scheme or self.rng.choice(["visa", "mc", "mc2", "amex", "unionpay"])
        prefix, length = {
            "visa": ("4", 16),
            "mc": (str(self.rng.randint(51, 55)), 16),
            "mc2": (str(self.rng.randint(2221, 2720)), 16),
            "amex": (self.rng.choice(["34", "37"]), 15),
            "unionpay": ("62" + self.digits(4), self.rng.choice([16, 16, 19])),
        }[scheme]
        body = prefix + self.digits(length - len(prefix) - 1)
        number = next(body + d for d in string.digits if luhn_ok(body + d))
        if length == 16 and self.rng.random() < 0.6:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return number

    def iban(self) -> str:
        country = self.rng.choice(list(_IBAN_SHAPES))
        bank, digits = _IBAN_SHAPES[country]
        bban = bank + self.digits(digits)
        numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
        iban = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if self.rng.random() < 0.5:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def cn_id(self) -> str:
        born = date(1950, 1, 1) + timedelta(days=self.rng.randint(0, 365 * 55))
        body = self.rng.choice(_CN_REGIONS) + born.strftime("%Y%m%d") + self.digits(3)
        weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
        check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]
        return body + check

    def btc(self) -> str:
        payload = bytes([0]) + bytes(self.rng.getrandbits(8) for _ in range(20))
        from hashlib import sha256

        raw = payload + sha256(sha256(payload).digest()).digest()[:4]
        number, out = int.from_bytes(raw, "big"), ""
        while number:
            number, rest = divmod(number, 58)
            out = _BASE58[rest] + out
        return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out

    def eth(self) -> str:
        return "0x" + "".join(self.rng.choice("0123456789abcdef") for _ in range(40))

    def address_en(self) -> str:
        number = self.rng.randint(1, 240)
        street = f"{self.en.last_name()} {self.rng.choice(_STREET_TYPES)}"
        if self.rng.random() < 0.6:
            return f"{number} {street}, {self.rng.choice(_TOWNS)} {self.en['en_GB'].postcode()}"
        city, state = self.rng.choice(_US_CITIES)
        return f"{number} {street}, {city}, {state} {self.digits(5)}"

    def address_cn(self) -> str:
        city, district = self.rng.choice(_CN_CITIES)
        tail = self.rng.choice(["", f"{self.rng.randint(1, 20)}栋{self.rng.randint(101, 2505)}室"])
        return f"{city}{district}{self.rng.choice(_CN_ROADS)}{self.rng.randint(1, 300)}号{tail}"

    def dob(self, chinese: bool = False) -> str:
        born = date(1960, 1, 1) + timedelta(days=self.rng.randint(0, 365 * 45))
        if chinese:
            return f"{born.year}年{born.month}月{born.day}日"
        return self.rng.choice(
            [born.strftime("%d/%m/%Y"), f"{born.day} {born:%B %Y}", f"{born:%B} {born.day}, {born.year}",
             born.isoformat()]
        )  # fmt: skip

    def imei(self) -> str:
        body = self.rng.choice(["35", "86", "01"]) + self.digits(12)
        return next(body + d for d in string.digits if luhn_ok(body + d))

    def mac(self) -> str:
        sep = self.rng.choice([":", "-"])
        return sep.join(f"{self.rng.randint(0, 255):02X}" for _ in range(6))

    def ip(self) -> str:
        return ".".join(str(self.rng.randint(11, 223)) for _ in range(4))

    def url(self) -> str:
        handle = self.en.user_name()
        return self.rng.choice(
            [f"https://www.instagram.com/{handle}", f"https://twitter.com/{handle}",
             f"www.linkedin.com/in/{handle}", f"https://github.com/{handle}/dotfiles"]
        )  # fmt: skip

    def wechat(self) -> str:
        return self.zh.romanized_name().lower().replace(" ", "_") + self.digits(2)

    def qq(self) -> str:
        return str(self.rng.randint(10000, 3999999999))

    # -- templates ----------------------------------------------------------------

    def build(self, template: str, chinese: bool) -> tuple[str, tuple[Span, ...]]:
        """Fill ``{slot}`` markers; each slot's value is labelled with its entity type."""
        builder = _Builder()
        rest = template
        while "{" in rest:
            before, _, after = rest.partition("{")
            slot, _, rest = after.partition("}")
            builder.text(before)
            value, entity, known = self.slot(slot, chinese)
            builder.value(value, entity, known)
        builder.text(rest)
        return "".join(builder.parts), tuple(builder.spans)

    def slot(self, slot: str, chinese: bool) -> tuple[str, str | None, bool]:
        if slot == "person":
            name, known = self.person_zh() if chinese else self.person_en()
            return name, "PERSON", known
        if slot == "person_en":
            name, known = self.person_en()
            return name, "PERSON", known
        if slot == "person_zh":
            name, known = self.person_zh()
            return name, "PERSON", known
        makers: dict[str, tuple[Callable[[], str], str | None]] = {
            "phone": (self.phone_cn if chinese else self.phone_en, "PHONE_NUMBER"),
            "cn_phone": (self.phone_cn, "PHONE_NUMBER"),
            "email": (lambda: self.email(chinese), "EMAIL_ADDRESS"),
            "card": (self.card, "CREDIT_CARD"),
            "unionpay": (lambda: self.card("unionpay"), "CREDIT_CARD"),
            "mc2": (lambda: self.card("mc2"), "CREDIT_CARD"),
            "iban": (self.iban, "IBAN_CODE"),
            "cn_id": (self.cn_id, "CN_RESIDENT_ID"),
            "passport": (lambda: self.rng.choice("EG") + self.digits(8), "CN_PASSPORT"),
            "wechat": (self.wechat, "WECHAT_ID"),
            "qq": (self.qq, "QQ_NUMBER"),
            "btc": (self.btc, "CRYPTO"),
            "eth": (self.eth, "CRYPTO"),
            "address": (self.address_cn if chinese else self.address_en, "LOCATION"),
            "dob": (lambda: self.dob(chinese), "DATE_OF_BIRTH"),
            "imei": (self.imei, "IMEI"),
            "mac": (self.mac, "MAC_ADDRESS"),
            "ip": (self.ip, "IP_ADDRESS"),
            "url": (self.url, "URL"),
            "amount": (lambda: f"{self.rng.randint(2, 400)}.{self.digits(2)}", None),
            "order": (lambda: self.digits(self.rng.choice([6, 8, 12])), None),
            "time": (
                lambda: f"{self.rng.randint(7, 22)}:{self.rng.choice(['00', '15', '30', '45'])}",
                None,
            ),
            "free": (lambda: self.rng.choice(_ZH_FREE if chinese else _EN_FREE), None),
        }
        make, entity = makers[slot]
        return make(), entity, False


_EN_CHAT = [
    "my new number is {phone}", "call {person} on {phone} when you can", "{person} said she'd be late",
    "can you send it to {email}?", "Tell {person} I said happy birthday!", "{person} and {person} are coming too",
    "Dinner at {person}'s place on Friday", "omg {person} is here", "lol {person} is hilarious",
    "ok I'll transfer it, my IBAN is {iban}", "card number {card} exp 09/27", "use my card {mc2}",
    "I've moved! new address: {address}", "I live at {address} now", "send the parcel to {address}",
    "I was born on {dob}", "DOB {dob}", "my bitcoin wallet is {btc}", "send the ETH to {eth}",
    "phone IMEI is {imei}", "router MAC address {mac}", "login from {ip} was that you?",
    "here's my profile {url}", "text {person} at {phone}", "email {person} at {email}",
    "Bumped into {person} at the station", "{person} sends her love", "ask {person} about {time}",
    "{free} {person}", "is {person} coming at {time}?", "her number is {phone} and email {email}",
    "{phone}", "{email}", "Thanks {person}!", "{person}: see you at {time}",
]  # fmt: skip
_EN_PAYMENT = [
    "Payment to {person} for dinner", "Refund from {person}", "Transfer to {iban} ref rent",
    "Sent {amount} to {person}", "Money request from {person}", "Paid with card {card}",
    "Order {order}", "Subscription {amount}", "Split bill with {person}", "From {email}",
]  # fmt: skip
_EN_POST = [
    "Great day out with {person}!", "Happy birthday {person}! 🎉", "Anyone selling tickets? DM {email}",
    "Follow me at {url}", "Congrats to {person} on the new job", "Best coffee in town, thanks {person}",
    "Looking for a flatmate near {address}", "Call {phone} for bookings",
]  # fmt: skip
_ZH_CHAT = [
    "我的手机号是{phone}", "手机号是{phone}谢谢", "有事打{phone}", "邮箱是{email}吧", "发到我邮箱{email}",
    "{person}说他晚点到", "我和{person}去吃饭了", "{person}今天生日", "问一下{person}吧", "{person}到了没？",
    "身份证号{cn_id}", "我的身份证是{cn_id}，帮我订票", "加我微信{wechat}", "微信号：{wechat}",
    "我QQ是{qq}", "QQ号{qq}", "护照号码{passport}", "我的护照{passport}快过期了",
    "银行卡号{unionpay}", "卡号：{card}", "寄到{address}", "我家地址是{address}", "我住在{address}",
    "出生日期{dob}", "我生日是{dob}", "{person}的电话是{phone}", "让{person}加我微信{wechat}",
    "{free}，{person}", "{person}{time}到",
]  # fmt: skip
_ZH_PAYMENT = [
    "转账给{person}", "收到{person}的转账", "向{person}付款{amount}元", "美团订单{order}",
    "银行卡{unionpay}还款", "{person}发起的群收款", "退款{amount}元", "订单号{order}",
]  # fmt: skip
_ZH_POST = [
    "今天和{person}一起去爬山", "祝{person}生日快乐！", "有意者联系{phone}", "合作请发邮件到{email}",
    "{free}", "感谢{person}的帮助",
]  # fmt: skip
_MIXED = [
    "我和{person_en}明天去shopping", "call me 手机{cn_phone}", "Meeting with {person_zh} at {time}",
    "{person_zh} says hi, 她的微信是{wechat}", "我的email是{email}", "lunch with {person_zh}?",
    "{person_en}的电话是{phone}", "ok 收到 thanks",
]  # fmt: skip


def generate(seed: int = DEFAULT_SEED, size: int = DEFAULT_SIZE) -> Corpus:
    """``size`` labelled samples, identical for the same seed and Faker version."""
    gen = _Generator(seed)
    corpus = Corpus(seed=seed, names=gen.known_en + gen.known_zh)
    rng = gen.rng
    for index in range(size):
        roll = rng.random()
        language = "en" if roll < 0.6 else "zh" if roll < 0.9 else "mixed"
        kind = rng.choices(["chat", "payment", "post"], weights=[6, 2, 2])[0]
        chinese = language == "zh"
        if language == "mixed":
            template = rng.choice(_MIXED)
        elif rng.random() < 0.5:
            free = _ZH_FREE if chinese else _EN_FREE
            template = rng.choice(free)
            if rng.random() < 0.3:
                template = f"{template} {rng.choice(free)}"
            template = template.replace("{", "(").replace("}", ")")
        else:
            pools = {
                ("en", "chat"): _EN_CHAT, ("en", "payment"): _EN_PAYMENT, ("en", "post"): _EN_POST,
                ("zh", "chat"): _ZH_CHAT, ("zh", "payment"): _ZH_PAYMENT, ("zh", "post"): _ZH_POST,
            }  # fmt: skip
            template = rng.choice(pools[(language, kind)])
        text, spans = gen.build(template, chinese)
        corpus.samples.append(Sample(index, language, kind, text, spans))
    return corpus


def save(corpus: Corpus, folder: Path) -> None:
    """``meta.json`` (seed, known names) and ``samples.jsonl`` (one sample a line)."""
    folder.mkdir(parents=True, exist_ok=True)
    meta = {"version": CORPUS_VERSION, "seed": corpus.seed, "names": corpus.names}
    (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
    with (folder / "samples.jsonl").open("w", encoding="utf-8") as out:
        for sample in corpus.samples:
            row = {
                "id": sample.id,
                "language": sample.language,
                "kind": sample.kind,
                "text": sample.text,
                "spans": [[s.entity_type, s.start, s.end, s.known] for s in sample.spans],
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def load(folder: Path) -> Corpus:
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    corpus = Corpus(seed=meta["seed"], names=list(meta["names"]))
    with (folder / "samples.jsonl").open(encoding="utf-8") as rows:
        for line in rows:
            row = json.loads(line)
            spans = tuple(Span(t, s, e, k) for t, s, e, k in row["spans"])
            corpus.samples.append(
                Sample(row["id"], row["language"], row["kind"], row["text"], spans)
            )
    return corpus


if __name__ == "__main__":
    save(generate(), Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data/pii_corpus"))
