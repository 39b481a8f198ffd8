"""`triglot translations import`: PO entries back into the TEI slots, nothing lost, nothing silent.

For each entry (found by msgctxt = block id, never by text or position):
- unchanged against the slot as it is now: nothing to do;
- not edited since export (its `triglot-export` token still matches): nothing
  to do, whatever happened to the TEI meanwhile;
- edited, but its msgid is not the current English: rejected as stale source
  (re-export shows the new English with the old one as `#| msgid`);
- edited, and the slot changed in the TEI since export too: a conflict, both
  versions reported, nothing written;
- otherwise its placeholders are checked against the English block (each once,
  in its form, nested as in the English) and the slot rebuilt from them.

State: an empty msgstr is untranslated, a fuzzy entry a draft, any other a
reviewed translation. `# resp: ID` (translator comment) names the respStmt
responsible; a reviewed slot needs a reviewer, not a `resp-draft-*` respStmt.

A run is imported all or nothing: one rejected entry, a conflict, or a merged
TEI that fails `triglot.validate`, in any file of the run, leaves every document
as it was; otherwise the changed documents are replaced together. An import that changes nothing writes nothing,
so export-then-import and import-twice leave the TEI byte-identical.
"""
from __future__ import annotations

import copy
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from triglot.edition import Document, Edition, _document
from triglot.i18n import language_name
from triglot.problems import InputError, Problem
from triglot.tei import NS, XML_ID, another_drafter, change_list, drafter_language
from triglot.translate import po
from triglot.translate.export import (CONFLICT_PREFIX, RESP_PREFIX, STALE_PREFIX, UNTOUCHED, SlotView, _rel, copied_from,
                                     entry_resp, entry_token, po_path, slot_views, tei_changed, xliff_path)
from triglot.translate.fingerprint import NI_PREFIX, source_uri, token_english, token_matches, well_formed
from triglot.translate.placeholders import PlaceholderError, check, fill, normalize, tokenize
from triglot.xmlio import link_problem, parse_bytes, read_regular, write_together


@dataclass
class ImportResult:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    kept: list[Problem] = field(default_factory=list)     # empty entries whose slot keeps its text
    counts: list[str] = field(default_factory=list)       # files holding fewer entries than their document has
    held: list[Path] = field(default_factory=list)        # merged, not written: another file of the run was refused
    merged: dict = field(default_factory=dict)            # document path -> (new bytes, digest of the bytes read)


def default_files(root: Path, langs=None) -> list[Path]:
    """translations/<lang>/*.po for every translation language of the edition (its settings), without
    dot-files (an editor's lock link `.#NAME.po`, pointing nowhere, is no translation file)."""
    if langs is None:
        from triglot.settings import load as load_settings
        langs = load_settings(root).translations
    return sorted(p for lang in langs for p in (Path(root) / "translations" / lang).glob("*.po")
                  if not p.name.startswith("."))


def import_files(edition: Edition, files: list[Path], write: bool = True, draft: bool = False,
                 resp: str | None = None) -> ImportResult:
    """Merge `files`; with write=False check everything, validation included, and write nothing.

    draft: every translated entry counts as fuzzy (files from tools that drop the flag: OmegaT
    writes every translation unflagged). resp: who is responsible for each entry that changes
    (tools that keep no translator comment of their own); unchanged entries keep theirs.
    """
    result = ImportResult()
    by_doc: dict[str, list] = defaultdict(list)
    for path in files:
        name = _rel(edition.root, Path(path))
        if not Path(path).exists() and _document_named(edition, Path(path).name) is not None:
            result.problems.append(_a_document_not_a_file(edition, Path(path).name, name))
            continue
        try:
            header, entries = read_translation_file(Path(path), name, obsolete=True)
            doc, lang = _target(edition, Path(path), header, name)
        except InputError as exc:
            result.problems += exc.problems
            _block_document(edition, Path(path), by_doc)
            continue
        except OSError as exc:
            result.problems.append(Problem(name, 0, "read", exc.strerror or str(exc)))
            continue
        live = [e for e in entries if not e.obsolete]
        wrong = copied_from_the_base(name, lang, live) or written_in_another_script(edition.settings, name, lang, live)
        if wrong is not None:
            result.problems.append(wrong)
            by_doc[doc.id].append(None)     # nothing of this document is imported
            continue
        by_doc[doc.id].append((name, lang, entries))
    for doc in edition.documents:
        if doc.id in by_doc:
            _import_document(edition, doc, by_doc[doc.id], result, write, draft, resp)
    _write_all_or_none(edition, result, write)
    return result


