"""Persona cn_zibo_teacher: 鞠红霞, primary-school teacher in 张店区, 淄博."""
import datetime as dt
import json
import random
from zoneinfo import ZoneInfo

from h19_common import (UTC, Registry, schedule, untag, political, stays, write_bytes, write_json)

PID = "cn_zibo_teacher"
TZ = "Asia/Shanghai"
START = dt.date(2024, 3, 1)
DAYS = 92
ME_WXID = "wxid_7qk2m0vd3h1922"
USER = {
    "names": ["鞠红霞"],
    "phones": ["15864372951", "158 6437 2951"],
    "emails": ["juhx1982@example.cn"],
    "handles": ["juhongxia_1982", "红霞"],
}
HOME = dict(name="翠苑小区", lat=36.80312, lon=118.04127, address="淄博市张店区华光路翠苑小区12号楼2单元501")
WORK = dict(name="淄博博雅实验学校", lat=36.81624, lon=118.06633, address="淄博市张店区")
HOSP = dict(name="淄博市中心医院", lat=36.80118, lon=118.06187, address="淄博市张店区")
MOM = dict(name="博山 福山路", lat=36.49733, lon=117.86142, address="淄博市博山区福山路23号院")
MALL = dict(name="银座商城", lat=36.81205, lon=118.05466, address="淄博市张店区")
PARK = dict(name="人民公园", lat=36.80791, lon=118.04695, address="淄博市张店区")

CHATS = [  # (title, wxid, target count)
    ("老公", "wxid_3b8n5c2ks0wj22", 204),
    ("燕子", "wxid_p9d1x7l4mmqe12", 143),
    ("妈", "wxid_0hz6t2r8yv5u21", 117),
    ("姐", "wxid_k4e9w3a6gq1n22", 72),
    ("田秀梅", "tianxm_boya", 58),
]
GROUP = ("相亲相爱一家人", "21933874056@chatroom", 104)
GROUP_MEMBERS = {"二舅": "wxid_ue2m8b0c5r7t12", "红梅": "wxid_k4e9w3a6gq1n22", "志刚": "wxid_r3v8j1d0op6y22",
                 "妈": "wxid_0hz6t2r8yv5u21", "老公": "wxid_3b8n5c2ks0wj22"}

