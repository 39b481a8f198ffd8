"""Released register entries: an entry's id, once exported, stays citable through rename and merge.

A person's, place's or organisation's id is published as soon as the edition is exported: in the
TEI the libraries ingest, in the data tables, and as the anchor of its entry on the web edition's
register pages (`persons.html#kars`), which readers and other projects link to. `triglot export`
records every entry id in tei/released-entries.txt (beside tei/released-ids.txt, which holds the
documents' and blocks' ids). Authority files keep a merged record's id as a redirect (VIAF and
GeoNames do; GEDCOM X gives the merged person's id the type "Deprecated"); here the entry that
takes over a released id records it as `<idno type="former">OLD-ID</idno>`, which
`register rename` and `register merge` write, the web edition turns into an anchor on the kept
entry, and the library export carries in the register's TEI. A released id that is neither an
entry's id nor an entry's former id is gone, and `validate` and `export` refuse the edition.
"""
from __future__ import annotations

from pathlib import Path

from triglot.problems import Problem
from triglot.tei import NS

RELEASED_ENTRIES_FILE = "tei/released-entries.txt"
FORMER = "former"     # the idno type of an id the entry has taken over

HEADER = """\
# Released register entry ids of the {label} edition: never remove one.
# One id a line, sorted (LC_ALL=C sort): a person, place or organisation of tei/'s registers.
# A renamed or merged entry keeps its released id as <idno type="former">ID</idno>
# on the entry that took it over (`triglot register rename|merge` write it).
# `triglot export` adds new ids here; `triglot validate` and `export` refuse an id gone without one.
"""


def former_ids(element) -> list[str]:
    """The ids an entry has taken over (rename, merge), in the order it records them."""
    return [" ".join((i.text or "").split()) for i in element.iterfind(f"t:idno[@type='{FORMER}']", NS)
            if (i.text or "").strip()]


def entry_ids(edition) -> list[str]:
    """Every entry's own id, sorted: what an export releases."""
    return sorted({ident for r in edition.registers.values() for ident in r.entries})


def read_released_entries(root: Path) -> list[tuple[int, str]]:
    """(line number, id) of each released entry id; [] before the first export that recorded them."""
    path = Path(root) / RELEASED_ENTRIES_FILE
    if not path.exists():
        return []
    from triglot.xmlio import MAX_TEXT_BYTES, read_regular
    # utf-8-sig: an editor's program that saves with a byte-order mark made the header's first line
    # (the BOM before its '#') an id no entry has, and validate refused the edition
    text = list_text(read_regular(path, RELEASED_ENTRIES_FILE, MAX_TEXT_BYTES), RELEASED_ENTRIES_FILE)
    return [(n, line.strip()) for n, line in enumerate(list_lines(text), 1)
            if line.strip() and not line.strip().startswith("#")]


def list_lines(text: str, keepends: bool = False) -> list[str]:
    """A released list's lines, split at line ends alone: str.splitlines also breaks at U+2028, U+0085,
    form feeds and \\x1c-\\x1e, so a remark pasted from a web page became a line of ids ('released and
    gone') at a line number the editor's program does not show."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    lines = [line for line in lines if line]
    return lines if keepends else [line.rstrip("\r\n") for line in lines]


def list_text(data: bytes, name: str) -> str:
    """A released list's text (utf-8-sig: an editor's program that saves with a byte-order mark made the
    header's first line, the BOM before its '#', an id no entry has); InputError at the line of a byte
    that is not UTF-8. Read with replacement characters, a remark saved in Latin-1 ('# révisé') passed
    validate, and the export, which reads the list again to insert the new ids, stopped with a traceback
    after it was written, its new ids not recorded."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        from triglot.problems import InputError
        line = data[:exc.start].count(b"\n") + 1
        raise InputError([Problem(name, line, "released-id", f"byte 0x{data[exc.start]:02x} is not UTF-8: save "
                                  "the list as UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)")]) from None


def released_ids(line: str) -> list[str]:
    """The ids a line of the list names: one, or (two run together by a hand edit) each word, so
    that none of them is taken for never released while the line is reported; a '#' and what
    follows it is an editor's remark ('kars-oblast  # merged into kars'), not three ids."""
    return line.split("#", 1)[0].split()


def released(root: Path) -> set[str]:
    return {ident for _, line in read_released_entries(root) for ident in released_ids(line)}