def _write_all_or_none(edition: Edition, result: ImportResult, write: bool) -> None:
    """Write every merged document, or none when any file of the run was refused.

    A run is all or nothing, not each document: a translator imports a whole Weblate or CAT tool export
    (`translations import` over translations/*/) and mends what is refused; with each document alone, a run
    whose third file was bad wrote the first two, exit 1, and the edition was left half of the old export and
    half of the new, the translator told only of the refused file. Now the refusal leaves every file as it was,
    and the mended run writes all of them together (through the edition's undo journal, so a kill half way is
    put back by the next writer)."""
    if result.problems:
        result.held = list(result.merged)
        return
    if write and result.merged:
        try:
            write_together({path: data for path, (data, _) in result.merged.items()}, journal=edition.root,
                           read={path: digest for path, (_, digest) in result.merged.items() if digest})
        except InputError as exc:
            result.problems += exc.problems
            result.held = list(result.merged)
            return
    result.written = list(result.merged)


def _document_named(edition: Edition, name: str):
    """The document whose id (or file name) a missing file's name is, else None."""
    try:
        return edition.document(name)
    except KeyError:
        return None


def _a_document_not_a_file(edition: Edition, name: str, shown: str) -> Problem:
    """Journey 26: `translations export sevres-armenia` takes a document id, so a translator typed
    `translations import sevres-armenia` and was told only "No such file or directory"."""
    doc = _document_named(edition, name)
    files = [_rel(edition.root, p) for p in default_files(edition.root)
             if p.stem in (doc.id, doc.path.stem)]
    return Problem(shown, 0, "read", f"no such file; {name} is a document: import takes its PO or XLIFF files"
                   + (f" ({', '.join(files)})" if files else ""))


def read_translation_file(path: Path, name: str, obsolete: bool = False):
    """(header, entries) of a PO file, or of an XLIFF 2.0 file (.xlf, .xliff) read as the same entries.

    An XML file is read as XML whatever its name: no PO file begins with "<", and an XLIFF file named
    MINI.XLF by a Windows tool, or a TMX memory, was read as PO, a "text outside the quotes" for every
    line and no word of what the file is (the XLIFF reader names a root that is not XLIFF 2.0's)."""
    data = read_regular(path, name, po.MAX_FILE_BYTES)   # a pipe, device or huge file: refused unread
    if path.suffix.lower() in (".xlf", ".xliff") or data.removeprefix(po.BOM).lstrip().startswith(b"<"):
        from triglot.translate import xliff
        return xliff.read(data, name)
    return po.read(data, name, obsolete=obsolete)


def written_in_another_script(settings, name: str, lang: str, entries) -> Problem | None:
    """A file whose translations are written in another edition language's script, none in its own.

    The language a file is imported as comes from its folder or its header (PO Language, XLIFF
    trgLang), which a translator or a tool can get wrong: Russian text imported as Armenian
    went into every Armenian slot with exit 0. Only scripts tell languages apart here (German
    and French are both Latin), and a few entries in another script are no proof (a cited
    title), so the file is refused when most of its translated entries are in the script of one
    other edition language and none in its own."""
    from triglot.scripts import letters_by_script, script_of
    own = script_of(lang)
    others = {script_of(other): other for other in settings.languages if script_of(other) not in (None, own)}
    if own is None or not others:
        return None
    written = []
    for entry in entries:
        counts = letters_by_script(entry.msgstr or "")
        if sum(counts.values()) >= 3:
            written.append(max(counts, key=counts.get) if not counts[own] else own)
    if not written:
        return None
    script, n = Counter(written).most_common(1)[0]
    if script == own or script not in others or own in written or n * 2 <= len(written):
        return None
    other = others[script]
    return Problem(name, 1, "po-target",
                   f"{n} of its {len(written)} translations are written in the script of "
                   f"{language_name(other, 'en')} ({script}) and none in {language_name(lang, 'en')}'s "
                   f"({own}), though the file is taken as {lang!r} (from its folder or its header: PO "
                   f"Language, XLIFF trgLang): is it the {language_name(other, 'en')} file? Nothing of "
                   "this document was imported")


