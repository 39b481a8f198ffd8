"""The inputs of print.xsl: one XML document per part of a book, prepared from the Edition.

The edition is parsed once (triglot.edition); this module only gathers what the
stylesheet needs beside the TEI: interface strings from the "print" catalog, dates
formatted by Babel, register names, and per-document header lines.
"""
from __future__ import annotations

import copy
import re
from functools import lru_cache
from pathlib import Path

from lxml import etree

from triglot import i18n
from triglot.print import widths
from triglot.tei import NS, XML_ID, XML_LANG, normalize_space, omissions, q, source_items, still_to_supply

B_NS = "urn:triglot:print"
DOMAIN = "print"
BOOK_TITLE = "book-title"     # key of the book's title among the strings handed to print.xsl
ARCHIVE_UNITS = {"fond": "f.", "opis": "op.", "delo": "d.", "file": "file"}


def b(tag: str) -> str:
    return f"{{{B_NS}}}{tag}"


def element(tag: str, text: str | None = None, **attrs) -> etree._Element:
    el = etree.Element(b(tag), {k.rstrip("_"): v for k, v in attrs.items()}, nsmap={"b": B_NS})
    if text is not None:
        el.text = text
    return el


@lru_cache(maxsize=32)
def ui_strings(root: Path, lang: str) -> dict[str, str]:
    """Every string of the print catalog in `lang` (the edition's or the toolkit's; a missing one stops the build)."""
    return i18n.all_strings(root, lang, DOMAIN)


def ui(root: Path, lang: str, msgid: str) -> str:
    return ui_strings(root, lang)[msgid]


def strings_lang(edition, lang: str) -> str:
    """The language whose print strings a book column in `lang` uses: its own when the edition
    (or the toolkit) has a print catalog for it, else the first interface language."""
    if i18n.catalog_path(edition.root, lang, DOMAIN).is_file():
        return lang
    return edition.settings.interface[0]


def words_root(edition, lang: str):
    """The edition root for the connecting words of dates in `lang` (None: the English msgids)."""
    return edition.root if strings_lang(edition, lang) == lang else None


def strings_element(edition, langs) -> etree._Element:
    el = element("strings")
    for lang in langs:
        for key, value in ui_strings(edition.root, strings_lang(edition, lang)).items():
            el.append(element("s", value, key=key, lang=lang))
        el.append(element("s", strings_lang(edition, lang), key="strings-lang", lang=lang))
        # the book's title is the edition's, from its settings, not an interface string
        el.append(element("s", edition.settings.book_title(lang), key=BOOK_TITLE, lang=lang))
        if lang in edition.settings.print_statements:   # what the columns are: the edition's own words
            el.append(element("s", edition.settings.print_statements[lang], key="statement", lang=lang))
    return el


def text_of(el) -> str:
    return normalize_space("".join(el.itertext())) if el is not None else ""


def editors(edition) -> list[str]:
    """Who edited the edition: the organisations of the editors' respStmt, in order seen."""
    names: list[str] = []
    for doc in edition.documents:
        for rs in doc.root.iterfind(".//t:titleStmt/t:respStmt", NS):
            if rs.get(XML_ID) != "resp-editors":
                continue
            for who in rs.iterfind("t:orgName", NS):
                if text_of(who) not in names:
                    names.append(text_of(who))
            for who in rs.iterfind("t:persName", NS):
                if text_of(who) not in names:
                    names.append(text_of(who))
    return names or list(edition.settings.editors) or [edition.settings.publisher]


def langnames(langs, parent) -> None:
    for in_lang in langs:
        for code in langs:
            parent.append(element("langname", i18n.language_name(code, in_lang), code=code, **{"in": in_lang}))


def body_source(edition, langs, documents=None, names: list[str] | None = None) -> bytes:
    """The input of the body (or of a part of it): the TEI `documents` (default: every one)
    with their header lines per language. `names`: the editors, when the caller has them
    (finding them reads every document's header, once per book is enough)."""
    documents = edition.documents if documents is None else documents
    root = element("book")
    eds = root.makeelement(b("editors"))
    for name in editors(edition) if names is None else names:
        eds.append(element("editor", name))
    root.append(eds)
    root.append(strings_element(edition, langs))
    for code in langs:      # column heads: each language in its own name
        root.append(element("langname", i18n.language_name(code, code), code=code))
    for doc in documents:
        root.append(doc_meta(edition, doc, langs))
    for doc in documents:
        root.append(copy.deepcopy(doc.root))
    return etree.tostring(root, encoding="utf-8")


