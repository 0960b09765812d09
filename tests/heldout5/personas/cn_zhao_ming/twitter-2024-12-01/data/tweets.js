window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839888546095419116"
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
      "id_str": "1839888546095419116",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839888546095419116",
      "created_at": "Wed Nov 20 10:18:31 +0000 2024",
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
            "1839886784597684723"
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
      "favorite_count": "9",
      "id_str": "1839886784597684723",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839886784597684723",
      "created_at": "Tue Nov 19 04:00:30 +0000 2024",
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
            "1835727420182566917"
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
      "id_str": "1835727420182566917",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835727420182566917",
      "created_at": "Sun Nov 17 15:35:36 +0000 2024",
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
            "1838519383863501244"
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
      "favorite_count": "3",
      "id_str": "1838519383863501244",
      "truncated": false,
      "retweet_count": "0",
      "id": "1838519383863501244",
      "created_at": "Sun Nov 17 08:23:56 +0000 2024",
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
            "1834046660060483099"
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
      "favorite_count": "8",
      "id_str": "1834046660060483099",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834046660060483099",
      "created_at": "Fri Nov 15 07:49:37 +0000 2024",
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
            "1836064655144980444"
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
      "id_str": "1836064655144980444",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836064655144980444",
      "created_at": "Wed Nov 13 04:52:50 +0000 2024",
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
            "1830051055177306712"
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
      "favorite_count": "9",
      "id_str": "1830051055177306712",
      "truncated": false,
      "retweet_count": "0",
      "id": "1830051055177306712",
      "created_at": "Tue Nov 12 06:20:32 +0000 2024",
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
            "1833440505982422299"
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
      "favorite_count": "8",
      "id_str": "1833440505982422299",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833440505982422299",
      "created_at": "Sun Nov 10 11:11:31 +0000 2024",
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
            "1833231405103663093"
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
      "id_str": "1833231405103663093",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833231405103663093",
      "created_at": "Wed Nov 06 08:13:20 +0000 2024",
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
            "1832830546975419014"
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
      "favorite_count": "3",
      "id_str": "1832830546975419014",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832830546975419014",
      "created_at": "Wed Nov 06 06:10:17 +0000 2024",
      "favorited": false,
      "full_text": "成都又下雨了 第300天",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839061803340520417"
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
      "id_str": "1839061803340520417",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839061803340520417",
      "created_at": "Sun Nov 03 15:04:49 +0000 2024",
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
            "1839496685157661478"
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
      "id_str": "1839496685157661478",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839496685157661478",
      "created_at": "Sat Nov 02 10:29:40 +0000 2024",
      "favorited": false,
      "full_text": "看完我的阿勒泰 感觉还行",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837668921803120800"
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
      "favorite_count": "10",
      "id_str": "1837668921803120800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837668921803120800",
      "created_at": "Wed Oct 30 08:35:56 +0000 2024",
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
            "1834527261426615038"
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
      "favorite_count": "7",
      "id_str": "1834527261426615038",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834527261426615038",
      "created_at": "Tue Oct 22 07:51:53 +0000 2024",
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
            "1836713733868465397"
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
      "id_str": "1836713733868465397",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836713733868465397",
      "created_at": "Sun Oct 20 06:48:37 +0000 2024",
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
            "1834292085207130374"
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
      "id_str": "1834292085207130374",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834292085207130374",
      "created_at": "Sat Oct 19 06:46:28 +0000 2024",
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
            "1838426010363950862"
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
      "favorite_count": "7",
      "id_str": "1838426010363950862",
      "truncated": false,
      "retweet_count": "0",
      "id": "1838426010363950862",
      "created_at": "Thu Oct 17 09:42:28 +0000 2024",
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
            "1831085999836484257"
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
      "favorite_count": "11",
      "id_str": "1831085999836484257",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831085999836484257",
      "created_at": "Wed Oct 16 13:24:11 +0000 2024",
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
            "1831643799856481706"
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
      "favorite_count": "2",
      "id_str": "1831643799856481706",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831643799856481706",
      "created_at": "Tue Oct 15 07:11:25 +0000 2024",
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
            "1834131894637308133"
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
      "id_str": "1834131894637308133",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834131894637308133",
      "created_at": "Mon Oct 14 14:51:08 +0000 2024",
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
            "1833090635177832584"
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
      "favorite_count": "6",
      "id_str": "1833090635177832584",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833090635177832584",
      "created_at": "Sun Oct 13 11:53:35 +0000 2024",
      "favorited": false,
      "full_text": "玉林路的串串还是那个味",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835482046864738806"
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
      "id_str": "1835482046864738806",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835482046864738806",
      "created_at": "Sun Oct 13 05:43:40 +0000 2024",
      "favorited": false,
      "full_text": "玉林路的椰子鸡还是那个味",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836619731688038620"
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
      "favorite_count": "9",
      "id_str": "1836619731688038620",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836619731688038620",
      "created_at": "Sat Oct 12 13:21:53 +0000 2024",
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
            "1834049688071853480"
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
      "id_str": "1834049688071853480",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834049688071853480",
      "created_at": "Fri Oct 04 12:40:45 +0000 2024",
      "favorited": false,
      "full_text": "看完繁花 感觉还行",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834428438395112567"
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
      "favorite_count": "7",
      "id_str": "1834428438395112567",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834428438395112567",
      "created_at": "Tue Oct 01 14:59:51 +0000 2024",
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
            "1834531924278445368"
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
      "favorite_count": "3",
      "id_str": "1834531924278445368",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834531924278445368",
      "created_at": "Sat Sep 28 04:41:28 +0000 2024",
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
            "1834503422893506798"
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
      "favorite_count": "3",
      "id_str": "1834503422893506798",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834503422893506798",
      "created_at": "Fri Sep 27 12:09:28 +0000 2024",
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
            "1837657724712689057"
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
      "favorite_count": "6",
      "id_str": "1837657724712689057",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837657724712689057",
      "created_at": "Thu Sep 26 06:21:30 +0000 2024",
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
            "1834119660490709096"
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
      "favorite_count": "7",
      "id_str": "1834119660490709096",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834119660490709096",
      "created_at": "Sat Sep 21 13:42:53 +0000 2024",
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
            "1830953415329987823"
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
      "favorite_count": "3",
      "id_str": "1830953415329987823",
      "truncated": false,
      "retweet_count": "0",
      "id": "1830953415329987823",
      "created_at": "Wed Sep 18 04:55:11 +0000 2024",
      "favorited": false,
      "full_text": "看完热辣滚烫 感觉还行",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837681094847757831"
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
      "id_str": "1837681094847757831",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837681094847757831",
      "created_at": "Mon Sep 16 10:09:38 +0000 2024",
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
            "1839493607834268238"
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
      "favorite_count": "9",
      "id_str": "1839493607834268238",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839493607834268238",
      "created_at": "Sun Sep 15 08:51:42 +0000 2024",
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
            "1837522282701099893"
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
      "favorite_count": "10",
      "id_str": "1837522282701099893",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837522282701099893",
      "created_at": "Sat Sep 14 14:53:08 +0000 2024",
      "favorited": false,
      "full_text": "瑞幸第二杯半价 不喝亏了",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836945269766083453"
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
      "favorite_count": "7",
      "id_str": "1836945269766083453",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836945269766083453",
      "created_at": "Sat Sep 14 04:54:30 +0000 2024",
      "favorited": false,
      "full_text": "成都又下雨了 第3天",
      "lang": "zh"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836591004688556930"
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
      "id_str": "1836591004688556930",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836591004688556930",
      "created_at": "Fri Sep 13 09:56:45 +0000 2024",
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
            "1837221954870048234"
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
      "favorite_count": "0",
      "id_str": "1837221954870048234",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837221954870048234",
      "created_at": "Fri Sep 13 08:14:56 +0000 2024",
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
            "1837763201310689351"
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
      "id_str": "1837763201310689351",
      "truncated": false,
      "retweet_count": "0",
      "id": "1837763201310689351",
      "created_at": "Wed Sep 11 10:28:36 +0000 2024",
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
            "1834197420805691122"
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
      "favorite_count": "3",
      "id_str": "1834197420805691122",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834197420805691122",
      "created_at": "Wed Sep 11 09:05:26 +0000 2024",
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
            "1831787733951208418"
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
      "favorite_count": "0",
      "id_str": "1831787733951208418",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831787733951208418",
      "created_at": "Tue Sep 10 15:31:34 +0000 2024",
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
            "1838555542602581600"
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
      "favorite_count": "0",
      "id_str": "1838555542602581600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1838555542602581600",
      "created_at": "Tue Sep 10 10:07:30 +0000 2024",
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
            "1836596695317687364"
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
      "favorite_count": "10",
      "id_str": "1836596695317687364",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836596695317687364",
      "created_at": "Sun Sep 08 04:16:00 +0000 2024",
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
            "1834368450545350846"
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
      "id_str": "1834368450545350846",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834368450545350846",
      "created_at": "Sat Sep 07 14:24:01 +0000 2024",
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
            "1833833597475685179"
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
      "id_str": "1833833597475685179",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833833597475685179",
      "created_at": "Sat Sep 07 10:10:19 +0000 2024",
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
            "1835086234483759857"
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
      "favorite_count": "2",
      "id_str": "1835086234483759857",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835086234483759857",
      "created_at": "Mon Sep 02 04:31:09 +0000 2024",
      "favorited": false,
      "full_text": "今天在公司楼下撸到一只橘猫",
      "lang": "zh"
    }
  }
]