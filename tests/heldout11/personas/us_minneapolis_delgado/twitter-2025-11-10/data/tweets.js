window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2044000000000102947"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "favorite_count" : "22",
      "id_str" : "2044000000000102947",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2044000000000102947",
      "created_at" : "Sun Nov 09 01:49:31 +0000 2025",
      "favorited" : false,
      "full_text" : "first snow. i'm not ready",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040000000000095028"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "favorite_count" : "15",
      "id_str" : "2040000000000095028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2040000000000095028",
      "created_at" : "Wed Nov 05 00:36:24 +0000 2025",
      "favorited" : false,
      "full_text" : "WE WON. thank you to every volunteer who knocked a door 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031000000000087109"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "favorite_count" : "8",
      "id_str" : "2031000000000087109",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2031000000000087109",
      "created_at" : "Mon Oct 27 02:23:17 +0000 2025",
      "favorited" : false,
      "full_text" : "dia de muertos ofrenda is up, miss you abuela 🕯️🌼",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024000000000079190"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "favorite_count" : "1",
      "id_str" : "2024000000000079190",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2024000000000079190",
      "created_at" : "Mon Oct 20 01:10:10 +0000 2025",
      "favorited" : false,
      "full_text" : "early voting is OPEN minneapolis. go!!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016000000000071271"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "favorite_count" : "17",
      "id_str" : "2016000000000071271",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2016000000000071271",
      "created_at" : "Sun Oct 12 00:57:03 +0000 2025",
      "favorited" : false,
      "full_text" : "dentist office halloween costume contest: i was a molar 🦷",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2008000000000063352"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "favorite_count" : "10",
      "id_str" : "2008000000000063352",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2008000000000063352",
      "created_at" : "Fri Oct 03 23:44:56 +0000 2025",
      "favorited" : false,
      "full_text" : "if you live in ward 9 and haven't made a voting plan, this is your sign",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2000000000000055433"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "favorite_count" : "3",
      "id_str" : "2000000000000055433",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2000000000000055433",
      "created_at" : "Fri Sep 26 02:31:49 +0000 2025",
      "favorited" : false,
      "full_text" : "mass, pancakes, nap. perfect sunday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994000000000047514"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "favorite_count" : "19",
      "id_str" : "1994000000000047514",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1994000000000047514",
      "created_at" : "Sat Sep 20 01:18:42 +0000 2025",
      "favorited" : false,
      "full_text" : "phone banked for 3 hours tonight. democracy is a team sport",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1989000000000039595"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "favorite_count" : "12",
      "id_str" : "1989000000000039595",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1989000000000039595",
      "created_at" : "Mon Sep 15 00:05:35 +0000 2025",
      "favorited" : false,
      "full_text" : "first frost warning already?? minnesota pls",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982000000000031676"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "favorite_count" : "5",
      "id_str" : "1982000000000031676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1982000000000031676",
      "created_at" : "Sun Sep 07 23:52:28 +0000 2025",
      "favorited" : false,
      "full_text" : "twins season is over, i will not be taking questions",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1975000000000023757"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Keisha M",
            "screen_name" : "keishamorgan_mn",
            "indices" : [
              "9",
              "25"
            ],
            "id_str" : "90817263544",
            "id" : "90817263544"
          }
        ],
        "urls" : []
      },
      "favorite_count" : "21",
      "id_str" : "1975000000000023757",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1975000000000023757",
      "created_at" : "Mon Sep 01 02:39:21 +0000 2025",
      "favorited" : false,
      "full_text" : "shoutout @keishamorgan_mn for dragging me to the farmers market at 7am",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1970000000000015838"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "favorite_count" : "14",
      "id_str" : "1970000000000015838",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1970000000000015838",
      "created_at" : "Wed Aug 27 01:26:14 +0000 2025",
      "favorited" : false,
      "full_text" : "lake street tacos > everything",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1964000000000007919"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "favorite_count" : "7",
      "id_str" : "1964000000000007919",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1964000000000007919",
      "created_at" : "Thu Aug 21 00:13:07 +0000 2025",
      "favorited" : false,
      "full_text" : "knocking doors for our DFL ward candidate this saturday, DM me if you want to join! 🗳️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958000000000000000"
          ],
          "editableUntil" : "",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "favorite_count" : "0",
      "id_str" : "1958000000000000000",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958000000000000000",
      "created_at" : "Thu Aug 14 23:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "powderhorn park at sunset never misses 🌅",
      "lang" : "en"
    }
  }
]