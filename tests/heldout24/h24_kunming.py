"""Persona cn_kunming_student: 段欣妍, 21, student in 呈贡 (昆明), part-time at a milk-tea shop.
Formats: PyWxDump CSV (+users.json), Alipay bill CSV (GBK), WeChat Pay bill CSV, Google Semantic Location History."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

from h24_common import (Chat, Place, Registry, build_segments, cn_id, daterange, local, luhn_complete,
                        place_id, schedule_fillers, to_utc)
from h24_writers import write_alipay, write_pywxdump, write_semantic, write_wechatpay

PID = "cn_kunming_student"
ZONE = "Asia/Shanghai"
D0, D1 = "2024-09-01", "2024-11-30"

ME_NAME = "段欣妍"
ME_PHONE = "18787126043"
ME_PHONE_SP = "187 8712 6043"
ME_EMAIL = "dxy0612@example.cn"
ME_QQ = "2846173095"
ME_WXID = "wxid_d7k2m9q4xr1n22"
ME_ALIAS = "dxy_0612yy"
ME_NICK = "妍妍今天不摆烂"

ID_CARD = cn_id("530381", "20030612", "042")
CARD = luhn_complete("622848041736925817")
CARD_SP = " ".join(CARD[i:i + 4] for i in range(0, len(CARD), 4))
DAD_PHONE_SP = "139 8742 0517"
MOM_PHONE = "15912684370"
PLATE = "云D8M352"
QIQI_ALIAS = "qiqi_lsq0321"
TEACHER_EMAIL = "zhouwj_ynsd@example.cn"
DORM_ADDR = "呈贡区景明南路339号"
DORM_FULL = f"云南省昆明市{DORM_ADDR} 学府苑7栋506"
FAMILY_ADDR = "宣威市龙泉路58号"

PEOPLE = {
    "me": {"wxid": ME_WXID, "nickname": ME_NICK, "remark": "", "account": ME_ALIAS, "gender": 2,
           "sign": "奶茶续命 上分随缘", "province": "Yunnan", "city": "Kunming"},
    "mom": {"wxid": "wxid_5g1h8c0r2m9k12", "nickname": "春暖花开", "remark": "老妈", "account": "", "gender": 2,
            "sign": "家和万事兴", "province": "Yunnan", "city": "Qujing", "phone": MOM_PHONE, "labels": ["家人"]},
    "qiqi": {"wxid": "wxid_q3v8n1z6k0pl22", "nickname": "琪琪今天也要开心", "remark": "琪琪🐷", "account": QIQI_ALIAS,
             "gender": 2, "sign": "干饭人干饭魂", "province": "Yunnan", "city": "Yuxi", "labels": ["506"]},
    "chen": {"wxid": "wxid_lc7y2b9t4e6w12", "nickname": "Morning", "remark": "晨晨🌞", "account": "luochen_dali",
             "gender": 1, "sign": "", "province": "Yunnan", "city": "Dali"},
    "boss": {"wxid": "wxid_j8m3x5r1s9fa21", "nickname": "萍水相逢", "remark": "山茶里-蒋姐", "account": "",
             "gender": 2, "sign": "山茶里奶茶 吾悦广场一楼", "province": "Yunnan", "city": "Kunming", "labels": ["兼职"]},
    "yzp": {"wxid": "wxid_y2z9p4k7m1qa12", "nickname": "鹏程万里", "remark": "杨志鹏", "account": "yzp_xw1998",
            "gender": 1, "sign": "位卑未敢忘忧国", "province": "Yunnan", "city": "Qujing", "labels": ["高中同学"]},
    "pa": {"wxid": "wxid_p0a6n3s8d2kg22", "nickname": "平安喜乐", "remark": "", "account": "", "gender": 1,
           "sign": "", "province": "Yunnan", "city": "Kunming", "labels": ["高中同学"]},
    "bz": {"wxid": "wxid_b5z1l7y3r9ht11", "nickname": "艳阳天", "remark": "班长刘艳", "account": "", "gender": 2,
           "sign": "", "province": "Yunnan", "city": "Qujing", "labels": ["高中同学"]},
    "hz": {"wxid": "wxid_h4u2f8c6v0nm21", "nickname": "胖虎不胖", "remark": "", "account": "", "gender": 1,
           "sign": "明天开始减肥", "province": "Yunnan", "city": "Qujing", "labels": ["高中同学"]},
    "jl": {"wxid": "wxid_j1l5w9q2e7rx22", "nickname": "佳丽Jiali", "remark": "", "account": "", "gender": 2,
           "sign": "", "province": "Yunnan", "city": "Qujing", "labels": ["高中同学"]},
    "ws": {"wxid": "wxid_w8s3t6k1y4ub12", "nickname": "帅哥本帅", "remark": "", "account": "", "gender": 1,
           "sign": "", "province": "Yunnan", "city": "Qujing", "labels": ["高中同学"]},
}

CHAT_WXID = {"mom": PEOPLE["mom"]["wxid"], "qiqi": PEOPLE["qiqi"]["wxid"], "chen": PEOPLE["chen"]["wxid"],
             "boss": PEOPLE["boss"]["wxid"], "group": "25738104962@chatroom"}

# ---------------------------------------------------------------------------------------------- mom

MOM_SCENES = [
    ("2024-09-01 14:05", """
< 乖乖到昆明了没有
> 到了到了 刚出站 排队等地铁
< 好 到了宿舍给妈妈说一声
+2h
> 到宿舍了 室友她们都来了
< [voice 9] 好那就好 生活费给你转过去了 一千五 省着点花莫乱买那些有的没得 饭要按时吃
< [transfer 1500.00 生活费]
> [recv 1500.00]
> 收到啦 谢谢老妈[爱心]
> 我会省着花的🥺
"""),
    ("2024-09-03 22:10", """
< 开学了课多不多
> 还行 周二周四下午没课 我还是去奶茶店上班
< 上班可以 莫耽误学习哈
> 知道啦 一个月能挣一千四多 够我吃饭了
< 板扎 我姑娘能干[强]
> 嘿嘿
"""),
    ("2024-09-08 20:30", f"""
< 你爸换号码了 新号码{DAD_PHONE_SP} 你存一下 老号码不用了
> 好 存了
> 他为啥换号
< 老号码套餐贵得很 换了个便宜的
> 哦哦 我爸也会精打细算了
"""),
    ("2024-09-10 19:40", f"""
< 中秋给你寄点月饼过去 地址发我一下 你们学校那个地址我又找不到了
> 云南省昆明市{DORM_ADDR} 学府苑7栋506 {ME_NAME} {ME_PHONE}
> 寄到学校快递站也行 我自己去拿
< 好 明天就寄
> 多寄点云腿月饼 室友她们也爱吃😂
< 晓得了 寄两盒
"""),
    ("2024-09-17 20:10", """
< [img]
< 中秋快乐乖乖 你爸和然然在家吃饭 就差你了
> 中秋快乐🥮 月饼收到了 宿舍都在吃 她们说yyds
< 啥子yyds
> 就是说好吃的意思哈哈哈
< 你们年轻人的话我听不懂[捂脸]
> [voice 6] 妈你就理解成特别好吃就行了 然后那个然然呢 让他好好复习莫天天耍手机
"""),
    ("2024-09-22 21:30", f"""
< 你把你那个农行卡号发我一下 你舅舅要给你打点钱 说是给你的书本费
> {CARD_SP}
> 舅舅真好🥺 帮我谢谢春林舅舅
< 他说不用谢 好好读书就行
"""),
    ("2024-09-26 12:20", """
> 妈我买好国庆回家的票了 30号晚上的火车 十一点多到宣威
< 好 让你爸去车站接你
> 不用 我打车就行
< 大晚上的打啥车 让你爸去 他开车快得很
> 行吧😂
"""),
    ("2024-10-06 15:40", """
> 到昆明了 
< 好 回去好好吃饭 在家那几天瘦了
> 哪有 我在家胖了三斤😭
< 胖点好
"""),
    ("2024-10-09 18:30", f"""
< 你爸那个车被拍了 {PLATE} 在南宁路那个路口压线 扣三分罚两百
> 哈哈哈哈哈 老段也有今天😂
< 你还笑 他气得饭都不吃
> 叫他开慢点嘛
"""),
    ("2024-10-12 21:05", """
