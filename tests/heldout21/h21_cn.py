"""cn_liu_fengqin: 刘凤琴, 57, Harbin (哈尔滨), helps on a vegetable stall, minds her grandson."""
import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from h21_common import (Msg, cn_id, csv_text, daily_stays, jitter, lay_out, luhn_complete,
                        write_json, write_text, iso_local_ms, UTC)

PID = "cn_liu_fengqin"
TZ = "Asia/Shanghai"
START = date(2024, 3, 1)
DAYS = 92

ME = "me"
USER_NAME = "刘凤琴"
USER_NICK = "凤琴🌻"
USER_WXID = "wxid_8k2f7q1lm3p922"
USER_WECHAT_ID = "liufq_0814"
PHONE_A = "13945126678"
PHONE_B = "139 4512 6678"
PHONE_C = "139-4512-6678"
ID_CARD = cn_id("23010319670814264")
PASSPORT = "E58203916"
ICBC = luhn_complete("622202350001446731")          # her ICBC debit card, 19 digits
ICBC_SP = " ".join([ICBC[0:4], ICBC[4:8], ICBC[8:12], ICBC[12:16], ICBC[16:]])
CCB_SON = luhn_complete("621700123400587291")       # son's CCB card
PLATE_A = "黑A·7M2Q5"
PLATE_B = "黑A7M2Q5"
QQ_LELE = "2985530174"
WX_SONG = "songyz_1970"
HOME_ADDR = "南岗区学府路298号幸福家园12栋3单元602"
HOME_SHORT = "幸福家园12栋3单元602"
DAUGHTER_ADDR = "北京市朝阳区望京西路41号院3号楼1205"
DAUGHTER_EMAIL = "zhangcy0321@example.cn"
DAUGHTER_PHONE = "186 0012 7735"
SON_PHONE = "15846031192"
HOME = (45.72952, 126.63904)
WORK = (45.76618, 126.61702)
SQUARE = (45.73240, 126.64330)
HOSPITAL = (45.73702, 126.64588)
SCHOOL = (45.72410, 126.65820)
MAHJONG = (45.73060, 126.63620)

# contacts: remark (chat title), nickname, wxid
CHATS = {
    "laozhang": ("老张", "张建国", "wxid_z9j3g0a1b2c3d4"),
    "son": ("儿子", "宇", "wxid_zy88u1k2x0m7"),
    "daughter": ("闺女", "春燕🌸北京", "wxid_cy2k7d0p9q41"),
    "wang": ("王姐楼下", "秀芝", "wxid_wxz55a0c1m22"),
    "zhou": ("周老板", "海涛蔬菜", "wxid_zht3c9k0f7e6"),
    "doctor": ("陈大夫", "陈志刚", "wxid_czg71m2n3b5v"),
}
GROUP = ("幸福广场舞队", "24183390217@chatroom")
MEMBERS = {
    "hongmei": ("红梅🌸", "wxid_zhm0a1s2d3f4"),
    "ma": ("马德胜", "wxid_mds9q8w7e6r5"),
    "lili": ("丽丽", "wxid_sl4r5t6y7u8i"),
    "meiyu": ("美玉", "wxid_jmy1z2x3c4v5"),
    "guizhi": ("快乐每一天", "wxid_hgz6b7n8m9k0"),
    "baixue": ("白雪", "wxid_bx3e4r5t6y7u"),
    "song": ("宋玉珍", "wxid_syz2w3e4r5t6"),
}


def _political(rng):
    topics = ["美国那帮人", "日本排核污水", "那些贪官", "开发商", "房价", "养老金双轨制", "看病贵",
              "物价", "退休金", "小日本", "国外媒体", "那个台独"]
    forms = [
        "气死我了！{t}就没一个好东西 早晚得收拾他们",
        "大家都看看吧 {t}的事 新闻都不敢说 太黑了😡😡",
        "转发！{t}欺人太甚 咱老百姓不能再忍了！！！",
        "{t}这事谁管？上面的人都干啥吃的 我就不信没人管得了",
        "我跟你们说 {t}这帮人 就得枪毙几个 才老实",
        "今天早上看视频 {t}又出事了 气得我饭都没吃下去 😤",
    ]
    out = []
    for t in topics:
        for f in forms:
            out.append(f.format(t=t))
    rng.shuffle(out)
    return out[:66]


