window.YTD.account.part0 = [
  {
    "account": {
      "email": "rhys.callaghan@example.com",
      "createdVia": "android",
      "username": "rhys_cal",
      "accountId": "1187420093315768321",
      "createdAt": "2019-10-24T17:02:41.118Z",
      "accountDisplayName": "Rhys C"
    }
  }
]
