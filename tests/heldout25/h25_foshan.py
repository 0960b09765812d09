"""Persona cn_foshan_factory: 覃德胜, 38, production-line supervisor at a furniture factory in
龙江镇, 顺德区, 佛山.  From 藤县 (梧州, 广西); wife and children stay at home in 藤县.
Formats: MemoTrace CSV (WeChat), WeChat Pay bill CSV, Alipay bill CSV (GBK), Google Semantic
Location History (monthly files)."""
from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

from h25_common import (Plant, Timeline, cn_id, collect_pii, haversine_m, jitter, luhn_complete,
                        place_fillers)
import h25_formats as F

PID = "cn_foshan_factory"
TZ = "Asia/Shanghai"
ZONE = ZoneInfo(TZ)
YEAR = 2024
START = dt.date(2024, 3, 1)
END = dt.date(2024, 5, 31)
DAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)]

USER_ID = cn_id("450422", "19860217", "261")          # ends in X
SON_ID = cn_id("450422", "20100315", "263")
USER_CARD = luhn_complete("621700332015884612")      # 19 digits
MING_CARD = luhn_complete("622848015893227147")      # 19 digits


def grp(s: str, sizes) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return " ".join(out)


T = {
    "USER_ID": USER_ID, "SON_ID": SON_ID,
    "USER_CARD": grp(USER_CARD, (4, 4, 4, 4, 3)),
    "MING_CARD": grp(MING_CARD, (4, 4, 4, 4, 3)),
}


def fill(s: str) -> str:
    for k, v in T.items():
        s = s.replace("«" + k + "»", v)
    return s


ME = {"remark": "阿胜", "nick": "阿胜", "wxid": "wxid_q8d6s19xk3h212"}
PEOPLE = {
    "wife": {"remark": "老婆", "nick": "玲玲", "wxid": "wxid_7k2m9x4q1l8e22"},
    "ming": {"remark": "德明", "nick": "明仔", "wxid": "wxid_3n8v5c0r6t1p12"},
    "chen": {"remark": "陈伯(房东)", "nick": "陈炳坤", "wxid": "wxid_c5bk0q9w2m1958"},
    "hui": {"remark": "梁永辉", "nick": "辉", "wxid": "wxid_l9yh4e2r7u0i21"},
    "yan": {"remark": "燕妹", "nick": "海燕🌸", "wxid": "wxid_8h3y6n1l0o5y22"},
    "biao": {"remark": "标哥", "nick": "标", "wxid": "wxid_b1a0g7e3x9z612"},
    "qiang": {"remark": "强仔", "nick": "志强", "wxid": "wxid_h2z9q4i6a1n812"},
    "yang": {"remark": "老杨叉车", "nick": "国庆", "wxid": "wxid_y6g4q8i2n0g312"},
    "jinhua": {"remark": "金花姐", "nick": "金花", "wxid": "wxid_w5j1h7u3a9e412"},
    "pingan": {"remark": "黎平安", "nick": "黎平安", "wxid": "wxid_p0a8n2q6l4i912"},
    "zhen": {"remark": "珍珍", "nick": "珍珍", "wxid": "wxid_s3z7h1e5n9x212"},
    "long": {"remark": "龙仔666", "nick": "龙仔666", "wxid": "wxid_l4o2n6g8z0a712"},
}
CHATS = [  # key, remark (file/title), talker id, partner key or None for the group
    ("wife", "老婆", 11, "wife"),
    ("hui", "梁永辉", 23, "hui"),
    ("yan", "燕妹", 31, "yan"),
    ("ming", "德明", 17, "ming"),
    ("chen", "陈伯(房东)", 42, "chen"),
    ("biao", "标哥", 58, "biao"),
    ("group", "栢岚二车间生产群", 64, None),
]

PLACES = {
    "home": {"lat": 22.880630, "lon": 113.071180, "name": "仙塘村",
             "address": "中国广东省佛山市顺德区龙江镇东兴路二巷7号 邮政编码: 528318",
             "place_id": "ChIJq3xL0dX9AjQRk1Zt6m0Yx4E", "semantic": "HOME",
             "label": "广东省佛山市顺德区龙江镇东兴路二巷7号", "poi": "仙塘村", "city": "佛山市"},
    "factory": {"lat": 22.869120, "lon": 113.086710, "name": "佛山市顺德区栢岚家具制造有限公司",
                "address": "中国广东省佛山市顺德区龙江镇东华工业区", "place_id": "ChIJ5v0PwqX9AjQR2nE7bQkZc8U",
                "semantic": "WORK", "label": "佛山市顺德区龙江镇东华工业区", "poi": "栢岚家具", "city": "佛山市"},
    "store": {"lat": 22.881350, "lon": 113.072410, "name": "仙塘士多", "address": "中国广东省佛山市顺德区龙江镇仙塘村",
              "place_id": "ChIJo2Tn8dX9AjQRw8bX1pLq0Aa"},
    "market": {"lat": 22.873120, "lon": 113.080260, "name": "龙江市场", "address": "中国广东省佛山市顺德区龙江镇",
               "place_id": "ChIJ0aB7yqT9AjQRr6mQ2nVx1kE"},
    "dapaidang": {"lat": 22.878540, "lon": 113.076010, "name": "顺记大排档", "address": "中国广东省佛山市顺德区龙江镇",
                  "label": "广东省佛山市顺德区龙江镇仙塘路", "poi": "顺记大排档", "city": "佛山市",
                  "place_id": "ChIJ7uM4cNf9AjQRx1yR5oPq2bE"},
    "busstation": {"lat": 22.876820, "lon": 113.089730, "name": "龙江汽车客运站", "address": "中国广东省佛山市顺德区龙江镇",
                   "place_id": "ChIJf9sA1qb9AjQR3mT0wZk8e4E"},
    "hospital": {"lat": 22.870210, "lon": 113.078530, "name": "龙江医院", "address": "中国广东省佛山市顺德区龙江镇",
                 "place_id": "ChIJx0qV2rT9AjQR9oL1cMn5t2E"},
    "tengxian": {"lat": 23.374510, "lon": 110.930190, "name": "民主路",
                 "address": "中国广西壮族自治区梧州市藤县藤州镇民主路58号", "place_id": "ChIJm4zP1eQ8sDERk0a9Yw2Ln7E",
                 "label": "广西壮族自治区梧州市藤县藤州镇民主路", "poi": "藤县", "city": "梧州市"},
}

MONTHS = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
          "OCTOBER", "NOVEMBER", "DECEMBER"]
TRIP = {dt.date(2024, 4, 4), dt.date(2024, 4, 5), dt.date(2024, 4, 6)}
OFF = {dt.date(2024, 5, 4), dt.date(2024, 5, 5)}
WORK_SUNDAYS = {dt.date(2024, 4, 7), dt.date(2024, 4, 28)}   # 调休 working Sundays


def kind(d: dt.date) -> str:
    if d in TRIP:
        return "trip"
    if d in WORK_SUNDAYS:
        return "work"
    if d in OFF or d.weekday() == 6:
        return "off"
    return "work"


def _night_rng(d):
    return random.Random(f"{PID}-sleep-{d.isoformat()}")


def sleep_of(d: dt.date):
    """The night that starts on the evening of day d: (start, end) local datetimes."""
    r = _night_rng(d)
    if d.weekday() == 5 and d not in TRIP:
        start = dt.datetime.combine(d, dt.time(23, 40), tzinfo=ZONE) + dt.timedelta(minutes=r.randint(0, 55))
    else:
        start = dt.datetime.combine(d, dt.time(23, 5), tzinfo=ZONE) + dt.timedelta(minutes=r.randint(0, 45))
    nxt = d + dt.timedelta(days=1)
    if nxt == dt.date(2024, 4, 4):
        end = dt.datetime.combine(nxt, dt.time(5, 50), tzinfo=ZONE) + dt.timedelta(minutes=r.randint(0, 15))
    elif kind(nxt) == "work":
        end = dt.datetime.combine(nxt, dt.time(6, 18), tzinfo=ZONE) + dt.timedelta(minutes=r.randint(0, 22))
    else:
        end = dt.datetime.combine(nxt, dt.time(7, 40), tzinfo=ZONE) + dt.timedelta(minutes=r.randint(0, 60))
    return start, end


