"""Validation of the edition: the gate every command passes before it writes.

`validate(edition)` runs, for each document and register: the project schema
(a tei_all subset) and tei_all's Schematron rules, the project's own rules
(references, ids, slots, dates, languages, registers) and the fidelity check
against the seeds. It writes nothing but its own cache (build/validate-cache, see cache.py).
"""
from __future__ import annotations

from triglot.problems import Problem


def validate(edition, documents=None, fidelity: bool = True, schema: bool = True,
             cache: bool = False) -> list[Problem]:
    """All problems of `documents` (default: the whole edition), sorted, without duplicates.

    When `documents` replace documents of the edition (an import about to be
    written), cross-document rules see the replacements instead of the originals.
    With `cache`, each file's own problems (grammar, Schematron, single-file rules) are
    taken from build/validate-cache when its bytes and everything they depend on are
    unchanged; the rules across files run every time (see validate/cache.py).
    """
    from triglot.validate import fidelity as fidelity_check
    from triglot.validate import rules

    problems: list[Problem] = list(edition.problems)
    docs = list(edition.documents if documents is None else documents)
    registers = list(edition.registers.values()) if documents is None else []
    own, store, fresh = own_problems(edition, docs, registers, schema, cache)
    problems += own + rules.edition_rules(edition, docs, with_registers=documents is None)
    if fidelity:
        problems += fidelity_check.check(edition, docs, all_seeds=documents is None)
    if store is not None:
        store.keep(fresh, create=not problems)
    return sorted(set(problems))


def own_problems(edition, docs, registers, schema: bool, cache: bool):
    """Each file's problems that depend on nothing but its bytes and the cache's version,
    the cache, and the entries it lacked: {name: (digest, problems)}."""
    from triglot.validate import rules, schema_check
    from triglot.validate.cache import Cache

    files = [(d.name, d.tree, d.digest, d) for d in docs] + \
            [(edition_name(edition, r.path), r.tree, r.digest, None) for r in registers]
    store = Cache(edition, schema) if cache else None
    found: dict[str, list[Problem]] = {}
    todo = []
    for name, tree, digest, doc in files:
        hit = store.get(name, digest) if store else None
        if hit is None:
            todo.append((name, tree, digest, doc))
        else:
            found[name] = hit
    fresh: dict[str, list[Problem]] = {name: [] for name, *_ in todo}
    strays: list[Problem] = []
    if schema and todo:
        for p in schema_check.check(edition.root, [(name, tree) for name, tree, *_ in todo]):
            (fresh[p.file] if p.file in fresh else strays).append(p)
    for name, _, _, doc in todo:
        if doc is not None:
            fresh[name] += rules.document_rules(edition, doc)
    own = [p for group in (*found.values(), *fresh.values()) for p in group] + strays
    return own, store, {name: (digest, fresh[name]) for name, _, digest, _ in todo}


def validate_registers(edition, registers) -> list[Problem]:
    """The problems of the named registers alone: schema and entries (names in every language)."""
    from triglot.validate import rules, schema_check
    problems = schema_check.check(edition.root, [(edition_name(edition, r.path), r.tree) for r in registers])
    for reg in registers:
        problems += rules.register_entries(edition, reg)
    return sorted(set(problems))


def edition_name(edition, path) -> str:
    try:
        return str(path.resolve().relative_to(edition.root.resolve()))
    except ValueError:
        return str(path)
