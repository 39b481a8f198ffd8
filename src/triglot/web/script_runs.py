"""Runs of text in another script than their passage's language, marked with their language.

A Russian book title cited in an English note, an Armenian name in an English source
line, an English article title in a Russian draft: the TEI leaves them unmarked, so a
screen reader would read them with the passage's voice and a browser hyphenate them
by the wrong rules. The script of each character comes from ICU (Unicode's Script
property) and the script of each language from CLDR's likely subtags (Babel), so no
alphabet is written out here. A run is given a language only when exactly one of the
edition's languages is written in its script (in an edition with German, French and
Turkish, a Latin run inside Russian stays unmarked: the script does not say which).
The marks are `tei:foreign` elements in the web's annotated copy only; the TEI files
are not changed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from triglot.tei import XML_LANG, q

ROMAN = re.compile(r"[IVXLCDM]+")        # a Roman numeral is no language's run


def _char_class(spec: str) -> str:
    """A regular-expression character class body for an ICU set ([:Script=Cyrl:])."""
    import icu
    chars = icu.UnicodeSet(spec)
    out = []
    for i in range(chars.getRangeCount()):
        first, last = chars.getRangeStart(i), chars.getRangeEnd(i)
        out.append(re.escape(first) if first == last else f"{re.escape(first)}-{re.escape(last)}")
    return "".join(out)


# ISO 15924 codes of writing systems made of several Unicode scripts, which CLDR gives Chinese,
# Japanese and Korean and which Unicode's Script property never takes (ICU's [:Script=Hans:] is
# empty): the scripts each one combines, as ISO 15924 defines them.
COMBINED = {"Hans": ("Hani",), "Hant": ("Hani",), "Hanb": ("Hani", "Bopo"),
            "Jpan": ("Hani", "Hira", "Kana"), "Kore": ("Hang", "Hani")}


def parts(script: str) -> set:
    """The Unicode scripts a script code stands for (Jpan: Hani, Hira, Kana)."""
    return set(COMBINED.get(script, (script,)))


@lru_cache(maxsize=None)
def run_pattern(script: str):
    """Letters of `script`, with spaces, digits and punctuation (Common, Inherited) between them;
    None for a script ICU has no letters of (private use 'Qaaa'): its runs are left unmarked."""
    import icu
    spec = "".join(f"[:Script={part}:]" for part in parts(script))
    try:
        letters = _char_class(f"[{spec}]")
    except icu.ICUError:
        return None
    if not letters:
        return None
    neutral = _char_class("[[:Script=Zyyy:][:Script=Zinh:]]")
    return re.compile(f"[{letters}]+(?:[{neutral}]+[{letters}]+)*")


def script_of_language(lang: str) -> str:
    """The script a language is written in by default (triglot.scripts; ru -> Cyrl), "" if unknown."""
    from triglot.scripts import script_of
    return script_of(lang) or ""


def writers(languages) -> dict:
    """Script -> the one edition language written in it (scripts shared by several are left out)."""
    by_script: dict = {}
    for lang in languages:
        by_script.setdefault(script_of_language(lang), []).append(lang)
    return {script: langs[0] for script, langs in by_script.items() if script and len(langs) == 1}


def runs(text: str, own_script: str, scripts: dict) -> list[tuple[str, str]]:
    """Split text into (language or "", piece): a piece in another script than `own_script`
    whose language is known gets it; spaces and punctuation inside such a run stay in it."""
    found = []
    for script, lang in scripts.items():
        # Chinese letters in a Japanese passage are its own: a script sharing letters with the
        # passage's says nothing of another language
        pattern = None if parts(script) & parts(own_script) else run_pattern(script)
        if pattern is not None:
            found += [(m.start(), m.end(), lang) for m in pattern.finditer(text)
                      if not ROMAN.fullmatch(m.group())]
    out, at = [], 0
    for start, end, lang in sorted(found):
        out += [("", text[at:start]), (lang, text[start:end])]
        at = end
    out.append(("", text[at:]))
    return [(lang, piece) for lang, piece in out if piece]


def mark(root, languages, default_lang: str = "") -> int:
    """Wrap the runs of other scripts under `root` in tei:foreign with their language; returns how many."""
    scripts = writers(languages)
    if len(scripts) < 2:
        return 0
    count = 0
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.tag == q("foreign") and el.get(XML_LANG):
            continue
        lang = _lang(el, default_lang)
        count += _mark_text(el, script_of_language(lang), scripts)
        for child in list(el):
            count += _mark_tail(child, script_of_language(lang), scripts)
    return count


def _lang(el, default: str) -> str:
    for node in (el, *el.iterancestors()):
        if node.get(XML_LANG):
            return node.get(XML_LANG)
    return default


def _marked(parts) -> tuple[str, list]:
    """The leading plain text and the new elements (each with its following plain text as tail)."""
    lead, made = "", []
    for lang, piece in parts:
        if lang:
            foreign = _foreign(lang, piece)
            made.append(foreign)
        elif made:
            made[-1].tail = (made[-1].tail or "") + piece
        else:
            lead += piece
    return lead, made


def _foreign(lang: str, text: str):
    from lxml import etree
    el = etree.Element(q("foreign"))
    el.set(XML_LANG, lang)
    el.text = text
    return el


def _mark_text(el, own: str, scripts: dict) -> int:
    return _mark_string(el, "text", el, 0, own, scripts)


def _mark_tail(child, own: str, scripts: dict) -> int:
    parent = child.getparent()
    return _mark_string(child, "tail", parent, parent.index(child) + 1, own, scripts)


def _mark_string(holder, attr: str, parent, at: int, own: str, scripts: dict) -> int:
    """Mark the runs of `holder`'s text or tail: what stays plain is left there, the marked
    runs become elements inserted into `parent` from position `at`."""
    text = getattr(holder, attr)
    if not text:
        return 0
    lead, made = _marked(runs(text, own, scripts))
    if not made:
        return 0
    setattr(holder, attr, lead)
    for i, new in enumerate(made):
        parent.insert(at + i, new)
    return len(made)


__all__ = ["mark", "runs", "writers", "script_of_language"]
