"""`triglot encode SEED.txt --id ID`: write a new document skeleton to tei/ID.xml.

Never overwrites an existing document unless --force is given; writes through a
temporary file, so a failure leaves the folder as it was.
"""
from __future__ import annotations

import datetime
import sys
from pathlib import Path

from triglot.problems import InputError, Problem


def add_arguments(parser) -> None:
    parser.add_argument("seed", help="the plain-text seed file (UTF-8, LF line ends)")
    parser.add_argument("--id", required=True, dest="doc_id",
                        help="short document id (lower case, digits, hyphens), e.g. kars-treaty")
    parser.add_argument("--output", help="where to write (default: tei/ID.xml)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    header = parser.add_argument_group(
        "header", "what the header says about the publication; by default the edition's settings "
                  "(triglot.toml, or its registers' header); what nothing gives becomes a gap to fill")
    header.add_argument("--publisher", help="who publishes the edition (the settings' edition.publisher)")
    header.add_argument("--licence-url", help="URL of the licence of the encoded text (the settings' "
                                              "edition.licence.url); another one is the text's own, its "
                                              "source's, given with --source-url, where the source states it: "
                                              "a CC BY-SA article's, or a public-domain mark for a text "
                                              "free of copyright, such as a US government work "
                                              "(https://creativecommons.org/publicdomain/mark/1.0/)")
    header.add_argument("--licence-label", help="name of that licence")
    header.add_argument("--licence-reason", help="why the text is in the public domain, with a public-domain "
                                                 "mark as --licence-url: e.g. \"published in the United Kingdom in "
                                                 "1919; Parliamentary copyright in a published work lasts 50 years\"; "
                                                 "the header keeps it in the mark's licence element, and MODS and "
                                                 "Dublin Core state it (the edition's licence is stated beside the "
                                                 "mark, for the translations, notes and encoding)")
    header.add_argument("--source", help="the site or publication the text comes from")
    header.add_argument("--source-url", help="the URL of the text at its source")
    header.add_argument("--source-date", help="the date the source was published (ISO: 1936, 1936-05 or "
                                              "1936-05-12), e.g. the FRUS volume a 1920 letter is printed in: the "
                                              "source's date in the header, shown wherever the source is cited (the "
                                              "web edition's citation, MODS, Dublin Core); without it, the date of a "
                                              "dateline that opens the text, else a gap to fill")
    header.add_argument("--genre", action="append", help="genre of the text (repeatable), e.g. letter, article")
    header.add_argument("--date", help="the date the text was written, as the editor knows it (ISO: 1919, "
                                       "1919-12 or 1919-12-16: a letter's date its dateline leaves out, a treaty's "
                                       "signing, a report's or speech's day; or a range, 1920-06/1920-07, for a "
                                       "date known only to lie between two): the header's creation date, which "
                                       "dates the document everywhere (without it, a text the editor does not "
                                       "date is ordered by its source's publication), and the year of the dates "
                                       "the text names without one, each marked for review")


def run(args, root: Path) -> int:
    from triglot.edition import load
    from triglot import settings as settings_module
    from triglot.editor.encode import ID_PATTERN, encode, register_clash, serialize, target_path

    if not ID_PATTERN.fullmatch(args.doc_id):
        raise InputError([Problem(args.doc_id, 0, "encode",
                                  "the id must start with a lower-case letter and hold only a-z, 0-9 and '-'")])
    target = target_path(root, args.doc_id, args.output)
    if target.is_dir() or (target.exists() and not target.is_file()):
        raise InputError([Problem(str(target), 0, "encode",
                                  "--output names a folder or a special file; give the path of the new .xml file")])
    clash = register_clash(root, settings_module.load(root), target, "encode")
    if clash:
        raise InputError([clash])
    if target.exists() and not args.force:
        raise InputError([Problem(str(target), 0, "encode",
                                  "the file exists; encode never overwrites a document (use --force to replace it)")])
    edition = load(root)
    if edition.problems:   # an unreadable document may hold the same id; a missing register, the names
        raise InputError(edition.problems)
    for doc in edition.documents:
        if doc.id == args.doc_id and doc.path.resolve() != target.resolve():
            raise InputError([Problem(doc.name, doc.root.sourceline or 0, "encode",
                                      f"the id {args.doc_id!r} is already used by this document")])
    seed = Path(args.seed)
    _seed_not_taken(edition, seed, target)
    _same_as_settings(args, edition.settings, root)
    _reason_has_a_mark(args)
    _options_xml_can_hold(args)
    from triglot.editor import given_date
    if args.date is not None:
        wrong = given_date.problem(args.date.strip(), datetime.date.today())
        if wrong:
            raise InputError([Problem("--date", 0, "encode", wrong)])
    if args.source_date is not None:
        value = args.source_date.strip()
        wrong = given_date.problem(value, datetime.date.today()) or (
            "/" in value and f"{value!r} is a range: a source was published on one day, in one month or year") or (
            args.date is not None and given_date.published_before(value, args.date.strip()))
        if wrong:
            raise InputError([Problem("--source-date", 0, "encode", wrong)])
    from triglot.editor.header_settings import header_settings
    settings = header_settings(edition, args)
    result = encode(edition, seed, args.doc_id, settings=settings)
    from triglot.schema.command import schema_files_for
    from triglot.xmlio import write_together
    document = {target: serialize(result.tree)}
    # the schema first (a header element new to the edition: --date's creation, a letter's correspDesc):
    # a schema admitting more than the documents use is harmless, a document its schema refuses is not,
    # should the command be killed between the two
    files = {**schema_files_for(root, document), **document}
    for path in write_together(files, journal=root):
        if path != target:
            print(f"wrote {path.relative_to(root)}: the project schema keeps what the new document uses")
    review = sum(1 for el in result.tree.iter() if el.get("ana") == "#review")
    print(f"wrote {target}: {len(result.blocks)} blocks, {len(result.omissions)} omitted lines or fragments "
          f"to confirm, {review} proposals to review, {len(result.gaps)} header gaps to fill")
    if result.articles_left:
        line, why = result.articles_left
        print(f"{_shown_seed(root, seed)}:{line}: articles: the text's numbered articles stay paragraphs: "
              f"{why}; group them by hand or give --genre treaty where that is why "
              "(tei/ENCODING.md, \"A treaty's numbered articles\")", file=sys.stderr)
    from triglot.editor.recognize import not_available, proposes_names
    if not proposes_names(settings.edition.base):
        print(not_available(settings.edition.base), file=sys.stderr)
    if seed.resolve().parent != (root / "seeds").resolve():
        print(f"note: the seed is not in {root / 'seeds'}; copy it there so validation can check fidelity",
              file=sys.stderr)
    return 0