# ---------------------------------------------------------------- chat content
HUSBAND_PLANT = [
    [("me", "车险快到期了 保险那边要我的身份证号 我发你 {{CN_ID_CARD|370303198207154820}}"), ("them", "行 我下午去办"),
     ("me", "车牌别填错了 {{LICENSE_PLATE|鲁C·5M2T8}}"), ("them", "知道知道")],
    [("me", "{{PERSON|然然}}数学又考了七十多 我真是没招了"), ("them", "晚上我说说他"), ("me", "你别光说 收了他手机 天天王者荣耀"),
     ("them", "好")],
    [("me", "今天去中心医院内分泌科了 {{PERSON|董主任}}说甲减又重了 优甲乐加到一片半"), ("them", "啊 严重不"),
     ("me", "说不严重 但得按时吃 两个月复查一次"), ("them", "那你别熬夜批作业了"), ("me", "嗯")],
    [("me", "这个月房贷扣了3860 卡里就剩一千多了"), ("them", "我发了工资给你转"), ("me", "借呗还有两期 花呗也得还 愁死了"),
     ("them", "别愁 慢慢来")],
    [("them", "{{PERSON|老马}}今天又买彩票 中了五块钱高兴得跟啥似的"), ("me", "哈哈 你可别跟着学"), ("them", "我才不买 白扔钱")],
    [("me", "厨房水管又漏了 我叫了物业的{{PERSON|宋师傅}}"), ("them", "他电话多少我问问"), ("me", "{{PHONE_NUMBER|13356437820}}"),
     ("them", "好")],
    [("me", "你号码是不是 {{PHONE_NUMBER|139-5330-7164}} 学校要登记家长紧急联系人"), ("them", "对")],
    [("them", "我妈说初一要去庙里上香 问你去不去"), ("me", "我不去了 周六要监考 你陪她去吧"), ("them", "行")],
    [("me", "帮我查下招行信用卡 {{CREDIT_CARD|6225882013744153}} 这个月最低还多少"), ("them", "APP上写着1280"),
     ("me", "先还最低吧 唉")],
    [("me", "儿子的身份证号我存这 办学籍要用 {{CN_ID_CARD|370303201003121837}}"), ("them", "嗯")],
    [("me", "晚上又失眠 脖子这块胀 明天再去抽个血"), ("them", "我陪你去"), ("me", "不用 你上班吧")],
    [("me", "停车场那边说咱车 鲁C5M2T8 年卡到期了"), ("them", "我续上")],
]
HUSBAND_FILL = [
    [("me", "晚上吃啥"), ("them", "随便"), ("me", "那就面条")],
    [("them", "下班了"), ("me", "路上慢点")],
    [("me", "接孩子了吗"), ("them", "接了 在车上")],
    [("them", "[图片]"), ("me", "买这么多干嘛")],
    [("me", "家里酱油没了 回来捎一瓶"), ("them", "ok")],
    [("me", "今天开家长会 晚点回"), ("them", "好 我做饭")],
    [("them", "今天加班 你们先吃"), ("me", "又加班 几点回"), ("them", "九点多吧")],
    [("me", "下雨了 带伞没"), ("them", "车上有")],
    [("me", "明天周六 去博山看看我妈吧"), ("them", "行 上午去")],
    [("them", "烧烤吃不"), ("me", "吃！老地方"), ("them", "八大局那家")],
    [("me", "你把燃气费交了没"), ("them", "交了")],
    [("me", "孩子作业写完了吗 你看着点"), ("them", "在写"), ("me", "别让他拿手机")],
    [("them", "到家了"), ("me", "嗯嗯")],
    [("me", "累死了 今天四节课"), ("them", "早点睡"), ("me", "改完作文就睡")],
    [("them", "周末去齐盛湖转转？"), ("me", "看天 风大就不去")],
    [("me", "哈哈哈哈"), ("them", "😂")],
    [("me", "买了点菜 冰箱放不下了"), ("them", "把那袋冻饺子吃了")],
    [("them", "油价又涨了"), ("me", "啥都涨 就工资不涨")],
    [("me", "好"), ("them", "嗯")],
    [("me", "你妈那边药送过去了吗"), ("them", "送了")],
    [("them", "我今天去4S店保养 下午请假了"), ("me", "多少钱"), ("them", "六百多")],
    [("me", "明早我有早自习 你送孩子"), ("them", "好")],
]
FRIEND_PLANT = [
    [("them", "你QQ多少来着 我把那个课件传你"), ("me", "{{QQ_NUMBER|1846203957}}"), ("them", "加你了")],
    [("me", "{{PERSON|春梅}}说下学期要调到分校去"), ("them", "真的假的"), ("me", "{{PERSON|翟校长}}亲口说的")],
    [("me", "你直接来{{LOCATION|翠苑12号楼2单元}} 我下楼接你"), ("them", "好 十分钟")],
    [("them", "我换号了 {{PHONE_NUMBER|18653317749}} 旧的那个不用了"), ("me", "存了")],
    [("them", "{{PERSON|海涛}}又出差了 一个人在家好无聊"), ("me", "来我家吃饭呗")],
    [("me", "最近手头太紧了 房贷加上孩子补课费 这月又借了借呗"), ("them", "要不我先借你点"),
     ("me", "不用不用 还能撑 就是心累")],
    [("me", "甲状腺复查 结节没长 就是甲减指标不好"), ("them", "那还好 你少生气"), ("me", "哪能不生气 天天跟熊孩子斗")],
    [("them", "我邮箱 {{EMAIL_ADDRESS|manxy_zb@example.cn}} 照片发我这"), ("me", "好 晚上发")],
    [("me", "我邮箱换了 {{EMAIL_ADDRESS|juhx1982@example.cn}} 以后发这个"), ("them", "收到")],
    [("them", "周末去淄博烧烤不 外地人太多了排不上号"), ("me", "咱自己家门口那家 不用排")],
    [("them", "我家隔壁那个老太太信基督 天天拉我去聚会"), ("me", "哈哈 你去不"), ("them", "不去 我啥也不信")],
    [("me", "你家闺女的舞蹈班在哪报的"), ("them", "新村西路那个 我推你老师微信"),
     ("them", "她微信号 {{WECHAT_ID|wudao_lili0533}}")],
]
FRIEND_FILL = [
    [("them", "在干啥"), ("me", "改作业 头大"), ("them", "辛苦辛苦")],
    [("me", "今晚跳操不"), ("them", "去！七点半广场"), ("me", "好")],
    [("them", "[链接]银座周年庆 满300减50"), ("me", "周六去逛逛")],
    [("me", "哈哈哈 笑死我了"), ("them", "😂😂😂")],
    [("them", "你看那个剧没"), ("me", "看了两集 挺好看"), ("them", "男主太帅了")],
    [("me", "今天穿啥 降温了"), ("them", "毛衣吧")],
    [("them", "[图片]"), ("me", "好看！多少钱"), ("them", "打折一百二")],
    [("me", "唉 班里那个孩子又打架"), ("them", "现在孩子不好管"), ("me", "家长还护着")],
    [("them", "明天去喝羊汤不"), ("me", "几点"), ("them", "七点 上班前")],
    [("me", "困死了"), ("them", "早睡"), ("me", "睡不着啊")],
    [("them", "周末干啥"), ("me", "带孩子补课 哪也去不了")],
    [("me", "你那个面膜还有吗 给我留两片"), ("them", "有 明天给你带")],
    [("them", "下雨了 不去了吧"), ("me", "嗯 改天")],
    [("me", "[表情]"), ("them", "[表情]")],
    [("them", "我今天体检 抽了四管血"), ("me", "啥结果"), ("them", "还没出")],
    [("me", "好嘞"), ("them", "👌")],
]
MOM_PLANT = [
    [("them", "快递寄到你家了 你看看到没"), ("me", "寄的哪 是不是 {{LOCATION|张店区华光路翠苑小区12号楼2单元501}}"),
     ("them", "对 煎饼和咸菜")],
    [("me", "妈 你那边地址我再确认下 {{LOCATION|博山区福山路23号院4号楼1单元302}}"), ("them", "对的"),
     ("me", "给你买了个血压计 寄过去")],
    [("them", "{{PERSON|红梅}}说你最近脸色不好"), ("me", "甲状腺的事 吃着药呢 没事"), ("them", "多歇歇 别太累")],
    [("them", "初一我跟{{PERSON|秀英姨}}去庙里上香了 给你们都求了平安"), ("me", "好 妈你自己注意身体")],
    [("them", "{{PERSON|然然}}期中考得咋样"), ("me", "一般 不太上心")],
    [("them", "你{{PERSON|建军}}最近忙不忙"), ("me", "天天加班")],
]
MOM_FILL = [
    [("them", "吃饭了吗"), ("me", "吃了 你呢"), ("them", "吃了")],
    [("them", "[语音]"), ("me", "听见了 妈 知道了")],
    [("me", "妈 降温了 多穿点"), ("them", "知道")],
    [("them", "周末回来不"), ("me", "看情况 孩子补课")],
    [("them", "你爸那个腿又疼了"), ("me", "让他别老爬山"), ("them", "他不听")],
    [("me", "给你转了五百 买点好吃的"), ("them", "不用 我有钱"), ("me", "拿着吧")],
    [("them", "[图片]"), ("me", "院里花开了啊 真好看")],
    [("them", "早点睡 别熬夜"), ("me", "嗯")],
    [("me", "妈 手机咋又没声了"), ("them", "不知道 按了一下就这样"), ("me", "周末回去给你弄")],
    [("them", "包了韭菜饺子 给你冻上了"), ("me", "好 周末拿")],
    [("them", "天气预报说明天有雨"), ("me", "好 我带伞")],
    [("them", "[语音]"), ("them", "[语音]"), ("me", "好的好的")],
]
SISTER_PLANT = [
    [("me", "姐 这个月实在转不开 能不能先借我五千 下月发工资还你"), ("them", "行 卡号发我"),
     ("me", "不对 你转我农行这个 {{CN_BANK_CARD|6228 4803 2817 5590 616}}"), ("them", "转了 你看看")],
    [("them", "上次借你那个不急 {{PERSON|小雪}}学费我这边够"), ("me", "谢谢姐 下月一定还")],
    [("them", "你还我钱就转这张卡吧 {{CN_BANK_CARD|6217002273001938443}} 建行的"), ("me", "好")],
    [("them", "{{PERSON|建军}}那车不是刚保养 又咋了"), ("me", "刹车片 又花了八百")],
    [("me", "姐 学校让交护照登记 我的号码 {{CN_PASSPORT|E61839274}} 你帮我看看过期没 在你那个抽屉里"),
     ("them", "2029年才到期")],
]
SISTER_FILL = [
    [("them", "妈那边你这周去吗"), ("me", "周六去"), ("them", "我周日去")],
    [("me", "姐 你那个降压药叫啥名"), ("them", "硝苯地平 咋了"), ("me", "给二舅问的")],
    [("them", "[图片]"), ("me", "小孩长这么高了")],
    [("me", "晚上视频"), ("them", "好")],
    [("them", "你最近咋样"), ("me", "老样子 累")],
    [("me", "哈哈"), ("them", "😄")],
    [("them", "群里二舅又发那些 看得我头疼"), ("me", "别理他 屏蔽了")],
]
COLLEAGUE_PLANT = [
    [("them", "{{PERSON|刘一诺}}家长电话你有吗"), ("me", "{{PHONE_NUMBER|176 6390 2215}} 她妈妈的"), ("them", "谢谢")],
    [("them", "家长要加你微信 你微信号多少"), ("me", "{{WECHAT_ID|juhongxia_1982}}")],
    [("them", "你电话多少 家长群要填"), ("me", "{{PHONE_NUMBER|158 6437 2951}}")],
    [("me", "{{PERSON|翟校长}}让周五前交教案"), ("them", "啊 我还没写完")],
    [("them", "明天公开课你帮我看看 第三组我怕冷场"), ("me", "没事 我坐后面")],
    [("me", "请个假 下午去医院复查甲状腺"), ("them", "去吧 你的课我帮你看着")],
]
COLLEAGUE_FILL = [
    [("them", "今天午饭食堂啥"), ("me", "土豆丝和炖鸡"), ("them", "又是土豆丝")],
    [("me", "作文本发下去了吗"), ("them", "发了")],
    [("them", "期中卷子出来了 你来拿"), ("me", "好 马上")],
    [("me", "今天值周是你不"), ("them", "是我 累死")],
    [("them", "开会 三楼会议室"), ("me", "收到")],
    [("me", "下午第三节跟你换一下行吗"), ("them", "行")],
    [("them", "好的"), ("me", "👍")],
    [("me", "教研组明天几点"), ("them", "两点半")],
]
GROUP_FILL = [
    ("红梅", "周末妈生日 都回来吃饭啊"), ("妈", "[语音]"), ("me", "收到 我们中午到"), ("志刚", "我带酒"),
    ("红梅", "[图片]"), ("me", "真好看"), ("妈", "都注意身体"), ("志刚", "[表情]"), ("老公", "好的"),
    ("红梅", "下雨了 出门带伞"), ("me", "👍"), ("妈", "吃了吗"), ("志刚", "今天淄博烧烤又上热搜了"),
    ("me", "哈哈 真火"), ("红梅", "谁去博山 捎点东西"), ("老公", "我周六去"),
]
POL_OPEN = ["", "气死我了！", "你们看看！", "说句实话，", "我就说吧，", "真是没法说了，", "大家评评理，"]
POL_CORE = [
    "美国佬就是想搞垮咱们，那帮政客没一个好东西",
    "那些贪官就该拉出去毙了，抓一个放一个有什么用",
    "延迟退休就是不想给咱发养老金，坑的全是老百姓",
    "日本往海里排核污水，联合国屁都不放一个",
    "开发商卷着老百姓的钱跑路，上面早干啥去了",
    "物价天天涨工资十年不动，开会那些人知道老百姓过的啥日子吗",
    "现在的专家全是砖家，拿着钱替资本说话",
    "医保一年比一年贵，看个病还是看不起",
    "台湾的事早就该解决了，还等啥",
    "西方媒体天天造谣抹黑，一帮子骗子",
    "村里那个书记贪了多少钱大家心里有数，就是没人管",
    "公务员又涨工资了，我们工人谁管",
    "菲律宾天天在南海挑事，就是欠收拾",
    "那些公知天天跪舔美国，滚出去算了",
    "学区房政策一天一变，老百姓就是韭菜",
    "欧洲那帮人自己都管不好还来说我们",
    "大企业偷税漏税罚点钱就完了，小老百姓晚交一天都罚",
    "这帮领导天天搞形式主义，拍照片搞检查，正事一件不干",
    "韩国又偷我们的文化，端午节都要抢",
    "炒股的全是被割韭菜，证监会干什么吃的",
    "俄乌那边美国就是拱火，打来打去死的都是老百姓",
    "国企高管拿几百万年薪，工人连加班费都没有",
    "上面发的惠民政策到下面全变了味，层层扣钱",
]
POL_CLOSE = ["", "！！", "。转给大家看看", "，不服来辩", "😡😡", "！说句公道话都不让"]
GROUP_REPLIES = [("红梅", "二舅 群里别发这些了"), ("志刚", "二舅消消气"), ("妈", "[语音]"), ("红梅", "哎呀 又来了")]


