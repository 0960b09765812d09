window.YTD.phone_number.part0 = [ {
  "device" : {
    "phoneNumber" : "+14045550148"
  }
} ]