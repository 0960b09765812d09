window.YTD.phoneNumber.part0 = [
  {
    "device": {
      "phoneNumber": "13812345678"
    }
  }
]
