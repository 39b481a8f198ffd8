"""What the rules across files need from one document, and those rules run on it.

Ids unique in the edition, pointers into the registers and the edition's facts every header
states (validate/header.py) are the rules that look beyond a document. They need little of it:
its id, the ids of its text with their lines, the seed it names, its pointers into other files
(already expanded with its own prefixes) and what its header states. The validation
cache keeps this summary beside the document's own problems, so a revalidation runs the
rules across files without parsing an unchanged document again (validate/stream.py), and a
register change is still checked against every document.
"""
from __future__ import annotations

from lxml import etree

from triglot.edition import expand_pointer, facts_of
from triglot.problems import Problem
from triglot.tei import XML_ID, local, q

TEXT = q("text")

REGISTER_KIND = {"persName": "person", "placeName": "place", "orgName": "org"}


def of(doc) -> dict:
    """The summary of a parsed document (JSON-ready: the cache stores it as it is)."""
    return scan(doc)[0]


def scan(doc, parts=None) -> tuple[dict, list[Problem]]:
    """The summary of a parsed document and the problems of its pointers that fail whatever the
    other files hold (to a missing id of this file, through an undeclared prefix), in one walk.
    `parts`: rules.id_parts of the document, when the caller has them."""
    from triglot.validate.rules import POINTER_ATTRS, id_parts, local_pointer_problem
    root = doc.root
    own = {root.get(XML_ID)}
    ids = []
    for part, with_id in id_parts(root)[1] if parts is None else parts:
        text = part.tag == TEXT
        for el in with_id:
            own.add(el.get(XML_ID))
            if text:
                ids.append([el.get(XML_ID), el.sourceline or 0])
    pointers: dict[tuple, list[int]] = {}
    problems = []
    wanted = set(POINTER_ATTRS)
    names: dict = {}      # tag -> local name: asked once per tag, not per pointer
    decided: dict = {}    # token -> (its target or None, a problem's message or None): once per token
    # elements only (lxml filters comments and instructions in C), and each one's items without
    # asking for its attribute mapping first: a third of this walk's time
    for el in root.iter(etree.Element):
        for attr, value in el.items():
            if attr not in wanted:
                continue
            for token in value.split():
                if token not in decided:
                    decided[token] = _decide(doc, token, own, local_pointer_problem)
                target, message = decided[token]
                if message:
                    problems.append(Problem(doc.name, el.sourceline or 0, "references", f"@{attr}={token!r}: {message}"))
                elif target is not None:
                    tag = names.get(el.tag) or names.setdefault(el.tag, local(el))
                    pointers.setdefault((attr, token, tag, target), []).append(el.sourceline or 0)
    facts = facts_of(doc)
    # what the header states, read once: the facts kept for loading hold it too (edition.facts_of)
    summary = {"id": doc.id, "line": root.sourceline or 0, "ids": ids, "seed": doc.seed_file(),
               "pointers": [[*key, lines] for key, lines in pointers.items()], "header": facts["header"],
               "load": facts}
    return summary, problems


def _decide(doc, token: str, own: set, local_problem) -> tuple[str | None, str | None]:
    """(the target a pointer token names in another file, or None; the problem it has whatever
    the other files hold, or None): a web address and a pointer to an id of this file give neither."""
    if token[0] == "#":
        return None, None if token[1:] in own else local_problem(doc, token, own)
    if token.startswith(("http://", "https://")):
        return None, None
    target = expand_pointer(token, doc)
    return target, local_problem(doc, token, own) if target is None else None


