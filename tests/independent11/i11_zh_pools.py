"""Chinese name / address / contact pools and fillers for independent11 (all invented)."""
import i11_ids as ids
from i11_engine import pick

P = "PERSON"

SUR = list("王李张刘陈杨赵黄吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎潘杜戴夏"
           "钟汪田任姜范方石姚谭邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙段雷钱汤尹常武乔贺龚佟关隋鞠栾逄牟宫初衣丛那富郑")
SUR = sorted(set(SUR), key=SUR.index)
SUR2 = ["欧阳", "司马", "上官", "诸葛"]

GIVEN = {
    "f": "海燕 红梅 冬梅 雪梅 秀英 淑芬 桂兰 玉珍 凤霞 丽娟 春燕 晓燕 亚楠 欣怡 思彤 一诺 佳琪 梦瑶 嘉怡 玉兰 秀兰 金凤 丽丽 "
         "婷婷 静怡 雨桐 子萱 诗涵 晓丽 艳红 秀梅 春花 美玲 芳 静 敏 丹 娜 颖 莉 晓雪 淑琴 凤芝 爱华 小雨".split(),
    "m": "建军 国庆 建国 志强 晓东 平安 胜利 建华 浩然 梓轩 雨泽 俊熙 铁柱 大勇 宝山 长顺 德福 振华 立新 卫东 向阳 红军 "
         "爱国 学文 春生 满囤 宇航 天宇 文博 明轩 海涛 志刚 永强 国栋 金龙 连生 伟 磊 军 强 涛 鹏 斌 刚 亮 峰 浩 凯 宏伟 长江".split(),
}
WORDNAMES = {"f": "海燕 红梅 冬梅 春燕 小雨 平安 秀英 晓雪 爱华".split(),
             "m": "国庆 建国 胜利 平安 向阳 爱国 春生 长江 石头 宏伟 长顺".split()}
DOUBLED = {"f": "丫丫 甜甜 朵朵 妞妞 萌萌 楠楠 琪琪 贝贝 笑笑 点点 果果 欢欢".split(),
           "m": "东东 乐乐 豆豆 壮壮 航航 多多 浩浩 阳阳 天天 宝宝 磊磊 帅帅".split()}
NICK = {"f": "二丫 大丫 丫蛋儿 小芳儿 二妞 小燕儿 老闺女 三姐".split(),
        "m": "小军儿 三儿 大宝 二宝 铁蛋儿 柱子 小胖儿 二嘎子 大刚 二强 老疙瘩 强子 亮子 军子 磊子 涛子 顺子 栓子 老三".split()}
A_CH = "杰芳强玲华明珍伟娟龙秀丽勇"


def _g(arg):
    if arg in ("f", "m"):
        return arg
    return None


def full(rng, arg=None):
    g = _g(arg) or rng.choice("fm")
    s = rng.choice(SUR2) if rng.random() < 0.03 else rng.choice(SUR)
    return s + rng.choice(GIVEN[g]), P


def given2(rng, arg=None):
    g = _g(arg) or rng.choice("fm")
    return rng.choice([x for x in GIVEN[g] if len(x) == 2]), P


def wordname(rng, arg=None):
    g = _g(arg) or rng.choice("fm")
    return rng.choice(WORDNAMES[g]), P


def doubled(rng, arg=None):
    g = _g(arg) or rng.choice("fm")
    return rng.choice(DOUBLED[g]), P


def nick(rng, arg=None):
    g = _g(arg) or rng.choice("fm")
    return rng.choice(NICK[g]), P


TITLE_CH = {"m": "涛磊军强鹏斌刚亮峰浩凯伟东龙", "f": "娜丽静敏芳燕梅丹颖莉红霞雪娟"}


def xiao(rng, arg=None):
    if rng.random() < 0.6:
        v = "小" + rng.choice(SUR)
    else:
        g = _g(arg) or rng.choice("fm")
        v = "小" + rng.choice(TITLE_CH[g])
    if arg == "er":
        v += "儿"
    return v, P


def lao(rng, arg=None):
    return "老" + rng.choice(SUR), P


def a_(rng, arg=None):
    return "阿" + rng.choice(A_CH), P


def sur_title(rng, arg=None):
    return rng.choice(SUR) + (arg or rng.choice(["姐", "哥", "叔", "阿姨"])), P


def given_title(rng, arg=None):
    if not arg:
        arg = rng.choice(["哥", "姐"])
    g = "f" if arg in ("姐", "妹", "姐姐") else "m" if arg in ("哥", "叔") else rng.choice("fm")
    return rng.choice(TITLE_CH[g]) + arg, P


def given2_title(rng, arg=None):
    g = "f" if arg in ("姐", "妹", "姐姐") else "m"
    return rng.choice([x for x in GIVEN[g] if len(x) == 2]) + (arg or "哥"), P


def surname(rng, arg=None):
    return rng.choice(SUR), P


