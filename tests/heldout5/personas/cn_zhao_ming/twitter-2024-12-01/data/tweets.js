window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839243275072503209"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str": "1839243275072503209",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839243275072503209",
      "created_at": "Thu Nov 28 10:31:49 +0000 2024",
      "favorited": false,
      "full_text": "玉林路的烤肉还是那个味",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834592603749152174"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kevin Wu",
            "screen_name": "kevinwu_berlin",
            "indices": [
              "2",
              "17"
            ],
            "id_str": "998877665544332211",
            "id": "998877665544332211"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "30"
      ],
      "favorite_count": "6",
      "id_str": "1834592603749152174",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834592603749152174",
      "created_at": "Tue Nov 26 07:21:25 +0000 2024",
      "favorited": false,
      "full_text": "跟 @kevinwu_berlin 视频 他说柏林已经零度了",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839480446938345921"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "17"
      ],
      "favorite_count": "4",
      "id_str": "1839480446938345921",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839480446938345921",
      "created_at": "Sun Nov 24 13:45:33 +0000 2024",
      "favorited": false,
      "full_text": "周三查经 读到诗篇二十三篇 很安静",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832447841731499427"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "17"
      ],
      "favorite_count": "11",
      "id_str": "1832447841731499427",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832447841731499427",
      "created_at": "Fri Nov 22 15:52:28 +0000 2024",
      "favorited": false,
      "full_text": "周三查经 读到诗篇二十三篇 很安静",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835199873820328911"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "6",
      "id_str": "1835199873820328911",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835199873820328911",
      "created_at": "Wed Nov 20 04:29:13 +0000 2024",
      "favorited": false,
      "full_text": "线上事故复盘 心累",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837345731168433045"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "14"
      ],
      "favorite_count": "2",
      "id_str": "1837345731168433045",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837345731168433045",
      "created_at": "Mon Nov 18 05:45:22 +0000 2024",
      "favorited": false,
      "full_text": "霸王茶姬第二杯半价 不喝亏了",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835115213436042684"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "0",
      "id_str": "1835115213436042684",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835115213436042684",
      "created_at": "Mon Nov 18 04:18:07 +0000 2024",
      "favorited": false,
      "full_text": "成都又下雨了 第45天",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837417077527182339"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "17"
      ],
      "favorite_count": "8",
      "id_str": "1837417077527182339",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837417077527182339",
      "created_at": "Thu Nov 14 15:34:47 +0000 2024",
      "favorited": false,
      "full_text": "周三查经 读到诗篇二十三篇 很安静",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838240503849543043"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "9",
      "id_str": "1838240503849543043",
      "truncated": false,
      "retweet_count": "0",
      "id": "1838240503849543043",
      "created_at": "Thu Nov 14 09:15:02 +0000 2024",
      "favorited": false,
      "full_text": "国庆哪也不去 在家躺",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833187006864173072"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "14"
      ],
      "favorite_count": "11",
      "id_str": "1833187006864173072",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833187006864173072",
      "created_at": "Tue Nov 12 15:22:23 +0000 2024",
      "favorited": false,
      "full_text": "今天的讲道很有感触 感谢主🙏",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834092131212216396"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "11",
      "id_str": "1834092131212216396",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834092131212216396",
      "created_at": "Thu Nov 07 06:41:24 +0000 2024",
      "favorited": false,
      "full_text": "新买的机械键盘 手感一般",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833397587513470894"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str": "1833397587513470894",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833397587513470894",
      "created_at": "Fri Nov 01 04:48:33 +0000 2024",
      "favorited": false,
      "full_text": "古茗第二杯半价 不喝亏了",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832052901884723124"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str": "1832052901884723124",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832052901884723124",
      "created_at": "Wed Oct 30 14:54:01 +0000 2024",
      "favorited": false,
      "full_text": "看完甄嬛传 感觉还行",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834015581986962887"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "14"
      ],
      "favorite_count": "0",
      "id_str": "1834015581986962887",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834015581986962887",
      "created_at": "Wed Oct 30 07:23:43 +0000 2024",
      "favorited": false,
      "full_text": "今天的讲道很有感触 感谢主🙏",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836732465536935805"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "7",
      "id_str": "1836732465536935805",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836732465536935805",
      "created_at": "Mon Oct 28 15:24:19 +0000 2024",
      "favorited": false,
      "full_text": "熊猫基地人山人海",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834497879116736200"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kevin Wu",
            "screen_name": "kevinwu_berlin",
            "indices": [
              "2",
              "17"
            ],
            "id_str": "998877665544332211",
            "id": "998877665544332211"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "30"
      ],
      "favorite_count": "5",
      "id_str": "1834497879116736200",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834497879116736200",
      "created_at": "Sat Oct 26 11:20:00 +0000 2024",
      "favorited": false,
      "full_text": "跟 @kevinwu_berlin 视频 他说柏林已经零度了",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835237152165266391"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "14"
      ],
      "favorite_count": "9",
      "id_str": "1835237152165266391",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835237152165266391",
      "created_at": "Thu Oct 24 09:40:43 +0000 2024",
      "favorited": false,
      "full_text": "今天的讲道很有感触 感谢主🙏",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833894627736593938"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "17"
      ],
      "favorite_count": "4",
      "id_str": "1833894627736593938",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833894627736593938",
      "created_at": "Wed Oct 23 15:16:10 +0000 2024",
      "favorited": false,
      "full_text": "rust的借用检查器今天又教我做人",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835663528349788386"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "9",
      "id_str": "1835663528349788386",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835663528349788386",
      "created_at": "Wed Oct 23 12:55:11 +0000 2024",
      "favorited": false,
      "full_text": "看完狂飙 感觉还行",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834671363938601011"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "5",
      "id_str": "1834671363938601011",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834671363938601011",
      "created_at": "Fri Oct 18 05:12:25 +0000 2024",
      "favorited": false,
      "full_text": "国庆哪也不去 在家躺",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839325033488287338"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "11",
      "id_str": "1839325033488287338",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839325033488287338",
      "created_at": "Thu Oct 17 09:16:06 +0000 2024",
      "favorited": false,
      "full_text": "线上事故复盘 心累",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835708275333042755"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "4",
      "id_str": "1835708275333042755",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835708275333042755",
      "created_at": "Tue Oct 15 11:33:11 +0000 2024",
      "favorited": false,
      "full_text": "线上事故复盘 心累",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830157717915437383"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "11",
      "id_str": "1830157717915437383",
      "truncated": false,
      "retweet_count": "0",
      "id": "1830157717915437383",
      "created_at": "Tue Oct 15 11:15:12 +0000 2024",
      "favorited": false,
      "full_text": "圣诞节诗班排练 男低音好难",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837563925431242622"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "3",
      "id_str": "1837563925431242622",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837563925431242622",
      "created_at": "Fri Oct 11 11:30:36 +0000 2024",
      "favorited": false,
      "full_text": "今天在公司楼下撸到一只橘猫",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839804363828347158"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "11",
      "id_str": "1839804363828347158",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839804363828347158",
      "created_at": "Wed Oct 09 09:28:48 +0000 2024",
      "favorited": false,
      "full_text": "加班到十一点 打工人不配有周末",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834467857595558885"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "18"
      ],
      "favorite_count": "11",
      "id_str": "1834467857595558885",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834467857595558885",
      "created_at": "Mon Oct 07 13:58:59 +0000 2024",
      "favorited": false,
      "full_text": "写了篇博客 关于Go的context",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834509404060765703"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "3",
      "id_str": "1834509404060765703",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834509404060765703",
      "created_at": "Sun Oct 06 13:05:10 +0000 2024",
      "favorited": false,
      "full_text": "星巴克第二杯半价 不喝亏了",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831894501503093834"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str": "1831894501503093834",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831894501503093834",
      "created_at": "Sat Oct 05 09:20:32 +0000 2024",
      "favorited": false,
      "full_text": "新买的机械键盘 手感一般",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835186868056924769"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "17"
      ],
      "favorite_count": "0",
      "id_str": "1835186868056924769",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835186868056924769",
      "created_at": "Sat Oct 05 06:53:53 +0000 2024",
      "favorited": false,
      "full_text": "rust的借用检查器今天又教我做人",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831237011599654296"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "5",
      "id_str": "1831237011599654296",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831237011599654296",
      "created_at": "Fri Oct 04 04:40:09 +0000 2024",
      "favorited": false,
      "full_text": "加班到十一点 打工人不配有周末",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833656210229612249"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "4",
      "id_str": "1833656210229612249",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833656210229612249",
      "created_at": "Sun Sep 29 04:42:33 +0000 2024",
      "favorited": false,
      "full_text": "成都又下雨了 第25天",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834791293115995990"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "0",
      "id_str": "1834791293115995990",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834791293115995990",
      "created_at": "Tue Sep 24 14:33:22 +0000 2024",
      "favorited": false,
      "full_text": "玉林路的麻辣烫还是那个味",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837788736417007253"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str": "1837788736417007253",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837788736417007253",
      "created_at": "Sat Sep 21 14:11:35 +0000 2024",
      "favorited": false,
      "full_text": "新买的机械键盘 手感一般",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832083657494791281"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "11",
      "id_str": "1832083657494791281",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832083657494791281",
      "created_at": "Sat Sep 21 12:10:48 +0000 2024",
      "favorited": false,
      "full_text": "熊猫基地人山人海",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838625866709536536"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str": "1838625866709536536",
      "truncated": false,
      "retweet_count": "0",
      "id": "1838625866709536536",
      "created_at": "Thu Sep 19 06:25:00 +0000 2024",
      "favorited": false,
      "full_text": "看完墨雨云间 感觉还行",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834211658261546582"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Kevin Wu",
            "screen_name": "kevinwu_berlin",
            "indices": [
              "2",
              "17"
            ],
            "id_str": "998877665544332211",
            "id": "998877665544332211"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "30"
      ],
      "favorite_count": "1",
      "id_str": "1834211658261546582",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834211658261546582",
      "created_at": "Wed Sep 18 07:03:47 +0000 2024",
      "favorited": false,
      "full_text": "跟 @kevinwu_berlin 视频 他说柏林已经零度了",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839828610699106080"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str": "1839828610699106080",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839828610699106080",
      "created_at": "Tue Sep 17 15:08:00 +0000 2024",
      "favorited": false,
      "full_text": "加班到十一点 打工人不配有周末",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835196366224652929"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str": "1835196366224652929",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835196366224652929",
      "created_at": "Sun Sep 15 11:36:17 +0000 2024",
      "favorited": false,
      "full_text": "圣诞节诗班排练 男低音好难",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1833948228420080139"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "1",
      "id_str": "1833948228420080139",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833948228420080139",
      "created_at": "Sun Sep 15 05:04:03 +0000 2024",
      "favorited": false,
      "full_text": "玉林路的兰州拉面还是那个味",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838797343279580599"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "11",
      "id_str": "1838797343279580599",
      "truncated": false,
      "retweet_count": "0",
      "id": "1838797343279580599",
      "created_at": "Sat Sep 14 07:35:20 +0000 2024",
      "favorited": false,
      "full_text": "国庆哪也不去 在家躺",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832459256532628753"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "17"
      ],
      "favorite_count": "8",
      "id_str": "1832459256532628753",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832459256532628753",
      "created_at": "Mon Sep 09 13:09:36 +0000 2024",
      "favorited": false,
      "full_text": "rust的借用检查器今天又教我做人",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832980702727680907"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "18"
      ],
      "favorite_count": "0",
      "id_str": "1832980702727680907",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832980702727680907",
      "created_at": "Fri Sep 06 09:09:07 +0000 2024",
      "favorited": false,
      "full_text": "写了篇博客 关于Go的context",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836159623562644720"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str": "1836159623562644720",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836159623562644720",
      "created_at": "Tue Sep 03 08:29:38 +0000 2024",
      "favorited": false,
      "full_text": "成都又下雨了 第50天",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834323094481739788"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count": "0",
      "id_str": "1834323094481739788",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834323094481739788",
      "created_at": "Sun Sep 01 13:50:15 +0000 2024",
      "favorited": false,
      "full_text": "今天在公司楼下撸到一只橘猫",
      "lang": "zh"
    }
  }
]