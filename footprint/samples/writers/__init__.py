"""One module per export format: each turns simulated records into the real file layout."""
