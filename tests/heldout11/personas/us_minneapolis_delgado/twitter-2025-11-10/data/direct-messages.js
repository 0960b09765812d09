window.YTD.directMessages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "90817263544-1184467203958812673",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "90817263544",
            "reactions" : [],
            "urls" : [],
            "text" : "obviously 🗳️",
            "mediaUrls" : [],
            "senderId" : "1184467203958812673",
            "id" : "1960000000000523645",
            "createdAt" : "2025-10-25T02:07:10.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1184467203958812673",
            "reactions" : [],
            "urls" : [],
            "text" : "you're coming to the watch party tuesday right",
            "mediaUrls" : [],
            "senderId" : "90817263544",
            "id" : "1960000000000418916",
            "createdAt" : "2025-10-25T02:06:10.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "90817263544",
            "reactions" : [],
            "urls" : [],
            "text" : "rosa.delgado@example.net",
            "mediaUrls" : [],
            "senderId" : "1184467203958812673",
            "id" : "1960000000000314187",
            "createdAt" : "2025-09-28T02:05:10.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1184467203958812673",
            "reactions" : [],
            "urls" : [],
            "text" : "what's your email for the cancun itinerary",
            "mediaUrls" : [],
            "senderId" : "90817263544",
            "id" : "1960000000000209458",
            "createdAt" : "2025-09-28T02:04:10.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "90817263544",
            "reactions" : [],
            "urls" : [],
            "text" : "saved! see u saturday",
            "mediaUrls" : [],
            "senderId" : "1184467203958812673",
            "id" : "1960000000000104729",
            "createdAt" : "2025-09-03T02:03:10.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1184467203958812673",
            "reactions" : [],
            "urls" : [],
            "text" : "hey new number, it's (612) 555-0199, telegram is dead to me",
            "mediaUrls" : [],
            "senderId" : "90817263544",
            "id" : "1960000000000000000",
            "createdAt" : "2025-09-03T02:02:10.000Z"
          }
        }
      ]
    }
  }
]