"""Fidelity to the seeds: the English base text is exactly the seed's text.

Every line of the seed must be encoded, in order, or listed as omitted in
samplingDecl (`<item n="LINE"><quote>text</quote> — reason</item>`). The check
compares the seed (minus omissions) with the base text (minus editorial notes
and corrections) after folding white space, and names the first difference
with its line in the seed and in the TEI file.
"""
from __future__ import annotations

from pathlib import Path

from triglot.problems import InputError, Problem
from triglot.tei import NS, local, normalize_space, seed_text
from triglot.xmlio import MAX_TEXT_BYTES, read_regular

CONTEXT = 40


def check(edition, docs, all_seeds: bool = True) -> list[Problem]:
    problems: list[Problem] = []
    for doc in docs:
        problems += check_one(edition.root, doc)[1]
    if all_seeds and not edition.problems:
        problems += unused_seeds(edition.root, {d.seed_file() for d in (*docs, *edition.documents)})
    return problems


def check_one(root, doc) -> tuple[list | None, list[Problem]]:
    """The seed a document encodes ([name, sha256 of its bytes, "" when it is missing], or None)
    and the document's fidelity problems: the validation cache keeps both, and an entry whose
    seed has changed since is not used."""
    seed = doc.seed_file()
    if not seed or doc.base is None:
        return None, []
    path = Path(root) / "seeds" / seed
    if not path.is_file():
        return [seed, ""], [Problem(doc.name, 0, "fidelity", f"seed file seeds/{seed} not found")]
    digest, lines = _read_seed(path, _witness(doc))
    return [seed, digest], check_document(doc, path, lines)


def _witness(doc) -> str | None:
    """The witness of an imported TEI seed whose readings the document gives where the seed's apparatus has
    no lem, when its editor chose one (import-tei --witness: the seed bibl's idno type="witness")."""
    found = _witness_idno(doc)
    return normalize_space(found.text or "") if found is not None else None


def _witness_idno(doc):
    return doc.root.find("t:teiHeader//t:sourceDesc/t:bibl[@type='seed']/t:idno[@type='witness']", NS)


def _read_seed(path: Path, witness: str | None = None):
    """(the sha256 of the seed's bytes, "" when they cannot be read; its lines as check_document
    compares them), the seed read once.

    Why: the seed was read twice for every document (once to hash it, once for its lines) and its
    lines folded again each time, though documents share seeds: on the 100-times corpus each worker
    compared some 250 documents with the same five. The folded lines are kept per process under the
    hash of the bytes just read, so a seed changed meanwhile (`validate --watch`) is read anew."""
    import hashlib
    seed_name = f"seeds/{path.name}"
    try:
        data = read_regular(path, seed_name, MAX_TEXT_BYTES)
    except InputError as exc:
        # a TEI seed is read by import-tei's reader, whose limits are its own: it says why, as before
        return "", _folded(path, seed_name, None, witness) if path.suffix == ".xml" else ("problems", exc.problems)
    digest = hashlib.sha256(data).hexdigest()
    key = (str(path), digest, witness)
    if key not in _FOLDED:
        if len(_FOLDED) >= 16:
            _FOLDED.clear()
        _FOLDED[key] = _folded(path, seed_name, None if path.suffix == ".xml" else data, witness)
    return digest, _FOLDED[key]


_FOLDED: dict = {}      # (seed path, sha256 of its bytes, the witness read) -> _folded


def _folded(seed_path: Path, seed_name: str, data: bytes | None, witness: str | None = None):
    """("lines", [(line number, its text with white space folded)], the numbers, the line count) of a
    seed (`data`: a plain-text seed's bytes; None: read by seed_lines), or ("problems", [why it cannot
    be read])."""
    from triglot.tei_source import UnknownWitness
    try:
        if data is None:
            numbered, count = seed_lines(seed_path, seed_name, witness)
        else:
            numbered = list(enumerate(data.decode("utf-8").split("\n"), start=1))
            count = len(numbered)
    except UnknownWitness as exc:
        # the witness the document records is not the seed's: said at the document (check_document)
        return "witness", exc.known
    except InputError as exc:
        return "problems", exc.problems
    except UnicodeDecodeError as exc:
        return "problems", [Problem(seed_name, 0, "fidelity", f"not UTF-8: {exc.reason}")]
    return "lines", [(number, normalize_space(raw)) for number, raw in numbered], \
        frozenset(number for number, _ in numbered), count


def seed_digest(path: Path) -> str:
    """The sha256 of a seed's bytes ("" when it cannot be read: check_document reports why)."""
    import hashlib
    try:
        return hashlib.sha256(read_regular(path, str(path), MAX_TEXT_BYTES)).hexdigest()
    except InputError:
        return ""


def unused_seeds(root, used) -> list[Problem]:
    """Seeds no document of the edition encodes (`used`: the seed names the documents give)."""
    seeds_dir = Path(root) / "seeds"
    if not seeds_dir.is_dir():
        return []
    return [Problem(f"seeds/{path.name}", 1, "fidelity", "no document of the edition encodes this seed")
            for path in sorted([*seeds_dir.glob("*.txt"), *seeds_dir.glob("*.xml")]) if path.name not in used]


