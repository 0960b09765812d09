"""Generate the independent10 blind corpus (stdlib only, deterministic).

Usage: python3 generate.py [OUTDIR]     (default: this folder)
"""
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import i10_ids as ids  # noqa: E402
import i10_en as en  # noqa: E402
import i10_zh as zh  # noqa: E402

N_LINES = 400
N_NONE = 60
CAP = 3
SLOT_RE = re.compile(r"\{([A-Za-z0-9_]+)\}|<<([A-Z_]+)\|([^>]+)>>")


class Pool:
    """Pick the least-used item (ties broken by rng) so pools rotate."""

    def __init__(self, rng, items):
        self.rng = rng
        self.items = list(items)
        self.used = {x: 0 for x in self.items}

    def pick(self, avoid=()):
        cands = [x for x in self.items if x not in avoid]
        lo = min(self.used[x] for x in cands)
        best = [x for x in cands if self.used[x] == lo]
        x = self.rng.choice(best)
        self.used[x] += 1
        return x


class BrandCap:
    """Counts brand mentions per line; no brand may appear in more than CAP lines."""

    def __init__(self, brands, latin):
        self.brands = list(brands)
        self.count = {b: 0 for b in self.brands}
        self.latin = latin
        self.rx = {b: re.compile(r"(?<![A-Za-z])" + re.escape(b) + r"(?![A-Za-z])") for b in self.brands}

    def found(self, text):
        if self.latin:
            return [b for b in self.brands if self.rx[b].search(text)]
        return [b for b in self.brands if b in text]

    def ok(self, text):
        return all(self.count[b] < CAP for b in self.found(text))

    def commit(self, text):
        for b in self.found(text):
            self.count[b] += 1

    def pick(self, rng, line_used, subset=None):
        cands = [b for b in (subset or self.brands) if self.count[b] + line_used.count(b) < CAP - 0 and b not in line_used]
        lo = min(self.count[b] for b in cands)
        best = [b for b in cands if self.count[b] == lo]
        b = rng.choice(best)
        line_used.append(b)
        return b


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("'", "").replace(" ", "").replace("-", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def looks_like_id(text):
    """True if a digit run in text would pass an identifier checksum (kept out of PII-free lines)."""
    for d in re.findall(r"\d{9,}", text):
        if 13 <= len(d) <= 19 and ids.luhn_ok(d):
            return True
        if len(d) == 18 and ids.cn_id_ok(d):
            return True
        if len(d) == 11 and re.match(r"1[3-9]", d):
            return True
        if len(d) == 10 and ids.nhs_ok(d):
            return True
        if len(d) == 9 and ids.aba_ok(d):
            return True
    return False


def render(tpl, fill):
    """fill(slot) -> (value, type_or_None).  Returns text, entities."""
    out, ents, pos = [], [], 0
    i = 0
    for m in SLOT_RE.finditer(tpl):
        out.append(tpl[i:m.start()])
        pos += m.start() - i
        if m.group(1):
            val, typ = fill(m.group(1))
        else:
            val, typ = m.group(3), m.group(2)
        if typ:
            ents.append({"type": typ, "start": pos, "end": pos + len(val), "value": val})
        out.append(val)
        pos += len(val)
        i = m.end()
    out.append(tpl[i:])
    return "".join(out), ents


def shift(ents, k):
    return [dict(e, start=e["start"] + k, end=e["end"] + k) for e in ents]


# ====================================================================== English
class En:
    def __init__(self, rng, cap):
        self.rng = rng
        self.cap = cap
        self.origin = Pool(rng, range(len(en.NAMES)))
        self.first = {i: Pool(rng, en.NAMES[i][1]) for i in range(len(en.NAMES))}
        self.sur = {i: Pool(rng, en.NAMES[i][2]) for i in range(len(en.NAMES))}
        self.word = Pool(rng, en.WORD_NAMES)
        self.nick = Pool(rng, en.NICKS)
        self.bands = Pool(rng, en.BANDS)
        self.films = Pool(rng, en.FILMS)
        self.teams = Pool(rng, en.TEAMS)
        self.places = Pool(rng, en.PLACES)
        self.streets = Pool(rng, en.STREETS_UK)
        self.ustreets = Pool(rng, en.STREETS_US)
        self.line_brands = []
        self.last_name = None

    def first_name(self):
        r = self.rng.random()
        if r < 0.18:
            return self.word.pick()
        o = self.origin.pick()
        return self.first[o].pick()

    def full(self):
        o = self.origin.pick()
        f = self.first[o].pick()
        if self.rng.random() < 0.1:
            f = self.word.pick()
        s = self.sur[o].pick()
        if o == 13 and self.rng.random() < 0.4:  # Chinese order in some lines
            return f"{s} {f}"
        return f"{f} {s}"

    def surname(self):
        return self.sur[self.origin.pick()].pick()

    def email(self):
        r = self.rng
        o = self.origin.pick()
        f = ascii_fold(self.first[o].pick()).lower()
        s = ascii_fold(self.sur[o].pick()).lower()
        local = r.choice([f"{f}.{s}", f"{f[0]}.{s}{r.randint(1, 99)}", f"{f}{s[:3]}", f"{s}_{f}",
                          f"{f}.{s}{r.choice(['', '.work', '_home'])}", f"{f}{r.randint(80, 2005)}",
                          f"{f}_{r.choice(['bakes', 'fixes', 'designs', 'tutor', 'cleaning'])}"])
        dom = r.choice(["example.com", "example.org", "example.net", "mail.example.com", "example.com",
                        "uni.example.ac.uk".replace(".ac.uk", ".org")])
        e = f"{local}@{dom}"
        return e if r.random() > 0.1 else e.capitalize()

    def username(self):
        r = self.rng
        f = ascii_fold(self.first_name()).lower()
        return r.choice([f"{f}_{r.randint(1, 99)}", f"{f}.{r.choice(['bakes', 'vintage', 'fits', 'gaming', 'lifts'])}",
                         f"the_real_{f}", f"{f}{r.choice(['x', 'xo', 'uk', 'nyc'])}{r.randint(1, 9)}",
                         f"{r.choice(['its', 'lil', 'big'])}{f}", f"{f}_{ascii_fold(self.surname()).lower()}"])

    def url(self):
        r = self.rng
        u = self.username()
        return r.choice([f"https://www.instagram.com/{u}", f"instagram.com/{u}", f"https://github.com/{u}",
                         f"https://www.etsy.com/shop/{u.replace('.', '').replace('_', '')}",
                         f"https://www.facebook.com/{u.replace('_', '.')}", f"https://www.tiktok.com/@{u}",
                         f"https://www.vinted.co.uk/member/{r.randint(10000000, 99999999)}-{u.replace('.', '')}",
                         f"https://www.ebay.co.uk/usr/{u}", f"linktr.ee/{u}", f"https://{u.replace('_', '').replace('.', '')}.example.com/~{u}"])

    def uk_addr(self):
        r = self.rng
        town, pc = r.choice(en.TOWNS_UK)
        st = self.streets.pick()
        post = f"{pc} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXY')}"
        n = r.randint(1, 214)
        form = r.random()
        if form < 0.3:
            return f"{n} {st}"
        if form < 0.55:
            return f"{n} {st}, {town} {post}"
        if form < 0.7:
            return f"Flat {r.randint(1, 12)}, {n} {st}, {town}"
        if form < 0.85:
            return f"{n} {st.lower()} {town.lower()}"
        return f"{n}{r.choice('ab')} {st}, {post}"

    def us_addr(self):
        r = self.rng
        city, state, z = r.choice(en.TOWNS_US)
        st = self.ustreets.pick()
        n = r.randint(100, 9899)
        form = r.random()
        if form < 0.4:
            return f"{n} {st}, {city}, {state} {z}{r.randint(10, 99)}"
        if form < 0.7:
            return f"{n} {st} Apt {r.randint(1, 30)}{r.choice('ABCD')}"
        return f"{n} {st}, {city} {state}"

    def fill(self, slot):
        r = self.rng
        if slot == "P":
            v = self.first_name()
            return v, "PERSON"
        if slot == "p":
            return self.first_name().lower(), "PERSON"
        if slot == "F":
            return self.full(), "PERSON"
        if slot == "SUR":
            return self.surname(), "PERSON"
        if slot == "WN":
            return self.word.pick(), "PERSON"
        if slot == "NICK":
            return self.nick.pick(), "PERSON"
        if slot == "TITLE":
            return r.choice(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs."]), None
        if slot == "MOB":
            return ids.uk_mobile(r), "PHONE_NUMBER"
        if slot == "LAND":
            return ids.uk_land(r), "PHONE_NUMBER"
        if slot == "USPH":
            return ids.us_phone(r), "PHONE_NUMBER"
        if slot == "EMAIL":
            return self.email(), "EMAIL_ADDRESS"
        if slot == "CARD":
            return ids.card(r), "CREDIT_CARD"
        if slot == "SORT":
            return ids.sort_code(r), "BANK_ACCOUNT"
        if slot == "ACC":
            return ids.uk_account(r), "BANK_ACCOUNT"
        if slot == "ROUT":
            return ids.aba(r), "BANK_ACCOUNT"
        if slot == "USACC":
            return ids.digits(r, r.randint(10, 12)), "BANK_ACCOUNT"
        if slot == "IBAN":
            return ids.iban(r), "IBAN_CODE"
        if slot == "IP":
            return ids.ip(r), "IP_ADDRESS"
        if slot == "URL":
            return self.url(), "URL"
        if slot == "HANDLE":
            return "@" + self.username(), "USERNAME"
        if slot == "UNAME":
            return self.username(), "USERNAME"
        if slot == "UKPLATE":
            return ids.uk_plate(r), "LICENSE_PLATE"
        if slot == "USPLATE":
            return ids.us_plate(r), "LICENSE_PLATE"
        if slot == "NINO":
            return ids.nino(r), "UK_NINO"
        if slot == "NHS":
            return ids.nhs(r), "UK_NHS"
        if slot == "UKPP":
            return ids.uk_passport(r), "UK_PASSPORT"
        if slot == "UKDL":
            o = self.origin.pick()
            s = ascii_fold(self.sur[o].pick())
            return ids.uk_dl(r, s, r.random() < 0.5, ascii_fold(self.first[o].pick())[0] + r.choice("ABCDEFGHJKLMNPRSTW9")), "UK_DRIVING_LICENCE"
        if slot == "SSN":
            return ids.ssn(r), "US_SSN"
        if slot == "ITIN":
            return ids.itin(r), "US_ITIN"
        if slot == "USPP":
            return ids.us_passport(r), "US_PASSPORT"
        if slot == "USDL":
            return ids.us_dl(r)[1], "US_DRIVER_LICENSE"
        if slot == "UKADDR":
            return self.uk_addr(), "LOCATION"
        if slot == "USADDR":
            return self.us_addr(), "LOCATION"
        if slot == "STREET":
            return self.streets.pick(), None
        if slot in en.SHOPS:
            return self.cap.pick(r, self.line_brands, en.SHOPS[slot]), None
        if slot == "PLACE":
            return self.places.pick(), None
        if slot == "BAND":
            return self.bands.pick(), None
        if slot == "FILM":
            return self.films.pick(), None
        if slot == "TEAM":
            return self.teams.pick(), None
        return self.free_fill(slot), None

    def free_fill(self, slot):
        r = self.rng
        if slot == "FLIGHT":
            return f"{r.choice(['BA', 'FR', 'U2', 'EI', 'LS', 'AA', 'UA', 'DL', 'PR', 'VN'])}{r.randint(100, 2999)}"
        if slot in ("TIME", "TIME2"):
            h = r.randint(5, 23)
            return r.choice([f"{h:02d}:{r.choice(['05', '15', '30', '45', '50'])}",
                             f"{(h - 1) % 12 + 1}{r.choice(['pm', 'am', '.30', ':15pm'])}"])
        if slot == "N1":
            return str(r.randint(2, 9))
        if slot == "N2":
            return str(r.randint(10, 48))
        if slot == "N2S":
            return f"{r.randint(0, 59):02d}"
        if slot == "N3":
            return str(r.randint(101, 899))
        if slot == "N4":
            return str(r.randint(1200, 9800))
        if slot == "SCORE":
            return f"{r.randint(0, 4)}-{r.randint(0, 4)}" if r.random() < 0.7 else f"{r.randint(6, 40)}-{r.randint(6, 40)}"
        if slot == "DAY":
            return r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                             "Mon", "Thurs", "Sat", "tomorrow"])
        if slot == "DATE":
            return f"{r.randint(1, 28)} {r.choice(['January', 'March', 'April', 'May', 'June', 'July', 'August', 'October', 'Nov', 'Dec'])}"
        if slot in ("ORD", "ORD2"):
            n = r.randint(1, 28)
            suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return f"{n}{suf}"
        if slot == "PRICE":
            return r.choice([f"{r.randint(1, 45)}.{r.choice(['99', '49', '00', '50', '95'])}", str(r.randint(5, 120))])
        if slot == "ORDER":
            return r.choice([f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}",
                             f"{r.randint(10000000, 99999999)}", f"GB{r.randint(100000, 999999)}"])
        if slot == "TRACK":
            return r.choice([f"H00{r.choice('ABCDEFG')}{r.choice('ABCDEFG')}{r.randint(1000000000, 9999999999)}",
                             f"1Z{r.randint(10 ** 15, 10 ** 16 - 1)}", f"{r.choice(['JD', 'QX', 'TT'])}{r.randint(10 ** 9, 10 ** 10 - 1)}GB"])
        if slot == "VER":
            return f"{r.randint(1, 18)}.{r.randint(0, 9)}.{r.randint(0, 12)}"
        if slot == "DEC":
            return f"{r.randint(0, 3)}.{r.randint(0, 9)}"
        if slot == "Q":
            return str(r.randint(1, 4))
        if slot == "CODE":
            return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.choice([6, 8])))
        raise KeyError(slot)


