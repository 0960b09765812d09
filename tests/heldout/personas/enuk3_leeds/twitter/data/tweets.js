window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831153300066740922"
          ],
          "editableUntil": "2025-01-17T21:10:00.000Z",
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
      "favorite_count": "22",
      "id_str": "1831153300066740922",
      "truncated": false,
      "retweet_count": "1",
      "id": "1831153300066740922",
      "created_at": "Fri Jan 17 20:10:00 +0000 2025",
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
            "1831146000786873880"
          ],
          "editableUntil": "2025-01-11T14:31:00.000Z",
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
      "favorite_count": "6",
      "id_str": "1831146000786873880",
      "truncated": false,
      "retweet_count": "5",
      "id": "1831146000786873880",
      "created_at": "Sat Jan 11 13:31:00 +0000 2025",
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
            "1831138700014327080"
          ],
          "editableUntil": "2025-01-04T19:25:00.000Z",
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
      "favorite_count": "27",
      "id_str": "1831138700014327080",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831138700014327080",
      "created_at": "Sat Jan 04 18:25:00 +0000 2025",
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
            "1831131400639807003"
          ],
          "editableUntil": "2024-12-29T21:46:00.000Z",
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
      "favorite_count": "9",
      "id_str": "1831131400639807003",
      "truncated": false,
      "retweet_count": "4",
      "id": "1831131400639807003",
      "created_at": "Sun Dec 29 20:46:00 +0000 2024",
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
            "1831124100875767532"
          ],
          "editableUntil": "2024-12-22T09:15:00.000Z",
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
      "favorite_count": "18",
      "id_str": "1831124100875767532",
      "truncated": false,
      "retweet_count": "5",
      "id": "1831124100875767532",
      "created_at": "Sun Dec 22 08:15:00 +0000 2024",
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
            "1831116800387602110"
          ],
          "editableUntil": "2024-12-16T09:29:00.000Z",
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
      "favorite_count": "22",
      "id_str": "1831116800387602110",
      "truncated": false,
      "retweet_count": "4",
      "id": "1831116800387602110",
      "created_at": "Mon Dec 16 08:29:00 +0000 2024",
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
            "1831109500837312020"
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
      "favorite_count": "28",
      "id_str": "1831109500837312020",
      "truncated": false,
      "retweet_count": "3",
      "id": "1831109500837312020",
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
            "1831102200210974690"
          ],
          "editableUntil": "2024-12-03T13:21:00.000Z",
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
      "favorite_count": "17",
      "id_str": "1831102200210974690",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831102200210974690",
      "created_at": "Tue Dec 03 12:21:00 +0000 2024",
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
            "1831094900805810558"
          ],
          "editableUntil": "2024-11-26T13:38:00.000Z",
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
      "favorite_count": "30",
      "id_str": "1831094900805810558",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831094900805810558",
      "created_at": "Tue Nov 26 12:38:00 +0000 2024",
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
            "1831087600976832443"
          ],
          "editableUntil": "2024-11-20T19:00:00.000Z",
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
      "favorite_count": "19",
      "id_str": "1831087600976832443",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831087600976832443",
      "created_at": "Wed Nov 20 18:00:00 +0000 2024",
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
            "1831080300869239414"
          ],
          "editableUntil": "2024-11-13T09:42:00.000Z",
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
      "favorite_count": "6",
      "id_str": "1831080300869239414",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831080300869239414",
      "created_at": "Wed Nov 13 08:42:00 +0000 2024",
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
            "1831073000837219189"
          ],
          "editableUntil": "2024-11-07T21:57:00.000Z",
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
      "favorite_count": "16",
      "id_str": "1831073000837219189",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831073000837219189",
      "created_at": "Thu Nov 07 20:57:00 +0000 2024",
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
            "1831065700991033187"
          ],
          "editableUntil": "2024-10-31T22:57:00.000Z",
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
      "favorite_count": "5",
      "id_str": "1831065700991033187",
      "truncated": false,
      "retweet_count": "1",
      "id": "1831065700991033187",
      "created_at": "Thu Oct 31 21:57:00 +0000 2024",
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
            "1831058400802140540"
          ],
          "editableUntil": "2024-10-25T13:09:00.000Z",
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
      "favorite_count": "13",
      "id_str": "1831058400802140540",
      "truncated": false,
      "retweet_count": "1",
      "id": "1831058400802140540",
      "created_at": "Fri Oct 25 12:09:00 +0000 2024",
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
            "1831051100773720564"
          ],
          "editableUntil": "2024-10-18T20:51:00.000Z",
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
      "favorite_count": "1",
      "id_str": "1831051100773720564",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831051100773720564",
      "created_at": "Fri Oct 18 19:51:00 +0000 2024",
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
            "1831043800875620063"
          ],
          "editableUntil": "2024-10-12T12:38:00.000Z",
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
      "favorite_count": "24",
      "id_str": "1831043800875620063",
      "truncated": false,
      "retweet_count": "5",
      "id": "1831043800875620063",
      "created_at": "Sat Oct 12 11:38:00 +0000 2024",
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
            "1831036500131621332"
          ],
          "editableUntil": "2024-10-05T21:01:00.000Z",
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
      "favorite_count": "3",
      "id_str": "1831036500131621332",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831036500131621332",
      "created_at": "Sat Oct 05 20:01:00 +0000 2024",
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
            "1831029200012590164"
          ],
          "editableUntil": "2024-09-29T13:42:00.000Z",
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
      "favorite_count": "3",
      "id_str": "1831029200012590164",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831029200012590164",
      "created_at": "Sun Sep 29 12:42:00 +0000 2024",
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
            "1831021900257841734"
          ],
          "editableUntil": "2024-09-22T21:00:00.000Z",
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
      "id_str": "1831021900257841734",
      "truncated": false,
      "retweet_count": "1",
      "id": "1831021900257841734",
      "created_at": "Sun Sep 22 20:00:00 +0000 2024",
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
            "1831014600901670579"
          ],
          "editableUntil": "2024-09-16T18:35:00.000Z",
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
      "favorite_count": "21",
      "id_str": "1831014600901670579",
      "truncated": false,
      "retweet_count": "5",
      "id": "1831014600901670579",
      "created_at": "Mon Sep 16 17:35:00 +0000 2024",
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
            "1831007300548553284"
          ],
          "editableUntil": "2024-09-09T20:45:00.000Z",
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
      "favorite_count": "29",
      "id_str": "1831007300548553284",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831007300548553284",
      "created_at": "Mon Sep 09 19:45:00 +0000 2024",
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
            "1831000000909362448"
          ],
          "editableUntil": "2024-09-03T13:33:00.000Z",
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
      "favorite_count": "30",
      "id_str": "1831000000909362448",
      "truncated": false,
      "retweet_count": "4",
      "id": "1831000000909362448",
      "created_at": "Tue Sep 03 12:33:00 +0000 2024",
      "favorited": false,
      "full_text": "Still can't believe we're paying more for everything and they told us Brexit would make us better off",
      "lang": "en"
    }
  }
]
