"""Blind held-out set 4: three fictional personas in real export layouts. Stdlib only, deterministic."""
import csv, io, json, os, random, shutil
from datetime import datetime, timedelta, timezone, date
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personas")
UTC = timezone.utc


def write(base, rel, data, enc="utf-8"):
    p = os.path.join(base, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data.encode(enc) if isinstance(data, str) else data)


def days(start, end):
    d = start
    while d <= end:
        yield d
        d += timedelta(days=1)


ZH_SUF = ["", "", "", "", "", "啊", "哈哈", "😂", "~", "！", "[捂脸]", "[呲牙]", "嘛", "👌", "。。。"]
EN_SUF = ["", "", "", "", "", " lol", " x", " 😂", "!!", " haha", " tbh", "...", " 🙃", " ngl", "?"]


def simulate(rng, chats, start, end, tz, wake, bed, me):
    """chats: list of dict(title, kind, people, rate, lines(rng,day)->(author,text)). Returns per-chat message lists
    [(local_dt, author, text)]. All messages fall between wake and bed (local)."""
    out = {c["title"]: [] for c in chats}
    for d in days(start, end):
        for c in chats:
            n = rng.choice(c["rate"])
            if n == 0:
                continue
            t0 = rng.randint(wake * 60 + 20, bed * 60 - 60 - 3 * n)
            t = t0
            for i in range(n):
                for _ in range(4):
                    a, txt = c["gen"](rng, d, i)
                    if not out[c["title"]] or out[c["title"]][-1][2] != txt:
                        break
                if c.get("vary", True) and isinstance(txt, str) and not txt.startswith("["):
                    zh = any("\u4e00" <= ch <= "\u9fff" for ch in txt)
                    txt += rng.choice(ZH_SUF if zh else EN_SUF)
                ldt = datetime(d.year, d.month, d.day, t // 60, t % 60, rng.randint(0, 59))
                out[c["title"]].append((ldt, a, txt))
                t += rng.randint(0, 3)
    return out


def plant(msgs, title, ldt, author, text):
    msgs[title].append((ldt, author, text))


def fin(msgs):
    for k in msgs:
        msgs[k].sort(key=lambda m: m[0])


def angry_lines(subjects, verbs, tails, n, rng, joiner=" "):
    combos = [(s, v, t) for s in subjects for v in verbs for t in tails]
    rng.shuffle(combos)
    res = []
    for s, v, t in combos[:n]:
        res.append(joiner.join([s, v, t]).strip())
    assert len(set(res)) == n
    return res


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x = x - 9 if x > 9 else x
        s += x
    return s % 10 == 0


def luhn_make(prefix15):
    for c in "0123456789":
        if luhn_ok(prefix15 + c):
            return prefix15 + c


def cn_id(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


# ---------------------------------------------------------------- persona 1: 广州
def zh6():
    pid = "zh6_guangzhou"
    base = os.path.join(OUT, pid)
    rng = random.Random(4601)
    tz = ZoneInfo("Asia/Shanghai")
    start, end = date(2024, 3, 1), date(2024, 7, 14)
    me = "梁嘉欣"
    my_wx = "wxid_ljx8827gz"
    home = (23.12874, 113.32921)
    work = (23.13715, 113.38452)
    idno = cn_id("44010619860517352")
    card = luhn_make("621700360001828")
    # contacts: remark names
    husband, mum, sis, colleague = "老公", "妈咪", "嘉敏", "财务部-何姐"
    group = "珠江新城业主群"
    risky = "骆振邦"
    gmembers = ["骆振邦", "陈生", "Amy黄", "阿强", "黎姨"]

    def g_h(r, d, i):
        a = r.choice([me, husband])
        if a == me:
            t = r.choice(["今晚食咩啊", "我加班，你先接仔仔放学", "记得买餸", "落雨啊带遮", "到屋企未", "仔仔作业你睇下",
                          "今日好攰😮‍💨", "我快放工", "周末返妈咪度饮茶？", "老公，电费交咗未", "我喺地铁上", "帮我拎个快递",
                          "今晚煲咗汤", "嗯嗯", "好", "你又打机？早啲训啦", "明天我去光孝寺上香，初一嘛", "血压计冇电池了"])
        else:
            t = r.choice(["老婆，我今晚应酬", "买咗叉烧", "仔仔话想食麦当劳", "收到", "OK", "我开紧车", "停车场满晒",
                          "你几点收工", "我去接佢", "🙏", "车要年检了", "周日我约咗阿强踢波", "哈哈哈", "得啦得啦",
                          "今晚我煮", "你降压药食咗未？"])
        return a, t

    def g_m(r, d, i):
        a = r.choice([me, mum, mum])
        if a == me:
            t = r.choice(["妈，食咗饭未", "妈咪我周六返来", "你膝头好啲未", "天气凉记得着多件衫", "我转咗钱俾你",
                          "嗯知道了", "下礼拜带仔仔返来", "妈你别太省", "好的妈咪", "我初一十五都有食斋啊"])
        else:
            t = r.choice(["阿欣，食咗饭未", "煲咗老火汤，返来饮", "仔仔乖唔乖", "你血压要注意啊", "得闲返嚟",
                          "菜市场啲菜又起价", "你爸成日睇电视", "记得食药", "[语音]", "唔好咁夜训", "好啦"])
        return a, t

    def g_s(r, d, i):
        a = r.choice([me, sis])
        if a == me:
            t = r.choice(["家姐喺度", "妹，你考完试未", "周末行街？", "哈哈哈笑死", "帮我睇下呢件衫", "好靓",
                          "你男朋友几时带返来", "妈咪话你又唔返屋企", "😂😂", "天河城见"])
        else:
            t = r.choice(["姐！", "我下个月去深圳面试", "好烦啊", "借我你条裙", "你睇咗条片未", "仲未考完😭",
                          "几点到", "我喺天河城门口", "好啊", "姐你最好了💕", "妈又念我"])
        return a, t

    def g_c(r, d, i):
        if d.weekday() >= 5:
            return r.choice([me, colleague]), r.choice(["周末唔好谂工作😂", "收到", "好"])
        a = r.choice([me, colleague])
        if a == me:
            t = r.choice(["何姐，凭证我放你桌上了", "报销单审完了", "月结几时截止？", "增值税发票核对好了", "收到",
                          "好的何姐", "我下午去银行", "我今天晚一点到", "对账表发你邮箱了", "总账还差两笔"])
        else:
            t = r.choice(["小梁，下午开会", "这张发票抬头错了", "老板要季度报表", "辛苦啦", "税务局那边回复了",
                          "明天审计来", "工资表核一下", "好", "饭堂今日有烧鹅", "帮我打印下"])
        return a, t

    rants = angry_lines(
        ["物业费又涨", "房价跌成这样", "那些专家", "上面的政策", "楼市救市", "开发商烂尾", "学区房新规", "城管执法", "公积金新政",
         "地方财政"],
        ["根本就是骗老百姓！", "完全不顾我们死活！！", "简直荒唐😡", "就是官僚主义搞出来的！", "谁负责？没人负责！",
         "说一套做一套！", "纯属折腾人民！", "害死多少家庭！"],
        ["", "气死我了", "大家醒醒吧", "必须投诉到底"], 90, rng)
    ridx = [0]

    def g_g(r, d, i):
        if r.random() < 0.55 and ridx[0] < len(rants):
            ridx[0] += 1
            return risky, rants[ridx[0] - 1]
        a = r.choice(gmembers[1:] + [me])
        t = r.choice(["电梯又坏了", "今晚停水通知大家留意", "谁家的快递放错门口", "楼下新开了家茶餐厅", "收到",
                      "👍", "物业几点上班", "小区门禁卡去哪里办", "谢谢分享", "骆生冷静啲啦", "停车场好多外来车"])
        return a, t

    chats = [
        dict(title=husband, wx="wxid_zhuoming_wei", gen=g_h, rate=[1, 2, 4, 6, 8, 5, 7]),
        dict(title=mum, wx="wxid_mama1958", gen=g_m, rate=[0, 0, 2, 3, 5]),
        dict(title=sis, wx="jiamin_0303", gen=g_s, rate=[0, 0, 2, 4]),
        dict(title=colleague, wx="wxid_hexiaohong77", gen=g_c, rate=[0, 1, 2, 3]),
        dict(title=group, wx="20938475621@chatroom", gen=g_g, rate=[0, 1, 2, 2, 3], vary=False),
    ]
    msgs = simulate(rng, chats, start, end, tz, 7, 23, me)
    pii = []
    P = lambda f, t, v: pii.append({"file": f, "entity_type": t, "value": v})
    fH = f"wechat/{husband}.csv"; fM = f"wechat/{mum}.csv"; fS = f"wechat/{sis}.csv"
    fC = f"wechat/{colleague}.csv"; fG = f"wechat/{group}.csv"
    dt = lambda m, dd, h, mi: datetime(2024, m, dd, h, mi, 7)
    plant(msgs, husband, dt(3, 12, 20, 10), me, "老公你身份证号几多？帮你网上办车年检")
    hid = cn_id("44010619830921441")
    plant(msgs, husband, dt(3, 12, 20, 14), husband, f"我嘅系 {hid[:6]} {hid[6:14]} {hid[14:]}，车牌粤A·7K3M9")
    P(fH, "CN_RESIDENT_ID", f"{hid[:6]} {hid[6:14]} {hid[14:]}")
    P(fH, "LICENSE_PLATE", "粤A·7K3M9")
    plant(msgs, colleague, dt(4, 8, 10, 5), colleague, "小梁，你身份证号发我一下，报个税")
    plant(msgs, colleague, dt(4, 8, 10, 9), me, idno)
    P(fC, "CN_RESIDENT_ID", idno)
    plant(msgs, colleague, dt(4, 8, 10, 12), me, "工资卡是建行 " + " ".join([card[:4], card[4:8], card[8:12], card[12:]]))
    P(fC, "CN_BANK_CARD", " ".join([card[:4], card[4:8], card[8:12], card[12:]]))
    plant(msgs, colleague, dt(4, 9, 9, 30), colleague, "我手机号换了：139-2875-0416，邮箱 hexiaohong@example.com")
    P(fC, "PHONE_NUMBER", "139-2875-0416"); P(fC, "EMAIL_ADDRESS", "hexiaohong@example.com")
    P(fC, "PERSON", "何晓红") ; plant(msgs, colleague, dt(4, 9, 9, 31), colleague, "全名何晓红，别写错啦")
    plant(msgs, sis, dt(5, 3, 19, 40), sis, "姐，我新号码 18620417735 存一下")
    P(fS, "PHONE_NUMBER", "18620417735")
    plant(msgs, sis, dt(5, 3, 19, 42), me, "好，梁嘉敏你个衰妹又换号😂")
    P(fS, "PERSON", "梁嘉敏")
    plant(msgs, mum, dt(3, 20, 18, 0), mum, "快递寄到 广州市天河区冼村路11号 华南新村3栋1204房 就得")
    P(fM, "ADDRESS", "广州市天河区冼村路11号 华南新村3栋1204房")
    plant(msgs, mum, dt(6, 2, 18, 20), mum, "我微信号 mama1958gz 你帮我加下你表妹")
    P(fM, "WECHAT_ID", "mama1958gz")
    plant(msgs, husband, dt(3, 30, 21, 0), me, "我血压又高咗，医生话系高血压，要长期食药")
    plant(msgs, husband, dt(5, 19, 21, 30), husband, "阿强又去澳门赌钱，输咗几万，唔好学佢")
    plant(msgs, group, dt(4, 15, 9, 12), "陈生", "我电话 137 1022 8841 有事搵我，卓伟明都认识我")
    P(fG, "PHONE_NUMBER", "137 1022 8841"); P(fG, "PERSON", "卓伟明")
    plant(msgs, husband, dt(6, 20, 22, 0), husband, "我全名写卓伟明，保险单填好了")
    P(fH, "PERSON", "卓伟明")
    # location shares from home and work
    locs = []
    for k in range(14):
        d = start + timedelta(days=7 * k + 2)
        if d.weekday() >= 5:
            d += timedelta(days=2)
        if k % 2:
            locs.append((husband, datetime(d.year, d.month, d.day, 8, 5 + k), me, work, "天河区科韵路16号广电科技大厦", "广州穗禾贸易有限公司"))
        else:
            locs.append((husband, datetime(d.year, d.month, d.day, 21, 10 + k), me, home, "天河区冼村路11号", "华南新村"))
    for title, ldt, a, (la, lo), label, poi in locs:
        jla = la + rng.uniform(-0.0006, 0.0006); jlo = lo + rng.uniform(-0.0006, 0.0006)
        msgs[title].append((ldt, a, ("LOC", jla, jlo, label, poi)))
    fin(msgs)
    assert all(not isinstance(t, str) or t for v in msgs.values() for _, _, t in v)
    # write PyWxDump CSVs
    counts = {}
    for c in chats:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id", "MsgSvrID", "type_name", "is_sender", "talker", "room_name", "msg", "src", "CreateTime"])
        n = 0
        for k, (ldt, a, t) in enumerate(msgs[c["title"]]):
            svr = str(7000000000000000000 + rng.randint(0, 10 ** 18))
            ts = f"{ldt.year}/{ldt.month}/{ldt.day} {ldt.hour}:{ldt.minute:02d}"
            talker = my_wx if a == me else a
            if isinstance(t, tuple):
                _, la, lo, label, poi = t
                body = f'<msg><location x="{la:.6f}" y="{lo:.6f}" scale="16" label="广东省广州市{label}" maptype="roadmap" poiname="{poi}" poiid="" /></msg>'
                w.writerow([k + 1, svr, "位置", int(a == me), talker, c["wx"], body, "", ts])
            elif t == "[语音]":
                w.writerow([k + 1, svr, "语音", int(a == me), talker, c["wx"], "", f"voice/{svr}.mp3", ts])
            else:
                w.writerow([k + 1, svr, "文本", int(a == me), talker, c["wx"], t, "", ts])
            n += 1
        counts[c["title"]] = n
        write(base, f"wechat/{c['title']}.csv", buf.getvalue(), "utf-8-sig")
    # WeChat Pay
    rows = []
    for d in days(start, end):
        for _ in range(rng.choice([0, 1, 2])):
            ldt = datetime(d.year, d.month, d.day, rng.randint(8, 21), rng.randint(0, 59), rng.randint(0, 59))
            shop, item, amt = rng.choice([("美宜佳(冼村店)", "便利店消费", 12.5), ("点都德(珠江新城店)", "早茶", 138.0),
                                         ("钱大妈(华南新村店)", "生鲜", 46.8), ("滴滴出行", "快车", 23.4), ("广州地铁", "乘车码", 4.0)])
            rows.append((ldt, "商户消费", shop, item, "支出", amt * rng.uniform(0.7, 1.4), "零钱", "支付成功", "/"))
    for m in range(3, 8):
        rows.append((datetime(2024, m, 10, 12, 3, 0), "转账", "妈咪", "转账备注:家用", "支出", 1500.0, "建设银行(" + card[-4:] + ")", "对方已收钱", "/"))
        rows.append((datetime(2024, m, 15, 10, 20, 0), "商户消费", "光孝寺", "香火功德", "支出", 50.0, "零钱", "支付成功", "/"))
    rows.append((datetime(2024, 5, 20, 20, 0, 0), "转账", "嘉敏", "转账备注:梁嘉敏生日快乐🎂", "支出", 520.0, "零钱", "对方已收钱", "/"))
    P("wechat_pay/微信支付账单(20240301-20240714).csv", "PERSON", "梁嘉敏")
    rows.sort(key=lambda r: r[0])
    inc = [r for r in rows if r[4] == "收入"]; exp = [r for r in rows if r[4] == "支出"]
    lines = ["微信支付账单明细,,,,,,,,,,", f"微信昵称：[嘉欣Joyce],,,,,,,,,,",
             "起始时间：[2024-03-01 00:00:00] 终止时间：[2024-07-14 23:59:59],,,,,,,,,,", "导出类型：[全部],,,,,,,,,,",
             "导出时间：[2024-07-15 20:11:46],,,,,,,,,,", ",,,,,,,,,,", f"共{len(rows)}笔记录,,,,,,,,,,",
             f"收入：{len(inc)}笔 {sum(r[5] for r in inc):.2f}元,,,,,,,,,,", f"支出：{len(exp)}笔 {sum(r[5] for r in exp):.2f}元,,,,,,,,,,",
             "中性交易：0笔 0.00元,,,,,,,,,,", "注：,,,,,,,,,,", "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易,,,,,,,,,,",
             "2. 本明细仅展示当前账单中的交易，不包括已删除的记录,,,,,,,,,,", "3. 本明细仅供个人对账使用,,,,,,,,,,", ",,,,,,,,,,",
             "----------------------微信支付账单明细列表--------------------,,,,,,,,,,",
             "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注"]
    for r in rows:
        tid = "4200002%015d" % rng.randint(0, 10 ** 15)
        lines.append(f'{r[0]:%Y-%m-%d %H:%M:%S},{r[1]},{r[2]},{r[3]},{r[4]},¥{r[5]:.2f},{r[6]},{r[7]},{tid}\t,{"10" + str(rng.randint(10**20, 10**21))}\t,{r[8]}')
    write(base, "wechat_pay/微信支付账单(20240301-20240714).csv", "\n".join(lines) + "\n")
    # Alipay (salary here)
    payer = "广州穗禾贸易有限公司"
    arows = []
    for m in range(3, 8):
        arows.append((datetime(2024, m, 5, 10, 2, 33), "转账红包", payer, "sh***@example.com", "工资 %d月" % (m - 1), "收入", "12850.00", "余额", "交易成功"))
        arows.append((datetime(2024, m, 8, 19, 12, 5), "生活服务", "广州供电局", "/", "电费", "支出", f"{rng.uniform(180, 420):.2f}", "余额", "交易成功"))
    for d in days(start, end):
        if rng.random() < 0.25:
            arows.append((datetime(d.year, d.month, d.day, rng.randint(9, 21), rng.randint(0, 59), rng.randint(0, 59)), "日用百货",
                          rng.choice(["天猫超市", "盒马鲜生", "淘宝店铺-小艾家居"]), "/", rng.choice(["纸巾", "洗衣液", "儿童水杯", "厨房用品"]),
                          "支出", f"{rng.uniform(15, 160):.2f}", "花呗", "交易成功"))
    arows.append((datetime(2024, 4, 21, 15, 0, 0), "医疗健康", "广州市第一人民医院", "/", "门诊缴费-心血管内科", "支出", "286.50", "余额", "交易成功"))
    arows.sort(key=lambda r: r[0], reverse=True)
    pad = lambda s, n: s + " " * max(1, n - len(s.encode("gbk")))
    al = ["-" * 84, "导出信息：", f"姓名：{me}", "支付宝账户：138****2206", "起始时间：[2024-03-01 00:00:00]    终止时间：[2024-07-14 23:59:59]",
          "导出交易类型：[全部]", "导出时间：[2024-07-15 20:30:12]", f"共{len(arows)}笔记录",
          f"收入：{sum(1 for r in arows if r[5]=='收入')}笔 {sum(float(r[6]) for r in arows if r[5]=='收入'):.2f}元",
          f"支出：{sum(1 for r in arows if r[5]=='支出')}笔 {sum(float(r[6]) for r in arows if r[5]=='支出'):.2f}元",
          "不计收支：0笔 0.00元", "", "特别提示：",
          "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；",
          "2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；",
          "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；",
          "4.本回单如经任何涂改、编造，均立即失去效力；", "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
          "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；", "7.禁止将本回单用于非法用途；",
          "8.本明细仅展示当前账单中的交易，不包括已删除的记录；", "9.本明细仅供个人对账使用。", "",
          "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------",
          ",".join(pad(h, 20) for h in ["交易时间", "交易分类", "交易对方", "对方账号", "商品说明", "收/支", "金额", "收/付款方式", "交易状态", "交易订单号", "商家订单号", "备注"]) + ","]
    for r in arows:
        oid = "2024%024d" % rng.randint(0, 10 ** 23)
        al.append(",".join([pad(f"{r[0]:%Y-%m-%d %H:%M:%S}", 20)] + [pad(x, 20) for x in r[1:]] + [oid + "\t", pad("", 20) + "\t", pad("", 20)]) + ",")
    write(base, "alipay/支付宝交易明细(20240301-20240714).csv", "\r\n".join(al) + "\r\n", "gbk")
    P("alipay/支付宝交易明细(20240301-20240714).csv", "PERSON", me)
    top = sorted(((counts[c["title"]], c["title"]) for c in chats if c["title"] != group), reverse=True)[:3]
    gt = {"schema_version": 1, "persona": pid, "fictional": True, "independent": True,
          "description": "Guangzhou accountant (会计) in her late 30s, married with a son; WeChat (PyWxDump CSV), WeChat Pay and Alipay bills.",
          "timezone": "Asia/Shanghai",
          "user": {"names": [me, "嘉欣Joyce"], "phones": [], "emails": [], "handles": [my_wx]},
          "pii": pii,
          "facts": {"home": {"lat": home[0], "lon": home[1], "radius_m": 300, "address": "广州市天河区冼村路11号 华南新村3栋1204房", "city": "广州"},
                    "work": {"lat": work[0], "lon": work[1], "radius_m": 300, "employer": payer},
                    "sleep_window": {"start": "22:30", "end": "07:00", "tolerance_min": 60},
                    "top_contacts": [{"name": t, "messages": n} for n, t in top],
                    "relationships": [{"name": husband, "relationship": "partner", "full_name": "卓伟明"},
                                      {"name": mum, "relationship": "mother", "full_name": ""},
                                      {"name": sis, "relationship": "sister", "full_name": "梁嘉敏"},
                                      {"name": colleague, "relationship": "colleague", "full_name": "何晓红"}],
                    "religion": {"value": "Buddhism"}, "health": {"value": "hypertension"}, "politics": {"value": False},
                    "financial_stress": {"value": False}, "gambling": {"value": False}, "gaming": {"value": False},
                    "salary": {"amount": "12850.00", "currency": "CNY", "payer": payer, "period": "monthly"},
                    "risky_contact": {"name": risky, "why": "posts 80+ distinct angry political rants in the 珠江新城业主群 group chat"}}}
    return base, gt, msgs, me


def mojibake(s):
    return s.encode("utf-8").decode("latin-1")


def ms(ldt, tz):
    return int(ldt.replace(tzinfo=tz).timestamp() * 1000)


def iso_z(ldt, tz):
    return ldt.replace(tzinfo=tz).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


# ---------------------------------------------------------------- persona 2: Sheffield
def enuk6():
    pid = "enuk6_sheffield"
    base = os.path.join(OUT, pid)
    rng = random.Random(4602)
    tz = ZoneInfo("Europe/London")
    start, end = date(2024, 8, 1), date(2024, 12, 13)
    me = "Dan Whitfield"
    home = (53.37212, -1.50384)   # Crookes-ish
    work = (53.40321, -1.40655)   # Meadowhall area
    gf, mum, mate, col = "Shaz 💛", "Mum", "Kez", "Priya Work"
    group = "Sunday League Lads ⚽"
    risky = "Gaz Pritchard"
    gm = ["Gaz Pritchard", "Kez", "Lewis Hart", "Tommo", "Big Al"]

    def g_gf(r, d, i):
        a = r.choice([me, gf])
        if a == me:
            t = r.choice(["morning gorgeous x", "on me way home now", "what we having for tea", "love you x", "cant wait to see u",
                          "shift ran over sorry babe", "ill pick up milk", "you ok?", "haha", "🥰", "rent's gonna be late again babe sorry",
                          "overdraft's maxed till payday", "just got paid thank god", "fancy a takeaway? oh wait skint 😂", "night night x"])
        else:
            t = r.choice(["morning babe x", "miss u", "have u eaten", "get bread pls", "omg my boss", "love u more",
                          "ur mum rang", "x", "haha ur an idiot", "Danny stop playing FIFA and come to bed 🙄", "did the council tax go out?",
                          "we need to sort the bills", "😘😘", "ok", "text me when ur on the tram"])
        return a, t

    def g_mum(r, d, i):
        a = r.choice([me, mum])
        if a == me:
            t = r.choice(["Hiya mum", "yeah all good", "will come Sunday", "love you mum x", "how's dad's back", "cheers mum",
                          "not much, working loads", "can i borrow 50 till friday? sorry"])
        else:
            t = r.choice(["Hello love, are you eating properly", "Your dad says hello", "Sunday dinner at 2", "Did you ring the doctors",
                          "Love you Daniel xx", "Auntie Jean's been to church again, praying for us all bless her", "Ring me when you can",
                          "Have you got your coat", "Ok love x"])
        return a, t

    def g_mate(r, d, i):
        a = r.choice([me, mate])
        if a == me:
            t = r.choice(["u on tonight?", "lobby in 10", "that last match was a joke", "need to grind the weekend league", "lmao",
                          "cant afford the new battle pass mate", "Blades were shocking", "pint friday?", "nah skint", "gg"])
        else:
            t = r.choice(["on in 5", "mate ur sweaty at FC25", "get on cod", "lol", "who's playing", "pub?", "did u see the ref",
                          "put a tenner on the Owls for me at Bet365 haha", "ya", "gg ez"])
        return a, t

    def g_col(r, d, i):
        if d.weekday() >= 5:
            return r.choice([me, col]), r.choice(["have a good weekend!", "u too", "👍"])
        a = r.choice([me, col])
        if a == me:
            t = r.choice(["running 10 late, tram", "bay 4 is blocked again", "can you cover my break", "rota's out", "cheers Priya",
                          "the scanner's down", "see you at 7", "forklift cert next week"])
        else:
            t = r.choice(["morning!", "where are you", "manager's on the warpath", "loads of deliveries today", "ta", "brew?",
                          "lol", "I'll cover", "overtime on Sat if u want it"])
        return a, t

    rants = angry_lines(
        ["Westminster", "This government", "The Tories", "Starmer", "The energy companies", "The council", "Them lot in London",
         "The BBC", "The so called experts", "The NHS bosses"],
        ["are robbing us blind!!", "don't give a toss about the north", "want locking up 😡", "are a total disgrace",
         "lied AGAIN", "are bleeding working people dry", "should be ashamed", "have wrecked this country"],
        ["", "wake up people", "absolute joke", "I'm sick of it"], 90, rng)
    ridx = [0]

    def g_g(r, d, i):
        if r.random() < 0.6 and ridx[0] < len(rants):
            ridx[0] += 1
            return risky, rants[ridx[0] - 1]
        a = r.choice(gm[1:] + [me])
        return a, r.choice(["training thurs 7pm", "who's got the bibs", "gaz give it a rest mate", "kick off 10:30 sunday", "subs £5",
                            "I'm in", "can't make it", "😂😂", "who's driving", "3-1 lads get in", "pitch is waterlogged"])

    chats = [dict(title=gf, gen=g_gf, rate=[2, 4, 6, 8, 5, 6]), dict(title=mum, gen=g_mum, rate=[0, 0, 2, 3]),
             dict(title=mate, gen=g_mate, rate=[0, 2, 3, 5]), dict(title=col, gen=g_col, rate=[0, 1, 2, 3]),
             dict(title=group, gen=g_g, rate=[0, 1, 2, 3], vary=False)]
    msgs = simulate(rng, chats, start, end, tz, 7, 23, me)
    pii = []
    P = lambda f, t, v: pii.append({"file": f, "entity_type": t, "value": v})
    fGF = f"WhatsApp Chat with {gf}.txt"; fMum = f"WhatsApp Chat with {mum}.txt"; fG = f"WhatsApp Chat with {group}.txt"
    fKez = "your_facebook_activity/messages/inbox/kez_10234567891/message_1.json"
    fCol = "your_facebook_activity/messages/inbox/priyasharma_10298765432/message_1.json"
    dt = lambda m, dd, h, mi: datetime(2024, m, dd, h, mi, 12)
    plant(msgs, gf, dt(8, 6, 19, 2), gf, "whats ur NI number again for the council form")
    plant(msgs, gf, dt(8, 6, 19, 5), me, "JT 48 27 19 C")
    P(fGF, "UK_NINO", "JT 48 27 19 C")
    plant(msgs, gf, dt(9, 2, 20, 1), me, "new address for the form: Flat 3, 41 Crookesmoor Road, Sheffield S6 3FQ")
    P(fGF, "ADDRESS", "Flat 3, 41 Crookesmoor Road, Sheffield S6 3FQ")
    plant(msgs, gf, dt(9, 2, 20, 4), gf, "and put me down as Sharon Kaye not Shaz 😂 my mobile is 07700 900 417")
    P(fGF, "PERSON", "Sharon Kaye"); P(fGF, "PHONE_NUMBER", "07700 900 417")
    plant(msgs, mum, dt(10, 1, 18, 30), mum, "Daniel your NHS number from the letter is 943 476 5919")
    P(fMum, "UK_NHS", "943 476 5919")
    plant(msgs, mum, dt(10, 1, 18, 33), mum, "Dad's email is k.whitfield@example.net if you need him. Love Mum (Carol Whitfield)")
    P(fMum, "EMAIL_ADDRESS", "k.whitfield@example.net"); P(fMum, "PERSON", "Carol Whitfield")
    plant(msgs, mum, dt(11, 12, 17, 40), me, "Mum the payday loan people keep ringing, don't answer 0114 496 0321")
    P(fMum, "PHONE_NUMBER", "0114 496 0321")
    plant(msgs, group, dt(9, 15, 11, 2), "Lewis Hart", "subs to me please lads, sort code 04-00-75 acc 19283746, or ring +44 7700 900128")
    P(fG, "PHONE_NUMBER", "+44 7700 900128")
    plant(msgs, group, dt(8, 20, 21, 0), "Tommo", "anyone selling their car? mine failed MOT, YR68 KXE is dead")
    P(fG, "LICENSE_PLATE", "YR68 KXE")
    plant(msgs, mate, dt(9, 25, 20, 2), mate, "whats ur psn again")
    plant(msgs, mate, dt(9, 25, 20, 3), me, "DanTheMan_S6")
    P(fKez, "USERNAME", "DanTheMan_S6")
    plant(msgs, mate, dt(10, 20, 20, 10), mate, "my cousin Ryan Doyle wants in on the league, his email ryan.doyle@example.com")
    P(fKez, "PERSON", "Ryan Doyle"); P(fKez, "EMAIL_ADDRESS", "ryan.doyle@example.com")
    plant(msgs, col, dt(11, 5, 12, 20), col, "send me ur email for the overtime sheet")
    plant(msgs, col, dt(11, 5, 12, 22), me, "dan.whitfield@example.org")
    P(fCol, "EMAIL_ADDRESS", "dan.whitfield@example.org")
    plant(msgs, col, dt(11, 5, 12, 24), col, "ta. mine's priya.sharma@example.com, mob 07700900563")
    P(fCol, "EMAIL_ADDRESS", "priya.sharma@example.com"); P(fCol, "PHONE_NUMBER", "07700900563")
    fin(msgs)
    counts = {}
    # WhatsApp Android (dd/mm/yyyy, 24h)
    for title in (gf, mum, group):
        L = []
        if title == group:
            L.append("01/08/2024, 07:40 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.")
            L.append("01/08/2024, 07:41 - Big Al added you")
        else:
            L.append("01/08/2024, 07:40 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.")
        for ldt, a, t in msgs[title]:
            if rng.random() < 0.02:
                t = "<Media omitted>"
            L.append(f"{ldt:%d/%m/%Y, %H:%M} - {a}: {t}")
        counts[title] = len(msgs[title])
        write(base, f"WhatsApp Chat with {title}.txt", "\n".join(L) + "\n")
    # Messenger
    for title, full, path in ((mate, "Kez Doyle", fKez), (col, "Priya Sharma", fCol)):
        real = {mate: "Kez Doyle", col: "Priya Sharma"}[title]
        mm = []
        for ldt, a, t in reversed(msgs[title]):
            mm.append({"sender_name": mojibake(real if a != me else me), "timestamp_ms": ms(ldt, tz), "content": mojibake(t), "is_geoblocked_for_viewer": False})
        counts[title] = len(msgs[title])
        doc = {"participants": [{"name": mojibake(real)}, {"name": me}], "messages": mm, "title": mojibake(real),
               "is_still_participant": True, "thread_path": "inbox/" + path.split("/")[-2], "magic_words": []}
        write(base, path, json.dumps(doc, indent=2))
    # rename Messenger titles for ground truth (the export's title)
    titles = {gf: gf, mum: mum, mate: "Kez Doyle", col: "Priya Sharma"}
    P(fKez, "PERSON", "Kez Doyle"); P(fCol, "PERSON", "Priya Sharma")
    # Monzo (weekly wage)
    payer = "MEADOWHALL LOGISTICS LTD"
    rows = []
    bal = 0.0
    for d in days(start, end):
        if d.weekday() == 4:
            rows.append((d, "09:01:12", "Faster payment", payer, "", "Income", 512.40, "WAGES WK" + str(d.isocalendar()[1])))
        if d.day == 1:
            rows.append((d, "06:12:40", "Faster payment", "R HOLLINGWORTH LETTINGS", "", "Bills", -695.00, "RENT FLAT 3 41 CROOKESMOOR"))
        if d.day == 15:
            rows.append((d, "10:00:00", "Direct Debit", "Sheffield City Council", "", "Bills", -118.00, "COUNCIL TAX"))
        if rng.random() < 0.7:
            nm, cat, lo, hi = rng.choice([("Tesco", "Groceries", 4, 38), ("Greggs", "Eating out", 2, 7), ("Stagecoach Supertram", "Transport", 2.8, 5.6),
                                          ("Steam", "Entertainment", 4, 40), ("PlayStation Network", "Entertainment", 6.99, 69.99), ("Co-op", "Groceries", 3, 20)])
            rows.append((d, f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", "Card payment", nm, "", cat, -round(rng.uniform(lo, hi), 2), ""))
    for m, dd in ((8, 28), (9, 26), (10, 28), (11, 27)):
        rows.append((date(2024, m, dd), "11:30:00", "Faster payment", "QuidNow Ltd", "", "Income", 200.00, "LOAN ADVANCE"))
        rows.append((date(2024, m, dd), "23:59:00" if False else "18:00:00", "Fee", "Monzo", "", "Bills", -5.00, "Unarranged overdraft fee"))
    rows.sort(key=lambda r: (r[0], r[1]))
    hdr = ["Transaction ID", "Date", "Time", "Type", "Name", "Emoji", "Category", "Amount", "Currency", "Local amount", "Local currency",
           "Notes and #tags", "Address", "Receipt", "Description", "Category split", "Money Out", "Money In"]
    buf = io.StringIO(); w = csv.writer(buf, lineterminator="\n"); w.writerow(hdr)
    for d, t, ty, nm, emo, cat, amt, desc in rows:
        tid = "tx_0000" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(18))
        w.writerow([tid, d.strftime("%d/%m/%Y"), t, ty, nm, emo, cat, f"{amt:.2f}", "GBP", f"{amt:.2f}", "GBP", "", "", "", desc or nm.upper(), "",
                    f"{amt:.2f}" if amt < 0 else "", f"{amt:.2f}" if amt > 0 else ""])
    write(base, "Monzo Data Export - CSV (Thursday, 1 August 2024 - Friday, 13 December 2024).csv", buf.getvalue())
    # Semantic location history
    months = {}
    for d in days(start, end):
        lz = lambda h, mi: datetime(d.year, d.month, d.day, h, mi, 0)
        segs = []
        if d.weekday() < 5:
            plan = [("HOME", lz(0, 0), lz(7, 5)), ("MOVE", lz(7, 5), lz(7, 48)), ("WORK", lz(7, 48), lz(16, 5)),
                    ("MOVE", lz(16, 5), lz(16, 50)), ("HOME", lz(16, 50), lz(23, 59))]
        else:
            plan = [("HOME", lz(0, 0), lz(23, 59))]
        for kind, a, b in plan:
            if kind == "MOVE":
                frm, to = (home, work) if a.hour < 12 else (work, home)
                segs.append({"activitySegment": {"startLocation": {"latitudeE7": int(frm[0] * 1e7), "longitudeE7": int(frm[1] * 1e7)},
                                                 "endLocation": {"latitudeE7": int(to[0] * 1e7), "longitudeE7": int(to[1] * 1e7)},
                                                 "duration": {"startTimestamp": iso_z(a, tz), "endTimestamp": iso_z(b, tz)},
                                                 "distance": 8900, "activityType": "IN_TRAM", "confidence": "HIGH"}})
            else:
                p = home if kind == "HOME" else work
                segs.append({"placeVisit": {"location": {"latitudeE7": int((p[0] + rng.uniform(-3e-4, 3e-4)) * 1e7), "longitudeE7": int((p[1] + rng.uniform(-3e-4, 3e-4)) * 1e7),
                                                         "placeId": "ChIJ" + ("hOmE41crookes" if kind == "HOME" else "mEaDoWhAlLdc"),
                                                         "address": "41 Crookesmoor Rd, Sheffield S6 3FQ, UK" if kind == "HOME" else "Meadowhall Way, Sheffield S9 1EP, UK",
                                                         "name": "41 Crookesmoor Rd" if kind == "HOME" else "Meadowhall Logistics DC", "semanticType": "TYPE_" + kind},
                                            "duration": {"startTimestamp": iso_z(a, tz), "endTimestamp": iso_z(b, tz)}, "placeConfidence": "HIGH_CONFIDENCE"}})
        months.setdefault((d.year, d.month), []).extend(segs)
    for (y, m), segs in months.items():
        mname = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"][m - 1]
        write(base, f"Takeout/Location History (Timeline)/Semantic Location History/{y}/{y}_{mname}.json", json.dumps({"timelineObjects": segs}, indent=1))
    P(f"Takeout/Location History (Timeline)/Semantic Location History/2024/2024_OCTOBER.json", "ADDRESS", "41 Crookesmoor Rd, Sheffield S6 3FQ, UK")
    top = sorted(((counts[c["title"]], titles[c["title"]]) for c in chats if c["title"] != group), reverse=True)[:3]
    gt = {"schema_version": 1, "persona": pid, "fictional": True, "independent": True,
          "description": "Sheffield warehouse worker (~31), weekly wages, living with girlfriend; WhatsApp Android, Messenger, Monzo, Semantic Location History.",
          "timezone": "Europe/London",
          "user": {"names": [me, "Dan", "Danny", "Daniel"], "phones": [], "emails": ["dan.whitfield@example.org"], "handles": ["DanTheMan_S6"]},
          "pii": pii,
          "facts": {"home": {"lat": home[0], "lon": home[1], "radius_m": 300, "address": "Flat 3, 41 Crookesmoor Road, Sheffield S6 3FQ", "city": "Sheffield"},
                    "work": {"lat": work[0], "lon": work[1], "radius_m": 300, "employer": "Meadowhall Logistics Ltd"},
                    "sleep_window": {"start": "22:30", "end": "07:00", "tolerance_min": 60},
                    "top_contacts": [{"name": t, "messages": n} for n, t in top],
                    "relationships": [{"name": gf, "relationship": "partner", "full_name": "Sharon Kaye"},
                                      {"name": mum, "relationship": "mother", "full_name": "Carol Whitfield"},
                                      {"name": "Kez Doyle", "relationship": "close friend", "full_name": "Kez Doyle"},
                                      {"name": "Priya Sharma", "relationship": "colleague", "full_name": "Priya Sharma"}],
                    "religion": {"value": False}, "health": {"value": False}, "politics": {"value": False},
                    "financial_stress": {"value": True}, "gambling": {"value": False}, "gaming": {"value": True},
                    "salary": {"amount": "512.40", "currency": "GBP", "payer": payer, "period": "weekly"},
                    "risky_contact": {"name": risky, "why": "posts 80+ distinct angry political rants in the Sunday League group chat"}}}
    return base, gt, msgs, me


def us_time(ldt):
    h = ldt.hour % 12 or 12
    return f"{ldt.month}/{ldt.day}/{ldt:%y}, {h}:{ldt:%M:%S}\u202f{'AM' if ldt.hour < 12 else 'PM'}"


# ---------------------------------------------------------------- persona 3: Minneapolis
def enus6():
    pid = "enus6_minneapolis"
    base = os.path.join(OUT, pid)
    rng = random.Random(4603)
    tz = ZoneInfo("America/Chicago")
    start, end = date(2024, 9, 1), date(2025, 1, 15)
    me = "Maya Lindqvist"
    home = (44.94283, -93.25531)
    work = (44.99712, -93.24598)
    bro, dad, bff, col = "Jonah 🐻", "Dad", "Bri", "Theo (clinic)"
    group = "Powderhorn Block Club 🏡"
    risky = "Randy K"
    gm = ["Randy K", "Lupe Ortega", "Sam & Deb", "Marcus", "Jen (upstairs)"]

    def g_bro(r, d, i):
        a = r.choice([me, bro])
        if a == me:
            t = r.choice(["lol you're so dumb", "did you call mom", "dude the Vikings!!!", "hit the over again 😎", "up $60 on DraftKings last night",
                          "parlay busted by one leg 😭", "you coming for Thanksgiving?", "ok", "bring the dog", "ugh fine", "little bro pls"])
        else:
            t = r.choice(["sis", "lmaooo", "u still gambling on every game?", "mom says call her", "Vikes by 7", "ya", "lol no",
                          "can I borrow ur car sat", "nah", "happy bday weirdo 🎂", "stop betting on the Wild lol"])
        return a, t

    def g_dad(r, d, i):
        a = r.choice([me, dad])
        if a == me:
            t = r.choice(["Hi Dad!", "see you at Mass Sunday", "yes I got the snow tires", "love you", "thanks dad", "will do",
                          "work was crazy, three surgeries"])
        else:
            t = r.choice(["Hi sweetheart", "Did you get the snow tires on", "Father Mike asked about you", "Mass at 10:30 at the Basilica",
                          "Love, Dad", "Call your grandmother", "Roads are icy be careful", "Proud of you kiddo"])
        return a, t

    def g_bff(r, d, i):
        a = r.choice([me, bff])
        if a == me:
            t = r.choice(["girl", "omg", "Bryant Lake Bowl thurs?", "i'm deceased 💀", "he texted me AGAIN", "wine night??", "yesss",
                          "ok but hear me out", "my parlay hit!!! drinks on me", "same", "love u"])
        else:
            t = r.choice(["MAYA", "no way", "lmk", "omw", "ur a menace", "i'm so tired", "my therapist says my anxiety is seasonal lol",
                          "yes queen", "👀", "tell me everything", "love uuu"])
        return a, t

    def g_col(r, d, i):
        if d.weekday() >= 5:
            return r.choice([me, col]), r.choice(["on call this wknd?", "nope 🙏", "lucky"])
        a = r.choice([me, col])
        if a == me:
            t = r.choice(["can you prep room 2", "the lab results are in", "running late, 35W is a parking lot", "coffee?", "k",
                          "Dr. Patel wants the x-rays", "we're out of gauze again"])
        else:
            t = r.choice(["on it", "golden retriever in exam 3 ate a sock", "morning", "I'll grab coffee", "shift swap friday?",
                          "ty", "the cat bit me lol"])
        return a, t

    rants = angry_lines(
        ["The city council", "Congress", "These politicians", "The governor", "Washington", "The mayor", "The media", "The Fed",
         "Both parties", "The state legislature"],
        ["is destroying this country!!", "should be voted out, every single one", "is lying to your face 😡", "doesn't care about working people",
         "is a complete disgrace", "wants to take everything we have", "is stealing our tax money", "has no clue what they're doing"],
        ["", "WAKE UP", "unbelievable", "I'm done with all of them"], 90, rng)
    ridx = [0]

    def g_g(r, d, i):
        if r.random() < 0.6 and ridx[0] < len(rants):
            ridx[0] += 1
            return risky, rants[ridx[0] - 1]
        a = r.choice(gm[1:] + [me])
        return a, r.choice(["snow emergency starts 9pm, move your cars", "anyone lose a gray cat?", "block party recap pics soon",
                            "alley needs plowing", "thanks Lupe!", "Randy this is a block club chat 🙃", "package thief on 15th ave again",
                            "👍", "leaf pickup is next week", "coffee at Spyhouse sat?"])

    chats = [dict(title=bro, gen=g_bro, rate=[0, 2, 3, 5]), dict(title=dad, gen=g_dad, rate=[0, 0, 1, 2, 3]),
             dict(title=bff, gen=g_bff, rate=[2, 4, 6, 8, 5]), dict(title=col, gen=g_col, rate=[0, 1, 2, 3]),
             dict(title=group, gen=g_g, rate=[0, 1, 2, 3], vary=False)]
    msgs = simulate(rng, chats, start, end, tz, 8, 24, me)
    pii = []
    P = lambda f, t, v: pii.append({"file": f, "entity_type": t, "value": v})
    F = lambda t: f"WhatsApp Chat - {t}/_chat.txt"
    dt = lambda y, m, dd, h, mi: datetime(y, m, dd, h, mi, 41)
    plant(msgs, dad, dt(2024, 9, 10, 19, 0), dad, "For the insurance form I need your social")
    plant(msgs, dad, dt(2024, 9, 10, 19, 6), me, "it's 512-38-7764 don't lose it dad")
    P(F(dad), "US_SSN", "512-38-7764")
    plant(msgs, dad, dt(2024, 9, 10, 19, 8), dad, "Thanks. Erik Lindqvist, 4417 15th Ave S, Minneapolis, MN 55407 is still the mailing address on file for you?")
    P(F(dad), "PERSON", "Erik Lindqvist"); P(F(dad), "ADDRESS", "4417 15th Ave S, Minneapolis, MN 55407")
    plant(msgs, dad, dt(2024, 9, 10, 19, 10), me, "no!! I moved, it's 3108 17th Ave S Apt 2B, Minneapolis, MN 55407")
    P(F(dad), "ADDRESS", "3108 17th Ave S Apt 2B, Minneapolis, MN 55407")
    plant(msgs, bro, dt(2024, 10, 3, 18, 20), bro, "new number (612) 555-0147 save it")
    P(F(bro), "PHONE_NUMBER", "(612) 555-0147")
    plant(msgs, bro, dt(2024, 10, 3, 18, 22), me, "ok Jonah Lindqvist, you've had 4 numbers this year")
    P(F(bro), "PERSON", "Jonah Lindqvist")
    card = luhn_make("414720998812403")
    cs = "-".join([card[:4], card[4:8], card[8:12], card[12:]])
    plant(msgs, bro, dt(2024, 11, 2, 13, 0), me, "use my card for the tickets " + cs + " exp 08/27, pay me back")
    P(F(bro), "CREDIT_CARD", cs)
    plant(msgs, bff, dt(2024, 9, 20, 21, 0), bff, "what's ur license # the rental place needs it")
    plant(msgs, bff, dt(2024, 9, 20, 21, 2), me, "L 512 847 391 026")
    P(F(bff), "US_DRIVER_LICENSE", "L 512 847 391 026")
    plant(msgs, bff, dt(2024, 9, 20, 21, 5), bff, "and my email is brianna.okafor@example.com for the booking, it's under Brianna Okafor")
    P(F(bff), "EMAIL_ADDRESS", "brianna.okafor@example.com"); P(F(bff), "PERSON", "Brianna Okafor")
    plant(msgs, bff, dt(2024, 12, 1, 12, 0), bff, "plate on the new car is MN DKT 482, look for a blue rav4")
    P(F(bff), "LICENSE_PLATE", "DKT 482")
    plant(msgs, col, dt(2024, 10, 14, 9, 40), col, "Theo Marsh here btw, call me 612.555.0183 if you're late")
    P(F(col), "PERSON", "Theo Marsh"); P(F(col), "PHONE_NUMBER", "612.555.0183")
    plant(msgs, group, dt(2024, 11, 20, 10, 10), "Lupe Ortega", "Snow shovel sign up: text me at 612-555-0126 or lupe.ortega@example.org")
    P(F(group), "PHONE_NUMBER", "612-555-0126"); P(F(group), "EMAIL_ADDRESS", "lupe.ortega@example.org")
    fin(msgs)
    counts = {}
    for c in chats:
        t0 = msgs[c["title"]][0][0]
        first = c["title"] if c["title"] != group else "Marcus"
        L = [f"[{us_time(t0 - timedelta(minutes=3))}] {first}: \u200eMessages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them."]
        if c["title"] == group:
            L.append(f"\u200e[{us_time(t0 - timedelta(minutes=2))}] Marcus: \u200eMarcus added you")
        for ldt, a, t in msgs[c["title"]]:
            if rng.random() < 0.02:
                L.append(f"\u200e[{us_time(ldt)}] {a}: \u200eimage omitted")
            else:
                L.append(f"[{us_time(ldt)}] {a}: {t}")
        counts[c["title"]] = len(msgs[c["title"]])
        write(base, F(c["title"]), "\r\n".join(L) + "\r\n")
    # PayPal (biweekly salary + DraftKings)
    payer = "Northstar Animal Hospital LLC"
    rows = []
    d = date(2024, 9, 6)
    while d <= end:
        rows.append((d, "08:02:11", payer, "Direct Deposit", "1846.20", "payroll@northstar-animal.example.com", "maya.lindqvist@example.net"))
        d += timedelta(days=14)
    for k in range(30):
        dd = start + timedelta(days=rng.randint(0, (end - start).days))
        rows.append((dd, f"{rng.randint(18, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", "DraftKings", "Express Checkout Payment",
                     f"-{rng.choice([25, 50, 50, 100, 75, 20]):.2f}", "maya.lindqvist@example.net", "payments@draftkings.example.com"))
    for k in range(12):
        dd = start + timedelta(days=rng.randint(0, (end - start).days))
        rows.append((dd, f"{rng.randint(9, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", rng.choice(["Target", "Etsy Inc", "Chewy"]),
                     "Express Checkout Payment", f"-{rng.uniform(12, 90):.2f}", "maya.lindqvist@example.net", "orders@shop.example.com"))
    rows.sort()
    buf = io.StringIO(); w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee", "Net", "From Email Address", "To Email Address", "Transaction ID", "Balance"])
    bal = 412.37
    for d, t, nm, ty, g, fr, to in rows:
        bal += float(g)
        ldt = datetime(d.year, d.month, d.day, int(t[:2]), int(t[3:5]))
        w.writerow([d.strftime("%m/%d/%Y"), t, ldt.replace(tzinfo=tz).tzname(), nm, ty, "Completed", "USD", g, "0.00", g, fr, to,
                    "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(17)), f"{bal:.2f}"])
    write(base, "paypal/Download.CSV", "\ufeff" + buf.getvalue())
    P("paypal/Download.CSV", "EMAIL_ADDRESS", "maya.lindqvist@example.net")
    # Venmo
    vl = ["Account Statement - (@maya-lindq)", "Account Activity",
          ",ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (tip),Amount (tax),Amount (fee),Tax Rate,Tax Exempt,Funding Source,Destination,Beginning Balance,Ending Balance,Statement Period Venmo Fees,Terminal Location,Year to Date Venmo Fees,Disclaimer",
          ",,,,,,,,,,,,,,,,$0.00,,,,,"]
    vrows = []
    for m in range(9, 13):
        vrows.append((datetime(2024, m, 1, 9, 15, 3), "Payment", "rent 🏠 apt 2B", me, "Gordon Feld", "- $975.00"))
        vrows.append((datetime(2024, m, 12, 20, 31, 0), "Payment", "wine night 🍷", "Brianna Okafor", me, "+ $22.50"))
    vrows.append((datetime(2025, 1, 1, 9, 15, 3), "Payment", "rent 🏠 apt 2B", me, "Gordon Feld", "- $975.00"))
    vrows.append((datetime(2024, 11, 28, 15, 0, 0), "Payment", "Thanksgiving pie $ (Jonah owes u)", "Jonah Lindqvist", me, "+ $18.00"))
    vrows.append((datetime(2024, 12, 8, 11, 0, 0), "Payment", "St. Mary's toy drive 🎄", me, "Theo Marsh", "- $30.00"))
    vrows.sort()
    for ldt, ty, note, fr, to, amt in vrows:
        u = ldt.replace(tzinfo=tz).astimezone(UTC)
        vl.append(",".join(["", str(3900000000000000000 + rng.randint(0, 10 ** 17)), u.strftime("%Y-%m-%dT%H:%M:%S"), ty, "Complete", note, fr, to, amt,
                            "", "", "", "0", "", "Venmo balance" if amt.startswith("-") else "", "" if amt.startswith("-") else "Venmo balance", "", "", "", "Venmo", "", ""]))
    vl.append(",,,,,,,,,,,,,,,,,$0.00,$0.00,,$0.00,\"In case of errors or questions about your electronic transfers...\"")
    write(base, "venmo/VenmoStatement_Sept_2024_Jan_2025.csv", "\n".join(vl) + "\n")
    P("venmo/VenmoStatement_Sept_2024_Jan_2025.csv", "PERSON", "Gordon Feld"); P("venmo/VenmoStatement_Sept_2024_Jan_2025.csv", "USERNAME", "@maya-lindq")
    # Reddit
    ut = lambda ldt: ldt.replace(tzinfo=tz).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    ip = "198.51.100.77"
    posts = [("Minneapolis", "Another property tax hike from the county? Renters pay this too", "Our landlord just raised rent $80 citing the levy increase. Hennepin County keeps raising property taxes while services get worse. Who is actually accountable?"),
             ("minnesotavikings", "Sam Darnold appreciation thread", "Didn't think I'd say it but what a season."),
             ("sportsbook", "Vikings ML + Wild puck line parlay, thoughts?", "Been on a heater, put $50 on it."),
             ("Catholicism", "Advent traditions in the Twin Cities?", "Looking for a good Advent lessons & carols service besides the Basilica."),
             ("Minneapolis", "County board: stop the property tax increases", "Third year in a row of double digit levy increases. This is squeezing every renter and small homeowner in the city."),
             ("VetTech", "How do you all deal with compassion fatigue?", "Long week at the clinic.")]
    pb = io.StringIO(); w = csv.writer(pb, lineterminator="\n"); w.writerow(["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"])
    for k, (sr, ti, bo) in enumerate(posts):
        ldt = datetime(2024, 9 + k % 4, 3 + 4 * k, 20, 11 + k, 5)
        pidr = "1f" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))
        w.writerow([pidr, f"https://www.reddit.com/r/{sr}/comments/{pidr}/x/", ut(ldt), ip, sr, "0", ti, f"https://www.reddit.com/r/{sr}/comments/{pidr}/x/", bo])
    write(base, "reddit/posts.csv", pb.getvalue())
    P("reddit/posts.csv", "IP_ADDRESS", ip)
    comments = ["The levy increase is absurd, the county board needs to justify every dollar", "lol same", "DraftKings boost on the Vikes tonight is actually decent",
                "Powderhorn is the best neighborhood, fight me", "tax increase after tax increase and the potholes on Lake St are still there",
                "Mass at the Basilica is beautiful at Christmas", "Skol!", "Get snow tires, trust me", "That parlay was cursed from the start",
                "Property taxes here are out of control and nobody on the board will say no", "Our clinic sees so many chocolate ingestions at Halloween"]
    cb = io.StringIO(); w = csv.writer(cb, lineterminator="\n"); w.writerow(["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"])
    for k in range(60):
        body = comments[k % len(comments)] + ("" if k < len(comments) else rng.choice(["", " tbh", " honestly", " 🙃", "."]))
        ldt = datetime.combine(start + timedelta(days=(k * 37) % 130), datetime.min.time()).replace(hour=9 + (k * 5) % 13, minute=(k * 7) % 60)
        cid = "l" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
        sr = rng.choice(["Minneapolis", "minnesotavikings", "sportsbook", "VetTech", "TwinCities"])
        w.writerow([cid, f"https://www.reddit.com/r/{sr}/comments/1fabcde/x/{cid}/", ut(ldt), ip, sr, "0", f"https://www.reddit.com/r/{sr}/comments/1fabcde/x/", "t3_1fabcde", body, ""])
    write(base, "reddit/comments.csv", cb.getvalue())
    mb = io.StringIO(); w = csv.writer(mb, lineterminator="\n"); w.writerow(["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"])
    w.writerow(["2ab1c3", "https://www.reddit.com/message/messages/2ab1c3", "", ut(datetime(2024, 10, 9, 19, 30)), ip, "north_loop_neighbor", "maya_on_lake_st", "re: snow tires", "Sure, I'm at 612 555 0199, text me"])
    w.writerow(["2ab1c9", "https://www.reddit.com/message/messages/2ab1c9", "", ut(datetime(2024, 10, 9, 20, 2)), ip, "maya_on_lake_st", "north_loop_neighbor", "re: snow tires", "thanks! I'm Maya, will text"])
    write(base, "reddit/messages.csv", mb.getvalue())
    P("reddit/messages.csv", "USERNAME", "maya_on_lake_st"); P("reddit/messages.csv", "PHONE_NUMBER", "612 555 0199"); P("reddit/messages.csv", "USERNAME", "north_loop_neighbor")
    # Records.json
    locs = []
    for d in days(start, end):
        pts = []
        for h in range(0, 24):
            for mi in (5, 35):
                ldt = datetime(d.year, d.month, d.day, h, mi, rng.randint(0, 59))
                hm = h + mi / 60
                if d.weekday() < 5 and 8.75 <= hm < 17.5:
                    p = work
                elif d.weekday() < 5 and (8.0 <= hm < 8.75 or 17.5 <= hm < 18.2):
                    f = (hm - 8.0) / 0.75 if hm < 12 else 1 - (hm - 17.5) / 0.7
                    p = (home[0] + (work[0] - home[0]) * f, home[1] + (work[1] - home[1]) * f)
                elif d.weekday() == 6 and 10.0 <= hm < 11.5:
                    p = (44.97306, -93.28628)  # Basilica
                else:
                    p = home
                pts.append({"latitudeE7": int(round((p[0] + rng.uniform(-2e-4, 2e-4)) * 1e7)), "longitudeE7": int(round((p[1] + rng.uniform(-2e-4, 2e-4)) * 1e7)),
                            "accuracy": rng.choice([8, 12, 16, 20, 35]), "source": "WIFI" if p in (home, work) else "GPS",
                            "deviceTag": -1188732211, "timestamp": ldt.replace(tzinfo=tz).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"})
        locs.extend(pts)
    write(base, "Takeout/Location History (Timeline)/Records.json", json.dumps({"locations": locs}, indent=2))
    top = sorted(((counts[c["title"]], c["title"]) for c in chats if c["title"] != group), reverse=True)[:3]
    gt = {"schema_version": 1, "persona": pid, "fictional": True, "independent": True,
          "description": "Minneapolis veterinary technician (~29), single, Catholic, sports-betting habit; WhatsApp iOS, PayPal, Venmo, Reddit, Records.json.",
          "timezone": "America/Chicago",
          "user": {"names": [me, "Maya"], "phones": [], "emails": ["maya.lindqvist@example.net"], "handles": ["maya_on_lake_st", "@maya-lindq"]},
          "pii": pii,
          "facts": {"home": {"lat": home[0], "lon": home[1], "radius_m": 300, "address": "3108 17th Ave S Apt 2B, Minneapolis, MN 55407", "city": "Minneapolis"},
                    "work": {"lat": work[0], "lon": work[1], "radius_m": 300, "employer": payer},
                    "sleep_window": {"start": "23:45", "end": "07:45", "tolerance_min": 60},
                    "top_contacts": [{"name": t, "messages": n} for n, t in top],
                    "relationships": [{"name": bro, "relationship": "brother", "full_name": "Jonah Lindqvist"},
                                      {"name": dad, "relationship": "father", "full_name": "Erik Lindqvist"},
                                      {"name": bff, "relationship": "close friend", "full_name": "Brianna Okafor"},
                                      {"name": col, "relationship": "colleague", "full_name": "Theo Marsh"}],
                    "religion": {"value": "Catholic"}, "health": {"value": False}, "politics": {"value": "critical of Hennepin County property tax increases"},
                    "financial_stress": {"value": False}, "gambling": {"value": True}, "gaming": {"value": False},
                    "salary": {"amount": "1846.20", "currency": "USD", "payer": payer, "period": "biweekly"},
                    "risky_contact": {"name": risky, "why": "posts 80+ distinct angry political rants in the block club group chat"}}}
    return base, gt, msgs, me


def decoded_text(base, rel):
    raw = open(os.path.join(base, rel), "rb").read()
    if rel.startswith("alipay/"):
        return raw.decode("gbk")
    txt = raw.decode("utf-8-sig")
    if rel.endswith(".json"):
        def rep(o):
            if isinstance(o, str):
                try:
                    return o.encode("latin-1").decode("utf-8")
                except (UnicodeEncodeError, UnicodeDecodeError):
                    return o
            if isinstance(o, list):
                return [rep(x) for x in o]
            if isinstance(o, dict):
                return {k: rep(v) for k, v in o.items()}
            return o
        return txt + "\n" + json.dumps(rep(json.loads(txt)), ensure_ascii=False)
    return txt


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    for fn in (zh6, enuk6, enus6):
        base, gt, msgs, me = fn()
        for p in gt["pii"]:
            assert p["value"] in decoded_text(base, p["file"]), (gt["persona"], p)
        sw = gt["facts"]["sleep_window"]
        s0 = int(sw["start"][:2]) * 60 + int(sw["start"][3:]); e0 = int(sw["end"][:2]) * 60 + int(sw["end"][3:])
        for v in msgs.values():
            for ldt, a, _ in v:
                mnt = ldt.hour * 60 + ldt.minute
                assert not (mnt >= s0 or mnt < e0), (gt["persona"], ldt, a)
        total = sum(len(v) for v in msgs.values())
        assert 1500 <= total <= 3000, (gt["persona"], total)
        write(base, "ground_truth.json", json.dumps(gt, ensure_ascii=False, indent=2) + "\n")
        print(gt["persona"], total, "messages,", len(gt["pii"]), "pii")


if __name__ == "__main__":
    main()