def copied_from_the_base(name: str, lang: str, entries) -> Problem | None:
    """A file whose translations are mostly their English msgid copied unchanged: no translation.

    gettext's msgen, translate-toolkit's podebug and a PO editor's "copy from source" fill every msgstr with
    its msgid; such a Russian file was imported with exit 0, and every Russian slot of the document read
    English, marked a draft translation (hostile47). A few copies are no proof (a Latin title kept in a French
    slot, "Paris"), so the file is refused when most of its translations with words are copies."""
    from triglot.scripts import letters_by_script
    worded = [e for e in entries if sum(letters_by_script(e.msgstr or "").values()) >= 3]
    copies = [e for e in worded if " ".join(e.msgstr.split()) == " ".join(e.msgid.split())]
    if len(copies) < 2 or len(copies) * 2 <= len(worded):
        return None
    return Problem(name, copies[0].lineno, "po-copied",
                   f"{len(copies)} of its {len(worded)} translations are their English copied unchanged (a tool's "
                   f"copy of the source: msgen, podebug, a PO editor's \"copy from source\"), no "
                   f"{language_name(lang, 'en')} text: empty the msgstr of each entry not translated yet and import "
                   "again. Nothing of this document was imported")


def cut_short(name: str, entries, views: dict) -> Problem | None:
    """A file that ends inside the msgstr of its last entry (po.open_tail), where that entry is cut: its
    last line ends in the space at which gettext wraps a line and its English does not end so, or the
    document has entries after it that the file lacks. Such a file passes msgfmt --check and msgcat, and its
    last translation, cut at a line end (`head -c`, a full disk, a killed copy), was imported whole."""
    last = next((e for e in entries if e.open_end), None)
    if last is None:
        return None
    order = list(views)
    later = order[order.index(last.context) + 1:] if last.context in views else []
    lacking = [bid for bid in later if bid not in {e.context for e in entries}]
    if lacking and not ends_as_its_english(last):
        why = (f"the document has {len(later)} more entries after it ({lacking[0]} first), none of them in "
               "the file")
    elif last.msgstr[-1:].isspace() and not last.msgid[-1:].isspace():
        why = "its translation ends at a space where gettext wraps a line, and the English does not"
    else:
        return None
    return Problem(name, last.lineno, "po-cut", po.CUT_SHORT + f"the file ends inside {last.context}'s msgstr, "
                   f"and {why}")


_CLOSING_PLACEHOLDER = re.compile(r"</?\d+/?>$")


def ends_as_its_english(entry) -> bool:
    """Whether the translation ends as its English does: both with a closing mark (a sentence's end, a closing
    quotation mark or bracket: Unicode's Po, Pe and Pf, less the comma, colon and semicolon that go on with the
    sentence) or both with the same closing placeholder ("</3>"). A translation cut at a line end of gettext's
    wrapping ends after a space or at a break in a word (a hyphen), never so: a file lacking the document's
    entries after such a translation holds it whole (a file exported before the editor added a block at the
    end, a tool's download of some entries), and was refused as cut short, the translator told to take again
    the whole file it is."""
    placeholder = _CLOSING_PLACEHOLDER.search(entry.msgid)
    if placeholder:
        return entry.msgstr.endswith(placeholder.group())

    def closing(text: str) -> bool:
        return bool(text) and text[-1] not in ",;:" and unicodedata.category(text[-1]) in ("Po", "Pe", "Pf")
    return closing(entry.msgstr) and closing(entry.msgid)


def _block_document(edition: Edition, path: Path, by_doc: dict) -> None:
    """A document with an unreadable PO file is not imported at all, from any language."""
    try:
        doc = edition.document(path.stem)
    except KeyError:
        return   # no such document: nothing to block, and the file's own problem already says so
    by_doc[doc.id].append(None)


def _target(edition: Edition, path: Path, header: dict, name: str) -> tuple[Document, str]:
    langs = edition.settings.translations
    declared = header.get("Language")
    regional = re.fullmatch(r"([a-z]{2,3})[_-](?:[A-Za-z]{2}|\d{3})", declared or "")
    if declared not in langs and regional and regional.group(1) in langs:
        # Poedit writes the region the translator picked ("Russian (Russia)": Language: ru_RU); a
        # script or modifier (ru@latin, sr-Latn) is another way of writing and is not taken for it
        declared = regional.group(1)
    lang = path.parent.name if path.parent.name in langs else declared or ""
    if path.suffix.lower() == ".pot" and lang not in langs:
        # the template holds no translation: "cannot tell the language" sent the translator to add one
        stem = Path(header.get("X-Triglot-Document") or path.name).stem
        raise InputError([Problem(name, 1, "po-target",
                                  "this is the template (English only, nothing to import): translate "
                                  + " or ".join(f"translations/{lang}/{stem}.po" for lang in langs)
                                  + " and import that")])
    if lang not in langs or (declared and declared != lang):
        raise InputError([Problem(name, 1, "po-target",
                                  f"cannot tell the language (folder {path.parent.name!r}, header "
                                  f"Language {declared!r}); expected one of {', '.join(langs)}")])
    stem = Path(header.get("X-Triglot-Document") or path.name).stem   # a CAT tool may rename the file
    try:
        return edition.document(stem), lang
    except KeyError:
        raise InputError([Problem(name, 1, "po-target",
                                  f"no document tei/{stem}.xml for this file")]) from None


