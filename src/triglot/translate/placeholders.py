"""Inline markup <-> numbered paired placeholders, the translator's view of a block.

An English block becomes one plain string in which every inline element is a
numbered placeholder, counted in document order: `<1>Mikoyan</1>` for an element
with content, `<2/>` for an empty element and for a note (the note is translated
in an entry of its own). Attributes never appear in the string: on import they
are copied from the English element with the same number, so a translator can
neither lose nor corrupt a `@ref`.

One escaping rule: in a string `<` only ever starts a placeholder. A literal `<`
is written `\\<` and a literal backslash before `<` or another backslash is
written `\\\\`; any other backslash is just a backslash. Export escapes, import
unescapes; a bare `<` that is not a placeholder is rejected, never guessed at.

White space: runs of spaces, tabs and line breaks become one space, the string
is trimmed at both ends and put in Unicode NFC, so a string depends only on the
text, never on the TEI file's indentation.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from lxml import etree

from triglot.tei import XML_ID, local

# Elements whose content is other elements only (TEI): no text may go between their parts.
ELEMENT_ONLY = {"choice", "subst", "app"}
SPACE = re.compile(r"[ \t\r\n]+")
TOKEN = re.compile(r"\\\\|\\<|<(/?)(\d+)(/?)>|<|[^<\\]+|\\")


@dataclass
class Placeholder:
    number: int
    element: object            # the English element
    parent: int                # number of the enclosing placeholder, 0 = the block
    empty: bool                # written <n/>
    note_id: str | None = None  # a note: translated in its own entry

    @property
    def tag(self) -> str:
        return local(self.element)


@dataclass
class Segment:
    """An English block ready for translation: its placeholder string and placeholders."""
    block: object
    text: str
    placeholders: list[Placeholder] = field(default_factory=list)

    @property
    def block_id(self) -> str:
        return self.block.get(XML_ID)

    def by_number(self) -> dict[int, Placeholder]:
        return {p.number: p for p in self.placeholders}


class PlaceholderError(ValueError):
    """A translated string whose placeholders do not fit its English block."""


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("<", "\\<") if ("\\" in text or "<" in text) else text


def normalize(text: str) -> str:
    return SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def segment(block) -> Segment:
    """The placeholder string of an English block (notes become empty placeholders)."""
    placeholders: list[Placeholder] = []
    parts: list[str] = [escape(block.text or "")]

    def walk(el, parent: int) -> None:
        for child in el:
            if isinstance(child.tag, str):
                number = len(placeholders) + 1
                is_note = local(child) == "note"
                empty = is_note or (not child.text and len(child) == 0)
                placeholders.append(Placeholder(number, child, parent, empty,
                                                child.get(XML_ID) if is_note else None))
                _emit(parts, child, number, empty, walk)
            parts.append(escape(child.tail or ""))

    walk(block, 0)
    return Segment(block, normalize("".join(parts)), placeholders)


def slot_text(slot, seg: Segment, lang: str) -> str:
    """The placeholder string of a translation slot, numbered as its English block.

    A slot element is matched to an English placeholder with the same enclosing
    placeholder and the same shape (name, attributes, nested elements; text
    ignored), in order of occurrence; note slots by the note they translate.
    Placeholders that match equally are interchangeable: either choice rebuilds
    the same TEI. An element with no English counterpart (added by hand in the
    TEI) gets a number above the English ones, so import rejects the string
    until the translator resolves it, instead of silently dropping it.
    """
    queues: dict[tuple, list[int]] = defaultdict(list)
    by_number = seg.by_number()
    for p in seg.placeholders:
        if not p.note_id:
            queues[(_shape(p.element), p.parent)].append(p.number)
    notes = {p.note_id: p.number for p in seg.placeholders if p.note_id}
    extra = [len(seg.placeholders)]
    parts: list[str] = [escape(slot.text or "")]

    def match(child, parent: int) -> int | None:
        queue = queues.get((_shape(child, lang), parent))
        if not queue:
            return None
        has_text = bool(child.text)
        # An English empty element cannot hold text: a slot element with text takes a pair or nothing.
        candidates = [n for n in queue if not (has_text and by_number[n].empty)]
        if not candidates:
            return None
        want = _texted(child, lang)

        def fit(number: int) -> tuple:
            # Tightest fit first: an English element that holds the slot's texted parts, of the
            # slot's own form, with the fewest texted parts to spare, so that one holding more is
            # left for a later slot element that needs it. Taking the first in document order
            # gave two swapped choices' text-less copy the English one whose corr holds text,
            # and the filled corr then matched nothing.
            have = _texted(by_number[number].element, None)
            holds = all(have[shape] >= count for shape, count in want.items())
            spare = sum(have.values()) - sum(want.values())
            return (not holds, by_number[number].empty == has_text, spare, queue.index(number))

        number = min(candidates, key=fit)
        queue.remove(number)
        return number

    def walk(el, parent: int) -> None:
        for child in el:
            if isinstance(child.tag, str):
                if local(child) == "note":
                    number = notes.pop((child.get("corresp") or "").lstrip("#"), None)
                    empty = True
                else:
                    number = match(child, parent)
                    # The English decides the form: a translator may leave a pair empty.
                    empty = (not child.text and len(child) == 0) if number is None else by_number[number].empty
                if number is None:
                    extra[0] += 1
                    number = extra[0]
                _emit(parts, child, number, empty, walk)
            parts.append(escape(child.tail or ""))

    walk(slot, 0)
    text = normalize("".join(parts))
    # A slot that holds nothing but its note slots is untranslated: no string.
    return "" if _only_placeholders(text) else text


def _texted(root, lang: str | None) -> Counter:
    """Shapes of the descendants that hold text or elements (not empty placeholders), as a multiset."""
    return Counter(_shape(d, lang) for d in root.iterdescendants()
                   if isinstance(d.tag, str) and local(d) != "note" and (d.text or len(d)))


def _shape(el, lang: str | None = None) -> tuple:
    """Name, attributes and (as a multiset) nested elements, text ignored; a note is its target."""
    if local(el) == "note":
        target = (el.get("corresp") or "").lstrip("#") if lang else el.get(XML_ID)
        return ("note", target)
    children = sorted((_shape(c, lang) for c in el if isinstance(c.tag, str)), key=repr)
    return (el.tag, _attrs(el, lang), tuple(children))  # order-free: translators reorder


def _only_placeholders(text: str) -> bool:
    return not re.sub(r"<\d+/>", "", text).strip()


def _attrs(el, lang: str | None = None) -> tuple:
    """Attributes that identify an element; a slot copy's xml:id carries a language suffix."""
    items = []
    for name, value in el.attrib.items():
        if name == XML_ID:
            if lang and value.endswith(f".{lang}"):
                value = value[: -len(lang) - 1]
        items.append((name, value))
    return tuple(sorted(items))


