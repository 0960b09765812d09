"""Fillers for zh_pii_free_hard.jsonl (independent11). No person and no personal data.

Shops/brands with surname characters or name-like forms, place names, dishes, films, products, numbers.
"""
import i11_ids as ids


def _s(x):
    return x.split()


# restaurants that serve many dishes (used with {dish:...})
REST = {
    "bj": _s("金鼎轩 南城香 那家小馆 局气 四季民福 萃华楼 紫光园 胡大饭馆 聚宝源 便宜坊 东来顺"),
    "tj": _s("登瀛楼 鸿起顺 老城厢饭庄 天津菜馆 狗不理大酒店"),
    "sy": _s("鹿鸣春 那家老院子 宝发园 铁西老正宗 老山记"),
    "jn": _s("聚丰德 超意兴 老陈家把子肉 孟家扒蹄"),
}
# specialty shops / old brands (used without a dish)
SHOP = {
    "bj": _s("庆丰包子铺 姚记炒肝 护国寺小吃 西少爷肉夹馍 稻香村 张一元茶庄 吴裕泰 南门涮肉 宏源南门涮肉 内联升 瑞蚨祥"),
    "tj": _s("狗不理包子 十八街麻花 耳朵眼炸糕 桂发祥 石头门坎素包 大福来锅巴菜 杨村糕干 二嫂子煎饼 老美华 陆记烫面炸糕 张记果仁"),
    "sy": _s("老边饺子 李连贵熏肉大饼 马烧麦 老四季抻面 西塔大冷面 杨家吊炉饼 胡记鸡架"),
    "jn": _s("草包包子铺 油旋张 宏济堂 便宜坊锅贴 魏家凉皮 阿胶世家 王府池子边上的甜沫摊"),
    "chain": _s("张亮麻辣烫 杨国福麻辣烫 周黑鸭 马记永 陈香贵 李先生牛肉面 永和大王 刘一手火锅 谭鸭血 袁记云饺 "
                "黄记煌 杨铭宇黄焖鸡 小杨生煎 阿香米线 阿甘锅盔 老乡鸡 老娘舅 沪上阿姨 钱大妈 蜜雪冰城 瑞幸 喜茶 "
                "霸王茶姬 茶颜悦色 海底捞 西贝莜面村 呷哺呷哺 和府捞面 袁记串串香 蔡林记 徐记海鲜 "
                "赵记传承 费大厨 太二酸菜鱼 巴奴毛肚火锅 库迪 古茗 书亦烧仙草 塔斯汀"),
}
TEA = _s("沪上阿姨 蜜雪冰城 瑞幸 喜茶 霸王茶姬 茶颜悦色 库迪 古茗 书亦烧仙草")
PLACE = {
    "bj": _s("王府井 张自忠路 赵公口 刘家窑 马家堡 宋家庄 潘家园 左家庄 魏公村 公主坟 白石桥 牛街 簋街 南锣鼓巷 "
             "五道口 望京 国贸 三里屯 雍和宫 什刹海 后海 天坛 颐和园 回龙观 天通苑 亦庄 双井"),
    "tj": _s("五大道 意式风情区 古文化街 滨江道 鼓楼 小白楼 南开大学 大胡同 西北角 杨柳青 于家堡 梅江 天津眼 "
             "海河边 解放北路 水上公园"),
    "sy": _s("中街 太原街 北陵公园 张氏帅府 沈阳故宫 西塔 五里河 浑河边 棋盘山 铁西广场 三好街 青年大街 北市场 "
             "彩电塔夜市"),
    "jn": _s("芙蓉街 宽厚里 大明湖 趵突泉 千佛山 曲水亭街 泉城广场 经十路 洪家楼 王府池子 百花洲 黑虎泉 "
             "山大路 英雄山 印象济南"),
}
DISH = {
    "bj": _s("炸酱面 卤煮 炒肝 豆汁儿 焦圈 驴打滚 艾窝窝 爆肚 京酱肉丝 涮羊肉 烤鸭 门钉肉饼"),
    "tj": _s("煎饼果子 锅巴菜 炸糕 麻花 包子 罾蹦鲤鱼 老爆三 熬鱼贴饽饽"),
    "sy": _s("锅包肉 地三鲜 小鸡炖蘑菇 猪肉炖粉条 溜肉段 鸡架 冷面 老虎菜 铁锅炖大鹅 杀猪菜 拔丝地瓜 东北大拉皮"),
    "jn": _s("把子肉 油旋 甜沫 九转大肠 糖醋鲤鱼 四喜丸子 老醋花生 奶汤蒲菜"),
    "gen": _s("麻婆豆腐 宫保鸡丁 东坡肉 叫花鸡 宋嫂鱼羹 佛跳墙 夫妻肺片 蚂蚁上树 红烧狮子头 担担面 韭菜盒子 疙瘩汤 小米粥"),
}
FILM = _s("《流浪地球2》 《满江红》 《长津湖》 《我不是药神》 《孤注一掷》 《消失的她》 《封神第一部》 "
          "《哪吒之魔童降世》 《唐人街探案3》 《夏洛特烦恼》 《西虹市首富》 《人生大事》 《热辣滚烫》 《飞驰人生2》 "
          "《第二十条》 《抓娃娃》")
