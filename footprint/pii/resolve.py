"""Overlapping results resolved to one per stretch of text, before anyone uses them."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from footprint.pii.chinese import dictionary_entry

# Between two parts of one address: a comma and spaces ("Flat 2, Rose Court, 3 Mill Lane").
_ADDRESS_JOINT = re.compile(r"\s*[,，]?\s*")
# A flat or unit word just before an address that starts with its number.
_UNIT_BEFORE = re.compile(r"(?i)\b(?:flat|apt\.?|apartment|unit|suite|room|studio)\s*$")

# Between a sort code or routing number and its account number: punctuation and an
# account label ("20-45-77 acc 41739260", "routing 269221390, acct 66562424870").
_BANK_JOINT = re.compile(
    r"(?i)[\s,;:/|\-–]*(?:(?:and|&)\s+)?(?:(?:the\s+|ur\s+|your\s+)?"
    r"(?:acc(?:oun)?t?|a/c|acct|account)\.?\s*(?:no\.?|number|num|#)?\s*(?:is\s+)?[:#=\-]?\s*)?"
)
# Recognizers whose BANK_ACCOUNT is the branch half (sort code, routing number).
_BRANCH_RECOGNIZERS = frozenset({"UkSortCodeAccountRecognizer", "AbaRoutingNumberRecognizer"})

# Which type wins when two results of equal length and score overlap.
_PRIORITY = {
    "EMAIL_ADDRESS": 0,
    "CN_RESIDENT_ID": 1,
    # National identifiers that share a phone number's or an account's shape win the tie
    # when their context made them certain (an NHS number next to "NHS").
    "UK_NHS": 1,
    "UK_NINO": 1,
    "US_SSN": 1,
    "US_ITIN": 1,
    "UK_PASSPORT": 1,
    "US_PASSPORT": 1,
    "ZA_ID": 1,
    "SG_NRIC": 1,
    "CA_SIN": 1,
    "IN_AADHAAR": 1,
    "NZ_IRD": 1,
    "IE_PPS": 1,
    "CN_PASSPORT": 1,
    "CN_SOCIAL_SECURITY": 1,
    "CN_DRIVING_LICENCE": 1,
    "BANK_ACCOUNT": 1,  # a routing or account number its word made certain, not a phone
    "CREDIT_CARD": 2,
    "IBAN_CODE": 3,
    "CRYPTO": 4,
    "IMEI": 5,
    "PHONE_NUMBER": 6,
    # A handle-shaped value that is also a WeChat ID or a name loses a tie.
    "USERNAME": 8,
    "URL": 9,
}


def resolve_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the longest, then highest-scoring, result of each overlapping group.

    A URL that overlaps an e-mail address is dropped whatever its length: it is the
    address's domain, not a link.
    """
    emails = [r for r in results if r.entity_type == "EMAIL_ADDRESS"]
    if emails:
        results = [
            r for r in results if r.entity_type != "URL" or not any(_overlap(r, e) for e in emails)
        ]
    ordered = sorted(
        results,
        key=lambda r: (-(r.end - r.start), -r.score, _PRIORITY.get(r.entity_type, 7), r.start),
    )
    kept: list[RecognizerResult] = []
    for result in ordered:
        if not any(_overlap(result, other) for other in kept):
            kept.append(result)
    kept.sort(key=lambda r: r.start)
    return kept


def _overlap(a: RecognizerResult, b: RecognizerResult) -> bool:
    return a.start < b.end and b.start < a.end


