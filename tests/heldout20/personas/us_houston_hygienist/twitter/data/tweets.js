window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876574706601750461"
          ],
          "editableUntil": "2025-04-06T01:20:49.000Z",
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
      "favorite_count": "0",
      "id_str": "1876574706601750461",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876574706601750461",
      "created_at": "Sun Apr 06 01:20:49 +0000 2025",
      "favorited": false,
      "full_text": "spring in houston = pollen apocalypse",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876573291024142542"
          ],
          "editableUntil": "2025-04-01T23:40:28.000Z",
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
      "id_str": "1876573291024142542",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876573291024142542",
      "created_at": "Tue Apr 01 23:40:28 +0000 2025",
      "favorited": false,
      "full_text": "choir practice for holy week starts next week, pray for my voice",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876572229340934623"
          ],
          "editableUntil": "2025-03-30T00:55:23.000Z",
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
            "name": "dec_byrne_htx",
            "screen_name": "dec_byrne_htx",
            "indices": [
              "34",
              "48"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "4",
      "id_str": "1876572229340934623",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876572229340934623",
      "created_at": "Sun Mar 30 00:55:23 +0000 2025",
      "favorited": false,
      "full_text": "hunter's crawfish boil was elite, @dec_byrne_htx brought the irish potatoes lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876570459868926704"
          ],
          "editableUntil": "2025-03-25T01:30:38.000Z",
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
        "61"
      ],
      "favorite_count": "4",
      "id_str": "1876570459868926704",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876570459868926704",
      "created_at": "Tue Mar 25 01:30:38 +0000 2025",
      "favorited": false,
      "full_text": "stations of the cross tonight with my mom. she cried, i cried",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876568336502518785"
          ],
          "editableUntil": "2025-03-19T03:10:36.000Z",
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
      "favorite_count": "3",
      "id_str": "1876568336502518785",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876568336502518785",
      "created_at": "Wed Mar 19 03:10:36 +0000 2025",
      "favorited": false,
      "full_text": "took another paycheck advance. adulting is a scam",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876566920924910866"
          ],
          "editableUntil": "2025-03-15T00:05:54.000Z",
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
      "id_str": "1876566920924910866",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876566920924910866",
      "created_at": "Sat Mar 15 00:05:54 +0000 2025",
      "favorited": false,
      "full_text": "why does the houston rain always pick 5pm on the beltway",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876565151452902947"
          ],
          "editableUntil": "2025-03-09T23:45:53.000Z",
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
      "favorite_count": "4",
      "id_str": "1876565151452902947",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876565151452902947",
      "created_at": "Sun Mar 09 23:45:53 +0000 2025",
      "favorited": false,
      "full_text": "no meat friday fish tacos, houston style",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876563735875295028"
          ],
          "editableUntil": "2025-03-06T03:20:59.000Z",
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
      "favorite_count": "11",
      "id_str": "1876563735875295028",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876563735875295028",
      "created_at": "Thu Mar 06 03:20:59 +0000 2025",
      "favorited": false,
      "full_text": "ash wednesday ✝️ forehead smudge squad",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876561612508887109"
          ],
          "editableUntil": "2025-02-28T02:40:16.000Z",
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
        "59"
      ],
      "favorite_count": "11",
      "id_str": "1876561612508887109",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876561612508887109",
      "created_at": "Fri Feb 28 02:40:16 +0000 2025",
      "favorited": false,
      "full_text": "giving up takeout for lent. my wallet is thanking jesus too",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876559489142479190"
          ],
          "editableUntil": "2025-02-22T01:15:09.000Z",
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
        "36"
      ],
      "favorite_count": "9",
      "id_str": "1876559489142479190",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876559489142479190",
      "created_at": "Sat Feb 22 01:15:09 +0000 2025",
      "favorited": false,
      "full_text": "paycheck to paycheck gang where u at",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876557719670471271"
          ],
          "editableUntil": "2025-02-17T03:50:06.000Z",
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
        "81"
      ],
      "favorite_count": "11",
      "id_str": "1876557719670471271",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876557719670471271",
      "created_at": "Mon Feb 17 03:50:06 +0000 2025",
      "favorited": false,
      "full_text": "my little brother broke his wrist and is still trying to play valorant one-handed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876556304092863352"
          ],
          "editableUntil": "2025-02-13T00:20:59.000Z",
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
            "name": "dec_byrne_htx",
            "screen_name": "dec_byrne_htx",
            "indices": [
              "19",
              "33"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "4",
      "id_str": "1876556304092863352",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876556304092863352",
      "created_at": "Thu Feb 13 00:20:59 +0000 2025",
      "favorited": false,
      "full_text": "crawfish season!!! @dec_byrne_htx you better be boiling this weekend",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876554180726455433"
          ],
          "editableUntil": "2025-02-07T02:11:45.000Z",
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
      "favorite_count": "5",
      "id_str": "1876554180726455433",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876554180726455433",
      "created_at": "Fri Feb 07 02:11:45 +0000 2025",
      "favorited": false,
      "full_text": "sunday mass then mom's canh chua. perfect day 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876552411254447514"
          ],
          "editableUntil": "2025-02-01T18:40:27.000Z",
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
      "favorite_count": "3",
      "id_str": "1876552411254447514",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876552411254447514",
      "created_at": "Sat Feb 01 18:40:27 +0000 2025",
      "favorited": false,
      "full_text": "lunch break in my car like a true adult",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876550995676839595"
          ],
          "editableUntil": "2025-01-29T04:01:02.000Z",
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
        "50"
      ],
      "favorite_count": "8",
      "id_str": "1876550995676839595",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876550995676839595",
      "created_at": "Wed Jan 29 04:01:02 +0000 2025",
      "favorited": false,
      "full_text": "overdraft fees should be illegal. that's the tweet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876549226204831676"
          ],
          "editableUntil": "2025-01-24T01:33:17.000Z",
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
      "favorite_count": "8",
      "id_str": "1876549226204831676",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876549226204831676",
      "created_at": "Fri Jan 24 01:33:17 +0000 2025",
      "favorited": false,
      "full_text": "alief pho > everywhere else, i don't make the rules",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876547810627223757"
          ],
          "editableUntil": "2025-01-20T03:10:30.000Z",
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
        "58"
      ],
      "favorite_count": "2",
      "id_str": "1876547810627223757",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876547810627223757",
      "created_at": "Mon Jan 20 03:10:30 +0000 2025",
      "favorited": false,
      "full_text": "why is everything so expensive. eggs are a luxury item now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876546041155215838"
          ],
          "editableUntil": "2025-01-15T02:45:04.000Z",
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
        "57"
      ],
      "favorite_count": "6",
      "id_str": "1876546041155215838",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876546041155215838",
      "created_at": "Wed Jan 15 02:45:04 +0000 2025",
      "favorited": false,
      "full_text": "hygienist life: 'do you floss' 'yes' *bleeding gums* 'ok'",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876544979472007919"
          ],
          "editableUntil": "2025-01-12T00:02:16.000Z",
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
            "name": "sunnyside_cc",
            "screen_name": "sunnyside_cc",
            "indices": [
              "9",
              "22"
            ],
            "id_str": "0",
            "id": "0"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "11",
      "id_str": "1876544979472007919",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876544979472007919",
      "created_at": "Sun Jan 12 00:02:16 +0000 2025",
      "favorited": false,
      "full_text": "shoutout @sunnyside_cc for the lashes, she's booking now!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876543917788800000"
          ],
          "editableUntil": "2025-01-09T01:12:52.000Z",
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
        "60"
      ],
      "favorite_count": "4",
      "id_str": "1876543917788800000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1876543917788800000",
      "created_at": "Thu Jan 09 01:12:52 +0000 2025",
      "favorited": false,
      "full_text": "new year new budget. day 2 and i already spent $40 on boba 🙃",
      "lang": "en"
    }
  }
]