"""How to cite a document: the facts of a citation read from its TEI header, and the same
facts as BibTeX, RIS and CSL-JSON files for reference managers (Zotero, JabRef, EndNote).

The formats are small and fixed, so each writer is a few lines; what matters is that
every value comes from the header (editors, title, edition version, publication date,
permanent URI) and that the BibTeX is escaped, so a title with braces, "%" or "&"
cannot break the file.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

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


def citation(doc, base: str = "en") -> Citation:
    header = doc.root.find("t:teiHeader", NS)
    editors = [normalize_space("".join(n.itertext()))
               for r in header.iterfind("t:fileDesc/t:titleStmt/t:respStmt", NS)
               if r.get("{http://www.w3.org/XML/1998/namespace}id") == "resp-editors"
               for n in r if n.tag in (f"{{{NS['t']}}}persName", f"{{{NS['t']}}}orgName", f"{{{NS['t']}}}name")]
    edition = header.find("t:fileDesc/t:editionStmt/t:edition", NS)
    date = header.find("t:fileDesc/t:publicationStmt/t:date", NS)
    return Citation(doc.id, doc.title(base), editors,
                    normalize_space(header.findtext("t:fileDesc/t:publicationStmt/t:publisher", "", NS)),
                    edition.get("n", "") if edition is not None else "",
                    date.get("when", "") if date is not None else "",
                    normalize_space(header.findtext("t:fileDesc/t:publicationStmt/t:idno[@type='URI']", "", NS)),
                    base)


BIBTEX_SPECIAL = re.compile(r"([\\{}%&$#_^~])")
BIBTEX_REPLACE = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def _bibtex_escape(text: str) -> str:
    return BIBTEX_SPECIAL.sub(lambda m: BIBTEX_REPLACE.get(m.group(1), "\\" + m.group(1)), text)


def _langid(code: str) -> str:
    """biblatex's language name (english, russian) from CLDR's English name of the code."""
    from triglot.i18n import locale
    try:
        return locale(code).english_name.split(" (")[0].lower()
    except (ValueError, LookupError):
        return ""


def bibtex(c: Citation, edition_title: str) -> str:
    fields = [("title", c.title), ("editor", " and ".join("{" + _bibtex_escape(e) + "}" for e in c.editors)),
              ("booktitle", edition_title), ("publisher", c.publisher), ("edition", c.version),
              ("year", c.date[:4]), ("date", c.date), ("url", c.uri), ("langid", _langid(c.language))]
    lines = [f"@incollection{{{re.sub(r'[^A-Za-z0-9:._-]', '', c.id)},"]
    for key, value in fields:
        if value:
            value = value if key in ("editor", "url") else _bibtex_escape(value)
            lines.append(f"  {key} = {{{value}}},")
    return "\n".join(lines) + "\n}\n"


def ris(c: Citation, edition_title: str) -> str:
    rows = [("TY", "ELEC"), ("TI", c.title), *(("A2", e) for e in c.editors), ("T2", edition_title),
            ("PB", c.publisher), ("ET", c.version), ("PY", c.date[:4]), ("DA", c.date.replace("-", "/")),
            ("UR", c.uri), ("LA", c.language), ("ER", "")]
    return "".join(f"{tag}  - {' '.join(value.split())}\r\n" for tag, value in rows if value or tag == "ER")


def csl_json(c: Citation, edition_title: str) -> str:
    item = {"id": c.id, "type": "chapter", "title": c.title,
            "editor": [{"literal": e} for e in c.editors], "container-title": edition_title,
            "publisher": c.publisher, "version": c.version, "URL": c.uri, "language": c.language}
    if c.date:
        item["issued"] = {"date-parts": [[int(p) for p in c.date.split("-")]]}
    return json.dumps([{k: v for k, v in item.items() if v}], ensure_ascii=False, indent=1) + "\n"


WRITERS = {"bib": bibtex, "ris": ris, "json": csl_json}


def files(doc, edition_title: str, base: str = "en") -> dict[str, bytes]:
    """cite/DOC.bib, .ris, .json for one document (its title in the base language)."""
    c = citation(doc, base)
    return {f"{CITE_DIR}/{doc.id}.{ext}": write(c, edition_title).encode("utf-8") for ext, write in WRITERS.items()}


__all__ = ["citation", "Citation", "bibtex", "ris", "csl_json", "files", "FORMATS", "CITE_DIR"]
