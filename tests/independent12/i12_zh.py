"""Chinese pools and slot functions for independent12 (southern / western China)."""
import i12_ids as ids

REGIONS = ["gd", "fj", "sc", "cq", "yn", "zj"]
REGION_WEIGHTS = [30, 14, 18, 14, 10, 14]

SURNAMES = (["陈"] * 5 + ["黄"] * 4 + ["林"] * 4 + ["梁"] * 3 + ["吴"] * 3 + ["何"] * 2 +
            ["郑"] * 2 + ["罗"] * 2 + ["谢"] * 2 + ["曾"] * 2 + ["邓"] * 2 + ["冯", "蔡", "彭", "潘",
            "钟", "卢", "苏", "叶", "杨", "周", "刘", "张", "李", "王", "余", "邱", "温", "廖", "甘",
            "覃", "麦", "关", "谭", "岑", "莫", "黎", "赖", "伍", "严", "龚", "向", "熊", "雷", "冉",
            "付", "段", "汤", "骆", "欧阳", "司徒", "姚", "方", "程", "施", "洪", "庄", "翁", "柯"])

GIVEN2 = ["春波", "海生", "志平", "建军", "丽华", "秀芳", "雅静", "家伟", "国强", "金华", "红梅",
          "永春", "德海", "秋菊", "凤英", "晓东", "振华", "桂芳", "明珠", "少强", "伟龙", "嘉欣",
          "子轩", "梓涵", "浩然", "思琪", "晓彤", "锦荣", "志明", "美玲", "淑贞", "家豪", "俊杰",
          "惠珍", "丽珠", "新民", "向东", "红霞", "云飞", "天明", "玉兰", "水生", "卫东", "金凤",
          "雪梅", "秀英", "德明", "永强", "少华", "丽芳", "晓静", "春花", "冬梅", "夏雨", "秋实",
          "建平", "华强", "海峰", "静雯", "伟健", "芳婷", "强辉", "军辉", "平川", "海清", "春燕",
          "立华", "伟平", "秀静", "国华", "海军", "志芳", "春明", "建芬", "宇航", "欣怡", "诗涵",
          "俊熙", "梓豪", "泽宇", "佩珊", "嘉怡", "颖琪", "卓恒", "焕文", "炳坤", "润发", "伯宁",
          "永康", "婉婷", "凯琳", "铭轩", "晓燕", "德华", "锦华", "丽君", "家明", "少芬", "玉珍"]

# given names that are also ordinary words
GIVEN_WORD = ["海燕", "春风", "平安", "光明", "文静", "如意", "吉祥", "晨曦", "宁静", "海波",
              "安然", "一鸣", "向阳", "胜利", "国庆", "彩云", "秋实", "振兴", "和平", "天明",
              "思远", "建设", "长江", "春雷", "海洋", "阳光", "冬至", "明月", "清风", "红旗"]

GIVEN1 = ["梅", "强", "华", "芬", "伟", "杰", "娟", "明", "兰", "辉", "萍", "珍", "海", "静",
          "军", "芳", "春", "平", "龙", "雨", "雪", "敏", "琳", "凯", "蕊", "乐", "鑫", "峰",
          "婷", "红", "燕", "勇", "斌", "莲", "霞", "英", "坤", "豪", "欣", "涛"]

XIAO_WORD = ["小雨", "小雪", "小满", "小强", "小米", "小白", "小鱼", "小草", "小溪", "小暑"]

DOUBLED = ["朵朵", "浩浩", "乐乐", "豆豆", "萌萌", "甜甜", "欢欢", "晶晶", "亮亮", "婷婷", "丹丹",
           "飞飞", "阳阳", "贝贝", "冬冬", "圆圆", "果果", "糖糖", "轩轩", "妞妞", "芊芊", "皮皮",
           "琪琪", "可可", "悠悠", "楠楠", "娜娜", "佳佳", "涛涛", "森森"]

TITLES = ["姐", "哥", "阿姨", "叔", "伯", "嫂", "奶奶", "爷爷", "叔叔", "姨", "大哥", "大姐",
          "老弟", "姐姐", "哥哥", "婆婆", "同学", "老师", "姑", "舅"]
TITLES_VENDOR = ["老板", "老板娘", "姐", "哥", "师傅", "阿姨", "叔", "大姐"]
TITLES_WORK = ["总", "经理", "主任", "工", "姐", "哥", "会计", "总监", "主管", "老师"]
TITLES_LAND = ["姐", "哥", "叔", "阿姨", "先生", "小姐", "太太", "老板", "伯"]
TITLES_COACH = ["教练", "教练", "教练", "师傅"]
TITLES_KG = ["老师", "老师", "老师", "园长"]
TITLES_DOC = ["医生", "主任", "护士", "大夫", "医生"]

