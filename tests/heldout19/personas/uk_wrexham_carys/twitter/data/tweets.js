window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698387967478817257"
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
            "name": "gracenwosu_",
            "screen_name": "gracenwosu_",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "900000011",
            "id": "900000011"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "36"
      ],
      "favorite_count": "2",
      "id_str": "1698387967478817257",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698387967478817257",
      "created_at": "Sat Dec 02 08:19:33 +0000 2023",
      "favorited": false,
      "full_text": "@gracenwosu_ happy birthday lovely 🎂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698374371680696220"
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
        "54"
      ],
      "favorite_count": "5",
      "id_str": "1698374371680696220",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698374371680696220",
      "created_at": "Wed Nov 29 22:45:56 +0000 2023",
      "favorited": false,
      "full_text": "grand national sweep at work and i got the favourite 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698361900748600151"
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
        "86"
      ],
      "favorite_count": "3",
      "id_str": "1698361900748600151",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698361900748600151",
      "created_at": "Sun Nov 26 13:30:30 +0000 2023",
      "favorited": false,
      "full_text": "tenant rang to ask if i could change a lightbulb. i'm a housing officer not a magician",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698347945307811808"
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
        "43"
      ],
      "favorite_count": "3",
      "id_str": "1698347945307811808",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698347945307811808",
      "created_at": "Thu Nov 23 13:07:35 +0000 2023",
      "favorited": false,
      "full_text": "first frost, heating on, sorry bank account",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698334273206980758"
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
        "27"
      ],
      "favorite_count": "0",
      "id_str": "1698334273206980758",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698334273206980758",
      "created_at": "Mon Nov 20 15:51:06 +0000 2023",
      "favorited": false,
      "full_text": "the Turf on a match day >>>",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698321652319211028"
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
        "62"
      ],
      "favorite_count": "1",
      "id_str": "1698321652319211028",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698321652319211028",
      "created_at": "Wed Nov 15 11:41:28 +0000 2023",
      "favorited": false,
      "full_text": "someone explain why my overdraft fee is more than my food shop",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698308146477409410"
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
        "63"
      ],
      "favorite_count": "3",
      "id_str": "1698308146477409410",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698308146477409410",
      "created_at": "Sun Nov 12 21:16:15 +0000 2023",
      "favorited": false,
      "full_text": "the other half made a roast and only burnt half of it, progress",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698294288379684332"
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
        "40"
      ],
      "favorite_count": "2",
      "id_str": "1698294288379684332",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698294288379684332",
      "created_at": "Sat Nov 11 13:22:20 +0000 2023",
      "favorited": false,
      "full_text": "rugby world cup hangover is real 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698281571945369737"
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
        "29"
      ],
      "favorite_count": "2",
      "id_str": "1698281571945369737",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698281571945369737",
      "created_at": "Mon Nov 06 22:24:47 +0000 2023",
      "favorited": false,
      "full_text": "sky bet app reinstalled. weak",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698267846006954364"
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
        "39"
      ],
      "favorite_count": "5",
      "id_str": "1698267846006954364",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698267846006954364",
      "created_at": "Sun Nov 05 22:59:23 +0000 2023",
      "favorited": false,
      "full_text": "sky bet app deleted. for real this time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698254453639429151"
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
        "32"
      ],
      "favorite_count": "5",
      "id_str": "1698254453639429151",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698254453639429151",
      "created_at": "Thu Nov 02 20:27:36 +0000 2023",
      "favorited": false,
      "full_text": "the 28th cannot come fast enough",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698240689924875651"
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
        "38"
      ],
      "favorite_count": "5",
      "id_str": "1698240689924875651",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698240689924875651",
      "created_at": "Sun Oct 29 20:30:08 +0000 2023",
      "favorited": false,
      "full_text": "who decided it should get dark at 4:30",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698227317235446987"
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
        "21"
      ],
      "favorite_count": "2",
      "id_str": "1698227317235446987",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698227317235446987",
      "created_at": "Fri Oct 27 09:09:21 +0000 2023",
      "favorited": false,
      "full_text": "new boots, no regrets",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698214606666137331"
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
        "48"
      ],
      "favorite_count": "5",
      "id_str": "1698214606666137331",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698214606666137331",
      "created_at": "Mon Oct 23 12:15:23 +0000 2023",
      "favorited": false,
      "full_text": "cheltenham 2024 countdown has started in my head",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698201490759958228"
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
      "favorite_count": "1",
      "id_str": "1698201490759958228",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698201490759958228",
      "created_at": "Sat Oct 21 16:27:44 +0000 2023",
      "favorited": false,
      "full_text": "nos da twitter",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698187424145927314"
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
        "53"
      ],
      "favorite_count": "5",
      "id_str": "1698187424145927314",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698187424145927314",
      "created_at": "Mon Oct 16 08:05:59 +0000 2023",
      "favorited": false,
      "full_text": "lost 40 quid on a horse called Lucky Break. the irony",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698173881271508759"
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
        "35"
      ],
      "favorite_count": "2",
      "id_str": "1698173881271508759",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698173881271508759",
      "created_at": "Fri Oct 13 14:26:45 +0000 2023",
      "favorited": false,
      "full_text": "the racecourse in the fog is a vibe",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698160912737244745"
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
        "65"
      ],
      "favorite_count": "1",
      "id_str": "1698160912737244745",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698160912737244745",
      "created_at": "Thu Oct 12 11:32:19 +0000 2023",
      "favorited": false,
      "full_text": "mam just sent me a voice note of the chapel choir. 9 minutes long",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698147556080411994"
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
        "30"
      ],
      "favorite_count": "2",
      "id_str": "1698147556080411994",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698147556080411994",
      "created_at": "Mon Oct 09 14:24:21 +0000 2023",
      "favorited": false,
      "full_text": "quiz night champions 🏆 finally",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698133808617165427"
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
            "name": "shonakacz",
            "screen_name": "shonakacz",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "900000009",
            "id": "900000009"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "2",
      "id_str": "1698133808617165427",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698133808617165427",
      "created_at": "Thu Oct 05 15:21:09 +0000 2023",
      "favorited": false,
      "full_text": "@shonakacz your lemon drizzle is a crime against my diet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698121243175894920"
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
        "45"
      ],
      "favorite_count": "3",
      "id_str": "1698121243175894920",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698121243175894920",
      "created_at": "Tue Oct 03 07:08:03 +0000 2023",
      "favorited": false,
      "full_text": "bake off semi final i'm not emotionally ready",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698107367775900891"
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
        "43"
      ],
      "favorite_count": "5",
      "id_str": "1698107367775900891",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698107367775900891",
      "created_at": "Sat Sep 30 12:02:40 +0000 2023",
      "favorited": false,
      "full_text": "klarna should be illegal for people like me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698094444928074020"
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
        "40"
      ],
      "favorite_count": "5",
      "id_str": "1698094444928074020",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698094444928074020",
      "created_at": "Mon Sep 25 20:21:21 +0000 2023",
      "favorited": false,
      "full_text": "anyone else skint till payday or just me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698080876917621010"
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
        "37"
      ],
      "favorite_count": "4",
      "id_str": "1698080876917621010",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698080876917621010",
      "created_at": "Sun Sep 24 18:02:50 +0000 2023",
      "favorited": false,
      "full_text": "Bangor-on-Dee races with the girls 🥂🐎",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698067717981342637"
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
        "33"
      ],
      "favorite_count": "0",
      "id_str": "1698067717981342637",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698067717981342637",
      "created_at": "Tue Sep 19 15:41:22 +0000 2023",
      "favorited": false,
      "full_text": "saturday racing is my therapy tbh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698053786166377040"
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
        "52"
      ],
      "favorite_count": "3",
      "id_str": "1698053786166377040",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698053786166377040",
      "created_at": "Mon Sep 18 21:28:47 +0000 2023",
      "favorited": false,
      "full_text": "acca ruined by the last leg AGAIN. every single time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698040856077793260"
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
        "42"
      ],
      "favorite_count": "2",
      "id_str": "1698040856077793260",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698040856077793260",
      "created_at": "Thu Sep 14 10:24:54 +0000 2023",
      "favorited": false,
      "full_text": "4 legs up, 1 to go 🐎🐎🐎🐎 dont do this to me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698027248274110690"
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
        "49"
      ],
      "favorite_count": "0",
      "id_str": "1698027248274110690",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698027248274110690",
      "created_at": "Sun Sep 10 20:18:20 +0000 2023",
      "favorited": false,
      "full_text": "nothing says autumn like rain sideways in Rhosddu",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698014267602509199"
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
        "41"
      ],
      "favorite_count": "5",
      "id_str": "1698014267602509199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698014267602509199",
      "created_at": "Thu Sep 07 15:13:52 +0000 2023",
      "favorited": false,
      "full_text": "why is the A483 always shut when i'm late",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1698000621204582919"
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
        "29"
      ],
      "favorite_count": "0",
      "id_str": "1698000621204582919",
      "truncated": false,
      "retweet_count": "0",
      "id": "1698000621204582919",
      "created_at": "Wed Sep 06 07:41:50 +0000 2023",
      "favorited": false,
      "full_text": "come onnnn Wrexham 🔴⚪ #WxmAFC",
      "lang": "en"
    }
  }
]