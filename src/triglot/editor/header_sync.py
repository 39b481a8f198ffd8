"""What a header states of the edition's settings, and the edit that brings it into line.

Publisher, licence and editors are settings (triglot.toml), but the outputs read them from
each document's header (citations, the web, MODS, Dublin Core, CMIF, BagIt). A settings edit
left every header as it was, and nothing but hand edits brought them into line. This module
finds where a header disagrees (`differences`: `check --rule header-settings` reports them) and
rewrites only those elements in the file's own text (`synced_text`: `triglot sync-headers`), so
that the rest of the file stays byte for byte as the editors left it: re-serialising the tree
would re-indent, re-quote and re-escape the whole document, and its diff would hide the change.

A licence with `@source` is the document's own (its source's licence, which binds the text: a
CC BY-SA article from Wikipedia stays CC BY-SA in this edition): it is never overwritten.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from triglot.problems import Problem
from triglot.tei import NS, XML_ID, local, normalize_space
from triglot.validate.header import is_public_domain, licence_words
from triglot.validate.header import own_licence_element as own_licence

RULE = "sync-headers"
FILE_DESC = "t:teiHeader/t:fileDesc"


@dataclass(frozen=True)
class Difference:
    what: str              # publisher, licence, editors
    line: int
    said: str              # what the header states
    expected: str          # what the settings say
    element: object        # the header's element that states it (None: no such element)


def _text(el) -> str:
    return normalize_space("".join(el.itertext())) if el is not None else ""


def _editors(rs) -> list[tuple[str, str]]:
    return [(local(n), _text(n)) for n in rs
            if isinstance(n.tag, str) and local(n) in ("persName", "orgName", "name")]


def differences(root, settings, register: bool = False) -> list[Difference]:
    """Where the header of `root` disagrees with the settings' publisher, licence (its URL and its
    words) and, in a document and when the settings name them, editors."""
    out: list[Difference] = []
    pub = root.find(f"{FILE_DESC}/t:publicationStmt", NS)
    line = getattr(pub if pub is not None else root, "sourceline", 0) or 0
    expected = normalize_space(settings.publisher or "")
    # every publisher and licence is read, as validate reads them: a second <publisher> (TEI allows
    # several) that named another was neither reported nor rewritten, and sync-headers said the
    # header was in line while validate's edition-header rule refused it
    if expected:
        publishers = pub.findall("t:publisher", NS) if pub is not None else []
        if not publishers:
            out.append(Difference("publisher", line, "", expected, None))
        out += [Difference("publisher", el.sourceline or line, _text(el), expected, el)
                for el in publishers if _text(el) != expected]
    own = own_licence(root)
    # the edition's licence: a document's with none of its own, and one beside a public-domain source
    # text's mark (for the translations and notes), which a change of licence left stale
    if settings.licence.url and (own is None or is_public_domain(own.get("target"))):
        lics = [lic for lic in root.iterfind(f"{FILE_DESC}/t:publicationStmt/t:availability/t:licence", NS)
                if not lic.get("source")]
        words = normalize_space(settings.licence.label or settings.licence.url)
        if not lics and own is None:
            out.append(Difference("licence", line, "", f"{words} <{settings.licence.url}>", None))
        out += [Difference("licence", lic.sourceline or line,
                           f"{licence_words(lic)} <{lic.get('target') or 'no target'}>",
                           f"{words} <{settings.licence.url}>", lic)
                for lic in lics if lic.get("target") != settings.licence.url or licence_words(lic) != words]
    if not register and settings.editors:
        rs = next((r for r in root.iterfind(f"{FILE_DESC}/t:titleStmt/t:respStmt", NS)
                   if r.get(XML_ID) == "resp-editors"), None)
        wanted = settings.editor_names()
        if rs is not None and _editors(rs) != wanted:
            out.append(Difference("editors", rs.sourceline or 0, ", ".join(n for _, n in _editors(rs)),
                                  ", ".join(n for _, n in wanted), rs))
    return out


def problems(name: str, root, settings, register: bool = False) -> list[Problem]:
    """`check`'s findings (rule header-settings) for one file."""
    return [Problem(name, d.line, "header-settings",
                    f"the header's {d.what} is '{d.said or 'not stated'}', the settings' (triglot.toml) "
                    f"'{d.expected}': the web, citations and library records read the header; "
                    f"`triglot sync-headers` brings it into line")
            for d in differences(root, settings, register)]


