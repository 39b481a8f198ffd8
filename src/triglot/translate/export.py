"""`triglot translations export`: the TEI slots as PO files, one per document and language.

Each English block is one entry keyed by its xml:id (msgctxt); the slot's text
is the msgstr. Draft slots and stale slots (the English changed since the
translation was made) are fuzzy; a stale entry shows the English it was made
from as `#| msgid`, taken from the PO file being replaced, as msgmerge does.
Every entry remembers the slot as exported (`triglot-export:` comment) so that
import can tell a translator's edit from a TEI edit made in the meantime.

A PO file is not rewritten when only its dates would change, and never
overwritten while it holds edits that were not imported (unless forced): a
translator's work is never lost to a re-export.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from triglot.edition import Document, Edition, slot_state
from triglot.problems import InputError, Problem
from triglot.i18n import language_name
from triglot.tei import local
from triglot.translate import po
from triglot.translate.fingerprint import export_token, source_uri
from triglot.translate.placeholders import Placeholder, Segment, normalize, segment, slot_text
from triglot.xmlio import MAX_TEXT_BYTES, atomic_write, read_regular

TOKEN_PREFIX = "triglot-export: "
RESP_PREFIX = "resp: "


@dataclass
class SlotView:
    """A slot as the PO file shows it."""
    segment: Segment
    slot: object
    text: str          # placeholder string of the slot, "" when untranslated
    state: str
    resp: str
    stale: bool

    @property
    def fuzzy(self) -> bool:
        return bool(self.text) and (self.state != "reviewed" or self.stale)

    @property
    def token(self) -> str:
        return export_token(self.fuzzy, self.text, self.resp if self.text else "")


def po_path(root: Path, doc: Document, lang: str) -> Path:
    return root / "translations" / lang / f"{doc.path.stem}.po"


def pot_path(root: Path, doc: Document) -> Path:
    return root / "translations" / f"{doc.path.stem}.pot"


def slot_views(doc: Document, lang: str) -> list[SlotView]:
    """Every English block of `doc` with its `lang` slot; a block without a slot is an error."""
    views, problems = [], []
    for block in doc.blocks:
        seg = segment(block)
        slot = doc.slots.get(lang, {}).get(seg.block_id)
        if slot is None:
            problems.append(Problem(doc.name, block.sourceline or 0, "slots",
                                    f"block {seg.block_id!r} has no {lang} slot"))
            continue
        state = slot_state(slot)
        text = slot_text(slot, seg, lang)
        stale = state != "untranslated" and slot.get("source") != source_uri(seg.text)
        views.append(SlotView(seg, slot, text, state, (slot.get("resp") or "").lstrip("#"), stale))
    if problems:
        raise InputError(problems)
    return views


def export(edition: Edition, langs=None, documents=None, force: bool = False) -> dict[str, list[Path]]:
    """Write the POT and PO files; return {'written': [...], 'unchanged': [...]}."""
    root = edition.root
    langs = tuple(langs or edition.settings.translations)
    docs = documents if documents is not None else edition.documents
    date = _date()
    result: dict[str, list[Path]] = {"written": [], "unchanged": []}
    planned: list[tuple[Path, str]] = []
    problems: list[Problem] = []
    for doc in docs:
        views = {lang: slot_views(doc, lang) for lang in langs}
        first = next(iter(views.values())) if views else slot_views(doc, edition.settings.translations[0])
        planned.append((pot_path(root, doc), _pot(edition, doc, first, date)))
        for lang in langs:
            path = po_path(root, doc, lang)
            old = _old_entries(path, root)
            problems += _pending_edits(path, root, old, {v.segment.block_id: v for v in views[lang]}) if not force else []
            planned.append((path, _po(edition, doc, lang, views[lang], old, date)))
    if problems:
        raise InputError(problems)
    for path, text in planned:
        if path.exists() and po.same_but_dates(read_regular(path, str(path), MAX_TEXT_BYTES).decode("utf-8", "replace"), text):
            result["unchanged"].append(path)
            continue
        atomic_write(path, text.encode("utf-8"))
        result["written"].append(path)
    return result


def _date() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = (dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch
            else dt.datetime.now(dt.timezone.utc))
    return when.strftime("%Y-%m-%d %H:%M+0000")


def _header(edition, doc: Document, lang: str | None, date: str) -> dict[str, str]:
    publisher = edition.settings.publisher
    header = {
        "Project-Id-Version": f"{edition.settings.name} {doc.id}",
        "Report-Msgid-Bugs-To": publisher,
        "POT-Creation-Date": date,
        "PO-Revision-Date": date,
        "Last-Translator": publisher,
        "Language-Team": language_name(lang, "en") if lang else "none",
        "Language": lang or "",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Triglot-Document": doc.name,
    }
    if lang is None:
        del header["Language"]
    return header


def _pot(edition, doc, views: list[SlotView], date: str) -> str:
    entries = [po.Entry(v.segment.block_id, v.segment.text,
                        comments=_comments(edition, doc, v.segment, edition.settings.base),
                        locations=[_location(doc, v.segment)]) for v in views]
    return po.render(_header(edition, doc, None, date), entries,
                     f"Template for translating {doc.name} ({doc.title(edition.settings.base)}). "
                     "See translations/README.md.")


def _po(edition, doc, lang: str, views: list[SlotView], old: dict, date: str) -> str:
    entries = []
    for v in views:
        comments = _comments(edition, doc, v.segment, lang)
        previous = None
        if v.stale:
            previous = _previous_english(old.get(v.segment.block_id), v.segment.text)
            base = language_name(edition.settings.base, "en")
            comments.append(f"STALE: the {base} changed since this translation was made"
                            + ("" if previous else f" (the earlier {base} is not in the previous PO file)")
                            + "; check it and clear the fuzzy flag.")
        comments.append(TOKEN_PREFIX + v.token)
        tcomments = [RESP_PREFIX + v.resp] if v.text and v.resp else []
        entries.append(po.Entry(v.segment.block_id, v.segment.text, v.text, tcomments, comments,
                                [_location(doc, v.segment)], v.fuzzy, previous))
    entries += _obsolete(old, {v.segment.block_id for v in views}, language_name(edition.settings.base, "en"))
    title = (f"{language_name(lang, 'en')} translation of {doc.name} ({doc.title(edition.settings.base)}). "
             "Drafts are fuzzy; see translations/README.md.")
    return po.render(_header(edition, doc, lang, date), entries, title)


def _obsolete(old: dict, current: set, base: str) -> list:
    """Translated entries whose block left the English: kept as `#~`, as msgmerge keeps them."""
    kept = []
    for ctx, e in old.items():
        if ctx in current or not e.msgstr:
            continue
        note = (f"OBSOLETE: block {ctx} is no longer in the {base} text; the translation is "
                "kept here so it is not lost")
        kept.append(po.Entry(ctx, e.msgid, e.msgstr, e.tcomments, [note], obsolete=True))
    return kept


def _previous_english(old_entry, current: str) -> str | None:
    if old_entry is None:
        return None
    if old_entry.previous_msgid:
        return old_entry.previous_msgid
    return old_entry.msgid if old_entry.msgid != current else None


def _old_entries(path: Path, root: Path) -> dict:
    if not path.exists():
        return {}
    _, entries = po.read(read_regular(path, _rel(root, path), MAX_TEXT_BYTES), _rel(root, path), obsolete=True)
    return {e.context: e for e in entries}


def _pending_edits(path: Path, root: Path, old: dict, views: dict) -> list[Problem]:
    """Entries of the existing PO file edited since export and not imported yet."""
    problems = []
    for ctx, e in old.items():
        token = entry_token(e)
        view = views.get(ctx)
        if token is None or view is None:
            continue
        if export_token(e.fuzzy, normalize(e.msgstr), entry_resp(e) if normalize(e.msgstr) else "") != token \
                and (normalize(e.msgstr) != view.text or (not view.stale and e.fuzzy != view.fuzzy)):
            problems.append(Problem(_rel(root, path), e.lineno, "pending",
                                    f"entry {ctx} was edited and not imported; run `triglot translations "
                                    "import` first (or export --force to discard the edit)"))
    return problems


def entry_token(e) -> str | None:
    for c in e.comments:
        if c.startswith(TOKEN_PREFIX):
            return c[len(TOKEN_PREFIX):].strip()
    return None


def entry_resp(e) -> str:
    for c in e.tcomments:
        if c.strip().startswith(RESP_PREFIX.strip()):
            return c.strip()[len(RESP_PREFIX.strip()):].strip().lstrip("#")
    return ""


def _rel(root: Path, path: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def _location(doc: Document, seg: Segment) -> str:
    return f"{doc.name}:{seg.block.sourceline or 0}"


def _comments(edition, doc, seg: Segment, lang: str) -> list[str]:
    lines = [f"{language_name(edition.settings.base, 'en')} <{local(seg.block)}> {seg.block_id}"]
    lines += [describe(p, edition, doc, lang) for p in seg.placeholders]
    return lines


KIND_WORDS = {
    "sic": "the source's wording, kept as printed (an error)",
    "corr": "the editors' correction",
    "choice": "the source's error together with its correction",
    "title": "title of a work",
    "roleName": "role or title of a person",
    "signed": "signature",
    "orgName": "organisation",
}


def describe(p: Placeholder, edition, doc, lang: str) -> str:
    """`<1> = person: Микоян, Анастас` — what a placeholder stands for, in the target language."""
    el = p.element
    form = f"<{p.number}/>" if p.empty else f"<{p.number}>"
    name = local(el)
    if p.note_id:
        return f"{form} = note {p.note_id}, translated in its own entry"
    if name == "date":
        return f"{form} = date {_date_value(el)}"
    ref = el.get("ref")
    if ref and name in ("persName", "placeName", "orgName"):
        kind = {"persName": "person", "placeName": "place"}.get(name, "organisation")
        entry = edition.entry(ref.split()[0], doc)
        if entry is None:
            return f"{form} = {kind} {ref} (not in the registers)"
        label = entry.names.get(lang)
        if label:
            return f"{form} = {kind}: {label}"
        return (f"{form} = {kind}: {entry.name(edition.settings.base)} (the register has no "
                f"{language_name(lang, 'en')} name yet)")
    if name == "foreign":
        return f"{form} = words in another language ({el.get('{http://www.w3.org/XML/1998/namespace}lang', '?')})"
    return f"{form} = {KIND_WORDS.get(name, '<' + name + '>')}"


def _date_value(el) -> str:
    if el.get("when"):
        value = el.get("when")
    elif el.get("from") or el.get("to"):
        value = f"{el.get('from', '…')}/{el.get('to', '…')}"
    else:
        parts = []
        if el.get("notBefore"):
            parts.append(f"not before {el.get('notBefore')}")
        if el.get("notAfter"):
            parts.append(f"not after {el.get('notAfter')}")
        value = ", ".join(parts) or "(no ISO value)"
    if el.get("cert"):
        value += f" (certainty {el.get('cert')})"
    return value
