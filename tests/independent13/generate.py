#!/usr/bin/env python3
"""Blind labelled corpus, round 9, SET=independent13.

Flavour: South Africa, Jamaica, Singapore, Wales, US Midwest, ordinary UK/US chat;
Chinese 东北 / 河南 / 上海 speech, 网络用语, elderly voice-to-text, 家长群, 业主群,
外卖 / 快递 notes.  Everything is invented.

Usage:  python3 generate.py [OUTDIR]     (default: the folder of this file)

Stdlib only, fixed seeds.  Output does not depend on TZ, locale, PYTHONHASHSEED
or today's date (local times are computed from fixed instants with zoneinfo).
Offsets are Python str indices (Unicode code points).
"""
import datetime
import json
import os
import random
import re
import sys
import zoneinfo

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# checksums (re-used by the unit test)
# ---------------------------------------------------------------------------


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(digits):
    digits = re.sub(r"\D", "", digits)
    return len(digits) > 1 and luhn_digit(digits[:-1]) == digits[-1]


CN_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id_check(first17):
    s = sum(int(c) * w for c, w in zip(first17, CN_ID_W))
    return "10X98765432"[s % 11]


def cn_id_ok(v):
    return len(v) == 18 and v[:17].isdigit() and cn_id_check(v[:17]) == v[17].upper()


def nric_letter(prefix, digits):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * x for d, x in zip(digits, w))
    if prefix in "TG":
        s += 4
    r = s % 11
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[r]


def nric_ok(v):
    v = v.upper()
    return (len(v) == 9 and v[0] in "STFG" and v[1:8].isdigit()
            and nric_letter(v[0], v[1:8]) == v[8])


def za_id_ok(v):
    d = re.sub(r"\s", "", v)
    if len(d) != 13 or not d.isdigit():
        return False
    try:
        datetime.date(1900 + int(d[:2]) if int(d[:2]) > 24 else 2000 + int(d[:2]),
                      int(d[2:4]), int(d[4:6]))
    except ValueError:
        return False
    return d[10] in "01" and luhn_ok(d)


def iban_ok(v):
    s = re.sub(r"\s", "", v).upper()
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    s = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(n) % 97
    return "%s%02d%s" % (cc, chk, bban)


def nhs_check(nine):
    s = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    r = 11 - s % 11
    if r == 11:
        return "0"
    if r == 10:
        return None
    return str(r)


def nhs_ok(v):
    d = re.sub(r"\D", "", v)
    return len(d) == 10 and nhs_check(d[:9]) == d[9]


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(v):
    s = re.sub(r"\s", "", v).upper()
    return (re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s) is not None
            and s[0] not in NINO_BAD_FIRST and s[1] not in NINO_BAD_SECOND
            and s[:2] not in NINO_BAD_PAIRS)


def aba_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) != 9:
        return False
    n = [int(c) for c in d]
    return (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7])
            + (n[2] + n[5] + n[8])) % 10 == 0


def ean13_digit(twelve):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(twelve))
    return str((10 - s % 10) % 10)


def sg_plate_letter(prefix, num):
    """Singapore vehicle plate check letter."""
    letters = prefix[-2:] if len(prefix) >= 2 else "@" + prefix
    vals = [0 if c == "@" else ord(c) - 64 for c in letters]
    digits = [int(c) for c in num.zfill(4)]
    w = [9, 4, 5, 4, 3, 2]
    s = sum(a * b for a, b in zip(vals + digits, w))
    return "AZYXUTSRPMLKJHGEDCB"[s % 19]


# ---------------------------------------------------------------------------
# name pools (all invented combinations)
# ---------------------------------------------------------------------------

F_AF = ["Riaan", "Annelie", "Wynand", "Marietjie", "Hennie", "Liezl", "Francois", "Elmarie",
        "Jannie", "Carel", "Anneke", "Schalk", "Marlize", "Deon", "Ilse", "Gerhard", "Sunette",
        "Theuns", "Retha", "Kobus", "Ruan", "Chanelle", "Dewald", "Mariska"]
S_AF = ["van der Merwe", "Botha", "Pretorius", "du Plessis", "Venter", "Steyn", "Kruger",
        "Coetzee", "Nel", "Swanepoel", "Oosthuizen", "Bezuidenhout", "le Roux", "Fourie",
        "van Wyk", "Erasmus", "Labuschagne", "Jansen van Rensburg", "Visagie", "Grobler"]
F_NG = ["Sipho", "Thandeka", "Nomvula", "Lwazi", "Zanele", "Siyabonga", "Ayanda", "Lindiwe",
        "Mandla", "Nokuthula", "Themba", "Bongani", "Zodwa", "Andile", "Sibusiso", "Khanyisile",
        "Luthando", "Unathi", "Xolani", "Ntombi", "Sizwe", "Nandi", "Lungile", "Mpho", "Lerato",
        "Thabo", "Kagiso", "Refilwe", "Tumi", "Palesa", "Sbu", "Nosipho", "Yonela", "Lihle",
        "Akhona", "Zintle", "Mbali", "Phumzile", "Olwethu", "Ziyanda"]
S_NG = ["Dlamini", "Ndlovu", "Mkhize", "Khumalo", "Mthembu", "Nkosi", "Ngcobo", "Mahlangu",
        "Mabaso", "Sithole", "Gumede", "Nxumalo", "Xaba", "Mtshali", "Jafta", "Qwabe", "Mokoena",
        "Molefe", "Radebe", "Zwane", "Mthethwa", "Majola", "Cele", "Hadebe", "Ntuli", "Sibiya",
        "Mdletshe", "Nqoko", "Mgqibelo", "Ntsebeza"]
F_IN = ["Kershnee", "Yuvan", "Prenesha", "Devan", "Shanice", "Kumaran", "Sashen", "Vasanthi",
        "Rivaan", "Thireshni"]
S_IN = ["Naidoo", "Pillay", "Govender", "Moodley", "Reddy", "Chetty", "Padayachee", "Munsamy"]
F_CC = ["Faiez", "Shireen", "Waleed", "Ridhwaan", "Chantal", "Ebrahim", "Natasha", "Brandon",
        "Shafiek", "Gadija", "Moegamat", "Leeandra"]
S_CC = ["Isaacs", "Februarie", "Hendricks", "Abrahams", "Jacobs", "Adams", "Davids",
        "Solomons", "Kannemeyer", "Arendse"]
F_ZW = ["Lucky", "Gift", "Precious", "Blessing", "Innocent", "Patience", "Given", "Goodness",
        "Welcome", "Beauty", "Prince", "Memory", "Happiness", "Pretty", "Sunday"]

F_JM = ["Delroy", "Marcia", "Shanique", "Kemar", "Tashana", "Oneil", "Jhenelle", "Rushane",
        "Sashalee", "Dwayne", "Kadeem", "Shantel", "Romario", "Tavia", "Nordia", "Garfield",
        "Keisha", "Lascelles", "Monique", "Fitzroy", "Odane", "Trudy-Ann", "Alrick", "Shavoy"]
S_JM = ["Campbell", "McKenzie", "Facey", "Mullings", "Gayle", "Henry", "Reid", "Grant",
        "Bailey", "Thompson", "Wint", "Blackwood", "Morrison", "Samuels", "Powell", "Malcolm",
        "Chin", "Lindo", "Hylton", "Brissett"]
F_JMW = ["Mercy", "Patience", "Joy", "Faith", "Charity", "Precious"]
NICK_JM = ["Shortman", "Scatta", "Chinny", "Smally", "Tallup", "Dreddy", "Bunny"]

F_SGC = ["Wei Ling", "Jun Jie", "Xin Yi", "Hui Min", "Kok Leong", "Siew Ling", "Zhi Hao",
         "Pei Shan", "Boon Huat", "Mei Fong", "Jia Hui", "Wee Kiat", "Shu Fen", "Yong Sheng",
         "Li Ting", "Kai Wen", "Swee Hock", "Geok Lan"]
F_SGE = ["Darren", "Sherlyn", "Desmond", "Eugene", "Gerald", "Vanessa", "Bryan", "Shawn",
         "Melvin", "Cheryl", "Joanne", "Wilson", "Benedict", "Serene", "Clement", "Glenda",
         "Jasper", "Rachel"]
S_SG = ["Tan", "Lim", "Ng", "Ong", "Goh", "Chua", "Teo", "Koh", "Yeo", "Sim", "Toh", "Chia",
        "Low", "Quek", "Heng", "Seah", "Phua", "Lau", "Ang", "Foo"]
F_SGM = ["Nurul Ain", "Hafiz", "Aisyah", "Faizal", "Syafiqah", "Irfan", "Zulkifli", "Nadia",
         "Hidayah", "Haziq", "Khairul", "Farhana"]
S_SGM = ["Rahmat", "Osman", "Ismail", "Salleh", "Jumaat", "Kassim", "Yusof", "Latiff"]
F_SGI = ["Ramesh", "Kavitha", "Sundar", "Priyanka", "Arun", "Devi", "Vignesh", "Lakshmi",
         "Muthu", "Saranya"]
S_SGI = ["Krishnan", "Rajoo", "Subramaniam", "Pillai", "Nair", "Govindasamy", "Thangaraj"]
NICK_SG = ["Ah Seng", "Ah Huat", "Ah Boy", "Ah Kow", "Ah Lim", "Ah Choon"]

F_CY = ["Rhys", "Dafydd", "Gwen", "Bethan", "Ffion", "Iwan", "Cerys", "Siân", "Llinos",
        "Geraint", "Eirlys", "Alun", "Owain", "Carys", "Hywel", "Nia", "Gethin", "Elin", "Rhodri",
        "Meinir", "Tomos", "Angharad", "Dilwyn", "Heledd", "Emyr", "Lowri"]
S_CY = ["Pritchard", "Llewellyn", "Prosser", "Bowen", "Howells", "Vaughan", "Griffiths", "Parry",
        "Pugh", "Probert", "Rees", "Morgan", "Jenkins", "Watkins", "Beynon", "Lloyd", "Meredith",
        "Gwilym", "Jones", "Evans", "ap Iestyn"]

F_MW = ["Dale", "Brandi", "Kyle", "Jolene", "Ole", "Lars", "Gretchen", "Brad", "Tammy", "Marlys",
        "Duane", "Arlen", "Deb", "Kurt", "Shelby", "Travis", "Darla", "Wade", "Rhonda", "Cody",
        "Lynette", "Merle", "Gunnar", "Britta", "Hank", "Korey", "Jodi", "Verna"]
S_MW = ["Schultz", "Lindqvist", "Hanson", "Kowalski", "Nowak", "Schmidt", "Olson", "Brandt",
        "Vogel", "Janssen", "Gunderson", "Halvorsen", "Dombrowski", "Huebner", "Stoltzfus",
        "Larsen", "Thorsen", "Bergstrom", "Kasprzak", "Mueller", "Vander Heiden", "Ostrowski"]

F_UK = ["Callum", "Aoife", "Priya", "Kwame", "Zara", "Tomasz", "Olamide", "Mehmet", "Harriet",
        "Kofi", "Niamh", "Declan", "Imogen", "Yusuf", "Bex", "Gaz", "Shaz", "Fliss", "Jodie",
        "Ravi", "Siobhan", "Ade", "Chidi", "Hollie", "Darius", "Ines", "Mateusz", "Ellie-Mae",
        "Saoirse", "Keiran", "Tilly", "Fenella"]
S_UK = ["Oyelaran", "Whitfield", "Chaudhry", "Okonkwo", "Brennan", "Haworth", "Nowicki",
        "Fairbairn", "Ashworth", "Kaur", "Sandhu", "Mensah", "Osei", "Byrne", "Kaczmarek",
        "Trevelyan", "Hussain", "Lennox", "Doherty", "Winstanley", "Achterberg", "Ramsbottom",
        "Quigley", "Adeyemi"]
F_US = ["Jaylen", "Kayla", "Marisol", "DeShawn", "Brittany", "Tyler", "Mackenzie", "Luis",
        "Aaliyah", "Trent", "Destiny", "Xiomara", "Kenji", "Bethany", "Jamal", "Rosalind",
        "Braxton", "Giselle"]
S_US = ["Okafor", "Delgado", "Whitaker", "Gutierrez", "Pham", "Kowalczyk", "McAllister",
        "Rasmussen", "Fontaine", "Abernathy", "Villanueva", "Castellanos", "Nakamura",
        "Holloway", "Espinoza"]
F_W = ["Will", "Grace", "Rose", "Bill", "Sunny", "Hope", "Joy", "Summer", "Dawn", "Faith", "Pat",
       "Frank", "Rob", "Penny", "Ruby", "Jack", "Holly", "Amber", "Crystal", "Hunter", "Brook",
       "Robin", "Chase", "Sky", "River", "Autumn", "Mark", "Sue", "Ray", "Art", "Iris", "Hazel"]
NICK = ["Bubba", "Tiny", "Moose", "Sparky", "Tank", "Biscuit", "Noodle", "Boo", "Chunk",
        "Bean", "Skip", "Dolly", "Smudge"]

FEMALE = set("""Annelie Marietjie Liezl Elmarie Anneke Marlize Ilse Sunette Retha Chanelle Mariska
Thandeka Nomvula Zanele Lindiwe Nokuthula Zodwa Khanyisile Ntombi Nandi Lerato Refilwe Palesa Nosipho
Zintle Mbali Phumzile Ziyanda Kershnee Prenesha Shanice Vasanthi Thireshni Shireen Chantal Natasha Gadija
Leeandra Precious Blessing Patience Beauty Memory Happiness Pretty Goodness Marcia Shanique Tashana
Jhenelle Sashalee Shantel Tavia Nordia Keisha Monique Trudy-Ann Mercy Joy Faith Charity
Sherlyn Vanessa Cheryl Joanne Serene Glenda Rachel Aisyah Syafiqah Nadia Hidayah Farhana Kavitha
Priyanka Devi Lakshmi Saranya Gwen Bethan Ffion Cerys Siân Llinos Eirlys Carys Nia Elin Meinir Angharad
Heledd Lowri Brandi Jolene Gretchen Tammy Marlys Deb Shelby Darla Rhonda Lynette Britta Jodi Verna Aoife
Priya Zara Olamide Harriet Niamh Imogen Bex Shaz Fliss Jodie Siobhan Hollie Ines Ellie-Mae Saoirse Tilly
Fenella Kayla Marisol Brittany Mackenzie Aaliyah Destiny Xiomara Bethany Rosalind Giselle Grace Rose Hope
Summer Dawn Penny Ruby Holly Amber Crystal Autumn Sue Iris Hazel""".split())
FEMALE |= {"Wei Ling", "Xin Yi", "Hui Min", "Siew Ling", "Pei Shan", "Mei Fong", "Jia Hui", "Shu Fen",
           "Li Ting", "Geok Lan", "Nurul Ain"}
UNISEX = set("""Ayanda Andile Luthando Unathi Lungile Mpho Kagiso Tumi Olwethu Akhona Lihle Yonela Sky
Robin River Pat Sunny Brook Chase Hunter Sunday""".split())

# Chinese
CN_SUR = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟万段雷钱汤尹易常武乔贺赖龚牛付")
CN_G_DB = ["铁柱", "桂芬", "德胜", "秀兰", "春花", "玉霞", "大宝", "二柱", "凤霞", "淑琴", "立军",
           "艳华", "国富", "红艳", "长海", "永福", "丽娟", "海波", "金龙", "淑芬", "宝山", "春生"]
CN_G_HN = ["红霞", "建伟", "书豪", "俊杰", "晓培", "金凤", "振东", "聪慧", "卫东", "明亮", "豫生",
           "新峰", "晓燕", "保国", "素芳", "占魁", "巧玲", "彦军"]
CN_G_SH = ["家琪", "敏华", "雯婷", "佳怡", "沁", "颖", "嘉伟", "文彬", "丽萍", "志刚", "蓓蕾",
           "慧芳", "国栋", "怡雯", "宏良"]
CN_G_YOUNG = ["梓涵", "子轩", "一诺", "欣怡", "浩然", "雨桐", "沐辰", "若汐", "思远", "语嫣", "俊熙",
              "梓萱", "宇航", "博文", "诗涵", "可馨", "锦程", "安琪", "奕辰", "芊芊"]
CN_G_ALL = CN_G_DB + CN_G_HN + CN_G_SH + CN_G_YOUNG
CN_WORDNAMES = ["夏天", "白雪", "马力", "高峰", "方圆", "高明", "周密", "常乐", "安然", "金鑫",
                "江山", "林海", "向阳", "石磊", "高兴", "夏雨", "田野", "龙飞"]
CN_TITLES = ["总", "姐", "哥", "老师", "叔", "姨", "阿姨", "大夫", "医生", "经理", "师傅", "主任",
             "会计", "队长", "老板", "大爷", "大娘", "婶", "嫂", "律师", "护士", "警官", "科长",
             "校长", "工", "老板娘", "奶奶", "大姐"]
T_MED = ["医生", "大夫", "主任", "护士", "护士长", "大夫"]
T_TEACH = ["老师", "老师", "老师", "校长", "主任"]
T_BOSS = ["总", "经理", "老板", "老板娘", "总监", "工"]
T_KIN = ["姐", "哥", "叔", "姨", "阿姨", "大爷", "大娘", "婶", "嫂", "奶奶", "大姐", "师傅", "婆婆", "伯"]
T_WY = ["经理", "师傅", "主任", "管家"]
T_GOV = ["主任", "书记", "科长", "干事"]
CN_ONE = list("丽涛静军伟敏娟强磊芳霞勇杰娜燕鹏慧超明莉刚红宁斌浩萍琳雪凯洋")


# ---------------------------------------------------------------------------
# value generators: each returns (value, TYPE or None)
# ---------------------------------------------------------------------------

def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def pick(rng, *lists):
    return rng.choice([x for lst in lists for x in lst])


# ---- English persons

def _first(region):
    table = {
        "af": [F_AF], "ng": [F_NG], "in": [F_IN], "cc": [F_CC], "zw": [F_ZW],
        "za": [F_AF, F_NG, F_NG, F_IN, F_CC, F_ZW], "jm": [F_JM], "jmw": [F_JMW],
        "sg": [F_SGC, F_SGE, F_SGE], "sgm": [F_SGM], "sgi": [F_SGI], "cy": [F_CY], "mw": [F_MW],
        "uk": [F_UK], "us": [F_US], "w": [F_W], "nick": [NICK], "nick_sg": [NICK_SG],
        "nick_jm": [NICK_JM],
        "any": [F_AF, F_NG, F_JM, F_SGE, F_CY, F_MW, F_UK, F_UK, F_US, F_W],
    }[region]
    return lambda rng: (pick(rng, *table), "PERSON")


def _first_g(region, female):
    base = _first(region)

    def g(rng):
        for _ in range(200):
            v, t = base(rng)
            if v in UNISEX:
                continue
            if (v in FEMALE) == female:
                return v, t
        raise ValueError(region)
    return g


def _sur(region):
    table = {"af": [S_AF], "ng": [S_NG], "in": [S_IN], "cc": [S_CC],
             "za": [S_AF, S_NG, S_NG, S_IN, S_CC], "jm": [S_JM], "sg": [S_SG], "cy": [S_CY],
             "mw": [S_MW], "uk": [S_UK], "us": [S_US],
             "any": [S_AF, S_NG, S_JM, S_CY, S_MW, S_UK, S_US]}[region]
    return lambda rng: (pick(rng, *table), "PERSON")


def _full(region):
    def g(rng):
        if region == "af":
            return "%s %s" % (rng.choice(F_AF), rng.choice(S_AF)), "PERSON"
        if region == "ng":
            return "%s %s" % (rng.choice(F_NG + F_ZW), rng.choice(S_NG)), "PERSON"
        if region == "in":
            return "%s %s" % (rng.choice(F_IN), rng.choice(S_IN)), "PERSON"
        if region == "cc":
            return "%s %s" % (rng.choice(F_CC), rng.choice(S_CC)), "PERSON"
        if region == "za":
            return _full(rng.choice(["af", "ng", "ng", "in", "cc"]))(rng)
        if region == "jm":
            return "%s %s" % (rng.choice(F_JM + F_JMW), rng.choice(S_JM)), "PERSON"
        if region == "sg":
            r = rng.random()
            if r < 0.4:
                return "%s %s" % (rng.choice(S_SG), rng.choice(F_SGC)), "PERSON"
            if r < 0.75:
                return "%s %s" % (rng.choice(F_SGE), rng.choice(S_SG)), "PERSON"
            return "%s %s %s" % (rng.choice(F_SGE), rng.choice(S_SG), rng.choice(F_SGC)), "PERSON"
        if region == "sgm":
            f = rng.choice(F_SGM)
            fem = f in ("Nurul Ain", "Aisyah", "Syafiqah", "Nadia", "Hidayah", "Farhana")
            return "%s %s %s" % (f, "binte" if fem else "bin", rng.choice(S_SGM)), "PERSON"
        if region == "sgi":
            f = rng.choice(F_SGI)
            fem = f in ("Kavitha", "Priyanka", "Devi", "Lakshmi", "Saranya")
            return "%s %s %s" % (f, "d/o" if fem else "s/o", rng.choice(S_SGI)), "PERSON"
        if region == "cy":
            return "%s %s" % (rng.choice(F_CY), rng.choice(S_CY)), "PERSON"
        if region == "mw":
            return "%s %s" % (rng.choice(F_MW), rng.choice(S_MW)), "PERSON"
        if region == "uk":
            return "%s %s" % (rng.choice(F_UK), rng.choice(S_UK)), "PERSON"
        if region == "us":
            return "%s %s" % (rng.choice(F_US), rng.choice(S_US)), "PERSON"
        raise KeyError(region)
    return g


# ---- phones

ZA_MOB = ["060", "061", "062", "063", "064", "065", "066", "067", "068", "071", "072", "073",
          "074", "076", "078", "079", "081", "082", "083", "084"]


def ph_za(rng):
    p = rng.choice(ZA_MOB)
    mid = rng.choice(["555", "555", "555", "550"])
    last = "0" + digits(rng, 3)
    f = rng.randrange(7)
    if f == 0:
        v = "%s %s %s" % (p, mid, last)
    elif f == 1:
        v = p + mid + last
    elif f == 2:
        v = "+27 %s %s %s" % (p[1:], mid, last)
    elif f == 3:
        v = "+27" + p[1:] + mid + last
    elif f == 4:
        v = "%s-%s-%s" % (p, mid, last)
    elif f == 5:
        v = "%s %s%s" % (p, mid, last)
    else:
        v = "%s %s %s" % (p, mid, last)
    return v, "PHONE_NUMBER"


def ph_sg(rng):
    core = rng.choice("89") + "555" + "0" + digits(rng, 3)
    f = rng.randrange(5)
    if f == 0:
        v = core[:4] + " " + core[4:]
    elif f == 1:
        v = core
    elif f == 2:
        v = "+65 " + core[:4] + " " + core[4:]
    elif f == 3:
        v = "+65" + core
    else:
        v = "(+65) " + core
    return v, "PHONE_NUMBER"


