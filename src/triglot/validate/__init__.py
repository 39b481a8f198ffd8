"""Validation of the edition: the gate every command passes before it writes.

`validate(edition)` runs, for each document and register: the project schema
(a tei_all subset) and tei_all's Schematron rules, the project's own rules
(references, ids, slots, dates, languages, registers) and the fidelity check
against the seeds. It writes nothing but its own cache (build/validate-cache, see cache.py).
"""
from __future__ import annotations

from pathlib import Path

from triglot.problems import Problem


def validate(edition, documents=None, fidelity: bool = True, schema: bool = True,
             cache: bool = False, memory: dict | None = None) -> list[Problem]:
    """All problems of `documents` (default: the whole edition), sorted, without duplicates.

    When `documents` replace documents of the edition (an import about to be
    written), cross-document rules see the replacements instead of the originals.
    With `cache`, each file's own problems (grammar, Schematron, single-file rules, fidelity)
    are taken from build/validate-cache when its bytes and everything they depend on are
    unchanged; the rules across files run every time, on each document's summary (see
    validate/cache.py). `triglot validate` of the whole edition does not load it: stream.py.
    `memory`: the cache's entries already read this run (build.load_valid loads the edition by them).
    """
    from triglot.validate import fidelity as fidelity_check
    from triglot.validate import summary

    problems: list[Problem] = list(edition.problems)
    docs = list(edition.documents if documents is None else documents)
    registers = list(edition.registers.values()) if documents is None else []
    entries, store, fresh = own_entries(edition, docs, registers, schema, fidelity, cache, memory)
    for entry in entries.values():
        problems += entry.problems
    replaced = {d.name for d in docs}
    others = [(d.name, summary.of(d)) for d in edition.documents if d.name not in replaced]
    problems += summary.across(edition, others, [(d.name, entries[d.name].summary) for d in docs],
                               with_registers=documents is None)
    if fidelity and documents is None and not edition.problems:
        problems += fidelity_check.unused_seeds(edition.root, {d.seed_file() for d in edition.documents})
    if store is not None:
        store.keep(fresh, create=not problems)
    return sorted(set(problems))


def own_entries(edition, docs, registers, schema: bool, fidelity: bool, cache: bool, memory: dict | None = None):
    """Each file's entry (validate/cache.py), the cache, and the entries it lacked:
    ({name: entry}, cache, {name: (entry, None)})."""
    from triglot.validate import files, schema_check
    from triglot.validate.cache import Cache, Entry

    # a document's tree is asked for only when it is checked (a document loaded unparsed is then parsed)
    named = [(d.name, lambda d=d: d.tree, d.digest, d) for d in docs] + \
            [(edition_name(edition, r.path), lambda r=r: r.tree, r.digest, None) for r in registers]
    store = Cache(edition.root, edition.settings, schema, fidelity, memory) if cache else None
    seeds = SeedDigests(edition.root)
    entries, todo = {}, []
    for name, tree, digest, doc in named:
        hit = store.get(name, digest) if store else None
        if hit is None or not seeds.current(hit.seed):
            todo.append((name, tree(), digest, doc))
        else:
            entries[name] = hit
    found: dict[str, list[Problem]] = {name: [] for name, *_ in todo}
    strays: list[Problem] = []
    if schema and todo:
        for p in schema_check.check(edition.root, [(name, tree) for name, tree, *_ in todo]):
            (found[p.file] if p.file in found else strays).append(p)
    for name, _, digest, doc in todo:
        entries[name] = Entry(digest, found[name]) if doc is None else \
            files.document_entry(edition, doc, found[name], fidelity)
    if strays:
        entries[""] = Entry("", strays)
    return entries, store, {name: (entries[name], None) for name, *_ in todo}


class SeedDigests:
    """The current hash of each seed a cached entry was checked against, read once per run."""

    def __init__(self, root):
        self.dir = Path(root) / "seeds"
        self.known: dict[str, str] = {}

    def current(self, seed) -> bool:
        """True when the entry's seed ([name, hash], or None) is unchanged."""
        if seed is None:
            return True
        name, digest = seed
        if name not in self.known:
            from triglot.validate.fidelity import seed_digest
            path = self.dir / name
            self.known[name] = seed_digest(path) if path.is_file() else ""
        return self.known[name] == digest


def validate_registers(edition, registers) -> list[Problem]:
    """The problems of the named registers alone: schema and entries (names in every language)."""
    from triglot.validate import rules, schema_check
    problems = schema_check.check(edition.root, [(edition_name(edition, r.path), r.tree) for r in registers])
    for reg in registers:
        problems += rules.register_entries(edition, reg)
    from triglot.validate import header
    problems += header.register_problems(edition.settings,
                                         [(edition_name(edition, r.path), r.tree.getroot()) for r in registers])
    return sorted(set(problems))


def edition_name(edition, path) -> str:
    try:
        return str(path.resolve().relative_to(edition.root.resolve()))
    except ValueError:
        return str(path)
