window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831153300320567760"
          ],
          "editableUntil": "2025-01-17T13:15:00.000Z",
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
      "favorite_count": "7",
      "id_str": "1831153300320567760",
      "truncated": false,
      "retweet_count": "4",
      "id": "1831153300320567760",
      "created_at": "Fri Jan 17 12:15:00 +0000 2025",
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
            "1831146000907839379"
          ],
          "editableUntil": "2025-01-11T13:59:00.000Z",
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
      "favorite_count": "8",
      "id_str": "1831146000907839379",
      "truncated": false,
      "retweet_count": "5",
      "id": "1831146000907839379",
      "created_at": "Sat Jan 11 12:59:00 +0000 2025",
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
            "1831138700517247275"
          ],
          "editableUntil": "2025-01-04T13:40:00.000Z",
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
      "id_str": "1831138700517247275",
      "truncated": false,
      "retweet_count": "4",
      "id": "1831138700517247275",
      "created_at": "Sat Jan 04 12:40:00 +0000 2025",
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
            "1831131400305390748"
          ],
          "editableUntil": "2024-12-29T19:15:00.000Z",
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
      "favorite_count": "7",
      "id_str": "1831131400305390748",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831131400305390748",
      "created_at": "Sun Dec 29 18:15:00 +0000 2024",
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
            "1831124100424129945"
          ],
          "editableUntil": "2024-12-22T21:25:00.000Z",
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
      "favorite_count": "24",
      "id_str": "1831124100424129945",
      "truncated": false,
      "retweet_count": "1",
      "id": "1831124100424129945",
      "created_at": "Sun Dec 22 20:25:00 +0000 2024",
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
            "1831116800918241242"
          ],
          "editableUntil": "2024-12-16T09:32:00.000Z",
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
      "favorite_count": "1",
      "id_str": "1831116800918241242",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831116800918241242",
      "created_at": "Mon Dec 16 08:32:00 +0000 2024",
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
            "1831109500518826596"
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
      "favorite_count": "27",
      "id_str": "1831109500518826596",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831109500518826596",
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
            "1831102200416493330"
          ],
          "editableUntil": "2024-12-03T22:53:00.000Z",
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
      "favorite_count": "19",
      "id_str": "1831102200416493330",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831102200416493330",
      "created_at": "Tue Dec 03 21:53:00 +0000 2024",
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
            "1831094900130557087"
          ],
          "editableUntil": "2024-11-26T22:04:00.000Z",
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
      "favorite_count": "3",
      "id_str": "1831094900130557087",
      "truncated": false,
      "retweet_count": "1",
      "id": "1831094900130557087",
      "created_at": "Tue Nov 26 21:04:00 +0000 2024",
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
            "1831087600790617251"
          ],
          "editableUntil": "2024-11-20T13:02:00.000Z",
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
      "favorite_count": "16",
      "id_str": "1831087600790617251",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831087600790617251",
      "created_at": "Wed Nov 20 12:02:00 +0000 2024",
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
            "1831080300710100207"
          ],
          "editableUntil": "2024-11-13T19:45:00.000Z",
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
      "favorite_count": "20",
      "id_str": "1831080300710100207",
      "truncated": false,
      "retweet_count": "4",
      "id": "1831080300710100207",
      "created_at": "Wed Nov 13 18:45:00 +0000 2024",
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
            "1831073000888742035"
          ],
          "editableUntil": "2024-11-07T09:55:00.000Z",
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
      "favorite_count": "20",
      "id_str": "1831073000888742035",
      "truncated": false,
      "retweet_count": "3",
      "id": "1831073000888742035",
      "created_at": "Thu Nov 07 08:55:00 +0000 2024",
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
            "1831065700282883127"
          ],
          "editableUntil": "2024-10-31T13:32:00.000Z",
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
      "favorite_count": "7",
      "id_str": "1831065700282883127",
      "truncated": false,
      "retweet_count": "4",
      "id": "1831065700282883127",
      "created_at": "Thu Oct 31 12:32:00 +0000 2024",
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
            "1831058400393008778"
          ],
          "editableUntil": "2024-10-25T08:47:00.000Z",
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
      "favorite_count": "19",
      "id_str": "1831058400393008778",
      "truncated": false,
      "retweet_count": "4",
      "id": "1831058400393008778",
      "created_at": "Fri Oct 25 07:47:00 +0000 2024",
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
            "1831051100979705193"
          ],
          "editableUntil": "2024-10-18T18:28:00.000Z",
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
      "favorite_count": "21",
      "id_str": "1831051100979705193",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831051100979705193",
      "created_at": "Fri Oct 18 17:28:00 +0000 2024",
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
            "1831043800621814640"
          ],
          "editableUntil": "2024-10-12T12:07:00.000Z",
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
      "favorite_count": "14",
      "id_str": "1831043800621814640",
      "truncated": false,
      "retweet_count": "3",
      "id": "1831043800621814640",
      "created_at": "Sat Oct 12 11:07:00 +0000 2024",
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
            "1831036500890370670"
          ],
          "editableUntil": "2024-10-05T08:16:00.000Z",
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
      "favorite_count": "15",
      "id_str": "1831036500890370670",
      "truncated": false,
      "retweet_count": "4",
      "id": "1831036500890370670",
      "created_at": "Sat Oct 05 07:16:00 +0000 2024",
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
            "1831029200652720658"
          ],
          "editableUntil": "2024-09-29T08:35:00.000Z",
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
      "favorite_count": "8",
      "id_str": "1831029200652720658",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831029200652720658",
      "created_at": "Sun Sep 29 07:35:00 +0000 2024",
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
            "1831021900640465935"
          ],
          "editableUntil": "2024-09-22T18:18:00.000Z",
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
      "favorite_count": "16",
      "id_str": "1831021900640465935",
      "truncated": false,
      "retweet_count": "3",
      "id": "1831021900640465935",
      "created_at": "Sun Sep 22 17:18:00 +0000 2024",
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
            "1831014600291009991"
          ],
          "editableUntil": "2024-09-16T08:39:00.000Z",
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
      "favorite_count": "3",
      "id_str": "1831014600291009991",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831014600291009991",
      "created_at": "Mon Sep 16 07:39:00 +0000 2024",
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
            "1831007300104706561"
          ],
          "editableUntil": "2024-09-09T13:32:00.000Z",
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
      "favorite_count": "16",
      "id_str": "1831007300104706561",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831007300104706561",
      "created_at": "Mon Sep 09 12:32:00 +0000 2024",
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
            "1831000000985127317"
          ],
          "editableUntil": "2024-09-03T20:06:00.000Z",
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
      "favorite_count": "21",
      "id_str": "1831000000985127317",
      "truncated": false,
      "retweet_count": "3",
      "id": "1831000000985127317",
      "created_at": "Tue Sep 03 19:06:00 +0000 2024",
      "favorited": false,
      "full_text": "Still can't believe we're paying more for everything and they told us Brexit would make us better off",
      "lang": "en"
    }
  }
]
