"""zh4_nanjing: 刘桂芳, 56, cleaning supervisor at a property company in Nanjing."""

from __future__ import annotations

import csv
import io
import random
from datetime import date, datetime, timedelta

from common import (
    Chat,
    Talker,
    cn_id,
    day_plan,
    dumps,
    epoch,
    iso_offset,
    jitter,
    luhn_complete,
    parse_topics,
    utc_to_local,
)

ZONE = "Asia/Shanghai"
PID = "zh4_nanjing"
START, END = date(2025, 6, 1), date(2025, 10, 31)
HOME = (32.02153, 118.73581)
WORK = (32.04372, 118.78496)
TEMPLE = (32.06498, 118.79302)
MARKET = (32.01790, 118.74402)
HOSPITAL = (32.05690, 118.78410)

ME_WXID = "wxid_lgf69315nj"
USER_ID = cn_id("32010519690315242")
HUSBAND_ID = cn_id("32010219660807131")
CARD19 = luhn_complete("621785600123456078")
HUSBAND_PHONE = "138 1390 7766"
SON_PHONE = "157-5163-0821"
XIUYING_PHONE = "13951660823"
BOSS_PHONE = "+86 186 2503 4419"
USER_PHONE = "13913907766"
HOME_ADDR = "南京市建邺区江东中路翠竹园3栋2单元602室"
SON_ADDR = "苏州市工业园区星湖街328号星海公寓11幢1804"
PLATE = "苏A7Q2M8"
SALARY = "6200.00"
EMPLOYER = "南京金陵物业管理有限公司"

CONTACTS = {
    "hus": ("老头子", "wxid_wjh660807", "王建华"),
    "son": ("磊磊", "wxid_leilei_sz93", "王磊"),
    "xy": ("秀英姐", "wxid_zxy_1965", "赵秀英"),
    "boss": ("张主管", "zhanghy_wuye", "张海燕"),
}
GROUP = ("翠竹园3栋邻里群", "21339587412@chatroom")
GROUP_MEMBERS = {
    "li": ("老李头", "wxid_lgd_1958"),
    "chen": ("3-1101陈姐", "wxid_chenmei77"),
    "xiao": ("小周(物业)", "zhou_wuye_js"),
    "hu": ("胡阿姨", "wxid_hu_ayi52"),
}

HUS = parse_topics("""
@14-17
me: 晚上吃啥 | 今天晚上想吃什么 | 你回来带点菜 | 晚饭你烧还是我烧
hus: 随便 | 你看着办 | 吃面条吧 | 红烧肉 好久没吃了
me: 就知道随便 | 行 我下班去菜场 | 那你把米先淘了 | 冰箱里还有半只鸭子

@17.2-19
me: 到家没 | 你到哪了 | 下雨了你带伞没
hus: 快了 | 地铁上 | 在路上了 | 带了带了
me: 嗯 | 好 | 慢点

hus: 我明天跟老孙钓鱼去 | 周六老孙喊我去钓鱼 | 礼拜天去江边钓鱼
me: 又去 | 晒死你 | 带点水 别中暑了 | 去吧去吧 别空手回来
hus: 知道了 | 嘿嘿 | [sticker]

me: 电费交了没 | 燃气费你交一下 | 物业费要交了
hus: 交了 | 忘了 马上 | 你交吧我手机不会弄
me: 真服了你 | 我来吧 | 好

hus: 又买彩票了 中了五块 | 今天体彩没中 | 楼下彩票店老板说上期有人中了大奖
me: 别买了 都是骗钱的 | 你少买点 | 中五块花二十 你算算账 | 我是不会买那个的

me: 明天初一 我早上去鸡鸣寺烧香 | 十五了 我去鸡鸣寺上个香 | 我去寺里拜拜 给磊磊求个平安
hus: 去吧 | 早点回来 | 帮我也拜拜
me: 初一十五我吃素 你自己弄点荤的 | 今天吃素啊 | 我念完经再睡

me: 磊磊说国庆回来 | 儿子说这周末不回来了 | 磊磊那个对象你见过照片没
hus: 回来好 | 忙就不回呗 | 看了 挺好的小姑娘
me: 你就知道好 | 嗯 我也觉得 | 到时候多烧几个菜

hus: [image] // 看我钓的 | 今天钓了三条鲫鱼 | 空军了
me: 不错不错 | 哈哈哈 空军 | 晚上红烧 | 拿回来我收拾

@15-17
me: 我今天加班 晚点回 | 领导突然要检查 晚点到家 | 今天楼里漏水忙死了
hus: 好 我先吃了 | 饭在锅里 | 几点回
me: 八点多吧 | 不知道 | 快的话七点半

hus: 车子要年检了 | 车明天去保养 | 车子后视镜被人刮了
me: 你看着弄 | 多少钱 | 找没找到人 | 算了 自己修吧
""")

