window.YTD.account.part0 = [
  {
    "account": {
      "email": "chen.yutong@example.com",
      "phoneNumber": "13812345678",
      "createdVia": "web",
      "username": "chen_yutong2000",
      "accountId": "2290959907",
      "createdAt": "2021-09-13T04:00:00.000Z",
      "accountDisplayName": "陈雨桐 (fictional)"
    }
  }
]
