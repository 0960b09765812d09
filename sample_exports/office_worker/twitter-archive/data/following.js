window.YTD.following.part0 = [
  {
    "following": {
      "accountId": "3758084872"
    }
  },
  {
    "following": {
      "accountId": "9450948614"
    }
  },
  {
    "following": {
      "accountId": "1328111971"
    }
  },
  {
    "following": {
      "accountId": "3896028588"
    }
  },
  {
    "following": {
      "accountId": "4371841309"
    }
  },
  {
    "following": {
      "accountId": "5935713932"
    }
  },
  {
    "following": {
      "accountId": "3048200850"
    }
  },
  {
    "following": {
      "accountId": "2923201660"
    }
  },
  {
    "following": {
      "accountId": "8547303506"
    }
  },
  {
    "following": {
      "accountId": "1578674578"
    }
  },
  {
    "following": {
      "accountId": "2963624623"
    }
  },
  {
    "following": {
      "accountId": "9033066888"
    }
  },
  {
    "following": {
      "accountId": "2547600171"
    }
  },
  {
    "following": {
      "accountId": "4896674446"
    }
  },
  {
    "following": {
      "accountId": "6382183058"
    }
  },
  {
    "following": {
      "accountId": "8229349966"
    }
  },
  {
    "following": {
      "accountId": "5989771488"
    }
  },
  {
    "following": {
      "accountId": "6902963022"
    }
  },
  {
    "following": {
      "accountId": "3727924273"
    }
  },
  {
    "following": {
      "accountId": "5078773872"
    }
  },
  {
    "following": {
      "accountId": "3327964966"
    }
  },
  {
    "following": {
      "accountId": "4736057670"
    }
  },
  {
    "following": {
      "accountId": "1394661525"
    }
  },
  {
    "following": {
      "accountId": "9758567793"
    }
  },
  {
    "following": {
      "accountId": "3374960701"
    }
  },
  {
    "following": {
      "accountId": "8941858702"
    }
  },
  {
    "following": {
      "accountId": "3459412296"
    }
  },
  {
    "following": {
      "accountId": "5735497419"
    }
  },
  {
    "following": {
      "accountId": "8993363761"
    }
  },
  {
    "following": {
      "accountId": "6525681142"
    }
  },
  {
    "following": {
      "accountId": "2430819610"
    }
  },
  {
    "following": {
      "accountId": "4518496539"
    }
  },
  {
    "following": {
      "accountId": "9781919940"
    }
  },
  {
    "following": {
      "accountId": "8242840089"
    }
  },
  {
    "following": {
      "accountId": "803549882"
    }
  },
  {
    "following": {
      "accountId": "2266163818"
    }
  },
  {
    "following": {
      "accountId": "2174178428"
    }
  },
  {
    "following": {
      "accountId": "6198094495"
    }
  },
  {
    "following": {
      "accountId": "6806778529"
    }
  },
  {
    "following": {
      "accountId": "6222087914"
    }
  },
  {
    "following": {
      "accountId": "666253903"
    }
  },
  {
    "following": {
      "accountId": "9534110128"
    }
  },
  {
    "following": {
      "accountId": "3828934088"
    }
  },
  {
    "following": {
      "accountId": "5182549833"
    }
  },
  {
    "following": {
      "accountId": "4580590886"
    }
  },
  {
    "following": {
      "accountId": "956696609"
    }
  },
  {
    "following": {
      "accountId": "6368181251"
    }
  },
  {
    "following": {
      "accountId": "4354791803"
    }
  },
  {
    "following": {
      "accountId": "3701211903"
    }
  },
  {
    "following": {
      "accountId": "9742722495"
    }
  },
  {
    "following": {
      "accountId": "6199867166"
    }
  },
  {
    "following": {
      "accountId": "981210813"
    }
  },
  {
    "following": {
      "accountId": "2392053341"
    }
  },
  {
    "following": {
      "accountId": "6957419284"
    }
  },
  {
    "following": {
      "accountId": "8233744404"
    }
  },
  {
    "following": {
      "accountId": "4565414426"
    }
  },
  {
    "following": {
      "accountId": "5284019664"
    }
  },
  {
    "following": {
      "accountId": "574698645"
    }
  },
  {
    "following": {
      "accountId": "625043752"
    }
  },
  {
    "following": {
      "accountId": "6967704663"
    }
  },
  {
    "following": {
      "accountId": "9833121868"
    }
  },
  {
    "following": {
      "accountId": "2244994945"
    }
  }
]