def overtime(d: dt.date) -> bool:
    return kind(d) == "work" and random.Random(f"{PID}-ot-{d.isoformat()}").random() < 0.6


def home_windows(d):
    k = kind(d)
    if k == "work":
        late = 20.9 if overtime(d) else 17.8
        return [(6.75, 7.05), (12.15, 13.3), (late, 22.8)]
    if k == "trip":
        return [(8.5, 21.5)]
    return [(9.2, 22.5)]


def work_windows(d):
    if kind(d) == "work":
        return [(7.45, 11.8), (13.6, 17.3)]
    return []


# ----------------------------------------------------------------------------- scripted chats
EPISODES = [
    # ------------------------------------------------------------------ 老婆
    ("wife", "03-01 21:32", """
< 收工未啊
> 啱啱返到屋企 今晚又加班
< 食咗饭未
> 食咗 饭堂啲菜又系冬瓜 😂
< 杰仔话下个礼拜要交补课费 八百蚊
> 咁贵
< 数学差啊 冇办法 老师话佢再唔补中考就唔得
> 得 出咗粮先
< 你几时出粮
> 十号左右
< 嗯 早啲瞓啦
> 好 你都系
"""),
    ("wife", "03-03 10:12", """
< [通话:15:42]
< 怡妹话想要对新波鞋 佢对鞋开咗口
> 淘宝睇下 几十蚊嗰啲
< [图片]
< 呢对得唔得 69蚊
> 得 你买啦 我用支付宝畀钱
"""),
    ("wife", "03-06 12:21", """
< 阿胜 花呗账单到咗 今个月要还一千二
> 知道啦 我会还
< 你上个月仲有个借呗未还晒
> 唔使你理 我自己搞掂
< 又系咁讲 你唔好再去买码啦
> 冇买 早就冇买
< 最好啦
"""),
    ("wife", "03-10 21:05", """
> 出粮啦 转咗三千畀你
> [转账:3000.00|家用]
< [转账:3000.00|家用] 收款
< 收到
< 补课费交咗
< 仲有杰仔学校要交校服钱 一百八
> 好 你睇住用
"""),
    ("wife", "03-13 22:31", """
< 杰仔琴晚玩王者玩到两点 今朝起唔到身 迟到畀老师闹
> 收咗佢部手机
< 佢话同学个个都玩 我讲佢唔听
> 等我打电话闹佢
> [通话:06:10]
< 佢喊咗
> 喊都要讲 读书要紧
"""),
    ("wife", "03-16 13:02", """
< 学校要登记身份证 杰仔嘅我记唔住 你手机有冇影低
> 有¶覃俊杰 «SON_ID»
< 好 监护人都要填 你嘅
> «USER_ID»
< 尾数系X定系十
> X 大楷X
< 收到
"""),
    ("wife", "03-20 21:14", """
< 今日有个电话打嚟屋企 话搵你 讲你借咗网贷
> 乜嘢公司
< 话系咩分期乐 讲你逾期咗
> 我迟几日就还 佢哋乱打电话
< 阿胜 你究竟借咗几多
> 唔多 几千蚊
< 你同我讲实话
> 八千左右
< 天啊
> 我会慢慢还 你唔使担心
< 点样唔担心 杰仔读书要钱 怡妹又要钱 阿妈睇病又要钱
> 我同细佬借住先
< 你唔好再借嘞 越借越多
"""),
    ("wife", "03-24 11:05", """
> 今日放假 去龙江市场买咗啲菜
< 你自己煮啊
> 同班工友打边炉
< 少饮酒
> 知啦
> [图片]
< 咁多牛肉 😂 几钱
> 工友请嘅
"""),
    ("wife", "04-02 21:10", """
< 清明你返唔返
> 返 四号朝早坐车
< 阿妈话初六去拜山 你赶唔赶得切
> 赶得切 我六号晏昼先走
< 坐边度嘅车
> 龙江车站 七点嗰班 去藤县四个钟左右
< 我去车站接你
"""),
    ("wife", "04-04 06:41", """
> 上咗车啦
< 路上小心 一路平安
+200
> 过咗梧州
< 我喺车站等你
"""),
    ("wife", "04-06 17:55", """
> 到咗龙江啦 
< 咁快 
> 今日唔塞车
< 杰仔话你下次返嚟带佢去睇车展 
> 得 叫佢考好啲先
"""),
    ("wife", "04-10 20:58", """
> 出粮 转咗二千五
> [转账:2500.00|]
< [转账:2500.00|] 收款
< 点解少咗
> 今个月要还花呗
< 唉
"""),
    ("wife", "04-15 21:35", """
< 你点解又有一千几转畀阿妈 阿妈话你转钱畀佢
> 加班费嚟嘅
< 加班费会有咁多？
> 上个月加咗好多班
< 你冇骗我就好
"""),
    ("wife", "04-18 12:33", """
< 怡妹发烧 三十八度五 头先带咗佢去卫生院
> 要唔要紧
< 医生话系感冒 打咗针
< 夜晚再睇下退唔退
> 有事打电话畀我
+420
> 退烧未
< 退咗啲 瞓咗
"""),
    ("wife", "04-25 21:40", """
< 又有人打电话嚟 今次话系借呗催收
> 我已经还咗一部分
< 阿胜 你系咪又赌钱
> 冇啊
< 细佬话你上个月同佢借三千 你话系畀杰仔交补课费 但系补课费我已经交咗
> ……
> 系买咗几次码 输咗啲
< 你应承过我唔再买㗎
> 我知错 以后唔买
< 你次次都咁讲
< 同标哥嗰啲人唔好再来往
> 好 
"""),
    ("wife", "05-05 10:31", """
< [通话:22:15]
< 杰仔话想你
> 我都想佢哋
> 暑假接佢哋嚟佛山住几日
< 好啊 怡妹未去过佛山
"""),
    ("wife", "05-10 21:02", """
> 转咗二千八
> [转账:2800.00|]
< [转账:2800.00|] 收款
< 今个月点解又少咗
> 还细佬啲钱
< 嗯 还咗人先
"""),
    ("wife", "05-12 20:35", """
> 今日母亲节 帮我同阿妈讲声
< 你自己打电话畀佢啦
> 打咗 佢冇接
< 佢去咗跳广场舞 😂
"""),
    ("wife", "05-18 21:20", """
> 我喺拼多多买咗对鞋畀杰仔 地址写藤县藤州镇民主路58号 收件人写你 电话188 7745 3290 啱唔啱
< 啱
< 几码
> 四十一
< 佢双脚又大咗 买四十二啦
> 改咗
"""),
    ("wife", "05-26 21:48", """
< 杰仔期中考试数学考咗78分 进步咗好多
> 好嘢 补课都有用
< 老师话继续补落去
> 补 钱我谂办法
"""),
    ("wife", "05-30 22:05", """
> 下个月可能要去东莞帮德明搬屋
< 几时
> 未知 佢话六月中
< 你自己小心啲 唔好又同人去玩
> 知啦 瞓啦
"""),
    # ------------------------------------------------------------------ 梁永辉
    ("hui", "03-02 08:12", """
< 阿胜 今日二线嗰批餐桌要赶 下昼三点前装柜
> 收到 我叫强仔佢哋先做呢批
< 油漆房嗰边搞掂未
> 仲差二十张 十二点前搞掂
< 好
"""),
    ("hui", "03-05 12:40", """
< 人事话你嘅社保资料唔齐 要身份证号同埋邮箱
> 身份证 «USER_ID»¶邮箱 qindesheng86@example.cn
< 好 我转畀人事
> 唔该主任
"""),
    ("hui", "03-08 10:05", """
< 燕妹话三线出嘅椅脚有裂 你过去睇下
> 睇咗 系木料问题 唔系我哋做嘅
> [图片]
> [图片]
< 同仓库讲 呢批料退返供应商
> 好
"""),
    ("hui", "03-12 16:20", """
< 听日有车嚟拉货 车牌粤E·M5R28 你叫保安开门
> 好 几点到
< 九点左右
> 收到
"""),
    ("hui", "03-18 09:30", """
> 主任 强仔想请两日假 佢老婆生仔
< 批 叫佢搵人顶住
> 我顶 
< 恭喜佢
"""),
    ("hui", "03-28 15:02", """
> 燕妹头先界到手 流咗好多血 我送咗佢去龙江医院
< 严唔严重
> 缝咗四针 医生话冇大碍
< 报工伤 听日叫佢填表
> 好 我帮佢攞表
"""),
    ("hui", "04-08 13:10", """
< 老杨又喺群度发嗰啲嘢 你同佢讲下 老板睇到唔开心
> 讲过好多次 佢唔听
< 再发就踢佢出群
> 我再同佢讲
"""),
    ("hui", "04-16 17:05", """
< 下个月三线组长我谂住畀强仔做 你觉得点
> 强仔做嘢勤力 得
< 你带下佢
> 冇问题
"""),
    ("hui", "04-29 10:40", """
< 五一头三日要加班 有个柜要赶 你排下人
> 排好 二线十八个人 三线十五个
< 饭堂开唔开
> 开 我同饭堂讲咗
< 好
"""),
    ("hui", "05-07 12:50", """
> 主任 我想借支一千 下个月工资扣
< 又借支 你上个月都借咗
> 屋企有啲急事
< 得啦 我同财务讲 最后一次啊
> 唔该晒主任
"""),
    ("hui", "05-15 08:45", """
< 新嚟嗰个黎平安安排去你条线
> 好 佢做过未
< 喺东莞做过两年打磨
> 得 我带佢
"""),
    ("hui", "05-22 14:15", """
< 客户话上批货有色差 下昼三点开会
> 收到
< 叫埋燕妹
> 好
"""),
    ("hui", "05-30 11:20", """
< 下个礼拜验厂 记得叫大家戴口罩同耳塞 消防通道唔好堆嘢
> 收到 我今日执好
"""),
    # ------------------------------------------------------------------ 燕妹
    ("yan", "03-04 10:20", """
< 胜哥 三线那批椅子有问题哦 你过来看一下嘛
> 来了
"""),
    ("yan", "03-09 22:15", """
< 胜哥你们昨晚又在士多打牌啊 金花姐说你输了好几百
> 小玩下啦
< 小玩？她说你输了六百
> 别听她乱讲 哈哈
< 你少打点嘛 嫂子晓得了要骂你
"""),
    ("yan", "03-14 12:31", """
< 检验报告的照片太多了 微信发原图好慢 你加我QQ嘛 2859301746
> 好 晚上加
< 加了说一声哈
"""),
    ("yan", "03-28 19:40", """
< 胜哥 谢谢你送我去医院
> 手还痛不
< 痛 麻药过了好痛 😭
> 好好休息 工伤表我明天帮你拿
< 嗯嗯 医生说隔两天换药
"""),
    ("yan", "04-11 20:10", """
> 燕妹 借我五百 月底还你
< 又借啊 上次的三百还没还呢
> 出粮一起还
< 好嘛
< [转账:500.00|]
> [转账:500.00|] 收款
> 谢了
"""),
    ("yan", "04-20 21:05", """
< 老杨是不是有毛病哦 天天在群里骂美国骂日本
> 别理他
< 主任都说了好几次了
> 他就那样
"""),
    ("yan", "05-02 12:20", """
< 放假你回广西不
> 不回 要加班 你呢
< 我也不回 达州太远了 车票好贵
"""),
    ("yan", "05-13 17:40", """
< 强仔升组长了 说周六请吃饭 你去不
> 去 在哪
< 顺记大排档
< [位置:dapaidang]
> 好
"""),
    ("yan", "05-21 20:30", """
> 还你的钱 加上次的三百
> [转账:800.00|还你嘅]
< [转账:800.00|还你嘅] 收款
< 收到啦 胜哥大气
"""),
    # ------------------------------------------------------------------ 德明
    ("ming", "03-07 21:20", """
> 德明 借我三千 个仔补课要交钱
< 又借 我都冇几多
> 月底还你
< 算啦
< [转账:3000.00|]
> [转账:3000.00|] 收款
> 多谢
< 下次直接转你张卡啦 微信有限额
> 我张卡 «USER_CARD» 建行
"""),
    ("ming", "03-25 21:40", """
< 阿妈话佢膝头又痛 去咗医院照片
> 医生点讲
< 话系骨质增生 老人家通病 开咗啲药
> 我转五百畀阿妈
"""),
    ("ming", "04-03 20:15", """
< 你几号返 我四号晏昼到
> 我四号朝早七点车 
< 到时一齐去接阿妈
"""),
    ("ming", "04-22 21:10", """
< 你话月底还我钱 直接转我张农行卡啦 «MING_CARD»
> 好 出粮就转
< 唔好又拖
"""),
    ("ming", "05-11 20:45", """
> 转咗一千到你张卡先 仲差二千 下个月
< 收到
"""),
    ("ming", "05-20 22:10", """
< 阿哥 你係咪又去买码 阿嫂打电话畀我喊咗成个钟
> 唔关你事
< 点会唔关我事 你唔好咁 屋企靠晒你
> 我知 已经冇买
"""),
    ("ming", "05-28 21:30", """
< 下个月我搬屋 你得唔得闲嚟帮手
> 睇下请唔请到假
< 搬去长安 近啲厂
"""),
    # ------------------------------------------------------------------ 陈伯(房东)
    ("chen", "03-01 09:10", """
< 阿胜 今个月租金一千一 水电二百三十六 一共一千三百三十六
> 好 陈伯 我迟几日畀得唔得 十号先出粮
< 唔好迟过十二号啊
> 得
"""),
    ("chen", "03-11 20:30", """
> [转账:1336.00|3月房租水电]
< [转账:1336.00|3月房租水电] 收款
< 收到 多谢
"""),
    ("chen", "04-01 09:05", """
< 四月租金一千一 水电一百九十八
> 好 十号畀
"""),
    ("chen", "04-10 21:20", """
> [转账:1298.00|4月房租]
< [转账:1298.00|4月房租] 收款
"""),
    ("chen", "04-15 19:50", """
< 阿胜 你哋302个水喉漏水 楼下投诉
> 我今晚睇下
> 系洗手盆下面条喉 松咗 我扭返紧啦
< 好 唔该
"""),
    ("chen", "04-23 12:40", """
> 陈伯 我有个快递寄到东兴路二巷7号302 今日到 我喺厂 你帮我收下得唔得 快递员会打我电话139 7824 1653
< 得 放喺我度
"""),
    ("chen", "05-02 09:20", """
< 五月租金一千一 水电二百零五
< 初一十五我要去庙度拜神 唔喺屋企 有事打电话
> 好 陈伯
"""),
    ("chen", "05-10 21:15", """
> [转账:1305.00|5月房租]
< [转账:1305.00|5月房租] 收款
"""),
    ("chen", "05-12 18:30", """
< 阿胜 我呢几日喺医院 血压高 头晕 有事搵我个仔
> 陈伯你保重 冇事嘛
< 冇大碍 老人家毛病 医生叫我住几日观察
> 早日康复
"""),
    # ------------------------------------------------------------------ 标哥
    ("biao", "03-05 20:40", """
> 标哥 今晚 27 同 33 各五十
< 收到 转数
> [转账:100.00|]
< [转账:100.00|] 收款
"""),
    ("biao", "03-09 21:10", """
> 今晚 09 一百 生肖买马
< 得
> [转账:150.00|]
< [转账:150.00|] 收款
+40
< 开咗 41 冇中
> 衰
"""),
    ("biao", "03-16 20:55", """
> 标哥 今晚先记数 出粮畀你
< 唔得 上次仲欠三百
> 十号一齐畀
< 唔好搞我 转咗先
"""),
    ("biao", "03-21 20:48", """
< 你上次欠嘅三百
> [转账:300.00|]
< [转账:300.00|] 收款
> 今晚 15 22 各一百
> [转账:200.00|]
< [转账:200.00|] 收款
"""),
    ("biao", "04-12 21:02", """
> 标哥 特码27 二百 
> [转账:200.00|]
< [转账:200.00|] 收款
+45
< 恭喜 中咗 27 四十七倍
< 扣返之前嘅数 畀你二千三百五
> 哈哈 好嘢
"""),
    ("biao", "04-13 10:15", """
< 你个微信今日收唔到 支付宝转畀你 我支付宝159 2071 4486
> 好
"""),
    ("biao", "04-20 20:50", """
> 今晚 33 45 各一百
> [转账:200.00|]
< [转账:200.00|] 收款
+42
< 冇中 开咗 08
"""),
    ("biao", "05-03 21:00", """
> 标哥 今晚 12 三百
< 大手笔喔
> [转账:300.00|]
< [转账:300.00|] 收款
+40
> 又冇中
< 下次啦
"""),
    ("biao", "05-16 20:45", """
< 阿胜 好耐冇买喇
> 冇钱 老婆管住
< 哈哈 有需要揾我
"""),
    ("biao", "05-25 20:52", """
> 最后一次 38 一百
> [转账:100.00|]
< [转账:100.00|] 收款
+44
< 开 38!! 中咗
< [转账:4700.00|]
> [转账:4700.00|] 收款
> 终于翻本
"""),
    # ------------------------------------------------------------------ group
    ("group", "03-01 07:35", """
=hui| 各位注意 今日八点开早会 二线三线组长准时到
> 收到
=qiang| 收到
=yan| 收到
"""),
    ("group", "03-02 18:10", """
=hui| 今晚加班到八点半 名单睇下面
=hui| [图片]
=jinhua| 又加班 😩
=long| 加班有钱攞 开心啦
> 二线今晚十五个人 饭堂六点开饭
"""),
    ("group", "03-09 21:30", """
=qiang| 今晚士多开台 三缺一
> 我嚟
=jinhua| 阿胜又去 上次输到喊
> 今晚翻本 😂
=qiang| 快啲嚟 等你
"""),
    ("group", "03-16 21:40", """
=qiang| 士多 斗地主 十蚊一局 边个嚟
> 等我冲完凉
=long| 我嚟睇
"""),
    ("group", "03-19 12:15", """
=zhen| 饭堂通知 明日午餐加鸡腿 🍗
=long| 好嘢
=yan| 饭堂阿姐最好
"""),
    ("group", "03-22 17:40", """
=hui| 下个月开始 迟到三次扣全勤
=jinhua| 又扣钱
> 大家准时啲啦
"""),
    ("group", "03-28 15:30", """
=jinhua| 品质部嗰个妹妹点样 冇事嘛
> 缝咗针 冇大碍 放两日假
=qiang| 小心啲啊 打磨机好危险
"""),
    ("group", "04-03 18:05", """
=hui| 清明放假三日 四号至六号 七号正常返工
=long| 终于放假
> 返屋企嘅注意安全
"""),
    ("group", "04-07 07:40", """
> 今日开工 大家收心
=jinhua| [表情]
=qiang| 早晨
"""),
    ("group", "04-13 21:20", """
=qiang| 今晚开台 
> 今晚我请饮茶 哈哈
=jinhua| 阿胜发达咗？
> 小小运气
=long| 请饮茶好过打牌啦
"""),
    ("group", "04-27 22:00", """
=qiang| 士多开台 二缺二
> 今晚唔去喇 听日早班
=jinhua| 阿胜转咗性
"""),
    ("group", "05-01 07:20", """
=hui| 五一加班 辛苦大家 饭堂加餐
=zhen| 今日有烧鸭
> 二线人齐
"""),
    ("group", "05-13 12:30", """
=hui| 恭喜三线新组长 
=qiang| 多谢主任 多谢胜哥带我
> 恭喜 请饮
=yan| 周六顺记大排档 组长请 
"""),
    ("group", "05-15 08:30", """
=hui| [系统]"梁永辉"邀请"黎平安"加入了群聊
=hui| 欢迎新同事平安 安排喺二线
=pingan| 大家好 我系黎平安 请多关照
> 欢迎 平安跟住我先
=jinhua| 欢迎欢迎
> 新嚟嘅同事加我微信 qds_1986 有咩事直接搵我
"""),
    ("group", "05-19 21:35", """
=long| 平安 今晚打唔打机 和平精英
=pingan| 打 😎
=jinhua| 后生仔日日打机
"""),
    ("group", "05-24 18:00", """
=hui| 听日周六照常返工 夜晚唔加班
> 收到
=pingan| 收到
"""),
    ("group", "05-31 17:45", """
=hui| 工资条已经发到各人微信 有问题搵财务
=qiang| 收到
=yan| 收到 
> 二线收到
"""),
]

