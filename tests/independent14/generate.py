"""Blind corpus independent14: writes four JSONL files from the hand-written
templates in ``templates/``.

Template mark-up (one template per line, ``#`` starts a comment line):

* ``{P:Hope}``          a literal span; the short type code maps to a full type
* ``{@uk_mob}``         a generated identifier (checksums computed here)
* ``{@us_ph:713}``      a generator with arguments separated by ``:``
* ``\\n``               a newline inside the text

Everything is deterministic: each line has its own ``random.Random`` seeded
from a fixed integer, nothing depends on the clock, locale or hash seed.
Run ``python3 generate.py [OUTDIR]``; OUTDIR defaults to this folder.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = {
    "P": "PERSON", "PH": "PHONE_NUMBER", "EM": "EMAIL_ADDRESS", "LOC": "LOCATION",
    "CC": "CREDIT_CARD", "BA": "BANK_ACCOUNT", "IBAN": "IBAN_CODE", "IP": "IP_ADDRESS",
    "URL": "URL", "UN": "USERNAME", "LP": "LICENSE_PLATE", "NINO": "UK_NINO",
    "NHS": "UK_NHS", "UKPP": "UK_PASSPORT", "UKDL": "UK_DRIVING_LICENCE",
    "SSN": "US_SSN", "ITIN": "US_ITIN", "USPP": "US_PASSPORT", "USDL": "US_DRIVER_LICENSE",
    "CNID": "CN_ID_CARD", "CNPP": "CN_PASSPORT", "CNBC": "CN_BANK_CARD",
    "QQ": "QQ_NUMBER", "WX": "WECHAT_ID",
}

DIG = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# ---------------------------------------------------------------- checksums
def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def nhs_check(nine):
    s = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c  # 10 means invalid


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def iban_make(country, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


def aba_ok(nine):
    d = [int(x) for x in nine]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CN_C = "10X98765432"


def cnid_check(seventeen):
    return CN_C[sum(int(a) * b for a, b in zip(seventeen, CN_W)) % 11]


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_prefix_ok(p):
    return (p[0] not in NINO_BAD_FIRST and p[1] not in NINO_BAD_SECOND
            and p not in NINO_BAD_PAIRS)


# ---------------------------------------------------------------- generators
def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def g_uk_mob(rng, *a):
    tail = digits(rng, 3)
    fmt = a[0] if a else rng.choice(["sp", "sp", "flat", "intl", "intlflat", "dash", "sp2"])
    return "PH", {
        "sp": "07700 900" + tail, "flat": "07700900" + tail,
        "intl": "+44 7700 900" + tail, "intlflat": "+447700900" + tail,
        "dash": "07700-900-" + tail, "sp2": "07700 900 " + tail,
    }[fmt]


def g_uk_land(rng, *a):
    tail = digits(rng, 3)
    fmt = a[0] if a else rng.choice(["sp", "sp", "flat", "intl"])
    return "PH", {"sp": "01632 960" + tail, "flat": "01632960" + tail,
                  "intl": "+44 1632 960" + tail}[fmt]


def g_us_ph(rng, *a):
    area = a[0] if a and a[0] else rng.choice(
        ["212", "718", "312", "713", "832", "404", "213", "305", "214", "415", "714", "602", "909", "313"])
    tail = "01" + digits(rng, 2)
    fmt = a[1] if len(a) > 1 else rng.choice(["paren", "paren", "dash", "dot", "intl", "flat", "one"])
    return "PH", {
        "paren": "(%s) 555-%s" % (area, tail), "dash": "%s-555-%s" % (area, tail),
        "dot": "%s.555.%s" % (area, tail), "intl": "+1 %s 555 %s" % (area, tail),
        "flat": "%s555%s" % (area, tail), "one": "1-%s-555-%s" % (area, tail),
    }[fmt]


def g_cc(rng, *a):
    brand = a[0] if a and a[0] else rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        num = luhn_complete("4" + digits(rng, 14))
    elif brand == "mc":
        num = luhn_complete(rng.choice(["51", "52", "53", "54", "55"]) + digits(rng, 13))
    elif brand == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))
    else:
        num = luhn_complete("6011" + digits(rng, 11))
    fmt = a[1] if len(a) > 1 else rng.choice(["sp", "sp", "flat", "dash"])
    if brand == "amex":
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    return "CC", {"sp": " ".join(parts), "flat": num, "dash": "-".join(parts)}[fmt]


def g_sort(rng, *a):
    p = [digits(rng, 2) for _ in range(3)]
    if p[0] == "00":
        p[0] = "20"
    fmt = a[0] if a else rng.choice(["dash", "dash", "dash", "sp", "flat"])
    return "BA", {"dash": "-".join(p), "sp": " ".join(p), "flat": "".join(p)}[fmt]


def g_acct8(rng, *a):
    return "BA", digits(rng, 8, True)


def g_routing(rng, *a):
    first = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31", "32"])
    while True:
        s = first + digits(rng, 6)
        for c in DIG:
            if aba_ok(s + c):
                return "BA", s + c


def g_usacct(rng, *a):
    n = rng.choice([10, 10, 11, 12])
    return "BA", digits(rng, n, True)


def _group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def g_iban_gb(rng, *a):
    bank = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "MONZ", "SRLG"])
    iban = iban_make("GB", bank + digits(rng, 6) + digits(rng, 8))
    fmt = a[0] if a else rng.choice(["sp", "sp", "flat"])
    return "IBAN", _group4(iban) if fmt == "sp" else iban


def g_iban_pl(rng, *a):
    iban = iban_make("PL", rng.choice(["1020", "1090", "1140", "1240", "1050"]) + digits(rng, 20))
    fmt = a[0] if a else rng.choice(["sp", "sp", "flat"])
    return "IBAN", _group4(iban) if fmt == "sp" else iban


def g_iban_ie(rng, *a):
    iban = iban_make("IE", rng.choice(["AIBK", "BOFI"]) + digits(rng, 6) + digits(rng, 8))
    return "IBAN", _group4(iban)


def g_ip(rng, *a):
    net = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."])
    return "IP", net + str(rng.randint(2, 254))


def g_ip6(rng, *a):
    return "IP", "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff))


def g_nino(rng, *a):
    while True:
        p = rng.choice(UPPER) + rng.choice(UPPER)
        if nino_prefix_ok(p):
            break
    d = digits(rng, 6)
    suf = rng.choice("ABCD")
    fmt = a[0] if a else rng.choice(["sp", "flat", "flat", "lower"])
    if fmt == "sp":
        return "NINO", "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], suf)
    if fmt == "lower":
        return "NINO", (p + d + suf).lower()
    return "NINO", p + d + suf


def g_nhs(rng, *a):
    while True:
        nine = digits(rng, 9, True)
        c = nhs_check(nine)
        if c != 10:
            break
    n = nine + str(c)
    fmt = a[0] if a else rng.choice(["sp", "sp", "flat", "dash"])
    return "NHS", {"sp": "%s %s %s" % (n[:3], n[3:6], n[6:]), "flat": n,
                   "dash": "%s-%s-%s" % (n[:3], n[3:6], n[6:])}[fmt]


def g_ukpp(rng, *a):
    return "UKPP", rng.choice("12345") + digits(rng, 8)


def g_ukdl(rng, surname="SMITH", initials="J", sex="m", *a):
    sur = re.sub(r"[^A-Z]", "", surname.upper())
    sur = (sur + "99999")[:5]
    year = rng.randint(1948, 2004)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    m = month + (50 if sex == "f" else 0)
    dob = "%d%02d%02d%d" % ((year // 10) % 10, m, day, year % 10)
    ini = (initials.upper() + "9")[:2]
    return "UKDL", sur + dob + ini + "9" + rng.choice(UPPER) + rng.choice(UPPER)


def g_ssn(rng, *a):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    grp = rng.randint(1, 99)
    ser = rng.randint(1, 9999)
    fmt = a[0] if a else rng.choice(["dash", "dash", "dash", "sp", "flat"])
    sep = {"dash": "-", "sp": " ", "flat": ""}[fmt]
    return "SSN", "%03d%s%02d%s%04d" % (area, sep, grp, sep, ser)


def g_itin(rng, *a):
    grp = rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    fmt = a[0] if a else rng.choice(["dash", "dash", "flat"])
    sep = "-" if fmt == "dash" else ""
    return "ITIN", "9%s%s%02d%s%s" % (digits(rng, 2), sep, grp, sep, digits(rng, 4))


def g_uspp(rng, *a):
    if rng.random() < 0.5:
        return "USPP", rng.choice("ABCEFGHJKLMNPRSTUVWXZ") + digits(rng, 8)
    return "USPP", digits(rng, 9, True)


def g_usdl(rng, state="CA", *a):
    if state == "CA":
        v = rng.choice(UPPER) + digits(rng, 7)
    elif state == "NY":
        v = digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 3)
    elif state == "TX":
        v = digits(rng, 8)
    elif state == "FL":
        v = "%s%s-%s-%s-%s-%s" % (rng.choice(UPPER), digits(rng, 3), digits(rng, 3), digits(rng, 2), digits(rng, 3), digits(rng, 1))
    elif state == "IL":
        v = rng.choice(UPPER) + digits(rng, 3) + "-" + digits(rng, 4) + "-" + digits(rng, 4)
    elif state == "GA":
        v = digits(rng, 9)
    else:  # WA style
        v = "WDL" + "".join(rng.choice(UPPER + DIG) for _ in range(9))
    return "USDL", v


PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ"


def g_plate_uk(rng, *a):
    area = rng.choice(["LK", "LD", "BD", "YK", "MA", "EY", "WR", "KP", "SN", "GU", "FY", "ML"])
    age = rng.choice(["15", "16", "18", "19", "21", "23", "65", "66", "68", "69", "70", "72", "73"])
    tail = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    fmt = a[0] if a else rng.choice(["sp", "sp", "flat"])
    return "LP", area + age + (" " if fmt == "sp" else "") + tail


def g_plate_us(rng, state="CA", *a):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if state == "CA":
        v = rng.choice("6789") + "".join(rng.choice(L) for _ in range(3)) + digits(rng, 3)
    elif state == "TX" or state == "NY":
        v = "".join(rng.choice(L) for _ in range(3)) + "-" + digits(rng, 4)
    else:
        v = "".join(rng.choice(L) for _ in range(3)) + " " + digits(rng, 3)
    return "LP", v


CN_MOB_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                 "155", "156", "157", "158", "159", "166", "173", "177", "180", "181", "182", "183",
                 "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]


def g_cn_mob(rng, *a):
    n = rng.choice(CN_MOB_PREFIX) + digits(rng, 8)
    fmt = a[0] if a else rng.choice(["flat", "flat", "flat", "sp", "dash", "intl"])
    return "PH", {"flat": n, "sp": "%s %s %s" % (n[:3], n[3:7], n[7:]),
                  "dash": "%s-%s-%s" % (n[:3], n[3:7], n[7:]), "intl": "+86 " + n}[fmt]


def g_cn_land(rng, area="028", *a):
    return "PH", "%s-%s" % (area, rng.choice("568") + digits(rng, 7))


CN_REGIONS = ["510104", "510107", "510105", "500103", "500105", "500106", "430102", "430104",
              "430111", "350203", "350206", "350102", "350582", "440305", "440106", "110105",
              "320106", "420106", "610113", "330106", "371002", "130602"]


def g_cnid(rng, *a):
    region = a[0] if a and a[0] else rng.choice(CN_REGIONS)
    kid = len(a) > 1 and a[1] == "kid"
    year = rng.randint(2010, 2020) if kid else rng.randint(1948, 2004)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    s17 = "%s%d%02d%02d%s" % (region, year, month, day, digits(rng, 3))
    v = s17 + cnid_check(s17)
    if len(a) > 1 and a[1] == "lower":
        v = v.lower()
    return "CNID", v


def g_cnbank(rng, *a):
    n = rng.choice([16, 19, 19, 19])
    prefix = rng.choice(["6222", "6228", "6217", "6214", "6225", "6212", "6230", "6259"])
    num = luhn_complete(prefix + digits(rng, n - 5))
    fmt = a[0] if a else rng.choice(["flat", "flat", "sp"])
    return "CNBC", _group4(num) if fmt == "sp" else num


def g_cnpp(rng, *a):
    if rng.random() < 0.6:
        return "CNPP", "E" + digits(rng, 8)
    return "CNPP", "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 7)


def g_qq(rng, *a):
    return "QQ", digits(rng, rng.choice([8, 9, 9, 10, 10]), True)


def g_plate_cn(rng, prefix="川A", *a):
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    if len(a) > 0 and a[0] == "ev":
        body = rng.choice("DF") + digits(rng, 5)
    else:
        body = "".join(rng.choice(chars) for _ in range(2)) + digits(rng, 3)
        if rng.random() < 0.5:
            body = digits(rng, 1) + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 3)
    sep = rng.choice(["", "·", " ", ""])
    return "LP", prefix + sep + body


GENERATORS = {name[2:]: fn for name, fn in globals().items() if name.startswith("g_")}

MARK = re.compile(r"\{(@?)([A-Za-z_0-9]+)(?::([^{}]*))?\}")


def render(template, rng):
    out = []
    ents = []
    pos = 0
    length = 0
    template = template.replace("\\n", "\n")
    for m in MARK.finditer(template):
        chunk = template[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            args = m.group(3).split(":") if m.group(3) is not None else []
            code, value = GENERATORS[m.group(2)](rng, *args)
        else:
            code, value = m.group(2), m.group(3)
        etype = CODES[code]
        if value != value.strip() or not value:
            raise ValueError("blank edge in %r" % template)
        ents.append({"type": etype, "start": length, "end": length + len(value), "value": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    if "{" in text or "}" in text:
        raise ValueError("unparsed mark-up in %r" % template)
    return text, ents


def read_templates(name):
    rows = []
    with open(os.path.join(HERE, "templates", name), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line)
    return rows


FILES = [
    ("en_pii_labelled.jsonl", "en_labelled.txt", 14001, True),
    ("zh_pii_labelled.jsonl", "zh_labelled.txt", 14002, True),
    ("en_pii_free_hard.jsonl", "en_free.txt", 14003, False),
    ("zh_pii_free_hard.jsonl", "zh_free.txt", 14004, False),
]


def build(templates_name, seed, labelled):
    rows = read_templates(templates_name)
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    lines = []
    for k, idx in enumerate(order):
        rng = random.Random(seed * 100003 + idx)
        text, ents = render(rows[idx], rng)
        if labelled:
            rec = {"text": text, "entities": ents}
        else:
            if ents:
                raise ValueError("entity in PII-free template %r" % rows[idx])
            rec = {"text": text}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main(argv):
    outdir = argv[1] if len(argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    for out_name, tpl, seed, labelled in FILES:
        data = build(tpl, seed, labelled)
        with open(os.path.join(outdir, out_name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)


if __name__ == "__main__":
    main(sys.argv)
