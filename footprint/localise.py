"""Generated text in the reader's language: claims, labels, amounts and dates.

The inference families write their claims in English (the ``claim`` field is part of the
JSON contract). Every other language renders a claim again from the inference's
machine-readable ``value``, keyed by ``category/key``: the message key is the inference's
own identity and its parameters are its value. The templates below were written by hand,
as a translator would, not word for word; a test checks that every claim an inference
family can make, and every lexicon label, has a Chinese text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import pandas as pd

from footprint.infer.base import Inference

if TYPE_CHECKING:  # plotly only where a chart is drawn: the CLI scores without it
    import plotly.graph_objects as go

ZH = "zh"

# Lexicon labels (footprint/infer/lexicons/*.yaml), per group, in Chinese.
ZH_TERMS: Mapping[str, Mapping[str, str]] = {
    "spending": {
        "groceries": "日用杂货",
        "eating_out": "外出就餐与外卖",
        "transport": "交通",
        "travel": "旅行",
        "shopping": "网购与购物",
        "bills_utilities": "水电网费",
        "housing": "住房",
        "entertainment": "娱乐",
        "health": "医疗健康",
        "education": "教育",
        "gambling": "博彩",
        "gaming": "游戏",
        "alcohol": "酒类",
        "charity": "慈善捐款",
        "subscriptions": "订阅服务",
        "other": "其他",
    },
    "signals": {
        "salary": "工资",
        "lending": "借贷",
        "repayment_reminder": "还款提醒",
        "late_payment": "逾期还款",
        "overdraft": "透支",
        "personal_transfer": "亲友转账",
        "hardship": "手头拮据",
    },
    "city": {
        "London": "英国伦敦",
        "Manchester": "英国曼彻斯特",
        "Birmingham": "英国伯明翰",
        "Leeds": "英国利兹",
        "Liverpool": "英国利物浦",
        "Glasgow": "英国格拉斯哥",
        "Edinburgh": "英国爱丁堡",
        "Bristol": "英国布里斯托尔",
        "Sheffield": "英国谢菲尔德",
        "Newcastle": "英国纽卡斯尔",
        "Cardiff": "英国加的夫",
        "Belfast": "英国贝尔法斯特",
        "Dublin": "爱尔兰都柏林",
        "Paris": "法国巴黎",
        "Berlin": "德国柏林",
        "Munich": "德国慕尼黑",
        "Amsterdam": "荷兰阿姆斯特丹",
        "Madrid": "西班牙马德里",
        "Barcelona": "西班牙巴塞罗那",
        "Rome": "意大利罗马",
        "New York": "美国纽约",
        "San Francisco": "美国旧金山",
        "Los Angeles": "美国洛杉矶",
        "Toronto": "加拿大多伦多",
        "Sydney": "澳大利亚悉尼",
        "Beijing": "北京",
        "Shanghai": "上海",
        "Guangzhou": "广州",
        "Shenzhen": "深圳",
        "Hangzhou": "杭州",
        "Chengdu": "成都",
        "Wuhan": "武汉",
        "Nanjing": "南京",
        "Xi'an": "西安",
        "Chongqing": "重庆",
        "Tianjin": "天津",
        "Suzhou": "苏州",
        "Hong Kong": "香港",
        "Taipei": "台北",
        "Singapore": "新加坡",
        "Tokyo": "日本东京",
        "Seoul": "韩国首尔",
    },
    "relationship": {
        "partner": "伴侣",
        "family": "家人",
        "close_friend": "好友",
        "colleague": "同事或雇主",
        "landlord": "房东",
        "source": "向你提供消息的线人",
    },
    # Cues of a relationship (how people address each other, what they say): not shown
    # alone, but named like the relationship they point to.
    "vocative": {
        "partner": "伴侣",
        "affection": "亲昵",
        "affection_weak": "较弱的亲昵",
        "family": "家人",
        "family_weak": "较弱的家人迹象",
        "close_friend": "好友",
        "kin_or_friend": "家人或好友",
        "friend_or_kin": "好友或家人",
        "casual": "随意的称呼",
        "colleague": "同事",
        "colleague_weak": "较弱的同事迹象",
    },
    "cue": {
        "partner": "伴侣",
        "affection_weak": "较弱的亲昵",
        "family": "家人",
        "close_friend": "好友",
        "close_friend_weak": "较弱的好友迹象",
        "colleague": "同事",
        "colleague_weak": "较弱的同事迹象",
        "landlord": "房东",
        "source": "线人",
    },
    "shared_family": {"family": "共同的家人"},
    # a word in the saved name: "Priya Work", 赵磊-同事, "Wife", 爱人
    "label": {"colleague": "同事", "partner": "伴侣", "family": "家人", "landlord": "房东"},
    "health": {
        "asthma": "哮喘",
        "hypertension": "高血压",
        "gout": "痛风",
        "high_cholesterol": "高血脂",
        "hypothyroidism": "甲状腺功能减退（甲减）",
        "hyperthyroidism": "甲状腺功能亢进（甲亢）",
        "diabetes": "糖尿病",
        "depression": "抑郁",
        "anxiety": "焦虑",
        "back_injury": "背部损伤",
        "migraine": "偏头痛",
        "pregnancy": "怀孕",
        "hiv": "艾滋病病毒感染",
        "cancer": "癌症",
        "medical_care": "正在就医（药店、诊所或医院）",
        "insomnia": "失眠",
        "mental_health_care": "接受心理健康治疗（未说明何种病症）",
    },
    "religion": {
        "christian": "基督徒",
        "muslim": "穆斯林",
        "jewish": "犹太教徒",
        "hindu": "印度教徒",
        "buddhist": "佛教徒",
        "sikh": "锡克教徒",
        "worship_generic": "有宗教活动的人",
    },
    "politics": {
        "critical_of_government": "批评政府",
        "protest": "参与抗议",
        "criticism": "批评",
    },
    "sexual_orientation": {"lgbtq": "女同性恋、男同性恋、双性恋或酷儿"},
    "trade_union": {"union_member": "工会会员"},
    "ethnicity": {"ethnic_minority": "少数族裔背景"},
    "tone": {"negative": "负面", "positive": "正面"},
    "topic": {
        "work": "工作",
        "study": "学习",
        "family": "家庭",
        "food": "美食",
        "travel": "旅行",
        "sport": "运动",
        "money": "金钱",
        "politics": "政治",
        "housing": "住房",
        "health": "健康",
        "technology": "科技",
        "gaming": "游戏",
        "transport": "交通",
        "religion": "宗教",
    },
}

# Identifier kinds of the identity family.
ZH_IDENTIFIERS = {
    "emails": "邮箱",
    "phones": "手机号",
    "ids": "账号 ID",
    "names": "姓名",
    "handles": "用户名",
    "birthday": "生日",
    "addresses": "住址",
}
ZH_CURRENCIES = {
    "CNY": "元",
    "RMB": "元",
    "GBP": "英镑",
    "USD": "美元",
    "EUR": "欧元",
    "HKD": "港元",
    "JPY": "日元",
    "TWD": "新台币",
    "SGD": "新加坡元",
    "AUD": "澳元",
    "CAD": "加元",
    "CHF": "瑞士法郎",
}
ZH_RHYTHMS = {"monthly": "每月", "four-weekly": "每四周", "fortnightly": "每两周", "weekly": "每周"}
ZH_WEEKDAYS = {
    "Mon": "周一",
    "Tue": "周二",
    "Wed": "周三",
    "Thu": "周四",
    "Fri": "周五",
    "Sat": "周六",
    "Sun": "周日",
}
ZH_PLATFORM_GROUPS = {
    "advertisers": "个广告主",
    "home": "处住所",
    "work": "处工作地点",
    "demographics": "项人口属性",
    "places": "个地点",
    "interests": "项兴趣",
}


def term(group: str, label: object, language: str) -> str:
    """A lexicon label shown to a reader (``eating_out`` -> ``外出就餐与外卖``)."""
    text = str(label)
    if language == ZH:
        found = ZH_TERMS.get(group, {}).get(text)
        if found:
            return found
    return text.replace("_", " ")


def listing(items: Iterable[object], language: str, limit: int | None = None) -> str:
    """Items joined the way the language joins a list."""
    values = [str(item) for item in items]
    more = limit is not None and len(values) > limit
    shown = values[:limit] if limit is not None else values
    if language == ZH:
        return "、".join(shown) + ("等" if more else "")
    return ", ".join(shown) + (" …" if more else "")


def money(amount: object, currency: object, language: str) -> str:
    """An amount with its currency: ``1,800.00元``, ``260.77英镑``, ``260.77 GBP``."""
    try:
        number = float(str(amount))
    except ValueError:
        return f"{amount} {currency}"
    code = str(currency).upper()
    if language == ZH:
        unit = ZH_CURRENCIES.get(code)
        return f"{number:,.2f}{unit}" if unit else f"{number:,.2f} {code}"
    return f"{number:,.2f} {code}"


def day(value: date | datetime | str, language: str) -> str:
    """A date the reader's way: ``2024年3月18日`` or ``18 Mar 2024``."""
    when = date.fromisoformat(str(value)[:10]) if isinstance(value, str) else value
    if language == ZH:
        return f"{when.year}年{when.month}月{when.day}日"
    return f"{when.day} {when:%b %Y}"