# routine exchanges, scattered over the period
FILL_WIFE = [
    "@18-22.5\n< 食咗饭未\n> 食咗\n< 早啲休息",
    "@20.5-23\n> 收工\n< 咁夜\n> 赶货",
    "< [图片]\n< 怡妹画嘅\n> 好靓 😄",
    "< [通话:08:32]",
    "> [通话:11:05]",
    "> 今日好热\n< 屋企都热 开咗风扇",
    "@21.5-23\n< 瞓未\n> 就瞓",
    "< [语音:12]\n> 喺车间 听唔到 打字啦\n< 冇嘢 问下你食咗未",
    "@12-13.3\n> [图片]\n> 今日饭堂\n< 咁少肉",
    "< 天气预报话落雨 记得收衫\n> 收咗",
    "< 杰仔又唔听话\n> 佢做咩\n< 同阿嫲驳嘴\n> 等我讲佢",
    "< [表情]\n> [表情]",
    "@17.5-19\n> 今晚唔使加班\n< 难得\n> 返去冲凉瞓觉",
    "< 阿妈问你几时返嚟\n> 厂里好忙 睇下先",
    "< 电费交咗未\n> 房东话月尾一齐交",
    "> 主任话七月可能加人工\n< 真嘅咩\n> 未知真唔真",
    "< 屋企个热水器坏咗\n> 搵人睇下 几钱\n< 师傅话换要六百\n> 先修住",
    "< [视频]\n< 怡妹跳舞\n> 😂😂 好叻",
    "> 今日有新人嚟 成日问嘢\n< 你耐心啲教人",
    "< 你嘅衫够唔够着 要唔要寄两件畀你\n> 够 唔使",
    "> 饮咗糖水未\n< 冇 你饮咗咩\n> 绿豆沙",
    "< 落大雨 你返工带遮\n> 有",
    "< 怡妹今日考试一百分\n> 好叻女 😄",
    "< [图片]\n< 阿妈种嘅菜\n> 咁靓",
    "> 今日出咗三个柜 攰死\n< 早啲瞓",
    "@21.5-23\n< 晚安\n> 晚安",
    "> [语音:8]\n< 知道",
    "< 佛山热唔热\n> 好热 车间好似蒸笼",
]
FILL_HUI = [
    "< 二线今日良品率几多\n> 百分之九十六\n< 仲要提高",
    "> 主任 新嚟嗰两个唔识用封边机\n< 你教下佢哋 唔好畀佢哋自己搞",
    "< 听日停电 全厂放假\n> 收到 我通知二线",
    "> 叉车又坏咗 货拉唔出\n< 我叫人嚟修 你哋人手搬住先",
    "< 老板问点解今个月胶水用多咗\n> 新款台面要双面涂胶\n< 咁你写个说明畀我",
    "> 砂纸型号唔啱 二百四十目嘅冇货\n< 用三百二住",
    "< 下个礼拜有个大单 美国客 要加人\n> 二线可以顶 三线要加",
    "> 主任 琴晚夜班有人喺车间食烟\n< 边个\n> 未知 我睇下监控\n< 抓到罚款",
    "< 月底盘点 你哋线点咗未\n> 点紧 今晚交",
    "> 打磨房个吸尘管爆咗\n< 即刻停 等机修",
    "< 今日几多人返工\n> 二线二十三个 两个请假",
    "< [图片]\n< 呢批货边个做嘅\n> 我查下\n> 系三线 已经返工",
    "> 胶水用完 要落单\n< 叫仓库攞",
    "< 听日八点开会\n> 收到",
    "> 油漆房风机又坏\n< 叫机修睇",
    "< 加班表发畀我\n> [文件:加班表.xlsx]",
    "> 今日出咗两个柜\n< 👍",
    "< 打磨房啲尘好大 叫佢哋戴口罩\n> 好 我讲",
    "> 三线少咗两个人 可唔可以借二线嘅\n< 得",
    "< 客户嚟睇货 执下车间\n> 收到",
    "> 板料到咗 但系唔够数\n< 几多\n> 差四十张\n< 我打电话问",
    "< 仓库话你哋领咗太多砂纸\n> 系正常用量\n< 好",
    "> 今晚加班名单\n> [图片]\n< ok",
    "< 下昼两点品质会\n> 收到",
]
FILL_YAN = [
    "< 胜哥你那件厂服落在品质部了\n> 哦 明天拿",
    "< 今天抽检 二线过了 三线没过 😂\n> 哈哈 强仔要被骂了",
    "> 燕妹 下午有没有时间帮我看下那批餐椅\n< 三点后可以",
    "< 你们广西人是不是都吃螺蛳粉\n> 柳州才吃 我们梧州吃龟苓膏",
    "< 我表妹想进厂 你们线要人不\n> 要 叫她明天来面试",
    "< 好困啊 昨晚追剧追到两点\n> 年轻人",
    "< 今天饭堂的鱼好腥\n> 我都没吃",
    "> 检验单我改了一下 你看看\n< 好 等下看",
    "< 胜哥 你们二线谁的手套丢在我们这里\n> 放门口 我叫人去拿",
    "@11-12\n< 胜哥 饭堂今天有啥\n> 土豆烧鸡\n< 又是土豆 😩",
    "< 你们线今天几点下班\n> 八点半\n< 好惨",
    "< [图片]\n< 这个色差大不大\n> 有点 返工吧",
    "< 胜哥 帮我跟主任说下 我明天上午请半天假\n> 好",
    "> 明天的检验单放我桌上\n< 好的",
    "< [表情]\n> 😂",
    "< 二线那个新来的好能吃\n> 哈哈 年轻",
    "< 金花姐又在骂人\n> 别管她 她就那样",
    "> 质检报告签了没\n< 签了 在办公室",
    "< 今天太热了 车间热死\n> 忍忍吧",
]
FILL_MING = [
    "< 你部手机换咗未\n> 未 仲用住 屏爆咗",
    "> 东莞今日落大雨 你嗰边点\n< 水浸咗条路 搭唔到车",
    "< 阿妈叫你返嚟带两罐凉茶\n> 知道",
    "< [图片]\n< 我新厂嘅宿舍\n> 几好 有空调",
    "> 听讲藤县今年荔枝好多\n< 系啊 阿妈话六月就熟",
    "@18-22\n< 阿哥 食咗饭未\n> 食咗 你呢\n< 加紧班",
    "> 东莞嗰边厂忙唔忙\n< 一般 订单少咗",
    "< [图片]\n< 阿妈寄嚟嘅腊肉\n> 好嘢",
    "< 你几时得闲返屋企\n> 睇下先",
    "> 阿妈身体点\n< 几好 日日去跳舞",
    "< [语音:6]\n> 收到",
    "< 琴日嗰场波睇唔睇\n> 冇睇 加班",
]
FILL_CHEN = [
    "< 听日停水 记得储水\n> 好 多谢陈伯",
    "< 楼下单车唔好乱放\n> 知道",
    "< 垃圾要分类放啊\n> 好",
    "< 阿胜 有你封信\n> 唔该 我收工攞",
    "< 天台啲衫系咪你嘅 落雨喇\n> 系 唔该陈伯帮我收",
]
FILL_BIAO = [
    "< 今晚开唔开\n> 睇下先",
    "< 今晚头奖过亿 买唔买\n> 冇钱",
]
FILL_GROUP = [
    "=hui| 二线今日出货 三线配合搬货\n=qiang| 收到",
    "@14-17\n=zhen| 今晚饭堂煲汤 冬瓜排骨\n=long| 又系冬瓜 😂",
    "=jinhua| 边个嘅电动车挡住门口\n=long| 我嘅 即刻移",
    "=hui| 厂门口装咗新监控 大家注意下\n> 收到",
    "=yan| 三线今日返工两张台 颜色唔对\n=qiang| 收到 我哋跟进",
    "=hui| 下个月开始打卡用人脸识别\n=jinhua| 我个样系咪认得出 😂",
    "=long| 边个有充电宝借我\n=zhen| 饭堂有",
    "=hui| 消防演习 下昼三点 全部人去空地集合\n> 二线收到",
    "=qiang| 今日打磨房好大尘 记得戴口罩\n=long| 收到组长",
    "@14-17.3\n=zhen| 明日早餐有肠粉\n=jinhua| 好嘢",
    "=hui| [图片]\n=hui| 上个月各线产量 二线第一 👍\n=qiang| 胜哥犀利",
    "> 二线嘅人下班前执好自己个位\n=long| 收到",
    "=jinhua| 宿舍热水器又冇热水\n=hui| 听日叫人修",
    "=hui| 明日早会改到七点四十五\n=qiang| 收到\n> 收到",
    "=zhen| 饭堂今日加汤\n=long| 👍",
    "=jinhua| 边个拎咗我个水杯\n=long| 唔系我",
    "=hui| [图片]\n=hui| 呢个位唔好堆货 消防检查\n> 收到",
    "=qiang| 三线今日出咗四十张台\n> 好 二线五十张",
    "=long| 今日好热啊\n=yan| 车间好似焗炉",
    "=hui| 听日有客户嚟 大家着厂服\n> 收到",
    "=yan| 今日品质抽检合格 👍\n=hui| 👍",
    "=jinhua| [表情]\n=zhen| [表情]",
    "=hui| 工衣已经到 下昼去仓库领\n=qiang| 收到",
    "> 二线今晚加班名单 饭堂记得留饭\n=zhen| 好",
    "=long| 有冇人知边度修电动车平\n=qiang| 仙塘路口嗰间",
    "=hui| 各组长下班前交日报\n> 收到",
    "=zhen| 中秋月饼登记咗未\n=jinhua| 而家先几月 😂",
]