> 妈 这个月生活费能不能早点打🥺 
< 咋个了 钱又花完了？
> 没花完 就是花呗要还了 有点紧
< 你那个花呗少用点 跟你说多少次了 那个东西就是借钱
> 我知道了 下个月不用了
< [transfer 500.00 先用着]
> [recv 500.00]
> 谢谢妈😭 
"""),
    ("2024-10-20 19:15", """
< [voice 14] 跟你说个事你莫慌哈 你外婆这两天血压高得很 今天送到市医院住院了 医生说问题不大观察几天
> 啊？？严重吗
> 要不要我回来
< 不用回来 你舅舅和我轮流守着 你好好上课
> 那你们随时跟我说外婆的情况
< 好
"""),
    ("2024-10-23 20:00", """
< 外婆好多了 今天能下床走了
> 太好了🙏
> 让外婆少吃咸的 腌菜那些
< 她不听哦 你打电话跟她说 她听你的
> 好 我明天给她打
"""),
    ("2024-11-01 09:30", """
< [transfer 1500.00 十一月生活费]
> [recv 1500.00]
> 收到 爱你妈😘
"""),
    ("2024-11-01 21:00", """
< 今天初一 我跟你外婆去寺里烧了香 给你和然然求了个护身符 寄给你
> 哈哈好 我会戴着的
< 你莫笑 灵得很
> 没笑没笑🙏
"""),
    ("2024-11-08 22:20", """
< 然然这次月考又退步了 一天到晚抱着手机打游戏 说也说不听
> 高三了还打 我回头说说他
< 你说他可能听 我说他嫌我烦
> 行 我微信骂他
"""),
    ("2024-11-14 20:45", """
< [voice 18] 你春林舅舅又去打麻将了 输了两千多 你舅妈在家哭 唉 你以后找对象莫找这种打牌的
> 啊舅舅怎么又去打了
> 我不找 我找的不打牌😂
< 你找的？你有对象了？
> 没有没有 我说以后🙈
< 有了要跟妈说哈
> 知道啦
"""),
    ("2024-11-18 21:30", f"""
< 你网上给外婆买的那个血压计到了没有 寄到家里哪个地址
> {FAMILY_ADDR} 收件人写的何春梅 电话写的你的
< 好 我这两天注意一下
"""),
    ("2024-11-28 22:10", """
> 妈 跟你说个事 我找了个男朋友 叫罗晨 是大理大学的😳
< 哦哟 终于承认了 我就说嘛
< 人怎么样 家是哪点的
> 他是弥勒的 我们打游戏认识的 在一起半年了 人挺好的 对我很好
< 打游戏认识的？？
< 好嘛 你自己有数就行 带回来给我们看看
> 寒假再说嘛🙈
"""),
]

MOM_FILLERS = [
    "< 吃饭没有\n> 吃了 {食堂的米线|麻辣烫|黄焖鸡|和琪琪吃的砂锅米线}\n< 多吃点 莫省",
    "< 昆明降温了 多穿点衣服\n> 知道了 昆明的天跟小孩子一样😂\n< 被子够不够\n> 够",
    "< [voice 8] 乖乖在干啥子 咋个不回消息\n> 刚刚在上课\n< 哦哦 那你先上课",
    "> 妈 我今天{考试|小组汇报}过了🎉\n< 板扎\n< [sticker 👍]",
    "< 这周回不回来\n> 不回来了 周六要上班\n< 好 注意安全",
    "< [img]\n< 你爸今天钓的鱼\n> 哇这么大\n> 爸可以啊",
    "> [img]\n> 今天的晚霞\n< 好看 昆明的天就是蓝",
    "< 钱够不够用\n> 够的够的\n< 不够跟妈说 莫不好意思",
    "< 你弟说想要个新耳机 你帮他看看哪个好\n> 让他先把成绩考上来再说😤\n< 哈哈 你俩一个样",
    "< 早点睡 莫熬夜\n> 嗯嗯 马上睡\n< [sticker 🌙]",
    "> 妈 宿舍好冷\n< 买个电热毯\n> 宿舍不准用😭\n< 那就多盖一床被子",
    "< 你外婆问你啥时候放寒假\n> 一月中旬吧\n< 她天天念叨你",
    "> 我今天做了个{美甲|新发型}\n> [img]\n< 好看是好看 就是贵不贵\n> 不贵不贵 室友帮我弄的",
    "< [voice 11] 今天我在菜市场碰到你小学同学的妈妈 她说她姑娘考上研究生了 你也要加油哦\n> 知道了妈😅",
    "< 天冷了 你那个羽绒服带了没有\n> 带了 在柜子里",
    "> 在干嘛\n< 跳广场舞\n> 哈哈哈哈 妈你好潮",
    "< 你爸让你少喝奶茶\n> 我就是卖奶茶的[捂脸]\n< 卖可以 自己少喝",
    "> 妈 洋芋焖饭咋个整\n< [voice 20] 洋芋切丁 腊肉也切丁 先把腊肉炒出油 再放洋芋炒一下 然后跟米一起放电饭锅 水少放点\n> 收到 学会了",
    "< 家里的柿子熟了 给你寄点？\n> 不用不用 寄过来都烂了",
    "< 你们元旦放不放假\n> 放三天 我去同学那玩\n< 去哪点 跟哪个\n> 去大理 跟琪琪她们",
    "> [link 云南大降温来了 多地迎来入秋第一场雪|https://mp.weixin.qq.com/s/xK2Pq9LmZ7vRb3Tc]\n> 妈 宣威下雪没\n< 山上下了一点 家里没下",
    "< 少点外卖 外卖不干净\n> 嗯嗯 我在食堂吃",
    "> 晚安妈\n< 晚安",
    "< 你那边地震没得 新闻说\n> 没感觉到\n< 那就好",
    "< [voice 7] 你爸问你电脑好不好用 不好用给你换一个\n> 好用的 不用换 让他省点钱",
    "> 妈你看 [img]\n> 我们学校的银杏黄了\n< 好看 多拍点",
]

# ---------------------------------------------------------------------------------------------- qiqi

QIQI_SCENES = [
    ("2024-09-02 16:20", """
< 家人们 我们宿舍今年还是506 没搬
> 呜呜太好了 不想搬东西
< 海燕说她下午到 沐沐明天
> 我带了云腿月饼 先别吃完😂
< 已经吃了两个了 xswl
"""),
    ("2024-09-05 21:40", f"""
< 周老师让把小组作业发她邮箱 邮箱多少来着
> {TEACHER_EMAIL}
> 就是周文静老师那个 别发错了 发的时候抄送我一下 {ME_EMAIL}
< 好滴 ppt你做完了没
> 做完了 我用qq传你 我qq{ME_QQ} 你好像没加我
< 加了加了 通过一下
"""),
    ("2024-09-12 22:30", """
< 原神新角色出了 我又歪了😭😭
> 哈哈哈哈哈 我昨天也歪了 保底还差30抽
< 我们是什么非酋姐妹
> 我这个月已经充了三百多了 不敢再充了🥲
< 戒了吧
> 戒不了 
"""),
    ("2024-09-19 23:10", """
> 海燕又在打游戏 键盘声音好大
< 她说打完这把就睡 这句话我听了一百遍了
> 3号床今天又是通宵的一天
< hhhh 沐沐已经戴耳塞了
"""),
    ("2024-09-28 14:20", """
> 今天店里人超多 一直在摇奶茶 手要断了
< 辛苦辛苦 下班回来给你留了饭
> 呜呜呜你yyds
> 阿杰今天又请假 就我和小满两个人
< 那个阿杰是不是经常请假
> 对 老板都说他了
"""),
    ("2024-10-16 20:00", """
< 小组名单交上去了 海燕的名字你把燕写成艳了😂 我改回王海燕了
> 啊啊啊对不起 手滑
< 组长写的你哈
> 为啥又是我😭
"""),
    ("2024-10-26 16:00", """
< 晚上五排吗 海燕沐沐都在
> 我今晚上班 十点下班 回来打
< 好 等你
> 我要玩瑶 谁都别跟我抢
"""),
    ("2024-11-04 13:10", """
