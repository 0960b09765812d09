"""Mainland-Chinese labelled lines and PII-free hard lines."""

from __future__ import annotations

import random
import re

from i9_common import cn_id_check, fill, luhn_complete
from i9_en import card, ip

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴莫孔向常") + ["欧阳", "上官", "司马", "诸葛"]
GIVEN2 = ["子涵", "浩然", "雨桐", "秀英", "美玲", "志强", "海燕", "国庆", "建国", "春花", "红梅", "平安", "晨曦",
          "一帆", "思琪", "宇轩", "欣怡", "俊杰", "晓东", "丽娟", "文博", "嘉怡", "梓萱", "家豪", "淑芬", "玉兰",
          "桂英", "德胜", "永福", "振华", "安琪", "静怡", "向阳", "明远", "立新", "卫东", "建华", "光明", "和平",
          "胜利", "朝阳", "佳琪", "雅婷", "诗涵", "博文", "梦洁", "若曦", "子轩", "亦菲", "天佑", "金花", "招娣",
          "来福", "富贵", "春燕", "秋菊", "冬梅", "长青", "海峰", "凤英"]
WORDISH = ["国庆", "建国", "平安", "光明", "和平", "胜利", "朝阳", "向阳", "春花", "海燕", "红梅", "来福", "富贵",
           "长青", "晨曦", "金花", "立新"]
GIVEN1 = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超霞平刚桂")
DIE = ["婷婷", "乐乐", "豆豆", "朵朵", "果果", "佳佳", "明明", "圆圆", "甜甜", "天天", "多多", "欢欢", "贝贝",
       "笑笑", "糖糖", "妞妞", "丁丁", "壮壮", "萌萌", "琪琪", "航航", "浩浩", "一一", "可可", "楠楠"]
XIAO_TAIL = list("雯周郑覃芳强斌珍雪宇慧琳杰婷磊凯")
TITLES = ["总", "姐", "哥", "老师", "阿姨", "叔", "医生", "师傅", "经理", "主任", "护士长", "老板", "律师", "工",
          "大夫", "奶奶", "爷爷", "嫂", "教练", "会计", "书记", "sir", "姨", "伯"]


def full(rng):
    s = rng.choice(SURN)
    g = rng.choice(GIVEN2) if rng.random() < 0.78 else rng.choice(GIVEN1)
    return s + g


def given(rng):
    return rng.choice(WORDISH) if rng.random() < 0.35 else rng.choice(GIVEN2)


def xiao(rng):
    p = rng.choice(["小", "小", "老", "阿", "阿"])
    if p == "老":
        return p + rng.choice(SURN[:90])
    return p + rng.choice(XIAO_TAIL + SURN[:40])


def titled(rng):
    return rng.choice(SURN[:100]) + rng.choice(TITLES)


def d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


PREF = ["133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "158", "159", "166", "173",
        "176", "177", "178", "180", "181", "182", "185", "186", "187", "188", "189", "191", "198", "199"]


def mob(rng):
    n = rng.choice(PREF) + d(rng, 8)
    return rng.choice([n, n, f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}", f"+86 {n}",
                       f"+86 {n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]} {n[3:]}", f"{n[:7]} {n[7:]}", f"86-{n}"])


def land(rng):
    return rng.choice([f"010-6{d(rng, 7)}", f"021-5{d(rng, 7)}", f"028-8{d(rng, 7)}", f"0571-8{d(rng, 7)}",
                       f"(020)3{d(rng, 7)}", f"0755 2{d(rng, 3)} {d(rng, 4)}"])


CITY = ["北京市朝阳区", "上海市闵行区", "广州市天河区", "深圳市南山区", "成都市武侯区", "杭州市西湖区", "武汉市洪山区",
        "南京市鼓楼区", "西安市雁塔区", "长沙市岳麓区", "郑州市金水区", "重庆市渝北区", "天津市河西区", "苏州工业园区"]
ROADS = ["建设路", "中山北路", "解放大道", "文一西路", "科华北路", "人民南路三段", "学府路", "芙蓉中路", "长江路",
         "新华街", "光华大道", "金科路", "望京街", "漕宝路", "环城西路", "青年路", "东风路"]
ESTATES = ["幸福里小区", "金色家园", "阳光花园", "翠湖苑", "万科城市花园", "碧桂园", "龙湖春江郦城", "保利香槟国际",
           "锦绣江南", "和平里六区", "望京西园三区", "天通苑北一区", "华润二十四城", "绿地世纪城", "名都花园",
           "桃源小区", "建工新村", "电力宿舍", "师大家属院"]
