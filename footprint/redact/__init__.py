"""Redacted copies of exports, in their own formats, with a leak check."""
