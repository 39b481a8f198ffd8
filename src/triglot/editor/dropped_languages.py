"""The `dropped-language` rule of `triglot check`, in a module of its own so that the web build can
say it for each document it gathers without importing the checks' name recogniser (editor/check.py
imports editor/recognize.py: ~400 patterns compiled, 0.18 CPU-s, which a one-edit rebuild of the
web edition paid for the one document it gathered again)."""
from __future__ import annotations

from triglot.i18n import language_name
from triglot.problems import Problem
from triglot.tei import NS, XML_LANG


def dropped_languages(doc, settings) -> list[Problem]:
    """A translation div in a language the settings no longer translate into (Armenian taken out of
    languages.translations). Its slots are kept, so that no translator's work is lost by a settings
    edit, but the web and print editions, the PO files and `translations status` read only the
    settings' languages: without this the translations vanished from every output in silence."""
    problems = []
    for div in doc.root.iterfind(".//t:body/t:div[@type='translation']", NS):
        lang = div.get(XML_LANG) or ""
        if lang in settings.translations:
            continue
        done = sum(1 for slot in div.iter() if isinstance(slot.tag, str) and slot.get("corresp")
                   and (slot.get("ana") or "#untranslated") != "#untranslated")
        problems.append(Problem(doc.name, div.sourceline or 0, "dropped-language",
                                f"{language_name(lang, 'en')} ({lang}) slots, {done} translated, are kept in the TEI, "
                                f"but the web and print editions, the PO files and `translations status` leave "
                                f"them out: languages.translations in triglot.toml no longer names {lang}; add it "
                                f"back, or remove this div to drop them"))
    return problems
