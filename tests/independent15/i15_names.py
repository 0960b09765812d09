"""Name pools for the independent15 corpus (pure data, all invented combinations).

English pools: origin -> (given names, surnames, nicknames).
Chinese pools: region -> surnames with pinyin; given names with pinyin are shared.
"""

EN = {
    # Irish
    "ie": (
        ["Aoife", "Niamh", "Oisín", "Ciarán", "Pádraig", "Gráinne", "Dervla", "Eoghan",
         "Caoimhe", "Róisín", "Tadhg", "Saoirse", "Cathal", "Fionnuala", "Donal", "Orla",
         "Declan", "Sinéad", "Colm", "Bríd", "Darragh", "Clodagh", "Peadar", "Aisling",
         "Siobhán", "Cillian", "Muireann", "Fiachra"],
        ["Byrne", "Kavanagh", "Fitzgerald", "Dunne", "Gallagher", "Quinlan", "Tierney",
         "Mulcahy", "Brennan", "McGrath", "Doherty", "Hennessy", "Ó Ceallaigh", "Lynch",
         "Ní Bhriain", "Coughlan", "Moriarty", "Cullinane", "Tuohy", "Keogh"],
        ["Ger", "Dec", "Fi", "Shiv", "Neevo", "Ciaro", "Podge", "Dodo"],
    ),
    # Scottish
    "sc": (
        ["Ailsa", "Morag", "Hamish", "Fraser", "Callum", "Isla", "Eilidh", "Struan",
         "Mhairi", "Kirsty", "Lachlan", "Euan", "Iona", "Rhona", "Finlay", "Catriona",
         "Ross", "Gregor", "Ishbel", "Torquil", "Kenzie", "Innes", "Calum", "Shona"],
        ["MacLeod", "Sinclair", "Drummond", "Baird", "Urquhart", "McAllister", "Buchanan",
         "Menzies", "Crawford", "Galbraith", "Moffat", "Rennie", "Lennox", "Cowie",
         "Forsyth", "Gillespie", "MacAskill", "Strachan", "Boyle", "Ferguson"],
        ["Shug", "Boaby", "Jinty", "Mags", "Wee Tam", "Rab", "Senga", "Big Eck"],
    ),
    # Australian
    "au": (
        ["Brodie", "Jacinta", "Kylie", "Shannon", "Tahnee", "Jarrah", "Kirra", "Lachie",
         "Mitch", "Bronte", "Tegan", "Sione", "Tayla", "Kurt", "Shae", "Cody", "Jaxon",
         "Leilani", "Darcy", "Matilda"],
        ["Walsh", "Kowalczyk", "Papadopoulos", "McKinnon", "Tupou", "Fa'asavalu",
         "Nguyen-Smith", "Costa", "Haddad", "Pearce", "O'Loughlin", "Tran", "Vella",
         "Sorensen", "Dimitriou"],
        ["Dazza", "Shazza", "Robbo", "Gazza", "Davo", "Tommo", "Jono", "Bazza", "Kez"],
    ),
    # New Zealand (Maori and Pakeha)
    "nz": (
        ["Aroha", "Wiremu", "Hemi", "Mere", "Tāne", "Ngaio", "Manaia", "Kiri", "Rangi",
         "Tui", "Ihaia", "Anahera", "Nikau", "Mereana", "Tama", "Hine", "Keri", "Ruby"],
        ["Tipene", "Ngata", "Te Awa", "Parata", "Horomona", "Henare", "Waititi-Reid",
         "Tamihana", "Pomare", "McIntyre", "Rewi", "Kereama", "Paewai"],
        ["Bro", "Cuz", "Hemz", "Nikz", "Wiri", "Tama-boy"],
    ),
    # Nigerian diaspora
    "ng": (
        ["Chidinma", "Oluwaseun", "Tobi", "Adaeze", "Emeka", "Ngozi", "Funmilayo",
         "Kelechi", "Yetunde", "Blessing", "Favour", "Precious", "Godspower", "Peace",
         "Gift", "Patience", "Chukwudi", "Ifeoma", "Babajide", "Temitope", "Amaka",
         "Obinna", "Bisola", "Uchenna", "Damilola", "Zainab", "Sani", "Goodness",
         "Wisdom", "Praise"],
        ["Okafor", "Adeyemi", "Nwosu", "Eze", "Balogun", "Okonkwo", "Ogunleye", "Adebayo",
         "Uzoma", "Bello", "Onyekachi", "Olatunji", "Chukwu", "Afolabi", "Nnamdi",
         "Oyelaran", "Ibekwe", "Akintola", "Odunsi", "Anozie"],
        ["Seun", "Funmi", "Tope", "Dami", "Jide", "Chichi", "Ada", "Kel", "Emy", "Bimbo",
         "Babygirl", "Oga T"],
    ),
    # Ghanaian diaspora
    "gh": (
        ["Kwame", "Akosua", "Yaw", "Efua", "Kofi", "Ama", "Abena", "Kwabena", "Esi",
         "Nana", "Adjoa", "Kojo", "Afua", "Kwesi", "Yaa", "Ekow", "Dede", "Selorm",
         "Elikem", "Mawuli", "Adwoa", "Fiifi", "Akua", "Kwaku"],
        ["Mensah", "Owusu", "Boateng", "Asante", "Darko", "Appiah", "Ofori", "Agyeman",
         "Quaye", "Tetteh", "Amoah", "Sarpong", "Addo", "Antwi", "Frimpong", "Nkansah",
         "Badu", "Acheampong", "Kuffour", "Ansah"],
        ["Kwabs", "Kojo B", "Nana Yaa", "Fiifi K", "Abi", "Sister Esi", "Bra Kofi"],
    ),
    # Vietnamese-American
    "vn": (
        ["Linh", "Thao", "Bao", "Minh", "Khoa", "Duc", "Huong", "Tuyet", "Phuong", "Anh",
         "Vy", "Quang", "Hai", "Long", "Hoa", "Lan", "Tam", "Trinh", "Kim", "Thanh",
         "Ngoc", "Dung", "Hieu", "Tuan", "Phương", "Hương", "Đức", "Thảo", "Kevin",
         "Tiffany", "Jimmy", "Vivian", "Danny", "Cindy"],
        ["Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo",
         "Duong", "Ly", "Truong", "Phan", "Huynh", "Nguyễn", "Trần", "Phạm", "Lê"],
        ["Bé", "Tí", "Bin", "Su", "Bông", "Cún", "Mập", "Bi", "Xoài"],
    ),
    # Jamaican-British
    "jm": (
        ["Delroy", "Marcia", "Winston", "Errol", "Sharmaine", "Leroy", "Paulette",
         "Junior", "Dwayne", "Tanisha", "Claudette", "Desmond", "Shanice", "Jermaine",
         "Novelette", "Carlton", "Yvonne", "Orville", "Beverley", "Kemar", "Shantelle",
         "Fitzroy", "Icilda", "Lorna"],
        ["Campbell", "Grant", "McKenzie", "Clarke", "Reid", "Thompson", "Bailey",
         "Francis", "Morrison", "Gayle", "Henry", "Barrett", "Powell", "Samuels",
         "Edwards", "Blake", "Chambers", "Lindo", "Whyte", "Ricketts"],
        ["Bigga", "Dezzy", "Fitzy", "Shorty", "Ras", "Tuffy", "Bredda", "Sweets"],
    ),
    # other origins found in UK and US group chats
    "mix": (
        ["Zofia", "Tomasz", "Amira", "Hodan", "Rizwan", "Marisol", "Joaquín", "Dorota",
         "Yusuf", "Maryam", "Anjali", "Harpreet", "Oksana", "Bogdan", "Farah", "Ibrahim",
         "Thandiwe", "Sipho", "Ayşe", "Mehmet", "Luz", "Rafael", "Keiko", "Jae-won",
         "Priscila", "Wojciech", "Nasrin", "Arjun"],
        ["Kowalska", "Hassan", "Farah", "Iqbal", "Ortega", "Nowak", "Sandhu", "Kaur",
         "Shevchenko", "Dlamini", "Yılmaz", "Mendoza", "Tanaka", "Park", "Gomes",
         "Wiśniewski", "Rahman", "Bhatt", "Ahmadi", "Mahlangu"],
        ["Zosia", "Tom", "Riz", "Mari", "Yus", "Harps", "Bo", "Raf"],
    ),
    # given names that are also ordinary English words
    "wd": (
        ["Faith", "Hope", "Joy", "Sunny", "Frank", "Bill", "Pat", "Sue", "Penny", "Ivy",
         "Dawn", "Summer", "Sandy", "Rusty", "Amber", "Hunter", "Chase", "Miles", "Drew",
         "Reed", "Cliff", "Brook", "Heather", "Hazel", "Rowan", "Holly", "Ginger",
         "Autumn", "June", "April", "Violet", "Basil", "Earl", "Wade", "Dean", "Glen",
         "Ray", "Jade", "Pearl", "Crystal", "Iris", "Willow", "Daisy", "Poppy", "Sage",
         "Rocky", "Skye", "Storm", "Honey", "Destiny", "Lance", "Guy"],
        ["Baker", "Mason", "Cooper", "Carter", "Porter", "Walker", "Brown", "Green",
         "White", "Young", "Church", "Bishop", "Fox", "Lamb", "Rice", "Bell", "Hill",
         "Stone", "Wood", "Moss", "Banks", "Marsh", "Fields", "Little", "Sharp",
         "Strong", "Winter", "Summers", "Pine", "Gold", "Lake", "Forrest", "Street",
         "Chalk", "Birch"],
        ["Sunshine", "Bunny", "Pickle", "Peanut", "Button", "Duchess", "Chief", "Boss"],
    ),
}

