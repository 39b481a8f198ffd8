"""The edition as data for reuse: CSV and JSON tables of documents, register entries and mentions,
a JSON Schema for the JSON, and a JSON-LD (schema.org Dataset) description of the whole.

Historians load tables, not TEI: every name tagged in any language becomes one
mention row (document, passage, language, surface form, entity), and every
register entry one row of its register's table. The tables are read off the
parsed edition in one pass per document, so their size and cost grow linearly.
Nothing is inferred: an entity is filled only where the TEI points at a
register entry, and an authority URI only where the register (or, for places,
the GeoNames gazetteer: `geonames`) gives one.
"""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from triglot.edition import expand_pointer
from triglot.library import gazetteer
from triglot.library.document_date import dc_date
from triglot.tei import NS, TEI_NS, XML_ID, XML_LANG, entry_notes

DATA_DIR = "data"
JSON_FILE = "edition-data.json"
SCHEMA_FILE = "edition-data.schema.json"
JSONLD_FILE = "dataset.jsonld"
SCHEMA_SOURCE = Path(__file__).with_name(SCHEMA_FILE)
# Register tables every edition has (empty when it has no such register yet), and their entry elements.
ENTITY_TABLES = {"persons": "person", "places": "place", "organisations": "org"}
NAME_TAGS = ("persName", "placeName", "orgName")
LIST_SEPARATOR = " | "

DOCUMENT_FIELDS = ["id", "uri", "titles", "languages", "keywords", "date", "published", "licence", "blocks",
                   "letters", "seed_file"]
ENTITY_FIELDS = ["id", "register", "type", "names", "name_certainty", "variants", "unchecked_variants",
                 "certainty_note", "occupation", "birth", "death", "existence",
                 "latitude", "longitude", "authority", "geonames", "sources"]
MENTION_FIELDS = ["document", "passage", "block", "language", "element", "surface", "ref", "entity",
                  "form_certainty"]
# language maps spread into one CSV column per language, named PREFIX_LANG
LANGUAGE_COLUMNS = {"titles": "title", "names": "name", "name_certainty": "name_certainty"}
# the register's own marks for a form nobody has checked against a source (tei/ENCODING.md, "Register entries")
UNCHECKED = ("low", "medium")
FIELDS = {"documents": DOCUMENT_FIELDS, "mentions": MENTION_FIELDS,
          **{name: ENTITY_FIELDS for name in ENTITY_TABLES}}


def tables(edition) -> dict[str, list[dict]]:
    """Every table as a list of records (JSON form: lists and language maps, not yet flattened)."""
    entities = entity_tables(edition)
    known = known_entities(entities)
    out = {"documents": [_document(doc) for doc in edition.documents], **entities}
    out["mentions"] = [row for doc in edition.documents for row in _mentions(doc, known)]
    return out


def entity_tables(edition) -> dict[str, list[dict]]:
    """The registers' tables (they depend on the registers alone)."""
    places = gazetteer.matches(edition)
    return {name: [_entity(el, reg.name, places, edition.settings.base)
                   for reg in edition.registers.values()
                   for el in reg.tree.getroot().iter(f"{{{TEI_NS}}}{tag}") if el.get(XML_ID)]
            for name, tag in ENTITY_TABLES.items()}


def known_entities(entities: dict) -> dict[str, dict]:
    """Each entry's key (register stem # id) and the certainty of its names, by language."""
    return {f"{Path(row['register']).stem}#{row['id']}": row["name_certainty"]
            for name in ENTITY_TABLES for row in entities[name]}


def known_ids(edition) -> dict[str, dict]:
    """The same as known_entities, read off the registers without building their rows."""
    base = edition.settings.base
    return {f"{Path(reg.name).stem}#{el.get(XML_ID)}": _certainty(el, base)[0] for reg in edition.registers.values()
            for tag in ENTITY_TABLES.values()
            for el in reg.tree.getroot().iter(f"{{{TEI_NS}}}{tag}") if el.get(XML_ID)}


