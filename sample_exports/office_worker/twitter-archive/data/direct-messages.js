window.YTD.directMessages.part0 = [
  {
    "dmConversation": {
      "conversationId": "2244994945-6833902989",
      "messages": [
        {
          "messageCreate": {
            "recipientId": "2244994945",
            "reactions": [],
            "urls": [],
            "text": "Cheers for last night",
            "mediaUrls": [],
            "senderId": "6833902989",
            "id": "1770228530439108151",
            "createdAt": "2024-06-29T18:51:23.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "6833902989",
            "reactions": [],
            "urls": [],
            "text": "What time?",
            "mediaUrls": [],
            "senderId": "2244994945",
            "id": "1770372467131761138",
            "createdAt": "2024-06-20T18:13:39.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "2244994945",
            "reactions": [],
            "urls": [],
            "text": "Did you see the match last night?",
            "mediaUrls": [],
            "senderId": "6833902989",
            "id": "1770878907470308123",
            "createdAt": "2024-06-11T18:06:07.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "6833902989",
            "reactions": [],
            "urls": [],
            "text": "I'm in",
            "mediaUrls": [],
            "senderId": "2244994945",
            "id": "1770683082310723619",
            "createdAt": "2024-06-02T18:32:53.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "2244994945",
            "reactions": [],
            "urls": [],
            "text": "lol",
            "mediaUrls": [],
            "senderId": "6833902989",
            "id": "1770831740722932222",
            "createdAt": "2024-05-24T18:11:07.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "6833902989",
            "reactions": [],
            "urls": [],
            "text": "lol",
            "mediaUrls": [],
            "senderId": "2244994945",
            "id": "1770883697324786073",
            "createdAt": "2024-05-15T20:25:40.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "2244994945",
            "reactions": [],
            "urls": [],
            "text": "Same place as last time?",
            "mediaUrls": [],
            "senderId": "6833902989",
            "id": "1770812659018512569",
            "createdAt": "2024-05-06T20:25:35.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "6833902989",
            "reactions": [],
            "urls": [],
            "text": "What time?",
            "mediaUrls": [],
            "senderId": "2244994945",
            "id": "1770839072691375769",
            "createdAt": "2024-04-27T18:01:00.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "2244994945",
            "reactions": [],
            "urls": [],
            "text": "my flat is 9 Francis Roads, Manchester M14 2QD if you're sending the invite",
            "mediaUrls": [],
            "senderId": "6833902989",
            "id": "1770592847499832273",
            "createdAt": "2024-04-23T20:05:00.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "2244994945",
            "reactions": [],
            "urls": [],
            "text": "mate",
            "mediaUrls": [],
            "senderId": "6833902989",
            "id": "1770831655324747525",
            "createdAt": "2024-04-18T17:39:33.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "6833902989",
            "reactions": [],
            "urls": [],
            "text": "Send me the photos from Saturday",
            "mediaUrls": [],
            "senderId": "2244994945",
            "id": "1770576779193116690",
            "createdAt": "2024-04-09T19:14:36.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "2244994945",
            "reactions": [],
            "urls": [],
            "text": "lol",
            "mediaUrls": [],
            "senderId": "6833902989",
            "id": "1770689572256173080",
            "createdAt": "2024-03-31T18:12:24.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "6833902989",
            "reactions": [],
            "urls": [],
            "text": "What time?",
            "mediaUrls": [],
            "senderId": "2244994945",
            "id": "1770548727757509467",
            "createdAt": "2024-03-22T18:34:50.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "2244994945",
            "reactions": [],
            "urls": [],
            "text": "Unreal goal",
            "mediaUrls": [],
            "senderId": "6833902989",
            "id": "1770390424674921847",
            "createdAt": "2024-03-13T20:45:07.000Z"
          }
        },
        {
          "messageCreate": {
            "recipientId": "6833902989",
            "reactions": [],
            "urls": [],
            "text": "Haha no way",
            "mediaUrls": [],
            "senderId": "2244994945",
            "id": "1770751720464652541",
            "createdAt": "2024-03-04T20:14:43.000Z"
          }
        }
      ]
    }
  }
]