# ----------------------------------------------------------------------------- the risky contact
YANG_TOPICS = [
    "赖清德这个台独分子五二零就要上台了，早该收拾他",
    "菲律宾天天在仁爱礁搞事，背后还不是美国佬撑腰",
    "日本又排核污水，小日本的良心被狗吃了",
    "美国佬一边卡我们的芯片一边还想我们买他的国债",
    "那些贪官一个比一个肥，抓一个出来就是几个亿",
    "开发商卷钱跑路了，买房的老百姓谁来管",
    "延迟退休就是想让我们干到死也领不到钱",
    "医保年年涨，交了也报不了几个钱",
    "我们村支书把低保名额全给了他亲戚",
    "俄乌打成这样，美国在后面卖军火发大财",
    "以色列在加沙炸医院，西方国家屁都不放一个",
    "台湾那帮政客天天喊独立，就是欠揍",
    "美国大选两个老头子，一个比一个糊涂",
    "欧洲跟着美国搞我们电动车的关税，过河拆桥",
    "说是反腐，大老虎都跑国外去了谁去抓",
    "农民工的社保换个地方就断，这是什么破政策",
    "物价涨成这样，我们工资十年不涨",
    "房价跌了一半，当初高位接盘的全成了房奴",
    "外国媒体天天抹黑新疆，他们去过吗",
    "西方那套民主就是有钱人的游戏",
    "城管打小贩的视频又上热搜了，当官的就会欺负老百姓",
    "我老家修路的钱被镇长贪了一半，路修了三个月就烂了",
    "那些砖家天天叫老百姓多消费，他们知道我们挣多少吗",
    "美国说我们产能过剩，他们自己造不出来还怪别人",
    "日本政客又去参拜靖国神社，这是要翻天了",
    "美国军舰又跑到台湾海峡耀武扬威",
]
YANG_OPEN = ["又看到新闻了，", "气死我了！", "你们看看，", "说句实话，", "我就不明白了，", "真是没天理，",
             "刷到个视频，", "", "大家评评理，", "恁都看看，", "中不中你们说，"]