CANTO_TITLES = ["生", "太", "sir", "Sir", "师奶", "伯", "婶", "姑娘", "仔", "妹"]
SC_TITLES = ["嬢嬢", "孃孃", "幺爸", "哥", "姐", "老师", "师傅", "大爷", "婆婆", "嬢"]

EN_NICK = ["Kelvin", "Winnie", "Ivan", "Cathy", "Ken", "Jacky", "Fiona", "Ricky", "Amy",
           "Cherry", "Candy", "Apple", "Coco", "Vivian", "Sunny", "Angel", "Tommy", "Carmen",
           "Jason", "Kiki", "Yoyo", "Eric", "Joyce", "Derek", "Mandy", "Kenny", "Peggy"]

PINYIN = ["hai", "ping", "chun", "jun", "hua", "fang", "jing", "wei", "qiang", "mei", "ling",
          "xiao", "yu", "lin", "chen", "huang", "liang", "zhi", "ming", "hui", "feng", "yan",
          "xin", "jia", "hao", "tian", "yun", "qiu", "dong", "xue", "bo", "kai", "rui", "nan",
          "lei", "tao", "ying", "an", "le", "zhen", "guo", "de", "li", "shan", "song", "wen"]

CANTO_PINYIN = ["chan", "wong", "lam", "leung", "ng", "ho", "cheng", "lo", "tse", "tsang",
                "kwan", "mak", "tam", "yip", "lai", "chow", "kelvin", "winnie", "ahmei", "ahfai"]

MAIL_DOMAINS = ["example.cn", "example.com", "example.com.cn", "mail.example.cn", "example.net",
                "example.org", "yeah.example.cn", "vip.example.com"]

AREAS = {
    "gd": ["广州市天河区", "广州天河", "广州市海珠区", "番禺区", "广州市白云区", "深圳市南山区",
           "深圳福田区", "宝安区西乡街道", "龙岗区", "东莞市南城街道", "佛山市禅城区", "顺德区大良",
           "珠海市香洲区", "汕头市金平区", "惠州市惠城区", "江门市蓬江区"],
    "fj": ["厦门市思明区", "厦门湖里区", "福州市鼓楼区", "福州仓山区", "泉州市丰泽区", "晋江市",
           "漳州市芗城区", "莆田城厢区"],
    "sc": ["成都市武侯区", "成都锦江区", "成都高新区", "郫都区", "成都市青羊区", "双流区",
           "绵阳市涪城区", "乐山市中区", "宜宾翠屏区"],
    "cq": ["重庆市渝中区", "渝北区", "江北区", "南岸区", "沙坪坝区", "九龙坡区", "北碚区",
           "巴南区", "万州区"],
    "yn": ["昆明市五华区", "盘龙区", "官渡区", "西山区", "大理市下关镇", "丽江市古城区",
           "曲靖市麒麟区"],
    "zj": ["杭州市西湖区", "滨江区", "余杭区", "拱墅区", "宁波市鄞州区", "温州鹿城区",
           "义乌市稠城街道", "金华市婺城区", "绍兴越城区"],
}
ROADS = {
    "gd": ["榕华路", "兴盛路", "紫荆二路", "凤凰北路", "沙溪大道", "南华西街", "宝华路", "桂香街",
           "东晓南路", "新安二路", "文昌北路", "石溪涌路", "龙口中路", "茶园路", "沙太南路"],
    "fj": ["湖滨北路", "禾山路", "鹭江道", "榕城路", "杨桥东路", "刺桐路", "温陵北路", "筼筜路"],
    "sc": ["玉带路", "望江路", "双楠路", "光华村街", "金沙东街", "桂溪二街", "芳草街", "红星路",
           "驷马桥路", "抚琴西路", "紫荆西路"],
    "cq": ["民主路", "嘉陵路", "江南大道", "石桥铺正街", "红锦大道", "杨家坪正街", "沙南街",
           "龙溪路", "黄泥磅路", "渝州路"],
    "yn": ["白塔路", "金碧路", "西园路", "滇池路", "青年路", "人民西路", "环城南路", "洱河路"],
    "zj": ["文晖西路", "梅林北路", "丽水路", "东浦路", "南塘街", "学院路", "江晖路", "天目山路",
           "莫干山路", "丹溪路", "宾王路"],
}
ESTATES = {
    "gd": ["碧海湾花园", "海逸豪庭", "南国春晓", "丽景苑", "翠湖苑", "荔园新村", "江南华庭",
           "金沙洲星汇", "锦绣天伦", "望海轩", "榕园小区", "雅居乐名苑"],
    "fj": ["海沧湾花园", "鹭岛名门", "榕城丽苑", "东方夏威夷", "刺桐花苑", "湖光山色"],
    "sc": ["天府花园", "锦城丽苑", "蜀都雅居", "芙蓉苑", "望江名门", "金沙雅居", "玉林小区"],
    "cq": ["山城花园", "江景华庭", "鸿恩苑", "两江名居", "渝州新城", "朝天门小区"],
    "yn": ["翠湖雅苑", "春城花园", "金碧苑", "滇池卫城", "云岭小区", "苍山小院"],
    "zj": ["锦绣江南", "钱江花苑", "和睦新村", "东方明珠苑", "西溪雅苑", "江南春晓", "丹桂小区"],
}
BLDG = {"gd": ["栋", "座", "栋"], "fj": ["号楼", "栋", "幢"], "sc": ["栋", "号楼"],
        "cq": ["栋", "号楼"], "yn": ["栋", "幢"], "zj": ["幢", "幢", "号楼"]}
