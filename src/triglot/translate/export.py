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
from triglot.translate.fingerprint import export_token, legacy_token, source_uri, token_block, token_matches
from triglot.translate.placeholders import Placeholder, Segment, normalize, segment, slot_text
from triglot.xmlio import read_regular, write_together

TOKEN_PREFIX = "triglot-export: "
RESP_PREFIX = "resp: "
STALE_PREFIX = "STALE: "
CONFLICT_PREFIX = "CONFLICT: "
UNTOUCHED = legacy_token(False, "", "")   # what an entry without its `triglot-export:` line is read as
OBSOLETE_PREFIX = "OBSOLETE: "


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
        return export_token(self.fuzzy, self.text, self.resp if self.text else "", self.segment.block_id,
                            self.segment.text)

    def holds(self, token: str) -> bool:
        """The slot is still as it was when `token` (of this block, either form) was exported."""
        return token_matches(token, self.segment.block_id, self.fuzzy, self.text, self.resp if self.text else "")


def po_path(root: Path, doc: Document, lang: str) -> Path:
    return root / "translations" / lang / f"{doc.path.stem}.po"


def xliff_path(root: Path, doc: Document, lang: str) -> Path:
    return root / "translations" / "xliff" / lang / f"{doc.path.stem}.xlf"


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


def export(edition: Edition, langs=None, documents=None, force: bool = False,
           fmt: str = "po") -> dict[str, list[Path]]:
    """Write the POT and PO files (fmt "po") or the XLIFF 2.0 files (fmt "xliff");
    return {'written': [...], 'unchanged': [...]}."""
    root = edition.root
    langs = tuple(langs or edition.settings.translations)
    docs = documents if documents is not None else edition.documents
    date = _date()
    result: dict[str, list[Path]] = {"written": [], "unchanged": []}
    planned: list[tuple[Path, str]] = []
    read: dict[Path, str | None] = {}       # the digest of each translation file as its edits were read
    problems: list[Problem] = []
    for doc in docs:
        views = {lang: slot_views(doc, lang) for lang in langs}
        if fmt == "po":
            first = next(iter(views.values())) if views else slot_views(doc, edition.settings.translations[0])
            planned.append((pot_path(root, doc), _pot(edition, doc, first, date)))
        for lang in langs:
            path = po_path(root, doc, lang) if fmt == "po" else xliff_path(root, doc, lang)
            read[path] = file_digest(path)      # before it is read: a save after this one is never lost
            old = _old_entries(path, root)
            carried, pending = _unimported(path, root, old, views[lang], force)
            problems += pending
            header, entries, title = _po(edition, doc, lang, views[lang], old, carried, date)
            if fmt == "po":
                planned.append((path, po.render(header, entries, title)))
            else:
                from triglot.translate import xliff
                planned.append((path, xliff.render(doc, lang, entries, title)))
    if problems:
        raise InputError(problems)
    writes: dict[Path, bytes] = {}
    for path, text in planned:
        if path.exists() and po.same_but_dates(
                read_regular(path, str(path), po.MAX_FILE_BYTES).decode("utf-8", "replace"), text):
            result["unchanged"].append(path)
            continue
        writes[path] = text.encode("utf-8")
        result["written"].append(path)
    # all files or none (a full disk, a kill: the journal), and none over a translation file saved
    # since its edits were read: a translator's save in a CAT tool while export ran was overwritten
    write_together(writes, journal=root, read={p: d for p, d in read.items() if p in writes})
    return result


def file_digest(path: Path) -> str | None:
    """The sha256 of a file's bytes, None if there is none; a FIFO, folder or huge file gives a mark no
    digest equals (read_regular never blocks on it; it is refused where its entries are read)."""
    import hashlib
    if not os.path.lexists(path):
        return None
    try:
        return hashlib.sha256(read_regular(path, str(path), po.MAX_FILE_BYTES)).hexdigest()
    except InputError:
        return "unreadable"


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
        "Plural-Forms": plural_forms(lang) if lang else "",
        "X-Triglot-Document": doc.name,
    }
    if lang is None:
        del header["Plural-Forms"]   # a template has none (as xgettext writes it); Language stays empty
    return header


