window.YTD.tweets.part0 = [
  {
    "tweet": {
      "id_str": "1760000000000000727",
      "full_text": "成都的春天真好",
      "created_at": "Fri Jun 28 00:39:00 +0000 2024",
      "favorite_count": "37",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000011043",
      "full_text": "今天图书馆人好多，占座失败",
      "created_at": "Thu Jun 27 00:18:00 +0000 2024",
      "favorite_count": "39",
      "retweet_count": "6",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000019597",
      "full_text": "文殊院的素斋很好吃",
      "created_at": "Tue Jun 25 05:17:00 +0000 2024",
      "favorite_count": "0",
      "retweet_count": "1",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000029191",
      "full_text": "期末周要疯了",
      "created_at": "Sun Jun 23 11:19:00 +0000 2024",
      "favorite_count": "18",
      "retweet_count": "1",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000032691",
      "full_text": "最近压力好大，失眠",
      "created_at": "Sat Jun 22 12:41:00 +0000 2024",
      "favorite_count": "40",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000045906",
      "full_text": "最近压力好大，失眠",
      "created_at": "Fri Jun 21 15:09:00 +0000 2024",
      "favorite_count": "37",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000049237",
      "full_text": "拾光咖啡今天出了新品，桂花拿铁太好喝了",
      "created_at": "Tue Jun 18 03:30:00 +0000 2024",
      "favorite_count": "31",
      "retweet_count": "4",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000061344",
      "full_text": "今天图书馆人好多，占座失败",
      "created_at": "Sun Jun 16 03:51:00 +0000 2024",
      "favorite_count": "5",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000065397",
      "full_text": "今天图书馆人好多，占座失败",
      "created_at": "Sat Jun 15 08:04:00 +0000 2024",
      "favorite_count": "28",
      "retweet_count": "2",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000076310",
      "full_text": "周末和男朋友去春熙路",
      "created_at": "Thu Jun 13 14:57:00 +0000 2024",
      "favorite_count": "7",
      "retweet_count": "1",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000082184",
      "full_text": "下雨天适合窝在宿舍看剧",
      "created_at": "Wed Jun 12 15:59:00 +0000 2024",
      "favorite_count": "4",
      "retweet_count": "0",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000093173",
      "full_text": "王者荣耀终于上星耀了！",
      "created_at": "Mon Jun 10 05:55:00 +0000 2024",
      "favorite_count": "31",
      "retweet_count": "2",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000101553",
      "full_text": "食堂的麻辣烫yyds",
      "created_at": "Sat Jun 08 00:35:00 +0000 2024",
      "favorite_count": "2",
      "retweet_count": "1",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000105298",
      "full_text": "周末和男朋友去春熙路",
      "created_at": "Fri Jun 07 10:02:00 +0000 2024",
      "favorite_count": "21",
      "retweet_count": "2",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000112859",
      "full_text": "周末和男朋友去春熙路",
      "created_at": "Thu Jun 06 06:59:00 +0000 2024",
      "favorite_count": "5",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000122634",
      "full_text": "成都的春天真好",
      "created_at": "Mon Jun 03 10:05:00 +0000 2024",
      "favorite_count": "28",
      "retweet_count": "1",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000130440",
      "full_text": "成都的春天真好",
      "created_at": "Sun Jun 02 00:47:00 +0000 2024",
      "favorite_count": "34",
      "retweet_count": "5",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000137280",
      "full_text": "又熬夜了，明天早八怎么办",
      "created_at": "Sat Jun 01 02:32:00 +0000 2024",
      "favorite_count": "36",
      "retweet_count": "4",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000143044",
      "full_text": "周末和男朋友去春熙路",
      "created_at": "Fri May 31 11:53:00 +0000 2024",
      "favorite_count": "9",
      "retweet_count": "6",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000154257",
      "full_text": "成都的春天真好",
      "created_at": "Thu May 30 10:17:00 +0000 2024",
      "favorite_count": "31",
      "retweet_count": "1",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000161745",
      "full_text": "下雨天适合窝在宿舍看剧",
      "created_at": "Wed May 29 15:10:00 +0000 2024",
      "favorite_count": "10",
      "retweet_count": "1",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000169826",
      "full_text": "王者荣耀终于上星耀了！",
      "created_at": "Tue May 28 12:40:00 +0000 2024",
      "favorite_count": "39",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000176394",
      "full_text": "又熬夜了，明天早八怎么办",
      "created_at": "Sun May 26 08:14:00 +0000 2024",
      "favorite_count": "35",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000183735",
      "full_text": "拾光咖啡今天出了新品，桂花拿铁太好喝了",
      "created_at": "Fri May 24 14:17:00 +0000 2024",
      "favorite_count": "18",
      "retweet_count": "0",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000193912",
      "full_text": "食堂的麻辣烫yyds",
      "created_at": "Thu May 23 13:45:00 +0000 2024",
      "favorite_count": "10",
      "retweet_count": "0",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000204387",
      "full_text": "周末和男朋友去春熙路",
      "created_at": "Wed May 22 10:57:00 +0000 2024",
      "favorite_count": "8",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000206990",
      "full_text": "成都的春天真好",
      "created_at": "Tue May 21 04:38:00 +0000 2024",
      "favorite_count": "17",
      "retweet_count": "2",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000217817",
      "full_text": "又熬夜了，明天早八怎么办",
      "created_at": "Thu May 16 06:01:00 +0000 2024",
      "favorite_count": "7",
      "retweet_count": "0",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000227535",
      "full_text": "今天图书馆人好多，占座失败",
      "created_at": "Wed May 15 12:57:00 +0000 2024",
      "favorite_count": "24",
      "retweet_count": "2",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000231141",
      "full_text": "又熬夜了，明天早八怎么办",
      "created_at": "Sun May 12 14:45:00 +0000 2024",
      "favorite_count": "33",
      "retweet_count": "5",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000239517",
      "full_text": "又熬夜了，明天早八怎么办",
      "created_at": "Fri May 10 06:09:00 +0000 2024",
      "favorite_count": "34",
      "retweet_count": "0",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000249237",
      "full_text": "今天图书馆人好多，占座失败",
      "created_at": "Thu May 09 01:36:00 +0000 2024",
      "favorite_count": "23",
      "retweet_count": "4",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000259311",
      "full_text": "周末和男朋友去春熙路",
      "created_at": "Mon May 06 02:26:00 +0000 2024",
      "favorite_count": "18",
      "retweet_count": "4",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000265600",
      "full_text": "期末周要疯了",
      "created_at": "Fri May 03 06:46:00 +0000 2024",
      "favorite_count": "32",
      "retweet_count": "4",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000275743",
      "full_text": "文殊院的素斋很好吃",
      "created_at": "Thu May 02 08:11:00 +0000 2024",
      "favorite_count": "37",
      "retweet_count": "0",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000280183",
      "full_text": "王者荣耀终于上星耀了！",
      "created_at": "Wed May 01 08:10:00 +0000 2024",
      "favorite_count": "0",
      "retweet_count": "0",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000290417",
      "full_text": "又熬夜了，明天早八怎么办",
      "created_at": "Mon Apr 29 13:47:00 +0000 2024",
      "favorite_count": "21",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000294507",
      "full_text": "王者荣耀终于上星耀了！",
      "created_at": "Sun Apr 28 09:38:00 +0000 2024",
      "favorite_count": "22",
      "retweet_count": "1",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000306998",
      "full_text": "兼职好累但是发工资好开心",
      "created_at": "Fri Apr 26 02:02:00 +0000 2024",
      "favorite_count": "10",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000312276",
      "full_text": "最近压力好大，失眠",
      "created_at": "Thu Apr 25 00:31:00 +0000 2024",
      "favorite_count": "37",
      "retweet_count": "2",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000317988",
      "full_text": "食堂的麻辣烫yyds",
      "created_at": "Wed Apr 24 07:10:00 +0000 2024",
      "favorite_count": "10",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000326754",
      "full_text": "今天图书馆人好多，占座失败",
      "created_at": "Tue Apr 23 01:23:00 +0000 2024",
      "favorite_count": "9",
      "retweet_count": "6",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000338858",
      "full_text": "今天图书馆人好多，占座失败",
      "created_at": "Sat Apr 20 13:24:00 +0000 2024",
      "favorite_count": "26",
      "retweet_count": "5",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000346476",
      "full_text": "期末周要疯了",
      "created_at": "Thu Apr 18 12:04:00 +0000 2024",
      "favorite_count": "34",
      "retweet_count": "1",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000348972",
      "full_text": "期末周要疯了",
      "created_at": "Wed Apr 17 13:48:00 +0000 2024",
      "favorite_count": "18",
      "retweet_count": "5",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000361945",
      "full_text": "今天图书馆人好多，占座失败",
      "created_at": "Tue Apr 16 02:44:00 +0000 2024",
      "favorite_count": "21",
      "retweet_count": "4",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000368281",
      "full_text": "王者荣耀终于上星耀了！",
      "created_at": "Mon Apr 15 09:42:00 +0000 2024",
      "favorite_count": "28",
      "retweet_count": "6",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000373130",
      "full_text": "期末周要疯了",
      "created_at": "Sun Apr 14 13:20:00 +0000 2024",
      "favorite_count": "40",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000383183",
      "full_text": "又熬夜了，明天早八怎么办",
      "created_at": "Thu Apr 11 13:38:00 +0000 2024",
      "favorite_count": "9",
      "retweet_count": "5",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000389323",
      "full_text": "最近压力好大，失眠",
      "created_at": "Tue Apr 09 11:00:00 +0000 2024",
      "favorite_count": "24",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000396678",
      "full_text": "周末和男朋友去春熙路",
      "created_at": "Fri Apr 05 16:09:00 +0000 2024",
      "favorite_count": "17",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000405301",
      "full_text": "下雨天适合窝在宿舍看剧",
      "created_at": "Thu Apr 04 00:50:00 +0000 2024",
      "favorite_count": "30",
      "retweet_count": "1",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000415799",
      "full_text": "二手书出给学弟学妹，有意加微信chen_yutong2000或者打电话13812345678",
      "created_at": "Wed Apr 03 14:40:00 +0000 2024",
      "favorite_count": "5",
      "retweet_count": "1",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000426080",
      "full_text": "又熬夜了，明天早八怎么办",
      "created_at": "Tue Apr 02 23:47:00 +0000 2024",
      "favorite_count": "25",
      "retweet_count": "6",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000427678",
      "full_text": "期末周要疯了",
      "created_at": "Tue Apr 02 09:53:00 +0000 2024",
      "favorite_count": "4",
      "retweet_count": "6",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000441540",
      "full_text": "食堂的麻辣烫yyds",
      "created_at": "Mon Apr 01 04:28:00 +0000 2024",
      "favorite_count": "7",
      "retweet_count": "4",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000450345",
      "full_text": "成都的春天真好",
      "created_at": "Sat Mar 30 07:40:00 +0000 2024",
      "favorite_count": "9",
      "retweet_count": "4",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000453280",
      "full_text": "食堂的麻辣烫yyds",
      "created_at": "Wed Mar 27 04:17:00 +0000 2024",
      "favorite_count": "36",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000461800",
      "full_text": "周末和男朋友去春熙路",
      "created_at": "Tue Mar 26 09:27:00 +0000 2024",
      "favorite_count": "26",
      "retweet_count": "5",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000470580",
      "full_text": "食堂的麻辣烫yyds",
      "created_at": "Fri Mar 15 06:40:00 +0000 2024",
      "favorite_count": "39",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000479559",
      "full_text": "周末和男朋友去春熙路",
      "created_at": "Wed Mar 13 15:10:00 +0000 2024",
      "favorite_count": "8",
      "retweet_count": "2",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000488278",
      "full_text": "食堂的麻辣烫yyds",
      "created_at": "Sun Mar 10 10:21:00 +0000 2024",
      "favorite_count": "17",
      "retweet_count": "1",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000497470",
      "full_text": "又熬夜了，明天早八怎么办",
      "created_at": "Sat Mar 09 11:56:00 +0000 2024",
      "favorite_count": "0",
      "retweet_count": "1",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000502969",
      "full_text": "今天图书馆人好多，占座失败",
      "created_at": "Wed Mar 06 11:14:00 +0000 2024",
      "favorite_count": "29",
      "retweet_count": "4",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000509573",
      "full_text": "最近压力好大，失眠",
      "created_at": "Tue Mar 05 05:33:00 +0000 2024",
      "favorite_count": "14",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000518183",
      "full_text": "期末周要疯了",
      "created_at": "Mon Mar 04 13:41:00 +0000 2024",
      "favorite_count": "24",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000527086",
      "full_text": "周末和男朋友去春熙路",
      "created_at": "Sun Mar 03 10:55:00 +0000 2024",
      "favorite_count": "23",
      "retweet_count": "0",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000533745",
      "full_text": "今天图书馆人好多，占座失败",
      "created_at": "Sat Mar 02 01:17:00 +0000 2024",
      "favorite_count": "18",
      "retweet_count": "3",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000539495",
      "full_text": "王者荣耀终于上星耀了！",
      "created_at": "Fri Mar 01 08:57:00 +0000 2024",
      "favorite_count": "7",
      "retweet_count": "4",
      "lang": "zh"
    }
  }
]
