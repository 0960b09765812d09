"""Identity: the user's own names, phones, e-mails, handles, addresses, birthday and IDs,
how they link the exports together, and how unique the combination is."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from footprint.infer.base import Inference
from footprint.infer.frame import InferenceInput, normalize_identifier, prepare, refs
from footprint.model import Record
from footprint.phrases import phrase

CATEGORY = "identity"

# ProfileFact fields -> identifier kind shown to the user.
FIELD_KINDS = {
    "name": "names",
    "display_name": "names",
    "full_name": "names",
    "real_name": "names",
    "nickname": "names",
    "email": "emails",
    "phone": "phones",
    "mobile": "phones",
    "username": "handles",
    "handle": "handles",
    "screen_name": "handles",
    "wechat_id": "handles",
    "alipay_account": "handles",
    "address": "addresses",
    "home_address": "addresses",
    "birthday": "birthday",
    "birth_date": "birthday",
    "date_of_birth": "birthday",
    "id_number": "ids",
    "national_id": "ids",
    "passport": "ids",
    "account_id": "ids",
}
_DETECTED_KINDS = {"name": "names", "email": "emails", "handle": "handles", "phone": "phones"}
DIRECT_IDENTIFIERS = ("phones", "emails", "ids")
QUASI_IDENTIFIERS = ("names", "birthday", "addresses", "handles")

__all__ = ["identifier_table", "identity_graph", "infer"]


def identifier_table(records: Sequence[Record] | InferenceInput) -> pd.DataFrame:
    """The user's identifiers: ``kind``, ``value``, ``key`` (normalised), ``source``, ``row``."""
    inp = prepare(records)
    frame = inp.frame
    rows: list[tuple[str, str, str, str, int]] = []
    facts = frame[(frame["kind"] == "profile_fact") & frame["value"].notna()]
    for position, fact_field, value, source in zip(
        facts.index, facts["field"], facts["value"], facts["source"], strict=True
    ):
        kind = FIELD_KINDS.get(str(fact_field).casefold())
        key = normalize_identifier(str(value))
        if kind and key:
            rows.append((kind, str(value), key, str(source), int(position)))
    for key, (found_kind, display, positions) in sorted(inp.user.found.items()):
        kind = _DETECTED_KINDS.get(found_kind, FIELD_KINDS.get(found_kind))
        if kind is None:
            continue
        for position in positions[:20]:
            rows.append((kind, display, key, str(frame.at[position, "source"]), int(position)))
    table = pd.DataFrame(rows, columns=["kind", "value", "key", "source", "row"])
    return table.drop_duplicates(["key", "source", "row"]).reset_index(drop=True)


def identity_graph(records: Sequence[Record] | InferenceInput) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes (``id``, ``label``, ``type`` source or identifier kind) and edges (``source``,
    ``target``, ``records``) linking each export to the identifiers of the user it holds."""
    table = identifier_table(records)
    if table.empty:
        return (
            pd.DataFrame(columns=["id", "label", "type"]),
            pd.DataFrame(columns=["source", "target", "records"]),
        )
    sources = sorted(table["source"].unique())
    identifiers = table.drop_duplicates("key")
    nodes = [{"id": f"source:{s}", "label": s, "type": "source"} for s in sources] + [
        {"id": f"id:{r.key}", "label": r.value, "type": r.kind} for r in identifiers.itertuples()
    ]
    links = table.groupby(["source", "key"]).size().reset_index(name="records")
    edges = pd.DataFrame(
        {
            "source": "source:" + links["source"],
            "target": "id:" + links["key"],
            "records": links["records"],
        }
    )
    return pd.DataFrame(nodes), edges


def infer(records: Sequence[Record] | InferenceInput) -> list[Inference]:
    inp = prepare(records)
    table = identifier_table(inp)
    if table.empty:
        return []
    frame = inp.frame
    out: list[Inference] = []
    values: dict[str, list[str]] = {}
    for kind, group in table.groupby("kind", sort=True):
        values[str(kind)] = sorted(group.drop_duplicates("key")["value"].tolist())
    evidence_rows = frame.loc[sorted(set(table["row"]))]
    summary = "; ".join(f"{kind}: {', '.join(v[:3])}" for kind, v in values.items())
    out.append(
        Inference(
            category=CATEGORY,
            key="identity",
            claim=f"Your exports identify you by {summary}.",
            value=values,
            confidence=0.95,
            method=phrase("method_identity_identity"),
            evidence=refs(evidence_rows, 40),
            evidence_count=len(evidence_rows),
        )
    )
    per_key = table.groupby("key")["source"].agg(lambda s: sorted(set(s)))
    shared = per_key[per_key.map(len) >= 2]
    if not shared.empty:
        links = []
        evidence: list[str] = []
        for key, sources in shared.items():
            rows = table[table["key"] == key]
            links.append(
                {
                    "identifier": str(rows["value"].iloc[0]),
                    "kind": str(rows["kind"].iloc[0]),
                    "sources": sources,
                }
            )
            for source in sources:
                evidence.extend(refs(frame.loc[rows.loc[rows["source"] == source, "row"]], 2))
        out.append(
            Inference(
                category=CATEGORY,
                key="cross_source_links",
                claim=f"{len(links)} identifier(s) appear in more than one export, so the "
                f"exports ({', '.join(sorted({s for link in links for s in link['sources']}))}) "
                "can be joined into one profile of you.",
                value={"links": links},
                confidence=0.95,
                method=phrase("method_identity_cross_source_links"),
                evidence=tuple(evidence),
            )
        )
    direct = [kind for kind in DIRECT_IDENTIFIERS if kind in values]
    quasi = [kind for kind in QUASI_IDENTIFIERS if kind in values]
    unique = bool(direct) or len(quasi) >= 3
    out.append(
        Inference(
            category=CATEGORY,
            key="uniqueness",
            claim=(
                f"You are uniquely identifiable: {', '.join(direct + quasi)} together single "
                "you out."
                if unique
                else f"Your exports hold {', '.join(quasi)}; combined with a home area they "
                "usually single a person out."
            ),
            value={"unique": unique, "direct_identifiers": direct, "quasi_identifiers": quasi},
            confidence=0.95 if direct else 0.6,
            method=phrase("method_identity_uniqueness"),
            evidence=refs(evidence_rows, 20),
            evidence_count=len(evidence_rows),
        )
    )
    return out
