"""Write the blind corpus3 files: hard Chinese and English PII, labelled.

Stdlib only, fixed seeds; the output does not depend on time zone, locale,
hash seed or today's date. Run: python generate.py [OUTDIR] (default: next to
this file).
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

Part = str | tuple[str, str]
Template = Callable[[random.Random], list[Part]]

HERE = Path(__file__).resolve().parent


def build(parts: list[Part]) -> dict[str, object]:
    text = ""
    ents: list[dict[str, object]] = []
    for p in parts:
        if isinstance(p, str):
            text += p
        else:
            typ, val = p
            start = len(text)
            text += val
            ents.append({"type": typ, "start": start, "end": len(text), "value": val})
    return {"text": text, "entities": ents}


# ---------------------------------------------------------------- checksums


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_number(r: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


def group(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def digits(r: random.Random, n: int, first: str = "0123456789") -> str:
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


# ================================================================= CHINESE

SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃戴莫孔向汤"
)
COMPOUND = [
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "慕容",
    "东方",
    "皇甫",
    "令狐",
    "尉迟",
    "公孙",
    "司徒",
    "夏侯",
]
GIVEN2 = [
    "秀英",
    "桂芳",
    "建华",
    "志强",
    "晓燕",
    "婷婷",
    "子涵",
    "浩然",
    "梓萱",
    "雨桐",
    "宇轩",
    "欣怡",
    "俊杰",
    "佳琪",
    "思远",
    "文博",
    "海燕",
    "玉兰",
    "春梅",
    "国庆",
    "建国",
    "红霞",
    "德胜",
    "一鸣",
    "若曦",
    "诗涵",
    "嘉怡",
    "振宇",
    "凤英",
    "淑珍",
    "明辉",
    "晓东",
    "丽娟",
    "永刚",
    "美玲",
    "金凤",
    "家豪",
    "梦瑶",
    "子轩",
    "雅婷",
    "天佑",
    "慧敏",
    "小燕",
    "海涛",
    "桂兰",
    "建军",
    "卫东",
    "晨阳",
    "思琪",
    "博文",
    "紫涵",
    "昊天",
    "玉梅",
    "亚楠",
    "少华",
    "志刚",
]
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚琳斌鹏辉玲婷雪蕾晶宁")
MINORITY = [
    "买买提·艾力",
    "阿依古丽·吐尔逊",
    "热依拉·阿不都",
    "艾合买提·努尔",
    "迪丽娜尔·肉孜",
    "努尔兰·哈力克",
    "阿不都热合曼·托合提",
    "帕提古丽·艾山",
    "扎西顿珠",
    "格桑卓玛",
    "次仁央金",
    "巴特尔",
    "乌日娜",
    "其其格",
]
KIN = [
    "二姨",
    "三舅",
    "大伯",
    "小姑",
    "表哥",
    "堂姐",
    "舅妈",
    "姑父",
    "大姨",
    "表妹",
    "二叔",
    "婶婶",
]


def zname(r: random.Random) -> str:
    sur = r.choice(COMPOUND) if r.random() < 0.12 else r.choice(SURNAMES)
    given = r.choice(GIVEN2) if r.random() < 0.65 else r.choice(GIVEN1)
    return sur + given


def znick(r: random.Random) -> str:
    k = r.random()
    if k < 0.4:
        return "老" + r.choice(SURNAMES)
    if k < 0.8:
        return "小" + r.choice(SURNAMES)
    return "阿" + r.choice(list("强芳珍杰明伟玲华宝英"))


def P(r: random.Random) -> tuple[str, str]:
    return ("PERSON", zname(r))


def PN(r: random.Random) -> tuple[str, str]:
    return ("PERSON", znick(r))


def PM(r: random.Random) -> tuple[str, str]:
    return ("PERSON", r.choice(MINORITY))


MOBILE_PREFIX = [
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "195",
    "198",
    "199",
]


def zmobile_raw(r: random.Random) -> str:
    return r.choice(MOBILE_PREFIX) + digits(r, 8)


def zmobile(r: random.Random, style: str | None = None) -> str:
    m = zmobile_raw(r)
    style = style or r.choice(["plain", "plain", "344", "344d", "p86", "p86s", "b86", "0086", "fw"])
    if style == "plain":
        return m
    if style == "344":
        return group(m, [3, 4, 4])
    if style == "344d":
        return group(m, [3, 4, 4], "-")
    if style == "p86":
        return "+86" + m
    if style == "p86s":
        return "+86 " + group(m, [3, 4, 4])
    if style == "b86":
        return "(86)" + m
    if style == "0086":
        return "0086-" + m
    return fullwidth(m)


def PH(r: random.Random, style: str | None = None) -> tuple[str, str]:
    return ("PHONE_NUMBER", zmobile(r, style))


AREA = [
    ("010", "6"),
    ("021", "5"),
    ("020", "8"),
    ("027", "8"),
    ("0755", "2"),
    ("0571", "8"),
    ("028", "8"),
    ("0531", "8"),
    ("023", "6"),
    ("025", "8"),
]


def LAND(r: random.Random) -> tuple[str, str]:
    code, lead = r.choice(AREA)
    num = lead + digits(r, 7)
    k = r.random()
    if k < 0.35:
        s = f"{code}-{num}"
    elif k < 0.6:
        s = f"({code}){num}"
    elif k < 0.75:
        s = f"（{code}）{num}"
    else:
        s = f"{code}-{num}转{digits(r, r.choice([3, 4]), '123456789')}"
    return ("PHONE_NUMBER", s)


ID_AREAS = [
    "110105",
    "110108",
    "310104",
    "310115",
    "320106",
    "330106",
    "330102",
    "420106",
    "420111",
    "440104",
    "440305",
    "440306",
    "510107",
    "500103",
    "370102",
    "410105",
    "430102",
    "350203",
    "610113",
    "120104",
    "210102",
    "220102",
    "230103",
    "340104",
    "360102",
    "450103",
    "520102",
    "530102",
    "130102",
    "140105",
    "150102",
    "620102",
    "640104",
    "650102",
    "411522",
    "341221",
]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_W, strict=True)) % 11]


def zid_raw(r: random.Random, want_x: bool = False) -> str:
    while True:
        y = r.randint(1955, 2012)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        body = f"{r.choice(ID_AREAS)}{y:04d}{m:02d}{d:02d}{r.randint(1, 999):03d}"
        c = id_check(body)
        if not want_x or c == "X":
            return body + c


def ID(r: random.Random) -> tuple[str, str]:
    s = zid_raw(r, r.random() < 0.25)
    k = r.random()
    if k < 0.15:
        s = group(s, [6, 8, 4])
    elif k < 0.2:
        s = s[:-1] + s[-1].lower() if s[-1] == "X" else s
    return ("CN_ID_CARD", s)


def PASS(r: random.Random) -> tuple[str, str]:
    if r.random() < 0.6:
        return ("CN_PASSPORT", "E" + digits(r, 8))
    return ("CN_PASSPORT", "E" + r.choice("ABCDEFGH") + digits(r, 7))


def DL(r: random.Random) -> tuple[str, str]:
    # A mainland licence number is the holder's ID number; the file number is 12 digits.
    return ("CN_DRIVING_LICENCE", zid_raw(r))


def DLFILE(r: random.Random) -> tuple[str, str]:
    return ("CN_DRIVING_LICENCE", digits(r, 12, "1234"))


def SS(r: random.Random) -> tuple[str, str]:
    # The social security number is the holder's ID number.
    return ("CN_SOCIAL_SECURITY", zid_raw(r))


def SSCARD(r: random.Random) -> tuple[str, str]:
    # The number printed on the social security card: a letter and 8 digits.
    return ("CN_SOCIAL_SECURITY", r.choice("ABCDEFGHJK") + digits(r, 8))


BINS = [
    ("622202", 19),
    ("622848", 19),
    ("621700", 19),
    ("622588", 16),
    ("621483", 16),
    ("623058", 19),
    ("622700", 19),
    ("621661", 19),
    ("622262", 19),
    ("622609", 16),
    ("625965", 16),
    ("621226", 19),
]


def CARD(r: random.Random) -> tuple[str, str]:
    b, n = r.choice(BINS)
    s = luhn_number(r, b, n)
    k = r.random()
    if k < 0.45:
        s = group(s, [4, 4, 4, 4, 3] if n == 19 else [4, 4, 4, 4])
    elif k < 0.55:
        s = group(s, [6, 13] if n == 19 else [6, 10])
    return ("CN_BANK_CARD", s)


PROV = list("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青川宁琼")
PL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def PLATE(r: random.Random) -> tuple[str, str]:
    pre = r.choice(PROV) + r.choice(PL[:12])
    k = r.random()
    if k < 0.3:
        tail = r.choice("DF") + r.choice(PL + "0123456789") + digits(r, 4)
    else:
        chars = [r.choice("0123456789") for _ in range(5)]
        for _ in range(r.randint(0, 2)):
            chars[r.randint(0, 4)] = r.choice(PL)
        tail = "".join(chars)
    sep = r.choice(["", "·", " ", "", "·"])
    return ("LICENSE_PLATE", pre + sep + tail)


PINYIN = [
    "zhang",
    "wang",
    "li",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "xu",
    "sun",
    "ma",
    "zhu",
    "hu",
    "guo",
    "lin",
    "luo",
    "zheng",
    "xie",
    "tang",
    "han",
    "feng",
    "cao",
    "peng",
    "xiao",
]
PY_GIVEN = [
    "wei",
    "fang",
    "na",
    "min",
    "jing",
    "li",
    "qiang",
    "lei",
    "jun",
    "yang",
    "yong",
    "yan",
    "jie",
    "juan",
    "tao",
    "ming",
    "chao",
    "xiaoyan",
    "haoran",
    "zixuan",
    "yutong",
    "jiahao",
    "mengyao",
    "tingting",
]


def WX(r: random.Random) -> tuple[str, str]:
    k = r.random()
    if k < 0.4:
        return (
            "WECHAT_ID",
            "wxid_" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14)),
        )
    if k < 0.7:
        return (
            "WECHAT_ID",
            r.choice(PINYIN)
            + r.choice(PY_GIVEN)
            + r.choice(["", "_", "-"])
            + str(r.randint(1975, 2008)),
        )
    return (
        "WECHAT_ID",
        r.choice(["lily", "coco", "sunny", "kiki", "tony", "jack", "momo", "xiaoxiao", "dabao"])
        + r.choice(["_", ""])
        + digits(r, r.randint(3, 6)),
    )


def QQ(r: random.Random) -> tuple[str, str]:
    return ("QQ_NUMBER", digits(r, r.randint(6, 10), "123456789"))


def EMAIL(r: random.Random) -> tuple[str, str]:
    k = r.random()
    if k < 0.35:
        return ("EMAIL_ADDRESS", digits(r, r.randint(6, 10), "123456789") + "@qq.com")
    dom = r.choice(
        ["163.com", "126.com", "sina.com", "foxmail.com", "139.com", "yeah.net", "outlook.com"]
    )
    user = (
        r.choice(PINYIN)
        + r.choice(["", ".", "_"])
        + r.choice(PY_GIVEN)
        + r.choice(["", str(r.randint(80, 99)), str(r.randint(1, 999))])
    )
    return ("EMAIL_ADDRESS", user + "@" + dom)


HANDLES = [
    "爱吃火锅的小胖纸",
    "小鱼干_Yuki",
    "momo酱不吃香菜",
    "橘子汽水2019",
    "阿紫的日常",
    "一只路过的咸鱼",
    "Lynn_在杭州",
    "芒果布丁bb",
    "熬夜冠军小陈",
    "晴天_sunny",
    "糖糖今天减肥了吗",
    "北漂的大鹏",
]


def UN(r: random.Random) -> tuple[str, str]:
    k = r.random()
    if k < 0.5:
        return ("USERNAME", r.choice(HANDLES))
    if k < 0.75:
        return ("USERNAME", "dy" + digits(r, r.randint(8, 10)))
    return ("USERNAME", r.choice(PINYIN) + r.choice(PY_GIVEN) + "_" + str(r.randint(10, 999)))


def URL(r: random.Random, kind: int | None = None) -> tuple[str, str]:
    k = r.randint(0, 4) if kind is None else kind
    if k == 0:
        return ("URL", "https://weibo.com/u/" + digits(r, 10, "567"))
    if k == 1:
        return (
            "URL",
            "https://www.xiaohongshu.com/user/profile/"
            + "".join(r.choice("0123456789abcdef") for _ in range(24)),
        )
    if k == 2:
        return ("URL", "https://space.bilibili.com/" + digits(r, r.randint(6, 9), "123456789"))
    if k == 3:
        return (
            "URL",
            "https://www.douyin.com/user/MS4wLjABAAAA"
            + "".join(
                r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                for _ in range(20)
            ),
        )
    return (
        "URL",
        "https://blog.csdn.net/" + r.choice(PINYIN) + r.choice(PY_GIVEN) + str(r.randint(1, 99)),
    )


def IP(r: random.Random) -> tuple[str, str]:
    k = r.random()
    if k < 0.35:
        return ("IP_ADDRESS", f"203.0.113.{r.randint(2, 254)}")
    if k < 0.6:
        return ("IP_ADDRESS", f"198.51.100.{r.randint(2, 254)}")
    if k < 0.8:
        return ("IP_ADDRESS", f"192.168.{r.randint(0, 31)}.{r.randint(2, 254)}")
    return ("IP_ADDRESS", f"2001:db8:{r.randint(1, 4095):x}::{r.randint(1, 255):x}")


CITIES = [
    (
        "湖北省",
        "武汉市",
        ["武昌区", "洪山区", "江汉区"],
        ["中南路", "珞喻路", "徐东大街", "解放大道"],
    ),
    (
        "广东省",
        "深圳市",
        ["南山区", "福田区", "宝安区"],
        ["科技园南路", "深南大道", "新安六路", "华强北路"],
    ),
    (
        "广东省",
        "广州市",
        ["天河区", "越秀区", "海珠区"],
        ["天河北路", "中山五路", "江南大道中", "体育西路"],
    ),
    (
        "浙江省",
        "杭州市",
        ["西湖区", "拱墅区", "余杭区"],
        ["文三路", "莫干山路", "文一西路", "古墩路"],
    ),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "江宁区"], ["中山北路", "北京东路", "双龙大道"]),
    (
        "四川省",
        "成都市",
        ["武侯区", "锦江区", "成华区"],
        ["人民南路四段", "红星路三段", "建设北路"],
    ),
    ("山东省", "济南市", ["历下区", "市中区"], ["经十路", "泉城路", "英雄山路"]),
    ("河南省", "郑州市", ["金水区", "二七区"], ["花园路", "大学路", "农业路"]),
    ("陕西省", "西安市", ["雁塔区", "碑林区"], ["小寨东路", "南大街", "长安南路"]),
    (
        "",
        "北京市",
        ["朝阳区", "海淀区", "东城区", "丰台区"],
        ["望京西路", "中关村大街", "学院路", "建国路"],
    ),
    (
        "",
        "上海市",
        ["浦东新区", "徐汇区", "静安区", "闵行区"],
        ["张杨路", "漕溪北路", "延安中路", "七莘路"],
    ),
    ("", "重庆市", ["渝中区", "江北区", "南岸区"], ["民族路", "建新北路", "南坪西路"]),
    ("", "天津市", ["南开区", "河西区"], ["卫津路", "友谊路"]),
]
ESTATES = [
    "翠苑三区",
    "阳光花园",
    "碧桂园",
    "万科城",
    "金地名郡",
    "幸福里小区",
    "紫荆苑",
    "锦绣家园",
    "和平里",
    "保利香槟国际",
    "新华小区",
    "电力宿舍",
    "建行家属院",
    "世纪新城",
    "桃源居",
    "龙湖春江郦城",
]
CN_NUM = "一二三四五六七八九十"


def addr_formal(r: random.Random) -> str:
    prov, city, dists, roads = r.choice(CITIES)
    unit = r.choice(["栋", "幢", "号楼"])
    s = f"{prov}{city}{r.choice(dists)}{r.choice(roads)}{r.randint(1, 399)}号{r.choice(ESTATES)}{r.randint(1, 30)}{unit}"
    if r.random() < 0.7:
        s += f"{r.randint(1, 6)}单元"
    s += f"{r.randint(1, 33)}{r.randint(1, 8):02d}" + r.choice(["室", "室", "", "号"])
    return s


def addr_informal(r: random.Random) -> str:
    _, city, dists, roads = r.choice(CITIES)
    k = r.random()
    if k < 0.4:
        return f"{r.choice(dists)}{r.choice(roads)}{r.randint(1, 399)}号{r.choice(ESTATES)}{r.randint(1, 30)}{r.choice(['栋', '幢', '号楼'])}{r.randint(1, 4)}单元{r.randint(1, 28)}{r.randint(1, 6):02d}"
    if k < 0.7:
        return f"{city.rstrip('市')}{r.choice(dists)}{r.choice(ESTATES)}{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(1, 28)}{r.randint(1, 6):02d}"
    return f"{r.choice(roads)}{r.randint(1, 399)}号院{r.randint(1, 12)}号楼{r.randint(1, 6)}门{r.randint(1, 20)}{r.randint(1, 4):02d}"


VILLAGES = [
    ("河南省周口市郸城县", "宁平镇", "李楼村"),
    ("安徽省阜阳市临泉县", "杨桥镇", "王庄村"),
    ("山东省菏泽市曹县", "青堌集镇", "刘集村"),
    ("湖南省邵阳市隆回县", "桃洪镇", "田心村"),
    ("四川省南充市仪陇县", "马鞍镇", "新桥村"),
    ("江西省赣州市于都县", "贡江镇", "上欧村"),
    ("广西壮族自治区玉林市博白县", "龙潭镇", "石湖村"),
]


def addr_village(r: random.Random) -> str:
    county, town, vill = r.choice(VILLAGES)
    s = (county if r.random() < 0.7 else county[county.index("市") + 1 :]) + town + vill
    s += CN_NUM[r.randint(0, 9)] + "组" if r.random() < 0.6 else f"{r.randint(1, 12)}组"
    if r.random() < 0.4:
        s += f"{r.randint(1, 80)}号"
    return s


def addr_lane(r: random.Random) -> str:
    k = r.randint(0, 3)
    if k == 0:
        return f"上海市{r.choice(['静安区', '黄浦区', '徐汇区'])}{r.choice(['延安中路', '复兴中路', '建国西路', '淮海中路'])}{r.randint(100, 1800)}弄{r.randint(1, 40)}号{r.randint(1, 6)}0{r.randint(1, 4)}室"
    if k == 1:
        return f"北京市{r.choice(['东城区', '西城区'])}{r.choice(['南锣鼓巷', '交道口', '西四', '鼓楼东大街'])}{r.choice(['雨儿胡同', '帽儿胡同', '砖塔胡同', '前鼓楼苑胡同'])}{r.randint(1, 60)}号"
    if k == 2:
        return f"成都市锦江区{r.choice(['东门街', '水井街', '书院街'])}{r.choice(['福字巷', '和平巷', '石板巷'])}{r.randint(1, 40)}号{r.randint(1, 5)}楼"
    city, road, lane = r.choice(
        [
            ("苏州市姑苏区", "平江路", "丁香巷"),
            ("杭州市上城区", "大马弄", "多福巷"),
            ("广州市荔湾区", "恩宁路", "多宝坊"),
        ]
    )
    return f"{city}{road}{lane}{r.randint(1, 60)}号"


def addr_dorm(r: random.Random) -> str:
    k = r.randint(0, 2)
    if k == 0:
        return f"{r.choice(['华中科技大学紫菘公寓', '武汉大学枫园', '浙江大学紫金港校区蓝田'])}{r.randint(1, 12)}{r.choice(['栋', '舍'])}{r.randint(1, 6)}{r.randint(1, 30):02d}"
    if k == 1:
        return f"{r.choice(CITIES)[1]}{r.choice(['第一人民医院', '电力公司', '纺织厂'])}职工宿舍{r.randint(1, 9)}号楼{r.randint(1, 6)}{r.randint(1, 12):02d}室"
    _prov, city, dists, roads = r.choice(CITIES)
    return f"{city}{r.choice(dists)}{r.choice(roads)}{r.randint(1, 300)}号{r.choice(ESTATES)}{r.choice(['东门', '北门', '南门'])}{r.choice(['菜鸟驿站', '丰巢快递柜', '兔喜生活驿站', '妈妈驿站'])}"


def A(r: random.Random) -> tuple[str, str]:
    f = r.choice(
        [addr_formal, addr_formal, addr_informal, addr_informal, addr_village, addr_lane, addr_dorm]
    )
    return ("LOCATION", f(r))


def AF(r: random.Random) -> tuple[str, str]:
    return ("LOCATION", addr_formal(r))


def money(r: random.Random) -> str:
    return f"{r.randint(5, 3000)}.{r.randint(0, 99):02d}"


def zt(*items: object) -> Template:
    """A template from strings and value functions (called with the rng)."""

    def t(r: random.Random) -> list[Part]:
        out: list[Part] = []
        for it in items:
            if isinstance(it, (str, tuple)):
                out.append(it)
            elif callable(it):
                out.append(it(r))
        return out

    return t


def emo(r: random.Random) -> str:
    return r.choice(
        [
            "😂",
            "🙏",
            "👍",
            "😭",
            "🤣",
            "❤️",
            "✌️",
            "🐶",
            "[捂脸]",
            "[旺柴]",
            "[抱拳]",
            "~",
            "！",
            "哈哈哈",
            "",
        ]
    )


def amt(r: random.Random) -> str:
    return money(r)


ZH_POS: list[Template] = [
    zt("收件人：", P, "，手机：", PH, "，地址：", AF),
    zt("【顺丰速运】您的快件已到", A, "，请尽快取件，如有问题联系快递员", P, PH, emo),
    zt("寄件人", P, " ", PH, " ", A),
    zt("姐妹们帮我问问", PN, "电话多少？我只有他微信", WX, emo),
    zt("我二姨", P, "的电话是", PH, "，你有事直接打给她"),
    zt(lambda r: r.choice(KIN), P, "明天来武汉，帮忙去站口接一下，她手机", PH),
    zt("@", UN, " 在吗在吗，私你了", emo),
    zt("加我vx：", WX, "，备注来意哈", emo),
    zt("V信", WX, "，QQ也行", QQ),
    zt("有事扣扣", QQ, "留言，电话", PH, "，工作时间别打哈"),
    zt("企鹅号", QQ, "，邮箱", EMAIL),
    zt("简历发我邮箱", EMAIL, "，抄送", P, "一份"),
    zt("转账给", P, "，卡号", CARD, "，开户行工商银行"),
    zt(
        "收款人：",
        P,
        "  银行卡号：",
        CARD,
        "  备注：",
        lambda r: r.choice(["三月房租", "定金", "押一付三", "学费"]),
    ),
    zt("麻烦把身份证号发一下，订票要用", emo),
    zt("身份证号：", ID),
    zt("我的身份证", ID, "，名字", P, "，帮我抢两张回家的票", emo),
    zt(P, "，身份证号码", ID, "，手机", PH),
    zt("乘机人", P, " 护照号 ", PASS, " 电话 ", PH),
    zt("护照号码：", PASS, "（", P, "）"),
    zt("驾驶证号", DL, "，", P, "，扣了6分还没处理"),
    zt("驾驶证档案编号：", DLFILE),
    zt("社保卡号", SSCARD, "，姓名", P, "，下个月要续缴"),
    zt("社会保障号码：", SS),
    zt("车牌", PLATE, "，停在B2层，挪个车谢谢，电话", PH),
    zt("谁家的", PLATE, "堵在小区门口了？？？", emo),
    zt("车主", P, "，车牌号", PLATE, "，联系方式", PH),
    zt(PH, "这个号是不是骗子啊，一直打我电话"),
    zt("我换号了，新号", PH, "，旧号不用了", emo),
    zt("tel:", PH),
    zt("联系方式：", PH, "（", PN, "）"),
    zt("号码", PH, "存一下，是", P, "的"),
    zt("打这个", LAND, "，问前台找", P),
    zt("单位座机", LAND, "，有事找我打这个"),
    zt("报修电话", LAND, "，报我名字", P, "就行"),
    zt("房东", P, "，电话", PH, "，房子在", A, "，月租", amt, "元"),
    zt("【链家】", P, "为您推荐：", A, "，89平，两室一厅，联系经纪人", PN, PH),
    zt("中介", PN, "说", A, "那套下周可以看房，约他", PH),
    zt("家长群：", P, "家长请于周五前交资料费，有问题联系班主任", P, "老师", PH),
    zt("我是", P, "妈妈，手机", PH, "，孩子今天发烧请假一天", emo),
    zt("各位家长，", P, "同学的家长电话留错了，正确是", PH),
    zt("接送人：", P, "（爷爷）", PH, "；", P, "（奶奶）", PH),
    zt("外卖放", A, "门口就行，打", PH, emo),
    zt("美团骑手您好，我在", A, "，电话", PH, "，麻烦送上楼"),
    zt("备注：放在", A, "快递柜，别打电话，发短信到", PH),
    zt("支付宝转账-", P, "-", PH),
    zt("微信转账 ¥", amt, " 来自", P, "：还你的饭钱", emo),
    zt("收到", P, "转账", amt, "元，备注：", PN, "生日红包"),
    zt("支付宝账户", EMAIL, "，实名", P),
    zt("支付宝账号：", PH, "（", P, "）"),
    zt(PN, "说他搬到", A, "了，周末去暖房", emo),
    zt("新家地址", A, "，欢迎大家来玩", emo),
    zt("老家地址：", A, "，寄年货就寄这儿"),
    zt("地址：", A, "，收货人", P, PH),
    zt(P, PH, A),
    zt("姓名:", P, " 电话:", PH, " 地址:", A),
    zt("麻烦寄到", A, "，", P, "收"),
    zt(PM, "同学请到教务处领取证书，电话", PH),
    zt("我同事", PM, "下周回喀什，托她带点葡萄干", emo),
    zt(PM, "的手机是", PH, "，她汉语说得很好"),
    zt("今天和", P, "、", P, "还有", PN, "去吃火锅", emo),
    zt(P, "结婚了！！新郎是", P, emo),
    zt("恭喜", P, "喜提", PLATE, "小电车", emo),
    zt("微博", UN, "，主页", lambda r: URL(r, 0)),
    zt("关注我的小红书", lambda r: URL(r, 1), emo),
    zt("抖音号", UN, "，每天晚八点直播，主页", lambda r: URL(r, 3), emo),
    zt("我的B站", lambda r: URL(r, 2), "，求三连", emo),
    zt("账号异地登录，IP ", IP, "，不是我本人", emo),
    zt("家里宽带公网IP是", IP, "，远程桌面连这个"),
    zt("登录IP：", IP, " 设备：iPhone 15"),
    zt("QQ邮箱", EMAIL, "，密码忘了咋整", emo),
    zt("wx：", WX, " 手机同号"),
    zt("威信", WX, "，不加陌生人"),
    zt("有意者加微信", WX, "或打", PH, "，", P),
    zt("房租转到", CARD, "，户名", P),
    zt(P, " ", CARD, " 建设银行"),
    zt("联系人", P, "电话", PH, "身份证", ID),
    zt("我叫", P, "，手机", PH, "，微信同号"),
    zt("找", PN, "，他电话", PH),
    zt(PN, "你的快递到了，放", A, emo),
    zt("爸，我的新卡号", CARD, "，生活费打这张", emo),
    zt("司机", P, "，", PLATE, "，", PH, "，已到达上车点"),
    zt("入住人", P, "，证件号", ID, "，预计14:00到店"),
    zt("电话：", PH, "（微信同号）"),
    zt(
        "小红书号",
        lambda r: ("USERNAME", digits(r, 9, "123456789")),
        "，主页链接",
        lambda r: URL(r, 1),
    ),
    zt(
        "B站UP主",
        lambda r: ("USERNAME", r.choice(HANDLES)),
        "（",
        lambda r: ("URL", "https://space.bilibili.com/" + digits(r, 9, "123456789")),
        "）是我表妹",
        emo,
    ),
    zt("后台显示上次登录IP ", IP, "，地点", A, "附近"),
    zt("出境用：", P, "，护照", PASS, "，身份证", ID),
    zt(PM, "的社保号", SS, "，麻烦人事帮忙查一下"),
    zt("交警说", PLATE, "的驾驶证号", DL, "要扣分", emo),
    zt("家人们谁懂啊，", PN, "又放我鸽子，他电话", PH, "一直关机", emo),
    zt("蹲一个", P, "，有认识的私我，她以前住", A),
    zt("集美们，这个", PH, "是", P, "的，帮忙问问她还卖不卖那个包"),
    zt("【", P, "】【", PH, "】【", A, "】"),
    zt("（", P, "，", PH, "）"),
    zt("dd ", PN, "，你的QQ是不是", QQ, "？"),
    zt("扣扣号", QQ, " 邮箱", EMAIL, " 哈哈哈"),
    zt("收货人:", P, "手机号码:", PH, "所在地区:", A),
    zt("表哥", P, "的车", PLATE, "借我开两天", emo),
    zt(P, "（", PN, "）电话", PH),
    zt("小朋友接送卡：", P, "，家长", P, "，", PH, "，住址", A),
    zt("二维码付款失败，直接转我卡吧：", CARD, "（", P, "）"),
]

ZH_NEG: list[Template] = [
    zt("周末去万达看电影吗？《流浪地球》还有票", emo),
    zt("王者荣耀今晚五排，谁来", emo),
    zt("马上到，堵在三环了😭"),
    zt("订单号 ", lambda r: digits(r, 19, "4"), " 已发货，预计明天到"),
    zt("验证码", lambda r: digits(r, 6), "，5分钟内有效，请勿泄露"),
    zt("张开嘴说啊——宝宝今天打疫苗很勇敢", emo),
    zt("高兴！今天步数", lambda r: str(r.randint(12000, 30000)), "，朋友圈第一", emo),
    zt("黄金又涨了，", lambda r: str(r.randint(560, 690)), "一克，买不起了"),
    zt("林业局的公告看了吗，下周封山"),
    zt("陈述一下事实：外卖迟到了40分钟"),
    zt("华为Mate60和小米14选哪个？预算", lambda r: str(r.randint(3, 6)), "千"),
    zt("美团买菜满", lambda r: str(r.choice([39, 49, 59])), "减10，冲"),
    zt("今天去了西湖和灵隐寺，人山人海", emo),
    zt("班主任说明天八点前到校，带好红领巾"),
    zt("各位家长，下周一升旗仪式，孩子穿校服"),
    zt("物业通知：本周六上午9:00-12:00停水"),
    zt(
        "航班CA1831延误了，",
        lambda r: f"{r.randint(13, 22)}:{r.choice(['05', '30', '45'])}",
        "才起飞",
    ),
    zt("周杰伦演唱会抢到票了！！！", emo),
    zt("快递单号SF", lambda r: digits(r, 12), "，查一下到哪了"),
    zt("积分", lambda r: str(r.randint(100, 9000)), "可以换一箱牛奶"),
    zt("老板说月底发奖金，信了", emo),
    zt("医生说多喝热水，早点睡", emo),
    zt("京东618的券记得领，满300减50"),
    zt("双十一买的东西还没拆完😂"),
    zt("支付宝蚂蚁森林今天又种了一棵梭梭树"),
    zt("朝阳区今天限行尾号", lambda r: f"{r.randint(1, 5)}和{r.randint(6, 9)}"),
    zt("微信支付 ¥", amt, " 瑞幸咖啡"),
    zt("这个月房贷还了", lambda r: str(r.randint(3000, 9000)), "，工资又没了", emo),
    zt("马上过年了，高铁票太难抢了"),
    zt("经理让写周报，主管又改需求，打工人太难了"),
    zt("绝绝子！这家店yyds", emo),
    zt("第", lambda r: str(r.randint(2, 30)), "期股东大会在深圳召开"),
    zt("用户协议v", lambda r: f"{r.randint(1, 4)}.{r.randint(0, 9)}", "更新了，懒得看"),
    zt("黄山的日出太美了，值得爬"),
    zt("晚上吃啥？海底捞还是麦当劳"),
    zt("王老吉还是加多宝？吃火锅必备", emo),
    zt("老干妈拌饭yyds，谁懂", emo),
    zt("小米粥熬好了，趁热喝"),
    zt("阿里巴巴股价又跌了", lambda r: f"{r.randint(1, 6)}.{r.randint(0, 9)}%"),
    zt("老板娘说今天全场打八折", emo),
    zt("小区门口新开了家蜜雪冰城，柠檬水才4块"),
    zt(
        "取件码 ", lambda r: f"{r.randint(1, 9)}-{r.randint(1, 9)}-{digits(r, 4)}", "，今天下班去拿"
    ),
    zt("张家界三日游，人均", lambda r: str(r.randint(1200, 2600)), "，去不去"),
    zt("周一例会改到下午两点，各部门经理参加"),
    zt("李宁的新款跑鞋打折了，", lambda r: str(r.randint(299, 699)), "入手"),
    zt("黄焖鸡米饭加个蛋，再来瓶可乐"),
    zt(
        "高铁G",
        lambda r: str(r.randint(100, 2999)),
        "次 二等座 0",
        lambda r: str(r.randint(1, 8)),
        "车",
    ),
    zt("客服热线95588打不通，排队半小时了", emo),
    zt("余额宝收益今天", lambda r: f"0.{r.randint(10, 99)}", "元，笑死"),
    zt("二姨做的红烧肉太香了", emo),
    zt("老师说孩子最近上课走神，家长多关注一下"),
    zt("宝宝们今晚八点直播间见，福袋走起"),
    zt("我在武汉，下周去长沙出差，顺便吃个茶颜悦色"),
    zt("住在朝阳区的朋友注意，今晚有雷阵雨"),
    zt("会员积分到期提醒：您的", lambda r: str(r.randint(500, 9000)), "积分将于12月31日清零"),
    zt("楼下便利店的阿姨人超好，每次多给一根葱"),
    zt("外卖小哥送餐超快，五星好评"),
    zt("老铁们双击666"),
    zt("小姐姐的妆容好好看，求链接"),
    zt("大爷大妈广场舞又开始了，七点准时", emo),
    zt(
        "第三季度营收",
        lambda r: f"{r.randint(2, 90)}.{r.randint(1, 9)}",
        "亿元，同比增长",
        lambda r: str(r.randint(2, 30)),
        "%",
    ),
    zt("台风今晚登陆，明天停课一天"),
    zt("考研倒计时", lambda r: str(r.randint(10, 99)), "天，冲鸭"),
    zt("刚刚是地震了吗？武汉有震感吗"),
    zt("iPhone 15 Pro Max 256G 国行 ", lambda r: str(r.randint(7000, 9999)), "，值吗"),
    zt("12306又崩了，抢票软件也不好使"),
    zt(
        "工资条：基本工资",
        lambda r: str(r.randint(4000, 9000)),
        "，绩效",
        lambda r: str(r.randint(500, 3000)),
    ),
    zt("杭州西溪湿地门票", lambda r: str(r.randint(60, 90)), "，学生半价"),
    zt("高考加油！全市考生", lambda r: str(r.randint(3, 9)), "万人"),
    zt("小红书上说这家店要排队两小时，果然"),
]


def gen_zh(n: int = 400) -> list[dict[str, object]]:
    r = random.Random(20261207)
    rows: list[dict[str, object]] = []
    n_neg = round(n * 0.15)
    pos = n - n_neg
    for i in range(pos):
        rows.append(build(ZH_POS[i % len(ZH_POS)](r)))
    for i in range(n_neg):
        rows.append(build(ZH_NEG[i % len(ZH_NEG)](r)))
    r.shuffle(rows)
    return rows


# ================================================================= ENGLISH

FIRST = [
    "Sarah",
    "James",
    "Priya",
    "Tom",
    "Olivia",
    "Daniel",
    "Chloe",
    "Liam",
    "Aisha",
    "Connor",
    "Megan",
    "Ryan",
    "Hannah",
    "Ethan",
    "Niamh",
    "Callum",
    "Zoe",
    "Marcus",
    "Leah",
    "Owen",
    "Fiona",
    "Kieran",
    "Tasha",
    "Dylan",
    "Imogen",
    "Rhys",
]
NICK = [
    "Jonno",
    "Gaz",
    "Becs",
    "Mikey",
    "Tommo",
    "Dazza",
    "Robbo",
    "Kez",
    "Shaz",
    "Jules",
    "Lozza",
    "Stevo",
    "Haz",
    "Benji",
    "Abs",
    "Macca",
    "Deano",
    "Gemma-Lou",
    "Tash",
    "Jimbo",
    "Sully",
    "Fitzy",
    "Bex",
    "Kenny",
]
WORDNAME = [
    "Will",
    "Rose",
    "Mark",
    "Bill",
    "Hope",
    "Grace",
    "Sky",
    "Amber",
    "Faith",
    "Dawn",
    "Pat",
    "Sue",
    "Jack",
    "Ruby",
    "Holly",
    "Ivy",
    "Jay",
    "Summer",
    "Joy",
    "Penny",
    "Robin",
    "Hunter",
    "Crystal",
    "Frank",
    "Daisy",
    "Autumn",
    "Rich",
]
SURNAME = [
    "Patel",
    "Okafor",
    "Nowak",
    "Nguyen",
    "Kowalski",
    "Smith",
    "O'Donnell",
    "Gonzalez",
    "Haddad",
    "Adeyemi",
    "Chukwu",
    "Sharma",
    "Iyer",
    "Tran",
    "Al-Farsi",
    "Murphy",
    "Evans",
    "Hughes",
    "Thompson",
    "Mensah",
    "Okonkwo",
    "Reddy",
    "Pham",
    "Brennan",
    "Walsh",
    "Kaur",
    "Ahmed",
    "Lewandowski",
]
NONANGLO = [
    "Chidi Okonkwo",
    "Ngozi Adeyemi",
    "Tunde Bakare",
    "Oluwaseun Adebayo",
    "Emeka Nwosu",
    "Funmilayo Ogunleye",
    "Agnieszka Kowalczyk",
    "Piotr Wiśniewski",
    "Katarzyna Nowak",
    "Łukasz Zieliński",
    "Małgorzata Wójcik",
    "Priya Raghunathan",
    "Arjun Mehta",
    "Deepika Iyer",
    "Harpreet Kaur",
    "Sandeep Venkataraman",
    "Ananya Bhattacharya",
    "Nguyen Thi Lan",
    "Tran Van Minh",
    "Pham Quoc Bao",
    "Le Thi Hoa",
    "Vu Duc Anh",
    "Omar Haddad",
    "Layla Al-Sayed",
    "Youssef Benali",
    "Fatima Al-Zahra Mansour",
    "Khalid Rahimi",
    "Noor Abdelrahman",
    "Zhang Wei",
    "Li Xiaoming",
    "Chen Yuting",
    "Wang Jiahui",
    "Liu Zihan",
    "Huang Jianguo",
]


def ep(v: str) -> tuple[str, str]:
    return ("PERSON", v)


def FN(r: random.Random) -> tuple[str, str]:
    return ep(r.choice(FIRST))


def NK(r: random.Random) -> tuple[str, str]:
    return ep(r.choice(NICK))


def WN(r: random.Random) -> tuple[str, str]:
    return ep(r.choice(WORDNAME))


def wn_lower(r: random.Random) -> tuple[str, str]:
    return ep(r.choice(WORDNAME).lower())


def nk_lower(r: random.Random) -> tuple[str, str]:
    return ep(r.choice(NICK + FIRST).lower())


def SN(r: random.Random) -> tuple[str, str]:
    return ep(r.choice(SURNAME))


def FULL(r: random.Random) -> tuple[str, str]:
    if r.random() < 0.45:
        return ep(r.choice(NONANGLO))
    return ep(r.choice(FIRST + WORDNAME) + " " + r.choice(SURNAME))


def NA(r: random.Random) -> tuple[str, str]:
    return ep(r.choice(NONANGLO))


def CAPS_PAYEE(r: random.Random) -> tuple[str, str]:
    k = r.random()
    sur = r.choice(SURNAME).upper().replace("'", "")
    if k < 0.4:
        return ep(r.choice("ABCDJKMPRST") + " " + sur)
    if k < 0.7:
        return ep(r.choice(NONANGLO).upper())
    return ep(r.choice(FIRST + WORDNAME).upper() + " " + sur)


def UKMOB(r: random.Random) -> tuple[str, str]:
    tail = digits(r, 3)
    k = r.randint(0, 7)
    s = [
        f"07700 900{tail}",
        f"07700-900-{tail}",
        f"+44 (0)7700 900{tail}",
        f"+44 7700 900{tail}",
        f"07700900{tail}",
        f"0044 7700 900 {tail}",
        f"+447700900{tail}",
        f"(07700) 900 {tail}",
    ][k]
    return ("PHONE_NUMBER", s)


def UKLAND(r: random.Random) -> tuple[str, str]:
    code, mid = r.choice(
        [
            ("020", "7946 0"),
            ("0113", "496 0"),
            ("0161", "496 0"),
            ("0117", "496 0"),
            ("0131", "496 0"),
            ("029", "2018 0"),
        ]
    )
    s = f"{code} {mid}{digits(r, 3)}"
    if r.random() < 0.3:
        s += r.choice([" ext. ", " ext ", " x"]) + digits(r, 3, "123456789")
    return ("PHONE_NUMBER", s)


def USPH(r: random.Random) -> tuple[str, str]:
    ac = r.choice(["212", "415", "312", "503", "617", "202", "305", "713", "555"])
    t = "01" + digits(r, 2)
    k = r.randint(0, 7)
    s = [
        f"({ac}) 555-{t}",
        f"{ac}-555-{t}",
        f"{ac}.555.{t}",
        f"+1-{ac}-555-{t}",
        f"+1 ({ac}) 555 {t}",
        f"{ac}555{t}",
        f"1-{ac}-555-{t}",
        f"({ac})555-{t}",
    ][k]
    if r.random() < 0.2:
        s += r.choice([" ext. ", " x", " ext "]) + digits(r, r.randint(2, 4), "123456789")
    return ("PHONE_NUMBER", s)


def PHE(r: random.Random) -> tuple[str, str]:
    return r.choice([UKMOB, UKMOB, UKLAND, USPH, USPH])(r)


UK_STREETS = [
    "Mill Lane",
    "Albert Road",
    "Church Street",
    "Victoria Terrace",
    "Station Road",
    "High Street",
    "Kings Avenue",
    "Elm Grove",
    "Beech Close",
    "Park Crescent",
    "Chapel Row",
    "Moss Lane",
    "Queen's Drive",
    "Granby Street",
]
UK_TOWNS = [
    ("Leeds", "LS"),
    ("Manchester", "M"),
    ("Bristol", "BS"),
    ("Norwich", "NR"),
    ("Cardiff", "CF"),
    ("Glasgow", "G"),
    ("Brighton", "BN"),
    ("Sheffield", "S"),
    ("Hebden Bridge", "HX"),
    ("Nottingham", "NG"),
    ("London", "SE"),
    ("Rugby", "CV"),
    ("Exeter", "EX"),
]
HOUSE_NAMES = [
    "Rose Cottage",
    "The Old Vicarage",
    "Ivy House",
    "Orchard View",
    "Willow Barn",
    "Hillside",
    "The Coach House",
]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def ukpc(r: random.Random, area: str) -> str:
    return f"{area}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice(PC_LET)}{r.choice(PC_LET)}"


def ukaddr(r: random.Random) -> str:
    town, area = r.choice(UK_TOWNS)
    street = r.choice(UK_STREETS)
    k = r.randint(0, 5)
    if k == 0:
        return f"{r.randint(1, 220)} {street}, {town} {ukpc(r, area)}"
    if k == 1:
        return f"Flat {r.randint(1, 24)}, {r.randint(1, 150)} {street}, {town}, {ukpc(r, area)}"
    if k == 2:
        return f"{r.choice(HOUSE_NAMES)}, {r.randint(1, 40)} {street}, {town} {ukpc(r, area)}"
    if k == 3:
        return f"{r.randint(1, 90)}{r.choice(['a', 'b', ''])} {street.lower()} {town.lower()} {ukpc(r, area).lower()}"
    if k == 4:
        return f"PO Box {r.randint(10, 9999)}, {town} {ukpc(r, area)}"
    return f"{r.randint(1, 12)}/{r.randint(1, 80)} {street}, {town} {ukpc(r, area)}"


US_CITIES = [
    ("Portland", "OR", "972"),
    ("Austin", "TX", "787"),
    ("Columbus", "OH", "432"),
    ("Denver", "CO", "802"),
    ("Chicago", "IL", "606"),
    ("Brooklyn", "NY", "112"),
    ("Phoenix", "AZ", "850"),
    ("Atlanta", "GA", "303"),
    ("Seattle", "WA", "981"),
    ("Minneapolis", "MN", "554"),
    ("Washington", "DC", "200"),
]
US_STREETS = [
    "Maple St",
    "Oak Ave",
    "Elm Dr",
    "Lincoln Way",
    "Cedar Ln",
    "Pine Street",
    "Washington Blvd",
    "Lakeview Rd",
]


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def usaddr(r: random.Random) -> str:
    city, st, z = r.choice(US_CITIES)
    zip_ = z + digits(r, 2)
    if r.random() < 0.2:
        zip_ += "-" + digits(r, 4)
    if r.random() < 0.5:
        street = f"{r.choice(['N', 'S', 'E', 'W', 'NW', 'NE', 'SW', 'SE'])} {ordinal(r.randint(1, 60))} {r.choice(['St', 'Ave', 'Street', 'Avenue'])}"
    else:
        street = r.choice(US_STREETS)
    num = r.randint(10, 9800)
    k = r.randint(0, 5)
    if k == 0:
        return f"{num} {street}, {city}, {st} {zip_}"
    if k == 1:
        return f"{num} {street} Apt {r.randint(1, 30)}{r.choice('ABCD')}, {city}, {st} {zip_}"
    if k == 2:
        return f"{num} {street} #{r.randint(2, 900)}, {city} {st} {zip_}"
    if k == 3:
        return f"{num} {street}, Suite {r.randint(100, 950)}, {city}, {st} {zip_}"
    if k == 4:
        return f"PO Box {r.randint(100, 99999)}, {city}, {st} {zip_}"
    return f"{num} {street}, Unit {r.randint(1, 40)}, {city} {st} {zip_}"


def LOC(r: random.Random) -> tuple[str, str]:
    return ("LOCATION", ukaddr(r) if r.random() < 0.5 else usaddr(r))


def LOCUK(r: random.Random) -> tuple[str, str]:
    return ("LOCATION", ukaddr(r))


def LOCUS(r: random.Random) -> tuple[str, str]:
    return ("LOCATION", usaddr(r))


def LOCCAPS(r: random.Random) -> tuple[str, str]:
    return ("LOCATION", (ukaddr(r) if r.random() < 0.5 else usaddr(r)).upper().replace(",", ""))


NINO_P1 = "ABCEGHJKLMNOPRSTWXYZ"
NINO_P2 = "ABCEGHJKLMNPRSTWXYZ"


def NINO(r: random.Random) -> tuple[str, str]:
    while True:
        p = r.choice(NINO_P1) + r.choice(NINO_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = digits(r, 6)
    suf = r.choice("ABCD")
    k = r.random()
    if k < 0.4:
        s = f"{p} {d[:2]} {d[2:4]} {d[4:]} {suf}"
    elif k < 0.8:
        s = p + d + suf
    else:
        s = (p + d + suf).lower()
    return ("UK_NINO", s)


def NHS(r: random.Random) -> tuple[str, str]:
    while True:
        body = "9" + digits(r, 8)
        tot = sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True))
        c = 11 - tot % 11
        if c == 11:
            c = 0
        if c != 10:
            break
    s = body + str(c)
    k = r.random()
    if k < 0.5:
        s = group(s, [3, 3, 4])
    elif k < 0.7:
        s = group(s, [3, 3, 4], "-")
    return ("UK_NHS", s)


def UKPASS(r: random.Random) -> tuple[str, str]:
    return ("UK_PASSPORT", digits(r, 9, "1235"))


def UKDL(r: random.Random) -> tuple[str, str]:
    sur = r.choice(
        ["MORGAN", "OKAFOR", "PATEL", "NOWAK", "SMITH", "EVANS", "LI", "HUGHES", "WALSH", "NG"]
    )
    s5 = (sur + "99999")[:5]
    y = r.randint(1950, 2004)
    m = r.randint(1, 12) + (50 if r.random() < 0.5 else 0)
    d = r.randint(1, 28)
    ini = r.choice("ABCDEJKMPRST") + r.choice("ABCDEJKMPRST9")
    s = f"{s5}{(y // 10) % 10}{m:02d}{d:02d}{y % 10}{ini}9{r.choice('ABCDEFGHJKLMNPRSTUVWXY')}{r.choice('ABCDEFGHJKLMNPRSTUVWXY')}"
    if r.random() < 0.2:
        s = s + " " + f"{r.randint(1, 9):02d}"
    return ("UK_DRIVING_LICENCE", s)


def SSN(r: random.Random) -> tuple[str, str]:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g = r.randint(1, 99)
    sn = r.randint(1, 9999)
    k = r.random()
    if k < 0.6:
        s = f"{a:03d}-{g:02d}-{sn:04d}"
    elif k < 0.8:
        s = f"{a:03d} {g:02d} {sn:04d}"
    else:
        s = f"{a:03d}{g:02d}{sn:04d}"
    return ("US_SSN", s)


def ITIN(r: random.Random) -> tuple[str, str]:
    g = r.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])
    s = f"9{digits(r, 2)}-{g}-{digits(r, 4)}"
    return ("US_ITIN", s if r.random() < 0.8 else s.replace("-", ""))


def USPASS(r: random.Random) -> tuple[str, str]:
    if r.random() < 0.5:
        return ("US_PASSPORT", digits(r, 9, "1235"))
    return ("US_PASSPORT", r.choice("ACEFGH") + digits(r, 8))


def USDL(r: random.Random) -> tuple[tuple[str, str], str]:
    k = r.randint(0, 4)
    if k == 0:
        return ("US_DRIVER_LICENSE", r.choice("ABCDEFGNSWY") + digits(r, 7)), "CA"
    if k == 1:
        return ("US_DRIVER_LICENSE", digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3)), "NY"
    if k == 2:
        s = r.choice("BGHMS") + digits(r, 12)
        return ("US_DRIVER_LICENSE", f"{s[0:4]}-{s[4:7]}-{s[7:9]}-{s[9:12]}-{s[12]}"), "FL"
    if k == 3:
        return ("US_DRIVER_LICENSE", digits(r, 8, "123456789")), "TX"
    s = r.choice("ABDGKLMPRS") + digits(r, 11)
    return ("US_DRIVER_LICENSE", f"{s[0:4]}-{s[4:8]}-{s[8:]}"), "IL"


def CC(r: random.Random) -> tuple[str, str]:
    k = r.randint(0, 3)
    if k == 0:
        n = luhn_number(r, "4", 16)
    elif k == 1:
        n = luhn_number(r, r.choice(["51", "52", "53", "54", "55"]), 16)
    elif k == 2:
        n = luhn_number(r, r.choice(["34", "37"]), 15)
        return ("CREDIT_CARD", group(n, [4, 6, 5], r.choice([" ", "-", ""])))
    else:
        n = luhn_number(r, "6011", 16)
    return ("CREDIT_CARD", group(n, [4, 4, 4, 4], r.choice([" ", "-", "", " "])))


def iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def IBAN(r: random.Random) -> tuple[str, str]:
    k = r.randint(0, 4)
    if k <= 1:
        cc, bban = "GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 14)
    elif k == 2:
        cc, bban = "DE", digits(r, 18)
    elif k == 3:
        cc, bban = "PL", digits(r, 24)
    else:
        cc, bban = "IE", r.choice(["AIBK", "BOFI"]) + digits(r, 14)
    s = cc + iban_check(cc, bban) + bban
    if r.random() < 0.55:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return ("IBAN_CODE", s)


def SORT(r: random.Random) -> tuple[str, str]:
    return ("BANK_ACCOUNT", f"{digits(r, 2, '123456789')}-{digits(r, 2)}-{digits(r, 2)}")


def ACCT8(r: random.Random) -> tuple[str, str]:
    return ("BANK_ACCOUNT", digits(r, 8, "123456789"))


def ROUTING(r: random.Random) -> tuple[str, str]:
    while True:
        d = [
            int(c)
            for c in r.choice(
                ["01", "02", "04", "07", "11", "12", "21", "22", "26", "31", "32", "61", "63", "71"]
            )
            + digits(r, 6)
        ]
        for last in range(10):
            x = [*d, last]
            if (
                3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])
            ) % 10 == 0:
                return ("BANK_ACCOUNT", "".join(map(str, x)))


def USACCT(r: random.Random) -> tuple[str, str]:
    return ("BANK_ACCOUNT", digits(r, r.randint(9, 12), "123456789"))


def UKPLATE(r: random.Random) -> tuple[str, str]:
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    s = (
        r.choice("ABCDEFGHKLMNOPRSVWY")
        + r.choice(L)
        + r.choice(["15", "65", "17", "67", "19", "69", "21", "71", "23", "73", "24", "74"])
        + " "
        + "".join(r.choice(L) for _ in range(3))
    )
    return ("LICENSE_PLATE", s if r.random() < 0.8 else s.replace(" ", ""))


def USPLATE(r: random.Random) -> tuple[str, str]:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    k = r.randint(0, 2)
    if k == 0:
        return (
            "LICENSE_PLATE",
            str(r.randint(5, 9)) + "".join(r.choice(L) for _ in range(3)) + digits(r, 3),
        )
    if k == 1:
        return ("LICENSE_PLATE", "".join(r.choice(L) for _ in range(3)) + "-" + digits(r, 4))
    return ("LICENSE_PLATE", "".join(r.choice(L) for _ in range(3)) + " " + digits(r, 3))


GAMERTAGS = [
    "xX_NightOwl_Xx",
    "GazTheDestroyer",
    "becs_plays",
    "TommoFPS",
    "SilentKnight_77",
    "Mikey2Fast",
    "DazzaFromLeeds",
    "LilPiotrek",
    "ChidiClutch",
    "wolfpack_jules",
]


def UNE(r: random.Random) -> tuple[str, str]:
    k = r.randint(0, 4)
    if k == 0:
        return (
            "USERNAME",
            "@" + r.choice(NICK + FIRST).lower() + r.choice(["_", ".", ""]) + str(r.randint(1, 99)),
        )
    if k == 1:
        return (
            "USERNAME",
            r.choice(NICK + FIRST).lower()
            + r.choice(["", "_x", "zz"])
            + "#"
            + digits(r, 4, "123456789"),
        )
    if k == 2:
        return ("USERNAME", r.choice(GAMERTAGS))
    if k == 3:
        return (
            "USERNAME",
            "u/"
            + r.choice(["throwaway_", "not_", "its_"])
            + r.choice(NICK).lower()
            + str(r.randint(1, 999)),
        )
    return (
        "USERNAME",
        "@" + r.choice(SURNAME).lower().replace("'", "") + "." + r.choice(FIRST).lower(),
    )


def DISCORD(r: random.Random) -> tuple[str, str]:
    return (
        "USERNAME",
        r.choice(NICK + FIRST).lower()
        + r.choice(["", "_x", "zz", "_"])
        + "#"
        + digits(r, 4, "123456789"),
    )


def GT(r: random.Random) -> tuple[str, str]:
    return ("USERNAME", r.choice(GAMERTAGS))


def EMAILE(r: random.Random) -> tuple[str, str]:
    f = r.choice(FIRST + NICK).lower()
    s = r.choice(SURNAME).lower().replace("'", "")
    user = r.choice(
        [
            f"{f}.{s}",
            f"{f}{r.randint(70, 99)}",
            f"{f[0]}{s}",
            f"{s}_{f}",
            f"{f}.{s}{r.randint(1, 99)}",
        ]
    )
    return (
        "EMAIL_ADDRESS",
        user
        + "@"
        + r.choice(
            ["example.com", "example.org", "example.net", "mail.example.com", "example.co.uk"]
        ),
    )


def URLE(r: random.Random, kind: int | None = None) -> tuple[str, str]:
    f = r.choice(FIRST + NICK).lower()
    s = r.choice(SURNAME).lower().replace("'", "")
    k = r.randint(0, 5) if kind is None else kind
    v = [
        f"https://www.linkedin.com/in/{f}-{s}-{''.join(r.choice('0123456789abcdef') for _ in range(6))}",
        f"https://instagram.com/{f}.{r.choice(['bakes', 'runs', 'draws', 'lifts'])}",
        f"https://www.facebook.com/{f}.{s}.{r.randint(70, 99)}",
        f"https://github.com/{f}{s}",
        f"https://{f}{s}.example.com",
        f"www.example.net/~{f}{s[0]}",
    ][k]
    return ("URL", v)


def IPE(r: random.Random) -> tuple[str, str]:
    k = r.random()
    if k < 0.35:
        return ("IP_ADDRESS", f"203.0.113.{r.randint(2, 254)}")
    if k < 0.6:
        return ("IP_ADDRESS", f"198.51.100.{r.randint(2, 254)}")
    if k < 0.8:
        return ("IP_ADDRESS", f"192.0.2.{r.randint(2, 254)}")
    return ("IP_ADDRESS", f"2001:db8::{r.randint(1, 65535):x}")


def gbp(r: random.Random) -> str:
    return f"£{r.randint(5, 900)}" + r.choice(["", f".{r.randint(0, 99):02d}"])


def usd(r: random.Random) -> str:
    return f"${r.randint(5, 2500)}.{r.randint(0, 99):02d}"


def e_emo(r: random.Random) -> str:
    return r.choice(["", " 😂", " 🙏", " x", " xx", " lol", " 👍", " !!", " 🍻", " ❤️", ""])


def usdl_t(prefix: str, suffix: str) -> Template:
    def t(r: random.Random) -> list[Part]:
        v, st = USDL(r)
        return [prefix.replace("{ST}", st), v, suffix]

    return t


EN_POS: list[Template] = [
    zt(WN, " said he'd bring the van round at 6", e_emo),
    zt(WN, " and ", WN, " are coming sat, will you be there?"),
    zt("tell ", WN, " the flat's hers if she wants it"),
    zt("me and ", wn_lower, " are going halves on the deposit", e_emo),
    zt("has anyone heard from ", NK, "? phone's off since friday"),
    zt(NK, "'s number is ", UKMOB, e_emo),
    zt(NK, " owes me ", gbp, " from the stag do, not that I'm counting"),
    zt("cheers ", NK, ", sent it over", e_emo),
    zt("ask ", SN, ", he did the rota last month"),
    zt(
        "Mrs ",
        SN,
        " from no. ",
        lambda r: str(r.randint(2, 60)),
        " says the bins weren't collected again",
    ),
    zt("Dr ", SN, "'s secretary rang, call back on ", UKLAND),
    zt("lunch w/ ", nk_lower, " n ", nk_lower, " tmrw?"),
    zt(
        "FASTER PAYMENT ",
        CAPS_PAYEE,
        " REF RENT ",
        lambda r: r.choice(["JAN", "FEB", "MAR", "APR"]),
    ),
    zt("ZELLE TO ", CAPS_PAYEE, " ", usd),
    zt("VENMO *", CAPS_PAYEE, " ", lambda r: r.choice(["PIZZA", "utilities", "🍕", "concert tix"])),
    zt("BGC FROM ", CAPS_PAYEE, " WAGES"),
    zt("TFR TO MR ", CAPS_PAYEE, " ", SORT, " ", ACCT8),
    zt("paid ", FULL, " ", gbp, " for the sofa, collection from ", LOCUK),
    zt(NA, " is our new neighbour, lovely lady, she's at ", LOC),
    zt("shoutout to ", NA, " for covering my shift", e_emo),
    zt(NA, ": ", PHE),
    zt("spoke to ", NA, " today, email is ", EMAILE),
    zt("the parcel goes to ", LOCUK, " not the old place"),
    zt("new address!! ", LOC, e_emo),
    zt("Ship to: ", FULL, ", ", LOCUS),
    zt("PAYMENT TO ", CAPS_PAYEE, " ", LOCCAPS),
    zt("my address is ", LOCUS, " if u wanna send the tickets"),
    zt("post it to ", LOCUK, ", FAO ", FULL),
    zt("we moved to ", LOCUK, " finally", e_emo),
    zt("Grace period on the loan ends friday, ring ", FULL, " on ", PHE),
    zt("Bill is due again. ", WN, " can you cover it and i'll venmo you"),
    zt("hope ", WN, " is feeling better, give them my love", e_emo),
    zt("call me on ", UKMOB),
    zt("my new number: ", PHE),
    zt("text ", USPH, " for the spare key, it's ", FN, "'s cell"),
    zt("office ", UKLAND, ", mobile ", UKMOB),
    zt(FN, " ", USPH),
    zt("ring ", NK, " on ", UKMOB, " he knows the code"),
    zt("NI number ", NINO, " for the payroll form"),
    zt("my nino is ", NINO, " pls dont lose it", e_emo),
    zt("NHS no. ", NHS, " (", FN, ")"),
    zt(
        "Patient: ",
        FULL,
        ", NHS number ",
        NHS,
        ", DOB ",
        lambda r: f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1950, 2010)}",
    ),
    zt("passport no ", UKPASS, ", exp 2031"),
    zt("UK passport number ", UKPASS, " for ", FULL),
    zt("driving licence ", UKDL, " — hire car needs it"),
    zt("licence number: ", UKDL),
    zt("SSN ", SSN, " for the W-4, dont share"),
    zt("my social is ", SSN, " lol dont steal my identity"),
    zt("ITIN: ", ITIN, " (", NA, ")"),
    zt("US passport ", USPASS, ", name as on passport ", CAPS_PAYEE),
    usdl_t("{ST} DL# ", " exp 2029"),
    usdl_t("driver's license ({ST}): ", ""),
    zt("card ", CC, " exp 09/28 cvv on the back"),
    zt("use my card ", CC, " for the hotel deposit"),
    zt("IBAN ", IBAN, " ref ", FN),
    zt("send to ", IBAN, " (", NA, ")", e_emo),
    zt("sort code ", SORT, " acc ", ACCT8, " name ", FULL),
    zt("routing ", ROUTING, " account ", USACCT, " — ", FULL),
    zt("pay ", NK, " direct: ", SORT, " ", ACCT8),
    zt("reg ", UKPLATE, " parked across my drive again"),
    zt("the car is a blue golf, ", UKPLATE, ", owner is ", FN, " at ", LOCUK),
    zt("plate ", USPLATE, " hit my mirror and drove off"),
    zt("add me on discord ", DISCORD),
    zt("gamertag ", GT, " hop on", e_emo),
    zt("follow ", UNE, " she makes the best cakes"),
    zt("my insta ", lambda r: URLE(r, 1)),
    zt("here's my linkedin ", lambda r: URLE(r, 0), " - ", FULL),
    zt(FN, "'s site ", lambda r: URLE(r, r.choice([4, 5]))),
    zt("code is on ", lambda r: URLE(r, 3), " and fb is ", lambda r: URLE(r, 2)),
    zt("email ", EMAILE, " or ", EMAILE),
    zt("cc ", NK, " (", EMAILE, ") on it pls"),
    zt("login from ", IPE, " wasn't me"),
    zt("my home IP is ", IPE, ", whitelist it pls"),
    zt(
        "ssh into ",
        IPE,
        " as ",
        lambda r: ("USERNAME", r.choice(NICK + FIRST).lower() + r.choice(["", "_", "99"])),
    ),
    zt(SN, " at the school office wants the form back, her email ", EMAILE),
    zt(ep("Amber"), " and ", WN, " from work got engaged!!", e_emo),
    zt(ep("Sky"), " said she'd pick you up from ", LOCUK),
    zt("the holiday let is ", LOCUK, ", key safe code in the email"),
    zt("Mark my words, ", WN, " will be late again"),
    zt(FULL, " - ", PHE, " - ", EMAILE),
    zt("Name: ", FULL, " | Tel: ", PHE, " | Addr: ", LOC),
    zt(lambda r: ep(r.choice(FIRST + NICK).upper()), " WHERE ARE YOU", e_emo),
    zt("thanks to ", FULL, " and everyone at the bake sale"),
    zt("ITIN ", ITIN, " on the 1040, SSN box left blank"),
    zt("her passport is ", USPASS, ", his is ", USPASS),
    zt("Visa ", CC, " / Amex ", CC),
    zt(
        "pay ",
        FULL,
        " on card ",
        CC,
        " exp ",
        lambda r: f"{r.randint(1, 12):02d}/{r.randint(26, 31)}",
    ),
    zt(lambda r: ep(r.choice(NONANGLO).lower()), " is in room 4 now, ring ", USPH),
    zt("hi it's ", NK, " from the footy, my number ", UKMOB),
    zt(ep("Faith"), " leaves stuff on the porch at ", LOCUS, ", text her ", USPH),
    zt("Venmo from ", FULL, ": ", lambda r: r.choice(["rent ", "beer ", "gas "]), usd),
    zt(
        "refund to ",
        FULL,
        ", card ending ",
        lambda r: digits(r, 4),
        ", ref ",
        lambda r: "ORD-" + digits(r, 6),
    ),
]

EN_NEG: list[Template] = [
    zt("will you grab milk on the way home?"),
    zt("mark the date, launch party is friday"),
    zt("the gas bill came in at ", gbp, " this month", e_emo),
    zt("hope so! fingers crossed for the weather"),
    zt("there's a 14 day grace period on returns at Argos"),
    zt("got Sky Sports finally, watching Arsenal v Spurs"),
    zt("amber weather warning for Leeds tomorrow"),
    zt("Taylor Swift tickets sold out in 4 minutes"),
    zt("Bill Gates was on the radio this morning"),
    zt("meet outside Tesco on Oxford Street at 2"),
    zt("order no. ", lambda r: digits(r, 9), " still not delivered"),
    zt(
        "tracking number 1Z",
        lambda r: "".join(r.choice("0123456789ABCDEF") for _ in range(16)),
        ", should arrive thursday",
    ),
    zt("flight BA", lambda r: str(r.randint(100, 999)), " delayed again", e_emo),
    zt("10,482 steps today, new record"),
    zt("call 999 if it gets worse, or 111 for advice"),
    zt("911 was busy?? in Chicago of all places"),
    zt("Church Street is closed for the parade"),
    zt(
        "version ",
        lambda r: f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
        " broke the build again",
    ),
    zt("Rose gold or silver for the new iPhone?"),
    zt("Grace Kelly films marathon at the Odeon tonight"),
    zt("Frank Ocean album still hits"),
    zt("Dawn chorus at 5am, can't sleep"),
    zt("Will Smith film on Netflix tonight?"),
    zt("joy of joys, the boiler's broken again"),
    zt("the Holly and the Ivy is on repeat at work 🎄"),
    zt("Thanksgiving in Denver this year, flights are ", usd),
    zt("score was 3-1, robbed"),
    zt("temp is 38.2, keeping him off school"),
    zt("Barclays app is down again"),
    zt("Mondays am I right"),
    zt("Will it rain at Glastonbury this year?"),
    zt("Mark down the Tesco vouchers before they expire"),
    zt("Sky Q box keeps rebooting, third time today"),
    zt("Hope Street is closed for the marathon on sunday"),
    zt("Baker Street station is shut this weekend"),
    zt("Grace Jones at the Royal Albert Hall, who's in?"),
    zt("Rose Bowl game on New Year's Day, big screen at the pub"),
    zt("Jack Daniel's and coke please, double"),
    zt("the Bill Payment screen froze in the Chase app again"),
    zt("penny for your thoughts"),
    zt(
        "Ruby on Rails ",
        lambda r: f"{r.randint(6, 8)}.{r.randint(0, 2)}",
        " upgrade done, tests green",
    ),
    zt("Summer holidays start 22 July, childcare nightmare"),
    zt("Victoria line is suspended again"),
    zt("Apple Pay ", gbp, " at Pret"),
    zt(
        "Order #",
        lambda r: f"{digits(r, 3)}-{digits(r, 7)}-{digits(r, 7)}",
        " from Amazon still says dispatched",
    ),
    zt("case ref ", lambda r: f"2024-{digits(r, 5)}", " at the council, still waiting"),
    zt("table for ", lambda r: str(r.randint(2, 9)), " at 7:30 booked"),
    zt("Arsenal 2-0 Chelsea, Saka scored again"),
    zt("Michael Jordan documentary on Netflix is class"),
    zt("Premier Inn near Heathrow T5 for ", gbp),
    zt("invoice INV-", lambda r: digits(r, 5), " paid, thanks"),
    zt("fitbit says ", lambda r: str(r.randint(50, 80)), " bpm resting"),
    zt("python3 -m http.server 8000 then open localhost:8000"),
    zt("Windows 11 update KB", lambda r: digits(r, 7, "5"), " failed again"),
    zt("Happy Father's Day to all the dads out there"),
    zt("Mum and Dad say hi, they're in Tenerife till friday"),
    zt("the plumber said £240 plus VAT, robbery"),
    zt("rich tea biscuits are underrated"),
    zt("Frank opinion: the sequel was better"),
    zt("the traffic light on the A38 is stuck on amber"),
    zt("Hunter wellies on sale at John Lewis"),
    zt("Crystal Palace lost again, unreal"),
    zt("Black Friday deals on Dyson, anyone?"),
    zt("Christmas jumper day friday, £2 for Save the Children"),
    zt("our Ring doorbell battery died lol"),
]


def gen_en(n: int = 400) -> list[dict[str, object]]:
    r = random.Random(7122026)
    rows: list[dict[str, object]] = []
    n_neg = round(n * 0.15)
    pos = n - n_neg
    for i in range(pos):
        rows.append(build(EN_POS[i % len(EN_POS)](r)))
    for i in range(n_neg):
        rows.append(build(EN_NEG[i % len(EN_NEG)](r)))
    r.shuffle(rows)
    return rows


def write(path: Path, rows: list[dict[str, object]]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    write(out / "zh_pii_labelled_hard.jsonl", gen_zh())
    write(out / "en_pii_labelled_hard.jsonl", gen_en())


if __name__ == "__main__":
    main(sys.argv)