def ph_jm(rng):
    a = rng.choice(["876", "876", "876", "658"])
    last = "01" + digits(rng, 2)
    f = rng.randrange(5)
    v = ["%s-555-%s", "(%s) 555-%s", "+1 %s 555 %s", "1-%s-555-%s", "%s 555 %s"][f] % (a, last)
    return v, "PHONE_NUMBER"


def ph_uk(rng):
    last = digits(rng, 3)
    f = rng.randrange(8)
    if f in (0, 1):
        v = "07700 900" + last
    elif f == 2:
        v = "07700900" + last
    elif f == 3:
        v = "+44 7700 900" + last
    elif f == 4:
        v = "+447700900" + last
    elif f == 5:
        v = "07700 900 " + last
    elif f == 6:
        v = "01632 960" + last
    else:
        v = "(01632) 960" + last
    return v, "PHONE_NUMBER"


def ph_cy(rng):
    if rng.random() < 0.45:
        return ph_uk(rng)
    last = digits(rng, 3)
    v = rng.choice(["029 2018 0%s", "02920 180%s", "(029) 2018 0%s", "029 20180%s",
                    "+44 29 2018 0%s"]) % last
    return v, "PHONE_NUMBER"


US_AREA_MW = ["312", "773", "614", "414", "515", "612", "317", "402", "608", "319", "816", "563",
              "651", "952", "262", "920", "217", "419", "701", "605"]
US_AREA = ["212", "415", "617", "404", "206", "713", "512", "303", "919", "520"]


def ph_us(rng, mw=True):
    a = rng.choice(US_AREA_MW if mw else US_AREA)
    last = "01" + digits(rng, 2)
    f = rng.randrange(7)
    v = ["(%s) 555-%s", "%s-555-%s", "%s.555.%s", "+1 %s 555 %s", "%s555%s", "1-%s-555-%s",
         "(%s)555-%s"][f] % (a, last)
    return v, "PHONE_NUMBER"


def cph_digits(rng):
    return rng.choice(["13", "13", "15", "15", "17", "18", "18", "19", "16", "14"]) + \
        rng.choice("0123456789") + digits(rng, 8)


def cph(rng):
    d = cph_digits(rng)
    f = rng.randrange(10)
    if f < 5:
        v = d
    elif f == 5:
        v = "%s %s %s" % (d[:3], d[3:7], d[7:])
    elif f == 6:
        v = "%s-%s-%s" % (d[:3], d[3:7], d[7:])
    elif f == 7:
        v = "+86 %s %s %s" % (d[:3], d[3:7], d[7:])
    elif f == 8:
        v = "+86" + d
    else:
        v = "%s %s" % (d[:3], d[3:])
    return v, "PHONE_NUMBER"


CN_NUM = "零一二三四五六七八九"


def cph_voice(rng):
    d = cph_digits(rng)
    out = []
    for c in d:
        if c == "1" and rng.random() < 0.5:
            out.append("幺")
        else:
            out.append(CN_NUM[int(c)])
    return "".join(out), "PHONE_NUMBER"


def cph_land(rng):
    code, first = rng.choice([("0451", "8"), ("0431", "8"), ("024", "2"), ("0371", "6"),
                              ("0379", "6"), ("021", "5"), ("0411", "8")])
    n = 8 if code in ("021", "024", "0371", "0451", "0431", "0411") else 8
    v = code + rng.choice(["-", "-", " ", ""]) + first + digits(rng, n - 1)
    return v, "PHONE_NUMBER"


# ---- e-mail, web

EN_DOM = ["example.com", "example.com", "example.org", "example.net", "mail.example.com",
          "example.net", "webmail.example.org", "post.example.net"]
CN_DOM = ["example.cn", "example.cn", "example.com.cn", "mail.example.cn", "example.net.cn"]


def _slug(name):
    s = name.lower().replace("â", "a").replace("ê", "e").replace("'", "")
    return re.sub(r"[^a-z]+", " ", s).strip()


def email_from(rng, name, dom=None):
    parts = _slug(name).split()
    if not parts:
        parts = ["user"]
    first, last = parts[0], parts[-1]
    f = rng.randrange(8)
    if f == 0:
        local = first + "." + last
    elif f == 1:
        local = first + last + digits(rng, 2)
    elif f == 2:
        local = first[0] + last
    elif f == 3:
        local = first + "_" + last
    elif f == 4:
        local = first + digits(rng, rng.choice([2, 4]))
    elif f == 5:
        local = last + "." + first[0]
    elif f == 6:
        local = first + "." + last + digits(rng, 1)
    else:
        local = "".join(parts)
    if len(parts) == 1 and f in (0, 3, 5, 6):
        local = first + digits(rng, 3)
    return local + "@" + (dom or rng.choice(EN_DOM)), "EMAIL_ADDRESS"


def em(rng):
    nm = _full(rng.choice(["af", "ng", "jm", "sg", "cy", "mw", "uk", "us", "za"]))(rng)[0]
    return email_from(rng, nm)


PINYIN = ["tiezhu", "guifen", "desheng", "xiulan", "chunhua", "dabao", "hongxia", "jianwei",
          "shuhao", "xiaopei", "jinfeng", "jiaqi", "minhua", "wenting", "jiayi", "zihan", "yinuo",
          "haoran", "lili", "taotao", "xiaoxue", "laowang", "dongbeinv", "henanren", "xiaomei",
          "ahui", "ajun", "dage", "erjie", "fengxia", "baoshan", "sufang", "guodong", "peipei",
          "yuhang", "ruoxi", "zhangsan88", "lizong", "zhouls", "chenjie"]


def cem(rng):
    p = rng.choice(PINYIN)
    f = rng.randrange(5)
    if f == 0:
        local = p + digits(rng, 4)
    elif f == 1:
        local = digits(rng, rng.choice([8, 9, 10])).lstrip("0") or "8812345"
    elif f == 2:
        local = p + "_" + rng.choice(PINYIN)
    elif f == 3:
        local = p + "." + digits(rng, 2)
    else:
        local = p
    return local + "@" + rng.choice(CN_DOM), "EMAIL_ADDRESS"


HANDLE_BITS = ["thandi", "riaan", "lihle", "kemar", "shanique", "rhys", "ffion", "dale", "brandi",
               "kwame", "zara", "jolene", "gethin", "sbu", "mbali", "kayla", "weiling", "hafiz",
               "marlize", "odane", "siân", "tomos", "deshawn", "nokuthula", "wynand", "cerys"]


def handle(rng):
    b = rng.choice(HANDLE_BITS).replace("â", "a")
    f = rng.randrange(9)
    tail = ["_", ".", "", "__", "x"]
    if f == 0:
        h = b + rng.choice(tail) + digits(rng, 2)
    elif f == 1:
        h = b + "." + rng.choice(["m", "k", "vdm", "j", "za", "cpt", "jhb"])
    elif f == 2:
        h = "the" + b + rng.choice(["", "_", "x"])
    elif f == 3:
        h = b + "_" + rng.choice(["bakes", "lifts", "fits", "plays", "vibes", "eats", "travels"])
    elif f == 4:
        h = "xX" + b.capitalize() + "Xx"
    elif f == 5:
        h = b + rng.choice(["876", "021", "031", "011", "65", "cymru", "515", "414"])
    elif f == 6:
        h = b + "-" + rng.choice(["lindqvist", "botha", "ndlovu", "reid", "pugh", "tan"]) + "-" + digits(rng, 1)
    elif f == 7:
        h = rng.choice(["its", "just", "only", "mz", "mr"]) + b
    else:
        h = b + rng.choice(["_official", "_sa", "_sg", "official", "_tt"])
    return h


def user(rng):
    return handle(rng), "USERNAME"


def hdl(rng):
    return "@" + handle(rng), "USERNAME"


def url(rng):
    h = handle(rng)
    h = re.sub(r"[^A-Za-z0-9._-]", "", h)
    f = rng.randrange(9)
    if f == 0:
        v = "https://www.instagram.com/%s/" % h
    elif f == 1:
        v = "instagram.com/%s" % h
    elif f == 2:
        v = "https://www.facebook.com/%s" % h.replace("_", ".")
    elif f == 3:
        v = "https://github.com/%s" % h.replace(".", "-").replace("_", "-")
    elif f == 4:
        v = "tiktok.com/@%s" % h
    elif f == 5:
        v = "https://www.linkedin.com/in/%s-%s" % (h.replace(".", "-").replace("_", "-"), digits(rng, 3))
    elif f == 6:
        v = "https://x.com/%s" % h.replace(".", "_").replace("-", "_")
    elif f == 7:
        v = "www.youtube.com/@%s" % h
    else:
        v = "https://www.threads.net/@%s" % h
    return v, "URL"


CN_HANDLES = ["东北铁柱哥", "河南小霞在郑州", "阿拉上海小囡", "爱吃烩面的胖丫", "哈尔滨大宝",
              "洛阳牡丹妹妹", "沪上阿姨不是那个阿姨", "长春小老弟", "二七区吴彦祖", "金水区小公主",
              "鞍山钢铁侠", "浦东打工人阿杰", "铁岭小伙儿", "周口老郭"]


def cuser(rng):
    f = rng.randrange(3)
    if f == 0:
        return "@" + rng.choice(CN_HANDLES), "USERNAME"
    if f == 1:
        return rng.choice(PINYIN) + rng.choice(["", "_", "."]) + digits(rng, rng.choice([2, 3, 4])), "USERNAME"
    return rng.choice(CN_HANDLES), "USERNAME"


def curl(rng):
    p = rng.choice(PINYIN) + digits(rng, rng.choice([0, 2, 3]))
    f = rng.randrange(4)
    v = ["https://weibo.com/%s", "https://www.zhihu.com/people/%s", "https://www.douban.com/people/%s/",
         "https://github.com/%s"][f] % p
    return v, "URL"


def ip(rng):
    f = rng.randrange(5)
    if f == 0:
        return "192.0.2.%d" % rng.randint(2, 254), "IP_ADDRESS"
    if f == 1:
        return "198.51.100.%d" % rng.randint(2, 254), "IP_ADDRESS"
    if f == 2:
        return "203.0.113.%d" % rng.randint(2, 254), "IP_ADDRESS"
    if f == 3:
        return "2001:db8:%x:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xfff)), "IP_ADDRESS"
    return "203.0.113.%d" % rng.randint(2, 254), "IP_ADDRESS"


# ---- cards, banks

def cc(rng):
    k = rng.randrange(5)
    if k <= 1:
        body = "4" + digits(rng, 14)
    elif k <= 3:
        body = "5" + rng.choice("12345") + digits(rng, 13)
    else:
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    num = body + luhn_digit(body)
    f = rng.randrange(4)
    if len(num) == 15:
        if f < 3:
            v = "%s %s %s" % (num[:4], num[4:10], num[10:])
        else:
            v = num
    elif f == 0:
        v = num
    elif f == 1:
        v = "-".join(num[i:i + 4] for i in range(0, 16, 4))
    else:
        v = " ".join(num[i:i + 4] for i in range(0, 16, 4))
    return v, "CREDIT_CARD"


CN_BIN = [("622848", 19), ("621700", 19), ("622202", 19), ("621483", 16), ("622588", 16),
          ("621226", 19), ("623052", 19), ("621799", 19), ("622188", 19), ("621661", 19)]


def cbank(rng):
    b, n = rng.choice(CN_BIN)
    body = b + digits(rng, n - len(b) - 1)
    num = body + luhn_digit(body)
    f = rng.randrange(4)
    if f in (0, 1):
        v = num
    elif f == 2:
        v = " ".join(num[i:i + 4] for i in range(0, len(num), 4))
    else:
        v = num[:6] + " " + num[6:]
    return v, "CN_BANK_CARD"


def sort_code(rng):
    a, b, c = rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99)
    f = rng.randrange(4)
    v = ["%02d-%02d-%02d", "%02d-%02d-%02d", "%02d%02d%02d", "%02d %02d %02d"][f] % (a, b, c)
    return v, "BANK_ACCOUNT"


def acct_uk(rng):
    return rng.choice("1234567") + digits(rng, 7), "BANK_ACCOUNT"


def routing(rng):
    while True:
        first = "%02d" % rng.choice(list(range(1, 13)) + list(range(21, 33)))
        d = first + digits(rng, 6)
        for last in "0123456789":
            if aba_ok(d + last):
                return d + last, "BANK_ACCOUNT"


def acct_us(rng):
    return rng.choice("123456789") + digits(rng, rng.choice([9, 10, 11])), "BANK_ACCOUNT"


def acct_za(rng):
    f = rng.randrange(4)
    if f == 0:
        v = "62" + digits(rng, 9)       # 11 digits
    elif f == 1:
        v = "1" + digits(rng, 9)        # 10 digits
    elif f == 2:
        v = rng.choice("14") + digits(rng, 9)
    else:
        v = "62" + digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 3)
    return v, "BANK_ACCOUNT"


def branch_za(rng):
    return rng.choice(["250655", "051001", "632005", "470010", "198765"]), "BANK_ACCOUNT"


def acct_sg(rng):
    f = rng.randrange(3)
    if f == 0:
        v = "%s-%s-%s" % (digits(rng, 3), rng.choice("0123456789"), digits(rng, 6))
    elif f == 1:
        v = "%s-%s-%s" % (digits(rng, 3), digits(rng, 6), digits(rng, 3))
    else:
        v = rng.choice("12345678") + digits(rng, 9)
    return v, "BANK_ACCOUNT"


def acct_jm(rng):
    f = rng.randrange(2)
    v = (rng.choice("123456789") + digits(rng, 9)) if f == 0 else \
        "%s-%s-%s" % (digits(rng, 3), digits(rng, 3), digits(rng, 4))
    return v, "BANK_ACCOUNT"


def iban(rng):
    f = rng.randrange(6)
    if f <= 2:
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "CPBK"]) + digits(rng, 6) + digits(rng, 8)
        v = iban_make("GB", bban)
    elif f == 3:
        v = iban_make("IE", rng.choice(["AIBK", "BOFI"]) + digits(rng, 6) + digits(rng, 8))
    elif f == 4:
        v = iban_make("NL", rng.choice(["INGB", "RABO", "ABNA"]) + digits(rng, 10))
    else:
        v = iban_make("DE", digits(rng, 18))
    if rng.random() < 0.6:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v, "IBAN_CODE"


# ---- national IDs

def za_id(rng):
    while True:
        y = rng.randint(1952, 2006)
        try:
            dt = datetime.date(y, rng.randint(1, 12), rng.randint(1, 31))
            break
        except ValueError:
            continue
    seq = ("%04d" % rng.randint(0, 4999)) if rng.random() < 0.5 else ("%04d" % rng.randint(5000, 9999))
    body = dt.strftime("%y%m%d") + seq + rng.choice("0000001") + "8"
    v = body + luhn_digit(body)
    if rng.random() < 0.15:
        v = "%s %s %s" % (v[:6], v[6:10], v[10:])
    return v, "ZA_ID"


def nric(rng, fin=False):
    p = rng.choice("FG" if fin else "SSST")
    d = digits(rng, 7)
    v = p + d + nric_letter(p, d)
    if rng.random() < 0.15:
        v = v.lower()
    return v, "SG_NRIC"


def nino(rng):
    first = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
    second = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
    while True:
        pre = rng.choice(first) + rng.choice(second)
        if pre not in NINO_BAD_PAIRS:
            break
    d = digits(rng, 6)
    suf = rng.choice("ABCD")
    f = rng.randrange(3)
    v = [pre + d + suf, "%s %s %s %s %s" % (pre, d[:2], d[2:4], d[4:], suf),
         (pre + d + suf).lower() if rng.random() < 0.3 else pre + " " + d + " " + suf][f]
    return v, "UK_NINO"


def nhs(rng):
    while True:
        d = rng.choice("4567") + digits(rng, 8)
        c = nhs_check(d)
        if c is not None:
            break
    n = d + c
    v = rng.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n, "%s-%s-%s" % (n[:3], n[3:6], n[6:])])
    return v, "UK_NHS"


def ukpp(rng):
    return rng.choice("12345") + digits(rng, 8), "UK_PASSPORT"


def ukdl_for(rng, name):
    parts = _slug(name).split()
    sur = re.sub(r"[^a-z]", "", "".join(parts[1:]) if len(parts) > 1 else parts[0]).upper()
    sur = (sur[:5] + "99999")[:5]
    y = rng.randint(1950, 2003)
    m = rng.randint(1, 12)
    if rng.random() < 0.5:
        m += 50
    day = rng.randint(1, 28)
    ini = (parts[0][0].upper() + "9") if len(parts) > 1 else "99"
    if rng.random() < 0.3 and len(parts) > 1:
        ini = parts[0][0].upper() + rng.choice("ABDEJLMRST")
    v = "%s%d%02d%02d%d%s9%s%s" % (sur, (y // 10) % 10, m, day, y % 10, ini,
                                  rng.choice("ABCDEFGHJKLMNPRSTW"), rng.choice("ABCDEFGHJKLMNPRSTW"))
    if rng.random() < 0.25:
        v = v[:5] + " " + v[5:11] + " " + v[11:]
    return v, "UK_DRIVING_LICENCE"


def ukdl(rng):
    return ukdl_for(rng, _full(rng.choice(["cy", "uk"]))(rng)[0])


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    v = rng.choice(["%03d-%02d-%04d", "%03d-%02d-%04d", "%03d %02d %04d", "%03d%02d%04d"]) % (a, g, s)
    return v, "US_SSN"


def itin(rng):
    g = rng.choice(list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])
    v = rng.choice(["9%02d-%02d-%04d", "9%02d %02d %04d"]) % (rng.randint(0, 99), g, rng.randint(1, 9999))
    return v, "US_ITIN"


def uspp(rng):
    if rng.random() < 0.5:
        return rng.choice("5678") + digits(rng, 8), "US_PASSPORT"
    return rng.choice("ACEFHJKLMNPRSTUVWXYZ") + digits(rng, 8), "US_PASSPORT"


def usdl(rng):
    st = rng.randrange(7)
    L = rng.choice("ABCDEFGHJKLMNPRSTVWZ")
    if st == 0:    # Illinois
        v = "%s%s-%s-%s" % (L, digits(rng, 3), digits(rng, 4), digits(rng, 4))
    elif st == 1:  # Wisconsin
        v = "%s%s-%s-%s-%s" % (L, digits(rng, 3), digits(rng, 4), digits(rng, 4), digits(rng, 2))
    elif st == 2:  # Ohio
        v = L + rng.choice("ABCDEFGHJKLMNPRSTVWZ") + digits(rng, 6)
    elif st == 3:  # Minnesota / Michigan
        v = L + digits(rng, 12)
    elif st == 4:  # Indiana
        v = "%s-%s-%s" % (digits(rng, 4), digits(rng, 2), digits(rng, 4))
    elif st == 5:  # Iowa
        v = digits(rng, 3) + L + rng.choice("ABCDEFGHJKLMNPRSTVWZ") + digits(rng, 4)
    else:          # Missouri
        v = L + digits(rng, 9)
    return v, "US_DRIVER_LICENSE"


CN_REGION = ["230102", "230103", "230110", "220102", "220104", "210106", "210105", "230202",
             "231002", "410105", "410103", "410102", "410305", "410204", "410702", "411303",
             "411602", "411402", "310115", "310104", "310110", "310107", "310112", "310106"]


def cid(rng):
    while True:
        try:
            dt = datetime.date(rng.randint(1942, 2016), rng.randint(1, 12), rng.randint(1, 31))
            break
        except ValueError:
            continue
    body = rng.choice(CN_REGION) + dt.strftime("%Y%m%d") + digits(rng, 3)
    c = cn_id_check(body)
    if c == "X" and rng.random() < 0.4:
        c = "x"
    return body + c, "CN_ID_CARD"


def cpp(rng):
    if rng.random() < 0.5:
        return "E" + digits(rng, 8), "CN_PASSPORT"
    return "E" + rng.choice("ABCDEFGHJKLMNPQRS") + digits(rng, 7), "CN_PASSPORT"


def qq(rng):
    n = rng.choice([6, 8, 9, 9, 10, 10, 10])
    return rng.choice("123456789") + digits(rng, n - 1), "QQ_NUMBER"


def wx(rng):
    f = rng.randrange(6)
    p = rng.choice(PINYIN)
    if f == 0:
        v = "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14))
    elif f == 1:
        v = p + digits(rng, rng.choice([3, 4]))
    elif f == 2:
        v = p + rng.choice(["_", "-"]) + rng.choice(["hn", "db", "sh", "zz", "hrb", "cc"]) + digits(rng, 2)
    elif f == 3:
        v = p.capitalize() + rng.choice(["520", "1314", "666", "888", "0405", "1988"])
    elif f == 4:
        v = rng.choice(["hn", "db", "sh"]) + "_" + p
    else:
        v = p + rng.choice(["_", ""]) + rng.choice(PINYIN)
    if not v[0].isalpha():
        v = "a" + v
    return v, "WECHAT_ID"


# ---- plates

PL = "ABCDEFGHJKLMNPRSTVWXYZ"


def plate_za(rng):
    f = rng.randrange(5)
    if f == 0:
        v = "CA %s-%s" % (digits(rng, 3), digits(rng, 3))
    elif f == 1:
        v = "%s %s-%s" % (rng.choice(["ND", "NU", "NP", "NPN"]), digits(rng, 3), digits(rng, 3))
    elif f == 2:
        v = "%s%s %s%s %s GP" % (rng.choice(PL), rng.choice(PL), rng.choice("123456789"), rng.choice("0123456789"),
                                 rng.choice(PL) + rng.choice(PL))
    elif f == 3:
        v = "%s%s%s %s %s" % (rng.choice(PL), rng.choice(PL), rng.choice(PL), digits(rng, 3),
                              rng.choice(["EC", "FS", "MP", "NW", "L"]))
    else:
        v = "CY " + rng.choice([digits(rng, 3) + "-" + digits(rng, 3), digits(rng, 5)])
    return v.replace("  ", " "), "LICENSE_PLATE"


def plate_uk(rng):
    area = rng.choice(["CA", "CE", "CF", "CK", "CN", "CP", "CV", "LD", "LN", "MA", "YX", "BD", "EF"])
    age = rng.choice(["15", "18", "19", "21", "22", "23", "68", "69", "70", "71", "72", "73"])
    tail = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    v = area + age + rng.choice([" ", " ", ""]) + tail
    return v, "LICENSE_PLATE"


def plate_us(rng):
    f = rng.randrange(5)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if f == 0:
        v = "%s%s%s %s" % (rng.choice(L), rng.choice(L), rng.choice(L), digits(rng, 3))
    elif f == 1:
        v = "%s%s%s-%s" % (rng.choice(L), rng.choice(L), rng.choice(L), digits(rng, 4))
    elif f == 2:
        v = "%s%s%s%s%s" % (digits(rng, 1), rng.choice(L), rng.choice(L), rng.choice(L), digits(rng, 3))
    elif f == 3:
        v = "%s %s%s%s" % (digits(rng, 3), rng.choice(L), rng.choice(L), rng.choice(L))
    else:
        v = "%s%s %s" % (rng.choice(L), rng.choice(L), digits(rng, 5))
    return v, "LICENSE_PLATE"


