"""Each export format's ``LABEL`` in Chinese, by format id (a test checks every source)."""

from __future__ import annotations

LABELS_ZH: dict[str, str] = {
    "alipay": "支付宝账单（CSV）",
    "apple_card": "Apple Card 交易记录（CSV）",
    "bank_csv": "银行流水（通用 CSV）",
    "chrome_history": "Chrome 浏览记录（Google Takeout）",
    "discord": "Discord 数据包",
    "discord_chat_exporter": "DiscordChatExporter JSON（一个频道或私信）",
    "facebook": "Facebook 数据下载（JSON）",
    "google_activity": "Google 我的活动（JSON 或 HTML）",
    "google_location": "Google Takeout 位置记录",
    "google_saved_places": "Google 地图收藏地点（Google Takeout）",
    "google_timeline": "Google 地图时间轴（手机导出）",
    "instagram": "Instagram 数据下载（JSON）",
    "linkedin": "LinkedIn 数据导出（CSV）",
    "mastodon": "Mastodon 账户存档",
    "messenger": "Facebook Messenger / Instagram 私信（JSON）",
    "monzo": "Monzo 交易记录（CSV）",
    "ofx": "OFX 银行对账单",
    "paypal": "PayPal 交易记录（CSV）",
    "qif": "Quicken QIF 账单",
    "reddit": "Reddit 数据申请（CSV）",
    "revolut": "Revolut 对账单（CSV）",
    "slack": "Slack 工作区导出",
    "telegram": "Telegram 桌面版导出（result.json）",
    "tiktok": "TikTok 数据导出（JSON）",
    "twitter": "X/Twitter 存档",
    "venmo": "Venmo 对账单（CSV）",
    "wechat": "微信聊天记录（MemoTrace CSV）",
    "wechat_dump": "微信聊天记录（wechat-dump 文本）",
    "wechat_pay": "微信支付账单（CSV/XLSX）",
    "wechat_pywxdump": "微信聊天记录（PyWxDump / WeClone CSV）",
    "whatsapp": "WhatsApp 聊天记录（.txt）",
}

# Why a file was parsed, ignored or not recognised (``FileStatus.reason``), in Chinese.
REASONS_ZH: dict[str, str] = {
    "path and content": "路径和内容",
    "content": "内容",
    "chosen by the user": "由你选定",
    "empty file": "空文件",
    "no known export format matches this file": "不符合任何已知的导出格式",
    "Chrome data footprint does not read; only the browsing history is read": (
        "footprint 不读取的 Chrome 数据；只读取浏览记录"
    ),
    "Discord channel details (read with its messages)": "Discord 频道信息（随消息一起读取）",
    "Discord channel index (read with each channel)": "Discord 频道索引（随各频道读取）",
    "Discord server audit log (not read)": "Discord 服务器审计日志（不读取）",
    "Discord server details (not read)": "Discord 服务器信息（不读取）",
    "Discord server list (not read)": "Discord 服务器列表（不读取）",
    "Facebook's friend suggestions: people Facebook proposes, not the user's friends": (
        "Facebook 的好友推荐：是 Facebook 推荐的人，不是用户的好友"
    ),
    "Google Takeout index page": "Google Takeout 索引页",
    "Google Timeline edit log, holds no locations": "Google 时间轴编辑日志，不含位置",
    "Instagram hashtags followed: part of an Instagram download with nothing footprint reads": (
        "关注的 Instagram 话题标签：Instagram 下载中 footprint 不读取的部分"
    ),
    "Instagram likes: part of an Instagram download with nothing footprint reads": (
        "Instagram 点赞：Instagram 下载中 footprint 不读取的部分"
    ),
    "Instagram media file": "Instagram 媒体文件",
    "Instagram profile photo": "Instagram 头像",
    "Instagram saved posts: part of an Instagram download with nothing footprint reads": (
        "Instagram 收藏的帖子：Instagram 下载中 footprint 不读取的部分"
    ),
    "Instagram settings: part of an Instagram download with nothing footprint reads": (
        "Instagram 设置：Instagram 下载中 footprint 不读取的部分"
    ),
    "Instagram story stickers: part of an Instagram download with nothing footprint reads": (
        "Instagram 快拍贴纸：Instagram 下载中 footprint 不读取的部分"
    ),
    "LinkedIn résumé section: not read": "LinkedIn 简历部分：不读取",
    "Mastodon archive media": "Mastodon 存档中的媒体",
    "Messenger attachment": "Messenger 附件",
    "Slack DM list (read with each DM folder)": "Slack 私信列表（随各私信文件夹读取）",
    "Slack canvas list (not read)": "Slack 画布列表（不读取）",
    "Slack channel list (names come from the folders)": "Slack 频道列表（名称取自文件夹）",
    "Slack group DM list": "Slack 群组私信列表",
    "Slack integration log (not read)": "Slack 集成日志（不读取）",
    "Slack private channel list": "Slack 私密频道列表",
    "Telegram HTML view": "Telegram 的 HTML 浏览页",
    "Telegram HTML view of a chat": "Telegram 某个聊天的 HTML 浏览页",
    "Telegram export viewer": "Telegram 导出浏览器",
    "X archive manifest": "X 存档清单",
    "X archive media": "X 存档中的媒体",
    "X archive viewer": "X 存档浏览器",
    "X archive viewer assets": "X 存档浏览器的资源文件",
    "contact card attachment": "名片附件",
    "document attachment": "文档附件",
    "footprint redaction manifest": "footprint 脱敏清单",
    "footprint sample persona's answer key": "footprint 示例人物的标准答案",
    "media file": "媒体文件",
    "note about encrypted Timeline backups": "关于加密时间轴备份的说明",
    "operating-system metadata": "操作系统元数据",
    "part of a LinkedIn export with nothing footprint reads": (
        "LinkedIn 导出中 footprint 不读取的部分"
    ),
    "readme": "说明文件",
}
