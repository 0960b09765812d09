"""Personal-information detection, built on Microsoft Presidio, fully offline."""
