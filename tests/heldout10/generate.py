"""Generate the heldout10 blind evaluation set (stdlib only, deterministic).

Three fictional personas: one in Changsha (Asia/Shanghai), one in Norwich (Europe/London),
one in Tucson (America/Phoenix). Every date range avoids DST changes, so fixed UTC offsets are
exact and the output does not depend on the machine's tz database, TZ, locale or hash seed.

Usage: python generate.py [OUT_DIR]   (default: personas/ next to this file)
"""

from __future__ import annotations

import csv
import io
import json
import random
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


# ---------------------------------------------------------------- checksums
def cn_id(first17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(first17, w, strict=False))
    return first17 + "10X98765432"[s % 11]


def luhn(prefix: str) -> str:
    digits = [int(c) for c in prefix + "0"]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)


def nhs(first9: str) -> str:
    s = sum(int(c) * (10 - i) for i, c in enumerate(first9))
    chk = 11 - s % 11
    if chk == 11:
        chk = 0
    assert chk != 10, first9
    return first9 + str(chk)


def iban(country: str, bban: str) -> str:
    def num(s: str) -> str:
        return "".join(str(int(c, 36)) for c in s)

    chk = 98 - int(num(bban + country + "00")) % 97
    return f"{country}{chk:02d}{bban}"


def aba(first8: str) -> str:
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * k for c, k in zip(first8, w, strict=False))
    return first8 + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- core
LineFn = Callable[
    [random.Random, str, bool], tuple[str, str]
]  # (rng, speaker, is_user) -> (kind, text)


class Msg:
    __slots__ = ("kind", "text", "when", "who")

    def __init__(self, when: datetime, who: str, kind: str, text: str) -> None:
        self.when, self.who, self.kind, self.text = when, who, kind, text


class Persona:
    def __init__(self, pid: str, offset_h: int, seed: int, allowed: tuple[int, int]) -> None:
        self.pid = pid
        self.tz = timezone(timedelta(hours=offset_h))
        self.rng = random.Random(seed)
        self.allowed = allowed  # minutes after local midnight: first and last allowed send time
        self.files: dict[str, bytes] = {}
        self.pii: list[dict[str, str]] = []

    def plant(self, file: str, etype: str, value: str) -> None:
        row = {"file": file, "entity_type": etype, "value": value}
        if row not in self.pii:
            self.pii.append(row)

    def utc(self, local: datetime) -> datetime:
        return local.replace(tzinfo=self.tz).astimezone(UTC)

    def epoch(self, local: datetime) -> int:
        return int(self.utc(local).timestamp())

    def ok_time(self, t: datetime) -> bool:
        m = t.hour * 60 + t.minute
        return self.allowed[0] <= m <= self.allowed[1]

    def chat(
        self,
        start: date,
        days: int,
        people: list[str],
        user: str,
        line: LineFn,
        p_day: float,
        burst: tuple[int, int],
        planted: list[tuple[int, str, str, str]],
        weights: list[float] | None = None,
    ) -> list[Msg]:
        """Random conversations plus planted (day_index, 'HH:MM', who, text) messages."""
        rng = self.rng
        out: list[Msg] = []
        lo, hi = self.allowed
        for d in range(days):
            day = start + timedelta(days=d)
            if rng.random() > p_day:
                continue
            n = rng.randint(*burst)
            m0 = rng.randint(lo, max(lo, hi - n * 4 - 5))
            t = datetime(day.year, day.month, day.day) + timedelta(
                minutes=m0, seconds=rng.randint(0, 59)
            )
            who = rng.choices(people, weights=weights)[0]
            for _ in range(n):
                if not self.ok_time(t):
                    break
                kind, text = line(rng, who, who == user)
                out.append(Msg(t, who, kind, text))
                if rng.random() < 0.55:
                    others = [p for p in people if p != who]
                    who = rng.choice(others)
                t += timedelta(seconds=rng.randint(15, 420))
        for di, hm, who, text in planted:
            day = start + timedelta(days=di)
            h, m = map(int, hm.split(":"))
            t = datetime(day.year, day.month, day.day, h, m, rng.randint(0, 59))
            assert self.ok_time(t), (hm, text)
            out.append(Msg(t, who, "text", text))
        out.sort(key=lambda x: x.when)
        # spread identical timestamps
        for a, b in pairwise(out):
            if b.when <= a.when:
                b.when = a.when + timedelta(seconds=7)
        assert all(self.ok_time(x.when) for x in out)
        return out


def jdump(obj: object, indent: int | None = 2, ascii_: bool = False) -> bytes:
    return (json.dumps(obj, ensure_ascii=ascii_, indent=indent) + "\n").encode("utf-8")


def mojibake(s: str) -> str:
    """Facebook/Instagram style: each UTF-8 byte as one \\u00XX char."""
    return s.encode("utf-8").decode("latin-1")


def fb_fix(obj: object) -> object:
    if isinstance(obj, str):
        return mojibake(obj)
    if isinstance(obj, list):
        return [fb_fix(x) for x in obj]
    if isinstance(obj, dict):
        return {k: fb_fix(v) for k, v in obj.items()}
    return obj


def csv_text(rows: list[list[str]], quote_all: bool = False, lineterm: str = "\n") -> str:
    buf = io.StringIO()
    w = csv.writer(
        buf, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL, lineterminator=lineterm
    )
    w.writerows(rows)
    return buf.getvalue()


