"""Reading another project's TEI body as Triglot blocks: one reader for import and for fidelity.

`triglot import-tei` keeps the received file as the seed, byte for byte, and the
fidelity check must then read that seed the way the importer did: both call
`read` here, so what the edition says the seed holds and what the seed holds
cannot drift apart. The reader keeps a text's blocks (`p`, `ab`, `head`,
`dateline`, `salute`, `signed`, verse lines, list items…), the inline markup the
edition uses (names, dates, `choice`, `hi`, `foreign`, `q`, `quote`), and lists
every text it leaves out (page furniture, deletions, notes, figures) as an
omission at its line in the source file; a gap and supplied text are kept as they are
marked. Any other element keeps its text and loses its tag; the reader counts them,
so the importer can say what it dropped.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from triglot.i18n import canonical_tag
from triglot.problems import InputError, Problem
from triglot.tei import TEI_NS, local, normalize_space, q, seed_text
from triglot.xmlio import parse_bytes, read_regular

# Elements whose text is left out, with the reason written into samplingDecl.
OMITTED = {
    "pb": "page break of the source", "cb": "column break of the source", "milestone": "milestone of the source",
    "fw": "running head, catchword or page number of the source (forme work)",
    "del": "deleted in the source",
    "note": "note of the source's editors", "figure": "figure of the source",
    "surplus": "marked as surplus by the source's editors", "metamark": "metamark of the source",
    "address": "address of the letter, outside its text", "stamp": "stamp or postmark",
    "addSpan": "span marker of the source", "delSpan": "span marker of the source", "anchor": "anchor",
    "front": "front matter of the source (title page, preface, cast list…), outside its body",
    "back": "back matter of the source (appendix, notes, index…), outside its body",
    "rdg": "a reading of another witness in the source's apparatus",
    # what the source's editors say of a witness at this point ("hyphenated in the print"): inside an app it was
    # dropped unsaid, after one its words ran into the text ("bride cakehyphenated in the print arrived";
    # hostile46's leftover)
    "witDetail": "a detail of a witness in the source's apparatus",
    # the witnesses of a reading written out in words ("Digital Mitford; L'Estrange 1870"): beside an app's
    # readings they were dropped unsaid, inside the chosen reading they ran into the text ("bride cakeDigital
    # Mitford arrived"; hostile47's leftover)
    "wit": "the witnesses of a reading in the source's apparatus",
}
# Blocks: the source element -> the element the edition writes.
BLOCKS = {"p": "p", "ab": "ab", "head": "head", "dateline": "dateline", "salute": "salute", "signed": "signed",
          "byline": "byline", "docDate": "docDate", "trailer": "trailer", "label": "label", "item": "item",
          "l": "ab"}
# A play's speech (`sp`) as the blocks the edition already has, so that every column and book shows it: its
# `speaker` is a label of type "speaker" (a block, so each translation has a slot for the name), a
# stage direction between blocks an ab of type "stage"; the `sp` itself is no container of the edition
# (TEI admits a label in a div, not in an sp), and its blocks follow one another in the division.
SPEECH = {"speaker": ("label", "speaker"), "stage": ("ab", "stage")}
# Containers kept with their name (their blocks inside them).
CONTAINERS = {"opener", "closer", "postscript", "list"}
DIVS = {"div", *(f"div{n}" for n in range(1, 8))}
# Divisions that are not the text but its editors' other versions of it (the Lassberg letters give the
# transcription, then a normalised version, an English translation and a summary): left out, listed.
OTHER_VERSIONS = {"translation", "normalized", "normalised", "regularized", "regularised", "modernized",
                  "modernised", "summary", "abstract", "regest", "commentary"}
# Inline elements kept, with the attributes kept on each.
KEPT_INLINE = {"persName": ("cert",), "placeName": ("cert",), "orgName": ("cert",),
               "date": ("when", "notBefore", "notAfter", "from", "to", "cert"),
               "hi": ("rend",), "foreign": (), "q": (), "quote": (), "sic": (),
               # what the source's editors marked as missing or added: the pages show "[…]" for a
               # gap and brackets round supplied text, so neither passes for the witness's own words
               "gap": ("reason", "extent", "unit", "quantity"), "supplied": ("reason",),
               # an editors' reading alone, outside a choice (a correction, regularisation or expansion whose
               # received form the source does not give): kept as theirs, so it is no part of the seed's text
               # (tei.EDITORIAL_TAGS) and a page marks a correction; its tag was dropped and the editors' word
               # read as the witness's. A received form alone (orig, abbr; sic above) keeps its tag too.
               "corr": (), "reg": (), "expan": (), "orig": (), "abbr": (),
               # a stage direction inside a line or paragraph ("Так охвативших друг друга! (Показывает
               # руками.)"): the author's words, set apart from the words spoken, as between blocks
               "stage": ()}
# Inline elements whose words a page marks (brackets, "[corrected: …]", "[sic]", italics): one without words is
# not kept, since its mark would stand beside nothing.
MARKED_WORDS = {"corr", "reg", "expan", "orig", "abbr", "sic", "supplied", "stage"}
# A referring string of a person, place or organisation (rs type="place", as the Lassberg letters tag
# names) is that name.
RS_NAMES = {"person": "persName", "place": "placeName", "org": "orgName", "organisation": "orgName",
            "organization": "orgName"}
CHOICE_PARTS = {"sic": "corr", "orig": "reg", "abbr": "expan"}     # as received -> the editors' reading
EDITORIAL_PARTS = ("corr", "reg", "expan")
ISO_DATE = re.compile(r"-?\d{4}(?:-\d\d(?:-\d\d)?)?")
# A language tag as xml:lang takes it (xs:language, white space collapsed): "en", "en-GB", "nl".
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
CERT = {"high", "medium", "low", "unknown"}


@dataclass
class Block:
    element: object        # the edition's element (TEI namespace), without an id
    line: int              # the line of the source file where the block starts


@dataclass
class Omission:
    line: int
    text: str
    reason: str


@dataclass
class Name:
    element: object        # the edition's persName, placeName or orgName
    ref: str               # the source's @ref or @key
    line: int


@dataclass
class Source:
    root: object                               # the source's TEI element
    base: object                               # a div holding the blocks and their containers
    blocks: list[Block] = field(default_factory=list)
    omissions: list[Omission] = field(default_factory=list)
    dropped: Counter = field(default_factory=Counter)    # element name -> times its tag was dropped
    texts_left: Counter = field(default_factory=Counter)  # element name left out -> the texts of it listed
    values: list[str] = field(default_factory=list)      # attribute values left out, and why
    rewritten: list[str] = field(default_factory=list)   # attribute values kept in another spelling, and why
    names: list[Name] = field(default_factory=list)
    line_count: int = 0
    witness: str = ""       # the witness whose readings an apparatus without lem gives as the text
    witness_chosen: bool = False    # the editor named it (import-tei --witness), rather than the listWit's order
    witness_groups: frozenset = frozenset()   # "#G" of each listWit with an xml:id that holds the witness
    apps: int = 0           # the apps read
    without_lem: int = 0    # the apps that give no lem (their text is the witness's reading)
    unwitnessed: list[int] = field(default_factory=list)   # lines of apps giving the witness no reading
    dangling_wits: dict = field(default_factory=dict)       # "#X" a reading or witDetail names, no listWit has -> lines

    def seed_lines(self) -> list[tuple[int, str]]:
        """The seed's "lines" as fidelity reads them: for each line of the source file where a block
        or an omitted text starts, the omitted texts first (so an omission is found where it is
        listed), then the blocks' texts as the edition keeps them (seed_text)."""
        at: dict[int, tuple[list[str], list[str]]] = {}
        for o in self.omissions:
            at.setdefault(o.line, ([], []))[0].append(o.text)
        for b in self.blocks:
            text = normalize_space(seed_text(b.element))
            if text:
                at.setdefault(b.line, ([], []))[1].append(text)
        return [(line, " ".join(first + second)) for line, (first, second) in sorted(at.items())]