def doc_meta(edition, doc, langs) -> etree._Element:
    meta = element("doc", id=doc.id)
    for lang in langs:
        found, title = doc.title_in(lang)
        if found == lang:       # a title still to be supplied is left out: the column shows none
            meta.append(element("title", title, lang=lang))
    for lang in langs:
        for line in dateplace_lines(edition, doc, lang):
            meta.append(element("dateplace", line, lang=lang))
    words_lang = strings_lang(edition, edition.settings.base)
    runs = source_line(doc, {"page": ui(edition.root, words_lang, "p. {page}"),
                             "pages": ui(edition.root, words_lang, "pp. {pages}")},
                       (words_lang, words_root(edition, words_lang)))
    if runs:
        source = element("source")
        for text, lang in runs:     # a run in the line's own language (a date written in it) needs no mark
            source.append(element("run", text, **({"lang": lang} if lang and lang != edition.settings.base else {})))
        meta.append(source)
    for line in archive_lines(doc):
        meta.append(element("archive", line))
    for line, _, reason in omissions(doc.root):     # listed after the text, by reason (print-body.xsl)
        meta.append(element("omitted", line=line, reason=reason))
    for lang, share in zip(langs, widths.shares(doc, langs)):
        meta.append(element("column", lang=lang, width=f"{share}%"))
    return meta


def entry_name(edition, doc, el, lang: str) -> str:
    entry = edition.entry((el.get("ref") or "").split()[0], doc) if el.get("ref") else None
    return entry.name(lang) if entry is not None else text_of(el)


def dateplace_lines(edition, doc, lang: str) -> list[str]:
    """"Sender → recipient · place, date" for every letter the header describes; for a document
    that describes none, the date of its text alone (not its source's publication)."""
    lines = []
    for cd in doc.root.iterfind(".//t:profileDesc/t:correspDesc", NS):
        sent = cd.find("t:correspAction[@type='sent']", NS)
        received = cd.find("t:correspAction[@type='received']", NS)
        senders, recipients = (_parties(edition, doc, a, lang) for a in (sent, received))
        where = [entry_name(edition, doc, p, lang) for p in (sent.iterfind("t:placeName", NS) if sent is not None else [])]
        when = [i18n.format_date_expr(d, lang, words_root(edition, lang), DOMAIN)
                for d in (sent.iterfind("t:date", NS) if sent is not None else [])]
        # every sender, then every recipient after the arrow (as on the web): the first two persons of
        # both read "S. Kamenev → Kursky" for a telegram Kamenev and Kursky sent to a front's command,
        # and a letter with only its addressee known named him as if he had written it
        people = ", ".join(senders) + (" → " + ", ".join(recipients) if recipients else "")
        parts = [people.strip()] if people else []
        place_date = ", ".join(x for x in (*where, *when) if x)
        if place_date:
            parts.append(place_date)
        if parts:
            lines.append(" · ".join(parts))
    if not lines:
        # a text that is no letter still has its date: a treaty's signing (encode --date), a report's;
        # the book printed none under its title (the web's document page gives it), so the Armistice of
        # Mudros' 30 October 1918 was only to be found in the chronology at the back (journey 25)
        from triglot.order import text_date
        date, basis = text_date(doc)
        if date and basis == "text":
            lines.append(i18n.format_date_expr(date, lang, words_root(edition, lang), DOMAIN))
    return lines


def _parties(edition, doc, action, lang: str) -> list[str]:
    """The names of one side of a letter (persons, bodies, an office's title), as its header gives them."""
    if action is None:
        return []
    return [entry_name(edition, doc, el, lang) for el in action
            if isinstance(el.tag, str) and etree.QName(el).localname in ("persName", "orgName", "roleName", "name")
            and (el.get("ref") or text_of(el))]


