"""Chinese export writers: MemoTrace CSV, PyWxDump CSV, Alipay GBK CSV, WeChat Pay CSV."""
import unicodedata
from datetime import timezone

from h20_common import csv_text, write_bytes

UTC = timezone.utc
MEDIA_TYPES = {"<IMG>": (3, ""), "<VOICE>": (34, ""), "<STICKER>": (47, "")}


def memotrace_csv(path, msgs, talker_id, people, me_key="me"):
    """people: sender_key -> (remark, nickname, wxid)."""
    rows = [["localId", "TalkerId", "Type", "SubType", "IsSender", "CreateTime", "Status",
             "StrContent", "StrTime", "Remark", "NickName", "Sender"]]
    for i, (dt, k, text) in enumerate(msgs, 1):
        typ, content = MEDIA_TYPES.get(text, (1, text))
        remark, nick, wxid = people[k]
        rows.append([str(i), talker_id, str(typ), "0", "1" if k == me_key else "0",
                     str(int(dt.timestamp())), "2" if k == me_key else "4", content,
                     dt.strftime("%Y-%m-%d %H:%M:%S"), remark, nick, wxid])
    write_bytes(path, ("\ufeff" + csv_text(rows, "\r\n")).encode("utf-8"))


PYWX_TYPES = {"<IMG>": "图片", "<VOICE>": "语音", "<STICKER>": "动画表情"}


def pywxdump_csv(path, msgs, room_name, people, me_key="me", start_id=1):
    """people: sender_key -> talker wxid."""
    rows = [["id", "MsgSvrID", "type_name", "is_sender", "talker", "room_name", "msg", "src", "CreateTime"]]
    svr = 7300000000000000000 + start_id * 7919
    for i, (dt, k, text) in enumerate(msgs, start_id):
        tn = PYWX_TYPES.get(text, "文本")
        msg = "" if tn != "文本" else text
        src = ""
        if tn == "图片":
            src = "FileStorage/MsgAttach/%s/Image/%s/%d.dat" % (room_name[-8:], dt.strftime("%Y-%m"), i)
        if tn == "语音":
            src = "audio/%s/%d.wav" % (room_name[-8:], i)
        svr += 104729 * (i % 13 + 1)
        rows.append([str(i), str(svr), tn, "1" if k == me_key else "0", people[k], room_name, msg, src,
                     "%d/%d/%d %02d:%02d" % (dt.year, dt.month, dt.day, dt.hour, dt.minute)])
    write_bytes(path, ("\ufeff" + csv_text(rows, "\n")).encode("utf-8"))


ALIPAY_NOTES = [
    "1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；",
    "2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；",
    "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；",
    "4.本回单如经任何涂改、编造，均立即失去效力；",
    "5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
    "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
    "7.禁止将本回单用于非法用途；",
    "8.本明细仅展示当前账单中的交易，不包括已删除的记录；",
    "9.本明细仅供个人对账使用。",
]
ALIPAY_HEAD = ["交易时间", "交易分类", "交易对方", "对方账号", "商品说明", "收/支", "金额",
               "收/付款方式", "交易状态", "交易订单号", "商家订单号", "备注"]
ALIPAY_W = [20, 24, 24, 24, 24, 22, 22, 26, 24, 15, 22, 22]


def _pad(s, w):
    width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
    return s + " " * max(1, w - width) if w else s


def alipay_csv(path, rows, name, account, start, end, export_time):
    """rows: dicts with keys time(dt), cat, party, acct, item, io, amount(str), method, status, oid, moid, note."""
    rows = sorted(rows, key=lambda r: r["time"], reverse=True)
    n_in = [r for r in rows if r["io"] == "收入"]
    n_out = [r for r in rows if r["io"] == "支出"]
    n_nc = [r for r in rows if r["io"] == "不计收支"]

    def tot(rs):
        return "%.2f" % sum(float(r["amount"]) for r in rs)
    lines = ["-" * 84, "导出信息：", "姓名：" + name, "支付宝账户：" + account,
             "起始时间：[%s]    终止时间：[%s]" % (start, end), "导出交易类型：[全部]",
             "导出时间：[%s]" % export_time, "共%d笔记录" % len(rows),
             "收入：%d笔 %s元" % (len(n_in), tot(n_in)), "支出：%d笔 %s元" % (len(n_out), tot(n_out)),
             "不计收支：%d笔 %s元" % (len(n_nc), tot(n_nc)), "", "特别提示："] + ALIPAY_NOTES + [
             "", "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------"]
    lines.append(",".join(_pad(h, w) for h, w in zip(ALIPAY_HEAD, ALIPAY_W)) + ",")
    for r in rows:
        vals = [r["time"].strftime("%Y-%m-%d %H:%M:%S"), r["cat"], r["party"], r.get("acct", "/"),
                r["item"], r["io"], r["amount"], r.get("method", "余额"), r.get("status", "交易成功")]
        cells = [_pad(v, w) for v, w in zip(vals, ALIPAY_W)]
        cells.append(r["oid"] + "\t")
        cells.append(_pad(r.get("moid", ""), 20) + "\t")
        cells.append(_pad(r.get("note", ""), 20))
        lines.append(",".join(cells) + ",")
    write_bytes(path, ("\n".join(lines) + "\n").encode("gbk"))


WXPAY_HEAD = ["交易时间", "交易类型", "交易对方", "商品", "收/支", "金额(元)", "支付方式", "当前状态",
              "交易单号", "商户单号", "备注"]


def wechatpay_csv(path, rows, nickname, start, end, export_time):
    rows = sorted(rows, key=lambda r: r["time"], reverse=True)
    n_in = [r for r in rows if r["io"] == "收入"]
    n_out = [r for r in rows if r["io"] == "支出"]
    n_nc = [r for r in rows if r["io"] == "/"]

    def tot(rs):
        return "%.2f" % sum(float(r["amount"]) for r in rs)
    pre = ["微信支付账单明细", "微信昵称：[%s]" % nickname,
           "起始时间：[%s] 终止时间：[%s]" % (start, end), "导出类型：[全部]",
           "导出时间：[%s]" % export_time, "", "共%d笔记录" % len(rows),
           "收入：%d笔 %s元" % (len(n_in), tot(n_in)), "支出：%d笔 %s元" % (len(n_out), tot(n_out)),
           "中性交易：%d笔 %s元" % (len(n_nc), tot(n_nc)), "注：",
           "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
           "2. 本明细仅展示当前账单中的交易，不包括已删除的记录", "3. 本明细仅供个人对账使用", ""]
    out = [p + ",,,,,,,,,," for p in pre]
    out.append("----------------------微信支付账单明细列表--------------------,,,,,,,,,,")
    out.append(",".join(WXPAY_HEAD))
    for r in rows:
        vals = [r["time"].strftime("%Y-%m-%d %H:%M:%S"), r["type"], r["party"], r.get("item", "/"),
                r["io"], "¥" + r["amount"], r.get("method", "零钱"), r.get("status", "支付成功")]
        line = csv_text([vals]).rstrip("\n")
        line += "," + r["oid"] + "\t," + r.get("moid", "/") + "\t," + r.get("note", "/")
        out.append(line)
    write_bytes(path, ("\n".join(out) + "\n").encode("utf-8"))
