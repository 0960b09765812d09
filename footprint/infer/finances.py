"""Finances: income and employer, spending by category, subscriptions, late-night
spending, borrowing and signs of financial stress, gambling, gaming, alcohol, charity.

Categories come from rules plus the merchant keyword lists in ``lexicons/finance.yaml``
(English and Chinese), matched in each payment's counterparty, description and type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

import numpy as np
import pandas as pd

from footprint.infer.base import Inference
from footprint.infer.frame import InferenceInput, map_unique, normalize_identifier, prepare, refs
from footprint.infer.geocode import country_currency, country_of_zone, name_place, zone_names
from footprint.infer.lexicon import load_lexicon, matcher
from footprint.infer.payments import clean_payer, is_refund
from footprint.infer.routine import date_only
from footprint.model import Record
from footprint.phrases import phrase

CATEGORY = "finances"
LATE_NIGHT_HOURS = (0, 1, 2, 3, 4)
# (name, lowest and highest median gap in days) of the rhythms recognised; a rhythm of
# about 15 days whose paydays fall on the same two days of the month is semi-monthly.
RHYTHMS = (("monthly", 26, 35), ("biweekly", 12, 17), ("weekly", 6, 8))
FLAG_KEYS = ("gambling", "gaming", "alcohol", "charity")
_FAILED_STATUS = r"fail|revers|declin|denied|return|unpaid|bounced|insufficient|nsf|逾期|失败|未还"

__all__ = ["categorised_payments", "infer", "spending_by_category"]


# The columns payment analyses read: a narrow copy of a wide frame.
_PAYMENT_COLUMNS = ("kind", "source", "path", "locator", "timestamp", "local", "hour", "weekday",
                    "day", "is_me", "actor", "counterparty", "counterparty_account", "text",
                    "amount", "currency", "status", "category", "contact", "contact_key",
                    "tz_assumed", "utc_offset_min")  # fmt: skip


def _local_currency(inp: InferenceInput) -> str | None:
    """The currency where the person is, for exports that state none (a bank CSV of
    dates and amounts): the country of their own coordinates, else of the time zones the
    records were read in, and that country's currency."""
    frame = inp.frame
    located = frame.loc[frame["lat"].notna() & frame["lon"].notna(), ["lat", "lon"]]
    lat, lon = located["lat"].median(), located["lon"].median()
    if located.empty:
        batch = next(iter(inp.point_batches()), None)  # one stored block is enough
        if batch is not None and np.isfinite(batch.lat).any():
            lat, lon = float(np.nanmedian(batch.lat)), float(np.nanmedian(batch.lon))
    country = None
    if pd.notna(lat) and pd.notna(lon):
        named = name_place(float(lat), float(lon))
        country = named.country if named is not None else None
    if country is None and inp.store is not None:
        # The zones the records were read in, when they all lie in one country.
        countries = {country_of_zone(zone) for zone in zone_names(inp.store.zones)} - {None}
        country = countries.pop() if len(countries) == 1 else None
    return country_currency(country)


def _payments(inp: InferenceInput) -> pd.DataFrame:
    frame = inp.frame
    payments = frame.loc[
        (frame["kind"] == "payment") & frame["amount"].notna(), list(_PAYMENT_COLUMNS)
    ]
    stated = payments["currency"].fillna("").astype(str).str.strip() != ""
    if not stated.all():
        local = _local_currency(inp)
        if local is not None:
            payments = payments.assign(currency=payments["currency"].where(stated, local))
    # A bank line without a payee column names the payer in its description.
    payer = map_unique(payments["counterparty"].fillna(payments["text"]), clean_payer)
    return payments.assign(
        payee_key=payments["counterparty"]
        .fillna(payments["counterparty_account"])
        .map(normalize_identifier, na_action="ignore"),
        payer=payer,
        payer_key=map_unique(payer, normalize_identifier),
        currency_code=payments["currency"].fillna("").astype(str).str.upper(),
    )


def categorised_payments(records: Sequence[Record] | InferenceInput) -> pd.DataFrame:
    """Payments with ``spend_category`` (from the merchant lexicon, ``other`` if none) and
    the finance signals (``salary``, ``lending``, ``repayment_reminder``, ``late_payment``)
    each as a boolean column."""
    inp = prepare(records)
    categorised: pd.DataFrame = inp.memo("finances.categorised", lambda: _categorised(inp))
    return categorised