def read(path: Path, name: str | None = None, witness: str | None = None) -> Source:
    """The blocks of a TEI file's body; InputError (file:line: rule: message) when it is not TEI.
    `witness`: the xml:id of the source's witness (listWit) whose readings an apparatus without `lem`
    gives as the text (import-tei --witness; the document records it, and fidelity reads the seed so)."""
    name = name or str(path)
    data = read_regular(Path(path), name)
    tree = parse_bytes(data, name)     # refuses a DOCTYPE, entities, a file over the size limit
    root = tree.getroot()
    if root.tag == q("teiCorpus"):
        held = len(root.findall(f".//{q('TEI')}"))
        included = len(root.findall(".//{http://www.w3.org/2001/XInclude}include"))
        raise InputError([Problem(name, root.sourceline or 1, "import-tei",
                                  f"the file is a teiCorpus (a corpus header with {held} TEI text(s) in it and "
                                  f"{included} included from other files), not one TEI text: import each TEI "
                                  "file of the corpus on its own")])
    if root.tag != q("TEI") and root.tag.startswith("{" + TEI_NS + "}"):
        raise InputError([Problem(name, root.sourceline or 1, "import-tei",
                                  f"the root element is {local(root)}, a part of a TEI text, not a TEI element "
                                  "(teiHeader and text): import-tei takes a whole TEI P5 file (a page of a "
                                  "project that keeps one surface per file is imported from the project's TEI "
                                  "file that joins them)")])
    if root.tag != q("TEI"):
        raise InputError([Problem(name, root.sourceline or 1, "import-tei",
                                  f"the root element is {root.tag!r}, not a TEI element of the TEI namespace "
                                  f"({TEI_NS}); only TEI P5 files are imported")])
    body = root.find(f"{q('text')}/{q('body')}")
    if body is None:
        raise InputError([Problem(name, root.sourceline or 1, "import-tei",
                                  "the file has no text/body: nothing to import (a teiCorpus or a "
                                  "text made of group is not read; import each TEI file of it)")])
    source = Source(root=root, base=etree.Element(q("div"), nsmap={None: TEI_NS}),
                    line_count=data.count(b"\n") + 1)
    divs = [c for c in body if isinstance(c.tag, str) and local(c) in DIVS
            and (c.get("type") or "").strip().lower() not in OTHER_VERSIONS]
    letters = root.find(f"{q('teiHeader')}/{q('profileDesc')}/{q('correspDesc')}") is not None
    # a letter, or a text in one division, is a document (ENCODING.md: div type="document"); the
    # several top-level divisions of a book or an article are its sections
    source.witness = _base_witness(root, body)
    if witness is not None:
        source.witness, source.witness_chosen = _chosen_witness(root, name, witness), True
    source.witness_groups = _groups_of(root, source.witness)
    reader = _Reader(source, "document" if letters or len(divs) == 1 else "section")
    reader.structure(body, source.base, top=True)
    reader._flush()
    source.dangling_wits = _dangling_wits(root)
    for part in ("front", "back"):
        # a play's title page, a book's preface, an appendix: text of the source the edition's blocks
        # do not hold, so listed at its lines rather than lost
        for matter in root.iterfind(f"{q('text')}/{q(part)}"):
            reader.matter(matter, part)
    if not source.blocks:
        letters_listed = root.findall(f"{q('teiHeader')}/{q('profileDesc')}/{q('correspDesc')}")
        if letters_listed:
            raise InputError([_letters_without_text(name, body, letters_listed)])
        raise InputError([Problem(name, body.sourceline or 1, "import-tei",
                                  "the body holds no text the importer reads as a block (p, ab, head, l, "
                                  "item, opener, closer…)")])
    return source


