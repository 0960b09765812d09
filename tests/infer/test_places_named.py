"""Places named offline: the home city comes from the person's own coordinates, or their
own address, never from merchant names; English and Chinese cases."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from footprint.infer import places
from footprint.infer.base import Inference
from footprint.infer.geocode import city_in_address, name_place
from footprint.model import LocationPoint, Message, Payment, ProfileFact, Record

SHANGHAI = ZoneInfo("Asia/Shanghai")
CHICAGO = ZoneInfo("America/Chicago")
ME = "林晓"


@pytest.mark.parametrize(
    ("lat", "lon", "city", "country", "city_zh"),
    [
        (53.4808, -2.2426, "Manchester", "GB", "曼彻斯特"),
        (53.4450, -2.2250, "Manchester", "GB", "曼彻斯特"),  # a suburb still names the city
        (41.9200, -87.6500, "Chicago", "US", "芝加哥"),
        (30.2700, 120.1300, "Hangzhou", "CN", "杭州市"),
        (22.5400, 114.0600, "Shenzhen", "CN", "深圳市"),
        (31.2300, 121.4700, "Shanghai", "CN", "上海市"),  # a municipality is its own city
        (51.5000, -0.1200, "London", "GB", "伦敦"),
    ],
)
def test_positions_are_named_offline(
    lat: float, lon: float, city: str, country: str, city_zh: str
) -> None:
    named = name_place(lat, lon)
    assert named is not None
    assert (named.city, named.country, named.city_zh) == (city, country, city_zh)


def test_no_name_far_from_any_town() -> None:
    assert name_place(0.0, -30.0) is None  # the mid-Atlantic


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("12 Oak Street, Manchester M14 5AB", "Manchester"),
        ("I live in Chicago now", "Chicago"),
        ("浙江省杭州市西湖区文三路90号", "Hangzhou"),
        ("我住在杭州滨江区", "Hangzhou"),
        ("北京市朝阳区建国路88号", "Beijing"),
    ],
)
def test_cities_in_addresses(text: str, city: str) -> None:
    named = city_in_address(text, ["Europe/London"])
    assert named is not None and named.city == city


@pytest.mark.parametrize("text", ["this game is killing me", "I live in hope", "我住得很开心"])
def test_no_city_in_ordinary_sentences(text: str) -> None:
    assert city_in_address(text) is None


def test_namesakes_are_told_apart_by_the_time_zone() -> None:
    named = city_in_address("I live in Manchester", ["America/New_York"])
    assert named is not None and named.country == "US"


# --- the home city in the places family -------------------------------------------------


def _home_points(lat: float, lon: float, zone: ZoneInfo, nights: int = 14) -> list[Record]:
    out: list[Record] = []
    start = datetime(2024, 3, 1, 23, tzinfo=zone)
    for night in range(nights):
        for minutes in range(0, 8 * 60, 30):
            out.append(
                LocationPoint(
                    source="google_location",
                    path="Records.json",
                    locator=f"$.locations[{len(out)}]",
                    timestamp=start + timedelta(days=night, minutes=minutes),
                    lat=lat,
                    lon=lon,
                )
            )
    return out


def _merchants(names: Sequence[str], zone: ZoneInfo) -> list[Record]:
    return [
        Payment(
            source="alipay",
            path="支付宝交易明细.csv",
            locator=f"row {i + 2}",
            timestamp=datetime(2024, 3, 2 + i, 12, tzinfo=zone),
            counterparty=name,
            text="游戏充值",
            amount=Decimal("-30"),
            currency="CNY",
        )
        for i, name in enumerate(names)
    ]


def _said(texts: Sequence[str], author: str = ME) -> list[Record]:
    out: list[Record] = [
        ProfileFact(source="wechat", path="profile.json", locator="$.nick", field="name",
                    value=ME),
    ]  # fmt: skip
    for i, text in enumerate(texts):
        out.append(
            Message(
                source="wechat",
                path="chat_小周.json",
                locator=f"$[{i}]",
                timestamp=datetime(2024, 3, 5 + i, 20, tzinfo=SHANGHAI),
                actor=author,
                counterparty="小周" if author == ME else None,
                conversation="小周",
                text=text,
            )
        )
    return out


def _home_city(records: list[Record]) -> Inference | None:
    return next((i for i in places.infer(records) if i.key == "home_city"), None)


SHENZHEN_MERCHANTS = ["深圳市腾讯计算机系统有限公司", "深圳市游戏科技有限公司", "Shenzhen Games Co"]


def test_home_city_from_coordinates_not_from_merchants() -> None:
    records = _home_points(30.2741, 120.1551, SHANGHAI) + _merchants(SHENZHEN_MERCHANTS, SHANGHAI)
    home_city = _home_city(records)
    assert home_city is not None
    # A Chinese city goes by its own name, with the English one beside it.
    assert (home_city.value["city"], home_city.value["city_en"]) == ("杭州", "Hangzhou")
    assert home_city.value["city_zh"] == "杭州市"
    assert home_city.value["source"] == "location"
    assert home_city.value["city_names"] == ["Hangzhou", "杭州市", "杭州"]
    assert all(ref.startswith("Records.json#") for ref in home_city.evidence)
    home = next(i for i in places.infer(records) if i.key == "home")
    assert home.value["city_en"] == "Hangzhou"


def test_no_coordinates_no_address_means_unknown() -> None:
    assert _home_city(_merchants(SHENZHEN_MERCHANTS, SHANGHAI)) is None


@pytest.mark.parametrize(
    ("texts", "city"),
    [
        (["我住在杭州市西湖区，离公司不远"], "杭州"),
        (["快递寄到我家地址：浙江省杭州市滨江区长河路"], "杭州"),
        (["this game is killing me", "深圳这家游戏公司又出新皮肤了"], None),
    ],
)
def test_home_city_from_own_words_without_coordinates(texts: list[str], city: str | None) -> None:
    home_city = _home_city(_said(texts) + _merchants(SHENZHEN_MERCHANTS, SHANGHAI))
    assert (home_city.value["city"] if home_city else None) == city
    if home_city is not None:
        assert home_city.value["source"] == "address"
        assert home_city.evidence and all("chat_" in ref for ref in home_city.evidence)


def test_someone_elses_address_is_not_the_users() -> None:
    records = _said(["我是你表哥", "你好"]) + _said(["我住在深圳市南山区"], author="小周")[1:]
    assert _home_city(records) is None


def test_home_city_from_a_profile_address() -> None:
    records: list[Record] = [
        ProfileFact(source="facebook", path="profile_information.json",
                    locator="$.profile.address", field="address",
                    value="12 Oak Street, Manchester M14 5AB"),
        ProfileFact(source="facebook", path="profile_information.json",
                    locator="$.profile.hometown", field="hometown", value="Chicago"),
    ]  # fmt: skip
    home_city = _home_city(records)
    assert home_city is not None
    assert (home_city.value["city"], home_city.value["country"]) == ("Manchester", "GB")
    assert home_city.evidence == ("profile_information.json#$.profile.address",)


def test_deleting_the_location_history_first_removes_the_home_city() -> None:
    from footprint.infer import infer_all
    from footprint.score.advice import advise

    records = _home_points(30.2741, 120.1551, SHANGHAI, nights=6) + _merchants(
        SHENZHEN_MERCHANTS, SHANGHAI
    )
    impacts = {impact.action.id: impact for impact in advise(records, infer_all)}
    gone = impacts["delete_file:Records.json"].inferences_removed
    assert any("home_city" in label for label in gone)
    # The merchants' file says nothing about where the person lives.
    assert not any("home_city" in label for label in
                   impacts["delete_file:支付宝交易明细.csv"].inferences_removed)  # fmt: skip


def _purchases(address: str | None, zone: ZoneInfo, n: int = 3) -> list[Record]:
    from footprint.pii.fields import raw_fields_for

    return [
        Payment(
            source="paypal",
            path="paypal/Download.CSV",
            locator=f"row {i + 2}",
            timestamp=datetime(2025, 2, 3 + i, 21, tzinfo=zone),
            actor="me@example.com",
            counterparty="Etsy, Inc.",
            amount=Decimal("-25.00"),
            currency="USD",
            raw_fields=raw_fields_for(
                "paypal",
                {"From Email Address": "me@example.com", "Shipping Address": address or ""},
            ),
        )
        for i in range(n)
    ]


def test_home_city_from_the_delivery_address_of_own_purchases() -> None:
    denver = ZoneInfo("America/Denver")
    # The street ("S Pearl St") is no city; the address's own part ("Denver") is.
    address = "Ann Lee, 1862 S Pearl St Apt 4, Denver, CO 80210, United States"
    home_city = _home_city(_purchases(address, denver))
    assert home_city is not None
    assert (home_city.value["city"], home_city.value["country"]) == ("Denver", "US")
    assert home_city.value["source"] == "address"
    assert home_city.evidence[0] == "paypal/Download.CSV#row 2"
    # A Chinese delivery address, read with cpca.
    home_city = _home_city(_purchases("张三 四川省成都市武侯区玉林南路7号", SHANGHAI))
    assert home_city is not None and home_city.value["city"] == "成都"
    # No address column: unknown.
    assert _home_city(_purchases(None, denver)) is None


def test_a_street_named_like_a_city_is_not_the_city() -> None:
    found = city_in_address("12 Boston Rd, Leeds LS6 2AB", ["Europe/London"])
    assert found is not None and found.city == "Leeds"
