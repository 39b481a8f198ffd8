"""Is a translation about as long as its English block? A cheap net for lost or doubled text.

A truncated draft, a paragraph pasted twice or an English block left in place
keeps every placeholder and passes import, so length is the remaining signal.
Length is counted in letters and digits of the plain text (placeholders,
spaces and punctuation left out), so typography does not matter; scripts do, for
a band: Persian, written without short vowels, has about two thirds of the letters
of the French it translates, so a band measured on other scripts says nothing of it.

Two bands. Outside a language's review band a slot is listed by `triglot check` for
a reader to look at; outside the HARD band the tests treat it as broken. The
review bands are the edition's data (`length-bands` under `[languages]` in
triglot.toml), measured on its drafts; this edition's come from its first complete
drafts (132 judged slots per language): Russian median 0.98, 5th–95th percentile
0.79–1.20; Armenian median 1.01, 0.81–1.23. What falls outside REVIEW there is real but worth a look
(headings where Russian abbreviates "Revolutionary Military Council" to
Реввоенсовет, an Armenian heading that spells out an abbreviation). Short
blocks (a dateline, a signature) vary more: their ratio is only judged when
the English has at least SHORT letters.
"""
from __future__ import annotations

import re

SHORT = 40
# A language whose drafts were never measured (one added to an edition, an edition without
# bands) gets the widest band its edition measured, else this one, until its own is measured;
# one written in a script neither the base text nor any measured language is written in gets
# only the HARD band (a lost or doubled half still shows).
UNMEASURED = (0.75, 1.45)
HARD = (0.4, 2.5)


def letters(text: str) -> int:
    """Letters and digits of a placeholder string, placeholders not counted."""
    return sum(1 for c in re.sub(r"</?\d+/?>", "", text) if c.isalnum())


def ratio(english: str, translation: str) -> float | None:
    """Translation letters / English letters; None for a short or empty English block."""
    n = letters(english)
    if n < SHORT or not translation:
        return None
    return letters(translation) / n


def review_reason(english: str, translation: str, lang: str, bands: dict | None = None,
                  base: str | None = None) -> str | None:
    """Why this translation's length needs a reader, or None when it is plausible.

    `bands`: language -> (low, high) ratios of translation letters to base-text letters;
    `base`: the base text's language, whose script a band of another language may stand for."""
    r = ratio(english, translation)
    if r is None:
        return None
    bands = bands or {}
    low, high = band(lang, bands, base)
    if low <= r <= high:
        return None
    side = "shorter" if r < low else "longer"
    if lang in bands:
        return (f"{r:.2f} times as many letters as the base text, {side} than the usual "
                f"{low}–{high}: check for missing or repeated text")
    # a band nobody measured for this language is no "usual": say whose it is and how to set one
    if (low, high) == HARD:
        whose = f"no band is measured for {lang!r} nor for a language in its script: only these wide limits"
    elif bands:
        whose = f"no band is measured for {lang!r}: the widest this edition measured for another language"
    else:
        whose = f"no band is measured for {lang!r} nor any language of this edition: the toolkit's default"
    return (f"{r:.2f} times as many letters as the base text, {side} than {low}–{high} ({whose} "
            f"apply until languages.length-bands.{lang} is set in triglot.toml): check for missing or repeated text")


def band(lang: str, bands: dict, base: str | None = None) -> tuple[float, float]:
    """The (low, high) band `lang` is judged by: its own; else the widest measured one, when the
    base text or a measured language is written in its script (or nothing tells); else HARD."""
    if lang in bands:
        return bands[lang]
    widest = (min(low for low, _ in bands.values()), max(high for _, high in bands.values())) if bands else UNMEASURED
    if base is None:
        return widest
    from triglot.scripts import script_of
    own = script_of(lang)
    known = {script_of(other) for other in (base, *bands)}
    return widest if own is None or own in known else HARD