def _certainty(el, base: str) -> tuple[dict, list]:
    """What the register says it has not checked: the certainty of each language's name
    (`cert="low"`/`"medium"` on it; a name without one is not marked) and the variants so marked. A
    reader of the CSV could not tell the register's guess at an Armenian name from a checked one."""
    certs, variants = {}, []
    for n in el:
        if not isinstance(n.tag, str) or n.tag.rsplit("}", 1)[-1] not in NAME_TAGS:
            continue
        unchecked = n.get("cert") in UNCHECKED
        if n.get("type") == "variant":
            if unchecked:
                variants.append(_text(n))
        elif (n.get(XML_LANG) or base) not in certs:
            certs[n.get(XML_LANG) or base] = n.get("cert") if unchecked else ""
    return {lang: cert for lang, cert in certs.items() if cert}, variants


def document_rows(doc, known: dict) -> dict:
    """One document's share of the tables: its row and its mentions."""
    return {"document": _document(doc), "mentions": _mentions(doc, known)}


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _document(doc) -> dict:
    from triglot.addresses import document_uri
    header = doc.root.find("t:teiHeader", NS)
    pub = header.find("t:fileDesc/t:publicationStmt", NS)
    licence = pub.find("t:availability/t:licence", NS)
    date = pub.find("t:date", NS)
    return {
        "id": doc.id,
        "uri": document_uri(doc) or "",
        "titles": {t.get(XML_LANG): _text(t)      # a title or genre still to be supplied (a gap) is none
                   for t in header.iterfind("t:fileDesc/t:titleStmt/t:title[@type='main']", NS)
                   if t.find("t:gap", NS) is None},
        "languages": _read_in(doc),
        "keywords": [_text(t) for t in header.iterfind("t:profileDesc/t:textClass/t:keywords/t:term", NS)
                     if t.find("t:gap", NS) is None],
        # the text's own date (a letter of 1918), as its Dublin Core record gives it: "published" is the
        # edition's, and a table without this dated every text by the day it was encoded
        "date": dc_date(doc),
        "published": date.get("when", "") if date is not None else "",
        "licence": licence.get("target", "") if licence is not None else "",
        "blocks": len(doc.blocks),
        "letters": len(header.findall("t:profileDesc/t:correspDesc", NS)),
        "seed_file": doc.seed_file() or "",
    }


def _read_in(doc) -> list[str]:
    """The languages a reader finds the text in, as the Dublin Core and MODS records say (lib:text-languages):
    the base text's and each translation's with a slot drafted or reviewed. The header's langUsage
    declares every translation language from the start, so a text just encoded was a row "en | ru | hy"
    with no Russian or Armenian word in it."""
    from triglot.edition import slot_state
    return [doc.root.get(XML_LANG)] + [lang for lang, slots in doc.slots.items()
                                       if any(slot_state(s) in ("draft", "reviewed") for s in slots.values())]


def _entity(el, register_file: str, places: dict, base: str) -> dict:
    """One register entry; a name without xml:lang is in the edition's base language."""
    names, variants = {}, []
    for n in el:
        if not isinstance(n.tag, str) or n.tag.rsplit("}", 1)[-1] not in NAME_TAGS:
            continue
        if n.get("type") == "variant":
            variants.append(_text(n))
        else:
            names.setdefault(n.get(XML_LANG) or base, _text(n))
    certainty, unchecked_variants = _certainty(el, base)
    # the base language's source notes: a table row is in it (as its occupation is), and a note's
    # translations (xml:lang, ana="#draft") were joined to it, the same words twice in two languages
    sources = [n for n in entry_notes(el, base, base) if n.get("type") == "source"]
    geo = (el.findtext("t:location/t:geo", namespaces=NS) or "").split()
    entry_id = el.get(XML_ID)
    match = places.get(entry_id) if el.tag == f"{{{TEI_NS}}}place" else None
    # a former id (`idno type="former"`, register rename/merge) is the edition's own, no authority record
    authority = [" ".join((i.text or "").split()) for i in el.findall("t:idno", NS) if i.get("type") != "former"]
    return {
        "id": entry_id,
        "register": register_file,
        "type": el.get("type", ""),
        "names": names,
        "name_certainty": certainty,
        "variants": variants,
        "unchecked_variants": unchecked_variants,
        # why: the entry's source notes, which say what was checked and against what
        "certainty_note": " ".join(_text(n) for n in sources)
        if certainty or unchecked_variants else "",
        "occupation": _text(el.find("t:occupation", NS)),
        "birth": _when(el.find("t:birth", NS)),
        "death": _when(el.find("t:death", NS)),
        # an organisation's dates of existence are the org's own @from/@to (or @when…), as the web shows them
        "existence": _existence(el) if el.tag == f"{{{TEI_NS}}}org" else "",
        "latitude": float(geo[0]) if len(geo) == 2 else None,
        "longitude": float(geo[1]) if len(geo) == 2 else None,
        "authority": [u for u in authority if u.startswith(("http://", "https://"))],
        "geonames": match.uri if match else "",
        "sources": [r.get("target") for n in sources for r in n.iterfind(".//t:ref", NS) if r.get("target")],
    }


