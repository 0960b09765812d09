"""What a scoring system could infer from the records, one module per family."""
