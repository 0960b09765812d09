"""``python -m footprint`` runs the command line."""

from footprint.cli import main

main()
