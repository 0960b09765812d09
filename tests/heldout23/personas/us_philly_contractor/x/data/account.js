window.YTD.account.part0 = [ {
  "account" : {
    "email" : "danny.colon215@example.com",
    "createdVia" : "android",
    "username" : "ColonHomeRepair",
    "accountId" : "1432987716524339201",
    "createdAt" : "2021-08-24T19:02:11.000Z",
    "accountDisplayName" : "Danny Colón",
    "phoneNumber" : "+12155550147"
  }
} ]