# weighted origin draw for English persons (flavour of the round)
EN_ORIGINS = ["ie", "ie", "sc", "sc", "au", "nz", "ng", "ng", "gh", "gh", "vn", "vn",
              "jm", "jm", "mix", "wd", "wd"]

# ---------------------------------------------------------------- Chinese
# region -> list of (surname, pinyin)
ZH_SUR = {
    "sx": [("王", "wang"), ("张", "zhang"), ("李", "li"), ("刘", "liu"), ("赵", "zhao"),
           ("杨", "yang"), ("郭", "guo"), ("雷", "lei"), ("党", "dang"), ("屈", "qu"),
           ("贺", "he"), ("薛", "xue"), ("白", "bai"), ("惠", "hui"), ("权", "quan"),
           ("寇", "kou")],
    "gs": [("马", "ma"), ("何", "he"), ("牛", "niu"), ("魏", "wei"), ("尚", "shang"),
           ("包", "bao"), ("安", "an"), ("韩", "han"), ("常", "chang"), ("火", "huo"),
           ("石", "shi"), ("祁", "qi")],
    "sd": [("孔", "kong"), ("孟", "meng"), ("颜", "yan"), ("曲", "qu"), ("房", "fang"),
           ("鞠", "ju"), ("隋", "sui"), ("宫", "gong"), ("于", "yu"), ("孙", "sun"),
           ("崔", "cui"), ("吕", "lv"), ("高", "gao"), ("田", "tian")],
    "ah": [("汪", "wang"), ("程", "cheng"), ("方", "fang"), ("胡", "hu"), ("吴", "wu"),
           ("鲍", "bao"), ("姚", "yao"), ("查", "zha"), ("檀", "tan"), ("操", "cao"),
           ("江", "jiang"), ("许", "xu")],
    "jx": [("熊", "xiong"), ("邹", "zou"), ("涂", "tu"), ("饶", "rao"), ("彭", "peng"),
           ("万", "wan"), ("罗", "luo"), ("钟", "zhong"), ("曾", "zeng"), ("黄", "huang"),
           ("付", "fu"), ("龚", "gong")],
    "hn": [("符", "fu"), ("王", "wang"), ("吴", "wu"), ("陈", "chen"), ("林", "lin"),
           ("云", "yun"), ("邢", "xing"), ("冼", "xian"), ("羊", "yang"), ("莫", "mo"),
           ("蔡", "cai"), ("文", "wen")],
}
ZH_REGIONS = ["sx", "sx", "gs", "gs", "sd", "sd", "ah", "ah", "jx", "jx", "hn", "hn"]