def _categorised(inp: InferenceInput) -> pd.DataFrame:
    payments = _payments(inp)
    lexicon = matcher("finance")
    hits = inp.hits("finance", payments.index)
    hits = hits.assign(row=payments.index.get_indexer(pd.Index(hits["position"])))
    spend_labels = list(lexicon.lexicon.groups["spending"].labels)
    order = {label: index for index, label in enumerate(spend_labels)}
    spend = hits[hits["group"] == "spending"]
    if not spend.empty:
        # Most hits wins; ties go to the label listed first in the lexicon.
        counted = spend.groupby(["row", "label"]).size().reset_index(name="n")
        counted = counted.assign(rank=counted["label"].map(order)).sort_values(
            ["row", "n", "rank"], ascending=[True, False, True]
        )
        best = counted.drop_duplicates("row").set_index("row")["label"]
    else:
        best = pd.Series(dtype=object)
    positions = np.arange(len(payments))
    category = pd.Series(positions).map(best).astype(object).fillna("other").to_numpy(copy=True)
    # A merchant that bills under its web address writes its name as one word
    # (STEAMGAMES.COM, EPICGAMES.COM): the words of a lexicon term run together name it.
    unnamed = category == "other"
    web = np.full(len(payments), None, dtype=object)
    if unnamed.any():
        payee = payments["counterparty"].fillna(payments["text"]).fillna("").astype(str)
        found = map_unique(payee[unnamed], _web_merchant_label).to_numpy(dtype=object)
        web[np.flatnonzero(unnamed)] = found
        category[np.flatnonzero(unnamed)] = np.where(pd.isna(found), "other", found)
    out = payments.assign(spend_category=category, row_position=positions)
    for signal in lexicon.lexicon.groups["signals"].labels:
        rows = hits.loc[(hits["group"] == "signals") & (hits["label"] == signal), "row"]
        out[signal] = np.isin(positions, rows.to_numpy())
    for flag in FLAG_KEYS:
        rows = hits.loc[(hits["group"] == "spending") & (hits["label"] == flag), "row"]
        out[f"is_{flag}"] = np.isin(positions, rows.to_numpy()) | (web == flag)
    # Bookmakers name themselves after the bet (Betfred, Unibet, 10bet): a payee so
    # named is a betting service, whether or not the lexicon knows the brand.
    payee = out["counterparty"].fillna(out["text"]).fillna("").astype(str)
    bookmaker = payee.map(
        lambda name: bool(_BOOKMAKER.search(name)) and not _NOT_BOOKMAKER.search(name)
    )
    out["is_gambling"] = out["is_gambling"] | bookmaker.to_numpy(dtype=bool)
    out.loc[
        bookmaker.to_numpy(dtype=bool) & (out["spend_category"] == "other").to_numpy(),
        "spend_category",
    ] = "gambling"
    return out


_WEB_ADDRESS = re.compile(r"(?i)(?:www\.)?([a-z0-9-]{4,})\.(?:com|net|org|co\.uk|co|io|tv|gg)\b")


@cache
def _run_together_terms() -> dict[str, str]:
    """Spending terms of two or more words, written as one ("steamgames"), -> label."""
    spending = load_lexicon("finance").groups["spending"].labels
    out: dict[str, str] = {}
    for label, found in spending.items():
        for term in found.terms:
            if term.isascii() and " " in term:
                out.setdefault(re.sub(r"[^a-z0-9]", "", term), label)
    return out


def _web_merchant_label(payee: str) -> str | None:
    """The spending label of a payee named by its web address, whose name runs a lexicon
    term's words together (STEAMGAMES.COM: "steam games"); None otherwise."""
    terms = _run_together_terms()
    for match in _WEB_ADDRESS.finditer(payee):
        label = terms.get(match.group(1).casefold().replace("-", ""))
        if label is not None:
            return label
    return None


# A name word that is or ends or starts with "bet" (QuickBet, Betfred, bet365), not a word
# that merely holds those letters.
_BOOKMAKER = re.compile(
    r"(?i)(?<![a-z])(?:[a-z0-9]*bets?|bet(?:fred|victor|uk|way|fair|mgm|rivers|online|\d+))(?![a-z])"
)
_NOT_BOOKMAKER = re.compile(
    r"(?i)(?<![a-z])(?:alphabet|sorbet|tibet|abet|gibbet|barbet|quodlibet)s?(?![a-z])"
)


