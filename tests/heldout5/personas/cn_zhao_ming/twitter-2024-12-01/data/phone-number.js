window.YTD.phone_number.part0 = [
  {
    "device": {
      "phoneNumber": "+8618128453307"
    }
  }
]