YANG_CLOSE = ["", "！！", "，气人不？", "😡😡", "，这叫啥事！", "，老百姓就是韭菜。", "，转发让大家都看看！",
              "，我说的对不对？", "，迟早要出大事。", "，俺是看不下去了。", "！！！"]
YANG_LINKS = [
    ("震惊！菲律宾船只又在仁爱礁挑衅", "看看这帮人多嚣张"),
    ("赖清德就职演说全文，句句台独", "这种人还让他说话？"),
    ("日本第五轮核污水排海开始", "小日本没一个好东西"),
    ("某市原副市长受贿3.2亿被判死缓", "才死缓？该枪毙"),
    ("美国宣布对华电动车关税提高到100%", "美国佬就是流氓"),
    ("专家建议年轻人不要买房多租房", "放屁，砖家都该滚"),
    ("延迟退休方案征求意见", "干到七十岁吗？"),
]
GROUP_REACT = [
    "=jinhua| 老杨 又嚟",
    "=long| 🙄",
    "=yan| 老杨你好烦",
    "=zhen| 唔好发啦 主任睇到",
    "=qiang| 又系政治 睇到头痛",
    "=long| 老杨 饮杯茶先",
]


def risky_messages(rng: random.Random) -> list[str]:
    out, seen = [], set()
    topics = list(YANG_TOPICS)
    rng.shuffle(topics)
    i = 0
    while len(out) < 60:
        t = topics[i % len(topics)]
        i += 1
        s = rng.choice(YANG_OPEN) + t + rng.choice(YANG_CLOSE)
        if s not in seen:
            seen.add(s)
            out.append(s)
    for title, comment in YANG_LINKS:
        out.append(f"[链接:{title}|https://mp.weixin.qq.com/s/{rng.getrandbits(64):016x}] {comment}")
    rng.shuffle(out)
    return out