HOSP = ["市第一人民医院", "华西医院", "省妇幼保健院", "中医院", "儿童医院", "第三人民医院"]
HOSP_PART = ["住院部8楼心内科", "门诊楼3楼", "住院部B栋12楼", "急诊科", "产科病房", "骨科17床", "儿科二病区"]
SCHOOL = ["实验小学", "第二中学", "外国语学校", "附属幼儿园", "职业技术学院", "理工大学"]
SCHOOL_PART = ["东门", "南校区3号宿舍楼", "传达室", "初二(3)班", "行政楼502", "西门快递点"]


def addr_estate(rng):
    e = rng.choice(ESTATES)
    b, u, f, r = rng.randint(1, 28), rng.randint(1, 6), rng.randint(1, 32), rng.randint(1, 4)
    room = f"{f}{r:02d}"
    c = rng.choice(CITY)
    return rng.choice([f"{c}{e}{b}号楼{u}单元{room}室", f"{e}{b}号楼{u}单元{room}", f"{e}{b}栋{room}",
                       f"{e}{b}-{u}-{room}", f"{e}{b}幢{u}单元{room}室", f"{c}{rng.choice(ROADS)}{rng.randint(1, 400)}号{e}{b}栋{u}单元{room}",
                       f"{e}{b}号楼{room}", f"{e} {b}栋{u}单元 {room}"])


def addr_road(rng):
    c = rng.choice(CITY + [""])
    return rng.choice([f"{c}{rng.choice(ROADS)}{rng.randint(1, 999)}号", f"{rng.choice(ROADS)}{rng.randint(1, 999)}号{rng.randint(1, 30)}楼",
                       f"{c}{rng.choice(ROADS)}{rng.randint(1, 300)}弄{rng.randint(1, 60)}号{rng.randint(101, 604)}室",
                       f"{rng.choice(ROADS)}{rng.randint(1, 999)}号院{rng.randint(1, 12)}号楼"])


def addr_inst(rng):
    if rng.random() < 0.5:
        return f"{rng.choice(ROADS)}{rng.randint(1, 500)}号{rng.choice(HOSP)}{rng.choice(HOSP_PART)}"
    return f"{rng.choice(CITY)}{rng.choice(ROADS)}{rng.randint(1, 500)}号{rng.choice(SCHOOL)}{rng.choice(SCHOOL_PART)}"


AREA = ["110105", "310112", "440106", "440305", "510107", "330106", "420111", "320106", "610113", "430104",
        "410105", "500112", "120103", "452122", "350203"]


def cn_id(rng):
    y = rng.randint(1950, 2012)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    b = f"{rng.choice(AREA)}{y}{m:02d}{dd:02d}{d(rng, 3)}"
    v = b + cn_id_check(b)
    return rng.choice([v, v, v, f"{v[:6]} {v[6:14]} {v[14:]}", v.lower()]) if v.endswith("X") else rng.choice([v, v, f"{v[:6]} {v[6:14]} {v[14:]}"])


def cn_pass(rng):
    return rng.choice(["E" + d(rng, 8), "E" + rng.choice("ABCDEFGHJK") + d(rng, 7), "G" + d(rng, 8)])


def cn_bank(rng):
    pre = rng.choice(["622202", "621700", "622848", "623668", "621483", "622588", "621226", "622609"])
    ln = rng.choice([16, 19, 19])
    n = luhn_complete(pre + d(rng, ln - 7))
    return rng.choice([n, " ".join(n[i:i + 4] for i in range(0, ln, 4)), n])


def qq(rng):
    return str(rng.randint(1, 9)) + d(rng, rng.randint(5, 9))


PIN = ["xiaoyu", "lemon", "chenchen", "tangguo", "mumu", "ajie", "dahai", "linlin", "xiaobai", "yangyang",
       "kiki", "zhouzhou", "miaomiao", "dudu", "wanwan", "sunny", "coco", "feifei"]


def wx(rng):
    p = rng.choice(PIN)
    L = "abcdefghijkmnpqrstuvwxyz0123456789"
    return rng.choice([f"wxid_{''.join(rng.choice(L) for _ in range(12))}", f"{p}_{rng.randint(1985, 2008)}",
                       f"{p}{rng.randint(100, 999)}", f"{p.capitalize()}-{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
                       f"{p}{d(rng, 4)}x"])