def source_line(doc, page_words: dict[str, str] | None = None,
                date_words: tuple[str, Path | None] | None = None) -> list[tuple[str, str]]:
    """The seed's bibliographic description: author, title, and the book it comes from.

    As runs of (text, language): a part the header marks with `xml:lang` (a Russian title
    of a book cited in an English line) keeps its language; "" is the line's own.
    `page_words` ({"page": "p. {page}", "pages": "pp. {pages}"}, the print catalog's words in the
    line's language) label a `biblScope unit="page"` that gives only the number: a bare "442" at
    the end of a source line reads as a volume or a year (journey 25, Rowe's chronicle, page 442).
    `date_words` (the line's language and the root of its catalog) write a date with a machine-readable
    value as the web's Source line does: "2020-11-09" stood as the header wrote it in every book.
    """
    seed = doc.root.find(".//t:sourceDesc/t:bibl[@type='seed']", NS)
    if seed is None:
        return []
    parts = (q("author"), q("title"), q("editor"), q("pubPlace"), q("publisher"), q("date"), q("biblScope"))
    groups = [[x for x in seed if x.tag in parts and not still_to_supply(x)]]
    groups += [[x for x in rb if x.tag in parts[:2] + parts[3:] and not still_to_supply(x)]
               for rb in source_items(seed)]     # a work the text only discusses is no source (tei.SOURCE_ITEMS)
    runs: list[tuple[str, str]] = []
    for group in (g for g in groups if any(text_of(x) for x in g)):
        if runs:
            runs.append(("; ", ""))
        for i, part in enumerate(x for x in group if text_of(x)):
            if i:
                runs.append((", ", ""))
            lang = part.get(XML_LANG) or next((d.get(XML_LANG) for d in part.iter() if d.get(XML_LANG)), "")
            dated = source_date(part, date_words)
            runs.append((page_scope(part, page_words) or dated or text_of(part), date_words[0] if dated else lang))
    return runs


def source_date(part, date_words: tuple[str, Path | None] | None) -> str:
    """A source's date in the line's language (i18n.format_date_expr), or "" to keep it as written."""
    if not date_words or part.tag != q("date"):
        return ""
    lang, root = date_words
    return i18n.format_date_expr(part, lang, root, DOMAIN)


PAGE_NUMBERS = re.compile(r"(?P<first>[0-9ivxlcdm]+)(?:\s*[-–—]\s*(?P<last>[0-9ivxlcdm]+))?", re.I)


def page_scope(part, page_words: dict[str, str] | None) -> str | None:
    """A page or a range of pages given as bare numbers, with its label ("p. 442", "pp. 442–443");
    None for anything else (a scope that says "p." itself, a volume, an issue): kept as written."""
    if not page_words or part.tag != q("biblScope") or part.get("unit") not in ("page", "pp"):
        return None
    match = PAGE_NUMBERS.fullmatch(text_of(part))
    if match is None:
        return None
    if match["last"]:
        return page_words["pages"].replace("{pages}", f"{match['first']}–{match['last']}")
    return page_words["page"].replace("{page}", match["first"])


def archive_lines(doc) -> list[str]:
    """One line per archival document: repository, fond, opis, delo, folios and form."""
    lines = []
    for ms in doc.root.iterfind(".//t:sourceDesc/t:msDesc", NS):
        ident = ms.find("t:msIdentifier", NS)
        parts = [text_of(ident.find("t:repository", NS))] if ident is not None else []
        if ident is not None:
            for idno in ident.iterfind("t:idno", NS):
                unit = ARCHIVE_UNITS.get(idno.get("type", ""), "")
                parts.append(f"{unit} {text_of(idno)}".strip())
        parts += [text_of(locus) for locus in ms.iterfind(".//t:msItem/t:locus", NS)]
        form = ms.find(".//t:objectDesc", NS)
        line = ", ".join(p for p in parts if p)
        if form is not None and form.get("form"):
            line += f" ({form.get('form').replace('-', ' ')})"
        if line:
            lines.append(line)
    return lines