def month(value: str, language: str) -> str:
    """``2024-04`` as ``2024年4月`` in Chinese."""
    found = re.fullmatch(r"(\d{4})-(\d{2})", str(value))
    if language == ZH and found:
        return f"{found.group(1)}年{int(found.group(2))}月"
    return str(value)


def percent(share: object) -> str:
    return f"{float(str(share)):.0%}"


def stance(value: Mapping[str, Any] | str, language: str) -> str:
    """A political stance (``critical of government housing policy``) in ``language``."""
    text = value if isinstance(value, str) else str(value.get("stance") or value.get("value"))
    if language != ZH:
        return text
    topic = re.fullmatch(r"critical of government (.+) policy", text)
    if topic:
        return f"批评政府的{term('topic', topic.group(1), ZH)}政策"
    if "protest" in text:
        return "参与反对政府的抗议"
    return "批评政府"


# One Chinese renderer per ``category/key``: the inference's value in, the claim out.
Renderer = Callable[[Inference], str]


def _v(inference: Inference) -> Mapping[str, Any]:
    return inference.value


def _names(items: Sequence[Mapping[str, Any]], field: str = "name") -> list[str]:
    return [str(item.get(field, "")) for item in items]


def _identity(i: Inference) -> str:
    parts = [
        f"{ZH_IDENTIFIERS.get(kind, kind)}：{listing(values, ZH, 3)}"
        for kind, values in _v(i).items()
        if isinstance(values, list)
    ]
    return f"你的导出数据通过这些信息认出你：{'；'.join(parts)}。"


