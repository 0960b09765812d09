"""Every phrase footprint writes from a code (:class:`footprint.phrases.Phrase`), in each
language: parse and load problems, time-zone reasons, the detector's notice and how
each inference is made.

Written by people, not machine-translated. Each entry is ``id: (English, Chinese)``;
``{name}`` marks a value (``!r`` quotes it as the data had it, ``:,`` groups digits).
Field names of an export format (``latitudeE7``, ``time_usec``) stay as they are in
both languages: they are what a reader finds in the file. The English texts are those
the CLI and the goldens have always printed. Building it fails when a code lacks a
language or a translation takes other values than the English (:func:`build`).
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence

LANGUAGES = ("en", "zh")

_PHRASES: dict[str, tuple[str, str]] = {
    # -- loading: archives, folders, limits ------------------------------------------
    "compression_ratio_1_exceeds_limit": (
        "compression ratio {total:,.0f}:1 exceeds limit {limit:,.0f}:1",
        "压缩比 {total:,.0f}:1 超过上限 {limit:,.0f}:1",
    ),
    "archive_entries_limit": (
        "archive has {count:,} entries; limit {limit:,}",
        "压缩包有 {count:,} 个条目，上限为 {limit:,}",
    ),
    "archive_declares_uncompressed_bytes_limit": (
        "archive declares {total:,} uncompressed bytes; limit {limit:,}",
        "压缩包声明解压后有 {total:,} 字节，上限为 {limit:,}",
    ),
    "entries_overlap_inside_archive_possible": (
        "entries overlap inside the archive ({value}); possible zip bomb",
        "压缩包内的条目相互重叠（{value}），可能是压缩炸弹",
    ),
    "more_like_this": (
        "{count} more like this, not listed (the first at {first}): {problem}",
        "另有 {count} 处同类问题未列出（第一处：{first}）：{problem}",
    ),
    "entry_skipped": ("entry skipped: {reason}", "已跳过此条目：{reason}"),
    "absolute_path": ("absolute path", "绝对路径"),
    "path_escapes_archive": ("path escapes the archive", "路径指向压缩包之外"),
    "symbolic_link": ("symbolic link", "符号链接"),
    "link": ("link", "链接"),
    "not_regular_file": ("not a regular file", "不是普通文件"),
    "nested_archive": (
        "archive inside an archive is not opened",
        "压缩包里的压缩包不会被打开",
    ),
    "no_such_file_folder": ("no such file or folder", "没有这个文件或文件夹"),
    "os_error": ("{error}", "无法读取：{error}"),
    "not_readable_zip_archive": (
        "not a readable zip archive ({error})",
        "无法读取的 zip 压缩包（{error}）",
    ),
    "not_readable_tar_archive": (
        "not a readable tar archive ({error})",
        "无法读取的 tar 压缩包（{error}）",
    ),
    "archive_more_than_entries": (
        "archive has more than {limit:,} entries",
        "压缩包的条目超过 {limit:,} 个",
    ),
    "archive_holds_more_than_bytes": (
        "archive holds more than {limit:,} bytes",
        "压缩包的内容超过 {limit:,} 字节",
    ),
    "symbolic_link_folder_not_followed": (
        "symbolic link to a folder not followed",
        "指向文件夹的符号链接，未跟随",
    ),
    "symbolic_link_not_followed": ("symbolic link not followed", "符号链接，未跟随"),
    "folder_more_than_files": (
        "folder has more than {limit:,} files",
        "文件夹里的文件超过 {limit:,} 个",
    ),
    "folder_holds_more_than_bytes": (
        "folder holds more than {limit:,} bytes",
        "文件夹的内容超过 {limit:,} 字节",
    ),
    "json_too_deep": (
        "JSON nested deeper than {limit} levels",
        "JSON 嵌套超过 {limit} 层",
    ),
    "json_number_too_long": (
        "JSON number longer than {limit} digits",
        "JSON 中的数字超过 {limit} 位",
    ),
    # -- scanning ---------------------------------------------------------------------
    "line_longer_than_characters_cut": (
        "line longer than {limit:,} characters was cut",
        "一行超过 {limit:,} 个字符，已截断",
    ),
    "parser_failed": (
        "parser failed: {error_type}: {error}",
        "解析器出错：{error_type}: {error}",
    ),
    "not_recognised": ("not recognised: {reason}", "无法识别：{reason}"),
    "analysis_failed": (
        "{stage} {name} failed: {error_type}: {error}",
        "{stage}“{name}”出错：{error_type}: {error}",
    ),
    "stage_inference": ("inference", "推断"),
    "stage_score": ("score", "评分"),
    "stage_score_lens": ("score lens", "评分视角"),
    "all_families": ("(all families)", "（全部推断类别）"),
    "all_lenses": ("(all lenses)", "（全部评分视角）"),
    # -- reading files: shared ------------------------------------------------------------
    "unreadable_csv_row": ("unreadable CSV row ({error})", "无法读取的 CSV 行（{error}）"),
    "unreadable_csv_line": ("unreadable CSV line ({error})", "无法读取的 CSV 行（{error}）"),
    "unreadable_csv": ("unreadable CSV ({error})", "无法读取的 CSV（{error}）"),
    "unreadable_header": ("unreadable header ({error})", "无法读取的表头（{error}）"),
    "invalid_truncated_json": (
        "invalid or truncated JSON ({error})",
        "JSON 无效或不完整（{error}）",
    ),
    "file_empty": ("the file is empty", "文件是空的"),
    "empty_file": ("empty file", "空文件"),
    "could_not_read_file": ("could not read the file ({error})", "无法读取文件（{error}）"),
    "undecodable_bytes_replaced_u_fffd": (
        "undecodable bytes replaced with U+FFFD",
        "无法解码的字节已替换为 U+FFFD",
    ),
    "unreadable_workbook": (
        "unreadable workbook ({error_type}: {error})",
        "无法读取的工作簿（{error_type}: {error}）",
    ),
    "not_readable_xlsx_workbook": (
        "not a readable XLSX workbook ({error_type}: {error})",
        "无法读取的 XLSX 工作簿（{error_type}: {error}）",
    ),
    "expected_columns_found": (
        "expected {count} columns, found {count2}",
        "应有 {count} 列，实际有 {count2} 列",
    ),
    "row_columns_header_truncated": (
        "row has {count} columns, the header {count2} (truncated?)",
        "这一行有 {count} 列，表头有 {count2} 列（可能被截断）",
    ),
    "row_columns_needs_at_least": (
        "row has {count} columns, needs at least {value} (truncated?)",
        "这一行有 {count} 列，至少需要 {value} 列（可能被截断）",
    ),
    # -- dates, times, amounts ------------------------------------------------------------
    "amount_not_number": ("amount {value!r} is not a number", "金额 {value!r} 不是数字"),
    "bad_date": ("bad date {value!r}", "日期 {value!r} 无法识别"),
    "bad_date_expected": (
        "bad date {value!r} (expected {value2})",
        "日期 {value!r} 无法识别（应为 {value2}）",
    ),
    "bad_date_time": ("bad date or time ({error})", "日期或时间无法识别（{error}）"),
    "bad_created_time": ("bad created time {value!r}", "创建时间 {value!r} 无法识别"),
    "bad_createtime": ("bad CreateTime {value!r}", "CreateTime {value!r} 无法识别"),
    "bad_timestamp_ms": ("bad timestamp_ms {value!r}", "timestamp_ms {value!r} 无法识别"),
    "unreadable_date": ("unreadable date {value!r}", "无法读取的日期 {value!r}"),
    "unreadable_date_unixtime": (
        "unreadable date_unixtime {value!r}",
        "无法读取的 date_unixtime {value!r}",
    ),
    "unreadable_time": ("unreadable time {value!r}", "无法读取的时间 {value!r}"),
    "unreadable_timestamp": ("unreadable Timestamp {value!r}", "无法读取的 Timestamp {value!r}"),
    "unreadable_timestamp_2": ("unreadable timestamp {value!r}", "无法读取的时间戳 {value!r}"),
    "unreadable_ts": ("unreadable ts {value!r}", "无法读取的 ts {value!r}"),
    "activity_date_not_understood": (
        "date not understood {value!r} (expected e.g. 'Jan 5, 2024, 10:22:33 AM GMT')",
        "无法理解的日期 {value!r}（应如 'Jan 5, 2024, 10:22:33 AM GMT'）",
    ),
    "unreadable_impressiontime": ("unreadable impressionTime", "无法读取的 impressionTime"),
    "impossible_date": ("impossible date {value!r}", "不可能的日期 {value!r}"),
    "impossible_date_time": (
        "impossible date or time ({value})",
        "不可能的日期或时间（{value}）",
    ),
    "message_no_timestamp": ("message has no Timestamp", "消息没有 Timestamp"),
    "message_no_timestamp_2": ("message has no timestamp", "消息没有时间戳"),
    "message_no_timestamp_ms": ("message has no timestamp_ms", "消息没有 timestamp_ms"),
    "message_no_date": ("message has no date", "消息没有日期"),
    "event_without_timestamp": (
        "event without a readable timestamp ({value})",
        "事件没有可读的时间戳（{value}）",
    ),
    "entry_no_valid_time": ("entry has no valid time", "条目没有有效的时间"),
    "entry_no_valid_time_usec": ("entry has no valid time_usec", "条目没有有效的 time_usec"),
    "no_valid_timestamp_timestampms": (
        "no valid timestamp or timestampMs",
        "没有有效的 timestamp 或 timestampMs",
    ),
    "no_readable_createtime_strtime": (
        "no readable CreateTime or StrTime",
        "没有可读的 CreateTime 或 StrTime",
    ),
    # -- entries of the wrong shape ---------------------------------------------------------
    "entry_not_object": ("entry is not an object", "条目不是一个对象"),
    "entry_not_object_2": ("{value} entry is not an object", "{value} 条目不是一个对象"),
    "item_not_object": ("item is not an object", "项目不是一个对象"),
    "message_not_object": ("message is not an object", "消息不是一个对象"),
    "post_not_object": ("post is not an object", "帖子不是一个对象"),
    "comment_not_object": ("comment is not an object", "评论不是一个对象"),
    "reaction_not_object": ("reaction is not an object", "点赞或表情回应不是一个对象"),
    "profile_not_object": ("profile is not an object", "个人资料不是一个对象"),
    "payment_not_object": ("payment is not an object", "付款不是一个对象"),
    "actor_not_object": ("actor is not an object", "actor 不是一个对象"),
    "feature_not_object": ("feature is not an object", "feature 不是一个对象"),
    "path_point_not_object": ("path point is not an object", "路径点不是一个对象"),
    "profilemap_not_object": ("ProfileMap is not an object", "ProfileMap 不是一个对象"),
    "entry_not_url": ("entry is not a URL", "条目不是网址"),
    "interest_not_name": ("interest is not a name", "兴趣不是一个名称"),
    "entry_no_url": ("entry has no url", "条目没有网址"),
    "entry_no_title": ("entry has no title", "条目没有标题"),
    "entry_no_name": ("{value} entry has no name", "{value} 条目没有名称"),
    "entry_no_username": ("{value} entry has no username", "{value} 条目没有用户名"),
    "advertiser_no_name": ("advertiser has no name", "广告主没有名称"),
    "business_no_name": ("business has no name", "商家没有名称"),
    "peer_group_no_value": ("peer group has no value", "同类群组没有取值"),
    "interest_no_value": ("interest has no value", "兴趣没有取值"),
    "location_entry_no_value": ("location entry has no value", "位置条目没有取值"),
    "comment_no_text": ("comment has no text", "评论没有文字"),
    "tweet_no_text": ("tweet has no text", "推文没有文字"),
    "like_no_tweet": ("like has no tweet", "点赞没有对应的推文"),
    "create_without_object": ("Create without an object", "Create 活动没有对象"),
    "relationship_without_user_name": (
        "relationship without a user name",
        "关系条目没有用户名",
    ),
    "contact_neither_name_nor_phone": (
        "contact has neither name nor phone number",
        "联系人既没有名字也没有电话号码",
    ),
    "ipaudit_entry_no_loginip": ("ipAudit entry has no loginIp", "ipAudit 条目没有 loginIp"),
    "no_ad_adsuserdata_adimpressions_entry": (
        "no ad.adsUserData.adImpressions in entry",
        "条目中没有 ad.adsUserData.adImpressions",
    ),
    "no_ad_adsuserdata_adengagements_entry": (
        "no ad.adsUserData.adEngagements in entry",
        "条目中没有 ad.adsUserData.adEngagements",
    ),
    "unknown_invitation_direction": (
        "unknown invitation direction {value!r}",
        "未知的邀请方向 {value!r}",
    ),
    "unknown_message_type": ("unknown message Type {value!r}", "未知的消息 Type {value!r}"),
    "sender_neither_0_nor_1": (
        "is_sender {value!r} is neither 0 nor 1",
        "is_sender 的值 {value!r} 既不是 0 也不是 1",
    ),
    "more_unreadable_event_lines": (
        "{value} more unreadable event lines",
        "另有 {value} 行事件无法读取",
    ),
    "not_discord_event": (
        "not a Discord event (one JSON object with event_type per line)",
        "不是 Discord 事件（应为每行一个带 event_type 的 JSON 对象）",
    ),
    # -- places and locations ----------------------------------------------------------------
    "no_valid_latitudee7_longitudee7": (
        "no valid latitudeE7/longitudeE7",
        "没有有效的 latitudeE7/longitudeE7",
    ),
    "visit_no_valid_start_time": ("visit has no valid start time", "到访记录没有有效的开始时间"),
    "activity_segment_no_valid_start": (
        "activity segment has no valid start time",
        "活动片段没有有效的开始时间",
    ),
    "path_point_needs_late7_lnge7": (
        "path point needs latE7, lngE7 and a timestamp",
        "路径点需要 latE7、lngE7 和时间戳",
    ),
    "path_point_unreadable_coordinates": (
        "path point has unreadable coordinates",
        "路径点的坐标无法读取",
    ),
    "path_point_no_readable_time": ("path point has no readable time", "路径点没有可读的时间"),
    "timeline_object_neither_placevisit_nor": (
        "timeline object is neither placeVisit nor activitySegment",
        "时间线对象既不是 placeVisit 也不是 activitySegment",
    ),
    "feature_no_properties": ("feature has no properties", "feature 没有 properties"),
    "saved_place_no_name_address": (
        "saved place has no name, address or link",
        "收藏的地点没有名称、地址或链接",
    ),
    "saved_place_no_title_url": ("saved place has no title or URL", "收藏的地点没有标题或网址"),
    "segment_no_valid_starttime": ("segment has no valid startTime", "片段没有有效的 startTime"),
    "visit_no_readable_placelocation": (
        "visit has no readable placeLocation",
        "到访记录没有可读的 placeLocation",
    ),
    "position_needs_latlng_timestamp": (
        "position needs LatLng and a timestamp",
        "位置需要 LatLng 和时间戳",
    ),
    "frequent_place_needs_placelocation_label": (
        "frequent place needs placeLocation and label",
        "常去地点需要 placeLocation 和 label",
    ),
    "travel_mode_affinity_no_mode": (
        "travel mode affinity has no mode",
        "出行方式偏好没有 mode",
    ),
    "segment_no_visit_activity_timelinepath": (
        "segment has no visit, activity or timelinePath",
        "片段没有 visit、activity 或 timelinePath",
    ),
    "unreadable_coordinates": ("unreadable coordinates", "坐标无法读取"),
    "location_without_readable_coordinates": (
        "location without readable coordinates",
        "位置没有可读的坐标",
    ),
    "bad_location": ("bad location", "位置无法识别"),
    # -- payments ---------------------------------------------------------------------------
    "transaction_no_amount": ("transaction has no amount", "交易没有金额"),
    "transaction_no_posting_date": ("transaction has no posting date", "交易没有入账日期"),
    "investment_transaction_no_trade_date": (
        "investment transaction has no trade date",
        "投资交易没有成交日期",
    ),
    "transaction_skipped": ("transaction skipped: {error}", "已跳过此交易：{error}"),
    "transfer_without_amount": ("transfer without an amount", "转账没有金额"),
    "payment_without_readable_amount_date": (
        "payment without a readable amount or date",
        "付款没有可读的金额或日期",
    ),
    "not_readable_ofx_file": (
        "not a readable OFX file ({error_type}: {error})",
        "无法读取的 OFX 文件（{error_type}: {error}）",
    ),
    "last_record_not_ended": ("last record is not ended by '^'", "最后一条记录没有以 '^' 结束"),
    "text_before_first_type_header": (
        "text before the first !Type header",
        "第一个 !Type 表头之前有文字",
    ),
    "qif_section_not_read_not": (
        "QIF section {value} is not read (not a payment account)",
        "QIF 区段 {value} 未读取（不是付款账户）",
    ),
    "missing_columns": ("missing {what} columns: {columns}", "缺少 {what} 的列：{columns}"),
    "missing_monzo_columns": ("missing Monzo columns: {value}", "缺少 Monzo 的列：{value}"),
    "missing_paypal_columns": ("missing PayPal columns: {value}", "缺少 PayPal 的列：{value}"),
    "missing_revolut_columns": ("missing Revolut columns", "缺少 Revolut 的列"),
    "column_mapping_not_usable": (
        "column mapping not usable: {reason}",
        "列的对应无法使用：{reason}",
    ),
    "unknown_fields": ("unknown fields {fields}", "未知字段 {fields}"),
    "needs_date_amount": ("needs date and amount", "需要日期和金额"),
    "no_bank_statement_header_found": (
        "no bank statement header found",
        "没有找到银行流水的表头",
    ),
    "no_bank_header_with": (
        "no bank statement header found with {columns}",
        "没有找到含 {columns} 的银行流水表头",
    ),
    "no_alipay_header": (
        "no Alipay header (交易时间, 交易对方, 收/支, 金额)",
        "没有支付宝账单的表头（交易时间, 交易对方, 收/支, 金额）",
    ),
    "no_wechat_pay_header": (
        "no WeChat Pay header (交易时间, 交易对方, 收/支, 金额)",
        "没有微信支付账单的表头（交易时间, 交易对方, 收/支, 金额）",
    ),
    "no_venmo_header_id_datetime": (
        "no Venmo header (ID, Datetime, Amount (total)...)",
        "没有 Venmo 表头（ID, Datetime, Amount (total)…）",
    ),
    "no_in_file": ("no {what} in file", "文件中没有{what}"),
    "transactions": ("transactions", "交易记录"),
    "transactions_of": ("{name} transactions", " {name} 交易记录"),
    # -- formats: headers and empty files ---------------------------------------------------
    "not_discord_messages_csv_header": (
        "not a Discord messages.csv header",
        "不是 Discord messages.csv 的表头",
    ),
    "not_reddit_csv_header": ("not a Reddit CSV header", "不是 Reddit CSV 的表头"),
    "no_linkedin_header_found": ("no LinkedIn header found", "没有找到 LinkedIn 的表头"),
    "no_title_url_columns": ("no Title and URL columns", "没有 Title 和 URL 列"),
    "missing_window_ytd_prefix": (
        "missing the 'window.YTD.… =' prefix",
        "缺少 'window.YTD.… =' 前缀",
    ),
    "not_google_location_history_expected": (
        "not Google location history: expected 'locations', 'timelineObjects' or 'deviceSettings'",
        "不是 Google 位置记录：应含 'locations'、'timelineObjects' 或 'deviceSettings'",
    ),
    "not_google_timeline_export_expected": (
        "not a Google Timeline export: expected 'semanticSegments' or a list of segments",
        "不是 Google Timeline 导出：应含 'semanticSegments' 或片段列表",
    ),
    "part_facebook_download_footprint_not": (
        "part of a Facebook download that footprint does not read",
        "Facebook 下载中 footprint 不读取的部分",
    ),
    "part_instagram_download_footprint_not": (
        "part of an Instagram download that footprint does not read",
        "Instagram 下载中 footprint 不读取的部分",
    ),
    "part_x_archive_footprint_not": (
        "part of an X archive that footprint does not read yet",
        "X 存档中 footprint 暂不读取的部分",
    ),
    "no_messages_found": ("no messages found", "没有找到消息"),
    "no_wechat_messages_found": ("no WeChat messages found", "没有找到微信消息"),
    "no_whatsapp_messages_found": ("no WhatsApp messages found", "没有找到 WhatsApp 消息"),
    "no_telegram_messages_found": ("no Telegram messages found", "没有找到 Telegram 消息"),
    "no_account_details_found": ("no account details found", "没有找到账户信息"),
    "no_users_found": ("no users found", "没有找到用户"),
    "no_events_file": ("no events in file", "文件中没有事件"),
    "no_activity_file": ("no activity in the file", "文件中没有活动记录"),
    "no_browser_history_entries": (
        "no 'Browser History' entries",
        "没有 'Browser History' 条目",
    ),
    "no_entries_file": ("no entries in {value} file", "{value} 文件中没有条目"),
    "no_rows": ("no rows in {value}", "{value} 中没有数据行"),
    "no_rows_csv": ("no rows in {value}.csv", "{value}.csv 中没有数据行"),
    "no_locations_file": ("no locations in the file", "文件中没有位置记录"),
    "no_timeline_objects": ("no timeline objects in the file", "文件中没有时间线对象"),
    "no_devices": ("no devices in the settings", "设置中没有设备"),
    "no_saved_places_file": ("no saved places in file", "文件中没有收藏的地点"),
    "no_places_list": ("no places in list {value!r}", "列表 {value!r} 中没有地点"),
    "no_timeline_segments_file": ("no timeline segments in the file", "文件中没有时间线片段"),
    "no_ordereditems_file": ("no orderedItems in file", "文件中没有 orderedItems"),
    "no_ofx_transactions_file": ("no OFX transactions in file", "文件中没有 OFX 交易"),
    "no_transactions_file": ("no transactions in file", "文件中没有交易记录"),
    "no_tiktok_data_found_file": ("no TikTok data found in file", "文件中没有找到 TikTok 数据"),
    "text_before_first_message_skipped": (
        "text before the first message was skipped",
        "第一条消息之前的文字已跳过",
    ),
    "wechat_dump_line_malformed": (
        "line starts like a message but is not 'TYPE|sender:YYYY-MM-DD HH:MM:SS:text'; skipped",
        "这一行像消息开头，但不符合 'TYPE|sender:YYYY-MM-DD HH:MM:SS:text' 格式，已跳过",
    ),
    "text_before_first_dated_message": (
        "text before the first dated message was skipped",
        "第一条带日期的消息之前的文字已跳过",
    ),
    # -- the detector --------------------------------------------------------------------------
    "detector_no_ner": (
        "No spaCy model is installed or enabled: names are found only where the exports "
        "themselves name the person (senders, contacts, payees), plus all pattern-based "
        "types (emails, phones, cards, IDs, ...).",
        "没有安装或启用 spaCy 模型：只有导出文件本身点名的人（发送者、联系人、收款方）"
        "才会被认出姓名；基于格式规则的类型（电子邮箱、电话、银行卡、证件号等）照常检测。",
    ),
    # -- how each inference is made ("how we know") --------------------------------------------
    "method_finances_income": (
        "Sum of incoming payments per currency divided by the months they span.",
        "每种货币的入账总额，除以这些入账跨越的月数。",
    ),
    "method_finances_spending_by_category": (
        "Outgoing payments put in categories by merchant keyword lists in English and Chinese.",
        "按中英文商户关键词表把支出归入各个类别。",
    ),
    "method_finances_subscriptions": (
        "Payments to the same payee at a regular rhythm with the same amount, or labelled "
        "as subscriptions.",
        "以固定周期、相同金额付给同一收款方的款项，或标明为订阅的付款。",
    ),
    "method_finances_late_night_spending": (
        "Outgoing payments by local time of day.",
        "按当地时间的时段统计支出。",
    ),
    "method_finances_flag": (
        "Payees and descriptions matched against merchant lists for this category "
        "(English and Chinese), and mentions in your own messages.",
        "把收款方和交易说明与这一类别的商户名单（中英文）比对，并参考你自己消息里的提及。",
    ),
    "method_finances_borrowing": (
        "Payees and descriptions matched against a list of lenders and pay-later apps "
        "(English and Chinese).",
        "把收款方和交易说明与借贷及先用后付应用的名单（中英文）比对。",
    ),
    "method_finances_financial_stress": (
        "Borrowing and pay-later payments, money borrowed at night (local time), "
        "repayment reminders, late, failed or returned payments and repayments, overdraft "
        "fees, in payments and messages (English and Chinese).",
        "借款和先用后付的付款、夜间（当地时间）借钱、还款提醒、逾期、失败或被退回的付款与"
        "还款、透支费用，来自付款和消息（中英文）。",
    ),
    "method_identity_identity": (
        "Account facts of each export, the author present in all your chats, the account "
        "named on your payments and posts.",
        "每个导出中的账户信息、在你所有聊天中都出现的作者，以及付款和帖子上署名的账户。",
    ),
    "method_identity_uniqueness": (
        "A phone number, e-mail or ID is unique by itself; three or more "
        "quasi-identifiers (name, birthday, address, handle) almost always are.",
        "电话号码、电子邮箱或证件号本身就是唯一的；三个或更多准标识符（姓名、生日、地址、"
        "账号名）几乎总能唯一确定一个人。",
    ),
    "method_identity_cross_source_links": (
        "The same normalised name, phone, e-mail or handle found in records of different sources.",
        "在不同来源的记录中找到相同的（规范化后的）姓名、电话、电子邮箱或账号名。",
    ),
    "method_opinions_negative_tone": (
        "Each text scored with VADER (English) or the HowNet sentiment word lists "
        "(Chinese), negation and intensifiers handled; negative below -0.05.",
        "每段文字用 VADER（英文）或知网 HowNet 情感词表（中文）打分，并处理"
        "否定和程度词；低于 -0.05 即为负面。",
    ),
    "method_opinions_top_topics": (
        "Your messages and posts matched against topic keyword lists (English and Chinese).",
        "把你的消息和帖子与话题关键词表（中英文）比对。",
    ),
    "method_places_work_hours": (
        "Median first arrival and last departure per weekday at the work place cluster.",
        "在工作地点聚类处，按星期几取首次到达和最后离开时间的中位数。",
    ),
    "method_places_frequent_places": (
        "Place clusters (about 250 m) visited on at least 3 different days, named offline "
        "from their coordinates (GeoNames).",
        "至少在 3 个不同日子到访过的地点聚类（约 250 米），根据坐标离线命名（GeoNames）。",
    ),
    "method_places_foreign_spending": (
        "Outgoing payments in a currency other than the one most of your payments use.",
        "用你大部分付款所用货币以外的货币支付的款项。",
    ),
    "method_places_home_city": (
        "The city around your home place, named offline from its coordinates with "
        "GeoNames data (the city pulling hardest: population over squared distance); "
        "never from merchant names.",
        "你住处周围的城市，根据坐标用 GeoNames 数据离线命名（取“人口除以距离平"
        "方”最大的城市）；从不依据商户名称。",
    ),
    "method_places_travel_abroad": (
        "Trips whose records carry a different UTC offset than your usual one.",
        "记录所带的 UTC 时差与你平常不同的行程。",
    ),
    "method_places_ip_addresses": (
        "IP addresses recorded in your login and activity history, by frequency.",
        "你的登录和活动记录中出现的 IP 地址，按出现次数排列。",
    ),
    "method_places_time_zone": (
        "The UTC offset most of your own timestamped records carry.",
        "你自己带时间戳的记录中最常见的 UTC 时差。",
    ),
    "method_platform": (
        "Read from the platform's own inference files in your export, next to footprint's "
        "inference on the same subject.",
        "读取你的导出中平台自己的推断文件，并与 footprint 对同一主题的推断并列。",
    ),
    "method_politics_politics": (
        "Stance: in your messages and posts, a clause naming a political target (an "
        "institution, an official, the country or system, a policy area, an election; "
        "English and Chinese) with a negative or positive evaluation from VADER (English) "
        "or the HowNet word lists (Chinese), negation handled; protest mentions count "
        "too. Summed over time, a policy area alone weighing half.",
        "立场：在你的消息和帖子里，找出点名政治对象（机构、官员、国家或制度、政策领域、选"
        "举；中英文）的分句，再用 VADER（英文）或 HowNet 词表（中文）判断其"
        "中的负面或正面评价，并处理否定；提到抗议也计入。按时间累加，单独的政策领域只算一"
        "半。",
    ),
    "method_politics_risky_contact": (
        "Stance in this contact's own messages and posts (any chat, group chats too): a "
        "political target with a negative evaluation in the same clause (VADER for "
        "English, HowNet for Chinese, negation handled), or protest, repeated over time.",
        "这位联系人自己的消息和帖子中的立场（任何聊天，包括群聊）：同一分句里对政治对象的"
        "负面评价（英文用 VADER，中文用 HowNet，并处理否定），或抗议，且长期"
        "反复出现。",
    ),
    "method_routine_routine_change": (
        "Weekly share of your activity between 00:00 and 05:00; the split of the weeks "
        "with the largest difference in that share.",
        "每周在 00:00 到 05:00 之间的活动占比；找出这一占比前后差别最大的分界周。",
    ),
    "method_routine_activity_heatmap": (
        "Count of your own messages, posts, payments and searches per weekday and local hour.",
        "按星期几和当地钟点统计你自己的消息、帖子、付款和搜索。",
    ),
    "method_social_top_contacts": (
        "Messages and payments exchanged per person, with reply speed, regularity and "
        "reciprocity combined into a tie strength.",
        "每个人与你往来的消息和付款，结合回复速度、规律性和相互性，算出关系强度。",
    ),
    "method_social_cross_source_contacts": (
        "The same contact name (case and spacing ignored) found in records of different sources.",
        "在不同来源的记录中找到相同的联系人名字（忽略大小写和空格）。",
    ),
    "method_social_communities": (
        "Contacts who write in the same group chats are linked; networkx greedy "
        "modularity finds the circles.",
        "在同一群聊中发言的联系人相互连接；用 networkx 的贪心模块度算法找出各个圈子。",
    ),
    "method_social_relationship": (
        'Forms of address in your 1:1 chats with this person, either way ("mum", "babe", '
        '"mate", 妈, 老婆, 兄弟, 老板 where they address someone, not where they mention a third '
        'person), intimacy and work cues, a shared parent ("our mum", 咱妈) and your '
        "surname; late-night or office-hours messaging as weak evidence. No label when "
        "the evidence is weak or contested.",
        "你与此人一对一聊天中双方的称呼（如 “mum”、“babe”、“mate”、妈、"
        "老婆、兄弟、老板，只算直接称呼对方，不算提到第三人）、亲密和工作的线索、共同的父"
        "母（“our mum”、咱妈）以及你的姓氏；深夜或工作时间的聊天只作为弱证据。证"
        "据弱或相互矛盾时不下结论。",
    ),
    "method_social_relationship_stated": (
        "Stated, not guessed: the name you saved the contact under is itself a partner's or "
        'a relative\'s word (老婆, 大哥, 二姐, "Mum", "Wife"), or your profile names them '
        "as your partner or a family member. What the chat says does not overrule it.",
        "直接写明，而非推测：你给联系人存的名字本身就是伴侣或亲属的称呼（老婆、大哥、二姐、"
        "“Mum”、“Wife”），或你的个人资料把此人列为伴侣或家人。聊天内容不会推翻这一点。",
    ),
    "method_work_own_business": (
        "{work} Employer: the place itself, whose name carries your own account name: "
        "you run it, and who pays you is a client.",
        "{work}雇主：这个地点本身，它的名字里带着你自己的账号名：你经营着它，"
        "给你付款的一方是客户。",
    ),
    "method_employer_profile": (
        "The employer your own profile names in its work history; no location history "
        "shows where you work.",
        "你自己的资料在工作经历里写明的雇主；没有位置记录显示你在哪里工作。",
    ),
    "method_employer_salary": (
        "The payer of your salary; no location history shows where you work.",
        "给你发工资的一方；没有位置记录显示你在哪里工作。",
    ),
    "method_places_home_address": (
        "The street address written in {how}; no location history shows where you spend "
        "the nights.",
        "{how}中写下的街道地址；没有位置记录显示你在哪里过夜。",
    ),
    "address_from_contacts": (
        "messages where a contact asks or tells you about your address",
        "联系人向你询问或提到你地址的消息",
    ),
    "address_from_rent": (
        "the rent you pay, whose payments name the address it is paid for",
        "你付的房租（付款里写着房租对应的地址）",
    ),
    "address_with_your_name": (
        "your messages that give an address together with your own name or phone number, "
        "as a delivery label does",
        "你发出的、地址和你自己的姓名或电话写在一起的消息（像快递收件信息那样）",
    ),
    "method_work_employer": (
        "{work} Employer: the payer of your salary.",
        "{work}雇主：给你发工资的一方。",
    ),
    "method_finances_salary_regular": (
        "Credits from the same payer (its name cleaned of reference numbers) at a regular "
        "rhythm (weekly, biweekly, semi-monthly or monthly) with steady amounts; one "
        "labelled as pay (salary, payroll, direct deposit, BACS, 工资, 代发) wins, else the "
        "largest. Refunds and loan payouts are not pay.",
        "来自同一付款方（名称去掉参考编号）、按固定周期（每周、每两周、每半月或每月）入账"
        "且金额稳定的款项；标明为工资的（salary、payroll、direct de"
        "posit、BACS、工资、代发）优先，否则取金额最大的。退款和贷款放款不算工资"
        "。",
    ),
    "method_finances_salary_described": (
        "Credits described as pay (salary, payroll, direct deposit, 工资, 代发); their median "
        "amount, the payer's name cleaned of reference numbers.",
        "说明为工资的入账（salary、payroll、direct deposit、工"
        "资、代发）；取其金额中位数，付款方名称去掉参考编号。",
    ),
    "method_places_home_evenings": (
        "No location record falls in the night, so the place cluster (about 250 m) "
        "holding most of your records in the early mornings (06:00-08:00) and evenings "
        "(19:00-22:00).",
        "夜里没有任何位置记录，所以取清晨（06:00-08:00）和傍晚（19:00-22:00）"
        "记录最多的地点聚类（约 250 米）。",
    ),
    "method_places_home": (
        "The place cluster (about 250 m) holding most of your night-time location records "
        "(22:00-06:00).",
        "夜间（22:00-06:00）位置记录最多的地点聚类（约 250 米）。",
    ),
    "method_places_work": (
        "The place cluster (about 250 m), other than home, where you spend the most "
        "weekday hours: 09:00-17:00 counts fully, 06:00-09:00 and 17:00-24:00 half "
        "(shifts), the small hours not at all.",
        "住处以外、你在工作日停留时间最长的地点聚类（约 250 米）：09:00-17:"
        "00 全算，06:00-09:00 和 17:00-24:00 算一半（轮班），"
        "凌晨不算。",
    ),
    "city_from_profile": (
        "the address or city in your own profile",
        "你自己资料里的地址或城市",
    ),
    "city_from_shipping": (
        "the delivery address of your own purchases",
        "你自己购物的收货地址",
    ),
    "city_from_your_words": (
        "what you wrote about where you live",
        "你写到的住处",
    ),
    "method_places_home_city_named": (
        "The city named in {how} (Chinese addresses read with cpca, other places matched "
        "to GeoNames names); never from merchant names.",
        "{how}中提到的城市（中文地址用 cpca 解析，其他地点与 GeoNames"
        " 地名匹配）；从不依据商户名称。",
    ),
    "method_places_trips": (
        "Location records more than {distance} km from the home cluster, grouped by "
        "consecutive days.",
        "离住处聚类超过 {distance} 公里的位置记录，按连续的日子归为一次行程。",
    ),
    "method_routine_sleep_window": (
        "The quarter hours around the quietest time of night in which you were active on "
        "fewer than {share} as many nights as in a typical waking quarter hour (a lone "
        "blip, such as a scheduled payment, does not end the night); the window runs from "
        "the typical time of your last activity before them to the first after them, "
        "narrowed by {settle} minutes at each end (people are awake a while after their "
        "last message and before their first). Files that give dates only, and payments "
        "made on a schedule (the same party at the same minute of the day on several "
        "days), are left out; a single quiet quarter hour between active ones is a lull, not "
        "the night.",
        "夜里最安静时刻前后的那些一刻钟：你在其中活跃的夜晚数不到清醒时典型一刻钟的 {s"
        "hare}（零星一次活动，比如定时付款，不会打断这段夜晚）；这个时段从你在它之前"
        "最后一次活动的典型时间，到之后第一次活动的典型时间，两端各收窄 {settle} 分钟"
        "（人在最后一条消息之后、第一条消息之前都还醒着一会儿）。只有日期没有时刻的文件，"
        "以及定时的付款（同一对象、一天中的同一分钟、出现在好几天），不计入；两段活跃之间单独一个"
        "安静的一刻钟只是间歇，不算夜晚。",
    ),
    "method_sensitive": (
        "{group}: terms in English and Chinese found in what you wrote, searched or paid "
        "for (negated mentions, such as 'never been to a mosque', ignored).",
        "{group}：在你写的、搜索的或付款的内容里找到的中英文词语（否定的提及，例如"
        "“从没去过清真寺”，不计入）。",
    ),
    # -- time zones: why a source's times are read in a zone -----------------------------------
    "tz_set_by_you": ("set by you", "由你设定"),
    "tz_offsets": ("from the offsets in the {source}", "根据{source}中的时差"),
    "tz_offsets_named": (
        "from the offsets in the {source}; named by {hints}",
        "根据{source}中的时差；时区名称依据{hints}",
    ),
    "tz_offsets_others": (
        "from the offsets in the {source} (or another zone with the same offsets: {count} fit)",
        "根据{source}中的时差（也可能是时差相同的其他时区：共 {count} 个符合）",
    ),
    "tz_coordinates": ("from the coordinates in the {source}", "根据{source}中的坐标"),
    "tz_coordinates_trips": (
        "from the coordinates in the {source} ({trips})",
        "根据{source}中的坐标（{trips}）",
    ),
    "tz_person": (
        "no zone in this export: the person's zone from the coordinates in the {sources}",
        "此导出没有时区：按{sources}中的坐标推定本人所在时区",
    ),
    "tz_person_trips": (
        "no zone in this export: the person's zone from the coordinates in the {sources} ({trips})",
        "此导出没有时区：按{sources}中的坐标推定本人所在时区（{trips}）",
    ),
    "tz_trip": ("{zone} from {start} to {end}", "{start} 至 {end} 在 {zone}"),
    "tz_trip_on": ("{zone} from {start} on", "{start} 起在 {zone}"),
    "tz_others": (
        "no zone in this export: the zone the other sources agree on",
        "此导出没有时区：采用其他来源一致的时区",
    ),
    "tz_hints": ("from hints: {hints}", "根据线索：{hints}"),
    "tz_all_hints": (
        "no zone in this export: from hints in all the exports: {hints}",
        "此导出没有时区：根据所有导出中的线索：{hints}",
    ),
    "tz_computer": (
        "no zone evidence in any export: this computer's zone",
        "所有导出都没有时区线索：采用这台电脑的时区",
    ),
    "hint_zone_field": ("the time-zone field ({zone})", "时区字段（{zone}）"),
    "hint_phone": ("the phone number", "电话号码"),
    "hint_phone_country": (
        "the phone number's country ({territory})",
        "电话号码所属国家或地区（{territory}）",
    ),
    "hint_contact_areas": (
        "the area codes of the contacts' numbers",
        "联系人号码的区号",
    ),
    "hint_contact_country": (
        "the country of the contacts' numbers ({country})",
        "联系人号码所属国家或地区（{country}）",
    ),
    "hint_currency": ("the currency ({currency})", "货币（{currency}）"),
    "hint_language": ("the language setting ({tag})", "语言设置（{tag}）"),
    "hint_script": ("the script of the text ({script})", "文字的书写系统（{script}）"),
    "hint_coordinates": ("the coordinates", "坐标"),
    "hint_others": ("the zone the other sources agree on", "其他来源一致的时区"),
}


def _values(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def build(entries: Mapping[str, Sequence[str]]) -> dict[str, dict[str, str]]:
    """The phrasebook by code and language; ValueError names a code that lacks a
    language or whose translations take other values than its English."""
    out: dict[str, dict[str, str]] = {}
    for key, texts in entries.items():
        if len(texts) != len(LANGUAGES) or not all(text.strip() for text in texts):
            raise ValueError(f"phrase {key!r}: needs a text in each of {LANGUAGES}")
        by_language = dict(zip(LANGUAGES, texts, strict=True))
        english = _values(by_language["en"])
        for language, text in by_language.items():
            if _values(text) != english:
                raise ValueError(f"phrase {key!r}: {language} takes other values than en")
        out[key] = by_language
    return out


PHRASES: Mapping[str, Mapping[str, str]] = build(_PHRASES)