# city -> [(district, estates, roads)] ; estate/road names are invented or generic
CITIES = {
    "bj": ("北京市", [("朝阳区", ["芍药居北里", "望京西园三区", "劲松八区", "团结湖北里", "安慧里三区", "惠新西街小区"], ["朝阳北路", "广渠路", "安立路", "双井街"]),
                      ("海淀区", ["双榆树西里", "学院南路小区"], ["学院路", "阜成路"]),
                      ("丰台区", ["方庄芳古园一区", "马家堡西里"], ["马家堡东路", "南三环西路"]),
                      ("东城区", ["和平里七区"], ["东四十条", "鼓楼东大街"]),
                      ("西城区", ["德外新康里"], ["德胜门外大街", "新街口外大街"]),
                      ("通州区", ["梨园云景里", "玉桥西里"], ["新华大街"]),
                      ("昌平区", ["天通苑北一区", "回龙观龙泽苑东区"], ["立汤路"])]),
    "tj": ("天津市", [("南开区", ["华苑居华里", "王顶堤新苑", "天拖南小区", "长江道金厦里"], ["鞍山西道", "复康路", "红旗南路", "黄河道"]),
                      ("河西区", ["梅江芳水园", "体院北环湖里"], ["友谊路", "卫津路"]),
                      ("和平区", ["新兴里"], ["南京路", "成都道"]),
                      ("河东区", ["中山门一号路小区", "万新村"], ["十一经路", "津塘路"]),
                      ("西青区", ["张家窝馨园"], ["中北大道"])]),
    "sy": ("沈阳市", [("和平区", ["南湖花园", "长白岛小区"], ["三好街", "南京南街"]),
                      ("沈河区", ["万柳塘小区", "风雨坛小区"], ["青年大街", "中街路", "文艺路"]),
                      ("皇姑区", ["塔湾小区", "北行小区"], ["黄河北大街", "北陵大街", "长江北街"]),
                      ("铁西区", ["滑翔小区", "保工北街小区", "沈铁工人村"], ["兴华南街", "北二中路"]),
                      ("浑南区", ["金地名京", "河畔花园"], ["浑南东路"])]),
    "jn": ("济南市", [("历下区", ["燕子山小区", "甸柳新村", "山大南路小区"], ["泉城路", "经十路", "山大路", "历山路", "和平路"]),
                      ("市中区", ["舜玉小区", "七里山小区", "阳光舜城"], ["经四路", "英雄山路"]),
                      ("天桥区", ["八里桥小区"], ["堤口路"]),
                      ("历城区", ["丁家庄小区", "洪家楼南区"], ["二环东路"]),
                      ("高新区", ["汉峪海风"], ["舜华路"])]),
}


def zaddr(rng, arg=None):
    key = arg or rng.choice(["bj", "bj", "tj", "sy", "jn"])
    city, dists = CITIES[key]
    d, estates, roads = rng.choice(dists)
    pre = rng.choice(["", "", city, city[:-1]])
    if rng.random() < 0.35:
        v = "%s%s%d号" % (d, rng.choice(roads), rng.randint(1, 399))
        if rng.random() < 0.3:
            v += "院%d号楼%d单元%d" % (rng.randint(1, 12), rng.randint(1, 6), rng.randint(1, 24) * 100 + rng.randint(1, 4))
    else:
        est = rng.choice(estates)
        b, u, f, rm = rng.randint(1, 40), rng.randint(1, 6), rng.randint(1, 26), rng.randint(1, 4)
        if key == "tj" and rng.random() < 0.5:
            v = "%s%s%d-%d-%d%02d" % (d, est, b, u, f, rm)
        elif key == "bj" and rng.random() < 0.3:
            v = "%s%s%d号楼%d门%d%02d" % (d, est, b, u, f, rm)
        elif key == "sy" and rng.random() < 0.4:
            v = "%s%s%d号楼%d单元%d楼%d号" % (d, est, b, u, f, rm)
        else:
            v = "%s%s%d号楼%d单元%d%02d" % (d, est, b, u, f, rm)
            if rng.random() < 0.25:
                v += "室"
    if pre == "济南" and v.startswith("市中区"):
        pre = "济南市"
    return pre + v, "LOCATION"


def estate_room(rng, arg=None):
    """estate + building + room without district (as written in 业主群)."""
    key = arg or rng.choice(["bj", "tj", "sy", "jn"])
    est = rng.choice(rng.choice(CITIES[key][1])[1])
    b, u, f, rm = rng.randint(1, 30), rng.randint(1, 6), rng.randint(1, 20), rng.randint(1, 4)
    k = rng.randint(0, 2)
    if k == 0:
        v = "%s%d号楼%d单元%d%02d" % (est, b, u, f, rm)
    elif k == 1:
        v = "%s%d号楼%d%02d" % (est, b, f, rm)
    else:
        v = "%s%d-%d-%d%02d" % (est, b, u, f, rm)
    return v, "LOCATION"


