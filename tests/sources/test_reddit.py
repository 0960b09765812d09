"""Reddit: header decides, BOM tolerated, UTC dates, IP addresses kept as activities."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from footprint.model import Activity, Message, Post

from ..conftest import FIXTURES
from .social_helpers import parse_inputs, write

FOLDER = FIXTURES / "reddit"
POSTS_HEADER = "id,permalink,date,ip,subreddit,gildings,title,url,body\n"


def test_posts_with_bom_title_and_body() -> None:
    parsed = parse_inputs(FOLDER / "posts.csv")
    posts = parsed.of(Post)
    assert [p.locator for p in posts] == ["row 2", "row 3"]
    assert posts[0].text == (
        "Looking for a flat near Sendlinger Tor\n\nTwo rooms, budget 1200€.\n"
        "DM me at kai.moreno@example.com"
    )
    assert posts[0].counterparty is None  # a subreddit is no person; the permalink names it
    assert posts[0].timestamp == datetime(2023, 1, 15, 12, 34, 56, tzinfo=UTC)
    assert not posts[0].tz_assumed


def test_every_ip_column_becomes_an_activity() -> None:
    activities = parse_inputs(FOLDER).of(Activity)
    by_file: dict[str, set[str]] = {}
    for activity in activities:
        assert activity.ip
        by_file.setdefault(Path(activity.path).name, set()).add(activity.activity_type)
    assert by_file == {
        "posts.csv": {"post"},
        "comments.csv": {"comment"},
        "messages.csv": {"message"},
        "ip_logs.csv": {"login"},
    }
    # The activity sits at the row of the record it belongs to.
    post_ip = next(a for a in activities if a.activity_type == "post")
    assert (post_ip.locator, post_ip.ip, post_ip.title) == ("row 2", "192.0.2.10", "r/Munich")


def test_messages_and_chats() -> None:
    messages = parse_inputs(FOLDER).of(Message)
    private = [m for m in messages if m.path.endswith("messages.csv")]
    assert [(m.actor, m.counterparty) for m in private] == [
        ("kai_moreno", "flat_owner_77"),
        ("flat_owner_77", "kai_moreno"),
    ]
    chats = [m for m in messages if m.path.endswith("chat_history.csv")]
    assert [(m.actor, m.conversation, m.edited) for m in chats] == [
        ("kai_moreno", "Munich Runners", False),
        ("lena_k", "Munich Runners", True),
    ]


def test_header_not_name_decides(tmp_path: Path) -> None:
    write(
        tmp_path,
        "export/reddit-posts-2023.csv",
        POSTS_HEADER + "t3_x,https://r/x,2023-01-01 00:00:00 UTC,,a,0,T,,B\n",
    )
    write(tmp_path, "other/posts.csv", "Date,Title,Views\n2023-01-01,Hello,3\n")
    parsed = parse_inputs(tmp_path)
    assert parsed.formats["export/reddit-posts-2023.csv"] == "reddit"
    assert parsed.formats["other/posts.csv"] != "reddit"


def test_date_without_zone_is_assumed(tmp_path: Path) -> None:
    path = write(
        tmp_path, "posts.csv", POSTS_HEADER + "t3_x,https://r/x,2023-01-01 09:30:00,,a,0,T,,B\n"
    )
    (post,) = parse_inputs(path).of(Post)
    assert post.tz_assumed and post.timestamp == datetime(2023, 1, 1, 9, 30, tzinfo=UTC)


def test_broken_rows_are_problems_and_the_rest_is_read() -> None:
    parsed = parse_inputs(FOLDER / "broken")
    assert [(p.locator, p.message) for p in parsed.problems] == [
        ("row 2", "unreadable date '15/01/2023'"),
        ("row 3", "row has 3 columns, the header 10 (truncated?)"),
    ]
    assert [p.text for p in parsed.of(Post)] == ["date in the wrong format"]
