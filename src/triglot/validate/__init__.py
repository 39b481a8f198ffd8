"""Validation of the edition: the gate every command passes before it writes.

`validate(edition)` runs, for each document and register: the project schema
(a tei_all subset) and tei_all's Schematron rules, the project's own rules
(references, ids, slots, dates, languages, registers) and the fidelity check
against the seeds. It never writes anything.
"""
from __future__ import annotations

from triglot.problems import Problem


def validate(edition, documents=None, fidelity: bool = True, schema: bool = True) -> list[Problem]:
    """All problems of `documents` (default: the whole edition), sorted, without duplicates.

    When `documents` replace documents of the edition (an import about to be
    written), cross-document rules see the replacements instead of the originals.
    """
    from triglot.validate import rules, schema_check
    from triglot.validate import fidelity as fidelity_check

    problems: list[Problem] = list(edition.problems)
    docs = list(edition.documents if documents is None else documents)
    registers = list(edition.registers.values()) if documents is None else []
    if schema:
        problems += schema_check.check(edition.root, [(d.name, d.tree) for d in docs] +
                                       [(edition_name(edition, r.path), r.tree) for r in registers])
    problems += rules.check(edition, docs, with_registers=documents is None)
    if fidelity:
        problems += fidelity_check.check(edition, docs, all_seeds=documents is None)
    return sorted(set(problems))


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