def combos(rng: random.Random, parts: list[list[str]], n: int, sep: str = "") -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    guard = 0
    cap = 1
    for part in parts:
        cap *= len(set(part))
    n = min(n, cap * 3 // 4)
    while len(out) < n:
        guard += 1
        assert guard < 100000
        s = sep.join(rng.choice(p) for p in parts).strip()
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def pick(rng: random.Random, pool: list[str]) -> str:
    return rng.choice(pool)


def count_1to1(msgs: list[Msg]) -> int:
    return sum(1 for m in msgs if m.kind != "system")


# ================================================================ CN: Changsha
CN_EMO = [
    "",
    "",
    "",
    "",
    "😂",
    "🤣",
    "[捂脸]",
    "[旺柴]",
    "～",
    "!",
    "！！",
    "[呲牙]",
    "😭",
    "👌",
    "[OK]",
    "。。",
    "hhh",
]
CN_PRE = ["", "", "", "", "诶", "对了", "哈哈", "嗯嗯", "啊", "话说", "我跟你讲", "救命"]


def cn_line(pool: dict[str, list[str]]) -> LineFn:
    def f(rng: random.Random, who: str, is_user: bool) -> tuple[str, str]:
        r = rng.random()
        if r < 0.07:
            return "image", ""
        if r < 0.10:
            return "voice", ""
        if r < 0.13:
            return "sticker", ""
        key = "u" if is_user else "o"
        s = pick(rng, pool[key])
        pre = pick(rng, CN_PRE)
        if pre and rng.random() < 0.5:
            s = pre + ("，" if rng.random() < 0.5 else " ") + s
        return "text", s + pick(rng, CN_EMO)

    return f


def build_cn(root: Path) -> dict[str, Any]:
    P = Persona("cn_changsha_xie", 8, 1010, (440, 1425))
    rng = P.rng
    start, days = date(2025, 10, 13), 100
    food = [
        "粉",
        "臭豆腐",
        "茶颜",
        "小龙虾",
        "烧烤",
        "米粉",
        "剁椒鱼头",
        "口味虾",
        "糖油粑粑",
        "火锅",
        "螺蛳粉",
        "奶茶",
    ]
    when = ["今晚", "明天", "周末", "周六", "下班后", "中午", "后天", "过两天"]
    mom_o = combos(
        rng,
        [
            ["你", "宁宁你", "囡囡", ""],
            [
                "吃饭了没",
                "最近忙不忙",
                "衣服穿够没",
                "又降温了多穿点",
                "记得按时吃饭",
                "周末回不回来",
                "少喝点奶茶",
                "晚上别熬夜",
                "天冷了被子加了没",
                "你爸问你什么时候回",
            ],
        ],
        30,
    )
    mom_o += [
        "今天在菜市场碰到楼下阿姨了",
        "我炖了排骨汤 你周末回来喝",
        "腊肉给你留了两块",
        "你爸血压还好 别担心",
        "我跟你姨去开福寺烧了香，给你求了个平安符",
        "初一十五我都去开福寺上香的，菩萨会保佑你",
        "你表弟考上研了",
        "楼下超市鸡蛋打折",
        "我腰还是有点痛",
        "今天跳广场舞去了",
        "要不要给你寄点剁辣椒",
        "你那个工作累不累啊",
        "视频里看你瘦了",
        "家里wifi又连不上了",
        "你爸又在看抗日剧",
    ]
    mom_u = combos(
        rng,
        [
            ["吃了", "还没", "刚吃", "在吃", "嗯", "知道啦", "好的妈", "晓得了"],
            [
                "",
                "，在加班",
                "，别担心",
                "，周末看情况",
                "，公司食堂",
                "，和同事一起",
                "，点的外卖",
                "，马上睡了",
            ],
        ],
        40,
    )
    mom_u += [
        "妈你别老操心我",
        "这周要加班回不来",
        "下周回来",
        "给你买了个按摩仪 快递到了记得拿",
        "爸的药吃完没",
        "我挺好的",
        "你腰痛去看下医生嘛",
        "别信那些保健品",
        "视频吗",
        "在开会 晚点说",
    ]
    par_o = combos(
        rng,
        [when, ["去吃", "要不要吃", "想吃", "带你去吃", "点"], food, ["", "？", "不", "吗"]],
        45,
    )
    par_o += [
        "到家没",
        "我下班了 来接你",
        "今天好累",
        "开黑吗",
        "上号",
        "今晚排位带你飞",
        "你那个bug解决了没",
        "想你了",
        "周末去橘子洲走走？",
        "我妈问你过年来不来",
        "车又被贴罚单了",
        "等我十分钟",
        "在路上了",
        "刚到公司",
        "晚安宝",
        "早啊",
    ]
    par_u = combos(
        rng,
        [
            ["好啊", "可以", "不了", "再说", "行", "随便", "好耶", "emmm"],
            ["", "，我想吃", "，要么", "，换个"],
            ["", "粉", "烧烤", "火锅", "茶颜"],
        ],
        40,
    )
    par_u += [
        "到了",
        "刚下班",
        "还在改需求",
        "今天又被产品怼了",
        "上号上号",
        "我打辅助",
        "你别送了",
        "想你",
        "晚安",
        "我到楼下了",
        "帮我带杯茶颜",
        "今天地铁好挤",
        "明天早点叫我",
        "在洗澡",
        "刚开完会",
    ]
    fr_o = combos(
        rng,
        [
            ["姐妹", "宝", "", "亲"],
            ["今天", "刚刚", "昨天", "这周"],
            [
                "又被老板骂了",
                "买了条裙子",
                "刷到个好笑的",
                "去五一广场逛了",
                "吃了家新店",
                "做了个头发",
                "看了场电影",
                "面试了一家",
                "被相亲对象气死",
            ],
        ],
        45,
    )
    fr_o += [
        "周末约不约",
        "茶颜新品你喝了没",
        "你和阿哲咋样了",
        "救命我好困",
        "发你个链接",
        "笑死我了",
        "这个好看吗",
        "我也是",
        "真的假的",
        "绝了",
    ]
    fr_u = combos(
        rng,
        [
            ["哈哈哈", "啊啊啊", "真的", "我靠", "害", "确实", "天哪", "好家伙"],
            ["", "笑死", "太离谱了", "我也想去", "约约约", "好看", "无语", "发我看看", "下次带我"],
        ],
        45,
        sep=" ",
    )
    fr_u += [
        "最近睡得很差",
        "周六可以",
        "我这周加班",
        "去坡子街吃吧",
        "下班找你",
        "别理他",
        "姐妹冲",
    ]

    me, mom, par, fr = "wxid_k3x9jn2026", "wxid_mom5r7q1", "wxid_lz8823hx", "wxid_txm1999a"
    user_id = cn_id("43010519970716302")
    mom_card = luhn("622848001826771937")
    home_formal = "湖南省长沙市开福区湘江北路三段1500号湘江世纪城润泽园5栋2单元1703室"
    work_addr = "岳麓区麓松路680号麓谷企业广场C2栋1108"
    mom_plant = [
        (2, "20:12", mom, "宁宁 你把身份证号发我一下 国庆那个高铁票要补信息"),
        (2, "20:15", me, user_id),
        (2, "20:16", mom, "好 收到了"),
        (9, "19:40", mom, "你爸换号了，新号码１３９７３１２６６０４，你存一下"),
        (15, "21:03", mom, "你现在住的地址再发我一遍 寄腊肉给你"),
        (15, "21:05", me, home_formal),
        (27, "12:30", mom, "小满上次来家里吃饭 你爸还念叨她"),
        (40, "18:22", me, "妈 钱转你农行卡了 6228 4800 1826 7719 37" + mom_card[-1] + " 这张对吧"),
        (40, "18:30", mom, "对的 收到了 你自己留着用嘛"),
        (55, "20:01", mom, "你小姨说她女儿也在麓谷上班"),
        (23, "21:10", me, "妈我最近老是失眠 心慌"),
        (23, "21:12", mom, "是不是压力太大了 要不去医院看看"),
        (30, "20:40", me, "今天去湘雅二医院心理科了，医生说是焦虑症，开了舍曲林"),
        (30, "20:44", mom, "啊？严不严重啊 你别吓我"),
        (30, "20:47", me, "不严重 按时吃药 两周复诊一次"),
        (58, "19:15", me, "今天复诊了 舍曲林加到一片了 睡得好点了"),
        (86, "20:20", mom, "药还在吃吧？别自己停"),
        (86, "20:26", me, "在吃 医生说起码吃半年"),
    ]
    mom_msgs = P.chat(
        start, days, [me, mom], me, cn_line({"u": mom_u, "o": mom_o}), 0.5, (2, 7), mom_plant
    )
    par_plant = [
        (5, "08:10", par, "我车停负二楼 湘AD72K5 旁边那个位 你下来直接上车"),
        (12, "12:20", me, "快递我填的公司地址：" + work_addr + " 你别寄家里"),
        (12, "12:24", par, "收到 写林哲收？"),
        (12, "12:25", me, "写你名字就行 林哲 电话写你的"),
        (19, "22:10", me, "你新号是多少来着"),
        (19, "22:11", par, "+86 186 7318 4402"),
        (33, "21:30", me, "我护照号E72918465 你帮我填下签证表 日本那个"),
        (34, "09:02", par, "你昨晚又没睡好吧 药吃了没"),
        (34, "09:05", me, "吃了 心理科那个医生说焦虑症要慢慢来"),
        (61, "20:50", me, "今天又心慌了一下午 舍曲林是不是该加量"),
        (61, "20:55", par, "下次复诊问问医生 别硬扛"),
    ]
    par_msgs = P.chat(
        start, days, [me, par], me, cn_line({"u": par_u, "o": par_o}), 0.85, (3, 11), par_plant
    )
    fr_plant = [
        (7, "13:05", fr, "我QQ：2850173364 你加一下 群文件在QQ里"),
        (7, "13:07", fr, "微信也加我小号tangxm_1999"),
        (20, "19:48", fr, "简历帮我看下 发我邮箱xiaoman.tang@example.net"),
        (26, "18:02", fr, "我换号了 158-7316-2290"),
        (44, "21:15", fr, "新家地址：雨花区劳动东路139号新城新世界7栋2204 周末来暖房"),
        (47, "20:30", fr, "她男朋友说他也来 带两瓶酒"),
        (48, "22:40", me, "最近在吃抗焦虑的药 酒就不喝了哈"),
    ]
    fr_msgs = P.chat(
        start, days, [me, fr], me, cn_line({"u": fr_u, "o": fr_o}), 0.6, (3, 9), fr_plant
    )

    def memotrace(
        msgs: list[Msg], talker: str, remark: str, nick: str, first_id: int, sys_line: str | None
    ) -> bytes:
        rows = [
            [
                "localId",
                "TalkerId",
                "Type",
                "SubType",
                "IsSender",
                "CreateTime",
                "Status",
                "StrContent",
                "StrTime",
                "Remark",
                "NickName",
                "Sender",
            ]
        ]
        lid = first_id
        items: list[tuple[datetime, str, str, str]] = []
        if sys_line:
            items.append((msgs[0].when - timedelta(minutes=3), "", "system", sys_line))
        items += [(m.when, m.who, m.kind, m.text) for m in msgs]
        for t, who, kind, text in items:
            typ = {"text": "1", "image": "3", "voice": "34", "sticker": "47", "system": "10000"}[
                kind
            ]
            if kind == "image":
                text = f'<?xml version="1.0"?><msg><img aeskey="{rng.getrandbits(64):016x}" length="{rng.randint(40000, 900000)}" md5="{rng.getrandbits(128):032x}" /></msg>'
            elif kind == "voice":
                text = f'<msg><voicemsg endflag="1" length="{rng.randint(3000, 20000)}" voicelength="{rng.randint(1500, 30000)}" /></msg>'
            elif kind == "sticker":
                text = f'<msg><emoji fromusername="{who}" type="2" md5="{rng.getrandbits(128):032x}" len="{rng.randint(20000, 200000)}" /></msg>'
            rows.append(
                [
                    str(lid),
                    talker,
                    typ,
                    "0",
                    "1" if who == me else "0",
                    str(P.epoch(t)),
                    "2",
                    text,
                    t.strftime("%Y-%m-%d %H:%M:%S"),
                    remark,
                    nick,
                    "" if kind == "system" else who,
                ]
            )
            lid += rng.randint(1, 3)
        return ("\ufeff" + csv_text(rows, lineterm="\r\n")).encode("utf-8")

    f_mom = "WeChatMsg/data/聊天记录/妈妈/妈妈_utf8.csv"
    f_par = "WeChatMsg/data/聊天记录/阿哲/阿哲_utf8.csv"
    f_fr = "WeChatMsg/data/聊天记录/小满/小满_utf8.csv"
    P.files[f_mom] = memotrace(mom_msgs, mom, "妈妈", "秀兰", 10231, None)
    P.files[f_par] = memotrace(
        par_msgs, par, "阿哲", "Zhe", 881, "你已添加了Zhe，现在可以开始聊天了。"
    )
    P.files[f_fr] = memotrace(fr_msgs, fr, "小满", "满满不是慢慢", 5120, None)
    for etype, v in [
        ("CN_ID_CARD", user_id),
        ("PHONE_NUMBER", "１３９７３１２６６０４"),
        ("ADDRESS", home_formal),
        ("PERSON", "小满"),
        ("CN_BANK_CARD", "6228 4800 1826 7719 37" + mom_card[-1]),
    ]:
        P.plant(f_mom, etype, v)
    for etype, v in [
        ("LICENSE_PLATE", "湘AD72K5"),
        ("ADDRESS", work_addr),
        ("PERSON", "林哲"),
        ("PHONE_NUMBER", "+86 186 7318 4402"),
        ("CN_PASSPORT", "E72918465"),
    ]:
        P.plant(f_par, etype, v)
    for etype, v in [
        ("QQ_NUMBER", "2850173364"),
        ("WECHAT_ID", "tangxm_1999"),
        ("EMAIL_ADDRESS", "xiaoman.tang@example.net"),
        ("PHONE_NUMBER", "158-7316-2290"),
        ("ADDRESS", "雨花区劳动东路139号新城新世界7栋2204"),
        ("PERSON", "阿哲"),
    ]:
        P.plant(f_fr, etype, v)

    # ---- PyWxDump exports: colleague + group
    col = "wxid_zjj0731lz"
    col_o = combos(
        rng,
        [
            ["", "嘉宁", "宁姐", "小谢"],
            ["那个接口", "测试环境", "需求文档", "周报", "发版", "线上那个bug", "评审会", "新版本"],
            [
                "你看下",
                "搞定没",
                "要延期了",
                "又挂了",
                "下午过一下",
                "改完了吗",
                "明天上线",
                "陈姐在催",
            ],
        ],
        50,
        sep=" ",
    )
    col_u = combos(
        rng,
        [
            ["马上", "在看了", "好的", "收到", "稍等", "搞定了", "还没", "下午弄"],
            ["", "，有点复杂", "，等我十分钟", "，已经提交了", "，你review下", "，日志发你"],
        ],
        40,
    )
    col_plant = [
        (3, "10:20", col, "客户那边对接人邮箱 chenjing.pm@example.com 以后需求直接抄送她"),
        (3, "10:22", me, "好的 是陈姐那边的吧"),
        (
            16,
            "15:40",
            col,
            "帮我订下周三去深圳的机票 身份证" + cn_id("43010419880312551") + " 谢谢啦",
        ),
        (29, "17:55", col, "我电话138 0731 5526 到了打我"),
        (51, "09:30", me, "今天下午请个假 去湘雅二复诊"),
    ]
    col_msgs = P.chat(
        start, days, [me, col], me, cn_line({"u": col_u, "o": col_o}), 0.45, (2, 6), col_plant
    )

    grp = "20849811721@chatroom"
    liu, wang, he = "wxid_ldy_0808", "wxid_wangpf11", "wxid_hexiao_93"
    rant = combos(
        rng,
        [
            [
                "这帮当官的",
                "那些专家",
                "开发商和当官的",
                "美国佬",
                "那些公知",
                "上面那些人",
                "贪官",
                "砖家",
            ],
            [
                "就知道吸老百姓的血",
                "根本不管我们死活",
                "全是一伙的",
                "嘴上一套背后一套",
                "早该全部抓起来",
                "把国家搞成什么样了",
                "天天骗人",
                "拿我们当韭菜割",
            ],
            [
                "！！",
                "，气死我了",
                "，都给我滚",
                "，迟早要出事",
                "，谁信谁傻",
                "，忍不了了",
                "，醒醒吧各位",
            ],
        ],
        75,
    )
    rant_all = set(rant)
    grp_o = combos(
        rng,
        [
            ["哈哈", "", "我", "这周", "有人"],
            [
                "去不去爬岳麓山",
                "约个饭吗",
                "孩子又生病了",
                "刚换了工作",
                "在橘子洲放烟花",
                "想组个局",
                "看到老班了",
            ],
        ],
        35,
    )
    grp_o += [
        "红包来了",
        "谢谢老板",
        "+1",
        "@刘大勇 少发点这些吧",
        "哈哈哈哈",
        "又来了又来了",
        "冷静点",
    ]

    def grp_line(r: random.Random, who: str, is_user: bool) -> tuple[str, str]:
        if who == liu:
            return "text", rant.pop() if rant else pick(
                r, ["哈哈", "收到", "周末我有空", "我也去", "+1"]
            )
        if r.random() < 0.08:
            return "image", ""
        return "text", pick(
            r,
            grp_o
            if not is_user
            else ["哈哈", "好的", "我可以", "周末加班", "来了来了", "+1", "下次一定"],
        )

    grp_plant = [
        (38, "20:10", wang, "我新号 +86 13507318829 老号不用了"),
        (39, "12:00", he, "@刘大勇 你少发点吧 群里有老师"),
    ]
    grp_msgs = P.chat(
        start,
        days,
        [me, liu, wang, he],
        me,
        grp_line,
        0.6,
        (3, 8),
        grp_plant,
        weights=[1, 3, 1.2, 1.2],
    )
    n_liu_rants = sum(1 for m in grp_msgs if m.who == liu and m.text in rant_all)

    def wxdump(msgs: list[Msg], room: str, start_id: int) -> bytes:
        rows = [
            [
                "id",
                "MsgSvrID",
                "type_name",
                "is_sender",
                "talker",
                "room_name",
                "msg",
                "src",
                "CreateTime",
            ]
        ]
        for i, m in enumerate(msgs):
            tn = {"text": "文本", "image": "图片", "voice": "语音", "sticker": "动画表情"}[m.kind]
            msg = m.text
            src = ""
            if m.kind == "image":
                msg, src = (
                    "图片",
                    f"FileStorage\\MsgAttach\\{rng.getrandbits(64):016x}\\Image\\{m.when:%Y-%m}\\{rng.getrandbits(64):016x}.dat",
                )
            elif m.kind == "voice":
                msg, src = "语音", f"audio\\{room}\\{m.when:%Y%m%d%H%M%S}.wav"
            elif m.kind == "sticker":
                msg = "[动画表情]"
            t = m.when
            ct = f"{t.year}/{t.month}/{t.day} {t.hour}:{t.minute:02d}"
            rows.append(
                [
                    str(start_id + i),
                    str(rng.randint(10**18, 9 * 10**18)),
                    tn,
                    "1" if m.who == me else "0",
                    m.who,
                    room,
                    msg,
                    src,
                    ct,
                ]
            )
        return csv_text(rows).encode("utf-8")

    f_col = "PyWxDump/export/老周/老周.csv"
    f_grp = "PyWxDump/export/长郡07届2班/长郡07届2班.csv"
    P.files[f_col] = wxdump(col_msgs, col, 1)
    P.files[f_grp] = wxdump(grp_msgs, grp, 1)
    for fp_, wx in [(f_mom, mom), (f_par, par), (f_fr, fr), (f_col, col), (f_mom, me)]:
        P.plant(fp_, "WECHAT_ID", wx)
    for etype, v in [
        ("EMAIL_ADDRESS", "chenjing.pm@example.com"),
        ("CN_ID_CARD", cn_id("43010419880312551")),
        ("PHONE_NUMBER", "138 0731 5526"),
        ("PERSON", "陈姐"),
    ]:
        P.plant(f_col, etype, v)
    for etype, v in [
        ("PHONE_NUMBER", "+86 13507318829"),
        ("PERSON", "刘大勇"),
        ("WECHAT_ID", liu),
        ("WECHAT_ID", wang),
        ("WECHAT_ID", he),
        ("WECHAT_ID", me),
    ]:
        P.plant(f_grp, etype, v)

    # ---- WeChat Pay bill (UTF-8, preamble)
    tx = []  # (local dt, type, counterparty, item, in/out, amount, method, status, note)
    for d in range(days):
        day = start + timedelta(days=d)
        for _ in range(rng.randint(0, 3)):
            t = datetime(
                day.year,
                day.month,
                day.day,
                rng.randint(8, 22),
                rng.randint(0, 59),
                rng.randint(0, 59),
            )
            shop, item = rng.choice(
                [
                    ("茶颜悦色(麓谷店)", "饮品"),
                    ("美团平台商户", "外卖订单"),
                    ("长沙地铁", "乘车码"),
                    ("盒马鲜生", "商品"),
                    ("罗森(麓谷企业广场店)", "便利店消费"),
                    ("滴滴出行", "快车"),
                    ("文和友", "餐饮"),
                ]
            )
            tx.append(
                (
                    t,
                    "商户消费",
                    shop,
                    item,
                    "支出",
                    f"{rng.uniform(6, 88):.2f}",
                    "招商银行储蓄卡(3306)",
                    "支付成功",
                    "/",
                )
            )
        if d % 9 == 4:
            t = datetime(day.year, day.month, day.day, 21, rng.randint(0, 59), 3)
            tx.append(
                (
                    t,
                    "商户消费",
                    "腾讯游戏",
                    "王者荣耀-点券充值",
                    "支出",
                    rng.choice(["30.00", "68.00", "98.00"]),
                    "零钱",
                    "支付成功",
                    "/",
                )
            )
        if d % 11 == 6:
            t = datetime(day.year, day.month, day.day, 19, rng.randint(0, 59), 12)
            tx.append(
                (
                    t,
                    "转账",
                    "阿哲",
                    "转账备注:吃饭AA",
                    "收入",
                    f"{rng.randint(40, 180)}.00",
                    "/",
                    "已存入零钱",
                    "/",
                )
            )
    for mth in range(4):
        t = datetime(2025, 10 + mth, 1, 9, 12, 40) if mth < 3 else datetime(2026, 1, 1, 9, 12, 40)
        if date(t.year, t.month, t.day) < start:
            continue
        tx.append(
            (
                t,
                "转账",
                "唐小满",
                "转账备注:房租 润泽园5栋2单元1703 合租分摊",
                "收入",
                "1200.00",
                "/",
                "已存入零钱",
                "/",
            )
        )
    tx.append(
        (
            datetime(2025, 11, 20, 12, 5, 9),
            "微信红包",
            "唐小满",
            "/",
            "收入",
            "52.00",
            "/",
            "已存入零钱",
            "/",
        )
    )
    tx.append(
        (
            datetime(2025, 12, 3, 18, 40, 2),
            "转账",
            "刘大勇",
            "转账备注:同学会AA",
            "支出",
            "200.00",
            "零钱",
            "对方已收钱",
            "/",
        )
    )
    tx.sort()
    tot_in = sum(float(x[5]) for x in tx if x[4] == "收入")
    tot_out = sum(float(x[5]) for x in tx if x[4] == "支出")
    n_in = sum(1 for x in tx if x[4] == "收入")
    n_out = sum(1 for x in tx if x[4] == "支出")
    end = start + timedelta(days=days - 1)
    pre = [
        "微信支付账单明细",
        "微信昵称：[嘉宁]",
        f"起始时间：[{start} 00:00:00] 终止时间：[{end} 23:59:59]",
        "导出类型：[全部]",
        "导出时间：[2026-01-21 20:14:37]",
        "",
        f"共{len(tx)}笔记录",
        f"收入：{n_in}笔 {tot_in:.2f}元",
        f"支出：{n_out}笔 {tot_out:.2f}元",
        "中性交易：0笔 0.00元",
        "注：",
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录",
        "3. 本明细仅供个人对账使用",
        "",
        "----------------------微信支付账单明细列表--------------------",
    ]
    lines = [p + ",,,,,,,,,," for p in pre]
    hdr = "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"
    body = [hdr]
    for t, typ, cp, item, io_, amt, meth, st, note in tx:
        tid = f"{4200000000 + rng.randint(0, 99999999)}{t:%Y%m%d}{rng.randint(10**9, 10**10 - 1)}"
        mid = "/" if typ != "商户消费" else f"{rng.randint(10**15, 10**16 - 1)}"
        body.append(
            csv_text(
                [
                    [
                        t.strftime("%Y-%m-%d %H:%M:%S"),
                        typ,
                        cp,
                        item,
                        io_,
                        "¥" + amt,
                        meth,
                        st,
                        tid + "\t",
                        mid + "\t",
                        note,
                    ]
                ]
            ).rstrip("\n")
        )
    f_wp = "微信支付账单(20251013-20260120).csv"
    P.files[f_wp] = ("\n".join(lines + body) + "\n").encode("utf-8")
    for etype, v in [
        ("PERSON", "阿哲"),
        ("PERSON", "唐小满"),
        ("ADDRESS", "润泽园5栋2单元1703"),
        ("PERSON", "刘大勇"),
    ]:
        P.plant(f_wp, etype, v)

    # ---- Alipay bill (GBK, padded, trailing comma)
    arows = []
    for y, m in [(2025, 11), (2025, 12), (2026, 1)]:
        arows.append(
            (
                datetime(y, m, 10, 10, 3, 21),
                "收入",
                "湖南星麓智能科技有限公司",
                "xlzn***@example.com",
                "代发工资",
                "收入",
                "12850.00",
                "",
                "交易成功",
            )
        )
    for d in range(0, days, 3):
        day = start + timedelta(days=d)
        t = datetime(
            day.year, day.month, day.day, rng.randint(9, 22), rng.randint(0, 59), rng.randint(0, 59)
        )
        cp, cat, item = rng.choice(
            [
                ("淘宝(中国)软件有限公司", "日用百货", "家居收纳盒"),
                ("饿了么", "餐饮美食", "外卖订单"),
                ("国家电网湖南省电力", "生活服务", "电费缴纳"),
                ("天猫超市", "日用百货", "超市订单"),
                ("哈啰出行", "交通出行", "单车骑行"),
                ("12306", "交通出行", "火车票"),
            ]
        )
        arows.append(
            (
                t,
                cat,
                cp,
                "/",
                item,
                "支出",
                f"{rng.uniform(3, 260):.2f}",
                "招商银行储蓄卡(3306)",
                "交易成功",
            )
        )
    arows.append(
        (
            datetime(2025, 10, 31, 20, 10, 5),
            "转账红包",
            "周秀兰",
            "zho***@example.com",
            "转账",
            "支出",
            "2000.00",
            "余额宝",
            "交易成功",
        )
    )
    arows.append(
        (
            datetime(2025, 12, 24, 19, 2, 45),
            "医疗健康",
            "中南大学湘雅二医院",
            "/",
            "门诊缴费-心理科",
            "支出",
            "236.50",
            "余额宝",
            "交易成功",
        )
    )
    arows.append(
        (
            datetime(2025, 11, 12, 13, 41, 0),
            "医疗健康",
            "老百姓大药房",
            "/",
            "盐酸舍曲林片50mg*14",
            "支出",
            "68.00",
            "招商银行储蓄卡(3306)",
            "交易成功",
        )
    )
    arows.sort()
    a_in = sum(float(r[6]) for r in arows if r[5] == "收入")
    a_out = sum(float(r[6]) for r in arows if r[5] == "支出")
    pre = [
        "-" * 84,
        "导出信息：",
        "姓名：谢嘉宁",
        "支付宝账户：jianing.xie@example.com",
        f"起始时间：[{start} 00:00:00]    终止时间：[{end} 23:59:59]",
        "导出交易类型：[全部]",
        "导出时间：[2026-01-21 20:20:11]",
        f"共{len(arows)}笔记录",
        f"收入：{sum(1 for r in arows if r[5] == '收入')}笔 {a_in:.2f}元",
        f"支出：{sum(1 for r in arows if r[5] == '支出')}笔 {a_out:.2f}元",
        "不计收支：0笔 0.00元",
        "",
        "特别提示：",
        "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；",
        "2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；",
        "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；",
        "4.本回单如经任何涂改、编造，均立即失去效力；",
        "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
        "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
        "7.禁止将本回单用于非法用途；",
        "8.本明细仅展示当前账单中的交易，不包括已删除的记录；",
        "9.本明细仅供个人对账使用。",
        "",
        "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------",
    ]
    cols = [
        "交易时间",
        "交易分类",
        "交易对方",
        "对方账号",
        "商品说明",
        "收/支",
        "金额",
        "收/付款方式",
        "交易状态",
        "交易订单号",
        "商家订单号",
        "备注",
    ]
    widths = [20, 20, 20, 20, 20, 20, 20, 20, 20, 24, 30, 20]

    def pad(s: str, w: int) -> str:
        return s + " " * max(1, w - len(s.encode("gbk")))

    out = [*pre, "".join(pad(c, w) + "," for c, w in zip(cols, widths, strict=False))]
    for t, cat, cp, acct, item, io_, amt, meth, st in arows:
        oid = f"{t:%Y%m%d}2200{rng.randint(10**14, 10**15 - 1)}\t"
        mid = (
            (f"T200P{rng.randint(10**15, 10**16 - 1)}\t")
            if io_ == "支出" and cat != "转账红包"
            else "\t"
        )
        vals = [
            t.strftime("%Y-%m-%d %H:%M:%S"),
            cat,
            cp,
            acct,
            item,
            io_,
            amt,
            meth,
            st,
            oid,
            mid,
            "",
        ]
        out.append("".join(pad(v, w) + "," for v, w in zip(vals, widths, strict=False)))
    f_ali = "支付宝交易明细(20251013-20260120).csv"
    P.files[f_ali] = ("\n".join(out) + "\n").encode("gbk")
    for etype, v in [
        ("PERSON", "谢嘉宁"),
        ("EMAIL_ADDRESS", "jianing.xie@example.com"),
        ("PERSON", "周秀兰"),
    ]:
        P.plant(f_ali, etype, v)

    # ---- Google Records.json
    home = (28.22652, 112.98347)
    work = (28.22174, 112.88712)
    mall = (28.19583, 112.97682)
    locs = []
    for d in range(days):
        day = start + timedelta(days=d)
        wk = day.weekday() < 5
        for slot in range(0, 24 * 60, 20):
            h, m = divmod(slot, 60)
            if wk and 8 * 60 + 40 <= slot < 9 * 60 + 20:
                f = (slot - 520) / 40
                lat, lon = home[0] + (work[0] - home[0]) * f, home[1] + (work[1] - home[1]) * f
            elif wk and 9 * 60 + 20 <= slot < 18 * 60 + 40:
                lat, lon = work
            elif wk and 18 * 60 + 40 <= slot < 19 * 60 + 20:
                f = (slot - 1120) / 40
                lat, lon = work[0] + (home[0] - work[0]) * f, work[1] + (home[1] - work[1]) * f
            elif not wk and 14 * 60 <= slot < 18 * 60 and d % 2 == 0:
                lat, lon = mall
            else:
                lat, lon = home
            lat += rng.uniform(-0.0004, 0.0004)
            lon += rng.uniform(-0.0004, 0.0004)
            t = datetime(day.year, day.month, day.day, h, m, rng.randint(0, 59))
            u = P.utc(t)
            locs.append(
                {
                    "latitudeE7": round(lat * 1e7),
                    "longitudeE7": round(lon * 1e7),
                    "accuracy": rng.randint(8, 40),
                    "source": rng.choice(["WIFI", "GPS", "CELL"]),
                    "deviceTag": -1482203351,
                    "timestamp": u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z",
                }
            )
    f_loc = "Takeout/Location History (Timeline)/Records.json"
    P.files[f_loc] = jdump({"locations": locs}, indent=2)

    msgs_total = sum(len(x) for x in [mom_msgs, par_msgs, fr_msgs, col_msgs, grp_msgs])
    tc = sorted(
        [
            ("妈妈", len(mom_msgs)),
            ("阿哲", len(par_msgs)),
            ("小满", len(fr_msgs)),
            ("老周", len(col_msgs)),
        ],
        key=lambda x: -x[1],
    )[:3]
    gt = {
        "schema_version": 1,
        "persona": P.pid,
        "fictional": True,
        "independent": True,
        "description": "谢嘉宁, 28, QA/software engineer at a Changsha tech company in 麓谷; lives in 开福区 with a flatmate; partner 林哲 (阿哲); treated for anxiety. WeChat via MemoTrace (1:1) and PyWxDump (colleague, class group), WeChat Pay + Alipay bills, Google Records.json.",
        "timezone": "Asia/Shanghai",
        "user": {
            "names": ["谢嘉宁", "嘉宁", "宁宁"],
            "phones": [],
            "emails": ["jianing.xie@example.com"],
            "handles": [me],
        },
        "pii": P.pii,
        "facts": {
            "home": {
                "lat": home[0],
                "lon": home[1],
                "radius_m": 300,
                "address": home_formal,
                "city": "长沙",
            },
            "work": {
                "lat": work[0],
                "lon": work[1],
                "radius_m": 300,
                "employer": "湖南星麓智能科技有限公司",
            },
            "sleep_window": {"start": "23:55", "end": "07:10", "tolerance_min": 60},
            "top_contacts": [{"name": n, "messages": c} for n, c in tc],
            "relationships": [
                {"name": "妈妈", "relationship": "mother", "full_name": "周秀兰"},
                {"name": "阿哲", "relationship": "partner", "full_name": "林哲"},
                {"name": "小满", "relationship": "close friend", "full_name": "唐小满"},
                {"name": "老周", "relationship": "colleague", "full_name": "周建军"},
            ],
            "religion": {"value": False},
            "health": {
                "value": "anxiety disorder (焦虑症), treated with sertraline (舍曲林) at 湘雅二医院心理科"
            },
            "politics": {"value": False},
            "financial_stress": {"value": False},
            "gambling": {"value": False},
            "gaming": {"value": True},
            "salary": {
                "amount": "12850.00",
                "currency": "CNY",
                "payer": "湖南星麓智能科技有限公司",
                "period": "monthly",
            },
            "risky_contact": {
                "name": "刘大勇",
                "why": f"posts {n_liu_rants} angry political rants in the 长郡07届2班 class group",
            },
        },
    }
    return {"P": P, "gt": gt, "messages": msgs_total, "rants": n_liu_rants}


# ================================================================ English helpers
EN_EMO = [
    "",
    "",
    "",
    "",
    "",
    " 😂",
    " lol",
    " x",
    " xx",
    " 🙄",
    " haha",
    "!",
    " 😅",
    " 👍",
    " ❤️",
    "..",
    " tbh",
    " 🙈",
]
EN_PRE = ["", "", "", "", "", "ok ", "omg ", "ngl ", "right so ", "btw ", "ugh ", "lol ", "wait "]
TYPOS = [
    ("the", "teh"),
    ("you", "yuo"),
    ("just", "jsut"),
    ("tomorrow", "tomorow"),
    ("definitely", "definately"),
    ("because", "becuase"),
    ("really", "realy"),
]


def en_line(pool: dict[str, list[str]], media: tuple[str, ...] = ("photo",)) -> LineFn:
    def f(rng: random.Random, who: str, is_user: bool) -> tuple[str, str]:
        r = rng.random()
        if r < 0.08:
            return rng.choice(media), ""
        s = pick(rng, pool["u" if is_user else "o"])
        s = pick(rng, EN_PRE) + s
        if rng.random() < 0.35:
            s = s.lower()
        if rng.random() < 0.06:
            a, b = rng.choice(TYPOS)
            s = s.replace(a, b, 1)
        return "text", s + pick(rng, EN_EMO)

    return f


# ================================================================ UK: Norwich
def build_uk(root: Path) -> dict[str, Any]:
    P = Persona("uk_norwich_harrower", 0, 2020, (410, 1385))
    rng = P.rng
    start, days = date(2025, 11, 3), 100
    me_name = "Beth Harrower"
    mum, tom, pri, gary, dean, lou, kev = (
        "Mum",
        "Tom Whitlock",
        "Priya Desai",
        "Gary Webb",
        "Dean Colley",
        "Louise Barker",
        "Kev Stannard",
    )
    mum_o = combos(
        rng,
        [
            ["Hi love", "Morning", "Hello darling", "Beth", "Hiya"],
            [", ", " "],
            [
                "have you eaten",
                "are you warm enough in that flat",
                "did you get my parcel",
                "ring me when you can",
                "your dad says hello",
                "are you coming Sunday",
                "it's freezing here",
                "the cat's been sick again",
                "your auntie sends love",
                "hope work's ok",
            ],
        ],
        40,
        sep="",
    )
    mum_o += [
        "Hip's still sore, physio on Thursday",
        "Consultant says the hip replacement list is 18 weeks",
        "Went to the Forum with your auntie",
        "Your dad fixed the boiler finally",
        "Have you spoken to your brother",
        "Saw Tom's mum in Morrisons",
        "Don't forget Gran's birthday",
        "Bought you some bits for the flat",
        "Is Tom coming for Christmas",
        "Roast at 1 on Sunday",
    ]
    mum_u = combos(
        rng,
        [
            ["yes mum", "yeah", "not yet", "will do", "aw thanks", "haha", "ok", "course"],
            [
                "",
                " x",
                ", been busy",
                ", ring you later",
                ", at work",
                ", speak tonight",
                ", love you",
            ],
        ],
        40,
        sep="",
    )
    mum_u += [
        "How's the hip",
        "Tell dad thanks",
        "Can't do Sunday sorry",
        "I'll come Saturday instead",
        "Yeah all good here",
        "Work's mental this week",
        "Tom says hi",
        "Did the physio help",
    ]
    tom_o = combos(
        rng,
        [
            ["fancy", "shall we do", "want", "up for", "tempted by"],
            [
                " a takeaway",
                " the pub",
                " a walk by the river",
                " pizza",
                " Nando's",
                " the cinema",
                " a curry",
                " an early night",
                " the Fat Cat",
            ],
            ["", " tonight", " tmrw", " later", " after work", " this weekend", "?"],
        ],
        60,
        sep="",
    )
    tom_o += [
        "home in 10",
        "running late, train's delayed",
        "love you",
        "did you pay the council tax",
        "bins go out tonight",
        "where's the spare key",
        "my mum wants us round Sunday",
        "how was your day",
        "got milk",
        "you ok? seemed quiet",
    ]
    tom_u = combos(
        rng,
        [
            [
                "yes",
                "go on then",
                "can't tonight",
                "maybe",
                "defo",
                "nah",
                "sounds good",
                "ugh fine",
            ],
            [
                "",
                ", shattered",
                ", still at work",
                ", your turn to pick",
                ", i'll meet you there",
                ", get me a cheesy garlic bread",
            ],
        ],
        45,
        sep="",
    )
    tom_u += [
        "on my way",
        "just leaving",
        "love you too",
        "the match is on at 8",
        "city better win tonight",
        "boiler's making that noise again",
        "did you see the state of the kitchen",
        "night",
    ]
    pri_o = combos(
        rng,
        [
            ["omg", "girl", "babe", "honestly", "lmao", "right"],
            [" "],
            [
                "my manager is unreal",
                "i need a drink",
                "my sister's driving me mad",
                "have you seen the new series",
                "i booked the spa",
                "date was a disaster",
                "my car failed its MOT",
                "brunch saturday?",
                "come to the gym with me",
                "i'm so hungover",
            ],
        ],
        50,
        sep="",
    )
    pri_o += [
        "going to the mandir with mum for Diwali, she's been planning for weeks",
        "mum's doing puja at home this weekend",
        "can't do friday, temple thing with the family",
        "send pics",
        "YES",
        "stop it",
        "literally me",
        "voice note incoming",
    ]
    pri_u = combos(
        rng,
        [
            ["haha", "stoppp", "no way", "same", "honestly same", "ugh", "lol"],
            [" "],
            [
                "",
                "i'm in",
                "tell me everything",
                "that's so grim",
                "you deserve better",
                "send me the link",
                "count me in",
                "i can't this week",
            ],
        ],
        45,
        sep="",
    )
    pri_u += [
        "put £20 on an acca again and lost the lot",
        "brunch yes",
        "skint till payday",
        "tom doesn't know how much i've put on bets this month",
        "sorry been rubbish at replying",
    ]
    gary_o = combos(
        rng,
        [
            ["", "Beth - ", "Morning, ", "Quick one: "],
            [
                "the Q3 dashboard",
                "the client deck",
                "the SQL job",
                "the ETL run",
                "the standup notes",
                "the Friday release",
                "the data refresh",
                "the Hartwell report",
            ],
            [
                " is broken",
                " needs a look",
                " is due today",
                " failed again",
                " - any update?",
                " is on your list",
                " can wait till Monday",
            ],
        ],
        50,
        sep="",
    )
    gary_u = combos(
        rng,
        [
            ["on it", "will check", "done", "nearly there", "give me 20", "sorted", "looking now"],
            [
                "",
                " 👍",
                ", it was the join",
                ", pushed it",
                ", sent you the link",
                ", tell the client",
            ],
        ],
        40,
        sep="",
    )

    ni = "NH 63 41 87 B"
    nhs_mum = nhs("485777345")
    nhs_sp = f"{nhs_mum[:3]} {nhs_mum[3:6]} {nhs_mum[6:]}"
    iban_tom = iban("GB", "NWBK" + "601613" + "48203917")
    iban_sp = " ".join(iban_tom[i : i + 4] for i in range(0, len(iban_tom), 4))
    card = luhn("465859210744183")
    card_sp = " ".join(card[i : i + 4] for i in range(0, 16, 4))
    home_formal = "Flat 4, 27 Unthank Road, Norwich NR2 2PA"
    home_inf = "flat 4 27 unthank rd"
    work_addr = "Unit 3, Peachman Way, Broadland Business Park, Norwich NR7 0WF"
    mum_addr = "14 Elm Close, Wymondham NR18 0QT"
    mum_plant = [
        (4, "19:30", mum, "Can you fill in the GP form for me love, my NHS number is " + nhs_sp),
        (4, "19:41", me_name, "Done, they'll text you"),
        (17, "18:05", mum, "Send the Christmas cards to " + mum_addr + " not your gran's"),
        (30, "20:10", mum, "Is Tom still at the same number? 07700 900431"),
        (31, "12:30", me_name, "Yep same"),
        (45, "17:40", mum, "Priya looked well at the Christmas market"),
        (60, "19:00", mum, "Is everything ok with money love? You sounded stressed"),
        (60, "19:12", me_name, "bit tight this month, overdraft's maxed but i'll sort it"),
    ]
    tom_plant = [
        (2, "21:00", tom, "what's your NI number? mortgage advisor needs it"),
        (2, "21:04", me_name, ni),
        (9, "12:10", me_name, "parcel's coming to " + home_inf + ", can u be in"),
        (14, "22:10", tom, "put the deposit back in mine " + iban_sp),
        (21, "20:00", me_name, "use my card for the ferry " + card_sp + " exp 09/28"),
        (28, "18:45", tom, "car's at the garage, reg VX68 HBN if they ring you"),
        (36, "22:30", tom, "did you put money on the match again? £60 gone from the joint account"),
        (36, "22:41", me_name, "sorry. i'll stop. it was a stupid acca"),
        (52, "21:15", tom, "Beth we need to talk about the betting. Skybet emails every day"),
        (52, "21:30", me_name, "i know. deleted the app. again"),
        (70, "20:05", tom, "passport number for the booking? mine's done"),
        (70, "20:09", me_name, "553829174"),
        (88, "21:50", me_name, "lost 150 on betfair tonight, I feel sick"),
    ]
    pri_plant = [
        (6, "13:00", pri, "new email btw priya.desai@example.org the old one's dead"),
        (19, "19:22", pri, "can you send the 40 for the spa to 04-00-75 31927482"),
        (
            25,
            "17:15",
            me_name,
            "my licence number for the hire car form is HARRO956145B99KT right?",
        ),
        (25, "17:16", pri, "yep that's the one on the card"),
        (41, "20:40", me_name, "payday loan came through, don't tell Tom"),
        (
            63,
            "12:15",
            pri,
            "my cousin's moving to 8 Magdalen St, Norwich NR3 1LE lol right above the chippy",
        ),
        (77, "21:05", me_name, "klarna's chasing me and the overdraft's £1,400 deep"),
    ]
    gary_plant = [
        (1, "09:15", gary, "Welcome back! Parking's changed, building is " + work_addr),
        (8, "10:02", gary, "my mobile if the vpn dies: 07700 900745"),
        (22, "14:30", gary, "Client wants the figures by 4"),
        (49, "11:11", me_name, "can you cover standup, dentist at 10"),
    ]
    ch_mum = P.chat(
        start,
        days,
        [me_name, mum],
        me_name,
        en_line({"u": mum_u, "o": mum_o}),
        0.55,
        (2, 7),
        mum_plant,
    )
    ch_tom = P.chat(
        start,
        days,
        [me_name, tom],
        me_name,
        en_line({"u": tom_u, "o": tom_o}, ("photo", "sticker", "voice")),
        0.85,
        (3, 10),
        tom_plant,
    )
    ch_pri = P.chat(
        start,
        days,
        [me_name, pri],
        me_name,
        en_line({"u": pri_u, "o": pri_o}, ("photo", "sticker", "voice")),
        0.65,
        (3, 9),
        pri_plant,
    )
    ch_gary = [
        m
        for m in P.chat(
            start,
            days,
            [me_name, gary],
            me_name,
            en_line({"u": gary_u, "o": gary_o}),
            0.5,
            (2, 6),
            gary_plant,
        )
    ]
    rant = combos(
        rng,
        [
            [
                "Westminster",
                "This government",
                "The council",
                "Every MP in that building",
                "Starmer's lot",
                "The Tories",
                "Those clowns in Whitehall",
                "The whole political class",
            ],
            [
                " are robbing us blind",
                " couldn't run a bath",
                " have sold this country out",
                " lie through their teeth",
                " want us all skint and quiet",
                " should be locked up",
                " treat us like mugs",
                " have wrecked the NHS",
            ],
            [
                "!!",
                ". Absolute disgrace.",
                ". Wake up people.",
                " and nobody does a thing.",
                ". I'm sick of it.",
                ". Vote them all out.",
                " 😡",
                ". Makes my blood boil.",
            ],
        ],
        80,
        sep="",
    )
    rant_all = set(rant)
    grp_o = combos(
        rng,
        [
            ["Anyone", "Who's", "Is anyone", "Lads,"],
            [
                " playing Thursday",
                " got a spare bib",
                " up for a pint after",
                " bringing the ball",
                " seen my keys",
                " paid subs yet",
                " free Sunday",
            ],
            ["?", "", " ??"],
        ],
        30,
        sep="",
    )
    grp_o += [
        "Dean not this again mate",
        "Can we keep politics out of the football chat",
        "mute button it is",
        "👍",
        "in",
        "out this week, knee",
        "5 confirmed",
    ]

    def grp_line(r: random.Random, who: str, is_user: bool) -> tuple[str, str]:
        if who == dean:
            return "text", rant.pop() if rant else pick(
                r, ["in", "I'm in Thursday", "bringing bibs", "👍"]
            )
        if r.random() < 0.06:
            return "photo", ""
        return "text", pick(
            r,
            grp_o
            if not is_user
            else ["in", "can't this week", "i'll bring the ball", "haha", "paid", "Dean pls"],
        )

    ch_grp = P.chat(
        start,
        days,
        [me_name, dean, lou, kev],
        me_name,
        grp_line,
        0.6,
        (3, 8),
        [(33, "19:20", kev, "Dean's number if anyone needs a lift: +44 7700 900913")],
        weights=[1, 3, 1.2, 1.2],
    )
    n_rants = sum(1 for m in ch_grp if m.who == dean and m.text in rant_all)

    uid = {
        me_name: 5018847213,
        mum: 6102938475,
        tom: 5520193384,
        pri: 5811220947,
        gary: 6620471853,
        dean: 7001928374,
        lou: 6409182736,
        kev: 5930184726,
    }

    def ent_text(text: str) -> tuple[object, list[dict[str, str]]]:
        """Telegram splits phones/emails into typed entities."""
        import re

        pat = re.compile(r"(\+44 7700 9\d{5}|07700 9\d{5})|([\w.]+@example\.org)")
        parts: list[object] = []
        ents: list[dict[str, str]] = []
        pos = 0
        for m in pat.finditer(text):
            if m.start() > pos:
                parts.append(text[pos : m.start()])
                ents.append({"type": "plain", "text": text[pos : m.start()]})
            typ = "phone" if m.group(1) else "email"
            parts.append({"type": typ, "text": m.group(0)})
            ents.append({"type": typ, "text": m.group(0)})
            pos = m.end()
        if not ents:
            return text, ([{"type": "plain", "text": text}] if text else [])
        if pos < len(text):
            parts.append(text[pos:])
            ents.append({"type": "plain", "text": text[pos:]})
        return parts, ents

    mid = [1000]

    def tg_msgs(msgs: list[Msg], first_service: dict[str, Any] | None) -> list[dict[str, Any]]:
        out = []
        if first_service:
            out.append(first_service)
        for m in msgs:
            mid[0] += rng.randint(1, 4)
            d: dict[str, Any] = {
                "id": mid[0],
                "type": "message",
                "date": m.when.strftime("%Y-%m-%dT%H:%M:%S"),
                "date_unixtime": str(P.epoch(m.when)),
                "from": m.who,
                "from_id": f"user{uid[m.who]}",
            }
            if m.kind == "photo":
                d["photo"] = "(File not included. Change data exporting settings to download.)"
                d["width"], d["height"] = 1280, 960
                d["text"], d["text_entities"] = "", []
            elif m.kind == "sticker":
                d.update(
                    {
                        "file": "(File not included. Change data exporting settings to download.)",
                        "thumbnail": "(File not included. Change data exporting settings to download.)",
                        "media_type": "sticker",
                        "sticker_emoji": rng.choice(["😂", "❤️", "👍", "😭"]),
                        "width": 512,
                        "height": 512,
                        "text": "",
                        "text_entities": [],
                    }
                )
            elif m.kind == "voice":
                d.update(
                    {
                        "file": "(File not included. Change data exporting settings to download.)",
                        "media_type": "voice_message",
                        "mime_type": "audio/ogg",
                        "duration_seconds": rng.randint(3, 80),
                        "text": "",
                        "text_entities": [],
                    }
                )
            else:
                if out and rng.random() < 0.05:
                    d["reply_to_message_id"] = out[-1]["id"]
                if rng.random() < 0.03:
                    e = m.when + timedelta(minutes=rng.randint(1, 9))
                    d["edited"], d["edited_unixtime"] = (
                        e.strftime("%Y-%m-%dT%H:%M:%S"),
                        str(P.epoch(e)),
                    )
                d["text"], d["text_entities"] = ent_text(m.text)
            out.append(d)
        return out

    def chat_obj(
        name: str, typ: str, cid: int, msgs: list[Msg], svc: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        return {"name": name, "type": typ, "id": cid, "messages": tg_msgs(msgs, svc)}

    g0 = ch_grp[0].when - timedelta(minutes=5)
    svc = {
        "id": 999,
        "type": "service",
        "date": g0.strftime("%Y-%m-%dT%H:%M:%S"),
        "date_unixtime": str(P.epoch(g0)),
        "actor": kev,
        "actor_id": f"user{uid[kev]}",
        "action": "invite_members",
        "members": [me_name],
        "text": "",
        "text_entities": [],
    }
    export = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data.",
        "personal_information": {
            "user_id": uid[me_name],
            "first_name": "Beth",
            "last_name": "Harrower",
            "phone_number": "+44 7700 900118",
            "username": "@bethharrower",
            "bio": "norwich | data nerd | canaries 💛💚",
        },
        "contacts": {
            "about": "This is your contact list.",
            "list": [
                {
                    "user_id": uid[mum],
                    "first_name": "Mum",
                    "last_name": "",
                    "phone_number": "+44 7700 900562",
                    "date": "2021-03-02T18:11:40",
                    "date_unixtime": "1614708700",
                },
                {
                    "user_id": uid[tom],
                    "first_name": "Tom",
                    "last_name": "Whitlock",
                    "phone_number": "+44 7700 900431",
                    "date": "2021-03-02T18:12:03",
                    "date_unixtime": "1614708723",
                },
                {
                    "user_id": uid[pri],
                    "first_name": "Priya",
                    "last_name": "Desai",
                    "phone_number": "+44 7700 900287",
                    "date": "2022-07-19T21:40:09",
                    "date_unixtime": "1658263209",
                },
                {
                    "user_id": uid[gary],
                    "first_name": "Gary",
                    "last_name": "Webb",
                    "phone_number": "+44 7700 900745",
                    "date": "2024-09-02T08:55:31",
                    "date_unixtime": "1725267331",
                },
            ],
        },
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": [
                chat_obj(tom, "personal_chat", uid[tom], ch_tom),
                chat_obj(pri, "personal_chat", uid[pri], ch_pri),
                chat_obj(mum, "personal_chat", uid[mum], ch_mum),
                chat_obj(gary, "personal_chat", uid[gary], ch_gary),
                chat_obj("Thursday 5-a-side ⚽", "private_group", 4418203394, ch_grp, svc),
            ],
        },
    }
    f_tg = "Telegram Desktop/DataExport_2026-02-12/result.json"
    P.files[f_tg] = jdump(export, indent=1)
    for etype, v in [
        ("PHONE_NUMBER", "+44 7700 900118"),
        ("USERNAME", "@bethharrower"),
        ("PHONE_NUMBER", "+44 7700 900562"),
        ("PHONE_NUMBER", "+44 7700 900431"),
        ("PHONE_NUMBER", "+44 7700 900287"),
        ("PHONE_NUMBER", "+44 7700 900745"),
        ("PHONE_NUMBER", "07700 900431"),
        ("PHONE_NUMBER", "07700 900745"),
        ("PHONE_NUMBER", "+44 7700 900913"),
        ("PERSON", "Tom Whitlock"),
        ("PERSON", "Priya Desai"),
        ("PERSON", "Gary Webb"),
        ("PERSON", "Dean Colley"),
        ("PERSON", "Louise Barker"),
        ("PERSON", "Kev Stannard"),
        ("PERSON", "Priya"),
        ("PERSON", "Dean"),
        ("PERSON", "Tom"),
        ("PERSON", "Gary"),
        ("PERSON", "Beth Harrower"),
        ("UK_NINO", ni),
        ("UK_NHS", nhs_sp),
        ("IBAN_CODE", iban_sp),
        ("CREDIT_CARD", card_sp),
        ("LICENSE_PLATE", "VX68 HBN"),
        ("UK_PASSPORT", "553829174"),
        ("UK_DRIVING_LICENCE", "HARRO956145B99KT"),
        ("BANK_ACCOUNT", "04-00-75 31927482"),
        ("EMAIL_ADDRESS", "priya.desai@example.org"),
        ("ADDRESS", home_inf),
        ("ADDRESS", work_addr),
        ("ADDRESS", mum_addr),
        ("ADDRESS", "8 Magdalen St, Norwich NR3 1LE"),
    ]:
        P.plant(f_tg, etype, v)

    # ---- Monzo CSV (current header)
    rows = [
        [
            "Transaction ID",
            "Date",
            "Time",
            "Type",
            "Name",
            "Emoji",
            "Category",
            "Amount",
            "Currency",
            "Local amount",
            "Local currency",
            "Notes and #tags",
            "Address",
            "Receipt",
            "Description",
            "Category split",
            "Money Out",
            "Money In",
        ]
    ]
    tx = []
    for d in range(days):
        day = start + timedelta(days=d)
        for _ in range(rng.randint(1, 3)):
            t = datetime(
                day.year,
                day.month,
                day.day,
                rng.randint(8, 21),
                rng.randint(0, 59),
                rng.randint(0, 59),
            )
            name, emo, cat, addr = rng.choice(
                [
                    ("Tesco", "🛒", "Groceries", "Unthank Road, Norwich, NR2 2PA"),
                    ("Pret A Manger", "☕", "Eating out", "Gentleman's Walk, Norwich, NR2 1NA"),
                    ("Greggs", "🥐", "Eating out", "London Street, Norwich, NR2 1JF"),
                    ("First Bus", "🚌", "Transport", ""),
                    ("Deliveroo", "🍕", "Eating out", ""),
                    ("Boots", "💊", "Personal care", "Castle Mall, Norwich, NR1 3DD"),
                    ("The Fat Cat", "🍺", "Eating out", "West End Street, Norwich, NR2 4NA"),
                ]
            )
            amt = -round(rng.uniform(2, 40), 2)
            tx.append((t, "Card payment", name, emo, cat, amt, "", addr, name.upper()))
        if d % 4 == 1 or (d % 7 == 5):
            t = datetime(
                day.year, day.month, day.day, rng.choice([15, 19, 20]), rng.randint(0, 59), 11
            )
            bk = rng.choice(["Sky Bet", "Betfair", "Paddy Power"])
            tx.append(
                (
                    t,
                    "Card payment",
                    bk,
                    "🎲",
                    "Entertainment",
                    -float(rng.choice([10, 20, 25, 40, 50])),
                    "",
                    "",
                    bk.upper().replace(" ", "") + ".COM",
                )
            )
    for y, m in [(2025, 11), (2025, 12), (2026, 1)]:
        tx.append(
            (
                datetime(y, m, 28, 7, 2, 14),
                "Faster payment",
                "BRECKLAND DATA LTD",
                "",
                "Income",
                2184.37,
                "",
                "",
                "BRECKLAND DATA LTD SALARY",
            )
        )
        tx.append(
            (
                datetime(y, m, 1 if m != 11 else 3, 9, 0, 5),
                "Faster payment",
                "Harrow & Finch Lettings",
                "🏠",
                "Bills",
                -725.00,
                "rent " + home_inf,
                "",
                "HARROW FINCH RENT REF 27UNTHANK",
            )
        )
    tx.append(
        (
            datetime(2025, 11, 22, 19, 30, 2),
            "Faster payment",
            "Priya Desai",
            "",
            "General",
            -40.00,
            "spa 💆‍♀️",
            "",
            "04-00-75 31927482 SPA",
        )
    )
    tx.append(
        (
            datetime(2025, 12, 6, 19, 45, 33),
            "Faster payment",
            "Dean Colley",
            "⚽",
            "Entertainment",
            -15.00,
            "5aside subs - Dean 07700 900913",
            "",
            "SUBS",
        )
    )
    tx.append(
        (
            datetime(2025, 12, 14, 10, 20, 0),
            "Faster payment",
            "Cashfloat",
            "💷",
            "Finances",
            300.00,
            "",
            "",
            "CASHFLOAT LOAN ADVANCE",
        )
    )
    tx.append(
        (
            datetime(2026, 1, 9, 10, 15, 0),
            "Direct Debit",
            "Cashfloat",
            "💷",
            "Finances",
            -112.40,
            "",
            "",
            "CASHFLOAT REPAYMENT",
        )
    )
    tx.append(
        (
            datetime(2025, 12, 20, 12, 4, 0),
            "Faster payment",
            "Karen Harrower",
            "🎄",
            "Gifts",
            -50.00,
            "xmas for mum & dad",
            "",
            "XMAS",
        )
    )
    tx.append(
        (
            datetime(2026, 1, 15, 18, 2, 0),
            "Faster payment",
            "Tom Whitlock",
            "",
            "General",
            60.00,
            "paying back the joint acct",
            "",
            "JOINT ACCT",
        )
    )
    tx.append(
        (
            datetime(2025, 12, 2, 0 + 11, 0, 0),
            "Klarna",
            "Klarna",
            "🛍",
            "Shopping",
            -46.99,
            "",
            "",
            "KLARNA*ASOS",
        )
    )
    tx.append(
        (
            datetime(2026, 1, 2, 11, 0, 0),
            "Klarna",
            "Klarna",
            "🛍",
            "Shopping",
            -46.99,
            "late fee + instalment",
            "",
            "KLARNA*ASOS",
        )
    )
    tx.sort(key=lambda x: x[0])
    for t, typ, name, emo, cat, amt, note, addr, desc in tx:
        a = f"{amt:.2f}"
        rows.append(
            [
                f"tx_0000{rng.getrandbits(64):016X}"[:26],
                t.strftime("%d/%m/%Y"),
                t.strftime("%H:%M:%S"),
                typ,
                name,
                emo,
                cat,
                a,
                "GBP",
                a,
                "GBP",
                note,
                addr,
                "",
                desc,
                "",
                f"{-amt:.2f}" if amt < 0 else "",
                f"{amt:.2f}" if amt > 0 else "",
            ]
        )
    f_mz = "Monzo/monzo_statement_2025-11-03_2026-02-10.csv"
    P.files[f_mz] = csv_text(rows).encode("utf-8")
    for etype, v in [
        ("PERSON", "Priya Desai"),
        ("PERSON", "Dean Colley"),
        ("PERSON", "Karen Harrower"),
        ("PERSON", "Tom Whitlock"),
        ("ADDRESS", home_inf),
        ("BANK_ACCOUNT", "04-00-75 31927482"),
        ("PHONE_NUMBER", "07700 900913"),
    ]:
        P.plant(f_mz, etype, v)

    # ---- Google on-device Timeline.json
    home = (52.62618, 1.27788)
    work = (52.63112, 1.35402)
    other = [(52.62835, 1.29235, "Chapelfield"), (52.5701, 1.1162, "Wymondham")]
    segs = []
    pid_home, pid_work = "ChIJ3wZb0QLj2UcRk7nX0Hq1Tgc", "ChIJnZp5cGfj2UcRq8E1aYm4Zd0"

    def ll(p: tuple[float, float]) -> str:
        return f"{p[0]:.7f}°, {p[1]:.7f}°"

    def iso(t: datetime) -> str:
        return t.strftime("%Y-%m-%dT%H:%M:%S.000+00:00")

    def visit(
        a: datetime, b: datetime, p: tuple[float, float], pid: str, st: str
    ) -> dict[str, Any]:
        return {
            "startTime": iso(a),
            "endTime": iso(b),
            "startTimeTimezoneUtcOffsetMinutes": 0,
            "endTimeTimezoneUtcOffsetMinutes": 0,
            "visit": {
                "hierarchyLevel": 0,
                "probability": round(rng.uniform(0.7, 0.97), 6),
                "topCandidate": {
                    "placeId": pid,
                    "semanticType": st,
                    "probability": round(rng.uniform(0.6, 0.95), 6),
                    "placeLocation": {"latLng": ll(p)},
                },
            },
        }

    def move(
        a: datetime, b: datetime, p: tuple[float, float], q: tuple[float, float], mode: str
    ) -> list[dict[str, Any]]:
        path = []
        for i in range(5):
            f = i / 4
            path.append(
                {
                    "point": ll(
                        (
                            p[0] + (q[0] - p[0]) * f + rng.uniform(-2e-4, 2e-4),
                            p[1] + (q[1] - p[1]) * f + rng.uniform(-2e-4, 2e-4),
                        )
                    ),
                    "time": iso(a + (b - a) * f),
                }
            )
        return [
            {
                "startTime": iso(a),
                "endTime": iso(b),
                "startTimeTimezoneUtcOffsetMinutes": 0,
                "endTimeTimezoneUtcOffsetMinutes": 0,
                "activity": {
                    "start": {"latLng": ll(p)},
                    "end": {"latLng": ll(q)},
                    "distanceMeters": round(rng.uniform(5000, 7000), 1),
                    "probability": 0.9,
                    "topCandidate": {"type": mode, "probability": 0.88},
                },
            },
            {"startTime": iso(a), "endTime": iso(b), "timelinePath": path},
        ]

    cur = datetime(start.year, start.month, start.day)
    for d in range(days):
        day = start + timedelta(days=d)
        base = datetime(day.year, day.month, day.day)
        if day.weekday() < 5:
            leave = base + timedelta(hours=8, minutes=rng.randint(0, 20))
            arrive = leave + timedelta(minutes=rng.randint(22, 35))
            out_ = base + timedelta(hours=17, minutes=rng.randint(10, 40))
            back = out_ + timedelta(minutes=rng.randint(22, 40))
            segs.append(visit(cur, leave, home, pid_home, "INFERRED_HOME"))
            segs += move(leave, arrive, home, work, "IN_BUS")
            segs.append(visit(arrive, out_, work, pid_work, "INFERRED_WORK"))
            segs += move(out_, back, work, home, "IN_BUS")
            cur = back
        elif d % 3 != 2:
            o = other[d % 2]
            leave = base + timedelta(hours=11, minutes=rng.randint(0, 50))
            arr = leave + timedelta(minutes=25)
            lv = arr + timedelta(hours=rng.randint(2, 4))
            back = lv + timedelta(minutes=25)
            segs.append(visit(cur, leave, home, pid_home, "INFERRED_HOME"))
            segs += move(leave, arr, home, (o[0], o[1]), "IN_PASSENGER_VEHICLE")
            segs.append(visit(arr, lv, (o[0], o[1]), f"ChIJ{o[2]}{d:03d}x", "UNKNOWN"))
            segs += move(lv, back, (o[0], o[1]), home, "IN_PASSENGER_VEHICLE")
            cur = back
    segs.append(visit(cur, datetime(2026, 2, 11, 8, 0), home, pid_home, "INFERRED_HOME"))
    tl = {
        "semanticSegments": segs,
        "rawSignals": [],
        "userLocationProfile": {
            "frequentPlaces": [
                {"placeId": pid_home, "placeLocation": ll(home), "label": "HOME"},
                {"placeId": pid_work, "placeLocation": ll(work), "label": "WORK"},
            ]
        },
    }
    f_tl = "Timeline.json"
    P.files[f_tl] = jdump(tl, indent=2)

    one = {
        "Mum": len(ch_mum),
        "Tom Whitlock": len(ch_tom),
        "Priya Desai": len(ch_pri),
        "Gary Webb": len(ch_gary),
    }
    tc = sorted(one.items(), key=lambda x: -x[1])[:3]
    gt = {
        "schema_version": 1,
        "persona": P.pid,
        "fictional": True,
        "independent": True,
        "description": "Beth Harrower, 30, data analyst at Breckland Data Ltd (Broadland Business Park) in Norwich; lives with partner Tom; sports betting is running her into an overdraft and a payday loan. Telegram full export, Monzo CSV, Google on-device Timeline.json.",
        "timezone": "Europe/London",
        "user": {
            "names": ["Beth Harrower", "Beth"],
            "phones": ["+44 7700 900118"],
            "emails": [],
            "handles": ["@bethharrower"],
        },
        "pii": P.pii,
        "facts": {
            "home": {
                "lat": home[0],
                "lon": home[1],
                "radius_m": 300,
                "address": home_formal,
                "city": "Norwich",
            },
            "work": {
                "lat": work[0],
                "lon": work[1],
                "radius_m": 300,
                "employer": "Breckland Data Ltd",
            },
            "sleep_window": {"start": "23:20", "end": "06:40", "tolerance_min": 60},
            "top_contacts": [{"name": n, "messages": c} for n, c in tc],
            "relationships": [
                {"name": "Mum", "relationship": "mother", "full_name": "Karen Harrower"},
                {"name": "Tom Whitlock", "relationship": "partner", "full_name": "Tom Whitlock"},
                {"name": "Priya Desai", "relationship": "close friend", "full_name": "Priya Desai"},
                {"name": "Gary Webb", "relationship": "colleague", "full_name": "Gary Webb"},
            ],
            "religion": {"value": False},
            "health": {"value": False},
            "politics": {"value": False},
            "financial_stress": {"value": True},
            "gambling": {"value": True},
            "gaming": {"value": False},
            "salary": {
                "amount": "2184.37",
                "currency": "GBP",
                "payer": "BRECKLAND DATA LTD",
                "period": "monthly",
            },
            "risky_contact": {
                "name": "Dean Colley",
                "why": f"posts {n_rants} angry political rants in the Thursday 5-a-side group",
            },
        },
    }
    return {
        "P": P,
        "gt": gt,
        "messages": sum(len(x) for x in [ch_mum, ch_tom, ch_pri, ch_gary, ch_grp]),
        "rants": n_rants,
    }