def plate_sg(rng):
    pre = rng.choice(["SKX", "SLA", "SMB", "SGF", "SJH", "SFT", "SNE", "GBH", "SHA", "SLK"])
    num = str(rng.randint(1, 9999))
    v = pre + rng.choice(["", " "]) + num + rng.choice(["", " "]) + sg_plate_letter(pre, num)
    return v, "LICENSE_PLATE"


def plate_jm(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    f = rng.randrange(2)
    v = ("%s %s%s" % (digits(rng, 4), rng.choice(L), rng.choice(L))) if f == 0 else \
        ("%s%s %s" % (rng.choice(L), rng.choice(L), digits(rng, 4)))
    return v, "LICENSE_PLATE"


CN_PROV_DB = ["黑A", "黑A", "黑B", "黑L", "吉A", "吉A", "吉B", "辽A", "辽A", "辽B", "辽C"]
CN_PROV_HN = ["豫A", "豫A", "豫A", "豫C", "豫B", "豫R", "豫P", "豫N"]
CN_PROV_SH = ["沪A", "沪B", "沪C", "沪D", "沪E", "沪F", "沪N"]
CN_PROV_OT = ["京N", "粤B", "苏E", "浙A", "鲁B", "冀A"]
PLN = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def cplate(rng, provs=None):
    p = rng.choice(provs or (CN_PROV_DB + CN_PROV_HN + CN_PROV_SH + CN_PROV_OT))
    if rng.random() < 0.2:
        tail = rng.choice("DF") + digits(rng, 5)
    else:
        k = rng.randint(0, 2)
        pos = set(rng.sample(range(5), k))
        tail = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") if i in pos else rng.choice("0123456789")
                       for i in range(5))
    sep = rng.choice(["·", "", "", " ", "·"])
    return p + sep + tail, "LICENSE_PLATE"


# ---- addresses (English)

ZA_STREETS = ["Protea", "Jakaranda", "Kiepersol", "Bougainvillea", "Vygie", "Disa", "Marula",
              "Msinsi", "Umdoni", "Impala", "Kudu", "Blesbok", "Rooibos", "Boekenhout", "Tambotie",
              "Wildevy", "Aalwyn", "Strelitzia", "Nkwazi", "Inyoni", "Sonneblom", "Dahlia"]
ZA_TYPES = ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Crescent", "Cres", "Close", "Lane", "Way"]
ZA_SUBURBS = [("Rondebosch", "Cape Town", "7700"), ("Bellville", "Cape Town", "7530"),
              ("Durbanville", "Cape Town", "7550"), ("Mitchells Plain", "Cape Town", "7785"),
              ("Orlando West", "Soweto", "1804"), ("Pinetown", "Durban", "3610"),
              ("Westville", "Durban", "3629"), ("Lynnwood", "Pretoria", "0081"),
              ("Centurion", "Pretoria", "0157"), ("Benoni", "Ekurhuleni", "1501"),
              ("Kempton Park", "Ekurhuleni", "1619"), ("Walmer", "Gqeberha", "6070"),
              ("Bayswater", "Bloemfontein", "9301"), ("Bendor", "Polokwane", "0699"),
              ("Vincent", "East London", "5247"), ("Montclair", "Durban", "4004"),
              ("Khayelitsha", "Cape Town", "7784"), ("Tembisa", "Ekurhuleni", "1632")]


def addr_za(rng):
    n = rng.randint(2, 188)
    st = "%s %s" % (rng.choice(ZA_STREETS), rng.choice(ZA_TYPES))
    sub, city, pc = rng.choice(ZA_SUBURBS)
    f = rng.randrange(8)
    if f == 0:
        v = "%d %s, %s" % (n, st, sub)
    elif f == 1:
        v = "%d %s, %s, %s, %s" % (n, st, sub, city, pc)
    elif f == 2:
        v = "Unit %d, %s Villas, %d %s, %s" % (rng.randint(1, 40), rng.choice(["Sunnyside", "Eikenhof", "Palm Grove", "Umhlanga Ridge", "Kleinbos"]), n, st, sub)
    elif f == 3:
        v = "%d %s %s" % (n, st.lower(), sub.lower())
    elif f == 4:
        v = "%d %s Section, Umlazi" % (rng.randint(100, 2400), rng.choice("ABCDJKLMPQRUVW"))
    elif f == 5:
        v = "%d %s, %s %s" % (n, st, sub, pc)
    elif f == 6:
        v = "no %d %s, %s" % (n, st, sub)
    else:
        v = "%d %s ext %d, %s" % (rng.randint(1000, 9999), rng.choice(["Mpho", "Lekoa", "Thuto", "Khutso"]) + " St", rng.randint(2, 9),
                                  rng.choice(["Tembisa", "Soshanguve", "Mamelodi", "Diepsloot", "Kagiso"]))
    return v, "LOCATION"


SG_HDB = [("Ang Mo Kio Ave", "56"), ("Tampines St", "52"), ("Jurong West St", "64"),
          ("Bedok North Rd", "46"), ("Woodlands Dr", "73"), ("Yishun Ring Rd", "76"),
          ("Toa Payoh Lor", "31"), ("Hougang Ave", "53"), ("Bukit Batok West Ave", "65"),
          ("Pasir Ris Dr", "51"), ("Choa Chu Kang Ave", "68"), ("Sengkang East Way", "54"),
          ("Bedok Reservoir Rd", "47"), ("Clementi Ave", "12")]
SG_ABBR = {"Ang Mo Kio Ave": "AMK Ave", "Choa Chu Kang Ave": "CCK Ave", "Toa Payoh Lor": "Toa Payoh Lor"}


def addr_sg(rng):
    street, sector = rng.choice(SG_HDB)
    blk = rng.randint(101, 689)
    stno = rng.randint(1, 9) if not street.endswith("Rd") and "Way" not in street else ""
    road = ("%s %s" % (street, stno)).strip()
    unit = "#%02d-%d" % (rng.randint(2, 16), rng.randint(10, 1288))
    pc = sector + "%04d" % blk
    f = rng.randrange(6)
    if f == 0:
        v = "Blk %d %s %s" % (blk, road, unit)
    elif f == 1:
        v = "Blk %d %s %s, Singapore %s" % (blk, road, unit, pc)
    elif f == 2:
        v = "%d %s, %s, S%s" % (blk, SG_ABBR.get(street, street) + (" %s" % stno if stno else ""), unit, pc)
    elif f == 3:
        v = ("blk %d %s %s" % (blk, road, unit)).lower()
    elif f == 4:
        v = "%s Blk %d %s S(%s)" % (unit, blk, road, pc)
    else:
        v = "%d Jalan %s #%02d-%02d, Singapore %s" % (rng.randint(2, 60), rng.choice(["Kembangan", "Bunga Raya", "Pelatok", "Senang", "Kechubong"]),
                                                    rng.randint(1, 12), rng.randint(1, 20), "4" + digits(rng, 5))
    return v, "LOCATION"


def addr_jm(rng):
    f = rng.randrange(6)
    st = rng.choice(["Acacia Ave", "Poinciana Dr", "Lignum Vitae Cres", "Mahoe Dr", "Ackee Walk",
                     "Hibiscus Rd", "Sweetsop Lane", "Guinep Way", "Breadnut Close"])
    area = rng.choice(["Duhaney Park", "Havendale", "Mona Heights", "Harbour View", "Greater Portmore",
                       "Ironshore", "Red Hills", "Meadowbrook", "Independence City"])
    if f == 0:
        v = "Lot %d, %s" % (rng.randint(3, 480), area)
    elif f == 1:
        v = "%d %s, Kingston %d" % (rng.randint(2, 90), st, rng.choice([6, 8, 10, 11, 19, 20]))
    elif f == 2:
        v = "%d %s, Portmore, St. Catherine" % (rng.randint(2, 200), st)
    elif f == 3:
        v = "Apt %d%s, %d %s, New Kingston" % (rng.randint(1, 9), rng.choice("ABCD"), rng.randint(2, 60), st)
    elif f == 4:
        v = "%d %s, %s, Mandeville" % (rng.randint(2, 80), st, rng.choice(["Caledonia", "Greenvale", "Ward Ave"]))
    else:
        v = "lot %d %s" % (rng.randint(3, 480), area.lower())
    return v, "LOCATION"


CY_TOWNS = [("Pontypridd", "CF37"), ("Treorchy", "CF42"), ("Merthyr Tydfil", "CF47"), ("Cardiff", "CF5"),
            ("Cardiff", "CF14"), ("Cardiff", "CF24"), ("Swansea", "SA1"), ("Swansea", "SA2"),
            ("Llanelli", "SA15"), ("Carmarthen", "SA31"), ("Aberystwyth", "SY23"), ("Bangor", "LL57"),
            ("Caernarfon", "LL55"), ("Wrexham", "LL11"), ("Newport", "NP20"), ("Abergavenny", "NP7"),
            ("Tenby", "SA70"), ("Porthcawl", "CF36"), ("Aberdare", "CF44")]
CY_STREETS = ["Heol y Nant", "Heol y Parc", "Ffordd y Capel", "Stryd Fawr", "Brynhyfryd Terrace",
              "Glanrhyd Street", "Tŷ Draw Road", "Penrhiw Road", "Maes y Coed", "Lôn Las",
              "Bryn Road", "Oakfield Terrace", "Chapel Street", "Cwrt y Felin", "Tydfil Street"]


def uk_inward(rng):
    return "%d%s%s" % (rng.randint(1, 9), rng.choice("ABDEFGHJLNPQRSTUWXYZ"), rng.choice("ABDEFGHJLNPQRSTUWXYZ"))


def addr_cy(rng):
    town, pc = rng.choice(CY_TOWNS)
    st = rng.choice(CY_STREETS)
    n = rng.randint(1, 140)
    f = rng.randrange(6)
    if f == 0:
        v = "%d %s, %s %s %s" % (n, st, town, pc, uk_inward(rng))
    elif f == 1:
        v = "%d %s, %s" % (n, st, town)
    elif f == 2:
        v = "Flat %d, %d %s, %s %s %s" % (rng.randint(1, 12), n, st, town, pc, uk_inward(rng))
    elif f == 3:
        v = "%s, %d %s, %s" % (rng.choice(["Bryn Awel", "Tŷ Gwyn", "Hafan", "Glan y Môr", "Awelfryn"]), n, st, town)
    elif f == 4:
        v = ("%d %s %s" % (n, st, town)).lower()
    else:
        v = "%d %s, %s %s %s" % (n, st, town.upper(), pc, uk_inward(rng))
    return v, "LOCATION"


MW_CITIES = [("Peoria", "IL", "616"), ("Des Moines", "IA", "503"), ("Cedar Rapids", "IA", "524"),
             ("Omaha", "NE", "681"), ("Madison", "WI", "537"), ("Green Bay", "WI", "543"),
             ("Toledo", "OH", "436"), ("Dayton", "OH", "454"), ("Fort Wayne", "IN", "468"),
             ("Duluth", "MN", "558"), ("Fargo", "ND", "581"), ("Sioux Falls", "SD", "571"),
             ("Grand Rapids", "MI", "495"), ("Lansing", "MI", "489"), ("Springfield", "MO", "658"),
             ("Wichita", "KS", "672"), ("Rochester", "MN", "559"), ("Eau Claire", "WI", "547")]
MW_STREETS = ["Maple", "Elm", "Prairie View", "Cottonwood", "Walnut", "Hickory", "Lakeshore",
              "Cornhusker", "Juniper", "Sycamore", "Meadowlark", "Birch", "Linden", "Sunset Ridge"]


def addr_mw(rng):
    city, stt, z = rng.choice(MW_CITIES)
    n = rng.randint(100, 9800)
    st = "%s%s %s" % (rng.choice(["", "", "N ", "S ", "E ", "W "]), rng.choice(MW_STREETS),
                      rng.choice(["St", "Ave", "Dr", "Rd", "Ln", "Ct", "Street", "Avenue"]))
    zipc = z + digits(rng, 2)
    f = rng.randrange(6)
    if f == 0:
        v = "%d %s, %s, %s %s" % (n, st, city, stt, zipc)
    elif f == 1:
        v = "%d %s" % (n, st)
    elif f == 2:
        v = "%d %s, %s %s" % (n, st, city, stt)
    elif f == 3:
        v = "N%d County Rd %s, %s WI %s" % (rng.randint(1000, 9999), rng.choice("KJMGVW"), rng.choice(["Shawano", "Pulaski", "Black Creek"]), "541" + digits(rng, 2))
    elif f == 4:
        v = ("%d %s %s" % (n, st, city)).lower()
    else:
        v = "%d %s Apt %d, %s, %s %s" % (n, st, rng.randint(1, 40), city, stt, zipc)
    return v, "LOCATION"


UK_TOWNS = [("Leeds", "LS6"), ("Bristol", "BS5"), ("Manchester", "M14"), ("Norwich", "NR2"),
            ("Leicester", "LE2"), ("Sheffield", "S7"), ("Brighton", "BN2"), ("Glasgow", "G12"),
            ("Belfast", "BT7"), ("Nottingham", "NG7"), ("Exeter", "EX4"), ("Hull", "HU5"), ("York", "YO10")]
UK_STREETS = ["Ashgrove Road", "Victoria Terrace", "Beech Avenue", "Marlborough Street", "Cranmer Close",
              "Station Road", "Kingsley Crescent", "Albert Grove", "Fernbank Drive", "Orchard Way",
              "Mafeking Road", "Tennyson Street", "Holly Bank"]


def addr_uk(rng):
    town, pc = rng.choice(UK_TOWNS)
    n = rng.randint(1, 220)
    st = rng.choice(UK_STREETS)
    f = rng.randrange(6)
    if f == 0:
        v = "%d %s, %s %s %s" % (n, st, town, pc, uk_inward(rng))
    elif f == 1:
        v = "%d %s" % (n, st)
    elif f == 2:
        v = "Flat %d%s, %d %s, %s" % (rng.randint(1, 9), rng.choice(["", "a", "b"]), n, st, town)
    elif f == 3:
        v = ("%d %s %s %s" % (n, st, pc, uk_inward(rng))).lower()
    elif f == 4:
        v = "%d%s %s, %s" % (n, rng.choice("ab"), st, town)
    else:
        v = "%d %s, %s, %s %s" % (n, st, town, pc, uk_inward(rng))
    return v, "LOCATION"


US_CITIES = [("Austin", "TX", "787"), ("Atlanta", "GA", "303"), ("Sacramento", "CA", "958"),
             ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Portland", "OR", "972"),
             ("Albany", "NY", "122"), ("Richmond", "VA", "232")]


def addr_us(rng):
    city, stt, z = rng.choice(US_CITIES)
    n = rng.randint(10, 9999)
    st = "%s %s" % (rng.choice(["Magnolia", "Live Oak", "Pecan", "Willow Creek", "Dogwood", "Harbor", "Mission"]),
                    rng.choice(["St", "Ave", "Blvd", "Dr", "Ln", "Way"]))
    f = rng.randrange(4)
    if f == 0:
        v = "%d %s, %s, %s %s" % (n, st, city, stt, z + digits(rng, 2))
    elif f == 1:
        v = "%d %s Apt %d%s" % (n, st, rng.randint(1, 30), rng.choice("ABC"))
    elif f == 2:
        v = "%d %s #%d, %s %s" % (n, st, rng.randint(100, 999), city, stt)
    else:
        v = "%d %s" % (n, st)
    return v, "LOCATION"


# ---- addresses (Chinese)

DB_DIST = ["哈尔滨市南岗区", "哈尔滨市道里区", "哈尔滨市香坊区", "长春市朝阳区", "长春市南关区",
           "沈阳市铁西区", "沈阳市皇姑区", "大连市沙河口区", "吉林市船营区", "齐齐哈尔市建华区",
           "牡丹江市东安区", "鞍山市铁东区"]
DB_PROV = {"哈": "黑龙江省", "齐": "黑龙江省", "牡": "黑龙江省", "长": "吉林省", "吉": "吉林省",
           "沈": "辽宁省", "大": "辽宁省", "鞍": "辽宁省"}
DB_ROAD = ["学府路", "红旗街", "西大直街", "工农大路", "兴华南街", "卫星路", "建设街", "胜利大路",
           "人民大街", "和平路", "太原街", "黄河路", "友谊路", "通达街", "松山路"]
DB_EST = ["工人村", "铁西新村", "红旗小区", "欧亚花园", "万科城", "锦绣家园", "阳光嘉园", "松花江小区",
          "电力家属楼", "龙凤小区", "御景湾", "和平新村"]
HN_DIST = ["郑州市金水区", "郑州市二七区", "郑州市中原区", "郑州市管城回族区", "洛阳市涧西区",
           "洛阳市西工区", "开封市鼓楼区", "新乡市红旗区", "南阳市卧龙区", "周口市川汇区",
           "商丘市梁园区", "信阳市浉河区", "平顶山市新华区", "郑州市郑东新区"]
HN_ROAD = ["花园路", "经三路", "纬五路", "农业路", "文化路", "大学路", "中州大道", "建设路", "嵩山路",
           "伏牛路", "七一路", "解放路", "商都路", "金水东路", "桐柏路"]
HN_EST = ["国棉三厂家属院", "金水湾", "建业春天里", "正商城", "绿城百合", "碧桂园", "鑫苑名家",
          "电厂家属院", "幸福里", "兴华小区", "康桥华城", "名门城"]
SH_DIST = ["上海市浦东新区", "上海市徐汇区", "上海市杨浦区", "上海市普陀区", "上海市闵行区",
           "上海市静安区", "上海市虹口区", "上海市宝山区"]
SH_ROAD = ["张杨路", "漕溪北路", "四平路", "曹杨路", "沪闵路", "共和新路", "四川北路", "长阳路",
           "浦东南路", "田林路", "控江路", "莲花路"]
SH_EST = ["曹杨新村", "康健新村", "金桥新城", "凉城新村", "梅陇三村", "田林十二村", "仁恒滨江园",
          "中远两湾城", "古美西路小区", "鞍山四村"]


def _room(rng):
    return "%d%02d" % (rng.randint(1, 28), rng.randint(1, 4))


def _cn_bldg(rng, est):
    b, u, r = rng.randint(1, 32), rng.randint(1, 6), _room(rng)
    f = rng.randrange(8)
    return [
        "%s%d栋%d单元%s" % (est, b, u, r),
        "%s%d号楼%d单元%s" % (est, b, u, r),
        "%s%d-%d-%s" % (est, b, u, r),
        "%s%d号楼%s" % (est, b, r),
        "%s%d幢%d单元%s室" % (est, b, u, r),
        "%s%d栋%s" % (est, b, r),
        "%s %d号楼 %d单元 %s" % (est, b, u, r),
        "%s%d期%d栋%s" % (est, rng.randint(1, 3), b, r),
    ][f]


def _cn_addr(rng, dists, roads, ests, prov=None, sh=False):
    d = rng.choice(dists)
    road = rng.choice(roads)
    n = rng.randint(1, 399)
    est = rng.choice(ests)
    f = rng.randrange(10)
    if f == 0:
        v = "%s%s%d号" % (d, road, n)
    elif f == 1:
        v = "%s%s%d号%s" % (d, road, n, _cn_bldg(rng, est))
    elif f == 2:
        v = "%s%s" % (d, _cn_bldg(rng, est))
    elif f == 3:
        v = _cn_bldg(rng, est)
    elif f == 4:
        city, dist = d.split("市", 1)
        v = "%s市 %s %s%d号 %s" % (city, dist, road, n, _cn_bldg(rng, est).replace(est, est + " ", 1).replace("  ", " "))
    elif f == 5 and sh:
        v = "%s%s%d弄%d号%s室" % (d, road, rng.randint(10, 999), rng.randint(1, 60), _room(rng))
    elif f == 5:
        v = "%s%d号院%d号楼%d单元%s" % (road, n, rng.randint(1, 20), rng.randint(1, 4), _room(rng))
    elif f == 6:
        p = prov(d) if prov else ""
        v = "%s%s%s%d号" % (p, d, road, n)
    elif f == 7 and sh:
        v = "%s%d弄%d号%s" % (road, rng.randint(10, 999), rng.randint(1, 60), _room(rng))
    elif f == 7:
        v = "%s%s%d号%s" % (d.split("市")[1], road, n, _cn_bldg(rng, est))
    elif f == 8:
        v = "%s%s%d号%s室" % (d.split("市")[0] + "市", road, n, _room(rng))
    else:
        v = "%s%d号%s" % (road, n, _cn_bldg(rng, est))
    return v, "LOCATION"


def ca_db(rng):
    return _cn_addr(rng, DB_DIST, DB_ROAD, DB_EST, prov=lambda d: DB_PROV[d[0]])


def ca_hn(rng):
    return _cn_addr(rng, HN_DIST, HN_ROAD, HN_EST, prov=lambda d: "河南省")


def ca_sh(rng):
    return _cn_addr(rng, SH_DIST, SH_ROAD, SH_EST, sh=True)


def ca(rng):
    return rng.choice([ca_db, ca_hn, ca_sh])(rng)


def ca_short(rng):
    return _cn_bldg(rng, rng.choice(DB_EST + HN_EST + SH_EST)), "LOCATION"


# ---- Chinese persons

def cn_full(rng):
    s = rng.choice(CN_SUR)
    r = rng.random()
    if r < 0.85:
        g = rng.choice(CN_G_ALL)
    else:
        g = rng.choice(CN_ONE)
    return s + g, "PERSON"


def cn_given(rng):
    return rng.choice([g for g in CN_G_ALL if len(g) == 2]), "PERSON"


def cn_kid(rng):
    if rng.random() < 0.6:
        return rng.choice(CN_SUR) + rng.choice(CN_G_YOUNG), "PERSON"
    return rng.choice(CN_G_YOUNG), "PERSON"


def cn_x(rng):
    return "小" + rng.choice(CN_SUR + CN_ONE), "PERSON"


def cn_l(rng):
    return "老" + rng.choice(CN_SUR), "PERSON"


def cn_a(rng):
    return "阿" + rng.choice(CN_ONE + list("英芬珍娟强宝明华妹")), "PERSON"


def cn_d(rng):
    c = rng.choice(CN_ONE + list("豆乐贝妞晶毛"))
    return c + c, "PERSON"


def cn_t(rng):
    return rng.choice(CN_SUR) + rng.choice(CN_TITLES), "PERSON"


def _cn_t(titles):
    return lambda rng: (rng.choice(CN_SUR) + rng.choice(titles), "PERSON")


def cn_w(rng):
    return rng.choice(CN_WORDNAMES), "PERSON"


