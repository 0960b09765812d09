"""Persona cn_shenyang_mechanic: 付宏亮, 46, runs 宏亮汽修 in 铁西区, 沈阳.
Formats: MemoTrace CSV (utf-8-sig), WeChat Pay bill CSV, Alipay bill CSV (GBK), Google iOS location-history.json."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

from h24_common import (Chat, Place, Registry, build_segments, cn_id, daterange, local, luhn_complete,
                        place_id, schedule_fillers, to_utc)
from h24_writers import write_alipay, write_ios_location, write_memotrace, write_wechatpay

PID = "cn_shenyang_mechanic"
ZONE = "Asia/Shanghai"
D0, D1 = "2024-03-01", "2024-05-31"

ME_NAME = "付宏亮"
ME_PHONE = "13840216935"
ME_PHONE_SP = "138 4021 6935"
ME_PHONE_DASH = "138-4021-6935"
ME_EMAIL = "fuhongliang78@example.com"
ME_QQ = "583920174"
ME_WXID = "wxid_f4h2l8m6q9zk21"
ME_ALIAS = "hongliang_qixiu"
ME_NICK = "宏亮汽修-付师傅"

ID_CARD = cn_id("210106", "19780315", "243")
PASSPORT = "EJ3820614"
CARD_ME = luhn_complete("622202040100573618")      # ICBC debit, 19 digits
CARD_ME_SP = " ".join(CARD_ME[i:i + 4] for i in range(0, 19, 4))
CARD_WANG = luhn_complete("621700321000458")        # CCB, 16 digits
CARD_WANG_SP = " ".join(CARD_WANG[i:i + 4] for i in range(0, 16, 4))
CARD_LI = luhn_complete("621226330100827419")       # ICBC, 19 digits, written without spaces
WANG_ALIAS = "hongda_peijian88"
SHOP_ADDR = "铁西区北二西路86号"
HOME_ADDR = "于洪区洪湖二街17号"
HOME_FULL = "于洪区洪湖二街17号福缘里小区3号楼2单元501"
PLATE_DY = "辽A·5G2N7"
PLATE_C1 = "辽AH5Q32"
PLATE_C2 = "辽A 8D261"
PLATE_C3 = "辽AD91276"
PLATE_ME = "辽A·F2T68"
ZHANG_PHONE = "13940201187"
LIU_PHONE = "159-4016-2273"

PEOPLE = {
    "me": {"wxid": ME_WXID, "nickname": ME_NICK, "remark": ME_NICK},
    "wife": {"wxid": "wxid_g9x3z1q7m2ek12", "nickname": "秀芝", "remark": "媳妇"},
    "dy": {"wxid": "wxid_z5d8y2o4n6rb22", "nickname": "勇往直前", "remark": "大勇"},
    "meng": {"wxid": "wxid_m3f1c9h7t2xa11", "nickname": "小孟同学", "remark": "小孟"},
    "wang": {"wxid": "wxid_w7d2w5j8k1lp21", "nickname": "宏达汽配-德旺", "remark": "王德旺配件"},
    "son": {"wxid": "wxid_t6y4u1f8v3sc22", "nickname": "Sky", "remark": "儿子"},
    "qds": {"wxid": "wxid_q8d1s6e3h9gu12", "nickname": "东北虎", "remark": "曲德胜"},
    "gq": {"wxid": "wxid_l2g7q5c1z8wm21", "nickname": "国泰民安", "remark": "班长国庆"},
    "lj": {"wxid": "wxid_j4h9w2b6r1nt11", "nickname": "金哥", "remark": "老金"},
    "xl": {"wxid": "wxid_x1l3i8u5p7vd22", "nickname": "丽丽", "remark": ""},
    "zb": {"wxid": "wxid_b9z6a4o2y5kh12", "nickname": "彪哥", "remark": ""},
}
TITLES = {"wife": "媳妇", "dy": "大勇", "meng": "小孟", "wang": "王德旺配件", "son": "儿子", "group": "铁西技校96届老同学"}

# ------------------------------------------------------------------------------------------- wife

WIFE_SCENES = [
    ("2024-03-02 12:10", """
< 中午吃啥了
> 小孟整的盒饭 对付一口
< 你那血压药还有没 我瞅药盒子空了
> 还有两天的 
< 下班我去药房给你整两盒 你别又断了
> 行 谢了媳妇
"""),
    ("2024-03-08 09:20", """
> 三八节快乐 媳妇辛苦了
> [transfer 520.00 三八节]
< 哎呀妈呀 今年咋这么大方
< [recv 520.00]
> 哈哈 平时对你不够好 补上
"""),
    ("2024-03-11 19:40", """
< 你今儿脸色不对 量血压没
> 量了 160多 有点迷糊
< 160？？你咋不早说
> 下午整底盘 蹲一下午 起来就迷糊了
< 明天必须去医院 我给你挂号
> 挂啥号 吃点药就好了
< 你别跟我犟 明天去医大一院 我请假陪你
"""),
    ("2024-03-11 20:30", f"""
< 你身份证号多少 挂号要
> {ID_CARD}
< 挂上了 明早八点半 心内科
> 嗯
"""),
    ("2024-03-12 13:10", """
> 看完了 大夫说高血压二级 得天天吃药 不能断
> 还说我腰也得拍个片子 老蹲着干活 腰间盘可能突出了
< 我就说吧 你还不信
< 下礼拜把腰也查了
> 知道了 唠叨
"""),
    ("2024-03-18 11:40", """
> 腰片子出来了 L4L5突出 大夫说别干重活 能做理疗先做理疗
< 那你还蹲底盘？让小孟干
> 小孟一个人忙不过来
< 忙不过来就少接点活 钱挣不完
> [voice 11]
< 你别拿语音糊弄我
"""),
    ("2024-03-20 18:25", f"""
< 医保报销那个得填银行卡 你那张工行卡号发我
> {CARD_ME_SP}
< 好 
"""),
    ("2024-03-24 22:10", """
< 几点了还不回来
> 马上 这把打完
< 又打麻将？输多少
> 没输多少 就六百
< 六百还不多？你一个月药钱才多少
> 下回不去了
< 你这话说八百回了
"""),
    ("2024-04-05 20:00", """
< 明天清明 我跟我妈去般若寺烧香 给我爸也烧点纸
> 行 我不去了 店里忙
< 你也该去拜拜 保佑你血压降下来
> 我不信那玩意 吃药比啥都强
< 不信就不信 别瞎说话
"""),
    ("2024-04-10 15:30", f"""
> 咱家地址我又给配件城那个老王了 他给咱送箱机油到家
> 写的{HOME_FULL} 你下午在家收一下
< 咋送家里了 不送店里
> 店里放不下了
< 行
"""),
    ("2024-04-18 21:00", """
< 五一去济州岛那个团 旅行社要护照号 你那个护照号发我
> EJ3820614
> 你的你自己看 在抽屉里
< 知道 我找着了
"""),
    ("2024-04-22 10:50", """
> 去复查了 血压140/95 大夫说还行 药继续吃
> 还让我少喝酒少吃咸的
< 你看 听话就降了
< 晚上给你炖个鱼 少放盐
"""),
    ("2024-05-01 07:20", """