PROV = "京沪粤川浙苏鄂湘豫渝陕津闽"


def plate(rng):
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    pv = rng.choice(PROV)
    a = rng.choice(L[:8])
    tail = d(rng, 3) + rng.choice(L) + d(rng, 1) if rng.random() < 0.5 else d(rng, 5)
    return rng.choice([f"{pv}{a}·{tail}", f"{pv}{a}{tail}", f"{pv}{a} {tail}", f"{pv}{a}{rng.choice('DF')}{d(rng, 5)}"])


def zem(rng):
    p = rng.choice(PIN)
    return rng.choice([f"{p}{rng.randint(80, 99)}@example.cn", f"{p}.{rng.choice(PIN)}@example.com",
                       f"{qq(rng)}@example.cn", f"{p}_work@example.com.cn", f"{p}@mail.example.cn"])


def zurl(rng):
    return rng.choice([f"https://weibo.com/u/{rng.randint(1000000000, 7999999999)}",
                       f"https://space.bilibili.com/{rng.randint(100000, 999999999)}",
                       f"https://www.xiaohongshu.com/user/profile/{''.join(rng.choice('0123456789abcdef') for _ in range(24))}",
                       f"https://www.douyin.com/user/MS4wLjABAAAA{''.join(rng.choice('abcdefghijkLMNOPQR0123456789') for _ in range(16))}",
                       f"https://github.com/{rng.choice(PIN)}{rng.randint(1, 99)}",
                       f"https://www.zhihu.com/people/{rng.choice(PIN)}-{rng.randint(10, 99)}"])


NICKZ = ["一只小胖橘", "momo不吃香菜", "喵了个咪", "夏天的风", "柠檬精本精", "土豆丝丝", "kiki酱", "北京吃货小分队长",
         "阿呆同学", "晚风吹", "芒果布丁", "小鹿乱撞"]


def zat(rng):
    return rng.choice(["@" + rng.choice(NICKZ), f"dy{d(rng, 9)}", f"{rng.choice(PIN)}_{d(rng, 3)}", "@" + rng.choice(PIN) + d(rng, 2)])


SLOTS = {
    "zf": lambda r: (full(r), "PERSON"),
    "zg": lambda r: (given(r), "PERSON"),
    "zw": lambda r: (r.choice(WORDISH), "PERSON"),
    "zx": lambda r: (xiao(r), "PERSON"),
    "zd": lambda r: (r.choice(DIE), "PERSON"),
    "zt": lambda r: (titled(r), "PERSON"),
    "zm": lambda r: (mob(r), "PHONE_NUMBER"),
    "zl": lambda r: (land(r), "PHONE_NUMBER"),
    "za": lambda r: (addr_estate(r), "LOCATION"),
    "zr": lambda r: (addr_road(r), "LOCATION"),
    "zh": lambda r: (addr_inst(r), "LOCATION"),
    "zid": lambda r: (cn_id(r), "CN_ID_CARD"),
    "zpp": lambda r: (cn_pass(r), "CN_PASSPORT"),
    "zbk": lambda r: (cn_bank(r), "CN_BANK_CARD"),
    "cc": lambda r: (card(r), "CREDIT_CARD"),
    "qq": lambda r: (qq(r), "QQ_NUMBER"),
    "wx": lambda r: (wx(r), "WECHAT_ID"),
    "zp": lambda r: (plate(r), "LICENSE_PLATE"),
    "zem": lambda r: (zem(r), "EMAIL_ADDRESS"),
    "zurl": lambda r: (zurl(r), "URL"),
    "zat": lambda r: (zat(r), "USERNAME"),
    "ip": lambda r: (ip(r), "IP_ADDRESS"),
    "t": lambda r: (r.choice(["明天", "周六", "下午三点", "今晚", "后天上午", "周日中午", "八点半"]), None),
    "y": lambda r: (r.choice(["38", "120", "25.5", "199", "66", "800", "1500", "12.8"]), None),
}