def join_split_values(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Adjacent LOCATION results that are parts of one address become one, and a flat or
    unit word right before an address joins it: a building name and its street, found
    as two results, are one address to a reader (and to redaction). So are a sort code
    or routing number and the account number after it."""
    joined: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: r.start):
        if result.entity_type == "LOCATION":
            unit = _UNIT_BEFORE.search(text, 0, result.start)
            if unit and not (joined and joined[-1].end > unit.start()):
                result = RecognizerResult(
                    "LOCATION", unit.start(), result.end, result.score,
                    recognition_metadata=result.recognition_metadata,
                )  # fmt: skip
            previous = joined[-1] if joined else None
            if (
                previous is not None
                and previous.entity_type == "LOCATION"
                and _ADDRESS_JOINT.fullmatch(text, previous.end, result.start)
            ):
                joined[-1] = RecognizerResult(
                    "LOCATION", previous.start, result.end, max(previous.score, result.score),
                    recognition_metadata=previous.recognition_metadata,
                )  # fmt: skip
                continue
        elif result.entity_type == "BANK_ACCOUNT" and _after_branch(text, joined, result):
            previous = joined[-1]
            joined[-1] = RecognizerResult(
                "BANK_ACCOUNT", previous.start, result.end, max(previous.score, result.score),
                recognition_metadata=previous.recognition_metadata,
            )  # fmt: skip
            continue
        joined.append(result)
    return joined


def _after_branch(text: str, joined: list[RecognizerResult], result: RecognizerResult) -> bool:
    """The account number right after its sort code or routing number: one identifier."""
    if not joined or joined[-1].entity_type != "BANK_ACCOUNT":
        return False
    previous = joined[-1]
    name = (previous.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)
    return name in _BRANCH_RECOGNIZERS and bool(
        _BANK_JOINT.fullmatch(text, previous.end, result.start)
    )


# A street type right after a name makes it a street's ("Oliver Plunkett Street"); not
# "St" before a capital ("Oliver St John" is a name), nor Lane, Close or Way (surnames).
_STREET_AFTER = re.compile(
    r"[ \t]+(?:Street|Road|Rd|Avenue|Ave|Boulevard|Blvd|Terrace|Crescent|Quay|Wharf|"
    r"St\.?(?![ \t]*[A-Z]))(?![A-Za-z])"
)
# The capitalised word right after a result.
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)")


def drop_building_names(
    text: str, results: list[RecognizerResult], kinds: frozenset[str]
) -> list[RecognizerResult]:
    """PERSON results that end in a kind of building ("Rose Cottage"), or are a full
    name that runs into one ("Graham Kerr Building") or any name that runs into a street
    type ("Oliver Plunkett Street"), are dropped: they name a building or a street, which
    an address result covers when it is one."""
    kept: list[RecognizerResult] = []
    for result in results:
        if result.entity_type == "PERSON":
            words = text[result.start : result.end].split()
            after = _NEXT_WORD.match(text, result.end)
            # A lone given name before "Court" may be a person at court; a full name not.
            runs_into = len(words) > 1 and after is not None and after.group(1) in kinds
            if (words and words[-1] in kinds) or runs_into or _STREET_AFTER.match(text, result.end):
                continue
        kept.append(result)
    return kept


# What a shop, a pub or a café calls itself after an owner's name: "Frankie's Fish Bar",
# "Miss Lily's Bakery". Not "House", "Place" or "Farm": "Gran's Place" is her home.
_BUSINESS_WORDS = (
    "Bar|Bakery|Bakehouse|Bistro|BBQ|Barbecue|Barbers?|Barbershop|Brewery|Burgers?|"
    "Caf[eé]|Cafeteria|Canteen|Chippy|Chicken|Coffee|Creamery|Curry|Deli|Diner|Donuts|"
    "Doughnuts|Eatery|Emporium|Fish|Garage|Grill|Ice Cream|Inn|Kebabs?|Kitchen|Noodles?|"
    "Pancakes?|Pantry|Pasties|Pies|Pizza|Pizzeria|Pub|Ramen|Restaurant|Salon|Seafood|"
    "Shack|Smokehouse|Steakhouse|Subs|Sushi|Takeaway|Tacos?|Taqueria|Tavern|Tea ?Rooms?|"
    "Tearooms?|Wings|Bagels?|Boutique|Nails|Hardware|Pharmacy|Chemist"
)
_OWNER_OF_BUSINESS = re.compile(rf"['’]s (?:[A-Z][a-z]+ )?(?:{_BUSINESS_WORDS})(?![A-Za-z])")
# A Chinese shop or brand names its owner and what it sells in one compound, with no 的:
# "张亮麻辣烫", "老陈家把子肉", "胡大饭馆"; "蔡林记", "袁记云饺" (X记 is a shop's sign).
_SHOP_GOODS = (
    "麻辣烫|米线|米粉|饺子|水饺|锅盔|大饼|烧饼|黄焖鸡|面馆|拉面|牛肉面|面条|饭馆|饭店|酒家|"
    "酒楼|餐厅|餐馆|菜馆|小吃|烧烤|烤肉|火锅|串串|冒菜|奶茶|包子|生煎|煎饼|凉皮|馄饨|抄手|"
    "粥铺|卤味|熟食|炸鸡|烤鸭|鸡架|把子肉|烧麦|烧卖|汤包|砂锅|酸菜鱼|烤鱼|甜品|糖水|豆花|"
    "凉面|小面|超市|便利店|大药房|药房|药店|诊所|理发店|美发|发廊|汽修|修车行|五金店|水果店|"
    "花店|茶庄|茶行|面包房|蛋糕店|早餐店|快餐|私房菜|土菜馆|家常菜|川菜馆|湘菜馆|粉店|"
    "面店|肠粉|烧腊|牛杂|酸辣粉|螺蛳粉|热干面|豆浆|油条|煲仔饭|盖浇饭|黄焖|焖锅|鸡汤|烤串|"
    "肉夹馍|煎饼果子|胡辣汤|烩面|凉粉|烤冷面|臭豆腐|烧鸡|卤肉|羊肉串|肉饼|包子铺"
)
_CHINESE_SHOP_AFTER = re.compile(rf"(?:家)?(?:{_SHOP_GOODS})|记")
# 记 opening a word jieba lists this often is that word (王芳记得, 李明记住), not a sign.
_WORD_FREQUENCY = 20
_SHOP_SIGN_INSIDE = re.compile(r"^[\u4e00-\u9fff]{1,2}记[\u4e00-\u9fff]")


def drop_business_names(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """PERSON results that are the owner in a business's name ("Frankie's Fish Bar",
    "Uncle Ray's BBQ", "杨国福麻辣烫", "黄记煌"): a shop's sign, not someone the writer
    knows."""
    return [result for result in results if not _names_a_business(text, result)]


def _names_a_business(text: str, result: RecognizerResult) -> bool:
    if result.entity_type != "PERSON":
        return False
    if _OWNER_OF_BUSINESS.match(text, result.end):
        return True
    value = text[result.start : result.end]
    if not value or not "\u4e00" <= value[-1] <= "\u9fff":
        return False
    after = _CHINESE_SHOP_AFTER.match(text, result.end)
    if after and after.group() == "记":
        word = text[result.end : result.end + 2]
        if len(word) == 2 and dictionary_entry(word)[0] >= _WORD_FREQUENCY:
            after = None
    return bool(after or _SHOP_SIGN_INSIDE.match(value))


# A title of a book, film or song in Chinese title marks: 《闲人马大姐》 names no one the
# writer knows.
_WORK_TITLE = re.compile(r"《[^《》\n]{1,40}》")


def drop_work_titles(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """PERSON results inside a title in 《》 marks."""
    if "《" not in text:
        return results
    titles = [m.span() for m in _WORK_TITLE.finditer(text)]
    return [
        result
        for result in results
        if result.entity_type != "PERSON"
        or not any(start < result.start and result.end < end for start, end in titles)
    ]
