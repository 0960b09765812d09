"""Blind evaluation set heldout12: three fictional personas as real app exports.

Stdlib only. Output depends only on the fixed seeds below (not on TZ, locale, hash seed or
today's date). Run: python tests/heldout12/generate.py [OUTDIR]  (default: personas/ here).
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import shutil
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
CST = timezone(timedelta(hours=8))
UTC = UTC


# ---------------------------------------------------------------- numbers with checksums


def cn_id(body17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w, strict=True))
    return body17 + "10X98765432"[s % 11]


def luhn(partial: str) -> str:
    digits = [int(c) for c in partial]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def aba(first8: str) -> str:
    d = [int(c) for c in first8]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return first8 + str((10 - s % 10) % 10)


def spaced(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i : i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- chat simulation


@dataclass
class Msg:
    dt: datetime  # aware, persona local zone
    sender: str
    text: str
    kind: str = "text"  # text image voice video sticker location system file


@dataclass
class Conv:
    key: str
    title: str
    members: list[str]  # first is the user
    group: bool = False
    rate: float = 3.0  # mean bursts per day
    burst: tuple[int, int] = (2, 7)
    msgs: list[Msg] = field(default_factory=list)
    used: dict[str, int] = field(default_factory=dict)


def pick(rng: random.Random, conv: Conv, sender: str, gen) -> str:
    """Draw a line, re-drawing lines that this chat has already used too often."""
    text = ""
    for _ in range(12):
        text = gen(rng, conv, sender)
        cap = 2 if len(text) >= 7 else 3 if len(text) >= 4 else 8
        if conv.used.get(text, 0) < cap:
            break
    conv.used[text] = conv.used.get(text, 0) + 1
    return text


def awake_dt(day: date, wake_min: int, offset_min: int, tz: timezone) -> datetime:
    base = datetime(day.year, day.month, day.day, tzinfo=tz)
    return base + timedelta(minutes=wake_min + offset_min)


def in_window(dt: datetime, start: str, end: str) -> bool:
    """True if local wall time of dt lies in [start, end) (window may cross midnight)."""
    m = dt.hour * 60 + dt.minute
    s = int(start[:2]) * 60 + int(start[3:])
    e = int(end[:2]) * 60 + int(end[3:])
    return s <= m < e if s < e else (m >= s or m < e)


def simulate(
    rng: random.Random,
    conv: Conv,
    days: list[date],
    sleep: tuple[str, str],
    tzf,
    gen,
    media,
    media_p: float = 0.07,
) -> None:
    """Fill conv.msgs with bursts of chatter outside the sleep window."""
    wake = int(sleep[1][:2]) * 60 + int(sleep[1][3:]) + 20
    sl = int(sleep[0][:2]) * 60 + int(sleep[0][3:])
    awake_len = (sl - wake) % 1440 - 60
    for day in days:
        n = 0
        r = conv.rate
        while r > 0:
            if rng.random() < min(r, 1.0):
                n += 1
            r -= 1.0
        if rng.random() < 0.15:
            n = max(0, n - 1)
        for _ in range(n):
            off = rng.randrange(awake_len)
            t = awake_dt(day, wake, off, tzf(day)) + timedelta(seconds=rng.randint(0, 59))
            k = rng.randint(*conv.burst)
            last = None
            for _ in range(k):
                if conv.group:
                    sender = rng.choice(conv.members)
                else:
                    sender = (
                        rng.choice(conv.members)
                        if last is None
                        else (
                            last
                            if rng.random() < 0.3
                            else next(m for m in conv.members if m != last)
                        )
                    )
                last = sender
                if rng.random() < media_p:
                    conv.msgs.append(Msg(t, sender, "", media(rng)))
                else:
                    conv.msgs.append(Msg(t, sender, pick(rng, conv, sender, gen), "text"))
                t += timedelta(seconds=rng.randint(8, 200))


def plant(conv: Conv, when: datetime, lines: list[tuple[str, str] | tuple[str, str, str]]) -> None:
    t = when + timedelta(seconds=(len(lines[0][1]) * 13) % 60)
    for ln in lines:
        kind = ln[2] if len(ln) == 3 else "text"
        conv.msgs.append(Msg(t, ln[0], ln[1], kind))
        t += timedelta(seconds=47 + len(ln[1]) * 3)


def finish(conv: Conv, sleep: tuple[str, str]) -> None:
    conv.msgs.sort(key=lambda m: (m.dt, m.sender, m.text))
    for m in conv.msgs:
        if in_window(m.dt, *sleep):
            raise ValueError(f"{conv.key}: message in sleep window at {m.dt} {m.text!r}")


def counted(conv: Conv) -> int:
    return sum(1 for m in conv.msgs if m.kind != "system")


def vary_zh(rng: random.Random, s: str) -> str:
    r = rng.random()
    if r < 0.12:
        s = s.rstrip("。！") + rng.choice(
            ["哈哈", "哈哈哈", "😂", "[捂脸]", "[呲牙]", "～", "嘛", "啊"]
        )
    elif r < 0.2:
        s = s.rstrip("。") + rng.choice(["👍", "[OK]", "[强]", "🙏", "!", "。。。"])
    elif r < 0.3:
        s = s.replace("，", " ")
    return s


def vary_en(rng: random.Random, s: str) -> str:
    r = rng.random()
    if r < 0.35:
        s = s.lower()
    if rng.random() < 0.1:
        s = s.rstrip(".!") + rng.choice([" lol", " haha", " 😂", " 🙄", "!!", " 👍", " tbh", "..."])
    if rng.random() < 0.08 and len(s) > 8:
        i = rng.randrange(1, len(s) - 2)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]  # transposition typo
    return s


def compose(rng: random.Random, parts: list[list[str]]) -> str:
    return "".join(rng.choice(p) for p in parts)


def daterange(a: date, b: date) -> list[date]:
    return [a + timedelta(days=i) for i in range((b - a).days + 1)]


# ---------------------------------------------------------------- output helpers


class Out:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.files: dict[str, tuple[bytes, str]] = {}
        self.planted: list[tuple[str, str]] = []  # (entity_type, value) in plant order

    def write(self, rel: str, text: str, encoding: str = "utf-8") -> None:
        self.files[rel] = (text.encode(encoding), encoding)

    def pii(self, etype: str, value: str) -> str:
        if (etype, value) not in self.planted:
            self.planted.append((etype, value))
        return value

    def flush(self) -> list[dict[str, str]]:
        rows: list[dict[str, str]] = []
        for rel in sorted(self.files):
            data, enc = self.files[rel]
            p = self.root / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
            text = data.decode(enc)
            others = [v for _, v in self.planted]
            for etype, value in self.planted:
                found = _standalone(text, value, others)
                if found:
                    rows.append({"file": rel, "entity_type": etype, "value": value})
        return rows


def _finditer(value: str, text: str):
    pat = re.escape(value)
    if re.match(r"[A-Za-z0-9]", value):
        pat = r"(?<![A-Za-z0-9])" + pat
    if re.search(r"[A-Za-z0-9]$", value):
        pat += r"(?![A-Za-z0-9])"
    return re.finditer(pat, text)


def _standalone(text: str, value: str, others: list[str]) -> bool:
    """value occurs at least once outside every longer planted value that contains it."""
    covered: set[int] = set()
    for o in others:
        if len(o) > len(value) and value in o:
            for m in _finditer(o, text):
                covered.update(range(m.start(), m.end()))
    return any(m.start() not in covered for m in _finditer(value, text))


def csv_text(rows: list[list[str]], quoting: int = csv.QUOTE_MINIMAL, eol: str = "\n") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, quoting=quoting, lineterminator=eol)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def mojibake(obj):
    """Facebook/Instagram style: UTF-8 bytes written as one \\u00XX escape per byte."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {k: mojibake(v) for k, v in obj.items()}
    return obj


