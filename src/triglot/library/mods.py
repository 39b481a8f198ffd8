"""MODS 3.7 records: one per document and one for the edition, mapped from the TEI headers by XSLT.

Library catalogues ingest MODS beside Dublin Core because it keeps what DC
flattens: titles with their language and script, names with roles and
authority URIs, the archival originals as related items. Every record is
checked against the bundled MODS schema (mods/mods-3-7.xsd; 3.8 uses an
attribute twice, which libxml2 refuses) before the export is published.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from lxml import etree

from triglot.devised_title import record_title
from triglot.library import languages
from triglot.library.document_date import mods_date
from triglot.problems import InputError, Problem
from triglot.resources import find
from triglot.xslt import compile_stylesheet, transform_to_string

MODS_DIR = "mods"
EDITION_RECORD = "edition.xml"
SCHEMA_DIR = Path(__file__).with_name("mods")
MODS_XSD = SCHEMA_DIR / "mods-3-7.xsd"


@lru_cache(maxsize=1)
def mods_schema() -> etree.XMLSchema:
    """MODS 3.7 with its xlink and xml imports, all local: compiled once, no network."""
    return etree.XMLSchema(etree.parse(str(MODS_XSD)))


def records(edition, corpus_xml, register_folder: Path, facts, gazetteer: str = "") -> dict[str, bytes]:
    """file name -> MODS record: DOC.xml for each document, edition.xml for the edition (from the corpus,
    its text or its tree from xslt.parse)."""
    from triglot.library.release_time import export_time
    executable = compile_stylesheet(find(edition.root, "xslt/export/mods.xsl"))
    params = {"register-folder": Path(register_folder).resolve().as_uri() + "/", "edition-uri": facts.uri,
              "edition-titles": json.dumps(dict(facts.titles), ensure_ascii=False),
              "record-date": export_time(facts.date).date().isoformat(),
              "languages": languages.table(_language_tags(edition)), "gazetteer": gazetteer}
    out = {}
    for doc in edition.documents:
        xml = etree.tostring(doc.tree, encoding="unicode")
        own = {**params, "text-date": json.dumps(mods_date(doc)),     # the document's own date
               "devised-title": record_title(doc)}
        out[f"{doc.id}.xml"] = transform_to_string(executable, xml, params=own).encode("utf-8")
    out[EDITION_RECORD] = transform_to_string(executable, corpus_xml, params=params).encode("utf-8")
    for name, data in out.items():
        check(f"{MODS_DIR}/{name}", data)
    return out


def _language_tags(edition) -> set[str]:
    """Every language tag the records can name: the settings' languages and each xml:lang used."""
    tags = set(edition.settings.languages)
    for doc in edition.documents:
        tags.update(doc.tree.xpath("//@xml:lang"))
    return tags


def check(name: str, data: bytes) -> None:
    """A record that breaks the MODS schema stops the export, with the schema's own messages."""
    from triglot.xmlio import parse_bytes
    schema = mods_schema()
    if not schema.validate(parse_bytes(data, name)):
        raise InputError([Problem(name, e.line, "mods-schema", e.message) for e in schema.error_log])
