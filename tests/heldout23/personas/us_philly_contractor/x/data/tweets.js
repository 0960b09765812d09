window.YTD.tweets.part0 = [ {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1839489917223161911"
        ],
        "editableUntil" : "2024-11-15T01:50:45.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "64"
    ],
    "favorite_count" : "4",
    "id_str" : "1839489917223161911",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1839489917223161911",
    "created_at" : "Fri Nov 15 00:50:45 +0000 2024",
    "favorited" : false,
    "full_text" : "to every client who paid on time this year: you are the real MVP",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1838892462154134325"
        ],
        "editableUntil" : "2024-11-13T00:25:48.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "66"
    ],
    "favorite_count" : "13",
    "id_str" : "1838892462154134325",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1838892462154134325",
    "created_at" : "Tue Nov 12 23:25:48 +0000 2024",
    "favorited" : false,
    "full_text" : "PT graduation! 8 weeks done. back feels like i'm 30 again (almost)",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1838185915938480030"
        ],
        "editableUntil" : "2024-11-09T21:10:44.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "59"
    ],
    "favorite_count" : "10",
    "id_str" : "1838185915938480030",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1838185915938480030",
    "created_at" : "Sat Nov 09 20:10:44 +0000 2024",
    "favorited" : false,
    "full_text" : "godfather duty tomorrow. my niece's confirmation. proud tio",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1837795490855237289"
        ],
        "editableUntil" : "2024-11-08T01:45:23.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "42"
    ],
    "favorite_count" : "12",
    "id_str" : "1837795490855237289",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1837795490855237289",
    "created_at" : "Fri Nov 08 00:45:23 +0000 2024",
    "favorited" : false,
    "full_text" : "big news at home that i can't share yet 🏡👀",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1837517060246730896"
        ],
        "editableUntil" : "2024-11-06T02:30:25.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "81"
    ],
    "favorite_count" : "0",
    "id_str" : "1837517060246730896",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1837517060246730896",
    "created_at" : "Wed Nov 06 01:30:25 +0000 2024",
    "favorited" : false,
    "full_text" : "kitchen demo day. found a 1940s newspaper in the wall. rowhomes are time capsules",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1837133764047883036"
        ],
        "editableUntil" : "2024-11-02T23:05:04.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "65"
    ],
    "favorite_count" : "1",
    "id_str" : "1837133764047883036",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1837133764047883036",
    "created_at" : "Sat Nov 02 22:05:04 +0000 2024",
    "favorited" : false,
    "full_text" : "all souls day. lit a candle for my pop at st anne. miss you viejo",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1836543488419148801"
        ],
        "editableUntil" : "2024-11-01T00:15:44.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "70"
    ],
    "favorite_count" : "3",
    "id_str" : "1836543488419148801",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1836543488419148801",
    "created_at" : "Thu Oct 31 23:15:44 +0000 2024",
    "favorited" : false,
    "full_text" : "trick or treat on thompson st. my truck got egged but the kids had fun",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1835804291320204375"
        ],
        "editableUntil" : "2024-10-27T21:30:40.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "66"
    ],
    "favorite_count" : "8",
    "id_str" : "1835804291320204375",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1835804291320204375",
    "created_at" : "Sun Oct 27 20:30:40 +0000 2024",
    "favorited" : false,
    "full_text" : "rainy day at the shop building cabinets. best kind of day honestly",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1834872364415464488"
        ],
        "editableUntil" : "2024-10-24T17:40:10.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "49"
    ],
    "favorite_count" : "12",
    "id_str" : "1834872364415464488",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1834872364415464488",
    "created_at" : "Thu Oct 24 16:40:10 +0000 2024",
    "favorited" : false,
    "full_text" : "booked through january. grateful. blessed. tired.",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1834434639177601248"
        ],
        "editableUntil" : "2024-10-20T23:10:20.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "85"
    ],
    "favorite_count" : "13",
    "id_str" : "1834434639177601248",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1834434639177601248",
    "created_at" : "Sun Oct 20 22:10:20 +0000 2024",
    "favorited" : false,
    "full_text" : "taught my nephew to use a sander yesterday. he asked if there's a cheat code for it 😂",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1833485694799048141"
        ],
        "editableUntil" : "2024-10-18T01:02:29.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "76"
    ],
    "favorite_count" : "14",
    "id_str" : "1833485694799048141",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1833485694799048141",
    "created_at" : "Fri Oct 18 00:02:29 +0000 2024",
    "favorited" : false,
    "full_text" : "homeowners: please don't let your nephew's friend do your electrical. please",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1833382842954064513"
        ],
        "editableUntil" : "2024-10-15T00:35:53.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [
        {
          "url" : "https://t.co/Jm4qRk8WnZ",
          "expanded_url" : "https://www.instagram.com/colonhomerepair/",
          "display_url" : "instagram.com/colonhomerepair",
          "indices" : [
            "34",
            "57"
          ]
        }
      ]
    },
    "display_text_range" : [
      "0",
      "57"
    ],
    "favorite_count" : "6",
    "id_str" : "1833382842954064513",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1833382842954064513",
    "created_at" : "Mon Oct 14 23:35:53 +0000 2024",
    "favorited" : false,
    "full_text" : "more pics of our work on the gram https://t.co/Jm4qRk8WnZ",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1832829414883347343"
        ],
        "editableUntil" : "2024-10-11T23:20:45.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "82"
    ],
    "favorite_count" : "1",
    "id_str" : "1832829414883347343",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1832829414883347343",
    "created_at" : "Fri Oct 11 22:20:45 +0000 2024",
    "favorited" : false,
    "full_text" : "finished the almond st bathroom. client cried (the good kind). this is why i do it",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1832496277984674104"
        ],
        "editableUntil" : "2024-10-10T00:00:54.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "64"
    ],
    "favorite_count" : "12",
    "id_str" : "1832496277984674104",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1832496277984674104",
    "created_at" : "Wed Oct 09 23:00:54 +0000 2024",
    "favorited" : false,
    "full_text" : "phillies in the playoffs and my back finally feels ok. good week",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1831693581397272621"
        ],
        "editableUntil" : "2024-10-07T01:12:40.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "69"
    ],
    "favorite_count" : "14",
    "id_str" : "1831693581397272621",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1831693581397272621",
    "created_at" : "Mon Oct 07 00:12:40 +0000 2024",
    "favorited" : false,
    "full_text" : "every rowhome in philly has one wall that's not straight. its the law",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1831554464281998990"
        ],
        "editableUntil" : "2024-10-03T23:30:42.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "73"
    ],
    "favorite_count" : "4",
    "id_str" : "1831554464281998990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1831554464281998990",
    "created_at" : "Thu Oct 03 22:30:42 +0000 2024",
    "favorited" : false,
    "full_text" : "parking ticket while unloading tile in south philly. the PPA never sleeps",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1830862434575102667"
        ],
        "editableUntil" : "2024-09-29T22:55:41.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "62"
    ],
    "favorite_count" : "1",
    "id_str" : "1830862434575102667",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1830862434575102667",
    "created_at" : "Sun Sep 29 21:55:41 +0000 2024",
    "favorited" : false,
    "full_text" : "sunday. mass at st anne, then wings and the birds. perfect day",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1829869521909143105"
        ],
        "editableUntil" : "2024-09-27T00:40:41.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "86"
    ],
    "favorite_count" : "11",
    "id_str" : "1829869521909143105",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1829869521909143105",
    "created_at" : "Thu Sep 26 23:40:41 +0000 2024",
    "favorited" : false,
    "full_text" : "PT day 3. the therapist is 5 foot nothing and she is the toughest person i've ever met",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1828930443650084869"
        ],
        "editableUntil" : "2024-09-24T00:10:44.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "79"
    ],
    "favorite_count" : "14",
    "id_str" : "1828930443650084869",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1828930443650084869",
    "created_at" : "Mon Sep 23 23:10:44 +0000 2024",
    "favorited" : false,
    "full_text" : "new bathroom job starting in port richmond. love working in my own neighborhood",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1828809145718616230"
        ],
        "editableUntil" : "2024-09-19T23:00:34.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "60"
    ],
    "favorite_count" : "2",
    "id_str" : "1828809145718616230",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1828809145718616230",
    "created_at" : "Thu Sep 19 22:00:34 +0000 2024",
    "favorited" : false,
    "full_text" : "no surgery!! PT twice a week for 8 weeks. prayers answered 🙏",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1827828407970033199"
        ],
        "editableUntil" : "2024-09-14T18:20:43.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [
        {
          "name" : "Sean Sullivan",
          "screen_name" : "Sully215",
          "indices" : [
            "8",
            "17"
          ],
          "id_str" : "1287745510938275840",
          "id" : "1287745510938275840"
        }
      ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "80"
    ],
    "favorite_count" : "4",
    "id_str" : "1827828407970033199",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1827828407970033199",
    "created_at" : "Sat Sep 14 17:20:43 +0000 2024",
    "favorited" : false,
    "full_text" : "helping @Sully215 demo his sister's basement. free labor is paid in cheesesteaks",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1827431235650607416"
        ],
        "editableUntil" : "2024-09-12T20:30:58.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "68"
    ],
    "favorite_count" : "9",
    "id_str" : "1827431235650607416",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1827431235650607416",
    "created_at" : "Thu Sep 12 19:30:58 +0000 2024",
    "favorited" : false,
    "full_text" : "40 minutes in an MRI tube is the closest i'll ever get to a vacation",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1826744360386638880"
        ],
        "editableUntil" : "2024-09-11T00:45:08.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "86"
    ],
    "favorite_count" : "10",
    "id_str" : "1826744360386638880",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1826744360386638880",
    "created_at" : "Tue Sep 10 23:45:08 +0000 2024",
    "favorited" : false,
    "full_text" : "tip for homeowners: if your caulk around the tub is black, its not dirt. call somebody",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1826051352021695214"
        ],
        "editableUntil" : "2024-09-07T03:15:28.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "GoBirds",
          "indices" : [
            "14",
            "22"
          ]
        }
      ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "22"
    ],
    "favorite_count" : "12",
    "id_str" : "1826051352021695214",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1826051352021695214",
    "created_at" : "Sat Sep 07 02:15:28 +0000 2024",
    "favorited" : false,
    "full_text" : "BIRDS WIN 🦅🦅🦅 #GoBirds",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1825657172910695148"
        ],
        "editableUntil" : "2024-09-01T21:05:23.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "77"
    ],
    "favorite_count" : "0",
    "id_str" : "1825657172910695148",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1825657172910695148",
    "created_at" : "Sun Sep 01 20:05:23 +0000 2024",
    "favorited" : false,
    "full_text" : "labor day weekend shoutout to every tradesman in this city. we build philly 🔨",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1825372679617818683"
        ],
        "editableUntil" : "2024-08-28T00:30:20.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "97"
    ],
    "favorite_count" : "9",
    "id_str" : "1825372679617818683",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1825372679617818683",
    "created_at" : "Tue Aug 27 23:30:20 +0000 2024",
    "favorited" : false,
    "full_text" : "doc says herniated disc. 20 years of carrying drywall up rowhome stairs finally caught up with me",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1825176780436206603"
        ],
        "editableUntil" : "2024-08-23T01:11:35.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "87"
    ],
    "favorite_count" : "7",
    "id_str" : "1825176780436206603",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1825176780436206603",
    "created_at" : "Fri Aug 23 00:11:35 +0000 2024",
    "favorited" : false,
    "full_text" : "before and after on this west kensington rowhome kitchen. took 3 weeks, worth every day",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1824892438319809780"
        ],
        "editableUntil" : "2024-08-18T17:40:59.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "69"
    ],
    "favorite_count" : "13",
    "id_str" : "1824892438319809780",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1824892438319809780",
    "created_at" : "Sun Aug 18 16:40:59 +0000 2024",
    "favorited" : false,
    "full_text" : "sunday rest. mass, mami's arroz con pollo, nap. thank God for sundays",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [
          "1824437289430113839"
        ],
        "editableUntil" : "2024-08-16T00:02:24.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "phillycontractor",
          "indices" : [
            "74",
            "91"
          ]
        }
      ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [
      "0",
      "91"
    ],
    "favorite_count" : "12",
    "id_str" : "1824437289430113839",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1824437289430113839",
    "created_at" : "Thu Aug 15 23:02:24 +0000 2024",
    "favorited" : false,
    "full_text" : "long day in kensington. 3 units, 2 water heaters, 1 very angry landlord 😂 #phillycontractor",
    "lang" : "en"
  }
} ]