# --- reading a translated string ------------------------------------------------

def tokenize(text: str) -> list[tuple]:
    """('text', s) | ('open', n) | ('close', n) | ('empty', n); raise on a bare '<'."""
    tokens: list[tuple] = []
    for m in TOKEN.finditer(text):
        whole = m.group(0)
        if whole == "\\\\":
            tokens.append(("text", "\\"))
        elif whole == "\\<":
            tokens.append(("text", "<"))
        elif whole == "<":
            raise PlaceholderError(
                f"a bare '<' at {_context(text, m.start())}: placeholders are <N>, </N> and <N/>; "
                "type \\< for a literal '<'")
        elif m.group(2) is not None:
            closing, number, selfclosing = m.group(1), int(m.group(2)), m.group(3)
            if closing and selfclosing:
                raise PlaceholderError(f"malformed placeholder {whole!r}")
            kind = "close" if closing else "empty" if selfclosing else "open"
            tokens.append((kind, number))
        else:
            tokens.append(("text", whole))
    return tokens


def _context(text: str, pos: int) -> str:
    return repr(text[max(0, pos - 15): pos + 15])


def check(tokens: list[tuple], seg: Segment) -> None:
    """The placeholders must be the English ones: each once, in its form, nested as in the English."""
    expected = seg.by_number()
    used = Counter(n for kind, n in tokens if kind in ("open", "empty"))
    problems = []
    for number in sorted(used):
        if number not in expected:
            known = _describe_numbers(expected)
            problems.append(f"placeholder <{number}> is not in the English ({known})")
        elif used[number] > 1:
            problems.append(f"placeholder <{number}> appears {used[number]} times; it must appear once")
    for number in sorted(set(expected) - set(used)):
        form = f"<{number}/>" if expected[number].empty else f"<{number}>…</{number}>"
        problems.append(f"placeholder {form} of the English is missing")
    if problems:
        raise PlaceholderError("; ".join(problems))
    stack: list[int] = [0]
    for kind, n in tokens:
        if kind == "text":
            if stack[-1] and expected[stack[-1]].tag in ELEMENT_ONLY and n.strip():
                p = expected[stack[-1]]
                inner = " and ".join(f"<{c.number}>" for c in seg.placeholders if c.parent == p.number)
                raise PlaceholderError(f"<{p.number}> ({p.tag}) holds only {inner}; "
                                       f"no text directly inside it: {n.strip()!r}")
            continue
        p = expected.get(n)
        if kind == "close":
            if stack[-1] != n:
                inside = f"inside <{stack[-1]}>" if stack[-1] else "with no open <%d>" % n
                raise PlaceholderError(f"</{n}> closes {inside}: placeholders must nest")
            stack.pop()
            continue
        if kind == "empty" and not p.empty:
            raise PlaceholderError(f"<{n}/> must be a pair <{n}>…</{n}> as in the English")
        if kind == "open" and p.empty:
            raise PlaceholderError(f"<{n}> must be written <{n}/> as in the English")
        if p.parent != stack[-1]:
            where = f"inside <{p.parent}>" if p.parent else "outside every other placeholder"
            raise PlaceholderError(f"<{n}> must stay {where}, as in the English")
        if kind == "open":
            stack.append(n)
    if len(stack) > 1:
        raise PlaceholderError(f"<{stack[-1]}> is never closed")