def spending_by_category(records: Sequence[Record] | InferenceInput) -> pd.DataFrame:
    """Outgoing payments per category and currency: ``category``, ``currency``,
    ``payments``, ``total`` (positive), biggest first."""
    payments = categorised_payments(records)
    spent = payments[payments["amount"] < 0]
    if spent.empty:
        return pd.DataFrame(columns=["category", "currency", "payments", "total"])
    table = (
        spent.groupby(["spend_category", "currency_code"])["amount"]
        .agg(["size", "sum"])
        .reset_index()
        .rename(
            columns={
                "spend_category": "category",
                "currency_code": "currency",
                "size": "payments",
                "sum": "total",
            }
        )
    )
    table["total"] = -table["total"].round(2)
    return table.sort_values(["total", "category"], ascending=[False, True]).reset_index(drop=True)


def _semi_monthly(times: pd.Series) -> bool:
    """Paydays on the same two days of each month (the 15th and the last, say), a day or
    two early when one falls on a weekend."""
    days = times.dt.day.to_numpy()
    month_end = (times.dt.days_in_month - times.dt.day).to_numpy() <= 3
    early = days[~month_end & (days <= 20)]
    late = days[~month_end & (days > 20)]
    groups = [part for part in (early, late) if len(part)]
    spread_ok = all(int(part.max()) - int(part.min()) <= 3 for part in groups)
    return bool(spread_ok and len(groups) + int(month_end.any()) == 2)


def _rhythm(times: pd.Series) -> str | None:
    """The rhythm of payment times (local wall-clock: a payday is a local date)."""
    ordered = times.dropna().sort_values()
    if len(ordered) < 3:
        return None
    gaps = ordered.diff().dt.total_seconds().dropna() / 86400
    median = float(gaps.median())
    for name, low, high in RHYTHMS:
        if low <= median <= high:
            if name == "biweekly" and _semi_monthly(ordered):
                return "semi-monthly"
            # Most gaps near the median: not a scatter of dates that happens to average out.
            steady = ((gaps - median).abs() <= max(3.0, 0.25 * median)).mean()
            return name if steady >= 0.6 else None
    return None


def _recurring(payments: pd.DataFrame, max_cv: float, key: str = "payee_key") -> pd.DataFrame:
    """Payee groups paid at a regular rhythm with steady amounts."""
    found = []
    name_column = "payer" if key == "payer_key" else "counterparty"
    for (payee, currency), group in payments.groupby([key, "currency_code"], sort=True):
        rhythm = _rhythm(group["local"])
        if rhythm is None:
            continue
        amounts = group["amount"].abs()
        cv = float(amounts.std(ddof=0) / amounts.mean()) if amounts.mean() else 1.0
        if cv > max_cv:
            continue
        names = group[name_column].dropna()
        found.append(
            {
                "payee_key": payee,
                "payee": str(names.mode().iloc[0]) if not names.empty else str(payee),
                "currency": str(currency),
                "rhythm": rhythm,
                "count": len(group),
                "median": float(amounts.median()),
                "index": list(group.index),
            }
        )
    return pd.DataFrame(
        found, columns=["payee_key", "payee", "currency", "rhythm", "count", "median", "index"]
    )


