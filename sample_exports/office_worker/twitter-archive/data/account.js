window.YTD.account.part0 = [
  {
    "account": {
      "email": "shaun.wells@example.com",
      "phoneNumber": "+447700900331",
      "createdVia": "web",
      "username": "shaun_wells29",
      "accountId": "6833902989",
      "createdAt": "2016-03-26T12:00:00.000Z",
      "accountDisplayName": "Shaun Wells (fictional)"
    }
  }
]