def _letters_without_text(name: str, body, described) -> Problem:
    """A header that describes letters (correspDesc) over a body without their text: a CMIF file (the
    Correspondence Metadata Interchange Format, which lists an edition's letters for correspSearch), or a
    letter's metadata alone. Said as such, with where the letters' texts are (each correspDesc's @ref),
    rather than as a body "with no block": a letters editor then imports each letter's own TEI file."""
    where = [normalize_space(d.get("ref") or "") for d in described if normalize_space(d.get("ref") or "")]
    shown = ", ".join(where[:3]) + (f" and {len(where) - 3} more" if len(where) > 3 else "")
    what = (f"a CMIF letters list: its header describes {len(described)} letters (correspDesc: senders, "
            "addressees, places and dates)" if len(described) > 1 else
            "a letter's description alone: its header describes one letter (correspDesc: sender, addressee, "
            "places and dates)")
    return Problem(name, body.sourceline or 1, "import-tei",
                   f"the file is {what} and its body holds no letter text: a document of the edition is a "
                   "text, so import each letter's own TEI file from the edition that publishes it"
                   + (f" (the correspDesc's ref: {shown})" if where else
                      " (the file gives no address of their texts: its sourceDesc names the edition, printed "
                      "or online, that holds them)")
                   + "; the edition's own letters list for correspSearch is written by `triglot export` (cmif/)")


# a source division's type the edition keeps: a treaty's articles and clauses are its numbered units
ARTICLE_TYPES = {"article", "clause"}


def _division_type(src, otherwise: str) -> str:
    """"article" for a source's article or clause (its @n then labels, anchors and cites it, as
    ENCODING's "A number in the text and @n" says), else `otherwise`: import wrote every division
    as a section and dropped its @n, so an imported treaty lost its article numbers (hostile round 36)."""
    return "article" if (src.get("type") or "").strip().lower() in ARTICLE_TYPES else otherwise