def _import_document(edition: Edition, doc: Document, files: list, result: ImportResult,
                     write: bool = True, draft: bool = False, resp: str | None = None) -> None:
    if any(f is None for f in files):
        return
    tree = copy.deepcopy(doc.tree)
    work = _document(edition.root, doc.path, tree, edition.settings)
    problems: list[Problem] = []
    changed = False
    given: dict[tuple[str, str], tuple[str, int]] = {}   # (language, block) -> the file and line that changed it here
    for name, lang, entries in files:
        views = {v.segment.block_id: v for v in slot_views(work, lang)}
        resp_ids = {el.get(XML_ID) for el in work.root.iterfind(".//t:teiHeader//t:respStmt", NS)}
        note_slots = {bid: v.slot for bid, v in views.items()}
        live = {e.context for e in entries if not e.obsolete}
        read = len(live & views.keys())
        if read < len(views):
            result.counts.append(f"{name}: {read} of the {len(views)} entries of {doc.name} read "
                                 "(a slot without an entry keeps its text)")
        cut = cut_short(name, entries, views)
        if cut is not None:
            problems.append(cut)
            continue
        for entry in entries:
            if entry.obsolete:
                problem = _stranded(entry, views.get(entry.context), live, name)
                if problem is not None:
                    problems.append(problem)
                continue
            try:
                if _merge(entry, views, lang, resp_ids, note_slots, draft, resp,
                          language_name(edition.settings.base, "en"), doc.name,
                          xliff=Path(name).suffix.lower() in (".xlf", ".xliff")):
                    changed = True
                    given.setdefault((lang, entry.context), (name, entry.lineno))
            except EntryKept as exc:
                result.kept.append(Problem(name, entry.lineno, "kept-translation", str(exc)))
            except EntryRejected as exc:
                if exc.rule == "conflict" and (lang, entry.context) in given and not _marked_conflict(entry):
                    problems.append(_two_files(entry, name, given[(lang, entry.context)], views[entry.context]))
                else:
                    problems.append(Problem(name, entry.lineno, exc.rule, str(exc) + _elsewhere(edition, doc, lang, name, exc)
                                            + _of_another_document(edition, doc, entry.context, exc)))
    if problems:
        result.problems += problems
        return
    if not changed:
        result.unchanged.append(doc.path)
        return
    original = doc.path.read_bytes()
    data = serialize(tree, original)
    merged = _document(edition.root, doc.path, parse_bytes(data, doc.name), edition.settings)
    from triglot.validate import validate
    invalid = validate(edition, [merged])
    if invalid:
        result.problems += [Problem(p.file, p.line, p.rule, p.message + " (import of this document refused)")
                            for p in invalid]
        return
    linked = link_problem(doc.path, doc.name)
    if linked is not None:
        result.problems.append(linked)
        return
    if _changed_meanwhile(doc):
        result.problems.append(Problem(doc.name, 1, "changed-meanwhile",
                                       f"{doc.name} was changed while this import ran (an editor saved it); "
                                       "nothing of its translations was imported, so that change stands: "
                                       "import again"))
        return
    result.merged[doc.path] = (data, doc.digest)


def _msgid_edited(entry, view: SlotView) -> bool:
    """The entry's msgid differs from an English that has not changed since the entry was exported
    (its export token carries that English's digest): a translator's edit of the msgid, which import
    called "the English changed since this file was exported; run export" (hostile round 37)."""
    exported = token_english(entry_token(entry) or "")
    return bool(exported) and NI_PREFIX + exported == source_uri(view.segment.text)


def _of_another_document(edition: Edition, doc: Document, context: str, exc: "EntryRejected") -> str:
    """What to add to "unknown msgctxt" when the block is another document's: two documents' PO files
    joined with msgcat gave a "no such English block" for each of the second one's entries, none
    saying whose blocks they are (hostile round 37)."""
    if exc.rule != "po-key" or not context or "." not in context:
        return ""
    other = next((d for d in edition.documents if d is not doc and d.id == context.split(".", 1)[0]), None)
    if other is None:
        return ""
    return (f" in {doc.name}: it is a block of {other.name} (a file holding two documents' entries, as msgcat "
            "joins them?): import each document's entries from its own file")


def _marked_conflict(entry) -> bool:
    return any(c.strip().startswith(CONFLICT_PREFIX.strip()) for c in entry.tcomments)