# ----------------------------------------------------------------------------- build chats
def build_chats():
    tl = Timeline(TZ, YEAR, seed=2501)
    for chat, when, script in EPISODES:
        partner = dict((c[0], c[3]) for c in CHATS)[chat]
        tl.episode(chat, when, fill(script), partner)
    rng = random.Random(2502)
    place_fillers(tl, "wife", FILL_WIFE, [d for d in DAYS if d not in TRIP], home_windows, "wife", rng, uses=1)
    place_fillers(tl, "hui", FILL_HUI, DAYS, work_windows, "hui", rng, uses=1)
    place_fillers(tl, "yan", FILL_YAN, DAYS, work_windows, "yan", rng, uses=1)
    place_fillers(tl, "ming", FILL_MING, DAYS, home_windows, "ming", rng, uses=1)
    place_fillers(tl, "chen", FILL_CHEN, DAYS, home_windows, "chen", rng, uses=1)
    place_fillers(tl, "biao", FILL_BIAO, DAYS, home_windows, "biao", rng, uses=2)
    place_fillers(tl, "group", FILL_GROUP, DAYS, work_windows, None, rng, uses=1)
    # 老杨's posts: any time he is awake, including late at night
    rr = random.Random(2503)
    for n, text in enumerate(risky_messages(rr)):
        day = rr.choice(DAYS[1:])
        hour = rr.choice([12.2, 12.6, 19.5, 20.8, 21.7, 22.4, 23.3, 0.6])
        when = dt.datetime.combine(day, dt.time(0), tzinfo=ZONE) + dt.timedelta(hours=hour, minutes=rr.randint(0, 25))
        script = f"=yang| {text}"
        if rr.random() < 0.35:
            script += "\n" + rr.choice(GROUP_REACT)
        tl.episode("group", when, script, None)
    return tl


