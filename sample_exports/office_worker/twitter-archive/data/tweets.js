window.YTD.tweets.part0 = [
  {
    "tweet": {
      "id_str": "1760000000000000190",
      "full_text": "Lovely service at church this morning. Feeling grateful.",
      "created_at": "Sat Jun 29 12:30:00 +0000 2024",
      "favorite_count": "33",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000008065",
      "full_text": "Reading about how much my apps know about me. Yikes.",
      "created_at": "Fri Jun 28 10:49:00 +0000 2024",
      "favorite_count": "33",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000022313",
      "full_text": "Three hours into the Elden Ring DLC and I have died 40 times",
      "created_at": "Wed Jun 26 19:09:00 +0000 2024",
      "favorite_count": "23",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000025958",
      "full_text": "Pollen count is brutal today, inhaler working overtime",
      "created_at": "Tue Jun 25 08:23:00 +0000 2024",
      "favorite_count": "35",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000038001",
      "full_text": "The council should be building homes, not selling land to developers. #housingcrisis",
      "created_at": "Sun Jun 23 07:44:00 +0000 2024",
      "favorite_count": "15",
      "retweet_count": "3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000044167",
      "full_text": "Coffee count today: 4",
      "created_at": "Sat Jun 22 12:44:00 +0000 2024",
      "favorite_count": "13",
      "retweet_count": "1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000048470",
      "full_text": "Reading about how much my apps know about me. Yikes.",
      "created_at": "Fri Jun 21 10:45:00 +0000 2024",
      "favorite_count": "1",
      "retweet_count": "5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000057689",
      "full_text": "Rent up again. The government promised to end no-fault evictions. Still hasn't. #RentersReform",
      "created_at": "Thu Jun 20 11:36:00 +0000 2024",
      "favorite_count": "9",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000068751",
      "full_text": "Lovely service at church this morning. Feeling grateful.",
      "created_at": "Wed Jun 19 18:25:00 +0000 2024",
      "favorite_count": "20",
      "retweet_count": "1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000073361",
      "full_text": "New PB on the 5k this morning 🏃",
      "created_at": "Mon Jun 17 21:44:00 +0000 2024",
      "favorite_count": "28",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000084494",
      "full_text": "Rent up again. The government promised to end no-fault evictions. Still hasn't. #RentersReform",
      "created_at": "Fri Jun 14 11:29:00 +0000 2024",
      "favorite_count": "0",
      "retweet_count": "5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000088412",
      "full_text": "Why is every flat viewing a queue of 30 people?",
      "created_at": "Tue Jun 11 19:35:00 +0000 2024",
      "favorite_count": "19",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000099848",
      "full_text": "Spring in Manchester: four seasons before lunch",
      "created_at": "Mon Jun 10 11:19:00 +0000 2024",
      "favorite_count": "7",
      "retweet_count": "1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000109190",
      "full_text": "Another Monday, another delayed train. #commute",
      "created_at": "Sun Jun 09 10:05:00 +0000 2024",
      "favorite_count": "28",
      "retweet_count": "1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000111196",
      "full_text": "Lovely service at church this morning. Feeling grateful.",
      "created_at": "Fri Jun 07 14:29:00 +0000 2024",
      "favorite_count": "5",
      "retweet_count": "1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000120422",
      "full_text": "Sunday roast at my mum's. Best meal of the week.",
      "created_at": "Thu Jun 06 18:44:00 +0000 2024",
      "favorite_count": "31",
      "retweet_count": "0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000127511",
      "full_text": "Anyone know a good running club in Manchester?",
      "created_at": "Tue Jun 04 14:06:00 +0000 2024",
      "favorite_count": "10",
      "retweet_count": "5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000139270",
      "full_text": "Sunday roast at my mum's. Best meal of the week.",
      "created_at": "Mon Jun 03 07:05:00 +0000 2024",
      "favorite_count": "2",
      "retweet_count": "0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000144368",
      "full_text": "Why is every flat viewing a queue of 30 people?",
      "created_at": "Sun Jun 02 12:53:00 +0000 2024",
      "favorite_count": "29",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000153651",
      "full_text": "New PB on the 5k this morning 🏃",
      "created_at": "Sat Jun 01 20:43:00 +0000 2024",
      "favorite_count": "12",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000163853",
      "full_text": "Another Monday, another delayed train. #commute",
      "created_at": "Fri May 31 12:27:00 +0000 2024",
      "favorite_count": "34",
      "retweet_count": "0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000171971",
      "full_text": "New PB on the 5k this morning 🏃",
      "created_at": "Thu May 30 10:15:00 +0000 2024",
      "favorite_count": "17",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000180202",
      "full_text": "Rent up again. The government promised to end no-fault evictions. Still hasn't. #RentersReform",
      "created_at": "Tue May 28 12:16:00 +0000 2024",
      "favorite_count": "20",
      "retweet_count": "5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000185372",
      "full_text": "The council should be building homes, not selling land to developers. #housingcrisis",
      "created_at": "Mon May 27 21:23:00 +0000 2024",
      "favorite_count": "5",
      "retweet_count": "3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000196956",
      "full_text": "The council should be building homes, not selling land to developers. #housingcrisis",
      "created_at": "Sun May 26 17:26:00 +0000 2024",
      "favorite_count": "18",
      "retweet_count": "3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000201825",
      "full_text": "Spring in Manchester: four seasons before lunch",
      "created_at": "Fri May 24 14:52:00 +0000 2024",
      "favorite_count": "6",
      "retweet_count": "5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000208562",
      "full_text": "Anyone know a good running club in Manchester?",
      "created_at": "Thu May 23 12:11:00 +0000 2024",
      "favorite_count": "29",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000218021",
      "full_text": "Spring in Manchester: four seasons before lunch",
      "created_at": "Wed May 22 22:07:00 +0000 2024",
      "favorite_count": "27",
      "retweet_count": "0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000227986",
      "full_text": "Three hours into the Elden Ring DLC and I have died 40 times",
      "created_at": "Tue May 21 16:59:00 +0000 2024",
      "favorite_count": "3",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000234471",
      "full_text": "Three hours into the Elden Ring DLC and I have died 40 times",
      "created_at": "Sun May 19 22:09:00 +0000 2024",
      "favorite_count": "0",
      "retweet_count": "1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000242017",
      "full_text": "The council should be building homes, not selling land to developers. #housingcrisis",
      "created_at": "Sat May 18 19:54:00 +0000 2024",
      "favorite_count": "35",
      "retweet_count": "5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000249630",
      "full_text": "Why is every flat viewing a queue of 30 people?",
      "created_at": "Thu May 16 19:19:00 +0000 2024",
      "favorite_count": "23",
      "retweet_count": "5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000256916",
      "full_text": "Spring in Manchester: four seasons before lunch",
      "created_at": "Wed May 15 08:26:00 +0000 2024",
      "favorite_count": "15",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000265265",
      "full_text": "Sign the petition to end no-fault evictions: https://www.example.org/petitions/renters",
      "created_at": "Mon May 13 19:15:00 +0000 2024",
      "favorite_count": "31",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000270189",
      "full_text": "Three hours into the Elden Ring DLC and I have died 40 times",
      "created_at": "Sun May 12 07:06:00 +0000 2024",
      "favorite_count": "12",
      "retweet_count": "3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000281786",
      "full_text": "New PB on the 5k this morning 🏃",
      "created_at": "Sat May 11 19:55:00 +0000 2024",
      "favorite_count": "1",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000288224",
      "full_text": "Why is every flat viewing a queue of 30 people?",
      "created_at": "Thu May 09 16:37:00 +0000 2024",
      "favorite_count": "1",
      "retweet_count": "4",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000296682",
      "full_text": "Great talk on data protection at the meetup tonight",
      "created_at": "Wed May 08 19:25:00 +0000 2024",
      "favorite_count": "10",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000301533",
      "full_text": "Housing policy in this country is a disgrace. Young people are locked out for good.",
      "created_at": "Mon May 06 08:04:00 +0000 2024",
      "favorite_count": "36",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000313198",
      "full_text": "Lovely service at church this morning. Feeling grateful.",
      "created_at": "Sat May 04 11:15:00 +0000 2024",
      "favorite_count": "0",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000319887",
      "full_text": "The council should be building homes, not selling land to developers. #housingcrisis",
      "created_at": "Fri May 03 09:09:00 +0000 2024",
      "favorite_count": "24",
      "retweet_count": "3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000331498",
      "full_text": "Coffee count today: 4",
      "created_at": "Wed May 01 15:08:00 +0000 2024",
      "favorite_count": "34",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000338167",
      "full_text": "Rent up again. The government promised to end no-fault evictions. Still hasn't. #RentersReform",
      "created_at": "Tue Apr 30 10:40:00 +0000 2024",
      "favorite_count": "35",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000343273",
      "full_text": "Three hours into the Elden Ring DLC and I have died 40 times",
      "created_at": "Mon Apr 29 10:41:00 +0000 2024",
      "favorite_count": "8",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000352623",
      "full_text": "Lovely service at church this morning. Feeling grateful.",
      "created_at": "Sun Apr 28 17:14:00 +0000 2024",
      "favorite_count": "30",
      "retweet_count": "5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000362699",
      "full_text": "The council should be building homes, not selling land to developers. #housingcrisis",
      "created_at": "Fri Apr 26 11:44:00 +0000 2024",
      "favorite_count": "1",
      "retweet_count": "3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000367237",
      "full_text": "Pollen count is brutal today, inhaler working overtime",
      "created_at": "Thu Apr 25 15:48:00 +0000 2024",
      "favorite_count": "19",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000379001",
      "full_text": "Coffee count today: 4",
      "created_at": "Wed Apr 24 20:57:00 +0000 2024",
      "favorite_count": "29",
      "retweet_count": "4",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000382079",
      "full_text": "Pollen count is brutal today, inhaler working overtime",
      "created_at": "Tue Apr 23 15:41:00 +0000 2024",
      "favorite_count": "39",
      "retweet_count": "1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000394874",
      "full_text": "Coffee count today: 4",
      "created_at": "Sun Apr 21 20:37:00 +0000 2024",
      "favorite_count": "10",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000398953",
      "full_text": "New PB on the 5k this morning 🏃",
      "created_at": "Fri Apr 19 10:48:00 +0000 2024",
      "favorite_count": "8",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000407511",
      "full_text": "Why is every flat viewing a queue of 30 people?",
      "created_at": "Thu Apr 18 06:54:00 +0000 2024",
      "favorite_count": "0",
      "retweet_count": "1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000415295",
      "full_text": "Sunday roast at my mum's. Best meal of the week.",
      "created_at": "Wed Apr 17 13:18:00 +0000 2024",
      "favorite_count": "29",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000422918",
      "full_text": "New PB on the 5k this morning 🏃",
      "created_at": "Tue Apr 16 12:33:00 +0000 2024",
      "favorite_count": "3",
      "retweet_count": "1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000428811",
      "full_text": "Great talk on data protection at the meetup tonight",
      "created_at": "Mon Apr 15 19:06:00 +0000 2024",
      "favorite_count": "22",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000440354",
      "full_text": "big thanks to andrea horton for putting up with my Elden Ring phase",
      "created_at": "Sun Apr 14 11:30:00 +0000 2024",
      "favorite_count": "0",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000449138",
      "full_text": "@alan_perry19 congrats on the new job mate!",
      "created_at": "Sat Apr 13 20:00:00 +0000 2024",
      "favorite_count": "14",
      "retweet_count": "2",
      "lang": "en",
      "in_reply_to_screen_name": "alan_perry19"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000452300",
      "full_text": "Reading about how much my apps know about me. Yikes.",
      "created_at": "Thu Apr 11 21:11:00 +0000 2024",
      "favorite_count": "18",
      "retweet_count": "0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000465515",
      "full_text": "Another Monday, another delayed train. #commute",
      "created_at": "Mon Apr 08 07:19:00 +0000 2024",
      "favorite_count": "4",
      "retweet_count": "5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000474185",
      "full_text": "Coffee count today: 4",
      "created_at": "Sun Apr 07 16:23:00 +0000 2024",
      "favorite_count": "0",
      "retweet_count": "5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000478227",
      "full_text": "Sunday roast at my mum's. Best meal of the week.",
      "created_at": "Thu Apr 04 12:39:00 +0000 2024",
      "favorite_count": "38",
      "retweet_count": "5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000487845",
      "full_text": "The council should be building homes, not selling land to developers. #housingcrisis",
      "created_at": "Wed Apr 03 15:44:00 +0000 2024",
      "favorite_count": "0",
      "retweet_count": "0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000495440",
      "full_text": "Housing policy in this country is a disgrace. Young people are locked out for good.",
      "created_at": "Tue Apr 02 16:44:00 +0000 2024",
      "favorite_count": "33",
      "retweet_count": "5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000500221",
      "full_text": "Great talk on data protection at the meetup tonight",
      "created_at": "Sun Mar 31 17:05:00 +0000 2024",
      "favorite_count": "19",
      "retweet_count": "3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000509115",
      "full_text": "Lovely service at church this morning. Feeling grateful.",
      "created_at": "Sat Mar 30 11:54:00 +0000 2024",
      "favorite_count": "7",
      "retweet_count": "0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000517549",
      "full_text": "Rent up again. The government promised to end no-fault evictions. Still hasn't. #RentersReform",
      "created_at": "Thu Mar 28 20:37:00 +0000 2024",
      "favorite_count": "2",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000524057",
      "full_text": "Rent up again. The government promised to end no-fault evictions. Still hasn't. #RentersReform",
      "created_at": "Wed Mar 27 17:30:00 +0000 2024",
      "favorite_count": "3",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000530786",
      "full_text": "Rent up again. The government promised to end no-fault evictions. Still hasn't. #RentersReform",
      "created_at": "Tue Mar 26 08:11:00 +0000 2024",
      "favorite_count": "34",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000542675",
      "full_text": "Sign the petition to end no-fault evictions: https://www.example.org/petitions/renters",
      "created_at": "Sun Mar 24 20:15:00 +0000 2024",
      "favorite_count": "37",
      "retweet_count": "1",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000551811",
      "full_text": "Rent up again. The government promised to end no-fault evictions. Still hasn't. #RentersReform",
      "created_at": "Sat Mar 23 20:25:00 +0000 2024",
      "favorite_count": "32",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000555840",
      "full_text": "Rent up again. The government promised to end no-fault evictions. Still hasn't. #RentersReform",
      "created_at": "Fri Mar 22 14:15:00 +0000 2024",
      "favorite_count": "29",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000563093",
      "full_text": "Why is every flat viewing a queue of 30 people?",
      "created_at": "Thu Mar 21 22:49:00 +0000 2024",
      "favorite_count": "35",
      "retweet_count": "0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000575729",
      "full_text": "Reading about how much my apps know about me. Yikes.",
      "created_at": "Tue Mar 19 09:04:00 +0000 2024",
      "favorite_count": "8",
      "retweet_count": "3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000583082",
      "full_text": "The council should be building homes, not selling land to developers. #housingcrisis",
      "created_at": "Sat Mar 16 22:25:00 +0000 2024",
      "favorite_count": "29",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000587605",
      "full_text": "Lovely service at church this morning. Feeling grateful.",
      "created_at": "Wed Mar 13 22:59:00 +0000 2024",
      "favorite_count": "39",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000599556",
      "full_text": "Housing policy in this country is a disgrace. Young people are locked out for good.",
      "created_at": "Tue Mar 12 18:02:00 +0000 2024",
      "favorite_count": "11",
      "retweet_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000604781",
      "full_text": "Rent up again. The government promised to end no-fault evictions. Still hasn't. #RentersReform",
      "created_at": "Mon Mar 11 08:25:00 +0000 2024",
      "favorite_count": "31",
      "retweet_count": "0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000613077",
      "full_text": "Another Monday, another delayed train. #commute",
      "created_at": "Fri Mar 08 11:47:00 +0000 2024",
      "favorite_count": "26",
      "retweet_count": "5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000620554",
      "full_text": "Reading about how much my apps know about me. Yikes.",
      "created_at": "Thu Mar 07 16:29:00 +0000 2024",
      "favorite_count": "6",
      "retweet_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000627078",
      "full_text": "Reading about how much my apps know about me. Yikes.",
      "created_at": "Wed Mar 06 23:00:00 +0000 2024",
      "favorite_count": "24",
      "retweet_count": "0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000639865",
      "full_text": "Another Monday, another delayed train. #commute",
      "created_at": "Tue Mar 05 17:09:00 +0000 2024",
      "favorite_count": "39",
      "retweet_count": "3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1760000000000642932",
      "full_text": "Spring in Manchester: four seasons before lunch",
      "created_at": "Mon Mar 04 08:32:00 +0000 2024",
      "favorite_count": "20",
      "retweet_count": "1",
      "lang": "en"
    }
  }
]