def omissions(doc) -> dict[int, list[tuple[str, object]]]:
    """Line number -> list of (omitted text, item element)."""
    out: dict[int, list] = {}
    for item in doc.root.iterfind(".//t:encodingDesc/t:samplingDecl//t:item[@n]", NS):
        quote = item.find("t:quote", NS)
        try:
            line = int(item.get("n"))
        except ValueError:
            continue
        text = normalize_space("".join(quote.itertext())) if quote is not None else ""
        out.setdefault(line, []).append((text, item))
    return out


def seed_lines(seed_path: Path, seed_name: str, witness: str | None = None) -> tuple[list[tuple[int, str]], int]:
    """The seed's numbered lines and how many lines it has. A plain-text seed's lines are its lines;
    a TEI seed (seeds/X.xml, kept as received by import-tei) is read by the importer's own reader:
    its lines are the texts of its blocks and of what the reader leaves out, each numbered by the
    line of the file where it starts."""
    if seed_path.suffix == ".xml":
        from triglot.tei_source import read
        source = read(seed_path, seed_name, witness)
        return source.seed_lines(), source.line_count
    lines = read_regular(seed_path, seed_name, MAX_TEXT_BYTES).decode("utf-8").split("\n")
    return list(enumerate(lines, start=1)), len(lines)


def check_document(doc, seed_path: Path, seed=None) -> list[Problem]:
    """The document's departures from the seed at `seed_path` (`seed`: its lines as _read_seed
    gives them, when the caller has read it)."""
    seed_name = f"seeds/{seed_path.name}"
    if seed is None:
        seed = _read_seed(seed_path, _witness(doc))[1]
    if seed[0] == "problems":
        return list(seed[1])
    if seed[0] == "witness":
        from triglot.tei_source import listed_witnesses
        idno = _witness_idno(doc)
        line = (idno.sourceline or 0) if idno is not None else 0
        return [Problem(doc.name, line, "fidelity",
                        f"the seed's witness {_witness(doc)!r} this document follows (its idno type=\"witness\") "
                        f"is not in the listWit of {seed_name} {listed_witnesses(seed[1])}")]
    _, folded, listed, count = seed
    problems: list[Problem] = []
    omitted = omissions(doc)
    pieces: list[tuple[str, int]] = []   # (normalised text, seed line)
    for number, text in folded:
        for fragment, item in omitted.get(number, []):
            if fragment and fragment in text:
                text = normalize_space(text.replace(fragment, " ", 1))
            else:
                problems.append(Problem(doc.name, item.sourceline or 0, "fidelity",
                                        f"omitted text {fragment!r} is not on line {number} of {seed_name}"))
        if text:
            pieces.append((text, number))
    for line in omitted:
        if line < 1 or line > count or line not in listed:
            problems.append(Problem(doc.name, omitted[line][0][1].sourceline or 0, "fidelity",
                                    f"omitted line {line} does not exist in {seed_name}"))
    encoded = [(normalize_space(seed_text(b)), b) for b in doc.blocks if local(b) != "note"]
    encoded = [(t, b) for t, b in encoded if t]
    seed_joined, seed_at = _join(pieces)
    tei_joined, tei_at = _join(encoded)
    if seed_joined != tei_joined:
        problems.append(_difference(doc, seed_name, seed_joined, seed_at, tei_joined, tei_at))
    return problems


def _join(pieces):
    """Join texts with single spaces; return the string and (offset, origin) starts."""
    out, starts, pos = [], [], 0
    for text, origin in pieces:
        starts.append((pos, origin))
        out.append(text)
        pos += len(text) + 1
    return " ".join(out), starts


def _origin(starts, offset):
    found = starts[0][1] if starts else None
    for pos, origin in starts:
        if pos > offset:
            break
        found = origin
    return found


def _difference(doc, seed_name, seed, seed_at, tei, tei_at) -> Problem:
    i = next((k for k, (a, b) in enumerate(zip(seed, tei)) if a != b), min(len(seed), len(tei)))
    # a difference on the space that joins two seed lines is the next line's (a last block left out
    # was reported at the line of the block before it)
    at_join = i < len(seed) and seed[i] == " " and any(pos == i + 1 for pos, _ in seed_at)
    seed_line = _origin(seed_at, i + 1 if at_join else i)
    block = _origin(tei_at, i)
    line = getattr(block, "sourceline", 0) or 0
    # a TEI seed is read by import-tei's reader: after an upgrade that reads some element otherwise,
    # the document was right when imported, and the editor needs to know where to look
    reader = (" (a TEI seed is read as `triglot import-tei` reads it; if this triglot reads its source "
              "otherwise than the one that imported it, import it again into a scratch edition and "
              "compare)") if seed_name.endswith(".xml") else ""
    return Problem(doc.name, line, "fidelity",
                   f"the base text departs from {seed_name} line {seed_line}: "
                   f"seed has {seed[i:i + CONTEXT]!r}, the TEI has {tei[i:i + CONTEXT]!r}{reader}")