< 到机场了没
> 到了 排队呢
< 宇子说他五一不回来 跟同学去旅游
> 随他吧 大小伙子了
"""),
    ("2024-05-12 13:00", """
> 今天腰又不得劲了 推拿去了 那盲人大夫手劲贼大
< 疼不疼
> 疼 但是得劲
< 一个礼拜去两回 别舍不得钱
"""),
    ("2024-05-19 21:30", """
< 大勇又找你借钱了？
> 嗯 他那饭店黄了 借五千周转
< 你借了？
> 借了 老铁 能不借吗
< 借可以 写个条 别回头要不回来
> 知道了 我心里有数
"""),
    ("2024-05-26 21:50", """
< 今儿打麻将又输了吧 我瞅你脸都绿了
> 输了一千二
< 付宏亮你是不是有病 一千二够你吃仨月药了
> 行了行了 我错了
< 下个月不给你零花钱了
"""),
]

WIFE_FILLERS = [
    "< 晚上回来吃不\n> 回 {整点酸菜|炖个豆角|包饺子}\n< 行",
    "< 几点下班\n> 六点多 今天活多\n< 别太累了",
    "> 媳妇 我今儿晚点回 有台车得加班整完\n< 又加班 吃饭没\n> 小孟叫的外卖",
    "< 宇子打电话没\n> 没 这小子一礼拜没动静了\n< 你给他打一个",
    "< [img]\n< 我妈给咱包的饺子\n> 老太太手艺杠杠的",
    "> 今天又来了三台车 贼忙\n< 忙点好 就是注意腰",
    "< 药吃了没\n> 吃了吃了\n< 早上那顿呢\n> 也吃了 放心吧",
    "> 路上堵成狗了 北二路又修上了\n< 修了一年了还修",
    "< 明天降温 穿厚点\n> 知道",
    "> 晚上整点啥 我买回去\n< 买两斤排骨\n> 好嘞",
    "< [voice 6]\n> 在干活呢 一会回你\n< 嗯",
    "< 物业费交了没\n> 忘了 明天交\n< 每回都忘",
    "> [img]\n> 这台奔驰 修个空调五千\n< 挣这么多\n> 配件贵 挣不了多少",
    "< 你少抽点烟 大夫说了\n> 今天就抽了三根\n< 三根也是抽",
    "> 到家没\n< 到了 门口那个快递是你的？\n> 是 刹车片 别动",
    "< 我妈说周日来咱家吃饭\n> 行 我整俩硬菜",
    "< 你那腰今天咋样\n> 还行 贴膏药了",
    "> 今天碰着老金了 他说同学聚会六月整\n< 你去呗 别喝多了",
    "< 睡了没\n> 马上睡 明早六点得起来接车",
    "> [img]\n> 店门口那棵丁香开了\n< 好看",
]

# ------------------------------------------------------------------------------------------- 大勇

DY_SCENES = [
    ("2024-03-03 10:15", """
< 亮子 下午整两圈？老地方
> 整 两点到
< 叫上老金
> 我跟他说
"""),
    ("2024-03-03 21:40", """
< 今儿手气贼好 哈哈哈
> 你是好了 我输了四百多
< 下礼拜给你机会翻本
> [transfer 420.00 麻将]
< [recv 420.00]
"""),
    ("2024-03-09 17:00", f"""
< 我那车又趴窝了 打不着火
> 明早开过来 你那车{PLATE_DY}是吧 我让小孟先给你看看电瓶
< 开不过来啊 打不着火
> 那我让小孟去拖 你在家等着
< 好嘞 老铁靠谱
"""),
    ("2024-03-16 19:20", """
< 今晚大乐透整没整
> 整了 老号 03 11 19 27 33 加 05 09
< 我整了十注 要是中了请你喝酒
> 中了先把借我那两千还了 哈哈
"""),
    ("2024-03-17 20:50", """
> 今儿翻本了 赢了六百 
< [transfer 600.00 愿赌服输]
> [recv 600.00]
> 哈哈 谢了老铁
< 下礼拜我再赢回来
"""),
    ("2024-03-30 21:30", """
< 大乐透又没中 就中了五块钱
> 我也是 中个末等 哈哈
> 这玩意就是给国家做贡献了
< 下期接着整 万一呢
"""),
    ("2024-04-14 22:00", """
< 今儿你输了多少
> 八百 贼背
< 我也输了 老金一个人赢 
> 那小子今天手太顺了
> [transfer 300.00 欠你的]
< [recv 300.00]
"""),
    ("2024-04-27 18:30", """
< 德胜在群里又开骂了 你瞅见没
> 瞅见了 不搭理他 喝点酒就那样
< 哈哈哈 他当年在学校就那德行
"""),
    ("2024-05-18 20:10", """
< [voice 15]
< 亮子 跟你说个事 我那饭店实在整不下去了 房租欠了俩月 你能不能先借我五千周转一下
> 咋整成这样了
< 生意不好干啊 一天没几桌
> 行 明天给你转
< 谢了老铁 年底一定还
"""),
    ("2024-05-19 09:30", """
> [transfer 5000.00 借款]
< [recv 5000.00]
< 谢了兄弟 我写个条给你
> 写啥条 咱俩谁跟谁
"""),
    ("2024-05-26 21:20", """
< 今儿背到家了吧
> 一千二 别提了
< 你媳妇知道不
> 知道了 秀芝骂了我一顿 哈哈
"""),
]

DY_FILLERS = [
    "< 下午整两圈？\n> {整|今天不行 店里忙|晚点 五点以后}",
    "< 亮子 晚上喝点？\n> 不喝了 血压高\n< 那喝茶\n> 行",
    "< [img]\n< 今儿钓的\n> 可以啊 老铁",
    "< 在店里不\n> 在 咋了\n< 我过去唠会嗑\n> 来呗",
    "< 老金说他儿子结婚 下个月\n> 随多少\n< 一千吧\n> 行",
    "> 明天你开我车去 我车{PLATE}在店门口\n< 钥匙呢\n> 小孟那",
    "< 这礼拜大乐透整不整\n> 整 老号不变",
    "< 嘎哈呢\n> 修车呢 还能嘎哈\n< 哈哈 晚上找你",
    "< 我媳妇又跟我吵吵\n> 咋了\n< 嫌我回家晚\n> 都一样",
    "> 今天棋牌室那老板说换新桌了\n< 那必须去试试 哈哈",
    "< [sticker 🍺]\n> [sticker 👍]",
    "< 你那腰咋样了\n> 还那样 推拿呢\n< 少蹲着",
]

# ------------------------------------------------------------------------------------------- 小孟

MENG_SCENES = [
    ("2024-03-04 07:10", f"""
> 小孟 今天{PLATE_C1}那台宝来 先换刹车片 车主中午来取
< 收到师傅
> 换完给车主打电话 张姐 {ZHANG_PHONE}
< 好
"""),
    ("2024-03-09 17:20", """
> 明早先去大勇家 他车打不着火 你带个电瓶过去 搭个电试试
< 行 地址发我一下
> 于洪广场那边 阳光小区 到了给他打电话
< 好的师傅
"""),
    ("2024-03-13 08:05", f"""