def cn_any(rng):
    return rng.choice([cn_full, cn_full, cn_x, cn_l, cn_t, cn_d, cn_a, cn_given])(rng)


def cn_en(rng):
    return rng.choice(["Kevin", "Cindy", "Tony", "Amy", "Jason", "Vivian", "Eric", "Coco", "Lucas", "Yuki"]), "PERSON"


# ---- unlabelled fillers

def zar(rng):
    return rng.choice(["R%d" % rng.choice([50, 80, 120, 150, 200, 250, 350, 400, 500, 750]),
                       "R%d.99" % rng.randint(19, 899), "R1 %03d" % rng.choice([0, 200, 500, 850]),
                       "R%d" % rng.randint(60, 990)]), None


def money(cur):
    def g(rng):
        a = rng.choice([rng.randint(3, 60), rng.randint(60, 400)])
        if rng.random() < 0.5:
            return "%s%d.%02d" % (cur, a, rng.choice([0, 50, 99, 25, 40, 75])), None
        return "%s%d" % (cur, a), None
    return g


def rmb(rng):
    a = rng.choice([rng.randint(8, 99), rng.randint(100, 3000)])
    return rng.choice(["%d元" % a, "%d块" % a, "¥%d" % a, "%d.5元" % a, "%d块钱" % a]), None


def tm_za(rng):
    return "%02dh%02d" % (rng.randint(6, 20), rng.choice([0, 0, 15, 30, 45])), None


def tm(rng):
    h = rng.randint(1, 11)
    return rng.choice(["%d" % h, "%dpm" % h, "%d:30" % h, "half %d" % h, "%d.15" % h, "%dam" % h]), None


def ordno(rng):
    return rng.choice(["#%d" % rng.randint(1000, 99999), "ORD-%s" % digits(rng, 7),
                       "%s-%s" % (digits(rng, 3), digits(rng, 7))]), None


def cordno(rng):
    return rng.choice([digits(rng, 19), "SF" + digits(rng, 13), "YT" + digits(rng, 13),
                       "JDX0" + digits(rng, 11), "73" + digits(rng, 12)]), None


def pickup(rng):
    return "%d-%d-%d" % (rng.randint(1, 9), rng.randint(1, 6), rng.randint(1001, 9999)), None


def local_time(zone, when_utc):
    """Fixed instant rendered in a named zone (independent of TZ)."""
    return when_utc.astimezone(zoneinfo.ZoneInfo(zone))


def eta(zone, fmt):
    def g(rng):
        base = datetime.datetime(2024, 3, 4, 6, 0, tzinfo=datetime.timezone.utc)
        t = local_time(zone, base + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 60) // 5 * 5))
        return t.strftime(fmt).lstrip("0"), None
    return g


# ---------------------------------------------------------------------------
# registry and template renderer
#   [[a¦b¦c]]      literal alternatives (may contain slots)
#   {name}         slot; {name:lower} / {name:upper} / {name:cap}
#   {name@k}       slot whose value is bound to k;  {=k} repeats it (same type)
#   {em^k} / {ukdl^k}   e-mail / UK licence derived from bound name k
# ---------------------------------------------------------------------------

GEN = {}
for _r in ["af", "ng", "in", "cc", "zw", "za", "jm", "jmw", "sg", "sgm", "sgi", "cy", "mw", "uk", "us", "w", "any"]:
    GEN["f_" + _r] = _first(_r)
for _r in ["af", "ng", "in", "cc", "za", "jm", "sg", "cy", "mw", "uk", "us", "any"]:
    GEN["s_" + _r] = _sur(_r)
for _r in ["af", "ng", "in", "zw", "za", "jm", "sg", "sgm", "cy", "mw", "uk", "us", "w"]:
    GEN["ff_" + _r] = _first_g(_r, True)
    GEN["fm_" + _r] = _first_g(_r, False)
for _r in ["mw", "us", "sgm", "uk"]:
    GEN["nf_" + _r] = (lambda r_: lambda rng: ("%s %s" % (GEN["ff_" + r_](rng)[0], _sur("sg" if r_ == "sgm" else r_)(rng)[0])
                                             if r_ != "sgm" else ("%s binte %s" % (GEN["ff_sgm"](rng)[0], rng.choice(S_SGM))), "PERSON"))(_r)
for _r in ["af", "ng", "in", "cc", "za", "jm", "sg", "sgm", "sgi", "cy", "mw", "uk", "us"]:
    GEN["n_" + _r] = _full(_r)
GEN.update({
    "f": _first("any"), "nick": _first("nick"), "nick_sg": _first("nick_sg"), "nick_jm": _first("nick_jm"),
    "ph_za": ph_za, "ph_sg": ph_sg, "ph_jm": ph_jm, "ph_uk": ph_uk, "ph_cy": ph_cy,
    "ph_us": ph_us, "ph_usx": lambda r: ph_us(r, mw=False),
    "em": em, "cc": cc, "za_id": za_id, "nric": nric, "fin": lambda r: nric(r, fin=True),
    "sort": sort_code, "acct_uk": acct_uk, "routing": routing, "acct_us": acct_us,
    "acct_za": acct_za, "branch_za": branch_za, "acct_sg": acct_sg, "acct_jm": acct_jm,
    "iban": iban, "ip": ip, "url": url, "user": user, "hdl": hdl,
    "cashtag": lambda rng: ("$" + re.sub(r"[^A-Za-z0-9]", "", handle(rng)), "USERNAME"),
    "plate_za": plate_za, "plate_uk": plate_uk, "plate_us": plate_us, "plate_sg": plate_sg,
    "plate_jm": plate_jm, "nino": nino, "nhs": nhs, "ukpp": ukpp, "ukdl": ukdl, "ssn": ssn,
    "itin": itin, "uspp": uspp, "usdl": usdl,
    "addr_za": addr_za, "addr_sg": addr_sg, "addr_jm": addr_jm, "addr_cy": addr_cy,
    "addr_mw": addr_mw, "addr_uk": addr_uk, "addr_us": addr_us,
    # Chinese
    "cn": cn_full, "cn_g": cn_given, "cn_kid": cn_kid, "cn_x": cn_x, "cn_l": cn_l, "cn_a": cn_a,
    "cn_d": cn_d, "cn_t": cn_t, "cn_med": _cn_t(T_MED), "cn_doc": _cn_t(["医生", "大夫", "主任", "主任"]), "cn_teach": _cn_t(T_TEACH),
    "cn_boss": _cn_t(T_BOSS), "cn_kin": _cn_t(T_KIN), "cn_wy": _cn_t(T_WY), "cn_gov": _cn_t(T_GOV), "cn_w": cn_w, "cn_any": cn_any, "cn_en": cn_en,
    "cph": cph, "cph_v": cph_voice, "cph_land": cph_land, "cem": cem, "cid": cid, "cpp": cpp,
    "cbank": cbank, "qq": qq, "wx": wx, "cuser": cuser, "curl": curl,
    "cplate": cplate, "cplate_db": lambda r: cplate(r, CN_PROV_DB), "cplate_hn": lambda r: cplate(r, CN_PROV_HN),
    "cplate_sh": lambda r: cplate(r, CN_PROV_SH),
    "ca": ca, "ca_db": ca_db, "ca_hn": ca_hn, "ca_sh": ca_sh, "ca_short": ca_short,
    # unlabelled
    "zar": zar, "gbp": money("£"), "usd": money("$"), "sgd": money("$"), "jmd": money("J$"),
    "rmb": rmb, "tm_za": tm_za, "tm": tm, "ord": ordno, "cord": cordno, "pickup": pickup,
    "eta_za": eta("Africa/Johannesburg", "%H:%M"), "eta_sg": eta("Asia/Singapore", "%H:%M"),
    "eta_cn": eta("Asia/Shanghai", "%H:%M"), "eta_mw": eta("America/Chicago", "%I:%M %p"),
    "date_cn": eta("Asia/Shanghai", "%m月%d日"),
})

ALT_RE = re.compile(r"\[\[([^\[\]]*)\]\]")
SLOT_RE = re.compile(r"\{([^{}]+)\}")


class Line:
    def __init__(self):
        self.parts = []
        self.ents = []
        self.n = 0

    def add(self, text, typ=None):
        if typ:
            self.ents.append({"type": typ, "start": self.n, "end": self.n + len(text), "value": text})
        self.parts.append(text)
        self.n += len(text)

    def text(self):
        return "".join(self.parts)


def _mod(v, mod):
    if mod == "lower":
        return v.lower()
    if mod == "upper":
        return v.upper()
    if mod == "cap":
        return v[:1].upper() + v[1:]
    return v


def render(tpl, rng):
    while True:
        m = ALT_RE.search(tpl)
        if not m:
            break
        tpl = tpl[:m.start()] + rng.choice(m.group(1).split("¦")) + tpl[m.end():]
    line = Line()
    binds = {}
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        line.add(tpl[pos:m.start()])
        spec = m.group(1)
        mod = None
        if ":" in spec:
            spec, mod = spec.split(":", 1)
        if spec.startswith("="):
            v, t = binds[spec[1:]]
        elif "^" in spec:
            kind, key = spec.split("^", 1)
            base = binds[key][0]
            if kind == "em":
                v, t = email_from(rng, base)
            elif kind == "ukdl":
                v, t = ukdl_for(rng, base)
            else:
                raise KeyError(spec)
        else:
            key = None
            if "@" in spec:
                spec, key = spec.split("@", 1)
            v, t = GEN[spec](rng)
            if key:
                binds[key] = (v, t)
        line.add(_mod(v, mod), t)
        pos = m.end()
    line.add(tpl[pos:])
    return line.text(), line.ents


def build(templates, plain, n_total, seed, labelled=True):
    """Render every template at least once (cycling), plus the plain lines."""
    rng = random.Random(seed)
    n_tpl = n_total - len(plain)
    order = list(range(len(templates)))
    rng.shuffle(order)
    out, seen = [], set()
    i = 0
    while len(out) < n_tpl:
        tpl = templates[order[i % len(order)]]
        i += 1
        for _ in range(30):
            text, ents = render(tpl, rng)
            if text not in seen:
                break
        else:
            continue
        if labelled and not ents:
            raise ValueError("template produced no entity: %r" % tpl)
        if not labelled and ents:
            raise ValueError("PII-free template produced an entity: %r" % tpl)
        seen.add(text)
        out.append({"text": text, "entities": ents} if labelled else {"text": text})
    for p in plain:
        text, ents = render(p, rng)
        assert not ents, p
        if text in seen:
            raise ValueError("duplicate plain line %r" % text)
        seen.add(text)
        out.append({"text": text, "entities": []} if labelled else {"text": text})
    rng.shuffle(out)
    return out


# ---------------------------------------------------------------------------
# English labelled templates
# ---------------------------------------------------------------------------

EN_T = [
    # ---------------- South Africa
    "howzit bru, {f_af} here 👋 new number, save it: {ph_za}",
    "{ff_ng:lower} says u must eft the {zar} to her capitec acc {acct_za}, ref ur surname pls",
    "eish {f_ng} the bakkie hire oke wants ur ID number, i gave him {za_id} hope thats right",
    "Sharp, braai at {addr_za} from {tm_za}. Bring ice and ur own meat ne 🔥",
    "Name: {n_za}\nID No: {za_id}\nCell: {ph_za}\nEmail: {em}",
    "Tannie {ff_af} se nommer is {ph_za}, sy bak die koeksisters vir Saterdag se basaar",
    "Sawubona {f_ng}! Ngiyabonga for the lift yesterday 🙏🏾 I owe you big time",
    "Molo {f_ng}, the plumber's number is {ph_za}. Tell him {f_ng} sent you, he gives discount",
    "Hi it's your driver, I'm at {addr_za} but the gate is locked. Pls call me on {ph_za}",
    "{f_zw} is coming with us to Durbs, {f_zw} can't make it cos of work [[😩¦🙄¦]]",
    "lost my wallet at Canal Walk 😭😭 my card {cc} and my ID {za_id} were in there. already phoned the bank",
    "REF: {s_af:upper} RENT MAR. FNB acc {acct_za} branch {branch_za}",
    "silver Polo Vivo reg {plate_za}, it's been parked outside {f_af}'s house since Friday",
    "yoh {f_ng} who posts their ID on the family group 😂 delete!! {za_id}",
    "Dear Mr {s_af}, your appointment with Dr {s_in} is confirmed for Tuesday at 09h30. Queries: {ph_za}",
    "ek is by {addr_za}, kom haal my asseblief my foon is amper dood",
    "hey {f_cc:lower} the tickets went to {em}, check ur spam folder",
    "check my page bru {url} just posted the Clifton pics 🌊",
    "{n_za} - {ph_za} - electrician, very lekker work, sorted our DB board in an hour",
    "Driver: {n_ng}, vehicle {plate_za}. Complaint ref 88213. We will contact you within 48hrs.",
    "Gogo wants to know if {f_ng} is still bringing the chakalaka on Sunday",
    "can u send me {f_af}'s email? i only have {em} and i think that one's dead",
    "{ff_in} aunty's biryani was too lekker 🤤 ask {f_in} for the recipe",
    "Shame man {f_ng}, sorry about ur gogo 💔 let us know if u need anything",
    "Bru i'm stuck on the N1, tell {f_af} i'll be there now now",
    "Hi {s_ng} family, the stokvel payout for March goes to {n_ng}, acc {acct_za} ([[Standard Bank¦Capitec¦FNB]] {branch_za})",
    "{f_ng} uyeza? we waiting at the robot by Spar",
    "Insurance claim\nPolicy holder: {n_af}\nID: {za_id}\nVehicle: {plate_za}\nContact: {ph_za}",
    "{f_ng}'s cousin {fm_ng} can fix ur laptop, his whatsapp is {ph_za}",
    "Pls pay the deposit into Capitec {acct_za}, acc holder {n_cc}. Send POP to {em} 🙏",
    "{ff_zw} just started at Checkers in [[Bellville¦Hatfield¦Umhlanga]], say hi if u see her",
    "Welcome to the body corporate group. Owners pls send ID no and unit no to {f_af} (chairperson) on {ph_za}",
    "Baba {s_ng} says the 7am taxi to Bree is full again",
    "{f_af} jy's laat weer 🙄 ons het klaar bestel",
    "sorry wrong number, this is {f_cc} not {f_cc}",
    "ja nee {f_af:lower} the Bokke were unbelievable yesterday",
    "{hdl} bru u still selling that PS4?",
    "my phone got stolen in town, new no is {ph_za} — {f_ng}",
    "Parcel for {n_ng}, ID {za_id}. Collect at PostNet with your ID book",
    "Morning {f_ng} ☀️ Mama says the power is off again at {addr_za}, loadshedding stage 4 🤬",
    "lift club next week: {f_af}, {f_ng}, {f_in} and me. pickup {tm_za} sharp",
    "{f_zw} please call Ma {s_ng} urgently {ph_za}",
    "Congrats to {n_ng} on the graduation!! 🎓🎉 the whole of [[Umlazi¦Mdantsane¦Soshanguve]] is proud",
    "Receipt for school fees: learner {n_za}, parent ID {za_id}, paid {zar}",
    "ey {f_cc:lower} ek sê, whose bakkie is {plate_za}? it's blocking the driveway",
    "I am {n_ng} from ward 12, my cell is {ph_za}, I want to report a burst pipe at {addr_za}",
    "{f_af} en {f_af} kom vanaand, {f_af} bring die biltong",
    "Uncle {fm_in} left his reading glasses here, tell {f_in} to fetch them",
    "Good day, I'm interested in the flat. I'm {n_za}, email {em}, cell {ph_za}. Thanks",

    # ---------------- Jamaica / Caribbean
    "Wah gwaan {f_jm}! Mi deh pon {addr_jm} now, come fi mi nuh",
    "yow {nick_jm} link mi pon {ph_jm} later, mi phone did dead",
    "Miss {s_jm} seh di harvest money fi deposit to NCB acct {acct_jm}, name {n_jm}",
    "Big up {f_jm} and {f_jm} fi di food yesterday, it did sweet bad!! 🇯🇲",
    "Mi cousin {f_jmw} a come from Mobay Friday, mi a go pick her up a di bus park",
    "DHL man cyaan find di yard. Tell him a {addr_jm}, di house wid di blue grill",
    "Auntie {ff_jm} email is {em}, send di wedding pictures dere",
    "Cho! {n_jm} tek mi charger again 😤😤",
    "follow mi pon IG {hdl} mi soon drop di new riddim 🔥",
    "{f_jm} yuh see seh dem raise di light bill again? mi cyaan manage",
    "Mr {s_jm} call from {ph_jm} bout di car ({plate_jm}), him seh it ready fi pick up",
    "mi deh a work, tell {f_jm:lower} mi soon come",
    "Pastor {s_jm} seh service start 10 sharp, nuh come late unno",
    "{f_jmw} a cook tonight so mi nah buy food",
    "Transfer to {n_jm}, JN Bank {acct_jm}, fi di barrel shipping",
    "{f_jm}!!! happy birthday mi G 🎉 blessings pon blessings",
    "Granny seh {f_jm} fi call her pon {ph_jm} before she go a market",
    "Mi number change, a {ph_jm} now. Save it. {f_jm}",

    # ---------------- Singapore
    "{f_sg} ah, tmr makan at the kopitiam near ur place can? I chope table 7pm lah",
    "Delivery addr: {addr_sg}. HP: {ph_sg}. Leave outside door pls, baby sleeping dont ring bell 🙏",
    "bro my NRIC is {nric} for the chalet booking lah, dun anyhow share ah",
    "walao {f_sg} bo jio!! u all went Jewel without me sia 😤",
    "Dear Mr {s_sg}, this is {f_sg} from the RC. For the CNY lucky draw pls send NRIC ({nric}) and HP no.",
    "who park car {plate_sg} at my season lot?? level 4. so inconsiderate leh",
    "{nick_sg} say he can help carry the fridge sat morning, his hp {ph_sg}",
    "my FIN {fin} ah, agent say must give for the room rental",
    "PayNow me at {ph_sg} or DBS {acct_sg} can already 👍",
    "Auntie {ff_sg} already paiseh to ask u, pls return her tupperware lor",
    "Hi {n_sgm}, ur parcel at the guardhouse. Pls bring NRIC {nric} to collect",
    "{n_sgi} pls contact {ph_sg} re: the void deck wedding booking",
    "eh {f_sgm} u free this sat? wedding at {addr_sg} void deck, got briyani one",
    "shiok! thanks {f_sg} for the durian 😋 next time I belanja",
    "Grab driver {n_sg} ({plate_sg}) is arriving in 3 mins",
    "Tuition teacher {f_sg} contact: {ph_sg} / {em}, $45/hr P5 maths",
    "Mdm {s_sg} pls don't hang laundry at the corridor, town council complain already",
    "pls support my home bakery 🥹🍪 {url}",
    "NRIC: {nric}\nName: {n_sg}\nAddress: {addr_sg}\nContact: {ph_sg}",
    "{f_sg} can or not?? reply me leh",
    "my mum ({nf_sgm}) hp is {ph_sg}, she dont use whatsapp only sms ok",
    "orders pm me or email {em}, self collect at {addr_sg} 🙏",
    "alamak {f_sgi} u left ur ezlink card here",
    "the {plate_sg} car owner pls come down, blocking the bin centre lorry",

    # ---------------- Wales
    "Bore da {f_cy}! diolch for the lift, I owe you a pint",
    "Now in a minute {f_cy}, just finishing my tea. Ring me on {ph_cy} if it's urgent",
    "{f_cy}'s cwtching the dog again lol 🥰",
    "Address for the Eisteddfod forms is {addr_cy}. Tell {ff_cy} to put her NI number ({nino}) on hers",
    "Window cleaner {fm_cy} wants paying, sort code {sort} acc {acct_uk} he said. cash is fine too",
    "Where to is {f_cy} to? She said she'd be in the Spar by 6",
    "Tidy {f_cy}! lush pics. Send them to {em} so Mam can see",
    "Dad's NHS no. is {nhs}, he's in the Heath tomorrow for his knee",
    "Ych a fi, {n_cy} parked the van {plate_uk} across my drive AGAIN",
    "Iechyd da! Congrats {f_cy} and {f_cy} 🥂 gutted we missed the do",
    "Mrs {s_cy} from chapel asked if we can do the flowers this week",
    "{f_cy:lower} butt u coming up the club tonight? Scarlets on the big screen",
    "Invoice to {n_cy}, {addr_cy}\n2 x bags of logs @ £9.50\nBACS {sort} {acct_uk}",
    "Ship to:\n{n_cy}\n{addr_cy}\nTel: {ph_cy}",
    "Passport no {ukpp} for {n_cy}, flight from Bristol Tues",
    "Mam says ring {f_cy} on {ph_cy} about the caravan in Tenby",
    "{n_cy@a}\n{ukdl^a}\nexpires 2032 — is that the licence number you need?",
    "Diolch {f_cy}! Cerdyn pen-blwydd is in the post to {addr_cy} 🎂",
    "Cwtch for {f_cy} from me please x",

    # ---------------- US Midwest
    "ope sorry {f_mw}, wrong thread 🙈 meant that for {f_mw}",
    "Hot dish potluck at {addr_mw} Sunday after church! {f_mw} is bringing the bars",
    "you betcha, Venmo me {hdl} 👍",
    "Hi this is {f_mw} from the pharmacy, calling for {n_mw}. Please call us back at {ph_us}",
    "uff da {f_mw} your truck {plate_us} got towed from the ramp",
    "{f_mw:lower} jeet yet? Culver's?",
    "New hire form\nSSN: {ssn}\nDL#: {usdl}\nAddress: {addr_mw}",
    "routing {routing} account {acct_us} for the direct deposit, thx {f_mw}",
    "Grandma {ff_mw}'s new cell is {ph_us}, she's off Facebook now",
    "tax lady needs your ITIN ({itin}) by Friday {f_us}",
    "oh for cute!! {f_mw} the baby is adorable",
    "Lake cabin is booked!! {f_mw}, {f_mw}, {f_mw} and {f_mw}, bring bug spray",
    "Pastor {s_mw} asked if anyone can plow the church lot, call {ph_us}",
    "Sump pump guy: {n_mw} {ph_us}. bit pricey but came out at 11pm on a Sunday",
    "{n_mw}, {addr_mw}, DL {usdl} — for the fishing license renewal",
    "Deer hunting opener! {f_mw} got one at 6:40 am 🦌",
    "Hey it's {f_mw} from church, our new number is {ph_us} — landline is gone",
    "{fm_mw} said the Packers game is at his place, {addr_mw}, bring pop",
    "Can someone give {f_mw} a ride to Kwik Trip? her car's in the shop",
    "Mail for {nf_mw} keeps coming to {addr_mw} — do you know her new address?",

    # ---------------- UK / US ordinary
    "Hiya {f_uk}, running 10 mins late, save me a seat x",
    "Parcel for {n_uk}, {addr_uk}. Driver note: left in the green bin as requested",
    "Booking confirmed: {n_us}, 2 guests, check-in 3pm. Contact: {em}, {ph_usx}",
    "{ff_w} said she'd bring the cake, {f_w} is doing drinks",
    "Can you send £40 to {f_uk}? sort {sort} acc {acct_uk} ref FOOTIE",
    "IBAN {iban} BIC NWBKGB2L, beneficiary {n_uk}",
    "New sign-in from {ip} ({user}). Wasn't you? Reset your password now.",
    "ssh into {ip} as {user} and restart nginx pls, site's down",
    "Please confirm your National Insurance number ({nino}) and date of birth to continue.",
    "Patient: {n_uk}\nNHS No: {nhs}\nDOB: 14/02/1961\nGP: Dr {s_uk}",
    "passport {uspp} exp 2029, {n_us}",
    "lmao {f_us} just fell off the scooter 💀💀",
    "card {cc} exp 09/27 pls dont judge me i need the tickets before 9",
    "{f_us}'s new # is {ph_usx}",
    "mum said {f_uk} and {f_uk} can stay over if it's ok with {f_uk}'s mum",
    "Hi {f_uk},\n\nPlease find the invoice attached. Payment to sort code {sort}, account {acct_uk}.\n\nKind regards,\n{n_uk}\n{ph_uk}",
    "{f_w} is the worst at mario kart 😂",
    "tell {f_w} I said happy birthday!!",
    "does anyone have {f_uk}'s number? it's not {ph_uk} anymore",
    "my ssn is {ssn} and the case number is 77-4410, can you check the status?",
    "Emergency contact: {n_us} (sister) {ph_usx}",
    "Reg {plate_uk} — scratched my wing mirror in the Tesco car park and drove off",
    "Your ITIN {itin} has been assigned. Keep this letter for your records. — {n_us}",
    "Hey {f_uk} it's {f_uk}, this is my new number",
    "{n_uk@a} <{em^a}> wrote:\n> can you resend the rota?",
    "Sorry {f_w}, can't make it tonight, {f_w} has a temperature",
    "{f_uk} and {f_uk} are getting married!!! 💍",
    "Congratulations {f_us}! Your order has shipped to {addr_us}.",
    "Ring {ff_w} about the car, she's on {ph_uk}",
    "US passport {uspp}, DOB 03/11/1990, name as on passport: {n_us:upper}",
    "Staff log: {user} logged in from {ip} at 02:14, flagged by IT",
    "Found a dog tag: '{nick}' — owner {ph_uk}. Anyone?",
    "Venmo {hdl} for the pizza ($12 each)",
    "Driver licence {ukdl}, photocard expiry 2030. Hire desk needs it before 10",
    "Account holder: {n_uk}\nIBAN: {iban}\nRef: deposit flat 3",
    "Omg {ff_uk} left her bag on the bus again 🙈",
    "Text from {ph_uk}: 'Hi mum, this is my new number' — it's a scam right??",
    "Please update my address to {addr_uk}. Thanks, {n_uk}",
    "Dear {f_uk}, your GP appointment with Dr {s_uk} is on Mon at 10:20. Reply C to cancel.",
    "{nick}!!! where are you, the film's starting",
    "Find me on github {url} if you want the script",
    "{f_us}, can you cover my shift sat? {f_us} said no already",
    "Student {n_uk} ({em}) has submitted late — reason: illness",
    "Your Lyft driver {f_us} is arriving in a [[black¦grey¦white]] Camry, plate {plate_us}",
    "Mum's NI is {nino}, her NHS number {nhs}, she's in ward 7",
    "{f_w} and {f_w} from next door are lovely, brought us a lasagne",
    "{f_any} owes me a tenner 😒",
    "bills split: me, {f_any}, {f_any}, {f_any} — £23.40 each",
    "happy anniversary {nick} ❤️ love you",
]