def _salary(inp: InferenceInput, payments: pd.DataFrame) -> list[Inference]:
    # Loan payouts arrive regularly too, and refunds are money given back: neither is pay.
    # A friend's share of a bill or a parent's allowance is not pay either, however regular
    # (unless the row itself says it is pay).
    personal = payments["personal_transfer"] & ~payments["salary"]
    credits = payments[(payments["amount"] > 0) & ~payments["lending"] & ~personal]
    refund = map_unique(credits["text"], is_refund).fillna(False).to_numpy(dtype=bool)
    credits = credits[~refund]
    credits = credits.assign(
        payer_key=credits["payer_key"].astype(object).fillna(credits["payee_key"])
    )
    credits = credits[credits["payer_key"].notna()]
    regular = _recurring(credits, max_cv=0.25, key="payer_key")
    keyworded = credits[credits["salary"]]
    if regular.empty and keyworded.empty:
        return []
    salary_payers = set(keyworded["payer_key"])
    if salary_payers:
        # Some credits are labelled as pay: only those payers can be the employer (a
        # parent's regular allowance is not).
        regular = regular[regular["payee_key"].isin(salary_payers)]
    if not regular.empty:
        regular = regular.assign(
            labelled=regular["payee_key"].isin(salary_payers),
        ).sort_values(["labelled", "median", "payee_key"], ascending=[False, False, True])
        best = regular.iloc[0]
        rows = inp.frame.loc[best["index"]]
        payer, currency, amount = str(best["payee"]), str(best["currency"]), float(best["median"])
        rhythm = str(best["rhythm"])
        confidence = 0.9 if best["labelled"] else 0.7
        method = phrase("method_finances_salary_regular")
    else:
        by_payer = keyworded.groupby("payer_key")
        payee = str(by_payer["amount"].sum().idxmax())
        rows = keyworded[keyworded["payer_key"] == payee]
        names = rows["payer"].dropna()
        payer = str(names.mode().iloc[0]) if not names.empty else payee
        currency = str(rows["currency_code"].mode().iloc[0])
        amount = float(rows["amount"].median())
        rhythm = _rhythm(rows["local"]) or "irregular"
        confidence = 0.6
        method = phrase("method_finances_salary_described")
    text_amount = f"{amount:.2f}"
    return [
        Inference(
            category=CATEGORY,
            key="salary",
            claim=f"You are paid about {text_amount} {currency} ({rhythm}) by {payer}, "
            "who is probably your employer.",
            value={
                "amount": text_amount,
                "currency": currency,
                "payer": payer,
                "rhythm": rhythm,
                "period": rhythm,
                "payments": len(rows),
            },
            confidence=confidence,
            method=method,
            evidence=refs(rows, 24),
            evidence_count=len(rows),
        )
    ]


def _income(payments: pd.DataFrame) -> list[Inference]:
    credits = payments[payments["amount"] > 0]
    if credits.empty:
        return []
    months = max(credits["local"].dt.to_period("M").nunique(), 1)
    per_currency = credits.groupby("currency_code")["amount"].sum()
    payers = credits["counterparty"].dropna().value_counts().head(5)
    return [
        Inference(
            category=CATEGORY,
            key="income",
            claim=f"Money coming in: {len(credits)} credits over {months} month(s), "
            f"mostly from {', '.join(map(str, payers.index[:3])) or 'unnamed payers'}.",
            value={
                "monthly_average": {
                    str(c): round(float(v) / months, 2) for c, v in per_currency.items()
                },
                "payers": {str(k): int(v) for k, v in payers.items()},
                "credits": len(credits),
            },
            confidence=0.8,
            method=phrase("method_finances_income"),
            evidence=refs(credits, 30),
            evidence_count=len(credits),
        )
    ]


def _spending(inp: InferenceInput, payments: pd.DataFrame) -> list[Inference]:
    table = spending_by_category(inp)
    if table.empty:
        return []
    spent = payments[payments["amount"] < 0]
    by_currency: dict[str, dict[str, float]] = {}
    for _, row in table.iterrows():
        by_currency.setdefault(str(row["currency"]), {})[str(row["category"])] = float(row["total"])
    top = table[table["category"] != "other"].head(3)["category"].tolist()
    evidence: list[str] = []
    for category in top:
        evidence.extend(refs(spent[spent["spend_category"] == category], 5))
    if not evidence:
        evidence.extend(refs(spent, 10))
    return [
        Inference(
            category=CATEGORY,
            key="spending_by_category",
            claim="Most of your identifiable spending goes on "
            f"{', '.join(c.replace('_', ' ') for c in top) or 'unclassified payments'}.",
            value={"totals": by_currency},
            confidence=0.75,
            method=phrase("method_finances_spending_by_category"),
            evidence=tuple(evidence),
            evidence_count=len(spent),
        )
    ]


