"""One Dublin Core record (oai_dc) per document, mapped from its TEI header by XSLT.

The record is what an OAI-PMH provider serves for the document: harvesters
(library catalogues, Europeana-style aggregators) read nothing else, so every
field is filled from the header and checked field by field in the tests.
"""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from triglot.library.document_date import dc_date
from triglot.devised_title import record_title
from triglot.xslt import compile_stylesheet, transform_to_string

OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_NS = "http://purl.org/dc/elements/1.1/"


def stylesheet_path(root: Path) -> Path:
    """The edition's own xslt/export/dublin-core.xsl if it has one, else the toolkit's."""
    from triglot.resources import find
    return find(root, "xslt/export/dublin-core.xsl")


def records(edition, register_folder: Path, edition_uri: str) -> dict[str, bytes]:
    """document id -> its oai_dc record (UTF-8 XML)."""
    executable = compile_stylesheet(stylesheet_path(edition.root))
    from triglot.print.book import strings_lang, ui
    words = strings_lang(edition, edition.settings.base)      # the source line's language: the base text's
    params = {"register-folder": Path(register_folder).resolve().as_uri() + "/",
              "edition-uri": edition_uri,
              "page-label": ui(edition.root, words, "p. {page}"),
              "pages-label": ui(edition.root, words, "pp. {pages}")}
    out = {}
    for doc in edition.documents:
        xml = etree.tostring(doc.tree, encoding="unicode")
        own = {**params, "text-date": dc_date(doc),     # the document's own date, beside the edition's
               "devised-title": record_title(doc)}
        out[doc.id] = transform_to_string(executable, xml, params=own).encode("utf-8")
    return out
