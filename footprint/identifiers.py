"""Telling a person's name from an account ID or a file name a tool made up.

Kept free of heavy imports: parsers use it to name a chat after its file, and the
inference's alias model (:mod:`footprint.infer.people`) to rank the names of a person.
"""

from __future__ import annotations

import re

__all__ = ["chat_title", "looks_like_id"]

# Account IDs and handles: WeChat (wxid_..., ...@chatroom, gh_...), Telegram (user123...),
# numbers, e-mail addresses, and one-word ASCII handles that carry a digit or an underscore
# (zhouweihong_xy, BirdsGangTy215): a name a person is called by has neither.
_ID = re.compile(
    r"""^(?:
        wxid_\S+ | gh_\S+ | \S+@chatroom | \S+@\S+\.\S+
      | (?:user|channel|chat)?-?\d{4,}
      | \+?[\d\s().\-]{7,}
      | [A-Za-z][A-Za-z0-9._\-]{3,}
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
_HANDLE_MARK = re.compile(r"[\d_]")

# File stems tools give every chat, which say nothing about who is in it.
_GENERATED = re.compile(
    r"^(?:message|messages|result|results|chat|chats|export|inbox|conversation|history|"
    r"聊天记录|群聊|未命名|新建文件夹|_chat|untitled)$",
    re.IGNORECASE,
)
# What tools append to a chat's file name: an encoding, a date or number range, a copy number.
_DATE = r"\d{4}[-_.]?\d{2}[-_.]?\d{2}(?:[ _T-]?\d{2}[-_.:]?\d{2}(?:[-_.:]?\d{2})?)?"
_SUFFIXES = (
    re.compile(r"[ _-]+utf-?8$", re.IGNORECASE),
    re.compile(rf"(?:[ _(（-]*{_DATE}\s*(?:[~～至到_\-]+\s*{_DATE})?[)）]?)$"),
    re.compile(r"_\d+_\d+$"),  # PyWxDump's range of message numbers: wxid_..._0_5001
    re.compile(r"[ _]*(?:\(\d{1,3}\)|（\d{1,3}）|_\d{1,3})$"),
)


def looks_like_id(text: str | None) -> bool:
    """Whether ``text`` is an account ID, handle, number or address rather than a name."""
    value = (text or "").strip().lstrip("@")
    if not value:
        return True
    if not _ID.match(value):
        return False
    # A one-word ASCII token is a handle only with a digit or an underscore in it
    # ("Mom" and "Brianna" are names; "fishtown_mike" is not).
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9._\-]{3,}", value):
        return bool(_HANDLE_MARK.search(value))
    return True


def chat_title(stem: str, *ids: str | None) -> str | None:
    """The chat's name in a file or folder name, with the suffixes tools add removed;
    None when what is left is an ID (one of ``ids`` or any ID's shape) or a made-up name."""
    title = stem.strip()
    for _ in range(3):  # suffixes stack: 大姐_20240101_20250101_utf8
        before = title
        for suffix in _SUFFIXES:
            title = suffix.sub("", title).strip()
        if title == before:
            break
    if not title or _GENERATED.match(title) or looks_like_id(title):
        return None
    if any(title.casefold() == (known or "").strip().casefold() for known in ids):
        return None
    return title
