"""Re-proposing markup in an existing document, touching only its untagged text.

After new register entries, a document encoded earlier has mentions of them
that nobody tagged. `retag` reads the text that lies directly in each English
block (between elements, never inside one), proposes names there as `encode`
does, and leaves every element, attribute and comment an editor wrote exactly
as it was: corrections made since the document was encoded are never lost.
Every proposal is marked for review, with the reason in a comment.

Three kinds of proposal are held back and listed instead (session 23's editor
journey saw each come back in silence):
- one the header records as proposed before (proposal_record.py): its tag is
  gone, so the editor removed it;
- a form the editor listed as no name (names.not-names in triglot.toml);
- one in a block whose translations are made: a new element is a new
  placeholder in the translators' string, so the block's drafts would turn
  stale for a tag nobody has reviewed yet (`--translated` tags them anyway).
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from lxml import etree

from triglot.editor import proposal_record
from triglot.editor.names import NameIndex
from triglot.editor.not_names import is_listed
from triglot.editor.recognize import Recogniser, proposes_names
from triglot.editor.tagger import REVIEW, YearContext, fill, propose, shifted
from triglot.tei import NS, XML_ID, q

RETAG_NOTE = "proposed by triglot retag"


@dataclass
class Held:
    block: str
    words: str
    tag: str
    value: str
    why: str                 # "removed", "no-name" or "translated"


@dataclass
class Retagged:
    proposals: int
    blocks: list[str]        # ids of the blocks that gained markup
    made: list[tuple[str, str, str, str]] = field(default_factory=list)   # (block, element, key, words)
    held: list[Held] = field(default_factory=list)
    remembered: bool = True  # the header recorded earlier proposals (documents encoded before session 23 do not)
    stale: list[str] = field(default_factory=list)   # blocks that gained markup though translated (--translated)


def retag(edition, doc, new_names: bool = False, dates: bool = False, translated: bool = False,
          today: datetime.date | None = None) -> Retagged:
    """Add proposals to `doc`'s tree in place, and record them in its header (the caller writes it)."""
    index = NameIndex(edition.registers)
    new_names = new_names and proposes_names(edition.settings.base)
    recogniser = Recogniser(known_surnames=index.surnames()) if new_names else None
    before = proposal_record.recorded(doc.root)
    done = translated_blocks(doc)
    result = Retagged(0, [], remembered=proposal_record.has_record(doc.root))
    for block in doc.blocks:
        block_id = block.get(XML_ID)
        forms = edition.settings.not_names_for(doc.id, block_id)
        added = 0
        for holder, attr in _untagged(block):
            text = getattr(holder, attr)
            found = []
            for p in propose(text, index, YearContext([], None), in_context=False, recogniser=recogniser):
                if p.tag == "date" and not dates:
                    continue
                entry = (block_id, p.tag, proposal_record.key(p.tag, p.attrs),
                         proposal_record.words(text[p.start:p.end]))
                why = ("no-name" if is_listed(text[p.start:p.end], forms) else "removed" if entry in before
                       else "translated" if block_id in done and not translated else "")
                if why:
                    result.held.append(Held(block_id, entry[3], p.tag, entry[2], why))
                    continue
                if p.inner:
                    p.inner = [i for i in p.inner if not is_listed(text[i.start:i.end], forms)]
                found.append(p)
                result.made.append(entry)
            if found:
                added += _insert(holder, attr, text, found)
        if added:
            result.proposals += added
            result.blocks.append(block_id)
            if block_id in done:
                result.stale.append(block_id)
    if result.made:
        proposal_record.record(doc.root.find("t:teiHeader", NS), result.made,
                               (today or datetime.date.today()).isoformat())
    return result


def translated_blocks(doc) -> set[str]:
    """Ids of the blocks that have a slot in some language with a translation (draft or reviewed)."""
    done = set()
    for div in doc.root.iterfind(".//t:body/t:div[@type='translation']", NS):
        for slot in div.iter():
            if isinstance(slot.tag, str) and (slot.get("corresp") or "").startswith("#") \
                    and "#untranslated" not in (slot.get("ana") or "#untranslated").split():
                done.add(slot.get("corresp")[1:])
    return done


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
        if p.inner:
            # "the Erivan Soviet": the register place in a proposed organisation's name keeps its
            # tag, as encode nests it (retag wrote the organisation alone)
            fill(el, text[p.start:p.end], [shifted(c, p.start) for c in p.inner])
        else:
            el.text = text[p.start:p.end]
        why = p.review or f"“{el.text}” is a name of {p.attrs.get('ref', '?')}"
        comment = etree.Comment(f" review: {RETAG_NOTE}: {why.replace('--', '–')} ")
        end = proposals[i + 1].start if i + 1 < len(proposals) else len(text)
        comment.tail = text[p.end:end]
        nodes += [el, comment]
    for offset, node in enumerate(nodes):
        block.insert(position + offset, node)
    return len(proposals)