def en_wrap(rng, e, text, ents):
    """Optionally put a chat-export header in front of a message."""
    k = rng.random()
    if k < 0.86:
        return text, ents
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2022, 2023, 2024, 2025])
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    who = e.full() if rng.random() < 0.5 else e.first_name()
    if k < 0.88:
        pre = f"[{d:02d}/{m:02d}/{y}, {hh:02d}:{mm:02d}:{ss:02d}] "
    elif k < 0.9:
        h12 = (hh % 12) or 12
        pre = f"{m}/{d}/{str(y)[2:]}, {h12}:{mm:02d}\u202f{'am' if hh < 12 else 'pm'} - "
    elif k < 0.95:
        pre = f"{d:02d}.{m:02d}.{y}, {hh:02d}:{mm:02d} - "
    else:
        pre = ""
    start = len(pre)
    head = pre + who + ": "
    e2 = [{"type": "PERSON", "start": start, "end": start + len(who), "value": who}]
    return head + text, e2 + shift(ents, len(head))


def maybe_emoji(rng, text, pool):
    if rng.random() < 0.12 and not text.endswith(tuple(pool)):
        return text + " " + rng.choice(pool)
    return text


def lower_ok(ents):
    return all(x["type"] in ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "USERNAME", "URL") for x in ents)


