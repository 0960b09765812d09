window.YTD.follower.part0 = [
  {
    "follower": {
      "accountId": "692220007"
    }
  },
  {
    "follower": {
      "accountId": "253004781"
    }
  },
  {
    "follower": {
      "accountId": "787910620"
    }
  },
  {
    "follower": {
      "accountId": "965938673"
    }
  },
  {
    "follower": {
      "accountId": "525973940"
    }
  }
]
