window.YTD.account.part0 = [
  {
    "account": {
      "email": "chenyx0918@example.com",
      "createdVia": "android",
      "username": "xuan_meow0918",
      "accountId": "1398822714450239489",
      "createdAt": "2021-05-30T03:12:44.000Z",
      "accountDisplayName": "萱萱不想上班"
    }
  }
]