SON = parse_topics("""
son: 妈 | 妈 在吗 | 妈妈
me: 在 | 咋了 | 嗯 说
son: 没事 问问 | 这周末不回去了 加班 | 你们身体还好吧
me: 都好 | 工作别太累 | 加班也要吃饭 | 好着呢 放心

@17.5-20
me: 吃饭没 | 吃了没 | 晚饭吃了吗
son: 吃了 | 还没 在加班 | 点了外卖
me: 少吃外卖 | 外卖不干净 | 自己烧点

me: 天冷了 多穿点 | 苏州下雨没 | 台风来了你别出门
son: 知道啦 | 没事妈 | 嗯嗯
me: [voice]

son: 妈 你帮我看看这个 // [image] | 这个空气炸锅买哪个好 | 给你们买了个按摩仪 快递到了说一声
me: 别乱花钱 | 我不懂这个 | 收到了 挺好的 就是贵 | 你自己留着钱
son: 不贵 | 没事 | 你用就是了

me: 小雯还好吧 | 你跟小雯什么时候定下来 | 啥时候带小雯回来吃饭
son: 好着呢 | 妈你别催 | 国庆带回去 | 再说吧
me: 我不催 | 好好 | 我就问问 | 那我国庆多买点菜

son: 爸又去钓鱼了？ | 爸电话打不通 | 爸手机是不是又没电了
me: 嗯 江边 | 他手机静音 | 没电了 我让他回你
son: 好吧 | 行

me: 今天去鸡鸣寺给你求了个平安符 | 我给你和小雯都求了 | 下回回来拿
son: 谢谢妈 | 哈哈 好 | 妈你又去烧香啦

son: 妈 我这个月绩效发了 | 我升职了！ | 我们项目上线了
me: 真好 | 我儿子厉害 | 👍👍 | 别太累
son: [sticker]
""")

XY = parse_topics("""
@12-18
xy: 妹子 晚上跳舞去不 | 今晚广场舞去吗 | 晚上公园走走？
me: 去 | 今天累 不去了 | 七点老地方 | 吃完饭去
xy: 好嘞 | 行 那明天 | 👌

xy: 菜场那家鱼今天便宜 | 苏果超市鸡蛋打折 | 盒马在搞活动
me: 真的啊 | 我下班去看看 | 帮我带两斤 | 多少钱一斤
xy: 八块 | 不贵 | 我给你带

me: 姐 你血压这几天怎么样 | 你那个药按时吃了没 | 复查结果出来没
xy: 还行 高压140 | 吃着呢 | 医生说还要观察 | 唉 老毛病了
me: 少吃咸的 | 别着急 | 我陪你去医院 | 我上礼拜体检 一切正常 你也放宽心

xy: 初一一起去鸡鸣寺吗 | 下礼拜去栖霞寺吧 | 一起去放生？
me: 好 早上六点半 | 我要上班 礼拜天去吧 | 去的 我带香 | 阿弥陀佛 好的
xy: 🙏 | 嗯嗯 | 好

xy: 你家老王又去钓鱼啦 | 我家那个天天打麻将 | 我孙子开学了
me: 可不是 | 随他去 | 时间过得真快 | 哈哈哈
xy: [sticker] | 男人都这样

me: 消消乐你过到多少关了 | 我卡在1852关了 | 给我送点体力
xy: 我才一千二 | 你玩得真多 | 送了
me: 哈哈 下班没事就玩 | 谢谢姐
""")

BOSS = parse_topics("""
boss: 桂芳 明天八点到 领导要来检查 | 下午三点开会 | 周六要加个班 大扫除
me: 好的张主管 | 收到 | 好的 | 明白
boss: 辛苦了 | 👍

boss: 12楼厕所又堵了 你找人看下 | B1车库有人反映有积水 | 大堂地面太滑了 放个牌子
me: 好 我马上去 | 已经安排了 | 处理好了 // [image] | 收到
boss: 好 | 辛苦

me: 张主管 小吴今天请假 | 我明天上午要请个假 去趟医院陪朋友 | 这个月排班表我发你
boss: 知道了 | 行 去吧 | 好的
me: 谢谢主管

boss: 这个月工资10号发 | 高温补贴跟工资一起发 | 中秋福利 一人一箱月饼
me: 好的 | 谢谢领导 | 收到😊
""")

GRP = parse_topics("""
chen: 谁家在装修 一早就开始敲 | 楼道里的电动车谁的 挪一下 | 电梯又坏了
hu: 是啊 吵死了 | 物业管管 | 我也被吵醒了
xiao: 好的 我去看一下 | 已经联系维修了 | 收到 马上处理
me: 谢谢小周 | 辛苦了

xiao: 【通知】本周六上午9点停水 请提前储水 | 【通知】明天消防检查 请配合 | 物业费缴费通知 详见公告
hu: 收到 | 好的 | 知道了
chen: 收到

hu: 谁家丢了钥匙 门口捡的 | 三楼谁的快递放错了 | 小区门口新开了家包子铺
chen: 不是我家的 | 好吃吗 | 在哪呢
me: 明天去尝尝 | 不是我家的 | 哈哈

chen: 今晚广场舞谁去 | 端午节物业发粽子吗 | 楼下桂花开了 好香
me: 我去 | 好香啊 | 哈哈
hu: [sticker]
""")