def _when(el) -> str:
    """A birth's or death's date, as an organisation's existence is written (its open side '..', the
    time of day dropped): `<birth notAfter="1880"/>`, born in 1880 or before, was "1880", born in 1880,
    and a death `from="1921"` alone died in 1921 (hostile round 35; _existence had been mended alone)."""
    return "" if el is None else _existence(el)


def _existence(el) -> str:
    """An organisation's dates of existence as an EDTF interval, its open side '..'.

    Why: written as `_when`, an org with only @from (founded, no end known) read as "existed in that
    year" ("1917"), one with only @to as existing in the year it was dissolved; and a @from with a time
    (xs:dateTime, which TEI allows) broke the date pattern of the JSON Schema published beside the
    data. The day is kept, the time of day dropped: the column holds dates."""
    def day(value):
        return value.split("T", 1)[0] if value else value
    if el.get("when"):
        return day(el.get("when"))
    start, end = day(el.get("notBefore") or el.get("from")), day(el.get("notAfter") or el.get("to"))
    if not start and not end:
        return ""
    return f"{start or '..'}/{end or '..'}"


def _mentions(doc, known: dict) -> list[dict]:
    """Every tagged name of the document's text, with the passage it stands in and its language."""
    text = doc.root.find("t:text", NS)
    if text is None:
        return []
    rows = []
    for el in text.iter(*(f"{{{TEI_NS}}}{t}" for t in NAME_TAGS)):
        passage = next((a for a in el.iterancestors() if a.get(XML_ID)), None)
        lang = next((a.get(XML_LANG) for a in el.iterancestors() if a.get(XML_LANG)), "")
        block = (passage.get("corresp") or "").split()[0].lstrip("#") if passage is not None and \
            passage.get("corresp", "").startswith("#") else (passage.get(XML_ID) if passage is not None else "")
        ref = el.get("ref") or ""
        entity = _entity_key(ref, doc, known)
        language = el.get(XML_LANG) or lang
        rows.append({
            "document": doc.id,
            "passage": passage.get(XML_ID) if passage is not None else "",
            "block": block,
            "language": language,
            "element": el.tag.rsplit("}", 1)[-1],
            "surface": _text(el),
            "ref": ref,
            "entity": entity,
            # the register's name in this language is its guess, not checked against a source
            "form_certainty": known.get(entity, {}).get(language, "") if entity else "",
        })
    return rows


def _entity_key(ref: str, doc, known: dict) -> str:
    """register file stem + '#' + entry id, e.g. persons#chicherin, for a ref to an existing entry."""
    if not ref:
        return ""
    target = expand_pointer(ref.split()[0], doc)
    if not target or "#" not in target:
        return ""
    file, _, frag = target.partition("#")
    key = f"{Path(file).stem}#{frag}"
    return key if key in known else ""


def languages(data: dict) -> list[str]:
    """The languages of titles and names, in order of first use: the CSV's title_/name_ columns."""
    seen: dict[str, None] = {}
    for row in data["documents"]:
        seen.update(dict.fromkeys(row["titles"]))
    for name in ENTITY_TABLES:
        for row in data[name]:
            seen.update(dict.fromkeys(row["names"]))
    return list(seen)