def ground_truth(out: Out, pid: str, desc: str, tzname: str, user: dict, facts: dict) -> None:
    rows = out.flush()
    gt = {
        "schema_version": 1,
        "persona": pid,
        "fictional": True,
        "independent": True,
        "description": desc,
        "timezone": tzname,
        "user": user,
        "pii": rows,
        "facts": facts,
    }
    (out.root / "ground_truth.json").write_text(
        json.dumps(gt, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def top3(convs: list[Conv]) -> list[dict]:
    ones = [c for c in convs if not c.group]
    ones.sort(key=lambda c: -counted(c))
    a, b, c, d = (counted(x) for x in ones[:4])
    if not (a > b > c > d):
        raise ValueError("top contacts not strictly ordered")
    return [{"name": x.title, "messages": counted(x)} for x in ones[:3]]


# ================================================================ persona 1: 成都, 57 y/o

P1_FOOD = [
    "回锅肉",
    "麻婆豆腐",
    "蒜苗炒腊肉",
    "清蒸鲈鱼",
    "番茄炒蛋",
    "凉拌折耳根",
    "冬瓜汤",
    "酸菜鱼",
    "青椒肉丝",
    "豆花",
    "抄手",
    "钵钵鸡",
    "莴笋",
    "苦瓜",
    "白菜豆腐汤",
    "藕汤",
]
P1_PLACE = [
    "菜市场",
    "玉林路口",
    "小区门口",
    "红星路",
    "人民公园",
    "超市",
    "药房",
    "银行",
    "物业办公室",
    "地下车库",
    "望江楼公园",
    "锦江边上",
    "太古里",
    "老茶馆",
]
P1_TIME = ["等会儿", "下午", "晚上", "明天早上", "中午", "周末", "一会儿", "吃了饭", "六点过"]


ZH_T = ["今天", "刚才", "早上", "中午", "晚上", "昨天", "下午", "这两天", "刚刚", "前天"]
ZH_ACQ = ["楼下邻居", "老同事", "隔壁那家", "以前厂里的人", "物业的小伙子", "菜市场那个老板"]
ZH_STATE = [
    "在修路",
    "堵得要命",
    "人多得很",
    "在搞促销",
    "关门了",
    "新开了一家店",
    "排好长的队",
    "停电了",
    "在拆房子",
    "又涨价了",
]


def zh_elder_templ(rng: random.Random) -> str:
    t, p, f = rng.choice(ZH_T), rng.choice(P1_PLACE), rng.choice(P1_FOOD)
    n = rng.randint(2, 9)
    forms = [
        f"{t}去{p}买了{f}的菜",
        f"{t}在{p}碰到{rng.choice(ZH_ACQ)}了",
        f"{p}那边{rng.choice(ZH_STATE)}",
        f"{t}{p}{rng.choice(ZH_STATE)}",
        f"{f}{n}块钱一斤 贵",
        f"{t}走了{n}千步",
        f"{t}血压{120 + n * 3}/{75 + n}",
        f"{t}睡了个午觉 {n}点过才醒",
        f"{p}的{f}味道还可以",
        f"{t}跟{rng.choice(ZH_ACQ)}摆了会儿龙门阵",
        f"明天{rng.choice(['要下雨', '降温', '出太阳', '有雾'])} {rng.choice(['记得带伞', '多穿点', '晒下被子', '开车慢点'])}",
        f"{t}手机又卡了 {rng.choice(['清理了一下', '重启了', '叫磊磊看看'])}",
    ]
    return rng.choice(forms)


ZH_Y_DO = [
    "改了三版方案",
    "开了两个小时会",
    "写了一下午文案",
    "被甲方骂了",
    "摸了一下午鱼",
    "剪了个视频",
    "跑了一趟客户那",
    "做了个PPT",
    "整理了一堆数据",
    "拍了一组图",
]


def zh_young_templ(rng: random.Random) -> str:
    t, p, th = rng.choice(ZH_T), rng.choice(P2_PLACE), rng.choice(P2_THING)
    n = rng.randint(2, 12)
    forms = [
        f"{t}{rng.choice(ZH_Y_DO)}",
        f"{t}在{p}吃了{th}",
        f"{p}的{th}{rng.choice(['绝了', '一般般', '踩雷了', '排了好久'])}",
        f"{t}地铁上站了{n}站",
        f"{th}{rng.choice(['第二杯半价', '买一送一', f'打{n % 9 + 1}折'])}",
        f"{t}{rng.choice(['下暴雨', '好晒', '闷死了', '有台风预警'])} {rng.choice(['不想出门', '伞都没带', '妆全花了'])}",
        f"刚刷到一个{rng.choice(['猫猫', '狗狗', '仓鼠', '柯基'])}视频 笑死我",
        f"还有{n}天{rng.choice(['发工资', '放假', '周末', '交报告'])}",
        f"{t}{rng.choice(['又', '居然', '终于'])}{rng.choice(ZH_Y_DO)}",
    ]
    return rng.choice(forms)


EN_OPEN = ["", "", "", "so ", "ok so ", "btw ", "fyi ", "lol ", "random but ", "update: "]
EN_TAIL = ["", "", "", " lol", "!", " 🙃", " ugh", " haha", "...", " 😅"]
EN_EVENT = [
    "just left {spot}",
    "grabbing {food} from {spot}",
    "{team} {res}",
    "traffic on {road} is {adj}",
    "{chore} done finally",
    "can you {task} {when}",
    "remind me to {task} {when}",
    "{spot} was {adj}",
    "thinking {food} for dinner {when}",
    "my boss {boss}",
    "had {n} calls stacked before {hr}",
    "it's {n} degrees and snowing, cool cool",
    "{road} closed again",
    "the truck {truck}",
]
EN_FILL = {
    "res": ["won by {n}", "blew a {n} point lead", "looked lazy", "are cooking", "choked again"],
    "road": ["I-25", "Colfax", "Broadway", "Hampden", "Evans", "6th ave", "Santa Fe"],
    "adj": ["a nightmare", "dead", "packed", "fine actually", "so slow", "wild", "chill"],
    "chore": ["laundry", "groceries", "oil change", "taxes", "dishes", "vacuuming"],
    "task": [
        "call the landlord",
        "pick up the dry cleaning",
        "pay xcel",
        "grab dog food",
        "text your sister",
        "book the dentist",
        "return that amazon thing",
        "move the car",
    ],
    "when": ["tomorrow", "tonight", "friday", "this weekend", "after work", "before 5"],
    "boss": [
        "is on one today",
        "actually said thanks",
        "double booked me again",
        "wants a new spreadsheet",
    ],
    "truck": ["is making the noise again", "needs tires", "finally got washed", "won't start lol"],
}


def en_templ(rng: random.Random) -> str:
    ev = rng.choice(EN_EVENT)
    for k, vals in EN_FILL.items():
        ev = ev.replace("{" + k + "}", rng.choice(vals))
    ev = ev.format(
        spot=rng.choice(P3_SPOT),
        food=rng.choice(P3_FOOD),
        team=rng.choice(P3_TEAM),
        n=rng.randint(3, 19),
        hr=rng.choice(["8", "9", "10", "noon"]),
    )
    return rng.choice(EN_OPEN) + ev + rng.choice(EN_TAIL)


def p1_gen_wife(rng: random.Random, conv: Conv, sender: str) -> str:
    if rng.random() < 0.35:
        return vary_zh(rng, zh_elder_templ(rng))
    me = sender == conv.members[0]
    f, p, t = rng.choice(P1_FOOD), rng.choice(P1_PLACE), rng.choice(P1_TIME)
    pool_me = [
        f"{t}回来，要带啥子不",
        f"今天{p}那边堵得很",
        f"我在{p}，你要{f}不",
        "晓得了",
        "好",
        "嗯嗯",
        "收到",
        f"买了点{f}的菜",
        "下班了 马上回来",
        "今天加个班 你们先吃",
        "电梯又坏了",
        f"{p}有卖新鲜{f}材料的 便宜",
        "钥匙在鞋柜上",
        "你妈那边打电话没有",
        "天然气费交了",
        "物业那边又在吵停车位的事",
        f"晚上吃{f}嘛",
        "我血压今天还可以",
        "车子停好了",
        "今天太阳大 晒被子没",
        "老周约我周末去钓鱼",
        "给儿子打个电话嘛",
        "我不饿 你们吃",
        f"{t}去{p}转一圈",
        "你看到我老花镜没得",
        "手机没电了刚才",
        "热水器好像有点问题",
        "好嘛好嘛",
        "要得",
        "莫得问题",
        "刚刚在开会",
        "算了 明天再说",
        "你早点睡",
        f"在{p}遇到老刘了 摆了会儿龙门阵",
        "维修单又来了三张",
        "晚上不喝酒 放心",
    ]
    pool_her = [
        f"{t}回来吃饭不",
        f"带点{f}回来",
        f"今晚吃{f}",
        "你药吃了没",
        "记得测血糖",
        "早点回来",
        "少喝点酒哈",
        "路上慢点",
        f"我在{p}",
        "好",
        "嗯",
        "晓得了",
        f"{p}的菜涨价了",
        "你妹妹打电话来了",
        "磊磊说下个月回来",
        "衣服收了没",
        "下雨了带伞",
        "你鞋子在阳台",
        "我跟张姐去跳坝坝舞了",
        "妈那边我明天去看看",
        "水费单子来了",
        f"{t}我去{p}买点东西",
        "电视遥控板在哪",
        "你又把袜子乱甩",
        "饭在锅里热起的",
        "今天腰有点酸",
        "楼下王孃孃送了点橘子",
        "明天降温 穿厚点",
        "给你买了双鞋 试下",
        f"{p}那边在搞活动",
        "吃了没",
        "几点到屋",
        "你看下微信群里那个通知",
    ]
    return vary_zh(rng, rng.choice(pool_me if me else pool_her))


def p1_gen_son(rng: random.Random, conv: Conv, sender: str) -> str:
    if rng.random() < 0.35:
        return vary_zh(rng, zh_elder_templ(rng))
    me = sender == conv.members[0]
    pool_me = [
        "最近忙不忙",
        "吃饭没有",
        "深圳热不热",
        "工作不要太累了",
        "你妈想你了",
        "钱够不够用",
        "周末休息没",
        "注意身体",
        "好的",
        "晓得了",
        "嗯",
        "要得",
        "你那个房子租金涨没涨",
        "过年回不回来",
        "跟小雯还好嘛",
        "我这边都好 莫担心",
        "你发的那个视频怎么打不开",
        "这个手机怎么截图",
        "微信怎么转账到银行卡",
        "你给我下的那个软件咋个用",
        "开车注意安全",
        "国庆回来不",
        "你妈做了香肠 给你寄点过来",
        "公司效益还好嘛",
        "少熬夜",
        "我看新闻说深圳下暴雨",
        "记得买点水果吃",
        "你上次说的体检去了没",
        "爸爸给你转了点钱",
    ]
    pool_him = [
        "爸 吃了",
        "还行 这周加班",
        "不用不用 钱够",
        "好的爸",
        "知道了",
        "嗯嗯",
        "在忙 晚点说",
        "刚下班",
        "周末跟同事去爬山",
        "你血糖最近怎么样",
        "药按时吃哈",
        "跟妈说我挺好的",
        "那个要点右上角",
        "长按就可以了",
        "我远程帮你弄一下",
        "爸你别信那些群里的谣言",
        "体检报告发我看看",
        "我下个月可能回来两天",
        "深圳还好 不太热",
        "小雯问你们好",
        "这个是骗子 别点",
        "你那个降压药还有没",
        "给你们买了个按摩仪 快到了",
        "爸早点休息",
        "今天出差 在广州",
        "最近项目赶",
        "哈哈哈哈",
        "👍",
        "好嘞",
    ]
    return vary_zh(rng, rng.choice(pool_me if me else pool_him))


def p1_gen_friend(rng: random.Random, conv: Conv, sender: str) -> str:
    if rng.random() < 0.35:
        return vary_zh(rng, zh_elder_templ(rng))
    p = rng.choice(["三岔湖", "黄龙溪", "老地方", "河边那个塘子", "新津那边", "龙泉湖", "钓鱼台"])
    d = rng.choice(["周六", "周天", "明天", "后天", "这周末", "下周"])
    pool = [
        f"{d}去{p}不",
        f"{p}最近鱼多不多",
        "走嘛",
        "要得",
        "我把竿子带起",
        "饵料我买了",
        "今天手气背",
        "钓了两条鲫鱼",
        "老子今天空军了",
        "哈哈哈",
        "明天几点走",
        "六点半楼下等",
        "下雨就不去了",
        "你那个新竿子好用不",
        "晚上喝两杯",
        "茶馆坐一哈",
        "腰杆痛 不去了",
        f"{p}那个老板又涨价了",
        "来斗地主 差一个",
        "你屋头那个还好嘛",
        "收到",
        "明天再说",
        "我刚下班",
        "在屋头",
        "今天太热了",
        "那个鱼线要换了",
        "下周三我休息",
        "你先去占位置",
        "上次那个草鱼好大",
        "你嫂子不准我去",
        "开你的车还是我的",
        "带点冰水",
        "晓得了",
        "好久没见到老刘了",
        "老刘住院了你晓得不",
        "喝茶去",
        "等我十分钟",
    ]
    return vary_zh(rng, rng.choice(pool))


def p1_gen_sister(rng: random.Random, conv: Conv, sender: str) -> str:
    if rng.random() < 0.35:
        return vary_zh(rng, zh_elder_templ(rng))
    pool = [
        "哥 吃了没",
        "妈今天还好",
        "我周末过去看妈",
        "嫂子好不",
        "好的",
        "嗯",
        "晓得了",
        "妈说腿有点疼",
        "我买了点钙片给妈",
        "侄儿最近还好嘛",
        "今年清明一起回老家",
        "药我去拿了",
        "社区医院那边说要带身份证",
        "你那边忙不",
        "收到",
        "我晚上打给你",
        "妈又念叨你了",
        "过几天降温 给妈加床被子",
        "老家那个房子要不要修一下",
        "哥你血糖控制住没",
    ]
    return vary_zh(rng, rng.choice(pool))


P1_GROUP_CHAT = [
    "早上好🌹",
    "大家早上好",
    "🌹🌹🌹",
    "转发一下",
    "[强][强]",
    "好久没聚了",
    "同学们好",
    "周末哪个有空 聚一下",
    "这个视频好笑",
    "身体健康最重要",
    "今天天气好",
    "收到",
    "老班长辛苦了",
    "照片拍得好",
    "那年我们好年轻哦",
    "@所有人 下个月聚会报名",
    "我报名",
    "+1",
    "我去不了 有事",
    "祝大家中秋快乐",
    "这个养生方法有用",
    "哈哈哈 笑死",
    "孙孙好乖",
    "退休了就是安逸",
    "还要上两年班",
    "明天雨大 出门带伞",
    "下周二有人去爬青城山不",
    "给大家拜个早年",
    "看到老同学真高兴",
]


def p1_political(rng: random.Random, n: int) -> list[str]:
    a = [
        "那些贪官",
        "美国佬",
        "日本人排核污水",
        "房地产商",
        "那些砖家",
        "台独分子",
        "西方媒体",
        "现在的物价",
        "那些当官的",
        "北约",
        "小日本",
        "华尔街那帮人",
    ]
    b = [
        "简直无法无天",
        "就该枪毙",
        "一个二个都该抓起来",
        "把老百姓当傻子",
        "迟早要遭报应",
        "坏透了",
        "欺人太甚",
        "早就该收拾了",
        "太嚣张了",
        "良心被狗吃了",
    ]
    c = [
        "！！！",
        "，气死我了",
        "，我是忍不下去了",
        "，大家都转起来！",
        "，不转不是中国人",
        "，看得我血压都上来了",
        "，这口气咽不下",
        "😡😡",
        "，说了你们又不信",
        "，醒醒吧各位",
    ]
    seen: set[str] = set()
    res: list[str] = []
    while len(res) < n:
        s = rng.choice(a) + rng.choice(b) + rng.choice(c)
        if s not in seen:
            seen.add(s)
            res.append(s)
    return res


def p1_media(rng: random.Random) -> str:
    return rng.choice(["image", "image", "voice", "voice", "voice", "sticker", "video"])


def lunar_days_2025() -> list[date]:
    # 初一/十五 in spring 2025 (二月十五 .. 五月初一)
    return [
        date(2025, 3, 14),
        date(2025, 3, 29),
        date(2025, 4, 12),
        date(2025, 4, 28),
        date(2025, 5, 12),
        date(2025, 5, 27),
    ]


def at(d: date, hm: str, tz: timezone = CST) -> datetime:
    return datetime(d.year, d.month, d.day, int(hm[:2]), int(hm[3:]), tzinfo=tz)


MEMO_HEADER = [
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
MEMO_TYPE = {
    "text": 1,
    "image": 3,
    "voice": 34,
    "video": 43,
    "sticker": 47,
    "location": 48,
    "file": 49,
    "system": 10000,
}


def memo_content(rng: random.Random, m: Msg) -> str:
    if m.kind == "text" or m.kind == "system" or m.text:
        return m.text
    n = rng.randint(20000, 900000)
    if m.kind == "image":
        return f'<?xml version="1.0"?><msg><img length="{n}" hdlength="{n * 3}" /></msg>'
    if m.kind == "voice":
        return f'<msg><voicemsg endflag="1" length="{n // 50}" voicelength="{n // 90}" /></msg>'
    if m.kind == "video":
        return f'<msg><videomsg length="{n * 8}" playlength="{n % 60 + 3}" /></msg>'
    return f'<msg><emoji type="2" len="{n // 10}" productid="" /></msg>'


def write_memotrace(out: Out, rel: str, conv: Conv, talker: str, remark: str, nick: str) -> None:
    rng = random.Random("memo-" + conv.key)
    rows = [MEMO_HEADER]
    for i, m in enumerate(conv.msgs, 1):
        mine = m.sender == conv.members[0]
        rows.append(
            [
                str(i),
                talker,
                str(MEMO_TYPE[m.kind]),
                "0",
                "1" if mine else "0",
                str(int(m.dt.timestamp())),
                "2" if mine else "3",
                memo_content(rng, m),
                m.dt.strftime("%Y-%m-%d %H:%M:%S"),
                remark,
                nick,
                m.sender,
            ]
        )
    out.write(rel, "\ufeff" + csv_text(rows), "utf-8")


def p1_build(root: Path) -> None:
    rng = random.Random("heldout12-p1")
    out = Out(root)
    tz = "Asia/Shanghai"
    sleep = ("22:30", "05:40")
    d0, d1 = date(2025, 3, 3), date(2025, 5, 30)
    days = daterange(d0, d1)
    ME = out.pii("PERSON", "王建国")
    out.pii("PERSON", "建国")
    wife = Conv("wife", "老婆", [ME, "老婆"], rate=1.7, burst=(2, 6))
    son = Conv("son", "王磊", [ME, "王磊"], rate=1.1, burst=(2, 6))
    zhou = Conv("zhou", "老周", [ME, "老周"], rate=0.9, burst=(2, 5))
    sis = Conv("sis", "建华", [ME, "建华"], rate=0.4, burst=(2, 4))
    grp_members = [ME, "钟国富", "周德明", "李卫东", "陈素华", "何永红"]
    grp = Conv("grp", "玉林中学82级老同学", grp_members, group=True, rate=0.9, burst=(1, 4))
    convs = [wife, son, zhou, sis, grp]
    gens = {"wife": p1_gen_wife, "son": p1_gen_son, "zhou": p1_gen_friend, "sis": p1_gen_sister}

    def ggen(r: random.Random, c: Conv, s: str) -> str:
        return vary_zh(r, r.choice(P1_GROUP_CHAT))

    for c in convs:
        simulate(rng, c, days, sleep, lambda d: CST, gens.get(c.key, ggen), p1_media)

    # --- planted identifiers -------------------------------------------------------
    for v in [
        "刘淑芬",
        "王磊",
        "王建华",
        "周德明",
        "钟国富",
        "李卫东",
        "陈素华",
        "何永红",
        "磊磊",
        "老周",
        "小雯",
        "老刘",
        "建华",
        "赵秀兰",
        "张医生",
        "张姐",
        "王孃孃",
        "老钟",
        "国富",
    ]:
        out.pii("PERSON", v)
    ph_wife = out.pii("PHONE_NUMBER", "138-8015-6623")
    ph_me = out.pii("PHONE_NUMBER", "139 8186 2047")
    ph_son = out.pii("PHONE_NUMBER", "+86 13551286904")
    ph_wy = out.pii("PHONE_NUMBER", "028-8554 3367")
    addr_home = out.pii("ADDRESS", "四川省成都市武侯区玉林南路18号3栋2单元501室")
    addr_home2 = out.pii("ADDRESS", "玉林南路18号3栋2单元501")
    addr_son = out.pii("ADDRESS", "广东省深圳市南山区粤海街道高新南七道9号2栋1203")
    addr_rest = out.pii("ADDRESS", "青羊区东城根上街33号")
    id_me = out.pii("CN_ID_CARD", cn_id("51010719680415273"))
    id_mom = out.pii("CN_ID_CARD", cn_id("51010419421108062"))
    card_me = out.pii("CN_BANK_CARD", spaced(luhn("621700381002445713")))
    card_son = out.pii("CN_BANK_CARD", luhn("622202440205678901"))
    plate1 = out.pii("LICENSE_PLATE", "川A·5K7Q2")
    plate2 = out.pii("LICENSE_PLATE", "川A5K7Q2")
    wx_zhou = out.pii("WECHAT_ID", "zdm_fishing88")
    qq_zhou = out.pii("QQ_NUMBER", "372615948")
    mail_son = out.pii("EMAIL_ADDRESS", "wanglei_sz@example.com")
    mail_me = out.pii("EMAIL_ADDRESS", "wjg1968@example.net")
    talkers = {
        "wife": "wxid_lsf70k2m9q8d22",
        "son": "wanglei_0612",
        "zhou": "wxid_3zd8m1q0fish12",
        "sis": "wxid_jh72hua5p0q",
    }
    for t in talkers.values():
        out.pii("WECHAT_ID", t)

    D = date
    plant(
        wife,
        at(D(2025, 3, 5), "10:12"),
        [
            ("老婆", f"快递到了 菜鸟驿站 取件码8-2-4417 收件人刘淑芬 电话{ph_wife}"),
            (ME, "好 我下班顺路去拿"),
        ],
    )
    plant(
        wife,
        at(D(2025, 3, 25), "19:40"),
        [
            ("老婆", "网上买东西那个地址咋个写的 我忘了"),
            (ME, f"{addr_home} 王建国 {ph_me}"),
            ("老婆", "好 存起了"),
        ],
    )
    plant(
        wife,
        at(D(2025, 4, 15), "09:05"),
        [
            ("老婆", "又停水了！"),
            (ME, f"物业电话{ph_wy} 你打过去问一下 我在上班"),
        ],
    )
    plant(
        wife,
        at(D(2025, 5, 6), "18:20"),
        [
            (ME, f"跟他说送到{addr_home2}，放门口就行"),
        ],
    )
    plant(
        son,
        at(D(2025, 3, 8), "20:31"),
        [
            ("王磊", "爸 你把身份证号发我一下 我帮你在网上预约体检"),
            (ME, "等下 我找一下"),
            (ME, f"身份证号：{id_me}"),
            ("王磊", "好 约的华西 下周六早上空腹去"),
        ],
    )
    plant(
        son,
        at(D(2025, 3, 20), "21:02"),
        [
            (ME, f"给你寄香肠 地址还是{addr_son}对不对"),
            ("王磊", f"对的 收件写王磊 电话{ph_son}"),
        ],
    )
    plant(
        son,
        at(D(2025, 4, 9), "20:15"),
        [
            ("王磊", f"爸 以后转钱直接转我支付宝 {mail_son}"),
            (ME, "要得 不过我还是习惯转卡上"),
            ("王磊", f"那就转这张 {card_son} 招行的"),
        ],
    )
    plant(
        sis,
        at(D(2025, 3, 12), "12:30"),
        [
            (ME, f"我的卡号{card_me} 建设银行 妈那笔钱你转过来"),
            ("建华", "收款人写王建国嘛"),
            (ME, "对"),
        ],
    )
    plant(
        sis,
        at(D(2025, 4, 3), "16:48"),
        [
            ("建华", "社区医院要登记妈的信息 你那儿有妈的身份证号没"),
            (ME, f"赵秀兰 {id_mom}"),
            ("建华", "好"),
        ],
    )
    plant(
        zhou,
        at(D(2025, 3, 15), "08:22"),
        [
            ("老周", "你车牌多少 我给我们小区门卫登记一下 下次直接开进来"),
            (ME, plate1),
        ],
    )
    plant(
        zhou,
        at(D(2025, 4, 10), "19:10"),
        [
            ("老周", f"我QQ {qq_zhou} 那个钓鱼视频传你了 手机上看不到"),
            (ME, "好 我叫磊磊教我登QQ"),
        ],
    )
    plant(
        zhou,
        at(D(2025, 4, 19), "06:40"),
        [
            (ME, f"开我的车 {plate2} 停在负一楼 你直接下来"),
            ("老周", "要得"),
        ],
    )
    plant(
        zhou,
        at(D(2025, 5, 17), "06:30"),
        [
            ("老周", "", "location"),
            ("老周", "就这儿 黄龙溪下面那个湾"),
        ],
    )
    zhou.msgs[-2].text = (
        '<?xml version="1.0"?><msg><location x="30.3176" y="103.9702" scale="16" '
        'label="四川省成都市双流区黄龙溪镇" poiname="黄龙溪钓鱼塘" /></msg>'
    )
    plant(
        grp,
        at(D(2025, 4, 2), "10:05"),
        [
            ("周德明", f"喜欢钓鱼的加我微信号{wx_zhou} 拉你们进钓鱼群"),
            ("李卫东", "我加了"),
        ],
    )
    plant(
        grp,
        at(D(2025, 4, 22), "15:30"),
        [
            ("陈素华", f"@所有人 五月十号中午聚会 地点{addr_rest} 老成都饭店 到了找李卫东"),
            (ME, "收到 准时到"),
            ("何永红", "收到"),
        ],
    )
    plant(
        grp, at(D(2025, 3, 18), "09:00"), [("钟国富", '"钟国富"邀请"何永红"加入了群聊', "system")]
    )
    grp.msgs[-1].sender = "系统消息"

    # --- sensitive traits: health (diabetes) and religion (Buddhist), spread over weeks ---
    plant(
        wife,
        at(D(2025, 3, 10), "07:05"),
        [(ME, "今天空腹血糖7.9 又高了"), ("老婆", "叫你少吃米饭")],
    )
    plant(
        son,
        at(D(2025, 3, 16), "12:40"),
        [
            (ME, "体检结果出来了 医生说糖尿病要吃药控制"),
            ("王磊", "二型的是吧 按时吃药 饮食注意"),
            (ME, "张医生开了二甲双胍 一天两次"),
        ],
    )
    plant(
        wife,
        at(D(2025, 4, 7), "17:55"),
        [(ME, "下午去华西内分泌科复查了 糖化6.9 张医生说还要控制")],
    )
    plant(
        sis,
        at(D(2025, 4, 26), "10:11"),
        [("建华", "哥你血糖控制得咋样"), (ME, "二甲双胍吃起的 比以前好点")],
    )
    plant(wife, at(D(2025, 5, 20), "06:50"), [(ME, "针头用完了 今天去药房买试纸和针头")])
    for i, d in enumerate(lunar_days_2025()):
        lines = [
            [(ME, "明天初一 我早上去文殊院上个香再去上班"), ("老婆", "记得带香")],
            [(ME, "今天十五 吃素哈 晚上别弄肉")],
            [(ME, "初一我去文殊院 钓鱼改后天"), ("老周", "你娃越来越虔诚了哈哈")],
            [("建华", "哥你又吃素啊"), (ME, "初一十五吃素 心里踏实 菩萨保佑妈身体好")],
            [(ME, "早上在文殊院听师父讲了会儿经 心静多了")],
            [(ME, "明天初一 文殊院人多 我六点就去")],
        ][i]
        target = [wife, wife, zhou, sis, son, wife][i]
        plant(
            target,
            at(
                d - timedelta(days=1) if i in (0, 2, 5) else d,
                "20:10" if i in (0, 2, 5) else "12:15",
            ),
            lines,
        )
    # distractors about other people (gambling, politics, religion)
    plant(
        zhou,
        at(D(2025, 3, 27), "21:00"),
        [("老周", "我昨天买彩票又亏了两百 你嫂子骂惨了"), (ME, "你少买点嘛 那个东西莫得搞头")],
    )
    plant(wife, at(D(2025, 4, 23), "20:00"), [("老婆", "我姐说她们教会周日有活动 喊我去 我没去")])

    pol = p1_political(rng, 72)
    gdays = rng.sample(days, 50)
    for i, s in enumerate(pol):
        d = gdays[i % len(gdays)]
        grp.msgs.append(
            Msg(at(d, f"{rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}"), "钟国富", s)
        )
    for d in rng.sample(days, 6):
        plant(
            grp,
            at(d, "21:40"),
            [
                (
                    rng.choice([ME, "陈素华"]),
                    rng.choice(["国富 群里莫发这些了", "少说两句 大家聊点开心的", "老钟 消消气"]),
                )
            ],
        )

    for c in convs:
        finish(c, sleep)

    base = "WeChatMsg/data/聊天记录"
    for c in [wife, son, zhou, sis]:
        write_memotrace(
            out,
            f"{base}/{c.title}/{c.title}_utf8.csv",
            c,
            talkers[c.key],
            c.title,
            {"wife": "芬芳", "son": "Lei", "zhou": "周德明", "sis": "王建华"}[c.key],
        )
    write_memotrace(
        out, f"{base}/{grp.title}/{grp.title}_utf8.csv", grp, "20984413327@chatroom", "", grp.title
    )

    # --- WeChat Pay bill ----------------------------------------------------------------
    prng = random.Random("p1-pay")
    wp: list[list[str]] = []
    for d in days:
        for _ in range(prng.randint(0, 3)):
            t = at(d, f"{prng.randint(7, 20):02d}:{prng.randint(0, 59):02d}") + timedelta(
                seconds=prng.randint(0, 59)
            )
            shop = prng.choice(
                [
                    ("扫二维码付款", "玉林菜市场-张记蔬菜", "收款方备注:二维码收款"),
                    ("商户消费", "红旗连锁(玉林南路店)", "红旗连锁消费"),
                    ("扫二维码付款", "冯记鲜肉", "收款方备注:二维码收款"),
                    ("商户消费", "舞东风超市", "商品消费"),
                    ("商户消费", "四川天府通", "地铁乘车码"),
                    ("扫二维码付款", "老茶馆盖碗茶", "收款方备注:二维码收款"),
                ]
            )
            amt = prng.choice([6, 8, 12.5, 15, 18.8, 23.6, 31, 46.2, 58.9, 9.9, 4, 2])
            wp.append(
                [
                    t.strftime("%Y-%m-%d %H:%M:%S"),
                    shop[0],
                    shop[1],
                    shop[2],
                    "支出",
                    f"¥{amt:.2f}",
                    "零钱",
                    "支付成功" if shop[0] == "商户消费" else "已转账",
                    f"42000{prng.randint(10**22, 10**23 - 1)}\t",
                    f"{prng.randint(10**17, 10**18 - 1)}\t",
                    "/",
                ]
            )
    extra = [
        (
            at(D(2025, 3, 14), "07:30"),
            "扫二维码付款",
            "成都文殊院",
            "收款方备注:随喜功德",
            "支出",
            50.0,
        ),
        (
            at(D(2025, 3, 29), "06:55"),
            "扫二维码付款",
            "成都文殊院",
            "收款方备注:随喜功德",
            "支出",
            100.0,
        ),
        (
            at(D(2025, 4, 28), "07:02"),
            "扫二维码付款",
            "成都文殊院",
            "收款方备注:随喜功德",
            "支出",
            50.0,
        ),
        (
            at(D(2025, 5, 27), "06:48"),
            "扫二维码付款",
            "成都文殊院",
            "收款方备注:随喜功德",
            "支出",
            66.0,
        ),
        (
            at(D(2025, 3, 17), "18:02"),
            "商户消费",
            "大参林药房(玉林店)",
            "二甲双胍缓释片x2",
            "支出",
            37.6,
        ),
        (
            at(D(2025, 4, 18), "18:11"),
            "商户消费",
            "大参林药房(玉林店)",
            "二甲双胍缓释片x2",
            "支出",
            37.6,
        ),
        (
            at(D(2025, 5, 20), "17:40"),
            "商户消费",
            "大参林药房(玉林店)",
            "血糖试纸50片+采血针",
            "支出",
            128.0,
        ),
        (at(D(2025, 3, 21), "20:30"), "转账", "王磊", "转账备注:微信转账", "支出", 2000.0),
        (at(D(2025, 4, 20), "18:45"), "转账", "周德明", "转账备注:钓鱼AA", "支出", 85.0),
        (at(D(2025, 5, 10), "14:20"), "群收款", "陈素华", "聚会AA", "支出", 150.0),
        (at(D(2025, 4, 30), "12:00"), "转账", "刘淑芬", "转账备注:五一买菜", "支出", 1000.0),
        (at(D(2025, 5, 5), "21:10"), "微信红包", "王磊", "/", "收入", 520.0),
    ]
    for t, ty, cp, goods, io_, amt in extra:
        wp.append(
            [
                t.strftime("%Y-%m-%d %H:%M:%S"),
                ty,
                cp,
                goods,
                io_,
                f"¥{amt:.2f}",
                "零钱" if io_ == "支出" else "/",
                "支付成功" if io_ == "支出" else "已存入零钱",
                f"10000{prng.randint(10**22, 10**23 - 1)}\t",
                "/\t",
                "/",
            ]
        )
    wp.sort(key=lambda r: r[0], reverse=True)
    n_in = [r for r in wp if r[4] == "收入"]
    n_out = [r for r in wp if r[4] == "支出"]
    s_in = sum(float(r[5][1:]) for r in n_in)
    s_out = sum(float(r[5][1:]) for r in n_out)
    pre = [
        "微信支付账单明细",
        "微信昵称：[建国]",
        f"起始时间：[{d0} 00:00:00] 终止时间：[{d1} 23:59:59]",
        "导出类型：[全部]",
        "导出时间：[2025-06-01 09:14:37]",
        "",
        f"共{len(wp)}笔记录",
        f"收入：{len(n_in)}笔 {s_in:.2f}元",
        f"支出：{len(n_out)}笔 {s_out:.2f}元",
        "中性交易：0笔 0.00元",
        "注：",
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录",
        "3. 本明细仅供个人对账使用",
        "",
        "----------------------微信支付账单明细列表--------------------",
    ]
    text = "".join(p + ",,,,,,,,,,\n" for p in pre)
    text += (
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注\n"
    )
    for r in wp:
        text += ",".join(r) + "\n"
    out.write("微信支付账单(20250303-20250530).csv", text, "utf-8")

    # --- Alipay bill (GBK) -----------------------------------------------------------
    al: list[list[str]] = []
    for m, d in [(3, D(2025, 3, 10)), (4, D(2025, 4, 10)), (5, D(2025, 5, 9))]:
        al.append(
            [
                at(d, "10:02").strftime("%Y-%m-%d %H:%M:%S"),
                "转账红包",
                "成都锦程物业服务有限公司",
                "jcwy***@example.com",
                f"{m}月工资",
                "收入",
                "5800.00",
                "余额",
                "交易成功",
            ]
        )
    more = [
        (
            D(2025, 3, 12),
            "12:41",
            "转账红包",
            "王建华",
            "138******21",
            "妈的生活费",
            "收入",
            "1500.00",
            "余额",
        ),
        (
            D(2025, 3, 22),
            "07:50",
            "医疗健康",
            "四川大学华西医院",
            "/",
            "门诊挂号费-内分泌科",
            "支出",
            "50.00",
            "余额",
        ),
        (
            D(2025, 4, 7),
            "14:10",
            "医疗健康",
            "四川大学华西医院",
            "/",
            "门诊缴费-糖化血红蛋白",
            "支出",
            "86.00",
            "余额",
        ),
        (
            D(2025, 4, 19),
            "06:58",
            "交通出行",
            "中国石化四川成都第112加油站",
            "/",
            "92#汽油",
            "支出",
            "300.00",
            "中国建设银行储蓄卡(4571)",
        ),
        (
            D(2025, 5, 6),
            "11:00",
            "生活缴费",
            "成都市自来水有限责任公司",
            "/",
            "水费",
            "支出",
            "86.40",
            "余额",
        ),
        (
            D(2025, 3, 28),
            "09:30",
            "生活缴费",
            "国网四川省电力公司",
            "/",
            "电费",
            "支出",
            "213.55",
            "余额",
        ),
        (
            D(2025, 4, 28),
            "09:35",
            "生活缴费",
            "国网四川省电力公司",
            "/",
            "电费",
            "支出",
            "176.20",
            "余额",
        ),
    ]
    prng2 = random.Random("p1-ali")
    for d in days:
        if prng2.random() < 0.18:
            more.append(
                (
                    d,
                    f"{prng2.randint(8, 20):02d}:{prng2.randint(10, 59)}",
                    "交通出行",
                    "成都市停车场管理",
                    "/",
                    f"停车费-{plate2}",
                    "支出",
                    f"{prng2.choice([5, 8, 10, 12, 15]):.2f}",
                    "余额",
                )
            )
        if prng2.random() < 0.12:
            more.append(
                (
                    d,
                    f"{prng2.randint(9, 21):02d}:{prng2.randint(10, 59)}",
                    "日用百货",
                    prng2.choice(["淘宝(中国)软件有限公司", "成都伊藤洋华堂"]),
                    "/",
                    prng2.choice(["老花镜", "保温杯", "钓鱼线 大力马", "护膝", "洗衣液", "拖鞋"]),
                    "支出",
                    f"{prng2.randint(15, 180)}.{prng2.randint(0, 99):02d}",
                    "余额",
                )
            )
    for d, hm, cat, cp, acct, goods, io_, amt, way in more:
        al.append(
            [
                f"{d} {hm}:{(len(goods) * 7) % 60:02d}",
                cat,
                cp,
                acct,
                goods,
                io_,
                amt,
                way,
                "交易成功",
            ]
        )
    al.sort(key=lambda r: r[0], reverse=True)
    write_alipay(
        out,
        "支付宝交易明细(20250303-20250530).csv",
        al,
        "王建国",
        mail_me,
        d0,
        d1,
        "2025-06-01 09:20:11",
        random.Random("p1-ali-ids"),
    )

    # --- Google on-device Timeline ----------------------------------------------------
    home = (30.6262, 104.0545)
    work = (30.5468, 104.0628)
    write_timeline(
        out,
        "Timeline.json",
        days,
        home,
        work,
        random.Random("p1-tl"),
        480,
        wake="06:35",
        leave_work="17:30",
        arrive_work="07:50",
        weekend_places=[(30.3176, 103.9702), (30.6700, 104.0530), (30.6402, 104.0683)],
    )

    facts = {
        "home": {
            "lat": home[0],
            "lon": home[1],
            "radius_m": 300,
            "address": addr_home,
            "city": "成都",
        },
        "work": {
            "lat": work[0],
            "lon": work[1],
            "radius_m": 300,
            "employer": "成都锦程物业服务有限公司",
        },
        "sleep_window": {"start": sleep[0], "end": sleep[1], "tolerance_min": 60},
        "top_contacts": top3(convs),
        "relationships": [
            {"name": "老婆", "relationship": "partner", "full_name": "刘淑芬"},
            {"name": "王磊", "relationship": "son", "full_name": "王磊"},
            {"name": "老周", "relationship": "close friend", "full_name": "周德明"},
            {"name": "建华", "relationship": "sister", "full_name": "王建华"},
        ],
        "religion": {
            "value": "Buddhist (文殊院 incense on 初一/十五, vegetarian days, 功德 payments)"
        },
        "health": {
            "value": "type 2 diabetes (blood sugar, 二甲双胍/metformin, 华西 endocrinology)"
        },
        "politics": {"value": False},
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": False},
        "salary": {
            "amount": "5800.00",
            "currency": "CNY",
            "payer": "成都锦程物业服务有限公司",
            "period": "monthly",
        },
        "risky_contact": {
            "name": "钟国富",
            "why": "posts 70+ angry political rants in the classmates group",
        },
    }
    user = {"names": ["王建国", "建国"], "phones": [ph_me], "emails": [mail_me], "handles": []}
    ground_truth(
        out,
        "cn_chengdu_wang",
        "王建国, 57, property-maintenance supervisor in Chengdu; "
        "WeChat (MemoTrace CSV), WeChat Pay, Alipay (GBK), Google on-device Timeline.",
        tz,
        user,
        facts,
    )


ALIPAY_NOTES = [
    "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；",
    "2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；",
    "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；",
    "4.本回单如经任何涂改、编造，均立即失去效力；",
    "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
    "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
    "7.禁止将本回单用于非法用途；",
    "8.本明细仅展示当前账单中的交易，不包括已删除的记录；",
    "9.本明细仅供个人对账使用。",
]
ALIPAY_HEADER = [
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


def _pad(s: str, width: int) -> str:
    w = sum(2 if ord(c) > 0x2E80 else 1 for c in s)
    return s + " " * max(1, width - w)


def write_alipay(
    out: Out,
    rel: str,
    rows: list[list[str]],
    name: str,
    account: str,
    d0: date,
    d1: date,
    exported: str,
    rng: random.Random,
) -> None:
    """rows: 9 leading columns; order ids, remark appended here."""
    inc = [r for r in rows if r[5] == "收入"]
    exp = [r for r in rows if r[5] == "支出"]
    neu = [r for r in rows if r[5] == "不计收支"]
    lines = [
        "-" * 84,
        "导出信息：",
        f"姓名：{name}",
        f"支付宝账户：{account}",
        f"起始时间：[{d0} 00:00:00]    终止时间：[{d1} 23:59:59]",
        "导出交易类型：[全部]",
        f"导出时间：[{exported}]",
        f"共{len(rows)}笔记录",
        f"收入：{len(inc)}笔 {sum(float(r[6]) for r in inc):.2f}元",
        f"支出：{len(exp)}笔 {sum(float(r[6]) for r in exp):.2f}元",
        f"不计收支：{len(neu)}笔 {sum(float(r[6]) for r in neu):.2f}元",
        "",
        "特别提示：",
        *ALIPAY_NOTES,
        "",
        "-" * 24 + "支付宝（中国）网络技术有限公司  电子客户回单" + "-" * 24,
    ]
    widths = [20, 24, 24, 20, 24, 22, 20, 24, 22, 15, 22, 22]
    text = "\n".join(lines) + "\n"
    text += "".join(_pad(h, w) + "," for h, w in zip(ALIPAY_HEADER, widths, strict=True)) + "\n"
    for r in rows:
        day = r[0][:10].replace("-", "")
        oid = f"{day}2200{rng.randint(10**17, 10**18 - 1)}\t"
        mid = f"T200P{rng.randint(10**17, 10**18 - 1)}\t" if r[2] not in ("王建华",) else "\t"
        vals = [*r, oid, mid, ""]
        text += (
            "".join(
                (v if v.endswith("\t") else _pad(v, w)) + ","
                for v, w in zip(vals, widths, strict=True)
            )
            + "\n"
        )
    out.write(rel, text, "gbk")


def _pt(lat: float, lon: float) -> str:
    return f"{lat:.7f}°, {lon:.7f}°"


def write_timeline(
    out: Out,
    rel: str,
    days: list[date],
    home: tuple[float, float],
    work: tuple[float, float],
    rng: random.Random,
    offset_min: int,
    wake: str,
    leave_work: str,
    arrive_work: str,
    weekend_places: list[tuple[float, float]],
) -> None:
    tz = timezone(timedelta(minutes=offset_min))

    def ts(dt: datetime) -> str:
        return dt.astimezone(tz).isoformat(timespec="milliseconds")

    def visit(a: datetime, b: datetime, loc: tuple[float, float], sem: str, pid: str) -> dict:
        return {
            "startTime": ts(a),
            "endTime": ts(b),
            "startTimeTimezoneUtcOffsetMinutes": offset_min,
            "endTimeTimezoneUtcOffsetMinutes": offset_min,
            "visit": {
                "hierarchyLevel": 0,
                "probability": round(rng.uniform(0.7, 0.97), 2),
                "topCandidate": {
                    "placeId": pid,
                    "semanticType": sem,
                    "probability": round(rng.uniform(0.6, 0.95), 2),
                    "placeLocation": {"latLng": _pt(*loc)},
                },
            },
        }

    def move(
        a: datetime, b: datetime, p: tuple[float, float], q: tuple[float, float], kind: str
    ) -> list[dict]:
        act = {
            "startTime": ts(a),
            "endTime": ts(b),
            "startTimeTimezoneUtcOffsetMinutes": offset_min,
            "endTimeTimezoneUtcOffsetMinutes": offset_min,
            "activity": {
                "start": {"latLng": _pt(*p)},
                "end": {"latLng": _pt(*q)},
                "distanceMeters": round(abs(p[0] - q[0]) * 111000 + abs(p[1] - q[1]) * 96000, 1),
                "topCandidate": {"type": kind, "probability": round(rng.uniform(0.5, 0.9), 2)},
            },
        }
        path = {
            "startTime": ts(a),
            "endTime": ts(b),
            "timelinePath": [
                {
                    "point": _pt(
                        p[0] + (q[0] - p[0]) * f + rng.uniform(-3e-4, 3e-4),
                        p[1] + (q[1] - p[1]) * f + rng.uniform(-3e-4, 3e-4),
                    ),
                    "time": ts(a + (b - a) * f),
                }
                for f in (0.2, 0.5, 0.8)
            ],
        }
        return [act, path]

    HOME_ID, WORK_ID = "ChIJ" + "hX3k9Qm2Lp0" + "Rh8", "ChIJ" + "w7Ty4Vb1Kc9" + "Nq2"
    segs: list[dict] = []
    prev_arrival = datetime(days[0].year, days[0].month, days[0].day, tzinfo=tz) - timedelta(
        hours=5
    )

    def hm(d: date, s: str, jitter: int) -> datetime:
        return datetime(d.year, d.month, d.day, int(s[:2]), int(s[3:]), tzinfo=tz) + timedelta(
            minutes=rng.randint(-jitter, jitter)
        )

    for d in days:
        if d.weekday() < 5:
            leave = hm(d, arrive_work, 10) - timedelta(minutes=35)
            a_w = leave + timedelta(minutes=35)
            l_w = hm(d, leave_work, 15)
            back = l_w + timedelta(minutes=rng.randint(30, 45))
            segs.append(visit(prev_arrival, leave, home, "HOME", HOME_ID))
            segs += move(leave, a_w, home, work, "IN_BUS")
            segs.append(visit(a_w, l_w, work, "WORK", WORK_ID))
            segs += move(l_w, back, work, home, "IN_BUS")
        else:
            place = weekend_places[rng.randrange(len(weekend_places))]
            leave = hm(d, "09:30", 40)
            arr = leave + timedelta(minutes=40)
            l_p = arr + timedelta(minutes=rng.randint(120, 300))
            back = l_p + timedelta(minutes=40)
            segs.append(visit(prev_arrival, leave, home, "HOME", HOME_ID))
            segs += move(leave, arr, home, place, "IN_PASSENGER_VEHICLE")
            segs.append(
                visit(
                    arr,
                    l_p,
                    place,
                    "UNKNOWN",
                    "ChIJ" + f"{int(place[0] * 1e4)}x{int(place[1] * 1e4)}",
                )
            )
            segs += move(l_p, back, place, home, "IN_PASSENGER_VEHICLE")
        prev_arrival = back
    last = days[-1]
    segs.append(
        visit(
            prev_arrival,
            datetime(last.year, last.month, last.day, 23, 59, tzinfo=tz),
            home,
            "HOME",
            HOME_ID,
        )
    )
    doc = {
        "semanticSegments": segs,
        "rawSignals": [],
        "userLocationProfile": {
            "frequentPlaces": [
                {"placeId": HOME_ID, "placeLocation": _pt(*home), "label": "HOME"},
                {"placeId": WORK_ID, "placeLocation": _pt(*work), "label": "WORK"},
            ]
        },
    }
    out.write(rel, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


# ================================================================ persona 2: 广州, 21 y/o

P2_PRE = [
    "",
    "",
    "",
    "",
    "啊啊啊",
    "救命 ",
    "笑死 ",
    "宝 ",
    "hhh ",
    "话说 ",
    "不是 ",
    "对了 ",
    "u1s1 ",
    "我靠 ",
]
P2_SUF = [
    "",
    "",
    "",
    "",
    "😭",
    "🥹",
    "😂",
    "[捂脸]",
    "[旺柴]",
    "hhhh",
    "！",
    "～",
    "🤡",
    "www",
    "😋",
    "💦",
]
P2_THING = [
    "奶茶",
    "螺蛳粉",
    "烧鹅饭",
    "肠粉",
    "椰子鸡",
    "喜茶",
    "麦当劳",
    "炸鸡",
    "猪脚饭",
    "双皮奶",
]
P2_PLACE = [
    "天河城",
    "正佳",
    "太古汇",
    "北京路",
    "江南西",
    "公司楼下",
    "地铁站",
    "宿舍",
    "出租屋",
    "珠江新城",
]


def p2_core(rng: random.Random, who: str) -> str:
    th, pl = rng.choice(P2_THING), rng.choice(P2_PLACE)
    common = [
        f"今天中午吃{th}",
        f"想喝{th}了",
        f"在{pl}",
        f"下班去{pl}吗",
        "今天又加班到八点",
        "好困",
        "地铁挤死我了",
        "老板今天又改需求",
        "我emo了",
        "明天见",
        "好哒",
        "ok",
        "嗯嗯",
        "收到收到",
        "在干嘛",
        "刚到家",
        "洗完澡了",
        "晚安",
        "早",
        "起了没",
        "我到了",
        f"{pl}人好多",
        "这周末有空不",
        "看这个",
        "太真实了",
        "绝了",
        "yyds",
        "蚌埠住了",
        "哈哈哈哈哈哈",
        "好累啊",
        "广州今天好热",
        "又下暴雨了",
        "伞都被吹翻",
        "外卖还没到",
        "摸鱼中",
        "周报写不完",
        f"{th}好好吃",
        "我也想去",
        "我不行了",
        "你先忙",
        "等我五分钟",
        "快点快点",
        "冲",
        "别说了",
        "我去洗澡了",
        "刚醒",
        "好饿",
        "减肥失败",
        "你看群没",
        "什么时候",
        "真的假的",
        "离谱",
    ]
    bf = [
        "宝宝",
        "想你了",
        "今晚开黑吗",
        "上号上号",
        "你又不回我消息",
        "抱抱",
        "哼",
        "周六去看电影吧",
        "你下班来接我嘛",
        "你那边好了没",
        "我给你点了外卖",
        "明天早上你送我去地铁站",
        "今天原神抽到了吗",
        "又歪了😭",
        "保底了哈哈哈",
        "晚上一起打王者",
        "你打野我辅助",
        "你是不是又熬夜了",
        "心疼",
        "给你买了个小礼物",
        "你猜",
        "不告诉你",
        "亲亲",
        "乖",
    ]
    mom = [
        "妈 我吃了",
        "还行 不累",
        "知道啦",
        "妈你别担心",
        "嗯 会注意的",
        "这周不回去了",
        "国庆回湛江",
        "妈你吃药了吗",
        "外婆还好吗",
        "爸呢",
        "天气热 你们少出门",
        "收到啦 谢谢妈",
        "吃饭没",
        "早点睡",
        "在公司",
        "实习挺好的",
        "钱够用",
        "别给我寄了 快递费贵",
        "要多喝水",
        "下个月回去",
        "妈 我先忙了",
        "你把照片发我看看",
    ]
    mom_her = [
        "萱萱吃饭没",
        "天气热 多喝水",
        "钱够不够用",
        "别老吃外卖",
        "早点睡觉",
        "周末回来吗",
        "你外婆念叨你",
        "给你寄了点腊肠",
        "到了说一声",
        "注意安全",
        "晚上别一个人出去",
        "实习累不累",
        "你爸让你好好干",
        "衣服够不够穿",
        "[视频]好看吗",
        "好的",
        "嗯",
    ]
    work = [
        "收到",
        "好的Kelly姐",
        "我改一下",
        "这个稿子我下午发你",
        "数据我整理好了",
        "嗯嗯明白",
        "排期表更新了",
        "我在会议室",
        "刚发邮箱了",
        "老板说再改一版",
        "文案第三版",
        "明天几点开会",
        "小红书那条数据还行",
        "封面图我换了一个",
        "这个客户好难搞",
        "辛苦辛苦",
        "我看一下",
    ]
    pools = {
        "bf": common + bf * 2,
        "qi": common * 2,
        "mom": mom + common[:10],
        "mom_her": mom_her,
        "work": work,
    }
    return rng.choice(pools[who])


def p2_gen(rng: random.Random, conv: Conv, sender: str) -> str:
    if conv.key != "work" and rng.random() < 0.35:
        return vary_zh(rng, zh_young_templ(rng))
    me = sender == conv.members[0]
    who = {"bf": "bf", "qi": "qi", "mom": "mom" if me else "mom_her", "work": "work"}[conv.key]
    core = p2_core(rng, who)
    if who in ("bf", "qi") and len(core) >= 4 and rng.random() < 0.6:
        core = rng.choice(P2_PRE) + core + rng.choice(P2_SUF)
    return vary_zh(rng, core)


P2_GROUP = [
    "收到",
    "收到收到",
    "@全体成员 周五前交实习报告",
    "有人知道毕业论文开题什么时候吗",
    "+1",
    "辅导员说下周开会",
    "求一份实习证明模板",
    "谢谢班长",
    "我也要",
    "哈哈哈哈",
    "在哪交",
    "打卡截图发群里",
    "班费的事大家看一下",
    "毕业照定在十月",
    "有没有人拼车回学校",
    "🙏",
    "学校邮箱登不上",
    "教务系统又崩了",
    "啊这",
    "好的",
    "谁有奖学金申请表",
]


def p2_political(rng: random.Random, n: int) -> list[str]:
    a = [
        "这些公知",
        "美国政客",
        "台独那帮人",
        "日本右翼",
        "外网那些殖人",
        "西方媒体",
        "某些大V",
        "那些带节奏的美分",
        "菲律宾",
        "精日分子",
        "那些洋奴",
        "北约",
    ]
    b = [
        "天天抹黑中国",
        "又在搞事情",
        "真的恶心透了",
        "就是欠收拾",
        "吃里扒外",
        "脸都不要了",
        "双标到极点",
        "迟早被清算",
        "跪久了站不起来",
        "满嘴谎话",
    ]
    c = [
        "！！",
        "，看得我火大",
        "，建议全部封号",
        "，兄弟们别惯着",
        "😡",
        "，还有人信？？",
        "，气炸了",
        "，必须严惩",
        "，转发让更多人看到",
        "，骂醒他们",
    ]
    seen: set[str] = set()
    res: list[str] = []
    while len(res) < n:
        t = rng.choice(a) + rng.choice(b) + rng.choice(c)
        if t not in seen:
            seen.add(t)
            res.append(t)
    return res


def p2_media(rng: random.Random) -> str:
    return rng.choice(["image", "image", "sticker", "sticker", "sticker", "voice", "video"])


WXDUMP_TYPE = {
    "text": "文本",
    "image": "图片",
    "voice": "语音",
    "video": "视频",
    "sticker": "动画表情",
    "location": "位置",
    "system": "系统通知",
    "file": "文件",
}


def write_wxdump(out: Out, rel: str, conv: Conv, room: str, me_id: str) -> None:
    rng = random.Random("wxdump-" + conv.key)
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
    for i, m in enumerate(conv.msgs, 1):
        mine = m.sender == conv.members[0]
        src = ""
        msg = m.text
        ym = m.dt.strftime("%Y-%m")
        if m.kind == "image":
            src = f"FileStorage\\MsgAttach\\{rng.getrandbits(128):032x}\\Image\\{ym}\\{rng.getrandbits(64):016x}.dat"
        elif m.kind == "voice":
            src = f"audio\\{room}\\{m.dt.strftime('%Y-%m-%d_%H-%M-%S')}_{i}.wav"
        elif m.kind == "video":
            src = f"FileStorage\\Video\\{ym}\\{rng.getrandbits(64):016x}.mp4"
        elif m.kind == "sticker":
            msg = "[动画表情]"
        talker = me_id if mine else m.sender
        ct = f"{m.dt.year}/{m.dt.month}/{m.dt.day} {m.dt.hour}:{m.dt.minute:02d}"
        rows.append(
            [
                str(i),
                str(rng.randint(10**18, 9 * 10**18)),
                WXDUMP_TYPE[m.kind],
                "1" if mine else "0",
                talker,
                room,
                msg,
                src,
                ct,
            ]
        )
    out.write(rel, csv_text(rows), "utf-8")


def ytd(name: str, items: list) -> str:
    return f"window.YTD.{name}.part0 = " + json.dumps(items, ensure_ascii=False, indent=2)


def tw_date(dt: datetime) -> str:
    u = dt.astimezone(UTC)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][u.weekday()]
    mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
        u.month - 1
    ]
    return f"{wd} {mo} {u.day:02d} {u:%H:%M:%S} +0000 {u.year}"


def p2_build(root: Path) -> None:
    rng = random.Random("heldout12-p2")
    out = Out(root)
    sleep = ("01:30", "08:30")
    d0, d1 = date(2025, 6, 9), date(2025, 9, 19)
    days = daterange(d0, d1)
    ME = out.pii("PERSON", "陈雨萱")
    ME_ID = out.pii("WECHAT_ID", "xuanxuan_0918")
    bf = Conv("bf", "子轩🐻", [ME, "子轩🐻"], rate=1.6, burst=(2, 7))
    qi = Conv("qi", "琪琪", [ME, "琪琪"], rate=1.3, burst=(2, 6))
    mom = Conv("mom", "妈妈", [ME, "妈妈"], rate=0.8, burst=(2, 5))
    work = Conv("work", "Kelly姐", [ME, "Kelly姐"], rate=0.5, burst=(1, 4))
    grp = Conv(
        "grp",
        "21级新传3班",
        [ME, "吴浩然", "班长-刘佳怡", "梁俊杰", "苏婉婷", "何子豪"],
        group=True,
        rate=0.8,
        burst=(1, 4),
    )
    convs = [bf, qi, mom, work, grp]

    def ggen(r: random.Random, c: Conv, s: str) -> str:
        return vary_zh(r, r.choice(P2_GROUP))

    for c in convs:
        simulate(rng, c, days, sleep, lambda d: CST, p2_gen if not c.group else ggen, p2_media)

    for v in [
        "林慧敏",
        "黄思琪",
        "琪琪",
        "阿琪",
        "李子轩",
        "子轩",
        "吴浩然",
        "郑可欣",
        "Kelly",
        "萱萱",
        "刘佳怡",
        "梁俊杰",
        "苏婉婷",
        "何子豪",
        "浩然",
        "雨萱",
        "李姐",
    ]:
        out.pii("PERSON", v)
    ph_me = out.pii("PHONE_NUMBER", "186 2075 3318")
    ph_mom = out.pii("PHONE_NUMBER", "+86 13902247815")
    ph_bf = out.pii("PHONE_NUMBER", "135-6088-4129")
    ph_qi = out.pii("PHONE_NUMBER", "13719456620")
    a_home = out.pii("ADDRESS", "广东省广州市天河区棠下二横路7号402房")
    a_home2 = out.pii("ADDRESS", "棠下村二横路7号402")
    a_mom = out.pii("ADDRESS", "广东省湛江市赤坎区中山二路48号5栋301")
    a_work = out.pii("ADDRESS", "天河区花城大道85号高德置地广场A座2806")
    idn = out.pii("CN_ID_CARD", cn_id("44080220030918234"))
    card = luhn("622848008888123456")
    card_sp = out.pii("CN_BANK_CARD", spaced(card))
    card_raw = out.pii("CN_BANK_CARD", card)
    pp = out.pii("CN_PASSPORT", "EK4728391")
    plate = out.pii("LICENSE_PLATE", "粤A D72K91")
    wx_wu = out.pii("WECHAT_ID", "whr_2003gz")
    qq = out.pii("QQ_NUMBER", "2847193056")
    mail_me = out.pii("EMAIL_ADDRESS", "chenyx0918@example.com")
    mail_k = out.pii("EMAIL_ADDRESS", "kelly.zheng@example.org")
    h_me = out.pii("USERNAME", "xuan_meow0918")
    h_qi = out.pii("USERNAME", "qiqi_sleepy")
    h_bf = out.pii("USERNAME", "zixuan_lzx")

    D = date
    plant(
        mom,
        at(D(2025, 6, 12), "21:10"),
        [
            ("妈妈", "萱萱 给你寄腊肠 新地址发我"),
            (ME, f"{a_home} 陈雨萱 {ph_me}"),
            ("妈妈", "好 明天寄顺丰"),
        ],
    )
    plant(
        mom,
        at(D(2025, 7, 3), "12:30"),
        [
            (ME, f"妈 我工资卡是这张{card_raw} 农行的 你别再往那张旧卡转了"),
            ("妈妈", "知道了"),
        ],
    )
    plant(
        mom,
        at(D(2025, 8, 20), "20:05"),
        [
            (ME, "妈你手机号是不是换了 我这边显示的还是旧的"),
            ("妈妈", f"没换啊 还是{ph_mom}"),
            (ME, f"那我寄的东西写{a_mom}对吧"),
            ("妈妈", "对 写林慧敏收"),
        ],
    )
    plant(
        work,
        at(D(2025, 6, 10), "10:40"),
        [
            ("Kelly姐", "雨萱 入职材料 身份证号和银行卡号发我一下 财务要录"),
            (ME, f"身份证：{idn}"),
            (ME, f"银行卡 {card_sp}（农业银行广州天河支行）"),
            ("Kelly姐", f"ok 以后材料发我邮箱 {mail_k}"),
        ],
    )
    plant(
        work,
        at(D(2025, 6, 10), "14:02"),
        [
            ("Kelly姐", f"明天直接来公司 {a_work} 前台说找郑可欣"),
            (ME, "好的 谢谢Kelly姐"),
        ],
    )
    plant(
        qi,
        at(D(2025, 7, 21), "23:15"),
        [
            ("琪琪", "国庆去大阪的机票我一起订了 护照号发我"),
            (ME, pp),
            ("琪琪", "还有你手机号 航司要填"),
            (ME, ph_me),
        ],
    )
    plant(
        qi,
        at(D(2025, 6, 25), "19:20"),
        [
            (ME, f"你新号码是{ph_qi}吗 旧的打不通"),
            ("琪琪", "对 换了 旧号欠费了哈哈"),
        ],
    )
    plant(
        bf,
        at(D(2025, 6, 21), "17:45"),
        [
            ("子轩🐻", f"我到了 车牌{plate} 白色那台"),
            (ME, "看到了看到了"),
        ],
    )
    plant(
        bf,
        at(D(2025, 7, 8), "22:40"),
        [
            ("子轩🐻", f"你快递写的{a_home2}还是学校？"),
            (ME, "出租屋 学校放假了"),
            ("子轩🐻", f"好 我电话写{ph_bf}"),
        ],
    )
    plant(
        bf,
        at(D(2025, 8, 2), "21:00"),
        [
            (ME, "阿琪说下周一起吃饭"),
            ("子轩🐻", "好啊 叫上黄思琪男朋友"),
        ],
    )
    plant(
        grp,
        at(D(2025, 7, 1), "16:00"),
        [
            ("班长-刘佳怡", "@全体成员 实习报告发我QQ 交不上来的私聊"),
            (ME, f"班长我QQ号{qq} 加一下"),
            ("吴浩然", f"有想一起组队做毕业设计的加我微信{wx_wu}"),
            ("苏婉婷", "浩然你先把群里那些东西撤了吧"),
        ],
    )
    plant(grp, at(D(2025, 6, 20), "11:00"), [("系统", '"刘佳怡"邀请"何子豪"加入了群聊', "system")])
    grp.msgs[-1].sender = "系统"

    # financial stress (planted for user) and gaming, spread over weeks
    fin = [
        (
            D(2025, 6, 18),
            qi,
            [(ME, "花呗又要还了 1800 我工资还没发 救命"), ("琪琪", "要不要先借你点")],
        ),
        (D(2025, 6, 19), qi, [(ME, "借我800可以吗 发工资马上还你 真的"), ("琪琪", "转你了 不急")]),
        (
            D(2025, 7, 4),
            bf,
            [(ME, "借呗又借了2000 不然房租交不上"), ("子轩🐻", "你别再借了 利息好高")],
        ),
        (D(2025, 7, 16), qi, [(ME, "工资到了 还你800"), ("琪琪", "收到 你还好吧")]),
        (
            D(2025, 7, 29),
            mom,
            [(ME, "妈 这个月能不能先转我一千 房租有点紧"), ("妈妈", "转你了 别乱花")],
        ),
        (
            D(2025, 8, 11),
            bf,
            [(ME, "花呗逾期了 今天收到催收短信 好慌"), ("子轩🐻", "多少 我先帮你还一部分")],
        ),
        (
            D(2025, 8, 26),
            qi,
            [(ME, "信用卡 花呗 借呗三个一起还 我真的要破产了😭"), ("琪琪", "抱抱 先把原神停了吧")],
        ),
        (
            D(2025, 9, 9),
            bf,
            [(ME, "借呗又打电话来了 说再不还上征信"), ("子轩🐻", "周末我们一起算算账")],
        ),
    ]
    for d, c, lines in fin:
        plant(c, at(d, "22:05"), lines)
    games = [
        (D(2025, 6, 14), bf, [(ME, "原神新卡池我648又歪了"), ("子轩🐻", "你又氪了？？")]),
        (D(2025, 7, 12), bf, [("子轩🐻", "今晚王者上分吗"), (ME, "来 我玩瑶")]),
        (D(2025, 8, 5), qi, [(ME, "昨晚打原神打到一点 今天上班好困"), ("琪琪", "你这是网瘾少女")]),
        (D(2025, 8, 30), bf, [(ME, "深渊12层满星了！！"), ("子轩🐻", "厉害厉害")]),
    ]
    for d, c, lines in games:
        plant(c, at(d, "23:20"), lines)
    # distractors about other people
    plant(
        mom,
        at(D(2025, 7, 15), "19:00"),
        [("妈妈", "我下周去医院做甲状腺结节的手术 小手术 你别担心"), (ME, "妈我请假回去陪你")],
    )
    plant(
        mom,
        at(D(2025, 8, 10), "18:30"),
        [("妈妈", "外婆周日又去教会做礼拜了 她现在信得很"), (ME, "外婆开心就好")],
    )
    plant(
        bf,
        at(D(2025, 8, 16), "20:30"),
        [("子轩🐻", "我室友赌球又输了三千 笑死"), (ME, "你可别跟他学")],
    )

    pol = p2_political(rng, 75)
    gdays = rng.sample(days, 55)
    for i, t in enumerate(pol):
        d = gdays[i % len(gdays)]
        grp.msgs.append(
            Msg(
                at(d, f"{rng.randint(10, 23):02d}:{rng.randint(0, 59):02d}")
                + timedelta(seconds=rng.randint(0, 59)),
                "吴浩然",
                t,
            )
        )
    for c in convs:
        finish(c, sleep)

    base = "wxdump_tmp/export"
    rooms = {
        "bf": "wxid_lzx9k2q8m1p22",
        "qi": "qiqi_huang99",
        "mom": "wxid_lhm5d8s3a7y21",
        "work": "kelly_zkx",
    }
    for v in rooms.values():
        out.pii("WECHAT_ID", v)
    for c in [bf, qi, mom, work]:
        write_wxdump(out, f"{base}/{c.title}/{rooms[c.key]}_0_5000.csv", c, rooms[c.key], ME_ID)
    write_wxdump(
        out,
        f"{base}/{grp.title}/38291170452@chatroom_0_5000.csv",
        grp,
        "38291170452@chatroom",
        ME_ID,
    )

    # --- Alipay (GBK) ---------------------------------------------------------------
    al: list[list[str]] = []
    for d in [D(2025, 6, 13), D(2025, 7, 15), D(2025, 8, 15), D(2025, 9, 15)]:
        al.append(
            [
                f"{d} 11:32:07",
                "转账红包",
                "广州星芒互动网络科技有限公司",
                "xmhd***@example.com",
                "实习工资",
                "收入",
                "3500.00",
                "余额",
                "交易成功",
            ]
        )
    fixed = [
        (
            D(2025, 6, 19),
            "22:31:05",
            "转账红包",
            "黄思琪",
            "137******20",
            "借你的",
            "收入",
            "800.00",
            "余额",
        ),
        (
            D(2025, 7, 16),
            "09:12:44",
            "转账红包",
            "黄思琪",
            "137******20",
            "还钱！",
            "支出",
            "800.00",
            "余额",
        ),
        (
            D(2025, 7, 4),
            "22:20:11",
            "信用借还",
            "借呗",
            "/",
            "借呗借款",
            "不计收支",
            "2000.00",
            "余额",
        ),
        (
            D(2025, 7, 5),
            "10:00:00",
            "住房物业",
            "房东李姐",
            "/",
            "7月房租",
            "支出",
            "1650.00",
            "余额",
        ),
        (
            D(2025, 8, 5),
            "10:02:31",
            "住房物业",
            "房东李姐",
            "/",
            "8月房租",
            "支出",
            "1650.00",
            "花呗",
        ),
        (
            D(2025, 9, 5),
            "09:58:12",
            "住房物业",
            "房东李姐",
            "/",
            "9月房租",
            "支出",
            "1650.00",
            "花呗",
        ),
        (
            D(2025, 7, 29),
            "22:15:40",
            "转账红包",
            "林慧敏",
            "139******15",
            "别乱花",
            "收入",
            "1000.00",
            "余额",
        ),
        (
            D(2025, 8, 12),
            "13:05:09",
            "信用借还",
            "花呗",
            "/",
            "花呗主动还款-逾期还款",
            "不计收支",
            "1236.80",
            "余额",
        ),
        (
            D(2025, 9, 10),
            "12:40:33",
            "信用借还",
            "借呗",
            "/",
            "借呗还款-逾期",
            "不计收支",
            "730.15",
            "余额",
        ),
        (
            D(2025, 8, 11),
            "22:31:18",
            "转账红包",
            "李子轩",
            "135******29",
            "先还花呗",
            "收入",
            "500.00",
            "余额",
        ),
    ]
    for d, t, cat, cp, acct, goods, io_, amt, way in fixed:
        al.append([f"{d} {t}", cat, cp, acct, goods, io_, amt, way, "交易成功"])
    prng = random.Random("p2-ali")
    for d in days:
        for _ in range(prng.randint(0, 3)):
            t = f"{d} {prng.randint(10, 23):02d}:{prng.randint(0, 59):02d}:{prng.randint(0, 59):02d}"
            cat, cp, goods = prng.choice(
                [
                    ("餐饮美食", "喜茶", "多肉葡萄"),
                    ("餐饮美食", "美团", "外卖订单"),
                    ("餐饮美食", "饿了么", "猪脚饭"),
                    ("交通出行", "广州地铁", "乘车码"),
                    ("日用百货", "淘宝(中国)软件有限公司", "夏季连衣裙"),
                    ("日用百货", "拼多多", "手机壳"),
                    ("服饰装扮", "优衣库", "T恤"),
                    ("餐饮美食", "瑞幸咖啡", "生椰拿铁"),
                ]
            )
            amt = f"{prng.choice([9.9, 12.0, 18.5, 23.8, 32.0, 45.6, 68.0, 89.0, 129.0, 3.0, 4.0]):.2f}"
            al.append(
                [
                    t,
                    cat,
                    cp,
                    "/",
                    goods,
                    "支出",
                    amt,
                    prng.choice(["花呗", "花呗", "余额"]),
                    "交易成功",
                ]
            )
        if prng.random() < 0.1 or d in (D(2025, 6, 14), D(2025, 7, 22), D(2025, 8, 29)):
            t = f"{d} {prng.randint(20, 23):02d}:{prng.randint(0, 59):02d}:{prng.randint(0, 59):02d}"
            g = prng.choice(
                [
                    ("上海米哈游天命科技有限公司", "原神-创世结晶x6480", "648.00"),
                    ("上海米哈游天命科技有限公司", "原神-空月祝福", "30.00"),
                    ("深圳市腾讯天游科技有限公司", "王者荣耀-点券", "98.00"),
                ]
            )
            al.append([t, "文化休闲", g[0], "/", g[1], "支出", g[2], "花呗", "交易成功"])
    al.sort(key=lambda r: r[0], reverse=True)
    write_alipay(
        out,
        "alipay_record_20250920_1021_1.csv",
        al,
        "陈雨萱",
        ph_me.replace(" ", ""),
        d0,
        d1,
        "2025-09-20 10:21:47",
        random.Random("p2-ali-ids"),
    )
    out.pii("PHONE_NUMBER", ph_me.replace(" ", ""))

    # --- X archive ------------------------------------------------------------------
    xr = random.Random("p2-x")
    acct_id = "1398822714450239489"
    base_x = "twitter-2025-09-20-8f3c1d/data"
    out.write(
        f"{base_x}/account.js",
        ytd(
            "account",
            [
                {
                    "account": {
                        "email": mail_me,
                        "createdVia": "android",
                        "username": h_me,
                        "accountId": acct_id,
                        "createdAt": "2021-05-30T03:12:44.000Z",
                        "accountDisplayName": "萱萱不想上班",
                    }
                }
            ],
        ),
    )
    tweets_txt = [
        "又歪了 我恨这个游戏😭 #原神",
        "实习第一天 好紧张",
        "打工人打工魂",
        "广州的夏天真的会热死人",
        f"@{h_qi} 明天喝喜茶吗",
        "深渊满星纪念！！",
        "今天被夸文案写得好 开心一整天",
        "为什么周一来得这么快",
        "花呗账单看得我想哭",
        f"和@{h_bf} 去看了电影 好看",
        "原神新角色好香 但是没钱了",
        "凌晨一点还在打本",
        "今天天河下冰雹了？？",
        "地铁上看到一只柯基 好可爱",
        "还有多少天国庆",
        "实习生也有KPI吗我请问",
        "月底吃土",
        "想回湛江吃海鲜",
        "借呗你别打了我知道了",
        "一个人吃椰子鸡 也挺好",
        "今日份摸鱼",
        "Kelly姐人真的好好",
        "新传人的毕业论文还没开题",
        "台风又来了 居家办公万岁",
        "为了648我可以不吃饭",
        "My wallet is crying",
        "so tired of adulting",
        "周末宅家打游戏 完美",
    ]
    tweets = []
    for i, txt in enumerate(tweets_txt):
        d = d0 + timedelta(days=int(i * (d1 - d0).days / len(tweets_txt)) + xr.randint(0, 2))
        dt = at(d, f"{xr.randint(12, 23):02d}:{xr.randint(0, 59):02d}")
        ments = [h for h in (h_qi, h_bf) if "@" + h in txt]
        tweets.append(
            {
                "tweet": {
                    "edit_info": {
                        "initial": {
                            "editTweetIds": [str(1932000000000000000 + i * 7919)],
                            "editableUntil": "",
                            "editsRemaining": "5",
                            "isEditEligible": True,
                        }
                    },
                    "retweeted": False,
                    "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter for Android</a>',
                    "entities": {
                        "hashtags": [],
                        "symbols": [],
                        "user_mentions": [
                            {
                                "name": m,
                                "screen_name": m,
                                "indices": [str(txt.index(m) - 1), str(txt.index(m) + len(m))],
                                "id_str": str(1400000000000000000 + len(m)),
                            }
                            for m in ments
                        ],
                        "urls": [],
                    },
                    "display_text_range": ["0", str(len(txt))],
                    "favorite_count": str(xr.randint(0, 12)),
                    "id_str": str(1932000000000000000 + i * 7919),
                    "truncated": False,
                    "retweet_count": "0",
                    "id": str(1932000000000000000 + i * 7919),
                    "created_at": tw_date(dt),
                    "favorited": False,
                    "full_text": txt,
                    "lang": "zh" if any(ord(ch) > 0x2E80 for ch in txt) else "en",
                }
            }
        )
    tweets.reverse()
    out.write(f"{base_x}/tweets.js", ytd("tweets", tweets))
    qi_id = "1288870012345678901"
    dms = [
        (qi_id, "看到你又歪了哈哈哈"),
        (acct_id, "别说了 心碎"),
        (qi_id, "明天公司楼下等你"),
        (acct_id, f"好 我下班发你 我微信 {ME_ID} 你忘了？"),
        (qi_id, "哈哈没忘 逗你"),
        (acct_id, "周末去正佳吗"),
        (qi_id, "去！"),
        (acct_id, "救命 花呗账单出来了"),
        (qi_id, "抱抱 少氪点"),
        (acct_id, "最后一次 真的"),
        (qi_id, "信你个鬼"),
    ]
    msgs = []
    for i, (snd, txt) in enumerate(dms):
        dt = at(D(2025, 6, 20) + timedelta(days=i * 8), f"{13 + i % 9:02d}:{(i * 17) % 60:02d}")
        msgs.append(
            {
                "messageCreate": {
                    "reactions": [],
                    "urls": [],
                    "text": txt,
                    "mediaUrls": [],
                    "senderId": snd,
                    "recipientId": acct_id if snd == qi_id else qi_id,
                    "id": str(1936000000000000000 + i * 104729),
                    "createdAt": dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
                }
            }
        )
    msgs.reverse()
    out.write(
        f"{base_x}/direct-messages.js",
        ytd(
            "direct_messages",
            [{"dmConversation": {"conversationId": f"{qi_id}-{acct_id}", "messages": msgs}}],
        ),
    )

    home = (23.1369, 113.3745)
    work_ll = (23.1213, 113.3275)
    facts = {
        "home": {
            "lat": home[0],
            "lon": home[1],
            "radius_m": 300,
            "address": a_home,
            "city": "广州",
        },
        "work": {
            "lat": work_ll[0],
            "lon": work_ll[1],
            "radius_m": 300,
            "employer": "广州星芒互动网络科技有限公司",
        },
        "sleep_window": {"start": sleep[0], "end": sleep[1], "tolerance_min": 60},
        "top_contacts": top3(convs),
        "relationships": [
            {"name": "子轩🐻", "relationship": "partner", "full_name": "李子轩"},
            {"name": "琪琪", "relationship": "close friend", "full_name": "黄思琪"},
            {"name": "妈妈", "relationship": "mother", "full_name": "林慧敏"},
            {"name": "Kelly姐", "relationship": "colleague", "full_name": "郑可欣"},
        ],
        "religion": {"value": False},
        "health": {"value": False},
        "politics": {"value": False},
        "financial_stress": {"value": True},
        "gambling": {"value": False},
        "gaming": {"value": True},
        "salary": {
            "amount": "3500.00",
            "currency": "CNY",
            "payer": "广州星芒互动网络科技有限公司",
            "period": "monthly",
        },
        "risky_contact": {
            "name": "吴浩然",
            "why": "posts 75 angry nationalist political rants in the class group",
        },
    }
    user = {
        "names": ["陈雨萱", "萱萱"],
        "phones": [ph_me, ph_me.replace(" ", "")],
        "emails": [mail_me],
        "handles": [h_me, ME_ID],
    }
    ground_truth(
        out,
        "cn_guangzhou_chen",
        "陈雨萱, 21, journalism student interning at a Guangzhou "
        "media startup; WeChat (PyWxDump CSV), Alipay (GBK), X archive.",
        "Asia/Shanghai",
        user,
        facts,
    )


# ================================================================ persona 3: Denver, 34 y/o


def denver(d: date) -> timezone:
    # 2025 DST: 9 March .. 2 November
    return timezone(timedelta(hours=-6 if date(2025, 3, 9) <= d < date(2025, 11, 2) else -7))


def dat(d: date, hm: str) -> datetime:
    return datetime(d.year, d.month, d.day, int(hm[:2]), int(hm[3:]), tzinfo=denver(d))


P3_FOOD = [
    "tacos",
    "pho",
    "wings",
    "pizza",
    "that ramen place",
    "chipotle",
    "burgers",
    "green chile",
    "sushi",
    "thai",
    "bbq",
    "breakfast burritos",
]
P3_SPOT = [
    "Wash Park",
    "the Highlands",
    "RiNo",
    "South Broadway",
    "Old South Pearl",
    "Union Station",
    "Ball Arena",
    "Red Rocks",
    "the gym",
    "King Soopers",
    "Target",
    "Costco",
    "Home Depot",
]
P3_TEAM = ["Nuggets", "Avs", "Broncos", "Rockies", "the Nuggets", "the Avs", "Rapids"]


def p3_line(rng: random.Random, who: str) -> str:
    f, sp, tm = rng.choice(P3_FOOD), rng.choice(P3_SPOT), rng.choice(P3_TEAM)
    hr = rng.choice(["6", "6:30", "7", "7:15", "5:45", "8", "noon", "7:45"])
    common = [
        f"want {f} tonight?",
        f"im at {sp}",
        f"leaving {sp} now",
        f"{tm} looked good last night",
        f"see you at {hr}",
        "running 10 min late",
        "on my way",
        "lol",
        "haha yes",
        "100%",
        "nope",
        "ok",
        "k",
        "sounds good",
        "bet",
        "for sure",
        "ugh",
        "same",
        "wait what",
        "no way",
        "did you see this",
        "that's wild",
        "miss you",
        "call you in a bit",
        "cant talk, on a call",
        "just got home",
        f"{sp} is packed rn",
        "snow again tomorrow 🙄",
        "roads are sketchy",
        f"grabbing {f}, want anything?",
        "work was brutal today",
        "3 no-heat calls before 9am lol",
        "furnace season never ends",
        "dispatch board is a mess",
        "my truck needs an oil change",
        "what time works",
        "tomorrow?",
        "yeah that works",
        "omw",
        "👍",
        "😂😂",
        "love that",
        f"{tm} game at {hr}?",
        "we should do something this weekend",
        "i'm so tired",
        "same here",
        "did you eat yet",
        "going to bed soon",
        "good morning",
        "coffee first",
        "rough night lol",
    ]
    extra = {
        "jess": [
            "love you",
            "can you grab milk",
            "did you feed the cat",
            "dinner at my moms sunday",
            "i'll be late, staff meeting",
            "you left the garage open again",
            "netflix tonight?",
            "how was your day babe",
            "text me when you're home",
            "i got us tickets!!",
            "your mom called me lol",
            "landlord texted about the water heater",
        ],
        "marcus": [
            "you watching the game?",
            "gym at 6?",
            "beers thursday?",
            "bro",
            "lmaooo",
            f"{tm} by 10 easy",
            "fantasy draft is a joke",
            "you owe me a beer",
            "big if true",
        ],
        "kyle": [
            "dude",
            "mom wants us both there easter",
            "xbox tonight?",
            "send me that pic",
            "lol classic",
            "did you fix the sink",
            "car's making that noise again",
        ],
        "mom": [
            "Hi honey",
            "Call me when you can",
            "How is Jess?",
            "Love you",
            "Drive safe in the snow",
            "Did you get my card?",
            "Dad says hi",
            "Sunday dinner at 5",
            "Thanks sweetie",
            "ok mom",
            "will do",
            "love you too",
            "yes mom",
            "talk sunday",
        ],
    }[who]
    return vary_en(rng, rng.choice(common + extra * 2))


def p3_gen(rng: random.Random, conv: Conv, sender: str) -> str:
    if rng.random() < 0.4:
        return vary_en(rng, en_templ(rng))
    return p3_line(rng, conv.key)


P3_GROUP = [
    "who's in sunday?",
    "in",
    "out this week, kid's bday",
    "court 2 at rec center",
    "10am sharp",
    "bring the ball",
    "i got the waters",
    "GG fellas",
    "my knee says no",
    "lol",
    "same teams?",
    "shirts vs skins jk",
    "@Marcus you coming?",
    "running late 5 min",
    "good run today",
    "who took my sweatshirt",
    "rec center closed for the holiday",
    "snow day, cancel?",
    "👍",
    "🏀",
]


def p3_political(rng: random.Random, n: int) -> list[str]:
    a = [
        "These clowns in Washington",
        "The career politicians",
        "Congress",
        "The governor",
        "The city council",
        "The lobbyists",
        "Those bureaucrats",
        "The mainstream media",
        "Every single senator",
        "The IRS",
        "The federal government",
        "The establishment",
    ]
    b = [
        "are robbing us blind",
        "don't give a damn about working people",
        "need to be voted out, ALL of them",
        "are lying to your face again",
        "are a complete disgrace",
        "should be in prison",
        "keep wasting our tax dollars",
        "have sold this country out",
        "are destroying this state",
        "think we're too stupid to notice",
    ]
    c = [
        "!!!",
        ". wake up people",
        ". I'm sick of it",
        " 🤬",
        ". Nobody is holding them accountable",
        ". Share this before it gets deleted",
        ". Unreal.",
        ". Enough is enough!",
        ". Do your own research",
        ". Mark my words",
    ]
    seen: set[str] = set()
    res: list[str] = []
    while len(res) < n:
        t = rng.choice(a) + " " + rng.choice(b) + rng.choice(c)
        if t not in seen:
            seen.add(t)
            res.append(t)
    return res


def p3_media(rng: random.Random) -> str:
    return rng.choice(["image", "image", "image", "video", "sticker", "voice"])


def write_messenger(out: Out, rel_dir: str, conv: Conv, thread: str) -> None:
    rng = random.Random("fb-" + conv.key)
    msgs = []
    for i, m in enumerate(conv.msgs):
        ts = int(m.dt.timestamp() * 1000) + (i % 997)
        d: dict = {"sender_name": m.sender, "timestamp_ms": ts}
        if m.kind == "text":
            d["content"] = m.text
        elif m.kind in ("image", "video"):
            key = "photos" if m.kind == "image" else "videos"
            ext = "jpg" if m.kind == "image" else "mp4"
            d[key] = [
                {
                    "uri": f"{rel_dir}/{key}/{rng.getrandbits(60)}_{ts // 1000}.{ext}",
                    "creation_timestamp": ts // 1000,
                }
            ]
        elif m.kind == "sticker":
            d["sticker"] = {
                "uri": f"your_facebook_activity/messages/stickers_used/{rng.getrandbits(40)}.png"
            }
        elif m.kind == "voice":
            d["audio_files"] = [
                {"uri": f"{rel_dir}/audio/audioclip{ts}.mp4", "creation_timestamp": ts // 1000}
            ]
        d["is_geoblocked_for_viewer"] = False
        if m.kind == "text" and rng.random() < 0.05:
            d["reactions"] = [
                {
                    "reaction": rng.choice(["❤", "😆", "👍", "😮"]),
                    "actor": next(x for x in conv.members if x != m.sender),
                }
            ]
        msgs.append(d)
    msgs.reverse()
    doc = {
        "participants": [{"name": conv.members[1]}, {"name": conv.members[0]}],
        "messages": msgs,
        "title": conv.title,
        "is_still_participant": True,
        "thread_path": f"inbox/{thread}",
        "magic_words": [],
    }
    out.write(
        f"{rel_dir}/message_1.json", json.dumps(mojibake(doc), ensure_ascii=True, indent=2) + "\n"
    )


def tg_text(text: str, ents: list[tuple[str, str]]):
    """Split text into Telegram rich-text parts for the given (type, substring) entities."""
    parts: list = []
    rest = text
    for typ, sub in ents:
        if sub in rest:
            a, _, rest = rest.partition(sub)
            if a:
                parts.append(a)
            parts.append({"type": typ, "text": sub})
    if rest:
        parts.append(rest)
    ents_out = [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in parts]
    if len(parts) == 1 and isinstance(parts[0], str):
        return parts[0], ents_out
    return parts, ents_out


def tg_messages(
    conv: Conv, ids: dict[str, str], ents: dict[str, list[tuple[str, str]]], start_id: int
) -> list:
    rng = random.Random("tg-" + conv.key)
    res = []
    for i, m in enumerate(conv.msgs):
        base = {
            "id": start_id + i,
            "type": "message",
            "date": m.dt.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(int(m.dt.timestamp())),
        }
        if m.kind == "system":
            base.update(
                {
                    "type": "service",
                    "actor": m.sender,
                    "actor_id": ids[m.sender],
                    "action": "invite_members",
                    "members": [m.text],
                    "text": "",
                    "text_entities": [],
                }
            )
            res.append(base)
            continue
        base.update({"from": m.sender, "from_id": ids[m.sender]})
        if m.kind == "text":
            t, te = tg_text(m.text, ents.get(m.text, []))
            base.update({"text": t, "text_entities": te})
        else:
            nf = "(File not included. Change data exporting settings to download.)"
            if m.kind == "image":
                base.update(
                    {
                        "photo": nf,
                        "photo_file_size": rng.randint(40000, 300000),
                        "width": 1280,
                        "height": 960,
                    }
                )
            elif m.kind == "sticker":
                base.update(
                    {
                        "file": nf,
                        "thumbnail": nf,
                        "media_type": "sticker",
                        "sticker_emoji": rng.choice(["😂", "👍", "🔥", "🏀"]),
                        "width": 512,
                        "height": 512,
                    }
                )
            elif m.kind == "voice":
                base.update(
                    {
                        "file": nf,
                        "media_type": "voice_message",
                        "mime_type": "audio/ogg",
                        "duration_seconds": rng.randint(2, 40),
                    }
                )
            else:
                base.update(
                    {
                        "file": nf,
                        "thumbnail": nf,
                        "media_type": "video_file",
                        "mime_type": "video/mp4",
                        "duration_seconds": rng.randint(3, 60),
                        "width": 720,
                        "height": 1280,
                    }
                )
            base.update({"text": "", "text_entities": []})
        if i > 3 and rng.random() < 0.04:
            base["reply_to_message_id"] = start_id + i - rng.randint(1, 3)
        res.append(base)
    return res


def p3_build(root: Path) -> None:
    rng = random.Random("heldout12-p3")
    out = Out(root)
    sleep = ("23:30", "06:00")
    d0, d1 = date(2025, 1, 6), date(2025, 4, 4)
    days = daterange(d0, d1)
    ME = out.pii("PERSON", "Tyler Brandt")
    jess = Conv("jess", "Jess Alvarez", [ME, "Jess Alvarez"], rate=1.8, burst=(2, 7))
    marcus = Conv("marcus", "Marcus Reid", [ME, "Marcus Reid"], rate=1.1, burst=(2, 6))
    kyle = Conv("kyle", "Kyle Brandt", [ME, "Kyle Brandt"], rate=0.8, burst=(2, 5))
    mom = Conv("mom", "Donna Brandt", [ME, "Donna Brandt"], rate=0.5, burst=(2, 4))
    grp = Conv(
        "grp",
        "Sunday Rec League 🏀",
        [ME, "Dale Hutchins", "Marcus Reid", "Andre Coleman", "Nate Sorensen", "Luis Ortega"],
        group=True,
        rate=0.7,
        burst=(1, 4),
    )
    convs = [jess, marcus, kyle, mom, grp]

    def ggen(r: random.Random, c: Conv, snd: str) -> str:
        return vary_en(r, r.choice(P3_GROUP))

    for c in convs:
        simulate(rng, c, days, sleep, denver, p3_gen if not c.group else ggen, p3_media)

    for v in [
        "Jess Alvarez",
        "jess",
        "Jess",
        "Marcus Reid",
        "Marcus",
        "Donna Brandt",
        "Kyle Brandt",
        "Kyle",
        "Dale Hutchins",
        "Dale",
        "Andre Coleman",
        "Nate Sorensen",
        "Luis Ortega",
        "Dr. Patel",
        "Mrs. Okafor",
        "mrs. okafor",
        "dale",
        "kyle",
        "Amy",
        "Tyler",
    ]:
        out.pii("PERSON", v)
    ph_me = out.pii("PHONE_NUMBER", "(303) 555-0142")
    ph_me_tg = out.pii("PHONE_NUMBER", "+1 303 555 0142")
    ph_jess = out.pii("PHONE_NUMBER", "720-555-0187")
    ph_kyle = out.pii("PHONE_NUMBER", "+1 303 555 0119")
    ph_marcus = out.pii("PHONE_NUMBER", "303.555.0163")
    ph_mom_tg = out.pii("PHONE_NUMBER", "+1 720 555 0131")
    m_me = out.pii("EMAIL_ADDRESS", "tyler.brandt@example.com")
    m_jess = out.pii("EMAIL_ADDRESS", "jess.alvarez@example.org")
    m_dale = out.pii("EMAIL_ADDRESS", "dhutch1776@example.net")
    a_home = out.pii("ADDRESS", "2418 S Clarkson St Apt 3, Denver, CO 80210")
    a_home_inf = out.pii("ADDRESS", "2418 s clarkson apt 3")
    a_home_loc = out.pii("ADDRESS", "2418 S Clarkson St, Denver, CO 80210")
    a_work_loc = out.pii("ADDRESS", "5200 Smith Rd, Denver, CO 80216")
    a_kyle = out.pii("ADDRESS", "1190 W 8th Ave Unit 5, Lakewood")
    a_mom = out.pii("ADDRESS", "7745 W Quincy Ave, Littleton, CO 80123")
    ssn = out.pii("US_SSN", "531-24-7789")
    dl = out.pii("US_DRIVER_LICENSE", "14-227-3391")
    pp = out.pii("US_PASSPORT", "584719362")
    routing = out.pii("BANK_ACCOUNT", aba("10708904"))
    acct = out.pii("BANK_ACCOUNT", "4471093822")
    cc = out.pii("CREDIT_CARD", spaced(luhn("414720931180662")))
    plate = out.pii("LICENSE_PLATE", "BVR-K42")
    h_tg = out.pii("USERNAME", "tbrandt_den")
    h_rd = out.pii("USERNAME", "mile_high_tb")
    h_vm = out.pii("USERNAME", "Tyler-Brandt-12")
    h_vj = out.pii("USERNAME", "Jess-Alvarez-7")
    h_vmr = out.pii("USERNAME", "Marcus-Reid-303")

    D = date
    plant(
        jess,
        dat(D(2025, 1, 9), "19:20"),
        [
            (
                "Jess Alvarez",
                "what's your new address for the insurance form? i only have the old one",
            ),
            (ME, a_home),
            (
                "Jess Alvarez",
                f"and they want a number, mine's still {ph_jess} right? lol yes it is",
            ),
        ],
    )
    plant(
        jess,
        dat(D(2025, 1, 22), "12:10"),
        [
            ("Jess Alvarez", "renting the car for moab, need your license #"),
            (ME, f"CO DL {dl}, exp 2029"),
            ("Jess Alvarez", "thx. plate of your truck too? hotel parking wants it"),
            (ME, plate),
        ],
    )
    plant(
        jess,
        dat(D(2025, 2, 14), "08:05"),
        [
            (ME, "happy valentines 💘 flowers coming to your work"),
            ("Jess Alvarez", "TYLER 😭😭 ok they need my email for the delivery"),
            ("Jess Alvarez", m_jess),
        ],
    )
    plant(
        jess,
        dat(D(2025, 3, 4), "18:40"),
        [
            ("Jess Alvarez", "mrs. okafor came by about the water heater, said call her"),
            (ME, "ugh ok. Mrs. Okafor always picks the worst day"),
        ],
    )
    plant(
        jess,
        dat(D(2025, 3, 19), "20:12"),
        [
            ("Jess Alvarez", "booking cancun, use your card? mine's maxed from the vet"),
            (ME, f"{cc} exp 08/27 cvv i'll tell you irl"),
        ],
    )
    plant(
        mom,
        dat(D(2025, 1, 15), "10:30"),
        [
            (
                "Donna Brandt",
                "Honey the insurance lady needs your social for the policy, can you send it",
            ),
            (ME, "mom you're not supposed to text that"),
            ("Donna Brandt", "I know I know just this once"),
            (ME, f"fine. {ssn} delete this after"),
        ],
    )
    plant(
        mom,
        dat(D(2025, 2, 2), "16:00"),
        [
            ("Donna Brandt", f"Dinner at our place, {a_mom}. Amy and the kids are coming"),
            (ME, "we'll be there by 5"),
        ],
    )
    plant(
        mom,
        dat(D(2025, 3, 12), "09:15"),
        [
            ("Donna Brandt", "Knee surgery went fine, Dr. Patel says 6 weeks of PT"),
            (ME, "so glad mom. kyle and i will come by saturday"),
        ],
    )
    plant(
        marcus,
        dat(D(2025, 1, 11), "13:20"),
        [
            ("Marcus Reid", f"new number btw {ph_marcus}"),
            (ME, "saved"),
        ],
    )
    plant(
        marcus,
        dat(D(2025, 2, 27), "21:05"),
        [
            ("Marcus Reid", "cancun flights are up, send me your passport number i'll book all 4"),
            (ME, f"passport {pp}, name as Tyler James Brandt"),
            ("Marcus Reid", "got it"),
        ],
    )
    plant(
        marcus,
        dat(D(2025, 3, 6), "19:30"),
        [
            ("Marcus Reid", "whats jess's venmo, owe her for the concert"),
            (ME, f"@{h_vj}"),
        ],
    )
    plant(
        marcus,
        dat(D(2025, 1, 25), "11:00"),
        [
            (ME, f"venmo me for the tix, i'm @{h_vm}"),
            ("Marcus Reid", f"sent. mine is @{h_vmr} if you ever need it"),
        ],
    )

    # gambling (user), spread over weeks
    bets = [
        (
            D(2025, 1, 12),
            marcus,
            [
                (ME, "put $100 on a 4 leg parlay, nuggets ML + the over 231.5"),
                ("Marcus Reid", "degenerate lol"),
            ],
        ),
        (
            D(2025, 1, 26),
            marcus,
            [(ME, "parlay hit!! +$640 on draftkings"), ("Marcus Reid", "drinks on you")],
        ),
        (
            D(2025, 2, 8),
            marcus,
            [
                (ME, "lost the whole 250 on the avs tonight. chasing it tmrw"),
                ("Marcus Reid", "maybe take a week off bro"),
            ],
        ),
        (
            D(2025, 2, 19),
            jess,
            [
                ("Jess Alvarez", "why is there another draftkings deposit on the statement"),
                (ME, "it's fine, i'm up overall"),
            ],
        ),
        (
            D(2025, 3, 1),
            marcus,
            [
                (ME, "fanduel gave me a $50 boost, doing a same game parlay on the nuggets"),
                ("Marcus Reid", "tail"),
            ],
        ),
        (
            D(2025, 3, 16),
            kyle,
            [
                (ME, "march madness bracket + i've got $300 on live bets today"),
                ("Kyle Brandt", "you gotta chill with the betting man"),
            ],
        ),
        (
            D(2025, 3, 27),
            marcus,
            [(ME, "down like 900 this month on DK, not telling jess"), ("Marcus Reid", "dude")],
        ),
    ]
    for d, c, lines in bets:
        plant(c, dat(d, "20:45"), lines)
    # politics (user): volunteering for a campaign, spread over weeks
    pol_u = [
        (
            D(2025, 1, 18),
            jess,
            [(ME, "canvassing for the dem state house candidate saturday morning, back by 2")],
        ),
        (
            D(2025, 2, 1),
            marcus,
            [
                (ME, "knocked 60 doors in platt park for the campaign today"),
                ("Marcus Reid", "you're really into this politics stuff now huh"),
            ],
        ),
        (
            D(2025, 2, 22),
            kyle,
            [
                (ME, "i signed up as a precinct captain with the denver dems lol"),
                ("Kyle Brandt", "nerd"),
            ],
        ),
        (D(2025, 3, 8), jess, [(ME, "phone bank tonight at the party office, 6-8")]),
        (
            D(2025, 3, 29),
            mom,
            [
                (ME, "dropping flyers for the campaign in your neighborhood sat"),
                ("Donna Brandt", "Your dad won't like that but ok"),
            ],
        ),
    ]
    for d, c, lines in pol_u:
        plant(c, dat(d, "12:30"), lines)
    plant(
        kyle,
        dat(D(2025, 1, 20), "19:00"),
        [
            (
                "Kyle Brandt",
                f"rent split for the cabin: send to my account, routing {routing} acct {acct}",
            ),
            (ME, "just venmo?"),
            ("Kyle Brandt", "i don't have venmo lol. also moved, i'm at " + a_kyle),
        ],
    )
    # distractors: other people's religion / gaming
    plant(
        marcus,
        dat(D(2025, 2, 12), "17:05"),
        [
            ("Marcus Reid", "where do i drop the cooler"),
            (ME, f"{a_home_inf}, side door. 2nd floor"),
        ],
    )
    plant(
        kyle,
        dat(D(2025, 2, 9), "17:30"),
        [("Kyle Brandt", "new cod season, i was on xbox till 3am"), (ME, "haha nah not my thing")],
    )
    plant(
        mom,
        dat(D(2025, 3, 2), "11:45"),
        [
            ("Donna Brandt", "Amy's baby gets baptized at St. Vincent's next month, please come"),
            (ME, "wouldn't miss it"),
        ],
    )

    # group chat: Dale's rants, his email, invite
    plant(grp, dat(D(2025, 1, 7), "19:00"), [("Marcus Reid", "Dale Hutchins", "system")])
    plant(
        grp,
        dat(D(2025, 1, 8), "18:30"),
        [("Dale Hutchins", f"Thanks for the add. For the league dues email me {m_dale}")],
    )
    pol = p3_political(rng, 72)
    gdays = rng.sample(days, 52)
    for i, t in enumerate(pol):
        d = gdays[i % len(gdays)]
        grp.msgs.append(
            Msg(
                dat(d, f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}")
                + timedelta(seconds=rng.randint(0, 59)),
                "Dale Hutchins",
                t,
            )
        )
    for d in rng.sample(days, 5):
        plant(
            grp,
            dat(d, "22:10"),
            [
                (
                    rng.choice(["Andre Coleman", "Luis Ortega", "Marcus Reid"]),
                    rng.choice(
                        [
                            "dale man this is a hoops chat",
                            "can we keep politics out of here",
                            "bro not again",
                            "dale. please.",
                        ]
                    ),
                )
            ],
        )
    plant(grp, dat(D(2025, 2, 23), "09:10"), [(ME, f"if anyone needs a ride text me {ph_me}")])
    for c in convs:
        finish(c, sleep)

    # --- Messenger (2024 layout) ----------------------------------------------------
    fb = "your_facebook_activity/messages/inbox"
    for c, th in [
        (jess, "jessalvarez_10293847561234567"),
        (marcus, "marcusreid_20938475619283746"),
        (mom, "donnabrandt_30495867102938475"),
    ]:
        write_messenger(out, f"{fb}/{th}", c, th)

    # --- Telegram full export ---------------------------------------------------------
    ids = {
        ME: "user5512093387",
        "Kyle Brandt": "user5538201937",
        "Dale Hutchins": "user6619004521",
        "Marcus Reid": "user5821009914",
        "Andre Coleman": "user7001238844",
        "Nate Sorensen": "user5990021173",
        "Luis Ortega": "user6233410098",
    }
    ents = {}
    for c in (kyle, grp):
        for m in c.msgs:
            e = []
            if ph_me in m.text:
                e.append(("phone", ph_me))
            if m_dale in m.text:
                e.append(("email", m_dale))
            if e:
                ents[m.text] = e
    tg = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data.",
        "personal_information": {
            "user_id": 5512093387,
            "first_name": "Tyler",
            "last_name": "Brandt",
            "phone_number": ph_me_tg,
            "username": "@" + h_tg,
            "bio": "hvac dispatch. nuggets. 🏔",
        },
        "contacts": {
            "about": "This is your contact list.",
            "list": [
                {
                    "user_id": 5538201937,
                    "first_name": "Kyle",
                    "last_name": "Brandt",
                    "phone_number": ph_kyle,
                    "date": "2021-06-02T18:11:40",
                    "date_unixtime": "1622679100",
                },
                {
                    "user_id": 0,
                    "first_name": "Mom",
                    "last_name": "",
                    "phone_number": ph_mom_tg,
                    "date": "2021-06-02T18:11:40",
                    "date_unixtime": "1622679100",
                },
                {
                    "user_id": 5821009914,
                    "first_name": "Marcus",
                    "last_name": "Reid",
                    "phone_number": "+1 303 555 0163",
                    "date": "2022-09-14T20:03:11",
                    "date_unixtime": "1663207391",
                },
            ],
        },
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": [
                {
                    "name": "Kyle Brandt",
                    "type": "personal_chat",
                    "id": 5538201937,
                    "messages": tg_messages(kyle, ids, ents, 40211),
                },
                {
                    "name": grp.title,
                    "type": "private_supergroup",
                    "id": 2231184402,
                    "messages": tg_messages(grp, ids, ents, 1187),
                },
            ],
        },
    }
    out.pii("PHONE_NUMBER", "+1 303 555 0163")
    out.write(
        "Telegram Desktop/DataExport_2025-04-05/result.json",
        json.dumps(tg, ensure_ascii=False, indent=1) + "\n",
    )

    # --- Venmo statement ------------------------------------------------------------
    vr = random.Random("p3-venmo")
    vrows = []
    for d in days:
        if vr.random() < 0.22:
            who = vr.choice(["Jess Alvarez", "Marcus Reid", "Andre Coleman", "Luis Ortega"])
            note = vr.choice(
                [
                    "🍕",
                    "tacos",
                    "beers",
                    "uber",
                    "groceries",
                    "nuggets tix",
                    "rec league dues",
                    "🍻🍻",
                    "gas $",
                    "wings",
                    "half the utilities",
                    "concert",
                ]
            )
            amt = vr.choice([12.5, 18, 22.75, 35, 40, 60, 85, 9.5, 27, 120])
            out_ = vr.random() < 0.6
            vrows.append(
                (
                    dat(d, f"{vr.randint(8, 22):02d}:{vr.randint(0, 59):02d}")
                    + timedelta(seconds=vr.randint(0, 59)),
                    "Payment",
                    note,
                    ME if out_ else who,
                    who if out_ else ME,
                    ("- " if out_ else "+ ") + f"${amt:,.2f}",
                )
            )
    vrows.append(
        (dat(D(2025, 1, 25), "11:03"), "Payment", "nuggets tix", "Marcus Reid", ME, "+ $145.00")
    )
    vrows.append(
        (dat(D(2025, 1, 27), "09:40"), "Payment", "parlay money lol", "Marcus Reid", ME, "+ $50.00")
    )
    vrows.append(
        (dat(D(2025, 3, 1), "10:15"), "Payment", "rent half", "Jess Alvarez", ME, "+ $825.00")
    )
    vrows.append(
        (dat(D(2025, 2, 1), "10:15"), "Payment", "rent half", "Jess Alvarez", ME, "+ $825.00")
    )
    vrows.sort()
    vtext = f"Account Statement - (@{h_vm}) ,,,,,,,,,,,,,,,,,,,,,\nAccount Activity,,,,,,,,,,,,,,,,,,,,,\n"
    vhead = [
        "",
        "ID",
        "Datetime",
        "Type",
        "Status",
        "Note",
        "From",
        "To",
        "Amount (total)",
        "Amount (tip)",
        "Amount (tax)",
        "Amount (fee)",
        "Tax Rate",
        "Tax Exempt",
        "Funding Source",
        "Destination",
        "Beginning Balance",
        "Ending Balance",
        "Statement Period Venmo Fees",
        "Terminal Location",
        "Year to Date Venmo Fees",
        "Disclaimer",
    ]
    rows = [vhead, [""] * 16 + ["$212.40"] + [""] * 5]
    for dt, ty, note, fr, to, amt in vrows:
        src = "Venmo balance" if amt.startswith("-") else ""
        dst = "Venmo balance" if amt.startswith("+") else ""
        rows.append(
            [
                "",
                str(vr.randint(4 * 10**18, 4 * 10**18 + 10**17)),
                dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
                ty,
                "Complete",
                note,
                fr,
                to,
                amt,
                "",
                "0",
                "",
                "0",
                "",
                src,
                dst,
                "",
                "",
                "",
                "Venmo",
                "",
                "",
            ]
        )
    rows.append(
        [""] * 17
        + [
            "$388.15",
            "$0.00",
            "",
            "$0.00",
            "In case of errors or questions about your electronic transfers...",
        ]
    )
    vtext += csv_text(rows)
    out.write("venmo_statement_2025-01-01_2025-04-04.csv", vtext)

    # --- OFX bank statement -------------------------------------------------------------
    orng = random.Random("p3-ofx")
    tx = []
    pay = D(2025, 1, 10)
    while pay <= d1:
        tx.append(
            (
                dat(pay, "06:00"),
                "DIRECTDEP",
                "2184.37",
                "FRONT RANGE MECHANICAL PAYROLL",
                "DIRECT DEP PPD ID 8840211730",
            )
        )
        pay += timedelta(days=14)
    for m in (1, 2, 3, 4):
        tx.append(
            (
                dat(D(2025, m, 1), "08:00"),
                "DEBIT",
                "-1650.00",
                "ZELLE TO OKAFOR PROPERTIES",
                "RENT UNIT 3",
            )
        )
    for d in days:
        if orng.random() < 0.33:
            name = orng.choice(
                [
                    "KING SOOPERS #0021 DENVER CO",
                    "SHELL OIL 57444123 DENVER",
                    "CHIPOTLE 1123 DENVER CO",
                    "XCEL ENERGY PAYMENT",
                    "COMCAST DENVER CO",
                    "TARGET 00018 GLENDALE CO",
                    "24 HOUR FITNESS USA",
                    "SPOTIFY USA",
                    "AMAZON MKTPL*2K4",
                ]
            )
            tx.append(
                (
                    dat(d, "12:00"),
                    "POS",
                    f"-{orng.randint(8, 140)}.{orng.randint(0, 99):02d}",
                    name,
                    name,
                )
            )
        if d.weekday() in (4, 5) and orng.random() < 0.6:
            tx.append(
                (
                    dat(d, "21:00"),
                    "DEBIT",
                    f"-{orng.choice([50, 75, 100, 150, 200, 250])}.00",
                    orng.choice(
                        ["DRAFTKINGS *DEPOSIT", "DRAFTKINGS *DEPOSIT", "FANDUEL SPORTSBOOK"]
                    ),
                    "WEB PMT",
                )
            )
    tx.append(
        (dat(D(2025, 1, 27), "10:00"), "CREDIT", "640.00", "DRAFTKINGS WITHDRAWAL", "ACH CREDIT")
    )
    for d in (D(2025, 1, 19), D(2025, 2, 16), D(2025, 3, 16)):
        tx.append((dat(d, "15:00"), "DEBIT", "-25.00", "ACTBLUE*DENVER DEMOCRATS", "WEB PMT"))
    tx.sort()

    def ofxd(dt: datetime) -> str:
        off = int(dt.utcoffset().total_seconds() // 3600)
        return dt.strftime("%Y%m%d%H%M%S") + f".000[{off}:{'MDT' if off == -6 else 'MST'}]"

    o = [
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
        f"<DTSERVER>{ofxd(dat(D(2025, 4, 5), '09:12'))}",
        "<LANGUAGE>ENG",
        "<FI>",
        "<ORG>B1",
        "<FID>10898",
        "</FI>",
        "</SONRS>",
        "</SIGNONMSGSRSV1>",
        "<BANKMSGSRSV1>",
        "<STMTTRNRS>",
        "<TRNUID>1",
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
        f"<DTSTART>{ofxd(dat(d0, '00:00'))}",
        f"<DTEND>{ofxd(dat(d1, '23:59'))}",
    ]
    for k, (dt, ty, amt, name, memo) in enumerate(tx):
        o += [
            "<STMTTRN>",
            f"<TRNTYPE>{ty}",
            f"<DTPOSTED>{ofxd(dt)}",
            f"<TRNAMT>{amt}",
            f"<FITID>{dt:%Y%m%d}{k:05d}",
            f"<NAME>{name[:32]}",
            f"<MEMO>{memo}",
            "</STMTTRN>",
        ]
    o += [
        "</BANKTRANLIST>",
        "<LEDGERBAL>",
        "<BALAMT>3120.44",
        f"<DTASOF>{ofxd(dat(D(2025, 4, 5), '09:12'))}",
        "</LEDGERBAL>",
        "</STMTRS>",
        "</STMTTRNRS>",
        "</BANKMSGSRSV1>",
        "</OFX>",
        "",
    ]
    out.write("bank/Checking1_20250106_20250404.ofx", "\r\n".join(o), "ascii")

    # --- Google Semantic Location History ---------------------------------------------------
    home = (39.6727, -104.9790)
    work = (39.7735, -104.9272)
    gym = (39.6797, -104.9641)
    lr = random.Random("p3-loc")
    months: dict[str, list] = {}

    def iso(dt: datetime) -> str:
        return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{lr.randint(0, 999):03d}Z"

    def pv(
        a: datetime, b: datetime, ll: tuple[float, float], name: str, addr: str, pid: str, sem: str
    ) -> dict:
        loc = {
            "latitudeE7": round(ll[0] * 1e7) + lr.randint(-300, 300),
            "longitudeE7": round(ll[1] * 1e7) + lr.randint(-300, 300),
            "placeId": pid,
            "address": addr,
            "name": name,
            "semanticType": sem,
            "sourceInfo": {"deviceTag": -118723004},
            "locationConfidence": round(lr.uniform(70, 99), 4),
            "calibratedProbability": round(lr.uniform(60, 99), 4),
        }
        if not name:
            del loc["name"]
        return {
            "placeVisit": {
                "location": loc,
                "duration": {"startTimestamp": iso(a), "endTimestamp": iso(b)},
                "placeConfidence": "HIGH_CONFIDENCE",
                "visitConfidence": lr.randint(80, 99),
                "locationConfidence": lr.randint(70, 99),
                "placeVisitType": "SINGLE_PLACE",
                "placeVisitImportance": "MAIN",
            }
        }

    def seg(
        a: datetime, b: datetime, p: tuple[float, float], q: tuple[float, float], act: str
    ) -> dict:
        return {
            "activitySegment": {
                "startLocation": {
                    "latitudeE7": int(p[0] * 1e7),
                    "longitudeE7": int(p[1] * 1e7),
                    "sourceInfo": {"deviceTag": -118723004},
                },
                "endLocation": {
                    "latitudeE7": int(q[0] * 1e7),
                    "longitudeE7": int(q[1] * 1e7),
                    "sourceInfo": {"deviceTag": -118723004},
                },
                "duration": {"startTimestamp": iso(a), "endTimestamp": iso(b)},
                "distance": int(abs(p[0] - q[0]) * 111000 + abs(p[1] - q[1]) * 85000),
                "activityType": act,
                "confidence": "HIGH",
                "activities": [{"activityType": act, "probability": round(lr.uniform(80, 98), 3)}],
            }
        }

    HID, WID, GID = (
        "ChIJ5x0nK0t_bIcRk2QvJm0aY1Q",
        "ChIJq9Wf2nR5bIcR8aBv0xTtz7E",
        "ChIJb3Yt7Ut_bIcRaQ2m9HdQx0w",
    )
    prev = dat(d0, "00:00") - timedelta(hours=2)
    for d in days:
        key = f"{d.year}/{d.year}_{['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL'][d.month - 1]}"
        lst = months.setdefault(key, [])
        if d.weekday() < 5:
            leave = dat(d, "06:35") + timedelta(minutes=lr.randint(-8, 8))
            arr = leave + timedelta(minutes=lr.randint(22, 30))
            lw = dat(d, "16:30") + timedelta(minutes=lr.randint(-10, 25))
            back = lw + timedelta(minutes=lr.randint(25, 40))
            lst += [
                pv(prev, leave, home, "", a_home_loc + ", USA", HID, "TYPE_HOME"),
                seg(leave, arr, home, work, "IN_PASSENGER_VEHICLE"),
                pv(arr, lw, work, "Front Range Mechanical", a_work_loc + ", USA", WID, "TYPE_WORK"),
                seg(lw, back, work, home, "IN_PASSENGER_VEHICLE"),
            ]
        else:
            leave = dat(d, "10:00") + timedelta(minutes=lr.randint(-30, 30))
            arr = leave + timedelta(minutes=9)
            lg = arr + timedelta(minutes=lr.randint(70, 110))
            back = lg + timedelta(minutes=10)
            lst += [
                pv(prev, leave, home, "", a_home_loc + ", USA", HID, "TYPE_HOME"),
                seg(leave, arr, home, gym, "IN_PASSENGER_VEHICLE"),
                pv(
                    arr,
                    lg,
                    gym,
                    "Denver Rec Center",
                    "1650 E Evans Ave, Denver, CO 80210, USA",
                    GID,
                    "TYPE_UNKNOWN",
                ),
                seg(lg, back, gym, home, "IN_PASSENGER_VEHICLE"),
            ]
        prev = back
    months["2025/2025_APRIL"].append(
        pv(prev, dat(d1, "23:59"), home, "", a_home_loc + ", USA", HID, "TYPE_HOME")
    )
    for key, objs in months.items():
        out.write(
            f"Takeout/Location History (Timeline)/Semantic Location History/{key}.json",
            json.dumps({"timelineObjects": objs}, indent=2) + "\n",
        )
    out.pii("ADDRESS", "1650 E Evans Ave, Denver, CO 80210")

    # --- Reddit data request ------------------------------------------------------------
    com_rows = [
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
    bodies = [
        ("sportsbook", "Nuggets team total overs have been free money this month. 3 for 3."),
        ("sportsbook", "Parlay of the day thread is cursed, lost 4 legs by one rebound"),
        ("sportsbook", "DK boosted my SGP and it still lost. I'm done for the week (I'm not)"),
        (
            "Denver",
            "Anyone know a decent mechanic near Evans and Clarkson? Truck is making a grinding noise",
        ),
        (
            "Denver",
            "Canvassed in Platt Park for the state house race this weekend, people were actually nice",
        ),
        (
            "Denver",
            "Found a gray cat by Old South Pearl, has no collar. text (303) 555-0142 if yours",
        ),
        (
            "HVAC",
            "Dispatcher here. Please stop telling customers a tech will be there in 'an hour' lol",
        ),
        ("HVAC", "Furnace flame sensor calls are 40% of our January board"),
        ("denvernuggets", "Our bench needs to stop hunting threes in transition"),
        ("denvernuggets", "This team in the 4th quarter is a different team"),
        ("ColoradoAvalanche", "The first line is carrying this team again"),
        (
            "Colorado",
            "Volunteered with the county party for the first time, recommend it if you're frustrated",
        ),
        ("sportsbook", "Up 600 in January, down 900 in March. this is fine"),
        ("Denver", "I-25 at 6th is a parking lot again"),
    ]
    for i, (sub, body) in enumerate(bodies):
        dt = dat(d0 + timedelta(days=i * 6 + 2), f"{12 + i % 10:02d}:{(i * 23) % 60:02d}")
        cid = f"m{i + 4}{'kx7qa'[i % 5]}{i * 37 % 100:02d}b"
        com_rows.append(
            [
                cid,
                f"https://www.reddit.com/r/{sub}/comments/1h{i}z{i % 7}q/x/{cid}/",
                dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
                "",
                sub,
                "{}",
                f"https://www.reddit.com/r/{sub}/comments/1h{i}z{i % 7}q/",
                "",
                body,
                "",
            ]
        )
    out.write("reddit_export/comments.csv", csv_text(com_rows))
    msg_rows = [["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"]]
    dm = [
        ("frontrange_hoops", h_rd, "nuggets tix", "Still have the 2 Nuggets tickets for the 18th?"),
        (
            h_rd,
            "frontrange_hoops",
            "re: nuggets tix",
            f"yep, $145 for both. venmo @{h_vm} and i'll transfer them",
        ),
        (
            "frontrange_hoops",
            h_rd,
            "re: nuggets tix",
            "sent. use coleman.andre@example.com for the transfer, thx",
        ),
        (h_rd, "frontrange_hoops", "re: nuggets tix", "transferred, enjoy"),
    ]
    out.pii("EMAIL_ADDRESS", "coleman.andre@example.com")
    out.pii("USERNAME", "frontrange_hoops")
    for i, (fr, to, subj, body) in enumerate(dm):
        dt = dat(D(2025, 1, 15) + timedelta(days=i), f"{18 + i:02d}:10")
        msg_rows.append(
            [
                f"2k{i}q9x{i * 3}",
                f"https://www.reddit.com/message/messages/2k{i}q9x{i * 3}",
                "t4_2k0q9x0",
                dt.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
                "",
                fr,
                to,
                subj,
                body,
            ]
        )
    out.write("reddit_export/messages.csv", csv_text(msg_rows))

    facts = {
        "home": {
            "lat": home[0],
            "lon": home[1],
            "radius_m": 300,
            "address": a_home,
            "city": "Denver",
        },
        "work": {
            "lat": work[0],
            "lon": work[1],
            "radius_m": 300,
            "employer": "Front Range Mechanical",
        },
        "sleep_window": {"start": sleep[0], "end": sleep[1], "tolerance_min": 60},
        "top_contacts": top3(convs),
        "relationships": [
            {"name": "Jess Alvarez", "relationship": "partner", "full_name": "Jess Alvarez"},
            {"name": "Marcus Reid", "relationship": "close friend", "full_name": "Marcus Reid"},
            {"name": "Kyle Brandt", "relationship": "brother", "full_name": "Kyle Brandt"},
            {"name": "Donna Brandt", "relationship": "mother", "full_name": "Donna Brandt"},
        ],
        "religion": {"value": False},
        "health": {"value": False},
        "politics": {
            "value": "Democratic Party volunteer (canvassing, precinct captain, ActBlue donations)"
        },
        "financial_stress": {"value": False},
        "gambling": {"value": True},
        "gaming": {"value": False},
        "salary": {
            "amount": "2184.37",
            "currency": "USD",
            "payer": "FRONT RANGE MECHANICAL PAYROLL",
            "period": "biweekly",
        },
        "risky_contact": {
            "name": "Dale Hutchins",
            "why": "posts 70+ angry anti-government political rants in the rec league group",
        },
    }
    user = {
        "names": ["Tyler Brandt", "Tyler"],
        "phones": [ph_me, ph_me_tg],
        "emails": [m_me],
        "handles": [h_tg, h_rd, h_vm],
    }
    ground_truth(
        out,
        "us_denver_brandt",
        "Tyler Brandt, 34, HVAC service dispatcher in Denver; Messenger, "
        "Telegram, Venmo, OFX bank statement, Google Semantic Location History, Reddit.",
        "America/Denver",
        user,
        facts,
    )


def main() -> None:
    dest = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "personas"
    if dest.exists():
        shutil.rmtree(dest)
    p1_build(dest / "cn_chengdu_wang")
    p2_build(dest / "cn_guangzhou_chen")
    p3_build(dest / "us_denver_brandt")


if __name__ == "__main__":
    main()