# ================================================================ US: Tucson (America/Phoenix, no DST)
def build_us(root: Path) -> dict[str, Any]:
    P = Persona("us_tucson_delgado", -7, 3030, (450, 1400))
    rng = P.rng
    start, days = date(2025, 9, 1), 100
    me = "Marcus Delgado"
    mom, jas, ty, bran, rick, dre, kim = (
        "Rosa Delgado",
        "Jasmine Price",
        "Tyler Nguyen",
        "Brandon Kowalski",
        "Rick Sommers",
        "Andre Lewis",
        "Kim Tran",
    )
    mom_o = combos(
        rng,
        [
            ["Mijo", "Marcus", "Hi baby", "Mijo,", "Hola mijo"],
            [" "],
            [
                "did you eat",
                "call your abuela",
                "are you coming sunday",
                "it's so hot today",
                "I made tamales",
                "your tio is in the hospital again",
                "pick up your mail",
                "be careful driving",
                "I'm praying for you",
                "how's your girlfriend",
            ],
        ],
        45,
        sep="",
    )
    mom_o += [
        "See you at 10:30 Mass at St. Ambrose",
        "Father asked about you",
        "Don't forget confession Saturday",
        "Rosary group at my house Wed",
        "Your tio's knee surgery went ok",
        "Send me a pic of the baby shower",
        "Love you mijo",
    ]
    mom_u = combos(
        rng,
        [
            ["yes ma", "ok", "lol ok", "will do", "love you", "on it", "yeah"],
            ["", ", at work", ", call u later", ", sunday for sure", ", tell abuela hi"],
        ],
        35,
        sep="",
    )
    mom_u += [
        "Saving you a seat at Mass",
        "Went to 5pm Mass at St. Ambrose tonight",
        "Can you lend me 200 till the 15th? rent's late again",
        "I'll pay you back I promise",
        "Overdraft fees again ugh",
    ]
    jas_o = combos(
        rng,
        [
            ["wanna", "should we", "do u want to", "can we"],
            [
                " get tacos",
                " hike sabino",
                " watch a movie",
                " get boba",
                " order el guero canelo",
                " go to 4th ave",
                " see my sister",
                " stay in",
            ],
            ["", " tonight", " tmrw", " this weekend", "?", " after work"],
        ],
        55,
        sep="",
    )
    jas_o += [
        "omw",
        "home?",
        "babe did u pay the electric",
        "TEP shutoff notice came",
        "i love u",
        "ur mom called me lol",
        "stop playing valorant and come to bed",
        "landlord texted about rent again",
        "good morning ☀️",
    ]
    jas_u = combos(
        rng,
        [
            ["yes", "ya", "down", "can't", "maybe", "sure babe", "ugh fine"],
            ["", " lol", ", off at 5", ", after this game", ", u pick", ", im broke tho"],
        ],
        40,
        sep="",
    )
    jas_u += [
        "one more game",
        "ranked is killing me",
        "home in 20",
        "love u",
        "i'll pay TEP friday",
        "we'll figure out rent",
        "just got paid",
        "bank charged me 35 again",
    ]
    ty_o = combos(
        rng,
        [
            ["bro", "yo", "dude", "ayy"],
            [" "],
            [
                "hop on val",
                "u on tonight",
                "we need a 5th",
                "cs later?",
                "new skin drop",
                "ranked?",
                "u see that clip",
                "diamond or bust",
                "that ace tho",
            ],
        ],
        45,
        sep="",
    )
    ty_o += [
        "knee surgery is next tuesday, doc says 6 weeks no ball",
        "pt is brutal",
        "can't drive till the brace is off",
        "🔥🔥",
        "lmaooo",
        "gg",
    ]
    ty_u = combos(
        rng,
        [
            ["bet", "on in 10", "after dinner", "cant tn", "yessir", "gimme 5"],
            ["", " bro", " lol", ", plat grind", ", gf is mad lol", ", my wifi sucks"],
        ],
        40,
        sep="",
    )
    br_o = combos(
        rng,
        [
            ["hey", "yo", "Marcus", "bro"],
            [" "],
            [
                "truck 14 is late",
                "forklift cert is due",
                "who's covering saturday",
                "the manifest is wrong again",
                "dock 3 is backed up",
                "supervisor wants the count by 2",
                "can u swap shifts",
            ],
        ],
        40,
        sep="",
    )
    br_o += [
        "parlay hit!! up 300",
        "put 50 on the cards tonight",
        "draftkings boosted odds, u in?",
        "lost my whole parlay lmao",
    ]
    br_u = combos(
        rng,
        [
            ["got it", "on it", "yeah", "can't", "i'll check", "done"],
            ["", " man", ", give me 10", ", ask the sup", ", not betting lol"],
        ],
        35,
        sep="",
    )

    ssn = "529-48-3307"
    home_formal = "2218 E Helen St Apt 6, Tucson, AZ 85719"
    home_inf = "2218 e helen st apt 6"
    work_addr = "4750 S Park Ave, Tucson, AZ 85714"
    mom_addr = "1147 W Calle Sur, Tucson AZ 85705"
    card = luhn("414720318820551")
    card_sp = f"{card[:4]} {card[4:8]} {card[8:12]} {card[12:]}"
    mom_plant = [
        (3, "19:10", mom, "Mijo I need your social for the insurance form"),
        (3, "19:22", me, ssn),
        (12, "18:30", mom, "New phone number (520) 555-0143 save it"),
        (24, "20:05", me, "Ma send the package to " + home_formal),
        (40, "12:40", mom, "Mail your tia's card to " + mom_addr + " I'll give it to her"),
        (55, "18:00", mom, "Your girlfriend is so sweet, bring her Sunday"),
        (66, "20:10", me, "Can you cover my card payment? " + card_sp + " I'm short again"),
        (66, "20:30", mom, "Ok mijo, one time. Pray about it"),
    ]
    jas_plant = [
        (
            0,
            "19:05",
            me,
            "first day at Saguaro Freight tmrw!! 4750 S Park Ave, Tucson, AZ 85714, day shift 8 to 4:30",
        ),
        (5, "21:00", jas, "my insta is @jas.price.az follow me back"),
        (10, "07:55", me, "my license is D08412377 for the rental form"),
        (18, "17:45", jas, "my new work number 520-555-0178"),
        (27, "22:10", me, "rent is 3 days late, landlord says $75 fee"),
        (33, "21:40", jas, "car got towed?? plate CKR4812 call the impound"),
        (58, "19:30", me, "borrowed from EarnIn again. i hate this"),
        (74, "20:00", jas, "passport number? for the cruise. mine's done"),
        (74, "20:03", me, "584129376"),
    ]
    ty_plant = [
        (4, "20:30", ty, "add me on disc: tylerng#0420"),
        (4, "20:33", me, "im MarcDel#NA1 on val"),
        (15, "21:00", ty, "email the clip to tyler.nguyen@example.net"),
        (30, "19:45", ty, "yo my cousin's number is +1 520 555 0191 he wants in the league"),
        (47, "22:00", me, "spotted me 40 for the electric, i owe u bro"),
    ]
    br_plant = [
        (
            1,
            "08:10",
            bran,
            "Orientation at " + work_addr + " dock entrance, badge office left side",
        ),
        (9, "09:00", bran, "my cell 5205550166 text if ur late"),
        (20, "13:00", bran, "night supervisor wants us both on nights next week"),
    ]
    ch_mom = P.chat(
        start,
        days,
        [me, mom],
        me,
        en_line({"u": mom_u, "o": mom_o}, ("photo", "sticker")),
        0.55,
        (2, 7),
        mom_plant,
    )
    ch_jas = P.chat(
        start,
        days,
        [me, jas],
        me,
        en_line({"u": jas_u, "o": jas_o}, ("photo", "sticker", "audio")),
        0.85,
        (3, 11),
        jas_plant,
    )
    ch_ty = P.chat(
        start,
        days,
        [me, ty],
        me,
        en_line({"u": ty_u, "o": ty_o}, ("photo", "gif")),
        0.6,
        (3, 9),
        ty_plant,
    )
    ch_br = P.chat(
        start, days, [me, bran], me, en_line({"u": br_u, "o": br_o}), 0.45, (2, 6), br_plant
    )
    rant = combos(
        rng,
        [
            [
                "The libs",
                "Washington",
                "Every politician in DC",
                "The Democrats",
                "The GOP establishment",
                "The federal government",
                "Congress",
                "The media",
            ],
            [
                " are destroying this country",
                " want to take everything we have",
                " are a bunch of crooks",
                " lie every single day",
                " don't care about working people",
                " should all be fired",
                " sold us out",
                " are coming for our guns",
            ],
            [
                "!!!",
                ". WAKE UP.",
                ". Sick of it.",
                " and y'all just sit there.",
                ". Total disgrace 🤬",
                ". Vote every one of them out.",
                ". I'm done.",
            ],
        ],
        80,
        sep="",
    )
    rant_all = set(rant)
    grp_o = combos(
        rng,
        [
            ["who", "anyone", "did anyone", "yo who"],
            [
                " set their lineup",
                " wants to trade",
                " has a kicker",
                " watched the game",
                " is paying dues",
                " is drafting",
                " saw that waiver",
            ],
            ["?", "", " lol"],
        ],
        30,
        sep="",
    )
    grp_o += [
        "bro its fantasy football",
        "not this again",
        "muted",
        "lol",
        "trade accepted",
        "gg",
        "chill man",
    ]

    def grp_line(r: random.Random, who: str, is_user: bool) -> tuple[str, str]:
        if who == rick:
            return "text", rant.pop() if rant else pick(
                r, ["set my lineup", "lol", "who needs a kicker", "trade?"]
            )
        if r.random() < 0.06:
            return "photo", ""
        return "text", pick(
            r,
            grp_o
            if not is_user
            else ["lol", "set it", "pls man", "i'm in", "trade me ur RB", "gg"],
        )

    ch_grp = P.chat(
        start,
        days,
        [me, rick, dre, kim],
        me,
        grp_line,
        0.6,
        (3, 8),
        [(26, "18:00", kim, "dues by sunday pls, cash or zelle")],
        weights=[1, 3, 1.2, 1.2],
    )
    n_rants = sum(1 for m in ch_grp if m.who == rick and m.text in rant_all)

    def thread(title: str, folder: str, parts: list[str], msgs: list[Msg]) -> bytes:
        out = []
        for m in reversed(msgs):
            ts = P.epoch(m.when) * 1000 + rng.randint(0, 999)
            d: dict[str, Any] = {"sender_name": m.who, "timestamp_ms": ts}
            if m.kind == "photo":
                d["photos"] = [
                    {
                        "uri": f"your_facebook_activity/messages/inbox/{folder}/photos/{rng.getrandbits(60)}_n.jpg",
                        "creation_timestamp": ts // 1000,
                    }
                ]
            elif m.kind == "gif":
                d["gifs"] = [
                    {
                        "uri": f"your_facebook_activity/messages/inbox/{folder}/gifs/{rng.getrandbits(60)}_n.gif"
                    }
                ]
            elif m.kind == "audio":
                d["audio_files"] = [
                    {
                        "uri": f"your_facebook_activity/messages/inbox/{folder}/audio/audioclip{ts}.mp4",
                        "creation_timestamp": ts // 1000,
                    }
                ]
            elif m.kind == "sticker":
                d["sticker"] = {
                    "uri": f"your_facebook_activity/messages/stickers_used/{rng.getrandbits(40)}_n.png"
                }
            else:
                d["content"] = m.text
                if rng.random() < 0.05:
                    d["reactions"] = [
                        {
                            "reaction": rng.choice(["😆", "❤", "👍"]),
                            "actor": rng.choice([p for p in parts if p != m.who]),
                        }
                    ]
            d["is_geoblocked_for_viewer"] = False
            out.append(d)
        obj = {
            "participants": [{"name": p} for p in parts],
            "messages": out,
            "title": title,
            "is_still_participant": True,
            "thread_path": f"inbox/{folder}",
            "magic_words": [],
        }
        return jdump(fb_fix(obj), indent=2, ascii_=True)

    base = "your_facebook_activity/messages/inbox/"
    specs = [
        (mom, "rosadelgado_10482", [mom, me], ch_mom),
        (jas, "jasmineprice_21877", [jas, me], ch_jas),
        (ty, "tylernguyen_7702", [ty, me], ch_ty),
        (bran, "brandonkowalski_30119", [bran, me], ch_br),
        ("Desert Dogs FF 🏈", "desertdogsff_4410", [me, rick, dre, kim], ch_grp),
    ]
    fpaths = {}
    for title, folder, parts, msgs in specs:
        fp = base + folder + "/message_1.json"
        P.files[fp] = thread(title, folder, parts, msgs)
        fpaths[title] = fp
    P.plant(fpaths[mom], "US_SSN", ssn)
    P.plant(fpaths[mom], "PHONE_NUMBER", "(520) 555-0143")
    P.plant(fpaths[mom], "ADDRESS", home_formal)
    P.plant(fpaths[mom], "ADDRESS", mom_addr)
    P.plant(fpaths[mom], "CREDIT_CARD", card_sp)
    P.plant(fpaths[mom], "PERSON", "Rosa Delgado")
    P.plant(fpaths[jas], "USERNAME", "@jas.price.az")
    P.plant(fpaths[jas], "US_DRIVER_LICENSE", "D08412377")
    P.plant(fpaths[jas], "PHONE_NUMBER", "520-555-0178")
    P.plant(fpaths[jas], "LICENSE_PLATE", "CKR4812")
    P.plant(fpaths[jas], "US_PASSPORT", "584129376")
    P.plant(fpaths[jas], "PERSON", "Jasmine Price")
    P.plant(fpaths[ty], "USERNAME", "tylerng#0420")
    P.plant(fpaths[ty], "USERNAME", "MarcDel#NA1")
    P.plant(fpaths[ty], "EMAIL_ADDRESS", "tyler.nguyen@example.net")
    P.plant(fpaths[ty], "PHONE_NUMBER", "+1 520 555 0191")
    P.plant(fpaths[ty], "PERSON", "Tyler Nguyen")
    P.plant(fpaths[bran], "ADDRESS", work_addr)
    P.plant(fpaths[bran], "PHONE_NUMBER", "5205550166")
    P.plant(fpaths[bran], "PERSON", "Brandon Kowalski")
    for n in [rick, dre, kim]:
        P.plant(fpaths["Desert Dogs FF 🏈"], "PERSON", n)
    for fp in fpaths.values():
        P.plant(fp, "PERSON", me)

    # ---- OFX bank statement (1.02 SGML)
    routing = aba("12210527")
    acct = "4417902286"
    trns = []
    d0 = datetime(2025, 9, 5, 12)
    while d0.date() < start + timedelta(days=days):
        trns.append(
            (
                d0,
                "DIRECTDEP",
                1642.18,
                "SAGUARO FREIGHT LOGIS PAYROLL",
                "DIRECT DEP SAGUARO FREIGHT LOGIS PAYROLL PPD ID: 1860429117",
            )
        )
        d0 += timedelta(days=14)
    for d in range(days):
        day = start + timedelta(days=d)
        for _ in range(rng.randint(0, 2)):
            name = rng.choice(
                [
                    "FRYS FOOD #0612 TUCSON AZ",
                    "CIRCLE K 2741 TUCSON AZ",
                    "EL GUERO CANELO TUCSON AZ",
                    "STEAMGAMES.COM 4259522985 WA",
                    "RIOT* VALORANT POINTS",
                    "SUN TRAN TUCSON AZ",
                    "AMAZON MKTPL*2K4LT9",
                    "TACO BELL #31102",
                ]
            )
            trns.append(
                (
                    datetime(day.year, day.month, day.day, 12),
                    "POS",
                    -round(rng.uniform(4, 70), 2),
                    name,
                    "POS PURCHASE " + name,
                )
            )
    for y, m in [(2025, 9), (2025, 10), (2025, 11), (2025, 12)]:
        dd = datetime(y, m, 3 if m != 10 else 4, 12)
        if dd.date() < start + timedelta(days=days):
            trns.append(
                (
                    dd,
                    "CHECK",
                    -1185.00,
                    "CHECK 10" + str(m),
                    "RENT " + home_inf.upper() + " SONORAN PM",
                )
            )
    for dd in [datetime(2025, 9, 29, 12), datetime(2025, 10, 27, 12), datetime(2025, 11, 18, 12)]:
        trns.append((dd, "FEE", -35.00, "OVERDRAFT ITEM FEE", "OVERDRAFT ITEM FEE"))
        trns.append(
            (dd + timedelta(days=1), "CREDIT", 150.00, "EARNIN ACTIVEHOURS", "EARNIN CASH OUT")
        )
    trns.append(
        (
            datetime(2025, 10, 12, 12),
            "CREDIT",
            200.00,
            "ZELLE FROM ROSA DELGADO",
            "ZELLE FROM ROSA DELGADO (520) 555-0143",
        )
    )
    trns.append(
        (
            datetime(2025, 11, 2, 12),
            "DEBIT",
            -25.00,
            "ST AMBROSE PARISH OFFERTORY",
            "ONLINE GIVING ST AMBROSE PARISH",
        )
    )
    trns.append(
        (
            datetime(2025, 12, 1, 12),
            "DEBIT",
            -25.00,
            "ST AMBROSE PARISH OFFERTORY",
            "ONLINE GIVING ST AMBROSE PARISH",
        )
    )
    trns.sort(key=lambda x: x[0])
    bal = 412.55
    lines = [
        "OFXHEADER:100",
        "DATA:OFXSGML",
        "VERSION:102",
        "SECURITY:NONE",
        "ENCODING:USASCII",
        "CHARSET:1252",
        "COMPRESSION:NONE",
        "OLDFILEUID:NONE",
        "NEWFILEUID:NONE",
        "",
        "<OFX>",
        "<SIGNONMSGSRSV1>",
        "<SONRS>",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "</STATUS>",
        "<DTSERVER>20251210083112.000[-7:MST]",
        "<LANGUAGE>ENG",
        "<FI>",
        "<ORG>DESERTSKY",
        "<FID>4471",
        "</FI>",
        "</SONRS>",
        "</SIGNONMSGSRSV1>",
        "<BANKMSGSRSV1>",
        "<STMTTRNRS>",
        "<TRNUID>0",
        "<STATUS>",
        "<CODE>0",
        "<SEVERITY>INFO",
        "</STATUS>",
        "<STMTRS>",
        "<CURDEF>USD",
        "<BANKACCTFROM>",
        f"<BANKID>{routing}",
        f"<ACCTID>{acct}",
        "<ACCTTYPE>CHECKING",
        "</BANKACCTFROM>",
        "<BANKTRANLIST>",
        f"<DTSTART>{start:%Y%m%d}000000.000[-7:MST]",
        f"<DTEND>{start + timedelta(days=days - 1):%Y%m%d}235959.000[-7:MST]",
    ]
    for i, (t, typ, amt, name, memo) in enumerate(trns):
        bal += amt
        lines += [
            "<STMTTRN>",
            f"<TRNTYPE>{typ}",
            f"<DTPOSTED>{t:%Y%m%d}120000.000[-7:MST]",
            f"<TRNAMT>{amt:.2f}",
            f"<FITID>{202509000000 + i * 7}",
            f"<NAME>{name[:32]}",
            f"<MEMO>{memo}",
            "</STMTTRN>",
        ]
    lines += [
        "</BANKTRANLIST>",
        "<LEDGERBAL>",
        f"<BALAMT>{bal:.2f}",
        "<DTASOF>20251210083112.000[-7:MST]",
        "</LEDGERBAL>",
        "</STMTRS>",
        "</STMTTRNRS>",
        "</BANKMSGSRSV1>",
        "</OFX>",
    ]
    f_ofx = "bank/DesertSky_Checking_x2286.ofx"
    P.files[f_ofx] = ("\r\n".join(lines) + "\r\n").encode("ascii")
    for etype, v in [
        ("ABA_ROUTING_NUMBER", routing),
        ("BANK_ACCOUNT", acct),
        ("PERSON", "ROSA DELGADO"),
        ("PHONE_NUMBER", "(520) 555-0143"),
        ("ADDRESS", home_inf.upper()),
    ]:
        P.plant(f_ofx, etype, v)

    # ---- Reddit data request CSVs
    uname = "dustdevil_mk"

    def rdate(t: datetime) -> str:
        return P.utc(t).strftime("%Y-%m-%d %H:%M:%S UTC")

    def rt(d: int, h: int) -> datetime:
        day = start + timedelta(days=d)
        return datetime(day.year, day.month, day.day, h, rng.randint(0, 59), rng.randint(0, 59))

    posts = [["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]]
    ptexts = [
        (
            8,
            "VALORANT",
            "Finally hit Plat 2 after 200 games",
            "Sova mains rise up. Duo queue with my boy carried hard.",
        ),
        (
            21,
            "Tucson",
            "Best birria near the U?",
            "Moved to the Sam Hughes area last year, still looking for the good stuff.",
        ),
        (
            37,
            "personalfinance",
            "Overdraft fees every month, how do I get out of this cycle?",
            "25M, make about 42k, rent is 1185. Keep using EarnIn to float till payday and getting hit with $35 fees. Any advice?",
        ),
        (
            52,
            "Catholicism",
            "Going back to confession after 6 years",
            "My mom finally got me back to Mass at St. Ambrose. Nervous about confession Saturday, any tips?",
        ),
        (
            70,
            "hardwareswap",
            "[USA-AZ] [H] RTX 3060 12GB [W] PayPal, local cash",
            "Local pickup in Tucson 85719 or shipped. Timestamps in comments.",
        ),
        (
            88,
            "VALORANT",
            "Is it just me or is Icebox unplayable",
            "Every round on B feels like a coin flip",
        ),
    ]
    for d, sub, title, body in ptexts:
        pid = f"1{rng.getrandbits(30):x}"[:7]
        posts.append(
            [
                pid,
                f"https://www.reddit.com/r/{sub}/comments/{pid}/{title.lower().replace(' ', '_')[:40]}/",
                rdate(rt(d, 21)),
                "",
                sub,
                "{}",
                title,
                f"https://www.reddit.com/r/{sub}/comments/{pid}/",
                body,
            ]
        )
    comments = [
        [
            "id",
            "permalink",
            "date",
            "ip",
            "subreddit",
            "gildings",
            "link",
            "parent",
            "body",
            "media",
        ]
    ]
    ctexts = combos(
        rng,
        [
            ["honestly ", "lol ", "", "this. ", "nah ", "fr "],
            [
                "same thing happened to me",
                "jett is overrated",
                "try the tacos on 6th",
                "just queue with friends",
                "the heat this year was insane",
                "mass at 10:30 is the move",
                "budgeting app helped me a bit",
                "ranked is cooked this act",
            ],
            ["", " lol", ".", " tbh", " 😂"],
        ],
        40,
        sep="",
    )
    for i, txt in enumerate(ctexts):
        cid = f"k{rng.getrandbits(28):x}"
        sub = rng.choice(["VALORANT", "Tucson", "Catholicism", "personalfinance", "arizona"])
        comments.append(
            [
                cid,
                f"https://www.reddit.com/r/{sub}/comments/x{i}/comment/{cid}/",
                rdate(rt(rng.randint(0, days - 1), rng.randint(9, 22))),
                "",
                sub,
                "{}",
                f"https://www.reddit.com/r/{sub}/comments/x{i}/",
                f"t1_{rng.getrandbits(28):x}",
                txt,
                "",
            ]
        )
    dms = [["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"]]
    mtexts = [
        (71, "gpu_buyer_520", uname, "re: RTX 3060", "still available? can pick up tonight"),
        (
            71,
            uname,
            "gpu_buyer_520",
            "re: RTX 3060",
            "yeah, 2218 e helen st apt 6, text me when ur outside (520) 555-0187",
        ),
        (72, "gpu_buyer_520", uname, "re: RTX 3060", "cool paid cash, thanks man"),
        (
            53,
            "stambrose_youth",
            uname,
            "young adults group",
            "Hi Marcus! We meet Thursdays 7pm in the parish hall. Email me at youngadults@stambrose.example.org",
        ),
        (
            54,
            uname,
            "stambrose_youth",
            "re: young adults group",
            "thanks, I'll come this week. my email is marcus.delgado92@example.com",
        ),
    ]
    for d, fr, to, subj, body in mtexts:
        mid = f"2{rng.getrandbits(28):x}"
        dms.append(
            [
                mid,
                f"https://www.reddit.com/message/messages/{mid}",
                "",
                rdate(rt(d, 20)),
                "",
                fr,
                to,
                subj,
                body,
            ]
        )
    f_posts, f_com, f_msg = (
        "reddit_export/posts.csv",
        "reddit_export/comments.csv",
        "reddit_export/messages.csv",
    )
    P.files[f_posts] = ("\ufeff" + csv_text(posts, lineterm="\r\n")).encode("utf-8")
    P.files[f_com] = csv_text(comments, lineterm="\r\n").encode("utf-8")
    P.files[f_msg] = csv_text(dms, lineterm="\r\n").encode("utf-8")
    for etype, v in [
        ("USERNAME", uname),
        ("USERNAME", "gpu_buyer_520"),
        ("USERNAME", "stambrose_youth"),
        ("ADDRESS", "2218 e helen st apt 6"),
        ("PHONE_NUMBER", "(520) 555-0187"),
        ("EMAIL_ADDRESS", "youngadults@stambrose.example.org"),
        ("EMAIL_ADDRESS", "marcus.delgado92@example.com"),
    ]:
        P.plant(f_msg, etype, v)

    one = {mom: len(ch_mom), jas: len(ch_jas), ty: len(ch_ty), bran: len(ch_br)}
    tc = sorted(one.items(), key=lambda x: -x[1])[:3]
    gt = {
        "schema_version": 1,
        "persona": P.pid,
        "fictional": True,
        "independent": True,
        "description": "Marcus Delgado, 33, warehouse/logistics lead at Saguaro Freight Logistics in Tucson AZ; lives with girlfriend Jasmine; practising Catholic; paycheck-to-paycheck with overdraft fees and cash advances; plays Valorant. Messenger (2024 layout), bank OFX, Reddit CSVs. No location export: home and work come from addresses in the records.",
        "timezone": "America/Phoenix",
        "user": {
            "names": ["Marcus Delgado", "Marcus", "Mijo"],
            "phones": ["(520) 555-0187"],
            "emails": ["marcus.delgado92@example.com"],
            "handles": ["dustdevil_mk", "MarcDel#NA1"],
        },
        "pii": P.pii,
        "facts": {
            "home": {
                "lat": 32.24236,
                "lon": -110.93869,
                "radius_m": 300,
                "address": home_formal,
                "city": "Tucson",
            },
            "work": {
                "lat": 32.16933,
                "lon": -110.95372,
                "radius_m": 300,
                "employer": "Saguaro Freight Logistics",
            },
            "sleep_window": {"start": "23:30", "end": "07:20", "tolerance_min": 60},
            "top_contacts": [{"name": n, "messages": c} for n, c in tc],
            "relationships": [
                {"name": mom, "relationship": "mother", "full_name": mom},
                {"name": jas, "relationship": "partner", "full_name": jas},
                {"name": ty, "relationship": "close friend", "full_name": ty},
                {"name": bran, "relationship": "colleague", "full_name": bran},
            ],
            "religion": {"value": "Catholic (attends Mass and confession at St. Ambrose parish)"},
            "health": {"value": False},
            "politics": {"value": False},
            "financial_stress": {"value": True},
            "gambling": {"value": False},
            "gaming": {"value": True},
            "salary": {
                "amount": "1642.18",
                "currency": "USD",
                "payer": "SAGUARO FREIGHT LOGIS PAYROLL",
                "period": "biweekly",
            },
            "risky_contact": {
                "name": rick,
                "why": f"posts {n_rants} angry political rants in the Desert Dogs FF group",
            },
        },
    }
    return {
        "P": P,
        "gt": gt,
        "messages": sum(len(x) for x in [ch_mom, ch_jas, ch_ty, ch_br, ch_grp]),
        "rants": n_rants,
    }


# ================================================================ main
def decode(path: str, data: bytes) -> str:
    if path.startswith("支付宝"):
        return data.decode("gbk")
    text = data.decode("utf-8-sig")
    if path.endswith(".json") and "your_facebook_activity" in path:
        # Facebook mojibake: decode JSON, then repair each string
        def fix(o: object) -> object:
            if isinstance(o, str):
                try:
                    return o.encode("latin-1").decode("utf-8")
                except (UnicodeEncodeError, UnicodeDecodeError):
                    return o
            if isinstance(o, list):
                return [fix(x) for x in o]
            if isinstance(o, dict):
                return {k: fix(v) for k, v in o.items()}
            return o

        return json.dumps(fix(json.loads(text)), ensure_ascii=False)
    if path.endswith(".json"):
        return json.dumps(json.loads(text), ensure_ascii=False)
    return text


def finish(res: dict[str, Any]) -> dict[str, Any]:
    """Propagate every planted value to each other file that contains it; check substrings."""
    P: Persona = res["P"]
    texts = {p: decode(p, b) for p, b in P.files.items()}
    base = list(P.pii)
    values = sorted({r["value"] for r in base}, key=len, reverse=True)
    for row in base:
        assert row["value"] in texts[row["file"]], (P.pid, row)
    for row in base:
        v = row["value"]
        longer = [w for w in values if len(w) > len(v) and v in w]
        for p, t in texts.items():
            if p == row["file"]:
                continue
            for w in longer:  # a name inside a longer planted value is not a mention of its own
                t = t.replace(w, "\x00")
            if v in t:
                P.plant(p, row["entity_type"], v)
    P.pii.sort(key=lambda r: (r["file"], r["entity_type"], r["value"]))
    res["gt"]["pii"] = P.pii
    return res


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "personas"
    summary = {}
    for build in (build_cn, build_uk, build_us):
        res = finish(build(out))
        P = res["P"]
        d = out / P.pid
        for rel, data in P.files.items():
            fp = d / rel
            fp.parent.mkdir(parents=True, exist_ok=True)
            fp.write_bytes(data)
        (d / "ground_truth.json").write_bytes(jdump(res["gt"], indent=2))
        by: dict[str, int] = {}
        for r in P.pii:
            by[r["entity_type"]] = by.get(r["entity_type"], 0) + 1
        summary[P.pid] = {
            "messages": res["messages"],
            "rants": res["rants"],
            "pii": len(P.pii),
            "distinct": len({r["value"] for r in P.pii}),
            "by_type": dict(sorted(by.items())),
            "files": sorted(P.files),
        }
    if "-v" in sys.argv or len(sys.argv) == 1:
        print(json.dumps(summary, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