def to_csv(name: str, rows: list[dict], langs: list[str]) -> bytes:
    """One table as RFC 4180 CSV (UTF-8, CRLF), language maps spread into one column per language."""
    columns = []
    for field in FIELDS[name]:
        if field in LANGUAGE_COLUMNS:
            columns += [f"{LANGUAGE_COLUMNS[field]}_{lang}" for lang in langs]
        else:
            columns.append(field)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    _csv_rows(writer, rows, langs)
    return buffer.getvalue().encode("utf-8")


def csv_lines(name: str, rows: list[dict]) -> bytes:
    """The lines `to_csv` writes for `rows` of a table without language columns (mentions), its header
    aside: a web build keeps them per document (web/data_tables.py) and joins them."""
    if any(field in LANGUAGE_COLUMNS for field in FIELDS[name]):
        raise ValueError(f"{name}'s columns depend on the languages")
    buffer = io.StringIO()
    _csv_rows(csv.DictWriter(buffer, fieldnames=FIELDS[name]), rows, [])
    return buffer.getvalue().encode("utf-8")


def _csv_rows(writer, rows: list[dict], langs: list[str]) -> None:
    for row in rows:
        flat = {}
        for field, value in row.items():
            if isinstance(value, dict):
                flat.update({f"{LANGUAGE_COLUMNS[field]}_{lang}": value.get(lang, "") for lang in langs})
            elif isinstance(value, list):
                flat[field] = LIST_SEPARATOR.join(value)
            else:
                flat[field] = "" if value is None else value
        writer.writerow({k: inert(v) for k, v in flat.items()})


# A cell a spreadsheet runs: "=", "+", "@" (also after spaces, which LibreOffice and Sheets trim), a tab or
# CR first, or "-" before anything but a year or date before Christ ("-0323", "-0323-05-01").
FORMULA = re.compile(r"[\t\r]|\s*(?:[=+@]|-(?!(?:\d+(?:-\d\d){0,2})?$))")


def inert(value):
    """A cell a spreadsheet would run as a formula ("=HYPERLINK(…)" in a name from an imported file,
    "-2+3+cmd|…") with an apostrophe before it, as OWASP advises for CSV; a "-" that begins a year
    before Christ ("-0323") is left alone. The JSON tables keep every value as it is."""
    return "'" + value if isinstance(value, str) and FORMULA.match(value) else value