CITY = {"gd": ["广州", "深圳", "东莞", "佛山", "珠海", "汕头", "惠州", "中山"],
        "fj": ["厦门", "福州", "泉州", "漳州", "莆田"],
        "sc": ["成都", "绵阳", "乐山", "宜宾", "南充"],
        "cq": ["重庆", "重庆", "万州"],
        "yn": ["昆明", "大理", "丽江", "曲靖", "玉溪"],
        "zj": ["杭州", "宁波", "温州", "义乌", "金华", "绍兴"]}

ZH_DIGITS = "零一二三四五六七八九"


def region(rng, ctx):
    if "region" not in ctx:
        ctx["region"] = rng.choices(REGIONS, REGION_WEIGHTS)[0]
    return ctx["region"]


def surname(rng):
    return rng.choice(SURNAMES)


# ---------------------------------------------------------------- person slots
def s_full(rng, ctx):
    given = rng.choice(GIVEN2) if rng.random() < 0.8 else rng.choice(GIVEN1)
    sn = surname(rng)
    if len(sn) == 2 and len(given) == 1:
        given = rng.choice(GIVEN2)
    return ("PERSON", sn + given)


def s_given(rng, ctx):
    return ("PERSON", rng.choice(GIVEN2))


def s_word(rng, ctx):
    return ("PERSON", rng.choice(GIVEN_WORD))


def s_fullword(rng, ctx):
    return ("PERSON", rng.choice([s for s in SURNAMES if len(s) == 1]) + rng.choice(GIVEN_WORD))


def s_xiao(rng, ctx):
    r = rng.random()
    if r < 0.35:
        return ("PERSON", "小" + rng.choice(GIVEN1))
    if r < 0.55:
        return ("PERSON", "阿" + rng.choice(GIVEN1))
    if r < 0.8:
        return ("PERSON", "老" + rng.choice([s for s in SURNAMES if len(s) == 1]))
    if r < 0.9:
        return ("PERSON", rng.choice(XIAO_WORD))
    return ("PERSON", "小" + rng.choice([s for s in SURNAMES if len(s) == 1]))


def s_a(rng, ctx):
    return ("PERSON", "阿" + rng.choice(GIVEN1))


def s_lao(rng, ctx):
    return ("PERSON", "老" + rng.choice([s for s in SURNAMES if len(s) == 1]))


def s_small(rng, ctx):
    if rng.random() < 0.25:
        return ("PERSON", rng.choice(XIAO_WORD))
    return ("PERSON", "小" + rng.choice(GIVEN1))


def s_dbl(rng, ctx):
    return ("PERSON", rng.choice(DOUBLED))


def s_title(rng, ctx):
    return ("PERSON", rng.choice([s for s in SURNAMES if len(s) == 1]) + rng.choice(TITLES))


def _titled(pool):
    def f(rng, ctx):
        return ("PERSON", rng.choice([x for x in SURNAMES if len(x) == 1]) + rng.choice(pool))
    return f


