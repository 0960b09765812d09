window.YTD.account.part0 = [
  {
    "account": {
      "email": "immy.qureshi@example.com",
      "createdVia": "web",
      "username": "immy_q_brum",
      "accountId": "1298765432101234567",
      "createdAt": "2020-05-02T19:11:04.000Z",
      "accountDisplayName": "Immy"
    }
  }
]