def _subscriptions(inp: InferenceInput, payments: pd.DataFrame) -> list[Inference]:
    # A bank line without a payee column names the merchant in its description.
    debits = payments[payments["amount"] < 0]
    debits = debits.assign(
        payee_key=debits["payee_key"].astype(object).fillna(debits["payer_key"]),
        counterparty=debits["counterparty"].fillna(debits["payer"]),
    )
    debits = debits[debits["payee_key"].notna()]
    regular = _recurring(debits, max_cv=0.1)
    labelled = debits[debits["spend_category"].isin(["subscriptions", "entertainment"])]
    labelled_keys = set(labelled["payee_key"]) - set(regular["payee_key"])
    items = [
        {
            "payee": str(row["payee"]),
            "amount": f"{row['median']:.2f}",
            "currency": str(row["currency"]),
            "rhythm": str(row["rhythm"]),
            "payments": int(row["count"]),
        }
        for _, row in regular.iterrows()
    ]
    indexes = [i for index in regular["index"] for i in index]
    for key in sorted(labelled_keys):
        group = labelled[labelled["payee_key"] == key]
        if len(group) < 2:
            continue
        items.append(
            {
                "payee": str(group["counterparty"].dropna().mode().iloc[0])
                if group["counterparty"].notna().any()
                else str(key),
                "amount": f"{-group['amount'].median():.2f}",
                "currency": str(group["currency_code"].iloc[0]),
                "rhythm": "labelled",
                "payments": len(group),
            }
        )
        indexes.extend(group.index)
    if not items:
        return []
    rows = inp.frame.loc[sorted(indexes)]
    return [
        Inference(
            category=CATEGORY,
            key="subscriptions",
            claim=f"You pay {len(items)} recurring subscription(s): "
            f"{', '.join(str(item['payee']) for item in items[:5])}.",
            value={"subscriptions": items},
            confidence=0.85,
            method=phrase("method_finances_subscriptions"),
            evidence=refs(rows, 30),
            evidence_count=len(rows),
        )
    ]


def _late_night(payments: pd.DataFrame) -> list[Inference]:
    debits = payments[(payments["amount"] < 0) & payments["hour"].notna()]
    # A statement of dates only reads as midnight: it says nothing of the hour.
    debits = debits[~date_only(debits)]
    late = debits[debits["hour"].isin(LATE_NIGHT_HOURS)]
    if len(late) < 3 or len(late) < 0.05 * len(debits):
        return []
    share = len(late) / len(debits)
    return [
        Inference(
            category=CATEGORY,
            key="late_night_spending",
            claim=f"{share:.0%} of your payments are made between midnight and 5am.",
            value={
                "share": round(share, 3),
                "payments": len(late),
                "total": {
                    str(c): round(-float(v), 2)
                    for c, v in late.groupby("currency_code")["amount"].sum().items()
                },
            },
            confidence=round(min(0.9, 0.4 + share), 3),
            method=phrase("method_finances_late_night_spending"),
            evidence=refs(late, 30),
            evidence_count=len(late),
        )
    ]


def _message_hits(inp: InferenceInput, own_only: bool) -> pd.DataFrame:
    frame = inp.frame
    texts = frame["kind"].isin(["message", "post", "activity"])
    if own_only:
        texts &= frame["is_me"]
    return inp.hits("finance", frame.index[texts])


def _without(
    inp: InferenceInput, hits: pd.DataFrame, drop: Callable[[str, str], bool]
) -> pd.DataFrame:
    """Message hits less those whose text and term ``drop`` rejects; each distinct text
    and term is read once."""
    if hits.empty:
        return hits
    texts = inp.frame.loc[hits["position"], "text"].fillna("").astype(str).to_numpy()
    pairs = pd.MultiIndex.from_arrays([texts, hits["term"].astype(str).to_numpy()])
    codes, uniques = pd.factorize(pairs)
    dropped = np.array([drop(str(t), str(term)) for t, term in uniques], dtype=bool)
    kept: pd.DataFrame = hits[~dropped[codes]]
    return kept


def _not_negated(inp: InferenceInput, hits: pd.DataFrame) -> pd.DataFrame:
    """Message hits whose term is not negated in its clause ("not betting lol", 我不赌博)."""
    from footprint.infer.sensitive import negated_in_clause  # it imports this module

    return _without(inp, hits, negated_in_clause)


def _about_the_user(inp: InferenceInput, hits: pd.DataFrame) -> pd.DataFrame:
    """Message hits about the user, not about someone they write of ("my son plays
    Fortnite all day", 别让他老玩手机游戏): the user's words, another's habit."""
    from footprint.infer.subject import about_someone_else

    return _without(inp, hits, about_someone_else)