LI_SUBJ = ["这帮当官的", "那些贪官", "美国佬", "小日本", "开发商跟官商勾结的",
           "搞延迟退休的", "那些专家", "上面那些人", "街道办的", "拿我们养老金的"]
LI_PRED = ["就知道捞钱", "天天瞎折腾老百姓", "良心都被狗吃了", "把房价炒上了天",
           "一个个吃得脑满肠肥", "说的话跟放屁一样", "又想骗我们", "根本不管老百姓死活",
           "还有脸出来讲话", "把咱们当猴耍"]
LI_END = ["气死我了！！", "迟早要完", "老百姓还活不活了", "大家都醒醒吧！", "😡😡😡",
          "我算看透了", "还有没有王法", "这世道！", "我六十多了还得看这个脸色", "呸！"]


def li_rants(rng: random.Random, n: int) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    extra = ["延迟退休就是坑我们这代人 干到死都领不上钱", "核污水往海里倒 小日本不得好死",
             "看新闻看得我血压都上来了 腐败分子全该枪毙", "养老金涨那么一点点 当官的倒是一个比一个肥",
             "美国又在台湾问题上搞事情 欺人太甚", "菜价涨成这样 上面一句话不说"]
    out.extend(extra)
    seen.update(extra)
    while len(out) < n:
        s = f"{rng.choice(LI_SUBJ)}{rng.choice(LI_PRED)}，{rng.choice(LI_END)}"
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


EMO = ["[捂脸]", "[呲牙]", "[强]", "[偷笑]", "[玫瑰]", "[微笑]", "😂", "🙏", "[抱拳]"]


def decorate(rng: random.Random, text: str, sender: str) -> str:
    if rng.random() < 0.12:
        text += rng.choice(EMO)
    if rng.random() < 0.05:
        text = text.replace("的", "滴", 1)
    if rng.random() < 0.06:
        text += "。。。"
    return text


FILL = {
    "me": ["嗯", "好", "好的", "嗯嗯", "哈哈", "知道了", "行", "👌", "[sticker]", "[voice]", "哦"],
    "*": ["嗯", "好", "哈哈哈", "行", "ok", "[sticker]", "[voice]", "好嘞", "👍"],
}


def build(rng: random.Random) -> dict:
    talker = Talker(rng, ZONE, (6, 20), (22, 20), decorate)
    chats = {k: Chat(k, v[0], ["me", k]) for k, v in CONTACTS.items()}
    group = Chat("grp", GROUP[0], ["me", *GROUP_MEMBERS], group=True)
    rants = li_rants(rng, 92)
    day = START
    while day <= END:
        wd = day.weekday()
        plan = [("hus", 0.75, 1), ("son", 0.6, 1), ("xy", 0.55, 1),
                ("boss", 0.55 if wd < 5 else 0.1, 1)]
        for key, p, n in plan:
            for _ in range(n):
                if key in CHATTER and rng.random() < {"hus": 0.95, "son": 0.3, "xy": 0.35}[key]:
                    talker.chatter(chats[key], day, key, chatter_gen(key), FILL)
                if rng.random() < p:
                    topics = {"hus": HUS, "son": SON, "xy": XY, "boss": BOSS}[key]
                    talker.session(chats[key], day, rng.choice(topics), FILL,
                                   {"me": ["me"], key: [key]})
        if rng.random() < 0.5:
            talker.session(group, day, rng.choice(GRP), FILL,
                           {"me": ["me"], **{k: [k] for k in GROUP_MEMBERS}})
        day += timedelta(days=1)
    # rants: spread over the period, some late at night (contact, not the user)
    span = (END - START).days
    for i, text in enumerate(rants):
        d = START + timedelta(days=int(i * span / len(rants)) + rng.randint(0, 1))
        minute = rng.choice([rng.randint(7 * 60, 22 * 60), rng.randint(0, 90)])
        local = datetime.combine(d, datetime.min.time()) + timedelta(minutes=minute)
        talker._emit(group, local, "li", text, None)
        if rng.random() < 0.25:
            talker._emit(group, local + timedelta(minutes=3), rng.choice(["chen", "hu"]),
                         rng.choice(["老李 少说两句", "又来了", "群里不要发这些", "[捂脸]",
                                     "李师傅消消气"]), None)
    planted = plant(talker, chats, group)
    for c in [*chats.values(), group]:
        c.messages.sort(key=lambda m: m.utc)
    return {"chats": chats, "group": group, "planted": planted}