def _links(i: Inference) -> str:
    links = _v(i).get("links", [])
    sources = sorted({s for link in links for s in link.get("sources", [])})
    return (
        f"有 {len(links)} 个标识符同时出现在多份导出数据中，因此这些导出（{listing(sources, ZH)}）"
        "可以拼合成一份关于你的完整档案。"
    )


def _uniqueness(i: Inference) -> str:
    value = _v(i)
    direct = [ZH_IDENTIFIERS.get(k, k) for k in value.get("direct_identifiers", [])]
    quasi = [ZH_IDENTIFIERS.get(k, k) for k in value.get("quasi_identifiers", [])]
    if value.get("unique"):
        return f"你可以被唯一识别：{listing(direct + quasi, ZH)}合在一起就能锁定你本人。"
    return f"你的导出数据中有{listing(quasi, ZH)}；再加上居住区域，通常就足以锁定一个人。"


def _place(kind: str) -> Renderer:
    def render(i: Inference) -> str:
        value = _v(i)
        where = f"{float(value['lat']):.4f}, {float(value['lon']):.4f}"
        if value.get("name"):
            where = f"{value['name']}（{where}）"
        if kind == "home":
            return f"你住在 {where} 附近：你的手机在那里过夜。"
        text = f"你在 {where} 附近工作：工作日你会在那里待很长时间。"
        if value.get("self_employed"):
            text += f"这个地点带着你自己的名字：你很可能经营着{value['employer']}。"
        elif value.get("employer"):
            text += f"你的工资来自{value['employer']}，很可能就是那里的雇主。"
        return text

    return render


def _home_city(i: Inference) -> str:
    return f"你很可能常住{term('city', _v(i).get('city'), ZH)}。"


def _time_zone(i: Inference) -> str:
    return f"你的记录大多带有 {_v(i).get('utc_offset')} 的时区标记，这缩小了你居住地的范围。"


def _ips(i: Inference) -> str:
    ips = list(_v(i).get("ips", {}))
    first = ips[0] if ips else ""
    return f"你大多从 {first} 上网；任何 IP 定位数据库都能把它对应到某个城镇和网络运营商。"


def _frequent(i: Inference) -> str:
    return f"除了住处和工作地点，你还经常回到另外 {len(_v(i).get('places', []))} 个地方。"


def _trips(i: Inference) -> str:
    return f"你有 {len(_v(i).get('trips', []))} 次离家超过 50 公里的出行。"


def _abroad(i: Inference) -> str:
    return f"你出过 {len(_v(i).get('trips', []))} 次国。"


def _foreign(i: Inference) -> str:
    value = _v(i)
    others = listing(sorted(value.get("currencies", {})), ZH)
    return f"除了{value.get('home_currency')}，你还用{others}付过款：这说明你出过国，或从国外购物。"


def _heatmap(i: Inference) -> str:
    value = _v(i)
    counts = value.get("counts") or []
    weekdays = value.get("weekdays") or []
    if not counts or not weekdays:
        return "你的活跃时间分布在一周各天。"
    flat = [(c, d, h) for d, row in enumerate(counts) for h, c in enumerate(row)]
    _, best_day, best_hour = max(flat, key=lambda item: (item[0], -item[1], -item[2]))
    hours = [sum(row[h] for row in counts) for h in range(len(counts[0]))]
    busiest = sorted(sorted(range(len(hours)), key=lambda h: -hours[h])[:3])
    name = ZH_WEEKDAYS.get(str(weekdays[best_day]), str(weekdays[best_day]))
    return (
        f"你在{name} {best_hour:02d}:00 前后最活跃；一天中最忙的时段是"
        f"{listing([f'{h:02d}:00' for h in busiest], ZH)}。"
    )


def _sleep(i: Inference) -> str:
    value = _v(i)
    return f"你通常在 {value.get('start')} 左右安静下来，{value.get('end')} 左右重新活跃。"


def _work_hours(i: Inference) -> str:
    value = _v(i)
    return f"工作日你通常大约从 {value.get('start')} 到 {value.get('end')} 在工作地点。"


def _routine_change(i: Inference) -> str:
    value = _v(i)
    verb = "开始" if value.get("pattern") == "night_shift" else "不再"
    return (
        f"大约从{day(str(value.get('since')), ZH)}起，你{verb}在午夜到凌晨 5 点之间活跃"
        f"（此前占活动的 {percent(value.get('night_share_before', 0))}，"
        f"此后占 {percent(value.get('night_share_after', 0))}）：作息变了，比如换了夜班。"
    )


def _relationship(i: Inference) -> str:
    value = _v(i)
    label = term("relationship", value.get("relationship"), ZH)
    return f"{value.get('name')} 很可能是你的{label}。"


