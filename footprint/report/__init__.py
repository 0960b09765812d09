"""``footprint report``: what an export holds, in HTML, Markdown or JSON."""