def edition_statement(edition) -> dict[str, str]:
    """Edition number, statement, date, publisher and licence, as the documents state them.

    Publisher, licence and number are the same in every header (validate's edition-header rule);
    the statement is the one most documents give and the date the latest, as the library export
    dates the edition. Read from the first document, a letter encoded into a grown edition (dated
    1919, so first) gave the imprint its skeleton's "Draft encoding made by triglot encode" and its
    own date, where eight documents said "First draft release of the Triglot edition"."""
    from triglot.validate.header import edition_statement as statement_of
    roots = [doc.root for doc in edition.documents]
    root = roots[0] if roots else None
    get = (lambda path: root.find(path, NS)) if root is not None else (lambda path: None)
    ed = get(".//t:editionStmt/t:edition")
    from triglot.validate.header import licence_words, own_licence_element
    # the edition's licence is a document's that has none of its own; a text under its source's licence
    # (a CC BY-SA article) is named after it: the imprint said the first document's for the whole book
    lic = next((r.find(".//t:publicationStmt/t:availability/t:licence", NS) for r in roots
                if own_licence_element(r) is None), None)
    own = [(doc, own_licence_element(doc.root)) for doc in edition.documents]
    own = "; ".join(f"{doc.title(edition.settings.base)}: {licence_words(el) or el.get('target')}{_covering(el)}"
                    for doc, el in own if el is not None)
    dates = [d.get("when") or text_of(d) for r in roots for d in r.iterfind(".//t:publicationStmt/t:date", NS)]
    return {
        "version": ed.get("n", "") if ed is not None else "",
        "statement": statement_of(edition.documents) or "",
        "date": max((d for d in dates if d), default=""),
        # an edition of no document yet (triglot new, then build) printed "Licence:" and nothing:
        # the settings state what every header will
        "publisher": text_of(get(".//t:publicationStmt/t:publisher")) or edition.settings.publisher or "",
        "licence": (text_of(lic) or edition.settings.licence.label or "") + (f" ({own})" if own else ""),
        "licence-url": (lic.get("target", "") if lic is not None else "") or edition.settings.licence.url or "",
    }


def _covering(licence) -> str:
    """" (what the licence covers)", as its note says and the web footer shows it, or "": journey 27's
    imprint said "CC BY 4.0 (Trans-Caucasia: Public Domain Mark 1.0)", as if the mark covered the
    document's draft translations and notes, which are the edition's, under its licence."""
    covers = text_of(licence.find("t:note[@type='covers']", NS))
    return f" ({covers})" if covers else ""


def front_source(edition, langs, toc: list, pad: bool, names: list[str] | None = None,
                 continued: bool = False, verso_start: bool = False) -> bytes:
    """One part of the front matter: the title page, imprint and the start of the contents,
    or (`continued`) only more lines of the contents, numbered on from the part before
    (front_pieces). `toc`: entries with their page numbers, as dicts or toc_entry elements."""
    root = element("front", pad="true" if pad else "false")
    if continued:
        root.set("continued", "true")
        root.set("verso-start", "true" if verso_start else "false")
    eds = element("editors")
    for name in editors(edition) if names is None else names:
        eds.append(element("editor", name))
    root.append(eds)
    root.append(strings_element(edition, langs))
    langnames(langs, root)
    if not continued:
        root.append(element("edition", **edition_statement(edition)))
    toc_el = element("toc")
    toc_el.extend(copy.deepcopy(item) if isinstance(item, etree._Element) else toc_entry(item) for item in toc)
    root.append(toc_el)
    return etree.tostring(root, encoding="utf-8")


def toc_entry(item: dict) -> etree._Element:
    entry = element("entry", level=str(item["level"]), target=item["target"], page=str(item["page"]))
    for lang, title in item["titles"]:
        entry.append(element("t", title, lang=lang))
    return entry


def front_pieces(toc: list[dict], limit: int) -> list[list[etree._Element]]:
    """The contents cut into parts of at most `limit` bytes of lines (back_pieces): the
    contents of a large edition is never laid out whole. The first part always exists
    (it holds the title page, even for an edition with nothing to list)."""
    contents = element("toc")
    pieces = back_pieces([(contents, [toc_entry(item) for item in toc])], limit)
    return [rows for part in pieces for _, rows, _ in part] or [[]]


def back_sections(chronology: list[dict], indexes: list[dict]) -> list[tuple[etree._Element, list]]:
    """The sections of the back matter, already sorted, with page ranges: (section, its rows)."""
    sections = [(element("chronology", id="back-chronology"), [event_element(event) for event in chronology])]
    for index in indexes:
        rows = []
        for name, ranges in index["entries"]:
            entry = element("entry")
            entry.append(element("name", name))
            entry.append(pages_element(ranges))
            rows.append(entry)
        sections.append((element("index", id=index["id"], lang=index["lang"], kind=index["kind"],
                                 title=index["title"]), rows))
    return sections