def _risky(i: Inference) -> str:
    value = _v(i)
    return (
        f"{value.get('name')} 向你发送批评政府的言论（{stance(value, ZH)}）；"
        "评分系统会把这种关系算作你的扣分项。"
    )


def _top_contacts(i: Inference) -> str:
    return f"和你最亲近的人是：{listing(_names(_v(i).get('contacts', [])), ZH, 5)}。"


def _cross_contacts(i: Inference) -> str:
    count = len(_v(i).get("contacts", []))
    return f"你有 {count} 位联系人出现在多份导出数据中，这些导出因此可以拼成一幅完整的图景。"


def _communities(i: Inference) -> str:
    return f"你的联系人构成了 {len(_v(i).get('communities', []))} 个彼此认识的圈子。"


def _salary(i: Inference) -> str:
    value = _v(i)
    rhythm = ZH_RHYTHMS.get(str(value.get("rhythm")), str(value.get("rhythm")))
    return (
        f"{value.get('payer')}{rhythm}付给你大约 "
        f"{money(value.get('amount'), value.get('currency'), ZH)}，很可能是你的雇主。"
    )


def _income(i: Inference) -> str:
    value = _v(i)
    payers = list(value.get("payers", {}))[:3]
    return (
        f"收入：共 {value.get('credits')} 笔入账，主要来自"
        f"{listing(payers, ZH) or '未具名的付款方'}。"
    )


def _spending(i: Inference) -> str:
    totals: dict[str, float] = {}
    for per_category in _v(i).get("totals", {}).values():
        for category, amount in per_category.items():
            if category != "other":
                totals[category] = totals.get(category, 0.0) + float(amount)
    top = sorted(totals, key=lambda c: -totals[c])[:3]
    names = listing([term("spending", c, ZH) for c in top], ZH) or "无法归类的支付"
    return f"在能看出用途的支出中，你的钱大多花在{names}上。"


def _subscriptions(i: Inference) -> str:
    items = _v(i).get("subscriptions", [])
    return f"你有 {len(items)} 项定期扣款：{listing(_names(items, 'payee'), ZH, 5)}。"


def _late_night(i: Inference) -> str:
    return f"你有 {percent(_v(i).get('share', 0))} 的付款发生在午夜到凌晨 5 点之间。"


_FLAGS = {
    "gambling": "你有赌博行为：向博彩或彩票服务付过款。",
    "gaming": "你玩电子游戏，并在游戏上花钱。",
    "alcohol": "你会买酒。",
    "charity": "你会做慈善捐款。",
}


def _flag(key: str) -> Renderer:
    return lambda i: _FLAGS[key]


def _borrowing(i: Inference) -> str:
    lenders = list(_v(i).get("lenders", {}))
    return f"你使用信贷或“先买后付”服务：{listing(lenders, ZH, 5) or '未具名的放贷方'}。"


def _stress(i: Inference) -> str:
    signals = _v(i).get("signals", {})
    shown = listing([f"{term('signals', k, ZH)}（{v} 次）" for k, v in sorted(signals.items())], ZH)
    return f"你有财务紧张的迹象：{shown}。"


_SENSITIVE = {
    "health": "你可能有健康问题：{display}。",
    "religion": "你很可能是{display}（宗教信仰）。",
    "sexual_orientation": "你的性取向可能是{display}。",
    "trade_union": "你很可能是{display}。",
    "ethnicity": "你可能有{display}。",
}


def _sensitive(group: str) -> Renderer:
    def render(i: Inference) -> str:
        display = term(group, _v(i).get("value"), ZH)
        return _SENSITIVE[group].format(display=display)

    return render


def _politics(i: Inference) -> str:
    return f"你的政治观点显露无遗：{stance(_v(i), ZH)}。"


def _negative(i: Inference) -> str:
    value = _v(i)
    months = value.get("by_month") or []
    worst = max(months, key=lambda m: m.get("negative_share", 0)) if months else None
    text = f"你的消息和帖子中有 {percent(value.get('negative_share', 0))} 是负面的"
    if worst:
        text += (
            f"；最负面的月份是{month(str(worst.get('month')), ZH)}"
            f"（{percent(worst.get('negative_share', 0))}）"
        )
    return text + "。"


def _topics(i: Inference) -> str:
    topics = [term("topic", t, ZH) for t in _v(i).get("topics", {})]
    return f"你写得最多的话题是{listing(topics, ZH)}。"


def _platform(group: str) -> Renderer:
    def render(i: Inference) -> str:
        values = [v for vs in _v(i).get("platform", {}).values() for v in vs]
        return (
            f"平台自己记录了关于你的 {len(values)} {ZH_PLATFORM_GROUPS[group]}："
            f"{listing(values, ZH, 5)}。"
        )

    return render


