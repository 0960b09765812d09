window.YTD.profile.part0 = [ {
  "profile" : {
    "description" : {
      "bio" : "Colón Home Repair LLC 🔨 kitchens • baths • decks | Port Richmond, Philly | PA HIC #PA178204 | call/text 215-555-0147",
      "website" : "https://t.co/Jm4qRk8WnZ",
      "location" : "Philadelphia, PA"
    },
    "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1701123456789012480/Ab3dE9fG.jpg"
  }
} ]