def build(outdir):
    rng = random.Random(2121)
    zi = ZoneInfo(TZ)
    chats = {}

    def me(t):
        return (ME, t)

    def th(t):
        return ("them", t)

    # ---------------- 老张 (husband)
    scripted = [
        (2, 6, 10, [me("我到摊上了 你把乐乐送学校去 别忘了带水壶"), th("知道了"), me("车开慢点 黑A·7M2Q5那个罚单还没交呢")]),
        (5, 12, 40, [me("今天买了十注双色球 号码还是老样子"), th("又买 回回不中"), me("万一中了呢 中了给你换车😄")]),
        (9, 19, 50, [me("我血压有点高 160/100 头晕"), th("药吃了吗"), me("早上忘了 现在吃"), th("明天去找陈大夫看看吧")]),
        (12, 20, 5, [me("晚上不回去吃了 在王姐家打麻将"), th("少输点"), me("今天手气好 赢了一百五🀄")]),
        (19, 7, 30, [me("车牌号我发你 黑A7M2Q5 你去交警队把违章处理了"), th("好")]),
        (27, 13, 35, [me("老张 我在二院挂上号了 下礼拜三复查"), th("我陪你去"), me("不用 你接乐乐")]),
        (33, 18, 0, [me("昨晚打麻将输了二百 别跟儿子说啊"), th("你悠着点吧"), me("知道知道 最后一回")]),
        (40, 9, 12, [me("空腹血糖8.1 又高了"), th("少吃点粘豆包吧"), me("嗯 馒头也得少吃")]),
        (48, 19, 40, [me("体彩那儿开了 我买的排列三差一个数😭"), th("哈哈 白扔钱")]),
        (55, 14, 20, [me("王姐说让我跟她上极乐寺烧香 我不去 我不信那个"), th("你去逛逛也行")]),
        (62, 20, 10, [me("今天麻将赢了三百 请你吃烧烤"), th("这还差不多🍢")]),
        (70, 6, 30, [me("二甲双胍没了 你下午去药房买两盒"), th("哪个药房"), me("学府路那个老百姓大药房 拿我医保卡")]),
        (78, 12, 0, [me("又买了二十块钱彩票 这期奖池一个多亿"), th("做梦吧你")]),
        (85, 19, 30, [me("我这腿肿了 陈大夫说可能是降压药的事 得换药"), th("明天我开车送你")]),
    ]
    pool = [
        [me("中午吃啥"), th("熬点小米粥"), me("行 我买点豆腐回去")],
        [th("几点回来"), me("一点半收摊")],
        [me("你把阳台那盆君子兰浇浇水"), th("浇了")],
        [th("下雨了 你带伞没"), me("没带 摊上有塑料布")],
        [me("今天白菜一块二一斤 卖的挺快"), th("嗯")],
        [me("晚上广场舞 你自己热饭吃"), th("好")],
        [th("钓鱼去了 晚点回"), me("别又钓到天黑 穿厚点")],
        [me("你把燃气费交了没"), th("交了 二百"), me("👌")],
        [me("[语音转文字]老张啊你下午去接乐乐的时候给他买个面包他中午没吃饱"), th("收到")],
        [th("物业来收暖气费了"), me("放抽屉里那个信封里有钱")],
        [me("今天累死了 腰疼"), th("回来给你贴膏药")],
        [me("你药吃了吗 别光说我"), th("吃了吃了")],
        [th("儿子说周六过来吃饭"), me("那我买条鱼 炖个鱼")],
        [me("出门了 你锁门"), th("嗯")],
        [me("😂😂"), th("[捂脸]")],
        [th("今天冷 零下好几度 你多穿点"), me("穿了棉袄")],
        [me("到家没"), th("到了")],
        [me("老张 手机没电了 一会儿回"), th("好")],
        [th("晚上吃饺子不"), me("吃 酸菜馅的"), th("那我去买酸菜")],
        [me("你妈那边打电话了吗 问问她腿咋样了"), th("打了 好多了")],
        [me("楼上又装修 吵死了"), th("我去说说")],
        [me("下午我带乐乐去公园 你别等我们吃饭了"), th("行")],
        [th("看见乐乐作业没 又没写完"), me("我一会说他")],
        [me("老板让我明天早点去 说来了一车土豆"), th("几点"), me("四点半吧")],
    ]
    chats["laozhang"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.55, (6, 20))

    # ---------------- 儿子
    scripted = [
        (1, 20, 10, [th("妈 给你在网上挂二院的号 发我身份证号"), me(ID_CARD), th("收到")]),
        (6, 18, 30, [me("乐乐这礼拜我接 晓燕加班吧"), th("嗯 她月底忙"), me("没事 让乐乐在我这吃")]),
        (11, 19, 5, [me("儿子 妈的工行卡号 " + ICBC_SP + " 你给我转那两千块钱"), th("好 明天转")]),
        (15, 21, 0, [th("妈你别老打麻将了 爸说你又输钱了"), me("就玩玩 几十块钱的事"), th("上回二百也是几十块？"), me("行了行了")]),
        (22, 17, 45, [th("乐乐天天在你那玩王者荣耀 你给他收着点手机"), me("我哪懂那个 他说是学习"), th("学啥习 就是游戏")]),
        (26, 19, 20, [me("乐乐说他QQ号是" + QQ_LELE + " 让你加他 说要给你看他画的画"), th("知道了")]),
        (34, 12, 15, [th("妈你转我的钱收到了吗 我用的建行那个卡"), me("你卡号多少来着"), th(CCB_SON), me("好 妈记下了")]),
        (44, 20, 0, [me("我血糖又高了 大夫说要打胰岛素 我害怕"), th("先别慌 我明天陪你去医院问问"), me("嗯")]),
        (52, 19, 10, [th("妈 我手机号换了 新号" + SON_PHONE), me("存上了")]),
        (60, 18, 0, [me("晓燕她妈住院了？"), th("嗯 胆结石 做个小手术 没事"), me("我炖点汤给送过去")]),
        (71, 20, 30, [me("乐乐那个游戏又充钱了 我手机上扣了六十八"), th("我说他 以后别给他你手机")]),
        (84, 19, 0, [me("周六来吃饭吧 炖大鹅"), th("好 带乐乐和晓燕过去")]),
    ]
    pool = [
        [th("妈 吃了吗"), me("吃了 你们呢")],
        [me("乐乐放学了 在我这写作业呢"), th("好 我七点去接")],
        [me("你爸又去钓鱼了"), th("让他注意安全")],
        [th("晓燕说周末带乐乐去冰雪大世界"), me("早关了吧 都开化了"), th("哦对😂")],
        [me("天冷 给乐乐多穿点"), th("知道了妈")],
        [me("[语音转文字]儿子你下班顺道去趟超市买桶豆油家里没油了"), th("好")],
        [th("妈你那个降压药还有吗"), me("还有半盒")],
        [me("今天卖菜挣了点 给乐乐买了双鞋"), th("妈你别老给他买")],
        [me("👍"), th("[OK]")],
        [th("妈 下周三我出差 去大庆"), me("路上慢点")],
        [me("乐乐今天考试考了多少"), th("数学九十二"), me("真棒👍👍")],
        [th("我给你买了个血压计 快递到了去取一下"), me("好 花那钱干啥")],
        [me("你单位食堂吃的好不好"), th("凑合")],
        [me("晚上来拿饺子 包了一百多个"), th("好嘞")],
        [th("妈 乐乐发烧了 今天不送你那了"), me("几度啊 给他吃退烧药"), th("三十八度 吃了")],
        [me("晓燕加班到几点"), th("九点多吧")],
        [me("外面风大 开车慢点"), th("嗯")],
    ]
    chats["son"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.5, (7, 20))

    # ---------------- 闺女 (北京)
    scripted = [
        (3, 20, 15, [th("妈 五一我想带你跟我爸去俄罗斯玩 海参崴 你护照还在不"), me("在 我翻翻"), me("护照号" + PASSPORT + " 你看对不对"), th("对 我先给你们报上")]),
        (8, 20, 40, [th("我的新地址 " + DAUGHTER_ADDR + " 你寄东西寄这"), me("好 给你寄点红肠和大列巴")]),
        (13, 19, 30, [me("闺女 你那个邮箱是啥 旅行社让发材料"), th(DAUGHTER_EMAIL), me("记下了")]),
        (17, 20, 10, [me("妈最近血压高 还有糖尿病 医生让我少吃甜的"), th("妈你得按时吃药啊 我给你买个血糖仪"), me("好")]),
        (24, 21, 0, [th("妈你又去买彩票了？我爸说你天天去"), me("就几块钱 乐呵乐呵"), th("别上瘾了啊")]),
        (29, 20, 0, [th("我电话 " + DAUGHTER_PHONE + " 单位那个座机别打了"), me("嗯")]),
        (38, 19, 45, [me("寄给你了 顺丰 寄到" + HOME_SHORT + "旁边那个快递站发的 地址写的你望京那个"), th("收到了收到了 红肠真香😋")]),
        (46, 20, 20, [th("妈你们家那个小区叫啥来着 我给你买的东西写地址"), me("哈尔滨市" + HOME_ADDR), th("好")]),
        (57, 20, 0, [me("你那个同事小韩还信教吗 上回说天天去教堂"), th("嗯她信基督 我不信 就是陪她去过一回")]),
        (66, 19, 0, [me("俄罗斯去不了了 你爸腰疼 坐不了那么久车"), th("那就改个近的 去镜泊湖"), me("行")]),
        (79, 20, 30, [th("妈 我谈了个对象 叫何方 湖南人"), me("啥时候带回来看看"), th("暑假吧")]),
        (88, 20, 0, [me("何方那孩子干啥的"), th("做IT的 妈你别问了😂")]),
    ]
    pool = [
        [th("妈 北京今天沙尘暴"), me("出门戴口罩")],
        [me("吃饭了没"), th("在吃外卖")],
        [me("别老吃外卖 不干净"), th("知道啦")],
        [th("妈我加班 晚点给你打电话"), me("好 别太累")],
        [me("[视频通话 时长 12:31]")],
        [th("妈你那广场舞视频我看了 跳的真好"), me("那是 我们队拿过区里二等奖呢💃")],
        [me("北京房租又涨了？"), th("涨了三百"), me("要不回哈尔滨得了")],
        [th("给你买了件羊毛衫 快递三天到"), me("别乱花钱")],
        [me("你哥说孩子又长高了"), th("哈哈 快一米五了吧")],
        [th("妈 生日快乐🎂"), me("谢谢闺女❤️")],
        [me("晚上早点睡 别熬夜"), th("嗯嗯")],
        [me("[语音转文字]闺女啊你那边冷不冷哈尔滨今天又下雪了四月份还下雪"), th("北京二十度了😂")],
        [th("我爸的腰好点没"), me("贴膏药呢 好点了")],
        [me("😘"), th("😘😘")],
    ]
    chats["daughter"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.42, (8, 20))

    # ---------------- 王姐楼下 (neighbour)
    scripted = [
        (4, 15, 0, [th("凤琴 初一我上极乐寺烧香 你去不"), me("我不去了 我不信这个 你去吧"), th("去拜拜菩萨保佑你血压")]),
        (10, 16, 30, [th("晚上三缺一 来不来"), me("来 几点"), th("七点 老李也来")]),
        (18, 21, 0, [me("今天输惨了 李国庆那手气太好了"), th("哈哈 明天捞回来")]),
        (25, 13, 0, [th("你家老张车停我车位了"), me("我让他挪 黑A7M2Q5那个是吧"), th("对")]),
        (36, 15, 20, [th("我家那个吃素念经的事 你别跟别人说啊"), me("放心吧王姐")]),
        (50, 14, 0, [me("王姐 今天麻将赢的钱我转你一半 说好的"), th("哈哈 够意思")]),
        (64, 16, 0, [th("凤琴 你血压咋样了 我那有个偏方"), me("不敢乱吃 听大夫的")]),
        (75, 15, 0, [th("新搬来那个宋玉珍想学广场舞 让你加她微信 " + WX_SONG), me("好 我加她")]),
    ]
    pool = [
        [th("今天有新鲜豆角没"), me("有 给你留二斤")],
        [me("王姐 我家快递在你那吗"), th("在 来拿")],
        [th("下午打麻将不"), me("今天不了 接孙子")],
        [th("晚上去跳舞不"), me("去 七点楼下见")],
        [me("你孙女放假回来了？"), th("回来了 胖了😂")],
        [th("楼道灯又坏了 跟物业说一声"), me("说了 说明天修")],
        [me("送你点酸菜 自己腌的"), th("谢谢啊")],
        [th("外面滑 慢点走"), me("嗯")],
        [me("[语音转文字]王姐我明天早上去批发市场你要啥不要我给你捎回来"), th("捎两斤鸡蛋")],
    ]
    chats["wang"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.32, (9, 19))

    # ---------------- 周老板 (employer)
    scripted = []
    for di in (0, 31, 61):
        scripted.append((di, 14, 5, [th("工资转你了 2800 点一下"), me("收到 谢谢周老板")]))
    scripted += [
        (14, 5, 20, [th("凤琴 今天来车了 早点来卸货"), me("马上到")]),
        (42, 13, 50, [me("周老板 明天我去医院复查 请一天假"), th("行 身体要紧")]),
        (68, 12, 30, [th("账对上没"), me("对上了 今天卖了三千二")]),
    ]
    pool = [
        [th("明天几点到"), me("五点半")],
        [th("黄瓜涨价了 卖三块五"), me("知道了")],
        [me("周老板 土豆快没了"), th("下午再拉一车")],
        [th("今天市场检查 把秤擦擦"), me("好")],
        [me("收摊了 钥匙放老地方了"), th("👌")],
        [th("下雨收早点"), me("嗯")],
    ]
    chats["zhou"] = lay_out(rng, TZ, START, DAYS, scripted, pool, 0.3, (5, 13))

    # ---------------- 陈大夫 (doctor)
    scripted = [
        (7, 15, 0, [me("陈大夫您好 我是刘凤琴 上回您给看的高血压"), th("你好 最近血压多少"), me("早上160/100 晚上150/95"), th("硝苯地平接着吃 下周来复查"), me("好 我电话139-4512-6678 有事您打我")]),
        (28, 10, 0, [me("陈大夫 我今天空腹血糖8.1"), th("二甲双胍按时吃了吗"), me("有时候忘"), th("一定要按时 少吃主食")]),
        (45, 16, 0, [th("化验结果出来了 糖化偏高 考虑加胰岛素"), me("能不能先不打针"), th("先调饮食一个月看看")]),
        (74, 9, 0, [me("陈大夫 我脚踝肿了"), th("可能是硝苯地平的副作用 明天来门诊换个药")]),
        (86, 10, 30, [me("换了药腿不肿了 谢谢陈大夫🙏"), th("好 血压每天记录发我")]),
        (89, 20, 0, [me("今天血压 135/85 血糖6.9"), th("不错 继续保持")]),
    ]
    chats["doctor"] = lay_out(rng, TZ, START, DAYS, scripted, [], 0, (9, 16))

    # ---------------- group 幸福广场舞队
    pol = _political(rng)
    gmsgs = []
    members = list(MEMBERS)
    other_lines = {
        "hongmei": ["今晚七点学府广场 老地方 都别迟到啊💃", "新曲子《火红的萨日朗》 大家回去看视频练练", "明天下雨 停一次", "区里比赛报名了 咱们队十二个人",
                    "@凤琴🌻 你那音箱充电没", "都穿红衣服 拍照好看", "今天跳的不错👍👍", "周六早上八点彩排"],
        "lili": ["我儿子工作没了 愁死了 谁认识人给介绍个活", "今晚我不去了 我家老头子住院了", "谢谢大家关心 他出院了", "凤琴借我那两千 下月一定还"],
        "meiyu": ["我做了辣白菜 明天给大家带点", "我女儿在韩国 给我寄的面膜 谁要", "[图片]", "跳完去吃冷面不"],
        "guizhi": ["早上好🌹🌹🌹", "[表情]", "祝大家周末愉快🌸🌸", "转发：老年人喝水的十个误区", "好好好👍"],
        "baixue": ["白雪今天有事请假", "我家孙子考上实验中学了😊", "谁有去北京的火车票攻略", "哈哈哈"],
        "song": ["大家好 我是新来的宋玉珍 住六栋", "谢谢红梅姐", "我跳的不好 大家多包涵😅"],
        "ma": ["老马来了", "今晚我拿音响"],
    }
    my_lines = ["收到👌", "今晚我去", "音箱充好电了", "老马 别发这些了 咱跳舞的群", "我今天不去了 接孙子",
                "谁要豆角 我摊上新到的", "宋玉珍你好 欢迎欢迎", "新加的朋友加我微信 " + USER_WECHAT_ID, "丽丽 钱不着急",
                "拍的视频真好看", "🌹🌹", "我血压高 今天少跳两首", "明天见", "好的红梅姐"]
    # political posts spread over days
    pdays = sorted(rng.sample(range(DAYS), 66))
    for i, di in enumerate(pdays):
        d = START + timedelta(days=di)
        t = datetime(d.year, d.month, d.day, rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59), tzinfo=zi)
        gmsgs.append(Msg(t, "ma", pol[i]))
    for di in range(DAYS):
        d = START + timedelta(days=di)
        if rng.random() < 0.55:
            k = rng.choice(["hongmei", "hongmei", "lili", "meiyu", "guizhi", "guizhi", "baixue", "song", "ma"])
            lines = other_lines[k]
            t = datetime(d.year, d.month, d.day, rng.randint(7, 20), rng.randint(0, 59), rng.randint(0, 59), tzinfo=zi)
            gmsgs.append(Msg(t, k, rng.choice(lines)))
        if rng.random() < 0.22:
            t = datetime(d.year, d.month, d.day, rng.randint(7, 20), rng.randint(0, 59), rng.randint(0, 59), tzinfo=zi)
            gmsgs.append(Msg(t, ME, rng.choice(my_lines)))
    # fixed ones
    fx = [(20, "song", other_lines["song"][0]), (20, "hongmei", "欢迎宋玉珍👏👏"), (21, ME, "新加的朋友加我微信 " + USER_WECHAT_ID + " 电话" + PHONE_B),
          (30, "ma", "老马来了"), (30, ME, "老马 别发这些了 咱跳舞的群"), (31, "ma", "你们女人懂啥"),
          (47, "lili", other_lines["lili"][0]), (47, ME, "丽丽 我先借你两千 不着急还"), (58, "lili", other_lines["lili"][3])]
    for di, k, txt in fx:
        d = START + timedelta(days=di)
        gmsgs.append(Msg(datetime(d.year, d.month, d.day, 19, 0, rng.randint(0, 59), tzinfo=zi) + timedelta(minutes=len(gmsgs) % 50), k, txt))
    gmsgs.sort(key=lambda m: m.dt)
    chats["group"] = gmsgs

    # sprinkle media (voice/image) rows into 1:1 chats
    for key in ("laozhang", "son", "daughter"):
        ms = chats[key]
        for idx in sorted(rng.sample(range(len(ms)), 6)):
            m = ms[idx]
            ms.append(Msg(m.dt + timedelta(seconds=20), m.sender, "", kind=rng.choice(["voice", "image", "sticker"])))
        ms.sort(key=lambda m: m.dt)

    files = _write_wechat(outdir, chats, rng)
    pay_rows = _write_payments(outdir, rng)
    _write_timeline(outdir, rng)

    counts = {CHATS[k][0] if k != "group" else GROUP[0]: len(v) for k, v in chats.items()}
    return chats, counts


