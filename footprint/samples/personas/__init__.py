"""One module per fictional persona: who they are, what they do, what is planted."""