> 今天上午我去趟配件城 店里你盯着点
< 没事师傅 您去吧
> {PLATE_C2}那台空调不凉 先查查冷媒 李哥说下午来
< 收到
"""),
    ("2024-03-25 18:40", """
< 师傅 能不能这个月工资先预支一千 我妈住院了
> 咋了严重不
< 胆结石 要做手术
> 行 明天给你转 不用还 算我的
< 谢谢师傅😭
"""),
    ("2024-03-26 08:30", """
> [transfer 1000.00 给你妈买点东西]
< [recv 1000.00]
< 谢谢师傅 我一定好好干
"""),
    ("2024-04-02 19:10", f"""
< 师傅 今天来了个保险的车 车主叫刘春燕 手机号{LIU_PHONE} 要走保险
> 行 定损员明天来 你把车拍照留着
< 好 车牌{PLATE_C3} 新能源的
> 新能源的电池那块别瞎动 等我
"""),
    ("2024-04-11 10:20", f"""
< 师傅 刚才有个车主要加您微信 说是老客户介绍的
> 你把我微信号给他 {ME_ALIAS} 让他直接发定位
< 好嘞
"""),
    ("2024-04-15 16:30", """
> 小孟 下午我腰疼得不行 得去推拿 你把那台奥迪收个尾
< 师傅您歇着吧 我能整
"""),
    ("2024-04-30 18:00", """
> 小孟 五一我出去玩几天 店里你跟大刘盯着 有事打我电话
< 放心吧师傅 玩得开心
"""),
]

MENG_FILLERS = [
    "< 师傅 {机油|刹车油|防冻液}快没了\n> 我跟老王订",
    "> 今天几台车\n< 五台 两台保养 一台钣金 两台换胎\n> 行 我一会到",
    "< 师傅 那台{捷达|速腾|卡罗拉|思域}的异响找着了 是减震顶胶坏了\n> 换 跟车主说一下价",
    "> 下午把举升机那块收拾一下 贼埋汰\n< 好",
    "< 车主说价太贵 嫌咱家贵\n> 跟他说原厂件就这价 嫌贵让他去4S",
    "< [img]\n< 师傅您看这个刹车盘 磨成这样了\n> 换 必须换",
    "> 明早七点半开门 别迟到\n< 收到",
    "< 师傅 有个车主问能不能开发票\n> 能 找我",
    "> 今天你先走吧 我锁门\n< 谢谢师傅",
    "< [voice 7]\n> 在路上 一会说",
    "< 师傅 李哥那台车好了 他说明天来取\n> 行",
    "> 那台车的旧件别扔 车主要看\n< 好的",
    "< 轮胎到了 四条\n> 放后屋 明天装",
    "> 小孟 晚上把账对一下\n< 对完了 今天收了三千二",
]

# ------------------------------------------------------------------------------------------- 王德旺配件

WANG_SCENES = [
    ("2024-03-05 10:30", f"""
< 付哥 刹车片到了 下午给你送过去 还是北二西路那个店吧
> 对 {SHOP_ADDR} 宏亮汽修 到了打我电话{ME_PHONE}
< 好嘞
"""),
    ("2024-03-06 16:20", f"""
< 付哥 上月配件款2360 你看一下
> 行 卡号发我
< 建行 {CARD_WANG_SP} 王德旺
> 转了 你查一下
< 收到了 谢谢付哥
"""),
    ("2024-03-21 11:00", f"""
< 付哥 我另一个微信你加一下 {WANG_ALIAS} 这个号以后不怎么用了
> 行 回头加
"""),
    ("2024-04-08 14:15", f"""
< 付哥 轮胎那块我不整了 你直接找李广才 他卡号{CARD_LI} 工行的
> 李广才是那个开轮胎店的老李吧
< 对 就他
> 行
"""),
    ("2024-04-12 09:50", f"""
< 付哥 发票给你开好了 发你邮箱还是QQ
> 发QQ吧 {ME_QQ}
< 好 发了
"""),
    ("2024-05-07 15:40", """
< 付哥 4月的配件款3180 有空结一下
> 行 我支付宝转你
< 好
"""),
]

WANG_FILLERS = [
    "> 老王 {机油|刹车片|火花塞|空滤|雨刷}还有没\n< 有 要多少\n> {两箱|十套|一箱|二十个}\n< 下午送",
    "< 付哥 最近机油涨价了 跟你说一声\n> 又涨 涨多少\n< 一箱涨二十",
    "> 那个{大众|丰田|本田}的原厂件能不能整着\n< 我问问 明天给你回话",
    "< 货到了 签收一下\n> 收到",
    "< [img]\n< 新到的 你看看要不要\n> 先来两套",
    "> 上回那批刹车片有两个不对号\n< 给你换 明天拿过来",
]

# ------------------------------------------------------------------------------------------- 儿子

SON_SCENES = [
    ("2024-03-01 12:00", """
> [transfer 2000.00 生活费]
< [recv 2000.00]
< 谢谢爸
> 省着点花 别都充游戏里
< 知道了
"""),
    ("2024-03-14 21:00", """
< 爸 你血压咋样了 妈说你去医院了
> 没事 吃药呢
< 你少抽点烟
> 你小子还管上我了 哈哈
"""),
    ("2024-04-01 12:10", """
> [transfer 2000.00 生活费]
< [recv 2000.00]
< 谢谢爸
"""),
    ("2024-04-09 20:30", """
< 爸 我跟你坦白个事 我上礼拜充了三百多王者的皮肤
> 你小子 生活费是让你吃饭的
< 我知道错了 以后不充了
> 游戏少玩 期末挂科看我咋收拾你
"""),
    ("2024-05-01 12:05", """
> [transfer 2000.00 生活费]
< [recv 2000.00]
< 谢谢爸 五一我跟同学去丹东
> 注意安全 别喝酒
"""),
    ("2024-05-20 19:40", """
< 爸 你那个手机咋又不能上网了
> 不知道 突然就不好使了
< 你是不是流量用完了 我给你看看 你把手机号发我
> 138-4021-6935 你不是有吗
< 我存的是你旧号 哈哈
"""),
]

SON_FILLERS = [
    "> 吃饭没\n< 吃了 食堂",
    "< 爸 我这周末不回去了 有考试\n> 好好考",
    "> 钱够花不\n< 够\n> 不够吱声",
    "< [img]\n< 我们学校的樱花开了\n> 挺好看",
    "> 最近咋样\n< 挺好的\n> 好好学习 少玩游戏\n< 知道了",
    "< 爸 你给我妈打个电话 她说你不接\n> 在修车呢 没听着",
    "> 天热了 多喝水\n< 嗯",
    "< 爸 我奖学金下来了 一千五\n> 可以啊 小子\n< 嘿嘿",
]

# ------------------------------------------------------------------------------------------- group

GROUP_SCENES = [
    ("2024-03-02 20:00", """
@gq 各位老同学 六月份聚一下？毕业28年了
@lj 必须的 
@xl 我报名
@me 我去 到时候谁车有毛病 找我给你们打八折 哈哈 电话138 4021 6935 都存一下
@zb 亮子够意思
@dy 我也去
"""),
    ("2024-04-20 19:30", """
@gq 聚会定了 6月15号 铁西那个老四季饭店 每人两百
@xl 收到
@me 收到
@lj 我负责拉酒
"""),
    ("2024-05-04 10:10", """