SHOW = _s("《漫长的季节》 《狂飙》 《繁花》 《甄嬛传》 《武林外传》 《家有儿女》 《西游记》 《爱情公寓》 《乡村爱情》 "
          "《马大帅》 《闲人马大姐》 《东北一家人》 《刘老根》 《我爱我家》 《编辑部的故事》")
NESHOW = _s("《马大帅》 《乡村爱情》 《东北一家人》 《刘老根》 《漫长的季节》")
KIDS = _s("《熊出没》 《小猪佩奇》 《汪汪队立大功》 《喜羊羊与灰太狼》 《大头儿子和小头爸爸》 《超级飞侠》")
TEAM = {"fb": _s("北京国安 天津津门虎 山东泰山 沈阳城市"), "bb": _s("北京首钢 辽宁本钢 山东高速 北京北汽 天津先行者"),
        "vb": _s("天津女排 北京女排 辽宁女排 山东女排")}
VENUE = {"fb": ["工体", "水滴体育场", "济南奥体中心", "铁西体育场"], "bb": ["五棵松", "辽宁体育馆", "济南奥体西荷花馆", "天津东丽体育馆"],
         "vb": ["天津人民体育馆", "济南奥体中心体育馆"]}
GADGET = _s("小米14 华为Mate60 小天才电话手表 小度音箱 天猫精灵 大疆无人机 华为手环 小米手环")
CAR = _s("小米SU7 小鹏G6 理想L7 蔚来ET5 比亚迪秦PLUS 比亚迪汉 比亚迪唐 比亚迪宋 哈弗H6 红旗H5 五菱宏光MINI")
EBIKE = _s("雅迪电动车 爱玛电动车 小牛电动车")
APPLIANCE = _s("老板油烟机 方太洗碗机 美的空调 格力空调 海尔冰箱 九阳豆浆机 苏泊尔电饭煲 小米扫地机")
WEAR = _s("安踏跑鞋 波司登羽绒服 361度跑鞋 特步运动鞋 回力鞋")
FOODBRAND = _s("康师傅红烧牛肉面 今麦郎 白象方便面 娃哈哈AD钙奶 旺仔牛奶 卫龙辣条 王老吉 王守义十三香 老干妈 "
               "李锦记蚝油 海天酱油 徐福记糖果 陈克明面条 农夫山泉 良品铺子 三只松鼠")
CALL = _s("师傅 老板 亲 姐们儿 哥们儿 老铁 宝子们 家人们 美女 帅哥 大爷 大妈 阿姨 叔 老师儿 老妹儿 大兄弟 二姐 大哥 "
          "小伙子 老板娘")
CALL_ROLE = _s("物业 楼长 管家 骑手小哥 快递小哥 外卖小哥 司机师傅 大夫 护士长 房东 中介 班主任 店员 保安大爷 网格员")
AIRLINE = _s("CA1501 MU5101 HU7181 CZ6102 3U8888 SC4605 ZH9101 MF8077")
TRAIN = {"bjtj": _s("C2001 C2205 G1081 C2563"), "bjsy": _s("G901 G3621 D5 G395"), "bjjn": _s("G185 G35 G1 G111"),
         "any": _s("G117 G1 D315 K1301 G2553 C2001 G7 D8 G185 Z1")}