# -- the edit -------------------------------------------------------------------
def _replacement(diff: Difference, settings) -> etree._Element:
    """The element that states what the settings say, with the old element's attributes (its
    xml:id, a licence's @n): serialised on its own it carries no namespace declaration, and in the
    document's text it is in the TEI namespace the document declares."""
    old = diff.element
    new = etree.Element(local(old), {k: v for k, v in old.attrib.items()})
    if diff.what == "publisher":
        new.text = normalize_space(settings.publisher)
    elif diff.what == "licence":
        new.set("target", settings.licence.url)
        new.text = normalize_space(settings.licence.label or settings.licence.url)
        for note in old.iterfind("t:note", NS):     # what it covers is kept (the licence beside a mark)
            kept = etree.SubElement(new, "note", {k: v for k, v in note.attrib.items()})
            kept.text = _text(note)
    else:
        resp = old.find("t:resp", NS)
        etree.SubElement(new, "resp").text = _text(resp) if resp is not None else "edited and encoded by"
        for tag, person in settings.editor_names():
            etree.SubElement(new, tag).text = person
    return new


def _alike(el) -> list:
    """`el` and its siblings of its name: a header's publishers, or its licences that state the
    edition's (a public-domain source text's mark, with @source, stands beside the edition's
    licence and is not one of two to choose between)."""
    parent = el.getparent()
    return [el] if parent is None else [e for e in parent.findall(el.tag) if not e.get("source")]


def _masked(text: str) -> str:
    """`text` with comments, CDATA sections and processing instructions blanked out (the same
    length): a tag named in a comment is no element."""
    def blank(m):
        return re.sub(r"[^\n]", " ", m.group(0))
    return re.sub(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>", blank, text, flags=re.S)


def _span(masked: str, root, el) -> tuple[int, int] | None:
    """Where `el` stands in the file's text: the n-th start tag of its name, n its place among the
    document's elements of that name, to its end tag (publisher, licence and respStmt do not nest)."""
    name = local(el)
    same = [e for e in root.iter(el.tag)]
    starts = [m for m in re.finditer(rf"<{name}(?=[\s/>])", masked)]
    if len(starts) != len(same):
        return None
    start = starts[same.index(el)].start()
    close = masked.find(">", start)
    if close < 0:
        return None
    if masked[close - 1] == "/":
        return start, close + 1
    end = masked.find(f"</{name}>", close)
    nested = masked.find(f"<{name}", close, end if end >= 0 else None)
    if end < 0 or nested >= 0:
        return None
    return start, end + len(f"</{name}>")


def synced_text(name: str, text: str, root, settings, register: bool = False) -> tuple[str, list[Difference], list[Problem]]:
    """The file's text with its header's disagreeing elements rewritten from the settings, what
    changed, and why it could not be (a header with no element to state it in, an element the
    text does not show where lxml finds it): then the text is returned unchanged."""
    diffs = differences(root, settings, register)
    refused = [Problem(name, d.line, RULE,
                       f"the header states no {d.what} (publicationStmt/"
                       f"{'publisher' if d.what == 'publisher' else 'availability/licence'}) to bring into line "
                       f"with the settings' '{d.expected}': add the element (ENCODING.md, \"Files\"), then run "
                       f"sync-headers again") for d in diffs if d.element is None]
    refused += [Problem(name, d.line, RULE, f"the header states {len(_alike(d.element))} {d.what}s, "
                        f"'{d.said}' one of them: whether it is another one beside the edition's or an old one is "
                        f"the editors' call; keep the one the settings name ('{d.expected}') by hand, then run "
                        f"sync-headers again") for d in diffs
                if d.what in ("publisher", "licence") and d.element is not None and len(_alike(d.element)) > 1]
    if refused or not diffs:
        return text, diffs, refused
    masked = _masked(text)
    spans = []
    for d in diffs:
        span = _span(masked, root, d.element)
        if span is None:
            refused.append(Problem(name, d.line, RULE, f"cannot find the header's <{local(d.element)}> in the "
                                   f"file's text where the parser found it (a prefixed or self-nested element?): "
                                   f"nothing is changed; state '{d.expected}' there by hand"))
        spans.append(span)
    if refused:
        return text, diffs, refused
    out = text
    for d, (start, end) in sorted(zip(diffs, spans), key=lambda pair: -pair[1][0]):
        out = out[:start] + etree.tostring(_replacement(d, settings), encoding="unicode") + out[end:]
    return out, diffs, []