def plant(t: Talker, chats: dict[str, Chat], group: Chat) -> list[tuple[str, str, str]]:
    """Fixed messages carrying PII; returns (chat_key, entity_type, value)."""
    pii: list[tuple[str, str, str]] = []

    def put(key: str, d: date, hm: str, who: str, text: str, kind: str = "text") -> None:
        chat = group if key == "grp" else chats[key]
        h, m = map(int, hm.split(":"))
        local = datetime.combine(d, datetime.min.time()) + timedelta(hours=h, minutes=m)
        from common import Msg, local_to_utc
        chat.messages.append(Msg(local_to_utc(ZONE, local), who, text, kind))

    put("son", date(2025, 7, 18), "20:11", "son", "妈 国庆的高铁票我帮你们买 把你身份证号发我")
    put("son", date(2025, 7, 18), "20:14", "me", USER_ID)
    put("son", date(2025, 7, 18), "20:15", "me", "你爸的 " + "320102 19660807 131" + HUSBAND_ID[-1])
    pii += [("son", "CN_RESIDENT_ID", USER_ID),
            ("son", "CN_RESIDENT_ID", "320102 19660807 131" + HUSBAND_ID[-1])]
    card = " ".join(CARD19[i:i + 4] for i in range(0, 19, 4))
    put("son", date(2025, 9, 2), "19:40", "me", "磊磊 你那个房租妈给你打过去 你卡号多少")
    put("son", date(2025, 9, 2), "19:52", "son", "不用妈 我够")
    put("son", date(2025, 9, 2), "19:53", "me", "让你发就发")
    put("son", date(2025, 9, 2), "19:58", "son", f"招行的 {card} 王磊")
    pii += [("son", "CN_BANK_CARD", card), ("son", "PERSON", "王磊")]
    put("son", date(2025, 8, 9), "10:02", "son", f"妈 我新地址 {SON_ADDR} 以后寄东西寄这")
    pii.append(("son", "ADDRESS", SON_ADDR))
    put("son", date(2025, 8, 9), "10:03", "son", f"手机也换了 {SON_PHONE}")
    pii.append(("son", "PHONE_NUMBER", SON_PHONE))
    put("xy", date(2025, 6, 12), "18:30", "me",
        f'<msg><location x="{HOME[0]:.6f}" y="{HOME[1]:.6f}" scale="16" '
        f'label="{HOME_ADDR.split("3栋")[0]}" poiname="翠竹园" /></msg>', "location")
    put("xy", date(2025, 6, 12), "18:31", "me", "姐 我家在这 3栋2单元602 上来喝茶")
    pii += [("xy", "ADDRESS", HOME_ADDR.split("3栋")[0])]
    put("xy", date(2025, 6, 20), "09:12", "xy", f"我新换的号 {XIUYING_PHONE} 存一下 赵秀英")
    pii += [("xy", "PHONE_NUMBER", XIUYING_PHONE), ("xy", "PERSON", "赵秀英")]
    put("hus", date(2025, 8, 21), "16:40", "hus", f"车管所短信 {PLATE} 年检预约好了 下周二")
    pii.append(("hus", "LICENSE_PLATE", PLATE))
    put("hus", date(2025, 6, 5), "08:03", "me", f"你电话怎么打不通 {HUSBAND_PHONE} 是不是欠费了")
    pii.append(("hus", "PHONE_NUMBER", HUSBAND_PHONE))
    put("boss", date(2025, 6, 3), "09:20", "boss",
        f"桂芳 新来的保洁阿姨 你加一下她微信 微信号：hong_ayi_0512 有事联系我 {BOSS_PHONE}")
    pii += [("boss", "WECHAT_ID", "hong_ayi_0512"), ("boss", "PHONE_NUMBER", BOSS_PHONE)]
    put("boss", date(2025, 7, 1), "08:45", "boss",
        "入职材料请发到 hr.jinling@example.com 身份证复印件也要")
    put("boss", date(2025, 7, 1), "09:10", "me", "好的 我晚上让儿子帮我弄 我的邮箱 lgf1969@example.com")
    pii += [("boss", "EMAIL_ADDRESS", "hr.jinling@example.com"),
            ("boss", "EMAIL_ADDRESS", "lgf1969@example.com")]
    put("grp", date(2025, 6, 8), "10:00", "xiao",
        "各位业主 物业值班电话 025-8666 0153 有事随时打 小周 周建")
    pii += [("grp", "PHONE_NUMBER", "025-8666 0153"), ("grp", "PERSON", "周建")]
    put("boss", date(2025, 8, 30), "17:30", "boss",
        "【通知】9月1日起保洁部早班7:00到岗 请各班组长转告 —— 金陵物业保洁部 张海燕")
    pii.append(("boss", "PERSON", "张海燕"))
    put("son", date(2025, 10, 3), "11:20", "son",
        "妈 爸的医保卡照片发我一下 王建华那张 我帮他在苏州备案")
    pii.append(("son", "PERSON", "王建华"))
    put("grp", date(2025, 9, 14), "21:05", "li",
        "我是李国栋 3栋1单元301 有本事来找我 我说的就是实话！")
    pii += [("grp", "PERSON", "李国栋")]
    return pii


# ---------------------------------------------------------------- writers
def ts_wx(m) -> str:
    loc = utc_to_local(ZONE, m.utc)
    return f"{loc.year}/{loc.month}/{loc.day} {loc.hour:02d}:{loc.minute:02d}"


TYPE_NAMES = {"text": "文本", "image": "图片", "voice": "语音", "sticker": "动画表情",
              "video": "视频", "location": "位置", "system": "系统通知"}


