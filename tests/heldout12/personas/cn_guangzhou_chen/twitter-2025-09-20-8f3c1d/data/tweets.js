window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000213813"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "10"
      ],
      "favorite_count": "1",
      "id_str": "1932000000000213813",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000213813",
      "created_at": "Wed Sep 17 13:17:00 +0000 2025",
      "favorited": false,
      "full_text": "周末宅家打游戏 完美",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000205894"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "20"
      ],
      "favorite_count": "3",
      "id_str": "1932000000000205894",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000205894",
      "created_at": "Fri Sep 12 10:55:00 +0000 2025",
      "favorited": false,
      "full_text": "so tired of adulting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000197975"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "19"
      ],
      "favorite_count": "7",
      "id_str": "1932000000000197975",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000197975",
      "created_at": "Wed Sep 10 11:45:00 +0000 2025",
      "favorited": false,
      "full_text": "My wallet is crying",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000190056"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "11"
      ],
      "favorite_count": "5",
      "id_str": "1932000000000190056",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000190056",
      "created_at": "Thu Sep 04 08:51:00 +0000 2025",
      "favorited": false,
      "full_text": "为了648我可以不吃饭",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000182137"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "8",
      "id_str": "1932000000000182137",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000182137",
      "created_at": "Sun Aug 31 10:35:00 +0000 2025",
      "favorited": false,
      "full_text": "台风又来了 居家办公万岁",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000174218"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "5",
      "id_str": "1932000000000174218",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000174218",
      "created_at": "Thu Aug 28 12:14:00 +0000 2025",
      "favorited": false,
      "full_text": "新传人的毕业论文还没开题",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000166299"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "11"
      ],
      "favorite_count": "1",
      "id_str": "1932000000000166299",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000166299",
      "created_at": "Tue Aug 26 14:02:00 +0000 2025",
      "favorited": false,
      "full_text": "Kelly姐人真的好好",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000158380"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "5"
      ],
      "favorite_count": "6",
      "id_str": "1932000000000158380",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000158380",
      "created_at": "Wed Aug 20 09:34:00 +0000 2025",
      "favorited": false,
      "full_text": "今日份摸鱼",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000150461"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "11"
      ],
      "favorite_count": "2",
      "id_str": "1932000000000150461",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000150461",
      "created_at": "Sun Aug 17 13:08:00 +0000 2025",
      "favorited": false,
      "full_text": "一个人吃椰子鸡 也挺好",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000142542"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "10"
      ],
      "favorite_count": "2",
      "id_str": "1932000000000142542",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000142542",
      "created_at": "Thu Aug 14 13:51:00 +0000 2025",
      "favorited": false,
      "full_text": "借呗你别打了我知道了",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000134623"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "7"
      ],
      "favorite_count": "4",
      "id_str": "1932000000000134623",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000134623",
      "created_at": "Mon Aug 11 09:27:00 +0000 2025",
      "favorited": false,
      "full_text": "想回湛江吃海鲜",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000126704"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "1",
      "id_str": "1932000000000126704",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000126704",
      "created_at": "Wed Aug 06 10:17:00 +0000 2025",
      "favorited": false,
      "full_text": "月底吃土",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000118785"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "6",
      "id_str": "1932000000000118785",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000118785",
      "created_at": "Sun Aug 03 12:19:00 +0000 2025",
      "favorited": false,
      "full_text": "实习生也有KPI吗我请问",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000110866"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "7"
      ],
      "favorite_count": "5",
      "id_str": "1932000000000110866",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000110866",
      "created_at": "Thu Jul 31 14:27:00 +0000 2025",
      "favorited": false,
      "full_text": "还有多少天国庆",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000102947"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "13"
      ],
      "favorite_count": "5",
      "id_str": "1932000000000102947",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000102947",
      "created_at": "Mon Jul 28 06:40:00 +0000 2025",
      "favorited": false,
      "full_text": "地铁上看到一只柯基 好可爱",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000095028"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "10"
      ],
      "favorite_count": "0",
      "id_str": "1932000000000095028",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000095028",
      "created_at": "Wed Jul 23 14:52:00 +0000 2025",
      "favorited": false,
      "full_text": "今天天河下冰雹了？？",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000087109"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "8"
      ],
      "favorite_count": "1",
      "id_str": "1932000000000087109",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000087109",
      "created_at": "Sun Jul 20 15:08:00 +0000 2025",
      "favorited": false,
      "full_text": "凌晨一点还在打本",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000079190"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "13"
      ],
      "favorite_count": "9",
      "id_str": "1932000000000079190",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000079190",
      "created_at": "Thu Jul 17 08:22:00 +0000 2025",
      "favorited": false,
      "full_text": "原神新角色好香 但是没钱了",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000071271"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "zixuan_lzx",
            "screen_name": "zixuan_lzx",
            "indices": [
              "1",
              "12"
            ],
            "id_str": "1400000000000000010"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "21"
      ],
      "favorite_count": "10",
      "id_str": "1932000000000071271",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000071271",
      "created_at": "Fri Jul 11 12:05:00 +0000 2025",
      "favorited": false,
      "full_text": "和@zixuan_lzx 去看了电影 好看",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000063352"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "9"
      ],
      "favorite_count": "8",
      "id_str": "1932000000000063352",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000063352",
      "created_at": "Tue Jul 08 13:07:00 +0000 2025",
      "favorited": false,
      "full_text": "花呗账单看得我想哭",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000055433"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "10"
      ],
      "favorite_count": "3",
      "id_str": "1932000000000055433",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000055433",
      "created_at": "Fri Jul 04 09:43:00 +0000 2025",
      "favorited": false,
      "full_text": "为什么周一来得这么快",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000047514"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "15"
      ],
      "favorite_count": "1",
      "id_str": "1932000000000047514",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000047514",
      "created_at": "Tue Jul 01 15:30:00 +0000 2025",
      "favorited": false,
      "full_text": "今天被夸文案写得好 开心一整天",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000039595"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "8"
      ],
      "favorite_count": "10",
      "id_str": "1932000000000039595",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000039595",
      "created_at": "Fri Jun 27 14:16:00 +0000 2025",
      "favorited": false,
      "full_text": "深渊满星纪念！！",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000031676"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "qiqi_sleepy",
            "screen_name": "qiqi_sleepy",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "1400000000000000011"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "19"
      ],
      "favorite_count": "10",
      "id_str": "1932000000000031676",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000031676",
      "created_at": "Mon Jun 23 12:42:00 +0000 2025",
      "favorited": false,
      "full_text": "@qiqi_sleepy 明天喝喜茶吗",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000023757"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "11"
      ],
      "favorite_count": "10",
      "id_str": "1932000000000023757",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000023757",
      "created_at": "Thu Jun 19 07:06:00 +0000 2025",
      "favorited": false,
      "full_text": "广州的夏天真的会热死人",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000015838"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "6"
      ],
      "favorite_count": "8",
      "id_str": "1932000000000015838",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000015838",
      "created_at": "Wed Jun 18 07:21:00 +0000 2025",
      "favorited": false,
      "full_text": "打工人打工魂",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000007919"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "9"
      ],
      "favorite_count": "2",
      "id_str": "1932000000000007919",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000007919",
      "created_at": "Sat Jun 14 08:11:00 +0000 2025",
      "favorited": false,
      "full_text": "实习第一天 好紧张",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1932000000000000000"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "15"
      ],
      "favorite_count": "10",
      "id_str": "1932000000000000000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1932000000000000000",
      "created_at": "Wed Jun 11 09:57:00 +0000 2025",
      "favorited": false,
      "full_text": "又歪了 我恨这个游戏😭 #原神",
      "lang": "zh"
    }
  }
]