"""Re-proposing markup in an existing document, touching only its untagged text.

After new register entries, a document encoded earlier has mentions of them
that nobody tagged. `retag` reads the text that lies directly in each English
block (between elements, never inside one), proposes names there as `encode`
does, and leaves every element, attribute and comment an editor wrote exactly
as it was: corrections made since the document was encoded are never lost.
Every proposal is marked for review, with the reason in a comment.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from triglot.editor.names import NameIndex
from triglot.editor.recognize import Recogniser, proposes_names
from triglot.editor.tagger import REVIEW, YearContext, propose
from triglot.tei import q

RETAG_NOTE = "proposed by triglot retag"


@dataclass
class Retagged:
    proposals: int
    blocks: list[str]        # ids of the blocks that gained markup (their translations become stale)


def retag(edition, doc, new_names: bool = False, dates: bool = False) -> Retagged:
    """Add proposals to `doc`'s tree in place (the caller writes it)."""
    index = NameIndex(edition.registers)
    new_names = new_names and proposes_names(edition.settings.base)
    recogniser = Recogniser(known_surnames=index.surnames()) if new_names else None
    count, changed = 0, []
    for block in doc.blocks:
        added = 0
        for holder, attr in _untagged(block):
            text = getattr(holder, attr)
            found = [p for p in propose(text, index, YearContext([], None), in_context=False, recogniser=recogniser)
                     if dates or p.tag != "date"]
            if found:
                added += _insert(holder, attr, text, found)
        if added:
            count += added
            changed.append(block.get("{http://www.w3.org/XML/1998/namespace}id"))
    return Retagged(count, changed)


def _untagged(block):
    """(node, "text"/"tail") of the text lying directly in a block, outside every element."""
    slots = [] if not block.text or not block.text.strip() else [(block, "text")]
    for child in block:
        if child.tail and child.tail.strip():
            slots.append((child, "tail"))
    return slots


def _insert(holder, attr: str, text: str, proposals) -> int:
    """Replace one text node by the text with the proposals as elements; return how many."""
    block = holder if attr == "text" else holder.getparent()
    position = 0 if attr == "text" else block.index(holder) + 1
    setattr(holder, attr, text[:proposals[0].start])
    nodes = []
    for i, p in enumerate(proposals):
        el = etree.Element(q(p.tag))
        for key, value in p.attrs.items():
            el.set(key, value)
        el.set("ana", REVIEW)
        el.text = text[p.start:p.end]
        why = p.review or f"“{el.text}” is a name of {p.attrs.get('ref', '?')}"
        comment = etree.Comment(f" review: {RETAG_NOTE}: {why.replace('--', '–')} ")
        end = proposals[i + 1].start if i + 1 < len(proposals) else len(text)
        comment.tail = text[p.end:end]
        nodes += [el, comment]
    for offset, node in enumerate(nodes):
        block.insert(position + offset, node)
    return len(proposals)