ZH_TEMPLATES = [
    # bare given names as subjects of everyday verbs
    "{zg}约我{t}去爬山，你去不去",
    "{zg}问你要不要一起拼车",
    "{zg}带孩子去打疫苗了，晚点回",
    "{t}{zg}来不来啊",
    "{zg}去超市了，要买啥跟她说",
    "{zg}买了两箱橙子，分你一箱",
    "{zg}帮我取了快递，放你门口了",
    "{zg}说她{t}到，让我们先吃",
    "让{zg}给你发个定位",
    "刚才{zg}打电话说车坏在半路了",
    "{zg}跟{zg}吵架了，你劝劝",
    "{zw}说国庆不回来了",
    "{zw}今天值班，{zw}替他去开家长会",
    "我跟{zw}说好了，{t}去看房",
    "{zg}！！！你快递到了🙄",
    "{zg}你妈让你回个电话",
    "晚上{zg}请客，地点在他家 {za}",
    "麻烦{zg}把钥匙给{zx}",
    # 小X 老X 阿X
    "{zx}今天请假了，班上的事找{zx}",
    "{zx}说他手机没电了，有事打他老婆电话 {zm}",
    "叫{zx}别等了我们先走",
    "{zx}你到哪了",
    "{zx}借我的充电宝还没还🙃",
    "{zx}和{zx}都报名了周末的羽毛球",
    "老板说让{zx}去送货，地址：{zr}",
    "{zx}他爸住院了，在{zh}，大家有空去看看",
    # 叠字
    "{zd}今天在幼儿园吃了两碗饭👍",
    "{zd}妈妈，{zd}的水杯落在我们家了",
    "{zd}发烧了，明天请假一天",
    "我们家{zd}和你们家{zd}同班吧",
    "{zd}奶奶来接，电话{zm}",
    "{zd}的生日派对{t}，在{za}，带小朋友来玩",
    # 姓+称谓
    "{zt}您好，合同我已经发您邮箱了 {zem}",
    "{zt}，下午的会改到三点了",
    "找{zt}签字，他办公室在{zr}",
    "{zt}说这个月房租可以晚几天",
    "{zt}人很好，推荐给你，电话{zm}",
    "今天{zt}的课调到周四了",
    "{zt}，我家水管又漏了，{za}，麻烦您上来看看",
    "感谢{zt}和{zt}的照顾🙏",
    "{zt}让我转告你，体检报告出来了",
    "物业{zt}：{za}的业主请尽快挪车，车牌{zp}",
    "@{zt} 收到请回复",
    "{zt}好！我是{zd}家长，{zd}今天身体不舒服请假一天",
    # full names
    "{zf}，{zm}，{za}",
    "收件人：{zf} 电话：{zm} 地址：{za}",
    "{zf} {zm} {zr}",
    "寄到{zr}，{zf}收，电话{zm}",
    "快递放驿站了，{zf}，取件时报手机尾号就行，完整号码{zm}",
    "外卖备注：放{za}门口，别敲门孩子在睡觉，有事打{zm}",
    "骑手已到达{zh}，请{zf}下楼取餐",
    "转账给{zf} {y}元（{t}聚餐AA）",
    "{zf}向你转账{y}.00元",
    "已收到{zf}的转账",
    "支付宝转账 {zf} 卡号{zbk}",
    "工资卡是{zbk}，开户行工商银行，户名{zf}",
    "麻烦打到这张卡 {zbk} {zf}",
    "房租打到{zt}卡上：{zbk}",
    "信用卡号{cc}，有效期08/28，帮我订一下机票",
    "身份证号{zid}，名字{zf}，帮我挂个号",
    "我身份证{zid}你帮我填一下",
    "姓名 {zf}\n身份证 {zid}\n手机 {zm}",
    "乘车人：{zf}，证件：{zid}；{zf}，证件：{zid}",
    "护照号{zpp}，{zf}，签证材料齐了",
    "孩子护照{zpp}，我的是{zpp}",
    "我的QQ是{qq}，加我发你文件",
    "qq{qq}，验证写{zg}",
    "加我微信{wx}，备注租房",
    "微信号 {wx} 手机 {zm} 都可以找到我",
    "V：{wx}",
    "有意者联系{zt}，vx {wx}",
    "租房：{za}，两室一厅，房东{zt}，电话{zm}",
    "急租！{za}，拎包入住，联系{zx} {zm}",
    "看房地址{zr}，到了打{zm}",
    "车牌{zp}的车主请挪车，堵住消防通道了",
    "{zf}的车{zp}停在{za}楼下",
    "我车牌{zp}，帮我登记一下访客车位",
    "{zf}的邮箱{zem}，简历发这里",
    "简历请投递至{zem}，注明姓名",
    "关注一下{zx}的B站 {zurl}",
    "我的小红书{zurl}，求关注😂",
    "{zd}妈妈开了个抖音{zat}，卖自家水果的",
    "微博{zat}就是{zg}的小号",
    "服务器IP {ip}，账号找{zx}要",
    "异地登录提醒：你的账号在{ip}登录，如非本人操作请修改密码",
    # 家长群
    "@全体成员 请{zd}、{zd}、{zd}的家长明天带孩子的户口本复印件",
    "各位家长好，我是{zd}爸爸，{t}的亲子活动{zd}请假",
    "{zt}：收到，谢谢{zt}",
    "家长群通知：家委会{zf}、{zf}负责采购，钱转给{zf}",
    "{zd}把{zd}的铅笔盒拿回家了，明天还",
    # 医院
    "{zf}，男，45岁，{zh}，家属电话{zm}",
    "挂了{zt}的号，周三上午9点",
    "{zt}说我妈{t}可以出院，床位在{zh}",
    "陪床的是{zg}，有事打{zm}",
    "医保卡和身份证{zid}都带了",
    # 物业
    "物业通知：{za}业主{zf}，您的快递放在物业前台",
    "{za}的邻居，你家空调水滴到我们阳台了",
    "报修：{za}，卫生间漏水，联系人{zx}，{zm}",
    "{zt}，楼下{za}装修太吵了能不能管管",
    # 口语、语音转文字
    "喂{zg}啊我是{zx}啊我现在在{zr}门口你出来接我一下吧我找不到路",
    "那个我跟你说啊{zg}他爸让他明天去{zh}复查你记得提醒他",
    "妈我到了，{zx}来接的，他说问你好",
    "{zg}呀，你{zt}{t}过来吃饭，你也来吧",
    "刚才{zm}打来说是快递员，我没接，是不是{zg}的",
    "这个号{zm}老给我打电话，谁啊",
    "存一下：{zf} {zm}",
    "新号码{zm}，旧的不用了，{zx}",
    "姐，{zg}的新手机号是{zm}，你存一下",
    "紧急联系人：{zf}（母亲）{zm}",
    "{zt}的座机{zl}，手机{zm}",
    "办公室电话{zl}，找{zt}",
    # 朋友圈
    "今天是{zd}三岁生日🎂 谢谢{zx}和{zx}来捧场",
    "祝{zg}新婚快乐！早生贵子💕",
    "和{zx}、{zx}、{zx}的周末火锅局🍲",
    "恭喜{zf}考上研究生！",
    "{zg}姐姐送的花好看吗🌸",
    "谢谢{zt}一路的照顾，毕业快乐！",
    # 快递/外卖
    "【菜鸟驿站】您的包裹已到{zr}，取件码3-2-1108，收件人{zf}",
    "顺丰：{zf} {zm} {za}",
    "配送地址：{zh}，联系人：{zt}，电话：{zm}",
    "外卖到了放{zh}，{zf}取",
    "收货信息：{zf}，{zm}，{zr}，{za}",
    "买家留言：发货前打电话{zm}，收件人{zx}",
    # 混合
    "{zf}、{zf}、{zf}，这三个人报销的单子都在我这",
    "{zg}把{zt}的电话给我了：{zm}",
    "{zx}说平安夜去{zg}家过",
    "{zw}说他今天不去朝阳公园了",
    "开会名单：{zf}（财务）{zf}（行政）{zt}",
    "押金退到{zg}的卡{zbk}",
    "快捷支付绑定银行卡{zbk}，持卡人{zf}",
    "实名认证：{zf} {zid}",
    "报名表\n姓名：{zf}\n身份证号：{zid}\n联系电话：{zm}\n家庭住址：{za}",
    "开房登记：{zf} {zid}，同住{zf} {zid}",
]

