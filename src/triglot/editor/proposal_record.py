"""The header's record of what encode and retag proposed, so that retag never proposes it again.

An editor rejects a proposal by removing its tag ("the Caucasus" that is no
mention of the register's Caucasus, a "Soviet-Turkish" the recogniser took for a
name). The text then looks exactly like text nobody tagged yet, and `retag` put
the tag back. So each run records its proposals in the header, where a hand
edit of the text leaves them:

    <revisionDesc>
      <change type="proposed" when="2026-12-05" who="#resp-editors">
        <list>
          <item><ptr target="#aaw.p3" type="placeName" subtype="plc:caucasus"/>Caucasus</item>

one item per proposal: the block (its id is never renumbered), the element
and its register entry (or its value, for a date; none for a name the registers
did not know), and the words. The block's words are the seed's (validate holds
them to it), so whatever markup the editor changes, a proposal that is proposed
again for the same words in the same block is one the editor removed. A
proposal with another entry (the unknown "Enver Pasha" removed, then registered)
is new: it is made. Plain TEI (`change`, `list`, `item`, `ptr`), written by
hand as easily, and validated as every header is.
"""
from __future__ import annotations

from lxml import etree

from triglot.tei import NS, XML_ID, change_list, local, q

TYPE = "proposed"
NAME_TAGS = ("persName", "placeName", "orgName", "date")
DATE_ATTRS = ("when", "from", "to", "notBefore", "notAfter")


def key(tag: str, attrs) -> str:
    """What a proposal says of its words: the register entry, or a date's ISO value ("when=1920-12")."""
    if tag == "date":
        return ",".join(f"{a}={attrs.get(a)}" for a in DATE_ATTRS if attrs.get(a))
    return ",".join((attrs.get("ref") or "").split())


def words(text: str) -> str:
    return " ".join(text.split())


def recorded(root) -> set[tuple[str, str, str, str]]:
    """(block id, element, key, words) of every proposal the header records."""
    found = set()
    for ptr in root.iterfind(f"t:teiHeader/t:revisionDesc//t:change[@type='{TYPE}']//t:item/t:ptr", NS):
        item = ptr.getparent()
        found.add(((ptr.get("target") or "").lstrip("#"), ptr.get("type") or "", ptr.get("subtype") or "",
                   words("".join(item.itertext()))))
    return found


def has_record(root) -> bool:
    return root.find(f"t:teiHeader/t:revisionDesc//t:change[@type='{TYPE}']", NS) is not None


def of_blocks(blocks) -> list[tuple[str, str, str, str]]:
    """The record of the names and dates tagged in `blocks` (what encode has just proposed)."""
    entries = []
    for block in blocks:
        for el in block.iter(*(q(t) for t in NAME_TAGS)):
            entries.append((block.get(XML_ID), local(el), key(local(el), el), words("".join(el.itertext()))))
    return entries


def record(header, entries, when: str) -> None:
    """Add one `change type="proposed"` listing `entries` to the header's revisionDesc, or to its
    listChange (tei.change_list), laid out as its siblings: one item a line."""
    if not entries:
        return
    revisions = change_list(header)
    changes = revisions.findall("t:change", NS)
    indent = (changes[-1].tail if changes else None) or "\n"
    change = etree.SubElement(revisions, q("change"), type=TYPE, when=when, who="#resp-editors")
    step = "  " if indent.startswith("\n") else ""
    lst = etree.SubElement(change, q("list"))
    change.text, lst.tail = indent + step, indent
    lst.text = indent + step * 2
    for block_id, tag, value, text in entries:
        item = etree.SubElement(lst, q("item"))
        ptr = etree.SubElement(item, q("ptr"), target=f"#{block_id}", type=tag)
        if value:
            ptr.set("subtype", value)
        ptr.tail = text
        item.tail = indent + step * 2
    lst[-1].tail = indent + step
    if changes:
        change.tail = changes[-1].tail
        changes[-1].tail = indent
    else:
        change.tail = "\n"
