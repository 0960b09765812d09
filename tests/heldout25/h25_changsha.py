"""Persona cn_changsha_nurse: 彭诗琪, 29, ward nurse (心内科二病区) at a hospital in 长沙 on a
白-白-小夜-大夜-下夜-休 rotation; planning a wedding with 邓子豪.
Formats: wechat-dump text (one file per chat), Alipay bill CSV (GBK), WeChat Pay bill CSV,
Google Maps iOS location-history.json."""
from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

from h25_common import Plant, Timeline, cn_id, collect_pii, haversine_m, jitter, luhn_complete, place_fillers
import h25_formats as F

PID = "cn_changsha_nurse"
TZ = "Asia/Shanghai"
ZONE = ZoneInfo(TZ)
YEAR = 2024
START = dt.date(2024, 8, 19)
END = dt.date(2024, 11, 17)
DAYS = [START + dt.timedelta(days=i) for i in range((END - START).days + 1)]
ROTA = ["白", "白", "小", "大", "下", "休"]

USER_ID = cn_id("430302", "19950423", "124")
HAO_ID = cn_id("430121", "19930811", "433")
USER_CARD = luhn_complete("621799583200471930")     # 19 digits
XIE_CARD = luhn_complete("621661190035482")         # 16 digits


def grp(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return " ".join(out)


T = {"USER_ID": USER_ID, "HAO_ID": HAO_ID, "USER_CARD": grp(USER_CARD, (4, 4, 4, 4, 3)),
     "XIE_CARD": XIE_CARD}


def fill(s):
    for k, v in T.items():
        s = s.replace("«" + k + "»", v)
    return s


NAMES = {"hao": "豪豪", "ma": "老妈", "jing": "晶晶", "xie": "房东谢叔", "cai": "婚策小蔡", "ouyang": "12床家属欧阳",
         "long": "龙护士长", "yi": "易主任", "hu": "胡斌", "liu": "刘佳", "man": "曼曼", "tan": "小谭"}
WXIDS = {"hao": "wxid_d9z4h0a7o2h311", "ma": "wxid_g5l2a8n4m1a611", "jing": "wxid_z3j7i1n9g5j811",
         "xie": "wxid_x8g4h2u6a0x711", "cai": "wxid_c1w7e3n5c9a211", "ouyang": "wxid_o6y2l4i8o3u911",
         "long": "wxid_l2m8h6u4a0l511", "yi": "wxid_y7w3b1i5n9y411", "hu": "wxid_h4b0i8n2h6u311",
         "liu": "wxid_l5j9i3a7l1i811", "man": "wxid_m0m4a6n2m8a511", "tan": "wxid_t3t7a1n5t9a211",
         "me": "wxid_p4s8q2i6q0i411"}
CHATS = [("hao", "豪豪"), ("ma", "老妈"), ("jing", "晶晶"), ("xie", "房东谢叔"), ("cai", "婚策小蔡"),
         ("ouyang", "12床家属欧阳"), ("group", "心内二病区护理群")]
GROUP_ROOM = "25471190638@chatroom"

PLACES = {
    "home": {"lat": 28.141230, "lon": 113.020480, "place_id": "ChIJ4bRk0pq1_TURv2kQ8mX1c9Q", "semantic": "HOME",
             "poi": "枫溪苑", "label": "湖南省长沙市雨花区洞井路"},
    "hospital": {"lat": 28.196840, "lon": 112.985310, "place_id": "ChIJ2x9Qn8Wf_TURa6mL0pQz3rE", "semantic": "WORK",
                 "poi": "湘江中心医院", "label": "湖南省长沙市芙蓉区"},
    "mother": {"lat": 27.861520, "lon": 112.905740, "place_id": "ChIJa0mZ7rB3_TURu1nC5kVx8oE",
               "poi": "纺织厂宿舍", "label": "湖南省湘潭市雨湖区"},
    "xingsha": {"lat": 28.241870, "lon": 113.079960, "place_id": "ChIJv8nE2uQd_TURx4cP1jWk6yE",
                "poi": "东方名苑", "label": "湖南省长沙市长沙县星沙街道"},
    "hotel": {"lat": 28.187450, "lon": 112.925610, "place_id": "ChIJs3kT9mAa_TURc7bN2qLz0pE",
              "poi": "潇湘凯瑞酒店", "label": "湖南省长沙市岳麓区枫林三路"},
    "bridal": {"lat": 28.193320, "lon": 112.977140, "place_id": "ChIJk1pW6fHc_TURm0aV3xRt5uE",
               "poi": "蔓蒂婚纱摄影", "label": "湖南省长沙市芙蓉区五一大道"},
    "mall": {"lat": 28.195120, "lon": 112.976830, "place_id": "ChIJq7dR1eJc_TURp5sM8nYw2aE",
             "poi": "五一广场", "label": "湖南省长沙市芙蓉区"},
    "registry": {"lat": 28.137860, "lon": 113.030240, "place_id": "ChIJf2hY4oKb_TURe9tQ6vUx1wE",
                 "poi": "雨花区婚姻登记处", "label": "湖南省长沙市雨花区"},
}


def shift(d: dt.date) -> str:
    return ROTA[(d - START).days % 6]


def at(d, h, m=0):
    return dt.datetime.combine(d, dt.time(0), tzinfo=ZONE) + dt.timedelta(hours=h, minutes=m)


def sleeps():
    """All sleep intervals (night sleep and the post-night-shift day sleep)."""
    out = []
    for d in [START - dt.timedelta(days=1)] + DAYS:
        r = random.Random(f"{PID}-sleep-{d.isoformat()}")
        s = shift(d)
        nxt = shift(d + dt.timedelta(days=1))
        if s == "大":
            out.append((at(d, 14, r.randint(0, 20)), at(d, 17, r.randint(10, 40))))     # nap before the night
            continue                                                                     # awake all night
        if s == "下":
            out.append((at(d, 8, 45 + r.randint(0, 10)), at(d, 14, 20 + r.randint(0, 20))))
            start = at(d, 23, r.randint(0, 25))
        elif s == "小":
            start = at(d, 24, 25 + r.randint(0, 20))
        else:
            start = at(d, 23, 25 + r.randint(0, 30))
        if nxt == "白":
            end = at(d, 30, 35 + r.randint(0, 10))
        elif s == "小":
            end = at(d, 33, 10 + r.randint(0, 30))
        else:
            end = at(d, 31, 50 + r.randint(0, 60))
        out.append((start, end))
    return out


SLEEPS = sleeps()


def windows(d):
    s = shift(d)
    if s == "白":
        return [(6.9, 7.3), (12.05, 12.6), (16.5, 23.2)]
    if s == "小":
        return [(10.0, 15.3), (18.5, 18.9), (24.05, 24.35)]
    if s == "大":
        return [(9.8, 13.8), (17.8, 23.3), (26.0, 28.4)]
    if s == "下":
        return [(8.1, 8.5), (14.7, 22.8)]
    return [(9.6, 23.1)]


def day_windows(d):       # for people who should not get 3 a.m. messages
    return [w for w in windows(d) if w[1] <= 24.4]


# ----------------------------------------------------------------------------- scripted chats
EPISODES = [
    # ----------------------------------------------------------------- 豪豪
    ("hao", "08-19 17:05", """
> 下班咯 今天累死哒
< 辛苦宝宝 晚上恰么子
> 想恰口味虾
< 要得 我下班过来接你
> 好 七点 医院东门
"""),
    ("hao", "08-21 11:20", """
< 周六去看酒店 约了下午两点 你休息吧
> 周六休 要得
< 我妈说要选个大厅 三十桌
> 三十桌？你家亲戚好多咯
< 我爸那边就十几桌 哈哈
"""),
    ("hao", "08-23 02:48", """
> 好困啊 还有五个钟头
> 今晚收了两个病人 一个房颤一个心衰
> 脚都站肿哒
+250
< 刚醒 宝宝辛苦 下班回去好好睡
< 我中午给你点外卖
"""),
    ("hao", "08-24 19:30", """
> 今天那个酒店还可以 就是贵
< 一桌三千八 三十桌十一万多
> 定金两万 我支付宝付了
< 好 我等下转你一半
< [转账:10000.00|定金一半]
> [转账:10000.00|定金一半] 收款
> 邓子豪你好大方 😂
"""),
    ("hao", "08-27 13:40", """
> 昨天上班心慌得很 心跳一百二
< 怎么回事 是不是甲亢又厉害了
> 可能是 最近药吃得不规律 夜班一熬就忘
< 你自己是护士还不注意 赶紧去复查
> 嗯 下次休息去抽血
"""),
    ("hao", "08-29 03:12", """
> 夜班好安静 病人都睡了
> 我在偷偷抽卡 🤫
> 深空出新卡了 抽了十连冇出
+230
< 早上好 又在抽卡 少充点钱啊
"""),
    ("hao", "08-30 20:15", """
< 婚策那边怎么讲
> 小蔡说先出个方案 预算八万左右 包括布置 主持 跟拍
< 可以 你定
> 她要我们两个人的身份证号签合同 我发给她了
< 要得
"""),
    ("hao", "09-04 20:40", """
> 今天下夜睡到两点 头还是晕
< 莫太累了 要不要跟护士长讲少排点夜班
> 排班都是轮的 冇得办法
< 结婚后你考虑下换个科室 门诊不上夜班
> 再看咯
"""),
    ("hao", "09-11 12:30", """
> 复查结果出来了 T3 T4都高 TSH很低
< 医生怎么说
> 甲巯咪唑加到三粒 一个月后再查
> 医生还说甲功稳定之前莫备孕
< 那就先不急 身体重要
> 嗯嗯
"""),
    ("hao", "09-14 11:05", """
< 中秋去你家还是我家
> 中午去我妈那里 晚上去你家吃饭咯
< 要得 我去买月饼
> 我妈喜欢吃五仁的 😂
< 好老派
"""),
    ("hao", "09-20 10:30", """
> 领证的日子定了冇
< 我妈翻了黄历 说十月十一号好
> 十一号我正好休息
< 那就十一号 要带户口本和身份证
> 我户口本在湘潭 要回去拿
"""),
    ("hao", "09-22 16:10", """
< 今晚开黑不 王者
> 来 我打辅助
< 你每次都打瑶 😂
> 瑶最安全
+95
< 又输了 都怪打野
> 再来一把
"""),
    ("hao", "09-25 20:30", """
< 装修尾款我先转到你卡上 你卡号多少
> «USER_CARD» 建行的
< 转了三万 你明天帮我付给装修公司
> 要得
"""),
    ("hao", "09-29 21:20", """
> [图片]
> [图片]
> 婚纱照样片 你觉得哪套好
< 第二套 你穿红的好看
> 那就第二套 十月十七号拍
"""),
    ("hao", "10-04 03:05", """
> 国庆还在上夜班的人 哭哭
> 科里今晚收了四个
+260
< 宝宝辛苦 明天去接你
"""),
    ("hao", "10-11 12:45", """
> 我们是合法夫妻了 😭😭
< 老婆 🥰
> [图片]
< 结婚证照片拍得好丑 哈哈
> 你才丑
"""),
    ("hao", "10-17 22:10", """
> 拍了一天 脸都笑僵了
< 摄影师说下个月出片
> 化妆师说我瘦了好多 下巴都尖了
< 甲亢瘦的 你要多吃点
"""),
    ("hao", "10-23 20:05", """
< 蜜月机票我看了 普吉岛 二月八号出发
> 要得 需要护照号吧
< 要 还有身份证 我在携程上填
> 彭诗琪 «USER_ID»¶护照 EH4827163
< 我的 邓子豪 «HAO_ID» 护照 EJ0391827 你核对下
> 对的
"""),
    ("hao", "10-25 19:30", """
< 我爸昨天打牌又输了八百 被我妈骂惨了
> 哈哈 你爸那个麻将瘾
< 打了几十年了 改不掉
> 我们家那边也是 过年都打
"""),
    ("hao", "11-03 02:55", """
> 今晚好冷 病房空调坏了
> 深空今天又出限定 我忍住冇抽
+240
< 奇迹 😂
"""),
    ("hao", "11-04 20:15", """
> 喜糖盒子寄到星沙那边还是我这边
< 寄星沙 东方名苑3栋1102 我在那边盯装修
> 要得 收件人写你 电话写你的
"""),
    ("hao", "11-06 18:40", """
< 你车停哪了 我去开 湘A·6K2Q9对吧
> 是我的车 你找不到就问保安
< 找到了
"""),
    ("hao", "11-10 21:30", """
> 这个月恋与深空又充了六百多 😅
< 你这个月都第三次了
> 最后一次 真的
< 上个月也是这么讲
> 下个月少充点 结婚要用钱
"""),
    ("hao", "11-15 03:20", """
> 还有四个钟下班 想你
+220
< 醒了 我也想你 等下来接你
"""),
    ("hao", "11-16 19:10", """
> 今天试妆 化妆师说要提前一个月开始控糖控盐
< 你不用控 你都瘦了
> 心慌好多了 药有效果
< 那就好 下个月复查我陪你
"""),
    # ----------------------------------------------------------------- 老妈
    ("ma", "08-20 19:30", """
< 恰饭冒
> 恰哒 今天白班
< 你那个甲亢的药还在吃冒
> 在吃 妈你莫操心
< 你是护士 别人的病你管得好 自己的莫管
"""),
    ("ma", "08-24 21:10", """
> 妈 今天跟子豪去看了酒店 潇湘凯瑞 定了三十桌
< 那么多
> 他家亲戚多
< 我们家这边也有十几桌 你桂生舅舅那边就要三桌
> 要得 到时候再算
"""),
    ("ma", "09-03 11:15", """
< 我下个礼拜去南岳烧香 给你们求个平安
> 妈 莫去那么远 人多
< 要去的 结婚大事 菩萨保佑
> 那你跟姨妈一起去
"""),
    ("ma", "09-05 09:50", """
> 我等下坐城铁回来 十一点到
< 好 我炖了排骨汤
"""),
    ("ma", "09-12 20:20", """
< 南岳回来了 求了个符 给你寄过去
> 寄到我租的地方 雨花区洞井路枫溪苑7栋1603
< 好 还有给子豪妈妈的一份
"""),
    ("ma", "09-17 10:05", """
> 妈 中午我们到 子豪开车
< 好 我多做几个菜
> 莫搞太多 就我们四个人
"""),
    ("ma", "08-31 19:15", """
< 你刘阿姨想加你微信 问下她老公住院的事 你微信号是么子
> qiqi_0423 让她搜这个
< 好
"""),
    ("ma", "09-25 20:40", """
< 你舅舅说要去长沙看你 住你那里冒
> 我那里小 只有一个房间
< 那让他住宾馆
"""),
    ("ma", "10-04 19:50", """
> 妈 户口本我下次回来拿
< 我给你快递过来 寄到哪里
> 还是寄枫溪苑那里
"""),
    ("ma", "10-11 13:00", """
> 妈 领证了
> [图片]
< 好好好 以后就是大人了 两个人要互相让着
> 嗯 晓得
"""),
    ("ma", "10-29 20:00", """
< 你舅妈问结婚那天要不要她帮忙
> 要的 接亲那天要人
< 喜糖多买点 我们这边人多 寄给我二十盒
> 寄到湘潭 雨湖区韶山西路27号纺织厂宿舍4栋302 对吧
< 对的
"""),
    ("ma", "11-09 19:40", """
< 你最近瘦了好多 上次看你脸都尖了
> 甲亢就是这样 药加量了 慢慢会好
< 多吃点 莫节食
"""),
    ("ma", "11-16 21:20", """
< 婚纱照出来了冇 给我看看
> 下个礼拜出片 出了发给你
"""),
    # ----------------------------------------------------------------- 晶晶
    ("jing", "08-19 12:20", """
< 琪琪 中午恰么子
> 食堂 你来不
< 来 等我交完班
"""),
    ("jing", "08-26 21:15", """
< 明天你小夜 我大夜 交班的时候记得把7床的出入量算好
> 要得 7床今天尿量少 我跟易主任讲过了
"""),
    ("jing", "08-29 02:20", """
> 你在冒 好困
< 在 刚给12床换了药
> 我抽卡又冇出 心疼
< 你又充了多少
> 三百 😭
"""),
    ("jing", "09-06 20:35", """
< 跟你讲个事 我老公借了网贷 五万 我今天才晓得
> 啊？借来搞么子
< 说是投资 我看是被骗了
> 那怎么办
< 催收电话都打到我科室来了 丢死人
> 你先莫急 去跟他好好讲
"""),
    ("jing", "09-08 11:30", """
< 能不能借我两千 下个月发工资还你
> 可以 我转给你
> [转账:2000.00|]
< [转账:2000.00|] 收款
< 谢谢琪琪 你最好了
"""),
    ("jing", "09-16 20:05", """
< 胡斌又在群里发那些 护士长都不想管了
> 莫理他 屏蔽了
< 哈哈我也屏蔽了
"""),
    ("jing", "09-26 12:30", """
< 龙姐说下个月有质控检查 病历要重新整理
> 又要加班
< 易主任说要把出院小结都补齐
"""),
    ("jing", "10-12 12:15", """
< 领证快乐！！！
> 嘿嘿 谢谢
< 什么时候发喜糖
> 明年一月办酒 你要来做伴娘
< 必须的
"""),
    ("jing", "10-16 03:10", """
> 今晚大夜又是我一个人
< 我在家 睡不着 陪你聊会
> 你老公的事怎么样了
< 他把钱还了一半 剩下的我妈帮忙
"""),
    ("jing", "10-30 19:45", """
< 下个月还你的钱
> 不急 你先顾好自己
< [转账:2000.00|还你]
> [转账:2000.00|还你] 收款
"""),
    ("jing", "11-07 13:20", """
< 你最近心慌好点冇
> 好多了 药加量有效果
< 你要注意 甲亢的人不能太累
> 晓得咯 我自己就是护士
"""),
    # ----------------------------------------------------------------- 房东谢叔
    ("xie", "08-20 20:10", """
< 小彭 下个季度房租要交了 三个月六千三
> 要得谢叔 我月中发工资转给你
< 还是打我那张卡 «XIE_CARD» 户名谢国华
> 好的
"""),
    ("xie", "09-15 11:20", """
> 谢叔 房租转过去了 六千三 您查一下
< 收到了
"""),
    ("xie", "10-07 19:30", """
< 小彭 听说你要结婚了 房子还租不
> 租到明年二月 新房装修好就搬
< 要得 到时候提前一个月讲
"""),
    ("xie", "10-28 20:50", """
> 谢叔 卫生间水龙头坏了 一直滴水
< 我明天叫师傅来 你几点在家
> 明天休息 全天在家
< 要得
"""),
    ("xie", "11-12 19:20", """
< 小彭 这个月电费好高 是不是空调一直开着
> 晚上值班回来白天要睡觉 开空调
< 哦 那冇得事
"""),
    # ----------------------------------------------------------------- 婚策小蔡
    ("cai", "08-30 15:30", """
< 彭小姐您好 我是婚礼策划小蔡 今天谢谢你们过来
> 你好 方案什么时候能出
< 这周内 合同需要新郎新娘的身份证号 还有您的邮箱 发电子合同
> 我邮箱 pengshiqi0423@example.cn
> 身份证 «USER_ID»
< 好的 新郎的也要
> 我让他直接发你
"""),
    ("cai", "09-03 10:20", """
< 方案文件比较大 微信传不了 您有QQ吗
> 有 1369025847
< 好的 加您了
"""),
    ("cai", "09-09 10:40", """
< 彭小姐 方案您看了吗 主题是森系 主色调香槟色
> 看了 还可以 就是鲜花能不能换成白色绣球
< 可以 我调整一下
"""),
    ("cai", "09-19 17:40", """
< 定金五千 转我微信就可以 
> [转账:5000.00|婚礼策划定金]
< [转账:5000.00|婚礼策划定金] 收款
< 收到 谢谢 合同已经发到您邮箱
"""),
    ("cai", "10-05 11:00", """
< 婚宴场地确认一下 潇湘凯瑞酒店二楼宴会厅 长沙市岳麓区枫林三路1188号 对吧
< [位置:hotel]
> 对的
< 好 我跟酒店对接布置时间
"""),
    ("cai", "10-24 19:50", """
< 彭小姐 主持人有三个可以选 我发视频给您
< [视频]
< [视频]
> 第二个好 声音好听
< 好的
"""),
    ("cai", "11-11 20:30", """
< 婚礼当天流程表出来了 有事随时联系我 
< 蔡雯 婚礼策划师 电话 177 7312 4065
> 好的 辛苦小蔡
"""),
    # ----------------------------------------------------------------- 12床家属欧阳
    ("ouyang", "09-19 10:30", """
> [系统]你已添加了12床家属欧阳，现在可以开始聊天了。
< 彭护士 我是12床刘娭毑的女儿欧阳丽 我晚上要上班 有么子事麻烦你打我电话 139 7318 2650
> 好的 我记下了 出院以后有问题也可以打我手机 158 7412 6309 上班时间可能接不到
"""),
    ("ouyang", "09-20 12:15", """
< 我妈今天血压怎么样
> 早上量的一百四十五/九十 比昨天好些了
< 谢谢 她晚上睡得着冇
> 昨晚睡得还可以
"""),
    ("ouyang", "09-24 19:50", """
< 医生说明天可以出院了 出院以后药要怎么吃
> 出院小结上面都写了 氨氯地平一天一粒 早上吃
> 一个礼拜后来门诊复查
< 好的 太感谢你了 菩萨保佑 你们护士好辛苦
"""),
    ("ouyang", "10-02 11:20", """
< 彭护士 我妈这两天脚有点肿 要紧冇
> 可能是降压药的副作用 你带她来门诊看下
< 好的 谢谢
"""),
    ("ouyang", "10-10 16:30", """
< [图片]
< 门诊医生换了药 肿消了 谢谢你彭护士
> 不客气 让娭毑注意少吃盐
"""),
    # ----------------------------------------------------------------- group
    ("group", "08-19 07:35", """
=long| 本周排班表 大家看一下
=long| [图片]
=liu| 收到
> 收到
=man| 收到
"""),
    ("group", "08-23 07:40", """
> 大夜交班：今晚新收两个 3床房颤 18床心衰 出入量已记 请白班关注18床血钾
=liu| 收到
=long| 辛苦
"""),
    ("group", "08-26 16:40", """
=yi| 明天上午九点科室会 护士长安排两个人参加
=long| 琪琪和晶晶去
> 收到
=jing| 收到
"""),
    ("group", "09-02 17:10", """
=long| 提醒一下 手卫生督查这个月要来 大家注意洗手时机
=tan| 收到
> 收到
"""),
    ("group", "09-10 07:45", """
> 大夜交班 2床凌晨胸痛 心电图已做 易主任看过 已加药 白班注意复查肌钙蛋白
=yi| 收到 我八点半查房
"""),
    ("group", "09-13 16:10", """
=long| 中秋节值班表 
=long| [图片]
=man| 中秋我大夜 😭
=liu| 抱抱
> 我中秋休息 运气好
"""),
    ("group", "09-21 22:30", """
=man| 琪琪 12床欧阳家属找你 说你电话打不通
> 我在路上 马上到科室 让她等一下
"""),
    ("group", "10-01 08:05", """
=long| 国庆快乐 辛苦大家 国庆期间排班不变
=yi| 大家辛苦了
=jing| 🇨🇳
> 收到
"""),
    ("group", "10-11 14:30", """
=jing| 我们琪琪今天领证了！！！
=liu| 恭喜恭喜 🎉
=man| 喜糖喜糖
=long| 恭喜小彭
> 谢谢大家 喜糖少不了 😊
"""),
    ("group", "10-19 12:20", """
=long| 质控检查下周二 病历 护理记录 交接班本都要检查
=tan| 收到
> 收到
"""),
    ("group", "10-28 07:30", """
> 大夜交班 科室今晚平稳 5床夜间血氧偏低 已给氧 请白班继续观察
=liu| 收到
"""),
    ("group", "11-05 16:50", """
=long| 年底考核通知 下个月理论考试 大家抽空复习
=man| 又要考 😩
> 收到
"""),
    ("group", "11-15 07:40", """
> 交班：今晚收1个 22床急性心梗术后 生命体征平稳
=long| 辛苦琪琪
"""),
]

FILL_HAO = [
    "@18-22.5\n< 今天装修师傅把吊顶做完了\n< [图片]\n> 好看 灯的位置对的",
    "> 你妈送的那个玉镯子我好喜欢\n< 她讲传家的 你莫搞丢了 😂",
    "< 伴郎定了 我表哥和阿杰\n> 要得 伴娘晶晶和我表妹",
    "@10-22\n> 我想养只猫 结婚以后\n< 你上夜班谁喂\n> 你喂 😏",
    "< 周日去宜家不 看窗帘\n> 要看排班 我截图给你\n> [图片]",
    "> 科室今天又来了个投诉的 烦\n< 抱抱 莫往心里去",
    "@19-23\n< 在干嘛\n> 躺着刷手机 好累",
    "< 我妈问你喜欢吃么子 她下周做\n> 剁椒鱼头 嘿嘿",
    "> 今天体重又掉了一斤\n< 你要多吃点 婚纱都要改小了",
    "< 你下周哪天休息\n> 周四 要干嘛\n< 去看婚戒",
    "@9.7-13\n< 下夜班了冇\n> 刚到家 洗个澡就睡",
    "> [链接:婚礼上最催泪的环节|https://mp.weixin.qq.com/s/4f1c0a9b2e7d3c58]\n< 莫搞太煽情 我会哭",
    "@15.8-16.4\n< 下班冇\n> 还有半个钟\n< 我在楼下等你",
    "> 今天好累\n< 抱抱\n> 🥺",
    "@12-13.5\n< 恰饭冒\n> 恰哒 食堂的辣椒炒肉",
    "@17.5-21\n> [图片]\n> 今天的晚饭\n< 好香 我也想恰",
    "< 装修师傅说瓷砖下周到\n> 要得 颜色选的那个灰色吧\n< 对",
    "@22-23.3\n> 晚安\n< 晚安 宝宝",
    "< [语音:9]\n> 在上班 听不了 打字\n< 冇事 问你明天几点下班",
    "@17-22\n> 今晚想恰茶颜悦色\n< 给你点了 十五分钟到",
    "< 周末我妈叫你去恰饭\n> 要看排班 周六我白班",
    "> [表情]\n< [表情]",
    "@16.5-24\n< 空调给你开好了 回来直接睡\n> 好 爱你",
    "> 病房今天来了个好凶的家属\n< 莫跟他计较\n> 气死我哒",
    "< 新房的沙发选这个还是那个\n< [图片]\n< [图片]\n> 第一个 布艺的舒服",
    "> 你下班开车慢点\n< 好",
    "< 明天降温 记得穿外套\n> 晓得",
    "> 今天又抽了一次血 手都成筛子了\n< 心疼",
    "< 我妈问婚礼那天的伴手礼定了冇\n> 定了 小蔡在弄",
    "@16.6-23.5\n> 我到家了\n< 好 早点睡",
    "< 看电影不 周四\n> 周四我大夜 白天要补觉\n< 那周五",
    "> 刚刚护士长表扬我了 😎\n< 厉害",
    "< [视频]\n< 我们家狗狗\n> 好可爱",
    "> 下雨了 你带伞冇\n< 车上有",
    "< 戒指尺寸量了冇\n> 十二号\n< 好 周末去拿",
    "> [语音:6]\n< 收到 我马上到",
]
FILL_MA = [
    "< 你大姨问结婚请不请她家小孩当花童\n> 可以啊",
    "> 妈 我这个月夜班多 周末不回来了\n< 好 注意身体",
    "< 买的腊肉寄过来了 收到冒\n> 收到了 还冇拆",
    "< 你爸说婚宴的酒他来买 湘潭的酒厂有熟人\n> 要得 跟子豪讲一声",
    "@19-22.5\n< 睡了冒\n> 还冇 刚下班",
    "> 妈 你上次讲的那个中药我帮你问了医生 可以吃\n< 好",
    "@11.5-20\n< 恰饭冒\n> 恰哒",
    "< 天气冷了 多穿点\n> 晓得",
    "< [语音:15]\n> 妈 你打字咯 我在上班",
    "< [图片]\n< 你爸钓的鱼\n> 好大一条",
    "> 妈 你血压还好吧\n< 好的 每天都量",
    "< 你那个药要按时吃\n> 吃了",
    "< 夜班莫熬太晚\n> 夜班就是要熬的 妈",
    "> 这周休息回来恰饭\n< 好 做你爱恰的剁椒鱼头",
    "< 你爸问婚车定了冇\n> 子豪在定",
    "< [视频]\n< 你表弟结婚的视频\n> 好热闹",
    "> 妈 我给你买了件外套 明天到\n< 莫乱花钱",
    "< 你舅舅明天来长沙办事\n> 我白班 晚上可以一起恰饭",
]
FILL_JING = [
    "< 你的婚纱选好了冇\n> 选了两套 还在纠结",
    "> 下个月考核你复习了冇\n< 翻都冇翻 😂",
    "< 今天那个规培的把针扎歪了 病人骂了半天\n> 哈哈 谁冇扎歪过",
    "> 换班表你交了冇\n< 交了",
    "< 我老公今天又被催收打电话\n> 还冇还完啊\n< 差一点点了",
    "@19-23\n< 出来恰宵夜不\n> 不了 明天白班",
    "< 今天几床最难搞\n> 9床 家属一天按二十次铃",
    "@15-17\n< 下班去吃烧烤不\n> 今天不行 要去看婚纱",
    "> 明天帮我换个班可以不 我要去试礼服\n< 可以 你下次还我",
    "< [表情]\n> 😂",
    "> 新来的规培生好可爱\n< 哈哈 哪个",
    "< 你休息去哪里玩\n> 睡觉 哈哈",
    "< 护士长又在催护理记录\n> 我写完了",
    "> 我好想辞职 😭\n< 莫冲动 辞了去哪里\n> 讲一讲而已",
    "@11-12.6\n< 今天食堂有粉蒸肉\n> 冲",
    "> 晶晶 你那个护手霜哪里买的\n< 淘宝 我发链接给你",
]
FILL_XIE = [
    "< 明天小区停水\n> 晓得了 谢谢谢叔",
    "< 物业费交了冇\n> 交了",
]
FILL_CAI = [
    "< 彭小姐 喜糖盒样品到了 您什么时候方便来看\n> 下周二下午",
    "< 请柬的字体选好了吗\n> 第三种",
    "< 伴手礼选了三款 发您看看\n< [图片]\n> 第一款",
]
FILL_GROUP = [
    "=tan| 护士站的体温计谁拿走了\n=man| 在治疗室",
    "=long| 明天护理部来检查 床头卡都核对一遍\n> 收到\n=liu| 收到",
    "=yi| 7床家属要求转院 下午办手续\n=long| 收到",
    "=man| 下雨了 谁的伞落在更衣室\n=tan| 我的 谢谢",
    "=long| 科室聚餐下周五 不上班的都来\n=jing| 好耶\n> 我小夜 去不了 😭",
    "=liu| 今天的抢救车核对了冇\n> 核对了 签字了",
    "=yi| 明天门诊我坐诊 病房有事打电话\n=long| 收到",
    "=tan| [图片]\n=tan| 这个输液泵报错是么子意思\n> 管路有气泡 重新排气",
    "=long| 提醒 下周开始新的交接班本\n=man| 收到",
    "=jing| 谁明天能跟我换个班 家里有事\n=tan| 我可以",
    "=long| 今天下午三点业务学习 不上班的可以线上听\n=liu| 收到\n> 收到",
    "=man| 谁有多的工作服 借我一件\n=tan| 我有 在更衣室",
    "=yi| 明天有台介入手术 术前准备提前做好\n=long| 收到",
    "=liu| 护士站的打印机又卡纸了\n=tan| 我来弄",
    "=long| 提醒 科室冰箱的东西及时清理\n> 收到",
    "=man| [图片]\n=man| 家属送的锦旗 🎉\n=long| 大家辛苦了",
    "=tan| 今晚谁大夜 我带了水果放护士站\n> 我 谢谢",
    "=long| 医院通知 流感疫苗可以去职工保健科打\n=liu| 收到",
    "=jing| 有人点奶茶冇 拼单\n=man| 我要一杯\n> 我也要",
    "=yi| 4床明天出院 出院带药今天开好\n> 收到",
    "=long| 排班有调整 看下面\n=long| [图片]\n=tan| 收到",
    "=liu| 病房空调坏了 报修了冇\n=long| 报了 明天来修",
]

HU_TOPICS = [
    "医疗反腐搞了一年，抓的都是小医生，真正的大老虎一个冇动",
    "集采把药价压下去了，进口药全冇得了，病人只能用国产的",
    "DRG控费控到病人住三天就要赶出院，这是人干的事？",
    "延迟退休方案出来了，护士要干到五十五，夜班熬到死",
    "美国大选又要乱搞了，两个老头子抢位子",
    "美国佬天天打压我们的芯片，自己搞不赢就耍流氓",
    "日本又在排核污水，海里的东西都莫吃了",
    "台湾那边天天喊独立，早点收回来算了",
    "医保基金被那些民营医院骗光了，查到了就罚点钱",
    "公务员年年涨工资，我们护士绩效年年降",
    "房价跌成这样，当初高位买房的全套牢了，救市救了个寂寞",
    "以色列天天炸加沙，美国还在给它送武器",
    "俄乌打了快三年，欧洲跟着美国当冤大头",
    "那个局长贪了几个亿，判个无期就完了？",
    "年轻人不结婚不生孩子，专家还要怪年轻人",
    "菲律宾在南海挑衅，就是美国在后面撑腰",
    "社保交了二十年，退休金还不如城里低保",
    "欧盟给我们电动车加关税，这就是他们讲的自由贸易",
    "那些专家建议降护士工资减轻医保压力，良心被狗吃了",
    "医院领导一个个开豪车，我们夜班费十年冇涨",
    "美国又在台湾卖武器，这是要挑起战争",
    "有的地方又欠发工资，老师半年冇拿到钱",
    "地方债务那么多，最后还不是老百姓买单",
    "外国媒体又在抹黑我们，他们自己国家乱成一锅粥",
    "西方讲的人权就是双重标准",
    "特朗普上台第一件事肯定是加关税，我们这些打工的又要遭殃",
]
HU_OPEN = ["看到冒？", "气死我哒！", "港句实话，", "我就想不通，", "你们看咯，", "", "真的是，", "讲直接点，",
           "刷到个新闻，", "莫怪我港，"]
HU_CLOSE = ["", "！！", "，气人不？", "😡", "，这是么子世道！", "，老百姓就是韭菜。", "，转发给大家看看。",
            "，我讲的对不对咯？", "，迟早要出事。", "，真的看不下去。"]
HU_LINKS = [
    ("重磅！延迟退休正式落地，护士也不例外", "干到五十五，你们受得了？"),
    ("某三甲医院院长落马，涉案金额惊人", "一个院长就贪这么多"),
    ("美国大选结果出炉", "世界又要不太平了"),
    ("日本核污水排海第九轮开始", "日本人冇一个好东西"),
    ("国家医保局：DRG付费全面推开", "以后看病更难了"),
    ("美国宣布新一轮对华芯片限制", "美国佬就是流氓"),
]
GROUP_REACT = ["=liu| 🙄", "=man| 胡斌 莫发这些咯", "=tan| 又来了", "=long| 群里只讲工作的事",
               "=jing| 护士长看到哒要骂人"]


def risky_messages(rng):
    out, seen = [], set()
    topics = list(HU_TOPICS)
    rng.shuffle(topics)
    i = 0
    while len(out) < 62:
        t = topics[i % len(topics)]
        i += 1
        s = rng.choice(HU_OPEN) + t + rng.choice(HU_CLOSE)
        if s not in seen:
            seen.add(s)
            out.append(s)
    for title, comment in HU_LINKS:
        out.append(f"[链接:{title}|https://mp.weixin.qq.com/s/{rng.getrandbits(64):016x}] {comment}")
    rng.shuffle(out)
    return out


def build_chats():
    tl = Timeline(TZ, YEAR, seed=2601)
    for chat, when, script in EPISODES:
        tl.episode(chat, when, fill(script), None if chat == "group" else chat)
    rng = random.Random(2602)
    place_fillers(tl, "hao", FILL_HAO, DAYS, day_windows, "hao", rng, uses=2)
    place_fillers(tl, "ma", FILL_MA, [d for d in DAYS if d not in (dt.date(2024, 9, 5), dt.date(2024, 9, 17),
                                                          dt.date(2024, 10, 29))], day_windows, "ma", rng, uses=2)
    place_fillers(tl, "jing", FILL_JING, DAYS, day_windows, "jing", rng, uses=2)
    place_fillers(tl, "xie", FILL_XIE, DAYS, day_windows, "xie", rng, uses=1)
    place_fillers(tl, "cai", FILL_CAI, DAYS, day_windows, "cai", rng, uses=1)
    place_fillers(tl, "group", FILL_GROUP, DAYS, day_windows, None, rng, uses=1)
    rr = random.Random(2603)
    for text in risky_messages(rr):
        day = rr.choice(DAYS)
        hour = rr.choice([7.2, 12.3, 13.1, 18.6, 20.2, 21.5, 22.7, 23.6, 0.4, 1.2])
        when = at(day, 0) + dt.timedelta(hours=hour, minutes=rr.randint(0, 25))
        script = f"=hu| {text}"
        if rr.random() < 0.3:
            script += "\n" + rr.choice(GROUP_REACT)
        tl.episode("group", when, script, None)
    return tl


# ----------------------------------------------------------------------------- payments
def build_payments():
    rng = random.Random(2610)
    wx, ali = [], []

    def t(day, hh, mm=None):
        mm = rng.randint(0, 59) if mm is None else mm
        return f"{day} {hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}"

    def wxrow(when, typ, party, item, d, amount, method="零钱", status="支付成功", note="/"):
        wx.append({"t": when, "type": typ, "party": party, "item": item, "dir": d, "amount": amount,
                   "method": method, "status": status, "note": note})

    def alirow(when, cat, party, item, d, amount, method, status="交易成功", acct="/", note="", morder=None):
        r = {"t": when, "cat": cat, "party": party, "acct": acct, "item": item, "dir": d, "amount": amount,
             "method": method, "status": status, "note": note}
        if morder is not None:
            r["morder"] = morder
        ali.append(r)

    # salary: hospital payroll paid into Alipay (工资代发) on the 15th
    for day, month in (("2024-08-15", 7), ("2024-09-14", 8), ("2024-10-15", 9), ("2024-11-15", 10)):
        alirow(t(day, 10), "收入", "长沙市湘江中心医院", f"工资代发-{month}月", "收入", 8236.50, "", morder="")
    alirow(t("2024-09-15", 11, 18), "转账红包", "谢国华", "转账到银行卡-房租", "支出", 6300.00, "余额",
           acct="建设银行(5482)", morder="")
    alirow(t("2024-08-24", 16, 40), "酒店旅游", "湖南潇湘凯瑞酒店管理有限公司", "婚宴定金-2025年1月18日 二楼宴会厅",
           "支出", 20000.00, "建设银行储蓄卡(9305)")
    alirow(t("2024-08-24", 19, 31), "转账红包", "邓子豪", "转账", "收入", 10000.00, "余额", acct="180******27", morder="")
    alirow(t("2024-09-23", 15, 20), "文化休闲", "蔓蒂婚纱摄影(长沙五一店)", "婚纱照套餐定金", "支出", 3000.00,
           "建设银行储蓄卡(9305)")
    alirow(t("2024-10-17", 20, 5), "文化休闲", "蔓蒂婚纱摄影(长沙五一店)", "婚纱照套餐尾款", "支出", 5880.00,
           "建设银行储蓄卡(9305)")
    alirow(t("2024-10-23", 20, 30), "酒店旅游", "携程旅行网", "机票 长沙-普吉 2人 往返", "支出", 6412.00,
           "建设银行储蓄卡(9305)")
    # her own health
    alirow(t("2024-09-11", 10, 5), "医疗健康", "长沙市湘江中心医院", "门诊缴费-甲功五项 甲状腺彩超", "支出", 326.00, "余额")
    alirow(t("2024-09-11", 11, 40), "医疗健康", "长沙市湘江中心医院", "门诊缴费-西药 甲巯咪唑片10mg*50片", "支出", 38.60, "余额")
    alirow(t("2024-10-16", 16, 20), "医疗健康", "老百姓大药房(洞井店)", "甲巯咪唑片 10mg*50片", "支出", 42.50, "余额")
    alirow(t("2024-11-10", 15, 5), "医疗健康", "长沙市湘江中心医院", "门诊缴费-甲功五项 肝功能", "支出", 218.00, "余额")
    alirow(t("2024-11-10", 15, 40), "医疗健康", "老百姓大药房(洞井店)", "普萘洛尔片 10mg*100片", "支出", 12.80, "余额")
    alirow(t("2024-09-04", 15, 30), "医疗健康", "老百姓大药房(洞井店)", "右佐匹克隆片 3mg*6片", "支出", 36.00, "余额")
    # games
    for day, hh, amt in (("2024-08-23", 3, 68.00), ("2024-08-29", 3, 128.00), ("2024-09-08", 21, 328.00),
                         ("2024-09-22", 22, 98.00), ("2024-10-02", 13, 648.00), ("2024-10-22", 2, 68.00),
                         ("2024-11-02", 22, 328.00), ("2024-11-09", 3, 198.00), ("2024-11-10", 21, 128.00)):
        alirow(t(day, hh), "文化休闲", "叠纸网络", "恋与深空-深空币充值", "支出", amt, "花呗")
    # wedding shopping
    alirow(t("2024-11-04", 20, 40), "日用百货", "喜糖伴手礼旗舰店", "喜糖盒 结婚喜糖成品含糖 100盒", "支出", 1280.00, "花呗")
    alirow(t("2024-11-05", 21, 10), "日用百货", "鸿雁请柬定制", "结婚请柬定制 烫金 80张", "支出", 236.00, "花呗")
    alirow(t("2024-10-29", 20, 15), "日用百货", "喜糖伴手礼旗舰店", "喜糖盒 20盒 寄湘潭", "支出", 268.00, "花呗")
    alirow(t("2024-09-14", 12, 10), "日用百货", "稻香村官方旗舰店", "月饼礼盒 五仁 双黄莲蓉", "支出", 168.00, "花呗")
    alirow(t("2024-09-10", 21), "信用借还", "花呗", "花呗主动还款-2024年08月账单", "不计收支", 312.40, "余额", morder="")
    alirow(t("2024-10-10", 9, 20), "信用借还", "花呗", "花呗主动还款-2024年09月账单", "不计收支", 946.70, "余额", morder="")
    alirow(t("2024-11-10", 9, 30), "信用借还", "花呗", "花呗主动还款-2024年10月账单", "不计收支", 1402.30, "余额", morder="")
    for d in DAYS[::7]:
        alirow(t(d.isoformat(), 0 if shift(d) == "小" else 19), "交通出行", "滴滴出行", "快车订单", "支出",
               round(rng.uniform(14, 32), 2), "余额")
    alirow(t("2024-11-12", 20), "充值缴费", "国网湖南省电力公司", "电费-长沙", "支出", 186.00, "余额")
    alirow(t("2024-10-28", 20), "充值缴费", "中国移动", "话费充值", "支出", 100.00, "余额")

    # ---------------- WeChat Pay
    wxrow(t("2024-09-08", 11, 31), "转账", "晶晶", "转账备注:微信转账", "支出", 2000.00, "零钱", "对方已收钱")
    wxrow(t("2024-10-30", 19, 46), "转账", "晶晶", "转账备注:还你", "收入", 2000.00, "/", "已存入零钱")
    wxrow(t("2024-09-19", 17, 41), "转账", "婚礼策划蔡雯", "转账备注:婚礼策划定金", "支出", 5000.00, "建设银行(9305)", "对方已收钱")
    wxrow(t("2024-08-24", 20, 2), "微信红包（单发）", "豪豪", "/", "收入", 520.00, "/", "已存入零钱")
    wxrow(t("2024-10-11", 12, 50), "微信红包（单发）", "豪豪", "/", "收入", 1314.00, "/", "已存入零钱")
    wxrow(t("2024-09-17", 9, 30), "转账", "老妈", "转账备注:中秋", "支出", 1000.00, "零钱", "对方已收钱")
    wxrow(t("2024-10-11", 13, 20), "微信红包（单发）", "老妈", "/", "收入", 666.00, "/", "已存入零钱")
    wxrow(t("2024-10-02", 13, 40), "商户消费", "腾讯游戏", "王者荣耀-点券充值", "支出", 30.00, "零钱", "支付成功")
    wxrow(t("2024-11-09", 21, 20), "商户消费", "腾讯游戏", "王者荣耀-点券充值", "支出", 68.00, "零钱", "支付成功")
    shops = [("茶颜悦色(洞井店)", "幽兰拿铁", 16.0, 22.0), ("长沙地铁", "地铁乘车码", 3.0, 5.0),
             ("湘江中心医院职工食堂", "食堂消费", 9.0, 15.0), ("美团", "美团订单-外卖", 22.0, 45.0),
             ("文和友(海信店)", "餐饮", 86.0, 210.0), ("罗森(洞井路店)", "便利店消费", 8.0, 30.0),
             ("盒马鲜生(长沙梅溪湖店)", "生鲜", 45.0, 160.0)]
    for d in DAYS:
        if rng.random() < 0.5:
            name, item, lo, hi = rng.choice(shops)
            ws = day_windows(d)
            a, b = rng.choice(ws)
            h = int(a + rng.random() * (b - a))
            if h >= 24:
                h = 23
            wxrow(t(d.isoformat(), h), "商户消费", name, item, "支出", round(rng.uniform(lo, hi), 1), "零钱", "支付成功")
    return wx, ali


# ----------------------------------------------------------------------------- location
def ll(p):
    return (p["lat"], p["lon"])


def day_plan(d, r):
    """(place, start, end) stays away from home for day d."""
    s = shift(d)
    special = {
        dt.date(2024, 8, 24): [("hotel", at(d, 14, 0), at(d, 16, 55))],
        dt.date(2024, 9, 5): [("mother", at(d, 11, 5), at(d, 19, 30))],
        dt.date(2024, 9, 17): [("mother", at(d, 11, 40), at(d, 15, 20)), ("xingsha", at(d, 17, 10), at(d, 21, 40))],
        dt.date(2024, 9, 23): [("bridal", at(d, 14, 10), at(d, 17, 0)), ("mall", at(d, 17, 15), at(d, 19, 30))],
        dt.date(2024, 10, 11): [("registry", at(d, 9, 50), at(d, 11, 20)), ("mall", at(d, 11, 50), at(d, 14, 0))],
        dt.date(2024, 10, 17): [("bridal", at(d, 8, 30), at(d, 21, 30))],
        dt.date(2024, 10, 23): [("xingsha", at(d, 15, 0), at(d, 21, 10))],
        dt.date(2024, 10, 29): [("mother", at(d, 11, 20), at(d, 18, 50))],
        dt.date(2024, 11, 4): [("xingsha", at(d, 14, 30), at(d, 20, 0))],
        dt.date(2024, 11, 16): [("bridal", at(d, 13, 30), at(d, 17, 40))],
        dt.date(2024, 8, 30): [("hotel", at(d, 14, 10), at(d, 15, 50)), ("mall", at(d, 16, 20), at(d, 20, 10))],
    }
    if s == "白":
        return [("hospital", at(d, 7, 30 + r.randint(0, 12)), at(d, 16, 25 + r.randint(0, 20)))]
    if s == "小":
        return [("hospital", at(d, 15, 30 + r.randint(0, 12)), at(d, 24, 15 + r.randint(0, 10)))]
    if s == "大":
        return [("hospital", at(d, 23, 30 + r.randint(0, 12)), at(d, 32, 15 + r.randint(0, 15)))]
    if d in special:
        return special[d]
    if s == "休" and r.random() < 0.45:
        return [(r.choice(["mall", "xingsha"]), at(d, 14, r.randint(0, 50)), at(d, 19, r.randint(0, 50)))]
    return []


def travel_min(a, b):
    dist = haversine_m(ll(PLACES[a]), ll(PLACES[b]))
    if dist > 25000:
        return 70
    return max(12, int(dist / 350) + 10)


def build_track():
    r = random.Random(2620)
    stays = []
    cur = ["home", at(START, 0), None]
    for d in DAYS:
        for place, st, en in day_plan(d, r):
            if st < cur[1]:
                continue
            cur[2] = st - dt.timedelta(minutes=travel_min(cur[0], place))
            if cur[2] <= cur[1]:
                cur[2] = cur[1] + dt.timedelta(minutes=5)
                st = cur[2] + dt.timedelta(minutes=travel_min(cur[0], place))
            stays.append(cur)
            cur = [place, st, en]
        if cur[0] != "home":
            stays.append(cur)
            cur = ["home", cur[2] + dt.timedelta(minutes=travel_min(cur[0], "home")), None]
    cur[2] = at(END, 23, 59)
    stays.append(cur)
    segs = []
    bounds = [(st.timestamp() + r.uniform(0, 55), en.timestamp() + r.uniform(0, 55)) for _, st, en in stays]
    for i, (pk, st, en) in enumerate(stays):
        p = PLACES[pk]
        lat, lon = jitter(r, ll(p), 20)
        segs.append({"kind": "visit", "place": p, "lat": lat, "lon": lon, "start": bounds[i][0], "end": bounds[i][1]})
        if i + 1 < len(stays):
            nk = stays[i + 1][0]
            a, b = ll(p), ll(PLACES[nk])
            dist = haversine_m(a, b)
            if dist > 25000:
                mode = "in train"
            elif {pk, nk} & {"xingsha", "hotel"}:
                mode = "in passenger vehicle"
            else:
                mode = "in subway" if dist > 3000 else "walking"
            late = dt.datetime.fromtimestamp(bounds[i][1], ZONE).hour in (0, 1)
            if late:
                mode = "in passenger vehicle"      # taxi home after the evening shift
            n = 4 if dist > 3000 else 1
            path = [jitter(r, (a[0] + (b[0] - a[0]) * j / (n + 1), a[1] + (b[1] - a[1]) * j / (n + 1)), 80)
                    for j in range(1, n + 1)]
            segs.append({"kind": "move", "from": a, "to": b, "mode": mode, "dist": dist * 1.3,
                         "start": bounds[i][1], "end": bounds[i + 1][0], "path": path})
    return segs


# ----------------------------------------------------------------------------- plants / build
def plants():
    P = [Plant("PERSON", v) for v in ("彭诗琪", "邓子豪", "谢国华", "蔡雯", "欧阳丽", "胡斌", "龙美华", "曾晶")]
    for v in ("子豪", "晶晶", "桂生", "小蔡", "龙姐", "易主任", "刘娭毑", "刘阿姨", "阿杰", "谢叔"):
        P.append(Plant("PERSON", v, "text"))
    P.append(Plant("PERSON", "胡斌", "text"))
    P += [Plant("PHONE_NUMBER", "139 7318 2650"), Plant("PHONE_NUMBER", "177 7312 4065"),
          Plant("EMAIL_ADDRESS", "pengshiqi0423@example.cn"),
          Plant("CN_ID_CARD", USER_ID), Plant("CN_ID_CARD", HAO_ID),
          Plant("CN_PASSPORT", "EH4827163"), Plant("CN_PASSPORT", "EJ0391827"),
          Plant("CN_BANK_CARD", XIE_CARD), Plant("CN_BANK_CARD", T["USER_CARD"]),
          Plant("LOCATION", "雨花区洞井路枫溪苑7栋1603"), Plant("LOCATION", "东方名苑3栋1102"),
          Plant("LOCATION", "雨湖区韶山西路27号纺织厂宿舍4栋302"), Plant("LOCATION", "长沙市岳麓区枫林三路1188号"),
          Plant("LICENSE_PLATE", "湘A·6K2Q9"), Plant("QQ_NUMBER", "1369025847"),
          Plant("WECHAT_ID", "qiqi_0423"), Plant("PHONE_NUMBER", "158 7412 6309")]
    return P


def build():
    tl = build_chats()
    by = tl.by_chat()
    files, titles = [], {}
    for key, title in CHATS:
        msgs = by.get(key, [])
        names = {k: v for k, v in NAMES.items()}
        wx = dict(WXIDS)
        wx["__chat__"] = GROUP_ROOM if key == "group" else WXIDS["me"]
        files.append(F.wechat_dump_txt(f"wechat-dump/{title}.txt", msgs, names, PLACES, ZONE, wx))
        titles[key] = (title, len(msgs))
    wx, ali = build_payments()
    files.append(F.alipay_csv("支付宝交易明细(20240819-20241117).csv", ali, "彭诗琪", "pengshiqi0423@example.cn",
                              "2024-08-15 00:00:00", "2024-11-17 23:59:59", "2024-11-18 21:40:12"))
    files.append(F.wechatpay_csv("微信支付账单(20240819-20241117).csv", wx, "琪琪不吃香菜", "2024-08-19 00:00:00",
                                 "2024-11-17 23:59:59", "2024-11-18 21:52:44"))
    segs = build_track()
    files.append(F.ios_location("location-history.json", segs, ZONE, random.Random(2630)))
    return tl, by, files, titles, segs


def ground_truth(by, files, titles):
    one2one = [(titles[k][0], titles[k][1]) for k, _ in CHATS if k != "group"]
    top = sorted(one2one, key=lambda x: -x[1])[:3]
    return {
        "schema_version": 1, "persona": PID, "fictional": True, "independent": True,
        "description": ("彭诗琪, 29, ward nurse in cardiology at a Changsha hospital on a rotating 白/小夜/大夜 rota, "
                        "from 湘潭; engaged to 邓子豪 (marriage registered 2024-10-11, banquet January 2025). "
                        "Has hyperthyroidism (甲亢) under treatment; spends on an otome mobile game and plays 王者荣耀."),
        "timezone": TZ,
        "user": {"names": ["彭诗琪", "琪琪", "小彭", "琪琪不吃香菜"], "phones": ["15874126309", "158 7412 6309"],
                 "emails": ["pengshiqi0423@example.cn"], "handles": ["qiqi_0423", "1369025847"]},
        "pii": collect_pii(files, plants()),
        "facts": {
            "home": {"lat": PLACES["home"]["lat"], "lon": PLACES["home"]["lon"], "radius_m": 300,
                     "address": "长沙市雨花区洞井路枫溪苑7栋1603", "city": "长沙"},
            "work": {"lat": PLACES["hospital"]["lat"], "lon": PLACES["hospital"]["lon"], "radius_m": 300,
                     "employer": "长沙市湘江中心医院"},
            "sleep_window": {"start": "23:45", "end": "07:30", "tolerance_min": 90},
            "top_contacts": [{"name": n, "messages": c} for n, c in top],
            "relationships": [
                {"name": "豪豪", "relationship": "partner", "full_name": "邓子豪"},
                {"name": "老妈", "relationship": "mother", "full_name": ""},
                {"name": "晶晶", "relationship": "colleague", "full_name": "曾晶"},
                {"name": "房东谢叔", "relationship": "landlord", "full_name": "谢国华"},
                {"name": "婚策小蔡", "relationship": "wedding_planner", "full_name": "蔡雯"},
                {"name": "12床家属欧阳", "relationship": "patient_relative", "full_name": "欧阳丽"},
            ],
            "religion": {"value": False}, "health": {"value": True}, "politics": {"value": False},
            "financial_stress": {"value": False}, "gambling": {"value": False}, "gaming": {"value": True},
            "salary": {"amount": "8236.50", "currency": "CNY", "payer": "长沙市湘江中心医院", "period": "monthly"},
            "risky_contact": {"name": "胡斌", "why": "male nurse 胡斌 posts 60+ distinct angry political messages and "
                                                    "links (anti-corruption, US election, Taiwan, Japan, retirement age) "
                                                    "in 心内二病区护理群"},
        },
    }