def write_wechat(files: dict, chats: dict[str, Chat], group: Chat, rng: random.Random) -> dict:
    paths = {}
    mid = 1
    svr = 4_400_000_000_000_000_000
    for key, chat in [*chats.items(), ("grp", group)]:
        if key == "grp":
            title, room = GROUP
        else:
            title, room = CONTACTS[key][0], CONTACTS[key][1]
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id", "MsgSvrID", "type_name", "is_sender", "talker", "room_name", "msg",
                    "src", "CreateTime"])
        for m in chat.messages:
            svr += rng.randint(10 ** 12, 10 ** 14)
            if m.sender == "me":
                talker = ME_WXID
            elif key == "grp":
                talker = GROUP_MEMBERS[m.sender][1]
            else:
                talker = room
            src = ""
            msg = m.text
            loc = utc_to_local(ZONE, m.utc)
            stamp = loc.strftime("%Y-%m")
            if m.kind == "image":
                src = f"FileStorage\\MsgAttach\\{rng.getrandbits(64):016x}\\Image\\{stamp}"
                msg = "图片"
            elif m.kind == "voice":
                src = f"audio\\{room}\\{epoch(m.utc)}_{rng.randint(100, 999)}.wav"
                msg = f"{rng.randint(2, 40)}''"
            elif m.kind == "sticker":
                msg = "动画表情"
            w.writerow([mid, svr, TYPE_NAMES[m.kind], 1 if m.sender == "me" else 0, talker,
                        room, msg, src, ts_wx(m)])
            mid += 1
        path = f"wechat/csv/{title}/{title}_0_{len(chat.messages)}.csv"
        files[path] = ("utf-8", buf.getvalue())
        paths[key] = path
    return paths


def pad(v: str, width: int) -> str:
    return v + " " * max(0, width - len(v.encode("gbk")))


