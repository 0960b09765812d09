window.YTD.following.part0 = [
  {
    "following": {
      "accountId": "7390813400"
    }
  },
  {
    "following": {
      "accountId": "1610394958"
    }
  },
  {
    "following": {
      "accountId": "8986424514"
    }
  },
  {
    "following": {
      "accountId": "4929998737"
    }
  },
  {
    "following": {
      "accountId": "7619958627"
    }
  },
  {
    "following": {
      "accountId": "4519650159"
    }
  },
  {
    "following": {
      "accountId": "1583137477"
    }
  },
  {
    "following": {
      "accountId": "275153915"
    }
  },
  {
    "following": {
      "accountId": "4241576553"
    }
  },
  {
    "following": {
      "accountId": "9359381268"
    }
  },
  {
    "following": {
      "accountId": "1565318067"
    }
  },
  {
    "following": {
      "accountId": "7302930109"
    }
  },
  {
    "following": {
      "accountId": "8975023062"
    }
  },
  {
    "following": {
      "accountId": "3518349806"
    }
  },
  {
    "following": {
      "accountId": "189475812"
    }
  },
  {
    "following": {
      "accountId": "5597391983"
    }
  },
  {
    "following": {
      "accountId": "198292002"
    }
  },
  {
    "following": {
      "accountId": "757512166"
    }
  },
  {
    "following": {
      "accountId": "5615502179"
    }
  },
  {
    "following": {
      "accountId": "8202620327"
    }
  },
  {
    "following": {
      "accountId": "4601149163"
    }
  },
  {
    "following": {
      "accountId": "2307808017"
    }
  },
  {
    "following": {
      "accountId": "1073952827"
    }
  },
  {
    "following": {
      "accountId": "9034033519"
    }
  },
  {
    "following": {
      "accountId": "3487818056"
    }
  },
  {
    "following": {
      "accountId": "291887726"
    }
  },
  {
    "following": {
      "accountId": "610884475"
    }
  },
  {
    "following": {
      "accountId": "1662959911"
    }
  },
  {
    "following": {
      "accountId": "4537642198"
    }
  },
  {
    "following": {
      "accountId": "1457551312"
    }
  },
  {
    "following": {
      "accountId": "6036990102"
    }
  },
  {
    "following": {
      "accountId": "2929800109"
    }
  },
  {
    "following": {
      "accountId": "6524079225"
    }
  },
  {
    "following": {
      "accountId": "9053977557"
    }
  },
  {
    "following": {
      "accountId": "169512359"
    }
  },
  {
    "following": {
      "accountId": "946049954"
    }
  },
  {
    "following": {
      "accountId": "4511211316"
    }
  },
  {
    "following": {
      "accountId": "8348803679"
    }
  },
  {
    "following": {
      "accountId": "1279349718"
    }
  },
  {
    "following": {
      "accountId": "8054412305"
    }
  },
  {
    "following": {
      "accountId": "7180748819"
    }
  },
  {
    "following": {
      "accountId": "6348060440"
    }
  },
  {
    "following": {
      "accountId": "2053327088"
    }
  },
  {
    "following": {
      "accountId": "8644268456"
    }
  },
  {
    "following": {
      "accountId": "4590098235"
    }
  },
  {
    "following": {
      "accountId": "2926422364"
    }
  },
  {
    "following": {
      "accountId": "8962248230"
    }
  },
  {
    "following": {
      "accountId": "8317716212"
    }
  },
  {
    "following": {
      "accountId": "2448368942"
    }
  },
  {
    "following": {
      "accountId": "3033927846"
    }
  },
  {
    "following": {
      "accountId": "6846399874"
    }
  },
  {
    "following": {
      "accountId": "8150169793"
    }
  },
  {
    "following": {
      "accountId": "9284341436"
    }
  },
  {
    "following": {
      "accountId": "1939722780"
    }
  },
  {
    "following": {
      "accountId": "4346719547"
    }
  },
  {
    "following": {
      "accountId": "8224665088"
    }
  },
  {
    "following": {
      "accountId": "728708335"
    }
  },
  {
    "following": {
      "accountId": "2991344128"
    }
  },
  {
    "following": {
      "accountId": "6797082785"
    }
  },
  {
    "following": {
      "accountId": "6465569212"
    }
  },
  {
    "following": {
      "accountId": "294775896"
    }
  },
  {
    "following": {
      "accountId": "4347949182"
    }
  },
  {
    "following": {
      "accountId": "5429071263"
    }
  },
  {
    "following": {
      "accountId": "4330352302"
    }
  },
  {
    "following": {
      "accountId": "7996141505"
    }
  },
  {
    "following": {
      "accountId": "7615259373"
    }
  },
  {
    "following": {
      "accountId": "1196373825"
    }
  },
  {
    "following": {
      "accountId": "8342059900"
    }
  },
  {
    "following": {
      "accountId": "9070014538"
    }
  },
  {
    "following": {
      "accountId": "6068846318"
    }
  },
  {
    "following": {
      "accountId": "3499779327"
    }
  },
  {
    "following": {
      "accountId": "2917436195"
    }
  },
  {
    "following": {
      "accountId": "2015017146"
    }
  },
  {
    "following": {
      "accountId": "4668652880"
    }
  },
  {
    "following": {
      "accountId": "2868626935"
    }
  },
  {
    "following": {
      "accountId": "3768465077"
    }
  },
  {
    "following": {
      "accountId": "3459977583"
    }
  },
  {
    "following": {
      "accountId": "2073076795"
    }
  },
  {
    "following": {
      "accountId": "578663124"
    }
  },
  {
    "following": {
      "accountId": "2706688696"
    }
  }
]
