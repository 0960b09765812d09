window.YTD.account.part0 = [
  {
    "account": {
      "email": "zhaoming.dev@example.org",
      "createdVia": "web",
      "username": "zm_chengdu",
      "accountId": "1187236640129019905",
      "createdAt": "2019-10-24T05:12:40.000Z",
      "accountDisplayName": "赵明"
    }
  }
]