def across(edition, others, mine, with_registers: bool = True) -> list[Problem]:
    """The problems of the rules across files for the documents `mine` ([(name, summary)]),
    the other documents of the edition being `others`; with `with_registers`, the registers'
    own entries too (every entry has a base-language name)."""
    from triglot.validate.rules import register_entries
    problems: list[Problem] = []
    known: dict = {}
    for name, summary in mine:
        problems += pointer_problems(edition, name, summary, known)
    problems += unique_ids(edition, others, mine)
    problems += header_problems(edition, others, mine)
    if with_registers:
        from triglot.validate import header
        from triglot.validate import edition_name
        for reg in edition.registers.values():
            problems.extend(register_entries(edition, reg))
        problems += header.register_problems(
            edition.settings, [(edition_name(edition, r.path), r.tree.getroot()) for r in edition.registers.values()])
        from triglot.validate import released_entries
        problems += released_entries.problems(edition)
    return problems


def header_problems(edition, others, mine) -> list[Problem]:
    """The edition's publisher, licence, version and date as every header must state them
    (validate/header.py, the rule build and export refuse by), for the documents `mine`; the
    others count for what the edition states. A foreign document (no summary header) is not one."""
    from triglot.validate import header
    stated = [(name, s["header"]) for name, s in [*others, *mine] if s.get("header")]
    return header.problems(edition.settings, stated, report={name for name, _ in mine}) if stated else []


def pointer_problems(edition, name: str, summary: dict, known: dict | None = None) -> list[Problem]:
    """The summary's pointers into the registers that find no entry of the right kind; `known`
    remembers each (tag, target)'s answer across documents (500 documents point at a few
    hundred entries)."""
    out = []
    registers = {r.name: r for r in edition.registers.values()}
    known = {} if known is None else known
    for attr, token, tag, target, lines in summary["pointers"]:
        if (tag, target) not in known:
            known[tag, target] = _dangling(registers, tag, target)
        message = known[tag, target]
        if message:
            out += [Problem(name, line, "references", f"@{attr}={token!r}: {message}") for line in lines]
    return out


def _dangling(registers, tag: str, target: str) -> str | None:
    fname, _, frag = target.partition("#")
    reg = registers.get(fname)
    if reg is None:
        return f"points into {fname!r}, which is not a register of the edition"
    entry = reg.entries.get(frag)
    if entry is None:
        # a released id kept on the entry that took it over (rename, merge) cites that entry for
        # readers' old links; a text copied from before the change points at the entry's own id
        from triglot.validate.released_entries import former_ids
        heir = next((e.id for e in reg.entries.values() if frag in former_ids(e.element)), None)
        if heir is not None:
            return (f"no entry {frag!r} in {fname}: {frag} is a former id of {heir} (renamed or merged into "
                    f"it), kept for old links; point at {heir}")
        return f"no entry {frag!r} in {fname}"
    want = REGISTER_KIND.get(tag)
    if want and entry.kind != want:
        return f"<{tag}> points at a {entry.kind} entry"
    return None


def unique_ids(edition, others, mine) -> list[Problem]:
    """Document ids, register ids and text ids are unique across the edition: the first holder
    (registers, then the other documents, then `mine`, in order) keeps an id; a later one in
    `mine` is reported.

    The ids are gathered first: only an id held more than once, or also by a register, is
    followed through the holders in order (at 500 documents, the walk over every id with its
    bookkeeping was most of a one-edit revalidation's rules across files)."""
    from collections import Counter
    owner: dict[str, str] = {}
    for reg in edition.registers.values():
        for entry_id in reg.entries:
            owner.setdefault(entry_id, reg.name)
    groups = [(False, others), (True, mine)]
    every = [summary["id"] for _, group in groups for _, summary in group]
    every += [i for _, group in groups for _, summary in group for i, _ in summary["ids"]]
    distinct = set(every)
    if len(distinct) == len(every) and distinct.isdisjoint(owner):
        return []
    shared = {i for i, n in Counter(every).items() if n > 1} | (distinct & owner.keys())
    out = []
    for reported, group in groups:
        for name, summary in group:
            for i, line in [[summary["id"], summary["line"]], *summary["ids"]]:
                if i not in shared:
                    continue
                if i in owner:
                    if reported:
                        out.append(Problem(name, line, "ids", f"xml:id {i!r} is also used in {owner[i]}"))
                else:
                    owner[i] = name
    return out