def plural_forms(lang: str) -> str:
    """CLDR's plural rule for `lang` in gettext form, from Babel (Armenian: nplurals=2; plural=(n > 1))."""
    from babel.messages.plurals import get_plural

    from triglot.i18n import locale
    # Babel's Locale of the tag: given "sr-Latn" or "de-CH" as a string, Babel stopped the export on a traceback
    # (ValueError: expected only letters, got 'sr-latn'); review35
    return get_plural(locale(lang)).plural_forms


def _pot(edition, doc, views: list[SlotView], date: str) -> str:
    entries = [po.Entry(v.segment.block_id, v.segment.text,
                        comments=_comments(edition, doc, v.segment),
                        locations=[_location(doc, v.segment)]) for v in views]
    return po.render(_header(edition, doc, None, date), entries,
                     f"Template for translating {doc.name} ({doc.title(edition.settings.base)}). "
                     "See translations/README.md.")


def _po(edition, doc, lang: str, views: list[SlotView], old: dict, carried: dict, date: str):
    """(header, entries, title) of a document's translation file, whatever its format."""
    entries = []
    for v in views:
        ctx = v.segment.block_id
        previous = _previous_english(old.get(ctx), v.segment.text) if v.stale or ctx in carried else None
        notes = own_comments(old.get(ctx))
        if ctx in carried:
            entry = carried[ctx]
            text, fuzzy, resp = normalize(entry.msgstr), True, entry_resp(entry) or v.resp
            notes += _carried_notes(entry, v)
        else:
            text, fuzzy, resp = v.text, v.fuzzy, v.resp
            if v.stale:
                base = language_name(edition.settings.base, "en")
                notes.append(STALE_PREFIX + f"the {base} changed since this translation was made"
                             + ("" if previous else f" (the earlier {base} is not in the previous PO file)")
                             + "; check it: clear the fuzzy flag (reviewed), or, to keep it as a draft, "
                             "keep the flag and delete these STALE lines.")
        tcomments = ([RESP_PREFIX + resp] if text and resp else []) + notes + [TOKEN_PREFIX + v.token]
        entries.append(po.Entry(ctx, v.segment.text, text, tcomments, _comments(edition, doc, v.segment),
                                [_location(doc, v.segment)], fuzzy and bool(text), previous))
    entries += _obsolete(old, {v.segment.block_id for v in views}, language_name(edition.settings.base, "en"))
    title = (f"{language_name(lang, 'en')} translation of {doc.name} ({doc.title(edition.settings.base)}). "
             "Drafts are fuzzy; see translations/README.md.")
    return _header(edition, doc, lang, date), entries, title


def _carried_notes(entry, view: SlotView) -> list[str]:
    """What a carried-forward edit needs said: the earlier English, and the TEI's version if it changed too."""
    notes = []
    if normalize(entry.msgid) != view.segment.text:
        notes.append(STALE_PREFIX + "the English changed after you edited this entry; your text is kept "
                     "(fuzzy) with the earlier English as the previous msgid: check it against the new "
                     "English, then import.")
    source = copied_from(entry)
    if source and tei_changed(entry, view):
        notes.append(CONFLICT_PREFIX + f"this translation was copied from block {source} by a merge tool "
                     f"(msgmerge, or a translation tool's update from the template), and the TEI slot of "
                     f"{entry.context} holds its own ({view.state}): {view.text} -- keep the version you want "
                     "in the translation, delete this comment line, then import.")
    elif tei_changed(entry, view):
        notes.append(CONFLICT_PREFIX + f"the TEI slot was changed too and now reads ({view.state}): "
                     f"{view.text or '(empty)'} -- keep the version you want in the translation, delete "
                     "this comment line, then import.")
    return notes


def own_comments(entry) -> list[str]:
    """The translator's own comments of an entry (not the lines export writes), kept on re-export.
    msgmerge's `#| msgctxt` (an entry filled from another block's) makes Babel's reader take it and the
    `#| msgid` after it for translator comments (`| msgctxt …`): kept, they came back as `# | …` lines."""
    if entry is None:
        return []
    ours = (RESP_PREFIX.strip(), TOKEN_PREFIX.strip(), STALE_PREFIX.strip(), CONFLICT_PREFIX.strip(),
            OBSOLETE_PREFIX.strip(), "|")
    return [c for c in entry.tcomments if not c.strip().startswith(ours)]


