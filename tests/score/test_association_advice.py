"""Association share, removing a contact, opposite rulebooks, minimisation advice."""

from __future__ import annotations

from footprint.score import (
    SIMULATION_NOTICE,
    advice_frame,
    advise,
    association,
    candidate_actions,
    compare,
    parse_rulebook,
    score,
    what_if_removed,
)
from tests.score.helpers import inf, persona_records, toy_infer


def test_share_from_others_and_removing_a_contact() -> None:
    inferences = [
        inf("salary"),
        inf("politics", category="sensitive", subject="Sam Lee"),
        inf("politics", category="sensitive", subject="Ann Roe"),
        inf("financial_stress", subject="Ann Roe"),
    ]
    report = association(inferences, "municipal")
    # municipal: salary +5; Sam -5, Ann -5 (politics), Ann -5 (debt)
    assert report.score == 990
    assert report.score_without_others == 1005
    assert report.points_from_others == -15
    assert report.share_of_movement == 15 / 20
    assert [(i.contact, i.points, i.score_without) for i in report.by_contact] == [
        ("Ann Roe", -10, 1000),
        ("Sam Lee", -5, 995),
    ]
    assert report.by_contact[0].rules == ("contacts_critical", "contacts_in_debt")
    assert report.by_contact[0].rule_points == -10
    assert report.to_json()["notice"] == SIMULATION_NOTICE
    without = what_if_removed(inferences, "Ann Roe", "municipal")
    assert "Ann Roe" not in {c.subject for c in without.contributions}
    assert without.score == 1000


NAMED = """
lens: named
title: Named contacts
description: d
imitates: {text: x, source: y}
base: 0
grades: [{grade: Any, min: null}]
rules:
  - id: flagged_friend
    description: A friend the user's own inference names
    trigger: {key: flagged_friend, contact_field: value.name}
    points: -20
    imitates: {text: x, source: y}
"""


def test_contact_named_in_a_user_inference_counts_as_from_others() -> None:
    book = parse_rulebook(NAMED, "named.yaml")
    inferences = [inf("flagged_friend", category="social", value={"name": "Bo"})]
    result = score(inferences, book)
    assert [(c.rule, c.subject) for c in result.contributions] == [("flagged_friend", "Bo")]
    assert what_if_removed(inferences, "Bo", book).contributions == ()
    assert association(inferences, book).points_from_others == -20


def test_risky_contact_inference_shape_counts_against_the_user() -> None:
    # the shape footprint.infer.sensitive produces: about the contact, category social
    risky = inf(
        "risky_contact", category="social", subject="Sam Lee", value={"name": "Sam Lee", "texts": 3}
    )
    for lens, points in (("commercial", -10), ("municipal", -5)):
        result = score([risky], lens)
        assert [(c.rule, c.points, c.subject) for c in result.contributions] == [
            ("contacts_critical", points, "Sam Lee")
        ]


def test_a_contact_whose_points_a_cap_absorbs_moves_nothing_alone() -> None:
    critics = [inf("risky_contact", category="social", subject=f"Critic {i}") for i in range(5)]
    report = association(critics, "commercial")
    assert report.points_from_others == -30  # five times -10, capped at -30
    assert all(impact.points == 0 and impact.rule_points == -10 for impact in report.by_contact)


def test_opposite_rulebooks_disagree_on_the_same_person() -> None:
    inferences = [
        inf("home", category="places"),
        inf("routine_change", category="routine"),
        inf("gaming"),
        inf("charity"),
        inf(
            "top_contacts",
            category="social",
            value={"contacts": [{"name": str(i)} for i in range(6)]},
        ),
    ]
    comparison = compare(inferences)
    assert comparison.first.lens == "alt_stability" and comparison.second.lens == "alt_openness"
    assert set(comparison.opposite) == {
        "places/home",
        "routine/routine_change",
        "finances/gaming",
        "social/top_contacts",
    }
    assert comparison.first.score != comparison.second.score
    row = comparison.frame.set_index("inference").loc["finances/charity"]
    assert (row["alt_stability"], row["alt_openness"], bool(row["opposite"])) == (10, 10, False)


def test_candidate_actions_cover_the_kinds() -> None:
    kinds = {action.kind: action.id for action in candidate_actions(persona_records())}
    assert set(kinds) == {
        "delete_file",
        "location_history_off",
        "leave_group",
        "stop_subscription",
        "delete_posts",
    }
    ids = {action.id for action in candidate_actions(persona_records())}
    assert "leave_group:Pub Quiz" in ids and "leave_group:Mum" not in ids  # a 1:1 chat is no group
    assert "stop_subscription:Netflix" in ids and "stop_subscription:Bet365" not in ids
    assert "delete_file:takeout.zip" in ids  # the archive, not the entry inside it


def test_advice_is_ranked_by_what_it_removes() -> None:
    records = persona_records()
    impacts = advise(records, toy_infer)
    by_id = {impact.action.id: impact for impact in impacts}
    paypal = by_id["delete_file:paypal/Download.CSV"]
    assert set(paypal.inferences_removed) == {
        "finances/gambling",
        "finances/subscriptions",
        "finances/salary",
    }
    assert impacts[0].action.id == "delete_file:paypal/Download.CSV"  # removes the most
    group = by_id["leave_group:Pub Quiz"]
    assert group.inferences_removed == ("sensitive/politics (Sam Lee)",)
    assert group.score_deltas["municipal"] == 5  # no more penalty for Sam's posts
    location = by_id["location_history_off"]
    assert location.inferences_removed == ("places/home",)
    assert location.score_deltas["commercial"] == -15  # stability points lost too
    posts = by_id["delete_posts:twitter"]
    assert posts.inference_change == 0 and posts.score_movement == 0
    assert impacts[-1].inference_change == 0
    frame = advice_frame(impacts)
    assert list(frame["rank"]) == list(range(1, len(impacts) + 1))
    assert {"commercial change", "municipal change", "blacklist change"} <= set(frame.columns)
    assert all(impact.to_json()["notice"] == SIMULATION_NOTICE for impact in impacts)


def test_an_action_whose_inference_fails_is_kept_with_the_error() -> None:
    records = persona_records()

    def fragile(kept):  # type: ignore[no-untyped-def]
        if len(kept) < len(records) and not any(r.source == "google_location" for r in kept):
            raise KeyError("contact_key")
        return toy_infer(kept)

    calls: list[tuple[int, int]] = []
    impacts = advise(records, fragile, progress=lambda done, total: calls.append((done, total)))
    # both actions that take away the location history break this inference
    failed = impacts[-2:]
    assert {impact.action.id for impact in failed} == {
        "location_history_off",
        "delete_file:takeout.zip",
    }
    assert {impact.error for impact in failed} == {"inference failed: KeyError: 'contact_key'"}
    assert all(impact.error is None for impact in impacts[:-2])
    assert calls[-1][0] == calls[-1][1] == len(candidate_actions(records))


def test_advice_is_deterministic() -> None:
    records = persona_records()
    first = [impact.to_json() for impact in advise(records, toy_infer)]
    second = [impact.to_json() for impact in advise(list(reversed(records)), toy_infer)]
    assert first == second
