"""Blind text corpora: PII-free lines (zh, en) and Chinese lines with labelled identifier spans."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from gen_common import cn_resident_id, luhn_complete, write_text

ZH_FREE_TEMPLATES = [
    "今晚王者荣耀{n}排有人吗",
    "打了一晚上王者荣耀 掉了两颗星",
    "今天好高兴啊 终于下班了",
    "楼下水果店的李子{p}一斤 好甜",
    "张开嘴 啊——医生说我扁桃体有点红",
    "刚剪了刘海 好丑救命",
    "陈皮泡水真的好喝",
    "黄瓜拍一拍加点醋 绝了",
    "周末一起去爬山吗",
    "马上到 等我{m}分钟",
    "马路对面新开了一家奶茶店",
    "钱包又瘪了 这个月只剩{p}",
    "白天太困了 晚上又睡不着",
    "方便的话帮我带杯咖啡",
    "何必呢 说开了就好",
    "别胡说八道了哈哈哈",
    "韩剧看到凌晨 眼睛肿了",
    "于是我就放弃了",
    "程序又崩了 改了{n}个小时",
    "许多事情都是想多了",
    "曾经的我也是个早睡的人",
    "苏打水加柠檬片 夏天必备",
    "丁香花开了 好香",
    "叶子都黄了 秋天到了",
    "余额不足 哭了",
    "戴眼镜吃火锅的痛谁懂",
    "夏天快点过去吧 热死了",
    "汪汪汪 楼上的狗又叫了",
    "任务终于做完了 撒花",
    "姜汤喝了暖和多了",
    "这个方案老板说再改改",
    "石榴好难剥",
    "熊猫好可爱 看了一下午视频",
    "金额对不上 又要重新算",
    "陆续有人到了 你快点",
    "孔雀开屏了 拍到了",
    "白菜价 冲",
    "毛衣起球了 好烦",
    "江湖规矩 输了请喝奶茶",
    "史上最难的考试 没有之一",
    "顾客就是上帝 呵呵",
    "龙虾{p}一斤 吃不起",
    "万一下雨呢 带把伞吧",
    "雷阵雨说来就来",
    "汤圆芝麻馅的最好吃 不接受反驳",
    "黎明前最黑暗 加油",
    "易拉罐别乱扔",
    "常常觉得自己是个废物 哈哈",
    "贺卡写好了 明天寄",
    "周一赖床失败",
    "文件发群里了 大家看一下",
    "满{p2}减{p3} 凑单凑了半天",
    "双十一买了{n}件 全是没用的",
    "这件衣服打完折才{p}",
    "奶茶第二杯半价 谁来",
    "外卖{p}还要配送费{p4} 太贵了",
    "今天跑了{k}公里 腿废了",
    "体重掉了{n}斤 开心",
    "考试考了{s}分 还行吧",
    "{d}那天有空吗",
    "{d}是我生日 提前说一下",
    "晚上{h}开会 别忘了",
    "{h}的电影 我买好票了",
    "电影院冷得要死 记得带外套",
    "新款手机{p}起 抢不到",
    "iPhone 15 Pro 256G 要不要换",
    "5G套餐每月{p4}块 流量根本用不完",
    "空调开到{t}度刚好",
    "室外{t}度 冻死了",
    "这周气温{t}到{t2}度",
    "充电{m}分钟 续航一整天",
    "版本更新到v{v}了 又多了个bug",
    "第{n}集太好哭了",
    "十二期免息 心动了",
    "这个月花呗要还{p}",
    "打折券还有{n}天过期",
    "京东618买的扫地机器人到了",
    "淘宝的快递怎么还没到",
    "美团外卖又超时了",
    "拼多多砍一刀 帮我点一下",
    "抖音刷到停不下来",
    "小红书上说这家店好吃",
    "微博热搜又是明星离婚",
    "B站那个up主更新了",
    "网易云的日推好懂我",
    "高铁上信号好差",
    "地铁上人挤人",
    "公交等了{m}分钟",
    "今天天气不错 适合晒被子",
    "下雨天和火锅更配",
    "吃了顿好的 心情变好了",
    "加班到{h} 回家只想躺着",
    "早上起不来 闹钟响了{n}次",
    "周五了 终于",
    "假期余额不足",
    "年终奖还没发 心慌",
    "房租又涨了{p}",
    "水电费一个月{p4}块",
    "猫主子今天又把杯子推下去了",
    "狗子拆家了 沙发完蛋",
    "绿植浇水浇死了",
    "学做蛋糕 失败了",
    "红烧肉炖了{n}个小时 软烂",
    "咖啡续命中",
    "今天不想上班 只想躺平",
    "这个梗我笑了{m}分钟",
    "哈哈哈哈哈哈哈笑死我了",
    "救命 太尴尬了",
    "无语子",
    "绝绝子",
    "破防了",
    "emo了",
    "yyds",
    "真的会谢",
    "栓Q",
    "我真的会哭",
    "这也太离谱了吧",
    "好家伙",
    "啊这",
    "懂的都懂",
    "蚌埠住了",
    "家人们谁懂啊",
    "你品 你细品",
    "又是元气满满的一天",
    "祝大家新年快乐 万事如意",
    "中秋快乐 月饼吃了吗",
    "端午安康",
    "国庆出去玩吗 到处都是人",
    "春节回家的票抢到了吗",
    "元宵节吃汤圆了没",
    "老板说下周{h}团建",
    "团建去爬山 我选择请假",
    "体检报告出来了 一切正常",
    "这家店人均{p} 性价比还行",
    "冰美式{p4}一杯 贵了",
    "买了{n}箱橙子 分你们点",
    "新歌听了吗 循环一整天",
    "老歌百听不厌",
    "国货运动鞋挺好穿的",
    "小米的充电宝很耐用",
    "华为新机发布会看了没",
    "格力空调坏了 找师傅修",
    "海底捞的服务真没话说",
    "肯德基疯狂星期四 V我{p4}",
    "麦当劳早餐好吃",
    "星巴克的新品一般般",
    "喜茶排队排了{m}分钟",
    "瑞幸{p4}一杯的券还有吗",
    "这部电影评分{sc} 值得看",
    "豆瓣{sc}分 冲",
    "今天的晚霞好美",
    "月亮好圆",
    "看到一只超大的橘猫",
    "那边风景很美 想去",
    "山顶日出绝了",
    "今天吃了黄焖鸡",
    "麻辣香锅配米饭",
    "螺蛳粉 臭但好吃",
    "高兴得睡不着",
    "开心就好 别想太多",
]


def zh_free(rng: random.Random, n: int) -> list[str]:
    def slot(m: re.Match[str]) -> str:
        k = m.group(1)
        return {
            "n": str(rng.randint(2, 9)),
            "p": rng.choice(
                [
                    "¥39.9",
                    "29块",
                    "88元",
                    "199",
                    "1288元",
                    "6.8元",
                    "¥2999",
                    "15块钱",
                    "3999元",
                    "459",
                ]
            ),
            "p2": rng.choice(["300", "200", "199", "500"]),
            "p3": rng.choice(["50", "30", "20", "100"]),
            "p4": rng.choice(["9.9", "15", "19", "25", "6", "30"]),
            "m": rng.choice(["5", "10", "15", "20", "半小时", "四十"]),
            "k": rng.choice(["5.2", "3", "10", "8.5", "21"]),
            "s": rng.choice(["586", "92", "78", "641", "135"]),
            "d": rng.choice(
                [
                    "周六",
                    "下周三",
                    "11月11日",
                    "3月15号",
                    "五一",
                    "十一",
                    "2月14号",
                    "月底",
                    "12月31日",
                ]
            ),
            "h": rng.choice(
                ["晚上8点半", "下午三点", "10:30", "早上九点", "七点一刻", "晚上十点", "21:00"]
            ),
            "t": rng.choice(["26", "18", "-3", "5", "35", "22"]),
            "t2": rng.choice(["12", "28", "8", "30"]),
            "v": rng.choice(["2.3.1", "10.4", "3.0.7", "8.1"]),
            "sc": rng.choice(["8.7", "9.1", "7.5", "6.2"]),
        }[k]

    seen: set[str] = set()
    out: list[str] = []
    tries = 0
    while len(out) < n and tries < 100000:
        tries += 1
        t = rng.choice(ZH_FREE_TEMPLATES)
        s = re.sub(r"\{(\w+)\}", slot, t)
        r = rng.random()
        if r < 0.15:
            s += rng.choice(["😂", "🤣", "[捂脸]", "～", "！", "。。。", "[旺柴]", "hhh", "🙃"])
        elif r < 0.25:
            s = rng.choice(["说真的 ", "对了 ", "哎 ", "话说 ", "笑死 ", "唉 "]) + s
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


EN_FREE_TEMPLATES = [
    "will you grab milk on the way home",
    "mark my words this team makes the playoffs",
    "the rose garden downtown is in full bloom",
    "bill me later lol",
    "they jacked up the price again",
    "grace period ends {d}",
    "hope you feel better soon",
    "what a joy that was",
    "sandy beach vibes all weekend",
    "april showers bring may flowers",
    "my amazon order says {d}",
    "apple watch died mid run",
    "may I remind everyone the potluck is {d}",
    "these jordans were {p} on sale",
    "the ford dealership wanted {p} for an oil change",
    "dinner was {p} with tip",
    "meeting moved to {h}",
    "see you at {h}",
    "final score {sc}, what a game",
    "ios {v} broke my wifi again",
    "chapter {n} was wild",
    "new 4k tv is unreal",
    "friday the 13th falls on a payday this time",
    "only {n} days till vacation",
    "ran {k} miles this morning",
    "lost {n} lbs since january",
    "got {s} on the exam!!",
    "rent went up {p}",
    "gas is {g} a gallon now",
    "it's {t} degrees out, why",
    "the high today is {t}",
    "coffee is {p2} now?? for a latte??",
    "two for one tacos on tuesdays",
    "buy one get one at the pizza place",
    "happy new year everyone",
    "merry christmas ya filthy animals",
    "happy thanksgiving, eat too much",
    "pumpkin spice season is back",
    "daylight savings ruined my sleep",
    "the game starts at {h}",
    "halftime show was mid",
    "overtime again??",
    "that's a {sc} blowout",
    "my fantasy team is cooked",
    "this game is killing me",
    "I'm dead 💀",
    "literally crying laughing",
    "sick play",
    "no cap that was insane",
    "lowkey tired",
    "highkey want pizza",
    "it is what it is",
    "vibes are immaculate",
    "touch grass they said",
    "the dog ate my charger cable",
    "cat knocked my coffee over",
    "the plant I bought is already dying",
    "made banana bread, 10/10",
    "burnt the toast again",
    "laundry day is the worst day",
    "dishwasher is broken, send help",
    "the wifi is so slow today",
    "my phone is at {n} percent",
    "battery life on this thing is a joke",
    "update took {m} minutes",
    "version {v} fixed the bug finally",
    "server's down, going for a walk",
    "traffic on the highway is backed up",
    "train is {m} minutes late",
    "parking was {p2} for two hours",
    "uber surge pricing is insane tonight",
    "flight got delayed {n} hours",
    "hotel breakfast was surprisingly good",
    "the museum was free on sunday",
    "concert tickets sold out in {m} minutes",
    "movie was a solid {sc2} out of 10",
    "season {n} finale tho",
    "book club picked a {n}00 page book, help",
    "gym was packed at {h}",
    "leg day tomorrow, pray for me",
    "protein shake tastes like chalk",
    "new year new me (for like {n} days)",
    "the sale ends {d}",
    "{p} off everything this weekend",
    "black friday deals are fake lol",
    "cyber monday got me again",
    "returned the sweater, too itchy",
    "bought a {p} air fryer, life changed",
    "grocery bill was {p} wtf",
    "eggs cost how much now",
    "the farmers market has great peaches",
    "picking apples this weekend",
    "got a flat tire on the way in",
    "it's snowing!!",
    "thunderstorm knocked the power out",
    "sunset was unreal tonight",
    "full moon tonight",
    "saw a huge raccoon lol",
    "the kids at the park were so loud",
    "office coffee machine is broken again",
    "printer jammed, classic",
    "all hands at {h}",
    "quarterly numbers look ok",
    "deadline moved to {d}",
    "working from home today",
    "zoom froze mid sentence",
    "you're on mute",
    "sorry, I was on mute",
    "can everyone see my screen",
    "let's circle back on that",
    "per my last email lol",
    "ok boomer",
    "it's giving main character",
    "slay",
    "rent free in my head",
    "that's so random",
    "I can't even",
    "bruh",
    "lmaooo stop",
    "omg no way",
    "yessss",
    "nope nope nope",
    "sounds good 👍",
    "on my way",
    "be there in {m}",
    "running {m} late sorry",
]


def en_free(rng: random.Random, n: int) -> list[str]:
    def slot(m: re.Match[str]) -> str:
        k = m.group(1)
        return {
            "n": str(rng.randint(2, 9)),
            "p": rng.choice(["$19.99", "$45", "$120", "$6.50", "$1,299", "$80", "$12", "$300"]),
            "p2": rng.choice(["$7", "$6.25", "$9", "$18"]),
            "g": rng.choice(["$3.49", "$3.89", "$4.15"]),
            "m": rng.choice(["5", "10", "15", "20", "45"]),
            "k": rng.choice(["3", "5.2", "6", "10"]),
            "s": rng.choice(["92", "87", "a B+", "100"]),
            "d": rng.choice(
                [
                    "friday",
                    "next tuesday",
                    "2/14",
                    "march 3rd",
                    "the 15th",
                    "end of the month",
                    "dec 31",
                ]
            ),
            "h": rng.choice(["3pm", "10:30", "7 tonight", "noon", "8:15", "half 6"]),
            "t": rng.choice(["12", "95", "-4", "38", "70"]),
            "v": rng.choice(["17.2", "2.1.4", "10.3", "5.0.1"]),
            "sc": rng.choice(["24-17", "3-1", "110-98", "42-7", "2-2"]),
            "sc2": rng.choice(["7", "8", "6.5", "9"]),
        }[k]

    seen: set[str] = set()
    out: list[str] = []
    tries = 0
    while len(out) < n and tries < 100000:
        tries += 1
        s = re.sub(r"\{(\w+)\}", slot, rng.choice(EN_FREE_TEMPLATES))
        r = rng.random()
        if r < 0.3:
            s = s[0].upper() + s[1:]
        if rng.random() < 0.15:
            s += rng.choice([" 😂", " lol", "!!", " 🙃", " haha", "..."])
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武欧阳诸葛上官司马"
SINGLE_SURNAMES = SURNAMES[: SURNAMES.index("欧")]
COMPOUND = ["欧阳", "诸葛", "上官", "司马"]
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文思婷雪梦琪子轩浩然宇欣怡嘉睿晨晓佳梓涵一诺雨桐俊熙博文"


def cn_name(rng: random.Random) -> str:
    s = rng.choice(COMPOUND) if rng.random() < 0.05 else rng.choice(SINGLE_SURNAMES)
    g = "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))
    return s + g


def cn_nick(rng: random.Random) -> str:
    c = rng.choice(GIVEN)
    k = rng.random()
    if k < 0.3:
        return "阿" + c
    if k < 0.55:
        return "小" + rng.choice(SINGLE_SURNAMES + GIVEN)
    if k < 0.75:
        return "老" + rng.choice(SINGLE_SURNAMES)
    return c + c


def cn_phone(rng: random.Random) -> str:
    p = rng.choice(
        ["138", "139", "150", "186", "137", "158", "188", "135", "177", "199"]
    ) + "".join(str(rng.randrange(10)) for _ in range(8))
    f = rng.random()
    if f < 0.5:
        return p
    if f < 0.7:
        return f"{p[:3]} {p[3:7]} {p[7:]}"
    if f < 0.85:
        return f"{p[:3]}-{p[3:7]}-{p[7:]}"
    return "+86 " + p


REGIONS = [
    ("330106", "浙江省杭州市西湖区"),
    ("420106", "湖北省武汉市武昌区"),
    ("610113", "陕西省西安市雁塔区"),
    ("320102", "江苏省南京市玄武区"),
    ("440305", "广东省深圳市南山区"),
    ("510104", "四川省成都市锦江区"),
    ("370202", "山东省青岛市市南区"),
    ("430104", "湖南省长沙市岳麓区"),
]
ROADS = [
    "解放路",
    "中山北路",
    "人民大道",
    "建设路",
    "文化路",
    "和平街",
    "学府路",
    "长江路",
    "友谊大街",
    "光明路",
    "新华路",
    "科技二路",
]
ESTATES = ["阳光花园", "锦绣家园", "金色华庭", "翠苑一区", "幸福里", "万科城", "滨江名苑", "", ""]


def cn_address(rng: random.Random) -> str:
    _, prefix = rng.choice(REGIONS)
    if rng.random() < 0.3:
        prefix = prefix[prefix.index("省") + 1 :]
    a = f"{prefix}{rng.choice(ROADS)}{rng.randint(1, 999)}号{rng.choice(ESTATES)}"
    if rng.random() < 0.8:
        a += f"{rng.randint(1, 30)}{rng.choice(['幢', '栋', '号楼'])}{rng.randint(1, 6)}单元{rng.randint(1, 32)}0{rng.randint(1, 4)}室"
    return a


def cn_id(rng: random.Random) -> str:
    region, _ = rng.choice(REGIONS)
    birth = f"{rng.randint(1960, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return cn_resident_id(region, birth, f"{rng.randrange(1000):03d}")


def wxid(rng: random.Random) -> str:
    if rng.random() < 0.5:
        chars = "abcdefghijklmnopqrstuvwxyz0123456789"
        return "wxid_" + "".join(rng.choice(chars) for _ in range(rng.choice([12, 14])))
    base = rng.choice(["sunny", "momo", "leo", "xiaoyu", "kk", "mumu", "tiantian", "yoyo", "ace"])
    return (
        base
        + rng.choice(["_", "-", ""])
        + str(rng.randint(1985, 2005))
        + rng.choice(["", "0612", "88"])
    )


def qq(rng: random.Random) -> str:
    return str(rng.randint(10**7, 4 * 10**9))


def cn_passport(rng: random.Random) -> str:
    return rng.choice(["E", "EA", "EB", "G"]) + "".join(
        str(rng.randrange(10)) for _ in range(8 if rng.random() < 0.6 else 7)
    )


ZH_LAB_TEMPLATES = [
    "我是{PERSON}，电话{PHONE_NUMBER}，有事打我",
    "快递寄到{LOCATION}，收件人{PERSON}",
    "{PERSON}的手机号是{PHONE_NUMBER}你存一下",
    "加我微信{WECHAT_ID}吧",
    "vx：{WECHAT_ID} 备注来意",
    "wx {WECHAT_ID}",
    "我QQ是{QQ_NUMBER}",
    "扣扣{QQ_NUMBER}，晚上在线",
    "身份证号{CN_RESIDENT_ID}，帮我填下表",
    "报名要身份证：{CN_RESIDENT_ID}",
    "{NICK}明天来不来吃饭",
    "叫上{NICK}和{NICK2}一起",
    "{NICK}说他{PHONE_NUMBER}换号了",
    "邮箱{EMAIL_ADDRESS}，简历发这里",
    "发我邮箱{EMAIL_ADDRESS}就行",
    "我家在{LOCATION}，到了给我打电话",
    "送到{LOCATION}门口",
    "地址：{LOCATION} 电话：{PHONE_NUMBER}",
    "寄到{LOCATION}给{PERSON}",
    "护照号{CN_PASSPORT}，签证材料里要填",
    "订机票要护照号 {CN_PASSPORT}",
    "卡号{CREDIT_CARD}，转账备注房租",
    "工资卡{CREDIT_CARD}你看对不对",
    "{PERSON}和{PERSON2}下周结婚，红包随多少",
    "今天见到{PERSON}了，瘦了好多",
    "链接发你了{URL}",
    "报名入口{URL}",
    "服务器地址{IP_ADDRESS}，密码私聊",
    "登录记录显示{IP_ADDRESS}不是我",
    "{NICK}啊，你妈让你回电话{PHONE_NUMBER}",
    "联系{PERSON}：{PHONE_NUMBER}（微信同号）",
    "微信号{WECHAT_ID}，手机{PHONE_NUMBER}",
    "我搬家了，新地址{LOCATION}，欢迎来玩",
    "{PERSON}老师好，我是三班的家长",
    "麻烦{PERSON}经理回个电话{PHONE_NUMBER}",
    "{NICK}{NICK2}周末去钓鱼",
    "刚才{PERSON}打电话说{LOCATION}那边停水了",
    "帮我查下{PERSON}的身份证{CN_RESIDENT_ID}是不是过期了",
]


def zh_labelled(rng: random.Random, n: int) -> list[dict[str, object]]:
    gens = {
        "PERSON": lambda: cn_name(rng),
        "PERSON2": lambda: cn_name(rng),
        "NICK": lambda: cn_nick(rng),
        "NICK2": lambda: cn_nick(rng),
        "PHONE_NUMBER": lambda: cn_phone(rng),
        "LOCATION": lambda: cn_address(rng),
        "WECHAT_ID": lambda: wxid(rng),
        "QQ_NUMBER": lambda: qq(rng),
        "CN_RESIDENT_ID": lambda: cn_id(rng),
        "EMAIL_ADDRESS": lambda: (
            rng.choice(["xiaomei", "chen.w", "lily_88", "hr", "zhangsan.work", "kk2020"])
            + "@"
            + rng.choice(["example.com", "example.org", "example.net"])
        ),
        "CN_PASSPORT": lambda: cn_passport(rng),
        "CREDIT_CARD": lambda: luhn_complete(
            "62" + "".join(str(rng.randrange(10)) for _ in range(rng.choice([14, 16])))
        ),
        "URL": lambda: (
            f"https://www.example.com/{rng.choice(['s', 'event', 'join'])}/{rng.randrange(10**5, 10**6)}"
        ),
        "IP_ADDRESS": lambda: (
            f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(1, 254)}"
        ),
    }
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    while len(out) < n:
        t = rng.choice(ZH_LAB_TEMPLATES)
        text = ""
        ents: list[dict[str, object]] = []
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", t):
            text += t[pos : m.start()]
            key = m.group(1)
            val = gens[key]()
            typ = "PERSON" if key.startswith(("PERSON", "NICK")) else key
            ents.append(
                {"type": typ, "start": len(text), "end": len(text) + len(val), "value": val}
            )
            text += val
            pos = m.end()
        text += t[pos:]
        if text in seen:
            continue
        seen.add(text)
        for e in ents:
            assert text[e["start"] : e["end"]] == e["value"]  # type: ignore[misc]
        out.append({"text": text, "entities": ents})
    return out


def build(here: Path) -> None:
    rng = random.Random(777)
    zh = zh_free(rng, 420)
    en = en_free(rng, 320)
    assert len(zh) >= 400 and len(en) >= 300, (len(zh), len(en))
    write_text(
        here / "zh_pii_free.jsonl",
        "".join(json.dumps({"text": s}, ensure_ascii=False) + "\n" for s in zh),
    )
    write_text(
        here / "en_pii_free.jsonl",
        "".join(json.dumps({"text": s}, ensure_ascii=False) + "\n" for s in en),
    )
    lab = zh_labelled(rng, 240)
    write_text(
        here / "zh_pii_labelled.jsonl",
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lab),
    )