> 琪琪 能不能借我两百 下周发工资还你🥺
< 可以啊 马上转
< [transfer 200.00 ]
> [recv 200.00]
> 爱你 救命恩人🙏
< 你是不是又买皮肤了😂
> ...就买了一个 真的最后一个了
"""),
    ("2024-11-05 09:15", """
< 海燕昨晚发烧了 38度5 我早上带她去校医院了
> 天 严重吗 我上完课去买点药
< 医生说是流感 开了药 让她多喝水
> 我带点粥回去
< 好 你顺便帮我带个早饭 饿死了
"""),
    ("2024-11-11 22:00", """
> 双十一你买了啥
< 买了件羽绒服 还有一堆零食 你呢
> 我花呗又爆了 买了鞋子和一个键盘
> 这个月要吃土了😭 花呗还有一千多要还
< 姐妹 理财从今天开始
> 明天开始 明天一定
"""),
    ("2024-11-11 12:40", """
> [transfer 200.00 还你的]
< [recv 200.00]
< 收到 这么快
> 工资发了 有钱了 明天请你喝奶茶
"""),
    ("2024-11-20 21:30", """
< 周老师说期末那个论文下周交
> 啊 我还一个字没写
< 我也是 一起去图书馆吧 明天早上八点半
> 八点半起不来 十点吧
< 行 叫上沐沐
"""),
    ("2024-11-26 23:30", """
> 男朋友问元旦他来昆明还是我去大理
< 你去大理吧 正好去洱海
> 我也想去 就是车票还没抢
< 让他抢 男朋友不就是干这个的😂
"""),
]

QIQI_FILLERS = [
    "< 你在哪\n> {图书馆|店里|食堂|快递站}\n< 帮我{带个饭|拿个快递|带杯水}呗\n> 收到",
    "< 今天的课点名了吗\n> 点了 我帮你答到了\n< 爱你😘",
    "> 今晚吃啥\n< {麻辣烫|黄焖鸡|米线|炒饭|烧烤}\n> 走起",
    "< [img]\n< 这个好看吗\n> 好看 买\n< 太贵了 再看看",
    "> 救命 我把热水壶弄坏了\n< xswl 用我的",
    "< 宿管阿姨又来查违章电器了\n> 我的卷发棒藏好了吗\n< 藏了藏了 放我柜子里",
    "> 今天又被顾客骂了 说奶茶太甜\n< 离谱 甜不是你放的吗\n> 对啊 他自己选的全糖😤",
    "< 明天早八\n> 不想起\n< 我也是 互相叫醒\n> 好",
    "> [sticker 😭]\n> 原神又要抽卡了\n< 忍住\n> 忍不住",
    "< 你的快递到了 放你桌上了\n> 谢谢宝",
    "> 周末去{斗南花市|滇池|南屏街|老街}吗\n< 去！\n< 叫不叫海燕\n> 叫",
    "< 昨晚你说梦话了\n> 我说啥了\n< 你说 再来一局 xswl\n> 社死了",
    "> 我今天被辅导员抓去谈话了\n< 周老师又说啥了\n> 说让我们少打游戏多看书😂",
    "> 奶茶店新品 你要不要试试\n< 要 免费吗\n> 员工价 半价",
    "< 我好emo\n> 咋了\n< 没事 就是想家\n> 抱抱 晚上一起吃火锅",
    "> 今天站了八个小时 腿废了\n< 回来我给你捏捏",
    "< 考研还是工作你想好了吗\n> 没想好 先混着吧\n< 我也是 摆烂人",
    "> 你的充电宝借我一下\n< 在我抽屉里",
    "< [voice 6] 你带钥匙没有 我出去了 门我锁了哈\n> 带了",
    "> 沐沐说她男朋友要来 周六宿舍要收拾一下\n< 我的衣服堆成山了😂",
    "< 今晚王者上分吗\n> 上 我已经两天没玩了手痒\n< 十点半 别鸽",
    "> 绝了 今天食堂的米线yyds\n< 哪个窗口\n> 二楼最里面那个",
]

# ---------------------------------------------------------------------------------------------- chen (boyfriend)

CHEN_SCENES = [
    ("2024-09-01 21:00", """
< 到宿舍了吗宝
> 到了 累死了 坐了四个小时车
< 抱抱 早点休息
> 你也是 明天要上课
< 今晚不上号了？
> 上一把！就一把
"""),
    ("2024-09-15 22:40", """
< 上号 今天必须上王者
> 来了来了
+40m
> 又输了 我们那个打野是人机吧
< 别生气 明天继续
> 气死 掉了两颗星😤
"""),
    ("2024-09-20 12:30", f"""
< 我室友大头想加你闺蜜 问我要微信号 哈哈哈
> 哪个闺蜜 琪琪？
< 对 上次视频看到的那个
> 我问问她
+10m
> 她说可以 微信号{QIQI_ALIAS} 让大头别乱说话
< 哈哈哈好 我转告他
"""),
    ("2024-09-25 20:00", """
> 我弟让我教他打王者 我说你先考上大学再说
< 哈哈哈哈 你弟多大了
> 高三了 天天玩手机 我妈快气死了
< 跟你一样
> 我高三可没玩😤
"""),
    ("2024-10-02 20:00", """
> 今天在家 我妈做了一桌子菜
< 真好 我在家也是天天吃
> [img]
< 哇 这是宣威火腿吗
> 对 yyds
"""),
    ("2024-10-03 22:40", """
> 今天同学聚会 佳丽结婚 好热闹
< 有没有前男友😏
> 哈哈哈没有 你放心
> 就是那个杨志鹏又喝多了 在那骂骂咧咧的 说这个说那个
< 哈哈哈 那个愤青？
> 对 就他 我都不接话
"""),
    ("2024-10-18 21:10", """
> 这个月又要吃土了😭
< 咋了
> 花呗要还八百多 工资才一千四 还要吃饭
< [transfer 200.00 给宝宝加餐]
> 你别转 你自己也没钱
< 收着 不然我生气了
> [recv 200.00]
> 那我下个月还你😭
< 还什么还
"""),
    ("2024-10-26 22:40", """
< 今晚五排？
> 我跟琪琪她们 你来吗
< 来 我带大头
> 好 我玩瑶
< 你永远玩瑶🙄
"""),
    ("2024-11-09 09:50", """
< 我上车了 中午到昆明南
> 好 我去接你 南站出口等你
+3h
> 你到哪了
< 出站了 你在哪
> [loc 24.8813 102.8261 昆明南站|云南省昆明市呈贡区]
> 我在这
< 看到你了
"""),
    ("2024-11-10 19:30", """
< 到大理了 
> 好 下次什么时候见
< 元旦！
> 说好了哦
"""),
    ("2024-11-12 00:05", """
> 睡不着
< 咋了
> [voice 22] 就是觉得最近好穷啊然后作业又多店里又忙我就好累 花呗还欠着 然后那个原神还充了钱 我真的是脑子有病
< 不哭不哭 明天我给你点个外卖
> 不要 你也没钱
< 我有 我家教刚发钱
> 呜呜呜
< 早点睡 别想了 钱的事慢慢来
"""),
    ("2024-11-16 15:00", """
> 我开了借呗 借了一千
< ？？借那个干嘛
> 花呗先还上 不然逾期了
< 宝 你这样拆东墙补西墙不行的
> 我知道 我下个月少点奶茶少充游戏
< 我监督你
"""),
    ("2024-11-20 21:50", f"""
