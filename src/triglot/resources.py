"""Files the toolkit ships: stylesheets, interface catalogs, schemas, search word forms, the new-edition template.

They are package data under `triglot/data/` (in a source checkout those entries are
symlinks to the top-level `xslt/`, `translations/ui/` and `tei/schema/`, so there is
one copy of each file; a built wheel holds the files themselves). An edition may
carry its own copy of any of them at the same relative place, which then wins: the
project's `xslt/web.xsl` overrides the packaged one, as its `translations/ui/`
catalogs override the packaged interface strings.
"""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# relative path in an edition -> relative path in the package data
PLACES = {"xslt": "xslt", "translations/ui": "ui", "tei/schema": "schema", "search": "search",
          "punctuation": "punctuation", "names": "names"}


def packaged(relative: str) -> Path:
    """The toolkit's own copy of an edition-relative path such as "xslt/web.xsl"."""
    for prefix, data in PLACES.items():
        if relative == prefix or relative.startswith(prefix + "/"):
            return DATA / data / relative[len(prefix):].lstrip("/")
    raise KeyError(relative)


def find(root: Path | None, relative: str) -> Path:
    """The edition's own file if it has one, else the packaged one."""
    if root is not None:
        own = Path(root) / relative
        if own.exists():
            return own
    return packaged(relative)
