"""QQ numbers (5-11 digits), only where the text names QQ right before them.

The name may be QQ, 扣扣, q号 or the nickname 企鹅号 (QQ's penguin), with 号/号码/账号, and
a few words of chat or a question mark between it and the number (``QQ也行 2742816``, ``你的QQ是不是
2362810049``, ``QQ号被盗了 新号2795301146``). Not a QQ group's number (QQ群) nor an
amount of Q coins (Q币). A message that is nothing but the number, or the number after a
short answer word (有 / 好的), counts where an earlier message of the chat asks for the QQ
(see :mod:`footprint.pii.conversation`).
"""

from __future__ import annotations

from typing import ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import FootprintPatternRecognizer

# Up to eight Han characters of chat, with a space or a comma, between the name and the
# number (QQ号被盗了 新号2795301146); not 群 (a group's number), 币/钻 (Q coins, QQ's
# paid badges) nor 年/月 (QQ's age: QQ十年了). A number followed by a unit (QQ飞车30000分)
# is a count.
_BETWEEN = r"(?:[\u4e00-\u9fff--[群币钻年月天日岁级元块个条次]]|[ ，,？?](?![ ，,？?])){0,8}"


class QqNumberRecognizer(FootprintPatternRecognizer):
    ENTITY = "QQ_NUMBER"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "qq_number",
            r"(?<=(?:(?<![a-z])qq|扣扣|企鹅号|(?<![a-z])q(?=号))(?:号码|号|账号|帐号)?"
            rf"(?:\s*(?:是|为|:|：|is|number is|-))?\s*{_BETWEEN}\s*(?:[:：]\s*)?)"
            r"[1-9][0-9]{4,10}(?![0-9]|[元块分个人年月次岁万%％])",
            0.8,
        ),
        # A message that is only the number, answering "你QQ多少" (CONVERSATION): weak alone.
        # The number alone, or after a short answer word (有 / 是 / 好的 / "sure"): "有 1369025847".
        Pattern(
            "qq_answer",
            r"(?<=\A\s*(?:(?:[\u4e00-\u9fff]{1,4}|[a-z]+(?: [a-z]+)?)[\s,，:：。!！]*)?)"
            r"[1-9][0-9]{4,10}(?=\s*\Z)",
            0.3,
        ),
    ]
    CONTEXT: ClassVar[list[str]] = ["qq", "扣扣", "加我", "企鹅号"]
    CONVERSATION = True
    NEEDS_ANY = ("qq", "扣扣", "企鹅号", "q号")
    MIN_DIGITS = 5
    FLAGS = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE | regex.V1