< 元旦的票我来抢 你身份证号发我一下 还有手机号
> {ID_CARD}
> 手机号{ME_PHONE}
> 抢30号上午的 动车就行
< 收到 放心
+5m
< 抢到了 30号 8点20 昆明到大理
> 哇你太厉害了吧 爱了爱了😘
"""),
]

CHEN_FILLERS = [
    "< 宝宝早\n> 早\n< 今天几节课\n> {四节|两节|满课} 😭",
    "< 吃饭没\n> 在吃 {食堂|外卖|米线}\n< [img]\n< 我吃的这个\n> 看起来好好吃",
    "< 上号\n> 等我洗个澡\n< 快点\n> 来了",
    "> 想你了\n< 我也想你\n< 下个月去找你\n> 说话算话",
    "> [voice 9] 今天店里来了个奇怪的人 点了一杯全糖加冰加珍珠加椰果加布丁 然后说太甜了 我真的无语\n< xswl 这种人\n> 我微笑服务😊",
    "< 晚安宝宝\n> 晚安猪猪\n< [sticker 😘]",
    "> 在干嘛\n< 在{图书馆|实验室|宿舍|打球}\n> 好好学习\n< 遵命",
    "< 大头又在宿舍唱歌\n> 哈哈哈哈 他唱的啥\n< 孤勇者\n> 救命",
    "> 我今天又被顾客夸了 说我做的奶茶好喝\n< 我家宝最棒",
    "< 今晚赢了五把\n> 牛 带我上分\n< 明晚带你",
    "> 我们宿舍今天停电了😭\n< 啊那怎么办\n> 只能早睡了\n< 这不挺好",
    "> 大理冷不冷\n< 还行 早晚冷\n> 多穿点",
    "< 周末干嘛\n> 上班\n< 又上班\n> 要挣钱啊 穷",
    "> 你看我新头像\n< 好看 像个小仙女\n> 哼 算你会说话",
    "< [link 大理洱海边这家咖啡店绝了|https://www.xiaohongshu.com/explore/6712a9e4000000001b02d3f1]\n< 下次去这家\n> 好！",
    "> 困死了\n< 睡一会\n> 还有课😭",
    "> 今天吃了{菌子火锅|过桥米线|烤豆腐|凉米线}\n< 羡慕\n> 下次带你吃",
    "< 我今天被老师表扬了\n> 哇 厉害\n< 嘿嘿",
    "> 睡了没\n< 没\n> 陪我聊会\n< 好",
    "> 我想喝奶茶\n< 你不是天天做吗\n> 做和喝是两回事",
    "< 我们学院{运动会|篮球赛}我拿了第二\n> 哇\n> 我男朋友真厉害",
    "> 哎今天原神又歪了\n< 你别充了\n> 没充 用的免费的\n< 真的？\n> 真的🙈",
    "> 你那边下雨没\n< 下了\n> 昆明也是",
    "< 打一把再睡？\n> 来\n+25m\n> 赢了 睡了\n< 晚安",
    "> [voice 12] 我跟你说今天室友又把我耳机借走了然后还给我的时候一边没声音了 我真的会谢\n< 让她赔\n> 算了 室友",
    "< 下周考试 我要闭关了\n> 加油 考完奖励你\n< 奖励啥\n> 带你上分",
    "> [call 12:43]\n> 刚刚信号好差",
    "< [img]\n< 今天的苍山\n> 好美 想去",
    "> 我把你备注改了 加了个太阳🌞\n< 那我把你改成猪猪🐷\n> 你敢",
    "> 今晚不打了 要写作业\n< 好 写完叫我",
]

# ---------------------------------------------------------------------------------------------- boss

BOSS_SCENES = [
    ("2024-09-02 20:10", f"""
< 欣妍 这学期排班还是周二周四晚上 周六全天哈
> 好的蒋姐👌
< 你电话再发我一下 我手机换了 通讯录没了
> {ME_PHONE_SP}
< 好 存了
"""),
    ("2024-09-10 19:30", """
< 8月工资支付宝转你了 1460 看一下
> 收到啦 谢谢蒋姐[抱拳]
"""),
    ("2024-09-14 09:20", """
< 阿杰今天又请假了 你能不能早点来 十点
> 可以 我九点五十到
< 好 辛苦了 中午请你吃饭
"""),
    ("2024-09-25 16:00", """
< 你的健康证是不是要到期了 记得去办 要体检那种
> 下个月到期 我这周去办
< 好 不然检查来了要罚款
"""),
    ("2024-10-10 20:05", """
< 9月工资转了 1460
> 收到 谢谢姐
"""),
    ("2024-10-19 18:00", """
< 小满下周要考试 她周二的班你能不能顶一下
> 可以的 
< 谢谢 这个月给你多算一天
"""),
    ("2024-11-02 22:15", """
< 今天营业额破纪录了 大家辛苦🎉
< [transfer 50.00 辛苦费]
> 谢谢蒋姐😍
> [recv 50.00]
"""),
    ("2024-11-10 19:50", """
< 10月工资 支付宝转了 还是1460
> 收到收到 姐辛苦了
"""),
]

BOSS_FILLERS = [
    "< 明天店里盘点 早点到\n> 好的",
    "> 蒋姐 我今天可能晚十分钟 上课拖堂了\n< 没事 路上慢点",
    "< 珍珠快没了 你下班前看一下库存\n> 好 看了 还有两袋",
    "< 这周六能不能多上两个小时\n> 可以\n< 好 加钱",
    "> 姐 今天的外卖单打印机又卡纸了\n< 拍一下\n> [img]\n< 明天我叫人来修",
    "< 新品培训 周四下午三点\n> 收到",
    "> 蒋姐 下周二我要考试 能请假吗\n< 行 我找小满顶",
    "< 记得打卡\n> 打了",
    "< [img]\n< 新的价目表 背一下\n> 好的姐",
    "> 今晚收银对账差了两块钱\n< 没事 下次注意",
    "< 最近外卖差评多 出餐快点\n> 好的 我跟阿杰说一下",
    "< 周末活动第二杯半价 提前备料\n> 收到👌",
    "< [voice 10] 欣妍你下班的时候把那个冰箱门关好 昨天没关严 奶盖坏了一桶\n> 啊对不起 是阿杰最后走的 我跟他说",
]

# ---------------------------------------------------------------------------------------------- group

GROUP_SCENES = [
    ("2024-09-06 20:00", """
@bz 各位 国庆三号佳丽结婚 大家都回来吗 顺便同学聚会
@jl 对对对 请大家喝喜酒🎉 中午12点 龙潭路那个金龙大酒店
@hz 必须回 
@me 我回！恭喜佳丽🎉🎉
@pa 我看看能不能请到假 送外卖不好请
@yzp 我肯定回 
"""),
    ("2024-09-12 21:00", """
