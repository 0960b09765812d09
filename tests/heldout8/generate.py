"""Generate the heldout8 blind evaluation set (three fictional mainland Chinese personas).

Stdlib only. Output depends only on the fixed seeds below (not on TZ, locale, hash seed or
today's date). Usage: python generate.py [OUTDIR]  (default: personas/ next to this file).
"""

from __future__ import annotations

import csv
import io
import json
import random
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape

CST = timezone(timedelta(hours=8))
START = date(2026, 8, 1)
END = date(2026, 10, 31)
DAYS = [START + timedelta(days=i) for i in range((END - START).days + 1)]


# --------------------------------------------------------------------------- numbers
def cn_id(prefix17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(prefix17, w, strict=True))
    return prefix17 + "10X98765432"[s % 11]


def cn_id_with_x(prefix14: str) -> str:
    for seq in range(100, 999):
        v = cn_id(prefix14 + str(seq))
        if v.endswith("X"):
            return v
    raise ValueError(prefix14)


def luhn(prefix: str) -> str:
    digits = [int(c) for c in prefix]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)


def group(s: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    return sep.join(out)


FW = str.maketrans("0123456789", "０１２３４５６７８９")


# --------------------------------------------------------------------------- messages
@dataclass
class Msg:
    ts: datetime  # aware, +08:00
    sender: str  # persona-local key; "me" for the user
    kind: str  # text | image | voice | video | sticker | location | system
    text: str = ""


@dataclass
class Chat:
    title: str
    is_group: bool
    members: list[str]  # keys (excluding "me")
    msgs: list[Msg] = field(default_factory=list)


MODS_PRE = ["", "", "", "", "哈哈", "嗯嗯 ", "对了，", "哎 ", "好的 ", "诶 ", "噢 "]
MODS_SUF = ["", "", "", "", "😂", "[捂脸]", "～", "！", "哈", "👍", "[呲牙]", "。", "😄", "[微笑]"]


TYPOS = {"在": "再", "的": "得", "吗": "嘛", "了": "啦", "没": "木", "什么": "啥", "这样": "酱"}


def vary(rng: random.Random, line: str, pool: list[str] | None = None) -> str:
    if pool and rng.random() < 0.22:
        line = line + rng.choice(["，", " ", "。"]) + rng.choice(pool)
    if rng.random() < 0.08:
        for a, b in TYPOS.items():
            if a in line:
                line = line.replace(a, b, 1)
                break
    return rng.choice(MODS_PRE) + line + rng.choice(MODS_SUF)


def fill_chat(
    rng: random.Random,
    chat: Chat,
    n: int,
    pools: dict[str, list[str]],
    awake: tuple[int, int],
    planted: list[tuple[date, int, int, str, str]],
) -> None:
    """Add planted messages (day, hour, minute, sender, text) and random bursts up to n."""
    for d, h, m, who, text in planted:
        kind = "text"
        if text.startswith("@loc:"):
            kind = "location"
            text = text[5:]
        chat.msgs.append(
            Msg(
                datetime(d.year, d.month, d.day, h, m, rng.randint(0, 59), tzinfo=CST),
                who,
                kind,
                text,
            )
        )
    a0, a1 = awake
    speakers = ["me", *chat.members]
    while len([x for x in chat.msgs if x.kind != "system"]) < n:
        d = rng.choice(DAYS)
        t = datetime(d.year, d.month, d.day, a0, 5, tzinfo=CST) + timedelta(
            minutes=rng.randint(0, (a1 - a0) * 60 - 40)
        )
        limit = datetime(d.year, d.month, d.day, a1 - 1, 55, tzinfo=CST)
        burst = rng.randint(2, 7)
        who = rng.choice(speakers)
        for _ in range(burst):
            if t > limit or len([x for x in chat.msgs if x.kind != "system"]) >= n:
                break
            r = rng.random()
            if r < 0.07:
                kind, text = "image", ""
            elif r < 0.11:
                kind, text = "voice", ""
            elif r < 0.14:
                kind, text = "sticker", ""
            else:
                kind, text = (
                    "text",
                    vary(
                        rng,
                        rng.choice(pools[who if who in pools else "them"]),
                        pools[who if who in pools else "them"],
                    ),
                )
            chat.msgs.append(Msg(t.replace(second=rng.randint(0, 59)), who, kind, text))
            t += timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(5, 50))
            if rng.random() < 0.55:
                who = rng.choice([s for s in speakers if s != who])
    chat.msgs.sort(key=lambda x: (x.ts, x.sender))


def rants(
    rng: random.Random, subjects: list[str], verbs: list[str], tails: list[str], k: int
) -> list[str]:
    combos = [(s, v, t) for s in subjects for v in verbs for t in tails]
    rng.shuffle(combos)
    return [f"{s}{v}，{t}" for s, v, t in combos[:k]]


def add_rants(
    rng: random.Random, chat: Chat, who: str, lines: list[str], awake: tuple[int, int]
) -> None:
    for i, line in enumerate(lines):
        d = DAYS[(i * 7 + rng.randint(0, 3)) % len(DAYS)]
        h = rng.randint(awake[0] + 1, awake[1] - 2)
        chat.msgs.append(
            Msg(
                datetime(
                    d.year, d.month, d.day, h, rng.randint(0, 59), rng.randint(0, 59), tzinfo=CST
                ),
                who,
                "text",
                line,
            )
        )
    chat.msgs.sort(key=lambda x: (x.ts, x.sender))


def epoch(t: datetime) -> int:
    return int(t.timestamp())


def wall(t: datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def csv_text(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# --------------------------------------------------------------------------- xlsx
def col_name(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    strings: list[str] = []
    index: dict[str, int] = {}
    sheet_rows = []
    for ri, row in enumerate(rows, start=1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{col_name(ci)}{ri}"
            if v is None or v == "":
                continue
            if isinstance(v, float):
                cells.append(f'<c r="{ref}"><v>{v:.2f}</v></c>')
            else:
                sv = str(v)
                if sv not in index:
                    index[sv] = len(strings)
                    strings.append(sv)
                cells.append(f'<c r="{ref}" t="s"><v>{index[sv]}</v></c>')
        sheet_rows.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns} {rns}><sheetData>'
        + "".join(sheet_rows)
        + "</sheetData></worksheet>"
    )
    sst = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
        + "</sst>"
    )
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} {rns}><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": sst,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content.encode("utf-8"))


def xlsx_text(data: bytes) -> str:
    """Decoded text of an xlsx (shared strings + sheet), as the test checks it."""
    from html import unescape

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = [z.read(n).decode("utf-8") for n in sorted(z.namelist()) if n.endswith(".xml")]
    return unescape("\n".join(parts))


