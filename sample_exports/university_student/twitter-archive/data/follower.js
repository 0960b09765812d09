window.YTD.follower.part0 = [
  {
    "follower": {
      "accountId": "1152690578"
    }
  },
  {
    "follower": {
      "accountId": "6301218379"
    }
  },
  {
    "follower": {
      "accountId": "5402946459"
    }
  },
  {
    "follower": {
      "accountId": "1696428460"
    }
  },
  {
    "follower": {
      "accountId": "691090647"
    }
  },
  {
    "follower": {
      "accountId": "7978836127"
    }
  },
  {
    "follower": {
      "accountId": "6614088271"
    }
  },
  {
    "follower": {
      "accountId": "8549791542"
    }
  },
  {
    "follower": {
      "accountId": "423594084"
    }
  },
  {
    "follower": {
      "accountId": "9719289835"
    }
  },
  {
    "follower": {
      "accountId": "4548614760"
    }
  },
  {
    "follower": {
      "accountId": "4919198599"
    }
  },
  {
    "follower": {
      "accountId": "5305172034"
    }
  },
  {
    "follower": {
      "accountId": "7435233090"
    }
  },
  {
    "follower": {
      "accountId": "8581021659"
    }
  },
  {
    "follower": {
      "accountId": "5771408477"
    }
  },
  {
    "follower": {
      "accountId": "2617144885"
    }
  },
  {
    "follower": {
      "accountId": "9918959258"
    }
  },
  {
    "follower": {
      "accountId": "9826958061"
    }
  },
  {
    "follower": {
      "accountId": "2116442684"
    }
  },
  {
    "follower": {
      "accountId": "6935955544"
    }
  },
  {
    "follower": {
      "accountId": "4121015625"
    }
  },
  {
    "follower": {
      "accountId": "5185055062"
    }
  },
  {
    "follower": {
      "accountId": "6456731984"
    }
  },
  {
    "follower": {
      "accountId": "7176501197"
    }
  },
  {
    "follower": {
      "accountId": "4514252553"
    }
  },
  {
    "follower": {
      "accountId": "2350334104"
    }
  },
  {
    "follower": {
      "accountId": "2814720154"
    }
  },
  {
    "follower": {
      "accountId": "7413537932"
    }
  },
  {
    "follower": {
      "accountId": "5506116214"
    }
  },
  {
    "follower": {
      "accountId": "923241796"
    }
  },
  {
    "follower": {
      "accountId": "5514343295"
    }
  },
  {
    "follower": {
      "accountId": "2778529805"
    }
  },
  {
    "follower": {
      "accountId": "748707263"
    }
  },
  {
    "follower": {
      "accountId": "6337418761"
    }
  }
]
