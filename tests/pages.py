"""Reading built web pages in tests: a page parsed as the browser's HTML parser would, and an
element's words as a reader sees them (whitespace runs as one space), so that tests compare
what is said, not how the stylesheet indented it."""
from __future__ import annotations

from pathlib import Path

from lxml import html


def page(site: Path, path: str):
    """The root element of the built page `path` under `site` (a build's web folder)."""
    return html.parse(str(site / path)).getroot()


def words(el) -> str:
    """The element's text content with every run of whitespace one space."""
    return " ".join(el.text_content().split())