KIND = {"text": 1, "image": 3, "voice": 34, "sticker": 47}


def _write_wechat(outdir, chats, rng):
    header = ["localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status", "StrContent",
              "StrTime", "Remark", "NickName", "Sender"]
    lid = 1000
    for key, msgs in chats.items():
        rows = [header]
        if key == "group":
            remark, talker = GROUP
        else:
            remark, nick, talker = CHATS[key]
        for m in msgs:
            lid += rng.randint(1, 3)
            epoch = int(m.dt.timestamp())
            st = m.dt.astimezone(ZoneInfo(TZ)).strftime("%Y-%m-%d %H:%M:%S")
            is_me = m.sender == ME
            if key == "group":
                if is_me:
                    nn, sender = USER_NICK, USER_WXID
                else:
                    nn, sender = MEMBERS[m.sender]
            else:
                nn = nick
                sender = USER_WXID if is_me else talker
            content = m.text
            if m.kind == "image":
                content = ""
            elif m.kind == "voice":
                content = ""
            elif m.kind == "sticker":
                content = ""
            rows.append([lid, talker, KIND[m.kind], 0, 1 if is_me else 0, epoch, 2 if is_me else 4, content,
                         st, remark, nn, sender])
        text = csv_text(rows)
        write_text(f"{outdir}/wechat/{remark}_utf8.csv", "\ufeff" + text)