def write_payments(files: dict, rng: random.Random, chats) -> list[tuple[str, str, str]]:
    pii = []
    wx_rows, ali_rows = [], []
    day = START
    while day <= END:
        def at(h0: int, h1: int, day: date = day) -> datetime:
            return datetime.combine(day, datetime.min.time()) + timedelta(
                minutes=rng.randint(h0 * 60, h1 * 60), seconds=rng.randint(0, 59))
        if rng.random() < 0.8:
            wx_rows.append((at(16, 19), "扫二维码付款", rng.choice(
                ["江东菜场-王记蔬菜", "江东菜场-老张鲜肉", "苏果超市(江东中路店)", "刘记水产"]),
                "收款方备注:二维码收款", "支出", rng.randint(800, 9800) / 100, "零钱"))
        if rng.random() < 0.25:
            wx_rows.append((at(12, 21), "商户消费", "乐元素", "开心消消乐-金条x60", "支出",
                            rng.choice([6.0, 12.0, 30.0]), "零钱"))
        if rng.random() < 0.3:
            ali_rows.append((at(9, 21), "日用百货", rng.choice(
                ["淘宝-家居旗舰店", "盒马鲜生", "拼多多平台商户", "饿了么"]), "/",
                rng.choice(["抽纸 10包", "鸡蛋 30枚", "商品", "拖把"]), "支出",
                rng.randint(990, 8900) / 100, "余额宝"))
        if day.day == 10:
            ali_rows.append((at(10, 11), "转账红包", EMPLOYER, "/", f"{day.month}月工资",
                             "收入", float(SALARY), "余额"))
        if day.day == 2:
            wx_rows.append((at(9, 10), "转账", "磊磊", "/", "支出", 1500.0, "零钱"))
        if day.day == 15 and day.month in (6, 9):
            ali_rows.append((at(9, 12), "生活缴费", "南京市建邺区物业", "/",
                             "翠竹园物业费", "支出", 1346.40, "余额"))
        day += timedelta(days=1)
    wx_rows.append((datetime(2025, 9, 30, 19, 5, 11), "转账", "老头子", "/", "收入",
                    2000.0, "/"))
    wx_rows.append((datetime(2025, 7, 5, 10, 1, 2), "微信红包", "秀英姐", "/", "收入", 8.88, "/"))
    wx_rows.sort()
    ali_rows.sort()
    # WeChat Pay CSV
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    tot_in = sum(r[5] for r in wx_rows if r[4] == "收入")
    tot_out = sum(r[5] for r in wx_rows if r[4] == "支出")
    pre = ["微信支付账单明细", "微信昵称：[芳芳]",
           f"起始时间：[{START} 00:00:00] 终止时间：[{END} 23:59:59]", "导出类型：[全部]",
           "导出时间：[2025-11-01 09:12:40]", "", f"共{len(wx_rows)}笔记录",
           f"收入：{sum(1 for r in wx_rows if r[4] == '收入')}笔 {tot_in:.2f}元",
           f"支出：{sum(1 for r in wx_rows if r[4] == '支出')}笔 {tot_out:.2f}元",
           "中性交易：0笔 0.00元", "注：",
           "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
           "2. 本明细仅展示当前账单中的交易，不包括已删除的记录", "3. 本明细仅供个人对账使用", "",
           "----------------------微信支付账单明细列表--------------------"]
    for line in pre:
        w.writerow([line] + [""] * 10)
    w.writerow(["交易时间", "交易类型", "交易对方", "商品", "收/支", "金额(元)", "支付方式",
                "当前状态", "交易单号", "商户单号", "备注"])
    for ts, typ, cp, goods, io_, amt, method in wx_rows:
        tx = f"42000{rng.randint(10 ** 22, 10 ** 23 - 1)}"
        state = "支付成功" if io_ == "支出" else "已存入零钱"
        if typ == "转账" and io_ == "支出":
            state = "朋友已收钱"
        w.writerow([ts.strftime("%Y-%m-%d %H:%M:%S"), typ, cp, goods, io_, f"¥{amt:.2f}",
                    method, state, tx + "\t", (f"{rng.randint(10 ** 19, 10 ** 20)}\t"
                                               if typ == "商户消费" else "/\t"), "/"])
    name = f"微信支付账单({START:%Y%m%d}-{END:%Y%m%d}).csv"
    files[name] = ("utf-8", out.getvalue())
    # Alipay CSV (GBK)
    lines = ["-" * 84, "导出信息：", "姓名：刘桂芳", f"支付宝账户：{USER_PHONE}",
             f"起始时间：[{START} 00:00:00]    终止时间：[{END} 23:59:59]",
             "导出交易类型：[全部]", "导出时间：[2025-11-01 09:15:03]",
             f"共{len(ali_rows)}笔记录",
             f"收入：{sum(1 for r in ali_rows if r[5] == '收入')}笔 "
             f"{sum(r[6] for r in ali_rows if r[5] == '收入'):.2f}元",
             f"支出：{sum(1 for r in ali_rows if r[5] == '支出')}笔 "
             f"{sum(r[6] for r in ali_rows if r[5] == '支出'):.2f}元",
             "不计收支：0笔 0.00元", "", "特别提示：",
             "1.本回单内容可表明支付宝受理了交易申请，因系统原因或通道故障等可能导致本回单与实际交易结果不符时，以实际交易情况为准；",
             "2.请勿将本回单作为收款方发货的凭证使用，请查证账户实际到账情况后再进行发货操作；",
             "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；",
             "4.本回单如经任何涂改、编造，均立即失去效力；",
             "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
             "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
             "7.禁止将本回单用于非法用途；", "8.本明细仅展示当前账单中的交易，不包括已删除的记录；",
             "9.本明细仅供个人对账使用。", "",
             "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------"]
    head = ["交易时间", "交易分类", "交易对方", "对方账号", "商品说明", "收/支", "金额",
            "收/付款方式", "交易状态", "交易订单号", "商家订单号", "备注"]
    widths = [20, 20, 20, 20, 20, 20, 20, 20, 20, 16, 20, 20]
    lines.append(",".join(pad(h, w) for h, w in zip(head, widths, strict=True)) + ",")
    for ts, cat, cp, acct, goods, io_, amt, method in reversed(ali_rows):
        acct_v = "jlwy_payroll@example.com" if cp == EMPLOYER else acct
        order = f"2025{rng.randint(10 ** 23, 10 ** 24 - 1)}"
        vals = [ts.strftime("%Y-%m-%d %H:%M:%S"), cat, cp, acct_v, goods, io_,
                f"{amt:.2f}", method, "交易成功", order + "\t",
                (f"T{rng.randint(10 ** 18, 10 ** 19)}" if cp != EMPLOYER else "") + "\t", ""]
        lines.append(",".join(pad(v, w) for v, w in zip(vals, widths, strict=True)) + ",")
    alipay_name = "alipay_record_20251101_0915.csv"
    files[alipay_name] = ("gbk", "\r\n".join(lines) + "\r\n")
    pii += [(alipay_name, "PERSON", "刘桂芳"), (alipay_name, "PHONE_NUMBER", USER_PHONE),
            (alipay_name, "EMAIL_ADDRESS", "jlwy_payroll@example.com")]
    return pii, name, alipay_name


def fmt_deg(lat: float, lon: float) -> str:
    return f"{lat:.7f}°, {lon:.7f}°"