METRO = {"bj": _s("10号线 13号线 1号线 大兴机场线 昌平线 亦庄线 4号线"),
         "tj": _s("1号线 3号线 6号线 津滨轻轨"), "sy": _s("1号线 2号线 9号线 10号线"), "jn": _s("R1线 R3线 2号线")}

SCALE = {"xs": (1, 8), "s": (8, 40), "m": (40, 300), "l": (300, 3000), "xl": (3000, 16000)}


def region(table):
    def f(rng, arg=None):
        return rng.choice(table[arg] if arg else [x for k in sorted(table) for x in table[k]]), None
    return f


def lst(*pools):
    pool = [x for p in pools for x in p]

    def f(rng, arg=None):
        return rng.choice(pool), None
    return f


def dish(rng, arg=None):
    keys = [arg] if arg else sorted(DISH)
    return rng.choice([x for k in keys for x in DISH[k]]), None


def price(rng, arg=None):
    lo, hi = SCALE[arg or "s"]
    v = rng.randint(lo, hi - 1)
    k = rng.randint(0, 4)
    if arg in ("l", "xl"):
        return rng.choice(["%d元" % v, "¥%d" % v, "%d块" % v]), None
    if k == 0:
        return "%d块" % v, None
    if k == 1:
        return "%d.%d元" % (v, rng.randint(1, 9)), None
    if k == 2:
        return "¥%d" % v, None
    if k == 3:
        return "%d块%d" % (v, rng.randint(1, 9)), None
    return "%d元" % v, None


def _digits_no_pii(rng, n):
    while True:
        d = str(rng.randint(1, 9)) + ids.digits(rng, n - 1)
        if n >= 13 and ids.luhn_ok(d):
            continue
        return d


def order(rng, arg=None):
    k = arg or rng.choice(["mt", "jd", "sf", "jt", "yt", "pick", "meal"])
    if k == "mt":
        return _digits_no_pii(rng, 16), None
    if k in ("jd", "sf", "jt", "yt"):
        return k.upper() + _digits_no_pii(rng, 13), None
    if k == "pick":
        return "%d-%d-%d" % (rng.randint(1, 9), rng.randint(1, 6), rng.randint(1001, 9999)), None
    return rng.choice("ABCDK") + str(rng.randint(10, 399)), None


def code(rng, arg=None):
    return ids.digits(rng, 6), None


def time_(rng, arg=None):
    h, m = rng.randint(7, 21), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    k = rng.randint(0, 3)
    h12 = h if h <= 12 else h - 12
    if k == 0:
        return "%d:%02d" % (h, m), None
    if k == 1:
        return "%d点%s" % (h12, "半" if m == 30 else ""), None
    if k == 2:
        return "%s%d点" % ("早上" if h < 11 else "中午" if h < 14 else "下午" if h < 18 else "晚上", h12), None
    return "%02d:%02d" % (h, m), None


def score(rng, arg=None):
    if arg == "bb":
        return "%d:%d" % (rng.randint(88, 121), rng.randint(80, 115)), None
    if arg == "vb":
        return rng.choice(["3:0", "3:1", "3:2", "2:3", "1:3"]), None
    return "%d:%d" % (rng.randint(0, 4), rng.randint(0, 3)), None


def num(rng, arg=None):
    lo, hi = (int(x) for x in (arg or "2-40").split("-"))
    return str(rng.randint(lo, hi)), None


FILLERS = {
    "rest": region(REST), "shop": region(SHOP), "tea": lst(TEA), "place": region(PLACE), "dish": dish,
    "film": lst(FILM), "show": lst(SHOW), "neshow": lst(NESHOW), "kids": lst(KIDS), "team": region(TEAM), "venue": region(VENUE),
    "gadget": lst(GADGET), "car": lst(CAR), "ebike": lst(EBIKE), "appliance": lst(APPLIANCE), "wear": lst(WEAR),
    "foodbrand": lst(FOODBRAND), "call": lst(CALL), "role": lst(CALL_ROLE), "flight": lst(AIRLINE),
    "train": region(TRAIN), "metro": region(METRO), "price": price, "order": order, "code": code, "time": time_,
    "score": score, "n": num,
}
