"""Blind evaluation set independent11 (round 9): English (IE/SCO/AU/US South/England/US) and northern-Chinese chat text."""
