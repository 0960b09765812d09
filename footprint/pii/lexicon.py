"""Word lists for telling names from ordinary words, from installed packages only.

``COMMON_WORDS`` joins spaCy's English stop words, Faker's list of ~1,000 common
English words and the words chats and payments use most; a capitalised word in it is
no reason to run NER, and a name that is also such a word ("Will", "May") is matched
only when capitalised.
"""

from __future__ import annotations

from faker.providers.lorem.en_US import Provider as _EnglishWords
from spacy.lang.en.stop_words import STOP_WORDS

_CHAT_WORDS = ["ok", "okay", "k", "kk", "lol", "lmao", "haha", "hahaha", "hehe", "omg", "btw", "idk", "tbh", "imo", "brb", "ttyl", "np", "ty", "thx", "thanks", "thank", "yes", "yeah", "yep", "yup", "no", "nope", "nah", "sure", "cool", "nice", "great", "good", "fine", "awesome", "perfect", "lovely", "brilliant", "hi", "hey", "hello", "hiya", "morning", "evening", "night", "afternoon", "tonight", "today", "tomorrow", "yesterday", "weekend", "sorry", "please", "pls", "plz", "congrats", "congratulations", "cheers", "bye", "goodnight", "welcome", "love", "miss", "xx", "xxx", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "xmas", "easter", "halloween", "new", "year", "birthday", "bday", "anniversary", "holiday", "holidays", "lunch", "dinner", "breakfast", "brunch", "coffee", "tea", "beer", "wine", "pub", "bar", "gym", "work", "office", "home", "meeting", "call", "text", "message", "msg", "phone", "email", "chat", "group", "photo", "video", "voice", "note", "link", "sticker", "gif", "see", "soon", "later", "now", "just", "still", "maybe", "probably", "definitely", "totally", "really", "actually", "literally", "sounds", "looks", "feels", "seems", "running", "late", "leaving", "coming", "going", "heading", "arrived", "almost", "nearly", "happy", "sad", "tired", "busy", "free", "ready", "done", "finished", "started", "booked", "paid", "sent", "got", "bought", "payment", "transfer", "refund", "order", "invoice", "receipt", "subscription", "purchase", "bill", "rent", "salary", "money", "cash", "card", "bank", "account", "balance", "fee", "fees", "total", "amount", "received", "sent", "pending", "completed", "uk", "us", "usa", "eu", "english", "british", "american", "london", "manchester", "paris", "new", "york", "city", "town", "street", "road", "lane", "avenue", "station", "airport", "hotel", "restaurant", "cafe", "shop", "store", "supermarket", "mum", "mom", "dad", "mother", "father", "sister", "brother", "son", "daughter", "wife", "husband", "family", "friend", "friends", "baby", "kids", "kid", "boss", "team", "guys", "everyone", "anyone", "someone", "nobody", "mate", "mates", "dear", "darling", "babe", "netflix", "spotify", "amazon", "uber", "google", "apple", "iphone", "android", "whatsapp", "paypal", "twitter", "instagram", "facebook", "youtube", "tiktok", "ebay", "tesco", "sainsbury", "starbucks", "mcdonalds", "deliveroo", "zoom", "teams", "i", "im", "ive", "ill", "id", "dont", "cant", "wont", "didnt", "doesnt", "isnt", "wasnt", "arent", "thats", "whats", "lets", "will", "bill", "mark", "rose", "grace", "hope", "joy", "faith", "pat", "sue", "art", "bob", "june", "april", "august", "frank", "miles", "penny", "ruby", "sandy", "dawn", "summer", "autumn", "sky", "river", "storm", "amber", "crystal", "dale", "glen", "hunter"]

COMMON_WORDS: frozenset[str] = frozenset(
    {word.lower() for word in STOP_WORDS}
    | {word.lower() for word in _EnglishWords.word_list}
    | set(_CHAT_WORDS)
)

# Words that mark a payee or chat as a business or group rather than a person.
NOT_A_PERSON = frozenset(
    ["ltd", "limited", "inc", "llc", "plc", "gmbh", "corp", "co", "company", "bank", "store", "stores", "shop", "services", "restaurant", "cafe", "pay", "payments", "group", "family", "team", "club", "official", "support", "store", "公司", "银行", "超市", "餐厅", "集团", "有限", "商店", "店", "群", "家人", "工作", "官方", "客服"]
)
