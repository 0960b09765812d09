window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831153300721650028"
          ],
          "editableUntil": "2025-01-17T21:28:00.000Z",
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
        "64"
      ],
      "favorite_count": "4",
      "id_str": "1831153300721650028",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831153300721650028",
      "created_at": "Fri Jan 17 20:28:00 +0000 2025",
      "favorited": false,
      "full_text": "someone explain why data engineers always break prod on a Friday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831146000145803148"
          ],
          "editableUntil": "2025-01-11T21:33:00.000Z",
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
        "76"
      ],
      "favorite_count": "9",
      "id_str": "1831146000145803148",
      "truncated": false,
      "retweet_count": "1",
      "id": "1831146000145803148",
      "created_at": "Sat Jan 11 20:33:00 +0000 2025",
      "favorited": false,
      "full_text": "Working from the office today, the coffee machine is still broken, send help",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831138700044810539"
          ],
          "editableUntil": "2025-01-04T09:33:00.000Z",
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
      "favorite_count": "18",
      "id_str": "1831138700044810539",
      "truncated": false,
      "retweet_count": "3",
      "id": "1831138700044810539",
      "created_at": "Sat Jan 04 08:33:00 +0000 2025",
      "favorited": false,
      "full_text": "Golden Acre park with Soph this morning 🍂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831131400994986992"
          ],
          "editableUntil": "2024-12-29T22:26:00.000Z",
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
        "66"
      ],
      "favorite_count": "21",
      "id_str": "1831131400994986992",
      "truncated": false,
      "retweet_count": "3",
      "id": "1831131400994986992",
      "created_at": "Sun Dec 29 21:26:00 +0000 2024",
      "favorited": false,
      "full_text": "pay day. the council tax and the energy bill have already eaten it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831124100361858460"
          ],
          "editableUntil": "2024-12-22T14:28:00.000Z",
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
      "favorite_count": "25",
      "id_str": "1831124100361858460",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831124100361858460",
      "created_at": "Sun Dec 22 13:28:00 +0000 2024",
      "favorited": false,
      "full_text": "Headingley in the rain is still the best bit of Leeds, fight me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831116800702852173"
          ],
          "editableUntil": "2024-12-16T21:38:00.000Z",
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
        "72"
      ],
      "favorite_count": "7",
      "id_str": "1831116800702852173",
      "truncated": false,
      "retweet_count": "5",
      "id": "1831116800702852173",
      "created_at": "Mon Dec 16 20:38:00 +0000 2024",
      "favorited": false,
      "full_text": "lottery ads on every ad break, 100 million jackpot, still not buying one",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831109500428152355"
          ],
          "editableUntil": "2024-11-14T13:31:00.000Z",
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
        "94"
      ],
      "favorite_count": "22",
      "id_str": "1831109500428152355",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831109500428152355",
      "created_at": "Thu Nov 14 12:31:00 +0000 2024",
      "favorited": false,
      "full_text": "World Diabetes Day. Type 1 for 19 years. Finger pricks to sensors, what a change. Thanks NHS 💙",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831102200931582560"
          ],
          "editableUntil": "2024-12-03T22:02:00.000Z",
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
      "favorite_count": "26",
      "id_str": "1831102200931582560",
      "truncated": false,
      "retweet_count": "4",
      "id": "1831102200931582560",
      "created_at": "Tue Dec 03 21:02:00 +0000 2024",
      "favorited": false,
      "full_text": "new Libre sensor fell off after 3 days. fuming. 14 days my arse",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831094900908788044"
          ],
          "editableUntil": "2024-11-26T14:29:00.000Z",
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
        "51"
      ],
      "favorite_count": "29",
      "id_str": "1831094900908788044",
      "truncated": false,
      "retweet_count": "3",
      "id": "1831094900908788044",
      "created_at": "Tue Nov 26 13:29:00 +0000 2024",
      "favorited": false,
      "full_text": "GTA 6 trailer looks mad, shame I'm rubbish at games",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831087600145012139"
          ],
          "editableUntil": "2024-11-20T19:58:00.000Z",
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
      "favorite_count": "20",
      "id_str": "1831087600145012139",
      "truncated": false,
      "retweet_count": "5",
      "id": "1831087600145012139",
      "created_at": "Wed Nov 20 18:58:00 +0000 2024",
      "favorited": false,
      "full_text": "Jesus Christ, 4 quid for a meal deal now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831080300495102058"
          ],
          "editableUntil": "2024-11-13T14:21:00.000Z",
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
      "favorite_count": "18",
      "id_str": "1831080300495102058",
      "truncated": false,
      "retweet_count": "3",
      "id": "1831080300495102058",
      "created_at": "Wed Nov 13 13:21:00 +0000 2024",
      "favorited": false,
      "full_text": "Oh my god the new series of Traitors is unhinged",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831073000622206200"
          ],
          "editableUntil": "2024-11-07T19:13:00.000Z",
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
        "47"
      ],
      "favorite_count": "1",
      "id_str": "1831073000622206200",
      "truncated": false,
      "retweet_count": "1",
      "id": "1831073000622206200",
      "created_at": "Thu Nov 07 18:13:00 +0000 2024",
      "favorited": false,
      "full_text": "Elland Road on a Tuesday night, nothing like it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831065700952741335"
          ],
          "editableUntil": "2024-10-31T19:58:00.000Z",
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
        "6"
      ],
      "favorite_count": "13",
      "id_str": "1831065700952741335",
      "truncated": false,
      "retweet_count": "5",
      "id": "1831065700952741335",
      "created_at": "Thu Oct 31 18:58:00 +0000 2024",
      "favorited": false,
      "full_text": "MOT 💛💙",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831058400865966803"
          ],
          "editableUntil": "2024-10-25T13:29:00.000Z",
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
      "favorite_count": "16",
      "id_str": "1831058400865966803",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831058400865966803",
      "created_at": "Fri Oct 25 12:29:00 +0000 2024",
      "favorited": false,
      "full_text": "this traffic on the A660 is killing me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831051100526641941"
          ],
          "editableUntil": "2024-10-18T08:10:00.000Z",
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
        "56"
      ],
      "favorite_count": "19",
      "id_str": "1831051100526641941",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831051100526641941",
      "created_at": "Fri Oct 18 07:10:00 +0000 2024",
      "favorited": false,
      "full_text": "the 1 bus has decided not to exist this morning. classic",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831043800680318236"
          ],
          "editableUntil": "2024-10-12T21:20:00.000Z",
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
        "102"
      ],
      "favorite_count": "10",
      "id_str": "1831043800680318236",
      "truncated": false,
      "retweet_count": "4",
      "id": "1831043800680318236",
      "created_at": "Sat Oct 12 20:20:00 +0000 2024",
      "favorited": false,
      "full_text": "£2 bus fare cap is the best thing that's happened to Leeds transport in years, don't you dare scrap it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831036500624057437"
          ],
          "editableUntil": "2024-10-05T08:59:00.000Z",
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
      "favorite_count": "25",
      "id_str": "1831036500624057437",
      "truncated": false,
      "retweet_count": "5",
      "id": "1831036500624057437",
      "created_at": "Sat Oct 05 07:59:00 +0000 2024",
      "favorited": false,
      "full_text": "Leaving the single market was self harm and I'll die on this hill",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831029200588665890"
          ],
          "editableUntil": "2024-09-29T12:09:00.000Z",
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
        "84"
      ],
      "favorite_count": "30",
      "id_str": "1831029200588665890",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831029200588665890",
      "created_at": "Sun Sep 29 11:09:00 +0000 2024",
      "favorited": false,
      "full_text": "The 'Brexit dividend' is still missing, has anyone checked down the back of the sofa",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831021900385300342"
          ],
          "editableUntil": "2024-09-22T12:06:00.000Z",
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
        "51"
      ],
      "favorite_count": "9",
      "id_str": "1831021900385300342",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831021900385300342",
      "created_at": "Sun Sep 22 11:06:00 +0000 2024",
      "favorited": false,
      "full_text": "Anyone else fancy rejoining the EU or is it just me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831014600981943469"
          ],
          "editableUntil": "2024-09-16T18:42:00.000Z",
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
        "98"
      ],
      "favorite_count": "9",
      "id_str": "1831014600981943469",
      "truncated": false,
      "retweet_count": "3",
      "id": "1831014600981943469",
      "created_at": "Mon Sep 16 17:42:00 +0000 2024",
      "favorited": false,
      "full_text": "Every time a small business near me closes it's 'global headwinds'. Nah mate, it's Brexit. Own it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831007300296468121"
          ],
          "editableUntil": "2024-09-09T21:21:00.000Z",
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
        "80"
      ],
      "favorite_count": "12",
      "id_str": "1831007300296468121",
      "truncated": false,
      "retweet_count": "5",
      "id": "1831007300296468121",
      "created_at": "Mon Sep 09 20:21:00 +0000 2024",
      "favorited": false,
      "full_text": "Brexit: the gift that keeps on taking. Another 40 min queue at passport control.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831000000954848469"
          ],
          "editableUntil": "2024-09-03T21:02:00.000Z",
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
        "101"
      ],
      "favorite_count": "27",
      "id_str": "1831000000954848469",
      "truncated": false,
      "retweet_count": "5",
      "id": "1831000000954848469",
      "created_at": "Tue Sep 03 20:02:00 +0000 2024",
      "favorited": false,
      "full_text": "Still can't believe we're paying more for everything and they told us Brexit would make us better off",
      "lang": "en"
    }
  }
]