def _two_files(entry, name: str, first: tuple[str, int], view: SlotView) -> Problem:
    """Two files of one document and language in one import (two translators' copies side by side)
    translating an entry differently. The second was refused as "changed in the TEI since export",
    quoting as the TEI's a text only the first file held, and sent to export, which shows neither."""
    return Problem(name, entry.lineno, "conflict",
                   f"{entry.context}: {first[0]}:{first[1]} in this same import translates it otherwise "
                   f"({view.text!r}; this file: {normalize(entry.msgstr)!r}); nothing of the document was "
                   "written: keep one version, in one of the two files, then import again")


def _changed_meanwhile(doc: Document) -> bool:
    """The document's file no longer holds the bytes its tree was parsed from. The import lock keeps
    out other triglot commands, not an editor's text editor: a save made while the import merged and
    validated was overwritten with the tree read before it, and the editor's change was lost."""
    if not doc.digest:
        return False
    return hashlib.sha256(doc.path.read_bytes()).hexdigest() != doc.digest


def _elsewhere(edition: Edition, doc: Document, lang: str, name: str, exc: "EntryRejected") -> str:
    """What a refusal whose way out is `translations export` must add for a file kept elsewhere
    (a CAT tool's target/ folder, a copy sent by mail): export carries the edits of the edition's
    own file into the new one, never a copy's, so "run export: your text is kept" alone sent the
    translator round the same refusal again."""
    if exc.rule not in ("stale-source", "conflict") or "translations export" not in str(exc):
        return ""
    xliff = Path(name).suffix.lower() in (".xlf", ".xliff")
    own = _rel(edition.root, (xliff_path if xliff else po_path)(edition.root, doc, lang))
    if name == own:
        return ""
    return (f" (export keeps the edits of {own}, not of this file: copy this file to {own} "
            "first, then run export)")


def _stranded(entry, view: SlotView | None, live: set, name: str) -> Problem | None:
    """An obsolete (`#~`) entry holding an edit for a block that is still in the English. Export writes
    obsolete entries only for removed blocks; a tool's merge with an older template (msgmerge,
    Lokalize's and Poedit's "update from POT") marks a current block's entry so, translation and all.
    Skipping it lost the edit: the next export, seeing none, wrote the file without it."""
    from triglot.translate.export import edited
    if view is None or entry.context in live or not edited(entry, view):
        return None
    return Problem(name, entry.lineno, "po-obsolete",
                   f"{entry.context}: this entry is marked obsolete (`#~`), but its block is in the English "
                   "(a tool merged the file with an older template): remove the `#~ ` marks of its lines to "
                   "import it, or delete the entry to discard it; nothing of this document was imported")


class EntryRejected(Exception):
    def __init__(self, rule: str, message: str):
        self.rule = rule
        super().__init__(message)


class EntryKept(Exception):
    """An empty entry for a translated slot: nothing is written, the import goes on."""


