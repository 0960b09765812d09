"""Bundled sample personas."""