def _fill(plant, pool, target, rng):
    snips = [list(s) for s in plant]
    n = sum(len(s) for s in snips)
    while n < target:
        s = list(rng.choice(pool))
        if n + len(s) > target:
            s = s[: target - n]
        snips.append(s)
        n += len(s)
    return snips


def _ctime(t):
    return f"{t.year}/{t.month}/{t.day} {t.hour:02d}:{t.minute:02d}"


def _type_name(text):
    if text == "[图片]":
        return "图片"
    if text == "[语音]":
        return "语音"
    if text == "[表情]":
        return "动画表情"
    if text.startswith("[链接]"):
        return "分享链接"
    return "文本"


def _write_wechat(root, reg, rel, room, msgs, rng, msgid):
    lines = ["id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,CreateTime"]
    for t, who, text, tags in msgs:
        msgid[0] += 1
        svr = str(rng.randrange(10 ** 18, 10 ** 19))
        is_me = who == "me"
        talker = ME_WXID if is_me else (room if not room.endswith("@chatroom") else GROUP_MEMBERS[who])
        tn = _type_name(text)
        src = ""
        msg = text
        if tn == "图片":
            msg = ""
            src = f"FileStorage\\MsgAttach\\{rng.getrandbits(64):016x}\\Image\\{t:%Y-%m}\\{rng.getrandbits(64):016x}.dat"
        elif tn == "语音":
            msg = ""
            src = f"audio\\{room}\\{t:%Y%m%d%H%M%S}_{svr[-6:]}.mp3"
        elif tn == "动画表情":
            msg = ""
        elif tn == "分享链接":
            msg = text[4:]
        q = '"' + msg.replace('"', '""') + '"' if ("," in msg or '"' in msg or "\n" in msg) else msg
        lines.append(f"{msgid[0]},{svr},{tn},{int(is_me)},{talker},{room},{q},{src},{_ctime(t)}")
        reg.add_tags(rel, tags)
    write_bytes(f"{root}/{rel}", ("\n".join(lines) + "\n").encode("utf-8"))