EN_T += [
    # more mixed, less tidy
    "ok so {f_ng} and {f_ng} are coming, {f_af} maybe, {f_cc} said no. thats 6 for the braai",
    "lol {f_sg} ur so kiasu, queue 2 hours for bubble tea",
    "number for the locksmith is {ph_uk} he did mine last yr",
    "{f_cy} pls ring me back x",
    "pls tell {f_jm} to stop sending voice notes 😂😂",
    "{f_mw:lower} and {f_mw:lower} r at the bar already",
    "Thanks for the lovely card {f_w} & {f_w} xx",
    "whose is {plate_uk}? ur lights are on",
    "Can't find {f_uk}'s address, is it {addr_uk} or did they move?",
    "{f_uk} from accounts says the IBAN ends wrong, use {iban}",
    "im outside {addr_us} where r u",
    "send it to {em} not my work one",
    "{em} is my new email, the old one got hacked",
    "{ph_za} <- {f_ng} new number",
    "{ph_sg} is the aircon servicing uncle, quite cheap, tell him {f_sg} refer",
    "{ph_jm} a {f_jm} number, save it",
    "{ph_us} that's {f_mw} at the co-op",
    "Miss {s_cy} the headteacher said no phones on the trip",
    "{f_zw:lower} where are u",
    "thanks {f_ng:lower} 🙏🏾",
    "{f_af}!! jy moet kom kyk, die hond het weer die tuin uitgegrawe",
    "i told {ff_w} the truth and now she's mad",
    "{nf_us} is the notary, she's at {addr_us}, bring your passport {uspp}",
    "Account: {acct_us} Routing: {routing} Name: {n_us} Bank: Hawkeye Community CU",
    "I.D. {za_id} — {n_af}. pls add me to the clinic list",
    "card was declined?? tried {cc} twice",
    "hey it's {f_sgm}, my ig {hdl} follow back 🙏",
    "{f_sgi}'s mum cooked so much food, come take some",
    "{nick_sg} the drink stall uncle ask for u",
    "server log: failed password for {user} from {ip} port 52114 ssh2",
    "login ok — {user} — {ip}",
    "meet {f_jm} at {addr_jm} tmr 10am, she have di key",
    "{f_in}, your aunty said to bring the big pot to {addr_za}",
    "PRE-AUTH for {n_za} ID {za_id} approved by medical aid",
    "my IRD... sorry my NI no is {nino}",
    "{f_cy}! {f_cy}! look out the window, it's snowing in Merthyr 😍",
    "Vet said {f_uk}'s cat is fine, {f_uk} can pick her up at 4",
    "Kindly transfer the balance to {n_ng} at acc {acct_za} and WhatsApp the proof to {ph_za}",
    "lmk if {f_us} still needs the ride to O'Hare",
    "Hi, {f_mw} here from [[Fargo¦Duluth¦Sioux Falls]], is the snowblower still available? {ph_us}",
    "Shipping label\nTo: {n_mw}\n{addr_mw}\nTel {ph_us}",
    "From: {n_sg}\nTo: {n_sgm}\nRe: CCA fees\nPayNow to {ph_sg} by Fri pls",
    "Bathroom tap still leaking at {addr_uk}, landlord {s_uk} not answering",
    "{ff_w} can't come, she's at her nan's",
    "{f_w}!!! finally 🎉🎉",
]

EN_T += [
    # identifier-heavy lines, few or no names
    "new cell: {ph_za}",
    "{ph_za} call me back pls, airtime finished",
    "whatsapp me on {ph_za} or {ph_za}, the first one is work",
    "ID: {za_id}   Tel: {ph_za}",
    "ID nr {za_id} for the SASSA form, the lady says it must be certified",
    "acc no {acct_za} branch code {branch_za} ref: UNIT 14 LEVY",
    "please use {acct_za} (cheque acc) NOT the savings one",
    "card {cc} keeps getting declined at the till but the app says it's fine??",
    "reg no {plate_za}, white Quantum, clipped my mirror on the N3 and drove off",
    "gate code changed. delivery to {addr_za}, call {ph_za} on arrival",
    "email the quote to {em} pls and cc {em}",
    "Vodacom says a SIM swap was done on {ph_za} at 14h32, I never asked for it!!",
    "my ID is {za_id} and my tax no is on the letter, will send pic",
    "NRIC {nric}, HP {ph_sg}, email {em} — for the polyclinic registration",
    "collection point: {addr_sg}, call {ph_sg} when reach",
    "car plate {plate_sg}, white Vezel, parked at the multi-storey since morning",
    "FIN {fin} expiring next month, must renew le",
    "pls PayNow to {ph_sg} or bank in to {acct_sg}, thank you 🙏",
    "ship di barrel to {addr_jm}, tel {ph_jm}",
    "{ph_jm} — call fi di taxi, tell him a di church",
    "plate {plate_jm}, white Probox, him bruk di stoplight pon Hagley Park Road",
    "NI: {nino} / NHS: {nhs}",
    "my NHS number is {nhs}, can you check the referral went through?",
    "sort code {sort}, account {acct_uk}, ref RENT-FLAT2",
    "{sort} / {acct_uk} for the raffle money pls",
    "passport number {ukpp}, issued 2019, expires 2029",
    "licence no. {ukdl}",
    "VRM {plate_uk} — PCN issued 14:07, contravention code 01",
    "parcel to {addr_cy} pls, ring {ph_cy} if there's no answer",
    "IBAN: {iban}",
    "server {ip} unreachable since 03:00, can someone look",
    "firewall blocked {ip} and {ip} — brute force on port 22 again",
    "new mobile {ph_uk}, delete the old one",
    "email me at {em}, not the old hotmail",
    "Card: {cc}\nExp: 11/26\nName on card: same as account",
    "address for the wedding invites: {addr_uk}",
    "follow {hdl} and {hdl} for the giveaway!!",
    "my steam is {user} add me",
    "gamertag: {user} 🎮",
    "{url} ← my portfolio, be nice",
    "SSN {ssn}, DOB 4/12/1988, for the credit check",
    "my social is {ssn} — is it even safe to send this over text?? 😬",
    "W-7 approved!! ITIN {itin}",
    "DL {usdl} exp 2027, plate {plate_us}",
    "passport {uspp} renewal, mail it to {addr_mw}",
    "routing {routing} / acct {acct_us} (checking)",
    "Zelle me at {ph_us} or {em}",
    "{plate_us} was tailgating me on I-80 for 20 miles",
    "call {ph_us} or {ph_us} after 5",
    "lol ok here's the whole card {cc} don't spend it all",
    "SSN: {ssn}  ITIN (spouse): {itin}",
    "Shipping to {addr_us}, phone {ph_usx}",
    "temp password sent to {em}, user id {user}",
    "Login attempt blocked\nUser: {user}\nIP: {ip}\nLocation: unknown",
    "pls whitelist {ip} for the vpn",
    "Passport: {uspp}\nSSN: {ssn}\nDriver's license: {usdl}",
    "UK passport {ukpp}, NI {nino}, for the right to work check",
    "his new number is {ph_cy} and the landline is {ph_cy}",
    "Pickup from {addr_mw}, drop off at {addr_mw}, 2 pallets",
    "reg {plate_uk} MOT due next week",
    "{plate_za} 🚗💨 that's the one that hit the wall at the garage",
    "HP {ph_sg}",
    "tel. {ph_uk}",
    "{ph_us}",
    "{em}",
    "{addr_za}",
    "IBAN {iban} / ref INV-2291",
    "Account name: joint. Sort: {sort}. No: {acct_uk}",
    "mail goes to {addr_cy} now, not the old flat",
    "NHS no {nhs} — allergy: penicillin",
    "card ending... nvm full number is {cc}, cvv on the back",
    "IP {ip} keeps hitting the login page, ban it",
    "ig {hdl} tiktok {hdl}",
    "my new snap is {user}",
    "{url}",
    "the van reg was {plate_uk} I think, white transit",
    "{za_id} — that's my gran's ID for the pension",
    "my Singpass is linked to {nric}, why it says invalid",
    "D/L {usdl}",
    "Routing # {routing}",
    "Acc: {acct_za}",
    "add {ph_jm} on whatsapp",
]

EN_T += [
    "pls send proof of address, we have {addr_za} on file but the bill says different",
    "yo the uber is a grey Corolla {plate_za}, 3 mins away",
    "whatsapp only: {ph_za}. no calls during work hrs 🙏",
    "ID {za_id} / acc {acct_za} / cell {ph_za}. that's everything the bank asked for",
    "send the POP to {em} or whatsapp {ph_za}",
    "Capitec {acct_za} — ref: [[BRAAI¦STOKVEL¦LEVY¦SOCCER]]",
    "NRIC no. {nric}, need for the HDB appeal",
    "lobang! selling my aircon, self collect {addr_sg}, text {ph_sg}",
    "OCBC {acct_sg} for the durian party money, $15 each",
    "mi new email {em}, di old one get hack",
    "{addr_jm} — dat a di new yard, come look fi wi",
    "NCB {acct_jm}",
    "sort code {sort} acc no {acct_uk} (Nationwide)",
    "my NI number is {nino}, the payslip had it wrong",
    "NHS number: {nhs}",
    "{ukpp} is the passport number, expiry on the photo page",
    "the car was {plate_uk}, silver Astra, camera caught it",
    "repair shop says pick up at {addr_mw}, bring the key fob",
    "SSN ends in... actually full one is {ssn}, sorry for the confusion",
    "new account: routing {routing}, account {acct_us}. old one is closed",
    "my venmo is {hdl} and cashapp is {cashtag}",
    "password reset requested for {user} from {ip}",
    "DHCP lease: {ip} assigned to device '{user}-laptop'",
    "send the files to {em} and {em}",
    "ig: {url}",
    "Delivery note: {addr_uk}. Side gate, parcel behind the wheelie bin",
    "IBAN for the deposit: {iban} (Revolut)",
    "card number {cc}, the one ending in the 3s is the old one",
    "VIN's on the log book, reg is {plate_uk}",
    "DL {usdl} and plate {plate_us} — that's what the cop wrote down",
]

EN_PLAIN = [
    "lekker weekend everyone, see you Monday",
    "howzit bru, you still keen for the Stormers game?",
    "eish loadshedding again at 6, charge your phones",
    "shame man that's so sad 😢",
    "now now I'm coming, just finding my keys",
    "ja nee, it is what it is",
    "the robot by the mall is broken again, traffic is mad",
    "who took the last Steri Stumpie from the fridge 😤",
    "mi soon come, a traffic",
    "wah gwaan, everything irie?",
    "respect fi di help yesterday, big up yuhself",
    "di rain a fall hard pon di zinc roof whole night",
    "can lah, see you at the MRT exit B",
    "walao the queue at the hawker centre damn long",
    "tmr got rain or not ah",
    "bo jio!! next time must jio me ok",
    "paiseh late, the bus stuck at the junction",
    "tidy, see you in the club after",
    "it's tamping down here, bring a coat",
    "where to is the party? text me the postcode later",
    "ope, just gonna squeeze past ya there",
    "uff da it's -20 with the windchill",
    "you betcha, see you at the fish fry",
    "does anyone have jumper cables?? car won't start",
    "will do, thanks for letting me know",
    "mark my words it'll rain for the barbecue",
    "grace period for the library books ends friday",
    "rose gold or silver? can't decide",
    "bill came to £84 between four, not bad",
    "sunny all weekend apparently ☀️",
    "hope you're feeling better today x",
    "summer holidays start 24th, can't wait",
    "up at dawn for the ferry, kill me",
    "faith in humanity restored, someone handed my purse in",
    "patience is a virtue they said 🙃",
    "lucky we left early, the N2 was closed",
    "got a gift card for Woolies, what should I get",
    "blessing in disguise honestly",
    "precious little time left before the deadline",
    "penny for your thoughts",
    "jack up the car before you loosen the nuts",
    "amber weather warning for Gwynedd tomorrow",
    "anyone want to split a large pepperoni?",
    "omw, 5 mins",
    "lol same",
    "did you see the score last night??",
    "kids are finally asleep, wine time 🍷",
    "the wifi is down again",
    "can you grab milk on the way home",
    "is the gym open on bank holidays?",
    "train's delayed 20 mins, typical",
    "happy Friday everyone 🎉",
    "who's on the rota for Sunday school?",
    "reminder: bins go out tonight (recycling week)",
    "thank you all for the birthday wishes, feeling the love ❤️",
    "the dog ate my airpod case 🙄",
    "frank conversation needed about the group holiday budget",
    "rob the bank or sell a kidney, those are the options for concert tickets",
    "sue them, honestly",
    "will you be around later?",
    "hunter green or navy for the bridesmaids?",
    "crystal clear water in Tenby today",
]


# ---------------------------------------------------------------------------
# Chinese labelled templates
# ---------------------------------------------------------------------------