def _seed_not_taken(edition, seed: Path, target: Path) -> None:
    """A new document's header names its seed by file name, in seeds/: a seed another document
    already names would be encoded twice (the letter published twice, and validate passed both),
    and another text of that name, saved elsewhere, would have its header name the seed it is not,
    and the note below would have the editor copy it over that seed."""
    from triglot.tei import NS
    for doc in edition.documents:
        if doc.seed_file() == seed.name and doc.path.resolve() != target.resolve():
            idno = doc.root.find("t:teiHeader//t:sourceDesc//t:idno[@type='seed']", NS)
            raise InputError([Problem(doc.name, getattr(idno, "sourceline", 0) or 0, "encode",
                                      f"seeds/{seed.name} is already this document's seed: a second document "
                                      "of one text would publish it twice (to encode it again, give "
                                      f"--id {doc.id} --force; another text needs a file name of its own)")])
    kept = edition.root / "seeds" / seed.name
    if (seed.is_file() and kept.is_file() and not kept.samefile(seed)
            and (kept.stat().st_size != seed.stat().st_size or kept.read_bytes() != seed.read_bytes())):
        raise InputError([Problem(f"seeds/{seed.name}", 0, "encode",
                                  f"another text of this name is already in seeds/, and the new document would "
                                  f"name it as its seed: give {seed} a file name of its own")])


def _same_as_settings(args, settings, root: Path) -> None:
    """Refuse --publisher or --licence-url other than the settings': every document states the
    edition's publisher and licence, those of triglot.toml (validate's edition-header rule), so
    encode would write a document that validate, build and export refuse."""
    from triglot.validate.header import same_licence
    from triglot.settings import FILE, _Reader
    lines = _Reader((root / FILE).read_text(encoding="utf-8"), root / FILE)
    problems = []
    # the text's own licence, its source's, is recorded with @source, so only one given without
    # --source-url (nowhere to say whose) is compared with the settings'
    licence = None if (args.source_url or "").strip() else args.licence_url
    for option, given, key, expected in (("--publisher", args.publisher, "edition.publisher", settings.publisher),
                                         ("--licence-url", licence, "edition.licence.url",
                                          settings.licence.url)):
        if given and expected and given.strip() != expected and \
                not (option == "--licence-url" and same_licence(given, expected)):
            problems.append(Problem(FILE, lines.line_of(key), "encode",
                                    f"{option} '{given.strip()}' is not the edition's {key} '{expected}': every "
                                    f"document states the edition's own, which validate checks; leave out "
                                    f"{option}, or change {key} here first (`triglot sync-headers` then brings "
                                    f"the documents already encoded into line)"
                                    + (", or, when it is the text's own licence, its source's, give the source "
                                       "with --source-url" if option == "--licence-url" else "")))
    if problems:
        raise InputError(problems)


HEADER_OPTIONS = ("publisher", "licence_url", "licence_label", "licence_reason", "source", "source_url",
                  "source_date", "genre", "date")


def _options_xml_can_hold(args) -> None:
    """Refuse a header option holding a character XML cannot hold (a form feed or U+0001 pasted from a
    PDF into --licence-reason), named by the option: lxml stopped encode with a ValueError traceback."""
    from triglot.xmlio import xml_unsafe_char
    for dest in HEADER_OPTIONS:
        value = getattr(args, dest, None)
        for text in (value if isinstance(value, list) else [value]):
            at = xml_unsafe_char(text) if isinstance(text, str) else -1
            if at >= 0:
                raise InputError([Problem("--" + dest.replace("_", "-"), 0, "encode",
                                          f"character U+{ord(text[at]):04X} at position {at + 1} cannot stand in "
                                          "an XML file: remove it")])


def _reason_has_a_mark(args) -> None:
    """Refuse --licence-reason unless the text's own licence is a public-domain mark given with its
    source: the reason says why the source text is free of copyright, and written beside the edition's
    own licence it would say the project's translations are."""
    from triglot.validate.header import is_public_domain
    reason = (getattr(args, "licence_reason", None) or "").strip()
    if reason and not (is_public_domain(args.licence_url) and (args.source_url or "").strip()):
        raise InputError([Problem("--licence-reason", 0, "encode",
                                  "a reason is given why the text is in the public domain, but no public-domain "
                                  "mark with its source: give --licence-url "
                                  "https://creativecommons.org/publicdomain/mark/1.0/ and --source-url")])


def _shown_seed(root: Path, seed: Path) -> str:
    try:
        return str(seed.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(seed)