# Money lost or won at gambling, in the user's own words: an amount lost (输了八千, 输掉两万,
# "lost $300 on the horses"), or everything lost with money in reach (全输光了 房贷都不够).
# A game or a match is lost in points and goals, not in money.
_CN_AMOUNT = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十几百千万]+)"
_GAMBLING_LOSS = re.compile(
    rf"输(?:了|掉|掉了)?{_CN_AMOUNT}(?:块|元|千|万|百块)"
    r"|(?:钱|工资|房贷|存款|积蓄|本金|老本|生活费)[^。！？\n]{0,8}输光"
    r"|输光[^。！？\n]{0,8}(?:钱|工资|房贷|存款|积蓄|本金|老本|生活费)"
    r"|(?i:\b(?:lost|blew|down)\s+(?:[£$€]\s?\d[\d,]*|\d[\d,]*\s?(?:quid|bucks|dollars|grand))"
    r"\s+(?:on|at)\s+(?:the\s+)?(?:horses|dogs|races|slots|pokies|tables|roulette|blackjack|"
    r"craps|parlays?|spreads?|bets?)\b)"
)


def _gambling_losses(inp: InferenceInput) -> list[int]:
    """Positions of the user's own messages that tell of money lost at gambling."""
    frame = inp.frame
    own = frame.loc[frame["kind"].isin(["message", "post"]) & frame["is_me"], "text"].dropna()
    own = own.astype(str)
    return [int(p) for p in own.index[own.str.contains(_GAMBLING_LOSS)]]


def _flags(inp: InferenceInput, payments: pd.DataFrame, own_hits: pd.DataFrame) -> list[Inference]:
    out: list[Inference] = []
    claims = {
        "gambling": "You gamble: payments to betting or lottery services.",
        "gaming": "You play video games and spend money on them.",
        "alcohol": "You buy alcohol.",
        "charity": "You give to charity.",
    }
    for flag in FLAG_KEYS:
        paid = payments[payments[f"is_{flag}"] & (payments["amount"] < 0)]
        said = _about_the_user(
            inp,
            _not_negated(
                inp, own_hits[(own_hits["group"] == "spending") & (own_hits["label"] == flag)]
            ),
        )
        positions = set(said["position"])
        if flag == "gambling":
            positions |= set(_gambling_losses(inp))
        said_rows = inp.frame.loc[sorted(positions)]
        if paid.empty and len(said_rows) < 2:
            continue
        rows = pd.concat([paid, said_rows])
        total = {
            str(c): round(-float(v), 2)
            for c, v in paid.groupby("currency_code")["amount"].sum().items()
        }
        out.append(
            Inference(
                category=CATEGORY,
                key=flag,
                claim=claims[flag],
                value={
                    "value": True,
                    "payments": len(paid),
                    "messages": len(said_rows),
                    "total": total,
                },
                confidence=round(min(0.95, 0.5 + 0.1 * len(paid) + 0.05 * len(said_rows)), 3),
                method=phrase("method_finances_flag"),
                evidence=refs(rows, 30),
                evidence_count=len(rows),
            )
        )
    return out


_BORROWED = re.compile(
    r"(?i)\b(?:loan|advance|disburse\w*|drawdown|borrow\w*)\b|借款|放款|借钱|提现到|贷款发放"
)


def _night_borrowing(payments: pd.DataFrame) -> pd.DataFrame:
    """Money borrowed between midnight and 5am (local time): credit from a lender, or a
    credit-product row that reads as a loan taken (a pay-later purchase is not)."""
    lent = payments[payments["lending"] & payments["hour"].isin(LATE_NIGHT_HOURS)]
    if lent.empty:
        return lent
    text = lent["text"].fillna("").astype(str) + " " + lent["category"].fillna("").astype(str)
    borrowed = (lent["amount"] > 0) | text.str.contains(_BORROWED)
    return lent[borrowed.to_numpy(dtype=bool)]


# The user asking someone for money: "lend me" or 借 with an amount, money or rent in reach.
_ASK_TO_BORROW = re.compile(
    r"(?i)\b(?:lend|loan|borrow)\b[^.!?\n]{0,25}(?:[£$€¥]\s?\d|\b\d+\b|quid|money|cash|rent)"
    r"|借[^。！？\n]{0,6}(?:\d+|[一二三两五几百千万]+)?(?:块|元|钱|房租)"
    # An amount in thousands or tens of thousands is money on its own (借我两万, 借5千).
    r"|借[^。！？\n]{0,4}(?:\d+|[一二两三四五六七八九十几]+)[千万]"
)