def _pad(v, w):
    return v + " " * max(1, w - _dispw(v))


def _dispw(s):
    return sum(2 if ord(c) > 0x2e80 else 1 for c in s)


def _write_payments(outdir, rng):
    zi = ZoneInfo(TZ)
    # ------------- WeChat Pay
    wrows = []  # (dt, type, party, goods, inout, amount, method, status, note)

    def at(di, h, m):
        d = START + timedelta(days=di)
        return datetime(d.year, d.month, d.day, h, m, rng.randint(0, 59), tzinfo=zi)

    for di in (0, 31, 61):
        wrows.append((at(di, 14, 6), "转账", "周海涛", "转账备注:工资", "收入", "2800.00", "/", "已收钱", "/"))
    for di in (5, 12, 33, 50, 62, 77):
        amt = rng.choice(["100.00", "200.00", "150.00", "50.00", "300.00"])
        if di in (12, 50, 62):
            wrows.append((at(di, 21, 5), "转账", "李国庆", "麻将", "收入", amt, "/", "已收钱", "/"))
        else:
            wrows.append((at(di, 21, 12), "转账", "李国庆", "/", "支出", amt, "零钱", "对方已收钱", "/"))
    wrows.append((at(11, 19, 30), "转账", "张宇", "/", "收入", "2000.00", "/", "已收钱", "/"))
    wrows.append((at(47, 20, 0), "转账", "孙丽", "转账备注:借你的", "支出", "2000.00", "工商银行(7312)", "对方已收钱", "/"))
    wrows.append((at(72, 20, 0), "转账", "孙丽", "转账备注:还钱", "收入", "2000.00", "/", "已收钱", "/"))
    wrows.append((at(50, 14, 5), "转账", "王秀芝", "/", "支出", "75.00", "零钱", "对方已收钱", "/"))
    wrows.append((at(71, 20, 25), "商户消费", "腾讯游戏", "王者荣耀-点券", "支出", "68.00", "零钱", "支付成功", "/"))
    wrows.append((at(44, 9, 0), "微信红包", "张春燕", "/", "收入", "520.00", "/", "已存入零钱", "/"))
    wrows.append((at(83, 12, 0), "微信红包", "张春燕", "/", "收入", "200.00", "/", "已存入零钱", "/"))
    wrows.append((at(84, 20, 0), "微信红包", "刘凤琴", "发给张乐乐", "支出", "100.00", "零钱", "对方已收钱", "/"))
    merchants = [("早餐-张记豆浆油条", "早餐", 6, (4, 12)), ("哈达农副产品批发市场", "蔬菜批发", 5, (150, 620)),
                 ("学府路便民超市", "日用品", 17, (12, 68)), ("老百姓大药房(学府路店)", "硝苯地平控释片", 16, (28, 58)),
                 ("滴滴出行", "快车", 15, (11, 26)), ("哈尔滨公交", "乘车码", 8, (2, 2)), ("比优特超市", "购物", 16, (40, 180))]
    for di in range(DAYS):
        if rng.random() < 0.62:
            name, goods, hh, (lo, hi) = rng.choice(merchants)
            amt = "%.2f" % (rng.randint(lo * 100, hi * 100) / 100.0)
            wrows.append((at(di, hh, rng.randint(0, 59)), "商户消费", name, goods, "支出", amt, rng.choice(["零钱", "工商银行(7312)"]), "支付成功", "/"))
    wrows.sort(key=lambda r: r[0], reverse=True)
    tin = sum(float(r[5]) for r in wrows if r[4] == "收入")
    tout = sum(float(r[5]) for r in wrows if r[4] == "支出")
    nin = sum(1 for r in wrows if r[4] == "收入")
    nout = sum(1 for r in wrows if r[4] == "支出")
    pre = [
        ["微信支付账单明细"], ["微信昵称：[" + "凤琴🌻" + "]"],
        ["起始时间：[2024-03-01 00:00:00] 终止时间：[2024-05-31 23:59:59]"], ["导出类型：[全部]"],
        ["导出时间：[2024-06-02 09:14:37]"], [""], ["共%d笔记录" % len(wrows)], ["收入：%d笔 %.2f元" % (nin, tin)],
        ["支出：%d笔 %.2f元" % (nout, tout)], ["中性交易：0笔 0.00元"], ["注："],
        ["1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易"],
        ["2. 本明细仅展示当前账单中的交易，不包括已删除的记录"], ["3. 本明细仅供个人对账使用"], [""],
        ["----------------------微信支付账单明细列表--------------------"],
        ["交易时间", "交易类型", "交易对方", "商品", "收/支", "金额(元)", "支付方式", "当前状态", "交易单号", "商户单号", "备注"],
    ]
    lines = []
    for r in pre:
        lines.append(r + [""] * (11 - len(r)))
    for i, r in enumerate(wrows):
        tid = "42000%018d\t" % (rng.randint(10 ** 16, 10 ** 17))
        mid = ("%d\t" % rng.randint(10 ** 15, 10 ** 16)) if r[1] == "商户消费" else "/"
        lines.append([r[0].strftime("%Y-%m-%d %H:%M:%S"), r[1], r[2], r[3], r[4], "¥" + r[5], r[6], r[7], tid, mid, r[8]])
    write_text(f"{outdir}/wechat_pay/微信支付账单(20240301-20240531).csv", csv_text(lines))

    # ------------- Alipay (GBK)
    arows = []  # dt, cat, party, acct, goods, inout, amt, method, status, note
    for di in range(0, DAYS, 4):
        if rng.random() < 0.8:
            amt = rng.choice(["10.00", "20.00", "20.00", "30.00", "50.00"])
            arows.append((at(di, rng.randint(15, 19), rng.randint(0, 59)), "文化休闲", "中国福利彩票学府路投注站", "/", "双色球 自选", "支出", amt, "余额宝", "交易成功", ""))
    for di in (9, 37, 66):
        arows.append((at(di, 10, 12), "医疗健康", "哈尔滨医科大学附属第二医院", "/", "门诊挂号-内分泌科", "支出", "50.00", "工商银行储蓄卡(7312)", "交易成功", ""))
    for di in (2, 30, 60, 88):
        arows.append((at(di, 16, 40), "医疗健康", "老百姓大药房", "/", "二甲双胍缓释片x2", "支出", "%.2f" % rng.uniform(30, 60), "余额", "交易成功", ""))
    for di in (3, 34, 64):
        arows.append((at(di, 18, 2), "充值缴费", "中国移动", "/", "话费充值-" + PHONE_A, "支出", "100.00", "余额宝", "交易成功", ""))
    for di in (15, 45, 75):
        arows.append((at(di, 18, 30), "充值缴费", "哈尔滨中庆燃气", "/", "燃气费", "支出", "%.2f" % rng.uniform(80, 200), "余额宝", "交易成功", ""))
    arows.append((at(8, 20, 50), "转账红包", "张春燕", "/", "转账-红肠钱", "支出", "300.00", "余额", "交易成功", ""))
    arows.append((at(3, 21, 0), "转账红包", "张春燕", "/", "转账-旅行社定金", "收入", "1000.00", "余额", "交易成功", ""))
    shops = [("日用百货", "大润发(学府店)", "超市购物"), ("餐饮美食", "老昌春饼", "春饼套餐"), ("服饰装扮", "淘宝-爱心妈妈服饰", "中老年广场舞服装"),
             ("日用百货", "拼多多", "扇子舞道具"), ("交通出行", "哈尔滨地铁", "地铁乘车"), ("餐饮美食", "张包铺", "包子")]
    for di in range(DAYS):
        if rng.random() < 0.38:
            c, p, g = rng.choice(shops)
            arows.append((at(di, rng.randint(9, 20), rng.randint(0, 59)), c, p, "/", g, "支出", "%.2f" % rng.uniform(6, 160), rng.choice(["余额宝", "花呗", "工商银行储蓄卡(7312)"]), "交易成功", ""))
    arows.sort(key=lambda r: r[0], reverse=True)
    tin = sum(float(r[6]) for r in arows if r[5] == "收入")
    tout = sum(float(r[6]) for r in arows if r[5] == "支出")
    out = []
    out.append("-" * 84)
    out.append("导出信息：")
    out.append("姓名：" + USER_NAME)
    out.append("支付宝账户：" + PHONE_A)
    out.append("起始时间：[2024-03-01 00:00:00]    终止时间：[2024-05-31 23:59:59]")
    out.append("导出交易类型：[全部]")
    out.append("导出时间：[2024-06-02 09:20:11]")
    out.append("共%d笔记录" % len(arows))
    out.append("收入：%d笔 %.2f元" % (sum(1 for r in arows if r[5] == "收入"), tin))
    out.append("支出：%d笔 %.2f元" % (sum(1 for r in arows if r[5] == "支出"), tout))
    out.append("不计收支：0笔 0.00元")
    out.append("")
    out.append("特别提示：")
    notes = ["1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或因支付宝账户被冻结等原因，存在交易未能成功的可能；",
             "2.请勿将本回单作为收款方发货的凭据使用，请查询账户实际到账情况后再行发货；",
             "3.支付宝快捷支付等非余额支付方式可能由银行或第三方支付机构提供服务，支付宝交易争议可由双方协商解决；",
             "4.本回单如经任何涂改、编造，均立即失去效力；",
             "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
             "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
             "7.禁止将本回单用于非法用途；", "8.本明细仅展示当前账单中的交易，不包括已删除的记录；", "9.本明细仅供个人对账使用。"]
    out += notes
    out.append("")
    out.append("------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------")
    hdr = ["交易时间", "交易分类", "交易对方", "对方账号", "商品说明", "收/支", "金额", "收/付款方式", "交易状态", "交易订单号", "商家订单号", "备注"]
    widths = [20, 24, 24, 24, 24, 22, 22, 26, 24, 15, 22, 22]
    out.append(",".join(_pad(h, w) for h, w in zip(hdr, widths)) + ",")
    for r in arows:
        oid = "2024%s22001%08d" % (r[0].strftime("%m%d"), rng.randint(0, 99999999))
        moid = "T200P%014d" % rng.randint(0, 10 ** 14) if r[2] not in ("张春燕",) else ""
        vals = [r[0].strftime("%Y-%m-%d %H:%M:%S"), r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]]
        cells = [_pad(v, w) for v, w in zip(vals, widths)]
        cells.append(oid + "\t")
        cells.append(_pad(moid, 20) + "\t")
        cells.append(_pad(r[9], 20))
        out.append(",".join(cells) + ",")
    text = "\r\n".join(out) + "\r\n"
    import os
    os.makedirs(f"{outdir}/alipay", exist_ok=True)
    with open(f"{outdir}/alipay/alipay_record_20240602_0920.csv", "wb") as f:
        f.write(text.encode("gbk"))
    return len(wrows) + len(arows)


