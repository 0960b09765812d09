# ruff: noqa: B007, B905
"""heldout18 Chinese persona: 林晓雯, Xiamen office assistant who sells bracelets on the side."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import timedelta, timezone

from h18_common import cn_id, epoch, luhn_complete
from h18_engine import Msg, Persona, distinct_rants, gen_chat
from h18_pools import ZH_CORE, ZH_EMOJI, ZH_OPEN, ZH_TAIL

PID = "cn_xiamen_linxiaowen"
ZONE = "Asia/Shanghai"
HOME = (24.51283, 118.14671)
WORK = (24.49062, 118.18354)
ME = "wxid_lxw98xm"

ID_NO = cn_id("35020619980715352")
MOM_CARD = luhn_complete("621700193000452", 19)
MY_CARD = luhn_complete("622202140301234", 19)


def awake(h: int, m: int) -> bool:
    return (h, m) >= (7, 40) and (h, m) <= (23, 55)


def zh_line(rng: random.Random, who: str) -> str:
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(ZH_OPEN))
    parts.append(rng.choice(ZH_CORE))
    if rng.random() < 0.3:
        parts.append(rng.choice(ZH_CORE))
    s = "，".join(parts) if len(parts) > 1 and rng.random() < 0.5 else "".join(parts)
    if rng.random() < 0.3:
        s += rng.choice(ZH_TAIL)
    if rng.random() < 0.25:
        s += rng.choice(ZH_EMOJI)
    return s


def sp4(num: str) -> str:
    return " ".join(num[i : i + 4] for i in range(0, len(num), 4))


def build(write: dict[str, bytes]) -> dict[str, object]:
    rng = random.Random(1801)
    p = Persona(ZONE, (2024, 3, 4), 91, awake, rng)
    base = "data/聊天记录"
    chats: dict[str, tuple[str, str, list[Msg]]] = {}

    def f(remark: str) -> str:
        return f"{base}/{remark}/{remark}_utf8.csv"

    # --- 妈妈 (mother 王秀兰)
    mom_card_sp = sp4(MOM_CARD)
    planted = [
        (3, "20:12", "妈妈", "你奶奶初一又去南普陀烧香了，说要给你求个平安"),
        (5, "21:03", "me", f"妈我身份证号是{ID_NO}，你帮我把那个医保的表填了"),
        (5, "21:05", "妈妈", "好，收到了"),
        (9, "19:40", "妈妈", "春花阿姨说下个月来厦门玩，住你那行不行"),
        (
            12,
            "12:31",
            "me",
            "我这边地址：厦门市湖里区枋湖北二路1088号7栋2单元1503室，寄过来就行，别寄公司",
        ),
        (18, "20:20", "妈妈", "你表哥又去赌球，输了好几万，你舅舅气死了"),
        (23, "21:11", "me", "妈，你卡号发我一下，我转点钱给你"),
        (23, "21:14", "妈妈", mom_card_sp),
        (27, "18:50", "妈妈", "你爸换号了 +86 13959267013 存一下"),
        (33, "20:30", "me", "今天去中山医院复查甲功了，医生说TSH还是有点高"),
        (34, "08:10", "妈妈", "药要按时吃啊，别又忘了"),
        (48, "21:40", "妈妈", "十五又要跟奶奶去烧香，你要不要一起"),
        (52, "22:03", "me", "不去了妈，那边人太多"),
        (61, "20:44", "me", "优甲乐又涨价了，一盒要二十几"),
        (75, "19:20", "妈妈", "你表哥说戒赌了，谁信啊"),
    ]
    chats["妈妈"] = (
        "wxid_mom_wxl1968",
        "平安是福",
        gen_chat(p, ["me", "妈妈"], 165, zh_line, planted),
    )
    F = f("妈妈")
    p.add(F, "CN_ID_CARD", ID_NO)
    p.add(F, "ADDRESS", "厦门市湖里区枋湖北二路1088号7栋2单元1503室")
    p.add(F, "PERSON", "春花")
    p.add(F, "CN_BANK_CARD", mom_card_sp)
    p.add(F, "PHONE_NUMBER", "+86 13959267013")

    # --- 小婷 (close friend 陈婷)
    planted = [
        (2, "12:15", "小婷", "加我小号 ting_chen0921 ，大号快满了"),
        (6, "22:30", "me", "这个月花呗还不上了，先还个最低的吧[叹气]"),
        (8, "13:02", "小婷", "换号了138-5921-0476，旧的别打了"),
        (11, "21:47", "me", "海燕那单今天发了顺丰"),
        (15, "22:10", "me", "阿杰周末又要加班，我自己去看电影算了"),
        (20, "12:40", "小婷", "文件太大微信传不了，我QQ1849372056，发那边"),
        (26, "22:50", "me", "借呗又借了3000，先把房租交了，好慌"),
        (30, "21:20", "me", "今晚五排吗，我王者掉到星耀了"),
        (38, "12:05", "小婷", "办签证要护照号，你的是多少来着"),
        (38, "12:09", "me", "E58201937 你帮我一起填了吧"),
        (44, "22:18", "me", "信用卡又只还了最低还款，下个月真的要省了"),
        (47, "21:35", "me", "医生说桥本甲减要一直吃药，烦死了"),
        (55, "22:40", "me", "又抽到新皮肤了哈哈哈，今晚上分"),
        (66, "21:58", "me", "这个月副业多出了十几单，终于能把花呗填上一点"),
        (80, "22:25", "me", "王者新赛季开了，来不来"),
    ]
    chats["小婷"] = (
        "wxid_chenting_0921",
        "Tina婷",
        gen_chat(p, ["me", "小婷"], 205, zh_line, planted),
    )
    F = f("小婷")
    p.add(F, "WECHAT_ID", "ting_chen0921")
    p.add(F, "PHONE_NUMBER", "138-5921-0476")
    p.add(F, "PERSON", "海燕")
    p.add(F, "PERSON", "阿杰")
    p.add(F, "QQ_NUMBER", "1849372056")
    p.add(F, "CN_PASSPORT", "E58201937")

    # --- 老周 (colleague 周建国)
    my_card_sp = (
        MY_CARD[:4]
        + " "
        + MY_CARD[4:8]
        + " "
        + MY_CARD[8:12]
        + " "
        + MY_CARD[12:16]
        + " "
        + MY_CARD[16:]
    )
    planted = [
        (1, "09:12", "me", "周哥，我车牌闽D·7K2Q8，帮我跟保安说一下临时停车"),
        (7, "10:30", "老周", "报销单找财务刘红梅签字"),
        (9, "14:20", "老周", "报销打哪张卡？"),
        (9, "14:22", "me", f"打到这张：{my_card_sp}"),
        (16, "11:05", "老周", "合同扫描件发我邮箱 zhou.jianguo@example.com"),
        (29, "15:40", "me", "下午请个假去医院抽血复查"),
        (41, "16:10", "老周", "红梅姐说下周一开季度会"),
    ]
    chats["老周"] = (
        "wxid_zhoujg_1979",
        "周建国",
        gen_chat(p, ["me", "老周"], 110, zh_line, planted),
    )
    F = f("老周")
    p.add(F, "LICENSE_PLATE", "闽D·7K2Q8")
    p.add(F, "PERSON", "刘红梅")
    p.add(F, "CN_BANK_CARD", my_card_sp)
    p.add(F, "EMAIL_ADDRESS", "zhou.jianguo@example.com")
    p.add(F, "PERSON", "红梅")
    p.add(F, "PERSON", "周建国")

    # --- 阿杰 (boyfriend 郑杰)
    planted = [
        (4, "22:05", "阿杰", "我新号13806051288存一下"),
        (13, "21:30", "me", "到了给我打电话，枋湖北二路1088号7栋1503，别走错了"),
        (21, "20:02", "阿杰", "志强约我们周六去环岛路烧烤"),
        (35, "22:15", "me", "甲状腺的药又快吃完了，明天提醒我去拿"),
        (58, "21:50", "阿杰", "你别老熬夜打王者了"),
    ]
    chats["阿杰"] = ("wxid_zhengjie_93", "Jay", gen_chat(p, ["me", "阿杰"], 150, zh_line, planted))
    F = f("阿杰")
    p.add(F, "PHONE_NUMBER", "13806051288")
    p.add(F, "ADDRESS", "枋湖北二路1088号7栋1503")
    p.add(F, "PERSON", "志强")

    # --- customer
    planted = [
        (
            10,
            "19:30",
            "手链买家-海燕",
            "收件人：刘海燕 139 0601 8842 福建省泉州市丰泽区田安路256号华侨大厦1204室",
        ),
        (10, "19:33", "me", "好的亲，明天发顺丰"),
        (12, "20:40", "手链买家-海燕", "加我这个微信吧 liuhaiyan1990 ，以后直接找你买"),
    ]
    chats["手链买家-海燕"] = (
        "wxid_hy_liu1990",
        "海燕🌊",
        gen_chat(p, ["me", "手链买家-海燕"], 42, zh_line, planted),
    )
    F = f("手链买家-海燕")
    p.add(F, "PERSON", "刘海燕")
    p.add(F, "PERSON", "海燕")
    p.add(F, "PHONE_NUMBER", "139 0601 8842")
    p.add(F, "ADDRESS", "福建省泉州市丰泽区田安路256号华侨大厦1204室")
    p.add(F, "WECHAT_ID", "liuhaiyan1990")

    # --- group with risky member 陈伯
    a = [
        "那些当官的",
        "美国佬",
        "房地产商跟政府",
        "日本人",
        "上面那帮人",
        "物价局",
        "这些贪官",
        "专家们",
        "外国势力",
        "城管那帮人",
    ]
    b = [
        "简直是无法无天",
        "天天骗老百姓",
        "就知道捞钱",
        "早该全部抓起来",
        "把我们当傻子",
        "迟早要完蛋",
        "良心被狗吃了",
        "一个比一个坏",
    ]
    c = [
        "！！！气死我了",
        "，大家都醒醒吧！",
        "，转发让更多人看到！",
        "，我就不信没人管！",
        "，这个国家要被他们搞垮了！",
        "，老百姓还怎么活？",
        "，我要去上访！",
        "，真想骂娘！",
    ]
    rants = distinct_rants(random.Random(18011), a, b, c, 72, sep="")
    days_r = sorted(rng.sample(range(91), 60) + rng.sample(range(91), 12))
    planted = []
    for i, (d, r) in enumerate(zip(days_r, rants)):
        planted.append((d, f"{rng.randint(8, 22):02d}:{rng.randrange(60):02d}", "陈伯", r))
    planted.append((40, "10:15", "物业小李", "物业电话 0592-5712066，有问题直接打"))
    chats["湖里枋湖业主群"] = (
        "38291047756@chatroom",
        "湖里枋湖业主群",
        gen_chat(
            p,
            ["me", "物业小李", "502王姐", "陈伯", "小区团购-阿芳"],
            150,
            zh_line,
            planted,
            weights=[2, 1, 2, 0.4, 1],
        ),
    )
    F = f("湖里枋湖业主群")
    p.add(F, "PHONE_NUMBER", "0592-5712066")

    counts: dict[str, int] = {}
    for remark, (talker, nick, msgs) in chats.items():
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(
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
        )
        for i, m in enumerate(msgs, 1):
            typ, content = {
                "text": (1, m.text),
                "media": (3, ""),
                "voice": (34, ""),
                "sticker": (47, ""),
            }[m.kind]
            if m.kind == "media" and rng.random() < 0.15:
                typ, content = (
                    48,
                    (
                        '<msg><location x="24.49512" y="118.18876" scale="16" label="思明区软件园二期观日路" '
                        'maptype="0" poiname="软件园二期" /></msg>'
                    ),
                )
            local = m.dt.strftime("%Y-%m-%d %H:%M:%S")
            is_group = talker.endswith("@chatroom")
            sender = m.sender if is_group else ("" if m.sender == "me" else remark)
            if is_group:
                sender = ME if m.sender == "me" else m.sender
            w.writerow(
                [
                    i,
                    talker,
                    typ,
                    0,
                    1 if m.sender == "me" else 0,
                    epoch(m.dt),
                    2,
                    content,
                    local,
                    remark,
                    nick,
                    sender,
                ]
            )
        write[f(remark)] = buf.getvalue().encode("utf-8-sig")
        if not talker.endswith("@chatroom"):
            counts[remark] = len(msgs)

    alipay(p, write)
    wechat_pay(p, write)
    timeline(p, write)
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    return {
        "schema_version": 1,
        "persona": PID,
        "fictional": True,
        "independent": True,
        "description": "林晓雯, 26, administrative assistant at a Xiamen logistics firm, sells handmade bracelets via WeChat on the side.",
        "timezone": ZONE,
        "user": {
            "names": ["林晓雯", "雯雯Wendy"],
            "phones": ["13859920516"],
            "emails": ["linxiaowen98@example.com"],
            "handles": [ME, "雯雯Wendy"],
        },
        "pii": p.pii,
        "facts": {
            "home": {
                "lat": HOME[0],
                "lon": HOME[1],
                "radius_m": 300,
                "address": "厦门市湖里区枋湖北二路1088号7栋2单元1503室",
                "city": "厦门",
            },
            "work": {
                "lat": WORK[0],
                "lon": WORK[1],
                "radius_m": 300,
                "employer": "厦门鹭航物流有限公司",
            },
            "sleep_window": {"start": "00:30", "end": "07:30", "tolerance_min": 60},
            "top_contacts": [{"name": k, "messages": v} for k, v in top],
            "relationships": [
                {"name": "妈妈", "relationship": "mother", "full_name": "王秀兰"},
                {"name": "小婷", "relationship": "close friend", "full_name": "陈婷"},
                {"name": "老周", "relationship": "colleague", "full_name": "周建国"},
                {"name": "阿杰", "relationship": "partner", "full_name": "郑杰"},
            ],
            "religion": {"value": False},
            "health": {"value": "hypothyroidism (Hashimoto's), on levothyroxine 优甲乐"},
            "politics": {"value": False},
            "financial_stress": {"value": True},
            "gambling": {"value": False},
            "gaming": {"value": True},
            "salary": {
                "amount": "7850.00",
                "currency": "CNY",
                "payer": "厦门鹭航物流有限公司",
                "period": "monthly",
            },
            "risky_contact": {
                "name": "陈伯",
                "why": "posts 72 angry political rants in the 湖里枋湖业主群 group",
            },
        },
    }


def pad(s: str, n: int) -> str:
    width = sum(2 if ord(ch) > 127 else 1 for ch in s)
    return s + " " * max(1, n - width)


def alipay(p: Persona, write: dict[str, bytes]) -> int:
    rng = random.Random(1802)
    rows = []
    for k in range(3):
        d = p.at(6 + 30 * k, "10:02", 11)
        rows.append(
            (d, "转账红包", "厦门鹭航物流有限公司", "/", "工资", "收入", "7850.00", "", "交易成功")
        )
    for k in range(3):
        rows.append(
            (
                p.at(4 + 30 * k, "09:30", 5),
                "信用借还",
                "花呗",
                "/",
                "花呗还款",
                "不计收支",
                f"{rng.randint(900, 1900)}.00",
                "余额宝",
                "还款成功",
            )
        )
    rows.append(
        (
            p.at(26, "22:52", 3),
            "信用借还",
            "借呗",
            "/",
            "借呗借款",
            "不计收支",
            "3000.00",
            "",
            "交易成功",
        )
    )
    for k in range(4):
        rows.append(
            (
                p.at(8 + 22 * k, "14:20", 44),
                "医疗健康",
                "厦门大学附属中山医院",
                "/",
                "门诊缴费-甲状腺功能检查",
                "支出",
                f"{rng.randint(80, 260)}.50",
                "花呗",
                "交易成功",
            )
        )
    rows.append(
        (
            p.at(12, "19:01", 9),
            "转账红包",
            "陈婷",
            "13859210476",
            "转账",
            "支出",
            "200.00",
            "余额宝",
            "交易成功",
        )
    )
    rows.append(
        (
            p.at(44, "20:30", 9),
            "转账红包",
            "陈婷",
            "chen.ting@example.com",
            "还你的奶茶钱",
            "支出",
            "35.00",
            "余额宝",
            "交易成功",
        )
    )
    shops = [
        ("餐饮美食", "美团外卖", "外卖订单"),
        ("日用百货", "淘宝", "手工饰品包装盒 100个"),
        ("交通出行", "厦门地铁", "地铁乘车"),
        ("日用百货", "1688", "天然水晶散珠"),
        ("餐饮美食", "喜茶", "多肉葡萄"),
        ("充值缴费", "国网福建电力", "电费"),
    ]
    for i in range(50):
        cat, who, what = rng.choice(shops)
        d = p.at(
            rng.randrange(91),
            f"{rng.randint(8, 23):02d}:{rng.randrange(60):02d}",
            rng.randrange(60),
        )
        rows.append(
            (
                d,
                cat,
                who,
                "/",
                what,
                "支出",
                f"{rng.randint(3, 120)}.{rng.randrange(100):02d}",
                rng.choice(["花呗", "余额宝", "招商银行储蓄卡(5516)"]),
                "交易成功",
            )
        )
    rows.sort(key=lambda r: r[0].timestamp(), reverse=True)
    inc = sum(float(r[6]) for r in rows if r[5] == "收入")
    out = sum(float(r[6]) for r in rows if r[5] == "支出")
    lines = [
        "------------------------------------------------------------------------------------",
        "导出信息：",
        "姓名：林晓雯",
        "支付宝账户：linxiaowen98@example.com",
        "起始时间：[2024-03-04 00:00:00]    终止时间：[2024-06-02 23:59:59]",
        "导出交易类型：[全部]",
        "导出时间：[2024-06-03 09:15:40]",
        f"共{len(rows)}笔记录",
        f"收入：{sum(1 for r in rows if r[5] == '收入')}笔 {inc:.2f}元",
        f"支出：{sum(1 for r in rows if r[5] == '支出')}笔 {out:.2f}元",
        f"不计收支：{sum(1 for r in rows if r[5] == '不计收支')}笔",
        "",
        "特别提示：",
        "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；",
        "2.请勿将本回单作为收款方发货的凭据使用，请查询账户实际到账情况后再进行发货操作；",
        "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；",
        "4.本回单如经任何涂改、编造，均立即失去效力；",
        "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
        "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
        "7.禁止将本回单用于非法用途；",
        "8.本明细仅展示当前账单中的交易，不包括已删除的记录；",
        "9.本明细仅供个人对账使用。",
        "",
        "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------",
        ",".join(
            pad(h, 20)
            for h in [
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
        )
        + ",",
    ]
    for i, r in enumerate(rows):
        oid = f"2024{i:04d}2200147{rng.randrange(10**9, 10**10)}"
        vals = [r[0].strftime("%Y-%m-%d %H:%M:%S"), *r[1:9]]
        lines.append(
            ",".join(pad(v, 20) for v in vals)
            + ","
            + oid
            + "\t,"
            + pad("", 20)
            + "\t,"
            + pad("", 20)
            + ","
        )
    write["支付宝交易明细/alipay_record.csv"] = ("\r\n".join(lines) + "\r\n").encode("gbk")
    F = "支付宝交易明细/alipay_record.csv"
    p.add(F, "PERSON", "林晓雯")
    p.add(F, "EMAIL_ADDRESS", "linxiaowen98@example.com")
    p.add(F, "PERSON", "陈婷")
    p.add(F, "PHONE_NUMBER", "13859210476")
    p.add(F, "EMAIL_ADDRESS", "chen.ting@example.com")
    return len(rows)


def wechat_pay(p: Persona, write: dict[str, bytes]) -> None:
    rng = random.Random(1803)
    rows = []
    for k in range(6):
        d = p.at(5 + 15 * k, f"{rng.randint(20, 23):02d}:{rng.randrange(60):02d}", 8)
        rows.append(
            (
                d,
                "商户消费",
                "深圳市腾讯天美工作室",
                "王者荣耀点券",
                "支出",
                f"¥{rng.choice([30, 68, 128, 198])}.00",
                "零钱",
                "支付成功",
                "/",
            )
        )
    buyers = [
        ("海燕🌊", "海燕 手链尾款"),
        ("Luna", "白水晶手链x2"),
        ("阿May", "定金"),
        ("小鱼", "/"),
        ("Cici", "紫水晶"),
    ]
    for i in range(24):
        who, note = rng.choice(buyers)
        d = p.at(
            rng.randrange(91),
            f"{rng.randint(9, 23):02d}:{rng.randrange(60):02d}",
            rng.randrange(60),
        )
        rows.append(
            (d, "转账", who, "/", "收入", f"¥{rng.randint(39, 199)}.00", "/", "已存入零钱", note)
        )
    shops = [
        ("美宜佳", "便利店消费"),
        ("瑞幸咖啡", "生椰拿铁"),
        ("滴滴出行", "快车"),
        ("中通快递", "寄件"),
        ("顺丰速运", "寄件运费"),
    ]
    for i in range(40):
        who, what = rng.choice(shops)
        d = p.at(
            rng.randrange(91),
            f"{rng.randint(8, 23):02d}:{rng.randrange(60):02d}",
            rng.randrange(60),
        )
        rows.append(
            (
                d,
                "商户消费",
                who,
                what,
                "支出",
                f"¥{rng.randint(6, 40)}.{rng.randrange(100):02d}",
                "零钱",
                "支付成功",
                "/",
            )
        )
    rows.sort(key=lambda r: r[0].timestamp(), reverse=True)
    n_in = sum(1 for r in rows if r[4] == "收入")
    t_in = sum(float(r[5][1:]) for r in rows if r[4] == "收入")
    n_out = sum(1 for r in rows if r[4] == "支出")
    t_out = sum(float(r[5][1:]) for r in rows if r[4] == "支出")
    pre = [
        "微信支付账单明细,,,,,,,,,,",
        "微信昵称：[雯雯Wendy],,,,,,,,,,",
        "起始时间：[2024-03-04 00:00:00] 终止时间：[2024-06-02 23:59:59],,,,,,,,,,",
        "导出类型：[全部],,,,,,,,,,",
        "导出时间：[2024-06-03 09:20:11],,,,,,,,,,",
        ",,,,,,,,,,",
        f"共{len(rows)}笔记录,,,,,,,,,,",
        f"收入：{n_in}笔 {t_in:.2f}元,,,,,,,,,,",
        f"支出：{n_out}笔 {t_out:.2f}元,,,,,,,,,,",
        "中性交易：0笔 0.00元,,,,,,,,,,",
        "注：,,,,,,,,,,",
        "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易,,,,,,,,,,",
        "2. 本明细仅展示当前账单中的交易，不包括已删除的记录,,,,,,,,,,",
        "3. 本明细仅供个人对账使用,,,,,,,,,,",
        ",,,,,,,,,,",
        "----------------------微信支付账单明细列表--------------------,,,,,,,,,,",
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注",
    ]
    for i, r in enumerate(rows):
        tid = f"42000021{i:03d}2024{rng.randrange(10**15, 10**16)}"
        mid = f"10000{rng.randrange(10**12, 10**13)}" if r[1] != "转账" else "/"
        pre.append(
            ",".join(
                [
                    r[0].strftime("%Y-%m-%d %H:%M:%S"),
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    r[6],
                    r[7],
                    tid + "\t",
                    mid + "\t",
                    r[8],
                ]
            )
        )
    F = "微信支付账单/微信支付账单(20240304-20240602).csv"
    write[F] = ("\n".join(pre) + "\n").encode("utf-8")
    p.add(F, "USERNAME", "雯雯Wendy")
    p.add(F, "PERSON", "海燕")


def timeline(p: Persona, write: dict[str, bytes]) -> None:
    rng = random.Random(1804)
    segs = []
    home_ll = f"{HOME[0]:.7f}°, {HOME[1]:.7f}°"
    work_ll = f"{WORK[0]:.7f}°, {WORK[1]:.7f}°"

    def iso(dt: object) -> str:
        return dt.isoformat(timespec="milliseconds")  # type: ignore[attr-defined]

    def jit(ll: tuple[float, float]) -> str:
        return f"{ll[0] + rng.uniform(-0.0006, 0.0006):.7f}°, {ll[1] + rng.uniform(-0.0006, 0.0006):.7f}°"

    for d in range(91):
        start_home = p.at(d - 1, "20:05") if d else p.at(0, "00:00")
        wd = p.at(d, "12:00").weekday() < 5
        leave = (
            p.at(d, f"08:{rng.randint(5, 25):02d}")
            if wd
            else p.at(d, f"{rng.randint(10, 13)}:{rng.randrange(60):02d}")
        )
        segs.append(
            {
                "startTime": iso(start_home),
                "endTime": iso(leave),
                "startTimeTimezoneUtcOffsetMinutes": 480,
                "endTimeTimezoneUtcOffsetMinutes": 480,
                "visit": {
                    "hierarchyLevel": 0,
                    "probability": round(rng.uniform(0.7, 0.95), 2),
                    "topCandidate": {
                        "placeId": "ChIJh18xmFrbFDQR0iXhome1503",
                        "semanticType": "HOME",
                        "probability": round(rng.uniform(0.8, 0.99), 2),
                        "placeLocation": {"latLng": home_ll},
                    },
                },
            }
        )
        if wd:
            arrive = leave + timedelta(minutes=rng.randint(28, 40))
            segs.append(
                {
                    "startTime": iso(leave),
                    "endTime": iso(arrive),
                    "startTimeTimezoneUtcOffsetMinutes": 480,
                    "endTimeTimezoneUtcOffsetMinutes": 480,
                    "activity": {
                        "start": {"latLng": home_ll},
                        "end": {"latLng": work_ll},
                        "distanceMeters": round(rng.uniform(4800, 5600), 1),
                        "probability": 0.9,
                        "topCandidate": {"type": "IN_SUBWAY", "probability": 0.8},
                    },
                }
            )
            segs.append(
                {
                    "startTime": iso(leave),
                    "endTime": iso(arrive),
                    "timelinePath": [
                        {"point": jit(HOME), "time": iso(leave)},
                        {
                            "point": "24.5002113°, 118.1650271°",
                            "time": iso(leave + timedelta(minutes=15)),
                        },
                        {"point": jit(WORK), "time": iso(arrive)},
                    ],
                }
            )
            wend = p.at(d, f"{rng.choice([18, 18, 19])}:{rng.randrange(60):02d}")
            segs.append(
                {
                    "startTime": iso(arrive),
                    "endTime": iso(wend),
                    "startTimeTimezoneUtcOffsetMinutes": 480,
                    "endTimeTimezoneUtcOffsetMinutes": 480,
                    "visit": {
                        "hierarchyLevel": 0,
                        "probability": 0.9,
                        "topCandidate": {
                            "placeId": "ChIJ9wq0softpark2QRluhang",
                            "semanticType": "WORK",
                            "probability": 0.93,
                            "placeLocation": {"latLng": work_ll},
                        },
                    },
                }
            )
    obj = {
        "semanticSegments": segs,
        "rawSignals": [],
        "userLocationProfile": {
            "frequentPlaces": [
                {
                    "placeId": "ChIJh18xmFrbFDQR0iXhome1503",
                    "placeLocation": home_ll,
                    "label": "HOME",
                },
                {"placeId": "ChIJ9wq0softpark2QRluhang", "placeLocation": work_ll, "label": "WORK"},
            ]
        },
    }
    write["Timeline.json"] = json.dumps(obj, ensure_ascii=False, indent=2).encode("utf-8")


_ = timezone
