window.YTD.tweets.part0 = [ {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1788734380307673067" ],
        "editableUntil" : "2024-05-10T01:54:44.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "65" ],
    "favorite_count" : "3",
    "id_str" : "1788734380307673067",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1788734380307673067",
    "created_at" : "Fri May 10 00:54:44 +0000 2024",
    "favorited" : false,
    "full_text" : "church then sunday dinner at mama house. that's the whole plan fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1788214861232838362" ],
        "editableUntil" : "2024-05-08T15:30:21.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "70" ],
    "favorite_count" : "2",
    "id_str" : "1788214861232838362",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1788214861232838362",
    "created_at" : "Wed May 08 14:30:21 +0000 2024",
    "favorited" : false,
    "full_text" : "tip: line up every 2 weeks and it'll always look fresh. you're welcome",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1787122110823363241" ],
        "editableUntil" : "2024-05-05T15:08:09.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "32" ],
    "favorite_count" : "3",
    "id_str" : "1787122110823363241",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1787122110823363241",
    "created_at" : "Sun May 05 14:08:09 +0000 2024",
    "favorited" : false,
    "full_text" : "blessed and highly favored 🙏🏾 fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1786909459609799909" ],
        "editableUntil" : "2024-05-05T01:03:09.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "ATLBarber",
        "indices" : [ "18", "28" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "28" ],
    "favorite_count" : "13",
    "id_str" : "1786909459609799909",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1786909459609799909",
    "created_at" : "Sun May 05 00:03:09 +0000 2024",
    "favorited" : false,
    "full_text" : "fade of the day 🔥 #ATLBarber",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1786426540030796495" ],
        "editableUntil" : "2024-05-03T17:04:12.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "42" ],
    "favorite_count" : "0",
    "id_str" : "1786426540030796495",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1786426540030796495",
    "created_at" : "Fri May 03 16:04:12 +0000 2024",
    "favorited" : false,
    "full_text" : "who got the best wings on the eastside, go",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1786199020012091107" ],
        "editableUntil" : "2024-05-03T02:00:07.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "41" ],
    "favorite_count" : "2",
    "id_str" : "1786199020012091107",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1786199020012091107",
    "created_at" : "Fri May 03 01:00:07 +0000 2024",
    "favorited" : false,
    "full_text" : "new crib, new blessings. God did that 🏠🙏🏾",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1784709421334868827" ],
        "editableUntil" : "2024-04-28T23:20:59.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "43" ],
    "favorite_count" : "12",
    "id_str" : "1784709421334868827",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1784709421334868827",
    "created_at" : "Sun Apr 28 22:20:59 +0000 2024",
    "favorited" : false,
    "full_text" : "packing an apartment is a spiritual test fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1784417778795211413" ],
        "editableUntil" : "2024-04-28T04:02:06.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "55" ],
    "favorite_count" : "4",
    "id_str" : "1784417778795211413",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1784417778795211413",
    "created_at" : "Sun Apr 28 03:02:06 +0000 2024",
    "favorited" : false,
    "full_text" : "if you no-show twice you prepay. that's the rule now fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1784372497089403093" ],
        "editableUntil" : "2024-04-28T01:02:10.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "35" ],
    "favorite_count" : "6",
    "id_str" : "1784372497089403093",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1784372497089403093",
    "created_at" : "Sun Apr 28 00:02:10 +0000 2024",
    "favorited" : false,
    "full_text" : "2k with the guys till 1am again smh",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1784064463207791045" ],
        "editableUntil" : "2024-04-27T04:38:09.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "25" ],
    "favorite_count" : "12",
    "id_str" : "1784064463207791045",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1784064463207791045",
    "created_at" : "Sat Apr 27 03:38:09 +0000 2024",
    "favorited" : false,
    "full_text" : "fresh cut = fresh mindset",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1782807723901533613" ],
        "editableUntil" : "2024-04-23T17:24:19.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "62" ],
    "favorite_count" : "11",
    "id_str" : "1782807723901533613",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1782807723901533613",
    "created_at" : "Tue Apr 23 16:24:19 +0000 2024",
    "favorited" : false,
    "full_text" : "church then sunday dinner at mama house. that's the whole plan",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1781703158134672765" ],
        "editableUntil" : "2024-04-20T16:15:10.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "55" ],
    "favorite_count" : "13",
    "id_str" : "1781703158134672765",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1781703158134672765",
    "created_at" : "Sat Apr 20 15:15:10 +0000 2024",
    "favorited" : false,
    "full_text" : "picture day cuts all morning, lil man came out crispy 💯",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1781671210123662941" ],
        "editableUntil" : "2024-04-20T14:08:13.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "53" ],
    "favorite_count" : "0",
    "id_str" : "1781671210123662941",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1781671210123662941",
    "created_at" : "Sat Apr 20 13:08:13 +0000 2024",
    "favorited" : false,
    "full_text" : "ion trust nobody who says 'just a little off the top'",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1779336710848168745" ],
        "editableUntil" : "2024-04-14T03:31:45.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "54" ],
    "favorite_count" : "14",
    "id_str" : "1779336710848168745",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1779336710848168745",
    "created_at" : "Sun Apr 14 02:31:45 +0000 2024",
    "favorited" : false,
    "full_text" : "atlanta traffic on memorial dr is a personal attack fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1779325113595419880" ],
        "editableUntil" : "2024-04-14T02:45:40.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Imani B 💛",
        "screen_name" : "ImaniB_hair",
        "indices" : [ "8", "20" ],
        "id_str" : "1399027716252010",
        "id" : "1399027716252010"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "58" ],
    "favorite_count" : "10",
    "id_str" : "1779325113595419880",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1779325113595419880",
    "created_at" : "Sun Apr 14 01:45:40 +0000 2024",
    "favorited" : false,
    "full_text" : "my girl @ImaniB_hair did her thing today 💛 braids on point",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1779188798716160735" ],
        "editableUntil" : "2024-04-13T17:44:00.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "29" ],
    "favorite_count" : "4",
    "id_str" : "1779188798716160735",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1779188798716160735",
    "created_at" : "Sat Apr 13 16:44:00 +0000 2024",
    "favorited" : false,
    "full_text" : "blessed and highly favored 🙏🏾",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1778995873315544813" ],
        "editableUntil" : "2024-04-13T04:57:23.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "18" ],
    "favorite_count" : "3",
    "id_str" : "1778995873315544813",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1778995873315544813",
    "created_at" : "Sat Apr 13 03:57:23 +0000 2024",
    "favorited" : false,
    "full_text" : "hawks gonna hawk 😩",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1777512486403810494" ],
        "editableUntil" : "2024-04-09T02:42:56.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "45" ],
    "favorite_count" : "12",
    "id_str" : "1777512486403810494",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1777512486403810494",
    "created_at" : "Tue Apr 09 01:42:56 +0000 2024",
    "favorited" : false,
    "full_text" : "who got the best wings on the eastside, go fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1776980027898873501" ],
        "editableUntil" : "2024-04-07T15:27:08.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "43" ],
    "favorite_count" : "14",
    "id_str" : "1776980027898873501",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1776980027898873501",
    "created_at" : "Sun Apr 07 14:27:08 +0000 2024",
    "favorited" : false,
    "full_text" : "slow morning at the shop, come get right fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1776600401443977240" ],
        "editableUntil" : "2024-04-06T14:18:38.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "28" ],
    "favorite_count" : "7",
    "id_str" : "1776600401443977240",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1776600401443977240",
    "created_at" : "Sat Apr 06 13:18:38 +0000 2024",
    "favorited" : false,
    "full_text" : "fresh cut = fresh mindset fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1776236411355123248" ],
        "editableUntil" : "2024-04-05T14:12:16.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "41" ],
    "favorite_count" : "13",
    "id_str" : "1776236411355123248",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1776236411355123248",
    "created_at" : "Fri Apr 05 13:12:16 +0000 2024",
    "favorited" : false,
    "full_text" : "booked out till wednesday. thank y'all fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1775532909131882425" ],
        "editableUntil" : "2024-04-03T15:36:48.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "46" ],
    "favorite_count" : "1",
    "id_str" : "1775532909131882425",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1775532909131882425",
    "created_at" : "Wed Apr 03 14:36:48 +0000 2024",
    "favorited" : false,
    "full_text" : "wednesday bible study hit different tonight fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1774513475158687661" ],
        "editableUntil" : "2024-03-31T20:05:56.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "49" ],
    "favorite_count" : "9",
    "id_str" : "1774513475158687661",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1774513475158687661",
    "created_at" : "Sun Mar 31 19:05:56 +0000 2024",
    "favorited" : false,
    "full_text" : "He is risen 🙏🏾 Happy Easter from the Holloway fam",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1774070116252705709" ],
        "editableUntil" : "2024-03-30T14:44:11.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "41" ],
    "favorite_count" : "5",
    "id_str" : "1774070116252705709",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1774070116252705709",
    "created_at" : "Sat Mar 30 13:44:11 +0000 2024",
    "favorited" : false,
    "full_text" : "ps5 controller drift should be illegal fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1771732198618460717" ],
        "editableUntil" : "2024-03-24T03:54:08.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "43" ],
    "favorite_count" : "13",
    "id_str" : "1771732198618460717",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1771732198618460717",
    "created_at" : "Sun Mar 24 02:54:08 +0000 2024",
    "favorited" : false,
    "full_text" : "sharpen your clippers, sharpen your mind fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1771363859037212660" ],
        "editableUntil" : "2024-03-23T03:30:29.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "62" ],
    "favorite_count" : "13",
    "id_str" : "1771363859037212660",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1771363859037212660",
    "created_at" : "Sat Mar 23 02:30:29 +0000 2024",
    "favorited" : false,
    "full_text" : "new warzone map is trash and i'm still gonna play it all night",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1769897308061998368" ],
        "editableUntil" : "2024-03-19T02:22:56.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "40" ],
    "favorite_count" : "12",
    "id_str" : "1769897308061998368",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1769897308061998368",
    "created_at" : "Tue Mar 19 01:22:56 +0000 2024",
    "favorited" : false,
    "full_text" : "slow morning at the shop, come get right",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1769418599560152262" ],
        "editableUntil" : "2024-03-17T18:40:43.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "65" ],
    "favorite_count" : "7",
    "id_str" : "1769418599560152262",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1769418599560152262",
    "created_at" : "Sun Mar 17 17:40:43 +0000 2024",
    "favorited" : false,
    "full_text" : "Sunday service had me in tears today. Be strong and courageous 🙏🏾",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1766811973844267412" ],
        "editableUntil" : "2024-03-10T14:02:55.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "40" ],
    "favorite_count" : "13",
    "id_str" : "1766811973844267412",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1766811973844267412",
    "created_at" : "Sun Mar 10 13:02:55 +0000 2024",
    "favorited" : false,
    "full_text" : "sharpen your clippers, sharpen your mind",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1766632751232039176" ],
        "editableUntil" : "2024-03-10T02:10:45.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Kingdom Kutz ATL 💈",
        "screen_name" : "KingdomKutzATL",
        "indices" : [ "9", "24" ],
        "id_str" : "1102938475610293",
        "id" : "1102938475610293"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "81" ],
    "favorite_count" : "2",
    "id_str" : "1766632751232039176",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1766632751232039176",
    "created_at" : "Sun Mar 10 01:10:45 +0000 2024",
    "favorited" : false,
    "full_text" : "Shoutout @KingdomKutzATL fam, best shop on the eastside and i'm not biased at all",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1765766799422931661" ],
        "editableUntil" : "2024-03-07T16:49:46.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "22" ],
    "favorite_count" : "0",
    "id_str" : "1765766799422931661",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1765766799422931661",
    "created_at" : "Thu Mar 07 15:49:46 +0000 2024",
    "favorited" : false,
    "full_text" : "gm atl ☀️ shop open fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1765403639807469401" ],
        "editableUntil" : "2024-03-06T16:46:42.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "43" ],
    "favorite_count" : "7",
    "id_str" : "1765403639807469401",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1765403639807469401",
    "created_at" : "Wed Mar 06 15:46:42 +0000 2024",
    "favorited" : false,
    "full_text" : "wednesday bible study hit different tonight",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1764833554200707458" ],
        "editableUntil" : "2024-03-05T03:01:23.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "28" ],
    "favorite_count" : "12",
    "id_str" : "1764833554200707458",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1764833554200707458",
    "created_at" : "Tue Mar 05 02:01:23 +0000 2024",
    "favorited" : false,
    "full_text" : "when a client tips in cash 🥹",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1764152646695888557" ],
        "editableUntil" : "2024-03-03T05:55:42.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "82" ],
    "favorite_count" : "1",
    "id_str" : "1764152646695888557",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1764152646695888557",
    "created_at" : "Sun Mar 03 04:55:42 +0000 2024",
    "favorited" : false,
    "full_text" : "2k matchmaking really put me against a 12 year old with a 99 overall. i'm retiring",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1761553038046823699" ],
        "editableUntil" : "2024-02-25T01:45:47.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "50" ],
    "favorite_count" : "2",
    "id_str" : "1761553038046823699",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1761553038046823699",
    "created_at" : "Sun Feb 25 00:45:47 +0000 2024",
    "favorited" : false,
    "full_text" : "11 heads today and my back is filing a complaint 😂",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1760860017393999633" ],
        "editableUntil" : "2024-02-23T03:51:58.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "52" ],
    "favorite_count" : "2",
    "id_str" : "1760860017393999633",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1760860017393999633",
    "created_at" : "Fri Feb 23 02:51:58 +0000 2024",
    "favorited" : false,
    "full_text" : "if you no-show twice you prepay. that's the rule now",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1759299467867754551" ],
        "editableUntil" : "2024-02-18T20:30:54.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "53" ],
    "favorite_count" : "1",
    "id_str" : "1759299467867754551",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1759299467867754551",
    "created_at" : "Sun Feb 18 19:30:54 +0000 2024",
    "favorited" : false,
    "full_text" : "God been too good to me to complain about anything 🙏🏾",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1759239124417889710" ],
        "editableUntil" : "2024-02-18T16:31:07.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "38" ],
    "favorite_count" : "10",
    "id_str" : "1759239124417889710",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1759239124417889710",
    "created_at" : "Sun Feb 18 15:31:07 +0000 2024",
    "favorited" : false,
    "full_text" : "2k with the guys till 1am again smh fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1758669269497290278" ],
        "editableUntil" : "2024-02-17T02:46:43.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "8",
    "id_str" : "1758669269497290278",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1758669269497290278",
    "created_at" : "Sat Feb 17 01:46:43 +0000 2024",
    "favorited" : false,
    "full_text" : "hawks gonna hawk 😩 fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1758339924358361827" ],
        "editableUntil" : "2024-02-16T04:58:01.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "19" ],
    "favorite_count" : "7",
    "id_str" : "1758339924358361827",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1758339924358361827",
    "created_at" : "Fri Feb 16 03:58:01 +0000 2024",
    "favorited" : false,
    "full_text" : "gm atl ☀️ shop open",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1758302012044308060" ],
        "editableUntil" : "2024-02-16T02:27:22.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "38" ],
    "favorite_count" : "9",
    "id_str" : "1758302012044308060",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1758302012044308060",
    "created_at" : "Fri Feb 16 01:27:22 +0000 2024",
    "favorited" : false,
    "full_text" : "ps5 controller drift should be illegal",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1757228081477345342" ],
        "editableUntil" : "2024-02-13T03:19:57.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "ATLBarber",
        "indices" : [ "18", "28" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "31" ],
    "favorite_count" : "14",
    "id_str" : "1757228081477345342",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1757228081477345342",
    "created_at" : "Tue Feb 13 02:19:57 +0000 2024",
    "favorited" : false,
    "full_text" : "fade of the day 🔥 #ATLBarber fr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1757215024610095441" ],
        "editableUntil" : "2024-02-13T02:28:04.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "51" ],
    "favorite_count" : "0",
    "id_str" : "1757215024610095441",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1757215024610095441",
    "created_at" : "Tue Feb 13 01:28:04 +0000 2024",
    "favorited" : false,
    "full_text" : "atlanta traffic on memorial dr is a personal attack",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1757057566242376247" ],
        "editableUntil" : "2024-02-12T16:02:23.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "ATLBarber",
        "indices" : [ "93", "103" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "103" ],
    "favorite_count" : "7",
    "id_str" : "1757057566242376247",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1757057566242376247",
    "created_at" : "Mon Feb 12 15:02:23 +0000 2024",
    "favorited" : false,
    "full_text" : "Tuesday–Saturday 9:30 to 7 📍 1187 Glenwood Ave SE walk-ins welcome, appointments preferred 💈 #ATLBarber",
    "lang" : "en"
  }
} ]