"""`triglot encode`: a plain-text seed becomes a TEI document skeleton of the edition.

The skeleton follows tei/ENCODING.md: every non-blank line of the seed is a
block (heading, dateline, byline, paragraph or trailer) with its permanent id,
each with an empty slot per translation language; lines that look like website
furniture are left out and listed in `samplingDecl` for the editor to confirm;
names from the registers and dates carry proposed markup (see tagger.py for
how uncertain proposals are marked). The header takes title, author and date
from what the text says about itself and marks with `<gap>` what it cannot know.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from triglot.editor import correspondence, given_date, numbered_units, proposal_record
from triglot.editor.boilerplate import Omission, classify, leading_icons
from triglot.editor.dates import TIME, find_dates
from triglot.editor.header_settings import HeaderSettings, header_settings
from triglot.editor.names import NameIndex
from triglot.editor.not_names import keep
from triglot.editor.recognize import Recogniser, proposes_names
from triglot.editor.seed import read_seed
from triglot.editor.tagger import YearContext, fill, propose, shifted
from triglot.i18n import language_name
from triglot.tei import DRAFTER_PREFIX, TEI_NS, XML_ID, XML_LANG, drafter_resp, normalize_space, q, slot_tag

ID_PATTERN = re.compile(r"[a-z][a-z0-9-]*")
KIND_LETTER = {"head": "h", "p": "p", "dateline": "dl", "byline": "by", "trailer": "t", "bibl": "s"}
# An archival reference in the Russian manner: fond, opis, delo ("RGASPI, f. 5, op. 1, d. 2203, ll. 25-26").
ARCHIVAL = re.compile(r"(?:^|[\s,(])f\.\s?(?P<fond>\d+\w*)\s*,\s*op\.\s?(?P<opis>\d+\w*)\s*,\s*"
                      r"d\.\s?(?P<delo>\d+[\w/-]*)")
REPOSITORY = re.compile(r"^\s*(?P<repo>[A-Z][A-Za-z]{1,9}(?: [A-Z][A-Za-z]{1,9})?)\s*,")
TOP_KINDS = {"head", "dateline", "byline"}
HEADING_MAX_WORDS = 20


# a heading that is a book's division and its number alone ("CHAPTER XXV", "Part 2."): the title is under it
UNIT_HEADING = re.compile(r"(?:CHAPTER|Chapter|PART|Part|BOOK|Book|VOLUME|Volume)\s+(?:[IVXLCDM]+|\d{1,4})\.?")


def _title(elements) -> str:
    """The title the text's heading gives. A letter's heading "To J. H. Twichell, in Hartford:"
    introduces the letter, so the title ends before the colon; a memorandum's lines "From: X" and
    "To: Y" make one title "From X to Y" (the first line alone titled it "From: X")."""
    first = next((n for n, el in enumerate(elements) if el.tag == q("head")), len(elements))
    letterhead = _letterhead(elements[first:first + 2])
    first += letterhead
    lines = []
    for el in elements[first:]:
        line = normalize_space("".join(el.itertext())).removesuffix(":").rstrip()
        if lines and not (el.tag == q("head") and (letterhead and len(lines) < 3 or correspondence.is_heading(lines[-1])
                                                    and correspondence.is_heading(line)
                                                    or len(lines) == 1 and UNIT_HEADING.fullmatch(lines[0]))):
            break
        lines.append(line)
    # "RUSSIAN REFUGEES" over "REPORT BY Dr. NANSEN", "CHAPTER XXV" over "TALAAT TELLS WHY …": one title,
    # its parts kept apart (a chapter's number alone titled Morgenthau's chapter "CHAPTER XXV")
    if letterhead or len(lines) > 1 and UNIT_HEADING.fullmatch(lines[0]):
        return ". ".join(line.rstrip(".") for line in lines) + ("." if lines[-1].endswith(".") else "")
    lines = [re.sub(r"^(To|From|TO|FROM):\s*", lambda m: m[1].capitalize() + " ", line) for line in lines]
    lines[1:] = [re.sub(r"^(To|From)\b", lambda m: m[1].lower(), line) for line in lines[1:]]
    # two senders (or recipients), each on a "From:" line of their own: "From X and Y", not "From X from Y"
    for n in range(len(lines) - 1, 0, -1):
        word, _, rest = lines[n].partition(" ")
        if word in ("to", "from") and rest and lines[n - 1].split(" ", 1)[0].lower() == word:
            lines[n] = "and " + rest
    return " ".join(lines)


def _letterhead(heads) -> int:
    """1 when the first heading is a letterhead: wholly one body's name ("LEAGUE OF NATIONS",
    proposed as orgName) with another heading under it; that body issued the text and is no title
    (encode titled Nansen's report to the Council "LEAGUE OF NATIONS")."""
    if len(heads) < 2 or any(el.tag != q("head") for el in heads):
        return 0
    names = [el for el in heads[0] if el.tag == q("orgName")]
    whole = normalize_space("".join(heads[0].itertext())).rstrip(".")
    return int(len(names) == 1 and normalize_space("".join(names[0].itertext())) == whole)


@dataclass
class Block:
    kind: str        # head, dateline, byline, p, trailer, bibl (an archival reference)
    text: str        # the seed's words, exactly (a two-line date keeps its line break)
    line: int        # first seed line
    n: str = ""      # the number of the treaty article this block opens (numbered_units), if any


@dataclass
class Encoded:
    tree: object
    blocks: list[Block]
    omissions: list[Omission]
    gaps: list[str]
    articles_left: tuple[int, str] | None = None   # (seed line, why) a treaty's numbered articles stay paragraphs


def segment(lines: list[str], letter: bool = False) -> tuple[list[Block], list[Omission]]:
    """Blocks of the English text and the omissions, from the seed's lines. `letter` (encode --genre
    letter): a first line that is a place and a date is the letter's dateline, not its title."""
    whole = classify(lines)
    omissions = list(whole.values())
    kept: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        if number in whole or not line.strip():
            continue
        icons = leading_icons(line)
        text = line.strip()
        if icons:
            omissions.append(Omission(number, icons, "decorative icon of the website; proposed by "
                                      "triglot encode, to be confirmed by the editor", fragment=True))
            text = text[len(icons):].strip()
        kept.append((number, text))
    blocks: list[Block] = []
    i = 0
    while i < len(kept):
        number, text = kept[i]
        if (i + 1 < len(kept) and kept[i + 1][0] == number + 1 and _yearless_date_only(text)
                and re.fullmatch(r"\d{4}", kept[i + 1][1])):
            # "26 Mar" / "2025": a date the page broke over two lines.
            blocks.append(Block("dateline", lines[number - 1].strip() + "\n" + kept[i + 1][1], number))
            i += 2
            continue
        if letter and i == 0 and i + 1 < len(kept) and kept[i + 1][0] <= number + 2 \
                and _place_over_date(text, kept[i + 1][1]):      # (a blank line between them too)
            # a letter's "Washington" over "December 21, 1917" (or the date over the place): one
            # dateline, as on one line; the place alone was the letter's heading, and so its title
            blocks.append(Block("dateline", text + "\n" + kept[i + 1][1], number))
            i += 2
            continue
        opening = re.fullmatch(r"(.+?[.,])\s+((?:(?i:my)\s+)?(?i:dear|sir|madam)\b.*)", text) if letter and i == 0 else None
        if opening and (_place_and_date(opening[1].rstrip(",")) or _date_only(opening[1].rstrip(","))):
            # "Washington, December 21, 1917. Dear Colonel House, …" on one line: the dateline, then the letter
            blocks += [Block("dateline", opening[1], number), Block("p", opening[2], number)]
            i += 1
            continue
        split = DATE_BY.fullmatch(text)
        if split and _date_only(split[1]):
            # "date 2025-03-15 By Ruben Mirzakhanyan": a page's date and author on one line.
            blocks += [Block("dateline", split[1], number), Block("byline", split[2], number)]
        else:
            kind = _kind(text, first=i == 0 and not letter, last=i == len(kept) - 1)
            if letter and kind != "dateline" and correspondence.is_heading(text) \
                    and all(b.kind == "head" for b in blocks):
                # "To J. H. Twichell, in Hartford:" ("From London, 3 May 1920" is a dateline), and each
                # heading line under it ("From: X" over "To: Y")
                kind = "head"
            blocks.append(Block(kind, text, number))
        i += 1
    if letter:
        # the line under a letter's opening dateline is its addressee ("Colonel House"), not a heading
        # (which titled the letter "Colonel House"); a heading above the dateline stays one, and so
        # does a memorandum's "From: X" under its dateline (as a paragraph its sender was in no correspDesc)
        opening = next((k for k, b in enumerate(blocks) if b.kind != "dateline"), len(blocks))
        if 0 < opening < len(blocks) and blocks[opening].kind == "head" \
                and not re.match(r"(?i)(?:to|from):", blocks[opening].text):
            blocks[opening].kind = "p"
    _rows_of_lists_are_no_datelines(blocks)
    # A heading heads text: a short line with no paragraph after it closes the text instead.
    body_after = False
    for block in reversed(blocks):
        if block.kind == "head" and not body_after:
            block.kind = "trailer"
        body_after = body_after or block.kind == "p"
    # A closing line closes a text: with no paragraph before it (a one-line seed, a letter of its
    # dateline and signature alone) it is the text's paragraph, since TEI admits no div of a trailer alone.
    body_before = False
    for block in blocks:
        if block.kind == "trailer" and not body_before:
            block.kind = "p"
        body_before = body_before or block.kind in ("p", "bibl")
    omissions.sort(key=lambda o: (o.line, not o.fragment))
    return blocks, omissions


# A line's hour at its end, and its date before a byline ("date 2025-03-15 By Ruben Mirzakhanyan"). The space before
# each begins only at a run's first place (or after the hour's comma), where the leftmost match always began: a seed
# line with a long run of spaces was read again from each place of the run (20,000 spaces: quadratic; hostile45).
assert TIME.startswith(r",?\s+")
HOUR_AT_END = re.compile(r"(?:,|(?<![\s,]))" + TIME[2:] + r"\.?\s*$")
DATE_BY = re.compile(r"(.+?)(?<!\s)\s+(By\s+[A-Z][^.;:]{1,60})")     # (the line is stripped: it opens with no space)


def _without_hour(text: str) -> str:
    """A dateline's hour ("February 20, 1918, 7 p.m.") is no part of its date: read without it."""
    return HOUR_AT_END.sub("", text.strip())


def _date_only(text: str) -> bool:
    words = re.sub(r"^(?i:date[d:]?|posted(?: on)?:?)\s+", "", _without_hour(text))
    found = find_dates(words)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(words.rstrip(" ."))


def _yearless_date_only(text: str) -> bool:
    found = find_dates(text)
    return len(found) == 1 and found[0].needs_year and (found[0].start, found[0].end) == (0, len(text))


def _place_and_date(text: str) -> bool:
    """A letter's place and date: "India House, London, 11th and 12th April 1833.", "Kars, 3
    December 1920": up to six capitalised words, in parts between commas, then dates with a month
    to the end; an hour after the date ("Tiflis, February 20, 1918, 7 p.m.") is allowed."""
    text = _without_hour(text)
    found = find_dates(text)
    if not found or found[-1].end != len(text.rstrip(" .")) or len(text[found[0].start:].split()) > 8:
        return False
    if all(m is None for _, m, _ in found[-1].values.values()):
        return False     # "Baku, 1918": a year alone is a section's heading (it sets the section's year)
    place = text[:found[0].start].strip().rstrip(",")
    parts = [part.split() for part in place.split(",")]
    return (0 < len(place.split()) <= 6 and parts[0][:1] not in (["The"], ["A"], ["An"])   # a heading's subject
            and all(part and all(w[0].isupper() for w in part) for part in parts))


BULLET = re.compile(r"[•·▪◦‣*–-]\s")


def _rows_of_lists_are_no_datelines(blocks: list[Block]) -> None:
    """A date alone on its line beside a bulleted line is a row of a list, not a dateline.

    A Wikipedia page pasted with its infobox ("• Union of the Peoples … within Russia" over
    "6 March 1917" over "• Independence declared") was cut into sections, each opened by a
    "dateline" as a letter of a collection is: journey 23e. A letter's dateline heads prose."""
    for k, block in enumerate(blocks):
        if block.kind != "dateline":
            continue
        beside = [blocks[j].text for j in (k - 1, k + 1) if 0 <= j < len(blocks)]
        if any(BULLET.match(text) for text in beside):
            block.kind = "p"


def _place_over_date(one: str, two: str) -> bool:
    """Two lines of a letter's head that are, either way round, a place and a date with a month."""
    for place, date in ((one, two), (two, one)):
        if _date_only(date) and not _date_only(place) and _place_and_date(f"{place}, {date}"):
            return True
    return False


def _kind(text: str, last: bool, first: bool = False) -> str:
    found = ARCHIVAL.search(text)
    if found and found.start() < 40 and len(text.split()) <= 40:
        return "bibl"   # a line that opens with a reference; a reference inside a paragraph stays there
    if _date_only(text) or not first and _place_and_date(text):   # (a first line is the title)
        return "dateline"
    if last and _signing_formula(text):
        return "trailer"
    words = text.split()
    if re.match(r"By\s+[A-Z]", text) and len(words) <= 8:
        return "byline"
    short = len(words) <= HEADING_MAX_WORDS and not re.search(r"[.;:,]$", text)
    if short and text[0].isupper() or short and text[0] in "“\"'‘«":
        return "trailer" if last else "head"
    return "p"


# How a treaty, an armistice or a protocol closes: "Done at Moscow, in duplicate, May 4, 1932.", "Signed in
# duplicate on board His Britannic Majesty's ship Agamemnon, at Port Mudros, Lemnos, October the 30th, 1918."
SIGNING = re.compile(r"(?:Done|Signed|Concluded)\b(?:\s+(?:and\s+signed|in\s+(?:duplicate|triplicate|"
                     r"quadruplicate|\w+\s+copies|\w+\s+originals)|on\s+board\b[^,]*),?)*\s*,?\s*(?:at|in)\s+[A-Z]")


def _signing_formula(text: str) -> bool:
    """A treaty's last line that says where and when it was signed, with a year: its closing, a
    trailer, not a paragraph (encode made the Armistice of Mudros' "Signed in duplicate … October the
    30th, 1918." a twenty-sixth clause, and a trailer is what TEI admits after the articles' divisions)."""
    return bool(SIGNING.match(text)) and len(text.split()) <= 40 and bool(re.search(r"\b1[5-9]\d\d\b|\b20\d\d\b", text))


def encode(edition, seed_path: Path, doc_id: str, today: datetime.date | None = None,
           settings: HeaderSettings | None = None) -> Encoded:
    """The TEI skeleton of a seed (not written: see `serialize`)."""
    today = today or datetime.date.today()
    settings = settings or header_settings(edition)
    lines = read_seed(seed_path, _display(edition.root, seed_path))
    # a line over the limit makes a block over it: refused before segment reads each line's dates, which
    # took 20 s (load 2.4) of a 1 MB line of brackets (hostile round 35) before the same refusal
    from triglot.xmlio import MAX_TEXT_CHARS
    _within_limits([Block("p", line.strip(), number) for number, line in enumerate(lines, 1)
                    if len(line) > MAX_TEXT_CHARS], _display(edition.root, seed_path))
    # a letter's first line "Washington, December 21, 1917" was its title, its date a chronology event
    blocks, omissions = segment(lines, letter=is_letter(settings))
    articles, left = numbered_units.decide(blocks, settings.genre,
                                           signed=any(b.kind == "trailer" and _signing_formula(b.text) for b in blocks))
    for k, found in articles:
        blocks[k].n = found[0]
    for k in numbered_units.headings_before(blocks, articles[0][0]) if articles else ():
        blocks[k].kind = "head"      # "SECTION VI..", "ARMENIA." over the articles
    if not blocks:
        raise_input(_display(edition.root, seed_path), "every line of the seed was taken for website furniture; nothing is left to encode")
    _within_limits(blocks, _display(edition.root, seed_path))
    index = NameIndex(edition.registers)
    builder = Builder(doc_id, Path(seed_path).name, index, today, settings)
    tree = builder.build(blocks, omissions)
    layout(tree.getroot())
    return Encoded(tree, blocks, omissions, builder.gaps, left)


# the lower-case words closing a line whose sentence goes on on the next one: "… also left for" / "Kuchan, …"
RUN_ON = re.compile(r"(?:(?<=\s)|^)((?:[a-z]+\s+){0,2}[a-z]+)$")
# words no sentence and no heading ends with: a line closed by one runs on into the next
CANNOT_END = frozenset({"a", "an", "the", "at", "in", "into", "near", "to", "towards", "from", "of", "for", "by", "with",
                        "via", "and", "or", "between", "across", "through", "on", "upon", "against", "beyond"})


def _run_on(before: Block, block: Block) -> str:
    """The words before `block` that its first words are read after, with a space: a text printed one line a
    block (a report's typescript, a transcription keeping the page's lines) breaks its sentences at the lines'
    ends, and a name opening a line was read as a sentence's first word, with no cue before it ("… a Soviet
    commercial representative at / Kuchan, was summoned …": "Kuchan" was no place). Only a line right after
    another whose sentence runs on, its last word one no sentence or heading ends with ("near", "the", "and"; a
    short line without a stop is taken for a heading, so either may be one), and only that line's last one to
    three lower-case words: nothing in them is a name or a date to propose twice (proposals in them are dropped)."""
    if before.kind not in ("p", "head") or block.kind not in ("p", "head") or block.line != before.line + 1 \
            or not block.text[:1].isupper():
        return ""
    words = RUN_ON.search(before.text)
    return words[1] + " " if words and words[1].split()[-1] in CANNOT_END else ""


def _within_limits(blocks: list[Block], name: str) -> None:
    """Refuse, at its seed line, a block longer than a text of the edition may be (xmlio.MAX_TEXT_CHARS):
    it was tagged whole (minutes for a line of capitals) and then refused at the line of a temporary copy
    of the document, a file the editor never saw and that no longer existed."""
    from triglot.problems import InputError, Problem
    from triglot.xmlio import MAX_TEXT_CHARS
    for block in blocks:
        if len(block.text) > MAX_TEXT_CHARS:
            raise InputError([Problem(name, block.line, "limit", f"a paragraph of {len(block.text)} characters; a "
                                      f"text of the edition holds at most {MAX_TEXT_CHARS} (a file whose "
                                      "paragraphs are not separated by line ends?)")])


def is_letter(settings: HeaderSettings) -> bool:
    """encode --genre letter (or telegram, postcard): its first line may be its dateline or heading, its
    parties a correspDesc. A telegram is correspondence as much as a letter: the CMIF export lists it by
    its correspDesc and warns when it has none, so encode proposes one for it too."""
    from triglot.tei import CORRESPONDENCE_GENRES
    return any(g.lower() in CORRESPONDENCE_GENRES for g in settings.genre)


def raise_input(path, message):
    from triglot.problems import InputError, Problem
    raise InputError([Problem(str(path), 0, "seed", message)])


def _display(root: Path, path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


class Builder:
    """Builds the document: text first (ids, markup), then the header from what the text said."""

    def __init__(self, doc_id: str, seed_name: str, index: NameIndex, today: datetime.date,
                 settings: HeaderSettings):
        self.id, self.seed_name, self.index, self.today = doc_id, seed_name, index, today
        self.settings = settings
        self.letter = is_letter(settings)
        self.langs = settings.edition   # the edition's languages and their langUsage (triglot.toml)
        self.counters: dict[str, int] = {}
        self.gaps: list[str] = []
        self.archival: list[tuple[str, Block]] = []   # (msDesc id, block) of archival references
        self.recogniser = Recogniser(known_surnames=index.surnames()) if proposes_names(self.langs.base) else None

    def build(self, blocks: list[Block], omissions: list[Omission]):
        root = etree.Element(q("TEI"), nsmap={None: TEI_NS})
        root.set(XML_ID, self.id)
        base_lang = self.langs.base
        root.set(XML_LANG, base_lang)
        header = etree.SubElement(root, q("teiHeader"))
        text = etree.SubElement(root, q("text"))
        body = etree.SubElement(text, q("body"))
        base = etree.SubElement(body, q("div"), {"type": "base"})
        base.set(XML_LANG, base_lang)
        base.set(XML_ID, f"{self.id}.{base_lang}")
        elements = self._text(base, blocks)
        self._slots(body, elements)
        self._header(header, blocks, elements, omissions)
        return root.getroottree()

    def _slots(self, body, elements) -> None:
        """An empty ("untranslated") slot per block, in each translation language of the settings."""
        base_lang = self.langs.base
        for lang in self.langs.translations:
            div = etree.SubElement(body, q("div"), {"type": "translation"})
            div.set(XML_LANG, lang)
            div.set(XML_ID, f"{self.id}.{lang}")
            div.set("corresp", f"#{self.id}.{base_lang}")
            for el in elements:
                slot = etree.SubElement(div, q(slot_tag(el)), {"corresp": "#" + el.get(XML_ID), "ana": "#untranslated"})
                slot.set(XML_ID, f"{el.get(XML_ID)}.{lang}")

    # -- text ---------------------------------------------------------------
    def _text(self, base, blocks: list[Block]) -> list:
        document_year = self._document_year(blocks)
        ahead = [y for b in blocks if b.kind != "dateline" for f in find_dates(b.text) for y in f.years[-1:]]
        months_ahead = [(y, m, " ".join(f.text.split())) for b in blocks if b.kind != "dateline"
                        for f in find_dates(b.text) for y, m, _ in list(f.values.values())[:1]
                        if y is not None and m is not None]
        years = YearContext(ahead, document_year, self._document_date(blocks), months_ahead)
        if self.settings.date:
            years = self._given_date(years)
        container, seen_body, elements, article = base, False, [], None
        if hasattr(self.recogniser, "read_lands"):
            self.recogniser.read_lands("\n".join(b.text for b in blocks))    # "Ossetian" in a title
        if hasattr(self.recogniser, "read_lists"):
            self.recogniser.read_lists([(b.line, b.text) for b in blocks])    # a letterhead's members, one a line
        last_p = max((i for i, b in enumerate(blocks) if b.kind == "p"), default=-1)
        for i, block in enumerate(blocks):
            if block.n:
                article = self._article(container, block, first=article is None)
            elif article is not None and block.kind in numbered_units.CLOSING_KINDS:
                article = None       # a treaty's closing (its signing line, its date) follows its articles
            elif article is None and block.kind in TOP_KINDS and seen_body and i < last_p:
                # TEI allows headings only at the top of a division: a heading after
                # paragraphs opens a new division.
                container = etree.SubElement(base, q("div"), {"type": "section"})
                seen_body = False
            el = etree.SubElement(article if article is not None else container, q(block.kind))
            el.set(XML_ID, self._next_id(block.kind))
            if block.kind == "bibl":
                self._archival(el, block)
            if self.recogniser is not None:
                self.recogniser.last_line = block.kind == "trailer"    # a letter's signature, if a name
            lead = _run_on(blocks[i - 1], block) if i else ""
            found = propose(lead + block.text, self.index, years, in_context=block.kind != "dateline",
                            recogniser=self.recogniser, heading=block.kind == "head")
            if lead:
                found = [shifted(p, len(lead)) for p in found if p.start >= len(lead)]
            # what the editor listed as no name (names.not-names in triglot.toml) is not proposed again
            fill(el, block.text, keep(found, block.text, self.langs.not_names_for(self.id, el.get(XML_ID))))
            if block.kind not in TOP_KINDS:
                seen_body = True
            elements.append(el)
        return elements

    def _article(self, container, block: Block, first: bool):
        """The division of a treaty's article that `block` opens (numbered_units), for review."""
        div = etree.SubElement(container, q("div"), {"type": "article", "n": block.n, "ana": "#review"})
        if first:
            div.append(etree.Comment(" proposed by triglot encode: the treaty's numbered clauses, each with the "
                                     "paragraphs after it, as articles (@n the number the text prints); check "
                                     "where each begins and ends and its number, then remove ana=\"#review\" "
                                     "from each "))
        return div

    def _archival(self, el, block: Block) -> None:
        """An archival reference: marked as such, pointing at an msDesc the header will describe."""
        ms_id = "ms-" + el.get(XML_ID).replace(".", "-")
        el.set("type", "archival")
        el.set("corresp", "#" + ms_id)
        el.set("ana", "#review")
        self.archival.append((ms_id, block))

    def _manuscripts(self, source_desc) -> None:
        """One msDesc per archival reference, its numbers read from the reference, awaiting review."""
        for ms_id, block in self.archival:
            ms = sub(source_desc, "msDesc", xml_id=ms_id, ana="#review")
            ident = sub(ms, "msIdentifier")
            repo = REPOSITORY.match(block.text)
            if repo:
                sub(ident, "repository").text = repo["repo"]
            else:
                self._gap(sub(ident, "repository"), f"repository of the archival reference on line {block.line}")
            found = ARCHIVAL.search(block.text)
            for kind in ("fond", "opis", "delo"):
                sub(ident, "idno", type=kind).text = found[kind]
            ms.append(etree.Comment(f" proposed by triglot encode from line {block.line}: check the repository "
                                    "and the numbers, add the folios (msContents/msItem/locus) and the form "
                                    "(physDesc/objectDesc), then remove ana=\"#review\" "))

    def _given_date(self, years: YearContext) -> YearContext:
        """The date the editor gave (`encode --date`): a text's own date, known from outside it (a
        letter whose dateline has no year). A whole day governs the days the text names without a
        year, as a sitting's date does; a year or month is the year of last resort. Either way every
        year taken from it is inferred, so marked for review with the reason. A memoir's or a history's
        date (tei.LOOKING_BACK_GENRES) is when it was written, not when what it tells of happened: it gives
        no year; the dates the text states give theirs, and the others await the editor's year."""
        from triglot.tei import LOOKING_BACK_GENRES
        if any(g.lower() in LOOKING_BACK_GENRES for g in self.settings.genre):
            # a memoir of 1918 tells of 1915: its date gave "In early April" (Constantinople's arrests, 1915)
            # the year 1918, which a review that confirmed the proposed dates put in the chronology
            return years
        words = f"{self.settings.date}, the date given to encode"
        day = given_date.day(self.settings.date)
        if day:
            years.document_date = (*day, words)
        # a range over two years gives no year of last resort: its year-less dates stay without one
        years.document_year = given_date.year(self.settings.date)
        return years

    def _creation(self, date, elements) -> None:
        """The given date against the dates the text's heading and dateline state: where none meets it
        ("June 28, 1919" for --date 1918-06-28, or a year-less "June 28" for 1918-07-15, which takes the
        given year but keeps its own day), one of the two is wrong and the header's date would misdate
        the letter everywhere unseen, so it awaits review with the text's words."""
        from triglot.editor.letter_dates import span
        stated = [d for el in elements if el.tag in (q("head"), q("dateline")) for d in el.iter(q("date"))
                  if span(d) is not None]
        if not stated or any(span(d)[0] <= span(date)[1] and span(date)[0] <= span(d)[1] for d in stated):
            return
        words = normalize_space("".join(stated[0].itertext()))
        date.set("ana", "#review")
        date.addnext(etree.Comment(f" review: the text states “{words}” ({stated[0].get('when') or ''}), not the "
                                   f"date given to encode ({self.settings.date}): which is the text's? "))

    def _source_after_text(self, date, elements) -> None:
        """A given source date that ends before every date the text's heading and dateline state (`--source-date
        1920` for a letter dated "June 28, 1921"): a source cannot print a text before it was written, so one
        of the two is wrong. The text's date is read by the tagger, a proposal, so this is not refused as a
        --date before it is: the source's date awaits review with the text's words, and `check --rule
        letter-date` names it as long as the two disagree (before, both passed silently: hostile round 34)."""
        from triglot.editor.letter_dates import span
        given = span(date)
        stated = [d for el in elements if el.tag in (q("head"), q("dateline")) for d in el.iter(q("date"))
                  if span(d) is not None]
        if given is None or not stated or any(span(d)[0] <= given[1] for d in stated):
            return
        words = normalize_space("".join(stated[0].itertext()))
        date.set("ana", "#review")
        date.addnext(etree.Comment(f" review: the text states “{words}” ({stated[0].get('when') or ''}), after the "
                                   f"source's date given to encode ({self.settings.source_date}): a source cannot "
                                   "print a text before it was written; which is wrong? "))

    def _document_date(self, blocks: list[Block]) -> tuple[int, int, int, str] | None:
        """The text's own full date, from a report's heading before its first paragraph ("HC Deb 14 November
        1918 vol 110 c2886"): a sitting's day, month and year, which govern the days its answers name.
        (Not any dateline: the curated letters' datelines do not govern the days their texts tell of.)"""
        from triglot.editor.recognize_house import REPORT_HEADING
        for b in blocks:
            if b.kind == "p":
                return None
            if b.kind != "head" or not REPORT_HEADING.match(b.text):
                continue
            for f in find_dates(b.text):
                when = f.values.get("when")
                if len(f.values) == 1 and when and all(part is not None for part in when):
                    return (*when, " ".join(f.text.split()))
        return None

    def _document_year(self, blocks: list[Block]) -> int | None:
        for b in blocks:
            if b.kind == "dateline":
                for f in find_dates(b.text):
                    if f.years:
                        return f.years[0]
        return None

    def _next_id(self, kind: str) -> str:
        letter = KIND_LETTER[kind]
        self.counters[letter] = self.counters.get(letter, 0) + 1
        return f"{self.id}.{letter}{self.counters[letter]}"

    # -- header -------------------------------------------------------------
    def _header(self, header, blocks, elements, omissions) -> None:
        title_el = next((el for el in elements if el.tag == q("head")), None)
        byline = next((el for el in elements if el.tag == q("byline")), None)
        dateline = _opening_dateline(elements)
        file_desc = sub(header, "fileDesc")
        title_stmt = sub(file_desc, "titleStmt")
        main = sub(title_stmt, "title", type="main")
        main.set(XML_LANG, self.langs.base)
        if title_el is not None:
            main.text = _title(elements)
        else:
            self._gap(main, "title: the text has no heading; supply the title")
        base_name = language_name(self.langs.base, "en")
        for lang in self.langs.translations:
            t = sub(title_stmt, "title", type="main")
            t.set(XML_LANG, lang)
            self._gap(t, f"{language_name(lang, 'en')} title: to be translated from the {base_name} title")
        author = sub(title_stmt, "author")
        self._author(author, byline)
        self._publication(title_stmt, file_desc)
        source_desc = sub(file_desc, "sourceDesc")
        bibl = sub(source_desc, "bibl", type="seed")
        self._author(sub(bibl, "author"), byline)
        st = sub(bibl, "title", level="a")
        if title_el is not None:
            st.text = main.text
        else:
            self._gap(st, "title of the source")
        self._setting(sub(bibl, "publisher"), self.settings.source,
                      "site or publication: the text does not name it (encode --source)")
        if self.settings.source_url:
            sub(bibl, "ref", target=self.settings.source_url).text = self.settings.source_url
        self._source_date(bibl, dateline, elements)
        sub(bibl, "idno", type="seed").text = self.seed_name
        # no note of what encode did here: a note of the source's bibl describes the source in the records
        # libraries harvest (MODS relatedItem, DC source), and the skeleton's "proposed … for the editor's
        # review" reached them (journey 24l); the revisionDesc change below records it
        self._manuscripts(source_desc)
        self._encoding_desc(header, omissions)
        profile = sub(header, "profileDesc")
        self._lang_usage(profile)
        if self.settings.date:
            # the text's date as the editor knows it: the edition's order and records read it from here
            # (a range, 1920-06/1920-07, is a date between the two: notBefore and notAfter)
            self._creation(sub(sub(profile, "creation"), "date", **given_date.attributes(self.settings.date)),
                           elements)
        used = sorted({d.get("calendar")[1:] for el in elements for d in el.iter(q("date"))
                       if (d.get("calendar") or "").startswith("#")})
        if used:
            # each calendar a proposed date points at (@calendar) is described here; @when stays Gregorian
            calendars = sub(profile, "calendarDesc")
            for ident in used:
                sub(sub(calendars, "calendar", xml_id=ident), "p").text = CALENDARS.get(ident, ident)
        if self.letter:
            # who wrote to whom, where and when, as its heading, dateline and signature say (for review)
            correspondence.propose(profile, elements, self.settings.date)
        self._text_class(profile)
        self._revision(header, "Skeleton made by triglot encode from the seed file.")
        # what was proposed, where: retag reads it, and proposes nothing again that the editor removed
        proposal_record.record(header, proposal_record.of_blocks(elements), self.today.isoformat())

    def _publication(self, title_stmt, file_desc) -> None:
        """The edition's part of a header (respStmts, editionStmt, publicationStmt), from the settings."""
        resps = [("resp-editors", "edited and encoded by")] + [
            (f"{DRAFTER_PREFIX}{lang}", drafter_resp(lang, self.langs.base)) for lang in self.langs.translations]
        for rid, resp in resps:
            rs = sub(title_stmt, "respStmt", xml_id=rid)
            sub(rs, "resp").text = resp
            edition = self.settings.edition
            if rid == "resp-editors" and edition is not None and edition.editors:
                for tag, name in edition.editor_names():    # the settings' editors, not the press
                    sub(rs, tag).text = name
                continue
            self._setting(sub(rs, "orgName"), self.settings.publisher, "who is responsible (the edition's publisher)")
        sub(sub(file_desc, "editionStmt"), "edition", n=self.settings.version or "0.1").text = \
            self.settings.statement or self.EDITION_NOTE
        pub = sub(file_desc, "publicationStmt")
        self._setting(sub(pub, "publisher"), self.settings.publisher, "publisher (encode --publisher)")
        if self.settings.uri_base:
            sub(pub, "idno", type="URI").text = self.settings.uri_base + self.id
        avail = sub(pub, "availability", status="free" if self.settings.licence_url else "unknown")
        if self.settings.licence_url:
            own = {"source": self.settings.source_url} if self.settings.own_licence else {}
            lic = sub(avail, "licence", target=self.settings.licence_url, **own)
            lic.text = self.settings.licence_label or self.settings.licence_url
            if self.settings.edition_licence:
                self._public_domain(avail, lic)
        else:
            self._gap(sub(avail, "p"), "licence of the edition (encode --licence-url)")
        sub(pub, "date", when=self.today.isoformat()).text = self.today.isoformat()

    def _public_domain(self, avail, mark) -> None:
        """A source text in the public domain: the mark covers that text, with the reason the editor
        gives (encode --licence-reason), and the edition's licence stands beside it for what the
        project adds, its draft translations, notes and encoding (ENCODING.md, "Files"); the mark
        alone was read by MODS and Dublin Core as covering the whole document."""
        base = language_name(self.langs.base, "en")
        sub(mark, "note", type="covers").text = f"the source text ({base}), as received"
        if self.settings.licence_reason:
            sub(mark, "note", type="reason").text = self.settings.licence_reason
        url, label = self.settings.edition_licence
        own = sub(avail, "licence", target=url)
        own.text = label
        drafts = ", ".join(language_name(lang, "en") for lang in self.langs.translations)
        sub(own, "note", type="covers").text = (f"the draft translations ({drafts}), " if drafts else "") + \
            "the editorial notes and the encoding"

    def _lang_usage(self, profile) -> None:
        usage = sub(profile, "langUsage")
        for ident in self.langs.languages:
            sub(usage, "language", ident=ident).text = self.langs.language_usage(ident)

    def _text_class(self, profile, terms: list[str] | None = None) -> None:
        keywords = sub(sub(profile, "textClass"), "keywords")
        terms = terms or self.settings.genre
        if terms:
            for term in terms:
                sub(keywords, "term").text = term
        else:
            self._gap(sub(keywords, "term"), "genre of the text (encode --genre, e.g. letter, article)")

    def _revision(self, header, what: str) -> None:
        rev = sub(header, "revisionDesc")
        sub(rev, "change", when=self.today.isoformat(), who="#resp-editors").text = what

    def _author(self, author, byline) -> None:
        if byline is None:
            self._gap(author, "author: the text does not say who wrote it")
            return
        names = [c for c in byline if c.tag == q("persName")]
        if names:
            # a name the registers do not know yet is a proposal without @ref: the author's name
            # is proposed with it, for review ("By John Stuart Mill" in a new edition)
            name = sub(author, "persName", **{k: names[0].get(k) for k in ("ref", "ana") if names[0].get(k)})
            name.text = names[0].text
        else:
            author.text = re.sub(r"^By\s+", "", normalize_space("".join(byline.itertext())))

    def _source_date(self, bibl, dateline, elements) -> None:
        """The source's date: the one the editor gives (`--source-date`: FRUS 1920 was printed in 1936,
        and a letter's dateline is the letter's date, not its source's), else an opening dateline's."""
        if self.settings.source_date:
            date = sub(bibl, "date", when=self.settings.source_date)
            date.text = self.settings.source_date
            self._source_after_text(date, elements)
            return
        dates = [] if dateline is None else [c for c in dateline if c.tag == q("date")]
        if dates and dates[0].get("when"):
            sub(bibl, "date", when=dates[0].get("when")).text = dates[0].get("when")
        else:
            self._gap(sub(bibl, "date"), "date of the source: the text does not give it")

    def _setting(self, el, value: str | None, what: str) -> None:
        if value:
            el.text = value
        else:
            self._gap(el, what)

    def _gap(self, parent, what: str) -> None:
        gap = sub(parent, "gap", reason="editorial")
        sub(gap, "desc").text = f"to be supplied by the editor: {what}"
        self.gaps.append(what)

    EDITION_NOTE = "Draft encoding made by triglot encode"
    OMITTED_INTRO = ("The text of the seed file is encoded except the following lines and fragments of lines, "
                     "which triglot encode took for website furniture; the editor must confirm each "
                     "(blank lines are not recorded):")

    def _encoding_desc(self, header, omissions: list[Omission]) -> None:
        enc = sub(header, "encodingDesc")
        self._setting(sub(sub(enc, "projectDesc"), "p"), self.settings.project, "description of the edition")
        sampling = sub(enc, "samplingDecl")
        p = sub(sampling, "p")
        if omissions:
            p.text = self.OMITTED_INTRO
            lst = sub(p, "list")
            for o in omissions:
                item = sub(lst, "item", n=str(o.line))
                sub(item, "quote").text = o.text
                item[-1].tail = f" — {o.reason}"
        else:
            p.text = "The whole text of the seed file is encoded; no line is omitted."
        ed = sub(enc, "editorialDecl")
        sub(sub(ed, "correction"), "p").text = ("Errors of the source are kept and marked with sic, with the "
                                                "correction in corr or an editorial note; nothing is silently corrected.")
        sub(sub(ed, "normalization"), "p").text = ("The text is not normalised; spelling, punctuation and "
                                                   "quotation marks are as received.")
        sub(sub(ed, "interpretation"), "p").text = (
            "Persons, places and organisations are tagged with persName, placeName and orgName pointing at the "
            "edition's registers (a name the registers do not know yet has no pointer, awaits review and its "
            "comment proposes the entry to add); "
            "dates are tagged with date and ISO 8601 values. The markup was proposed by triglot encode: a "
            "proposal it was not sure of carries cert=\"low\" or \"medium\", ana=\"#review\" and a comment "
            "saying why; the editor confirms or corrects it and removes ana and the comment.")
        refs = sub(enc, "refsDecl")
        base = self.settings.uri_base
        if base:
            pattern = sub(refs, "cRefPattern", matchPattern="(.+)", replacementPattern=f"{base}{self.id}#$1")
            sub(pattern, "p").text = (
                f"Every block of the {language_name(self.langs.base, 'en')} text, every translation slot and "
                "every other element with an "
                f"identifier is cited by the document's permanent URL, a hash and its identifier, e.g. "
                f"{base}{self.id}#{self.id}.p1.")
        else:
            self._gap(sub(refs, "p"), "how passages are cited: the edition's URI base (triglot.toml, uri-base)")
        cls = sub(enc, "classDecl")
        states = sub(cls, "taxonomy", xml_id="slot-states")
        for ident, desc in (("untranslated", "untranslated: the slot has no translation yet"),
                            ("draft", f"draft: a translation of the {language_name(self.langs.base, 'en')} text "
                                      "that no translator has reviewed"),
                            ("reviewed", "reviewed: a translation checked by the translator named in resp")):
            sub(sub(states, "category", xml_id=ident), "catDesc").text = desc
        review = sub(sub(cls, "taxonomy", xml_id="triglot-review"), "category", xml_id="review")
        sub(review, "catDesc").text = ("awaiting review: markup proposed by triglot encode that an editor must "
                                    "confirm or correct")
        prefixes = sub(enc, "listPrefixDef")
        files = {}
        for reg in self.langs.registers:     # the settings name the registers' files (people.xml…)
            files.setdefault(reg.kind, reg.file)
        for kind, ident, what in PREFIX_DEFS:
            pd = sub(prefixes, "prefixDef", ident=ident, matchPattern=r"([a-z0-9\-]+)",
                     replacementPattern=f"{files.get(kind, DEFAULT_FILES[kind])}#$1")
            sub(pd, "p").text = what


# The private-URI prefixes of names (names.PREFIXES), each pointing at the settings' register of its
# kind; a kind the settings have no register for points where `triglot register` would suggest one.
PREFIX_DEFS = (("person", "psn", "Persons: entries of the edition's register of persons."),
               ("place", "plc", "Places: entries of the edition's register of places."),
               ("org", "org", "Organisations: entries of the edition's register of organisations."))
DEFAULT_FILES = {"person": "persons.xml", "place": "places.xml", "org": "orgs.xml"}

# What the header's calendarDesc says of a calendar a proposed date is in (dates.py reads them).
CALENDARS = {"solar-hijri": "Solar Hijri (Iranian, Jalali) calendar: the date's words are in it; its @when, "
                            "@from and @to give the same days in the Gregorian calendar, computed by triglot encode."}


def sub(parent, tag: str, xml_id: str | None = None, **attrs):
    """A new TEI child element; `xml_id` sets its xml:id (a keyword cannot hold the colon)."""
    el = etree.SubElement(parent, q(tag), {k: v for k, v in attrs.items()})
    if xml_id is not None:
        el.set(XML_ID, xml_id)
    return el


# Elements whose content is text: they stay on one line each, their text untouched.
TEXT_BLOCKS = {"p", "head", "dateline", "byline", "trailer", "bibl", "quote", "note", "ab", "l", "item", "label"}


def layout(el, level: int = 0) -> None:
    """One block per line, nested structure indented, so that `file:line` names a block.

    Only white space between structural elements is touched; the text of a
    block (mixed content) is never re-indented.
    """
    from triglot.tei import local
    children = [c for c in el if isinstance(c.tag, str)]
    if not children or local(el) in TEXT_BLOCKS or (el.text and el.text.strip()) \
            or any(c.tail and c.tail.strip() for c in el):
        return
    inner = "\n" + "  " * (level + 1)
    el.text = inner
    for child in el:
        child.tail = inner
        if isinstance(child.tag, str):
            layout(child, level + 1)
    el[-1].tail = "\n" + "  " * level


def serialize(tree) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(tree, encoding="UTF-8") + b"\n"


def target_path(root: Path, doc_id: str, output: str | None) -> Path:
    return Path(output).resolve() if output else root / "tei" / f"{doc_id}.xml"


def register_clash(root: Path, settings, target: Path, rule: str):
    """The problem of writing a document over a register file (`--id persons` with `--force` replaced
    tei/persons.xml, and every name of the edition lost its entry), or None. Even --force may not."""
    from triglot.problems import Problem
    for reg in settings.registers:
        if (root / "tei" / reg.file).resolve() == target.resolve():
            name = str(target.relative_to(root)) if target.is_relative_to(root) else str(target)
            return Problem(name, 0, rule, f"{reg.file} is the register {reg.name!r} of the settings, "
                                                 "not a document; give the new document another id")
    return None


def _opening_dateline(elements):
    """The dateline that opens the text (before its first paragraph), whose date is the source's own:
    a line that is only a date further on is a line of the text (journey 23e: a Wikipedia page's
    infobox row "6 March 1917", below the title and a paragraph, made the article "published"
    on 6 March 1917 in its header, its citations and the web page, with no mark for review)."""
    for el in elements:
        if el.tag == q("p"):
            return None
        if el.tag == q("dateline"):
            return el
    return None
