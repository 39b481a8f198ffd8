"""One file's own validation: what the cache keeps for it (validate/cache.py `Entry`).

Shared by `validate()` on a parsed edition and by the streaming validation of the whole
edition (validate/stream.py), which runs `check_path` in worker processes: both must leave
the same entry for the same bytes, since either may read what the other wrote.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from triglot.problems import InputError
from triglot.validate.cache import Entry


def document_entry(edition, doc, schema_problems, fidelity: bool = True) -> Entry:
    """The entry of a parsed document: its refused patterns, grammar and Schematron problems
    (`schema_problems`, found by the caller: batched or not), its own rules, its fidelity to
    its seed, and its summary for the rules across files."""
    from triglot.edition import document_shape, foreign as foreign_files, pattern_problems
    from triglot.validate import fidelity as fidelity_check
    from triglot.validate import rules, summary
    loading = pattern_problems(doc)
    foreign = foreign_files(document_shape(doc, edition.settings))
    if foreign:
        # TEI of another edition dropped into tei/: one line saying so, as every other command
        # says it, instead of its schema problems each advising `triglot schema` (which refuses
        # the file) and this edition's rules about languages and slots it never followed
        found = {**summary.scan(doc)[0], "header": None}     # not of this edition: states nothing of it
        return Entry(doc.digest, loading + foreign, found, None, broken=bool(loading))
    seed, unfaithful = fidelity_check.check_one(edition.root, doc) if fidelity else (None, [])
    with_id, parts = rules.id_parts(doc.root)     # searched for once, for the scan and the ids rules
    found, pointing = summary.scan(doc, parts)
    problems = loading + list(schema_problems) + rules.document_rules(edition, doc, with_id) + pointing + unfaithful
    return Entry(doc.digest, problems, found, seed, broken=bool(loading))


def check_path(root: str, name: str, path: str) -> tuple[str, Entry | None, list]:
    """Read, parse and validate one document (in a worker process: nothing but the entry goes
    back, and the tree is freed before the next file). Returns (name, entry, problems of a
    file that could not be read: no entry then)."""
    from triglot.edition import _document
    from triglot.validate import schema_check
    from triglot.xmlio import parse_bytes, read_regular
    root_path, file = Path(root), Path(path)
    from triglot.xmlio import name_problem
    if name_problem(name):      # kept as no entry: the cache and the pages take UTF-8 names only
        return name, None, [name_problem(name)]
    try:
        data = read_regular(file, name)
    except InputError as exc:
        return name, None, exc.problems
    digest = hashlib.sha256(data).hexdigest()
    try:
        tree = parse_bytes(data, name)
    except InputError as exc:
        return name, Entry(digest, exc.problems, broken=True), []
    del data
    edition = shell(root_path)
    doc = _document(root_path, file, tree, edition.settings, name)
    doc.digest = digest
    # the seed it names, found once: the rules, the fidelity check, the summary and the facts kept
    # for loading each asked for it by a search of the header (this tree is never changed)
    doc.facts["seed"] = doc.seed_file()
    return name, document_entry(edition, doc, schema_check.check(root_path, [(name, tree)])), []


@lru_cache(maxsize=2)
def shell(root: Path):
    """An edition without documents or registers: what the single-file rules read (the root and
    the settings), made once per process."""
    from triglot.edition import Edition
    from triglot.settings import load
    return Edition(root, [], {}, [], load(root))


def start_worker() -> None:
    """A validation worker: ends with its parent (workers.py)."""
    from triglot.workers import end_with_parent
    end_with_parent()
