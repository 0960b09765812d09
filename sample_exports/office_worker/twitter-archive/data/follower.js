window.YTD.follower.part0 = [
  {
    "follower": {
      "accountId": "9100041739"
    }
  },
  {
    "follower": {
      "accountId": "1094722715"
    }
  },
  {
    "follower": {
      "accountId": "8891785540"
    }
  },
  {
    "follower": {
      "accountId": "8725440196"
    }
  },
  {
    "follower": {
      "accountId": "6671523935"
    }
  },
  {
    "follower": {
      "accountId": "7408036091"
    }
  },
  {
    "follower": {
      "accountId": "2538493443"
    }
  },
  {
    "follower": {
      "accountId": "2585051902"
    }
  },
  {
    "follower": {
      "accountId": "8723151538"
    }
  },
  {
    "follower": {
      "accountId": "4988686190"
    }
  },
  {
    "follower": {
      "accountId": "3233309737"
    }
  },
  {
    "follower": {
      "accountId": "2756868622"
    }
  },
  {
    "follower": {
      "accountId": "6478949511"
    }
  },
  {
    "follower": {
      "accountId": "7529512718"
    }
  },
  {
    "follower": {
      "accountId": "3534938929"
    }
  },
  {
    "follower": {
      "accountId": "1955951215"
    }
  },
  {
    "follower": {
      "accountId": "8217094401"
    }
  },
  {
    "follower": {
      "accountId": "144462422"
    }
  },
  {
    "follower": {
      "accountId": "570999056"
    }
  },
  {
    "follower": {
      "accountId": "2162210574"
    }
  },
  {
    "follower": {
      "accountId": "5186960772"
    }
  },
  {
    "follower": {
      "accountId": "9463838847"
    }
  },
  {
    "follower": {
      "accountId": "7462479446"
    }
  },
  {
    "follower": {
      "accountId": "4916921504"
    }
  },
  {
    "follower": {
      "accountId": "2049585358"
    }
  },
  {
    "follower": {
      "accountId": "3101813389"
    }
  },
  {
    "follower": {
      "accountId": "2294333610"
    }
  },
  {
    "follower": {
      "accountId": "2951344347"
    }
  },
  {
    "follower": {
      "accountId": "8864668952"
    }
  },
  {
    "follower": {
      "accountId": "3210071390"
    }
  },
  {
    "follower": {
      "accountId": "810316048"
    }
  },
  {
    "follower": {
      "accountId": "3194871512"
    }
  },
  {
    "follower": {
      "accountId": "2603026107"
    }
  },
  {
    "follower": {
      "accountId": "2736511131"
    }
  },
  {
    "follower": {
      "accountId": "4194302175"
    }
  },
  {
    "follower": {
      "accountId": "4965968695"
    }
  },
  {
    "follower": {
      "accountId": "9207530287"
    }
  },
  {
    "follower": {
      "accountId": "7015941397"
    }
  },
  {
    "follower": {
      "accountId": "6934707443"
    }
  },
  {
    "follower": {
      "accountId": "5213142500"
    }
  },
  {
    "follower": {
      "accountId": "6426622343"
    }
  },
  {
    "follower": {
      "accountId": "3963651186"
    }
  },
  {
    "follower": {
      "accountId": "4749181608"
    }
  },
  {
    "follower": {
      "accountId": "900835423"
    }
  },
  {
    "follower": {
      "accountId": "8757003566"
    }
  },
  {
    "follower": {
      "accountId": "5798063598"
    }
  },
  {
    "follower": {
      "accountId": "3501468382"
    }
  },
  {
    "follower": {
      "accountId": "8483806869"
    }
  }
]
