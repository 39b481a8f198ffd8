"""Permanent URLs of documents and blocks, as a document's header states them.

Every document is published at `URI base + document id` (the base is the edition's
setting `edition.uri-base`; the header states it as `publicationStmt/idno[@type='URI']`)
and every block at that URL + `#` + the block's xml:id. These are facts of one
document and the settings, so validation checks them where an editor works, and the
library export (library/identifiers.py) records and guards them once released; both
read them here, upstream of either.
"""
from __future__ import annotations

import re

from triglot.problems import Problem
from triglot.tei import NS, XML_ID


def document_uri(doc) -> str | None:
    """The permanent URL the document's header declares."""
    el = doc.root.find("t:teiHeader/t:fileDesc/t:publicationStmt/t:idno[@type='URI']", NS)
    return " ".join(el.text.split()) if el is not None and el.text else None


def block_uri(doc, block_id: str, base: str) -> str:
    """The citable URL of one block (or any xml:id) of a document; `base` is the edition's URI base."""
    return f"{base}{doc.id}#{block_id}"


# XPath's whitespace (normalize-space): space, tab, carriage return, line feed
XPATH_SPACE = re.compile(r"[ \t\r\n]+")


def division_anchor(div) -> str:
    """The id of a numbered division (a treaty's article, a div with @n) on its web page, which a
    citation reaches (URI + "#" + it): its own xml:id, else its nearest ancestor's with one, ".n" and
    its number, spaces as "_" (mudros.en.n18; two documents of a collection may both have an article 1).
    Derived here once: validate refuses an anchor that clashes with an id, and the web build hands it
    to the stylesheet as the division's tg:anchor (blocks.xsl's tg:division-anchor reads it), so the
    rule is no longer written twice, in Python and XSLT, and held together by tests alone."""
    if div.get(XML_ID):
        return div.get(XML_ID)
    owner = next((a.get(XML_ID) for a in div.iterancestors() if a.get(XML_ID)), "")
    return owner + ".n" + XPATH_SPACE.sub(" ", div.get("n")).strip(" ").replace(" ", "_")


def stated_block_pattern(doc) -> tuple[str, str] | None:
    """The header's canonical-reference pattern (matchPattern, replacementPattern), if any."""
    el = doc.root.find("t:teiHeader/t:encodingDesc/t:refsDecl/t:cRefPattern", NS)
    if el is None:
        return None
    return el.get("matchPattern", ""), el.get("replacementPattern", "")


def apply_pattern(pattern: tuple[str, str], ref: str) -> str | None:
    """Expand a TEI cRefPattern for `ref` ($1 style groups, whole-string match)."""
    from triglot.patterns import PatternError, expand
    try:
        return expand(*pattern, ref)
    except PatternError:
        return None   # reported by the edition's loader at the pattern's line


def document_uri_problems(doc, base: str) -> list[Problem]:
    """The header's URL must be the URI base + the document's id, and a stated block pattern must agree.

    validate runs it on each document it checks, so that an editor learns there, not at export,
    that a copied or renamed document states another URL; export runs it on every document."""
    problems = []
    line = doc.root.sourceline or 1
    uri = document_uri(doc)
    if uri != base + doc.id:
        stated = next((el for el in (doc.root.find("t:teiHeader/t:fileDesc/t:publicationStmt/t:idno[@type='URI']", NS),
                                     doc.root.find("t:teiHeader/t:fileDesc/t:publicationStmt", NS))
                       if el is not None), doc.root)
        problems.append(Problem(doc.name, stated.sourceline or line, "identifier",
                                ("the header states no publicationStmt/idno[@type='URI']" if uri is None else
                                 f"publicationStmt/idno[@type='URI'] is {uri!r}") + "; the permanent URL of "
                                f"document {doc.id!r} is {base + doc.id!r} (edition.uri-base in triglot.toml)"))
    pattern = stated_block_pattern(doc)
    if pattern is not None:
        for block in doc.blocks:
            bid = block.get(XML_ID)
            if bid is None:
                continue            # a block without an id is reported as such (ids rule); it has no URL
            if apply_pattern(pattern, bid) != block_uri(doc, bid, base):
                problems.append(Problem(doc.name, block.sourceline or line, "identifier",
                                        f"the header's cRefPattern does not give {block_uri(doc, bid, base)} "
                                        f"for block {bid}"))
                break
    return problems
