"""independent15 blind corpus (round 9 spec): generator, data and tests."""
