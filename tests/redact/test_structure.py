"""Redaction keeps the words a format is made of, so a copy parses to as many records.

The shape: a value found somewhere (a false positive "微信" in a chat, or a payee called
"微信") is also part of the preamble label ``微信昵称`` a WeChat Pay bill's parser reads
its owner from, and of the file name (``微信支付账单*.csv``) the format is known by.
Replacing it there lost the bill's owner record.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from footprint.config import Settings
from footprint.redact.containers import rewrite
from footprint.redact.run import redact
from footprint.redact.structure import format_words
from footprint.redact.values import Target, ValueMatcher
from footprint.scan import scan
from footprint.sources import alipay, bank_csv, wechat_pay

SETTINGS = Settings(assumed_timezone="UTC", spacy_model="none")
KEY = bytes(range(32))
BILL_NAME = "微信支付账单(20240301-20240331).csv"


def _bill(nickname: str = "小白", payee: str = "微信") -> str:
    """A synthetic WeChat Pay bill: preamble with the owner's nickname, rule, header, rows."""
    pad = "," * 10
    preamble = [
        "微信支付账单明细",
        f"微信昵称：[{nickname}]",
        "起始时间：[2024-03-01 00:00:00] 终止时间：[2024-03-31 23:59:59]",
        "导出时间：[2024-04-02 09:12:44]",
        "",
        "共3笔记录",
        "----------------------微信支付账单明细列表--------------------",
    ]
    header = (
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"
    )
    rows = [
        f'2024-03-30 12:01:09,商户消费,"{payee}","红包",支出,¥20.00,零钱,支付成功,'
        "4200020240330000001\t,/\t,/",
        '2024-03-21 08:40:00,商户消费,"全家便利店","早餐",支出,¥12.50,零钱,支付成功,'
        "4200020240321000002\t,/\t,/",
        '2024-03-02 19:15:33,转账,"阿明","/",收入,¥300.00,/,已存入零钱,'
        "1000050001202403020003\t,/\t,/",
    ]
    quoted = [line if not line or "," in line else line + pad for line in preamble]
    return "\n".join([*quoted, header, *rows]) + "\n"


def _records(folder: Path) -> Counter[tuple[str, str]]:
    result = scan([folder], SETTINGS, None, analyse=False)
    return Counter((record.source, record.kind) for record in result.records)


def test_the_formats_own_words_are_read_from_the_sources() -> None:
    words = format_words()
    for label in (*wechat_pay.LABELS, *alipay.LABELS, *bank_csv.LABELS):
        assert label in words
    assert "交易对方" in words  # a column
    assert "微信支付账单" in words  # the name the bill's files go by
    assert "StrContent" in words  # MemoTrace's header, written as one line


def test_a_payee_named_like_the_nickname_label_keeps_the_owner(tmp_path: Path) -> None:
    """End to end, without a detector: the payee "微信" is a structured PERSON value."""
    source = tmp_path / "in"
    source.mkdir()
    (source / BILL_NAME).write_bytes(_bill().encode("utf-8-sig"))
    out = tmp_path / "out"
    result = redact([source], out, SETTINGS, None, key=KEY)
    copy = out / "in" / BILL_NAME  # the name the format is known by stays
    text = copy.read_text("utf-8-sig")
    assert "微信昵称：[" in text and "小白" not in text
    assert ',"微信",' not in text and ",微信," not in text  # the payee itself is replaced
    assert _records(out) == _records(source)
    assert (wechat_pay.FORMAT, "profile_fact") in _records(out)
    assert result.passed, [leak.to_json() for leak in result.leaks]


def _redacted_bill(tmp_path: Path, nickname: str, target: str) -> tuple[Path, Path]:
    source, out = tmp_path / "in", tmp_path / "out"
    for folder in (source, out):
        folder.mkdir(exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
    data = _bill(nickname).encode("utf-8-sig")
    (source / BILL_NAME).write_bytes(data)
    matcher = ValueMatcher([Target("PERSON", target)], keep=format_words())
    edit = lambda text: matcher.replace(text, lambda _: "Person-1A2B3C")[0]  # noqa: E731
    rewritten = rewrite(BILL_NAME, data, edit)
    assert rewritten.data is not None
    (out / edit(BILL_NAME)).write_bytes(rewritten.data)
    return source, out


_WECHAT_PAY_WORDS = sorted(word for word in format_words() if word in _bill() or word in BILL_NAME)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_part_of_the_formats_words_is_kept(tmp_path: Path, data: st.DataObject) -> None:
    """Property: a value that is any part of a word the bill is made of keeps its records."""
    word = data.draw(st.sampled_from(_WECHAT_PAY_WORDS))
    start = data.draw(st.integers(0, len(word) - 2))
    part = word[start : data.draw(st.integers(start + 2, len(word)))]
    source, out = _redacted_bill(tmp_path, "小白", part)
    assert _records(out) == _records(source)


_NAME = st.text(
    st.sampled_from("小白阿明王芳雯丽华国强子 AnnaBobWill·._-'\"[]()：:，,"), min_size=2, max_size=8
).filter(lambda name: name.strip() and name.strip() == name)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(nickname=_NAME)
def test_any_nickname_redacted_keeps_the_records(tmp_path: Path, nickname: str) -> None:
    """Property: whatever the owner is called (quotes, commas, brackets, colons, spaces),
    the redacted bill parses to as many records of each kind."""
    source, out = _redacted_bill(tmp_path, nickname, nickname)
    assert _records(out) == _records(source)
