window.YTD.tweets.part0 = [
  {
    "tweet": {
      "id_str": "1600000000000000000",
      "full_text": "Anyone know a good running club in Manchester?",
      "created_at": "Mon Mar 04 13:00:00 +0000 2024",
      "favorite_count": "8",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000001",
      "full_text": "Great talk on data protection at the meetup tonight",
      "created_at": "Wed Mar 06 20:00:00 +0000 2024",
      "favorite_count": "5",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000002",
      "full_text": "Great talk on data protection at the meetup tonight",
      "created_at": "Fri Mar 08 23:00:00 +0000 2024",
      "favorite_count": "9",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000003",
      "full_text": "Another Monday, another delayed train. #commute",
      "created_at": "Mon Mar 11 04:00:00 +0000 2024",
      "favorite_count": "12",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000004",
      "full_text": "Coffee count today: 4",
      "created_at": "Thu Mar 14 07:00:00 +0000 2024",
      "favorite_count": "16",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000005",
      "full_text": "Another Monday, another delayed train. #commute",
      "created_at": "Sat Mar 16 17:00:00 +0000 2024",
      "favorite_count": "20",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000006",
      "full_text": "Another Monday, another delayed train. #commute",
      "created_at": "Wed Mar 20 17:00:00 +0000 2024",
      "favorite_count": "0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000007",
      "full_text": "Reading about how much my apps know about me. Yikes.",
      "created_at": "Sun Mar 24 20:00:00 +0000 2024",
      "favorite_count": "11",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000008",
      "full_text": "Great talk on data protection at the meetup tonight",
      "created_at": "Tue Mar 26 00:00:00 +0000 2024",
      "favorite_count": "3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000009",
      "full_text": "Coffee count today: 4",
      "created_at": "Wed Mar 27 03:00:00 +0000 2024",
      "favorite_count": "18",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000010",
      "full_text": "Anyone know a good running club in Manchester?",
      "created_at": "Fri Mar 29 04:00:00 +0000 2024",
      "favorite_count": "16",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000011",
      "full_text": "Coffee count today: 4",
      "created_at": "Sun Mar 31 11:00:00 +0000 2024",
      "favorite_count": "8",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000012",
      "full_text": "@neil_owen19 congrats on the new job!",
      "created_at": "Mon Apr 01 12:00:00 +0000 2024",
      "favorite_count": "19",
      "lang": "en",
      "in_reply_to_screen_name": "neil_owen19"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000013",
      "full_text": "Another Monday, another delayed train. #commute",
      "created_at": "Thu Apr 04 15:00:00 +0000 2024",
      "favorite_count": "11",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000014",
      "full_text": "Another Monday, another delayed train. #commute",
      "created_at": "Sun Apr 07 17:00:00 +0000 2024",
      "favorite_count": "6",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000015",
      "full_text": "Coffee count today: 4",
      "created_at": "Wed Apr 10 17:00:00 +0000 2024",
      "favorite_count": "20",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000016",
      "full_text": "Anyone know a good running club in Manchester?",
      "created_at": "Fri Apr 12 17:00:00 +0000 2024",
      "favorite_count": "13",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000017",
      "full_text": "Coffee count today: 4",
      "created_at": "Mon Apr 15 19:00:00 +0000 2024",
      "favorite_count": "9",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000018",
      "full_text": "Another Monday, another delayed train. #commute",
      "created_at": "Tue Apr 16 22:00:00 +0000 2024",
      "favorite_count": "15",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000019",
      "full_text": "Reading about how much my apps know about me. Yikes.",
      "created_at": "Sat Apr 20 23:00:00 +0000 2024",
      "favorite_count": "3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000020",
      "full_text": "Coffee count today: 4",
      "created_at": "Thu Apr 25 09:00:00 +0000 2024",
      "favorite_count": "4",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000021",
      "full_text": "Great talk on data protection at the meetup tonight",
      "created_at": "Fri Apr 26 19:00:00 +0000 2024",
      "favorite_count": "12",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000022",
      "full_text": "Anyone know a good running club in Manchester?",
      "created_at": "Tue Apr 30 01:00:00 +0000 2024",
      "favorite_count": "9",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000023",
      "full_text": "Anyone know a good running club in Manchester?",
      "created_at": "Sat May 04 01:00:00 +0000 2024",
      "favorite_count": "18",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000024",
      "full_text": "Reading about how much my apps know about me. Yikes.",
      "created_at": "Tue May 07 07:00:00 +0000 2024",
      "favorite_count": "0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000025",
      "full_text": "Great talk on data protection at the meetup tonight",
      "created_at": "Fri May 10 17:00:00 +0000 2024",
      "favorite_count": "12",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000026",
      "full_text": "Another Monday, another delayed train. #commute",
      "created_at": "Tue May 14 20:00:00 +0000 2024",
      "favorite_count": "13",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000027",
      "full_text": "Another Monday, another delayed train. #commute",
      "created_at": "Fri May 17 02:00:00 +0000 2024",
      "favorite_count": "2",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000028",
      "full_text": "Anyone know a good running club in Manchester?",
      "created_at": "Tue May 21 11:00:00 +0000 2024",
      "favorite_count": "14",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1600000000000000029",
      "full_text": "Another Monday, another delayed train. #commute",
      "created_at": "Thu May 23 13:00:00 +0000 2024",
      "favorite_count": "1",
      "lang": "en"
    }
  }
]