class _Reader:
    def __init__(self, source: Source, top_type: str):
        self.s, self.top_type = source, top_type
        self.who: list[str] = []       # the `who` of the speech being read (sp/@who)
        # text added to an element's text or a child's tail, joined once when the block is read (_flush): each
        # addition made a new string of all the text before it, and a paragraph of 40,000 dropped tags took the
        # import 22 CPU-s, the square of its length (hostile46)
        self._pending: dict = {}

    def _add_text(self, out, text) -> None:
        if not text:
            return
        last = _last(out)
        key = (out, "text") if last is None else (last, "tail")
        parts = self._pending.get(key)
        if parts is None:
            self._pending[key] = parts = [getattr(key[0], key[1]) or ""]
        parts.append(text)

    def _flush(self) -> None:
        """The text added since the last flush, written into the elements (before any of it is read)."""
        for (node, attr), parts in self._pending.items():
            setattr(node, attr, "".join(parts))
        self._pending.clear()

    # -- structure: divisions, containers and blocks ---------------------------------------
    def structure(self, src, out, top: bool = False) -> None:
        self._loose(src.text, src)
        for child in src:
            if isinstance(child.tag, str):
                self._structural(child, out, top)
            self._loose(child.tail, child)

    def _structural(self, child, out, top: bool) -> None:
        name = _name(child)
        if name in OMITTED:
            self._omit(child, name)
        elif name in ("lb", "gap", "space"):
            if name == "gap":      # a lacuna between blocks: no block to mark it in, so said in the report
                self.s.dropped["gap (between blocks)"] += 1
            return
        elif name in DIVS and (child.get("type") or "").strip().lower() in OTHER_VERSIONS:
            kind = child.get("type").strip()
            self.s.dropped[f'div type="{kind}"'] += 1
            text = normalize_space("".join(child.itertext()))
            if text:
                self.s.texts_left[f'div type="{kind}"'] += 1
                self.s.omissions.append(Omission(child.sourceline or 0, text, f"the {kind.lower()} its editors give "
                                                 f'beside the text (div type="{kind}"), not the text'))
        elif name in DIVS:
            div = etree.SubElement(out, q("div"), type=_division_type(child, self.top_type if top else "section"))
            number = normalize_space(child.get("n") or "")
            from triglot.validate.rules import NUMBER_LIMIT
            if len(number) > NUMBER_LIMIT:
                self.s.dropped[f"div/@n of more than {NUMBER_LIMIT} characters"] += 1
            elif number:
                div.set("n", number)     # a treaty's "Article 2" is cited by its number (hostile round 36)
            self.structure(child, div)
        elif name in ("opener", "closer"):
            self._opener_closer(child, out, name)
        elif name in CONTAINERS:
            self.structure(child, etree.SubElement(out, q(name)))
            _drop_if_empty(out[-1])
        elif name == "lg":
            # Verse: a quotation of lines (TEI's lg holds l only); each line an ab of type verse.
            wrap = out if local(out) == "quote" and out.get("type") == "verse" else \
                etree.SubElement(out, q("quote"), type="verse")
            self.structure(child, wrap)
            _drop_if_empty(wrap)
        elif name == "sp":
            # a speech: its speaker's name and its lines or paragraphs, one after another (SPEECH); its
            # `who` (the cast list's person) is kept on the speaker's name (_speaker_name)
            outer, self.who = self.who, (child.get("who") or "").split()
            self.structure(child, out)
            self.who = outer
        elif name in SPEECH:
            made = len(self.s.blocks)
            self._block(child, out, SPEECH[name][0], kind=SPEECH[name][1])
            # (only a label this speaker made: an empty <speaker/> makes none, and the block before it, the
            # last speech's line, was made the speaker's name; review34)
            if name == "speaker" and len(self.s.blocks) > made and self.s.blocks[-1].element is _last(out):
                self._speaker_name(child, out[-1])
        elif name in BLOCKS:
            tag = "ab" if local(out) == "quote" and out.get("type") == "verse" else BLOCKS[name]
            self._block(child, out, tag, kind="verse" if name == "l" else None)
        elif name == "app":
            self._app(child, out, structural=True)
        elif name == "quote" and _has_blocks(child):
            self.structure(child, etree.SubElement(out, q("quote")))
            _drop_if_empty(out[-1])
        elif _has_blocks(child):
            self.s.dropped[name] += 1          # a container the edition does not use: its blocks kept
            self.structure(child, out)
        elif normalize_space("".join(child.itertext())):
            self.s.dropped[name] += 1          # text outside any block: a paragraph of its own
            self._block(child, out, "p", wrap_self=name in KEPT_INLINE)    # a quote stays a quote in it
        elif name == XINCLUDE:
            self._include(child)

    def _speaker_name(self, src, label) -> None:
        """The speaker's name as a name of the person `sp/@who` points at (a play's cast list, its
        particDesc: "#Klefiston"), so the import proposes the register entry and the name points at it, as a
        name in the text does; `who` was dropped, and the label was a name pointing nowhere. A speech of
        several speakers ("Оба", both) or a label that names someone itself is left as the source has it."""
        if len(self.who) != 1 or any(local(c) in RS_NAMES.values() for c in label.iter() if isinstance(c.tag, str)):
            return
        name = etree.Element(q("persName"))
        name.text, label.text = label.text, None
        for kid in list(label):
            name.append(kid)
        label.append(name)
        self.s.names.append(Name(name, self.who[0], src.sourceline or 0))

    def _opener_closer(self, src, out, name: str) -> None:
        """A letter's opener or closer: its dateline, salute and signed are blocks; one with loose
        text ("Farewell… Maria Edgeworth") is one block, a dateline or a signature, as a whole."""
        loose = any((t or "").strip() for t in [src.text] + [c.tail for c in src]) or any(
            isinstance(c.tag, str) and local(c) not in BLOCKS and local(c) not in OMITTED and local(c) != "lb"
            and normalize_space("".join(c.itertext())) for c in src)
        wrap = etree.SubElement(out, q(name))
        if loose:
            self._block(src, wrap, "signed" if name == "closer" else "dateline")
        else:
            self.structure(src, wrap)
            _drop_if_empty(wrap)

    def _block(self, src, out, tag: str, kind: str | None = None, wrap_self: bool = False) -> None:
        el = etree.SubElement(out, q(tag))
        if kind:
            el.set("type", kind)
        if wrap_self:
            self.inline_child(src, el)
        else:
            self.inline(src, el)
        self._language(src, el, declared(src))
        self._flush()
        _tidy(el)
        if not normalize_space(seed_text(el)):
            out.remove(el)      # nothing of the received text in it (an empty salute, a page break alone)
            return
        self.s.blocks.append(Block(el, src.sourceline or 0))

    def _loose(self, text, at) -> None:
        """Text between structural elements (not valid TEI, but received): listed, never lost."""
        if text and text.strip():
            self.s.omissions.append(Omission(at.sourceline or 0, normalize_space(text),
                                             "text outside any block of the source"))

    def matter(self, el, part: str) -> None:
        """front or back: each of its parts (a titlePage, a div, a castList) left out at its own line."""
        self.s.dropped[part] += 1
        self._loose(el.text, el)
        for child in el:
            if isinstance(child.tag, str):
                text = normalize_space("".join(child.itertext()))
                if text:
                    self.s.texts_left[part] += 1
                    self.s.omissions.append(Omission(child.sourceline or 0, text, OMITTED[part]))
            self._loose(child.tail, child)

    def _omit(self, el, name: str) -> None:
        self.s.dropped[name] += 1
        text = normalize_space("".join(el.itertext()))
        if text:
            self.s.texts_left[name] += 1
            self.s.omissions.append(Omission(el.sourceline or 0, text, OMITTED[name]))

    def _include(self, el) -> None:
        """An XInclude is not followed (no file outside the seed is read): listed as an omission at
        its line, its href as the text, so neither the import's report nor the document is silent."""
        self.s.dropped[XINCLUDE] += 1
        self.s.texts_left[XINCLUDE] += 1
        self.s.omissions.append(Omission(el.sourceline or 0, normalize_space(el.get("href") or "") or "xi:include",
                                         "XInclude of the source, not followed: the text it includes is not "
                                         "imported"))

    # -- inline content ---------------------------------------------------------------------
    def inline(self, src, out) -> None:
        self._add_text(out, src.text)
        for child in src:
            if isinstance(child.tag, str):
                self.inline_child(child, out)
            self._add_text(out, child.tail)

    def inline_child(self, child, out) -> None:
        name = _name(child)
        if name == "rs" and (child.get("type") or "").strip().lower() in RS_NAMES:
            name = RS_NAMES[child.get("type").strip().lower()]
        if name in OMITTED:
            self._omit(child, name)
            if name in ("pb", "cb", "milestone") and child.get("break") != "no":
                self._add_text(out, " ")
        elif name == "lb":
            if child.get("break") != "no":
                self._add_text(out, " ")
        elif name == "space":       # a blank the source leaves ("1757<space/>Jochen"): words stay apart
            self._add_text(out, " ")
        elif name == "choice":
            self._choice(child, out)
        elif name == "app":
            self._app(child, out)
        elif name == XINCLUDE:
            self._include(child)
        elif name in MARKED_WORDS and not normalize_space("".join(child.itertext())):
            # an editors' reading, a received form, a supplied word or a stage direction of no words: a page
            # showed "[corrected: ]", "[]" or " [sic]" beside nothing (hostile46); counted, its space kept
            self.s.dropped[name + " (empty)"] += 1
            if "".join(child.itertext()):
                self._add_text(out, " ")
        elif name in KEPT_INLINE:
            el = etree.SubElement(out, q(name))
            for attr in KEPT_INLINE[name]:
                self._attribute(child, el, attr)
            self._language(child, el, (child.get(XML_LANG) or "").strip())
            pointer = source_pointer(child)
            if name in ("persName", "placeName", "orgName") and pointer:
                self.s.names.append(Name(el, pointer, child.sourceline or 0))
            if name != "gap":      # a gap's desc describes the lacuna: no words of the text
                self.inline(child, el)
        else:
            if name in BLOCKS or name in CONTAINERS or name in DIVS:
                self.s.dropped[name + " (inside a block)"] += 1
            else:
                self.s.dropped[name] += 1
            self.inline(child, out)

    def _attribute(self, src, el, attr: str) -> None:
        value = (src.get(attr) or "").strip()
        if not value:
            return
        if attr == "cert" and value not in CERT:
            self.s.values.append(f"line {src.sourceline}: cert={value!r} is not high, medium, low or unknown")
            return
        if local(el) == "date" and attr != "cert" and not ISO_DATE.fullmatch(value):
            self.s.values.append(f"line {src.sourceline}: date @{attr}={value!r} is not an ISO 8601 date "
                                 "with its year (left out)")
            return
        el.set(attr, value)

    def _language(self, src, el, lang: str) -> None:
        """The language the source declares for a block (its own or inherited) or an inline element
        (its own): kept, so a Dutch paragraph quoted in an English letter is not taken for English
        (the importer drops what only repeats the base language); a value that is no tag is said. A tag
        is written in BCP 47's canonical case ("EN-gb" as "en-GB"), and the import says so: the edition
        compares tags as written, and validate refused the document the import had just written
        (languages: 'EN-gb' is a language tag written in another case…)."""
        if not lang or lang.lower() == "und":
            return
        if LANGUAGE_TAG.fullmatch(lang):
            canonical = canonical_tag(lang)
            if canonical != lang:
                self.s.rewritten.append(f"line {src.sourceline}: xml:lang={lang!r} written {canonical!r} "
                                        "(BCP 47's canonical case: the edition compares language tags as written)")
            el.set(XML_LANG, canonical)
        else:
            self.s.values.append(f"line {src.sourceline}: xml:lang={lang!r} is not a language tag (left out)")

    def _app(self, src, out, structural: bool = False) -> None:
        """A critical apparatus entry: one reading is the text, the others are listed as left out (each
        at its line, with its witnesses). The reading is the source's `lem`; without one (parallel
        segmentation: Digital Mitford's letters give a `rdg` for the manuscript and one for the printed
        edition, in either order), the `rdg` of the source's base witness (Source.witness). Both readings'
        words used to run on into the text ("bride cakebride-cake arrived")."""
        readings = []
        for kid in src:
            if not isinstance(kid.tag, str):
                continue
            if local(kid) == "rdgGrp":
                readings += [r for r in kid if isinstance(r.tag, str) and local(r) in ("lem", "rdg")]
            elif local(kid) in ("lem", "rdg"):
                readings.append(kid)
            elif local(kid) in OMITTED:
                self._omit(kid, local(kid))       # an apparatus note, a witness detail: the editors'
            elif normalize_space("".join(kid.itertext())):
                self.s.dropped[local(kid) + " (in an app)"] += 1
                self.s.texts_left[local(kid) + " (in an app)"] += 1
                self.s.omissions.append(Omission(kid.sourceline or 0, normalize_space("".join(kid.itertext())),
                                                 "part of the source's apparatus"))
        if not readings:
            return
        chosen = self._reading(src, readings)
        for other in readings:
            if other is chosen:
                continue
            self.s.dropped["rdg"] += 1
            text = normalize_space("".join(other.itertext()))
            if text:
                wit = normalize_space(other.get("wit") or "")
                self.s.texts_left["rdg"] += 1
                self.s.omissions.append(Omission(other.sourceline or 0, text, OMITTED["rdg"]
                                                 + (f" ({wit})" if wit else "")))
        if chosen is None:
            return              # the witness has no reading here (said in the import's summary)
        if structural and _has_blocks(chosen):
            self.structure(chosen, out)
        elif structural:
            if normalize_space("".join(chosen.itertext())):
                self.s.dropped["app"] += 1       # a reading outside any block: a paragraph of its own
                self._block(chosen, out, "p")
        else:
            self.inline(chosen, out)

    def _reading(self, app, readings):
        """The reading an apparatus entry gives as the text, or None where the witness has none.
        (`is None`, not `or`: an element without children is false, so a lem of text alone lost to the base
        witness's rdg, and was listed as a reading left out; hostile45.)
        - The witness the editor chose (--witness): its own reading (a lem or rdg whose wit names it), else a
          lem that names no witness (the text the apparatus gives every witness it does not list), else none.
        - Otherwise the source's lem, else the base witness's rdg, else none.
        An app that gave the witness no reading gave another witness's words (its first reading) as the
        witness's: the text read as no witness had it (hostile46)."""
        witness = "#" + self.s.witness if self.s.witness else ""
        lem = next((r for r in readings if local(r) == "lem"), None)
        self.s.apps += 1
        if lem is None:
            self.s.without_lem += 1
        # its own reading names it, or a group (listWit/@xml:id) it is in, as the Guidelines allow: its readings
        # named by "#printed" only were none of its own, and the text lost them (review35)
        own = next((r for r in readings if witness and witness in (r.get("wit") or "").split()), None)
        if own is None and self.s.witness_groups:
            own = next((r for r in readings if self.s.witness_groups & set((r.get("wit") or "").split())), None)
        if not any((r.get("wit") or "").strip() for r in readings):
            found = lem if lem is not None else readings[0]    # an app naming no witness: its lem, or its first reading
        elif self.s.witness_chosen:
            found = own if own is not None else lem if lem is not None and not (lem.get("wit") or "").strip() else None
        else:
            found = lem if lem is not None else own if own is not None else None if witness else readings[0]
        if found is None:
            self.s.unwitnessed.append(app.sourceline or 0)
        return found

    def _choice(self, src, out) -> None:
        """sic/corr, orig/reg, abbr/expan as the edition encodes them (the received form is the
        seed's text, the editors' form is not); any other choice is read as its first reading, the
        other readings listed as omitted."""
        kids = [c for c in src if isinstance(c.tag, str)]
        names = [local(c) for c in kids]
        for received in CHOICE_PARTS:
            if received in names:
                # the received form with the editors' reading the source pairs it with: its own (sic/corr)
                # or another (Digital Mitford's <sic>skreen</sic><reg>screen</reg>: the reg was dropped
                # unsaid and the choice of one part was refused by the schema)
                editorial = [n for n in names if n in EDITORIAL_PARTS]
                keep = {received, *(editorial[:1])}
                if len(keep) == 1 and received == "sic":
                    self.inline_child(kids[names.index(received)], out)      # a sic alone, as the edition has it
                elif len(keep) == 1:
                    self.inline(kids[names.index(received)], out)
                else:
                    choice = etree.SubElement(out, q("choice"))
                    for kid in kids:
                        if local(kid) in keep:
                            part = etree.SubElement(choice, q(local(kid)))
                            self.inline(kid, part)
                            self._flush()
                            _tidy(part)
                for kid in kids:
                    text = normalize_space("".join(kid.itertext()))
                    if local(kid) not in keep and text:
                        self.s.dropped["choice"] += 1
                        self.s.omissions.append(Omission(kid.sourceline or 0, text, "another reading in a choice"))
                return
        if not kids:
            self.inline(src, out)
            return
        self.s.dropped["choice"] += 1
        editorial = [k for k in kids if local(k) in EDITORIAL_PARTS]
        if editorial:
            # the editors' readings alone (a corr without its sic): the first is kept as theirs, as a corr
            # outside a choice is (KEPT_INLINE), so no part of the seed's text; it was read as the witness's
            # words (hostile46)
            first = editorial[0]
            self.inline_child(first, out)
            for other in kids:
                text = normalize_space("".join(other.itertext()))
                if other is not first and text:
                    self.s.omissions.append(Omission(other.sourceline or 0, text, "another reading in a choice"))
            return
        self.inline(kids[0], out)
        for other in kids[1:]:
            text = normalize_space("".join(other.itertext()))
            if text:
                self.s.omissions.append(Omission(other.sourceline or 0, text, "another reading in a choice"))