# given names with pinyin; many are ordinary words
ZH_GIVEN_WORD = [
    ("国庆", "guoqing"), ("红旗", "hongqi"), ("卫东", "weidong"), ("胜利", "shengli"),
    ("爱民", "aimin"), ("秋菊", "qiuju"), ("冬梅", "dongmei"), ("金凤", "jinfeng"),
    ("来福", "laifu"), ("满仓", "mancang"), ("跃进", "yuejin"), ("富贵", "fugui"),
    ("永康", "yongkang"), ("向阳", "xiangyang"), ("光明", "guangming"), ("和平", "heping"),
    ("百顺", "baishun"), ("金山", "jinshan"), ("文明", "wenming"), ("常青", "changqing"),
    ("兰花", "lanhua"), ("铁柱", "tiezhu"), ("翠花", "cuihua"), ("招娣", "zhaodi"),
    ("春兰", "chunlan"), ("秀英", "xiuying"), ("桂香", "guixiang"), ("玉梅", "yumei"),
    ("丰收", "fengshou"), ("解放", "jiefang"), ("援朝", "yuanchao"), ("新民", "xinmin"),
    ("雪莲", "xuelian"), ("麦穗", "maisui"), ("石榴", "shiliu"), ("彩云", "caiyun"),
    ("东风", "dongfeng"), ("黎明", "liming"), ("朝阳", "chaoyang"), ("春雷", "chunlei"),
    ("宝山", "baoshan"), ("椰香", "yexiang"), ("凤凰", "fenghuang"), ("喜旺", "xiwang"),
    ("顺利", "shunli"), ("军", "jun"), ("勇", "yong"), ("静", "jing"), ("磊", "lei"),
    ("芳", "fang"), ("燕", "yan"), ("红", "hong"), ("刚", "gang"), ("霞", "xia"),
]
ZH_GIVEN_MODERN = [
    ("子轩", "zixuan"), ("梓涵", "zihan"), ("欣怡", "xinyi"), ("浩然", "haoran"),
    ("一诺", "yinuo"), ("雨桐", "yutong"), ("思远", "siyuan"), ("俊杰", "junjie"),
    ("佳琪", "jiaqi"), ("宇航", "yuhang"), ("诗涵", "shihan"), ("博文", "bowen"),
    ("明轩", "mingxuan"), ("可馨", "kexin"), ("嘉懿", "jiayi"), ("天佑", "tianyou"),
    ("若曦", "ruoxi"), ("晨阳", "chenyang"), ("梦瑶", "mengyao"), ("子墨", "zimo"),
    ("建军", "jianjun"), ("志强", "zhiqiang"), ("丽娟", "lijuan"), ("海涛", "haitao"),
    ("晓东", "xiaodong"), ("秀兰", "xiulan"), ("永红", "yonghong"), ("文杰", "wenjie"),
    ("亚楠", "yanan"), ("婷婷", "tingting"), ("鹏飞", "pengfei"), ("少华", "shaohua"),
]
# names that read as words when written in full
ZH_FULL_WORDS = [("高", "原", "gao", "yuan"), ("田", "野", "tian", "ye"),
                 ("方", "圆", "fang", "yuan"), ("石", "磊", "shi", "lei"),
                 ("江", "海", "jiang", "hai"), ("白", "云", "bai", "yun"),
                 ("万", "里", "wan", "li"), ("安", "康", "an", "kang"),
                 ("常", "乐", "chang", "le"), ("文", "静", "wen", "jing"),
                 ("林", "森", "lin", "sen"), ("向", "前", "xiang", "qian"),
                 ("金", "鑫", "jin", "xin"), ("夏", "天", "xia", "tian")]