@jl [link 王佳丽 & 李浩 婚礼请柬|https://h5.hunliji.com/p/invite/8xQ2mZ4kT]
@jl 电子请柬 大家点开看一下 地址和时间都在里面
@bz 收到 
@ws 收到 恭喜恭喜
"""),
    ("2024-10-03 21:30", """
@jl 谢谢大家今天来 [sticker 🥰]
@bz [img]
@bz [img]
@me 新娘子太美了🥹
@hz 今天喝多了 志鹏那个嘴一直没停
@yzp 我说的都是实话
@pa 哈哈哈 愤青本青
"""),
    ("2024-10-04 11:00", """
@bz 昨天的照片我传群相册了 大家自己下
@ws 班长辛苦
@me 班长辛苦了[抱拳]
"""),
    ("2024-09-20 20:30", """
@bz 大家毕业了都在哪 统计一下 国庆好安排
@ws 曲靖
@pa 昆明 呈贡
@me 我还在读 也在呈贡
@pa 哈哈 老乡 有空约饭
@me 好呀
"""),
]

GROUP_FILLERS = [
    "@hz 有没有人周末{打球|吃烧烤|唱K}\n@ws 我\n@pa 我在昆明 去不了",
    "@ws [img]\n@ws 今天在{公司|工地|车间}加班\n@hz 辛苦",
    "@pa 今天送了五十单 腿要断了\n@hz 平安牛逼",
    "@jl [img]\n@jl 试婚纱\n@bz 好美\n@me 好好看😍",
    "@hz 谁还记得高三班主任那个口头禅\n@ws 同学们 最后一百天了\n@me 哈哈哈哈哈哈",
    "@ws [sticker 🍺]\n@hz 今晚喝一杯",
    "@pa 有没有人在呈贡 一起吃饭\n@me 我在呈贡！\n@pa 周末约",
    "@hz 我今天减肥成功 瘦了五斤\n@ws 一顿饭就回来了",
    "@bz 群里谁有高三毕业照原图 我手机换了没了\n@jl 我有\n@jl [img]",
    "@ws 宣威今天下冰雹了\n@hz 我家车被砸了两个坑😭",
    "@pa [img]\n@pa 呈贡的晚霞\n@me 好美！",
    "@hz [voice 8] 兄弟们有没有懂车的 我那个车打火打不着了\n@ws 电瓶没电了吧",
    "@jl 宝宝满月酒大家来啊 开玩笑的哈哈哈\n@bz 哈哈哈哈 太快了吧",
    "@bz 今天是咱们班主任生日 大家记得发个祝福\n@ws 收到\n@me 收到🎂",
]

POLITICAL_CORES = [
    "看到没 又有地方公务员工资发不出来 倒是领导的车一辆比一辆好",
    "延迟退休这个事我是真想不通 我爸干了一辈子 现在还要多干几年",
    "那些贪官抓一个出来就是几个亿 老百姓攒一辈子都攒不到零头",
    "美国又在那边搞制裁 自己屁股都没擦干净还天天管别人",
    "日本核污水还在往海里排 那帮人根本不把别人当回事",
    "房地产这几年坑了多少家庭 烂尾楼的贷款还得老百姓自己还",
    "我们县那个新修的广场花了几千万 医院连个像样的设备都没有",
    "什么专家建议年轻人多生孩子 他们自己知道奶粉多少钱一罐吗",
    "油价又涨了 说是跟国际接轨 降的时候怎么不接轨",
    "西方媒体天天抹黑我们 又想搞颜色革命那一套",
    "南海那边又有人在挑事 背后是谁大家心里都清楚",
    "村里的低保名额全给了干部亲戚 真正困难的一分钱拿不到",
    "考公考编卷成这样 还不是因为外面没有好工作",
    "有些官员一开口就是 老百姓要理解 我们理解了几十年了",
    "说什么内需不足 工资都不涨拿什么消费",
    "医保一年一年涨 去医院还是什么都要自费",
    "台独那些人就是欠收拾 早该动手了",
    "双减减了个寂寞 补课转地下反而更贵",
    "那个拆迁的新闻看了没 强拆还打人 还有没有王法",
    "那些天天喊躺平可耻的 自己家孩子都在哪上班",
    "物价涨成这样 统计数据还说物价稳定 骗鬼呢",
    "又是哪个部门开会 一个通知下来基层跑断腿",
    "外国资本把我们的市场当提款机 赚完钱就跑",
    "有些地方乱罚款 罚单就是财政收入 太离谱了",
    "年轻人买不起房不敢结婚 还怪年轻人不努力",
    "宣威的厂子倒了一半 上面还在开会说形势一片大好",
    "说要反腐 结果抓的都是小苍蝇 大老虎没几个",
    "网上说两句真话就被删帖 这还让不让人说话了",
    "美国那边选举乱成一锅粥 还好意思教别人民主",
    "养老金差距那么大 农民一个月一百多块够干嘛",
    "某些砖家天天上电视胡说八道 也没人管",
    "那些把家属送出国的官员 吃着国家的骂着国家的",
    "国企高管拿几百万年薪 一线工人三千块还要被裁",
]
POLITICAL_TAILS = ["", "气死我了", "😡😡😡", "我话就放这了", "你们就看着吧", "兄弟们醒醒吧", "真的服了",
                   "谁来管管", "还有没有天理", "[发怒]", "！！！", "这世道", "说到底还是老百姓吃亏"]
POLITICAL_REPLIES = [
    "@pa 志鹏少说两句 群要被封了😂",
    "@hz 又来了又来了",
    "@bz 群里不要聊政治哈 大家注意一下",
    "@ws 老杨今天火气好大",
    "@hz 喝点菊花茶降降火",
    "@jl 哈哈哈哈 志鹏你去当官吧",
    "@bz 志鹏 注意言辞哈",
    "@ws 又开始了 哈哈哈",
    "@pa [捂脸]",
    "@jl 志鹏你这火气 喝口水",
]


def political_messages(rng: random.Random) -> list[str]:
    msgs = []
    for core in POLITICAL_CORES:
        tails = rng.sample(POLITICAL_TAILS, 2)
        for t in tails:
            msgs.append(core + (" " + t if t else ""))
    rng.shuffle(msgs)
    assert len(set(msgs)) == len(msgs) == 66
    return msgs


# extra filler snippets (added so that few exchanges repeat)
CHEN_FILLERS += [
    "#h21-24\n< 今天{好累|累麻了|不想动}\n> 我也是 早点睡吧\n< 再打一把\n> 你这人😂",
    "> 宝 你说我要不要去考个教资\n< 考啊 你肯定行\n> 我怕考不过\n< 先报名再说",
    "< [img]\n< 大理下雪了 苍山顶上\n> 哇 好漂亮\n> 元旦我要看到",
    "> 我们宿舍楼下来了只猫\n> [img]\n< 好胖 哈哈哈\n> 室友天天喂它",
    "< 今天去洱海边骑车了\n> 跟谁\n< 跟大头他们\n> 哦～",
    "> [voice 8] 宝宝我今天上课被老师点名回答问题我完全不知道他在问什么然后我就站着尬笑\n< 哈哈哈哈哈 社死现场",
    "< 你寒假什么时候放\n> 一月十号左右\n< 那我们元旦见完 过年又分开了\n> 没事 天天视频",
    "> 我今天{剪刘海|换了个发色|买了件新衣服}了\n< 照片呢\n> [img]\n< 好看！",
    "< 刚刚打排位遇到个喷子\n> 举报他\n< 举报了 气死",
    "> 你们食堂好吃还是我们食堂好吃\n< 我们的 有饵块\n> 我们有米线😤",
    "> 下雨了 没带伞\n< 等雨停 或者找个同学一起\n> 琪琪来接我了",
    "< 我妈问我寒假带不带女朋友回家\n> ？？？\n> 再等等吧😳\n< 哈哈 我就说说",
    "> 感觉最近胖了\n< 哪有\n> 真的 奶茶喝太多\n< 那就少喝点 你自己做的你都喝",
    "#h21-24\n< 明早早八 我先睡了\n> 晚安🌙",
    "> [link 这届大学生的兼职有多离谱|https://www.bilibili.com/video/BV1xT4y1k7Zp]\n> 笑死 跟我一样\n< 哈哈哈哈",
    "< 今天{王者|原神}又更新了\n> 我晚上再下 宿舍网太卡",
    "> 好想吃你们那边的烤乳扇\n< 元旦带你吃个够",
]
BOSS_FILLERS = [f for f in BOSS_FILLERS if "收银对账" not in f] + [
    "#h21-24\n> 今晚收银对账差了两块钱\n< 没事 下次注意",
    "< 下周开始冬季新品 {热可可|烤奶|姜汁撞奶} 培训一下\n> 好的姐",
    "< 今天谁最后走 记得关空调\n> 我最后走 关了",
    "> 姐 奶茶杯的封口膜没了\n< 仓库最上面那层\n> 找到了",
    "< 最近美团评分掉了 大家注意出餐时间\n> 收到",
    "> 姐 有个顾客说他的奶茶少了珍珠 要退款\n< 给他补一份 别吵\n> 好",
    "< [voice 8] 欣妍你看一下那个收银系统是不是又登不上了\n> 重启一下就好了 我弄好了",
    "> 蒋姐 周六我同学过来 能不能请两个小时假\n< 行 早点说就好",
]
GROUP_FILLERS += [
    "@ws 有人知道宣威火腿现在多少钱一斤吗\n@hz 好的一百多\n@pa 我家自己腌的 不卖哈哈",
    "@jl 大家喜糖收到了没\n@bz 收到了 谢谢佳丽\n@me 收到啦🍬",
    "@hz 今天在曲靖碰到咱们数学老师了\n@ws 还那么凶吗\n@hz 头发白了好多",
    "@pa [img]\n@pa 今天送外卖送到一个豪宅\n@ws 啥样的\n@pa 门口有喷泉 哈哈",
    "@bz 谁有小王老师的微信 她换号了\n@jl 我推给你",
    "@ws 兄弟们 我要结婚了 明年五一\n@hz 卧槽 恭喜\n@me 恭喜恭喜🎉",
    "@hz [sticker 😂]\n@ws [sticker 😂]",
    "@jl 最近有人去滇池看海鸥吗\n@me 我下周去 拍了发群里\n@pa 我也想去",
    "@pa 下雨送外卖太惨了\n@bz 注意安全啊平安",
]
MOM_FILLERS += [
    "< [voice 16] 你舅舅说下个月来昆明看病 到时候你陪他去一下医院 他不认识路\n> 好 哪天来 提前跟我说",
    "> 妈 我奖学金评上了 三等 八百块\n< 真的啊 好 你爸知道了高兴得很\n> 嘿嘿",
    "< 今天宣威下雨了 你那边呢\n> 昆明也下了 好冷",
]
QIQI_FILLERS += [
    "> 我今天在店里看到周老师了 她来买奶茶\n< 哈哈哈 你给她多加珍珠了没\n> 加了双份😂",
    "#h21-24\n< 今晚谁去洗澡 澡堂人多不多\n> 我刚洗完 人好多",
    "> 我们宿舍是不是该买个新插排了\n< 买 我拼多多下单 AA",
]


# ---------------------------------------------------------------------------------------------- build


def build_chats(rng: random.Random):
    days = list(daterange(D0, D1))
    home_days = {"2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05"}
    chats = {
        "mom": Chat("mom", "老妈", ["mom"]),
        "qiqi": Chat("qiqi", "琪琪🐷", ["qiqi"]),
        "chen": Chat("chen", "晨晨🌞", ["chen"]),
        "boss": Chat("boss", "山茶里-蒋姐", ["boss"]),
        "group": Chat("group", "宣威一中高三7班🎓", ["yzp", "pa", "bz", "hz", "jl", "ws"], group=True),
    }
    for key, scenes in (("mom", MOM_SCENES), ("qiqi", QIQI_SCENES), ("chen", CHEN_SCENES), ("boss", BOSS_SCENES),
                        ("group", GROUP_SCENES)):
        for when, script in scenes:
            chats[key].add_scene(local(when, ZONE), script, rng)
    evening = [(8, 12, 2), (12, 14, 3), (14, 17, 1), (17, 19, 2), (19, 23, 6)]
    schedule_fillers(chats["mom"], MOM_FILLERS, len(MOM_FILLERS), days, ZONE, [(12, 14, 3), (18, 22, 6)], rng,
                     skip_days=home_days)
    schedule_fillers(chats["qiqi"], QIQI_FILLERS, len(QIQI_FILLERS), days, ZONE, evening, rng, skip_days=home_days)
    schedule_fillers(chats["chen"], CHEN_FILLERS, len(CHEN_FILLERS), days, ZONE, [(8, 10, 2), (12, 14, 3), (19, 23, 8)], rng,
                     skip_days=home_days)
    schedule_fillers(chats["boss"], BOSS_FILLERS, len(BOSS_FILLERS), days, ZONE, [(9, 12, 2), (14, 17, 2), (19, 22, 3)], rng,
                     skip_days=home_days)
    schedule_fillers(chats["group"], GROUP_FILLERS, len(GROUP_FILLERS), days, ZONE, [(12, 14, 2), (19, 23, 5)], rng)
    # political bursts by 杨志鹏
    pol = political_messages(rng)
    replies: list[str] = []
    i = 0
    while i < len(pol):
        n = rng.choice([1, 2, 2, 3, 3, 4])
        burst = pol[i:i + n]
        i += n
        script = "\n".join("@yzp " + m for m in burst)
        if rng.random() < 0.35:
            if not replies:
                replies = list(POLITICAL_REPLIES)
                rng.shuffle(replies)
            script += "\n" + replies.pop()
        for _ in range(80):
            day = rng.choice(days)
            hh = rng.choice([7, 12, 13, 20, 21, 22, 23])
            start = local(f"{day} {hh:02d}:{rng.randint(0, 50):02d}", ZONE)
            end = to_utc(start) + timedelta(minutes=15)
            if not chats["group"].busy(to_utc(start), end):
                chats["group"].add_scene(start, script, rng)
                break
        else:
            raise RuntimeError("political placement")
    return chats


def chat_payment_rows(chats, rng):
    """WeChat Pay rows mirroring the in-chat transfers."""
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
                d = m.ts.astimezone(local(D0 + " 00:00", ZONE).tzinfo)
                incoming = pending.sender != "me"
                rows.append({"dt": d.strftime("%Y-%m-%d %H:%M:%S"), "typ": "转账", "cp": nick,
                             "goods": ("转账备注:" + pending.extra["note"]) if pending.extra["note"].strip() else "/",
                             "io": "收入" if incoming else "支出", "amount": float(pending.extra["amount"]),
                             "method": "/" if incoming else "零钱", "status": "已存入零钱" if incoming else "对方已收钱",
                             "tx": "1000050001" + d.strftime("%Y%m%d") + _digits(rng, 18), "mch": "/", "note": "/"})
                pending = None
    return rows


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


WX_MERCHANTS = [
    ("商户消费", "蜜雪冰城(大学城店)", "蜜雪冰城", (4, 12), 9),
    ("商户消费", "瑞幸咖啡", "瑞幸咖啡订单", (9.9, 16.9), 5),
    ("商户消费", "美团", "美团订单", (14, 36), 9),
    ("商户消费", "拼多多平台商户", "拼多多订单", (6.9, 49), 5),
    ("商户消费", "滴滴出行", "滴滴快车", (11, 32), 3),
    ("商户消费", "罗森(呈贡吾悦店)", "罗森便利店", (5, 24), 4),
    ("商户消费", "建新园(呈贡店)", "过桥米线", (18, 32), 3),
    ("商户消费", "中国移动", "话费充值", (30, 50), 2),
    ("扫二维码付款", "校门口烧烤摊", "/", (15, 45), 3),
    ("商户消费", "腾讯游戏", "王者荣耀-点券充值", (6, 68), 6),
    ("商户消费", "米哈游", "原神-创世结晶", (30, 128), 5),
]


def wechatpay_rows(chats, rng, days):
    rows = chat_payment_rows(chats, rng)
    for typ, cp, goods, (lo, hi), n in WX_MERCHANTS:
        for _ in range(n):
            day = rng.choice(days)
            hh = rng.choice([9, 11, 12, 13, 17, 18, 19, 20, 21, 22])
            dt = f"{day} {hh:02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            if cp in ("腾讯游戏", "米哈游"):
                amount = float(rng.choice([6, 30, 30, 68, 128] if cp == "腾讯游戏" else [30, 68, 68, 128]))
            else:
                amount = round(rng.uniform(lo, hi), 1 if rng.random() < 0.5 else 2)
            method = rng.choice(["零钱", "零钱", "农业银行储蓄卡(" + CARD[-4:] + ")"])
            g = goods if goods != "美团订单" else "美团订单-" + _digits(rng, 20)
            rows.append({"dt": dt, "typ": typ, "cp": cp, "goods": g, "io": "支出", "amount": amount, "method": method,
                         "status": "支付成功", "tx": "42000024" + _digits(rng, 20),
                         "mch": _digits(rng, 24) if typ == "商户消费" else "/", "note": "/"})
    # red packets in and out
    for day, cp, amt, io in [("2024-10-03", "佳丽Jiali", 8.88, "收入"), ("2024-10-03", "佳丽Jiali", 200.00, "支出"),
                             ("2024-09-17", "春暖花开", 66.66, "收入"), ("2024-11-11", "琪琪今天也要开心", 5.20, "收入")]:
        dt = f"{day} {rng.randint(12, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        rows.append({"dt": dt, "typ": "微信红包" if io == "收入" else "微信红包（单发）", "cp": cp, "goods": "/", "io": io,
                     "amount": amt, "method": "/" if io == "收入" else "零钱",
                     "status": "已存入零钱" if io == "收入" else "支付成功",
                     "tx": "10000399" + _digits(rng, 22), "mch": "/" if io == "收入" else "10000399" + _digits(rng, 20),
                     "note": "/"})
    return rows


def alipay_rows(rng, days):
    rows = []

    def order():
        return "2024" + _digits(rng, 24)

    for dt, month in [("2024-09-10 19:28:41", "8月"), ("2024-10-10 20:03:12", "9月"), ("2024-11-10 19:48:05", "10月")]:
        rows.append({"dt": dt, "cat": "转账红包", "cp": "蒋丽萍", "acct": "139******26", "desc": f"{month}工资",
                     "io": "收入", "amount": 1460.00, "method": "余额", "status": "交易成功", "order": order(),
                     "morder": "", "note": ""})
    rows.append({"dt": "2024-10-21 12:16:40", "cat": "转账红包", "cp": "何春梅", "acct": "159******70",
                 "desc": "外婆给的零花钱", "io": "收入", "amount": 500.00, "method": "余额", "status": "交易成功",
                 "order": order(), "morder": "", "note": ""})
    for dt, amt, bill in [("2024-09-09 21:12:03", 612.40, "2024年08月"), ("2024-10-09 22:40:17", 846.55, "2024年09月"),
                          ("2024-11-16 15:08:44", 1123.80, "2024年10月")]:
        rows.append({"dt": dt, "cat": "信用借还", "cp": "花呗", "acct": "/", "desc": f"花呗主动还款-{bill}账单",
                     "io": "不计收支", "amount": amt, "method": "余额宝", "status": "还款成功", "order": order(),
                     "morder": "", "note": ""})
    rows.append({"dt": "2024-11-16 14:55:02", "cat": "信用借还", "cp": "借呗", "acct": "/", "desc": "借呗借款-到余额宝",
                 "io": "不计收支", "amount": 1000.00, "method": "余额宝", "status": "交易成功", "order": order(),
                 "morder": "", "note": ""})
    rows.append({"dt": "2024-09-26 12:11:37", "cat": "交通出行", "cp": "中国铁路网络有限公司", "acct": "/",
                 "desc": "火车票 昆明-宣威 9月30日", "io": "支出", "amount": 64.50, "method": "余额宝", "status": "交易成功",
                 "order": order(), "morder": "E" + _digits(rng, 9), "note": ""})
    rows.append({"dt": "2024-10-01 09:20:55", "cat": "交通出行", "cp": "中国铁路网络有限公司", "acct": "/",
                 "desc": "火车票 宣威-昆明 10月6日", "io": "支出", "amount": 64.50, "method": "余额宝", "status": "交易成功",
                 "order": order(), "morder": "E" + _digits(rng, 9), "note": ""})
    shops = [("服饰装扮", "森马官方旗舰店", "卫衣女秋季", (59, 129)), ("运动户外", "李宁官方旗舰店", "跑步鞋", (199, 299)),
             ("数码电器", "达尔优外设旗舰店", "机械键盘", (129, 189)), ("美容美发", "花西子官方旗舰店", "散粉", (89, 149)),
             ("日用百货", "名创优品官方旗舰店", "收纳盒", (19, 39)), ("服饰装扮", "优衣库官方旗舰店", "摇粒绒外套", (99, 199)),
             ("文化休闲", "当当网官方旗舰店", "考研英语词汇", (29, 49))]
    for _ in range(14):
        cat, cp, desc, (lo, hi) = rng.choice(shops)
        day = rng.choice(days[60:75] + days)  # extra weight around 双十一
        dt = f"{day} {rng.choice([10, 13, 20, 21, 22, 23]):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        rows.append({"dt": dt, "cat": cat, "cp": cp, "acct": "tb" + _digits(rng, 6) + "***", "desc": desc, "io": "支出",
                     "amount": round(rng.uniform(lo, hi), 2), "method": "花呗", "status": "交易成功", "order": order(),
                     "morder": "T200P" + _digits(rng, 19), "note": ""})
    for cp, cat, desc, (lo, hi), n, method in [("饿了么", "餐饮美食", "饿了么外卖订单", (15, 32), 8, "花呗"),
                                               ("哈啰出行", "交通出行", "哈啰单车骑行", (1.5, 3.0), 7, "余额宝"),
                                               ("高德打车", "交通出行", "高德打车订单", (12, 38), 3, "花呗"),
                                               ("云南师范大学", "充值缴费", "校园卡充值", (100, 200), 2, "余额宝")]:
        for _ in range(n):
            day = rng.choice(days)
            dt = f"{day} {rng.choice([8, 11, 12, 17, 18, 21]):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            amt = round(rng.uniform(lo, hi), 2) if cp != "云南师范大学" else float(rng.choice([100, 200]))
            rows.append({"dt": dt, "cat": cat, "cp": cp, "acct": "/", "desc": desc, "io": "支出", "amount": amt,
                         "method": method, "status": "交易成功", "order": order(), "morder": _digits(rng, 20), "note": ""})
    return rows


# ---------------------------------------------------------------------------------------------- location

PLACES = {
    "dorm": Place("dorm", "学府苑学生公寓7栋", 24.846512, 102.843108, "中国云南省昆明市" + DORM_ADDR, "HOME"),
    "teach": Place("teach", "文科楼", 24.844127, 102.846903, "中国云南省昆明市呈贡区景明南路"),
    "lib": Place("lib", "图书馆", 24.845236, 102.844811, "中国云南省昆明市呈贡区景明南路"),
    "shop": Place("shop", "山茶里奶茶(吾悦广场店)", 24.880214, 102.831792, "中国云南省昆明市呈贡区春融街与彩云南路交叉口吾悦广场1F", "WORK"),
    "dounan": Place("dounan", "斗南花卉市场", 24.904611, 102.787612, "中国云南省昆明市呈贡区斗南街道"),
    "nanping": Place("nanping", "南屏步行街", 25.038614, 102.710322, "中国云南省昆明市五华区南屏街"),
    "station": Place("station", "昆明南站", 24.881301, 102.826114, "中国云南省昆明市呈贡区"),
    "ktrain": Place("ktrain", "昆明站", 25.017602, 102.722118, "中国云南省昆明市官渡区北京路"),
    "xwhome": Place("xwhome", "龙泉路", 26.219514, 104.104713, "中国云南省曲靖市宣威市龙泉路"),
    "xwhotel": Place("xwhotel", "金龙大酒店", 26.223018, 104.098105, "中国云南省曲靖市宣威市龙潭路"),
    "mall": Place("mall", "七彩云南·古滇名城", 24.867721, 102.778915, "中国云南省昆明市晋宁区"),
}


def mode_for(a, b, d):
    if d > 100000:
        return "train"
    if d > 8000:
        return "subway"
    if d > 2500:
        return "bus"
    return "walk"


def build_location(rng: random.Random):
    for p in PLACES.values():
        p.place_id = place_id(rng)
    P = PLACES
    stays = []

    def T(day, hm):
        return local(f"{day} {hm}", ZONE)

    days = list(daterange(D0, D1))
    for day in days:
        wd = datetime.strptime(day, "%Y-%m-%d").weekday()
        nxt = (datetime.strptime(day, "%Y-%m-%d") + timedelta(days=1)).strftime("%Y-%m-%d")
        m = rng.randint
        if "2024-10-01" <= day <= "2024-10-05":
            if day == "2024-10-03":
                stays += [(P["xwhome"], T(day, "00:00"), T(day, f"11:{m(5, 25):02d}")),
                          (P["xwhotel"], T(day, f"11:{m(40, 55):02d}"), T(day, f"20:{m(30, 59):02d}")),
                          (P["xwhome"], T(day, f"21:{m(10, 30):02d}"), T(nxt, "00:00"))]
            else:
                stays.append((P["xwhome"], T(day, "00:00"), T(nxt, "00:00")))
            continue
        if day == "2024-09-30":
            stays += [(P["dorm"], T(day, "00:00"), T(day, f"08:{m(5, 20):02d}")),
                      (P["teach"], T(day, f"08:{m(25, 35):02d}"), T(day, f"16:{m(30, 50):02d}")),
                      (P["dorm"], T(day, f"17:{m(0, 10):02d}"), T(day, "18:20")),
                      (P["ktrain"], T(day, "19:05"), T(day, "19:40")),
                      (P["xwhome"], T(day, "23:35"), T(nxt, "00:00"))]
            continue
        if day == "2024-10-06":
            stays += [(P["xwhome"], T(day, "00:00"), T(day, "09:40")),
                      (P["ktrain"], T(day, "14:55"), T(day, "15:10")),
                      (P["dorm"], T(day, "15:55"), T(nxt, "00:00"))]
            continue
        wake = f"08:{m(0, 15):02d}" if wd < 5 else f"09:{m(10, 50):02d}"
        seq = [(P["dorm"], T(day, "00:00"), T(day, wake))]
        if wd < 5:
            seq.append((P["teach"], T(day, f"08:{m(22, 29):02d}"), T(day, f"11:{m(50, 59):02d}")))
            seq.append((P["dorm"], T(day, f"12:{m(10, 25):02d}"), T(day, f"14:{m(0, 15):02d}")))
            if wd in (1, 3):
                seq.append((P["lib"], T(day, f"14:{m(25, 35):02d}"), T(day, f"16:{m(45, 55):02d}")))
                seq.append((P["shop"], T(day, f"17:{m(20, 28):02d}"), T(day, f"22:{m(2, 12):02d}")))
                seq.append((P["dorm"], T(day, f"22:{m(35, 50):02d}"), T(nxt, "00:00")))
            else:
                seq.append((P["teach"], T(day, f"14:{m(22, 29):02d}"), T(day, f"17:{m(0, 10):02d}")))
                if rng.random() < 0.4:
                    seq.append((P["lib"], T(day, f"19:{m(0, 20):02d}"), T(day, f"21:{m(20, 45):02d}")))
                    seq.append((P["dorm"], T(day, f"21:{m(55, 59):02d}"), T(nxt, "00:00")))
                else:
                    seq.append((P["dorm"], T(day, f"17:{m(20, 40):02d}"), T(nxt, "00:00")))
        elif wd == 5:
            seq[0] = (P["dorm"], T(day, "00:00"), T(day, f"10:{m(15, 25):02d}"))
            seq.append((P["shop"], T(day, f"10:{m(45, 55):02d}"), T(day, f"20:{m(5, 15):02d}")))
            seq.append((P["dorm"], T(day, f"20:{m(40, 55):02d}"), T(nxt, "00:00")))
        else:
            if day == "2024-11-10":
                seq[0] = (P["dorm"], T(day, "00:00"), T(day, "09:40"))
                seq += [(P["nanping"], T(day, "10:30"), T(day, "15:20")), (P["station"], T(day, "16:05"), T(day, "16:40")),
                        (P["dorm"], T(day, "17:20"), T(nxt, "00:00"))]
            else:
                out = rng.choice(["dounan", "nanping", "mall", None])
                if out:
                    seq.append((P[out], T(day, f"13:{m(10, 50):02d}"), T(day, f"17:{m(0, 50):02d}")))
                    seq.append((P["dorm"], T(day, f"18:{m(30, 59):02d}"), T(nxt, "00:00")))
                else:
                    seq[0] = (P["dorm"], T(day, "00:00"), T(nxt, "00:00"))
        if day == "2024-11-09":
            seq = [(P["dorm"], T(day, "00:00"), T(day, "09:30")), (P["station"], T(day, "12:40"), T(day, "13:20")),
                   (P["nanping"], T(day, "14:20"), T(day, "21:10")), (P["dorm"], T(day, "22:05"), T(nxt, "00:00"))]
        stays += seq
    # merge consecutive same-place stays (midnight splits)
    merged = []
    for p, a, b in stays:
        if merged and merged[-1][0].key == p.key and merged[-1][2] >= a:
            merged[-1] = (p, merged[-1][1], b)
        else:
            merged.append((p, a, b))
    # trim first/last to period
    return build_segments(merged, mode_for)


# ---------------------------------------------------------------------------------------------- main


def generate(root: str):
    rng = random.Random(240924)
    chats = build_chats(rng)
    files = []
    base = f"wechat/export/{ME_WXID}/csv"
    wrng = random.Random(9124)
    for key in ("mom", "qiqi", "chen", "boss", "group"):
        chat = chats[key]
        people = {k: PEOPLE[k] for k in ["me"] + chat.members}
        files += write_pywxdump(root, base, chat, CHAT_WXID[key], people, ZONE, wrng)
    days = list(daterange(D0, D1))
    prng = random.Random(4417)
    files += write_wechatpay(root, "wechatpay/微信支付账单(20240901-20241130).csv", ME_NICK, (D0, D1),
                             "2024-12-01 10:21:37", wechatpay_rows(chats, prng, days))
    files += write_alipay(root, "alipay/alipay_record_20241201_102844.csv", ME_NAME, ME_PHONE, (D0, D1),
                          "2024-12-01 10:28:44", alipay_rows(prng, days))
    lrng = random.Random(5150)
    segs = build_location(lrng)
    files += write_semantic(root, "Takeout/Location History (Timeline)/Semantic Location History", segs, ZONE, lrng,
                            device_tag=-1482093317)

    reg = Registry()
    # full names (anywhere)
    for n in [ME_NAME, "何春梅", "蒋丽萍", "李思琪", "王海燕", "杨沐", "罗晨", "周文静", "杨志鹏", "刘艳", "王佳丽", "李浩"]:
        reg.add("PERSON", n)
    # names / nicknames by which third parties are mentioned in text
    for n in ["琪琪", "晨晨", "然然", "海燕", "沐沐", "春林", "阿杰", "小满", "蒋姐", "周老师", "老段", "佳丽", "志鹏",
              "老杨", "平安", "胖虎", "大头", "小王老师"]:
        reg.add("PERSON", n, "text")
    for v in [ME_PHONE, ME_PHONE_SP, DAD_PHONE_SP, MOM_PHONE]:
        reg.add("PHONE_NUMBER", v)
    for v in [ME_EMAIL, TEACHER_EMAIL]:
        reg.add("EMAIL_ADDRESS", v)
    reg.add("CN_ID_CARD", ID_CARD)
    reg.add("CN_BANK_CARD", CARD_SP)
    reg.add("LICENSE_PLATE", PLATE)
    reg.add("QQ_NUMBER", ME_QQ)
    for v in [ME_ALIAS, QIQI_ALIAS, "luochen_dali", "yzp_xw1998"]:
        reg.add("WECHAT_ID", v)
    reg.add("LOCATION", DORM_ADDR)
    reg.add("LOCATION", FAMILY_ADDR)

    counts = {k: sum(1 for m in c.msgs if m.kind not in ("system", "recall")) for k, c in chats.items()}
    facts = {
        "home": {"lat": PLACES["dorm"].lat, "lon": PLACES["dorm"].lon, "radius_m": 300,
                 "address": "云南省昆明市" + DORM_ADDR + "学府苑7栋", "city": "昆明"},
        "work": {"lat": PLACES["shop"].lat, "lon": PLACES["shop"].lon, "radius_m": 300,
                 "employer": "山茶里奶茶(吾悦广场店)"},
        "sleep_window": {"start": "00:40", "end": "07:50", "tolerance_min": 60},
        "top_contacts": [{"name": chats[k].title, "messages": counts[k]}
                         for k in sorted(["mom", "qiqi", "chen", "boss"], key=lambda k: -counts[k])[:3]],
        "relationships": [
            {"name": "老妈", "relationship": "mother", "full_name": "何春梅"},
            {"name": "晨晨🌞", "relationship": "partner", "full_name": "罗晨"},
            {"name": "琪琪🐷", "relationship": "close_friend", "full_name": "李思琪"},
            {"name": "山茶里-蒋姐", "relationship": "employer", "full_name": "蒋丽萍"},
        ],
        "religion": {"value": False}, "health": {"value": False}, "politics": {"value": False},
        "financial_stress": {"value": True}, "gambling": {"value": False}, "gaming": {"value": True},
        "salary": {"amount": "1460.00", "currency": "CNY", "payer": "蒋丽萍", "period": "monthly"},
        "risky_contact": {"name": "杨志鹏", "why": "posts 66 distinct angry political rants in the class group 宣威一中高三7班🎓"},
    }
    user = {"names": [ME_NAME, ME_NICK], "phones": [ME_PHONE, ME_PHONE_SP], "emails": [ME_EMAIL],
            "handles": [ME_ALIAS, ME_WXID, ME_QQ]}
    meta = {"chats": {k: (c.title, counts[k]) for k, c in chats.items()}}
    desc = ("段欣妍, 21, undergraduate in 呈贡 university town (昆明), part-time at a milk-tea shop; family in 宣威 (曲靖). "
            "PyWxDump CSV + users.json, Alipay GBK bill, WeChat Pay bill, Google Semantic Location History.")
    return files, reg, facts, user, desc, meta