ZH_CLAIMS: Mapping[str, Renderer] = {
    "identity/identity": _identity,
    "identity/cross_source_links": _links,
    "identity/uniqueness": _uniqueness,
    "places/home": _place("home"),
    "places/work": _place("work"),
    "places/home_city": _home_city,
    "places/home_address": lambda i: f"你很可能住在{_v(i).get('address')}。",
    "places/employer": lambda i: f"你很可能在{_v(i).get('employer')}工作。",
    "places/time_zone": _time_zone,
    "places/ip_addresses": _ips,
    "places/frequent_places": _frequent,
    "places/trips": _trips,
    "places/travel_abroad": _abroad,
    "places/foreign_spending": _foreign,
    "routine/activity_heatmap": _heatmap,
    "routine/sleep_window": _sleep,
    "routine/work_hours": _work_hours,
    "routine/routine_change": _routine_change,
    "social/relationship": _relationship,
    "social/risky_contact": _risky,
    "social/top_contacts": _top_contacts,
    "social/cross_source_contacts": _cross_contacts,
    "social/communities": _communities,
    "finances/salary": _salary,
    "finances/income": _income,
    "finances/spending_by_category": _spending,
    "finances/subscriptions": _subscriptions,
    "finances/late_night_spending": _late_night,
    "finances/borrowing": _borrowing,
    "finances/financial_stress": _stress,
    **{f"finances/{flag}": _flag(flag) for flag in _FLAGS},
    **{f"sensitive/{group}": _sensitive(group) for group in _SENSITIVE},
    "sensitive/politics": _politics,
    "opinions/negative_tone": _negative,
    "opinions/top_topics": _topics,
    **{f"platform/platform_{group}": _platform(group) for group in ZH_PLATFORM_GROUPS},
}

# Names of the inference families and keys, for table columns and captions.
ZH_FAMILIES = {
    "identity": "身份",
    "places": "地点",
    "routine": "作息",
    "social": "社交",
    "finances": "财务",
    "sensitive": "敏感信息",
    "opinions": "观点",
    "platform": "平台",
}


def claim_text(inference: Inference, language: str) -> str:
    """The claim in ``language``: English as inferred, other languages from the value."""
    if language != ZH:
        return inference.claim
    render = ZH_CLAIMS.get(f"{inference.category}/{inference.key}")
    if render is None:
        return inference.claim
    try:
        return render(inference)
    except (KeyError, TypeError, ValueError, IndexError):
        # A value of an unexpected shape: the English claim is still true.
        return inference.claim


def family_name(category: str, language: str) -> str:
    return ZH_FAMILIES.get(category, category) if language == ZH else category


def key_name(key: str, language: str) -> str:
    """An inference key as a reader sees it (``sleep_window`` -> ``睡眠时段``)."""
    if language != ZH:
        return key.replace("_", " ")
    return ZH_KEYS.get(key, key.replace("_", " "))


ZH_KEYS = {
    "identity": "身份",
    "cross_source_links": "跨来源关联",
    "uniqueness": "唯一可识别",
    "home": "住处",
    "work": "工作地点",
    "home_city": "所在城市",
    "home_address": "住址",
    "employer": "雇主",
    "time_zone": "时区",
    "ip_addresses": "IP 地址",
    "frequent_places": "常去地点",
    "trips": "出行",
    "travel_abroad": "出国",
    "foreign_spending": "外币消费",
    "activity_heatmap": "活跃时段",
    "sleep_window": "睡眠时段",
    "work_hours": "工作时间",
    "routine_change": "作息变化",
    "relationship": "关系",
    "risky_contact": "风险联系人",
    "top_contacts": "亲近的人",
    "cross_source_contacts": "跨来源联系人",
    "communities": "圈子",
    "salary": "工资",
    "income": "收入",
    "spending_by_category": "支出类别",
    "subscriptions": "定期扣款",
    "late_night_spending": "深夜消费",
    "borrowing": "借贷",
    "financial_stress": "财务紧张",
    "gambling": "博彩",
    "gaming": "游戏",
    "alcohol": "饮酒",
    "charity": "慈善",
    "health": "健康",
    "religion": "宗教",
    "sexual_orientation": "性取向",
    "trade_union": "工会",
    "ethnicity": "族裔",
    "politics": "政治观点",
    "negative_tone": "负面语气",
    "top_topics": "常谈话题",
    **{
        f"platform_{group}": f"平台记录：{name.lstrip('个项处')}"
        for group, name in ZH_PLATFORM_GROUPS.items()
    },
}

ZH_RECORD_KINDS = {
    "record": "",
    "any": "",
    "message": "消息",
    "payment": "付款",
    "post": "帖子",
    "location_point": "位置",
    "location_visit": "到访",
    "contact": "联系人",
    "profile_fact": "账户资料",
    "activity": "活动",
    "platform_inference": "平台推断",
}


def record_kind_name(kind: str, language: str) -> str:
    """A record kind as a reader sees it (``profile_fact`` -> ``账户资料``)."""
    if language == ZH:
        return ZH_RECORD_KINDS.get(kind, kind)
    return kind