ZH_EMAIL_STEMS = ["zhangli", "wangjun", "liuyan", "bjmama", "tj_haizi", "syds", "jnlaoshi", "chenxi", "yangfan", "hongmei",
                  "guoqing", "jianguo", "sunny_bj", "xiaoyu", "momo", "tongjie", "guanling", "suiyang", "juxin", "luanpeng"]


def zemail(rng, arg=None):
    stem = rng.choice(ZH_EMAIL_STEMS)
    local = rng.choice([stem + str(rng.randint(1970, 2010)), stem, stem + "_" + ids.digits(rng, 3), ids.qq(rng)])
    dom = rng.choice(["example.cn", "example.cn", "mail.example.cn", "example.com.cn", "example.com", "vip.example.cn"])
    return local + "@" + dom, "EMAIL_ADDRESS"


ZH_HANDLES = ["津门小胖", "沈阳大姐大", "泉城吃货", "京城遛弯儿", "北漂小鹿", "铁西老铁", "济南老师儿", "东北话十级",
              "海河边的猫", "朝阳群众小张", "趵突泉边", "奶茶续命", "二环堵车王", "大明湖畔", "锅包肉爱好者", "煎饼果子来一套"]


def zhandle(rng, arg=None):
    if rng.random() < 0.5:
        v = "@" + rng.choice(ZH_HANDLES) + rng.choice(["", "", str(rng.randint(1, 99)), "_", "呀"])
    else:
        v = "@" + rng.choice(ids.WX_STEMS) + rng.choice(["_", "", "."]) + rng.choice(["bj", "tj", "sy", "jn", str(rng.randint(10, 999))])
    return v.rstrip("_") if v.endswith("_") and len(v) > 2 else v, "USERNAME"


def zuname(rng, arg=None):
    return rng.choice(ids.WX_STEMS) + rng.choice(["", "_", "."]) + rng.choice([ids.digits(rng, 4), "bj", "jn", "0531", "022", "024", "yyds"]), "USERNAME"


def zurl(rng, arg=None):
    u = rng.choice(ids.WX_STEMS) + rng.choice(["", "_"]) + rng.choice([ids.digits(rng, 3), "bj", "tj", "sy", "jn"])
    table = {"wb": ["weibo.com/%s" % u, "https://weibo.com/%s" % u, "m.weibo.cn/u/%s" % ids.digits(rng, 10)],
             "bili": ["space.bilibili.com/%s" % ids.digits(rng, 9), "https://space.bilibili.com/%s" % ids.digits(rng, 8)],
             "dy": ["https://www.douyin.com/user/%s" % u, "www.douyin.com/user/%s" % u],
             "xhs": ["www.xiaohongshu.com/user/profile/%s" % u],
             "gh": ["https://github.com/%s" % u.replace("_", "-"), "github.com/%s" % u.replace("_", "-")]}
    keys = [arg] if arg else sorted(table)
    return rng.choice(table[rng.choice(keys)]), "URL"


def cn_id(rng, arg=None, want_x=False):
    years = {"child": (2009, 2019), "old": (1938, 1962), None: (1952, 2003)}[arg]
    for _ in range(1000):
        v = ids.cn_id(rng, None, rng.randint(*years))
        if not want_x or v.endswith("X"):
            break
    if want_x:
        assert v.endswith("X")
        v = v[:-1] + "x"
    return v


FILLERS = {
    "zfull": full, "zg": given2, "zw": wordname, "zdd": doubled, "znick": nick, "zx": xiao, "zl": lao, "za": a_,
    "zst": sur_title, "zgt": given_title, "zg2t": given2_title, "zsur": surname,
    "mob": lambda r, a=None: (ids.cn_mobile(r, a), "PHONE_NUMBER"),
    "land": lambda r, a=None: (ids.cn_landline(r, a), "PHONE_NUMBER"),
    "wx": lambda r, a=None: (ids.wechat_id(r), "WECHAT_ID"),
    "qq": lambda r, a=None: (ids.qq(r), "QQ_NUMBER"),
    "cnid": lambda r, a=None: (cn_id(r, a), "CN_ID_CARD"),
    "cnidx": lambda r, a=None: (cn_id(r, a, want_x=True), "CN_ID_CARD"),
    "cnpp": lambda r, a=None: (ids.cn_passport(r), "CN_PASSPORT"),
    "bank": lambda r, a=None: (ids.cn_bank_card(r, a), "CN_BANK_CARD"),
    "card": lambda r, a=None: (ids.card(r, a), "CREDIT_CARD"),
    "plate": lambda r, a=None: (ids.cn_plate(r, a), "LICENSE_PLATE"),
    "addr": zaddr, "room": estate_room, "email": zemail, "handle": zhandle, "uname": zuname, "url": zurl,
    "ip": lambda r, a=None: (ids.ipv4(r), "IP_ADDRESS"),
}