ZH_TEMPLATES_NOP = [
    "电话{zm}，到了打给我",
    "手机号{zm}，微信同号",
    "{zm} 有事打这个",
    "号码换了，新的{zm}",
    "座机{zl}，工作日9点到5点",
    "快递寄到{za}",
    "地址：{zr}",
    "我家在{za}，上来吧",
    "定位发你了，{zr}，进门左转",
    "送到{zh}就行",
    "新家地址{za}，欢迎来玩",
    "{za}，门口放着就行，谢谢",
    "身份证：{zid}",
    "证件号 {zid}",
    "{zid}",
    "护照{zpp}",
    "银行卡{zbk}",
    "卡号：{zbk} 建行",
    "{zbk}，转这张",
    "信用卡{cc}还款日是15号",
    "QQ：{qq}",
    "加qq {qq} 发文件",
    "我QQ号{qq}，群号不对",
    "微信：{wx}",
    "vx：{wx}，加的时候备注一下",
    "wx {wx}",
    "车牌号{zp}",
    "{zp}这辆车违停了",
    "邮箱{zem}",
    "发到{zem}，谢谢",
    "{zurl} 这是我的主页",
    "抖音搜{zat}",
    "登录IP：{ip}",
    "路由器后台 {ip}",
]

ZH_NONE = [
    "今天好热啊🥵", "明天降温，记得加衣服", "晚上吃什么", "收到", "好的好的", "哈哈哈哈笑死", "我到了",
    "地铁又晚点了", "周末一起去爬山吗", "这个月电费好贵", "孩子作业写完了吗", "记得带伞", "电梯又坏了",
    "楼下新开了家奶茶店", "明天几点集合", "群里谁有充电宝", "快递到了吗", "晚安🌙", "早上好☀️", "辛苦了",
    "收到，谢谢老师", "明天放假吗", "水费交了没", "今天加班，不回来吃饭了", "外卖怎么还没到", "好久不见",
    "这周六有空吗", "电影几点的", "请大家按时提交作业", "小区门口修路，绕一下", "宝子们冲啊", "亲，已发货",
    "师傅，能快一点吗", "老板，来两碗面", "家人们谁懂啊", "天天加班受不了了", "马上到", "在路上了",
    "记得打卡", "下午的会取消了", "帮我带杯咖啡", "今天停水", "周末愉快", "别忘了交班费", "都到齐了吗",
    "我先下了", "这家店还不错", "排队排了一个小时", "我也想去", "算了吧", "没事没事", "谢谢大家",
    "明天见", "可以的", "再说吧", "多喝热水", "太好吃了吧", "这也太贵了", "想回家", "冲冲冲",
]