# Table headers and chart titles the views write, in Chinese. Unknown ones stay as
# they are; the dashboard test fails on any that reads as English prose.
ZH_COLUMNS: dict[str, str] = {
    "about": "涉及的人",
    "account_id": "账号 ID",
    "action": "操作",
    "active_days": "活跃天数",
    "active_months": "活跃月数",
    "also known as": "其他称呼",
    "actor": "发送者",
    "after": "之后",
    "before": "之前",
    "by_month": "按月",
    "cap": "上限",
    "category": "类别",
    "claim": "结论",
    "confidence": "置信度",
    "consequences": "后果",
    "contact": "联系人",
    "context": "上下文",
    "count": "数量",
    "credits": "入账",
    "currency": "币种",
    "description": "说明",
    "dimension": "维度",
    "enabled": "启用",
    "end": "结束",
    "entity type": "个人信息类型",
    "entity_type": "个人信息类型",
    "error": "错误",
    "evidence": "证据",
    "evidence_count": "证据条数",
    "field": "字段",
    "file": "文件",
    "files": "文件",
    "findings": "发现",
    "first": "最早",
    "first problem": "第一个问题",
    "format": "格式",
    "from": "起始分",
    "grade": "等级",
    "grade without them": "没有他们时的等级",
    "group": "组别",
    "id": "编号",
    "identifier": "标识符",
    "inference": "推断",
    "inferences_changed": "改变的推断",
    "inferences_removed": "消除的推断",
    "key": "推断项",
    "kind": "种类",
    "label": "标签",
    "last": "最近",
    "lat": "纬度",
    "lon": "经度",
    "locator": "位置",
    "meaning": "含义",
    "messages": "消息",
    "method": "方法",
    "name": "名称",
    "night": "夜晚",
    "payments": "付款",
    "path": "路径",
    "persona": "人物",
    "points": "分值",
    "points they move": "他们带来的分数变化",
    "problem": "问题",
    "problems": "问题",
    "rank": "排名",
    "record": "记录",
    "records": "记录数",
    "records_removed": "删除的记录",
    "relationship": "关系",
    "removes": "消除",
    "rule": "规则",
    "rules": "规则",
    "score": "分数",
    "score without them": "没有他们时的分数",
    "sent": "发出",
    "received": "收到",
    "share": "占比",
    "source": "来源",
    "sources": "来源",
    "special": "特殊类别",
    "status": "状态",
    "step": "步骤",
    "subject": "对象",
    "text": "文本",
    "tie strength": "关系强度",
    "tie_strength": "关系强度",
    "total": "合计",
    "trigger": "触发条件",
    "type": "类型",
    "value": "值",
    "week": "周",
    "what": "内容",
    "when": "时间",
    "where": "地点",
    "who": "谁",
    "why": "原因",
    "you": "你",
    "days": "天数",
    "timestamp": "时间",
    "the platform recorded": "平台记录的内容",
    "footprint inferred": "footprint 推断的内容",
    "longitude": "经度",
    "latitude": "纬度",
    "hours": "小时",
    "hour": "小时",
    "reason": "原因",
    "detected": "识别为",
    "message": "说明",
    "title": "标题",
    "records cited": "引用的记录",
    "my_reply_minutes": "我的回复用时（分钟）",
    "community": "圈子",
    "frequent": "常去地点",
    "home": "住处",
    "work": "工作地点",
    "sleep": "入睡",
    "topics": "话题",
    "time zone": "时区",
    "details": "详情",
    "spending": "消费",
    "employer": "雇主",
    "radius_m": "半径（米）",
    "wake": "醒来",
    "term": "词语",
    "terms": "词语",
    "topic": "话题",
    "currency_code": "币种",
}
# Cell values that are our own labels, per column.
ZH_CELLS: dict[str, Mapping[str, str]] = {
    "kind": {
        "rule": "规则",
        "cap": "封顶",
        "clamp": "范围限制",
        "base": "起始分",
        **ZH_IDENTIFIERS,
        **ZH_RECORD_KINDS,
        # ProblemCode values
        "unreadable": "无法读取",
        "encoding": "编码问题",
        "malformed": "格式不符",
        "unrecognised": "未识别",
        "refused": "已拒绝",
        "empty": "空文件",
        "analysis": "分析失败",
    },
    "category": {**ZH_FAMILIES, **ZH_TERMS["spending"]},
    "key": ZH_KEYS,
    "relationship": ZH_TERMS["relationship"],
    "status": {"parsed": "已解析", "ignored": "已忽略", "unrecognised": "未识别"},
    "label": {"home": "住处", "work": "工作地点", "frequent": "常去地点"},
    "field": {  # a record's fields (footprint/model.py)
        "kind": "种类",
        "accuracy_m": "精度（米）",
        "activity_type": "活动类型",
        "actor": "发送者",
        "address": "地址",
        "amount": "金额",
        "category": "类别",
        "conversation": "会话",
        "counterparty": "对方",
        "counterparty_account": "对方账户",
        "currency": "币种",
        "deleted": "已删除",
        "edited": "已编辑",
        "email": "邮箱",
        "end": "结束时间",
        "field": "字段",
        "handle": "用户名",
        "in_reply_to": "回复对象",
        "ip": "IP 地址",
        "is_system": "系统消息",
        "lat": "纬度",
        "locator": "位置",
        "lon": "经度",
        "media": "媒体",
        "name": "名称",
        "path": "文件",
        "phone": "手机号",
        "place_name": "地名",
        "post_type": "帖子类型",
        "source": "来源",
        "status": "状态",
        "text": "文本",
        "timestamp": "时间",
        "title": "标题",
        "transaction_id": "交易号",
        "raw_fields": "原始字段",
        "tz_assumed": "时区为推定",
        "url": "网址",
        "value": "值",
    },
}