def build_en(rng, cap):
    e = En(rng, cap)
    lines, seen = [], set()
    tpls = list(en.PII)
    use = {t: 0 for t in tpls}
    idh = [t for t in tpls if not re.search(r"\{(P|p|F|SUR|WN|NICK)\}", t)]
    rest = [t for t in tpls if t not in idh]

    def add(text, ents):
        if text in seen or not cap.ok(text):
            return False
        seen.add(text)
        cap.commit(text)
        lines.append({"text": text, "entities": ents})
        return True

    # lines with identifiers
    target = N_LINES - N_NONE
    guard = 0
    while len(lines) < target:
        guard += 1
        assert guard < 20000
        group = idh if rng.random() < 0.5 else rest
        lo = min(use[t] for t in group)
        t = rng.choice([x for x in group if use[x] == lo])
        use[t] += 1
        e.line_brands = []
        nowrap = t.startswith("!")
        text, ents = render(t.lstrip("!"), e.fill)
        if not ents:
            continue
        if not nowrap:
            text = maybe_emoji(rng, text, en.EN_EMOJI)
            if rng.random() < 0.1 and lower_ok(ents):
                text = text.lower()
                ents = [dict(x, value=x["value"].lower()) for x in ents]
            text, ents = en_wrap(rng, e, text, ents)
        add(text, ents)
    # lines without identifiers
    none = list(en.NO_ID)
    rng.shuffle(none)
    for t in none:
        if len(lines) >= N_LINES:
            break
        e.line_brands = []
        text, ents = render(t, e.fill)
        assert not ents
        add(text, [])
    assert len(lines) == N_LINES, len(lines)
    rng.shuffle(lines)
    return lines