def write_timeline(files: dict, rng: random.Random) -> None:
    places = {"home": HOME, "work": WORK, "temple": TEMPLE, "market": MARKET,
              "hospital": HOSPITAL}
    place_ids = {k: "ChIJ" + "".join(rng.choice("abcdefghijkLMNOPQRSTuvwxyz0123456789_-")
                                     for _ in range(23)) for k in places}
    sem = {"home": "INFERRED_HOME", "work": "INFERRED_WORK", "temple": "UNKNOWN", "market": "UNKNOWN",
           "hospital": "UNKNOWN"}
    segs = []
    day = START
    temple_days = {date(2025, 6, 11), date(2025, 6, 25), date(2025, 7, 10), date(2025, 7, 25),
                   date(2025, 8, 9), date(2025, 8, 23), date(2025, 9, 7), date(2025, 9, 21),
                   date(2025, 10, 7), date(2025, 10, 21)}
    while day <= END:
        workday = day.weekday() < 5 and not (date(2025, 10, 1) <= day <= date(2025, 10, 8))
        extra = []
        if day in temple_days:
            extra.append(("temple", 5.9, 6.8) if workday else ("temple", 8.0, 10.5))
        if not workday and rng.random() < 0.7:
            extra.append(("market", 15.5, 16.5))
        if day in (date(2025, 7, 16), date(2025, 9, 10)):
            extra.append(("hospital", 14.0, 16.0) if not workday else ("hospital", 18.0, 19.0))
        plan = day_plan(rng, ZONE, day, places, "IN_SUBWAY", workday, (7, 17), extra)
        for i, s in enumerate(plan):
            if s.end <= s.start:
                continue
            seg = {"startTime": iso_offset(ZONE, s.start), "endTime": iso_offset(ZONE, s.end),
                   "startTimeTimezoneUtcOffsetMinutes": 480,
                   "endTimeTimezoneUtcOffsetMinutes": 480}
            if s.kind == "move":
                dest = plan[i + 1] if i + 1 < len(plan) else plan[i - 1]
                a = (s.lat, s.lon)
                b = (dest.lat, dest.lon)
                seg["activity"] = {"start": {"latLng": fmt_deg(*jitter(rng, *a, 30))},
                                   "end": {"latLng": fmt_deg(*jitter(rng, *b, 30))},
                                   "distanceMeters": round(rng.uniform(4800, 6200), 1),
                                   "probability": round(rng.uniform(0.7, 0.99), 6),
                                   "topCandidate": {"type": s.mode,
                                                    "probability": round(rng.uniform(0.5, 0.9),
                                                                         6)}}
                segs.append(seg)
                pts = []
                n = 4
                for k in range(n + 1):
                    f = k / n
                    t = s.start + (s.end - s.start) * f
                    p = jitter(rng, a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, 60)
                    pts.append({"point": fmt_deg(*p), "time": iso_offset(ZONE, t)})
                segs.append({"startTime": iso_offset(ZONE, s.start),
                             "endTime": iso_offset(ZONE, s.end), "timelinePath": pts})
            else:
                seg["visit"] = {"hierarchyLevel": 0,
                                "probability": round(rng.uniform(0.6, 0.95), 6),
                                "topCandidate": {"placeId": place_ids[s.place],
                                                 "semanticType": (
                                                     sem[s.place] if rng.random() < 0.3
                                                     else "UNKNOWN"),
                                                 "probability": round(rng.uniform(0.4, 0.9), 6),
                                                 "placeLocation": {"latLng": fmt_deg(
                                                     *jitter(rng, s.lat, s.lon, 15))}}}
                segs.append(seg)
        day += timedelta(days=1)
    doc = {"semanticSegments": segs, "rawSignals": [], "userLocationProfile": {
        "persona": {"travelModeAffinities": [{"mode": "IN_SUBWAY", "affinity": 0.61},
                                             {"mode": "WALKING", "affinity": 0.3}]}}}
    files["Timeline.json"] = ("utf-8", dumps(doc))


def generate(rng: random.Random) -> tuple[dict, dict]:
    files: dict[str, tuple[str, str]] = {}
    built = build(rng)
    chats, group = built["chats"], built["group"]
    paths = write_wechat(files, chats, group, rng)
    pii = [(paths[k], t, v) for k, t, v in built["planted"]]
    for key, path in paths.items():
        pii.append((path, "WECHAT_ID", ME_WXID))
        if key != "grp":
            pii.append((path, "WECHAT_ID", CONTACTS[key][1]))
    pii.append((paths["grp"], "WECHAT_ID", GROUP_MEMBERS["li"][1]))
    pay_pii, _wx_name, _ = write_payments(files, rng, chats)
    pii += pay_pii
    write_timeline(files, rng)
    top = sorted(((CONTACTS[k][0], c.count_dm()) for k, c in chats.items()),
                 key=lambda x: -x[1])[:3]
    gt_facts = {
        "home": {"lat": HOME[0], "lon": HOME[1], "radius_m": 300, "address": HOME_ADDR,
                 "city": "南京"},
        "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": EMPLOYER},
        "sleep_window": {"start": "22:30", "end": "06:00", "tolerance_min": 60},
        "top_contacts": [{"name": n, "messages": c} for n, c in top],
        "relationships": [
            {"name": "老头子", "relationship": "partner", "full_name": "王建华"},
            {"name": "磊磊", "relationship": "son", "full_name": "王磊"},
            {"name": "秀英姐", "relationship": "close friend", "full_name": "赵秀英"},
            {"name": "张主管", "relationship": "colleague", "full_name": "张海燕"},
        ],
        "religion": {"value": "Buddhism"},
        "health": {"value": False},
        "politics": {"value": False},
        "financial_stress": {"value": False},
        "gambling": {"value": False},
        "gaming": {"value": True},
        "salary": {"amount": SALARY, "currency": "CNY", "payer": EMPLOYER, "period": "monthly"},
        "risky_contact": {"name": "老李头",
                          "why": "posts 90+ angry political rants (corruption, delayed "
                                 "retirement, Japan/US) in the 翠竹园3栋邻里群 group"},
    }
    gt = {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": "刘桂芳, 56, cleaning supervisor at a Nanjing property company; husband, "
                       "son in Suzhou, Buddhist friend, boss, neighbourhood group.",
        "timezone": ZONE,
        "user": {"names": ["刘桂芳", "芳芳"], "phones": [USER_PHONE],
                 "emails": ["lgf1969@example.com"], "handles": [ME_WXID]},
        "pii": pii, "facts": gt_facts,
    }
    return files, gt


