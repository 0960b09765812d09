"""A Chinese university student in Chengdu (fictional Rongcheng University).

WeChat chats as MemoTrace CSVs (mother, partner, roommate, café boss, and a
classmate who forwards criticism of the government: the risky contact), an
Alipay bill in GBK, a WeChat Pay bill, and Weibo-style posts as an X archive.
Phone numbers, IDs and addresses are glued to Chinese text the way people type.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from faker import Faker

from footprint.samples.chat import Plant, Voice, simulate, spread
from footprint.samples.common import (
    CARD,
    CN_ID,
    CN_PASSPORT,
    CN_PHONE,
    CRYPTO,
    DOB,
    EMAIL,
    FICTIONAL_NOTE,
    IBAN,
    IMEI,
    IP,
    LOCATION,
    MAC,
    PERSON,
    PHONE,
    QQ,
    URL,
    WECHAT_ID,
    GroundTruth,
    Msg,
    Person,
    Place,
    Schedule,
    Txn,
    days,
    fictional_cn_id,
)
from footprint.samples.personas._shared import Bundle, at, count_by_contact, jitter, top_contacts
from footprint.samples.writers import alipay, memotrace, twitter, wechat_pay
from footprint.samples.writers.memotrace import Contact

NAME = "university_student"
ZONE = ZoneInfo("Asia/Shanghai")
START = date(2024, 3, 1)
DAY_COUNT = 120
SCHEDULE = Schedule(sleep=time(0, 30), wake=time(7, 30))
DORM = Place("蓉城大学学生公寓7栋", 30.6310420, 104.0831270)
CAFE = Place("拾光咖啡(玉林店)", 30.6418830, 104.0652410)
EMPLOYER = "拾光咖啡"
WAGE = Decimal("1800.00")

_SURNAMES = [("林", "lin"), ("陈", "chen"), ("周", "zhou"), ("许", "xu")]
_GIVEN = [("晓雨", "xiaoyu"), ("思琪", "siqi"), ("雨桐", "yutong"), ("子涵", "zihan")]

MOTHER_LINES = [
    "吃饭了没",
    "最近降温了，多穿点衣服",
    "生活费打给你了，省着点花",
    "在学校注意安全",
    "周末给妈打个电话",
    "你爸问你五一回不回来",
    "别老熬夜，对身体不好",
    "钱够不够用？",
    "妈给你寄了点腊肉",
    "考试好好准备",
    "初一记得去文殊院给外婆上个香",
    "睡了吗",
]
CHILD_LINES = [
    "吃了吃了",
    "知道啦妈",
    "够用的",
    "收到了谢谢妈",
    "五一应该回来",
    "在图书馆，晚点打给你",
    "嗯嗯",
    "好的",
    "妈我最近有点焦虑，睡不着",
    "别担心",
]
PARTNER_LINES = [
    "宝宝早安",
    "今天下课一起吃火锅吗",
    "想你了",
    "在干嘛",
    "哈哈哈哈哈",
    "晚安❤️",
    "我在图书馆占了位置",
    "今天店里好忙，累死了",
    "周末去春熙路逛逛？",
    "好呀",
    "抱抱",
    "你到宿舍了吗",
    "明天早八，我先睡了",
    "给你点了奶茶",
    "[捂脸]",
    "爱你",
    "等我下班来接你",
    "看电影吗，我买票",
]
ROOMMATE_LINES = [
    "帮我带个饭呗",
    "今晚开黑吗，王者五排",
    "我又输了三把，心态崩了",
    "快递到了帮我拿一下",
    "明天早八别忘了",
    "宿舍没电了",
    "哈哈哈笑死",
    "你回来的时候小声点",
    "去食堂吗",
    "论文写完了吗",
    "高数作业借我看看",
    "晚上十一点门禁啊",
    "冲冲冲",
    "好",
]
BOSS_LINES = [
    "明天能来上早班吗",
    "周六人多，辛苦早点到",
    "这周排班发群里了",
    "今天的拉花不错",
    "工资月底转你",
    "收到",
    "好的王姐",
    "我下午三点到",
    "今天有点事能换个班吗",
]
RISKY_LINES = [
    "这篇文章又被删了，我存了截图发你",
    "这政策简直离谱，谁来监督那些当官的？",
    "你看那个维权的视频了吗，转发就被封号",
    "新闻里说的根本不是真的",
    "言论自由在哪里？",
    "我翻墙看了外网的报道，完全是另一回事",
    "别在群里说，私聊",
    "这种事情不能再沉默了",
    "一起去自习吗",
    "晚上吃啥",
]
POSTS = [
    "今天图书馆人好多，占座失败",
    "期末周要疯了",
    "拾光咖啡今天出了新品，桂花拿铁太好喝了",
    "成都的春天真好",
    "又熬夜了，明天早八怎么办",
    "王者荣耀终于上星耀了！",
    "周末和男朋友去春熙路",
    "食堂的麻辣烫yyds",
    "最近压力好大，失眠",
    "文殊院的素斋很好吃",
    "下雨天适合窝在宿舍看剧",
    "兼职好累但是发工资好开心",
]


def _person(fake: Faker, phone: str, handle: str, email_user: str) -> Person:
    name = fake.name()
    return Person(
        name=name, first=name[1:], phone=phone, email=f"{email_user}@example.com", handle=handle
    )


def build(seed: int) -> Bundle:
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    rng = random.Random(seed + 1)
    (surname, surname_py), (given, given_py) = rng.choice(_SURNAMES), rng.choice(_GIVEN)
    me = Person(
        name=surname + given,
        first=given,
        phone="13812345678",
        email=f"{surname_py}.{given_py}@example.com",
        handle=f"{surname_py}_{given_py}2000",
    )
    mother = Person(
        surname + fake.first_name_female(),
        "妈妈",
        "13987654321",
        "mama@example.com",
        "wxid_mama1970",
    )
    partner = _person(fake, "15000005678", "wxid_partner99", "partner")
    roommate = _person(fake, "18612340000", "wxid_roomie01", "roomie")
    boss = _person(fake, "13600001234", "wxid_cafeboss", "cafe")
    boss = Person("王" + boss.name[1:], boss.first, boss.phone, boss.email, boss.handle)
    risky = _person(fake, "15900009999", "wxid_freespeech", "chen")
    cn_id = fictional_cn_id("110000", date(2000, 1, 1), 2)
    address = f"成都市武侯区{fake.street_name()}{rng.randint(10, 99)}号蓉城大学学生公寓7栋312室"
    day_list = days(START, DAY_COUNT)
    truth = GroundTruth(
        persona=NAME,
        description=f"{me.name}: a fictional Chinese university student in Chengdu",
        timezone=ZONE.key,
        user={
            "names": [me.name],
            "phones": [me.phone],
            "emails": [me.email],
            "handles": [me.handle],
        },
    )
    bundle = Bundle(truth)
    lower_pinyin = f"{given_py} {surname_py}"
    plans: list[tuple[Person, str, str, list[str], list[str], tuple[int, int], list[Plant]]] = [
        (
            mother,
            "妈妈",
            "妈妈",
            MOTHER_LINES,
            CHILD_LINES,
            (0, 2),
            [
                Plant(0, mother, f"你的身份证号{cn_id}我帮你记下了", ((CN_ID, cn_id),)),
                Plant(0, me, f"妈你的新号码是{mother.phone}吗", ((CN_PHONE, mother.phone),)),
                Plant(
                    0,
                    mother,
                    "银行卡号6200000000000005，生活费从这张卡转",
                    ((CARD, "6200000000000005"),),
                ),
                Plant(0, me, "妈，学校心理咨询中心约了周三下午，最近焦虑失眠"),
                Plant(0, mother, "你生日是2000年1月1日，护照办好了吗", ((DOB, "2000年1月1日"),)),
                Plant(0, me, "护照号E98765432，交换项目要用", ((CN_PASSPORT, "E98765432"),)),
            ],
        ),
        (
            partner,
            partner.name,
            partner.first,
            PARTNER_LINES,
            PARTNER_LINES,
            (3, 6),
            [
                Plant(0, me, f"快递寄到{address}就行", ((LOCATION, address),)),
                Plant(
                    0, partner, f"手机号{partner.phone}谢谢，新办的卡", ((CN_PHONE, partner.phone),)
                ),
                Plant(0, me, f"我的邮箱是{me.email}吧，你发到这里", ((EMAIL, me.email),)),
                Plant(
                    0,
                    partner,
                    f"刚才有人问{lower_pinyin}是谁哈哈，你英文名好土",
                    ((PERSON, lower_pinyin),),
                ),
                Plant(0, me, "我在宿舍", kind="location", lat=DORM.lat, lon=DORM.lon),
                Plant(0, me, "到宿舍了", kind="location", lat=DORM.lat, lon=DORM.lon),
            ],
        ),
        (
            roommate,
            roommate.name,
            roommate.first,
            ROOMMATE_LINES,
            ROOMMATE_LINES,
            (1, 3),
            [
                Plant(
                    0,
                    roommate,
                    f"我微信号{me.handle}你帮我加一下学生会的人",
                    ((WECHAT_ID, me.handle),),
                ),
                Plant(0, roommate, "QQ号87654321，游戏拉我", ((QQ, "87654321"),)),
                Plant(
                    0, me, "校园网IP是198.51.100.23，网络中心说被限速了", ((IP, "198.51.100.23"),)
                ),
                Plant(
                    0,
                    roommate,
                    "电脑MAC地址00:00:5E:00:53:7B，要去网络中心登记",
                    ((MAC, "00:00:5E:00:53:7B"),),
                ),
                Plant(0, me, "手机丢了，IMEI是356938035643809", ((IMEI, "356938035643809"),)),
                Plant(0, me, "在宿舍", kind="location", lat=DORM.lat, lon=DORM.lon),
            ],
        ),
        (
            boss,
            "王姐-拾光咖啡",
            "王姐",
            BOSS_LINES,
            BOSS_LINES[5:],
            (0, 1),
            [
                Plant(0, me, "我到店了", kind="location", lat=CAFE.lat, lon=CAFE.lon),
                Plant(0, me, "在店里", kind="location", lat=CAFE.lat, lon=CAFE.lon),
                Plant(0, boss, "工资这个月照常转你，1800", ()),
                Plant(
                    0,
                    boss,
                    "新菜单看这里https://www.example.com/cafe/menu",
                    ((URL, "https://www.example.com/cafe/menu"),),
                ),
            ],
        ),
        (
            risky,
            risky.name,
            risky.first,
            RISKY_LINES,
            ["嗯", "真的假的", "别说了，小心点", "哈哈", "好"],
            (0, 2),
            [
                Plant(
                    0,
                    risky,
                    "转我点ETH吧0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                    ((CRYPTO, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),),
                ),
                Plant(
                    0,
                    risky,
                    "交换学费汇到DE89370400440532013000这个账户",
                    ((IBAN, "DE89370400440532013000"),),
                ),
                Plant(
                    0,
                    risky,
                    "我英国的号码+44 7700 900555，微信被封了就打这个",
                    ((PHONE, "+44 7700 900555"),),
                ),
            ],
        ),
    ]
    # Location shares: the dorm in the evening, the café on shift days.
    for index, (*_rest, plants) in enumerate(plans[:3]):
        for _ in range(4):
            plants.append(
                Plant(
                    0,
                    me,
                    "我在宿舍",
                    kind="location",
                    lat=DORM.lat,
                    lon=DORM.lon,
                    minute_of_day=22 * 60 + index * 5,
                )
            )
    for _ in range(6):
        plans[3][-1].append(
            Plant(
                0, me, "到店了", kind="location", lat=CAFE.lat, lon=CAFE.lon, minute_of_day=14 * 60
            )
        )
    me_contact = Contact(me, me.first, me.first)
    chats: list[list[Msg]] = []
    for talker_id, (person, remark, nickname, theirs, mine, sessions, plants) in enumerate(
        plans, start=2
    ):
        placed = [
            Plant(day, p.author, p.text, p.tags, p.kind, p.lat, p.lon, p.minute_of_day)
            for day, p in zip(spread(rng, len(plants), DAY_COUNT), plants, strict=True)
        ]
        messages = simulate(
            rng,
            ZONE,
            SCHEDULE,
            day_list,
            [Voice(me, mine), Voice(person, theirs)],
            sessions,
            placed,
        )
        chats.append(messages)
        file = f"wechat/聊天记录/{remark}/{remark}_utf8.csv"
        bundle.add(
            file,
            memotrace.chat(
                file, talker_id, me_contact, Contact(person, remark, nickname), messages, truth
            ),
        )

    # Alipay (GBK) and WeChat Pay.
    period_end = datetime.combine(day_list[-1], time(23, 59, 59), tzinfo=ZONE)
    period_start = datetime.combine(START, time(0, 0), tzinfo=ZONE)
    exported = period_end + timedelta(days=1, hours=9, minutes=12, seconds=52)
    alipay_file = "alipay/alipay_record_20240629_0912_1.csv"
    bundle.add(
        alipay_file,
        alipay.bill(
            alipay_file,
            me.name,
            me.phone,
            period_start,
            period_end,
            exported,
            _alipay(mother, day_list, rng),
            rng,
            truth,
        ),
    )
    truth.plant(alipay_file, CN_PHONE, me.phone)
    truth.plant(alipay_file, PERSON, mother.name)
    wechat_pay_file = "wechat_pay/微信支付账单(20240301-20240628).csv"
    bundle.add(
        wechat_pay_file,
        wechat_pay.bill(
            wechat_pay_file,
            me.first,
            period_start,
            period_end,
            exported,
            _wechat_pay(boss, roommate, day_list, rng),
            rng,
            truth,
        ),
    )

    # Weibo-style posts, exported as an X archive.
    tweets = []
    for day in day_list:
        if rng.random() < 0.6:
            start, length = SCHEDULE.active_window(day, ZONE, rng)
            tweets.append(
                twitter.Tweet(
                    start + timedelta(minutes=rng.randint(0, length - 5)),
                    rng.choice(POSTS),
                    lang="zh",
                )
            )
    tweets.append(
        twitter.Tweet(
            at(day_list[33], 22, 40, ZONE),
            f"二手书出给学弟学妹，有意加微信{me.handle}或者打电话{me.phone}",
            lang="zh",
            tags=((WECHAT_ID, me.handle), (CN_PHONE, me.phone)),
        )
    )
    files = twitter.archive(
        "twitter-archive",
        me,
        str(rng.randint(10**9, 10**10)),
        at(START, 12, 0, ZONE) - timedelta(days=900),
        tweets,
        [str(rng.randint(10**8, 10**10)) for _ in range(35)],
        [str(rng.randint(10**8, 10**10)) for _ in range(80)],
        [],
        twitter.Personalization(
            languages=["Chinese"],
            gender="female",
            age="18-24",
            interests=[
                "Mobile games",
                "Honor of Kings",
                "Coffee",
                "Buddhism",
                "Mental health",
                "Study tips",
            ],
            advertisers=["@LuckinCoffee"],
            locations=["Chengdu, China"],
        ),
        rng,
        truth,
    )
    for path, text in files.items():
        bundle.add(path, text)

    truth.facts = {
        # MemoTrace gives exact offsets; WeChat Pay gives no zone; X gives UTC only.
        "timezones": {
            "sources": {
                "wechat/*": f"{ZONE.key} (offsets)",
                "wechat_pay/*": ZONE.key,
                "alipay/*": ZONE.key,
                "twitter-archive": ZONE.key,
            }
        },
        "home": {"lat": DORM.lat, "lon": DORM.lon, "radius_m": 300, "address": address},
        "work": {"lat": CAFE.lat, "lon": CAFE.lon, "radius_m": 300, "employer": EMPLOYER},
        "sleep_window": {"start": "00:30", "end": "07:30", "tolerance_min": 60},
        "top_contacts": top_contacts(count_by_contact(chats, me)),
        "relationships": [
            {"name": partner.name, "relationship": "partner"},
            {"name": "妈妈", "relationship": "mother", "full_name": mother.name},
            {"name": roommate.name, "relationship": "close friend"},
            {"name": "王姐-拾光咖啡", "relationship": "employer"},
        ],
        "religion": {"value": "buddhist"},
        "health": {"value": "anxiety"},
        "politics": {"value": False},
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": True},
        "salary": {
            "amount": f"{WAGE:.2f}",
            "currency": "CNY",
            "payer": "王姐-拾光咖啡",
            "employer": EMPLOYER,
            "period": "monthly",
        },
        "risky_contact": {
            "name": risky.name,
            "why": "forwards deleted posts criticising the government",
        },
    }
    bundle.add(
        "README.txt",
        f"{FICTIONAL_NOTE}\n"
        f"Persona: {me.name}, a student at the fictional Rongcheng University in Chengdu "
        "(everything here is invented).\n"
        "Exports: WeChat chats (MemoTrace CSV), Alipay bill (GBK CSV), WeChat Pay bill,\n"
        "posts as an X archive. Phone numbers such as 13812345678 are placeholders; the\n"
        "resident ID uses region 110000 and birth date 2000-01-01 with a computed check\n"
        "digit; cards and IBANs are published test values.\n",
    )
    return bundle


def _alipay(mother: Person, day_list: list[date], rng: random.Random) -> list[Txn]:
    shops = [
        ("美团外卖", "餐饮美食", "美团外卖订单", (15, 40)),
        ("饿了么", "餐饮美食", "饿了么外卖", (12, 35)),
        ("淘宝", "日用百货", "宿舍收纳盒", (20, 80)),
        ("滴滴出行", "交通出行", "快车", (9, 30)),
        ("腾讯游戏", "文化休闲", "王者荣耀点券充值", (6, 98)),
        ("老百姓大药房", "医疗健康", "褪黑素软糖", (30, 60)),
    ]
    txns = []
    for day in day_list:
        for _ in range(rng.randint(0, 2)):
            name, category, item, (low, high) = rng.choice(shops)
            when = jitter(at(day, 19, 0, ZONE), rng, 240)
            txns.append(
                Txn(
                    when,
                    name,
                    -Decimal(rng.randint(low * 100, high * 100)) / 100,
                    "支出",
                    category,
                    item,
                    email="/",
                    note="花呗",
                )
            )
        if day.day == 1:
            txns.append(
                Txn(
                    at(day, 10, 3, ZONE),
                    mother.name,
                    Decimal("2000.00"),
                    "收入",
                    "转账红包",
                    "生活费",
                    email="139******21",
                    note="余额",
                    tags=((PERSON, mother.name),),
                )
            )
        if day.day == 10:
            txns.append(
                Txn(
                    at(day, 9, 0, ZONE),
                    "花呗",
                    Decimal("-860.00"),
                    "不计收支",
                    "信用借还",
                    "花呗主动还款-2024年账单",
                    note="余额宝",
                )
            )
        if day.day == 18:
            txns.append(
                Txn(
                    at(day, 15, 20, ZONE),
                    "蓉城大学校医院",
                    Decimal("-20.00"),
                    "支出",
                    "医疗健康",
                    "心理咨询挂号费",
                    note="余额",
                )
            )
    return txns


def _wechat_pay(
    boss: Person, roommate: Person, day_list: list[date], rng: random.Random
) -> list[Txn]:
    shops = [
        ("蓉城大学第二食堂", "商户消费", (8, 18)),
        ("蜜雪冰城", "商户消费", (4, 12)),
        ("瑞幸咖啡", "商户消费", (9, 20)),
        ("校园超市", "扫二维码付款", (3, 30)),
    ]
    txns = []
    for day in day_list:
        for _ in range(rng.randint(1, 2)):
            name, kind, (low, high) = rng.choice(shops)
            when = jitter(at(day, 12, 10, ZONE), rng, 300)
            txns.append(
                Txn(
                    when,
                    name,
                    -Decimal(rng.randint(low * 100, high * 100)) / 100,
                    "支出",
                    kind,
                    "/",
                )
            )
        if day.day == 28:
            txns.append(
                Txn(
                    at(day, 20, 15, ZONE),
                    "王姐-拾光咖啡",
                    WAGE,
                    "收入",
                    "转账",
                    "/",
                    note="零钱",
                    status="已存入零钱",
                    address="工资",
                )
            )
        if day.day in (1, 15) and day.month in (3, 4, 5, 6):
            txns.append(
                Txn(
                    at(day, 8, 30, ZONE),
                    "文殊院",
                    Decimal("-50.00"),
                    "支出",
                    "扫二维码付款",
                    "香火功德",
                    note="零钱",
                )
            )
        if rng.random() < 0.08:
            txns.append(
                Txn(
                    jitter(at(day, 21, 0, ZONE), rng, 60),
                    roommate.first,
                    Decimal("-6.66"),
                    "支出",
                    "微信红包",
                    "/",
                    note="零钱",
                    status="对方已收钱",
                )
            )
        if rng.random() < 0.05:
            txns.append(
                Txn(
                    jitter(at(day, 23, 0, ZONE), rng, 30),
                    "腾讯游戏",
                    -Decimal(rng.choice([6, 30, 68, 128])),
                    "支出",
                    "商户消费",
                    "王者荣耀",
                    note="零钱",
                )
            )
    return txns