# ----------------------------------------------------------------------------- payments
def build_payments():
    rng = random.Random(2510)
    wx, ali = [], []

    def t(day, hh, mm=None):
        mm = rng.randint(0, 59) if mm is None else mm
        return f"{day} {hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}"

    def wxrow(when, typ, party, item, d, amount, method="零钱", status="支付成功", note="/"):
        wx.append({"t": when, "type": typ, "party": party, "item": item, "dir": d, "amount": amount,
                   "method": method, "status": status, "note": note})

    # salary, paid by transfer from the factory's finance account
    for day, month in (("2024-03-10", 2), ("2024-04-10", 3), ("2024-05-10", 4)):
        wxrow(t(day, 18, 2), "转账", "栢岚家具-财务", f"转账备注:{month}月工资", "收入", 7860.00, "/", "已存入零钱")
    wxrow(t("2024-05-07", 15), "转账", "栢岚家具-财务", "转账备注:借支", "收入", 1000.00, "/", "已存入零钱")
    # family, rent, loans (match the chats)
    for day, hh, amt, memo in (("2024-03-10", 21, 3000.00, "家用"), ("2024-04-10", 21, 2500.00, "微信转账"),
                               ("2024-05-10", 21, 2800.00, "微信转账")):
        wxrow(t(day, hh, 6), "转账", "玲玲", f"转账备注:{memo}", "支出", amt, "零钱", "对方已收钱")
    for day, amt, memo in (("2024-03-11", 1336.00, "3月房租水电"), ("2024-04-10", 1298.00, "4月房租"),
                           ("2024-05-10", 1305.00, "5月房租")):
        wxrow(t(day, 21, 16 if day.endswith("10") else 31), "转账", "陈炳坤", f"转账备注:{memo}", "支出", amt, "零钱", "对方已收钱")
    wxrow(t("2024-03-07", 21, 23), "转账", "明仔", "转账备注:微信转账", "收入", 3000.00, "/", "已存入零钱")
    wxrow(t("2024-03-25", 21, 50), "转账", "明仔", "转账备注:畀阿妈", "支出", 500.00, "零钱", "对方已收钱")
    wxrow(t("2024-04-11", 20, 13), "转账", "海燕🌸", "转账备注:微信转账", "收入", 500.00, "/", "已存入零钱")
    wxrow(t("2024-05-21", 20, 31), "转账", "海燕🌸", "转账备注:还你嘅", "支出", 800.00, "零钱", "对方已收钱")
    # the bookmaker
    for day, hh, mm, amt in (("2024-03-05", 20, 41, 100.0), ("2024-03-09", 21, 11, 150.0), ("2024-03-21", 20, 49, 300.0),
                             ("2024-03-21", 20, 51, 200.0), ("2024-04-12", 21, 3, 200.0), ("2024-04-20", 20, 51, 200.0),
                             ("2024-05-03", 21, 1, 300.0), ("2024-05-25", 20, 53, 100.0), ("2024-03-30", 21, 5, 200.0),
                             ("2024-04-27", 20, 40, 150.0), ("2024-05-18", 21, 8, 100.0)):
        wxrow(t(day, hh, mm), "转账", "标", "转账备注:微信转账", "支出", amt, "零钱", "对方已收钱")
    wxrow(t("2024-04-12", 21, 50), "转账", "标", "转账备注:微信转账", "收入", 2350.00, "/", "已存入零钱")
    wxrow(t("2024-05-25", 21, 40), "转账", "标", "转账备注:微信转账", "收入", 4700.00, "/", "已存入零钱")
    wxrow(t("2024-04-15", 12, 40), "转账", "阿妈", "转账备注:微信转账", "支出", 1500.00, "零钱", "对方已收钱")
    # group red packets
    for day in ("2024-04-13", "2024-05-13", "2024-03-02"):
        wxrow(t(day, 21), "微信红包", "栢岚二车间生产群", "/", "收入", round(rng.uniform(1, 9), 2), "/", "已存入零钱")
    wxrow(t("2024-04-13", 21, 30), "微信红包（群红包）", "栢岚二车间生产群", "/", "支出", 88.00, "零钱", "支付成功")
    # everyday spending
    shops = [("仙塘士多", "香烟", 26.0, 28.0), ("美宜佳(龙江仙塘店)", "便利店消费", 6.5, 32.0),
             ("顺记大排档", "餐饮", 48.0, 168.0), ("龙江市场-梁记猪肉", "二维码收款", 18.0, 55.0),
             ("钱大妈(龙江店)", "生鲜", 12.0, 46.0), ("嘀嗒充电", "电动车充电", 2.0, 4.0),
             ("美团", "美团订单-外卖", 16.0, 38.0), ("龙江仙塘发廊", "二维码收款", 25.0, 25.0)]
    count = 0
    for d in DAYS:
        if d in TRIP:
            continue
        if rng.random() < 0.47:
            name, item, lo, hi = rng.choice(shops)
            day = d.isoformat()
            hh = rng.choice([12, 19, 20, 21]) if kind(d) == "work" else rng.choice([11, 15, 19])
            typ = "扫二维码付款" if item == "二维码收款" else "商户消费"
            item_txt = "收款方备注:二维码收款" if item == "二维码收款" else item
            wxrow(t(day, hh), typ, name, item_txt, "支出", round(rng.uniform(lo, hi), 1), "零钱", "支付成功")
            count += 1
    wxrow(t("2024-03-15", 12), "商户消费", "中国移动", "话费充值", "支出", 50.00, "零钱", "支付成功")
    wxrow(t("2024-04-16", 12), "商户消费", "中国移动", "话费充值", "支出", 50.00, "零钱", "支付成功")
    wxrow(t("2024-05-17", 12), "商户消费", "中国移动", "话费充值", "支出", 50.00, "零钱", "支付成功")
    wxrow(t("2024-04-04", 6, 50), "商户消费", "龙江汽车客运站", "汽车票 龙江-藤县", "支出", 98.00, "零钱", "支付成功")
    wxrow(t("2024-04-06", 12, 40), "商户消费", "藤县汽车总站", "汽车票 藤县-龙江", "支出", 98.00, "零钱", "支付成功")
    wxrow(t("2024-03-28", 14, 50), "商户消费", "佛山市顺德区龙江医院", "门诊缴费", "支出", 236.50, "零钱", "支付成功")

    # ---------------- Alipay
    def alirow(when, cat, party, item, d, amount, method, status="交易成功", acct="/", note="", morder=None):
        r = {"t": when, "cat": cat, "party": party, "acct": acct, "item": item, "dir": d, "amount": amount,
             "method": method, "status": status, "note": note}
        if morder is not None:
            r["morder"] = morder
        ali.append(r)

    for day, amt, month in (("2024-03-09", 1203.55, "02"), ("2024-04-09", 986.20, "03"), ("2024-05-09", 1120.80, "04")):
        alirow(t(day, 20), "信用借还", "花呗", f"花呗主动还款-2024年{month}月账单", "不计收支", amt, "余额宝", morder="")
    for day, amt in (("2024-03-18", 1650.00), ("2024-04-18", 1650.00), ("2024-05-18", 1650.00)):
        alirow(t(day, 21), "信用借还", "借呗", "借呗还款-本金及利息", "不计收支", amt, "招商银行储蓄卡(4812)", morder="")
    for day, amt in (("2024-03-26", 890.40), ("2024-04-26", 890.40), ("2024-05-27", 890.40)):
        alirow(t(day, 21), "信用借还", "分期乐", "分期乐账单还款", "支出", amt, "招商银行储蓄卡(4812)")
    alirow(t("2024-03-22", 20), "信用借还", "网商贷", "网商贷借款", "不计收支", 3000.00, "余额", morder="")
    alirow(t("2024-03-03", 10, 40), "服饰装扮", "童趣鞋业旗舰店", "女童运动鞋透气网面小白鞋 儿童波鞋", "支出", 69.00, "花呗")
    alirow(t("2024-05-18", 21, 30), "服饰装扮", "飞跃运动官方店", "男款帆布鞋 42码", "支出", 129.00, "花呗")
    alirow(t("2024-03-17", 13), "日用百货", "龙江镇惠民五金店", "电热水壶 1.8L", "支出", 39.90, "花呗")
    alirow(t("2024-04-20", 20), "日用百货", "拼多多平台商户", "洗衣液 3kg*2瓶", "支出", 35.80, "花呗")
    alirow(t("2024-05-02", 12, 40), "数码电器", "拼多多平台商户", "手机钢化膜 2片装", "支出", 9.90, "花呗")
    alirow(t("2024-03-27", 21), "转账红包", "陆美玲", "转账", "支出", 500.00, "余额", acct="188******90", morder="")
    alirow(t("2024-04-14", 11), "转账红包", "**标", "转账", "收入", 0.01, "余额", acct="159******86", morder="",
           note="测试")
    alirow(t("2024-04-13", 10, 30), "转账红包", "**标", "转账", "支出", 300.00, "余额", acct="159******86", morder="")
    alirow(t("2024-05-11", 20, 44), "转账红包", "覃德明", "转账到银行卡", "支出", 1000.00, "招商银行储蓄卡(4812)",
           acct="农业银行(1477)", morder="")
    alirow(t("2024-04-16", 12, 20), "充值缴费", "中国南方电网", "电费缴纳-佛山", "支出", 120.00, "余额")
    for d in DAYS[::9]:
        if d in TRIP:
            continue
        alirow(t(d.isoformat(), rng.choice([12, 20])), "餐饮美食", "饿了么", "外卖订单", "支出",
               round(rng.uniform(15, 36), 2), "花呗")
    alirow(t("2024-05-31", 23, 5), "信用借还", "花呗", "花呗逾期提醒-滞纳金", "不计收支", 12.06, "余额宝",
           status="交易成功", morder="")
    return wx, ali


# ----------------------------------------------------------------------------- location
def day_stays(d: dt.date, r: random.Random):
    """Stays for day d from the morning departure until the evening arrival home (the overnight
    home stay is glued on by the caller)."""
    def at(h, m=0):
        return dt.datetime.combine(d, dt.time(0), tzinfo=ZONE) + dt.timedelta(hours=h, minutes=m)
    k = kind(d)
    s = []
    if d == dt.date(2024, 4, 4):
        s.append(("busstation", at(6, 40 + r.randint(0, 8)), at(7, 2)))
        s.append(("tengxian", at(11, 20 + r.randint(0, 20)), None))
        return s
    if d == dt.date(2024, 4, 5):
        return [("tengxian", None, None)]
    if d == dt.date(2024, 4, 6):
        s.append(("tengxian", None, at(12, 20)))
        s.append(("busstation", at(17, 20 + r.randint(0, 15)), at(17, 45)))
        return s
    if k == "work":
        end_h = 20.5 if overtime(d) else 17.5
        s.append(("factory", at(7, 17 + r.randint(0, 8)), at(int(end_h), 30 if end_h % 1 else 32 + r.randint(0, 6))))
        if d == dt.date(2024, 3, 28):
            s = [("factory", s[0][1], at(14, 10)), ("hospital", at(14, 25), at(16, 20)), ("factory", at(16, 35), at(17, 33))]
        if d.weekday() == 5 and r.random() < 0.6:
            s.append(("store", at(21, 25 + r.randint(0, 20)), None))   # cards at the corner shop until bedtime
        elif r.random() < 0.12:
            s.append(("dapaidang", at(21, 0), at(22, 10)))
        return s
    # day off
    s.append(("market", at(10, 20 + r.randint(0, 30)), at(11, 40 + r.randint(0, 15))))
    if r.random() < 0.4:
        s.append(("dapaidang", at(18, 30), at(20, 40)))
    return s


def ll(p):
    return (p["lat"], p["lon"])