# ---------------------------------------------------------------- payments
def _pad(v, w=20):
    n = sum(2 if ord(c) > 0x2E80 else 1 for c in v)
    return v + " " * max(1, w - n)


def _alipay(root, reg, rng):
    zi = ZoneInfo(TZ)
    rows = []  # (local dt, 分类, 对方, 对方账号, 商品, 收支, 金额, 方式, 状态, tags)

    def at(day, h, m):
        d = START + dt.timedelta(days=day)
        return dt.datetime(d.year, d.month, d.day, h, m, rng.randrange(60), tzinfo=zi)

    for i, mon in enumerate([3, 4, 5]):
        d0 = (dt.date(2024, mon, 1) - START).days
        rows.append((at(d0 + 9, 10, 2), "转账红包", "淄博博雅实验学校", "zbby***@example.cn", f"{mon}月工资代发", "收入", "5386.40", "余额", "交易成功", []))
        rows.append((at(d0 + 11, 8, 30), "信用借还", "借呗", "/", f"借呗还款-第{4 + i}期/12期", "支出", "1126.58", "余额", "还款成功", []))
        rows.append((at(d0 + 9, 21, 14), "信用借还", "花呗", "/", f"花呗{mon}月账单还款", "不计收支", f"{[1482.3, 1637.9, 1390.15][i]:.2f}", "余额", "还款成功", []))
        rows.append((at(d0 + 17, 20, 5), "信用借还", "招商银行", "/", "信用卡还款-最低还款额", "不计收支", "1280.00", "余额", "交易成功", []))
    rows.append((at(8, 12, 40), "转账红包", "鞠红梅", "136******12", "转账", "收入", "5000.00", "余额", "交易成功", [("PERSON", "鞠红梅")]))
    rows.append((at(45, 19, 22), "转账红包", "鞠红梅", "136******12", "还款 谢谢姐", "支出", "2000.00", "余额", "交易成功", [("PERSON", "鞠红梅")]))
    rows.append((at(77, 19, 2), "转账红包", "鞠红梅", "136******12", "还款", "支出", "3000.00", "余额", "交易成功", [("PERSON", "鞠红梅")]))
    for day, amt, what in [(5, "7.00", "挂号费-内分泌科-董**"), (5, "186.00", "甲功五项+甲状腺彩超"), (40, "7.00", "挂号费-内分泌科-董**"),
                           (40, "142.00", "检验费"), (68, "7.00", "挂号费-内分泌科-董**"), (68, "98.00", "甲状腺功能检测")]:
        rows.append((at(day, 9, rng.randrange(10, 50)), "医疗健康", "淄博市中心医院", "/", what, "支出", amt, "花呗", "交易成功", []))
    for day in [6, 33, 61, 88]:
        rows.append((at(day, 17, rng.randrange(60)), "医疗健康", "漱玉平民大药房(华光路店)", "/", "左甲状腺素钠片(优甲乐)50μg*100片", "支出", "31.50", "花呗", "交易成功", []))
    merch = [("日用百货", "淘宝网", "家居收纳盒 3件套"), ("服饰装扮", "淘宝网", "女士春季针织开衫"), ("日用百货", "拼多多平台商户", "抽纸 24包"),
             ("餐饮美食", "肯德基(张店银座店)", "肯德基"), ("交通出行", "淄博公交", "公交乘车码"), ("充值缴费", "国网山东省电力公司", "电费"),
             ("文化休闲", "新华书店", "教辅 小学语文阅读"), ("教育培训", "淄博学而思", "初二数学春季班 课时费"), ("日用百货", "淘宝网", "儿童护眼台灯"),
             ("餐饮美食", "瑞幸咖啡", "生椰拿铁"), ("服饰装扮", "唯品会", "运动鞋"), ("日用百货", "盒马", "水果")]
    for k in range(48):
        cat, who, what = rng.choice(merch)
        amt = {"教育培训": 1680.0, "充值缴费": rng.choice([100.0, 200.0]), "交通出行": 2.0}.get(cat, round(rng.uniform(6, 160), 2))
        rows.append((at(rng.randrange(DAYS), rng.randint(8, 21), rng.randrange(60)), cat, who, "/" if "淘宝" not in who else "ta***@taobao.example", what, "支出", f"{amt:.2f}",
                     rng.choice(["花呗", "余额", "招商银行信用卡(4153)", "中国农业银行储蓄卡(0616)"]), "交易成功", []))
    rows.sort(key=lambda r: r[0], reverse=True)
    income = [r for r in rows if r[5] == "收入"]
    out = [r for r in rows if r[5] == "支出"]
    neutral = [r for r in rows if r[5] == "不计收支"]
    s = lambda rr: f"{sum(float(r[6]) for r in rr):.2f}"
    end = START + dt.timedelta(days=DAYS - 1)
    pre = [
        "-" * 84, "导出信息：", "姓名：鞠红霞", "支付宝账户：15864372951",
        f"起始时间：[{START} 00:00:00]    终止时间：[{end} 23:59:59]", "导出交易类型：[全部]", "导出时间：[2024-06-02 20:41:07]",
        f"共{len(rows)}笔记录", f"收入：{len(income)}笔 {s(income)}元", f"支出：{len(out)}笔 {s(out)}元", f"不计收支：{len(neutral)}笔 {s(neutral)}元", "",
        "特别提示：",
        "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；",
        "2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；",
        "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；",
        "4.本回单如经任何涂改、编造，均立即失去效力；",
        "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
        "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
        "7.禁止将本回单用于非法用途；", "8.本明细仅展示当前账单中的交易，不包括已删除的记录；", "9.本明细仅供个人对账使用。", "",
        "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------",
    ]
    hdr = ["交易时间", "交易分类", "交易对方", "对方账号", "商品说明", "收/支", "金额", "收/付款方式", "交易状态", "交易订单号", "商家订单号", "备注"]
    lines = pre + ["".join(_pad(h) + "," for h in hdr)]
    rel = "alipay/支付宝交易明细(20240301-20240531).csv"
    for r in rows:
        t = r[0]
        oid = f"{t:%Y%m%d}2200{rng.randrange(10**19, 10**20)}"
        moid = "" if r[1] in ("转账红包", "信用借还") else f"T200P{rng.randrange(10**18, 10**19)}"
        vals = [f"{t:%Y-%m-%d %H:%M:%S}"] + list(r[1:9])
        lines.append("".join(_pad(v) + "," for v in vals) + oid + "\t," + _pad(moid) + "\t," + _pad("") + ",")
        reg.add_tags(rel, r[9])
    reg.add(rel, "PERSON", "鞠红霞")
    reg.add(rel, "PHONE_NUMBER", "15864372951")
    write_bytes(f"{root}/{rel}", ("\n".join(lines) + "\n").encode("gbk"))
    return 5386.40