s_title_v = _titled(TITLES_VENDOR)
s_title_w = _titled(TITLES_WORK)
s_title_l = _titled(TITLES_LAND)
s_title_j = _titled(TITLES_COACH)
s_title_k = _titled(TITLES_KG)
s_title_d = _titled(TITLES_DOC)


def s_canto(rng, ctx):
    r = rng.random()
    sn = rng.choice([s for s in SURNAMES if len(s) == 1])
    if r < 0.35:
        return ("PERSON", "阿" + rng.choice(GIVEN1))
    if r < 0.75:
        t = rng.choice(CANTO_TITLES)
        if t in ("仔", "妹"):
            return ("PERSON", rng.choice(GIVEN1) + t)
        return ("PERSON", sn + t)
    if r < 0.9:
        return ("PERSON", rng.choice(EN_NICK))
    return ("PERSON", "肥" + rng.choice(GIVEN1))


def s_sc(rng, ctx):
    r = rng.random()
    sn = rng.choice([s for s in SURNAMES if len(s) == 1])
    if r < 0.6:
        return ("PERSON", sn + rng.choice(SC_TITLES))
    if r < 0.8:
        return ("PERSON", rng.choice(GIVEN1) + "娃")
    return ("PERSON", "幺" + rng.choice(GIVEN1))


def s_en(rng, ctx):
    return ("PERSON", rng.choice(EN_NICK))


def s_kid(rng, ctx):
    r = rng.random()
    if r < 0.55:
        return ("PERSON", rng.choice(DOUBLED))
    if r < 0.8:
        return ("PERSON", "小" + rng.choice(GIVEN1))
    return ("PERSON", rng.choice(GIVEN2))


def s_any(rng, ctx):
    f = rng.choices([s_full, s_given, s_word, s_xiao, s_dbl, s_title, s_canto, s_sc, s_en],
                    [22, 18, 8, 18, 6, 18, 6, 3, 3])[0]
    if f is s_canto and region(rng, ctx) != "gd":
        f = s_title
    if f is s_sc and region(rng, ctx) not in ("sc", "cq"):
        f = s_xiao
    return f(rng, ctx)


# ---------------------------------------------------------------- other PII slots
def s_tel(rng, ctx):
    return ("PHONE_NUMBER", ids.cn_mobile(rng))


def s_telraw(rng, ctx):
    return ("PHONE_NUMBER", ids.cn_mobile_raw(rng))


def s_tels(rng, ctx):
    return ("PHONE_NUMBER", ids.cn_mobile_spoken(rng))


def s_landline(rng, ctx):
    reg = region(rng, ctx)
    code = {"gd": "020", "fj": "0592", "sc": "028", "cq": "023", "yn": "0871", "zj": "0571"}[reg]
    n = 7 if code == "0592" else 8
    return ("PHONE_NUMBER", code + rng.choice(["-", "", " "]) + ids.digits(rng, n, True))


def s_id(rng, ctx):
    v = ids.cn_id(rng, region(rng, ctx))
    if rng.random() < 0.08:
        v = v[:6] + " " + v[6:14] + " " + v[14:]
    return ("CN_ID_CARD", v)


def s_card(rng, ctx):
    return ("CN_BANK_CARD", ids.cn_bank_card(rng))


def s_cc(rng, ctx):
    return ("CREDIT_CARD", ids.credit_card(rng, rng.choice(["visa", "mc"])))


def s_qq(rng, ctx):
    return ("QQ_NUMBER", ids.qq(rng))


def wx_value(rng):
    r = rng.random()
    if r < 0.25:
        return "wxid_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    a = rng.choice(PINYIN + CANTO_PINYIN)
    b = rng.choice(PINYIN)
    sep = rng.choice(["", "_", "-", ""])
    tail = rng.choice(["", ids.digits(rng, 2), ids.digits(rng, 4), "_" + rng.choice(CITY_PY),
                       ids.digits(rng, 3)])
    v = a + sep + b + tail
    if rng.random() < 0.2:
        v = v.capitalize()
    if len(v) < 6:
        v = v + ids.digits(rng, 6 - len(v) + 1)
    return v


CITY_PY = ["gz", "sz", "cd", "cq", "xm", "km", "hz", "dg", "fs", "nb"]


def s_wx(rng, ctx):
    return ("WECHAT_ID", wx_value(rng))