def _base_witness(root, body) -> str:
    """The witness an apparatus without `lem` gives the text of: the first of the source's listWit that
    a reading names, else the first witness the body's first reading names; "" without an apparatus."""
    named = [w.lstrip("#") for r in body.iter(q("rdg")) for w in (r.get("wit") or "").split()]
    if not named:
        return ""
    listed = [w.get("{http://www.w3.org/XML/1998/namespace}id") for w in root.iter(q("witness"))]
    return next((w for w in listed if w and w in named), named[0])


WITNESSED = ("lem", "rdg", "rdgGrp", "witDetail", "wit")


def _groups_of(root, witness: str) -> frozenset:
    """"#G" for each listWit with an xml:id that holds the witness (at any depth): a reading's @wit may name the
    group for all its witnesses (TEI Guidelines 12.1.4.1)."""
    if not witness:
        return frozenset()
    groups = set()
    for el in root.iter(q("witness")):
        if el.get(XML_ID) == witness:
            groups |= {"#" + g.get(XML_ID) for g in el.iterancestors(q("listWit")) if g.get(XML_ID)}
    return frozenset(groups)


def _dangling_wits(root) -> dict[str, list[int]]:
    """Each "#ID" an apparatus's reading or witness detail names (its @wit) that no witness or listWit of the
    source has as its xml:id, with the lines naming it: a detail of a witness the source does not list was
    dropped unsaid (hostile46). A pointer into another file ("wits.xml#A") is not checked."""
    ids = {el.get(XML_ID) for el in root.iter(q("witness"), q("listWit")) if el.get(XML_ID)}
    found: dict[str, list[int]] = {}
    text = root.find(q("text"))
    if text is None:
        return found
    for el in text.iter(*(q(n) for n in WITNESSED)):
        for ref in (el.get("wit") or "").split():
            if ref.startswith("#") and ref[1:] not in ids:
                found.setdefault(ref, []).append(el.sourceline or 0)
    return found