ZH_T = [
    # ---------------- 东北
    "{cn_l}你嘎哈呢 晚上整点烧烤啊 老地方见",
    "{cn_kin}，那旮沓的房子租出去没？有人问我，让他打你电话{cph}行不",
    "老铁们，{cn}的车{cplate_db}堵我家车库门口了，谁认识给打个电话，急！",
    "我姥让我问{cn_x}啥时候回来过年 [[🧧¦]]",
    "这嘎达冷死了 {cn_d}你明天多穿点 别嘚瑟",
    "{cn_kin}，俺家地址是{ca_db}，快递帮我改一下呗",
    "贼拉好吃 {cn_l}家的酸菜馅饺子 下回再整一锅",
    "{cn_x}你瞅啥😂 瞅你咋地",
    "赶紧的{cn_x}，把身份证号发我 {cid}是这个不？别整错了",
    "收货人：{cn}  电话：{cph}  地址：{ca_db}",
    "{cn_l}说他那车{cplate_db}年检过了 让你别惦记了",
    "咱妈说了 {cn_g}过年必须回来 机票钱她出",
    "唠嗑归唠嗑 {cn_kin}欠我那三千块钱啥时候还 卡号{cbank}",
    "大兄弟，我是{ca_db}的{cn_l}，你家漏水漏我家来了",
    "{cn}，黑龙江人，身份证{cid}，电话{cph}，应聘保安",
    "埋汰死了 {cn_d}把鞋脱门口 别往屋里踩",
    "咋整啊{cn_kin} 我那医保卡丢了 身份证号{cid}能补不",
    "{cn_x}上哈尔滨了 住{ca_db} 有空去找她玩",
    "整挺好 {cn_l} 明儿个{cn_l}请客 都来啊",
    # ---------------- 河南
    "{cn_kin}中不中？中！那就明儿上午十点{ca_hn}见",
    "俺妈叫{cn_x}回来吃烩面 恁几个都来",
    "恁弄啥嘞{cn_l}，电话也不接，{cph}打了八遍了",
    "咦~{cn_g}这娃可得劲，考了个一百分",
    "{cn}，工资卡{cbank}，打这个卡上，别打错了",
    "木有问题，俺明儿去郑州，住{ca_hn}，到了给你打电话",
    "{cn_teach}，俺是{cn_g}他妈，孩子今儿个拉肚子请一天假",
    "得劲！{cn_l}给俺带了一箱胡辣汤料",
    "恁家{cn_x}在{ca_hn}那开了个烩面馆 生意中得很",
    "{cn_l}说他的车{cplate_hn}叫人刮了 监控能看不",
    "俺老家地址{ca_hn} 收件人{cn} 电话{cph} 寄两箱苹果",
    "{cn_gov}恁好，俺想问问那个低保咋申请，身份证是{cid}",
    "中！{cn_d}说她明儿个来 带着{cn_x}",
    "俺闺女{cn_kid}在{ca_hn}上幼儿园 离家近",
    # ---------------- 上海
    "{cn_a}侬好，明朝到阿拉屋里来吃饭伐？地址{ca_sh}",
    "{cn_kin}老好额，帮我带了两客生煎",
    "侬晓得伐 {cn_x}伊拉老公又升了",
    "覅忘记哦{cn_a}，下个礼拜三，电话{cph}",
    "{cn_t}，阿拉屋里厢的地址是{ca_sh}，快递放门卫就好了",
    "{cn_l}伊老欢喜搓麻将额 一搓就是一夜天",
    "侬帮我叫{cn_a}明早来拿一下 伊额电话{cph_land}",
    "{cn_kin}交关客气 送了一盒青团",
    "爷叔讲{cn}的车{cplate_sh}停勒消防通道 要拖走了",
    # ---------------- 网络用语 / 拼音缩写
    "xdm {cn_d}yyds 这波操作我直接跪了",
    "绝绝子！{cn_x}的vx是{wx} 集美们冲",
    "家人们谁懂啊 {cn_x}把我拉黑了 我真的会谢",
    "nsdd {cn_l}说得对",
    "dd我 {qq} 开黑",
    "u1s1 {cn_g}做的蛋糕真的好吃 私我要联系方式",
    "awsl {cn_d}太可爱了吧",
    "破防了 {cn_x}居然记得我生日😭",
    "xswl {cn_l}的ppt翻车了",
    "zfb转你了 {cn}查收一下 备注饭钱",
    "蚌埠住了 {cn_t}在群里发了个语音 全是方言",
    "{cn_x}：kdl kdl 今天不想上班",
    "我的小红书{cuser} 关注一下 互关",
    "b站up主{cuser} 做的东北菜视频 巨香",
    "抖音号{cuser} 宝子们点个关注 不迷路",
    "有事加v {wx} 秒回 别打电话",
    "加我QQ {qq} 我拉你进群",
    "yjgj {cn_x}又请客了",
    "dbq {cn_d} 我不是故意的",
    # ---------------- 老人语音转文字
    "喂{cn_x}你在哪里啊我在小区门口等你半天了你赶紧过来吧天太冷了",
    "{cn_d}啊奶奶跟你说你那个身份证号码是{cid}你自己记好了别丢了",
    "我的电话号码是{cph_v}你记一下以后找我打这个",
    "今天去医院看病了那个{cn_med}说没什么事叫我多喝水我说好的好的",
    "你二姨的地址是{ca}你给她寄过去吧邮费我给你",
    "建行卡号{cbank}你把钱打到这里面就行了不要打错了打错了就麻烦了",
    "{cn_x}啊你以经到家了吗到家了给妈回个话",
    "那个{cn_l}他们家的孙子考上大学了因该请客吧",
    "我跟你说{cn_t}的电话是{cph}你有事再打给她她人很好的",
    "妈妈今天做了饺子{cn_d}你回来吃吧在给你留了一盘",
    "你爸说那个车牌是{cplate}你记一下明天去交警队",
    "孩子我不会弄这个微信你帮我把钱转给{cn_t}吧她的电话{cph}",
    "{cn_g}呀奶奶在{ca}这里你到了给我打电话我下楼接你",
    "喂喂听得到吗我是{cn_t}啊我换号了新号码{cph}",
    "{cn_med}说我血压有点高叫我少吃咸的我知道了知道了",
    # ---------------- 家长群
    "@全体成员 请各位家长今晚8点前把孩子身份证号私发给我 报名用 {cn_teach}",
    "{cn_kid}妈妈：收到",
    "{cn_kid}爸爸 收到🙏",
    "{cn_teach}辛苦了！🌹🌹",
    "老师好，我是{cn_kid}的家长，孩子今天发烧请假一天",
    "请{cn_kid}、{cn_kid}、{cn_kid}三位同学的家长放学后到办公室一趟",
    "收到 {cn_kid}家长",
    "{cn_teach}，{cn_kid}的作业本落在学校了，麻烦帮看一下",
    "春游费用[[80¦120¦150¦65]]元，请转给班费管理员{cn_kid}妈妈，支付宝{cph}",
    "{cn_kid}奶奶：收到收到 谢谢老师",
    "各位家长好，我是新来的数学老师{cn}，有问题可以加我微信{wx}",
    "{cn_kid}和{cn_kid}在学校打架了 请家长来一下 {cn_teach}",
    "家委会收款：{cn_kid}家长已交 {cn_kid}家长已交 {cn_kid}家长未交",
    "保险报名信息：学生{cn_kid} 身份证{cid} 家长电话{cph}",
    "{cn_teach}，我家{cn_kid}的校服小了，能换大一号吗",
    # ---------------- 业主群
    "{cn_wy}，{ca_short}的水管漏到我家了，麻烦上去看一下",
    "物业通知：车牌{cplate}的车主请尽快挪车，堵住消防通道了",
    "哪位邻居的车{cplate}压我车位线了 麻烦挪一下",
    "我是{ca_short}的业主，电梯又坏了，物业能不能管管",
    "团购大米的加一下{cn_x}的微信 {wx}",
    "{cn_l}家的狗又在楼道里随地大小便 说了多少遍了",
    "谁家孩子在拍球 晚上十一点了！我是{ca_short}的 楼上注意点",
    "{ca_short}出租 两室一厅 拎包入住 联系{cn_t} {cph}",
    "{cn_wy}已经把维修基金的账贴出来了 大家看看",
    "业主{cn} {ca_short} 投票：同意更换物业",
    "求助：{ca_short}门口捡到一串钥匙 失主联系{cph}",
    "楼下{cn_kin@k}的快递放错我家了，{=k}来拿一下",
    # ---------------- 外卖 / 快递
    "外卖备注：放门口就行 别敲门 孩子睡了 {ca}",
    "骑手你好，地址写错了，应该是{ca_hn}，不是东区，麻烦了",
    "收件人{cn} {cph} {ca_sh}",
    "{ca}，{cn}，{cph}",
    "寄件人：{cn} {cph}\n收件人：{cn} {cph}\n地址：{ca}",
    "地址: {ca_db} 电话 {cph} 收货人 {cn_t}",
    "快递员{cn_kin}，电话{cph}，您的包裹已放在{ca_short}门口",
    "[[【外卖】¦外卖：]]{cn_x} 尾号不对 打这个{cph} 送到{ca}",
    "麻烦放丰巢 取件人{cn} 手机{cph}",
    "{cn_t} 东西放传达室了 {ca_short}的",
    "收货地址改成{ca}，电话不变{cph}",
    "备注：{cn_t}收 不要辣 多放香菜 {ca_short}",
    "京东快递：{cn}您好，您的订单已由配送员{cn}（{cph}）开始配送",
    "顺丰到付 {cn} {cph} {ca_db}",
    "收：{cn}（{cph}）{ca_hn} 发：{cn_l}",
    "{ca_sh} {cn_a} {cph} 下午三点以后在家",
    # ---------------- 租房
    "房东{cn_kin}说押一付三，房租打到{cbank}，户名{cn}",
    "转租 {ca_short} 主卧 1800一个月 联系{cn_x} {cph}",
    "合同上乙方{cn}，身份证{cid}，租期一年",
    "中介{cn_x}说明天带人看房 {ca} 麻烦在家等一下",
    "房东，我是{ca_short}的租客{cn}，热水器坏了",
    # ---------------- 医院
    "挂号信息：患者{cn}，身份证{cid}，科室：消化内科，医生：{cn_med}",
    "{cn_doc}今天坐诊吗 我妈想挂他的号",
    "住院押金交了{rmb} 病人{cn} 床号23 家属{cn_g} {cph}",
    "体检报告出来了 {cn_med}说{cn_l}的肝功能有点问题",
    "{cn}的医保卡号就是身份证号{cid}",
    # ---------------- 支付宝 / 转账
    "转账备注：{cn}还的饭钱",
    "支付宝转账给{cn} {cph} 备注：三月房租",
    "{cn_t}，钱打您卡上了，{cbank}，您查一下",
    "收款方：{cn}\n卡号：{cbank}\n开户行：工商银行郑州花园路支行",
    "微信转账{rmb}给{cn_x}，备注奶茶钱",
    # ---------------- 朋友圈
    "感谢{cn_x}、{cn_x}、{cn_d}的生日祝福🎂爱你们",
    "和{cn_w}一起爬泰山 累成狗",
    "新店开业 欢迎来玩 地址{ca} 老板{cn} 电话{cph}",
    "今天{cn_w}请我吃了锅包肉 好幸福",
    "祝{cn_w}生日快乐🎉 又老了一岁哈哈",
    "{cn_w}说明天去看雪 我信了",
    "恭喜{cn}和{cn}新婚快乐💕",
    "谢谢{cn_med}的照顾，这次住院真的麻烦大家了",
    "晒一下{cn_d}画的画 可可爱爱",
    # ---------------- 其他证件
    "出国签证材料：护照号{cpp} 姓名{cn} 身份证{cid}",
    "我QQ{qq} 加我发给你",
    "邮箱{cem}，简历发这个",
    "后台告警：账号{cuser}于异常IP {ip} 登录",
    "简历\n姓名：{cn}\n电话：{cph}\n邮箱：{cem}\n住址：{ca}",
    "我的护照号是{cpp}，订机票用",
    "{cn}，护照{cpp}，航班MU5137，座位32A",
    "酒店入住登记：{cn} 身份证{cid} 手机{cph}",
    "发票抬头个人：{cn} 邮箱{cem}",
    "{cn_x}的邮箱是{cem}还是{cem}？我忘了",
    "她微博{curl} 可以看看",
    "我主页{curl} 有作品集",
    "银行卡{cbank}，户名{cn}，你直接打过来就行",
    "信用卡{cc}还款日是每月8号 提醒一下{cn_x}",
    "我英文名{cn_en}，中文名{cn}，叫哪个都行",
    "{cn_en}说明天的会改到下午了，{cn_boss}知道了吗",
    "停车场记录：{cplate} 入场14:02 车主{cn}",
    "交警：{cn}，驾驶证号{cid}，车牌{cplate}，违章停车罚款200元",
    "登录IP {ip} 用户 {cuser} 密码错误3次",
    "{cn_t}的QQ号是{qq}，邮箱就是QQ邮箱",
    "{cn_x}QQ号{qq} 微信号{wx} 都可以",
    "{cn}的卡号：{cbank}（农行），{cn}的：{cbank}（建行）",
    "请把{cn_g}的身份证正反面发我，号码{cid}对不上",
]

ZH_T += [
    "{cn_x}你到哪了 我在{ca_short}楼下",
    "跟{cn_l}说一声 明天不去钓鱼了",
    "{cn}你个老六😂",
    "谁有{cn_t}电话 发我一下",
    "{cn_t}电话{cph}，{cn_t}电话{cph}，有事直接找他俩",
    "问了{cn_a}，她说{cn_d}已经走了",
    "{cn_w}今天没来上班 是不是病了",
    "刚才{cn_g}打电话来说车坏半道上了",
    "{cn_g}，{cn_g}，{cn_g}，你们仨周六值班",
    "{cn_kin}早！今天还是老样子 豆浆油条",
    "是{cn_x}不？我{cn_l}啊 换手机了 {cph}",
    "{cn}在吗？在的话回个1",
    "明天{cn_boss}和{cn_boss}一起去开会，车牌{cplate}的那辆",
    "谁捡到一张身份证 {cid} 姓名{cn} 放物业了",
    "拾金不昧：捡到建行卡一张 卡号{cbank} 请失主到{ca_short}认领",
    "老公 快递到了 放{cn_kin}店里了",
    "{cn_x}！！！你借我的充电宝呢😤",
    "宝子们 我闺蜜{cn_x}开网店了 vx{wx} 求支持🙏",
    "{cn_kin}帮我代收一下快递 谢谢啦 单号{cord}",
    "家人们 这是我表妹{cn} 刚来郑州 大家多照顾",
    "{cn_kid}生日会 周六下午 地址{ca} 欢迎小朋友们来玩",
    "侬帮我问问{cn_boss}，明朝几点开门",
    "{cn_wy}，我是{ca_short}的，想问问停车费怎么交",
    "家长群通知：{cn_kid}同学的水杯落在教室了",
    "{cn_l}媳妇儿做的杀猪菜 嘎嘎香",
    "{cn_boss}您好，我是{cn}的爱人，她今天不舒服请假",
    "我跟{cn_w}不熟 别问我",
    "{cn_d}快来看 下雪啦❄️",
    "微信号：{wx}\nQQ：{qq}\n电话：{cph}\n——{cn}",
    "身份证：{cid}\n姓名：{cn}\n住址：{ca}",
    "恁{cn_l}叫你回去吃饭嘞",
    "{cn_wy}，能不能把群里{cn_x}的车{cplate_hn}挪一下",
    "小区门口那家店是{cn_kin}开的 电话{cph_land}",
    "{cn}的银行卡丢了，挂失了，新卡号{cbank}",
    "今晚我和{cn_x}、{cn_x}去吃{cn_t}家的火锅",
]

ZH_T += [
    # identifier-heavy lines, few or no names
    "电话{cph}",
    "{cph} 有事打这个",
    "手机：{cph} 微信同号",
    "身份证号{cid}",
    "身份证：{cid} 手机：{cph}",
    "卡号{cbank} 农业银行",
    "{cbank}（建行）户名本人",
    "地址{ca}",
    "送到{ca} 电话{cph}",
    "{ca_short} {cph}",
    "车牌{cplate} 白色大众朗逸",
    "QQ：{qq}",
    "vx：{wx}",
    "微信号{wx} 手机号{cph}",
    "邮箱：{cem}",
    "护照{cpp} 有效期到2031年",
    "登录IP：{ip}",
    "我家住{ca_db} 你来了打{cph}",
    "收货地址：{ca_hn}\n联系电话：{cph}",
    "新号码{cph_v}记一下",
    "订单备注：{ca_sh} 到了打{cph} 别放外卖柜",
    "快递填的是{ca}，电话写的{cph}，不知道对不对",
    "车{cplate_hn}停在楼下 钥匙在门卫",
    "座机{cph_land}",
    "扣扣{qq} 微信{wx}",
    "身份证号码{cid}，银行卡{cbank}，手机{cph}，都在这了",
    "别问了 我的qq是{qq}",
    "{cuser}的视频真好看",
    "我的抖音号：{cuser}",
    "{curl}",
    "寄到{ca_db}，电话{cph}，谢谢亲",
    "{ca_hn} {cph}",
    "{ca_sh}，{cph_land}",
    "新地址：{ca}",
    "卡号：{cbank}",
    "{cbank}",
    "{cid}",
    "{cph}",
    "身份证{cid}护照{cpp}",
    "登记一下：{cid}，{cph}，{ca_short}",
    "车牌号{cplate_db} 黑色捷达",
    "{cplate_sh}这辆车在小区门口停了三天了",
    "支付宝账号就是手机号{cph}",
    "邮箱{cem} 或者{cem}都行",
    "我的vx：{wx}（备注来意）",
    "QQ群里那个{qq}是骗子 别信",
    "wx：{wx} qq：{qq} dy：{cuser}",
    "地址发你了：{ca}",
    "电话号码是{cph_v}打不通就发短信",
    "打款账户：{cbank} 开户行：中国银行",
    "服务器{ip}连不上了",
    "{ip} 这个IP一直在刷接口 封了吧",
    "信用卡{cc}被盗刷了 赶紧冻结",
    "改收货地址：{ca_db}，原来那个不要了",
    "快递送错了 应该是{ca_short} 不是对面那栋",
    "{ca_short}有人吗 你的快递在我这",
    "收件地址：{ca_sh}\n收件电话：{cph}",
    "户口本上的地址是{ca_hn}",
    "邮寄地址{ca}，邮编不知道",
    "发票寄到{ca}，电话{cph}",
    "门禁卡登记：{ca_short}，{cph}",
    "车牌{cplate}，车位B2-118",
    "{cplate_hn} 违停 请速挪车",
    "护照号：{cpp}\n出生日期：1990年5月3日",
    "QQ号{qq}密码忘了 怎么找回",
    "{wx} 这个是我小号",
    "加一下这个微信{wx}，团购群",
    "我的微博{cuser} 欢迎来玩",
    "个人主页：{curl}",
]

ZH_T += [
    "手机号换了 新号{cph} 旧号停机了",
    "我家地址：{ca}，门口有棵大杨树",
    "快递地址写{ca_db}就行，电话{cph}",
    "{ca_hn}，{cph}，放门卫",
    "车牌{cplate}的车主在吗 你车灯没关",
    "身份证{cid}，医保也是这个号",
    "银行卡号{cbank}，开户行郑州分行",
    "工资卡：{cbank}",
    "转账到这个卡{cbank} 备注物业费",
    "vx同号{cph}",
    "QQ邮箱不用了 新邮箱{cem}",
    "群里有人要{ca_short}的钥匙吗 在我这",
    "{ca_short}的业主 你家快递在门卫",
    "上门维修地址：{ca_sh}，联系电话{cph_land}",
    "我的企鹅{qq}",
    "微信{wx}，验证写小区名",
    "住址：{ca_hn}\n身份证号：{cid}",
    "京东收货：{ca}，{cph}",
    "登机人护照号{cpp}",
    "异常登录：{ip}，如非本人操作请修改密码",
    "电话打不通的话打座机{cph_land}",
    "车牌{cplate_db}，我停在{ca_db}门口了",
    "给我寄到{ca_sh} 电话照旧",
    "转租：{ca_short} 次卧 900一个月 电话{cph}",
    "信用卡号{cc}，有效期03/28",
    "卡号{cbank}，户名写我妈的",
    "地址：{ca} 到了打电话{cph_v}",
    "{cph}，{cph}，两个号码都行",
]

ZH_PLAIN = [
    "收到",
    "收到，谢谢老师",
    "好的好的👌",
    "嘎哈呢 吃了没",
    "整挺好 下回还来",
    "这天儿贼冷 零下二十多度",
    "中！明儿见",
    "得劲 今儿个太阳可好",
    "侬好 今朝天气老好额",
    "覅客气 应该的",
    "家人们谁懂啊 又加班",
    "绝绝子 这家奶茶yyds",
    "xswl 笑死我了",
    "我真的会谢",
    "破防了家人们",
    "今天下雨了你带伞没有带伞我跟你说啊出门一定要带伞",
    "妈妈不会用这个你教教我怎么发语音",
    "吃饭了没有吃饭了没有我做了红烧肉",
    "明天降温了多穿点衣服别感冒了",
    "@全体成员 明天早上7点40到校，请勿迟到",
    "请各位家长督促孩子完成今天的口算作业",
    "明天穿校服，带跳绳",
    "今天作业：语文抄写第三课，数学练习册第12页",
    "电梯又坏了 物业赶紧修一下吧",
    "停水通知：明天上午9点到下午5点停水 请提前储水",
    "小区门口那个快递柜满了 放不进去",
    "谁家的狗半夜一直叫 能不能管一管",
    "楼道里别堆东西了 消防检查",
    "师傅 麻烦快一点 谢谢",
    "老板娘 再来一碗米饭",
    "阿姨 这个怎么卖",
    "亲 在吗 这个有货吗",
    "宝子们 今天直播八点开始哦",
    "老铁们 双击666",
    "外卖放门口就行 谢谢骑手小哥",
    "不要辣 多放醋",
    "麻烦帮忙带双筷子",
    "快递到了没啊 等了三天了",
    "明天去医院复查 记得空腹",
    "挂了个专家号 排了两个小时",
    "房租下周五交 别忘了",
    "押一付三 水电自理",
    "转我50 奶茶钱",
    "周末去哪玩啊",
    "今天的晚霞好美 🌅",
    "打卡 第100天 坚持就是胜利",
    "新年快乐 万事如意 🧧",
    "中秋快乐 月饼吃了吗",
    "这个月又超支了 吃土",
    "蚌埠住了哈哈哈哈",
    "u1s1 今天的菜有点咸",
    "dd 在吗",
    "886 睡了",
    "好嘞 马上到",
    "到了给我打电话",
    "等会儿我 五分钟",
    "今儿个不去了 下回吧",
    "咱家那边下雪没",
    "孩子发烧了 请一天假",
    "感谢大家 辛苦了🙏",
]


# ---------------------------------------------------------------------------
# PII-free fillers (all unlabelled)
# ---------------------------------------------------------------------------

def _c(*opts):
    return lambda rng: (rng.choice(opts), None)


def _pair(*opts, fmt="%s %s %s"):
    """Two different items and a score in between."""
    def g(rng):
        a, b = rng.sample(opts, 2)
        return fmt % (a, "%d-%d" % (rng.randint(0, 4), rng.randint(0, 4)), b), None
    return g


def _rpair(*opts):
    def g(rng):
        a, b = rng.sample(opts, 2)
        return "%s %d-%d %s" % (a, rng.randint(18, 41), rng.randint(6, 17), b), None
    return g


def _two(*opts, sep=" and "):
    def g(rng):
        a, b = rng.sample(opts, 2)
        return a + sep + b, None
    return g


def _ean(rng, prefix="600"):
    body = prefix + digits(rng, 12 - len(prefix))
    return body + ean13_digit(body)


def _isbn(rng):
    body = "978" + rng.choice(["0", "1"]) + digits(rng, 8)
    d = body + ean13_digit(body)
    return "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:8], d[8:12], d[12])


def _price(cur, lo, hi, cents=True):
    def g(rng):
        a = rng.randint(lo, hi)
        if cents and rng.random() < 0.6:
            return "%s%d.%s" % (cur, a, rng.choice(["99", "49", "50", "95", "00"])), None
        return "%s%d" % (cur, a), None
    return g


ZA_SOCCER = ["Kaizer Chiefs", "Orlando Pirates", "Mamelodi Sundowns", "AmaZulu", "Cape Town City",
             "Golden Arrows", "Stellenbosch FC", "SuperSport United"]
ZA_RUGBY = ["the Stormers", "the Bulls", "the Sharks", "the Lions"]
CY_FOOT = ["Cardiff City", "Swansea City", "Wrexham", "Newport County", "Merthyr Town"]
CY_RUGBY = ["the Scarlets", "the Ospreys", "the Dragons", "Cardiff Rugby"]
MW_NFL = ["the Packers", "the Bears", "the Vikings", "the Lions", "the Chiefs", "the Browns", "the Bengals"]
MW_MLB = ["the Brewers", "the Cubs", "the Twins", "the Royals", "the Cardinals", "the Guardians", "the Tigers"]
MW_NCAA = ["Iowa", "Iowa State", "Nebraska", "Wisconsin", "Minnesota", "Ohio State", "Michigan State", "Purdue"]
SG_FOOT = ["Lion City Sailors", "Tampines Rovers", "Geylang International", "Balestier Khalsa", "Hougang United"]
JM_FOOT = ["Harbour View", "Cavalier", "Mount Pleasant", "Waterhouse", "Arnett Gardens", "Dunbeholden"]