def _wechatpay(root, reg, rng):
    zi = ZoneInfo(TZ)
    rows = []

    def at(day, h, m):
        d = START + dt.timedelta(days=day)
        return dt.datetime(d.year, d.month, d.day, h, m, rng.randrange(60), tzinfo=zi)

    shops = [("商户消费", "张店老字号羊汤馆", "羊汤 2碗", 28.0), ("扫二维码付款", "八大局便民市场-果蔬摊", "收款方备注:二维码收款", None),
             ("商户消费", "美团", "美团订单-外卖", None), ("商户消费", "滴滴出行", "快车", None), ("扫二维码付款", "张店烧烤(华光路)", "收款方备注:二维码收款", None),
             ("商户消费", "银座超市(华光路店)", "总共消费", None), ("商户消费", "中国石化", "加油 92#", 260.0), ("扫二维码付款", "翠苑小区物业", "收款方备注:二维码收款", None)]
    for k in range(44):
        typ, who, what, fixed = rng.choice(shops)
        amt = fixed if fixed else round(rng.uniform(8, 120), 2)
        if what == "总共消费":
            what = f"总共消费:{amt:.2f}"
        rows.append((at(rng.randrange(DAYS), rng.randint(7, 21), rng.randrange(60)), typ, who, what, "支出", amt,
                     rng.choice(["零钱", "中国农业银行(0616)", "招商银行信用卡(4153)"]), "支付成功", []))
    for day in [12, 47, 79]:
        rows.append((at(day, 19, 10), "转账", "妈", "转账备注:微信转账", "支出", 500.0, "零钱", "朋友已收钱", []))
    for day in [20, 51, 83]:
        rows.append((at(day, 20, 30), "转账", "孙建军", "转账备注:家用", "收入", 3000.0, "/", "已存入零钱", [("PERSON", "孙建军")]))
    rows.append((at(23, 16, 40), "转账", "德利水电维修", "转账备注:修水管", "支出", 150.0, "零钱", "朋友已收钱", []))
    rows.append((at(30, 8, 15), "商户消费", "淄博市停车服务中心", "鲁C5M2T8 月卡续费", "支出", 120.0, "零钱", "支付成功", [("LICENSE_PLATE", "鲁C5M2T8")]))
    for day in [15, 44]:
        rows.append((at(day, 12, 5), "微信红包", "燕子", "/", "收入", 66.0, "/", "已存入零钱", []))
    rows.sort(key=lambda r: r[0], reverse=True)
    inc = [r for r in rows if r[4] == "收入"]
    outs = [r for r in rows if r[4] == "支出"]
    s = lambda rr: f"{sum(r[5] for r in rr):.2f}"
    end = START + dt.timedelta(days=DAYS - 1)
    E = ",,,,,,,,,,"
    pre = ["微信支付账单明细" + E, "微信昵称：[红霞]" + E, f"起始时间：[{START} 00:00:00] 终止时间：[{end} 23:59:59]" + E,
           "导出类型：[全部]" + E, "导出时间：[2024-06-02 20:45:33]" + E, E, f"共{len(rows)}笔记录" + E,
           f"收入：{len(inc)}笔 {s(inc)}元" + E, f"支出：{len(outs)}笔 {s(outs)}元" + E, "中性交易：0笔 0.00元" + E, "注：" + E,
           "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易" + E, "2. 本明细仅展示当前账单中的交易，不包括已删除的记录" + E,
           "3. 本明细仅供个人对账使用" + E, E, "----------------------微信支付账单明细列表--------------------" + E,
           "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"]
    rel = "wechat_pay/微信支付账单(20240301-20240531).csv"
    lines = list(pre)
    for r in rows:
        t = r[0]
        tid = f"4200002{rng.randrange(10**21, 10**22)}"
        mid = "/" if r[1] in ("转账", "微信红包") else f"{rng.randrange(10**19, 10**20)}"
        lines.append(f"{t:%Y-%m-%d %H:%M:%S},{r[1]},{r[2]},{r[3]},{r[4]},¥{r[5]:.2f},{r[6]},{r[7]},{tid}\t,{mid}\t,/")
        reg.add_tags(rel, r[8])
    write_bytes(f"{root}/{rel}", ("\n".join(lines) + "\n").encode("utf-8"))