@me [img]
@me 济州岛 海边 贼得劲
@xl 亮子会享受啊
@zb 嫂子也去了？
@me 去了 俩人
"""),
]

GROUP_FILLERS = [
    "@zb [img]\n@zb 今儿钓的鲫鱼\n@lj 彪哥厉害",
    "@xl 大家早上好 [sticker 🌹]\n@gq 早",
    "@lj 谁家孩子今年高考\n@gq 我家姑娘\n@xl 加油加油",
    "@dy 今晚谁出来喝点\n@zb 我\n@lj 我得陪媳妇",
    "@gq 老师生日 大家发个祝福\n@me 老师生日快乐🎂\n@xl 生日快乐",
    "@zb 亮子 我车一踩刹车就响 咋整\n@me 刹车片到头了 来店里换\n@zb 好嘞",
    "@xl [link 东北人的浪漫 是冬天的冻梨|https://mp.weixin.qq.com/s/Qm3Kx8dLtR2vN7bY]\n@lj 哈哈哈 冻梨yyds",
    "@lj [img]\n@lj 咱技校原来那楼拆了\n@gq 哎呀 青春没了",
    "@dy 周末谁去钓鱼\n@zb 我 老地方",
    "@gq 提醒一下 聚会钱交一下 我收\n@me [sticker 👌]",
]

# extra filler snippets (added so that few exchanges repeat)
WIFE_FILLERS += [
    "< 你晌午吃药没\n> 吃了 别老问了\n< 不问你能记住？",
    "> 媳妇 今天收了个大活 奔驰大修\n< 那今天得挺晚吧\n> 嗯 九点前回",
    "< 楼上那家又装修 叮叮咣咣的 闹心\n> 周末我上去跟他唠唠",
    "< 你把车里那箱苹果拿上来\n> 哪箱\n< 后备箱那个 我妈给的",
    "> 今天店里来了个老娘们 非说我们把她车划了 嘎哈呀这是\n< 咋整的\n> 调监控了 进来就有 她自己走了",
    "< 晚上整点酸菜白肉\n> 整！",
    "< 你那腰贴的膏药还有没\n> 还剩两贴\n< 我再买点",
    "> [img]\n> 今儿来的这车 后备箱全是活鱼\n< 哈哈 修车还送鱼啊",
    "> 媳妇 给我找一下那个体检报告 放哪了\n< 电视柜抽屉\n> 找着了",
    "< 你今天少抽点烟没\n> 抽了五根\n< 昨天三根今天五根 越抽越多",
    "> 下午小孟请假了 我一个人 晚点回\n< 那你别蹲着干活 腰不行",
    "> 今天碰着大勇他媳妇了 说大勇最近心情不好\n< 饭店不好干呗",
    "< 晚上整饺子 你回来包\n> 行 我回去和面",
    "> 今天下雪了 路上贼滑 我晚点回\n< 慢点开",
    "< 咱家热水器又不好使了\n> 我明天找人看看",
    "< [voice 9]\n> 听着了 知道了",
    "< 宇子说他们学校{运动会|篮球赛}他拿了个奖\n> 那小子行啊",
    "> 晚上不回去吃了 老金请吃饭\n< 少喝酒 你那血压\n> 知道 喝茶",
]
DY_FILLERS += [
    "< 亮子 我车保养该做了吧\n> 你那车五千公里了 该做了 周三过来",
    "< 老金说下礼拜去钓鱼 你去不\n> 看活多不多",
    "> 大勇 晚上来我家吃饭 我媳妇包饺子\n< 好嘞 带瓶酒",
    "< [voice 12]\n> 嗯 知道了 晚上说",
    "< 那棋牌室老板说下月涨台费了\n> 涨多少\n< 一人多二十\n> 抢钱呢",
    "< 你看群里德胜发那玩意没\n> 没看 懒得看",
    "< 我儿子说想学修车 你那收徒弟不\n> 让他来呗 先从洗车干起",
    "> 今天腰疼 下午那局我不去了\n< 咋了 又犯了\n> 嗯 躺着呢",
    "< 亮子 借你那千斤顶用用\n> 来店里拿",
    "< 这期大乐透开了没\n> 开了 又没中 哈哈",
    "> 下礼拜六老同学聚餐你去不\n< 去 一起走",
    "< [img]\n< 新买的茶 给你留了一盒\n> 谢了老铁",
    "#h19-22\n< 在不 出来喝口\n> 不喝了 明早六点接车",
    "< 你那药吃着咋样\n> 还行 血压下来点了",
]
MENG_FILLERS += [
    "< 师傅 {宝马|奥迪|丰田|吉利}那台车主问啥时候能好\n> 明天下午",
    "> 小孟 库房那几个旧电瓶联系回收的拉走\n< 好 我打电话",
    "< 师傅 今天有个车主没付钱就开走了\n> 谁啊 车牌记了没\n< 记了 我给他打电话了 说明天来付",
    "> 明天我晚点到 先去药房拿药\n< 好的师傅",
    "< 师傅 那个新能源的车咱能修不\n> 三电别碰 其他的能修",
    "< 今天洗车的人贼多\n> 天暖和了都出来洗车",
    "> 把那台车的轮胎气压都打到2.5\n< 好嘞",
    "< 师傅 扳手少了一把 是不是谁借走了\n> 大勇拿走了 我跟他要",
    "< 有个车主想做个全车镀晶 多少钱\n> 一千二 材料用好的",
    "< [img]\n< 这个零件是啥 不认识\n> 那是节气门 拆下来洗洗",
    "< 师傅 空压机又不好使了\n> 电源看看 是不是跳闸了\n< 跳闸了 好了",
    "> 明天上午有三台保养 你早点来\n< 七点到",
    "< 师傅 老王那边送来的刹车片型号不对\n> 给他退回去 我跟他说",
    "< 今天客户给了好评 说咱家实在\n> 那必须的",
    "> 下雨了 把外面那台车挪进来\n< 挪了",
    "> 今天早点关门 我腰不行了\n< 您先回 我收拾",
    "< 师傅 {刹车片|机滤|火花塞}的库存快没了 要不要跟老王订\n> 订 你列个单子",
]
WANG_FILLERS += [
    "< 付哥 这礼拜还要货不\n> 要 {刹车油|机油滤芯|防冻液}来点",
    "> 老王 你们那有没有二手的{变速箱|发动机|大灯}\n< 我帮你问问",
    "< 付哥 最近生意咋样\n> 还凑合\n< 都一样 不好干",
    "> 老王 上次那批机油的发票给我开一下\n< 行 明天发你",
    "< [img]\n< 新到的博世雨刷 要不要\n> 来五十个",
    "< 付哥 周末我们配件城搞活动 全场九折\n> 行 到时候去转转",
    "> 刹车片再给我送五套 下午要用\n< 两点前到",
    "< 付哥 五一你那放假不\n> 放几天 出去玩",
]
SON_FILLERS += [
    "< 爸 你那腰好点没\n> 好多了 别惦记",
    "< 爸 我们班同学开车 说刹车有异响 是不是刹车片\n> 八成是 让他赶紧换",
    "< [img]\n< 学校食堂的锅包肉 没咱家的好吃\n> 放假回来让你妈给你做",
    "> 最近有没有乱花钱\n< 没有\n> 嗯 那就好",
    "#h19-22\n< 爸 我跟室友出去吃烧烤了\n> 少喝酒 早点回宿舍",
]
GROUP_FILLERS += [
    "@xl 谁知道铁西哪有好吃的烤肉\n@lj 兴华街那家老字号\n@me 那家贼好吃",
    "@zb [img]\n@zb 孙子满月了\n@gq 恭喜彪哥\n@me 恭喜恭喜",
    "@lj 今天降温 大家注意身体\n@xl [sticker 👍]",
    "@gq 咱班主任住院了 有空的去看看\n@xl 哪个医院\n@gq 医大一院",
    "@dy 亮子 我车修好了没\n@me 好了 来取吧",
    "@xl 早上好 新的一天 [sticker 🌞]\n@lj 早",
    "@zb 我闺女考上公务员了\n@gq 厉害啊\n@me 恭喜彪哥",
    "@lj [link 沈阳这家老店开了三十年|https://mp.weixin.qq.com/s/R4pNw9kXcV2mZ8tQ]\n@zb 去过 好吃",
    "@gq 聚会那天谁开车 能不能捎几个人\n@me 我开 能捎四个",
]


WIFE_FILLERS += [
    "< 咱妈说想去般若寺 你周日开车送一趟\n> 行 送到门口我在车里等着\n< 你也进去拜拜\n> 我不进去 你们去",
    "> 晚上吃啥\n< {炖土豆|鸡蛋柿子|锅包肉}\n> 好嘞",
    "< 宇子说下个月要买个新电脑 学习用\n> 学习用还是打游戏用\n< 他说学习\n> 让他自己攒点",
]
DY_FILLERS += [
    "< 亮子 今晚德胜请客 去不\n> 他那嘴 我怕吃不下饭 哈哈\n< 哈哈 去吧 就当听相声",
    "< 明天去不去新开的那个洗浴\n> 行 泡个澡 腰舒服点",
]
MENG_FILLERS += [
    "< 师傅 那个出租车王师傅又来了 说刹车软\n> 刹车油该换了 给他换上",
    "> 小孟 你考个维修证吧 以后用得着\n< 好 我报名",
    "< 师傅 有人打电话问收不收学徒\n> 先让他来看看",
]
GROUP_FILLERS += [
    "@lj 大伙还记得老校长不 今天看着他遛弯 八十多了贼精神\n@xl 老校长身体真好\n@me 哈哈 还那么精神",
    "@zb 谁家有闲置的婴儿车 我儿媳妇要\n@xl 我家有 明天给你送去",
]


POLITICAL_CORES = [
    "这帮当官的贼能整事儿 一天一个政策 老百姓跟着折腾",
    "延迟退休 我们这岁数的算是被坑惨了 干到六十多 腰都直不起来了",
    "东北这些年人都跑光了 上面还在那喊振兴 振兴个啥",
    "美国那帮玩意儿就是欠削 到处煽风点火",
    "日本那核污水往海里倒 我是再也不吃海鲜了 这帮犊子",
    "当年厂子说黄就黄 几万人下岗 谁管过我们",
    "贪官抓一个几个亿 我们修一辈子车都挣不着人家零头",
    "养老金 机关的一个月七八千 企业的两三千 这公平吗",
    "国企那帮领导 吃拿卡要 工人累死累活",
    "房价都让他们炒上天了 现在烂尾了 谁兜底",
    "医保每年涨 看个病还是得自己掏腰包",
    "那个新闻看没 又是哪个局长 家里搜出一屋子现金",
    "电视上天天说形势大好 你出门瞅瞅 门市都关了一半",
    "台湾那帮台独 就得整 早该收拾了",
    "外国资本来抄底 把好企业都整走了",
    "一天天开会 文件一层压一层 基层干活的累死",
    "交警在路口蹲着罚款 一早上罚好几千 这不就是创收吗",
    "教育改革改来改去 孩子书包越来越沉 补课费越来越贵",
    "说是降油价 降了两毛 涨的时候涨五毛",
    "那些专家让年轻人去农村 他自己孩子咋不去",
    "网上说句实话就删帖封号 还让不让人说话了",
    "美国选举一帮老头互相骂 还教育别人呢",
    "西方那套民主就是忽悠人 别信",
    "沈阳这马路挖了填 填了挖 一年到头修不完 钱都进谁兜了",
    "村里的拆迁款让村干部截了一半 老百姓找谁说理去",
    "取暖费年年涨 暖气烧得还没以前热乎",
    "大学生毕业就失业 还说就业形势好",
    "有些官员出了事就跑国外 家里人早都移民了",
    "物价飞涨 工资十年不涨 这日子咋过",
    "整那个垃圾分类 罚款罚得老百姓一愣一愣的 领导家门口分了吗",
    "南海那边又有人嘚瑟 背后谁撑腰大家都明白",
    "医院专家号都让黄牛包了 老百姓排一宿也挂不上",
    "上面一句话 下面就层层加码 最后遭罪的还是老百姓",
]
POLITICAL_TAILS = ["", "气死我了", "😡😡", "我就说一句", "你们就瞅着吧", "老铁们醒醒吧", "贼闹心", "谁管啊",
                   "扯犊子", "[发怒]", "！！！", "这叫啥事儿", "说白了还是老百姓吃亏"]
POLITICAL_REPLIES = [
    "@lj 德胜又来了 喝多了吧",
    "@dy 老曲少说两句 群再整没了",
    "@gq 群里别唠政治啊 都注意点",
    "@xl 哈哈哈 德胜当年在班里就爱嘚瑟",
    "@zb 消消气 来 喝茶",
    "@gq 老曲 群里注意点影响",
    "@xl 德胜 消停会儿吧",
    "@dy 哈哈哈 老曲今天又上火了",
]


def political_messages(rng):
    msgs = []
    for core in POLITICAL_CORES:
        for t in rng.sample(POLITICAL_TAILS, 2):
            msgs.append(core + (" " + t if t else ""))
    rng.shuffle(msgs)
    msgs = msgs[:68]
    assert len(set(msgs)) == len(msgs)
    return msgs


def build_chats(rng):
    days = list(daterange(D0, D1))
    trip = {"2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05"}
    chats = {
        "wife": Chat("wife", TITLES["wife"], ["wife"]),
        "dy": Chat("dy", TITLES["dy"], ["dy"]),
        "meng": Chat("meng", TITLES["meng"], ["meng"]),
        "wang": Chat("wang", TITLES["wang"], ["wang"]),
        "son": Chat("son", TITLES["son"], ["son"]),
        "group": Chat("group", TITLES["group"], ["qds", "gq", "lj", "xl", "zb", "dy"], group=True),
    }
    for key, scenes in (("wife", WIFE_SCENES), ("dy", DY_SCENES), ("meng", MENG_SCENES), ("wang", WANG_SCENES),
                        ("son", SON_SCENES), ("group", GROUP_SCENES)):
        for when, script in scenes:
            chats[key].add_scene(local(when, ZONE), script.replace("{PLATE}", PLATE_ME), rng)
    day_w = [(6, 8, 2), (11, 13, 3), (17, 19, 3), (19, 22, 4)]
    schedule_fillers(chats["wife"], WIFE_FILLERS, len(WIFE_FILLERS), days, ZONE, day_w, rng, skip_days=trip)
    dyf = [f.replace("{PLATE}", PLATE_ME) for f in DY_FILLERS]
    schedule_fillers(chats["dy"], dyf, len(dyf), days, ZONE, [(9, 12, 2), (12, 14, 2), (18, 22, 4)], rng, skip_days=trip)
    schedule_fillers(chats["meng"], MENG_FILLERS, len(MENG_FILLERS), days, ZONE, [(7, 9, 3), (9, 12, 3), (13, 18, 4)], rng,
                     skip_days=trip)
    schedule_fillers(chats["wang"], WANG_FILLERS, len(WANG_FILLERS), days, ZONE, [(8, 12, 3), (13, 17, 3)], rng, skip_days=trip)
    schedule_fillers(chats["son"], SON_FILLERS, len(SON_FILLERS), days, ZONE, [(12, 13, 2), (19, 22, 4)], rng)
    schedule_fillers(chats["group"], GROUP_FILLERS, len(GROUP_FILLERS), days, ZONE, [(7, 9, 2), (12, 14, 2), (19, 22, 4)], rng)
    pol = political_messages(rng)
    replies: list[str] = []
    i = 0
    while i < len(pol):
        n = rng.choice([1, 2, 2, 3, 3, 4])
        burst = pol[i:i + n]
        i += n
        script = "\n".join("@qds " + m for m in burst)
        if rng.random() < 0.4:
            if not replies:
                replies = list(POLITICAL_REPLIES)
                rng.shuffle(replies)
            script += "\n" + replies.pop()
        for _ in range(80):
            day = rng.choice(days)
            hh = rng.choice([6, 12, 19, 20, 21, 22, 23])
            start = local(f"{day} {hh:02d}:{rng.randint(0, 50):02d}", ZONE)
            if not chats["group"].busy(to_utc(start), to_utc(start) + timedelta(minutes=15)):
                chats["group"].add_scene(start, script, rng)
                break
        else:
            raise RuntimeError("political placement")
    return chats


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def wechatpay_rows(chats, rng, days):
    z = local(D0 + " 00:00", ZONE).tzinfo
    rows = []
    for key, chat in chats.items():
        if chat.group:
            continue
        nick = PEOPLE[chat.other]["nickname"]
        pending = None
        for m in chat.sorted_msgs():
            if m.kind == "transfer":
                pending = m
            elif m.kind == "recv" and pending is not None:
                d = m.ts.astimezone(z)
                incoming = pending.sender != "me"
                rows.append({"dt": d.strftime("%Y-%m-%d %H:%M:%S"), "typ": "转账", "cp": nick,
                             "goods": ("转账备注:" + pending.extra["note"]) if pending.extra["note"] else "/",
                             "io": "收入" if incoming else "支出", "amount": float(pending.extra["amount"]),
                             "method": "/" if incoming else "零钱", "status": "已存入零钱" if incoming else "对方已收钱",
                             "tx": "1000050001" + d.strftime("%Y%m%d") + _d(rng, 18), "mch": "/", "note": "/"})
                pending = None
    # supplier transfer 2360 (bank card) is not WeChat; salary to 小孟 monthly
    for dt in ("2024-03-10 18:12:40", "2024-04-10 18:05:11", "2024-05-10 18:20:33"):
        rows.append({"dt": dt, "typ": "转账", "cp": "小孟同学", "goods": "转账备注:工资", "io": "支出", "amount": 5200.00,
                     "method": "工商银行储蓄卡(" + CARD_ME[-4:] + ")", "status": "对方已收钱",
                     "tx": "1000050001" + dt[:10].replace("-", "") + _d(rng, 18), "mch": "/", "note": "/"})
    merchants = [
        ("商户消费", "中国石化(北二路加油站)", "加油", (300, 420), 7, "零钱"),
        ("商户消费", "老百姓大药房(兴华街店)", "苯磺酸氨氯地平片", (38, 96), 5, "零钱"),
        ("扫二维码付款", "体彩投注站(北二西路)", "/", (20, 100), 11, "零钱"),
        ("扫二维码付款", "老四季抻面", "/", (18, 42), 5, "零钱"),
        ("扫二维码付款", "金源烟酒超市", "/", (25, 130), 6, "零钱"),
        ("扫二维码付款", "盲人按摩推拿", "/", (80, 120), 4, "零钱"),
        ("商户消费", "美团", "美团订单", (35, 90), 4, "零钱"),
        ("扫二维码付款", "聚友棋牌室", "/", (50, 100), 6, "零钱"),
    ]
    for typ, cp, goods, (lo, hi), n, method in merchants:
        for _ in range(n):
            day = rng.choice(days)
            if cp == "聚友棋牌室":
                day = rng.choice([d for d in days if datetime.strptime(d, "%Y-%m-%d").weekday() == 6])
            hh = rng.choice([7, 11, 12, 17, 18, 19]) if cp != "聚友棋牌室" else rng.choice([14, 15, 20])
            dt = f"{day} {hh:02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            amount = float(rng.choice([20, 40, 50, 100])) if "体彩" in cp else round(rng.uniform(lo, hi), rng.choice([0, 2]))
            g = goods if goods != "美团订单" else "美团订单-" + _d(rng, 20)
            rows.append({"dt": dt, "typ": typ, "cp": cp, "goods": g, "io": "支出", "amount": amount, "method": method,
                         "status": "支付成功", "tx": "42000023" + _d(rng, 20),
                         "mch": _d(rng, 22) if typ == "商户消费" else "/", "note": "/"})
    customers = ["平安是福", "A张姐", "李哥修车", "春暖花开", "老赵", "辽A出租王师傅", "蓝天白云", "A小刘"]
    for _ in range(16):
        day = rng.choice(days)
        dt = f"{day} {rng.randint(9, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        rows.append({"dt": dt, "typ": "二维码收款", "cp": rng.choice(customers), "goods": "收款方备注:二维码收款",
                     "io": "收入", "amount": float(rng.choice([120, 180, 260, 300, 450, 680, 880, 1200])),
                     "method": "/", "status": "已收钱", "tx": "10001071" + _d(rng, 22), "mch": "/", "note": "/"})
    return rows


def alipay_rows(rng, days):
    rows = []

    def order():
        return "2024" + _d(rng, 24)

    for dt in ("2024-03-05 09:31:22", "2024-04-05 10:02:47", "2024-05-06 09:45:10"):
        rows.append({"dt": dt, "cat": "转账红包", "cp": "沈阳顺达通物流有限公司", "acct": "sdt***@example.com",
                     "desc": "车队维修保养月结", "io": "收入", "amount": 12800.00, "method": "余额", "status": "交易成功",
                     "order": order(), "morder": "", "note": ""})
    rows.append({"dt": "2024-05-08 16:02:33", "cat": "转账红包", "cp": "王德旺", "acct": "186******31",
                 "desc": "4月配件款", "io": "支出", "amount": 3180.00, "method": "工商银行储蓄卡(" + CARD_ME[-4:] + ")",
                 "status": "交易成功", "order": order(), "morder": "", "note": ""})
    rows.append({"dt": "2024-04-09 10:20:05", "cat": "转账红包", "cp": "李广才", "acct": "137******08",
                 "desc": "轮胎款", "io": "支出", "amount": 2640.00, "method": "工商银行储蓄卡(" + CARD_ME[-4:] + ")",
                 "status": "交易成功", "order": order(), "morder": "", "note": ""})
    for dt, fee, desc in [("2024-03-11 20:34:18", 50.00, "挂号费-心血管内科 付宏亮"), ("2024-03-15 19:02:40", 30.00, "挂号费-骨科 付宏亮"),
                          ("2024-03-18 09:41:12", 286.50, "门诊缴费-影像科"), ("2024-04-21 20:12:55", 50.00, "挂号费-心血管内科 付宏亮")]:
        rows.append({"dt": dt, "cat": "医疗健康", "cp": "中国医科大学附属第一医院", "acct": "/", "desc": desc, "io": "支出",
                     "amount": fee, "method": "余额", "status": "交易成功", "order": order(), "morder": _d(rng, 18), "note": ""})
    for _ in range(5):
        day = rng.choice(days)
        rows.append({"dt": f"{day} {rng.randint(12, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                     "cat": "医疗健康", "cp": "国大药房(铁西店)", "acct": "/", "desc": "药品 降压药 膏药", "io": "支出",
                     "amount": round(rng.uniform(45, 160), 2), "method": "余额", "status": "交易成功", "order": order(),
                     "morder": _d(rng, 20), "note": ""})
    shops = [("汽车用品", "世达工具官方旗舰店", "套筒扳手组套", (189, 460)), ("汽车用品", "博世汽车配件旗舰店", "火花塞", (120, 260)),
             ("日用百货", "京东超市", "洗衣液", (39, 89)), ("服饰装扮", "骆驼官方旗舰店", "工装裤 劳保", (89, 159)),
             ("汽车用品", "3M汽车用品旗舰店", "玻璃水 20桶", (160, 220))]
    for _ in range(12):
        cat, cp, desc, (lo, hi) = rng.choice(shops)
        day = rng.choice(days)
        rows.append({"dt": f"{day} {rng.choice([7, 12, 13, 20, 21]):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                     "cat": cat, "cp": cp, "acct": "tb" + _d(rng, 6) + "***", "desc": desc, "io": "支出",
                     "amount": round(rng.uniform(lo, hi), 2), "method": "余额", "status": "交易成功", "order": order(),
                     "morder": "T200P" + _d(rng, 19), "note": ""})
    for cp, cat, desc, (lo, hi), n in [("沈阳燃气", "充值缴费", "燃气费", (150, 260), 2),
                                       ("国网辽宁省电力公司", "充值缴费", "电费 宏亮汽修", (600, 1100), 3),
                                       ("中国移动", "充值缴费", "话费充值", (100, 100), 3),
                                       ("高德打车", "交通出行", "高德打车订单", (18, 45), 2),
                                       ("滴滴加油", "爱车养车", "加油", (300, 380), 3)]:
        for _ in range(n):
            day = rng.choice(days)
            rows.append({"dt": f"{day} {rng.randint(7, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                         "cat": cat, "cp": cp, "acct": "/", "desc": desc, "io": "支出",
                         "amount": round(rng.uniform(lo, hi), 2), "method": "余额", "status": "交易成功", "order": order(),
                         "morder": _d(rng, 20), "note": ""})
    rows.append({"dt": "2024-03-28 14:22:19", "cat": "保险", "cp": "中国人民财产保险股份有限公司", "acct": "/",
                 "desc": f"机动车商业险 {PLATE_ME.replace('·', '')}", "io": "支出", "amount": 3268.40, "method": "余额",
                 "status": "交易成功", "order": order(), "morder": _d(rng, 20), "note": ""})
    rows.append({"dt": "2024-04-19 21:08:31", "cat": "酒店旅游", "cp": "携程旅行网", "acct": "/",
                 "desc": "济州岛5日游 2人", "io": "支出", "amount": 6980.00, "method": "余额", "status": "交易成功",
                 "order": order(), "morder": _d(rng, 20), "note": ""})
    return rows


PLACES = {
    "home": Place("home", "福缘里小区", 41.822413, 123.301522, "", "HOME"),
    "shop": Place("shop", "宏亮汽修", 41.798526, 123.356214, "", "WORK"),
    "chess": Place("chess", "聚友棋牌室", 41.810218, 123.340107),
    "hosp": Place("hosp", "中国医科大学附属第一医院", 41.775213, 123.416811),
    "parts": Place("parts", "沈阳汽配城", 41.830514, 123.372206),
    "mom": Place("mom", "丈母娘家", 41.831107, 123.410325),
    "tuina": Place("tuina", "盲人按摩推拿", 41.801402, 123.349918),
    "airport": Place("airport", "沈阳桃仙国际机场", 41.639823, 123.483512),
    "jeju": Place("jeju", "济州岛", 33.499621, 126.531188),
}


def mode_for(a, b, d):
    if d > 300000:
        return "car"
    if d > 1200:
        return "car"
    return "walk"


def build_location(rng):
    for p in PLACES.values():
        p.place_id = place_id(rng)
    P = PLACES
    stays = []
    T = lambda day, hm: local(f"{day} {hm}", ZONE)
    hosp_days = {"2024-03-12": ("08:15", "12:50"), "2024-03-18": ("08:40", "11:30"), "2024-04-22": ("08:30", "10:40")}
    chess_days = {"2024-03-03": "21:25", "2024-03-17": "20:35", "2024-03-24": "22:18", "2024-04-14": "21:45",
                  "2024-05-26": "21:05"}
    for day in daterange(D0, D1):
        wd = datetime.strptime(day, "%Y-%m-%d").weekday()
        nxt = (datetime.strptime(day, "%Y-%m-%d") + timedelta(days=1)).strftime("%Y-%m-%d")
        m = rng.randint
        if day == "2024-05-01":
            stays += [(P["home"], T(day, "00:00"), T(day, "05:40")), (P["airport"], T(day, "06:35"), T(day, "08:50")),
                      (P["jeju"], T(day, "13:30"), T(nxt, "00:00"))]
            continue
        if "2024-05-02" <= day <= "2024-05-04":
            stays.append((P["jeju"], T(day, "00:00"), T(nxt, "00:00")))
            continue
        if day == "2024-05-05":
            stays += [(P["jeju"], T(day, "00:00"), T(day, "11:00")), (P["airport"], T(day, "16:10"), T(day, "16:50")),
                      (P["home"], T(day, "17:45"), T(nxt, "00:00"))]
            continue
        seq = []
        if wd == 6:
            seq.append((P["home"], T(day, "00:00"), T(day, f"13:{m(5, 30):02d}")))
            if day in chess_days:
                end = chess_days[day]
                seq.append((P["chess"], T(day, f"13:{m(45, 59):02d}"), T(day, end)))
                back = (datetime.strptime(end, "%H:%M") + timedelta(minutes=14)).strftime("%H:%M")
                seq.append((P["home"], T(day, back), T(nxt, "00:00")))
            elif rng.random() < 0.75:
                seq.append((P["chess"], T(day, f"13:{m(45, 59):02d}"), T(day, f"21:{m(10, 40):02d}")))
                seq.append((P["home"], T(day, f"21:{m(50, 59):02d}"), T(nxt, "00:00")))
            elif rng.random() < 0.5:
                seq.append((P["mom"], T(day, "15:20"), T(day, "20:10")))
                seq.append((P["home"], T(day, "20:45"), T(nxt, "00:00")))
            else:
                seq[0] = (P["home"], T(day, "00:00"), T(nxt, "00:00"))
        else:
            seq.append((P["home"], T(day, "00:00"), T(day, f"06:{m(35, 55):02d}")))
            if day in hosp_days:
                a, b = hosp_days[day]
                seq.append((P["hosp"], T(day, a), T(day, b)))
                seq.append((P["shop"], T(day, f"13:{m(20, 40):02d}"), T(day, f"18:{m(20, 45):02d}")))
            else:
                seq.append((P["shop"], T(day, f"07:{m(10, 25):02d}"), T(day, f"11:{m(30, 50):02d}")))
                r = rng.random()
                if r < 0.15 or day == "2024-03-13":
                    seq.append((P["parts"], T(day, f"12:{m(5, 20):02d}"), T(day, f"13:{m(0, 20):02d}")))
                elif r < 0.28 and day >= "2024-03-18":
                    seq.append((P["tuina"], T(day, f"12:{m(0, 10):02d}"), T(day, f"13:{m(10, 25):02d}")))
                seq.append((P["shop"], T(day, f"13:{m(30, 45):02d}"), T(day, f"18:{m(20, 50):02d}")))
            seq.append((P["home"], T(day, f"19:{m(5, 30):02d}"), T(nxt, "00:00")))
        stays += seq
    merged = []
    for p, a, b in stays:
        if merged and merged[-1][0].key == p.key and merged[-1][2] >= a:
            merged[-1] = (p, merged[-1][1], b)
        else:
            merged.append((p, a, b))
    segs = build_segments(merged, mode_for)
    for s in segs:
        if s.kind == "move" and s.distance > 300000:
            s.mode = "car"
    return [s for s in segs if not (s.kind == "move" and s.distance > 300000)]


def generate(root: str):
    rng = random.Random(460315)
    chats = build_chats(rng)
    files = []
    wrng = random.Random(8841)
    lid = 10234
    for i, key in enumerate(("wife", "dy", "meng", "wang", "son", "group")):
        chat = chats[key]
        people = {k: PEOPLE[k] for k in ["me"] + chat.members}
        files += write_memotrace(root, "wechat/聊天记录", chat, 15 + i * 7, people, ZONE, wrng, lid)
        lid += 5000
    days = list(daterange(D0, D1))
    prng = random.Random(31337)
    files += write_wechatpay(root, "wechatpay/微信支付账单(20240301-20240531).csv", ME_NICK, (D0, D1),
                             "2024-06-01 07:42:18", wechatpay_rows(chats, prng, days))
    files += write_alipay(root, "alipay/alipay_record_20240601_074903.csv", ME_NAME, ME_EMAIL, (D0, D1),
                          "2024-06-01 07:49:03", alipay_rows(prng, days))
    lrng = random.Random(2024)
    files += write_ios_location(root, "location-history.json", build_location(lrng), ZONE, lrng)

    reg = Registry()
    for n in [ME_NAME, "高秀芝", "赵大勇", "孟凡超", "王德旺", "付天宇", "曲德胜", "刘春燕", "李广才", "刘国庆"]:
        reg.add("PERSON", n)
    for n in ["秀芝", "大勇", "小孟", "老王", "宇子", "德胜", "老曲", "老金", "张姐", "李哥", "老李", "国庆", "大刘", "彪哥",
              "秀丽", "王师傅"]:
        reg.add("PERSON", n, "text")
    for v in [ME_PHONE, ME_PHONE_SP, ME_PHONE_DASH, ZHANG_PHONE, LIU_PHONE]:
        reg.add("PHONE_NUMBER", v)
    reg.add("EMAIL_ADDRESS", ME_EMAIL)
    reg.add("CN_ID_CARD", ID_CARD)
    reg.add("CN_PASSPORT", PASSPORT)
    for v in [CARD_ME_SP, CARD_WANG_SP, CARD_LI]:
        reg.add("CN_BANK_CARD", v)
    for v in [PLATE_DY, PLATE_C1, PLATE_C2, PLATE_C3, PLATE_ME, PLATE_ME.replace("·", "")]:
        reg.add("LICENSE_PLATE", v)
    reg.add("QQ_NUMBER", ME_QQ)
    reg.add("WECHAT_ID", WANG_ALIAS)
    reg.add("WECHAT_ID", ME_ALIAS)
    reg.add("LOCATION", HOME_FULL)
    reg.add("LOCATION", SHOP_ADDR)

    counts = {k: sum(1 for m in c.msgs if m.kind not in ("system", "recall")) for k, c in chats.items()}
    top = sorted([k for k in chats if k != "group"], key=lambda k: -counts[k])[:3]
    facts = {
        "home": {"lat": PLACES["home"].lat, "lon": PLACES["home"].lon, "radius_m": 300,
                 "address": "沈阳市" + HOME_FULL, "city": "沈阳"},
        "work": {"lat": PLACES["shop"].lat, "lon": PLACES["shop"].lon, "radius_m": 300,
                 "employer": "宏亮汽修 (own repair shop, 沈阳市" + SHOP_ADDR + ")"},
        "sleep_window": {"start": "22:40", "end": "06:10", "tolerance_min": 60},
        "top_contacts": [{"name": TITLES[k], "messages": counts[k]} for k in top],
        "relationships": [
            {"name": "媳妇", "relationship": "wife", "full_name": "高秀芝"},
            {"name": "儿子", "relationship": "son", "full_name": "付天宇"},
            {"name": "大勇", "relationship": "close_friend", "full_name": "赵大勇"},
            {"name": "小孟", "relationship": "colleague", "full_name": "孟凡超"},
            {"name": "王德旺配件", "relationship": "supplier", "full_name": "王德旺"},
        ],
        "religion": {"value": False}, "health": {"value": True}, "politics": {"value": False},
        "financial_stress": {"value": False}, "gambling": {"value": True}, "gaming": {"value": False},
        "salary": {"amount": "12800.00", "currency": "CNY", "payer": "沈阳顺达通物流有限公司", "period": "monthly"},
        "risky_contact": {"name": "曲德胜", "why": "posts 68 distinct angry political rants in the group 铁西技校96届老同学"},
    }
    user = {"names": [ME_NAME, ME_NICK], "phones": [ME_PHONE, ME_PHONE_SP, ME_PHONE_DASH], "emails": [ME_EMAIL],
            "handles": [ME_ALIAS, ME_WXID, ME_QQ]}
    meta = {"chats": {k: (c.title, counts[k]) for k, c in chats.items()}}
    desc = ("付宏亮, 46, runs a small car-repair shop (宏亮汽修) in 铁西区, 沈阳; 东北话 chats. MemoTrace CSV, "
            "WeChat Pay bill, Alipay GBK bill, Google Maps iOS location-history.json.")
    return files, reg, facts, user, desc, meta