def to_json(data: dict, facts, mentions: list[bytes] | None = None) -> bytes:
    """The tables as one JSON file; `mentions`: the mentions table's items as `json_items` gives them
    (data's own mentions then empty), spliced in as the last table: the same bytes as encoding them here."""
    doc = {"$schema": facts.uri + f"{DATA_DIR}/{SCHEMA_FILE}", "edition": facts.uri, "version": facts.version,
           **data}
    text = (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")
    if not mentions:
        return text
    empty = b'"mentions": []\n}\n'
    if list(doc)[-1] != "mentions" or doc["mentions"] or not text.endswith(empty):
        raise ValueError("mentions to splice into tables that do not end with an empty mentions table")
    return text[:-len(b"[]\n}\n")] + b"[\n" + b",\n".join(mentions) + b"\n ]\n}\n"


def json_items(rows: list[dict]) -> list[bytes]:
    """Each row as `to_json` writes it as an item of a table (indented at that depth): the JSON
    encoder indents only in Python, 5 s of a 500-document edition's 190,000 mentions, so a web build
    keeps these per document (web/data_tables.py). A JSON text holds no raw line break, so indenting
    each of its lines is indenting it."""
    return [b"\n".join(b"  " + line for line in json.dumps(row, ensure_ascii=False, indent=1).encode("utf-8").split(b"\n"))
            for row in rows]


def _creators(edition, publisher: dict):
    """Who made the data: the settings' editors (edition.editors), persons unless one is the
    publisher; none given, the publisher. The publisher stood here whatever the settings said."""
    made = [publisher if tag == "orgName" else {"@type": "Person", "name": name}
            for tag, name in edition.settings.editor_names()]
    return publisher if made == [publisher] else made


def to_jsonld(edition, data: dict, facts, files: list[str], mentions: int | None = None) -> bytes:
    """schema.org Dataset: the edition, its documents as parts and every data file as a distribution."""
    from triglot.library.release_time import export_time, iso
    formats = {".csv": "text/csv", ".json": "application/json", ".jsonld": "application/ld+json"}
    publisher = {"@type": "Organization", "name": facts.publisher}
    if facts.email:
        publisher["email"] = facts.email
    langs = languages(data)
    description = {
        "@context": {"@vocab": "https://schema.org/"},
        "@type": "Dataset",
        "@id": facts.uri + f"{DATA_DIR}/",
        "name": facts.title,
        "alternateName": [{"@value": t, "@language": lang} for lang, t in facts.titles if lang != facts.lang],
        "description": (f"The {len(data['documents'])} documents of {facts.title}, the persons, places and "
                        f"organisations of its registers and the {len(data['mentions']) if mentions is None else mentions} mentions of them in "
                        "the texts, as CSV and JSON tables (with a JSON Schema). A name form the registers have "
                        "not checked against a source is marked: an entry's name_certainty (CSV: name_certainty_LANG) "
                        "is 'low' or 'medium' for that language's name, its unchecked_variants list such variants and "
                        "its certainty_note gives the register's source notes that say why; a mention's form_certainty "
                        "is the certainty of its entity's name in the mention's language. Empty: the register does "
                        "not mark the form uncertain."),
        "url": facts.uri,
        "identifier": facts.uri,
        "version": facts.version,
        "datePublished": facts.date,
        "dateModified": iso(export_time(facts.date)),
        "license": facts.licence_uri,
        "isAccessibleForFree": True,
        "publisher": publisher,
        "creator": _creators(edition, publisher),
        "inLanguage": langs,
        "distribution": [{"@type": "DataDownload", "name": name,
                          "contentUrl": facts.uri + f"{DATA_DIR}/{name}",
                          "encodingFormat": formats[Path(name).suffix]} for name in files],
        "hasPart": [{"@type": "CreativeWork", "@id": row["uri"], "url": row["uri"],
                     "name": row["titles"].get(facts.lang) or next(iter(row["titles"].values()), row["id"]),
                     "alternateName": [{"@value": t, "@language": lang}
                                       for lang, t in row["titles"].items() if lang != facts.lang],
                     "inLanguage": row["languages"], "license": row["licence"] or facts.licence_uri}
                    for row in data["documents"]],
    }
    return (json.dumps(description, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def files(edition, facts, data: dict | None = None, mentions: list | None = None) -> dict[str, bytes]:
    """Every file of the data folder: file name -> bytes (the same bytes for the same edition).
    `data`: the tables when the caller has them already (the web build keeps rows per document);
    `mentions`: the mentions table already written, as (csv_lines, json_items, count) per document
    (web/data_tables.py keeps them so), data's own mentions then empty."""
    data = tables(edition) if data is None else data
    langs = languages(data)
    out = {f"{name}.csv": to_csv(name, rows, langs) for name, rows in data.items()}
    count = None
    if mentions is not None:
        out["mentions.csv"] += b"".join(lines for lines, _, _ in mentions)
        count = sum(n for _, _, n in mentions)
    out[JSON_FILE] = to_json(data, facts, None if mentions is None else [i for _, items, _ in mentions for i in items])
    out[SCHEMA_FILE] = SCHEMA_SOURCE.read_bytes()
    out[JSONLD_FILE] = to_jsonld(edition, data, facts, sorted(out), count)
    return out


def write(edition, folder: Path, facts=None, data: dict | None = None) -> list[Path]:
    """Write the data folder (used by the export and the web build)."""
    from triglot.library.corpus import edition_facts
    from triglot.xmlio import atomic_write
    facts = facts or edition_facts(edition)
    written = []
    for name, content in files(edition, facts, data).items():
        atomic_write(Path(folder) / name, content)
        written.append(Path(folder) / name)
    return written