def build_free(rng, cap, templates, filler, tweak, limit=2):
    lines, seen = [], set()
    use = {t: 0 for t in templates}
    guard = 0
    while len(lines) < N_LINES:
        guard += 1
        assert guard < 50000, len(lines)
        avail = [t for t in templates if use[t] < limit and (use[t] == 0 or "{" in t)]
        lo = min(use[t] for t in avail)
        t = rng.choice([x for x in avail if use[x] == lo])
        use[t] += 1
        filler.line_brands = []
        text, ents = render(t, filler.fill)
        assert not ents
        text = tweak(rng, text)
        if text in seen or not cap.ok(text) or looks_like_id(text):
            continue
        seen.add(text)
        cap.commit(text)
        lines.append({"text": text})
    return lines


def en_tweak(rng, text):
    k = rng.random()
    if k < 0.12:
        return text.lower()
    if k < 0.22:
        return text + " " + rng.choice(en.EN_EMOJI)
    if k < 0.27:
        return text.rstrip(".!") + rng.choice(["!!", " lol", " tbh", " x", " fr"])
    return text


# ====================================================================== Chinese
class Zh:
    def __init__(self, rng, cap):
        self.rng = rng
        self.cap = cap
        self.sn = Pool(rng, zh.SURNAMES)
        self.g2 = Pool(rng, zh.GIVEN2)
        self.g1 = Pool(rng, zh.GIVEN1)
        self.wordy = Pool(rng, zh.WORDY)
        self.xiao = Pool(rng, zh.XIAO)
        self.lao = Pool(rng, zh.LAO)
        self.ax = Pool(rng, zh.AX)
        self.die = Pool(rng, zh.DIE)
        self.titles = Pool(rng, zh.TITLES)
        self.kin = Pool(rng, zh.KIN)
        self.estates = Pool(rng, zh.ESTATES)
        self.dishes = Pool(rng, zh.DISHES)
        self.dramas = Pool(rng, zh.DRAMAS)
        self.tpools = {k: Pool(rng, v) for k, v in zh.TITLE_POOLS.items()}
        self.line_brands = []

    def given(self):
        r = self.rng.random()
        if r < 0.15:
            return self.wordy.pick()
        return self.g2.pick()

    def name(self):
        s = self.sn.pick()
        g = self.g1.pick() if self.rng.random() < 0.3 else self.given()
        return s + g

    def title(self, pool=None):
        while True:
            v = self.sn.pick() + (pool or self.titles).pick()
            if v not in zh.BAD_TITLE and len(v) <= 5:
                return v

    def addr(self):
        r = self.rng
        city, dists, roads = r.choice(zh.CITIES)
        k = r.random()
        if k < 0.3:
            pre = city + r.choice(dists) if r.random() < 0.6 else r.choice(dists)
            return f"{pre}{r.choice(roads)}{r.randint(1, 1888)}号"
        if k < 0.45:
            return f"{r.choice(roads)}{r.randint(10, 999)}弄{r.randint(1, 60)}号{r.randint(101, 2203)}室"
        est = self.estates.pick()
        b, u, rm = r.randint(1, 36), r.randint(1, 6), f"{r.randint(1, 32)}{r.randint(1, 4):02d}"
        form = r.random()
        if form < 0.3:
            return f"{est}{b}栋{u}单元{rm}"
        if form < 0.55:
            return f"{est}{b}号楼{rm}室"
        if form < 0.75:
            return f"{est}{b}幢{u}单元{rm}室"
        if form < 0.88:
            return f"{est}{b}-{u}-{rm}"
        return f"{r.choice(dists)}{est}{b}号楼{u}单元{rm}"

    def email(self):
        r = self.rng
        py = r.choice(["zhangwei", "liuyang", "chenxi", "wangfang", "huanglei", "xujing", "linmin", "zhaoyu",
                       "sunhao", "yangxue", "hejia", "gaoyan", "luoqi", "zhengkai"])
        local = r.choice([py, f"{py}{r.randint(80, 2008)}", f"{py[:2]}_{r.randint(100, 999)}", f"{r.randint(10000, 99999999)}"])
        return f"{local}@{r.choice(['example.cn', 'example.com.cn', 'mail.example.cn', 'example.com', 'vip.example.cn'])}"

    def wx(self):
        r = self.rng
        py = r.choice(["xiaoyu", "dabao", "chenchen", "lily", "mumu", "kevin", "tangtang", "ajie", "qiqi", "hao"])
        return r.choice([f"wxid_{''.join(r.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(12))}",
                         f"{py}{r.randint(1980, 2012)}", f"{py}_{r.randint(10, 999)}", f"{py}-{r.choice(['bj', 'sh', 'gz', 'cd'])}{r.randint(1, 99)}",
                         f"{py.capitalize()}{r.randint(100, 9999)}"])

    def url(self):
        r = self.rng
        u = self.wx().replace("wxid_", "u")
        return r.choice([f"https://weibo.com/{u}", f"https://space.bilibili.com/{r.randint(100000, 999999999)}?name={u}",
                         f"https://github.com/{u}", f"https://{u.lower().replace('_', '').replace('-', '')}.blog.example.cn",
                         f"https://www.xiaohongshu.com/user/{u}", f"https://www.douban.com/people/{u}/"])

    def fill(self, slot):
        r = self.rng
        if slot == "NAME":
            return self.name(), "PERSON"
        if slot == "GIVEN":
            return self.given(), "PERSON"
        if slot == "XIAO":
            return self.xiao.pick(), "PERSON"
        if slot == "LAO":
            return self.lao.pick(), "PERSON"
        if slot == "A":
            return self.ax.pick(), "PERSON"
        if slot == "DIE":
            return self.die.pick(), "PERSON"
        if slot == "TITLE":
            return self.title(), "PERSON"
        if slot in ("TTEACH", "TDOC", "TBIZ", "TSHIFU"):
            return self.title(self.tpools[slot]), "PERSON"
        if slot == "KIN":
            return self.kin.pick(), None
        if slot == "MOB":
            return ids.cn_mobile(r), "PHONE_NUMBER"
        if slot == "TEL":
            return ids.cn_landline(r), "PHONE_NUMBER"
        if slot == "ID":
            v = ids.cn_id(r)
            if r.random() < 0.15:
                v = f"{v[:6]} {v[6:14]} {v[14:]}"
            return v, "CN_ID_CARD"
        if slot == "BANK":
            return ids.cn_bank(r), "CN_BANK_CARD"
        if slot == "QQ":
            return ids.qq(r), "QQ_NUMBER"
        if slot == "WX":
            return self.wx(), "WECHAT_ID"
        if slot == "PLATE":
            return ids.cn_plate(r), "LICENSE_PLATE"
        if slot == "ADDR":
            return self.addr(), "LOCATION"
        if slot == "PP":
            return ids.cn_passport(r), "CN_PASSPORT"
        if slot == "EMAIL":
            return self.email(), "EMAIL_ADDRESS"
        if slot == "IP":
            return ids.ip(r), "IP_ADDRESS"
        if slot == "URL":
            return self.url(), "URL"
        if slot == "ESTATE":
            return self.estates.pick(), None
        if slot == "CITY":
            city, dists, _ = r.choice(zh.CITIES)
            return city + r.choice(dists), None
        if slot in zh.SHOPS:
            return self.cap.pick(r, self.line_brands, zh.SHOPS[slot]), None
        if slot == "DISH":
            return self.dishes.pick(), None
        if slot == "DRAMA":
            return self.dramas.pick(), None
        return self.free_fill(slot), None

    def free_fill(self, slot):
        r = self.rng
        cn_num = "零一二三四五六七八九十"
        if slot == "FLOOR":
            return r.choice(zh.MALL_FLOORS)
        if slot == "QNO":
            return f"{r.choice('ABC')}{r.randint(1, 199):03d}"
        if slot == "N1":
            return str(r.randint(2, 9))
        if slot == "N2":
            return str(r.randint(10, 98))
        if slot == "N3":
            return str(r.randint(100, 899))
        if slot == "N4":
            return str(r.randint(1000, 9999))
        if slot == "N5":
            return str(r.randint(10000, 32000))
        if slot == "DISC":
            return r.choice(["八", "七", "六", "8.8", "五"])
        if slot == "DATE":
            return r.choice([f"{r.randint(1, 12)}月{r.randint(1, 28)}日", f"{r.randint(1, 12)}.{r.randint(1, 28)}", f"{r.randint(1, 28)}号"])
        if slot == "PICK":
            return r.choice([f"{r.randint(1, 30)}-{r.randint(1, 6)}-{r.randint(1000, 9999)}", f"{r.randint(100000, 999999)}",
                             f"{r.choice('ABCDEF')}{r.randint(1, 9)}-{r.randint(100, 999)}"])
        if slot == "TRACK":
            return r.choice([f"SF{r.randint(10 ** 12, 10 ** 13 - 1)}", f"YT{r.randint(10 ** 14, 10 ** 15 - 1)}",
                             f"JT{r.randint(10 ** 12, 10 ** 13 - 1)}", f"75{r.randint(10 ** 12, 10 ** 13 - 1)}"])
        if slot in ("CITYS", "CITYS2"):
            return r.choice(["上海", "北京", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "长沙", "重庆", "苏州", "厦门", "郑州", "济南", "沈阳"])
        if slot == "ORDERZH":
            return str(r.randint(10 ** 17, 10 ** 18 - 1))
        if slot == "PRICEZH":
            return r.choice([f"{r.randint(9, 399)}元", f"¥{r.randint(5, 299)}.{r.choice(['00', '90', '80', '50', '99'])}",
                             f"{r.randint(9, 99)}块{r.choice(['', '5', '9'])}", f"{r.randint(2, 19)}.9"])
        if slot == "AMOUNT":
            return f"{r.randint(1, 99999):,}.{r.randint(0, 99):02d}"
        if slot == "WEEKDAY":
            return "周" + r.choice("一二三四五六日")
        if slot == "WDAY":
            return r.choice("一二三四五六日")
        if slot in ("TIMEZH", "TIMEZH2"):
            return r.choice([f"{r.randint(6, 22)}:{r.choice(['00', '15', '30', '45'])}", f"{cn_num[r.randint(1, 10)]}点半",
                             f"下午{r.randint(1, 5)}点", f"晚上{r.randint(7, 10)}点"])
        if slot == "TRAIN":
            return f"{r.choice('GDGKZ')}{r.randint(1, 9999)}"
        if slot == "CARRIAGE":
            return f"{r.randint(1, 16):02d}"
        if slot == "SEAT":
            return f"{r.randint(1, 20):02d}{r.choice('ABCDF')}"
        if slot == "FLIGHTZH":
            return f"{r.choice(['CA', 'MU', 'CZ', 'HU', 'ZH', '3U', 'FM', 'MF'])}{r.randint(1000, 9999)}"
        if slot == "ROADS":
            return r.choice(["内环高架", "延安路", "北三环", "南二环", "中环路", "机场高速", "沪昆高速", "京港澳高速", "绕城高速", "长江大桥"])
        if slot in ("TEMP", "TEMP2"):
            return str(r.randint(-5, 36))
        if slot == "TEMPC":
            return f"{r.randint(37, 39)}.{r.randint(1, 9)}"
        if slot == "AREA":
            return str(r.randint(38, 180))
        if slot == "LINE":
            return str(r.randint(1, 18))
        if slot == "STATION":
            return r.choice(["人民广场", "徐家汇", "西直门", "体育西路", "车公庙", "龙阳路", "春熙路", "新街口", "钟楼", "五一广场", "江汉路", "静安寺"])
        if slot == "EXIT":
            return r.choice(["A", "B", "C", "D", "1号", "3号", "7号", "D2"])
        if slot == "PARK":
            return f"{r.choice('ABCDEF')}{r.randint(1, 99)}"
        if slot == "DEC":
            return f"{r.randint(0, 9)}.{r.randint(1, 99):02d}".rstrip("0")
        if slot == "BP":
            return f"{r.randint(105, 145)}/{r.randint(65, 95)}"
        if slot == "DEPT":
            return r.choice(["儿科", "口腔科", "皮肤科", "眼科", "消化内科", "骨科", "耳鼻喉科", "妇产科"])
        if slot == "MED":
            return r.choice(["布洛芬", "奥司他韦", "阿莫西林", "蒙脱石散", "氯雷他定", "头孢克肟"])
        if slot == "VERZH":
            return f"{r.randint(3, 8)}.{r.randint(0, 9)}.{r.randint(0, 40)}"
        if slot == "CODE6":
            return str(r.randint(100000, 999999))
        if slot == "SCOREZH":
            return f"{r.randint(60, 130)}:{r.randint(60, 130)}" if r.random() < 0.5 else f"{r.randint(0, 4)}:{r.randint(0, 4)}"
        raise KeyError(slot)


