window.YTD.phoneNumber.part0 = [
  {
    "device" : {
      "phoneNumber" : "+16125550147"
    }
  }
]