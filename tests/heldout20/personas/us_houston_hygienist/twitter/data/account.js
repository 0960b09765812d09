window.YTD.account.part0 = [
  {
    "account": {
      "email": "tina.nguyen.htx@example.com",
      "createdVia": "android",
      "username": "thanh_tina713",
      "accountId": "1288374650192837632",
      "createdAt": "2020-07-29T02:14:51.000Z",
      "accountDisplayName": "tina 🦷",
      "phoneNumber": "+17135550143"
    }
  }
]