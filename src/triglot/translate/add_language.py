"""`triglot translations add-language LANG`: empty slots for a translation language the settings gained.

Adding a language to an edition is a settings change (languages.translations in
triglot.toml) and then this command: every document gets a translation div for it
with one untranslated slot per block of the base text (a note's slot inside the slot
of the block that holds it, as everywhere in the edition), a langUsage line and the
`resp-draft-LANG` respStmt encode writes for each translation language. The
texts themselves come through the PO workflow; the register names in the new
language are the editors' to give (`triglot check --rule register-gap` lists them;
until then every output shows the base-language form). All documents are written or
none.
"""
from __future__ import annotations

import copy

from lxml import etree

from triglot.edition import Document, Edition
from triglot.problems import InputError, Problem
from triglot.tei import DRAFTER_PREFIX, NS, XML_ID, XML_LANG, drafter_language, drafter_resp, local, q, slot_tag


def add_language(edition: Edition, lang: str) -> list:
    """Add `lang`'s slots to every document that lacks them; returns the paths written."""
    settings = edition.settings
    if lang not in settings.translations:
        raise InputError([Problem("triglot.toml", 0, "settings",
                                  f"{lang!r} is not a translation language: add it to languages.translations first")])
    planned = []
    for doc in edition.documents:
        if doc.base is None:
            raise InputError(edition.shape_problems([doc]))
        if any(d.get(XML_LANG) == lang for d in doc.root.iterfind(".//t:body/t:div[@type='translation']", NS)):
            continue
        planned.append((doc, with_slots(doc, lang, settings)))
    from triglot.xmlio import write_together
    # all documents or none, a kill included (the journal: the next writer puts back those written),
    # and none over a document saved by hand since it was read
    write_together({doc.path: data for doc, data in planned}, journal=edition.root,
                   read={doc.path: doc.digest for doc, _ in planned if doc.digest})
    return [doc.path for doc, _ in planned]


def with_slots(doc: Document, lang: str, settings) -> bytes:
    tree = copy.deepcopy(doc.tree)
    root = tree.getroot()
    base = root.find(".//t:body/t:div[@type='base']", NS)
    divs = root.findall(".//t:body/t:div[@type='translation']", NS)
    div = etree.Element(q("div"), {"type": "translation"})
    div.set(XML_LANG, lang)
    div.set(XML_ID, f"{doc.id}.{lang}")
    div.set("corresp", f"#{base.get(XML_ID)}")
    _append_after(divs[-1] if divs else base, div)
    ids = {b.get(XML_ID) for b in doc.blocks}
    slots = {}
    for block in _blocks_of(base, ids):
        holder = _holder(block, ids) if local(block) == "note" else None
        parent = slots.get(holder, div)
        slot = etree.SubElement(parent, q(slot_tag(block)), {"corresp": "#" + block.get(XML_ID),
                                                             "ana": "#untranslated"})
        slot.set(XML_ID, f"{block.get(XML_ID)}.{lang}")
        slots[block.get(XML_ID)] = slot
    _lay_out(div)
    _add_drafter(root, lang, settings)
    usage = root.find("t:teiHeader/t:profileDesc/t:langUsage", NS)
    if usage is not None:
        _declare(usage, lang, settings)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(tree, encoding="UTF-8") + b"\n"



def _declare(usage, lang: str, settings) -> None:
    """The langUsage line of the new translation language. A document may already declare the
    language for a few words of it (the Legran letter cites Turkish titles in its notes): that
    declaration becomes the settings' usage, as the document's Turkish now is mostly its
    translation; a second line with the same ident made the library records list the language
    twice and call the notes' Turkish a draft translation."""
    declared = [el for el in usage.iterfind("t:language", NS) if el.get("ident") == lang]
    if declared:
        declared[0].text = settings.language_usage(lang)
        return
    language = etree.Element(q("language"), ident=lang)
    language.text = settings.language_usage(lang)
    if len(usage):
        _append_after(usage[-1], language)
    else:
        usage.append(language)

def _add_drafter(root, lang: str, settings) -> None:
    """The `resp-draft-LANG` respStmt encode gives a document for each translation language, after
    the header's other drafters (a header without any, from another project, gets none): without
    it, a document encoded after the language was added took `--resp resp-draft-LANG` and the
    documents given the language here refused it."""
    drafters = [r for r in root.iterfind("t:teiHeader/t:fileDesc/t:titleStmt/t:respStmt", NS)
                if drafter_language(r.get(XML_ID) or "")]
    if not drafters or any(r.get(XML_ID) == f"{DRAFTER_PREFIX}{lang}" for r in drafters):
        return
    new = copy.deepcopy(drafters[-1])
    new.set(XML_ID, f"{DRAFTER_PREFIX}{lang}")
    resp = new.find("t:resp", NS)
    if resp is not None:
        resp.text = drafter_resp(lang, settings.base)
    # Who drafts the new language is not who drafted the last one: the copy named the Armenian
    # drafter ("Triglot project") after the settings had another publisher (journey 23g). Encode
    # names the edition's publisher in a new document's drafter statements, and so does this.
    names = [n for n in new if isinstance(n.tag, str) and local(n) in ("persName", "orgName", "name")]
    for extra in names[1:]:
        new.remove(extra)
    if names:
        who = etree.Element(q("orgName"))
        who.text = settings.publisher
        who.tail = names[0].tail
        new.replace(names[0], who)
    _append_after(drafters[-1], new)


def _indent_before(el) -> str:
    """The line break and indentation the file has before `el` (its own line's indentation)."""
    prev = el.getprevious()
    space = (prev.tail if prev is not None else el.getparent().text) or ""
    return space[space.rfind("\n"):] if "\n" in space else ""


def _append_after(sibling, el) -> None:
    """Put `el` after `sibling` on a line of its own, indented as `sibling` is: translators and
    editors fill the new slots in the TEI too, and the whole div on one line hid them."""
    indent = _indent_before(sibling)
    sibling.addnext(el)
    el.tail = sibling.tail
    if indent:
        sibling.tail = indent


def _lay_out(div) -> None:
    """Each slot of the new div on its own line, one step deeper than the div (a note's slot
    stays inside its block's slot, on that line, as export and import write them)."""
    indent = _indent_before(div)
    if not indent or not len(div):
        return
    div.text = indent + "  "
    for slot in div:
        slot.tail = indent + "  "
    div[-1].tail = indent


def _blocks_of(base, ids):
    """The base text's blocks (the copy's elements) in document order."""
    return [el for el in base.iter() if isinstance(el.tag, str) and el.get(XML_ID) in ids]


def _holder(note, ids):
    """The id of the block a note sits in (its slot holds the note's slot)."""
    for anc in note.iterancestors():
        if anc.get(XML_ID) in ids:
            return anc.get(XML_ID)
    return None