def _merge(entry, views: dict[str, SlotView], lang: str, resp_ids: set, note_slots: dict,
           draft: bool = False, resp_override: str | None = None, base: str = "English",
           doc_name: str = "the document", xliff: bool = False) -> bool:
    """Apply one entry to its slot; True if the slot changed. Raise EntryRejected otherwise.
    `xliff`: the entry is an XLIFF unit, whose advice names a note and a segment state, which a
    translator's CAT tool shows, not a PO translator comment and flag."""
    view = views.get(entry.context)
    if view is None:
        raise EntryRejected("po-key", f"unknown msgctxt {entry.context!r}: no such {base} block")
    text = normalize(entry.msgstr)
    fuzzy = (entry.fuzzy or draft) and bool(text)
    if not resp_override:      # --resp names who is responsible, whatever the entry's lines say
        _one_resp(entry, xliff)
    written_resp = entry_resp(entry)
    resp = written_resp or view.resp
    token = entry_token(entry) or UNTOUCHED
    if not _checked_against_new_english(entry, view, text):
        if (text, fuzzy) == (view.text, view.fuzzy) and (not text or resp == view.resp):
            return False
        if token_matches(token, entry.context, fuzzy, text, written_resp if text else ""):
            return False  # not edited since export: the TEI's version stands
    if not text and view.text:
        # Tools that do not load fuzzy translations (OmegaT's PO filter) write them back empty: an
        # empty msgstr never erases a translation. To withdraw one, empty the slot in the TEI.
        raise EntryKept(f"{entry.context}: empty in this file; the TEI's {view.state} translation is "
                        "kept (an empty entry never erases one: to withdraw it, empty the slot in the TEI)")
    if resp_override and text:
        resp = resp_override      # the entry changed: the person named on the command line did it
    if _marked_conflict(entry):
        raise EntryRejected("conflict",
                            f"{entry.context}: still marked CONFLICT: keep the version you want in the "
                            "translation, delete the `# CONFLICT:` comment line, then import again")
    if normalize(entry.msgid) != view.segment.text and _msgid_edited(entry, view):
        english = view.segment.text if len(view.segment.text) <= 200 else view.segment.text[:200] + "…"
        raise EntryRejected("po-msgid",
                            f"{entry.context}: its msgid is not the {base} it was exported with (edited in "
                            "this file, or a tool merged the file with an older template): the edition's "
                            f"{base} has not changed since ({english!r}, as the entry's `# triglot-export:` "
                            f"line records); put that msgid back (a correction of the {base} is the "
                            "editors', made in the TEI)")
    if normalize(entry.msgid) != view.segment.text:
        raise EntryRejected("stale-source",
                            f"{entry.context}: the {base} changed since this file was exported; "
                            "run `triglot translations export`: your text is kept, fuzzy, with the "
                            f"earlier {base} as the previous msgid; check it, then import again")
    if tei_changed(entry, view) and entry_token(entry) is None:
        raise EntryRejected("conflict",
                            f"{entry.context}: this entry has no `# triglot-export:` line (a tool dropped it, "
                            "or the file was begun from the .pot, with msginit or a tool's new translation "
                            f"from a template: begin from translations/{lang}/{Path(doc_name).stem}.po, "
                            "which has them), so whether the TEI changed since export cannot be told; nothing "
                            f"written. TEI ({view.state}): {view.text!r}; PO: {text!r}. Run `triglot "
                            "translations export`: your text is kept, fuzzy, with the TEI's version in a "
                            "CONFLICT comment; choose, delete that comment line, then import again")
    if tei_changed(entry, view) and not well_formed(token):
        raise EntryRejected("conflict",
                            f"{entry.context}: its `# triglot-export:` line ({token!r}) is not one this version "
                            "of Triglot writes (cut short, edited, or written by a newer version), so whether "
                            f"the TEI changed since export cannot be told; nothing written. TEI ({view.state}): "
                            f"{view.text!r}; PO: {text!r}. Run `triglot translations export`: your text is "
                            "kept, fuzzy, with the TEI's version in a CONFLICT comment; choose, delete that "
                            "comment line, then import again")
    source = copied_from(entry)
    if source and tei_changed(entry, view):
        raise EntryRejected("conflict",
                            f"{entry.context}: this translation was copied from block {source} by a merge "
                            "tool (msgmerge, or a translation tool's update from the template), and the TEI "
                            f"already holds a translation of {entry.context}; nothing written. TEI "
                            f"({view.state}): {view.text!r}; PO: {text!r}. Run `triglot translations export`: "
                            "the copy is kept, fuzzy, with the TEI's version in a CONFLICT comment; choose, "
                            "delete that comment line, then import again")
    if tei_changed(entry, view):
        raise EntryRejected("conflict",
                            f"{entry.context}: changed in the TEI since export and in this file; nothing "
                            f"written. TEI ({view.state}): {view.text!r}; PO: {text!r}. Run `triglot "
                            "translations export`: your text is kept, fuzzy, with the TEI's version in a "
                            "CONFLICT comment; choose, delete that comment line, then import again")
    try:
        tokens = tokenize(text) if text else []
        if text:
            check(tokens, view.segment)
    except PlaceholderError as exc:
        raise EntryRejected("placeholders", f"{entry.context}: {exc}{_renumbered(entry)}{_tei_differs(view)}") from None
    state = "untranslated" if not text else "draft" if fuzzy else "reviewed"
    how = "a note `<note category=\"resp\">ID</note>` in the unit's notes" if xliff else \
        "a translator comment `resp: ID`"
    if state != "untranslated":
        known = sorted(i for i in resp_ids if i and not another_drafter(i, lang))
        if resp not in resp_ids and not known:
            # a header from another project: its respStmts (if any) have no xml:id to point at
            raise EntryRejected("resp", f"{entry.context}: the header of {doc_name} has no respStmt with an "
                                "xml:id to name as responsible: add one for the translator (<respStmt "
                                "xml:id=\"resp-NAME\"><resp>translation</resp><persName>…</persName></respStmt>), "
                                f"then name it with {how} (or import with --resp ID)")
        if resp not in resp_ids:
            said = f"{resp!r} is not a respStmt of the header; " if resp else ""
            raise EntryRejected("resp", f"{entry.context}: {said}name who is responsible with {how}, "
                                f"ID one of {', '.join(known)} (or import with --resp ID)")
        if another_drafter(resp, lang):
            raise EntryRejected("resp", f"{entry.context}: {resp} is the drafter of the "
                                f"{language_name(another_drafter(resp, lang), 'en')} translation, not of this "
                                f"{language_name(lang, 'en')} text: name who is responsible with {how}, ID one of "
                                f"{', '.join(known)}, or add a respStmt for the translator to the header "
                                "(<respStmt xml:id=\"resp-NAME\"><resp>translation</resp><persName>…</persName></respStmt>)")
        if state == "reviewed" and drafter_language(resp):
            keep = "keep the segment's state 'translated' (a draft)" if xliff else "keep the entry fuzzy"
            raise EntryRejected("resp", f"{entry.context}: a reviewed translation needs its reviewer: "
                                f"set {how} to the reviewer's respStmt (not {resp}), or {keep}")
    unsaid = _unsaid(view.slot)
    if unsaid is not None:
        what = "an XML comment" if isinstance(unsaid, etree._Comment) else "a processing instruction"
        raise EntryRejected("slot-comment",
                            f"{entry.context}: the slot holds {what} at {doc_name}:{unsaid.sourceline or view.slot.sourceline} "
                            f"({_short(unsaid)}), which the translation string does not carry: importing "
                            "this edit would drop it. Move it out of the slot (before its element) or "
                            "delete it in the TEI, then import again")
    try:
        fill(view.slot, tokens, view.segment, lang, note_slots)
    except PlaceholderError as exc:
        raise EntryRejected("placeholders", f"{entry.context}: {exc}") from None
    _set_state(view.slot, state, resp, _translated_source(entry, view, state))
    if state == "reviewed" and (view.state != "reviewed" or view.stale or resp != view.resp or text != view.text):
        record_review(view.slot, resp, lang)
    return True