# doubled and other nicknames that are not derived from the name
ZH_NICK = ["狗蛋", "二丫", "三娃", "尕娃", "毛毛", "丫丫", "豆豆", "妞妞", "胖墩", "大壮",
           "小胖", "石头", "铁蛋", "小不点", "憨憨", "二狗", "果果", "糖糖", "阿牛", "小鱼儿"]

# given names read as female in the templates that use pronouns (the rest count as male or either)
EN_FEMALE = {
    "Aoife", "Niamh", "Gráinne", "Dervla", "Caoimhe", "Róisín", "Saoirse", "Fionnuala", "Orla", "Sinéad",
    "Bríd", "Clodagh", "Aisling", "Siobhán", "Muireann",
    "Ailsa", "Morag", "Isla", "Eilidh", "Mhairi", "Kirsty", "Iona", "Rhona", "Catriona", "Ishbel", "Shona",
    "Jacinta", "Kylie", "Shannon", "Tahnee", "Kirra", "Bronte", "Tegan", "Tayla", "Shae", "Leilani", "Matilda",
    "Aroha", "Mere", "Ngaio", "Kiri", "Anahera", "Mereana", "Hine", "Keri", "Ruby",
    "Chidinma", "Adaeze", "Ngozi", "Funmilayo", "Yetunde", "Blessing", "Favour", "Precious", "Peace",
    "Patience", "Ifeoma", "Amaka", "Bisola", "Zainab",
    "Akosua", "Efua", "Ama", "Abena", "Esi", "Adjoa", "Afua", "Yaa", "Dede", "Adwoa", "Akua",
    "Linh", "Thao", "Huong", "Tuyet", "Phuong", "Vy", "Hoa", "Lan", "Trinh", "Kim", "Ngoc", "Phương",
    "Hương", "Thảo", "Tiffany", "Vivian", "Cindy",
    "Marcia", "Sharmaine", "Paulette", "Tanisha", "Claudette", "Shanice", "Novelette", "Yvonne", "Beverley",
    "Shantelle", "Icilda", "Lorna",
    "Zofia", "Amira", "Hodan", "Marisol", "Dorota", "Maryam", "Anjali", "Oksana", "Farah", "Thandiwe", "Ayşe",
    "Luz", "Keiko", "Priscila", "Nasrin",
    "Faith", "Hope", "Joy", "Sue", "Penny", "Ivy", "Dawn", "Summer", "Amber", "Heather", "Hazel", "Holly",
    "Autumn", "June", "April", "Violet", "Jade", "Pearl", "Crystal", "Iris", "Willow", "Daisy", "Poppy",
    "Honey", "Destiny",
}
EN_UNISEX = {"Kenzie", "Darcy", "Tui", "Manaia", "Temitope", "Damilola", "Goodness", "Gift", "Nana", "Selorm",
             "Elikem", "Anh", "Dung", "Harpreet", "Sandy", "Sunny", "Sage", "Skye", "Storm", "Rowan", "Ginger",
             "Tam", "Thanh", "Kiri", "Brook"}

ZH_FEMALE = {"秋菊", "冬梅", "金凤", "兰花", "翠花", "招娣", "春兰", "秀英", "桂香", "玉梅", "雪莲", "麦穗",
             "彩云", "椰香", "静", "芳", "燕", "红", "霞", "梓涵", "欣怡", "雨桐", "佳琪", "诗涵", "可馨", "嘉懿",
             "若曦", "梦瑶", "丽娟", "秀兰", "亚楠", "婷婷", "石榴", "凤凰", "文静", "白云"}
ZH_FEMALE_KIN = {"姐", "嫂", "嫂子", "姨", "婶", "阿姨", "奶奶", "妈", "妈妈", "女士", "小姐", "大姐", "姑", "大妈"}
ZH_MALE_KIN = {"哥", "叔", "爸爸", "爸", "先生", "大爷", "伯", "大哥"}
