"""What catalogue records say about a language: its ISO 639-2/B code and its script.

MODS wants ISO 639-2/B codes (``arm``, not ``hy``) and ISO 15924 scripts. Both come
from maintained data, not from a table in this project: the codes from pycountry's
ISO 639 data, the script from CLDR's likely subtags (via Babel), so that an edition in
any language gets right records without a code change. A tag that names its script
(``ru-Latn``) keeps it.
"""
from __future__ import annotations

import json
from functools import lru_cache


@lru_cache(maxsize=None)
def iso639_2b(tag: str) -> str:
    """ISO 639-2/B code of a BCP 47 tag's language; ``und`` when ISO 639 does not know it."""
    import pycountry
    primary = tag.split("-")[0].lower()
    entry = (pycountry.languages.get(alpha_2=primary) if len(primary) == 2
             else pycountry.languages.get(alpha_3=primary))
    if entry is None:
        return "und"
    return getattr(entry, "bibliographic", None) or entry.alpha_3


def script(tag: str) -> str | None:
    """ISO 15924 script of a BCP 47 tag (triglot.scripts: its own subtag, else CLDR's likely script)."""
    from triglot.scripts import script_of
    return script_of(tag)


def table(tags) -> str:
    """JSON for the stylesheets: tag -> {"iso639-2b": …, "script": …} for every tag given."""
    return json.dumps({tag: {"iso639-2b": iso639_2b(tag), "script": script(tag)}
                       for tag in sorted(set(tags)) if tag}, ensure_ascii=False, sort_keys=True)
