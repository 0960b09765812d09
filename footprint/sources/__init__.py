"""One module per export format; :mod:`footprint.sources.registry` lists them."""