def s_user(rng, ctx):
    r = rng.random()
    if r < 0.4:
        v = rng.choice(PINYIN) + rng.choice(["_", ".", ""]) + rng.choice(PINYIN) + ids.digits(rng, rng.choice([0, 2, 3]))
    elif r < 0.6:
        v = "tb" + ids.digits(rng, 9, True)
    elif r < 0.8:
        v = rng.choice(["momo", "lazy", "sunny", "tiny", "kk", "coco", "nana", "dudu"]) + "_" + rng.choice(PINYIN) + rng.choice(["", "99", "0721", "_gz", "_cd"])
    else:
        v = "xy" + ids.digits(rng, 10, True)
    return ("USERNAME", v)


def s_email(rng, ctx):
    r = rng.random()
    if r < 0.4:
        local = rng.choice(PINYIN) + rng.choice(PINYIN) + rng.choice(["", ".", "_"]) + rng.choice(PINYIN)
    elif r < 0.6:
        local = rng.choice(CANTO_PINYIN) + "." + rng.choice(PINYIN + CANTO_PINYIN)
    elif r < 0.8:
        local = rng.choice(PINYIN) + rng.choice(PINYIN) + ids.digits(rng, rng.choice([2, 4]))
    else:
        local = ids.digits(rng, 9, True)
    return ("EMAIL_ADDRESS", local + "@" + rng.choice(MAIL_DOMAINS))


def s_url(rng, ctx):
    user = rng.choice(PINYIN) + rng.choice(["_", "", "-"]) + rng.choice(PINYIN) + ids.digits(rng, rng.choice([0, 2, 3]))
    pat = rng.choice([
        "https://weibo.example.cn/u/{u}", "https://www.example.cn/user/{u}",
        "https://space.example.com/{u}", "https://m.example.cn/people/{u}?from=share",
        "https://example.com.cn/@{u}", "www.example.cn/home/{u}", "https://blog.example.net/{u}/",
        "https://xhs.example.cn/user/profile/{u}",
    ])
    return ("URL", pat.format(u=user))


def s_plate(rng, ctx):
    return ("LICENSE_PLATE", ids.cn_plate(rng, region(rng, ctx)))


def s_pass(rng, ctx):
    return ("CN_PASSPORT", ids.cn_passport(rng))


def s_ip(rng, ctx):
    return ("IP_ADDRESS", ids.ip_address(rng))


def s_acct(rng, ctx):
    return ("BANK_ACCOUNT", ids.digits(rng, rng.choice([12, 14, 15, 17]), True))


def _bldg(rng, reg):
    return str(rng.randint(1, 28)) + rng.choice(BLDG[reg])


def _room(rng):
    return "%d%02d" % (rng.randint(2, 33), rng.randint(1, 8))


def s_addr(rng, ctx):
    reg = region(rng, ctx)
    r = rng.random()
    area = rng.choice(AREAS[reg])
    road = rng.choice(ROADS[reg])
    num = str(rng.randint(1, 688)) + "号"
    est = rng.choice(ESTATES[reg])
    if r < 0.25:
        v = area + road + num
    elif r < 0.5:
        v = area + road + num + est + _bldg(rng, reg) + _room(rng)
    elif r < 0.65:
        v = road + num + rng.choice(["", "之一", "附", "-3"]) + est + _bldg(rng, reg) + _room(rng)
    elif r < 0.85:
        unit = rng.choice(["", str(rng.randint(1, 4)) + "单元"])
        v = est + _bldg(rng, reg) + unit + _room(rng)
        if rng.random() < 0.4:
            v = area + v
    else:
        v = area + road + num + rng.choice(["3楼", "B座1206", "附8号铺", "2号门岗", "A栋402"])
    return ("LOCATION", v)


def s_addrs(rng, ctx):
    """short estate + building + room only"""
    reg = region(rng, ctx)
    est = rng.choice(ESTATES[reg])
    return ("LOCATION", est + _bldg(rng, reg) + _room(rng))


def s_passport_any(rng, ctx):
    return s_pass(rng, ctx)


# ---------------------------------------------------------------- non-PII fillers
def f_city(rng, ctx):
    return rng.choice(CITY[region(rng, ctx)])


def f_price(rng, ctx):
    n = rng.choice([15, 18, 25, 35, 38, 45, 58, 66, 88, 99, 120, 150, 180, 200, 260, 299, 350,
                    480, 520, 650, 800, 1200, 1500, 2300, 2800, 3600])
    return rng.choice(["%d块" % n, "%d元" % n, "¥%d" % n, "%d" % n, "%d蚊" % n if region(rng, ctx) == "gd" else "%d块钱" % n])