def _asks_to_borrow(inp: InferenceInput) -> pd.DataFrame:
    """Own messages asking to borrow money, as hits rows (``position``)."""
    frame = inp.frame
    own = frame.loc[frame["kind"].isin(["message", "post"]) & frame["is_me"], "text"].dropna()
    asked = own[own.astype(str).str.contains(_ASK_TO_BORROW)]
    return pd.DataFrame({"position": asked.index, "group": "signals", "label": "hardship"})


def _stress(inp: InferenceInput, payments: pd.DataFrame) -> list[Inference]:
    all_hits = _message_hits(inp, own_only=False)
    signals: dict[str, int] = {}
    positions: list[int] = []
    status = payments["status"].fillna("").astype(str)
    failed = payments[status.str.contains(_FAILED_STATUS, case=False, regex=True)]
    # A repayment to a credit product that failed or was returned says more than any
    # failed payment: the money was owed.
    failed_repayments = failed[failed["lending"]]
    night = _night_borrowing(payments)
    own_hits = _message_hits(inp, own_only=True)
    for signal in ("lending", "repayment_reminder", "late_payment", "overdraft", "hardship"):
        paid = payments[payments[signal]]
        # Hardship ("can you lend me", 手头紧) is the user's own word about themselves.
        hits = own_hits if signal == "hardship" else all_hits
        said = hits[(hits["group"] == "signals") & (hits["label"] == signal)]
        if signal == "hardship":
            said = pd.concat([said, _asks_to_borrow(inp)])
        count = len(paid) + said["position"].nunique()
        if signal == "late_payment":
            extra = failed.index.difference(paid.index)
            count += len(extra)
            positions.extend(extra)
        if count:
            signals[signal] = count
            positions.extend(paid.index)
            positions.extend(said["position"])
    for signal, rows in (("failed_repayment", failed_repayments), ("night_borrowing", night)):
        if not rows.empty:
            signals[signal] = len(rows)
            positions.extend(rows.index)
    out: list[Inference] = []
    lenders = payments[payments["lending"]]
    if not lenders.empty:
        names = lenders["payer"].dropna().value_counts()
        out.append(
            Inference(
                category=CATEGORY,
                key="borrowing",
                claim="You use credit or buy-now-pay-later services: "
                f"{', '.join(map(str, names.index[:5])) or 'unnamed lenders'}.",
                value={
                    "lenders": {str(k): int(v) for k, v in names.items()},
                    "payments": len(lenders),
                },
                confidence=0.85,
                method=phrase("method_finances_borrowing"),
                evidence=refs(lenders, 30),
                evidence_count=len(lenders),
            )
        )
    # Borrowing alone is common (pay-later at checkout); stress needs reminders or
    # late payments too, or many of them.
    trouble = sum(
        signals.get(name, 0)
        for name in (
            "repayment_reminder",
            "late_payment",
            "overdraft",
            "failed_repayment",
            "hardship",
        )
    )
    total = sum(signals.values())
    if len(signals) >= 2 or trouble >= 3:
        rows = inp.frame.loc[sorted(set(positions))]
        out.append(
            Inference(
                category=CATEGORY,
                key="financial_stress",
                claim="You show signs of financial stress: "
                + ", ".join(f"{k.replace('_', ' ')} ({v})" for k, v in sorted(signals.items()))
                + ".",
                value={"value": True, "signals": dict(sorted(signals.items()))},
                confidence=round(min(0.95, 0.4 + 0.15 * len(signals) + 0.03 * total), 3),
                method=phrase("method_finances_financial_stress"),
                evidence=refs(rows, 30),
                evidence_count=len(rows),
            )
        )
    return out


def infer(records: Sequence[Record] | InferenceInput) -> list[Inference]:
    inp = prepare(records)
    payments = categorised_payments(inp)
    own_hits = _message_hits(inp, own_only=True)
    if payments.empty and own_hits.empty and not _gambling_losses(inp):
        return []
    return [
        *_salary(inp, payments),
        *_income(payments),
        *_spending(inp, payments),
        *_subscriptions(inp, payments),
        *_late_night(payments),
        *_flags(inp, payments, own_hits),
        *_stress(inp, payments),
    ]