def _chosen_witness(root, name: str, witness: str) -> str:
    """The witness the editor names (import-tei --witness ID, "#ID" too), or InputError at the source's
    listWit (or its root) naming the witnesses it lists."""
    wanted = witness.strip().lstrip("#")
    listed = [w for w in root.iter(q("witness")) if w.get(XML_ID)]
    if any(w.get(XML_ID) == wanted for w in listed):
        return wanted
    at = next(iter(root.iter(q("listWit"))), root)
    known = [w.get(XML_ID) for w in listed]
    raise UnknownWitness([Problem(name, at.sourceline or 1, "import-tei",
                                  f"--witness {witness!r}: the source's listWit has no witness of that xml:id "
                                  + listed_witnesses(known))], known)


def listed_witnesses(known: list[str]) -> str:
    return f"(it lists: {', '.join(known)})" if known else "(it lists no witness with an xml:id)"


class UnknownWitness(InputError):
    """A witness the source's listWit lacks (`known`: the xml:ids it lists): fidelity says it at the document
    that records it (its seed bibl's idno type="witness"), not at the seed, which is as received."""

    def __init__(self, problems: list[Problem], known: list[str]):
        super().__init__(problems)
        self.known = known

    def __reduce__(self):   # raised in a validate worker, it reaches the parent whole
        return (UnknownWitness, (self.problems, self.known))