def event_element(event: dict) -> etree._Element:
    ev = element("event")
    for lang, text in event["when"]:
        ev.append(element("when", text, lang=lang))
    for lang, text in event["what"]:
        ev.append(element("what", text, lang=lang))
    ev.append(pages_element(event["ranges"]))
    return ev


def back_pieces(sections, limit: int, new_part: frozenset = frozenset()) -> list[list[tuple]]:
    """The back matter cut into parts of at most `limit` bytes of rows (or one row, if larger):
    each part a list of (section, rows, continued), `continued` when the section began in the
    part before. A chronology or index of a large edition is then never laid out whole.
    A section whose id is in `new_part` begins a part of its own (one that must begin on a
    recto: the parts are laid out side by side, not knowing on which page they begin)."""
    parts: list[list[tuple]] = [[]]
    size = 0
    for section, rows in sections:
        if section.get("id") in new_part and parts[-1]:
            parts.append([])
            size = 0
        start = 0
        for i, row in enumerate(rows):
            n = len(etree.tostring(row))
            if size and size + n > limit:
                if i > start:
                    parts[-1].append((section, rows[start:i], start > 0))
                parts.append([])
                size, start = 0, i
            size += n
        parts[-1].append((section, rows[start:], start > 0))
    return [part for part in parts if part]


def back_source(edition, langs, pieces) -> bytes:
    """One part of the back matter: pieces of the chronology and the indexes (back_pieces).
    Laid out as a body part is, not knowing where it begins (print.parts): the join gives
    its pages their margins, running heads and folios."""
    root = element("back")
    root.append(strings_element(edition, langs))
    for section, rows, continued in pieces:
        attrs = {k: v for k, v in section.attrib.items() if not (continued and k == "id")}
        piece = root.makeelement(section.tag, attrs)
        if continued:
            piece.set("continued", "true")
        piece.extend(copy.deepcopy(row) for row in rows)
        root.append(piece)
    return etree.tostring(root, encoding="utf-8")


def pages_element(ranges) -> etree._Element:
    el = element("pages")
    for first, last in ranges:
        el.append(element("r", **{"from": str(first), "to": str(last)}))
    return el


# The most characters of a running head: about one line of the 7.5 pt italic head in
# Cyrillic, the widest of the edition's scripts in DejaVu Serif, across the text block.
RUNNING_HEAD_CHARS = 80


def running_head(title: str) -> str:
    """`title` shortened at a word end with an ellipsis when it would not fit on one line."""
    if len(title) <= RUNNING_HEAD_CHARS:
        return title
    cut = title.rfind(" ", 0, RUNNING_HEAD_CHARS)
    return title[:cut if cut > 0 else RUNNING_HEAD_CHARS].rstrip(" ,:;–—(") + "…"


def index_title(edition, kind: str, lang: str) -> str:
    """The title of the index of `kind` ("persons", "places") in `lang`. A language without a print
    catalog takes the first interface language's words, and then says its own name: an en-fr book's
    two French indexes were titled "Index of persons" like the English ones, twice in its contents."""
    said_in = strings_lang(edition, lang)
    title = ui(edition.root, said_in, "Index of persons" if kind == "persons" else "Index of places")
    return title if said_in == lang else f"{title} ({i18n.language_name(lang, said_in)})"


def back_head(edition, langs, section) -> str:
    """The running head of a section of the back matter: its title as print.xsl writes it
    (the chronology's in each book language, once per distinct string, joined by " · ")."""
    if section.tag == b("chronology"):
        titles = [ui(edition.root, strings_lang(edition, lang), "Chronology") for lang in langs]
        return " · ".join(dict.fromkeys(titles))
    return section.get("title")


def furniture_source(edition, langs, heads: list[tuple[str, str]], verso_start: bool = False) -> bytes:
    """Running heads of the body's (or the back matter's) pages, one (verso, recto) pair a
    page, for its furniture (the heads and folios laid out apart from the text, see
    print.parts); `verso_start` when the first of them is a verso."""
    root = element("furniture", **({"verso-start": "true"} if verso_start else {}))
    root.append(strings_element(edition, langs))
    for verso, recto in heads:
        root.append(element("page", verso=running_head(verso), recto=running_head(recto)))
    return etree.tostring(root, encoding="utf-8")
