window.YTD.account.part0 = [
  {
    "account": {
      "email": "carysmeredith91@example.com",
      "createdVia": "android",
      "username": "carys_mer91",
      "accountId": "1187443920571392001",
      "createdAt": "2019-10-24T19:12:40.118Z",
      "accountDisplayName": "Carys Meredith 🏴󠁧󠁢󠁷󠁬󠁳󠁿"
    }
  }
]