def decode_file(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".xlsx":
        return xlsx_text(data)
    if "alipay" in path.name.lower() or path.name.startswith("支付宝"):
        return data.decode("gbk")
    return data.decode("utf-8-sig")


# --------------------------------------------------------------------------- writing helpers
class Out:
    def __init__(self, root: Path, pid: str) -> None:
        self.root = root / pid
        self.files: list[str] = []

    def write(self, rel: str, content: str | bytes, encoding: str = "utf-8") -> None:
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else content.encode(encoding)
        p.write_bytes(data)
        self.files.append(rel)


def scan_pii(out: Out, registry: list[tuple[str, str]]) -> list[dict[str, str]]:
    """List every registered identifier once per file where it occurs on its own
    (longer values are matched first and masked, so a QQ number inside a QQ e-mail
    is not listed again unless it also appears by itself)."""
    reg = sorted(set(registry), key=lambda tv: (-len(tv[1]), tv[1], tv[0]))
    pii = []
    for rel in sorted(out.files):
        text = decode_file(out.root / rel)
        for typ, val in reg:
            if val in text:
                pii.append({"file": rel, "entity_type": typ, "value": val})
                text = text.replace(val, "\0" * len(val))
    return pii


def write_truth(out: Out, truth: dict[str, object]) -> None:
    (out.root / "ground_truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def d(m: int, day: int) -> date:
    return date(2026, m, day)


# --------------------------------------------------------------------------- shared pools
FAMILY_CHAT = [
    "你把降压药放哪了",
    "今天菜价又涨了",
    "明天去超市打折",
    "豆角五块钱一斤",
    "这个视频你看看 说吃鸡蛋不好",
    "我把你发的转到群里了",
    "这个月水费好多",
    "小区门口在修路",
    "我在等公交",
    "地铁站人好多",
    "晚上吃了碗米粉",
    "你爸腰又疼",
    "帮我买张车票",
    "这个二维码怎么扫",
    "我语音你听到了没",
    "群里那个视频是假的",
    "莲藕炖汤最好",
    "今天去江滩走了一圈",
    "我下午在家写字",
    "你那边冷不冷",
    "记得给豆角浇水",
    "别买那么多东西",
    "钱够用 莫给我转",
    "我刚从菜场回",
    "天太热了 在家待着",
    "腿有点疼 歇一会",
    "晚饭吃的面",
    "你们几号回来",
    "我去楼下拿个快递",
    "手机字太小了",
    "吃饭了没",
    "今天降温了多穿点",
    "我刚买完菜回来",
    "晚上回来吃饭吗",
    "你那边下雨没",
    "记得按时吃饭",
    "周末有空回来一趟",
    "冰箱里还有排骨",
    "刚看到你发的照片",
    "这两天好忙",
    "莫熬夜",
    "你早点睡",
    "我晓得了",
    "菜市场今天的鱼好新鲜",
    "电费交了没有",
    "天气预报说明天有雨",
    "我在楼下散步",
    "等哈再说",
    "你几点下班",
    "家里的wifi又断了",
    "帮我看看这个链接是不是骗子",
    "视频通话不通",
    "好滴",
    "收到",
    "嗯",
    "冇得事",
    "莫操心",
    "下次带点热干面回来",
    "今天太热了空调开了一天",
    "这个红包是给外孙的",
    "我把药吃了",
    "明天早上去菜场",
    "你爸又在看球",
    "快递到了没",
    "这个牌子的牛奶好喝些",
    "你把那个软件帮我卸了",
    "手机内存又满了",
    "我刚睡了个午觉",
    "楼上装修吵死了",
    "排骨藕汤炖好了",
    "你发的那个我打不开",
    "晚上跳广场舞去了",
]
FRIEND_CHAT = [
    "今天的课你去不去",
    "这个字写得好有味道",
    "明天几点集合",
    "好久冇见了",
    "改天一起喝茶",
    "你那个毛笔在哪里买的",
    "下午的讲座取消了",
    "我把作业拍给你看",
    "天气好热不想出门",
    "有空来我家坐",
    "周三的课调到周四了",
    "你孙子多大了",
    "听说东湖那边荷花开了",
    "我最近在临颜真卿",
    "宣纸用完了",
    "老师说我的横画太软",
    "那家茶叶店还开着吗",
    "班上要组织去黄陂",
    "明天记得带印章",
    "晚安",
]
STUDENT_CHAT = [
    "今天地铁上睡着了",
    "导师又催进度",
    "我想辞职（不是",
    "工位旁边的哥们好吵",
    "午饭吃啥",
    "又要加班",
    "食堂今天有biangbiang面",
    "明天请假行不行",
    "我感冒了好像",
    "ppt还没做完",
    "被mentor夸了开心",
    "这周末回学校一趟",
    "论文查重好贵",
    "刚下地铁 累瘫",
    "外卖又洒了",
    "好想睡觉zzz",
    "笑不活了",
    "快看我发的链接",
    "你到哪了",
    "今天穿少了 冻死",
    "git冲突解决了一下午",
    "周报又写不出来",
    "楼下新开了家烤肉",
    "有人拼单吗",
    "我充电线呢",
    "wifi好卡",
    "下雨了没带伞",
    "今天好emo",
    "hhhhh",
    "我信你个鬼",
    "救命 今天好累",
    "下班了吗",
    "一起吃饭不",
    "我在地铁上",
    "哈哈哈哈哈哈",
    "笑死",
    "真的假的",
    "绝了",
    "今天组会又被骂了",
    "要不要点外卖",
    "我想喝奶茶",
    "周末去大唐不夜城吗",
    "好困啊",
    "明天早八",
    "代码又跑不通",
    "姐妹我裂开了",
    "yyds",
    "啊啊啊啊",
    "emmm",
    "行吧",
    "ok",
    "懂了",
    "我刚到家",
    "等我五分钟",
    "你看群消息没",
    "毕设开题好烦",
    "那个老师人挺好的",
    "外面好冷",
    "回民街人太多了",
    "今晚打游戏吗",
    "上号",
    "我先睡了 晚安",
    "在吗",
    "有没有充电宝",
    "地铁三号线又挤爆",
    "这个月花钱好多",
    "我的快递到了没",
    "肉夹馍yyds",
    "冰峰来一瓶",
    "今天老板请喝咖啡",
    "周报写完了吗",
    "明天要穿正式点吗",
    "你看那个剧了吗",
    "哭了",
]
SHOP_CHAT = [
    "今天派了六百多件",
    "有个老太太非说没收到",
    "系统又卡了",
    "扫码枪坏了",
    "晚上整点蛤蜊",
    "明天换个货架",
    "小区快递柜满了",
    "双十一要来了 得招人",
    "今天风大 海边冷",
    "大件都堆门口了",
    "帮我盯一会店",
    "上厕所去了",
    "中午吃的大包",
    "啤酒喝完了",
    "这个件地址写错了",
    "给客户打电话没人接",
    "驿站门口又被车堵了",
    "下班了",
    "回家了",
    "孩子考试考得咋样",
    "菜买了吗",
    "晚上我去接孩子",
    "今天来了两个新件员",
    "又一个退件",
    "物业说要收管理费",
    "冷藏件得赶紧通知",
    "那个客户态度真差",
    "晚上别等我",
    "今天挣了点",
    "够呛",
    "今天件多不多",
    "下午来了三车货",
    "晚上几点回家",
    "饭做好了",
    "你先吃别等我",
    "我在驿站",
    "有个件找不到了",
    "客户又投诉了",
    "明天早上去进货",
    "今天太累了",
    "下雨了记得收东西",
    "帮我看下监控",
    "老板今天结账没",
    "电动车没电了",
    "孩子作业写完没",
    "我去海边溜达了一圈",
    "今天的蛤蜊不错",
    "喝点啤酒",
    "青岛啤酒节去不去",
    "中午吃的鲅鱼饺子",
    "货架要加两个",
    "快递员又迟到了",
    "给我带包烟",
    "门口有人乱停车",
    "空调坏了得修",
    "嗯",
    "好",
    "行",
    "知道了",
    "晚上别喝多了",
    "明天降温",
    "妈说周末来吃饭",
    "网费该交了",
    "你早点回",
    "今天取件的人真多",
    "有个大件没人要",
    "驿站的灯坏了一个",
    "中午没空吃饭",
    "累死了",
    "哈哈",
    "扯呢",
]


# =========================================================================== persona 1
def persona_wuhan(root: Path) -> dict[str, int]:
    rng = random.Random(8101)
    pid = "cn_wuhan_retired_teacher"
    out = Out(root, pid)
    awake = (6, 22)  # sleep 22:00-06:00
    me_name = "陈淑华"
    me_phone = "13971258830"
    me_wxid = "wxid_k3v9r0chen61"
    me_custom = "chenshuhua_61"
    people = {
        "xin": ("欣欣", "李欣然", "wxid_7p2mxinran88", "向日葵🌻"),
        "lao": ("老李", "李国平", "wxid_lgp1958wh", "平安是福"),
        "jie": ("二姐", "陈淑芬", "wxid_csf0707hk", "平常心"),
        "oy": ("欧阳老师", "欧阳丽萍", "wxid_oylp2233", "墨香"),
        "zq": ("志强", "陈志强", "wxid_zhiqiang_wh", "强哥"),
        "gui": ("桂芳表妹", "张桂芳", "wxid_zgf1965", "桂芳"),
    }
    id_me = cn_id("42010619610315442")
    id_lao = cn_id_with_x("42010619580822")
    card = luhn("621700263000451827")  # 19 digits
    card_s = group(card, [4, 4, 4, 4, 3])
    xin_phone = "186 2735 4409"
    oy_qq = "1038472615"
    oy_mail = "1038472615@qq.com"
    plate = "鄂A·3K7Q2"
    plate2 = "鄂AD12875"  # new-energy, 6 chars after the province letter
    home_addr = "武昌区中北路109号东湖春树里三期7栋2单元1503室"
    home_short = "中北路109号东湖春树里三期7栋2单元1503"
    home_loc = "武汉市武昌区中北路109号东湖春树里三期"
    work_addr = "武昌区紫阳路235号"
    passport = "E62830147"
    jie_phone = "+86 139-7102-6658"
    gui_phone = "１５９２７１６０３８２"
    minority = "阿古丽·买买提"
    pinyin = "LI XINRAN"

    chats: dict[str, Chat] = {
        "xin": Chat("欣欣", False, ["xin"]),
        "lao": Chat("老李", False, ["lao"]),
        "jie": Chat("二姐", False, ["jie"]),
        "oy": Chat("欧阳老师", False, ["oy"]),
        "grp": Chat("陈家一家亲", True, ["zq", "jie", "gui"]),
    }
    pools = {"me": FAMILY_CHAT + FRIEND_CHAT[:8], "them": FAMILY_CHAT}
    fill_chat(
        rng,
        chats["xin"],
        176,
        pools,
        awake,
        [
            (d(8, 3), 19, 12, "xin", f"妈我换号了 {xin_phone} 存一下"),
            (d(8, 3), 19, 14, "me", "好 存了"),
            (d(8, 19), 20, 5, "xin", "妈 国庆带你和爸去日本 把你身份证号发我 要填签证表"),
            (d(8, 19), 20, 9, "me", f"{id_me}"),
            (d(8, 19), 20, 10, "me", f"你爸的是{id_lao}"),
            (d(8, 21), 9, 30, "xin", f"我护照号{passport}，表上名字要写拼音 {pinyin} 对吧"),
            (d(9, 2), 18, 40, "me", f"上次那个快递寄到{home_short}就行了 不用写武汉"),
            (d(9, 9), 10, 2, "me", f"欣欣 我退休金那张卡是 {card_s} 你帮我绑到支付宝上"),
            (d(9, 9), 10, 20, "xin", "绑好了 别把卡号随便发给别人啊"),
            (d(8, 15), 8, 31, "me", "今天初一 我跟你二姨去归元寺上香了 给你求了个平安符"),
            (d(9, 14), 7, 50, "me", "这个月我吃素 菩萨保佑你们都好"),
            (d(10, 5), 21, 0, "xin", "妈你血压最近怎么样 药别停"),
            (d(10, 5), 21, 4, "me", "今早量的148/92 氨氯地平每天一颗 在吃"),
            (d(10, 22), 9, 15, "xin", "豆豆天天在玩王者荣耀 我都冇收他手机了"),
        ],
    )
    fill_chat(
        rng,
        chats["lao"],
        121,
        {"me": FAMILY_CHAT, "them": FAMILY_CHAT},
        awake,
        [
            (d(8, 7), 15, 20, "lao", f"车子年检约好了 {plate} 礼拜五上午"),
            (d(8, 24), 11, 2, "me", "你下午又去打麻将？输了莫找我要钱"),
            (d(9, 18), 17, 44, "lao", "小区新能源车位登记要车牌，你那台小车是鄂AD12875吧"),
            (d(9, 18), 17, 46, "me", "是的"),
            (d(9, 27), 6, 40, "me", "我去念经了 早饭在锅里"),
            (d(8, 28), 16, 10, "me", "医生说我血压还是高 要减盐"),
        ],
    )
    fill_chat(
        rng,
        chats["jie"],
        93,
        {"me": FAMILY_CHAT, "them": FAMILY_CHAT},
        awake,
        [
            (d(8, 2), 9, 0, "jie", f"我香港那边的号码用不成了 打这个 {jie_phone}"),
            (d(8, 14), 20, 30, "jie", "明天初一 还是七点在归元寺门口等？"),
            (d(8, 14), 20, 33, "me", "好 我带香和供果"),
            (d(9, 4), 10, 0, "me", f"桂芳的电话{gui_phone} 你存一下 她说要来武汉"),
            (d(9, 12), 15, 0, "me", "@loc:" + home_loc),
            (d(9, 12), 15, 1, "me", f"二姐你直接打车到{home_addr} 我下楼接你"),
            (d(9, 29), 8, 20, "me", "上个月我正式皈依了 师父给了个法名"),
            (d(10, 13), 19, 0, "jie", "你血压药拿了吗 莫断"),
            (d(10, 14), 7, 20, "me", "十五我还是去寺里"),
        ],
    )
    fill_chat(
        rng,
        chats["oy"],
        58,
        {"me": FRIEND_CHAT, "them": FRIEND_CHAT},
        awake,
        [
            (d(8, 10), 14, 0, "oy", f"我微信不常看 有事QQ找我 {oy_qq}"),
            (d(8, 10), 14, 3, "me", f"好 我的微信号是{me_custom} 你加一下"),
            (d(8, 25), 10, 30, "oy", f"作品电子版发到我邮箱 {oy_mail}"),
            (d(9, 7), 11, 50, "oy", f"班上新来的学员叫{minority}，新疆来的，字写得蛮好"),
            (d(9, 16), 16, 0, "me", f"下礼拜一老年大学搬到{work_addr}三楼上课 莫走错了"),
            (d(10, 2), 9, 30, "me", "国庆我不去了 在家抄心经"),
            (d(10, 20), 11, 0, "oy", "上官秀兰老师退休了 下学期换人带我们"),
        ],
    )
    grp = chats["grp"]
    fill_chat(
        rng,
        grp,
        190,
        {"me": FAMILY_CHAT, "them": FAMILY_CHAT},
        awake,
        [
            (d(8, 1), 8, 0, "gui", "大家早上好 🌹🌹🌹"),
            (d(8, 22), 20, 0, "gui", "我二姑娘的孩子满月 请大家吃饭"),
        ],
    )
    rl = rants(
        rng,
        [
            "美国佬",
            "这些贪官",
            "现在的专家",
            "西方媒体",
            "物价局",
            "房地产商",
            "那些公知",
            "日本人",
            "欧洲那帮人",
            "菲律宾",
            "台独分子",
            "网上的汉奸",
        ],
        [
            "又在搞事",
            "简直无法无天",
            "心都黑了",
            "就知道造谣",
            "都该枪毙",
            "脸都不要了",
            "天天睁眼说瞎话",
        ],
        [
            "气死我了！",
            "老百姓还活不活了",
            "我跟你们说这事没完",
            "转发让大家都看看！！",
            "早晚要收拾他们",
            "你们还不信",
            "看了血压都上来了",
            "必须要强硬！",
        ],
        72,
    )
    add_rants(rng, grp, "zq", rl, awake)
    grp.msgs.insert(
        0,
        Msg(
            datetime(2026, 8, 1, 7, 59, 1, tzinfo=CST), "zq", "system", '"强哥"邀请"桂芳"加入了群聊'
        ),
    )

    # ---- MemoTrace CSV per chat
    wx = {k: v[2] for k, v in people.items()}
    wx["me"] = me_wxid

    def sender_cols(key: str) -> list[str]:
        # newer MemoTrace: Remark, NickName, Sender describe who sent the row
        if key == "me":
            return ["荷塘月色", "荷塘月色", me_wxid]
        return [people[key][0], people[key][3], people[key][2]]

    kinds = {
        "text": 1,
        "image": 3,
        "voice": 34,
        "video": 43,
        "sticker": 47,
        "location": 48,
        "system": 10000,
    }
    counts: dict[str, int] = {}
    for key, chat in chats.items():
        talker = "23190558274@chatroom" if chat.is_group else people[key][2]
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
        for i, m in enumerate(chat.msgs, start=1):
            content = m.text
            if m.kind == "location":
                content = f'<msg><location x="30.556012" y="114.343021" scale="16" label="{m.text}" maptype="roadmap" poiname="东湖春树里三期" /></msg>'
            elif m.kind == "system":
                content = m.text
            rows.append(
                [
                    str(1000 + i),
                    talker,
                    str(kinds[m.kind]),
                    "0",
                    "1" if m.sender == "me" else "0",
                    str(epoch(m.ts)),
                    "2" if m.sender == "me" else "3",
                    content,
                    wall(m.ts),
                    *sender_cols(m.sender),
                ]
            )
        out.write(
            f"MemoTrace/data/聊天记录/{chat.title}/{chat.title}_utf8.csv",
            csv_text(rows),
            "utf-8-sig",
        )
        counts[chat.title] = len([m for m in chat.msgs if m.kind != "system"])

    # ---- Alipay GBK bill
    bill: list[tuple[datetime, list[str]]] = []

    def ali(
        t: datetime,
        cat: str,
        party: str,
        acct: str,
        item: str,
        io_: str,
        amt: float,
        via: str,
        status: str = "交易成功",
        note: str = "",
    ) -> None:
        order = f"2026{t.strftime('%m%d')}2200140{rng.randint(10**12, 10**13 - 1)}"
        bill.append(
            (
                t,
                [
                    wall(t),
                    cat,
                    party,
                    acct,
                    item,
                    io_,
                    f"{amt:.2f}",
                    via,
                    status,
                    order + "\t",
                    "",
                    note,
                ],
            )
        )

    for mon in (8, 9, 10):
        ali(
            datetime(2026, mon, 10, 9, 12, 30, tzinfo=CST),
            "转账红包",
            "武昌区老年大学",
            "wcl***@example.org",
            "书法班课时费",
            "收入",
            2600.00,
            "余额",
        )
        ali(
            datetime(2026, mon, 13, 10, 5, 0, tzinfo=CST),
            "医疗健康",
            "大参林药房(中北路店)",
            "/",
            "苯磺酸氨氯地平片5mg*28片",
            "支出",
            32.50,
            "余额宝",
        )
        ali(
            datetime(2026, mon, 15, 7, 40, 0, tzinfo=CST),
            "其他",
            "归元禅寺",
            "/",
            "随喜功德",
            "支出",
            100.00,
            "余额",
        )
    shops = [
        ("中百仓储(中北路店)", "日用百货", "超市购物"),
        ("武商超市", "日用百货", "食品"),
        ("美团买菜", "餐饮美食", "蔬菜水果"),
        ("武汉地铁", "交通出行", "乘车码"),
        ("国网湖北省电力公司", "生活服务", "电费"),
        ("蔡林记", "餐饮美食", "热干面"),
        ("钟书阁书店", "文化休闲", "字帖"),
        ("益丰大药房", "医疗健康", "血压计电池"),
    ]
    for day in DAYS:
        for _ in range(rng.choice([0, 1, 1, 2])):
            party, cat, item = rng.choice(shops)
            t = datetime(
                day.year,
                day.month,
                day.day,
                rng.randint(7, 20),
                rng.randint(0, 59),
                rng.randint(0, 59),
                tzinfo=CST,
            )
            ali(
                t,
                cat,
                party,
                "/",
                item,
                "支出",
                round(rng.uniform(3, 180), 2),
                rng.choice(["余额宝", "余额", f"中国银行储蓄卡({card[-4:]})"]),
            )
    ali(
        datetime(2026, 9, 20, 11, 0, 0, tzinfo=CST),
        "转账红包",
        "李欣然",
        "186******09",
        "转账",
        "收入",
        2000.00,
        "余额",
    )
    ali(
        datetime(2026, 10, 6, 16, 30, 0, tzinfo=CST),
        "转账红包",
        "陈淑芬",
        "139******58",
        "香钱",
        "支出",
        200.00,
        "余额",
    )
    bill.sort(key=lambda x: x[0], reverse=True)
    inc = sum(float(r[6]) for _, r in bill if r[5] == "收入")
    exp = sum(float(r[6]) for _, r in bill if r[5] == "支出")
    pre = [
        "-" * 84,
        "导出信息：",
        f"姓名：{me_name}",
        f"支付宝账户：{me_phone}",
        "起始时间：[2026-08-01 00:00:00]    终止时间：[2026-10-31 23:59:59]",
        "导出交易类型：[全部]",
        "导出时间：[2026-11-02 09:31:07]",
        f"共{len(bill)}笔记录",
        f"收入：{sum(1 for _, r in bill if r[5] == '收入')}笔 {inc:.2f}元",
        f"支出：{sum(1 for _, r in bill if r[5] == '支出')}笔 {exp:.2f}元",
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
    header = [
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
    lines = [*pre, ",".join(h.ljust(20 - len(h)) for h in header) + ","]
    for _, r in bill:
        lines.append(",".join(v if v.endswith("\t") else v.ljust(20 - len(v)) for v in r) + ",")
    out.write("alipay_record_20261102_0931_1.csv", "\n".join(lines) + "\n", "gbk")

    # ---- on-device Timeline.json
    home = (30.5560, 114.3430)
    work = (30.5405, 114.3165)
    temple = (30.5478, 114.2598)
    segs = []

    def visit(a: datetime, b: datetime, ll: tuple[float, float], pid_: str, st: str) -> None:
        segs.append(
            {
                "startTime": a.isoformat(timespec="milliseconds"),
                "endTime": b.isoformat(timespec="milliseconds"),
                "startTimeTimezoneUtcOffsetMinutes": 480,
                "endTimeTimezoneUtcOffsetMinutes": 480,
                "visit": {
                    "hierarchyLevel": 0,
                    "probability": 0.9,
                    "topCandidate": {
                        "placeId": pid_,
                        "semanticType": st,
                        "probability": 0.88,
                        "placeLocation": {
                            "latLng": f"{ll[0] + rng.uniform(-0.0003, 0.0003):.7f}°, {ll[1] + rng.uniform(-0.0003, 0.0003):.7f}°"
                        },
                    },
                },
            }
        )

    def move(a: datetime, b: datetime, p: tuple[float, float], q: tuple[float, float]) -> None:
        n = 4
        segs.append(
            {
                "startTime": a.isoformat(timespec="milliseconds"),
                "endTime": b.isoformat(timespec="milliseconds"),
                "startTimeTimezoneUtcOffsetMinutes": 480,
                "endTimeTimezoneUtcOffsetMinutes": 480,
                "timelinePath": [
                    {
                        "point": f"{p[0] + (q[0] - p[0]) * i / n:.7f}°, {p[1] + (q[1] - p[1]) * i / n:.7f}°",
                        "time": (a + (b - a) * i / n).isoformat(timespec="milliseconds"),
                    }
                    for i in range(n + 1)
                ],
            }
        )
        segs.append(
            {
                "startTime": a.isoformat(timespec="milliseconds"),
                "endTime": b.isoformat(timespec="milliseconds"),
                "startTimeTimezoneUtcOffsetMinutes": 480,
                "endTimeTimezoneUtcOffsetMinutes": 480,
                "activity": {
                    "start": {"latLng": f"{p[0]:.7f}°, {p[1]:.7f}°"},
                    "end": {"latLng": f"{q[0]:.7f}°, {q[1]:.7f}°"},
                    "distanceMeters": 3100.0,
                    "probability": 0.8,
                    "topCandidate": {"type": "IN_BUS", "probability": 0.7},
                },
            }
        )

    H, W, T = "ChIJh0me8wuHan01", "ChIJw0rk8wuHan02", "ChIJgy2temple003"
    prev = datetime(2026, 7, 31, 18, 0, tzinfo=CST)
    for day in DAYS:
        base = datetime(day.year, day.month, day.day, tzinfo=CST)
        if day.weekday() < 5:
            visit(prev, base + timedelta(hours=8, minutes=5), home, H, "HOME")
            move(
                base + timedelta(hours=8, minutes=5),
                base + timedelta(hours=8, minutes=30),
                home,
                work,
            )
            visit(
                base + timedelta(hours=8, minutes=30),
                base + timedelta(hours=11, minutes=50),
                work,
                W,
                "WORK",
            )
            move(
                base + timedelta(hours=11, minutes=50),
                base + timedelta(hours=12, minutes=15),
                work,
                home,
            )
            prev = base + timedelta(hours=12, minutes=15)
        elif day.weekday() == 6 and day.day in (1, 15, 2, 14, 16):
            visit(prev, base + timedelta(hours=6, minutes=30), home, H, "HOME")
            move(base + timedelta(hours=6, minutes=30), base + timedelta(hours=7), home, temple)
            visit(base + timedelta(hours=7), base + timedelta(hours=10), temple, T, "UNKNOWN")
            move(base + timedelta(hours=10), base + timedelta(hours=10, minutes=40), temple, home)
            prev = base + timedelta(hours=10, minutes=40)
    visit(prev, datetime(2026, 11, 1, 7, 0, tzinfo=CST), home, H, "HOME")
    timeline = {
        "semanticSegments": segs,
        "rawSignals": [],
        "userLocationProfile": {
            "frequentPlaces": [
                {"placeId": H, "placeLocation": f"{home[0]:.7f}°, {home[1]:.7f}°", "label": "HOME"},
                {"placeId": W, "placeLocation": f"{work[0]:.7f}°, {work[1]:.7f}°", "label": "WORK"},
            ]
        },
    }
    out.write("Timeline.json", json.dumps(timeline, ensure_ascii=False, indent=2))

    registry = [
        ("PERSON", me_name),
        ("PHONE_NUMBER", me_phone),
        ("WECHAT_ID", me_wxid),
        ("WECHAT_ID", me_custom),
        ("PHONE_NUMBER", xin_phone),
        ("CN_ID_CARD", id_me),
        ("CN_ID_CARD", id_lao),
        ("CN_BANK_CARD", card_s),
        ("QQ_NUMBER", oy_qq),
        ("EMAIL_ADDRESS", oy_mail),
        ("LICENSE_PLATE", plate),
        ("LICENSE_PLATE", plate2),
        ("ADDRESS", home_addr),
        ("ADDRESS", home_short),
        ("ADDRESS", home_loc),
        ("ADDRESS", work_addr),
        ("CN_PASSPORT", passport),
        ("PHONE_NUMBER", jie_phone),
        ("PHONE_NUMBER", gui_phone),
        ("PERSON", minority),
        ("PERSON", pinyin),
        ("PERSON", "李欣然"),
        ("PERSON", "陈淑芬"),
        ("PERSON", "上官秀兰"),
        ("PERSON", "豆豆"),
        ("PERSON", "桂芳"),
        ("PERSON", "强哥"),
        ("PERSON", "志强"),
    ] + [("WECHAT_ID", v[2]) for v in people.values()]
    registry += [
        ("PERSON", "老李"),
        ("PERSON", "欧阳老师"),
    ]  # 老/小/阿 forms and titles by which people are named
    pii = scan_pii(out, registry)
    top = sorted(
        ((t, n) for t, n in counts.items() if not chats_by_title(chats)[t].is_group),
        key=lambda x: -x[1],
    )[:3]
    write_truth(
        out,
        {
            "schema_version": 1,
            "persona": pid,
            "fictional": True,
            "independent": True,
            "description": "陈淑华, 65, retired primary-school teacher in Wuchang, Wuhan; teaches a weekday-morning calligraphy class at the district seniors' university; very active in the family WeChat group; devout Buddhist; takes blood-pressure medicine.",
            "timezone": "Asia/Shanghai",
            "user": {
                "names": [me_name],
                "phones": [me_phone],
                "emails": [],
                "handles": [me_wxid, me_custom],
            },
            "pii": pii,
            "facts": {
                "home": {
                    "lat": home[0],
                    "lon": home[1],
                    "radius_m": 300,
                    "address": home_addr,
                    "city": "武汉",
                },
                "work": {
                    "lat": work[0],
                    "lon": work[1],
                    "radius_m": 300,
                    "employer": "武昌区老年大学",
                },
                "sleep_window": {"start": "22:00", "end": "06:00", "tolerance_min": 60},
                "top_contacts": [{"name": t, "messages": n} for t, n in top],
                "relationships": [
                    {"name": "欣欣", "relationship": "daughter", "full_name": "李欣然"},
                    {"name": "老李", "relationship": "partner", "full_name": "李国平"},
                    {"name": "二姐", "relationship": "sister", "full_name": "陈淑芬"},
                    {"name": "欧阳老师", "relationship": "close friend", "full_name": "欧阳丽萍"},
                ],
                "religion": {
                    "value": "Buddhism (归元寺 on 初一/十五, 皈依, 吃素, 心经, temple donations)"
                },
                "health": {"value": "hypertension (blood pressure 148/92, amlodipine 氨氯地平)"},
                "politics": {"value": False},
                "financial_stress": {"value": False},
                "gambling": {"value": False},
                "gaming": {"value": False},
                "salary": {
                    "amount": "2600.00",
                    "currency": "CNY",
                    "payer": "武昌区老年大学",
                    "period": "monthly",
                },
                "risky_contact": {
                    "name": "志强",
                    "why": "cousin 陈志强 (nickname 强哥, wxid_zhiqiang_wh) posts 70+ angry nationalist/political rants in the family group 陈家一家亲",
                },
            },
        },
    )
    return {"messages": sum(counts.values()), "pii": len(pii)}


def chats_by_title(chats: dict[str, Chat]) -> dict[str, Chat]:
    return {c.title: c for c in chats.values()}


# =========================================================================== persona 2
WXPAY_HEADER = [
    "交易时间",
    "交易类型",
    "交易对方",
    "商品",
    "收/支",
    "金额(元)",
    "支付方式",
    "当前状态",
    "交易单号",
    "商户单号",
    "备注",
]


def wxpay_preamble(
    nick: str, n: int, inc: tuple[int, float], exp: tuple[int, float], exported: str
) -> list[str]:
    return [
        "微信支付账单明细",
        f"微信昵称：[{nick}]",
        "起始时间：[2026-08-01 00:00:00] 终止时间：[2026-10-31 23:59:59]",
        "导出类型：[全部]",
        f"导出时间：[{exported}]",
        "",
        f"共{n}笔记录",
        f"收入：{inc[0]}笔 {inc[1]:.2f}元",
        f"支出：{exp[0]}笔 {exp[1]:.2f}元",
        "中性交易：0笔 0.00元",
        "注：",
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录",
        "3. 本明细仅供个人对账使用",
        "",
        "----------------------微信支付账单明细列表--------------------",
    ]


def persona_xian(root: Path) -> dict[str, int]:
    rng = random.Random(8202)
    pid = "cn_xian_student_intern"
    out = Out(root, pid)
    awake = (8, 24)  # sleep 00:30-07:30; messages only 08:00-23:59
    me_name = "上官雨桐"
    me_wxid = "wxid_sgyt0412x"
    me_custom = "Yutong_SG"
    me_phone = "15829364017"
    me_mail = "yutong.shangguan@example.com"
    discord_user = "yutong_sg"
    people = {
        "mom": ("妈妈", "刘慧芳", "wxid_lhf19720601"),
        "tang": ("糖糖", "唐思雨", "wxid_tsy_sweet0923"),
        "jie": ("阿杰", "司马杰", "wxid_smj_0118"),
        "luo": ("罗姐", "罗婧", "wxid_luojing_lanling"),
        "guo": ("老郭", "郭立军", "wxid_guolijun22"),
        "pa": ("帕丽旦", "帕丽旦·艾买提", "wxid_palidan_xj"),
    }
    home_addr = "雁塔区电子二路86号枫林绿洲三期5栋2单元1102"
    work_addr = "高新区锦业路69号创业研发园C区3号楼"
    id_me = cn_id("61011320040412372")
    id_mom = cn_id_with_x("61011319720601")
    card = luhn("622848046213579124")
    card_s = group(card, [4, 4, 4, 4, 3], "-")
    mom_phone = "139-9180-2276"
    tang_phone = "+8617791430528"
    tang_qq = "2876104539"
    jie_mail = "2276519043@qq.com"
    plate = "陕A 8K9B2"
    luo_phone = "029-8862 1937"
    jie_phone = "１８７ ２９０３ ６６１４"
    pinyin = "Shangguan Yutong"

    chats = {
        "mom": Chat("妈妈", False, ["mom"]),
        "tang": Chat("糖糖", False, ["tang"]),
        "jie": Chat("阿杰", False, ["jie"]),
        "luo": Chat("罗姐", False, ["luo"]),
        "grp": Chat("22计科3班吹水群", True, ["guo", "pa", "tang"]),
    }
    sp = {"me": STUDENT_CHAT, "them": STUDENT_CHAT}
    mom_pool = {
        "me": STUDENT_CHAT[:30],
        "them": [
            "吃饭没",
            "钱够不够花",
            "天冷了加衣服",
            "别老点外卖",
            "你爸问你国庆回不回",
            "早点睡",
            "实习累不累",
            "给你寄了点苹果",
            "视频一下",
            "好好吃饭",
            "注意安全",
            "面试怎么样了",
            "家里都好",
            "你奶奶想你了",
            "少熬夜",
            "钱给你转过去了",
        ],
    }
    fill_chat(
        rng,
        chats["mom"],
        132,
        mom_pool,
        awake,
        [
            (d(8, 4), 20, 10, "me", f"妈 我新租的房子在{home_addr} 快递寄这里"),
            (d(8, 4), 20, 12, "mom", "好 合租的那个女孩子靠谱不"),
            (d(8, 12), 19, 0, "mom", f"你办银行卡要我的身份证号 {id_mom} 别弄丢了"),
            (d(8, 26), 21, 30, "me", "妈这个月生活费能不能早点打 我花呗要还了"),
            (d(9, 8), 12, 20, "mom", f"你爸电话换了，这个是我的别记错：{mom_phone}"),
            (d(9, 26), 22, 10, "me", "信用卡这个月还不上了 能不能借我1500"),
            (d(10, 9), 18, 0, "mom", "你小姨腰椎间盘突出又犯了 住院了"),
            (d(10, 21), 21, 45, "me", "妈 我借呗逾期了两天 征信会不会花"),
        ],
    )
    fill_chat(
        rng,
        chats["tang"],
        205,
        sp,
        awake,
        [
            (d(8, 2), 14, 0, "tang", f"我新号{tang_phone} 旧的不用了"),
            (d(8, 2), 14, 1, "tang", f"qq也加一下 {tang_qq}"),
            (d(8, 30), 22, 40, "me", "糖 能借我800吗 下个月发工资还你 花呗实在周转不过来了"),
            (d(9, 1), 9, 0, "tang", "转你了 不急"),
            (d(9, 5), 23, 10, "me", "今晚原神新版本 我要抽满命"),
            (d(9, 20), 23, 0, "tang", "你又氪了648？？"),
            (d(9, 20), 23, 2, "me", "别骂了 我知道 吃土一个月"),
            (d(10, 3), 20, 0, "tang", "我发烧了38.9 明天不去公司了"),
            (d(10, 17), 11, 0, "tang", "周日我去教会 你要不要一起 就当认识人"),
            (d(10, 17), 11, 3, "me", "不了 我要上分"),
            (d(9, 24), 18, 30, "tang", "阿杰又在楼下等你了 你俩腻歪死了"),
        ],
    )
    fill_chat(
        rng,
        chats["jie"],
        247,
        sp,
        awake,
        [
            (d(8, 6), 21, 0, "jie", f"宝 我换号了 {jie_phone}"),
            (d(8, 16), 15, 30, "jie", f"简历发我邮箱 {jie_mail} 我帮你改"),
            (d(8, 23), 12, 0, "jie", f"我车牌{plate} 你到了直接上来 停在B2"),
            (d(9, 10), 23, 30, "jie", "今晚王者五排吗 带你上王者"),
            (d(9, 28), 22, 0, "me", "我的卡又透支了 还差两千多 怎么办啊"),
            (d(10, 2), 16, 0, "me", f"订酒店要身份证 {id_me}"),
            (d(10, 12), 20, 0, "me", f"你转到我农行卡吧{card_s}"),
            (d(10, 25), 23, 40, "jie", "原神双倍结晶活动 你别又冲了"),
        ],
    )
    fill_chat(
        rng,
        chats["luo"],
        81,
        sp,
        awake,
        [
            (d(8, 3), 9, 0, "luo", f"明天上午九点到{work_addr}前台，找我罗婧就行"),
            (d(8, 3), 9, 5, "luo", f"有事打我座机 {luo_phone}"),
            (d(8, 20), 17, 0, "luo", "实习工资每月10号发，走公司对公转微信"),
            (d(9, 15), 10, 0, "luo", f"合同上英文名按护照写 {pinyin} 对吧"),
        ],
    )
    grp = chats["grp"]
    fill_chat(
        rng,
        grp,
        175,
        sp,
        awake,
        [
            (d(8, 9), 21, 0, "pa", "我是帕丽旦·艾买提 新疆喀什的 大家以后叫我帕帕就行 😊"),
            (d(9, 1), 20, 0, "tang", "班长说下周一开题答辩 名单在群文件"),
            (d(9, 3), 21, 10, "pa", "老郭你能不能别天天在群里发这些了"),
        ],
    )
    add_rants(
        rng,
        grp,
        "guo",
        rants(
            rng,
            [
                "资本家",
                "那些砖家",
                "美帝",
                "西方那一套",
                "某些公知",
                "房价",
                "延迟退休",
                "996",
                "这些领导",
                "日本排核污水",
                "台湾那帮人",
                "外媒",
            ],
            [
                "就是在割韭菜",
                "简直恶心",
                "根本不把人当人",
                "天天洗脑",
                "必须打倒",
                "迟早完蛋",
                "就会甩锅",
            ],
            [
                "气得我睡不着",
                "你们还笑得出来？",
                "醒醒吧各位",
                "转发！！！",
                "这国迟早被他们搞垮",
                "别跟我说理性",
                "不服来辩",
                "我说的有错吗",
            ],
            68,
        ),
        awake,
    )

    wx = {k: v[2] for k, v in people.items()}
    wx["me"] = me_wxid
    tname = {
        "text": "文本",
        "image": "图片",
        "voice": "语音",
        "video": "视频",
        "sticker": "动画表情",
        "location": "位置",
        "system": "系统通知",
    }
    counts: dict[str, int] = {}
    mid = 1
    for key, chat in chats.items():
        room = "43899102317@chatroom" if chat.is_group else people[key][2]
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
        for m in chat.msgs:
            src = ""
            if m.kind == "image":
                src = f"FileStorage\\MsgAttach\\{rng.getrandbits(64):016x}\\Image\\2026-{m.ts.month:02d}\\{rng.getrandbits(64):016x}.dat"
            elif m.kind == "voice":
                src = f"audio\\{room}\\{m.ts.strftime('%Y%m%d%H%M%S')}.wav"
            text = (
                m.text
                if m.kind == "text"
                else {"image": "图片", "voice": "语音", "sticker": "动画表情", "video": "视频"}.get(
                    m.kind, m.text
                )
            )
            rows.append(
                [
                    str(mid),
                    str(rng.randint(10**18, 9 * 10**18)),
                    tname[m.kind],
                    "1" if m.sender == "me" else "0",
                    wx[m.sender],
                    room,
                    text,
                    src,
                    f"{m.ts.year}/{m.ts.month}/{m.ts.day} {m.ts.hour}:{m.ts.minute:02d}",
                ]
            )
            mid += 1
        out.write(f"PyWxDump/{chat.title}.csv", csv_text(rows), "utf-8")
        counts[chat.title] = len([m for m in chat.msgs if m.kind != "system"])

    # ---- WeChat Pay XLSX (newer export)
    bill: list[tuple[datetime, list[object]]] = []

    def pay(
        t: datetime,
        typ: str,
        party: str,
        item: str,
        io_: str,
        amt: float,
        via: str,
        status: str,
        note: str = "/",
    ) -> None:
        tid = f"4200002{rng.randint(10**20, 10**21 - 1)}"
        bill.append(
            (
                t,
                [
                    wall(t),
                    typ,
                    party,
                    item,
                    io_,
                    amt,
                    via,
                    status,
                    tid,
                    "/" if io_ == "收入" else str(rng.randint(10**15, 10**16 - 1)),
                    note,
                ],
            )
        )

    for mon in (8, 9, 10):
        pay(
            datetime(2026, mon, 10, 14, 3, 11, tzinfo=CST),
            "转账",
            "西安蓝岭软件有限公司",
            "/",
            "收入",
            3500.00,
            "/",
            "已存入零钱",
            "实习工资",
        )
        pay(
            datetime(2026, mon, 1, 10, 0, 0, tzinfo=CST),
            "转账",
            "妈妈",
            "/",
            "收入",
            1500.00,
            "/",
            "已存入零钱",
            "生活费",
        )
        pay(
            datetime(2026, mon, 5, 9, 30, 0, tzinfo=CST),
            "转账",
            "房东",
            "/",
            "支出",
            1350.00,
            "零钱",
            "对方已收钱",
            "10月房租" if mon == 10 else f"{mon}月房租",
        )
        pay(
            datetime(2026, mon, 11, 12, 0, 0, tzinfo=CST),
            "微粒贷还款",
            "微粒贷",
            "微粒贷还款",
            "支出",
            860.00,
            "零钱",
            "还款成功",
        )
    game = [
        ("米哈游", "原神-创世结晶x6480", 648.0),
        ("腾讯游戏", "王者荣耀点券", 98.0),
        ("米哈游", "原神-空月祝福", 30.0),
        ("腾讯游戏", "王者荣耀-战令", 68.0),
    ]
    for i in range(9):
        p, item, a = game[i % len(game)]
        dd = DAYS[7 + i * 9]
        pay(
            datetime(
                dd.year, dd.month, dd.day, 23, rng.randint(0, 25), rng.randint(0, 59), tzinfo=CST
            ),
            "商户消费",
            p,
            item,
            "支出",
            a,
            "零钱",
            "支付成功",
        )
    shops = [
        ("蜜雪冰城", "饮品"),
        ("美团外卖", "外卖订单"),
        ("西安地铁", "乘车码"),
        ("老孙家泡馍", "餐饮"),
        ("瑞幸咖啡", "生椰拿铁"),
        ("拼多多", "日用品"),
        ("魏家凉皮", "凉皮肉夹馍"),
        ("罗森便利店", "零食"),
    ]
    for day in DAYS:
        for _ in range(rng.choice([1, 1, 2, 3])):
            p, item = rng.choice(shops)
            t = datetime(
                day.year,
                day.month,
                day.day,
                rng.randint(8, 22),
                rng.randint(0, 59),
                rng.randint(0, 59),
                tzinfo=CST,
            )
            pay(
                t,
                "商户消费",
                p,
                item,
                "支出",
                round(rng.uniform(4, 60), 2),
                rng.choice(["零钱", "招商银行信用卡(3318)", f"农业银行储蓄卡({card[-4:]})"]),
                "支付成功",
            )
    pay(
        datetime(2026, 9, 1, 9, 0, 5, tzinfo=CST),
        "转账",
        "唐思雨",
        "/",
        "收入",
        800.00,
        "/",
        "已存入零钱",
        "借你的 不急",
    )
    bill.sort(key=lambda x: x[0], reverse=True)
    inc = [r for _, r in bill if r[4] == "收入"]
    exp = [r for _, r in bill if r[4] == "支出"]
    pre = wxpay_preamble(
        "桐桐",
        len(bill),
        (len(inc), sum(float(str(r[5])) for r in inc)),
        (len(exp), sum(float(str(r[5])) for r in exp)),
        "2026-11-02 10:00:00",
    )
    pre.insert(1, "")  # newer XLSX: one more preamble row
    header_row: list[object] = list(WXPAY_HEADER)
    xrows: list[list[object]] = [[line] for line in pre]
    xrows += [header_row] + [r for _, r in bill]
    xpath = out.root / "微信支付账单(20260801-20261031).xlsx"
    write_xlsx(xpath, xrows)
    out.files.append(xpath.name)

    # ---- Discord data package (older layout), only the user's own messages
    out.write(
        "package/account/user.json",
        json.dumps(
            {
                "id": "904417256338051072",
                "username": discord_user,
                "discriminator": "0",
                "global_name": "雨桐",
                "email": me_mail,
                "verified": True,
                "avatar_hash": "a1b2c3d4e5f60718293a4b5c6d7e8f90",
                "has_mobile": True,
                "needs_email_verification": False,
                "premium_until": None,
                "flags": 0,
                "phone": f"+86{me_phone}",
                "temp_banned_until": None,
                "ip": "113.200.44.17",
                "settings": {"locale": "zh-CN", "theme": "dark"},
                "relationships": [
                    {
                        "id": "713302938811244545",
                        "type": 1,
                        "nickname": None,
                        "user": {
                            "id": "713302938811244545",
                            "username": "ajie_smj",
                            "discriminator": "0",
                            "avatar": None,
                        },
                    },
                    {
                        "id": "800122334455667788",
                        "type": 1,
                        "nickname": None,
                        "user": {
                            "id": "800122334455667788",
                            "username": "keqing_main_07",
                            "discriminator": "0",
                            "avatar": None,
                        },
                    },
                ],
            },
            ensure_ascii=False,
            indent=2,
        ),
    )
    channels = {
        "1141520778803322880": ("原神中文交流", "抽卡玩家聚集地", 0),
        "1150303982234599424": (None, None, 1),
    }
    index = {
        "1141520778803322880": "抽卡玩家聚集地 in 原神中文交流",
        "1150303982234599424": "Direct Message with keqing_main_07",
    }
    out.write("package/messages/index.json", json.dumps(index, ensure_ascii=False, indent=2))
    gaming_lines = [
        "今天又歪了 气死",
        "有没有人一起打深渊",
        "90抽保底出了！！",
        "这期池子值得抽吗",
        "圣遗物刷了一晚上全是防御",
        "求一个满级胡桃带飞",
        "新角色强度怎么样",
        "我月卡又忘领了",
        "周本打了吗",
        "这个活动奖励好少",
        "王者今晚有人五排吗",
        "又掉段了 心态崩",
        "夜兰好用吗",
        "树脂溢出了",
        "我是月光族 但还是想抽",
    ]
    for cid, (guild, name, typ) in channels.items():
        ch: dict[str, object] = {"id": cid, "type": typ}
        if guild:
            ch["name"] = name
            ch["guild"] = {"id": "1141520778803322000", "name": guild}
        else:
            ch["recipients"] = ["904417256338051072", "800122334455667788"]
        out.write(f"package/messages/c{cid}/channel.json", json.dumps(ch, ensure_ascii=False))
        rows2 = [["ID", "Timestamp", "Contents", "Attachments"]]
        n = 40 if guild else 22
        msgs = []
        for i in range(n):
            dd = DAYS[(i * 5 + (0 if guild else 2)) % len(DAYS)]
            t = datetime(
                dd.year,
                dd.month,
                dd.day,
                rng.randint(19, 23),
                rng.randint(0, 59),
                rng.randint(0, 59),
                rng.randint(0, 999) * 1000,
                tzinfo=CST,
            )
            msgs.append((t, vary(rng, rng.choice(gaming_lines))))
        if not guild:
            msgs.append(
                (
                    datetime(2026, 9, 13, 22, 5, 0, 118000, tzinfo=CST),
                    f"加个微信吧 {me_custom} 组队方便",
                )
            )
            msgs.append(
                (datetime(2026, 9, 13, 22, 6, 0, 402000, tzinfo=CST), "QQ也行 我室友那种开黑群")
            )
        msgs.sort()
        for t, text in reversed(msgs):
            rows2.append(
                [
                    str(rng.randint(10**18, 9 * 10**18)),
                    t.astimezone(UTC).isoformat(sep=" ", timespec="microseconds"),
                    text,
                    "",
                ]
            )
        out.write(f"package/messages/c{cid}/messages.csv", csv_text(rows2))

    registry = [
        ("PERSON", me_name),
        ("WECHAT_ID", me_wxid),
        ("WECHAT_ID", me_custom),
        ("PHONE_NUMBER", f"+86{me_phone}"),
        ("EMAIL_ADDRESS", me_mail),
        ("USERNAME", discord_user),
        ("USERNAME", "ajie_smj"),
        ("USERNAME", "keqing_main_07"),
        ("ADDRESS", home_addr),
        ("ADDRESS", work_addr),
        ("CN_ID_CARD", id_me),
        ("CN_ID_CARD", id_mom),
        ("CN_BANK_CARD", card_s),
        ("PHONE_NUMBER", mom_phone),
        ("PHONE_NUMBER", tang_phone),
        ("QQ_NUMBER", tang_qq),
        ("EMAIL_ADDRESS", jie_mail),
        ("LICENSE_PLATE", plate),
        ("PHONE_NUMBER", luo_phone),
        ("PHONE_NUMBER", jie_phone),
        ("PERSON", pinyin),
        ("PERSON", "罗婧"),
        ("PERSON", "帕丽旦·艾买提"),
        ("PERSON", "帕帕"),
        ("PERSON", "帕丽旦"),
        ("PERSON", "唐思雨"),
    ] + [("WECHAT_ID", v[2]) for v in people.values()]
    registry += [
        ("PERSON", "阿杰"),
        ("PERSON", "老郭"),
    ]  # 老/小/阿 forms and titles by which people are named
    pii = scan_pii(out, registry)
    top = sorted(
        ((t, n) for t, n in counts.items() if not chats_by_title(chats)[t].is_group),
        key=lambda x: -x[1],
    )[:3]
    write_truth(
        out,
        {
            "schema_version": 1,
            "persona": pid,
            "fictional": True,
            "independent": True,
            "description": "上官雨桐, 22, final-year computer-science student in Xi'an doing a paid internship at a software company in the high-tech zone; shares a rented flat; plays Genshin Impact and Honor of Kings, overspends on them and struggles with Huabei/credit-card/Weilidai repayments.",
            "timezone": "Asia/Shanghai",
            "user": {
                "names": [me_name, pinyin],
                "phones": [f"+86{me_phone}"],
                "emails": [me_mail],
                "handles": [me_wxid, me_custom, discord_user],
            },
            "pii": pii,
            "facts": {
                "home": {
                    "lat": 34.2235,
                    "lon": 108.9310,
                    "radius_m": 300,
                    "address": home_addr,
                    "city": "西安",
                },
                "work": {
                    "lat": 34.1925,
                    "lon": 108.8700,
                    "radius_m": 300,
                    "employer": "西安蓝岭软件有限公司",
                },
                "sleep_window": {"start": "00:30", "end": "07:30", "tolerance_min": 60},
                "top_contacts": [{"name": t, "messages": n} for t, n in top],
                "relationships": [
                    {"name": "妈妈", "relationship": "mother", "full_name": "刘慧芳"},
                    {"name": "阿杰", "relationship": "partner", "full_name": "司马杰"},
                    {"name": "糖糖", "relationship": "close friend", "full_name": "唐思雨"},
                    {"name": "罗姐", "relationship": "colleague", "full_name": "罗婧"},
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
                    "payer": "西安蓝岭软件有限公司",
                    "period": "monthly",
                },
                "risky_contact": {
                    "name": "wxid_guolijun22",
                    "why": "classmate 郭立军 (老郭) posts 68 angry political rants in the class group 22计科3班吹水群",
                },
            },
        },
    )
    return {"messages": sum(counts.values()), "pii": len(pii)}


# =========================================================================== persona 3
def persona_qingdao(root: Path) -> dict[str, int]:
    rng = random.Random(8303)
    pid = "cn_qingdao_station_owner"
    out = Out(root, pid)
    awake = (6, 23)  # sleep 23:30-06:00; messages only 06:00-22:59
    me_name = "孙海涛"
    me_custom = "haitao_yizhan"
    me_phone = "+86 132 5326 7781"
    people = {
        "wife": ("老婆", "于红梅"),
        "son": ("儿子", "孙浩然"),
        "bro": ("大哥", "孙海波"),
        "feng": ("阿峰", "钱峰"),
        "ge": ("老葛", "葛振东"),
        "xu": ("小徐", "徐晓"),
        "ma": ("马姐", "马秀兰"),
    }
    home_addr = "李沧区九水东路588号海岸花园二期12号楼3单元601"
    home_formal = "中国山东省青岛市李沧区九水东路588号海岸花园二期"
    work_addr = "山东省青岛市李沧区书院路61号"
    id_me = cn_id_with_x("37021319800917")
    id_wife = cn_id("37021319821203562")
    card = luhn("622588021234567890")
    card_s = group(card, [4, 4, 4, 4, 3])
    plate = "鲁B·D58812"
    plate_van = "鲁B 7Q3K9"
    wife_phone = "(86)153-0642-1198"
    feng_qq = "3190275846"
    feng_mail = "3190275846@qq.com"
    son_phone = "17806213390"
    bro_phone = "１３６ ６９７２ ０５４１"
    xu_mail = "xu.xiao.qd@example.net"
    ouyang = "欧阳建华"
    minority = "古丽米拉·吐尔逊"
    pinyin = "SUN HAITAO"

    chats = {
        "wife": Chat("老婆", False, ["wife"]),
        "bro": Chat("大哥", False, ["bro"]),
        "feng": Chat("阿峰", False, ["feng"]),
        "son": Chat("儿子", False, ["son"]),
        "grp": Chat("李沧驿站老板交流群", True, ["ge", "xu", "ma", "feng"]),
    }
    sp = {"me": SHOP_CHAT, "them": SHOP_CHAT}
    fill_chat(
        rng,
        chats["wife"],
        214,
        sp,
        awake,
        [
            (d(8, 5), 21, 0, "wife", "你是不是又买球了？信用卡欠了一万二你知不知道"),
            (d(8, 5), 21, 4, "me", "就玩了两把 赢了就还"),
            (d(8, 18), 12, 30, "me", f"驿站营业执照要你身份证 {id_wife} 我填上了"),
            (d(8, 27), 19, 15, "wife", f"新手机号{wife_phone} 你改一下备注"),
            (d(9, 3), 8, 10, "me", "痛风又犯了 脚肿得走不了 秋水仙碱在哪"),
            (d(9, 3), 8, 12, "wife", "抽屉里 尿酸都560了你还喝啤酒"),
            (d(9, 16), 22, 0, "wife", "房贷这个月还差三千 你的钱呢"),
            (d(9, 16), 22, 5, "me", "周末英超肯定回本"),
            (d(10, 8), 20, 0, "wife", "我妈说礼拜天去教堂给你祷告 让你别再赌了"),
            (d(10, 19), 18, 0, "me", f"车险续了 {plate} 明年三月到期"),
            (d(10, 27), 21, 30, "wife", "再让我看到你半夜看竞彩 这日子别过了"),
        ],
    )
    fill_chat(
        rng,
        chats["bro"],
        118,
        sp,
        awake,
        [
            (d(8, 11), 10, 0, "bro", f"我电话换了 {bro_phone}"),
            (d(8, 30), 20, 40, "me", "哥 先借我两万 驿站押金周转不开"),
            (d(8, 30), 20, 50, "bro", "打你哪张卡上"),
            (d(8, 30), 20, 52, "me", f"建行的 {card_s} 户名{me_name}"),
            (d(9, 22), 9, 30, "bro", "妈的体检报告出来了 血糖有点高 医生让控制"),
            (d(10, 4), 15, 0, "me", f"寄东西写{home_addr}就行 我晚上在家"),
        ],
    )
    fill_chat(
        rng,
        chats["feng"],
        96,
        sp,
        awake,
        [
            (d(8, 8), 22, 10, "feng", "今晚曼城让一球 跟不跟"),
            (d(8, 8), 22, 12, "me", "跟 下两千"),
            (d(8, 22), 13, 0, "feng", f"那个球盘的群你加我QQ拉你 {feng_qq}"),
            (d(9, 12), 22, 30, "me", "今晚又黑了 输了八千 我想再追一把"),
            (d(9, 19), 11, 0, "feng", f"截图发我邮箱{feng_mail}"),
            (d(10, 10), 21, 40, "me", "欧冠那场我全押了主胜"),
            (d(10, 24), 22, 0, "feng", "体彩店老板说你这个月买了四十多张了"),
        ],
    )
    fill_chat(
        rng,
        chats["son"],
        64,
        sp,
        awake,
        [
            (d(8, 20), 18, 0, "son", f"爸我手机号 {son_phone} 学校登记要家长的身份证号"),
            (d(8, 20), 18, 5, "me", f"{id_me}"),
            (d(9, 6), 20, 0, "son", "爸我想买个游戏手柄 打原神"),
            (d(10, 1), 10, 0, "son", f"报名表上英文名写{pinyin}对吧"),
        ],
    )
    grp = chats["grp"]
    fill_chat(
        rng,
        grp,
        168,
        sp,
        awake,
        [
            (d(8, 14), 9, 0, "xu", f"新系统账号问题找总部{ouyang}，邮箱{xu_mail}"),
            (d(9, 2), 14, 0, "ma", f"我们店新来的姑娘{minority}，新疆的，干活利索"),
            (d(9, 25), 7, 30, "me", f"谁看见一辆{plate_van}的面包车 堵我驿站门口了"),
            (d(10, 15), 16, 0, "me", f"有事加我微信{me_custom}"),
            (d(8, 17), 7, 45, "me", f"哪个驿站的件送错了直接打我电话{me_phone}"),
        ],
    )
    add_rants(
        rng,
        grp,
        "ge",
        rants(
            rng,
            [
                "那帮当官的",
                "美国",
                "房地产",
                "专家们",
                "日本",
                "网上那些汉奸",
                "快递总部",
                "物价",
                "北约",
                "某些人",
                "电视上",
                "韩国",
            ],
            [
                "就是吸老百姓的血",
                "真不是东西",
                "良心都被狗吃了",
                "早晚要遭报应",
                "全是骗人的",
                "蹬鼻子上脸",
                "就会装",
            ],
            [
                "我就问问凭什么？",
                "气得我一宿没睡",
                "老百姓太难了",
                "打！必须打！",
                "都给我转发",
                "谁敢说不是？",
                "我把话放这",
                "这世道真是",
            ],
            75,
        ),
        awake,
    )

    who = {k: v[0] for k, v in people.items()}
    who["me"] = "me"
    tcode = {
        "text": "TEXT",
        "image": "IMG",
        "voice": "VOICE",
        "sticker": "EMOJI",
        "video": "VIDEO",
        "location": "LOCATION",
        "system": "SYSTEM",
    }
    counts: dict[str, int] = {}
    for chat in chats.values():
        lines = []
        for m in chat.msgs:
            content = (
                m.text
                if m.kind == "text"
                else {"image": "[image]", "voice": "[voice]", "sticker": "[emoji]"}.get(
                    m.kind, m.text
                )
            )
            lines.append(f"{tcode[m.kind]}|{who[m.sender]}:{wall(m.ts)}:{content}")
        out.write(f"wechat-dump/{chat.title}.txt", "\n".join(lines) + "\n")
        counts[chat.title] = len([m for m in chat.msgs if m.kind != "system"])

    # ---- WeChat Pay CSV
    bill: list[tuple[datetime, list[str]]] = []

    def pay(
        t: datetime,
        typ: str,
        party: str,
        item: str,
        io_: str,
        amt: float,
        via: str,
        status: str,
        note: str = "/",
    ) -> None:
        tid = f"4200002{rng.randint(10**20, 10**21 - 1)}"
        bill.append(
            (
                t,
                [
                    wall(t),
                    typ,
                    party,
                    item,
                    io_,
                    f"¥{amt:.2f}",
                    via,
                    status,
                    tid + "\t",
                    ("/" if io_ == "收入" else str(rng.randint(10**15, 10**16 - 1))) + "\t",
                    note,
                ],
            )
        )

    for mon in (8, 9, 10):
        pay(
            datetime(2026, mon, 8, 16, 20, 0, tzinfo=CST),
            "转账",
            "青岛顺捷物流有限公司",
            "/",
            "收入",
            8650.00,
            "/",
            "已存入零钱",
            "派费结算",
        )
        pay(
            datetime(2026, mon, 20, 9, 0, 0, tzinfo=CST),
            "转账",
            "于红梅",
            "/",
            "支出",
            3000.00,
            "零钱",
            "朋友已收钱",
            "家用",
        )
    for day in DAYS:
        for _ in range(rng.choice([2, 3, 4])):
            t = datetime(
                day.year,
                day.month,
                day.day,
                rng.randint(8, 20),
                rng.randint(0, 59),
                rng.randint(0, 59),
                tzinfo=CST,
            )
            pay(
                t,
                "二维码收款",
                "/",
                "收款方备注:二维码收款",
                "收入",
                round(rng.choice([1.0, 2.0, 3.0, 5.0]), 2),
                "/",
                "已收钱",
            )
        if rng.random() < 0.5:
            t = datetime(
                day.year,
                day.month,
                day.day,
                rng.randint(18, 22),
                rng.randint(0, 59),
                rng.randint(0, 59),
                tzinfo=CST,
            )
            pay(
                t,
                "商户消费",
                "中国体育彩票",
                "竞彩足球投注",
                "支出",
                float(rng.choice([100, 200, 500, 1000, 2000])),
                "零钱",
                "支付成功",
            )
        if rng.random() < 0.6:
            t = datetime(
                day.year,
                day.month,
                day.day,
                rng.randint(11, 21),
                rng.randint(0, 59),
                rng.randint(0, 59),
                tzinfo=CST,
            )
            party, item = rng.choice(
                [
                    ("利群超市", "日用品"),
                    ("青岛啤酒博物馆", "门票"),
                    ("船歌鱼水饺", "餐饮"),
                    ("中国石化", "加油"),
                    ("台东步行街小吃", "烧烤"),
                    ("美团外卖", "外卖订单"),
                    ("老百姓大药房", "秋水仙碱片"),
                    ("青岛地铁", "乘车码"),
                ]
            )
            pay(
                t,
                "商户消费",
                party,
                item,
                "支出",
                round(rng.uniform(8, 300), 2),
                rng.choice(["零钱", f"建设银行(9{card[-3:]})"]),
                "支付成功",
            )
    pay(
        datetime(2026, 8, 31, 9, 10, 0, tzinfo=CST),
        "转账",
        "孙海波",
        "/",
        "收入",
        20000.00,
        "/",
        "已存入零钱",
        "借款 年底还",
    )
    bill.sort(key=lambda x: x[0], reverse=True)
    inc = [r for _, r in bill if r[4] == "收入"]
    exp = [r for _, r in bill if r[4] == "支出"]
    pre = wxpay_preamble(
        "海涛驿站",
        len(bill),
        (len(inc), sum(float(r[5][1:]) for r in inc)),
        (len(exp), sum(float(r[5][1:]) for r in exp)),
        "2026-11-01 20:41:09",
    )
    text = "".join(p + ",,,,,,,,,,\n" for p in pre) + csv_text(
        [WXPAY_HEADER] + [r for _, r in bill]
    )
    out.write("微信支付账单(20260801-20261031).csv", text, "utf-8")

    # ---- Google Semantic Location History (monthly files)
    home = (36.1745, 120.4420)
    work = (36.1600, 120.4170)
    months = {8: "AUGUST", 9: "SEPTEMBER", 10: "OCTOBER"}

    def iso(t: datetime) -> str:
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"

    def place(
        a: datetime, b: datetime, ll: tuple[float, float], pid_: str, addr: str, name: str
    ) -> dict[str, object]:
        return {
            "placeVisit": {
                "location": {
                    "latitudeE7": round((ll[0] + rng.uniform(-0.0002, 0.0002)) * 1e7),
                    "longitudeE7": round((ll[1] + rng.uniform(-0.0002, 0.0002)) * 1e7),
                    "placeId": pid_,
                    "address": addr,
                    "name": name,
                    "sourceInfo": {"deviceTag": 1093877254},
                    "locationConfidence": 88.1,
                },
                "duration": {"startTimestamp": iso(a), "endTimestamp": iso(b)},
                "placeConfidence": "HIGH_CONFIDENCE",
                "visitConfidence": 90,
                "centerLatE7": round(ll[0] * 1e7),
                "centerLngE7": round(ll[1] * 1e7),
            }
        }

    def seg(
        a: datetime, b: datetime, p: tuple[float, float], q: tuple[float, float], kind: str
    ) -> dict[str, object]:
        return {
            "activitySegment": {
                "startLocation": {
                    "latitudeE7": round(p[0] * 1e7),
                    "longitudeE7": round(p[1] * 1e7),
                },
                "endLocation": {"latitudeE7": round(q[0] * 1e7), "longitudeE7": round(q[1] * 1e7)},
                "duration": {"startTimestamp": iso(a), "endTimestamp": iso(b)},
                "distance": 2870,
                "activityType": kind,
                "confidence": "HIGH",
            }
        }

    objs: dict[int, list[dict[str, object]]] = {8: [], 9: [], 10: []}
    prev = datetime(2026, 8, 1, 0, 0, tzinfo=CST)
    for day in DAYS:
        base = datetime(day.year, day.month, day.day, tzinfo=CST)
        leave = base + timedelta(hours=7, minutes=rng.randint(0, 20))
        arrive = leave + timedelta(minutes=14)
        back = base + timedelta(hours=20, minutes=rng.randint(5, 40))
        home_at = back + timedelta(minutes=15)
        o = objs[day.month]
        o.append(place(prev, leave, home, "ChIJqdHome588jiushui", home_formal, "海岸花园二期"))
        o.append(seg(leave, arrive, home, work, "IN_PASSENGER_VEHICLE"))
        o.append(place(arrive, back, work, "ChIJqdStation61shuyuan", work_addr, "海涛快递驿站"))
        o.append(seg(back, home_at, work, home, "IN_PASSENGER_VEHICLE"))
        prev = home_at
    objs[10].append(
        place(
            prev,
            datetime(2026, 11, 1, 7, 0, tzinfo=CST),
            home,
            "ChIJqdHome588jiushui",
            home_formal,
            "海岸花园二期",
        )
    )
    for mon, name in months.items():
        out.write(
            f"Takeout/Location History (Timeline)/Semantic Location History/2026/2026_{name}.json",
            json.dumps({"timelineObjects": objs[mon]}, ensure_ascii=False, indent=2),
        )

    registry = [
        ("PERSON", me_name),
        ("WECHAT_ID", me_custom),
        ("PHONE_NUMBER", me_phone),
        ("ADDRESS", home_addr),
        ("ADDRESS", home_formal),
        ("ADDRESS", work_addr),
        ("CN_ID_CARD", id_me),
        ("CN_ID_CARD", id_wife),
        ("CN_BANK_CARD", card_s),
        ("LICENSE_PLATE", plate),
        ("LICENSE_PLATE", plate_van),
        ("PHONE_NUMBER", wife_phone),
        ("QQ_NUMBER", feng_qq),
        ("EMAIL_ADDRESS", feng_mail),
        ("PHONE_NUMBER", son_phone),
        ("PHONE_NUMBER", bro_phone),
        ("EMAIL_ADDRESS", xu_mail),
        ("PERSON", ouyang),
        ("PERSON", minority),
        ("PERSON", pinyin),
        ("PERSON", "于红梅"),
        ("PERSON", "孙海波"),
    ]
    registry += [
        ("PERSON", "阿峰"),
        ("PERSON", "老葛"),
        ("PERSON", "小徐"),
        ("PERSON", "马姐"),
    ]  # 老/小/阿 forms and titles by which people are named
    pii = scan_pii(out, registry)
    top = sorted(
        ((t, n) for t, n in counts.items() if not chats_by_title(chats)[t].is_group),
        key=lambda x: -x[1],
    )[:3]
    write_truth(
        out,
        {
            "schema_version": 1,
            "persona": pid,
            "fictional": True,
            "independent": True,
            "description": "孙海涛, 46, runs a parcel pick-up station (快递驿站) on 书院路 in Licang, Qingdao, seven days a week; married with a teenage son; bets heavily on football (竞彩/球盘), owes money and borrowed from his brother; has gout.",
            "timezone": "Asia/Shanghai",
            "user": {
                "names": [me_name, pinyin],
                "phones": [me_phone],
                "emails": [],
                "handles": [me_custom],
            },
            "pii": pii,
            "facts": {
                "home": {
                    "lat": home[0],
                    "lon": home[1],
                    "radius_m": 300,
                    "address": home_addr,
                    "city": "青岛",
                },
                "work": {
                    "lat": work[0],
                    "lon": work[1],
                    "radius_m": 300,
                    "employer": "海涛快递驿站",
                },
                "sleep_window": {"start": "23:30", "end": "06:00", "tolerance_min": 60},
                "top_contacts": [{"name": t, "messages": n} for t, n in top],
                "relationships": [
                    {"name": "老婆", "relationship": "partner", "full_name": "于红梅"},
                    {"name": "大哥", "relationship": "brother", "full_name": "孙海波"},
                    {"name": "儿子", "relationship": "son", "full_name": "孙浩然"},
                    {"name": "阿峰", "relationship": "close friend", "full_name": "钱峰"},
                ],
                "religion": {"value": False},
                "health": {"value": "gout (痛风, uric acid 560, colchicine 秋水仙碱)"},
                "politics": {"value": False},
                "financial_stress": {"value": True},
                "gambling": {"value": True},
                "gaming": {"value": False},
                "salary": {
                    "amount": "8650.00",
                    "currency": "CNY",
                    "payer": "青岛顺捷物流有限公司",
                    "period": "monthly",
                },
                "risky_contact": {
                    "name": "老葛",
                    "why": "fellow station owner 葛振东 posts 75 angry political rants in 李沧驿站老板交流群",
                },
            },
        },
    )
    return {"messages": sum(counts.values()), "pii": len(pii)}


def main(argv: list[str]) -> None:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "personas"
    root.mkdir(parents=True, exist_ok=True)
    stats = {}
    for fn in (persona_wuhan, persona_xian, persona_qingdao):
        stats[fn.__name__] = fn(root)
    if len(argv) <= 2:
        print(json.dumps(stats, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv)