# ---------------------------------------------------------------- location
def _fmt_local(t):
    return t.isoformat(timespec="milliseconds")


def _ll(lat, lon):
    return f"{lat:.7f}°, {lon:.7f}°"


def _timeline(root, rng):
    extras = [({5}, MOM, 9, 6, 0.55), ({6}, MALL, 14, 3, 0.4), ({0, 1, 2, 3, 4}, PARK, 19, 1, 0.35),
              ({1}, HOSP, 8, 2, 0.0)]
    plan = stays(START, DAYS, TZ, rng, HOME, WORK, {0, 1, 2, 3, 4}, (7, 17), extras)
    # three hospital visits (days 5, 40, 68) replace the morning
    segs = []
    prev = None
    for place, s, e in plan:
        if prev is not None:
            a = segs[-1]["visit"]["topCandidate"]["placeLocation"]["latLng"] if segs and "visit" in segs[-1] else None
            mode = "IN_PASSENGER_VEHICLE" if place in (MOM,) or prev in (MOM,) else rng.choice(["IN_PASSENGER_VEHICLE", "IN_BUS", "WALKING"])
            ts, te = s - dt.timedelta(minutes=rng.randint(12, 25)), s
            ts = max(ts, segs[-1]["_end"]) if segs else ts
            segs.append({
                "startTime": _fmt_local(ts), "endTime": _fmt_local(te),
                "startTimeTimezoneUtcOffsetMinutes": 480, "endTimeTimezoneUtcOffsetMinutes": 480,
                "activity": {"start": {"latLng": _ll(prev["lat"], prev["lon"])}, "end": {"latLng": _ll(place["lat"], place["lon"])},
                             "distanceMeters": round(rng.uniform(900, 4200) if place is not MOM and prev is not MOM else rng.uniform(38000, 42000), 1),
                             "topCandidate": {"type": mode, "probability": round(rng.uniform(0.6, 0.97), 6)}},
                "_end": te})
        jit = lambda: rng.uniform(-0.00025, 0.00025)
        pid = "ChIJ" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(23))
        stype = {id(HOME): "INFERRED_HOME", id(WORK): "INFERRED_WORK"}.get(id(place), "UNKNOWN")
        segs.append({
            "startTime": _fmt_local(s), "endTime": _fmt_local(e),
            "startTimeTimezoneUtcOffsetMinutes": 480, "endTimeTimezoneUtcOffsetMinutes": 480,
            "visit": {"hierarchyLevel": 0, "probability": round(rng.uniform(0.7, 0.99), 6),
                      "topCandidate": {"placeId": place.setdefault("_pid", pid), "semanticType": stype,
                                       "probability": round(rng.uniform(0.5, 0.95), 6),
                                       "placeLocation": {"latLng": _ll(place["lat"] + jit(), place["lon"] + jit())}}},
            "_end": e})
        prev = place
    for sgm in segs:
        sgm.pop("_end")
    write_json(f"{root}/Timeline.json", {"semanticSegments": segs, "rawSignals": [], "userLocationProfile": {}}, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- build
def build(root):
    rng = random.Random(19001)
    reg = Registry()
    counts = {}
    plants = {"老公": (HUSBAND_PLANT, HUSBAND_FILL), "燕子": (FRIEND_PLANT, FRIEND_FILL), "妈": (MOM_PLANT, MOM_FILL),
              "姐": (SISTER_PLANT, SISTER_FILL), "田秀梅": (COLLEAGUE_PLANT, COLLEAGUE_FILL)}
    msgid = [0]
    for title, wxid, target in CHATS:
        p, f = plants[title]
        snips = _fill(p, f, target, rng)
        wake = (7, 22) if title != "田秀梅" else (7, 18)
        msgs = schedule(snips, START, DAYS, TZ, rng, wake=wake)
        rel = f"wechat/{title}.csv"
        _write_wechat(root, reg, rel, wxid, msgs, rng, msgid)
        counts[title] = len(msgs)
    # group
    pol = political(POL_OPEN, POL_CORE, POL_CLOSE, 68, rng)
    snips = []
    for i, p in enumerate(pol):
        s = [("二舅", p)]
        if i % 9 == 4:
            s.append(rng.choice(GROUP_REPLIES))
        snips.append(s)
    n = sum(len(s) for s in snips)
    while n < GROUP[2]:
        k = min(rng.randint(1, 3), GROUP[2] - n)
        snips.append([rng.choice(GROUP_FILL) for _ in range(k)])
        n += k
    snips.append([("红梅", "{{PERSON|志刚}}家闺女考上了 恭喜恭喜"), ("me", "太好了！")])
    msgs = schedule(snips, START, DAYS, TZ, rng, wake=(7, 22))
    rel = f"wechat/{GROUP[0]}.csv"
    _write_wechat(root, reg, rel, GROUP[1], msgs, rng, msgid)
    counts[GROUP[0]] = len(msgs)
    _alipay(root, reg, rng)
    _wechatpay(root, reg, rng)
    _timeline(root, rng)
    top = sorted(((k, v) for k, v in counts.items() if k != GROUP[0]), key=lambda kv: -kv[1])[:3]
    gt = {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": "鞠红霞, 42, 语文 teacher at a private primary school in 张店区, 淄博; married to 孙建军, son 浩然 (然然, 14). "
                       "Has hypothyroidism (甲减/甲状腺结节) and is squeezed by mortgage, 借呗, 花呗 and credit-card minimum payments.",
        "timezone": TZ, "user": USER, "pii": reg.entries,
        "facts": {
            "home": {"lat": HOME["lat"], "lon": HOME["lon"], "radius_m": 300, "address": HOME["address"], "city": "淄博"},
            "work": {"lat": WORK["lat"], "lon": WORK["lon"], "radius_m": 300, "employer": "淄博博雅实验学校"},
            "sleep_window": {"start": "22:30", "end": "06:30", "tolerance_min": 60},
            "top_contacts": [{"name": k, "messages": v} for k, v in top],
            "relationships": [
                {"name": "老公", "relationship": "partner", "full_name": "孙建军"},
                {"name": "燕子", "relationship": "close_friend", "full_name": "满晓燕"},
                {"name": "妈", "relationship": "mother", "full_name": "朱桂兰"},
                {"name": "姐", "relationship": "sister", "full_name": "鞠红梅"},
                {"name": "田秀梅", "relationship": "colleague", "full_name": "田秀梅"},
            ],
            "religion": {"value": False}, "health": {"value": True}, "politics": {"value": False},
            "financial_stress": {"value": True}, "gambling": {"value": False}, "gaming": {"value": False},
            "salary": {"amount": "5386.40", "currency": "CNY", "payer": "淄博博雅实验学校", "period": "monthly"},
            "risky_contact": {"name": "二舅", "why": f"member {GROUP_MEMBERS['二舅']} of group 相亲相爱一家人 posts {len(pol)} distinct angry political rants (corruption, USA, Japan, pensions); the user never does"},
        },
    }
    write_json(f"{root}/ground_truth.json", gt, ensure_ascii=False, indent=2)
    return gt, counts