HARD_PARTS = {
    "shop": ["张亮麻辣烫", "杨国福麻辣烫", "陈记肠粉", "刘一手火锅", "李先生牛肉面", "马记永兰州拉面", "张妈妈特色川菜",
             "王婆大虾", "钱大妈", "阿香米线", "小杨生煎", "老乡鸡", "小龙坎", "沙县小吃", "黄焖鸡米饭", "外婆家",
             "太二酸菜鱼", "巴奴毛肚火锅", "西贝莜面村", "南京大牌档", "胖东来", "周黑鸭", "绝味鸭脖", "老王烧烤",
             "赵记传承", "吴裕泰", "谭鸭血", "陶陶居", "袁记云饺", "郭家炸鸡", "阿甘锅盔", "曾三鲜", "何师烧烤"],
    "brand": ["王老吉", "老干妈", "李宁", "海底捞", "喜茶", "蜜雪冰城", "瑞幸", "霸王茶姬", "钟薛高", "来伊份",
              "良品铺子", "三只松鼠", "百草味", "小米", "华为", "老凤祥", "周大福", "周生生", "六福珠宝", "白象",
              "康师傅", "统一", "农夫山泉", "娃哈哈", "光明牛奶", "蒙牛", "伊利", "元气森林", "茶颜悦色", "古茗",
              "沪上阿姨", "书亦烧仙草", "七分甜", "安踏", "特步", "鸿星尔克", "美的", "格力", "大疆", "名创优品"],
    "mall": ["万达广场", "大悦城", "银泰城", "龙湖天街", "万象城", "吾悦广场", "太古里", "王府井百货", "来福士",
             "凯德MALL", "宜家", "山姆会员店", "盒马鲜生", "永辉超市", "正佳广场", "国金中心", "环球港", "春熙路IFS"],
    "dish": ["麻婆豆腐", "宫保鸡丁", "东坡肉", "叫花鸡", "左宗棠鸡", "夫妻肺片", "佛跳墙", "宋嫂鱼羹", "东坡肘子",
             "西湖醋鱼", "北京烤鸭", "过桥米线", "老妈蹄花", "钟水饺", "赖汤圆", "龙抄手", "担担面", "王八汤",
             "陈皮鸭", "李庄白肉", "张飞牛肉", "文昌鸡", "白切鸡", "周村烧饼", "马拉糕"],
    "place": ["朝阳区", "平安里", "光明区", "和平区", "胜利街", "向阳路", "建国门", "国庆路", "长安街", "南京西路",
              "人民路", "解放碑", "春熙路", "西湖", "黄山", "张家界", "周庄", "马鞍山", "石家庄", "常州", "金华", "丽江",
              "三里屯", "五道口", "陆家嘴", "宽窄巷子", "江汉路", "东门", "王府井", "高新区"],
    "hosp": ["协和医院", "华西医院", "湘雅医院", "同济医院", "市一医院", "妇幼保健院", "口腔医院", "中医院", "社区卫生服务中心"],
    "school": ["实验小学", "市一中", "外国语学校", "师大附中", "幼儿园", "少年宫", "老年大学", "驾校"],
    "n": ["订单号2024051722001456780012", "取件码8-3-2107", "取件码12-4-6031", "车次G1375", "航班CA1831",
          "航班MU5137", "1806房", "B2层", "3号线", "K字头", "运单号SF1398827364510", "发票号码24312000000078215643",
          "工单号GD20240612003", "桌号A12", "排号158", "第37号", "4号口", "2号线转10号线", "5G套餐199元",
          "iPhone 15 Pro", "Mate 60", "98分", "3比1", "1.5倍速", "ISBN 978-7-5442-9711-1", "型号KFR-35GW"],
    "call": ["师傅", "老板", "亲", "美女", "帅哥", "宝子们", "家人们", "姐妹们", "阿姨", "老师", "快递小哥",
             "外卖小哥", "前台小姐姐", "大爷", "各位家长", "业主们", "同学们", "领导", "老铁", "兄弟"],
    "code": ["取件码8-3-2107", "取件码12-4-6031", "取件码3-1-5528", "取餐码A037", "提货码615820"],
    "ord": ["订单号2024051722001456780012", "运单号SF1398827364510", "运单号YT7512239840021", "发票号码24312000000078215643", "工单号GD20240612003"],
    "train": ["G1375", "D2214", "CA1831", "MU5137", "K1158", "G7", "3U8633"],
    "line": ["3号线", "2号线转10号线", "1号线", "机场快轨", "5路公交", "夜班N12"],
    "tab": ["桌号A12", "排号158", "第37号", "包间牡丹厅", "4号桌"],
    "price": ["¥38.5", "29.9元", "199元", "12块", "一百八", "两块五", "3.8折", "满300减50", "68元/位", "9.9包邮"],
}