def _describe_numbers(expected: dict) -> str:
    if not expected:
        return "it has no placeholders"
    return "it has " + ", ".join(f"<{n}>" for n in sorted(expected))


def fill(slot, tokens: list[tuple], seg: Segment, lang: str, note_slots: dict) -> None:
    """Replace the slot's content with the checked tokens.

    Elements are rebuilt from the English (name and attributes; an xml:id gets
    the language suffix); note placeholders receive the existing note slot
    elements, which keep their own content. A slot with no tokens keeps only
    its note slots, in English order.
    """
    for child in list(slot):
        slot.remove(child)
    slot.text = None
    expected = seg.by_number()
    if not tokens:
        for p in seg.placeholders:
            if p.note_id and p.parent == 0:
                slot.append(_note_slot(note_slots, p))
        return
    stack = [slot]
    last = None  # element whose tail receives the next text, None = stack top's text

    def add_text(s: str) -> None:
        if last is None:
            stack[-1].text = (stack[-1].text or "") + s
        else:
            last.tail = (last.tail or "") + s

    for kind, n in tokens:
        if kind == "text":
            add_text(n)
            continue
        if kind == "close":
            last = stack.pop()
            continue
        p = expected[n]
        if p.note_id:
            el = _note_slot(note_slots, p)
            stack[-1].append(el)
        else:
            el = etree.SubElement(stack[-1], p.element.tag, _copy_attrs(p.element, lang))
        el.tail = None
        if kind == "open":
            stack.append(el)
            last = None
        else:
            last = el


def _note_slot(note_slots: dict, p: Placeholder):
    el = note_slots.get(p.note_id)
    if el is None:
        raise PlaceholderError(f"the translation has no slot for note {p.note_id!r}")
    el.tail = None
    return el


def _copy_attrs(el, lang: str) -> dict:
    attrs = dict(el.attrib)
    if XML_ID in attrs:
        attrs[XML_ID] = f"{attrs[XML_ID]}.{lang}"
    return attrs


def plain_words(text: str) -> int:
    """Words of a placeholder string: runs between spaces holding a letter or digit, placeholders not counted."""
    return sum(1 for w in re.sub(r"</?\d+/?>", " ", text).split() if any(c.isalnum() for c in w))


def _emit(parts, child, number, empty, walk) -> None:
    """Write one element as its placeholder: `<n/>`, or `<n>`…`</n>` around its content."""
    if empty:
        parts.append(f"<{number}/>")
        return
    parts.append(f"<{number}>" + escape(child.text or ""))
    walk(child, number)
    parts.append(f"</{number}>")
