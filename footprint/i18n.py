"""Every string the dashboard shows, in English and Simplified Chinese.

One catalogue: a dict of key -> text per language, with ``{name}`` placeholders.
A test checks that both languages have every key and the same placeholders.
These strings are ours (they may use markdown); user text never goes in here.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

DEFAULT_LANGUAGE = "en"
LANGUAGES: Mapping[str, str] = {"en": "English", "zh": "简体中文"}

EN: dict[str, str] = {
    # access and safety
    "token_required": (
        "This dashboard only opens with the link `footprint demo` printed when it started "
        "(it ends in `?token=…`). The token keeps other accounts on this computer out. "
        "Open that link, or start the dashboard again with `footprint demo`."
    ),
    "telemetry_refused": (
        "Usage statistics are switched on (browser.gatherUsageStats). footprint refuses to run "
        "like this: start it with `footprint demo`, or set browser.gatherUsageStats = false."
    ),
    "privacy_note": "Runs on this computer only. Nothing is uploaded, nothing is saved.",
    "presenter_toggle": "Presenter mode",
    "presenter_help": "Blurs personal values on screen, for projecting in a workshop.",
    "reveal_toggle": "Show personal values",
    "reveal_help": "Values are masked by default. This shows them in full, for this session only.",
    "simulation_title": "Illustrative simulation.",
    "simulation_notice": (
        "Built from public descriptions (press reports on Sesame Credit, the Rongcheng points "
        "pilot and court blacklists) applied to what footprint inferred from your exports. "
        "Every point comes from a rule you can read and change. Not a real score from any "
        "real system."
    ),
    # pages
    "page_load": "Load your exports",
    "page_overview": "Overview",
    "page_personal": "Personal information",
    "page_know": "What they know",
    "page_score": "Score",
    "page_redact": "Redact & export",
    "page_workshop": "Workshop mode",
    "nothing_loaded": "Nothing loaded yet. Open **Load your exports** and pick a sample persona.",
    # load
    "load_title": "Load your exports",
    "load_caption": (
        "Everything stays on this computer: files are read in memory, nothing is uploaded "
        "anywhere and nothing is saved."
    ),
    "persona_heading": "A fictional sample persona",
    "persona_label": "Persona",
    "load_persona": "Load persona",
    "loading_persona": "Reading the persona's exports…",
    "upload_heading": "Your own exports",
    "upload_label": "Chat, payment, social or location exports: files or .zip archives",
    "scan_uploads": "Scan uploads",
    "status_reading": "Reading your exports…",
    "stage_parse": "Reading files",
    "stage_detect": "Finding personal information",
    "status_done": "Read {records:,} records",
    "summarising": "Summarising what was found…",
    "label_persona": "sample persona: {name}",
    "label_uploads": "{count} uploaded file(s)",
    "label_rescanned": "uploads (scanned again with your corrections)",
    "loaded_heading": "Loaded",
    "files_heading": "Every file, and what footprint made of it",
    "files_caption": "A wrong guess? Pick the right format in the table, then scan again.",
    "format_help": "Change a guess, then scan again.",
    "rescan_formats": "Scan again with these formats",
    "zones_heading": "Time zones: whose local time",
    "zones_caption": (
        "Sleep, work hours and nights at home are read in the person's local time, decided "
        "for each source from the exports themselves. Wrong? Pick the zone, then scan again."
    ),
    "zones_help": "An IANA zone such as Europe/London; the scan uses it for this source.",
    "rescan_zones": "Scan again with these time zones",
    "tz_basis_override": "set by you",
    "tz_basis_offsets": "from the exact offsets in this export",
    "tz_basis_coordinates": "from the coordinates in the location history",
    "tz_basis_hints": "from hints (phone number, currency, language)",
    "tz_basis_others": "no zone here: the zone the other sources agree on",
    "tz_basis_computer": "no evidence in any export: this computer's zone",
    "rescan_needs_files": "Correcting a format needs the original files: upload them again.",
    "bank_heading": "Bank statement columns",
    "bank_caption": (
        "footprint guessed what each column of this bank CSV means. Check the guess, change "
        "it if needed and confirm; the mapping applies to every generic bank CSV you loaded."
    ),
    "bank_unusable": "A mapping needs at least a date column and an amount (or debit/credit).",
    "bank_confirm": "Confirm these columns and scan again",
    "problems_warning": "{count} file(s) could not be read completely. Each is listed below.",
    "no_problems": "Every file was read without problems.",
    "page_failed": (
        "The page “{page}” failed and shows nothing; the other pages still work. "
        "The error, for a bug report:"
    ),
    "continue_overview": "Continue to the overview",
    # overview
    "detector_notice": "The personal-information detector runs in a reduced mode:",
    "metric_sources": "Sources",
    "metric_records": "Records",
    "metric_findings": "Personal-information findings",
    "metric_types": "Kinds of personal information",
    "metric_problems": "Problems",
    "metric_inferences": "Inferences",
    "activity_heading": "Activity over time, per source",
    "entities_heading": "Personal information found, per type",
    "detector_mode": "Detector: {mode}",
    "inferred_heading": "What could be inferred",
    "inferred_caption": (
        "{count} inferences; the claims and their evidence are on *What they know*."
    ),
    "sources_heading": "Sources",
    "problems_heading": "Parse problems",
    # personal information
    "personal_caption": "Every value footprint found, where it was found, and the record it is in.",
    "values_masked": (
        "Values are masked. Switch on *Show personal values* in the sidebar to see them "
        "in full (this session only)."
    ),
    "matrix_heading": "Kinds of personal information, per source",
    "no_findings": "No personal information was found.",
    "findings_heading": "Findings",
    "search_label": "Search",
    "search_placeholder": "a value, type, source or file",
    "types_label": "Types",
    "findings_count": "Showing {shown:,} of {count:,} findings. Narrow the search to see others.",
    "record_heading": "The record",
    "record_pick": "Open the record of a finding",
    "record_hint": "Select a row of the table (or pick its record above) to see the whole record.",
    "record_missing": "That record is not in the loaded analysis.",
    # what they know
    "know_caption": (
        "What a scoring system could conclude from these exports. Open *Evidence* under a "
        "claim to see the records it rests on."
    ),
    "no_claims": "Nothing to claim here from these exports.",
    "claim_meta": "{name} · confidence {confidence}%",
    "how_we_know": "How we know: {method}",
    "special_category": "special category (GDPR Art. 9)",
    "evidence": "Evidence ({count:,} records)",
    "evidence_more": "The first {shown} of {count:,} records.",
    "tab_identity": "Identity",
    "tab_social": "Social graph",
    "tab_routine": "Routine",
    "tab_places": "Places",
    "tab_finances": "Finances",
    "tab_sensitive": "Sensitive",
    "tab_opinions": "Opinions",
    "tab_platform": "The platform's own view",
    "identity_heading": "Who you are, across apps",
    "identity_card": "Identity card",
    "linkage_graph": "Which export holds which identifier",
    "social_heading": "Your social graph",
    "social_caption": "The {shown} strongest ties; size is tie strength, colour a community.",
    "top_contacts": "Top contacts",
    "routine_heading": "When you are active (day of week × hour)",
    "sleep_heading": "Sleep window, night by night",
    "places_heading": "Places",
    "places_caption": "Drawn on a blank longitude/latitude plane: no map tiles are fetched.",
    "finances_heading": "Where the money goes",
    "sensitive_heading": "Sensitive categories",
    "sensitive_caption": (
        "Health, religion, politics and other special categories: the law protects them, "
        "and a scoring system could still guess them."
    ),
    "opinions_heading": "Opinions and tone",
    "platform_heading": "The platform's own inferences, next to footprint's",
    "platform_caption": (
        "What the platform wrote about you in its export, and what footprint inferred."
    ),
    # score
    "lens_label": "Lens",
    "rule_editor": "Rule editor: weights and switches",
    "rule_editor_caption": "Change points, caps or switch rules; the score updates at once.",
    "col_enabled": "on",
    "col_points": "points",
    "col_cap": "cap",
    "rules_changed": "You changed the rules: this is your what-if version of the lens.",
    "grade": "Grade",
    "consequences_heading": "Consequences at this grade",
    "no_consequences": "No listed consequences at this grade.",
    "waterfall_heading": "Where every point comes from",
    "why_step": "Evidence for a step",
    "association_heading": "Points that come from other people",
    "share_of_movement": "Share of the movement from others",
    "points_from_others": "Points from others",
    "score_without_others": "Score without them",
    "no_association": "No contact moved this score.",
    "advice_heading": "What to delete first",
    "advice_caption": (
        "Each action is simulated: footprint infers again without those records and scores "
        "again. On big exports this takes a while."
    ),
    "advice_button": "Compute the advice",
    "advice_running": "Trying each action…",
    # redact
    "redact_caption": (
        "Make copies of your exports with personal information replaced, to share them more safely."
    ),
    "redact_types": "Types of personal information to replace",
    "redact_operator": "Replace with",
    "operator_mask": "a mask (*****)",
    "operator_replace": "the type (<PERSON>)",
    "operator_pseudonym": "a consistent pseudonym (Person-3F2A1C)",
    "preview_heading": "Preview",
    "preview_empty": "Nothing would change in the first records.",
    "download_heading": "Redacted copies",
    "redact_needs_files": (
        "Redacting needs the original files: load a persona or upload them again."
    ),
    "redact_button": "Make the redacted copies",
    "redact_running": "Redacting and checking for leaks…",
    "leak_check_passed": "{files} file(s) written; the leak check found none of the detected "
    "values left. A value the detector did not find cannot be checked: read the copies "
    "before you share them.",
    "leak_check_failed": "The leak check still found {leaks} value(s): see manifest.json.",
    "leak_check_limit": (
        "The leak check looks for the values footprint detected (in free text, in structured "
        "fields, and the names and nicknames of the people your exports name). A value the "
        "detector did not find cannot be checked: read the copies before you share them."
    ),
    "download_zip": "Download the redacted zip",
    "nothing_kept": (
        "Nothing is kept: the copies are made in a temporary folder, zipped in memory and "
        "the folder is deleted at once."
    ),
    "report_heading": "Report",
    "report_format": "Format",
    "download_report": "Download the report (values masked)",
    "report_button": "Make the report",
    "report_running": "Writing the report…",
    # workshop
    "workshop_caption": (
        "For a room: two fictional personas side by side, and questions to walk through."
    ),
    "no_personas": "No sample personas found (run `footprint samples generate`).",
    "presenter_button": "Turn on presenter mode",
    "presenter_is_on": "Presenter mode is on: personal values are blurred.",
    "compare_heading": "Two personas side by side",
    "persona_a": "Persona A",
    "persona_b": "Persona B",
    "guided_heading": "Guided sequence (persona A)",
    "previous": "◀ Previous",
    "next": "Next ▶",
    "score_now": "Score now",
    "q_payments": "What can a stranger learn from your payments?",
    "note_payments": "Ask the room to guess first; then show the categories and the claims.",
    "q_best_friend": "What does your best friend cost you?",
    "note_best_friend": (
        "The score moves for what contacts do. Show the points each contact moves."
    ),
    "q_sleep": "When do you sleep, and where?",
    "note_sleep": "Timestamps alone give the sleep window; locations give home and work.",
    "q_identity": "How many apps know it's you?",
    "note_identity": "One phone number or e-mail links exports that look unrelated.",
    "q_platform": "What has the platform already decided about you?",
    "note_platform": "Compare the platform's own inferences with footprint's.",
    "q_minimise": "What would you delete first?",
    "note_minimise": "Open the Score page and compute the advice together.",
    "minimise_hint": "The advice ranks actions by how much inference and score they remove.",
    # reports (HTML, Markdown, handout)
    "report_title": "footprint report",
    "report_h1": "What your exports hold",
    "report_meta": (
        "footprint {version} · detector: {detector} · values {values} · made offline on your "
        "computer"
    ),
    "report_values_shown": "shown",
    "report_values_masked": "masked",
    "total_sources": "sources",
    "total_records": "records",
    "total_findings": "findings",
    "total_inferences": "inferences",
    "report_found": "Personal information found",
    "col_type": "type",
    "col_findings": "findings",
    "col_values": "distinct values",
    "col_occurrences": "occurrences",
    "col_examples": "examples",
    "report_per_source": "Per source, and the redaction plan",
    "report_source_meta": "{path} · {records} records · {problems} problems",
    "col_plan": "plan",
    "col_why": "why",
    "plan_pseudonymise": "pseudonymise",
    "plan_keep": "keep",
    "why_keep": "not personal on its own; kept so the file stays readable",
    "why_pseudonymise": "replaced by the same pseudonym in every file",
    "report_no_pii": "No personal information detected.",
    "report_timezone": "times in {zone} ({reason})",
    "report_conclude": "What a scoring system could conclude",
    "col_family": "family",
    "col_claim": "claim",
    "col_confidence": "confidence",
    "col_cited": "records cited",
    "tag_special": "special category",
    "report_no_inferences": "No inferences were drawn.",
    "report_score": "The score: an illustrative simulation",
    "report_starts": "Starts at {base}. Largest contributions:",
    "report_consequences": "Consequences in this simulation: {items}",
    "report_no_score": "No score: nothing was inferred.",
    "report_problems": (
        "{count} problem(s) while reading the exports; run footprint scan --json for details."
    ),
    "chart_label": "findings per type",
    "handout_title": "footprint handout",
    "handout_heading": "What your data says about you",
    "handout_meta": "A footprint handout · fictional sample data · values {values} · made offline",
    "handout_conclude": "What a stranger could conclude",
    "handout_records": "{count} records",
    "handout_score": "The score (a simulation)",
    "handout_sources": "Which export says the most",
    "handout_findings": "{count} findings",
    "handout_discuss": "To discuss",
    "handout_questions": (
        "Which of these conclusions would you accept from a bank, an employer, a city? Which "
        "record would you delete first, and what would it change? Who watches the people who "
        "write the rules?"
    ),
}

ZH: dict[str, str] = {
    "token_required": (
        "此看板只能通过 `footprint demo` 启动时打印的链接打开（链接以 `?token=…` 结尾）。"
        "令牌可防止这台电脑上的其他账户访问。请打开该链接，或用 `footprint demo` 重新启动。"
    ),
    "telemetry_refused": (
        "使用统计已开启（browser.gatherUsageStats）。footprint 拒绝在此状态下运行："
        "请用 `footprint demo` 启动，或设置 browser.gatherUsageStats = false。"
    ),
    "privacy_note": "只在本机运行。不上传任何内容，也不保存任何内容。",
    "presenter_toggle": "演示模式",
    "presenter_help": "在屏幕上模糊个人信息，适合工作坊投影。",
    "reveal_toggle": "显示个人信息",
    "reveal_help": "默认遮盖个人信息。开启后完整显示，仅限本次会话。",
    "simulation_title": "示意性模拟。",
    "simulation_notice": (
        "依据公开描述（关于芝麻信用、荣成积分试点和法院失信名单的报道），应用于 footprint "
        "从你的导出数据中推断出的内容。每一分都来自一条你可以阅读和修改的规则。"
        "这不是任何真实系统给出的真实分数。"
    ),
    "page_load": "载入导出数据",
    "page_overview": "概览",
    "page_personal": "个人信息",
    "page_know": "他们知道什么",
    "page_score": "评分",
    "page_redact": "脱敏与导出",
    "page_workshop": "工作坊模式",
    "nothing_loaded": "尚未载入数据。请打开 **载入导出数据** 并选择一个示例人物。",
    "load_title": "载入导出数据",
    "load_caption": "一切都留在这台电脑上：文件在内存中读取，不上传到任何地方，也不保存。",
    "persona_heading": "虚构的示例人物",
    "persona_label": "人物",
    "load_persona": "载入人物",
    "loading_persona": "正在读取该人物的导出数据…",
    "upload_heading": "你自己的导出数据",
    "upload_label": "聊天、支付、社交或位置导出：文件或 .zip 压缩包",
    "scan_uploads": "扫描上传的文件",
    "status_reading": "正在读取你的导出数据…",
    "stage_parse": "读取文件",
    "stage_detect": "查找个人信息",
    "status_done": "已读取 {records:,} 条记录",
    "summarising": "正在汇总发现的内容…",
    "label_persona": "示例人物：{name}",
    "label_uploads": "{count} 个上传文件",
    "label_rescanned": "上传文件（按你的更正重新扫描）",
    "loaded_heading": "已载入",
    "files_heading": "每个文件，以及 footprint 的识别结果",
    "files_caption": "识别错了？在表格中选择正确的格式，然后重新扫描。",
    "format_help": "修改识别结果，然后重新扫描。",
    "rescan_formats": "按这些格式重新扫描",
    "zones_heading": "时区：本人的当地时间",
    "zones_caption": (
        "作息、工作时间和在家过夜都按本人的当地时间计算，每个来源的时区都由导出文件本身推断。"
        "不对？选择正确的时区，然后重新扫描。"
    ),
    "zones_help": "IANA 时区名，例如 Asia/Shanghai；扫描将对该来源使用它。",
    "rescan_zones": "按这些时区重新扫描",
    "tz_basis_override": "由你设定",
    "tz_basis_offsets": "根据该导出文件中的精确时差",
    "tz_basis_coordinates": "根据位置记录中的坐标",
    "tz_basis_hints": "根据线索（电话号码、货币、语言）",
    "tz_basis_others": "此处无时区信息：采用其他来源一致的时区",
    "tz_basis_computer": "所有导出文件都没有线索：采用这台电脑的时区",
    "rescan_needs_files": "更正格式需要原始文件：请重新上传。",
    "bank_heading": "银行流水的列",
    "bank_caption": (
        "footprint 猜测了这份银行 CSV 每一列的含义。请检查，必要时修改后确认；"
        "该映射适用于你载入的所有通用银行 CSV。"
    ),
    "bank_unusable": "映射至少需要日期列和金额列（或支出/收入列）。",
    "bank_confirm": "确认这些列并重新扫描",
    "problems_warning": "有 {count} 个文件未能完整读取，逐一列在下方。",
    "no_problems": "所有文件均已顺利读取。",
    "page_failed": "“{page}”页面出错，无法显示；其他页面仍可正常使用。错误信息（可用于报告问题）：",
    "continue_overview": "继续查看概览",
    "detector_notice": "个人信息检测器以简化模式运行：",
    "metric_sources": "数据来源",
    "metric_records": "记录",
    "metric_findings": "个人信息发现",
    "metric_types": "个人信息种类",
    "metric_problems": "问题",
    "metric_inferences": "推断",
    "activity_heading": "各来源随时间的活动",
    "entities_heading": "按类型统计的个人信息",
    "detector_mode": "检测器：{mode}",
    "inferred_heading": "可以推断出什么",
    "inferred_caption": "{count} 条推断；结论及其证据见 *他们知道什么*。",
    "sources_heading": "数据来源",
    "problems_heading": "解析问题",
    "personal_caption": "footprint 找到的每个值、它的位置，以及所在的记录。",
    "values_masked": "个人信息已遮盖。在侧栏开启 *显示个人信息* 可完整查看（仅限本次会话）。",
    "matrix_heading": "各来源中的个人信息种类",
    "no_findings": "没有发现个人信息。",
    "findings_heading": "发现",
    "search_label": "搜索",
    "search_placeholder": "值、类型、来源或文件",
    "types_label": "类型",
    "findings_count": "显示 {count:,} 条中的 {shown:,} 条。缩小搜索范围以查看其他条目。",
    "record_heading": "记录",
    "record_pick": "打开某条发现所在的记录",
    "record_hint": "选择表格中的一行（或在上方选择其记录）以查看完整记录。",
    "record_missing": "该记录不在已载入的分析中。",
    "know_caption": (
        "评分系统可能从这些导出数据中得出的结论。展开结论下方的 *证据* 查看其依据的记录。"
    ),
    "no_claims": "从这些导出数据中得不出这方面的结论。",
    "claim_meta": "{name} · 置信度 {confidence}%",
    "how_we_know": "我们如何得知：{method}",
    "special_category": "特殊类别（GDPR 第 9 条）",
    "evidence": "证据（{count:,} 条记录）",
    "evidence_more": "{count:,} 条记录中的前 {shown} 条。",
    "tab_identity": "身份",
    "tab_social": "社交关系",
    "tab_routine": "作息",
    "tab_places": "地点",
    "tab_finances": "财务",
    "tab_sensitive": "敏感信息",
    "tab_opinions": "观点",
    "tab_platform": "平台自己的判断",
    "identity_heading": "跨应用的你",
    "identity_card": "身份卡",
    "linkage_graph": "哪份导出包含哪个标识符",
    "social_heading": "你的社交关系图",
    "social_caption": "最强的 {shown} 条关系；大小表示关系强度，颜色表示圈子。",
    "top_contacts": "主要联系人",
    "routine_heading": "你何时活跃（星期 × 小时）",
    "sleep_heading": "每晚的睡眠时段",
    "places_heading": "地点",
    "places_caption": "绘制在空白的经纬度平面上：不获取任何地图瓦片。",
    "finances_heading": "钱花在哪里",
    "sensitive_heading": "敏感类别",
    "sensitive_caption": "健康、宗教、政治等特殊类别：法律保护它们，但评分系统仍可能猜到。",
    "opinions_heading": "观点与语气",
    "platform_heading": "平台自己的推断与 footprint 的推断对照",
    "platform_caption": "平台在导出数据中记录的关于你的内容，以及 footprint 推断的内容。",
    "lens_label": "视角",
    "rule_editor": "规则编辑器：权重与开关",
    "rule_editor_caption": "修改分值、上限或开关规则；分数立即更新。",
    "col_enabled": "启用",
    "col_points": "分值",
    "col_cap": "上限",
    "rules_changed": "你修改了规则：这是该视角的假设版本。",
    "grade": "等级",
    "consequences_heading": "该等级的后果",
    "no_consequences": "该等级没有列出的后果。",
    "waterfall_heading": "每一分从何而来",
    "why_step": "某一步的证据",
    "association_heading": "来自他人的分数",
    "share_of_movement": "他人造成的变动占比",
    "points_from_others": "来自他人的分数",
    "score_without_others": "没有他们时的分数",
    "no_association": "没有联系人影响这个分数。",
    "advice_heading": "最该先删除什么",
    "advice_caption": (
        "每项操作都会被模拟：footprint 去掉相应记录后重新推断并重新评分。"
        "导出数据很大时需要一些时间。"
    ),
    "advice_button": "计算建议",
    "advice_running": "正在逐项尝试…",
    "redact_caption": "制作替换了个人信息的导出副本，以便更安全地分享。",
    "redact_types": "要替换的个人信息类型",
    "redact_operator": "替换为",
    "operator_mask": "遮盖（*****）",
    "operator_replace": "类型名（<PERSON>）",
    "operator_pseudonym": "一致的化名（Person-3F2A1C）",
    "preview_heading": "预览",
    "preview_empty": "前面的记录中没有需要修改的内容。",
    "download_heading": "脱敏副本",
    "redact_needs_files": "脱敏需要原始文件：请载入示例人物或重新上传。",
    "redact_button": "生成脱敏副本",
    "redact_running": "正在脱敏并检查遗漏…",
    "leak_check_passed": "已写入 {files} 个文件；遗漏检查未发现任何已检测值的残留。"
    "检测器没有发现的值无法检查：分享前请自己再读一遍副本。",
    "leak_check_failed": "遗漏检查仍发现 {leaks} 个值：见 manifest.json。",
    "leak_check_limit": (
        "遗漏检查只查找 footprint 检测到的值（自由文本中的、结构化字段中的，"
        "以及导出数据里提到的人的姓名和昵称）。检测器没有发现的值无法检查：分享前请自己再读一遍副本。"
    ),
    "download_zip": "下载脱敏 zip",
    "nothing_kept": "不保留任何内容：副本在临时文件夹中生成，在内存中打包，随即删除该文件夹。",
    "report_heading": "报告",
    "report_format": "格式",
    "download_report": "下载报告（个人信息已遮盖）",
    "report_button": "生成报告",
    "report_running": "正在生成报告…",
    "workshop_caption": "面向课堂：两个虚构人物并排对比，以及逐步讨论的问题。",
    "no_personas": "未找到示例人物（运行 `footprint samples generate`）。",
    "presenter_button": "开启演示模式",
    "presenter_is_on": "演示模式已开启：个人信息已模糊。",
    "compare_heading": "两个人物并排对比",
    "persona_a": "人物 A",
    "persona_b": "人物 B",
    "guided_heading": "引导流程（人物 A）",
    "previous": "◀ 上一步",
    "next": "下一步 ▶",
    "score_now": "当前分数",
    "q_payments": "陌生人能从你的付款记录中知道什么？",
    "note_payments": "先请大家猜一猜，再展示消费类别和结论。",
    "q_best_friend": "你最好的朋友让你损失了多少分？",
    "note_best_friend": "分数会因联系人的行为而变动。展示每位联系人带来的分数变化。",
    "q_sleep": "你何时睡觉，在哪里睡？",
    "note_sleep": "仅凭时间戳就能得出睡眠时段；位置数据则给出住处和工作地点。",
    "q_identity": "有多少应用知道这是你？",
    "note_identity": "一个手机号或邮箱就能把看似无关的导出数据联系起来。",
    "q_platform": "平台已经对你下了什么判断？",
    "note_platform": "将平台自己的推断与 footprint 的推断对照。",
    "q_minimise": "你会先删除什么？",
    "note_minimise": "打开评分页面，一起计算建议。",
    "minimise_hint": "建议按照每项操作能消除多少推断和分数来排序。",
    "report_title": "footprint 报告",
    "report_h1": "你的导出数据里有什么",
    "report_meta": (
        "footprint {version} · 检测器：{detector} · 个人信息{values} · 在你的电脑上离线生成"
    ),
    "report_values_shown": "已显示",
    "report_values_masked": "已遮盖",
    "total_sources": "个数据来源",
    "total_records": "条记录",
    "total_findings": "处个人信息",
    "total_inferences": "条推断",
    "report_found": "发现的个人信息",
    "col_type": "类型",
    "col_findings": "数量",
    "col_values": "不同的值",
    "col_occurrences": "出现次数",
    "col_examples": "示例",
    "report_per_source": "各数据来源及脱敏方案",
    "report_source_meta": "{path} · {records} 条记录 · {problems} 个问题",
    "col_plan": "方案",
    "col_why": "原因",
    "plan_pseudonymise": "化名替换",
    "plan_keep": "保留",
    "why_keep": "单独看不算个人信息；保留它，文件才读得通",
    "why_pseudonymise": "在每个文件中都替换为同一个化名",
    "report_no_pii": "未发现个人信息。",
    "report_timezone": "时间按 {zone} 解读（{reason}）",
    "report_conclude": "评分系统可能得出的结论",
    "col_family": "类别",
    "col_claim": "结论",
    "col_confidence": "置信度",
    "col_cited": "引用的记录",
    "tag_special": "特殊类别",
    "report_no_inferences": "没有得出任何推断。",
    "report_score": "评分：示意性模拟",
    "report_starts": "起始分 {base}。影响最大的几项：",
    "report_consequences": "在这个模拟中的后果：{items}",
    "report_no_score": "没有评分：没有推断出任何内容。",
    "report_problems": "读取导出数据时遇到 {count} 个问题；运行 footprint scan --json 查看详情。",
    "chart_label": "按类型统计的个人信息",
    "handout_title": "footprint 讲义",
    "handout_heading": "你的数据透露了你的什么",
    "handout_meta": "footprint 讲义 · 虚构的示例数据 · 个人信息{values} · 离线生成",
    "handout_conclude": "陌生人能得出什么结论",
    "handout_records": "{count} 条记录",
    "handout_score": "评分（模拟）",
    "handout_sources": "哪份导出透露得最多",
    "handout_findings": "{count} 处",
    "handout_discuss": "讨论",
    "handout_questions": (
        "这些结论中，哪些你能接受银行、雇主或城市管理部门据此对待你？你会先删除哪条记录，"
        "删除后会有什么变化？制定规则的人，又由谁来监督？"
    ),
}

CATALOGUE: Mapping[str, Mapping[str, str]] = {"en": EN, "zh": ZH}


def placeholders(template: str) -> set[str]:
    """The ``{name}`` fields of a template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def text(key: str, language: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The string ``key`` in ``language`` (English if missing), filled with ``values``."""
    strings = CATALOGUE.get(language, EN)
    template = strings.get(key) or EN.get(key)
    if template is None:
        raise KeyError(f"no UI string {key!r}")
    return template.format(**values) if values else template
