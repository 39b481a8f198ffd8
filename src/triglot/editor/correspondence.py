"""A letter's correspondents and its place and date, proposed from its text (encode --genre letter).

Printed editions head a letter "To J. H. Twichell, in Hartford:", "From Edward M. House" or "Lane to
Wheeler"; the letter's dateline gives where and when it was written, and its last line may be the
signature. Those are what a `correspDesc` says, and what the CMIF export, the web edition's document
list and its letter lines are made of: without one, a letter encoded from a seed was in none of them.
The proposal copies the names the tagger found there (with their register pointer where the register
knows them) and is marked for review, since a heading's "To" may be an editor's guess and a letter may
name neither party.
"""
from __future__ import annotations

import re

from lxml import etree

from triglot.tei import normalize_space, q

DIRECTION = re.compile(r"(?i)\b(to|from)\b")
DATE_ATTRIBUTES = ("when", "from", "to", "notBefore", "notAfter", "cert", "calendar")


def is_heading(text: str) -> bool:
    """A letter's heading in a printed edition: "To X", "From X" (with a place after a comma), or a
    memorandum's "From: X" and "To: X", its words in capitals or the name right after the colon
    ("FROM: X", "To:Y": the correspDesc read them, but the title stopped at the first line)."""
    return bool(re.match(r"(?:(?:To|From|TO|FROM):\s*|(?:To|From)\s+)[A-Z\u0400-\u04FF\u0531-\u0556]", text)) \
        and len(text.split()) <= 15


def propose(profile, elements: list, given_date: str | None) -> etree._Element | None:
    """Append a `correspDesc` proposed from the letter's heading, dateline and signature to `profile`;
    None (and nothing appended) where the text names no party, place or date."""
    sent, received = [], []
    for heading in (el for el in elements if el.tag == q("head")):    # "From X" over "To Y": both
        if DIRECTION.search("".join(heading.itertext())):
            offices = _office_holders(heading)
            for name, role in _roles(heading):
                if offices and name.tag == q("persName"):
                    continue        # the persons are those in brackets after their offices
                (sent if role == "from" else received).append(name)
            for name, role in offices:
                (sent if role == "from" else received).append(name)
    signature = elements[-1] if elements and elements[-1].tag == q("trailer") else None
    if signature is not None and not any(n.tag != q("placeName") for n in sent):
        sent += [n for n in signature if n.tag == q("persName")] or _body_alone(signature)
    dateline = next((el for el in elements if el.tag == q("dateline")), None)
    places = [] if dateline is None else [n for n in dateline if n.tag == q("placeName")]
    date = None if dateline is None else next((n for n in dateline if n.tag == q("date")), None)
    date_attrs = {k: v for k, v in (date.attrib.items() if date is not None else ()) if k in DATE_ATTRIBUTES}
    if not date_attrs and given_date:
        from triglot.editor.given_date import attributes
        date_attrs = attributes(given_date)      # a range given to encode: notBefore, notAfter
    if not (sent or received or places or date_attrs):
        return None
    desc = etree.SubElement(profile, q("correspDesc"), {"ana": "#review"})
    desc.append(etree.Comment(
        " proposed by triglot encode from the letter's heading, dateline and signature: check each party "
        "(a name without @ref awaits its register entry), add the parties the text does not name, then "
        "remove ana=\"#review\" "))
    place = q("placeName")
    sent_names = [n for n in sent if n.tag != place] + places + [n for n in sent if n.tag == place]
    if sent_names or date_attrs:
        action = etree.SubElement(desc, q("correspAction"), {"type": "sent"})
        for name in sent_names:
            _copy(action, name)
        if date_attrs:
            stamp = etree.SubElement(action, q("date"), date_attrs)
            if date is not None:
                stamp.text = normalize_space("".join(date.itertext()))
    if received:
        action = etree.SubElement(desc, q("correspAction"), {"type": "received"})
        for name in [n for n in received if n.tag != place] + [n for n in received if n.tag == place]:
            _copy(action, name)
    return desc


# A heading of FRUS and the printed papers of foreign offices: "The Secretary of State (Colby) to the
# Ambassador in France (Wallace)", "The High Commissioner at Constantinople ( Bristol ) to the Secretary of
# State": each party an office, the holder's name in brackets after it where the editors give it.
OFFICE = r"[A-Z][^()]*?"
HOLDER = r"(?:\s*\(\s*(?P<{}>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s*\))?"
OFFICE_TO_OFFICE = re.compile(r"\s*(?:The\s+)?" + OFFICE + HOLDER.format("sender") + r"\s+to\s+(?:the\s+)?"
                              + OFFICE + HOLDER.format("recipient") + r"\s*[.:]?\s*")


def _office_holders(heading) -> list[tuple[etree._Element, str]]:
    """The office holders a FRUS heading names in brackets, each with its direction: the tagger's name
    where it tagged the bracketed words (with its register pointer), else a new persName of them (a
    proposal without @ref, reviewed with the correspDesc). The heading "The Secretary of State (Colby) to
    the Ambassador in France (Wallace)" gave a correspDesc with no sender: "Colby" was no tagged name."""
    found = OFFICE_TO_OFFICE.fullmatch(normalize_space(heading.xpath("string(.)")))
    if found is None:
        return []
    tagged = {normalize_space("".join(n.itertext())): n for n in heading.iter(q("persName"))}
    holders = []
    for group, role in (("sender", "from"), ("recipient", "to")):
        if found[group]:
            name = tagged.get(found[group])
            if name is None:
                name = etree.Element(q("persName"))
                name.text = found[group]
            holders.append((name, role))
    return holders


def _body_alone(signature) -> list:
    """The body a letter is signed by when its last line is that body's name and nothing else
    ("League of Nations Union"); not one named beside a signer the tagger missed ("Robert Cecil,
    League of Nations Union": Cecil signed, for the Union)."""
    bodies = [n for n in signature if n.tag == q("orgName")]
    words = lambda text: re.sub(r"[\W_]+", " ", text).split()      # noqa: E731
    if len(bodies) == 1 and words("".join(signature.itertext())) == words("".join(bodies[0].itertext())):
        return bodies
    return []


def _roles(heading) -> list[tuple[etree._Element, str]]:
    """Each name of the heading with the direction the word before it gives ("To X", "From X"; in
    "Lane to Wheeler" the name before "to" is the writer's). The words between names are read from every
    node's tail: a name encode proposes is followed by its review comment, and the words after it are that
    comment's tail, so "Mr. Colby to Mr. Smith" (both proposed) gave a correspDesc with neither party
    (hostile round 35)."""
    kinds = (q("persName"), q("orgName"), q("placeName"))
    pieces, at = [heading.text or ""], []      # the heading's words in order; at: the names' places
    for child in heading:
        if child.tag in kinds:
            at.append((child, len(pieces)))
        if isinstance(child.tag, str):          # a comment's or processing instruction's words are no text
            pieces.append("".join(child.itertext()))
        pieces.append(child.tail or "")
    names = {i for _, i in at}
    out = []
    for name, i in at:
        said = DIRECTION.findall("".join(pieces[:i]))
        after = DIRECTION.search("".join(piece for k, piece in enumerate(pieces[i + 1:], i + 1) if k not in names))
        if said:
            out.append((name, said[-1].lower()))
        elif after and after[1].lower() == "to":
            out.append((name, "from"))
    return out


def _copy(parent, name) -> None:
    """The name as the text writes it, with its register pointer when the register knows it."""
    copy = etree.SubElement(parent, name.tag)
    if name.get("ref"):
        copy.set("ref", name.get("ref"))
    copy.text = normalize_space("".join(name.itertext()))