def source_label(format_id: str, label: str, language: str) -> str:
    """A format's description (``LABEL``) in ``language``."""
    if language == ZH:
        from footprint.sources._labels_zh import LABELS_ZH

        return LABELS_ZH.get(format_id, label)
    return label


# The special categories as the sensitive lexicon describes them (its ``description``).
ZH_SENSITIVE_GROUPS = {
    "health": "健康状况，依据药店、药品名称和诊所",
    "religion": "宗教或哲学信仰，依据宗教场所、捐献和节日",
    "politics": "政治观点，依据对政府或政策的批评以及抗议用语",
    "sexual_orientation": "性生活或性取向",
    "trade_union": "工会会员身份",
    "ethnicity": "种族或民族出身",
}


def own_term(group: str, key: str, english: str, language: str) -> str:
    """One of footprint's own labels (footprint.phrases.Term) in ``language``."""
    if language != ZH:
        return english
    if group == "source":
        return source_label(key, english, language)
    if group == "sensitive":
        return ZH_SENSITIVE_GROUPS.get(key, english)
    from footprint.sources._labels_zh import REASONS_ZH

    return REASONS_ZH.get(english, english)


def _column_cells(column: str) -> Mapping[str, str] | None:
    from footprint.sources._labels_zh import REASONS_ZH

    if column in ("type", "entity_type", "entity type"):
        return ZH_ENTITIES
    if column == "what":
        return _source_labels()
    if column == "why":
        return REASONS_ZH
    return ZH_CELLS.get(column)


def _source_labels() -> dict[str, str]:
    from footprint.sources._labels_zh import LABELS_ZH
    from footprint.sources.registry import SOURCES

    return {s.LABEL: LABELS_ZH.get(s.FORMAT, s.LABEL) for s in SOURCES}


def localise_cells(frame: pd.DataFrame, language: str) -> pd.DataFrame:
    """``frame`` with our own labels in its cells in ``language`` (headers unchanged)."""
    if language != ZH:
        return frame
    out = frame.copy()
    for column in out.columns:
        labels = _column_cells(str(column))
        if labels is not None:
            out[column] = pd.Series(
                [labels.get(v, v) if isinstance(v, str) else v for v in out[column]],
                index=out.index,
                dtype=out[column].dtype,
            )
    return out


def localise_frame(frame: pd.DataFrame, language: str) -> pd.DataFrame:
    """``frame`` with its headers, and our own labels in its cells, in ``language``."""
    if language != ZH:
        return frame
    out = localise_cells(frame, language)
    out = out.rename(columns=_zh_column)
    if out.index.name:
        out.index.name = ZH_COLUMNS.get(str(out.index.name), out.index.name)
    if out.columns.name:
        out.columns.name = ZH_COLUMNS.get(str(out.columns.name), out.columns.name)
    return out


def _zh_column(name: object) -> object:
    text = str(name)
    if text.endswith(" change"):  # the advice's score change per lens
        return f"{text.removesuffix(' change')} 分数变化"
    return ZH_COLUMNS.get(text, name)


def _zh(text: object) -> object:
    return ZH_COLUMNS.get(str(text), text) if isinstance(text, str) else text


def localise_figure(figure: go.Figure, language: str) -> go.Figure:
    """``figure`` with its titles, axes, legend and trace names in ``language``."""
    if language != ZH:
        return figure
    import plotly.graph_objects as go

    out = go.Figure(figure)
    layout = out.layout
    if layout.title and layout.title.text:
        layout.title.text = _zh(layout.title.text)
    for name in dir(layout):
        if name.startswith(("xaxis", "yaxis")):
            axis = getattr(layout, name, None)
            if axis is not None and getattr(axis, "title", None) is not None and axis.title.text:
                axis.title.text = _zh(axis.title.text)
    if layout.legend and layout.legend.title and layout.legend.title.text:
        layout.legend.title.text = _zh(layout.legend.title.text)
    if layout.coloraxis and layout.coloraxis.colorbar and layout.coloraxis.colorbar.title:
        text = layout.coloraxis.colorbar.title.text
        if text:
            layout.coloraxis.colorbar.title.text = _zh(text)
    values = {**ZH_WEEKDAYS, **ZH_TERMS["spending"], **ZH_ENTITIES}
    for trace in out.data:
        for axis in ("x", "y", "labels"):
            items = getattr(trace, axis, None) if axis in trace else None
            if items is not None and hasattr(items, "tolist"):  # plotly express: numpy arrays
                items = items.tolist()
            if isinstance(items, list | tuple) and all(isinstance(v, str) for v in items):
                setattr(trace, axis, [values.get(v, v) for v in items])
        if getattr(trace, "name", None):
            trace.name = _zh(trace.name)
        if getattr(trace, "hovertemplate", None):
            template = str(trace.hovertemplate)
            for english, chinese in ZH_COLUMNS.items():
                template = template.replace(f"{english}=", f"{chinese}=")
            trace.hovertemplate = template
        colorbar = getattr(trace, "colorbar", None)
        if colorbar is not None and colorbar.title and colorbar.title.text:
            colorbar.title.text = _zh(colorbar.title.text)
    return out


