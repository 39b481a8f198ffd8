"""Website furniture in a seed: lines and fragments that are not part of the text.

Seeds are often copied from web pages and carry the page's widgets, comment
forms and link lists. `triglot encode` leaves such lines out of the English
text and lists each in `samplingDecl` with its line number, its exact words and
the reason, so the editor can confirm or restore it. The detector only proposes:
nothing here is certain, and every reason says so.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Phrases of blogging platforms and news sites, matched against a whole line.
FURNITURE = [
    (r"leave a (?:reply|comment)", "heading of the website's comment form"),
    (r"your email address will not be published\..*", "notice of the website's comment form"),
    (r"required fields are marked \*", "notice of the website's comment form"),
    (r"related (?:publications|posts|articles|news)", "heading of the website's list of related pages"),
    (r"read (?:also|more|next)\s*:?", "heading of the website's list of links"),
    (r"(?:see|you may) also(?: like)?\s*:?", "heading of the website's list of links"),
    (r"recent posts", "heading of the website's list of links"),
    (r"share(?: this)?(?: on)?\s*:?(?: (?:facebook|twitter|telegram|x|vk|email)[ ,]*)*", "sharing buttons of the website"),
    (r"(?:previous|next) (?:post|article)\s*:?.*", "navigation link of the website"),
    (r"(?:tags|categories|posted in|filed under)\s*:.*", "category links of the website"),
    (r"(?:subscribe|follow us|sign up)(?: to our newsletter)?.*", "subscription widget of the website"),
    (r"(?:all rights reserved|©|copyright).*", "copyright line of the website"),
    (r"\d+\s+comments?", "comment counter of the website"),
    (r"(?:\d+ )?(?:views?|reads?)\s*:?\s*\d*", "view counter of the website"),
]
FURNITURE_RX = [(re.compile(rf"\s*{rx}\s*", re.IGNORECASE), why) for rx, why in FURNITURE]
# Headings after which a page has only link lists and comment forms, never the text.
LINK_LIST = re.compile(r"\s*(?:related (?:publications|posts|articles|news)|read (?:also|more)\s*:?|"
                       r"see also\s*:?|you may also like\s*:?|recent posts|leave a (?:reply|comment))\s*",
                       re.IGNORECASE)
# A weather widget: "5.3° c YEREVAN", "-2°C Moscow".
WEATHER = re.compile(r"\s*[-+−]?\d+(?:[.,]\d+)?\s*°\s*[CcFf]?\s+\S.*")


# A single word in capitals near the top of the page: the site's logo ("ABCMEDIA", "NEWS.AM"); one closed by
# a full stop is a heading ("TREBIZOND." over a document of a collection), not a logo, nor is a town's or a
# state's name (an imprint's "LONDON", a title page's "WASHINGTON")
LOGO = re.compile(r"[A-Z][A-Z0-9&.\-]{2,}[A-Z0-9&\-]")
LOGO_LINES = 10
# A headline the page repeats right below itself; two letters far apart may share a heading.
DUPLICATE_WITHIN = 4


@dataclass(frozen=True)
class Omission:
    line: int          # 1-based line number in the seed
    text: str          # the exact words left out (a whole line or a fragment of it)
    reason: str
    fragment: bool = False


def is_icon(ch: str) -> bool:
    """A pictograph or symbol used as decoration (📘, ★, ►), not punctuation or a letter."""
    cat = unicodedata.category(ch)
    return cat == "So" or ch in "\ufe0f\u200d"


def leading_icons(line: str) -> str:
    """The decorative icons that open a line, with the space after them ('' if none)."""
    m = re.match(r"\s*((?:[^\w\s]\s*)+?)\s*(?=\w|[“\"‘'(«<])", line)
    if not m:
        return ""
    head = m.group(1)
    if head and all(is_icon(c) or c.isspace() for c in head):
        return head.strip()
    return ""


def classify(lines: list[str]) -> dict[int, Omission]:
    """Omissions proposed for whole lines, keyed by 1-based line number."""
    omitted: dict[int, Omission] = {}
    seen: dict[str, int] = {}
    links_from = None     # line of a "Read also" / "Related posts" heading: links follow it
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text:
            continue
        reason = furniture_reason(text)
        if reason is None and links_from is not None:
            reason = f"part of the website's link list or comment form that begins on line {links_from}"
        elif reason is not None and LINK_LIST.fullmatch(text) and links_from is None:
            links_from = number
        if reason is None and number <= LOGO_LINES and LOGO.fullmatch(text) and not _town_or_state(text):
            reason = "name of the website in the page header (its logo)"
        if reason is None and text in seen and number - seen[text] <= DUPLICATE_WITHIN and len(text.split()) <= 25:
            reason = f"repeats line {seen[text]} word for word (a layout duplicate of the page)"
        if reason is not None:
            omitted[number] = Omission(number, text, f"{reason}; proposed by triglot encode, to be confirmed by the editor")
        seen[text] = number
    return omitted


def _town_or_state(word: str) -> bool:
    """A town or a state GeoNames knows by the word: a title page's or an imprint's place ("LONDON" over the
    publisher, "WASHINGTON" over the Government Printing Office), which no website is named, is no logo."""
    from triglot.gazetteer import Gazetteer
    return (Gazetteer.default().place(word.title()) or {}).get("feature") in ("city", "country")


def furniture_reason(text: str) -> str | None:
    if all(is_icon(c) or c.isspace() for c in text):
        return "decorative icon of the website"
    if WEATHER.fullmatch(text):
        return "weather widget of the website"
    for rx, why in FURNITURE_RX:
        if rx.fullmatch(text):
            return why
    return None
