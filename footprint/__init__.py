"""footprint: see what your own app data exports say about you, offline."""

__version__ = "0.1.0"
