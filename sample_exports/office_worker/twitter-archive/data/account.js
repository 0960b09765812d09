window.YTD.account.part0 = [
  {
    "account": {
      "email": "brandon.wells@example.com",
      "phoneNumber": "+447700900970",
      "createdVia": "web",
      "username": "brandon_wells51",
      "accountId": "708687287",
      "createdAt": "2018-09-09T08:00:00.000Z",
      "accountDisplayName": "Brandon Wells (fictional)"
    }
  }
]
