"""Released identifiers: the ids someone may cite, recorded once exported and never lost.

The URLs themselves (URI base + document id, + `#` + a block's xml:id) are read
from each header in triglot/addresses.py. Once exported, an identifier is released: it is recorded in
tei/released-ids.txt, and an edition in which a released identifier has
disappeared (deleted or renamed) is refused, because someone may cite it.
"""
from __future__ import annotations

from pathlib import Path

from triglot.addresses import document_uri_problems
from triglot.problems import Problem
from triglot.tei import NS, XML_ID

RELEASED_FILE = "tei/released-ids.txt"

RELEASED_HEADER = """\
# Released identifiers of the {label} edition: never remove or rename one.
# One identifier a line, sorted (LC_ALL=C sort): DOC for a document,
# DOC#ID for a block of its {base} text or a letter the CMIF export cites.
# Each resolves as {uri}DOC and {uri}DOC#ID.
# `triglot export` adds new identifiers here; `tests/test_library_identifiers.py`
# and `triglot export` fail when a listed identifier is gone from tei/.
"""


def released_header(settings) -> str:
    from triglot.i18n import language_name
    return RELEASED_HEADER.format(label=settings.label, base=language_name(settings.base, "en"),
                                  uri=settings.uri_base)


def letter_targets(doc) -> list[str]:
    """The ids the CMIF export cites: targets of the header's correspDesc elements."""
    targets = []
    for cd in doc.root.iterfind("t:teiHeader/t:profileDesc/t:correspDesc", NS):
        for token in (cd.get("corresp") or "").split():
            if token.startswith("#"):
                targets.append(token[1:])
    return targets


def current_ids(edition) -> list[str]:
    """Every identifier the edition publishes now, in the released-list form.

    That is every id of the English text: blocks, and the divisions and containers
    (a closer, a quotation) that hold them, which are cited and anchored too.
    """
    ids = set()
    for doc in edition.documents:
        ids.add(doc.id)
        ids.update(f"{doc.id}#{b}" for b in doc.block_ids() if b)
        if doc.base is not None:
            ids.update(f"{doc.id}#{el.get(XML_ID)}" for el in doc.base.iter() if el.get(XML_ID))
        ids.update(f"{doc.id}#{t}" for t in letter_targets(doc))
    return sorted(ids)


def read_released(root: Path) -> list[tuple[int, str]]:
    """(line number, identifier) for each released identifier; [] before the first release."""
    path = Path(root) / RELEASED_FILE
    if not path.exists():
        return []
    out = []
    from triglot.xmlio import MAX_TEXT_BYTES, read_regular
    # utf-8-sig: a byte-order mark an editor's program saved made the header's first line an identifier
    from triglot.validate.released_entries import list_lines, list_text
    text = list_text(read_regular(path, RELEASED_FILE, MAX_TEXT_BYTES), RELEASED_FILE)
    for n, line in enumerate(list_lines(text), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append((n, line))
    return out


def uri_problems(edition) -> list[Problem]:
    """Each document's declared URL must be the URI base + its id, and a stated block pattern must agree."""
    return [p for doc in edition.documents for p in document_uri_problems(doc, edition.settings.uri_base)]


def released_problems(edition) -> list[Problem]:
    """A released identifier that no longer exists: it was deleted or renamed."""
    now = set(current_ids(edition))
    return [Problem(RELEASED_FILE, line, "released-id",
                    f"{ident} was released ({edition.settings.uri_base}{ident}) and is gone from tei/; "
                    "restore it: a released identifier is never removed or renamed")
            for line, ident in read_released(edition.root) if ident not in now]


def released_update(edition) -> tuple[list[str], dict[Path, bytes]]:
    """The edition's identifiers not yet released, and the released list's new contents (planned, as
    the register entries' list is: export writes both together)."""
    from triglot.validate.released_entries import planned
    return planned(Path(edition.root) / RELEASED_FILE, RELEASED_FILE, released_header(edition.settings),
                   {ident for _, ident in read_released(edition.root)}, current_ids(edition), _ids_of)


def _ids_of(line: str) -> list[str]:
    """The identifier a line of the list names: the whole line ('#' is part of DOC#ID), none for a
    comment line."""
    line = line.strip()
    return [line] if line and not line.startswith("#") else []