FREE = {
    "x_za_grocer": _c("Checkers", "Pick n Pay", "Woolies", "Spar", "Shoprite", "Boxer", "Makro", "OK Foods"),
    "x_za_store": _c("Mr Price", "Ackermans", "Pep", "Clicks", "Dis-Chem", "Builders", "Cashbuild", "Game", "Jet"),
    "x_za_food": _c("Nando's", "Steers", "Spur", "Wimpy", "Debonairs", "Romans Pizza", "Chicken Licken",
                    "Ocean Basket", "John Dory's", "Jimmy's Killer Prawns", "Fishaways", "Hungry Lion",
                    "Panarottis", "Mugg & Bean", "Kauai", "Col'Cacchio"),
    "x_za_groc": _c("Mrs Ball's chutney", "Ouma rusks", "Lucky Star pilchards", "Joko tea", "Five Roses",
                    "Simba chips", "Niknaks", "Tennis biscuits", "Romany Creams", "Marie biscuits",
                    "Koo baked beans", "Jungle Oats", "Oros", "Black Cat peanut butter", "Mrs H.S. Ball's chutney",
                    "Sunlight liquid", "Aunt Caroline rice", "Bakers Choice Assorted"),
    "x_za_drink": _c("Castle Lager", "Savanna", "Amarula", "Black Label", "Hansa", "Klippies and Coke",
                     "Appletiser", "Stoney", "Iron Brew", "Mainstay"),
    "x_za_place": _c("Cape Town", "Durbs", "Joburg", "Soweto", "Umhlanga", "Stellies", "PE", "Gqeberha",
                     "Bloem", "Mthatha", "Knysna", "Ballito", "Hermanus", "the Drakensberg", "Sandton",
                     "Muizenberg", "Clarens", "Jeffreys Bay", "the Karoo", "Paternoster"),
    "x_za_mall": _c("Canal Walk", "Gateway", "Menlyn", "Mall of Africa", "Tyger Valley", "Eastgate",
                    "Pavilion", "Maponya Mall", "Cavendish", "Rosebank Mall", "Sandton City"),
    "x_za_soccer": _pair(*ZA_SOCCER),
    "x_za_rugby": _rpair(*ZA_RUGBY),
    "x_za_team": _c(*(ZA_SOCCER + ZA_RUGBY + ["the Proteas", "Bafana Bafana", "Banyana Banyana"])),
    "x_jm_food": _c("Juici Patties", "Tastee", "Island Grill", "Mothers", "Hellshire fish", "Scotchies"),
    "x_jm_groc": _c("Grace coconut milk", "Excelsior crackers", "National hardo bread", "Walkerswood jerk seasoning",
                    "Betty condensed milk", "Grace corned beef", "Lasco food drink", "Tastee cheese"),
    "x_jm_drink": _c("Red Stripe", "Appleton", "Wray & Nephew", "Ting", "Kola Champagne", "Bigga", "Busta",
                     "Tia Maria", "Dragon Stout", "Supligen"),
    "x_jm_place": _c("Mobay", "Negril", "Ochi", "Portmore", "Half Way Tree", "Spanish Town", "Mandeville",
                     "Port Antonio", "Treasure Beach", "Boston Bay", "Hellshire", "Linstead"),
    "x_jm_match": _pair(*JM_FOOT),
    "x_sg_food": _c("Ya Kun", "Toast Box", "Old Chang Kee", "Mr Bean", "Killiney", "Song Fa",
                    "Jumbo Seafood", "Bengawan Solo", "Polar Puffs", "BreadTalk", "Ah Seng Braised Duck Rice",
                    "Hock Lam Beef", "Tai Hwa", "Lim Chee Guan", "Bee Cheng Hiang"),
    "x_sg_place": _c("Jewel", "Tampines", "Jurong", "Punggol", "Toa Payoh", "Ang Mo Kio", "Bishan", "Orchard",
                     "Bugis", "Lau Pa Sat", "Maxwell", "Tekka", "Geylang Serai", "Sentosa", "Changi", "Chinatown",
                     "Tiong Bahru", "East Coast Park"),
    "x_sg_match": _pair(*SG_FOOT),
    "x_cy_food": _c("Peter's Pies", "Tregroes waffles", "Welsh cakes", "bara brith", "Caws Cenarth",
                    "laverbread", "Glamorgan sausages", "Halen Môn salt"),
    "x_cy_place": _c("Cardiff", "Swansea", "Pontypridd", "Treorchy", "Aber", "Caernarfon", "Llandudno", "Tenby",
                     "Merthyr", "Bangor", "Porthcawl", "Mumbles", "Barry Island", "Betws-y-Coed", "the Rhondda",
                     "Newport", "Carmarthen"),
    "x_cy_foot": _pair(*CY_FOOT),
    "x_cy_rugby": _rpair(*CY_RUGBY),
    "x_cy_rteams": _two(*CY_RUGBY, sep=" v "),
    "x_mw_chain": _c("Kwik Trip", "Casey's", "Culver's", "Dairy Queen", "Hy-Vee", "Menards", "Kum & Go",
                     "Fleet Farm", "Meijer", "Steak 'n Shake", "Runza", "Maid-Rite"),
    "x_mw_beer": _c("Spotted Cow", "Leinenkugel's", "Grain Belt", "Hamm's", "Busch Light", "Summit EPA"),
    "x_mw_place": _c("Des Moines", "the Twin Cities", "Green Bay", "Fargo", "Omaha", "Peoria", "Duluth",
                     "Sioux Falls", "the Dells", "Cedar Rapids", "Madison", "Mackinac", "the Boundary Waters",
                     "Lake Okoboji", "Door County", "Ames"),
    "x_mw_nfl": _rpair(*MW_NFL),
    "x_mw_mlb": _two(*MW_MLB, sep=" vs "),
    "x_mw_ncaa": _c(*MW_NCAA),
    "x_mw_nflteam": _c(*MW_NFL),
    "x_uk_shop": _c("Tesco", "Sainsbury's", "Morrisons", "Aldi", "Lidl", "Boots", "Waitrose", "M&S",
                    "John Lewis", "Dunelm", "Argos", "Currys", "Wilko", "B&Q", "Screwfix", "Next"),
    "x_mealdeal": _c("Tesco", "Sainsbury's", "Boots", "M&S", "Co-op", "Morrisons"),
    "x_us_shop": _c("Target", "Walmart", "Costco", "Trader Joe's", "Kohl's", "Macy's", "Best Buy", "Home Depot"),
    "x_fizzy": _c("Dr Pepper", "Irn-Bru", "Tango", "Vimto", "Ribena", "Lucozade", "Fanta"),
    "x_pbrand": _c("Ben & Jerry's", "Jack Daniel's", "Johnnie Walker", "Captain Morgan", "Sara Lee",
                   "Little Debbie", "Betty Crocker", "Kellogg's", "Heinz", "Hellmann's", "Colman's", "Ted Baker",
                   "Paul Smith", "Hotel Chocolat", "Dr. Martens", "Levi's", "Wendy's", "McDonald's", "Tim Hortons"),
    "x_pshop": _c("Tannie Ria's Padstal", "Uncle Lenny's Jerk Pit", "Auntie Merle's Bakery", "Big Al's Tire & Lube",
                  "Dai's Chippy", "Mama Thoko's Shisanyama", "Oom Gert se Biltong", "Miss Icy's Cookshop",
                  "Grandma Lou's Diner", "Papa Dom's Pizzeria", "Aunty Pat's Roti Shop", "Mrs Pugh's Tearoom",
                  "Sister Joy's Salon", "Brother Vince Barber Shop", "Ma Grace's Kitchen", "Uncle Roy's Fish Fry",
                  "Cousin Dee's Cakes"),
    "x_pdish": _c("Eggs Benedict", "Caesar salad", "Beef Wellington", "Sloppy Joes", "Peach Melba", "Pavlova",
                  "Beef Stroganoff", "a Margherita", "nachos", "a Reuben", "Cobb salad", "Crêpes Suzette",
                  "Battenberg", "Victoria sponge", "Garibaldi biscuits", "lamingtons", "Bananas Foster",
                  "Chicken Tetrazzini", "Solomon Gundy", "Johnny cakes", "Glamorgan sausages", "Welsh rarebit",
                  "a Juicy Lucy", "Chicken à la King", "Lobster Newberg"),
    "x_pdrink": _c("a Bloody Mary", "a Tom Collins", "a Shirley Temple", "an Earl Grey", "a Rob Roy",
                   "a Harvey Wallbanger", "a John Collins", "a Long Island"),
    "x_song": _c("Jolene", "Valerie", "Delilah", "Sweet Caroline", "Roxanne", "Layla", "Calon Lân",
                 "Shosholoza", "Pata Pata", "Bread of Heaven", "Mr Brightside", "Wonderwall", "One Love",
                 "Hey Jude", "Angels", "Dancing Queen", "Africa", "Come On Eileen", "Mambo No. 5"),
    "x_film": _c("Paddington 2", "Top Gun: Maverick", "Inside Out 2", "Dune: Part Two", "Frozen", "Cars",
                 "Moana", "Twisters", "The Lion King", "Mamma Mia", "Wicked", "Gladiator II", "Up",
                 "Finding Nemo", "Toy Story", "Encanto", "Coco", "The Holdovers"),
    "x_gadget": _c("iPhone 15 Pro", "Galaxy A54", "Galaxy S24 Ultra", "PS5 Slim", "Xbox Series X",
                   "Nintendo Switch OLED", "AirPods Pro 2", "MacBook Air M2", "Kindle Paperwhite",
                   "Dyson V15", "Stanley Quencher 40oz", "Casio F-91W", "Ninja Creami", "Weber Kettle 57cm",
                   "Pixel 8a", "Fitbit Charge 6", "GoPro Hero 12", "Instant Pot Duo"),
    "x_car": _c("Toyota Hilux", "Ford Ranger", "VW Polo Vivo", "Hyundai i20", "Suzuki Swift", "Honda CR-V",
                "F-150", "Silverado 1500", "Corolla Cross", "Nissan NP200", "Isuzu D-Max"),
    "x_wordname": _c("Will do", "mark my words", "grace period", "rose gold", "bill me later", "sunny spells",
                     "hope so", "pure joy", "at dawn", "keep the faith", "no patience left", "lucky draw",
                     "gift voucher", "precious cargo", "what a blessing", "not a penny more", "jack of all trades",
                     "amber light", "crystal clear", "bargain hunter", "chase the bus", "river walk",
                     "autumn leaves", "iris bulbs", "hazel eyes", "ruby anniversary", "pearl barley",
                     "holly wreath", "ivy on the wall", "robin on the feeder", "frank chat", "ray of sunshine",
                     "art class", "Sunday roast", "memory card", "beauty salon", "welcome pack",
                     "innocent mistake", "happiness is a warm pie", "sue me", "pat on the back"),
    "x_flight": _c("SA 302", "SA332", "BA 59", "BA2491", "SQ 321", "SQ 232", "TR 612", "UA 1843", "WN 2206",
                   "DL 5123", "AA 1147", "KQ 761", "EK 773", "TB 1207", "LM 487", "FR 8315", "CM 431", "4Z 850"),
    "x_fa": lambda rng: ("FA %d" % rng.choice([103, 108, 205, 212, 340, 457, 512, 569]), None),
    "x_sq": lambda rng: ("SQ %d" % rng.choice([11, 22, 231, 317, 321, 478, 622, 894]), None),
    "x_gate": lambda rng: (rng.choice("ABCDE") + str(rng.randint(1, 42)), None),
    "x_seat": lambda rng: ("%d%s" % (rng.randint(1, 44), rng.choice("ABCDEF")), None),
    "x_order": lambda rng: (rng.choice(["#%d" % rng.randint(10000, 999999), "ORD-%s" % digits(rng, 8),
                                        "%s-%s-%s" % (digits(rng, 3), digits(rng, 7), digits(rng, 7)),
                                        "W%s" % digits(rng, 9)]), None),
    "x_tal": lambda rng: ("MP%s" % digits(rng, 8), None),
    "x_ups": lambda rng: ("1Z%s%s" % (rng.choice(["999AA1", "4E5R61", "X29W07", "A8V204"]), digits(rng, 10)), None),
    "x_rm": lambda rng: ("%s%s GB" % (rng.choice(["RM", "JD", "TT", "QF"]), digits(rng, 9)), None),
    "x_usps": lambda rng: ("9400 %s %s %s %s %s" % (digits(rng, 4), digits(rng, 4), digits(rng, 4), digits(rng, 4), digits(rng, 2)), None),
    "x_inv": lambda rng: ("INV-%d-%05d" % (rng.choice([2023, 2024, 2025]), rng.randint(1, 99999)), None),
    "x_pnr": lambda rng: ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), None),
    "x_model": _c("SM-A546B", "SM-S921B", "A2848", "WH-1000XM5", "KDL-43W660", "T480s", "XPS 13 9340",
                  "HW-Q600C", "G502 X", "DCD791D2", "M18 FUEL", "DHP485Z", "KF-B2000", "EA-8100"),
    "x_ver": lambda rng: (rng.choice(["iOS %d.%d.%d" % (rng.randint(16, 18), rng.randint(0, 6), rng.randint(1, 3)),
                                      "v%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 9)),
                                      "Android %d" % rng.randint(12, 15), "build %d" % rng.randint(1000, 9999),
                                      "version %d.%d" % (rng.randint(1, 12), rng.randint(0, 9))]), None),
    "x_date": lambda rng: (rng.choice(["%d/%02d" % (rng.randint(1, 28), rng.randint(1, 12)),
                                       "%d %s" % (rng.randint(1, 28), rng.choice(["March", "April", "May", "June", "Sept", "Oct", "Nov", "Dec"])),
                                       "%s %d%s" % (rng.choice(["Jan", "Feb", "Mar", "Jul", "Aug"]), rng.randint(1, 28), rng.choice(["th", "", ""])),
                                       "%d-%02d-%02d" % (rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))]), None),
    "x_t_za": lambda rng: ("%02dh%02d" % (rng.randint(7, 21), rng.choice([0, 0, 15, 30, 45])), None),
    "x_t_uk": lambda rng: (rng.choice(["%d.%02dpm" % (rng.randint(1, 9), rng.choice([0, 15, 30, 45])),
                                       "%d:%02d" % (rng.randint(12, 21), rng.choice([0, 15, 30, 45])),
                                       "%dpm" % rng.randint(1, 9)]), None),
    "x_t_us": lambda rng: (rng.choice(["%d:%02d pm" % (rng.randint(1, 9), rng.choice([0, 15, 30, 45])),
                                       "%d%s" % (rng.randint(5, 11), rng.choice(["am", "pm", " PM"]))]), None),
    "x_t_sg": lambda rng: (rng.choice(["%dpm" % rng.randint(1, 10), "%d.%02dpm" % (rng.randint(1, 10), rng.choice([0, 30])),
                                       "%d:%02d" % (rng.randint(17, 21), rng.choice([0, 30, 45]))]), None),
    "x_ean": lambda rng: (_ean(rng, rng.choice(["600", "600", "600", "50", "888"])), None),
    "x_isbn": lambda rng: (_isbn(rng), None),
    "x_n": lambda rng: (str(rng.randint(2, 60)), None),
    "x_stage": lambda rng: (str(rng.randint(2, 6)), None),
    "x_gold": lambda rng: ("R{:,}".format(rng.randint(41000, 49000)).replace(",", " "), None),
    "x_zar_s": _price("R", 12, 89),
    "x_zar_m": _price("R", 99, 699),
    "x_gbp_s": _price("£", 1, 9),
    "x_gbp_m": _price("£", 15, 89, cents=False),
    "x_usd_s": _price("$", 2, 15),
    "x_usd_m": _price("$", 20, 180, cents=False),
    "x_sgd_s": _price("$", 2, 9),
    "x_sgd_m": _price("$", 12, 68, cents=False),
    "x_jmd_s": lambda rng: ("J$%d" % rng.choice([150, 180, 250, 300, 350, 450, 600, 800]), None),
}
GEN.update(FREE)


EN_FREE_T = [
    # South Africa
    "anyone been to the new {x_za_food} at {x_za_mall}? heard the queue is insane",
    "{x_za_groc} on everything, don't @ me",
    "{x_za_grocer} has {x_za_groc} on special, 2 for {x_zar_s}",
    "{x_za_soccer}, what a boring derby bru 😴",
    "{x_za_rugby}!! what a game, my voice is gone",
    "if the till won't scan it, type the barcode in: {x_ean}",
    "FlySafair {x_fa} delayed, now boarding {x_t_za} from gate {x_gate}",
    "Lucky Star and pap for supper again lol, payday can't come soon enough",
    "Takealot order {x_tal} arriving between 14h00 and 16h00",
    "the Gatsby at the place in {x_za_place} is massive, easily feeds 4",
    "the Springboks won!!! the bench was unreal, WOW",
    "howzit, is {x_za_grocer} in {x_za_mall} open on public holidays?",
    "just got back from {x_za_place}, the N2 was chaos at the stop-go near Grabouw",
    "[[Tannie Ria's Padstal¦Oom Gert se Biltong¦Mama Thoko's Shisanyama]] on the R62 has the best roosterkoek, stop there",
    "loadshedding stage {x_stage} from {x_t_za}, charge everything now",
    "eish {x_za_team} lost again, I'm done with this team",
    "Spur birthday burger voucher expires {x_date}, we must go",
    "lekker {x_za_drink} at the beach, life is good",
    "Gift of the Givers collection point at {x_za_mall} this weekend, drop off tins",
    "{x_za_store} has kids' winter jackets for {x_zar_m}, way cheaper than last year",
    "robot at the corner is out again, took 40 min to get through {x_za_place}",
    "Shosholoza at the stadium gave me chills 🇿🇦",
    "gold price went up again, {x_gold} an ounce, shame",
    "{x_za_food} double deal: 2 burgers for {x_zar_m} till {x_date}",
    "Uber Eats from {x_za_food} took 1h20, the chips were cold 😑",
    "Capetonians will queue 2 hours for {x_za_food}, I've seen it",
    "Lucky draw at the church fete — first prize a {x_gadget}!",
    "my {x_car} is making that noise again, taking it in on {x_date}",
    "Precious metals are up, my gran's gold chain is worth more than my car lol",
    "Mrs Ball's and cheese on a braaibroodjie, nothing beats it",
    # Jamaica
    "{x_jm_food} beef patty and a {x_jm_drink}, breakfast of champions 🇯🇲",
    "{x_jm_drink} fi di session tonight, who a bring di ice?",
    "{x_jm_match}, big up di team!!",
    "{x_jm_groc} deh pon sale a di supermarket, {x_jmd_s} fi one",
    "Solomon Gundy pon crackers, yuh cyaan beat it",
    "Devon House ice cream, di stout flavour wicked",
    "road block a {x_jm_place}, tek di next way",
    "[[Uncle Lenny's Jerk Pit¦Miss Icy's Cookshop¦Ma Grace's Kitchen]] a {x_jm_place} have di best jerk pork, mi nuh care wha nobody seh",
    "One Love a play pon every radio station today",
    "light gone again a {x_jm_place} 😤 JPS fi explain",
    "bammy and escovitch fish Sunday, {x_jm_drink} fi drink",
    "Knutsford bus to {x_jm_place} leave at {x_t_us}, ticket {x_jmd_s}",
    "the Reggae Boyz draw {x_score_s} last night, mi heart cyaan tek it",
    "Johnny cakes and ackee fi breakfast, Sunday ting",
    # Singapore
    "Ya Kun kaya toast set A {x_sgd_s} only, still worth it lah",
    "Old Chang Kee curry puff still the best, dont argue",
    "{x_sg_food} queue until Chinatown MRT 😱 CNY season sia",
    "{x_sg_match} at Jalan Besar, can go or not",
    "{x_sq} to Changi T3 landed early, wah power",
    "Mr Bean soya milk and a pancake, perfect breakfast",
    "kopi C kosong and kaya toast at {x_sg_place}, shiok",
    "NDP fun pack collection start {x_date}, dont forget",
    "chicken rice at {x_sg_place}, {x_sgd_s} only. die die must try",
    "Grab to {x_sg_place} {x_sgd_m} during peak hour, walao",
    "{x_sg_food} opened new outlet at {x_sg_place}, the auntie gave extra",
    "uncle at the drinks stall say Tiger tower {x_sgd_m} tonight only",
    "auntie, one char kway teow and teh peng, tapau",
    "my {x_gadget} spoil already, bring to Sim Lim can fix or not",
    "Ah Seng Braised Duck Rice closed on Mondays, dont go there for nothing",
    # Wales
    "{x_cy_food} in the Co-op, 2 for £3, get in",
    "Brains SA on tap up the club, first round's on me",
    "{x_cy_foot}, the derby!! what a night",
    "{x_cy_rteams} Saturday {x_t_uk}, who's going?",
    "{x_cy_rugby}, we were robbed in the second half",
    "Joe's Ice Cream on the prom in Mumbles, best in Wales",
    "Penderyn for Dad's birthday, he'll love it",
    "Delilah at the Principality, goosebumps every time",
    "the choir sang Calon Lân before kick-off, I cried",
    "{x_cy_food} for tea, proper Welsh",
    "Transport for Wales train to {x_cy_place} cancelled AGAIN, replacement bus at {x_t_uk}",
    "tamping it is, raining sideways in {x_cy_place}",
    "{x_pshop} does the best chips in {x_cy_place}, fight me",
    "walked up Pen y Fan in the fog, couldn't see a thing 😂",
    "Urdd Eisteddfod results out at {x_t_uk}, fingers crossed",
    # US Midwest
    "Culver's flavor of the day is Turtle, just saying",
    "Kwik Trip Glazers are 3 for {x_usd_s} this week",
    "Portillo's Italian beef dipped hot, no notes",
    "{x_mw_nfl}, what a game!!",
    "Casey's breakfast pizza is elite and I will not be taking questions",
    "Menards 11% rebate ends {x_date}, get the snowblower",
    "Sloppy Joes for supper, it's a Tuesday thing",
    "{x_pshop} in {x_mw_place} closes at 2pm on Sundays, ope",
    "{x_mw_beer} on tap at the supper club, fish fry starts {x_t_us}",
    "snow emergency in {x_mw_place}, park on the odd side",
    "Leinenkugel's Summer Shandy is back, summer is officially here",
    "road trip to {x_mw_place}, stopping at every {x_mw_chain} on the way",
    "it's 98 with the humidity in {x_mw_place}, uff da",
    "cheese curds from the gas station hit different",
    "Sweet Caroline in the 7th inning, ba ba baaa",
    "tailgate for {x_mw_nflteam} Saturday, bring brats and a chair",
    "{x_mw_mlb} tonight, {x_t_us} first pitch, who's in",
    "{x_mw_ncaa} won by a field goal, the whole bar went nuts",
    "Scotcheroos at the Hy-Vee bakery are {x_usd_s} a tray, dangerous",
    "Juicy Lucy at the bar, burned my mouth again",
    # UK / US
    "Greggs steak bake and a {x_fizzy}, don't judge me",
    "{x_uk_shop} click & collect slot 18:00-19:00 Thursday",
    "John Lewis sale starts Boxing Day, the queue will be mad",
    "Ted Baker bag 40% off at the outlet",
    "Nando's half chicken extra hot, plain chips for the kids",
    "Dr Pepper or Irn-Bru? wrong answers only",
    "{x_pdish} for brunch, then a nap",
    "{x_pdrink} at the airport bar, holiday mode on",
    "order {x_order} from {x_uk_shop} says delivered but it's not here",
    "Royal Mail tracking {x_rm}, stuck in the hub since Monday",
    "UPS tracking {x_ups} says delivered to the front porch lol no",
    "USPS {x_usps}, in transit, arriving late 🙄",
    "flight {x_flight}, gate {x_gate}, seat {x_seat}, boarding {x_t_uk}",
    "booking ref {x_pnr} for the ferry, sailing at {x_t_uk}",
    "invoice {x_inv} paid, thanks",
    "firmware {x_ver} bricked my router, rolling back",
    "updated to {x_ver} and my battery is dying by lunch",
    "anyone selling a {x_gadget}? budget {x_gbp_m}",
    "the {x_gadget} was {x_usd_m} at {x_us_shop}, grabbed two",
    "model no. {x_model}, need a replacement charger",
    "ISBN {x_isbn} — that's the one for the book club",
    "{x_wordname}, cheers",
    "{x_wordname} 😂",
    "honestly {x_wordname}",
    "karaoke tonight, someone has to do {x_song}",
    "they played {x_song} at the wedding and everyone lost it",
    "{x_song} came on shuffle and I had to pull over",
    "watched {x_film} again, still cried",
    "{x_film} at the Odeon {x_t_uk}, popcorn on me",
    "{x_mealdeal} meal deal went up to {x_gbp_s} 😤",
    "{x_pbrand} was on offer so obviously I bought two",
    "Chase app down again, can't pay anyone",
    "Sky box needs resetting, hold the button 30 seconds",
    "Innocent smoothies 2 for {x_gbp_s} at Tesco",
    "Ben & Jerry's Cookie Dough or Phish Food?",
    "Sunday roast at the Red Lion, table for 6 at {x_t_uk}",
    "Will you be at the meeting on {x_date}?",
    "Grace Foods stand at the fair had free samples",
    "Rose and Crown quiz night, we came 3rd out of 14",
    "Mark the calendar: bin collection moves to Friday",
    "Bill from the gas company was {x_gbp_m} this month 😱",
    "Amber warning for snow from {x_t_uk} tomorrow",
    "Summer fair on {x_date}, cake stall needs volunteers",
    "Hope Street is closed for the parade",
    "Joy Division on vinyl at the charity shop, £4!!",
    "Dawn chorus walk at 5am if anyone's mad enough",
    "Sunny Delight tastes like childhood",
    "Ruby Tuesday is closing down near us",
    "Penny sweets at the corner shop are 10p now, scandal",
    "Holly Bush pub does a cracking roast",
    "Robin Hood's Bay for the weekend, weather looks grim",
    "Jack Wills hoodie in the sale for {x_gbp_m}",
    "Iris and hazel for the border, the garden centre had loads",
    "Prince of Wales pub, usual table, {x_t_uk}",
    "Victoria line suspended, walking to Green Park",
    "the Jolene cover at the open mic was better than the original tbh",
    "Gatsby themed party — need a flapper dress by {x_date}",
    "score update: {x_score_s} at half time",
    "Lucky Strike bowling, lane {x_n}, {x_t_us}",
    "Memory card full again, 128GB gone in a week",
    "Welcome pack for new members is on the website",
    "Happy Valley season 3 finale, no spoilers pls",
    "Peaky Blinders marathon this weekend",
    "Downton Abbey film at the library on Thursday",
    "Mrs Brown's Boys Christmas special, love it or hate it",
    "Captain Morgan and coke, make it a double",
    "McDonald's breakfast ends at 10:30, RUN",
]

