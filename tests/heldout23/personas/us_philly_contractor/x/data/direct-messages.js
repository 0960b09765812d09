window.YTD.direct_messages.part0 = [ {
  "dmConversation" : {
    "conversationId" : "1432987716524339201-1601834472905127936",
    "messages" : [
      {
        "messageCreate" : {
          "recipientId" : "1432987716524339201",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "Friday works!",
          "mediaUrls" : [ ],
          "senderId" : "1601834472905127936",
          "id" : "1831107977796090467",
          "createdAt" : "2024-10-31T00:37:06.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1601834472905127936",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "Absolutely. I can come by Friday and we could start Nov 4 if the numbers work",
          "mediaUrls" : [ ],
          "senderId" : "1432987716524339201",
          "id" : "1831106133884735986",
          "createdAt" : "2024-10-31T00:22:57.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1432987716524339201",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "Hi Danny, would you be able to look at my kitchen in November? The cabinets are falling apart",
          "mediaUrls" : [ ],
          "senderId" : "1601834472905127936",
          "id" : "1831098865916900099",
          "createdAt" : "2024-10-31T00:11:17.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1601834472905127936",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "Thank you so much, it was a pleasure. Enjoy it!",
          "mediaUrls" : [ ],
          "senderId" : "1432987716524339201",
          "id" : "1831094003896742269",
          "createdAt" : "2024-10-11T22:04:44.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1432987716524339201",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "The bathroom is gorgeous. Sending the rest today. Leaving you a 5 star review!",
          "mediaUrls" : [ ],
          "senderId" : "1601834472905127936",
          "id" : "1831090225067527972",
          "createdAt" : "2024-10-11T21:58:52.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1601834472905127936",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "Received, thank you! We start Monday the 23rd at 8",
          "mediaUrls" : [ ],
          "senderId" : "1432987716524339201",
          "id" : "1831083194287818381",
          "createdAt" : "2024-09-13T22:57:26.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1432987716524339201",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "Sent $4,325. My email for invoices is dawnk1962@example.net",
          "mediaUrls" : [ ],
          "senderId" : "1601834472905127936",
          "id" : "1831075373225149209",
          "createdAt" : "2024-09-13T22:42:31.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1601834472905127936",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "Sure, routing 236087525 account 5802174639, name on the account is Colon Home Repair LLC",
          "mediaUrls" : [ ],
          "senderId" : "1432987716524339201",
          "id" : "1831067896082516361",
          "createdAt" : "2024-09-13T22:39:01.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1432987716524339201",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "Got it! Looks great. Can I pay the deposit by bank transfer?",
          "mediaUrls" : [ ],
          "senderId" : "1601834472905127936",
          "id" : "1831060433707025496",
          "createdAt" : "2024-09-13T22:25:01.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1601834472905127936",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "Hi Dawn, just emailed the estimate. $8,650 total, 50% deposit to start",
          "mediaUrls" : [ ],
          "senderId" : "1432987716524339201",
          "id" : "1831051402535162156",
          "createdAt" : "2024-09-13T22:20:08.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1601834472905127936",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "See you then 👍",
          "mediaUrls" : [ ],
          "senderId" : "1432987716524339201",
          "id" : "1831045271959232347",
          "createdAt" : "2024-09-04T00:24:38.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1432987716524339201",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "Perfect. My cell is 267-555-0158 if you're running late. - Dawn Kowalczyk",
          "mediaUrls" : [ ],
          "senderId" : "1601834472905127936",
          "id" : "1831039337900451541",
          "createdAt" : "2024-09-04T00:22:19.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1601834472905127936",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "Thursday 5:30 work?",
          "mediaUrls" : [ ],
          "senderId" : "1432987716524339201",
          "id" : "1831031821851010153",
          "createdAt" : "2024-09-04T00:14:25.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1432987716524339201",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "3121 Almond St, Philadelphia PA 19134. Evenings are best, I work from home till 5",
          "mediaUrls" : [ ],
          "senderId" : "1601834472905127936",
          "id" : "1831027451012006155",
          "createdAt" : "2024-09-04T00:09:34.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1601834472905127936",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "Hi yes we do. Happy to come give you a free estimate. What's the address?",
          "mediaUrls" : [ ],
          "senderId" : "1432987716524339201",
          "id" : "1831019835952242193",
          "createdAt" : "2024-09-04T00:04:21.000Z"
        }
      },
      {
        "messageCreate" : {
          "recipientId" : "1432987716524339201",
          "reactions" : [ ],
          "urls" : [ ],
          "text" : "Hi! Saw your bathroom pics on here. Do you do full bathroom remodels? Small rowhome in Port Richmond",
          "mediaUrls" : [ ],
          "senderId" : "1601834472905127936",
          "id" : "1831014710465550957",
          "createdAt" : "2024-09-03T23:53:14.000Z"
        }
      }
    ]
  }
} ]