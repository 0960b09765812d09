window.YTD.account.part0 = [ {
  "account" : {
    "email" : "dre.holloway31@example.com",
    "createdVia" : "iphone",
    "username" : "DreKutzATL",
    "accountId" : "2841107731",
    "createdAt" : "2014-09-27T18:22:09.000Z",
    "accountDisplayName" : "Dre 💈 Kutz"
  }
} ]