def declared(el) -> str:
    """The language a source element is in as its file declares it (its own xml:lang or its nearest
    ancestor's), white space collapsed as xs:language does; "" when nothing declares one."""
    found = el.xpath("ancestor-or-self::*[@xml:lang][1]")
    return (found[0].get(XML_LANG) or "").strip() if found else ""


def source_pointer(el) -> str:
    """A name's pointers as the source gives them: @ref (URIs: "./Personography.xml#EdgeM1"), then
    @key as "#KEY" (a key is an entry's id in the project's own lists), space-separated."""
    ref = (el.get("ref") or "").strip()
    key = (el.get("key") or "").strip()
    return " ".join(p for p in (ref, "#" + key if key else "") if p)     # both, when a name has both


# An XInclude of the source project (a chapter kept in a file of its own): never followed, so its text
# is not imported; counted so that the import says so.
XINCLUDE = "xi:include (not followed)"


def _name(child) -> str:
    """A source element's name as the reader reports it."""
    if child.tag.startswith("{" + TEI_NS):
        return local(child)
    if child.tag == "{http://www.w3.org/2001/XInclude}include":
        return XINCLUDE
    return etree.QName(child).localname + " (not TEI)"


def _has_blocks(el) -> bool:
    """True when a TEI element holds blocks; an element of another namespace (an egXML example) never
    does: its content is not the text's structure, so its text is kept as one paragraph."""
    if not el.tag.startswith("{" + TEI_NS + "}"):
        return False
    return any(isinstance(d.tag, str) and d.tag.startswith("{" + TEI_NS + "}")
               and (local(d) in BLOCKS or local(d) in ("lg", "opener", "closer")) for d in el.iterdescendants())


