"""Triglot: a trilingual TEI edition and the toolkit that builds it."""

__version__ = "0.1.0"
