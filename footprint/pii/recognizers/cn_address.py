"""Chinese street addresses: optional province, city and district, then a road and a number
(``北京市朝阳区建国路88号``, ``上海市徐汇区漕溪北路100号3栋502室``)."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import Pattern

from footprint.pii.recognizers.base import CHINESE, FootprintPatternRecognizer

_HAN = r"[\u4e00-\u9fff]"
# Do not start an address on a verb or particle: "我住在北京市" starts at 北.
_NOT_PARTICLE = r"(?![在住是到去于从我你他她的了和跟寄送址家：:])"
_NUMERAL = r"[0-9一二三四五六七八九十百]{1,5}"

_ADDRESS = (
    r"(?:" + _NOT_PARTICLE + _HAN + r"{2,3}(?:省|自治区))?"
    r"(?:" + _NOT_PARTICLE + _HAN + r"{1,3}市)?"
    r"(?:"
    + _NOT_PARTICLE
    + _HAN
    + r"{1,3}(?:区|县))?"
    + _NOT_PARTICLE
    + _HAN
    + r"{1,6}(?:路|街|大道|大街|巷|胡同|道)"
    + _NUMERAL
    + r"号"
    r"(?:院|大院)?(?:" + _NUMERAL + r"(?:号楼|栋|幢|单元|楼|层|室|号))*"
)


class CnAddressRecognizer(FootprintPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS: ClassVar[list[Pattern]] = [Pattern("cn_address", _ADDRESS, 0.6)]
    CONTEXT: ClassVar[list[str]] = ["地址", "住在", "住址", "寄到", "送到", "搬到", "家在"]
    LANGUAGES = CHINESE
    NEEDS_ANY = ("号",)