def _drop_if_empty(container) -> None:
    """A container none of whose content was kept goes: Digital Mitford's letter template leaves
    `<postscript><p><!--A postscript goes here…--></p></postscript>`, and the `<postscript/>` written for
    it is refused by the schema (a postscript, a list must hold something); a closer that held only the
    address (left out) was an empty closer."""
    if _last(container) is None and not (container.text or "").strip() and container.getparent() is not None:
        container.getparent().remove(container)


def _last(el):
    """An element's last child, or None. (lxml counts an element's children by walking them: `len(out)` for
    every piece of text added made a paragraph of 40,000 inline elements take validate 120 CPU-s, the square of
    their number; `el[-1]` reads the last child at once. hostile46)"""
    try:
        return el[-1]
    except IndexError:
        return None


def _tidy(el) -> None:
    """White space as one space, none at the block's ends: the source's indentation is layout."""
    for node in el.iter():
        if node.text:
            node.text = re.sub(r"\s+", " ", node.text)
        if node.tail and node is not el:
            node.tail = re.sub(r"\s+", " ", node.tail)
    if el.text:
        el.text = el.text.lstrip()
    last = _last(el)
    if last is not None and last.tail:
        last.tail = last.tail.rstrip() or None
    elif last is None and el.text:
        el.text = el.text.rstrip()
