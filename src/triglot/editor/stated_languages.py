"""The editors' prose that lists the edition's languages, checked against the settings' languages.

The settings' titles and description and each document's project description are the editors'
words: "a trilingual (English, Russian, Armenian) digital edition", "the Russian and Armenian
columns are translations". After a fourth language is added (journey 23g) or one withdrawn, they
go on naming the old ones, and nothing said so. No toolkit code writes such a list, so the
words are not regenerated; `check --rule stated-languages` names each list that is out of date.

A list is a run of language names (CLDR's names in the text's language, from Babel: no hand list)
joined by punctuation or one short word ("and", "и", "և"). It is out of date when, in
parentheses, it is not the edition's languages or its translation languages; elsewhere, when it
names two or more of the edition's languages and no other but leaves one out (of all of them when
it names the base language, else of the translations). Names of peoples read the same as
languages' in English and Russian: an enumeration that goes on by a comma past the names
("Soviet, Armenian and Turkish diplomacy") is not a list of languages; "Armenian and Turkish
diplomacy" alone still is one, and the editor reads the finding as advice, as every `check`
finding is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from triglot.problems import Problem
from triglot.tei import NS, XML_LANG, normalize_space

RULE = "stated-languages"
GAP = r"[\s,;/–—-]*(?:\w{1,3}[\s,;/–—-]+)?"       # between two names of a list: punctuation, one short word


@lru_cache(maxsize=16)
def _names(lang: str) -> tuple[re.Pattern, dict]:
    """A pattern that finds a name of a language in text of `lang`, and {lower-case stem: code}.
    An inflecting language's name is found by its stem (Russian "русск" in "русского", "русский")."""
    from babel.core import UnknownLocaleError

    from triglot.i18n import locale
    try:
        names = locale(lang).languages
    except (ValueError, LookupError, UnknownLocaleError):
        # a language CLDR does not know ("zz", a private tag): Babel's error is neither of the others,
        # and `check` ended in a traceback on a project description in that language
        return re.compile(r"(?!x)x"), {}
    stems = {}
    for code, name in names.items():
        if " " in name or "_" in code or len(name) < 4:
            continue
        stem = name.lower() if lang == "en" or len(name) < 6 else name.lower()[:-2]
        stems.setdefault(stem, code)
    alternatives = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    tail = "" if lang == "en" else r"\w{0,4}"
    return re.compile(rf"(?<!\w)({alternatives}){tail}(?!\w)", re.I), stems


def runs(text: str, lang: str) -> list[tuple[list[str], bool, str]]:
    """([language codes], in parentheses, words) of each list of language names in `text`."""
    pattern, stems = _names(lang)
    found = [(m.start(), m.end(), stems[m.group(1).lower()]) for m in pattern.finditer(text)]
    out, run = [], []
    for item in found:
        if run and re.fullmatch(GAP, text[run[-1][1]:item[0]]):
            run.append(item)
            continue
        if run:
            out.append(run)
        run = [item]
    if run:
        out.append(run)
    result = []
    for r in out:
        start, end = r[0][0], r[-1][1]
        before = _before(text, start)
        if (before == "," and _word_before(text, _skip_space_back(text, start) - 1)) or _GOES_ON.match(text, end):
            continue        # an enumeration that goes on past the names: "Soviet, Armenian and Turkish diplomacy"
        bracketed = before == "(" and _CLOSES.match(text, end) is not None
        result.append(([code for _, _, code in r], bracketed, text[start:end]))
    return result


# What stands beside a list is read from its own position, never from a copy of the text before or
# after it: a description of 8,000 lists took 14 s when each list sliced the text up to itself.
_GOES_ON = re.compile(r"\s*,\s*\w")
_CLOSES = re.compile(r"\s*\)")


def _skip_space_back(text: str, at: int) -> int:
    """The position after the last character before `at` that is not white space."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _before(text: str, at: int) -> str:
    """The last character before `at` that is not white space ('' at the start)."""
    at = _skip_space_back(text, at)
    return text[at - 1] if at > 0 else ""


def _word_before(text: str, at: int) -> bool:
    """Whether a word character stands before `at`, white space aside ("Soviet, Armenian")."""
    at = _skip_space_back(text, at)
    return at > 0 and re.match(r"\w", text[at - 1]) is not None


def out_of_date(codes: list[str], bracketed: bool, settings) -> str | None:
    """What is wrong with a list naming `codes`, or None."""
    edition, translations = list(settings.languages), list(settings.translations)
    named = list(dict.fromkeys(codes))
    if bracketed and len(named) >= 2:
        if set(named) in (set(edition), set(translations)):
            return None
        expected = edition if settings.base in named else translations
        return _says(named, expected)
    if len(named) < 2 or not set(named) <= set(edition):
        return None
    expected = edition if settings.base in named else translations
    return None if set(expected) <= set(named) else _says(named, expected)


def _says(named, expected) -> str:
    missing = [c for c in expected if c not in named]
    extra = [c for c in named if c not in expected]
    parts = []
    if missing:
        parts.append(f"leaves out {', '.join(missing)}")
    if extra:
        parts.append(f"names {', '.join(extra)}, which the settings do not have")
    return "; ".join(parts)


def _message(words: str, what: str, where: str, settings) -> str:
    from triglot.i18n import language_name
    langs = ", ".join(f"{language_name(c, 'en')} ({c})" for c in settings.languages)
    return (f"'{words}' {what}: the edition's languages are {langs} (triglot.toml, languages); "
            f"{where} no longer says what the edition holds — reword it")


def settings_problems(settings) -> list[Problem]:
    """Lists of languages in the settings' titles, description and printed title and statement."""
    from triglot.settings import FILE
    out = []
    for key, texts in (("edition.title", settings.titles), ("edition.short-title", settings.short_titles),
                       ("edition.description", settings.description), ("print.title", settings.print_titles),
                       ("print.statement", settings.print_statements)):
        for lang, text in sorted(texts.items()):
            for codes, bracketed, words in runs(normalize_space(text), lang):
                what = out_of_date(codes, bracketed, settings)
                if what:
                    out.append(Problem(FILE, settings.line_of(f"{key}.{lang}"), RULE,
                                       _message(words, what, f"{key}.{lang}", settings)))
    return out


def document_problems(doc, settings) -> list[Problem]:
    """Lists of languages in a document's project description (encodingDesc/projectDesc)."""
    out = []
    base = doc.root.get(XML_LANG) or settings.base
    for p in doc.root.iterfind("t:teiHeader/t:encodingDesc/t:projectDesc//t:p", NS):
        lang = next((a.get(XML_LANG) for a in (p, *p.iterancestors()) if a.get(XML_LANG)), base)
        for codes, bracketed, words in runs(normalize_space("".join(p.itertext())), lang):
            what = out_of_date(codes, bracketed, settings)
            if what:
                out.append(Problem(doc.name, p.sourceline or 0, RULE,
                                   _message(words, what, "the project description (projectDesc)", settings)))
    return out
