window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000316760"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "4",
      "id_str": "19600000000316760",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000316760",
      "created_at": "Thu Jan 15 16:06:00 +0000 2026",
      "favorited": false,
      "full_text": "finally payday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000308841"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "19600000000308841",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000308841",
      "created_at": "Wed Jan 14 16:25:00 +0000 2026",
      "favorited": false,
      "full_text": "rain rain rain",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000300922"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "7",
      "id_str": "19600000000300922",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000300922",
      "created_at": "Sun Jan 11 22:05:00 +0000 2026",
      "favorited": false,
      "full_text": "Ladypool Road food >> anywhere else",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000293003"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "7",
      "id_str": "19600000000293003",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000293003",
      "created_at": "Wed Jan 07 19:24:00 +0000 2026",
      "favorited": false,
      "full_text": "clocks went back, extra hour on shift, brilliant",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000285084"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "0",
      "id_str": "19600000000285084",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000285084",
      "created_at": "Tue Jan 06 19:31:00 +0000 2026",
      "favorited": false,
      "full_text": "the 11 bus never comes when you need it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000277165"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "19600000000277165",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000277165",
      "created_at": "Tue Dec 30 23:13:00 +0000 2025",
      "favorited": false,
      "full_text": "need sleep more than i need money and i need money BAD",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000269246"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "6",
      "id_str": "19600000000269246",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000269246",
      "created_at": "Fri Dec 26 17:51:00 +0000 2025",
      "favorited": false,
      "full_text": "@AVFCOfficial what a performance",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000261327"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "23"
      ],
      "favorite_count": "1",
      "id_str": "19600000000261327",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000261327",
      "created_at": "Wed Dec 24 16:34:00 +0000 2025",
      "favorited": false,
      "full_text": "jummah mubarak everyone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000253408"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "25"
      ],
      "favorite_count": "9",
      "id_str": "19600000000253408",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000253408",
      "created_at": "Wed Dec 17 22:14:00 +0000 2025",
      "favorited": false,
      "full_text": "proper cold in Brum today",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000245489"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "8",
      "id_str": "19600000000245489",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000245489",
      "created_at": "Mon Dec 15 23:59:00 +0000 2025",
      "favorited": false,
      "full_text": "who else is up at 3am scanning parcels",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000237570"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "0",
      "id_str": "19600000000237570",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000237570",
      "created_at": "Sun Dec 14 16:49:00 +0000 2025",
      "favorited": false,
      "full_text": "Sparkhill at 7am hits different after a night shift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000229651"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "9",
      "id_str": "19600000000229651",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000229651",
      "created_at": "Sat Dec 13 22:52:00 +0000 2025",
      "favorited": false,
      "full_text": "Villa 2-1, get in!! 🦁",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000221732"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "31"
      ],
      "favorite_count": "9",
      "id_str": "19600000000221732",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000221732",
      "created_at": "Thu Dec 11 23:36:00 +0000 2025",
      "favorited": false,
      "full_text": "night shift again, 4 more to go",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000213813"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "3",
      "id_str": "19600000000213813",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000213813",
      "created_at": "Wed Dec 10 16:24:00 +0000 2025",
      "favorited": false,
      "full_text": "lost my acca by one leg AGAIN",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000205894"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "7",
      "id_str": "19600000000205894",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000205894",
      "created_at": "Sat Dec 06 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "finally payday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000197975"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "19600000000197975",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000197975",
      "created_at": "Wed Dec 03 23:13:00 +0000 2025",
      "favorited": false,
      "full_text": "rain rain rain",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000190056"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "9",
      "id_str": "19600000000190056",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000190056",
      "created_at": "Mon Dec 01 16:55:00 +0000 2025",
      "favorited": false,
      "full_text": "Ladypool Road food >> anywhere else",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000182137"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "9",
      "id_str": "19600000000182137",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000182137",
      "created_at": "Sat Nov 29 23:21:00 +0000 2025",
      "favorited": false,
      "full_text": "clocks went back, extra hour on shift, brilliant",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000174218"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "9",
      "id_str": "19600000000174218",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000174218",
      "created_at": "Thu Nov 20 19:03:00 +0000 2025",
      "favorited": false,
      "full_text": "the 11 bus never comes when you need it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000166299"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "2",
      "id_str": "19600000000166299",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000166299",
      "created_at": "Mon Nov 10 23:44:00 +0000 2025",
      "favorited": false,
      "full_text": "need sleep more than i need money and i need money BAD",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000158380"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "6",
      "id_str": "19600000000158380",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000158380",
      "created_at": "Sun Nov 09 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@AVFCOfficial what a performance",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000150461"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "23"
      ],
      "favorite_count": "5",
      "id_str": "19600000000150461",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000150461",
      "created_at": "Wed Nov 05 19:58:00 +0000 2025",
      "favorited": false,
      "full_text": "jummah mubarak everyone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000142542"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "25"
      ],
      "favorite_count": "4",
      "id_str": "19600000000142542",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000142542",
      "created_at": "Tue Oct 28 16:10:00 +0000 2025",
      "favorited": false,
      "full_text": "proper cold in Brum today",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000134623"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "4",
      "id_str": "19600000000134623",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000134623",
      "created_at": "Mon Oct 20 16:27:00 +0000 2025",
      "favorited": false,
      "full_text": "who else is up at 3am scanning parcels",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000126704"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "3",
      "id_str": "19600000000126704",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000126704",
      "created_at": "Thu Oct 16 18:36:00 +0000 2025",
      "favorited": false,
      "full_text": "Sparkhill at 7am hits different after a night shift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000118785"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "9",
      "id_str": "19600000000118785",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000118785",
      "created_at": "Wed Oct 15 18:29:00 +0000 2025",
      "favorited": false,
      "full_text": "Villa 2-1, get in!! 🦁",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000110866"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "31"
      ],
      "favorite_count": "2",
      "id_str": "19600000000110866",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000110866",
      "created_at": "Fri Oct 10 21:24:00 +0000 2025",
      "favorited": false,
      "full_text": "night shift again, 4 more to go",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000102947"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "8",
      "id_str": "19600000000102947",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000102947",
      "created_at": "Thu Oct 09 22:17:00 +0000 2025",
      "favorited": false,
      "full_text": "lost my acca by one leg AGAIN",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000095028"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "19600000000095028",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000095028",
      "created_at": "Wed Oct 08 21:08:00 +0000 2025",
      "favorited": false,
      "full_text": "finally payday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000087109"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "6",
      "id_str": "19600000000087109",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000087109",
      "created_at": "Sat Sep 27 21:15:00 +0000 2025",
      "favorited": false,
      "full_text": "rain rain rain",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000079190"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "4",
      "id_str": "19600000000079190",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000079190",
      "created_at": "Thu Sep 25 21:53:00 +0000 2025",
      "favorited": false,
      "full_text": "Ladypool Road food >> anywhere else",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000071271"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "8",
      "id_str": "19600000000071271",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000071271",
      "created_at": "Wed Sep 24 18:11:00 +0000 2025",
      "favorited": false,
      "full_text": "clocks went back, extra hour on shift, brilliant",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000063352"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "7",
      "id_str": "19600000000063352",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000063352",
      "created_at": "Sat Sep 20 18:46:00 +0000 2025",
      "favorited": false,
      "full_text": "the 11 bus never comes when you need it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000055433"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "7",
      "id_str": "19600000000055433",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000055433",
      "created_at": "Fri Sep 19 18:27:00 +0000 2025",
      "favorited": false,
      "full_text": "need sleep more than i need money and i need money BAD",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000047514"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "7",
      "id_str": "19600000000047514",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000047514",
      "created_at": "Mon Sep 15 21:36:00 +0000 2025",
      "favorited": false,
      "full_text": "@AVFCOfficial what a performance",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000039595"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "23"
      ],
      "favorite_count": "9",
      "id_str": "19600000000039595",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000039595",
      "created_at": "Thu Sep 11 15:09:00 +0000 2025",
      "favorited": false,
      "full_text": "jummah mubarak everyone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000031676"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "25"
      ],
      "favorite_count": "6",
      "id_str": "19600000000031676",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000031676",
      "created_at": "Wed Sep 10 22:02:00 +0000 2025",
      "favorited": false,
      "full_text": "proper cold in Brum today",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000023757"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "19600000000023757",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000023757",
      "created_at": "Sun Sep 07 21:42:00 +0000 2025",
      "favorited": false,
      "full_text": "who else is up at 3am scanning parcels",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000015838"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "8",
      "id_str": "19600000000015838",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000015838",
      "created_at": "Fri Sep 05 22:37:00 +0000 2025",
      "favorited": false,
      "full_text": "Sparkhill at 7am hits different after a night shift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "19600000000007919"
          ],
          "editableUntil": "",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "5",
      "id_str": "19600000000007919",
      "truncated": false,
      "retweet_count": "0",
      "id": "19600000000007919",
      "created_at": "Mon Sep 01 16:17:00 +0000 2025",
      "favorited": false,
      "full_text": "Villa 2-1, get in!! 🦁",
      "lang": "en"
    }
  }
]