def _write_timeline(outdir, rng):
    def plan(day, wd, r):
        segs = []
        if wd == 6:  # Sunday: home, maybe hospital/mahjong, square
            segs.append(("home", 0, 9.5 + r.random()))
            if r.random() < 0.5:
                segs.append(("mahjong", 13.5, 17.5 + r.random()))
            segs.append(("home", 18.0, 18.8))
        else:
            leave = 5.0 + r.random() * 0.4
            segs.append(("home", 0, leave))
            segs.append(("work", leave + 0.4, 13.3 + r.random() * 0.5))
            if wd in (0, 2, 4):
                segs.append(("school", 15.3, 15.8))
            elif r.random() < 0.12:
                segs.append(("hospital", 14.5, 16.0))
            segs.append(("home", 16.3 + r.random() * 0.3, 18.8))
        if r.random() < 0.7:
            segs.append(("square", 19.0, 20.5))
            segs.append(("home", 20.7, 24))
        else:
            segs[-1] = (segs[-1][0], segs[-1][1], 24)
        return segs

    stays = daily_stays(TZ, START, DAYS, plan, rng)
    places = {"home": (HOME, "HOME", "ChIJh21cnHomeXfJqk0aaQ"), "work": (WORK, "INFERRED_WORK", "ChIJh21cnWorkMkt7bb1"),
              "square": (SQUARE, "UNKNOWN", "ChIJh21cnSquareQq2cc"), "hospital": (HOSPITAL, "UNKNOWN", "ChIJh21cnHospYy3dd"),
              "school": (SCHOOL, "UNKNOWN", "ChIJh21cnSchool8ee4"), "mahjong": (MAHJONG, "UNKNOWN", "ChIJh21cnMjRoomff5")}
    segs = []
    prev = None
    for sa, sb, key in stays:
        (lat, lon), stype, pid = places[key]
        if prev is not None:
            pa, plat, plon = prev
            if sa > pa:
                segs.append({"startTime": iso_local_ms(pa), "endTime": iso_local_ms(sa),
                             "startTimeTimezoneUtcOffsetMinutes": 480, "endTimeTimezoneUtcOffsetMinutes": 480,
                             "activity": {"start": {"latLng": "%.7f°, %.7f°" % (plat, plon)},
                                          "end": {"latLng": "%.7f°, %.7f°" % (lat, lon)},
                                          "distanceMeters": round(rng.uniform(500, 5200), 1),
                                          "topCandidate": {"type": rng.choice(["IN_BUS", "IN_PASSENGER_VEHICLE", "WALKING"]),
                                                           "probability": round(rng.uniform(0.6, 0.95), 6)}}})
        jl = jitter(rng, lat, lon, 8)
        segs.append({"startTime": iso_local_ms(sa), "endTime": iso_local_ms(sb),
                     "startTimeTimezoneUtcOffsetMinutes": 480, "endTimeTimezoneUtcOffsetMinutes": 480,
                     "visit": {"hierarchyLevel": 0, "probability": round(rng.uniform(0.7, 0.98), 6),
                               "topCandidate": {"placeId": pid, "semanticType": stype,
                                                "probability": round(rng.uniform(0.5, 0.95), 6),
                                                "placeLocation": {"latLng": "%.7f°, %.7f°" % jl}}}})
        prev = (sb, lat, lon)
    raw = []
    for s in segs[::9]:
        if "visit" in s:
            raw.append({"position": {"LatLng": s["visit"]["topCandidate"]["placeLocation"]["latLng"],
                                     "accuracyMeters": rng.randint(5, 40), "altitudeMeters": round(rng.uniform(130, 160), 1),
                                     "source": rng.choice(["WIFI", "GPS", "CELL"]), "timestamp": s["startTime"]}})
    obj = {"semanticSegments": segs, "rawSignals": raw,
           "userLocationProfile": {"frequentPlaces": [
               {"placeId": places["home"][2], "placeLocation": "%.7f°, %.7f°" % HOME, "label": "HOME"},
               {"placeId": places["work"][2], "placeLocation": "%.7f°, %.7f°" % WORK, "label": "WORK"}]}}
    write_json(f"{outdir}/google/Timeline.json", obj, ascii_=False, indent=2)


