"""Tiny template renderer: turns template strings into (text, entities).

Template syntax
  {kind}        slot filled by SLOTS[kind](rng, ctx)
  {kind#tag}    same, but the value is reused for every {kind#tag} in the line
  [[TYPE|val]]  literal labelled span (TYPE may be a short alias, see ALIASES)
A slot function returns a plain string (no label), a tuple (TYPE, value), or a list
mixing both (e.g. ["Aunty ", ("PERSON", "Funmi")]).
"""
import re

ALIASES = {
    "P": "PERSON", "TEL": "PHONE_NUMBER", "MAIL": "EMAIL_ADDRESS", "LOC": "LOCATION",
    "CC": "CREDIT_CARD", "ACCT": "BANK_ACCOUNT", "IBAN": "IBAN_CODE", "IP": "IP_ADDRESS",
    "URL": "URL", "USER": "USERNAME", "PLATE": "LICENSE_PLATE", "ID": "CN_ID_CARD",
    "CNPP": "CN_PASSPORT", "CARD": "CN_BANK_CARD", "QQ": "QQ_NUMBER", "WX": "WECHAT_ID",
}

TYPES = {
    "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "LOCATION", "CREDIT_CARD", "BANK_ACCOUNT",
    "IBAN_CODE", "IP_ADDRESS", "URL", "USERNAME", "LICENSE_PLATE", "UK_NINO", "UK_NHS",
    "UK_PASSPORT", "UK_DRIVING_LICENCE", "US_SSN", "US_ITIN", "US_PASSPORT",
    "US_DRIVER_LICENSE", "CN_ID_CARD", "CN_PASSPORT", "CN_BANK_CARD", "QQ_NUMBER", "WECHAT_ID",
}

TOKEN = re.compile(r"\{([A-Za-z_0-9]+)(?:#(\w+))?\}|\[\[([A-Z_]+)\|([^\]]+)\]\]")


class Ctx(dict):
    """Per-line context (region, remembered values...)."""


def render(template, slots, rng, ctx=None):
    ctx = Ctx() if ctx is None else ctx
    memo = {}
    out = []
    ents = []
    pos = 0
    length = 0
    for m in TOKEN.finditer(template):
        lit = template[pos:m.start()]
        out.append(lit)
        length += len(lit)
        pos = m.end()
        if m.group(1):
            kind, tag = m.group(1), m.group(2)
            key = (kind, tag)
            if tag is not None and key in memo:
                res = memo[key]
            else:
                if kind not in slots and kind.rstrip("0123456789") in slots:
                    kind = kind.rstrip("0123456789")
                if kind not in slots:
                    raise KeyError("unknown slot %r in %r" % (kind, template))
                res = slots[kind](rng, ctx)
                if tag is not None:
                    memo[key] = res
        else:
            typ = ALIASES.get(m.group(3), m.group(3))
            res = (typ, m.group(4))
        if isinstance(res, list):
            for piece in res:
                if isinstance(piece, tuple):
                    typ, val = piece
                    typ = ALIASES.get(typ, typ)
                    if typ not in TYPES:
                        raise ValueError("bad type %r" % typ)
                    ents.append({"type": typ, "start": length, "end": length + len(val), "value": val})
                    out.append(val)
                    length += len(val)
                else:
                    out.append(piece)
                    length += len(piece)
            continue
        if isinstance(res, tuple):
            typ, val = res
            typ = ALIASES.get(typ, typ)
            if typ not in TYPES:
                raise ValueError("bad type %r" % typ)
            ents.append({"type": typ, "start": length, "end": length + len(val), "value": val})
            out.append(val)
            length += len(val)
        else:
            out.append(res)
            length += len(res)
    tail = template[pos:]
    out.append(tail)
    text = "".join(out)
    for e in ents:
        assert text[e["start"]:e["end"]] == e["value"]
    return text, ents


def check_line(text, ents):
    """Raise AssertionError on a malformed line."""
    last = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        assert e["type"] in TYPES, e
        assert text[e["start"]:e["end"]] == e["value"], (text, e)
        assert e["value"] == e["value"].strip(), e
        assert e["value"], e
        assert e["start"] >= last, ("overlap", text, e)
        last = e["end"]
