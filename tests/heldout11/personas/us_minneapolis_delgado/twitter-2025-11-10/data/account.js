window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "rosa.delgado@example.net",
      "createdVia" : "web",
      "username" : "rosad_mpls",
      "accountId" : "1184467203958812673",
      "createdAt" : "2019-10-16T14:22:31.000Z",
      "accountDisplayName" : "Rosa D 🌻"
    }
  }
]