def f_time(rng, ctx):
    return rng.choice(["下午三点", "15:30", "晚上七点半", "19:00", "明早八点", "十点钟", "中午12点",
                       "9点半", "下昼两点", "晏昼", "今晚8点", "早上7:40", "四点一刻", "傍晚六点"])


def f_day(rng, ctx):
    return rng.choice(["明天", "后天", "周六", "礼拜天", "下周三", "这周五", "听日", "今晚", "3号",
                       "15号", "月底", "下个月1号", "周末", "国庆前", "五一"])


def f_n4(rng, ctx):
    return ids.digits(rng, 4)


def f_code(rng, ctx):
    return rng.choice(["%d-%d-%d" % (rng.randint(1, 9), rng.randint(1, 6), rng.randint(1000, 9999)),
                       "%02d-%d" % (rng.randint(1, 30), rng.randint(100, 999)),
                       ids.digits(rng, 6), "A%d" % rng.randint(10, 99)])


def f_track(rng, ctx):
    return rng.choice(["SF", "YT", "JT", "ZTO", "JD"]) + ids.digits(rng, rng.choice([12, 13]))


def f_order(rng, ctx):
    return rng.choice("123") + ids.digits(rng, rng.choice([17, 18]))


def f_item(rng, ctx):
    return rng.choice(["婴儿推车", "Switch", "iPad", "电动车", "空气炸锅", "书桌", "冲锋衣", "吉他",
                       "儿童自行车", "戴森吹风机", "投影仪", "显示器", "登山包", "咖啡机", "电饭煲",
                       "安全座椅", "相机镜头", "乐高", "折叠床", "婴儿床", "瑜伽垫", "口红套装"])


def f_dept(rng, ctx):
    return rng.choice(["口腔科", "儿科", "妇产科", "消化内科", "体检中心", "皮肤科", "骨科",
                       "眼科", "耳鼻喉科", "内分泌科", "中医科", "心内科"])


def f_hosp(rng, ctx):
    reg = region(rng, ctx)
    return rng.choice(CITY[reg]) + rng.choice(["市第一人民医院", "中医院", "妇幼保健院", "第三人民医院",
                                               "市人民医院", "儿童医院", "中心医院"])


def f_station(rng, ctx):
    return rng.choice(["地铁站", "高铁站", "南站", "东站", "公交站", "北门", "二号口", "B出口"])


def f_emoji(rng, ctx):
    return rng.choice(["😂", "🙏", "👍", "[捂脸]", "[呲牙]", "[抱拳]", "[OK]", "[玫瑰]", "[旺柴]",
                       "[666]", "😅", "🤣", "💪", "[破涕为笑]", "[愉快]", "[奸笑]", "🥲", ""])


def f_kg(rng, ctx):
    return rng.choice(["九成新", "95新", "全新未拆", "八成新", "自用", "只用过两次"])


def f_brand(rng, ctx):
    return rng.choice(["兰蔻", "雅诗兰黛", "SK-II", "资生堂", "MAC", "Coach", "娇韵诗", "奶粉",
                       "维生素", "鱼油", "面膜", "防晒霜"])


SLOTS = {
    "P": s_any, "PF": s_full, "PG": s_given, "PW": s_word, "PFW": s_fullword, "PX": s_xiao,
    "PA": s_a, "PL": s_lao, "PS": s_small, "PD": s_dbl, "PT": s_title, "PC": s_canto,
    "PTV": s_title_v, "PTW": s_title_w, "PTL": s_title_l, "PTJ": s_title_j, "PTK": s_title_k,
    "PTD": s_title_d,
    "PSC": s_sc, "PE": s_en, "PK": s_kid,
    "TEL": s_tel, "TELR": s_telraw, "TELS": s_tels, "LAND": s_landline, "ID": s_id,
    "CARD": s_card, "CC": s_cc,
    "CCV": lambda rng, ctx: ("CREDIT_CARD", ids.credit_card(rng, "visa")), "QQ": s_qq, "WX": s_wx, "USER": s_user, "EMAIL": s_email,
    "URL": s_url, "PLATE": s_plate, "PASS": s_pass, "IP": s_ip, "ACCT": s_acct,
    "ADDR": s_addr, "ADDRS": s_addrs,
    "city": f_city, "price": f_price, "time": f_time, "day": f_day, "n4": f_n4, "code": f_code,
    "track": f_track, "order": f_order, "item": f_item, "dept": f_dept, "hosp": f_hosp,
    "station": f_station, "emo": f_emoji, "kg": f_kg, "brand": f_brand,
}