ZH_HARD = [
    "{shop}的麻辣烫越来越贵了，{price}",
    "{mall}新开了一家{brand}，排队的人好多",
    "今天去{place}吃了{dish}，{call}们冲",
    "{call}，这个{dish}还有吗",
    "{brand}出新品了，{price}",
    "{code}，记得去拿",
    "在{mall}的{shop}等你，{tab}",
    "{hosp}挂号太难了，凌晨就排队",
    "{school}门口那家{shop}关门了",
    "王老吉和加多宝到底哪个是正宗的",
    "周末去周庄玩，顺便吃了万三蹄",
    "马上到，在{place}堵车了",
    "黄金又涨价了，老凤祥一克快七百了",
    "白天上班晚上还要加班",
    "方便的话帮我带份{dish}",
    "周末{mall}有活动，满减",
    "高兴！{train}抢到票了",
    "王者荣耀又输了三把",
    "温度降到5度了，{call}们注意保暖",
    "常常想起小时候吃的{dish}",
    "江湖菜还是得去重庆吃",
    "林荫道上的银杏黄了🍂",
    "国庆节去哪玩",
    "国庆假期{place}人山人海",
    "平安夜去{mall}看灯",
    "光明牛奶打折，{price}",
    "朝阳区今天限号",
    "和平饭店的下午茶{price}",
    "胜利路那边修地铁，绕行",
    "向阳花开，春天来了",
    "天天加班，天天吃{shop}",
    "多多买菜比{mall}便宜",
    "拼多多砍一刀，{call}们帮帮忙",
    "乐乐茶和{brand}哪个好喝",
    "甜甜圈买一送一",
    "贝贝南瓜{price}一个",
    "康师傅红烧牛肉面永远的神",
    "张飞牛肉当伴手礼挺好",
    "钱大妈晚上七点后打折",
    "老干妈是下饭神器",
    "小米su7提车了没",
    "李宁的新款跑鞋{price}",
    "周大福的金饰今天搞活动",
    "沪上阿姨出了杨枝甘露",
    "宋嫂鱼羹是西湖边的名菜",
    "东坡肉还是{place}的好吃",
    "左宗棠鸡在美国中餐馆很常见",
    "赖汤圆、龙抄手、钟水饺，成都三大小吃",
    "陈皮要放三年以上才好",
    "老王烧烤今天不营业",
    "何师烧烤的烤脑花绝了",
    "{shop}搬到{place}了",
    "师傅，麻烦开一下后备箱",
    "{call}，帮我看下这件衣服有没有M码",
    "小哥辛苦了，放门口就行",
    "{call}，这单能不能便宜点",
    "{call}好，本店新品上市",
    "{call}，请问{hosp}怎么走",
    "{call}，{school}几点放学",
    "亲，您的订单已发出，{ord}",
    "亲，七天无理由退货哦",
    "宝子们，{brand}联名款上新啦",
    "家人们，{price}的{dish}值不值",
    "坐{line}，到{place}站下车",
    "坐{line}，{place}出口",
    "考了98分，全班第三，奖励一杯{brand}",
    "国足1比3输了，意料之中",
    "{ord}已经签收",
    "话费充了100，订单号2024051722001456780012",
    "{mall}停车场B2层C区，别忘了",
    "下周三{hosp}体检，空腹",
    "{school}报名截止到月底",
    "{school}的校服{price}一套",
    "{hosp}的停车场太难停了",
    "楼下{brand}专卖店在装修",
    "{place}地铁站A口出来就是{mall}",
    "从{place}到{place}打车{price}",
    "{brand}和{brand}联名了",
    "今天中午吃{dish}还是{dish}",
    "点了份{dish}，{price}，分量好少",
    "{shop}新出的套餐{price}",
    "{shop}在{mall}四楼",
    "{call}，你们家{dish}辣不辣",
    "金华火腿炖汤",
    "常州的萝卜干很好吃",
    "石家庄的驴肉火烧",
    "马鞍山长江大桥通车了",
    "张家界的天门山太震撼了",
    "黄山的日出值得早起",
    "丽江古城人太多了",
    "石榴熟了，甜得很",
    "白菜{price}一斤",
    "高铁{train}晚点二十分钟",
    "{brand}的充电宝借了忘还",
    "田园风的装修好看",
    "方便面加个蛋",
    "江边风好大",
    "龙虾季又到了",
    "毛豆配啤酒",
    "金针菇涨价了",
    "常温保存，开封后冷藏",
    "雷阵雨，出门带伞",
    "熊猫基地早上去人少",
    "罗汉果泡水喝",
    "洪水退了，{place}恢复通车",
    "宋体还是微软雅黑",
    "关东煮{price}三串",
    "包子铺老板人很好",
    "修车铺师傅说要换轮胎",
    "快递站的阿姨说下午再来",
    "医院的护士态度很好",
    "学校的老师都很负责",
    "主任医师号放在周三",
    "班主任让交{price}班费",
    "房东说下月涨租",
    "物业说电梯周四维修",
    "司机师傅绕路了",
    "王府井小吃街好多人",
    "建国门到国贸三站地",
    "长安街晚上灯很好看",
    "南京西路逛街",
    "解放碑的火锅",
    "陆家嘴看夜景",
    "三里屯太古里买咖啡",
    "五道口的雪糕",
]


def _fill_hard(t, rng):
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(HARD_PARTS[m.group(1)]), t)


def build(rng: random.Random, n_lab=400, n_none=60, n_hard=400):
    lines = []
    seen = set()
    order = []
    while len(lines) < n_lab - n_none:
        if not order:
            order = list(ZH_TEMPLATES + ZH_TEMPLATES_NOP * 3)
            rng.shuffle(order)
        t = order.pop()
        text, ents = fill(t, SLOTS, rng)
        if text in seen:
            continue
        seen.add(text)
        lines.append({"text": text, "entities": ents})
    nt = list(ZH_NONE)
    rng.shuffle(nt)
    for t in nt[:n_none]:
        lines.append({"text": t, "entities": []})
    rng.shuffle(lines)
    hard, hseen = [], set()
    i = 0
    while len(hard) < n_hard:
        t = ZH_HARD[i % len(ZH_HARD)]
        i += 1
        s = _fill_hard(t, rng)
        if s in hseen:
            continue
        hseen.add(s)
        hard.append({"text": s})
    rng.shuffle(hard)
    return lines, hard