def _obsolete(old: dict, current: set, base: str) -> list:
    """Translated entries whose block left the English: kept as `#~`, as msgmerge keeps them."""
    kept = []
    for ctx, e in old.items():
        if ctx in current or not e.msgstr:
            continue
        note = (OBSOLETE_PREFIX + f"block {ctx} is no longer in the {base} text; the translation is "
                "kept here so it is not lost")
        tcomments = [c for c in e.tcomments if not c.startswith(OBSOLETE_PREFIX)] + [note]
        kept.append(po.Entry(ctx, e.msgid, e.msgstr, tcomments, [], fuzzy=e.fuzzy, obsolete=True))
    return kept


def _previous_english(old_entry, current: str) -> str | None:
    if old_entry is None:
        return None
    if normalize(old_entry.msgid) != current:
        return old_entry.msgid
    return old_entry.previous_msgid


def _old_entries(path: Path, root: Path) -> dict:
    if not path.exists() and not path.is_symlink():
        return {}
    from triglot.translate.importer import read_translation_file
    _, entries = read_translation_file(path, _rel(root, path), obsolete=True)
    return {e.context: e for e in sorted(entries, key=lambda e: not e.obsolete)}   # a live entry wins


def edited(entry, view: SlotView) -> bool:
    """The entry was changed since export and differs from the slot as it is now. An entry whose
    `triglot-export:` line is gone (a tool that drops translator comments) is read as import reads
    it, as exported empty: its text, if it differs from the slot's, is an edit to keep."""
    token = entry_token(entry) or UNTOUCHED
    text = normalize(entry.msgstr)
    if token_matches(token, entry.context, entry.fuzzy and bool(text), text, entry_resp(entry) if text else ""):
        return False
    if not text and view.text:
        return False     # import keeps the slot's text for an empty entry (see importer), so may export
    if view.stale:
        # the entry as the slot held it before its English changed was imported already: no edit
        # (its flag is the slot's state; the slot's own fuzziness now includes the staleness)
        held = (view.text, view.state != "reviewed", view.resp)
        return (text, entry.fuzzy and bool(text), entry_resp(entry) or view.resp) != held
    return text != view.text or entry.fuzzy != view.fuzzy


def imported_as_draft(entry, view: SlotView) -> bool:
    """The entry is what the slot holds, read as a draft: `translations import --draft` of a file
    whose tool drops fuzzy flags (Poedit, OmegaT) left it unflagged while the TEI has the draft.
    Nothing of it awaits import; carried forward it was shown as a CONFLICT with itself."""
    text = normalize(entry.msgstr)
    return bool(text) and not view.stale and view.state == "draft" and text == view.text \
        and normalize(entry.msgid) == view.segment.text and not entry.fuzzy \
        and export_token(True, text, entry_resp(entry) or view.resp, view.segment.block_id,
                         view.segment.text) == view.token


def _unimported(path: Path, root: Path, old: dict, views: list[SlotView], force: bool):
    """Edits of the existing PO file that were not imported: ({ctx: entry} carried forward, problems).

    An edit that import can take (current English, slot unchanged in the TEI) must
    be imported first: export refuses and says so. An edit import refused as stale
    (the English changed) or as a conflict (the TEI changed too) is carried into the
    new file, fuzzy, with the earlier English and the TEI's version beside it, so
    following import's advice never loses it. `--force` discards all of them.
    """
    carried, problems = {}, []
    if force:
        return carried, problems
    for view in views:
        entry = old.get(view.segment.block_id)
        if entry is None or not edited(entry, view):
            continue
        if entry.obsolete:     # a tool marked a current block's edit `#~` (see importer._stranded)
            problems.append(Problem(_rel(root, path), entry.lineno, "pending",
                                    f"entry {entry.context} holds an edit but is marked obsolete (`#~`) though "
                                    "its block is in the English: remove the `#~ ` marks and run `triglot "
                                    "translations import` (or export --force to discard the edit)"))
            continue
        if imported_as_draft(entry, view):
            continue
        if normalize(entry.msgid) == view.segment.text and not tei_changed(entry, view) \
                and not any(c.startswith(CONFLICT_PREFIX) for c in entry.tcomments):
            problems.append(Problem(_rel(root, path), entry.lineno, "pending",
                                    f"entry {entry.context} was edited and not imported; run `triglot "
                                    "translations import` first (or export --force to discard the edit)"))
        else:
            carried[entry.context] = entry
    return carried, problems