def build_track():
    r = random.Random(2520)
    stays = []   # [place, start, end]
    cur = ["home", dt.datetime(2024, 3, 1, 0, 0, tzinfo=ZONE), None]
    for d in DAYS:
        sl_start, sl_end = sleep_of(d)
        for place, st, en in day_stays(d, r):
            if st is None:       # continuing stay
                if cur[0] != place:
                    raise ValueError(d)
                if en is not None:
                    cur[2] = en
                continue
            if cur[0] == place:
                continue
            if cur[2] is None:
                cur[2] = st - dt.timedelta(minutes=max(6, int(haversine_m(ll(PLACES[cur[0]]), ll(PLACES[place])) / 220)))
            stays.append(cur)
            cur = [place, st, en]
        # go home for the night (unless away)
        if d not in (dt.date(2024, 4, 4), dt.date(2024, 4, 5)):
            if cur[0] == "store":
                cur[2] = sl_start - dt.timedelta(minutes=12)
            if cur[0] != "home":
                if cur[2] is None:
                    cur[2] = dt.datetime.combine(d, dt.time(22, 30), tzinfo=ZONE)
                stays.append(cur)
                travel = max(6, int(haversine_m(ll(PLACES[cur[0]]), ll(PLACES["home"])) / 220))
                if cur[0] == "busstation":
                    travel = 14
                cur = ["home", cur[2] + dt.timedelta(minutes=travel), None]
    cur[2] = dt.datetime(2024, 5, 31, 23, 59, tzinfo=ZONE)
    stays.append(cur)
    # fix the bus legs: the bus station stay on 4/4 ends at 07:02 and the next stay is 藤县
    segs = []
    bounds = [(st.timestamp() + r.uniform(0, 55), en.timestamp() + r.uniform(0, 55)) for _, st, en in stays]
    for i, (pk, st, en) in enumerate(stays):
        p = PLACES[pk]
        lat, lon = jitter(r, (p["lat"], p["lon"]), 20)
        segs.append({"kind": "visit", "place": p, "lat": lat, "lon": lon,
                     "start": bounds[i][0], "end": bounds[i][1]})
        if i + 1 < len(stays):
            nk = stays[i + 1][0]
            a, b = (p["lat"], p["lon"]), (PLACES[nk]["lat"], PLACES[nk]["lon"])
            dist = haversine_m(a, b)
            mode = "IN_BUS" if dist > 50000 else ("WALKING" if dist < 700 else "MOTORCYCLING")
            n = 6 if dist > 50000 else 2
            path = [jitter(r, (a[0] + (b[0] - a[0]) * j / (n + 1), a[1] + (b[1] - a[1]) * j / (n + 1)), 60)
                    for j in range(1, n + 1)]
            segs.append({"kind": "move", "from": a, "to": b, "mode": mode, "dist": dist * 1.25,
                         "start": bounds[i][1], "end": bounds[i + 1][0], "path": path})
    return segs


# ----------------------------------------------------------------------------- plants
def plants():
    P = []
    for v in ("陆美玲", "覃德胜", "覃俊杰", "覃德明", "陈炳坤", "梁永辉", "何志强", "罗海燕", "杨国庆", "黎平安"):
        P.append(Plant("PERSON", v))
    for v in ("杰仔", "怡妹", "阿玲", "辉哥", "强仔", "燕妹", "老杨", "金花姐", "标哥", "陈伯", "海燕", "阿珍", "珍珍",
              "志强", "杨叔"):
        P.append(Plant("PERSON", v, "text"))
    P.append(Plant("PERSON", "德明", "text", r"德明(?!_utf8)"))
    P.append(Plant("PERSON", "平安", "text", r"(?<![一路保报])平安(?![到无夜符喜])"))
    P += [Plant("PHONE_NUMBER", "13978241653"), Plant("PHONE_NUMBER", "188 7745 3290"),
          Plant("PHONE_NUMBER", "159 2071 4486"),
          Plant("EMAIL_ADDRESS", "qindesheng86@example.cn"),
          Plant("CN_ID_CARD", USER_ID), Plant("CN_ID_CARD", SON_ID),
          Plant("CN_BANK_CARD", T["MING_CARD"]), Plant("CN_BANK_CARD", T["USER_CARD"]),
          Plant("PHONE_NUMBER", "139 7824 1653"),
          Plant("LOCATION", "藤县藤州镇民主路58号"), Plant("LOCATION", "东兴路二巷7号302"),
          Plant("LOCATION", "中国广东省佛山市顺德区龙江镇东兴路二巷7号 邮政编码: 528318"),
          Plant("LOCATION", "广东省佛山市顺德区龙江镇东兴路二巷7号"),
          Plant("LOCATION", "中国广西壮族自治区梧州市藤县藤州镇民主路58号"),
          Plant("LICENSE_PLATE", "粤E·M5R28"),
          Plant("QQ_NUMBER", "2859301746"),
          Plant("WECHAT_ID", "qds_1986")]
    return P


# ----------------------------------------------------------------------------- build everything
def build():
    tl = build_chats()
    by = tl.by_chat()
    files = []
    titles = {}
    for key, remark, talker, partner in CHATS:
        msgs = by.get(key, [])
        rel = f"MemoTrace/data/聊天记录/{remark}/{remark}_utf8.csv"
        people = {partner: PEOPLE[partner]} if partner else PEOPLE
        files.append(F.memotrace_csv(rel, msgs, partner is None, ME, people, PLACES, ZONE, talker, 1000 + talker * 37))
        titles[key] = (remark, len(msgs))
    wx, ali = build_payments()
    files.append(F.wechatpay_csv("微信支付账单(20240301-20240531).csv", wx, "阿胜", "2024-03-01 00:00:00",
                                 "2024-05-31 23:59:59", "2024-06-01 09:14:37"))
    files.append(F.alipay_csv("alipay_record_20240601_092806.csv", ali, "覃德胜", "13978241653",
                              "2024-03-01 00:00:00", "2024-05-31 23:59:59", "2024-06-01 09:28:06"))
    segs = build_track()
    rng = random.Random(2530)
    months = {}
    for s in segs:
        d0 = dt.datetime.fromtimestamp(s["start"], ZONE)
        key = f"{d0.year}_{MONTHS[d0.month - 1]}"
        months.setdefault(key, []).append(s)
    for key in sorted(months):
        y = key[:4]
        files.append(F.semantic_month(f"Takeout/Location History (Timeline)/Semantic Location History/{y}/{key}.json",
                                      months[key], rng))
    return tl, by, files, titles, segs


def ground_truth(by, files, titles):
    one2one = [(titles[k][0], titles[k][1]) for k, *_ in CHATS if k != "group"]
    top = sorted(one2one, key=lambda x: -x[1])[:3]
    return {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": ("覃德胜, 38, production-line supervisor (二线拉长) at a furniture factory in 龙江镇, 顺德, 佛山; "
                        "from 藤县, 广西; wife and two children at home in 藤县. Mandarin + written Cantonese. "
                        "Gambles on illegal Mark Six (买码) through a bookmaker and at cards; in debt (花呗, 借呗, 分期乐, "
                        "网商贷, borrowing from brother and coworkers, 借支 from the factory)."),
        "timezone": TZ,
        "user": {"names": ["覃德胜", "阿胜", "胜哥"], "phones": ["13978241653"],
                 "emails": ["qindesheng86@example.cn"], "handles": ["qds_1986"]},
        "pii": collect_pii(files, plants()),
        "facts": {
            "home": {"lat": PLACES["home"]["lat"], "lon": PLACES["home"]["lon"], "radius_m": 300,
                     "address": "广东省佛山市顺德区龙江镇仙塘村东兴路二巷7号302", "city": "佛山"},
            "work": {"lat": PLACES["factory"]["lat"], "lon": PLACES["factory"]["lon"], "radius_m": 300,
                     "employer": "佛山市顺德区栢岚家具制造有限公司"},
            "sleep_window": {"start": "23:30", "end": "06:30", "tolerance_min": 60},
            "top_contacts": [{"name": n, "messages": c} for n, c in top],
            "relationships": [
                {"name": "老婆", "relationship": "partner", "full_name": "陆美玲"},
                {"name": "德明", "relationship": "brother", "full_name": "覃德明"},
                {"name": "陈伯(房东)", "relationship": "landlord", "full_name": "陈炳坤"},
                {"name": "梁永辉", "relationship": "colleague", "full_name": "梁永辉"},
                {"name": "燕妹", "relationship": "colleague", "full_name": "罗海燕"},
                {"name": "标哥", "relationship": "bookmaker", "full_name": ""},
            ],
            "religion": {"value": False}, "health": {"value": False}, "politics": {"value": False},
            "financial_stress": {"value": True}, "gambling": {"value": True}, "gaming": {"value": False},
            "salary": {"amount": "7860.00", "currency": "CNY", "payer": "栢岚家具-财务", "period": "monthly"},
            "risky_contact": {"name": "老杨叉车",
                              "why": "杨国庆 (group display 老杨叉车) posts 60+ distinct angry political messages and "
                                     "links (Taiwan, Philippines, Japan, US, corruption) in 栢岚二车间生产群"},
        },
    }