MASK = []


def pii_candidates():
    P = "PERSON"
    c = [(P, USER_NAME), (P, "张建国"), (P, "老张"), (P, "张宇"), (P, "林晓燕"), (P, "晓燕"), (P, "乐乐"), (P, "张乐乐"),
         (P, "张春燕"), (P, "王秀芝"), (P, "王姐"), (P, "周海涛"), (P, "陈志刚"), (P, "陈大夫"), (P, "李国庆"), (P, "老李"),
         (P, "宋玉珍"), (P, "马德胜"), (P, "老马"), (P, "孙丽"), (P, "丽丽"), (P, "白雪"), (P, "何方"), (P, "小韩"),
         (P, "周老板"), (P, "红梅姐"),
         ("PHONE_NUMBER", PHONE_A), ("PHONE_NUMBER", PHONE_B), ("PHONE_NUMBER", PHONE_C), ("PHONE_NUMBER", SON_PHONE), ("PHONE_NUMBER", DAUGHTER_PHONE),
         ("EMAIL_ADDRESS", DAUGHTER_EMAIL), ("CN_ID_CARD", ID_CARD), ("CN_PASSPORT", PASSPORT),
         ("CN_BANK_CARD", ICBC_SP), ("CN_BANK_CARD", CCB_SON), ("LICENSE_PLATE", PLATE_A), ("LICENSE_PLATE", PLATE_B),
         ("QQ_NUMBER", QQ_LELE), ("WECHAT_ID", WX_SONG), ("WECHAT_ID", USER_WECHAT_ID),
         ("LOCATION", "哈尔滨市" + HOME_ADDR), ("LOCATION", HOME_SHORT), ("LOCATION", DAUGHTER_ADDR)]
    return c