def problems(edition) -> list[Problem]:
    """A released entry id that no entry has and no entry records as former; a former id that is
    also an entry's own id (one anchor, two entries)."""
    own = set(entry_ids(edition))
    formers: dict[str, tuple[str, object]] = {}
    out = []
    for register in edition.registers.values():
        name = _name(edition, register)
        for ident, entry in register.entries.items():
            for idno in entry.element.iterfind(f"t:idno[@type='{FORMER}']", NS):
                old = " ".join((idno.text or "").split())
                if not old or " " in old:   # the web made it an anchor id="kars oblast", which no link reaches
                    out.append(Problem(name, idno.sourceline or 0, "released-id",
                                       f"{ident}'s former id {old!r} is no id: a former id record holds one id, "
                                       "as the export released it"))
                    continue
                if old in own:
                    out.append(Problem(name, idno.sourceline or 0, "released-id",
                                       f"{ident} records {old} as a former id, and {old} is an entry's id: one id "
                                       "cites one entry (remove this idno, or rename the other entry)"))
                elif old in formers:    # a hand edit, or two branches' merges joined: two anchors of one id
                    first = formers[old][0]
                    out.append(Problem(name, idno.sourceline or 0, "released-id", (
                        f"{ident} records {old} as a former id twice: remove this one" if first == ident else
                        f"{ident} records {old} as a former id, and so does {first}: one id cites one entry "
                        f"(keep it on the entry that links to {old} mean, remove the other)")))
                formers.setdefault(old, (ident, idno))
    for line, text in read_released_entries(edition.root):
        if len(released_ids(text)) > 1:
            out.append(Problem(RELEASED_ENTRIES_FILE, line, "released-id",
                               f"one id a line: {text.split('#', 1)[0].strip()!r} holds {len(released_ids(text))} "
                               "(an id has no space); "
                               "put each on its own line"))
        for ident in released_ids(text):
            if ident in own or ident in formers:
                continue
            out.append(Problem(RELEASED_ENTRIES_FILE, line, "released-id",
                               f"the register entry {ident} was released (exported; its register anchor and data "
                               f"rows cite it) and no entry has it or records it: restore it, or give the entry "
                               f"that replaced it <idno type=\"{FORMER}\">{ident}</idno> (triglot register "
                               "rename and merge write it)"))
    return out


def planned(path: Path, name: str, header: str, known: set[str], current: list[str],
            ids_of=None) -> tuple[list[str], dict[Path, bytes]]:
    """The ids of `current` not in `known`, and a released list's new contents ({} when nothing is new):
    a new list is `header` and every id sorted; an existing one keeps its lines, the editors' remarks
    among them, with the new ids inserted (`ids_of`: the ids a line names). Planned, not written, so
    that export writes both released lists (this one, library/identifiers.py's) together."""
    new = [i for i in current if i not in known]
    if not path.exists():
        return new, {path: (header + "".join(f"{i}\n" for i in sorted(known | set(current)))).encode("utf-8")}
    if not new:
        return new, {}
    return new, {path: inserted(list_text(path.read_bytes(), name), new, ids_of or released_ids).encode("utf-8")}


def update(edition) -> tuple[list[str], dict[Path, bytes]]:
    """The entries' ids not yet released, and the list's new contents (planned)."""
    return planned(Path(edition.root) / RELEASED_ENTRIES_FILE, RELEASED_ENTRIES_FILE,
                   HEADER.format(label=edition.settings.label), released(edition.root), entry_ids(edition))


def record(edition) -> list[str]:
    """Add the entries' ids not yet released to the list; return them."""
    from triglot.xmlio import atomic_write
    new, files = update(edition)
    for path, data in files.items():
        atomic_write(path, data)
    return new


def inserted(text: str, new: list[str], ids_of=released_ids) -> str:
    """The list's lines as they are, each new id inserted before the first id line that sorts after
    it (`ids_of(line)`: the ids a line names): written whole from the ids, the list lost the editors'
    remarks ('kars-oblast  # merged into kars') and any line of their own at every export that
    released an entry. Both released lists (this one, library/identifiers.py's) are kept so."""
    lines = list_lines(text, keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    for ident in sorted(new):
        at = next((n for n, line in enumerate(lines) if ids_of(line) and ids_of(line)[0] > ident),
                  len(lines))
        lines.insert(at, f"{ident}\n")
    return "".join(lines)


def _name(edition, register) -> str:
    try:
        return str(register.path.resolve().relative_to(Path(edition.root).resolve()))
    except ValueError:
        return register.path.name

