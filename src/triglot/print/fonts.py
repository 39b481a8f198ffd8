"""Is there a font for each language of a book? Asked of fontconfig, which WeasyPrint uses.

The print stylesheet names one font family; for a letter that family lacks, WeasyPrint
takes whatever font fontconfig offers for it. When no installed font covers a
language (an Amharic or Japanese column on a machine with only DejaVu), the book
would be printed with empty boxes and nobody told. fontconfig knows, per language,
which installed fonts cover its orthography (`fc-list :lang=LANG`), so the build asks
before laying out anything and stops with the language named instead.
"""
from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache

from triglot.problems import Problem


@lru_cache(maxsize=32)
def covering(lang: str) -> tuple[str, ...] | None:
    """Families of the installed fonts that cover `lang` (fontconfig), None when fontconfig's
    command line is not installed (nothing can be said then; WeasyPrint still prints)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    families: set[str] = set()
    for tag in dict.fromkeys((lang.lower(), lang.split("-")[0].lower())):   # zh-tw, else zh
        result = subprocess.run([fc_list, f":lang={tag}", "family"], capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            return None
        families |= {line.split(",")[0].strip() for line in result.stdout.splitlines() if line.strip()}
        if families:
            break
    return tuple(sorted(families))


def missing(languages) -> list[Problem]:
    """A problem for each language no installed font covers."""
    from triglot.i18n import language_name
    problems = []
    for lang in dict.fromkeys(languages):
        if covering(lang) == ():
            problems.append(Problem("print", 0, "fonts",
                                    f"no installed font covers {lang} ({language_name(lang, 'en')}): "
                                    f"`fc-list :lang={lang}` finds none; install one (Debian: a fonts-noto-* "
                                    "package) or the book would print empty boxes"))
    return problems