def entry_token(e) -> str | None:
    """The `triglot-export:` fingerprint: a translator comment (msgmerge keeps those), or an extracted
    comment in files written before."""
    for c in list(e.tcomments) + list(e.comments):
        if c.strip().startswith(TOKEN_PREFIX.strip()):
            return c.strip()[len(TOKEN_PREFIX.strip()):].strip()
    return None


def copied_from(entry) -> str | None:
    """The block whose `triglot-export:` token this entry carries when that is another block: a merge tool
    (msgmerge, Poedit's or Lokalize's "update from POT") filled the entry from a similar translated one,
    translator comments and all. Its text is then a suggestion for this block, never "not edited"."""
    token = entry_token(entry)
    block = token_block(token) if token else None
    return block if block and block != entry.context else None


def tei_changed(entry, view: SlotView) -> bool:
    """The slot is not what the entry was exported from, so an edit of the entry conflicts with it. What
    an entry copied from another block was exported from is unknown: an untranslated slot has nothing to
    conflict with; a translated one (the entry differs from it, or it would not be an edit) does."""
    if copied_from(entry):
        return bool(view.text)
    return not view.holds(entry_token(entry) or UNTOUCHED)


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


def _comments(edition, doc, seg: Segment) -> list[str]:
    """The extracted comments, the same in the template and every PO file, so msgmerge keeps them."""
    lines = [f"{language_name(edition.settings.base, 'en')} <{local(seg.block)}> {seg.block_id}"]
    lines += [describe(p, edition, doc) for p in seg.placeholders]
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


def legend(kind: str, entry, settings) -> str:
    """`person: Anastas Mikoyan; ru: Анастас Микоян; hy: …`: a register entry as the legends name it,
    in the base language and every translation language of the edition's settings."""
    names = [f"{lang}: {_name_for_legend(entry, lang)}" for lang in settings.translations]
    return f"{kind}: " + "; ".join([entry.name(settings.base)] + names)


def _name_for_legend(entry, lang: str) -> str:
    """The register's name in `lang`, said to be a guess where the editors flagged it so
    (`register add --uncertain`: cert="low"): a translator copies a legend's name as settled."""
    name = entry.names.get(lang)
    if not name:
        return "(no name in the register yet)"
    return f"{name} (unchecked: the register's guess)" if lang in entry.unchecked else name


def describe(p: Placeholder, edition, doc) -> str:
    """`<1> = person: Anastas Mikoyan; ru: Анастас Микоян; hy: …` — what a placeholder stands for,
    with the register's name in every translation language (one comment for the POT and all POs)."""
    el = p.element
    form = f"<{p.number}/>" if p.empty else f"<{p.number}>"
    name = local(el)
    if p.note_id:
        return f"{form} = note {p.note_id}, translated in its own entry"
    if name == "date":
        return f"{form} = date {_date_value(el)}"
    ref = el.get("ref")
    if name in ("persName", "placeName", "orgName"):
        kind = {"persName": "person", "placeName": "place"}.get(name, "organisation")
    if name in ("persName", "placeName", "orgName") and not ref:
        # a name encode proposed and the editors have not yet pointed at an entry: `<placeName>`
        # told the translator an element's name instead of what the words are
        return f"{form} = {kind} (not in the registers yet)"
    if ref and name in ("persName", "placeName", "orgName"):
        entry = edition.entry(ref.split()[0], doc)
        if entry is None:
            return f"{form} = {kind} {ref} (not in the registers)"
        return f"{form} = {legend(kind, entry, edition.settings)}"
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