def column_name(name: str, language: str) -> str:
    """A table header in ``language``."""
    return ZH_COLUMNS.get(name, name) if language == ZH else name


def platform_subject(key: str, language: str) -> str:
    """``platform_interests`` as the subject of a row: ``interests`` or ``兴趣``."""
    group = key.removeprefix("platform_")
    if language == ZH:
        return ZH_PLATFORM_GROUPS.get(group, group).lstrip("个项处")
    return group


def labels_in(value: object, language: str) -> object:
    """footprint's own labels (topics, spending categories, field names) in ``language``."""
    if language != ZH:
        return value
    if isinstance(value, Mapping):
        out: dict[str, object] = {}
        for key, item in value.items():
            group = {"topics": "topic", "spending": "spending"}.get(str(key))
            if group and isinstance(item, list | tuple):
                item = [term(group, v, ZH) for v in item]
            out[ZH_COLUMNS.get(str(key), str(key))] = item
        return out
    return value


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def text_language(texts: Iterable[object], limit: int = 20_000) -> str:
    """``zh`` when most letters in ``texts`` (the first ``limit`` texts) are Chinese."""
    cjk = 0
    latin = 0.0
    for count, text in enumerate(texts):
        if count >= limit:
            break
        if isinstance(text, str) and text:
            cjk += len(_CJK.findall(text))
            latin += len(_LATIN.findall(text)) / 4  # about four letters a word
    return ZH if cjk > latin else "en"


def data_language(records: Iterable[Any]) -> str:
    """The language of what people wrote in ``records``: messages, posts, payees."""
    return text_language(
        value
        for record in records
        for value in (getattr(record, "text", None), getattr(record, "counterparty", None))
    )


def browser_language(locale: str | None) -> str | None:
    """``zh`` or ``en`` for a browser locale (``zh-CN``, ``en-GB``), None for others."""
    if not locale:
        return None
    code = locale.replace("_", "-").split("-")[0].casefold()
    return code if code in (ZH, "en") else None


# Presidio's and footprint's entity types, as a Chinese reader knows them.
ZH_ENTITIES = {
    "PERSON": "人名",
    "USERNAME": "用户名",
    "PHONE_NUMBER": "电话号码",
    "EMAIL_ADDRESS": "电子邮箱",
    "WECHAT_ID": "微信号",
    "QQ_NUMBER": "QQ 号",
    "CN_PASSPORT": "中国护照号",
    "CN_RESIDENT_ID": "居民身份证号",
    "CN_SOCIAL_SECURITY": "社会保障卡号",
    "CN_DRIVING_LICENCE": "驾驶证档案编号",
    "CREDIT_CARD": "银行卡号",
    "CRYPTO": "加密货币地址",
    "DATE_OF_BIRTH": "出生日期",
    "DATE_TIME": "日期时间",
    "IBAN_CODE": "IBAN 账号",
    "IMEI": "IMEI 设备号",
    "IP_ADDRESS": "IP 地址",
    "LOCATION": "地点",
    "MAC_ADDRESS": "MAC 地址",
    "URL": "网址",
    "NRP": "国籍、宗教或政治团体",
    "ORGANIZATION": "机构",
    "UK_NHS": "英国 NHS 号",
    "UK_NINO": "英国国民保险号",
    "US_SSN": "美国社会安全号",
    "US_BANK_NUMBER": "美国银行账号",
    "US_DRIVER_LICENSE": "美国驾照号",
    "US_PASSPORT": "美国护照号",
    "US_ITIN": "美国个人纳税识别号",
    "UK_PASSPORT": "英国护照号",
    "UK_DRIVING_LICENCE": "英国驾照号",
    "ZA_ID": "南非身份证号",
    "SG_NRIC": "新加坡身份证号",
    "CA_SIN": "加拿大社会保险号",
    "IN_AADHAAR": "印度 Aadhaar 号",
    "NZ_IRD": "新西兰税号 (IRD)",
    "IE_PPS": "爱尔兰 PPS 号",
    "LICENSE_PLATE": "车牌号",
    "BANK_ACCOUNT": "银行账号",
    "MEDICAL_LICENSE": "医师执照号",
}


def entity_name(entity_type: str, language: str) -> str:
    """An entity type for a reader: ``PHONE_NUMBER`` or ``电话号码``."""
    return ZH_ENTITIES.get(entity_type, entity_type) if language == ZH else entity_type


def detector_mode(mode: str, language: str) -> str:
    """The detector's description (``patterns + known names + spaCy NER (model)``)."""
    if language != ZH:
        return mode
    return mode.replace("patterns", "模式匹配").replace("known names", "已知姓名")


_ZH_ACTIONS = {
    "delete_file": "删除导出文件 {target}",
    "location_history_off": "关闭位置记录（并删除已保存的记录）",
    "leave_group": "退出群聊“{target}”（并删除聊天记录）",
    "stop_subscription": "停止向 {target} 的定期付款",
    "delete_posts": "删除你在 {target} 上公开发布的帖子",
}


def action_label(action_id: str, label: str, language: str) -> str:
    """A minimisation action (``leave_group:家人群``) in ``language``."""
    kind, _, target = action_id.partition(":")
    template = _ZH_ACTIONS.get(kind) if language == ZH else None
    return template.format(target=target) if template else label
