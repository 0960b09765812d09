window.YTD.personalization.part0 = [
  {
    "p13nData": {
      "demographics": {
        "languages": [
          {
            "language": "Chinese",
            "isDisabled": false
          }
        ],
        "genderInfo": {
          "gender": "female"
        }
      },
      "interests": {
        "interests": [
          {
            "name": "Mobile games",
            "isDisabled": false
          },
          {
            "name": "Honor of Kings",
            "isDisabled": false
          },
          {
            "name": "Coffee",
            "isDisabled": false
          },
          {
            "name": "Buddhism",
            "isDisabled": false
          },
          {
            "name": "Mental health",
            "isDisabled": false
          },
          {
            "name": "Study tips",
            "isDisabled": false
          }
        ],
        "partnerInterests": [],
        "audienceAndAdvertisers": {
          "lookalikeAdvertisers": [],
          "advertisers": [
            "@LuckinCoffee"
          ],
          "doNotReachAdvertisers": [],
          "catalogAudienceAdvertisers": [],
          "numAudiences": "1"
        },
        "shows": []
      },
      "locationHistory": [
        "Chengdu, China"
      ],
      "inferredAgeInfo": {
        "age": [
          "18-24"
        ],
        "birthDate": ""
      }
    }
  }
]