def _one_resp(entry, xliff: bool) -> None:
    """Refuse an entry that names two different people responsible. A reviewer in Poedit added `resp:
    resp-editors` below the exported `resp: resp-draft-ru` instead of replacing it (the translator comments
    are one text box there), and import took the first line: the drafter recorded for the reviewer's
    work, the reviewer's name dropped without a word (hostile round 37)."""
    named = list(dict.fromkeys(c.strip()[len(RESP_PREFIX.strip()):].strip().lstrip("#") for c in entry.tcomments
                               if c.strip().startswith(RESP_PREFIX.strip())))
    if len(named) > 1:
        lines = "notes of category `resp`" if xliff else "translator comments `resp:`"
        raise EntryRejected("resp", f"{entry.context}: its {lines} name {' and '.join(named)}: who is "
                            "responsible for this text cannot be told; keep the one who made or reviewed it "
                            "(the reviewer, for a reviewed entry), delete the other, then import again")


def _translated_source(entry, view: SlotView, state: str) -> str:
    """The fingerprint (@source) of the English a translation was made against. A draft whose entry a
    merge tool marked fuzzy with the earlier English as `#| msgid` (msgmerge --previous, Poedit's and
    Lokalize's update from the template) translates that earlier English: recorded as the current
    one, the slot was taken as up to date and its staleness never shown again. A draft that was
    fuzzy already gets no `#| msgid` from msgmerge, only the new English: the English its export
    token carries says what its translator was shown. A reviewed entry (the flag cleared) and a
    stale slot's entry written by an export after the change (see _checked_against_new_english)
    translate the current English."""
    current = view.segment.text
    if state != "draft":
        return source_uri(current)
    previous = getattr(entry, "previous_msgid", None)
    if previous and normalize(previous) != current and not view.stale:
        return source_uri(normalize(previous))
    exported = token_english(entry_token(entry) or "")
    if exported and copied_from(entry) is None and NI_PREFIX + exported != source_uri(current):
        return NI_PREFIX + exported
    return source_uri(current)


def _renumbered(entry) -> str:
    """Why the placeholders may not fit: a merge tool (msgmerge) kept this translation from an earlier
    English whose markup was numbered otherwise (a name or a correction added before it shifts every
    number after it). Adding the "missing" numbers would point names at the wrong entries."""
    previous = getattr(entry, "previous_msgid", None)
    if not previous or normalize(previous) == normalize(entry.msgid):
        return ""
    numbers = lambda text: [n for kind, n in _safe_tokens(text) if kind in ("open", "empty")]   # noqa: E731
    if numbers(previous) == numbers(entry.msgid):
        return ""
    return ("; the English changed since this translation was made (the `#| msgid` lines hold the earlier "
            "English) and its placeholders were renumbered: renumber yours from the msgid, placeholder by "
            "placeholder, rather than adding the missing numbers")


