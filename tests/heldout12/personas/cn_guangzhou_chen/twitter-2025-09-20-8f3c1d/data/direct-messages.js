window.YTD.direct_messages.part0 = [
  {
    "dmConversation": {
      "conversationId": "1288870012345678901-1398822714450239489",
      "messages": [
        {
          "messageCreate": {
            "reactions": [],
            "urls": [],
            "text": "信你个鬼",
            "mediaUrls": [],
            "senderId": "1288870012345678901",
            "recipientId": "1398822714450239489",
            "id": "1936000000001047290",
            "createdAt": "2025-09-08T06:50:00.000Z"
          }
        },
        {
          "messageCreate": {
            "reactions": [],
            "urls": [],
            "text": "最后一次 真的",
            "mediaUrls": [],
            "senderId": "1398822714450239489",
            "recipientId": "1288870012345678901",
            "id": "1936000000000942561",
            "createdAt": "2025-08-31T05:33:00.000Z"
          }
        },
        {
          "messageCreate": {
            "reactions": [],
            "urls": [],
            "text": "抱抱 少氪点",
            "mediaUrls": [],
            "senderId": "1288870012345678901",
            "recipientId": "1398822714450239489",
            "id": "1936000000000837832",
            "createdAt": "2025-08-23T13:16:00.000Z"
          }
        },
        {
          "messageCreate": {
            "reactions": [],
            "urls": [],
            "text": "救命 花呗账单出来了",
            "mediaUrls": [],
            "senderId": "1398822714450239489",
            "recipientId": "1288870012345678901",
            "id": "1936000000000733103",
            "createdAt": "2025-08-15T12:59:00.000Z"
          }
        },
        {
          "messageCreate": {
            "reactions": [],
            "urls": [],
            "text": "去！",
            "mediaUrls": [],
            "senderId": "1288870012345678901",
            "recipientId": "1398822714450239489",
            "id": "1936000000000628374",
            "createdAt": "2025-08-07T11:42:00.000Z"
          }
        },
        {
          "messageCreate": {
            "reactions": [],
            "urls": [],
            "text": "周末去正佳吗",
            "mediaUrls": [],
            "senderId": "1398822714450239489",
            "recipientId": "1288870012345678901",
            "id": "1936000000000523645",
            "createdAt": "2025-07-30T10:25:00.000Z"
          }
        },
        {
          "messageCreate": {
            "reactions": [],
            "urls": [],
            "text": "哈哈没忘 逗你",
            "mediaUrls": [],
            "senderId": "1288870012345678901",
            "recipientId": "1398822714450239489",
            "id": "1936000000000418916",
            "createdAt": "2025-07-22T09:08:00.000Z"
          }
        },
        {
          "messageCreate": {
            "reactions": [],
            "urls": [],
            "text": "好 我下班发你 我微信 xuanxuan_0918 你忘了？",
            "mediaUrls": [],
            "senderId": "1398822714450239489",
            "recipientId": "1288870012345678901",
            "id": "1936000000000314187",
            "createdAt": "2025-07-14T08:51:00.000Z"
          }
        },
        {
          "messageCreate": {
            "reactions": [],
            "urls": [],
            "text": "明天公司楼下等你",
            "mediaUrls": [],
            "senderId": "1288870012345678901",
            "recipientId": "1398822714450239489",
            "id": "1936000000000209458",
            "createdAt": "2025-07-06T07:34:00.000Z"
          }
        },
        {
          "messageCreate": {
            "reactions": [],
            "urls": [],
            "text": "别说了 心碎",
            "mediaUrls": [],
            "senderId": "1398822714450239489",
            "recipientId": "1288870012345678901",
            "id": "1936000000000104729",
            "createdAt": "2025-06-28T06:17:00.000Z"
          }
        },
        {
          "messageCreate": {
            "reactions": [],
            "urls": [],
            "text": "看到你又歪了哈哈哈",
            "mediaUrls": [],
            "senderId": "1288870012345678901",
            "recipientId": "1398822714450239489",
            "id": "1936000000000000000",
            "createdAt": "2025-06-20T05:00:00.000Z"
          }
        }
      ]
    }
  }
]