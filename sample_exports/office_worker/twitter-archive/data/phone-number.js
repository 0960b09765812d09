window.YTD.phoneNumber.part0 = [
  {
    "device": {
      "phoneNumber": "+447700900331"
    }
  }
]
