window.YTD.personalization.part0 = [
  {
    "p13nData": {
      "demographics": {
        "languages": [
          {
            "language": "English",
            "isDisabled": false
          }
        ],
        "genderInfo": {
          "gender": "male"
        }
      },
      "interests": {
        "interests": [
          {
            "name": "Video games",
            "isDisabled": false
          },
          {
            "name": "Elden Ring",
            "isDisabled": false
          },
          {
            "name": "Politics",
            "isDisabled": false
          },
          {
            "name": "Housing",
            "isDisabled": false
          },
          {
            "name": "Christianity",
            "isDisabled": false
          },
          {
            "name": "Asthma",
            "isDisabled": false
          },
          {
            "name": "Running",
            "isDisabled": false
          },
          {
            "name": "Manchester United",
            "isDisabled": false
          },
          {
            "name": "Data science",
            "isDisabled": false
          }
        ],
        "partnerInterests": [],
        "audienceAndAdvertisers": {
          "lookalikeAdvertisers": [],
          "advertisers": [
            "@MonzoBank",
            "@PlayStationUK",
            "@RightmoveUK"
          ],
          "doNotReachAdvertisers": [],
          "catalogAudienceAdvertisers": [],
          "numAudiences": "3"
        },
        "shows": []
      },
      "locationHistory": [
        "Manchester, England"
      ],
      "inferredAgeInfo": {
        "age": [
          "25-34"
        ],
        "birthDate": ""
      }
    }
  }
]