def _safe_tokens(text: str) -> list[tuple]:
    try:
        return tokenize(normalize(text))
    except PlaceholderError:
        return []


def _tei_differs(view: SlotView) -> str:
    """What to add to a placeholder refusal when the slot in the TEI already breaks the same rule: its
    markup was changed by hand there, so the translator's string, exported from it, inherited it."""
    if not view.text:
        return ""
    try:
        check(tokenize(view.text), view.segment)
    except PlaceholderError:
        return ("; the slot in the TEI already differs from the English (markup changed there by hand, "
                "`triglot check --rule slot-markup`): give the string the English placeholders, or ask "
                "the editors to restore the slot's markup")
    return ""


def _unsaid(slot):
    """The first comment or processing instruction in the slot's own content (a note slot inside it
    keeps its content: fill moves it whole), or None. An editor's `<!-- … -->` or oXygen's review
    comments (`<?oxy_comment_start …?>`) have no place in the translator's string, so rebuilding the
    slot from the string would lose them."""
    def walk(el):
        for child in el:
            if isinstance(child, (etree._Comment, etree._ProcessingInstruction)):
                return child
            if isinstance(child.tag, str) and etree.QName(child).localname != "note":
                found = walk(child)
                if found is not None:
                    return found
        return None
    return walk(slot)


def _short(node) -> str:
    text = etree.tostring(node, encoding="unicode", with_tail=False)
    return repr(text if len(text) <= 60 else text[:57] + "…")


def _checked_against_new_english(entry, view, text: str) -> bool:
    """A stale slot's entry that the translator checked and left as it was: its text unchanged, its
    msgid the current English, and the `STALE:` lines export wrote deleted (the fuzzy flag kept for
    a draft, cleared for a reviewed translation). Unchanged text alone cannot say so: an untouched
    file looks the same. Only an entry export wrote for the slot as it is now counts (its
    `triglot-export:` line kept and naming that slot): a translator's older copy, which msgmerge gave
    the new English without a `#| msgid` (it keeps none for a fuzzy entry), was taken as checked,
    and as its text was the slot's own, refused as a conflict between two identical versions."""
    return (view.stale and bool(text) and entry_token(entry) is not None and copied_from(entry) is None
            and not tei_changed(entry, view)
            and normalize(entry.msgid) == view.segment.text
            and not any(c.strip().startswith(STALE_PREFIX.strip()) for c in entry.tcomments))


def record_review(slot, resp: str, lang: str) -> None:
    """Say in the header who reviewed the slot and when: a <change type="review"> pointing at it.

    The date is today's (UTC), or SOURCE_DATE_EPOCH's; the reviewer is the entry's resp.
    """
    from triglot.translate.export import _date
    revisions = change_list(slot.getroottree().getroot().find("t:teiHeader", NS))   # or its listChange
    changes = revisions.findall("t:change", NS)
    change = etree.SubElement(revisions, f"{{{NS['t']}}}change", when=_date()[:10], who=f"#{resp}",
                              type="review", target=f"#{slot.get(XML_ID)}")
    change.text = f"Reviewed the {language_name(lang, 'en')} translation of {slot.get('corresp', '').lstrip('#')}."
    if changes:   # laid out as its siblings
        change.tail, changes[-1].tail = changes[-1].tail, changes[-2].tail if len(changes) > 1 else revisions.text


def _set_state(slot, state: str, resp: str, source: str) -> None:
    tokens = [t for t in (slot.get("ana") or "").split()
              if t.lstrip("#") not in ("untranslated", "draft", "reviewed")]
    slot.set("ana", " ".join([f"#{state}"] + tokens))
    if state == "untranslated":
        for att in ("resp", "source"):
            if att in slot.attrib:
                del slot.attrib[att]
    else:
        slot.set("resp", f"#{resp}")
        slot.set("source", source)


def serialize(tree, original: bytes) -> bytes:
    """The tree as bytes, with the original XML declaration and final newline kept."""
    body = etree.tostring(tree, encoding="UTF-8")
    if body.startswith(b"<?xml"):
        body = body[body.index(b"?>") + 2:].lstrip()
    prefix = b""
    if original.startswith(b"<?xml"):
        end = original.index(b"?>") + 2
        while original[end:end + 1] in (b"\n", b"\r", b" ", b"\t"):
            end += 1
        prefix = original[:end]
    tail = b"\n" if original.endswith(b"\n") and not body.endswith(b"\n") else b""
    return prefix + body + tail