def facts(counts):
    top = sorted(((k, v) for k, v in counts.items() if k != GROUP[0]), key=lambda kv: -kv[1])[:3]
    return {
        "home": {"lat": HOME[0], "lon": HOME[1], "radius_m": 300, "address": "哈尔滨市" + HOME_ADDR, "city": "哈尔滨"},
        "work": {"lat": WORK[0], "lon": WORK[1], "radius_m": 300, "employer": "周记蔬菜摊（道里菜市场，周海涛）"},
        "sleep_window": {"start": "22:00", "end": "05:00", "tolerance_min": 60},
        "top_contacts": [{"name": k, "messages": v} for k, v in top],
        "relationships": [
            {"name": "老张", "relationship": "partner", "full_name": "张建国"},
            {"name": "儿子", "relationship": "son", "full_name": "张宇"},
            {"name": "闺女", "relationship": "daughter", "full_name": "张春燕"},
            {"name": "王姐楼下", "relationship": "neighbour", "full_name": "王秀芝"},
            {"name": "周老板", "relationship": "employer", "full_name": "周海涛"},
            {"name": "陈大夫", "relationship": "doctor", "full_name": "陈志刚"},
        ],
        "religion": {"value": False},
        "health": {"value": True},
        "politics": {"value": False},
        "financial_stress": {"value": False},
        "gambling": {"value": True},
        "gaming": {"value": False},
        "salary": {"amount": "2800.00", "currency": "CNY", "payer": "周海涛", "period": "monthly"},
        "risky_contact": {"name": "马德胜", "why": "posts 66 distinct angry political messages in the 幸福广场舞队 group chat"},
    }


USER = {"names": [USER_NAME, USER_NICK, "凤琴"], "phones": [PHONE_A, PHONE_B, PHONE_C],
        "emails": [], "handles": [USER_WECHAT_ID]}
DESCRIPTION = ("刘凤琴, 57, Harbin (南岗区). Retired linen-mill worker who now helps on 周海涛's vegetable stall in 道里 "
               "six mornings a week, minds her grandson 乐乐, dances in the 幸福广场舞队 in the evening. High blood "
               "pressure and diabetes; buys lottery tickets and plays mahjong for money.")