def build_zh(rng, cap):
    z = Zh(rng, cap)
    lines, seen = [], set()
    tpls = list(zh.PII)
    use = {t: 0 for t in tpls}
    idh = [t for t in tpls if not re.search(r"\{(NAME|GIVEN|XIAO|LAO|A|DIE|T[A-Z]*)\}|<<PERSON", t)]
    rest = [t for t in tpls if t not in idh]
    guard = 0
    while len(lines) < N_LINES - N_NONE:
        guard += 1
        assert guard < 20000
        group = idh if rng.random() < 0.42 else rest
        lo = min(use[t] for t in group)
        t = rng.choice([x for x in group if use[x] == lo])
        use[t] += 1
        z.line_brands = []
        text, ents = render(t, z.fill)
        if not ents:
            continue
        k = rng.random()
        if k < 0.1:
            text += rng.choice(["[微笑]", "[抱拳]", "[呲牙]", "🙏", "😂", "👌"])
        elif k < 0.2:
            # MemoTrace/wechat-dump style sender prefix
            who = rng.choice([z.name(), z.xiao.pick(), z.title()])
            head = f"{who}："
            ents = [{"type": "PERSON", "start": 0, "end": len(who), "value": who}] + shift(ents, len(head))
            text = head + text
        if text in seen or not cap.ok(text):
            continue
        seen.add(text)
        cap.commit(text)
        lines.append({"text": text, "entities": ents})
    none = list(zh.NO_ID)
    rng.shuffle(none)
    for t in none:
        if len(lines) >= N_LINES:
            break
        z.line_brands = []
        text, ents = render(t, z.fill)
        if text in seen or not cap.ok(text):
            continue
        seen.add(text)
        cap.commit(text)
        lines.append({"text": text, "entities": []})
    assert len(lines) == N_LINES, len(lines)
    rng.shuffle(lines)
    return lines, z


def zh_tweak(rng, text):
    k = rng.random()
    if k < 0.12:
        return text + rng.choice(["[旺柴]", "😂", "🙏", "👍", "[捂脸]", "～", "！！", "哈哈"])
    return text


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(outdir=HERE):
    en_cap = BrandCap(en.BRANDS, latin=True)
    zh_cap = BrandCap(zh.BRANDS, latin=False)
    en_lab = build_en(random.Random(1010), en_cap)
    en_free = build_free(random.Random(1011), en_cap, en.FREE, En(random.Random(1012), en_cap), en_tweak)
    zh_lab, _ = build_zh(random.Random(1020), zh_cap)
    zh_free = build_free(random.Random(1021), zh_cap, zh.FREE, Zh(random.Random(1022), zh_cap), zh_tweak)
    os.makedirs(outdir, exist_ok=True)
    write(os.path.join(outdir, "en_pii_labelled.jsonl"), en_lab)
    write(os.path.join(outdir, "en_pii_free_hard.jsonl"), en_free)
    write(os.path.join(outdir, "zh_pii_labelled.jsonl"), zh_lab)
    write(os.path.join(outdir, "zh_pii_free_hard.jsonl"), zh_free)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