SLOTS = {
    "time": ["今天", "明天", "刚才", "早上", "中午", "晚上", "下午", "礼拜六", "后天", "这两天"],
    "place": ["菜场", "苏果", "楼下", "小区门口", "公交站", "地铁上", "单位", "江边", "公园",
              "万达", "河西那边", "莫愁湖"],
    "food": ["红烧肉", "青菜", "鸭血粉丝汤", "盐水鸭", "饺子", "小馄饨", "小龙虾", "西瓜", "水蜜桃",
             "面条", "豆腐", "排骨", "茭白", "菱角", "毛豆", "螃蟹"],
    "thing": ["洗衣机", "空调", "热水器", "电视", "电瓶车", "煤气灶", "冰箱", "门锁", "水龙头"],
    "person": ["老孙", "楼下王阿姨", "对门老陈", "小周", "你三姨", "你表哥", "老同学刘梅"],
    "weather": ["热死了", "下大雨", "闷得很", "降温了", "太阳好毒", "刮大风", "又下雨了"],
    "care": ["带伞", "多喝水", "穿厚点", "慢点", "别中暑", "早点睡"],
    "money": ["80块", "一百二", "两百", "五十", "三十五", "一百多"],
    "price": ["六块", "八块五", "十二", "三块", "十五"],
    "sz": ["园区", "金鸡湖", "观前街", "公司", "诚品", "地铁站"],
    "act": ["加班", "吃饭", "逛逛", "开会", "看电影", "等车"],
    "gift": ["按摩仪", "一箱牛奶", "空气炸锅", "两件衣服", "燕窝", "血压计给外婆"],
    "ache": ["腰", "膝盖", "肩膀", "脖子"],
}
CHATTER = {
    "hus": {
        "me": ["{time}{place}的{food}好便宜 买了点", "{thing}又坏了 你{time}找人看看",
               "{person}说{time}要来家里坐坐", "{time}{weather} 你出门{care}",
               "路过{place} 给你带{food}了", "你把{thing}关了没", "{time}在{place}碰到{person}了",
               "{food}在冰箱里 你热一下", "{thing}修好没", "我{ache}有点酸 今天走多了",
               "{time}晚点回 {place}排队", "你衣服收了没 {weather}"],
        "hus": ["{time}在{place}看人下棋", "{person}{time}喊我喝酒", "{food}我买好了",
                "{thing}修好了 花了{money}", "{time}{weather} 别骑车了", "你几点下班",
                "给你买了{food}", "{place}那边修路 绕一下", "{person}孙子考上高中了",
                "晚上{food}还是{food}", "钥匙在鞋柜上", "{time}{weather}"],
    },
    "son": {
        "me": ["{time}烧了{food} 可惜你不在", "{food}给你寄点？", "你{time}{care}",
               "你爸{time}又去{place}了", "{person}问你有对象没 我说有了哈哈",
               "苏州{weather}没", "你那边{food}贵不贵", "{time}跟你爸去{place}转了转",
               "钱够不够用", "衣服要不要给你寄"],
        "son": ["妈 我{time}在{sz}{act}", "{time}{weather} 你们注意身体", "给你们买了{gift} 过两天到",
                "我跟小雯{time}去{sz}了", "最近挺忙的", "爸{time}电话打了没", "{time}吃的{food}",
                "妈你别操心", "公司{time}团建", "[image]"],
    },
    "xy": {
        "me": ["姐 {time}去{place}走走？", "{place}的{food}{price}一斤", "我{time}{ache}又疼",
               "{person}家在装修 吵死了", "{time}{weather} 跳舞不去了吧", "那个{food}你怎么烧的",
               "{time}陪我去趟{place}", "我{time}念了一遍心经 心里静多了"],
        "xy": ["{place}的{food}今天{price}", "我家那个{time}又去打牌了", "{time}{weather}",
               "{person}住院了 唉", "{time}一起去{place}", "我孙子{time}发烧了",
               "你那个{thing}哪买的", "阿弥陀佛 都好就好"],
    },
}


def chatter_gen(key: str):
    def gen(rng: random.Random, who: str) -> str:
        from common import fill_slots
        return fill_slots(rng, CHATTER[key]["me" if who == "me" else key], SLOTS)
    return gen
