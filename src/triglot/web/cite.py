"""How to cite a document: the facts of a citation read from its TEI header, and the same
facts as BibTeX, RIS and CSL-JSON files for reference managers (Zotero, JabRef, EndNote).

A passage or numbered division (a treaty's article) has a record of its own too, with what its
"Cite this passage" gives: the unit as that citation names it ("Art. 18", "passage 3", "note 1"),
its CSL locator and label ("18", `article-locator`; "3", `paragraph`; "1", `note`) and the
document's URI with its anchor. A historian citing Article 18 got the document's record and had to
add the article by hand. A document's units are one file per format (`cite/passages/DOC.*`, each
unit one record keyed by its anchor), not a file each: 3 files a passage were 50,000 files at 500
documents.

The formats are small and fixed, so each writer is a few lines; what matters is that
every value comes from the header (authors, editors, title, edition version, publication date,
permanent URI) and that the BibTeX is escaped, so a title with braces, "%" or "&"
cannot break the file. The authors are the header's `titleStmt/author`s, as the MODS and Dublin
Core records give them: without them a historian's bibliography listed Gertrude Bell's letter
or an article by two historians under the edition's editors alone.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from triglot.tei import NS, normalize_space

CITE_DIR = "cite"
FORMATS = {"bib": "BibTeX", "ris": "RIS", "json": "CSL-JSON"}


@dataclass
class Citation:
    id: str
    title: str          # English title of the document
    editors: list       # persons or bodies responsible for the edition of the text
    publisher: str
    version: str
    date: str           # ISO date of publication of this version
    uri: str
    language: str = "en"   # of the title: the edition's base language
    authors: list = field(default_factory=list)   # CSL names: {"family", "given"} or {"literal"}
    translated: list = field(default_factory=list)   # (language, title) of the translations' titles
    licence: str = ""      # URL of the licence the document states (its own, its source's, when it has one)
    compilers: list = field(default_factory=list)   # CSL names of who compiled the text (titleStmt/editor[@role='compiler'])
    unit: str = ""         # a passage's or division's record: the unit as its citation names it ("Art. 18")
    locator: str = ""      # ... its CSL locator ("18", the passage's id)
    label: str = ""        # ... and CSL locator label ("article-locator", "section", "paragraph")


@dataclass
class Unit:
    """A cited part of a document: a passage (block) or a numbered division, as its page cites it."""
    anchor: str     # its id on the page: the block's xml:id, the division's tg:anchor
    unit: str       # as its "Cite this passage" names it, in the base language
    locator: str
    label: str


def authors(doc, edition=None, lang: str = "en") -> list[dict]:
    """The document's authors as CSL names in `lang`: a person the registers give with a surname
    in that language as family and given names (bibliographies sort and invert by them), a body
    or a name the registers do not know as written; an author still to be supplied (a gap) is
    no author."""
    return _names(doc, edition, lang, "t:teiHeader/t:fileDesc/t:titleStmt/t:author")


def compilers(doc, edition=None, lang: str = "en") -> list[dict]:
    """Who compiled the text the document edits (titleStmt/editor role="compiler": Yuri Barsegov, whose
    collection the seven documents of docs1920 come from), as CSL names in `lang`: the header named him
    and every citation of the document left him out."""
    return _names(doc, edition, lang, "t:teiHeader/t:fileDesc/t:titleStmt/t:editor[@role='compiler']")


def _names(doc, edition, lang: str, path: str) -> list[dict]:
    names = []
    for author in doc.root.iterfind(path, NS):
        if author.find(".//t:gap", NS) is not None:
            continue
        named = next((c for c in author if c.get("ref")), None)
        entry = edition.entry(named.get("ref").split()[0], doc) if edition is not None and named is not None else None
        parts = _name_parts(entry, lang) if entry is not None else None
        if parts:
            names.append(parts)
        elif entry is not None:
            names.append({"literal": entry.name(lang)})
        else:
            text = normalize_space("".join((named if named is not None else author).itertext()))
            if text:
                names.append({"literal": text})
    return names


def _name_parts(entry, lang: str) -> dict | None:
    if entry.kind != "person":
        return None
    for name in entry.element.iterfind("t:persName", NS):
        if name.get("{http://www.w3.org/XML/1998/namespace}lang") == lang and not name.get("type"):
            family = normalize_space(" ".join("".join(s.itertext()) for s in name.iterfind("t:surname", NS)))
            given = normalize_space(" ".join("".join(f.itertext()) for f in name.iterfind("t:forename", NS)))
            # "von" of Hans von Wangenheim (register add --name-link): in the name, not in the sort
            link = normalize_space(" ".join("".join(n.itertext()) for n in name.iterfind("t:nameLink", NS)))
            parts = {"family": family, "given": given}
            if link:
                parts["dropping-particle"] = link
            return parts if family else None
    return None


def display_name(name: dict) -> str:
    """A CSL name as a reader writes it: "Gertrude Bell", or the literal."""
    return name.get("literal") or normalize_space(
        f"{name.get('given', '')} {name.get('dropping-particle', '')} {name.get('family', '')}")


def _inverted(name: dict, particle_first: bool = False) -> str:
    """RIS's form of a person, "Bell, Gertrude", "Wangenheim, Hans von" (sorted as the edition's
    index sorts); BibTeX's with its von part first (`particle_first`), "von Wangenheim, Hans",
    which BibTeX reads as von, last and first names; a literal as it is."""
    if "literal" in name:
        return name["literal"]
    particle, family, given = name.get("dropping-particle", ""), name["family"], name.get("given", "")
    if particle_first:
        family = normalize_space(f"{particle} {family}")
    else:
        given = normalize_space(f"{given} {particle}")
    return f"{family}, {given}" if given else family


def translated_titles(doc, base: str) -> list[tuple[str, str]]:
    """The titles the header gives in the other languages (titleStmt/title xml:lang), a gap left
    out: RIS carries them as its translated title (TT, one field: readers such as rispy keep the
    first of two, so they are joined as ISBD joins parallel titles, " = "), so the Russian and
    Armenian titles a reader sees on the pages reach a reference manager; BibTeX and CSL-JSON
    have no field for them."""
    found = []
    for lang in dict.fromkeys(t.get("{http://www.w3.org/XML/1998/namespace}lang") for t in
                              doc.root.iterfind("t:teiHeader/t:fileDesc/t:titleStmt/t:title[@type='main']", NS)):
        if lang and lang != base:
            which, title = doc.title_in(lang)
            if which == lang:
                found.append((lang, title))
    return found


def citation(doc, base: str = "en", edition=None) -> Citation:
    names, compiled = authors(doc, edition, base), compilers(doc, edition, base)
    header = doc.root.find("t:teiHeader", NS)
    # a body in resp-editors is an editor where the settings name it one; the publisher standing in for
    # editors nobody named (settings.editor_names) is the publisher, and the files called it the editor
    named = edition.settings.editors if edition is not None else None
    editors = [normalize_space("".join(n.itertext()))
               for r in header.iterfind("t:fileDesc/t:titleStmt/t:respStmt", NS)
               if r.get("{http://www.w3.org/XML/1998/namespace}id") == "resp-editors"
               for n in r if n.tag in (f"{{{NS['t']}}}persName", f"{{{NS['t']}}}orgName", f"{{{NS['t']}}}name")
               and (named is None or n.tag != f"{{{NS['t']}}}orgName" or normalize_space("".join(n.itertext())) in named)]
    edition = header.find("t:fileDesc/t:editionStmt/t:edition", NS)
    date = header.find("t:fileDesc/t:publicationStmt/t:date", NS)
    from triglot.validate.header import own_licence_element
    lic = own_licence_element(doc.root)
    lic = lic if lic is not None else header.find("t:fileDesc/t:publicationStmt/t:availability/t:licence", NS)
    return Citation(doc.id, doc.title(base), editors,
                    normalize_space(header.findtext("t:fileDesc/t:publicationStmt/t:publisher", "", NS)),
                    edition.get("n", "") if edition is not None else "",
                    date.get("when", "") if date is not None else "",
                    normalize_space(header.findtext("t:fileDesc/t:publicationStmt/t:idno[@type='URI']", "", NS)),
                    base, names, translated_titles(doc, base),
                    lic.get("target", "") if lic is not None else "", compilers=compiled)


BIBTEX_SPECIAL = re.compile(r"([\\{}%&$#_^~])")
BIBTEX_REPLACE = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def _bibtex_escape(text: str) -> str:
    return BIBTEX_SPECIAL.sub(lambda m: BIBTEX_REPLACE.get(m.group(1), "\\" + m.group(1)), text)


# what a BibTeX key can hold: letters and digits of any script (pandoc and biber read `mudros.en.nԱ`,
# the anchor an Armenian treaty's article has) and this ASCII punctuation; anything else, a space, a
# brace, a right-to-left mark, a combining accent, "|" or a dash, ends or splits the key (pandoc read
# no record of a file with one: "unexpected '\\8207'")
BIBTEX_KEY_PUNCTUATION = frozenset("!$&*+-./:;?@[]_`")


CLEANED_KEY = re.compile(r"-[0-9a-f]{8}$")     # the digest bibtex_key adds to a key it cleaned


def bibtex_key(ident: str) -> str:
    """The record's key: its anchor as the page's citation gives it, so that `[@anchor]` finds it. An
    anchor with a character a key cannot hold (a division's @n with a quote or a comma) loses it, and
    a short digest of the whole anchor keeps the key its own: keeping ASCII alone keyed two articles
    numbered Ա and Բ both `mudros.en.n`."""
    kept = "".join(ch for ch in ident if ch.isalnum() or ch in BIBTEX_KEY_PUNCTUATION)
    if kept == ident and not CLEANED_KEY.search(ident):
        return ident
    # an anchor that ends as a cleaned key does is given its digest too: an article numbered
    # "18-14edf58c" was keyed as one numbered "18|" is, and the file held two records of one key
    # (hostile41)
    import hashlib
    return kept + "-" + hashlib.sha256(ident.encode("utf-8")).hexdigest()[:8]


def _langid(code: str) -> str:
    """biblatex's language name (english, russian) from CLDR's English name of the code."""
    from triglot.i18n import locale
    try:
        return locale(code).english_name.split(" (")[0].lower()
    except (ValueError, LookupError):
        return ""


def bibtex(c: Citation, edition_title: str) -> str:
    # a person as "Family, Given", a body in braces (BibTeX would split "League of Nations"); the
    # version in biblatex's `version`, not `edition` (a book's: pandoc printed "0.1 ed.")
    author = " and ".join(_bibtex_escape(_inverted(a, particle_first=True)) if "literal" not in a else "{" + _bibtex_escape(a["literal"]) + "}"
                          for a in c.authors)
    fields = [("author", author), ("title", c.title), ("editor", " and ".join("{" + _bibtex_escape(e) + "}" for e in c.editors)),
              # biblatex's second editor role: "compiled by" (editoratype = compiler)
              ("editora", " and ".join(_bibtex_escape(_inverted(a, particle_first=True)) if "literal" not in a
                                       else "{" + _bibtex_escape(a["literal"]) + "}" for a in c.compilers)),
              ("editoratype", "compiler" if c.compilers else ""),
              ("booktitle", edition_title), ("publisher", c.publisher), ("version", c.version),
              ("year", c.date[:4]), ("date", c.date), ("url", c.uri), ("langid", _langid(c.language)),
              ("note", c.unit)]
    lines = [f"@incollection{{{bibtex_key(c.id)},"]
    for key, value in fields:
        if value:
            value = value if key in ("author", "editor", "editora", "url") else _bibtex_escape(value)
            lines.append(f"  {key} = {{{value}}},")
    return "\n".join(lines) + "\n}\n"


def ris(c: Citation, edition_title: str) -> str:
    # RIS has no tag for a compiler: A4, the nearest ("subsidiary author"), is read as the translator by
    # Zotero's RIS import (zotero/translators RIS.js, fieldMap A4), so the compiler is left to the
    # BibTeX and CSL-JSON records, which name the role
    rows = [("TY", "ELEC"), *(("AU", _inverted(a)) for a in c.authors), ("TI", c.title),
            ("TT", " = ".join(title for _, title in c.translated)), *(("A2", e) for e in c.editors), ("T2", edition_title),
            ("SE", c.unit), ("PB", c.publisher), ("ET", c.version), ("PY", c.date[:4]), ("DA", c.date.replace("-", "/")),
            ("UR", c.uri), ("LA", c.language), ("ER", "")]
    return "".join(f"{tag}  - {' '.join(value.split())}\r\n" for tag, value in rows if value or tag == "ER")


def csl_json(c: Citation, edition_title: str) -> str:
    return json.dumps([_csl_item(c, edition_title)], ensure_ascii=False, indent=1) + "\n"


def _csl_item(c: Citation, edition_title: str) -> dict:
    # a unit's locator and label are a cite's fields in CSL, kept on its item so that a reader of the file
    # (citeproc-py's CitationItem) cites the article, not the document; CSL's "section" is a newspaper's
    # section, not this, so the unit's name is in BibTeX's note and RIS's SE alone
    item = {"id": c.id, "type": "chapter", "author": c.authors, "title": c.title,
            "editor": [{"literal": e} for e in c.editors], "compiler": c.compilers, "container-title": edition_title,
            "publisher": c.publisher, "version": c.version, "URL": c.uri, "language": c.language,
            "license": c.licence, "locator": c.locator, "label": c.label}
    if c.date:
        item["issued"] = {"date-parts": [[int(p) for p in c.date.split("-")]]}
    return {k: v for k, v in item.items() if v}


WRITERS = {"bib": bibtex, "ris": ris, "json": csl_json}
PASSAGES_DIR = f"{CITE_DIR}/passages"


def units(doc, root, base: str, interface=None) -> list[Unit]:
    """The document's numbered divisions and passages in the text's order, named in the base language
    as the page's citations name them (web-document.xsl: tg:division-cited, tg:passage-cited). A
    base language with no interface catalog (a German text read in an English, Russian and Armenian
    interface) names them as the msgid does, in English: the build asked for a German catalog."""
    from triglot import i18n
    from triglot.addresses import XPATH_SPACE, division_anchor
    lang = base if interface is None or base in interface else i18n.MSGID_LANG
    blocks = block_units(doc)
    found = []
    text = doc.root.find("t:text", NS)
    for el in (text.iter() if text is not None else ()):
        if el.tag == f"{{{NS['t']}}}div" and el.get("n") and XPATH_SPACE.sub("", el.get("n")) \
                and el.xpath("ancestor::t:div[@type='base']", namespaces=NS):
            n = normalize_space(el.get("n"))
            article = el.get("type") == "article"
            found.append(Unit(division_anchor(el), i18n.gettext(root, lang, "Art. {n}").format(n=n) if article else n,
                              n, "article-locator" if article else "section"))
        elif el.get("{http://www.w3.org/XML/1998/namespace}id") in blocks:
            ident = el.get("{http://www.w3.org/XML/1998/namespace}id")
            msgid, n = blocks[ident]
            found.append(Unit(ident, i18n.gettext(root, lang, msgid).format(n=n), n,
                              "note" if msgid == NOTE else "paragraph"))
    return found


PASSAGE, NOTE = "passage {n}", "note {n}"     # the interface strings a unit is named by


def block_units(doc) -> dict[str, tuple[str, str]]:
    """Each block's id -> how a reader names it: (PASSAGE, its place among the document's passages,
    the number its search result gives) or (NOTE, an editorial note's number on the page). The one
    numbering the citation files, the registers' mentions and the search rows name blocks by: the
    search rows called a note "passage 5" where its citation said "note 1", and a register mention
    without a line of context showed the block's id ("nkid1920.p12"), no reader's word."""
    note = f"{{{NS['t']}}}note"
    notes = {b.get("{http://www.w3.org/XML/1998/namespace}id"): n
             for n, b in enumerate((b for b in doc.blocks if b.tag == note), 1)}
    return {ident: (NOTE, str(notes[ident])) if ident in notes else (PASSAGE, str(n))
            for n, ident in enumerate(doc.block_ids(), 1)}


# ASCII a URI's fragment may hold as it is (RFC 3986: unreserved, sub-delims, ":", "@", "/", "?");
# letters of other scripts stay as they are (an IRI's), as the page's anchors and pandoc show them
FRAGMENT_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?")


def fragment(anchor: str) -> str:
    """An anchor as a URI's fragment: other ASCII percent-encoded. A division's @n as an OCR gave it
    ("18}") went into BibTeX's url field as it was, the brace ran the field into the next record and
    pandoc read none of the file's records; a browser decodes the fragment to find the anchor."""
    return "".join(ch if ch in FRAGMENT_SAFE or ord(ch) > 127 else "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
                   for ch in anchor)


def unit_citation(c: Citation, unit: Unit) -> Citation:
    """The document's citation narrowed to one of its units: its anchor as id and URI fragment. The
    translated titles (RIS's TT) stay with the document's own record: repeated in each of a document's
    records they were nearly half of its passages' RIS file (the Russian and Armenian titles are
    two bytes a letter), and a reference manager does not cite by them (Zotero's RIS import,
    zotero/translators RIS.js of 2023-07-28, reads TT as "unsupported/Translated Title": a note
    attached to the item, so a note for each passage)."""
    from dataclasses import replace
    return replace(c, id=unit.anchor, uri=f"{c.uri}#{fragment(unit.anchor)}" if c.uri else "", unit=unit.unit,
                   locator=unit.locator, label=unit.label, translated=[])


def files(doc, edition_title: str, base: str = "en", edition=None) -> dict[str, bytes]:
    """cite/DOC.bib, .ris, .json for one document (its title in the base language), and
    cite/passages/DOC.bib, .ris, .json with a record for each of its passages and numbered divisions."""
    c = citation(doc, base, edition)
    out = {f"{CITE_DIR}/{doc.id}.{ext}": write(c, edition_title).encode("utf-8") for ext, write in WRITERS.items()}
    cited = [unit_citation(c, u) for u in units(doc, edition.root, base, edition.settings.interface)] \
        if edition is not None else []
    if cited:
        out[f"{PASSAGES_DIR}/{doc.id}.bib"] = "\n".join(bibtex(u, edition_title) for u in cited).encode("utf-8")
        out[f"{PASSAGES_DIR}/{doc.id}.ris"] = "".join(ris(u, edition_title) for u in cited).encode("utf-8")
        # one record a line, without the indentation that was a fifth of the file (each date part on a
        # line of its own); a reader of CSL-JSON reads either, and a person can still find a line
        out[f"{PASSAGES_DIR}/{doc.id}.json"] = ("[\n" + ",\n".join(
            json.dumps(_csl_item(u, edition_title), ensure_ascii=False, separators=(",", ":")) for u in cited)
            + "\n]\n").encode("utf-8")
    return out


__all__ = ["authors", "display_name", "citation", "Citation", "Unit", "units", "unit_citation", "bibtex", "ris",
           "csl_json", "files", "FORMATS", "CITE_DIR", "PASSAGES_DIR"]