ZFREE = {
    "z_pfood_db": _c("老边饺子", "李连贵熏肉大饼", "杨家吊炉饼", "老昌春饼", "二姨家炖菜", "郝大娘手擀面",
                     "老王烧烤", "刘一手火锅", "张亮麻辣烫", "杨国福麻辣烫"),
    "z_pfood_hn": _c("方中山胡辣汤", "萧记三鲜烩面", "马豫兴桶子鸡", "老潘家灌汤包", "黄家包子", "蔡记蒸饺",
                     "三婶烩面", "合记烩面", "郝大娘手擀面", "杨国福麻辣烫"),
    "z_pfood_sh": _c("小杨生煎", "大壶春", "沈大成", "王家沙", "乔家栅", "老盛昌", "鲜得来"),
    "z_pfood": _c("老王烧烤", "张亮麻辣烫", "杨国福麻辣烫", "周黑鸭", "刘一手火锅", "谭鸭血", "马记永",
                  "张妈妈川菜馆", "小杨生煎", "阿香米线", "王婆大虾", "老孙家泡馍", "李连贵熏肉大饼",
                  "方中山胡辣汤", "萧记三鲜烩面", "老潘家灌汤包", "郝大娘手擀面", "二姨家炖菜", "老边饺子",
                  "陈记烧腊", "赵记传承", "徐记海鲜"),
    "z_pbrand": _c("李宁", "张小泉", "周大福", "谭木匠", "王守义十三香", "老干妈", "王老吉", "陈克明面条",
                   "赵一鸣零食", "胖东来", "吴裕泰", "张一元", "马应龙", "阿宽红油面皮", "周黑鸭"),
    "z_brand": _c("蜜雪冰城", "瑞幸", "喜茶", "霸王茶姬", "华为", "小米", "美团", "饿了么", "拼多多", "京东",
                  "淘宝", "抖音", "小红书", "光明", "大白兔", "马迭尔", "秋林", "锅圈食汇",
                  "丹尼斯", "大润发", "盒马", "山姆", "名创优品", "安踏", "波司登", "老凤祥", "稻香村"),
    "z_tea": _c("蜜雪冰城", "瑞幸", "喜茶", "霸王茶姬", "茶百道", "古茗", "沪上阿姨", "书亦烧仙草"),
    "z_drink": _c("王老吉", "北冰洋", "大窑", "冰峰", "哈啤", "雪花", "格瓦斯", "酸梅汤"),
    "z_pdish": _c("麻婆豆腐", "东坡肉", "左宗棠鸡", "宫保鸡丁", "宋嫂鱼羹", "李鸿章杂烩", "太白鸭",
                  "贵妃鸡翅", "霸王别姬", "叫花鸡", "夫妻肺片", "老妈蹄花", "文思豆腐", "东坡肘子",
                  "张飞牛肉", "大娘水饺"),
    "z_dish_db": _c("锅包肉", "地三鲜", "小鸡炖蘑菇", "铁锅炖大鹅", "猪肉炖粉条", "杀猪菜", "酸菜饺子", "冷面",
                    "烤冷面", "老虎菜", "溜肉段", "拔丝地瓜"),
    "z_dish_hn": _c("烩面", "胡辣汤", "灌汤包", "蒸菜", "羊肉汤", "炒凉粉", "道口烧鸡", "浆面条"),
    "z_dish_sh": _c("生煎", "葱油拌面", "小笼包", "腌笃鲜", "黄鱼面", "排骨年糕", "油爆虾", "糖醋小排"),
    "z_dish": _c("锅包肉", "地三鲜", "烩面", "胡辣汤", "生煎", "葱油拌面", "小笼包", "红烧肉", "酸菜饺子",
                 "烤冷面", "羊肉汤", "糖醋里脊", "黄鱼面", "溜肉段"),
    "z_place_db": _c("中央大街", "冰雪大世界", "圣索菲亚教堂", "哈尔滨站", "长白山", "净月潭", "太原街", "中街", "老道外"),
    "z_place_hn": _c("二七广场", "郑东新区", "龙门石窟", "清明上河园", "少林寺", "老君山", "云台山", "郑州东站", "黄河边"),
    "z_place_sh": _c("外滩", "城隍庙", "南京路", "七宝老街", "田子坊", "虹桥站", "武康路", "陆家嘴", "豫园"),
    "z_place": _c("中央大街", "冰雪大世界", "二七广场", "郑东新区", "龙门石窟", "清明上河园", "外滩", "城隍庙",
                  "南京路", "七宝老街", "长白山", "净月潭", "老君山", "云台山", "田子坊"),
    "z_mall": _c("万达广场", "正弘城", "丹尼斯大卫城", "万象城", "龙湖天街", "凯德广场", "爱琴海",
                 "大悦城", "中兴商城", "红旗街万达", "百联"),
    "z_kin_fam": _c("我妈", "我爸", "我姥", "我奶", "婆婆", "二姨", "三舅", "大姑", "老舅", "嫂子", "姐夫",
                    "老公", "老婆", "孩子他爸", "孩子他妈", "我哥", "我姐"),
    "z_kin_shop": _c("师傅", "老板", "老板娘", "阿姨", "美女", "帅哥", "小哥哥", "小姐姐", "大哥", "大姐"),
    "z_kin_net": _c("宝子们", "家人们", "亲", "姐妹们", "老铁们", "集美们", "兄弟们", "xdm"),
    "z_kin_sh": _c("阿姨", "爷叔", "老板娘", "师傅", "阿婆"),
    "z_kin_group": _c("物业", "群主", "楼长", "管家", "物业经理"),
    "z_kin_school": _c("老师", "班主任", "各位老师"),
    "z_kin": _c("我妈", "我姥", "二姨", "老公", "我哥", "宝子们", "家人们", "姐妹们", "老铁们", "兄弟们",
                "同事", "室友", "闺蜜", "发小", "邻居"),
    "z_track": lambda rng: (rng.choice(["SF" + digits(rng, 13), "YT" + digits(rng, 13), "JDX0" + digits(rng, 11),
                                        "JT" + digits(rng, 13), "DPK" + digits(rng, 12)]), None),
    "z_zto": lambda rng: ("7" + rng.choice("3578") + digits(rng, 12), None),
    "z_order": lambda rng: (rng.choice([digits(rng, 19), "2024" + digits(rng, 16), digits(rng, 18),
                                        "T" + digits(rng, 17)]), None),
    "z_pick": lambda rng: (rng.choice(["%d-%d-%d" % (rng.randint(1, 9), rng.randint(1, 6), rng.randint(1001, 9999)),
                                       "%d%s" % (rng.randint(10, 99), digits(rng, 4)),
                                       "A%d" % rng.randint(100, 999)]), None),
    "z_flight": _c("CZ3908", "MU5137", "HO1252", "CA1607", "MU5101", "CZ6204", "3U8888", "MF8327", "ZH9507",
                   "9C8921", "HU7605", "SC4672"),
    "z_train": lambda rng: (rng.choice(["G%d" % rng.randint(1, 2999), "D%d" % rng.randint(1, 999),
                                        "K%d" % rng.randint(100, 9999), "Z%d" % rng.randint(1, 300)]), None),
    "z_seat": lambda rng: ("%02d车%d%s" % (rng.randint(1, 16), rng.randint(1, 19), rng.choice("ABCDF")), None),
    "z_p_veg": lambda rng: (rng.choice(["%d块%d" % (rng.randint(2, 9), rng.randint(1, 9)), "%d元" % rng.randint(2, 12),
                                        "%d.%d元" % (rng.randint(1, 9), rng.randint(1, 9))]), None),
    "z_p_dish": lambda rng: (rng.choice(["%d元" % rng.randint(18, 68), "%d块" % rng.randint(18, 68),
                                         "¥%d" % rng.randint(18, 68), "%s块五" % rng.choice(["三十八", "二十六", "四十二"])]), None),
    "z_p_snack": lambda rng: (rng.choice(["%d块" % rng.randint(3, 25), "¥%d.9" % rng.randint(3, 25), "%d元" % rng.randint(3, 25)]), None),
    "z_p_dev": lambda rng: ("%d元" % rng.choice([999, 1299, 1599, 1999, 2499, 3999, 4999, 5499, 6999]), None),
    "z_p_off": lambda rng: ("%d" % rng.choice([100, 200, 300, 500, 800]), None),
    "z_p_house": lambda rng: ("%d.%d万" % (rng.randint(1, 8), rng.randint(0, 9)), None),
    "z_p_fee": lambda rng: ("%d元" % rng.choice([50, 80, 100, 120, 150, 200]), None),
    "z_model": _c("小米14 Ultra", "Mate 60 Pro", "iPhone 15", "Redmi K70", "荣耀Magic6", "vivo X100", "OPPO Find X7",
                  "RTX 4060", "格力KFR-35GW", "美的MB-FB40", "九阳DJ13B", "海尔BCD-470"),
    "z_car": _c("比亚迪秦PLUS", "宋PLUS DM-i", "理想L7", "五菱宏光MINI", "朗逸", "卡罗拉", "哈弗H6"),
    "z_date": lambda rng: (rng.choice(["%d月%d号" % (rng.randint(1, 12), rng.randint(1, 28)),
                                       "%d月%d日" % (rng.randint(1, 12), rng.randint(1, 28)),
                                       "%d年%d月%d日" % (rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)),
                                       "%d.%d" % (rng.randint(1, 12), rng.randint(1, 28)),
                                       "周%s" % rng.choice("一二三四五六日")]), None),
    "z_time": lambda rng: (rng.choice(["%d:%02d" % (rng.randint(7, 22), rng.choice([0, 30])),
                                       "%s%s点" % (rng.choice(["上午", "下午", "晚上"]), rng.choice("二三四五六七八九")),
                                       "%s点半" % rng.choice("二三四五六七八九十")]), None),
    "z_t_school": _c("7点40", "7:50", "早上七点半", "7点20", "下午1点50"),
    "z_stock": _c("600519", "000858", "300750", "601318", "000333", "002594", "600036", "688981"),
    "z_bus_sh": lambda rng: (rng.choice(["地铁%d号线" % rng.randint(1, 18), "%d路" % rng.randint(11, 980)]), None),
    "z_bus": lambda rng: (rng.choice(["%d路" % rng.randint(1, 999), "地铁%d号线" % rng.randint(1, 6),
                                      "B%d路" % rng.randint(1, 99)]), None),
    "z_n": lambda rng: (str(rng.randint(2, 60)), None),
    "z_team_db": _c("长春亚泰", "辽宁男篮", "大连英博", "黑龙江冰城"),
    "z_team_hn": _c("河南队", "河南男篮"),
    "z_team_sh": _c("上海申花", "上海海港", "上海久事"),
    "z_match": lambda rng: ("%s%d:%d%s" % tuple([x for pair in [rng.sample(["河南队", "上海申花", "上海海港", "长春亚泰",
                                                                             "北京国安", "山东泰山", "大连英博", "浙江队"], 2)]
                                                 for x in (pair[0], rng.randint(0, 4), rng.randint(0, 4), pair[1])]), None),
    "z_song": _c("《大碗宽面》", "《野狼disco》", "《东北人都是活雷锋》", "《月亮代表我的心》", "《孤勇者》",
                 "《小苹果》", "《最炫民族风》", "《夜上海》", "《后来》", "《海阔天空》", "《青花瓷》", "《成都》"),
    "z_sur_food": _c("黄瓜", "白菜", "李子", "杨梅", "牛肉", "黄豆", "石榴", "胡萝卜", "金针菇",
                     "马铃薯", "白萝卜", "黄桃", "杜梨", "韩国梨"),
    "z_sur_word": _c("马上", "高兴", "张罗", "周末", "陈皮", "叶子", "石头", "方便", "常常", "万一", "于是",
                     "毛衣", "钱包", "段子", "何必", "许多", "余额", "胡说", "刘海", "温度", "高铁", "宋体",
                     "陆续", "范围", "金子", "夏天", "安静", "高峰期", "马力", "江山", "平安", "国庆", "文静", "明亮"),
}
FREE["x_score_s"] = lambda rng: ("%d-%d" % (rng.randint(0, 3), rng.randint(0, 3)), None)
GEN.update(FREE)
GEN.update(ZFREE)


ZH_FREE_T = [
    # 东北
    "今儿个整了一锅{z_dish_db}，贼拉香，{z_kin_fam}都说好吃",
    "{z_pfood_db}排队排了一个小时 {z_kin_fam}说值",
    "哈尔滨{z_place_db}人挤人 冻得嘎嘎的",
    "老铁们 马迭尔的冰棍{z_p_snack}一根 还得排队",
    "{z_kin_shop}，{z_dish_db}来一份，{z_dish_db}来一份，再整两瓶哈啤",
    "这嘎达的{z_dish_db}正宗 比{z_pfood_db}还好吃",
    "{z_kin_fam}你瞅瞅这雪 下了一宿 车都埋了",
    "{z_team_db}赢了！今晚整点儿",
    "{z_kin_shop}，李连贵那家熏肉大饼还开着不",
    "坐{z_train}回长春 {z_seat} 坐得腰疼",
    "{z_kin_fam}别嘚瑟了 赶紧回屋 零下二十八度",
    "锅包肉{z_p_dish}一盘，量贼大，{z_kin_fam}整不完",
    "杀猪菜整上 {z_kin_net}都来唠嗑",
    "秋林红肠{z_p_snack}一根 给{z_kin_fam}捎两根",
    # 河南
    "[[方中山¦逍遥镇¦北舞渡]]的胡辣汤中不中？中！",
    "恁吃过{z_pfood_hn}没 得劲得很",
    "俺{z_kin_fam}叫俺回去吃{z_dish_hn}",
    "{z_kin_shop}恁好，{z_dish_hn}一碗多少钱？{z_p_dish}？中",
    "郑州{z_mall}今儿个人可多 停车都停不下",
    "{z_team_hn}主场赢了 咦~ 中！",
    "{z_kin_fam}，胖东来的大月饼给俺捎两个",
    "坐{z_bus}去{z_place_hn} 要一个钟头",
    "{z_pfood_hn}排队的人能排到{z_place_hn}",
    "恁家{z_kin_fam}做的{z_dish_hn}是真得劲",
    "开封清明上河园晚上有实景演出 {z_p_dish}一张票？不可能 得两百多",
    "蜜雪冰城总部就在郑州 {z_kin_net}知道不",
    # 上海
    "{z_pfood_sh}额生煎老好吃额 {z_kin_sh}侬去过伐",
    "{z_kin_sh}，两客生煎一碗咖喱牛肉汤，打包",
    "外滩今朝人老多额 覅去了",
    "[[沈大成¦王家沙¦乔家栅]]额条头糕 阿拉屋里厢老欢喜额",
    "{z_kin_sh}讲腌笃鲜要用春笋 交关鲜",
    "坐{z_bus_sh}到{z_place_sh} 再走过去",
    "黄梅天 衣裳晒勿干 老烦额",
    "{z_kin_sh}，{z_dish_sh}还有伐？",
    # 网络用语
    "家人们谁懂啊 {z_tea}又涨价了",
    "绝绝子！{z_pfood}yyds",
    "亲，这个{z_model}还有货吗？在的亲",
    "宝子们 今天直播{z_time}开始 {z_brand}专场",
    "xswl {z_kin}把{z_sur_word}听成了别的",
    "u1s1 {z_pdish}还是老家做得地道",
    "破防了 {z_model}直降{z_p_off}",
    "{z_kin_net}冲鸭 {z_brand}秒杀{z_time}开始",
    "dd {z_kin_net} 开黑吗 王者荣耀打完这把",
    "kdl 今天能不能马上下班",
    "集美们 {z_tea}新品测评来啦 {z_p_snack}值不值",
    "芭比Q了 {z_model}掉水里了",
    "{z_song}单曲循环一整天 {z_kin_net}有没有同款",
    "{z_kin_net}，{z_pbrand}打折了 冲",
    # 老人语音
    "{z_kin_fam}你今天吃饭了没有吃的什么我今天吃的{z_dish}",
    "那个{z_brand}的东西怎么买我不会弄你帮我弄一下",
    "今天去超市{z_sur_food}打折了我买了两斤",
    "外面下雪了你出门小心点路滑别开车了",
    "我在{z_mall}门口等你你快点来天太冷了",
    "你给我买的那个{z_model}我不会用开不开机",
    "以经吃过药了你放心吧{z_kin_fam}在旁边看着呢",
    "{z_kin_fam}说{z_place}那边今天人太多了就不去了",
    "明天在去医院拿药你不用陪我了我自己做公交去",
    # 家长群 / 业主群 (no names)
    "@全体成员 明天{z_t_school}到校 请家长准时接送",
    "{z_kin_school}辛苦了！🌹",
    "收到 谢谢{z_kin_school}",
    "请各位家长{z_date}前交春游费{z_p_fee}",
    "明天带{z_n}元班费，交给班长",
    "{z_kin_group}，电梯又坏了，能不能找人修一下",
    "停电通知：{z_date}上午8点至下午5点 请提前做好准备",
    "业主们，小区门口新开了一家{z_pfood}",
    "快递柜满了 {z_kin_group}能不能多放几个柜子",
    "物业费{z_n}块一平一年？太贵了吧",
    "团购{z_dish}的邻居接龙 {z_n}份起送",
    "{z_kin_group}，地库又漏水了",
    # 外卖 / 快递 (no address)
    "外卖订单号{z_order} 备注：不要香菜 多放辣",
    "快递单号{z_track}，{z_kin}帮我查一下到哪了",
    "取件码{z_pick}，{z_kin}帮我拿一下",
    "{z_brand}订单{z_order}显示已签收 但我没收到",
    "骑手小哥辛苦了 五星好评",
    "{z_pfood}的外卖{z_time}才到 都凉了",
    "顺丰{z_track} 明天{z_time}前送达",
    "中通{z_zto}三天了还没动",
    "取件码{z_pick} 丰巢柜第{z_n}格",
    "{z_kin_shop}，{z_dish}少放盐，谢谢",
    # 出行 / 数字
    "航班{z_flight} 延误了 {z_time}才起飞",
    "{z_train}次 {z_seat} 上车了",
    "坐{z_bus}到{z_place}站下车",
    "股票{z_stock}今天涨停了 {z_kin}快看",
    "{z_model}{z_p_dev} 拼多多百亿补贴",
    "双色球 03 11 17 22 28 31+09 又没中",
    "{z_date}{z_time} {z_place}见",
    "房价{z_p_house}一平 还让不让人活了",
    "{z_match} 这球踢的",
    "第{z_n}届冰雪节{z_date}开幕",
    "高铁{z_train} {z_date}{z_time}发车 检票口{z_n}",
    "积分{z_n}00分 可以换一箱{z_drink}",
    "{z_mall}{z_n}楼{z_pfood} 满100减{z_n}",
    "体重{z_n}公斤 减肥第{z_n}天",
    "新车提了 {z_car} 落地{z_p_house}",
    # 菜名 / 店名 (人名来源)
    "{z_pdish}和{z_pdish}都点了 再来个{z_dish}",
    "今天做了{z_pdish} 照着菜谱一步一步来的",
    "麻婆豆腐到底放不放肉末 {z_kin}说放",
    "{z_pfood}和[[老乡鸡¦海底捞¦巴奴]]哪家好吃",
    "{z_pbrand}出新品了 {z_p_snack}",
    "楼下新开了{z_pfood} {z_kin}去尝了说一般",
    "{z_pdish}{z_p_dish}一份 有点贵",
    "点了{z_pfood}的外卖 送了一瓶{z_drink}",
    "{z_kin}说东坡肉要用五花肉 我用的里脊",
    "左宗棠鸡其实是美国那边的中餐 {z_kin}信不信",
    "{z_pbrand}旗舰店 满{z_n}0减{z_n}",
    "张飞牛肉 真空包装 {z_p_snack}一包",
    # 姓氏字的词
    "{z_kin}，{z_sur_food}还有吗",
    "今天温度真好 {z_kin}出去走走 别老在家闷着",
    "万一下雨呢 {z_kin}带把伞",
    "别胡说了 快来吃{z_dish}",
    "买了{z_n}斤{z_sur_food}",
    "钱包落在{z_mall}了 {z_kin}帮我找找",
    "余额不足 {z_kin}先借我{z_p_fee}",
    "段子手{z_kin} 又开始讲笑话了",
    "何必呢 {z_kin}都说了不要了",
    "高峰期{z_bus}挤死了",
    "刘海剪短了 {z_kin}说像锅盖",
    "陆续到了{z_n}个人 {z_kin}再等等",
    "宋体还是黑体？{z_kin}说用宋体",
    "于是我就去了{z_place} 结果关门了",
    "史上最贵的{z_dish} {z_p_dish}",
    "许多{z_kin_net}在问{z_model}的价格",
    "石头剪刀布 输了的请{z_pfood}",
    "方便面{z_p_snack}一包 涨价了",
    "{z_song}一响 {z_kin_fam}就开始跳",
    "KTV唱了{z_song} {z_kin}都哭了",
    "王者荣耀上分了 {z_kin}带飞",
    "周末去{z_place}吗 {z_kin_fam}开车",
    "高兴 今天{z_team_sh}赢了",
    "黄瓜{z_p_veg}一斤 贵死了",
    "马上到 {z_kin}别催了",
    "安静点 孩子睡了",
    "夏天太热了 {z_tea}一天三杯",
    "白雪公主和七个小矮人 孩子看了十遍",
    "平安夜吃苹果 {z_kin_fam}送了一箱",
    "国庆七天乐 去{z_place}",
    "江山代有才人出 现在的小孩太厉害了",
    "建国门外大街堵死了",
    "向阳花开 {z_kin}拍的照片真好看",
    "马力不够 {z_car}上坡费劲",
    "高铁上信号太差了 {z_kin_net}见谅",
    "常常想起小时候{z_kin_fam}做的{z_dish}",
    "毛衣起球了 {z_kin_shop}能换吗",
]
# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

FILES = [
    ("en_pii_labelled.jsonl", EN_T, EN_PLAIN, 400, 13001, True),
    ("zh_pii_labelled.jsonl", ZH_T, ZH_PLAIN, 400, 13002, True),
    ("en_pii_free_hard.jsonl", EN_FREE_T, [], 400, 13003, False),
    ("zh_pii_free_hard.jsonl", ZH_FREE_T, [], 400, 13004, False),
]


def generate():
    out = {}
    for name, tpls, plain, n, seed, labelled in FILES:
        rows = build(tpls, plain, n, seed, labelled)
        out[name] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return out


def main(argv):
    outdir = argv[1] if len(argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    for name, data in generate().items():
        with open(os.path.join(outdir, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)


if __name__ == "__main__":
    main(sys.argv)
