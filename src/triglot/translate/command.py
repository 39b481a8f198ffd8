"""`triglot translations export|import|tmx|status`: the translators' workflow on the command line."""
from __future__ import annotations

import sys
from pathlib import Path

from triglot.edition import load
from triglot.problems import InputError, Problem


def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    ex = sub.add_parser("export", help="write translations/<lang>/<document>.po and translations/<document>.pot")
    ex.add_argument("--lang", action="append",
                    help="only this translation language (repeatable; default: all of triglot.toml)")
    ex.add_argument("--format", choices=("po", "xliff"), default="po",
                    help="po: translations/<lang>/*.po and the .pot templates (default); xliff: XLIFF 2.0 "
                         "for CAT tools, translations/xliff/<lang>/*.xlf")
    ex.add_argument("--force", action="store_true",
                    help="overwrite PO files even if they hold edits that were not imported")
    ex.add_argument("documents", nargs="*", metavar="DOC", help="document ids or file names (default: all)")
    im = sub.add_parser("import", help="merge PO files into the TEI slots (all or nothing: one refused file writes no document)")
    im.add_argument("files", nargs="*", metavar="FILE",
                    help="PO or XLIFF 2.0 (.xlf) files (default: translations/<lang>/*.po of every "
                         "translation language)")
    im.add_argument("--draft", action="store_true",
                    help="import every translated entry as a draft, for files from tools that drop the "
                         "fuzzy flag (OmegaT writes every translation unflagged)")
    im.add_argument("--resp", metavar="ID",
                    help="who is responsible for every entry these files change (a respStmt of the "
                         "document's header), for tools that keep no translator comment of their own")
    im.add_argument("--check", action="store_true",
                    help="check everything an import checks (placeholders, conflicts, validation) and write nothing")
    tm = sub.add_parser("tmx", help="translation memory of the aligned passages: "
                                     "translations/tmx/triglot-en-<lang>.tmx (reviewed ones marked)")
    tm.add_argument("--lang", action="append",
                    help="only this translation language (repeatable; default: all of triglot.toml)")
    tm.add_argument("--inline", choices=("codes", "text"), default="codes",
                    help="codes: markup as TMX <bpt>/<ept>/<ph> (default); text: placeholders as the PO "
                         "files write them, triglot-en-<lang>-po.tmx, for a CAT tool translating the PO "
                         "files (OmegaT)")
    st = sub.add_parser("status", help="blocks, words, untranslated, draft, reviewed, stale per document and language")
    st.add_argument("--format", choices=("text", "json"), default="text")
    al = sub.add_parser("add-language", help="give every document empty slots for a translation language "
                                             "just added to languages.translations in triglot.toml")
    al.add_argument("lang", help="the language code, as in triglot.toml")


def run(args, root: Path) -> int:
    edition = load(root)
    if args.action == "add-language":   # the one action for documents that lack a language's slots
        if edition.problems:
            raise InputError(edition.problems)
        from triglot.translate.add_language import add_language
        written = add_language(edition, args.lang)
        for path in written:
            print(f"added {args.lang} slots to {path.relative_to(edition.root)}")
        print(f"{len(written)} documents updated; `triglot check --rule register-gap` lists the register "
              f"names the editors still give in {args.lang}")
        return 0
    problems = edition.problems + edition.shape_problems()
    if problems:   # a file that is not the edition's shape is never counted or exported
        raise InputError(problems)
    if args.action == "export":
        return _export(args, edition)
    if args.action == "import":
        return _import(args, edition)
    if args.action == "tmx":
        return _tmx(args, edition)
    from triglot.translate.status import render, status
    print(render(status(edition), args.format))
    return 0


def _documents(edition, names):
    if not names:
        return None
    docs = []
    for name in names:
        docs.append(edition.named(name if name.endswith(".xml") else Path(name).stem, "arguments"))
    return docs


def _langs(args, edition) -> tuple:
    """The --lang values, each a translation language of this edition (default: all of them)."""
    langs = edition.settings.translations
    unknown = [x for x in args.lang or () if x not in langs]
    if unknown:
        raise InputError([Problem("--lang", 0, "arguments",
                                  f"{unknown[0]!r} is not a translation language of this edition "
                                  f"({', '.join(langs)})")])
    return tuple(args.lang or langs)


def _tmx(args, edition) -> int:
    from triglot.translate.tmx import export_tmx
    for path in export_tmx(edition, _langs(args, edition), args.inline):
        print(f"wrote {path.relative_to(edition.root)}")
    return 0


def _export(args, edition) -> int:
    from triglot.translate.export import export
    result = export(edition, _langs(args, edition), _documents(edition, args.documents),
                    force=args.force, fmt=args.format)
    for path in result["written"]:
        print(f"wrote {path.relative_to(edition.root)}")
    print(f"{len(result['written'])} written, {len(result['unchanged'])} unchanged")
    return 0


def _import(args, edition) -> int:
    from triglot.translate.importer import default_files, import_files
    files = [Path(f).resolve() for f in args.files] or default_files(edition.root, edition.settings.translations)
    result = import_files(edition, files, write=not args.check, draft=args.draft, resp=args.resp)
    verb = "would update" if args.check else "updated"
    for path in result.written:
        print(f"{verb} {path.relative_to(edition.root)}")
    for line in result.counts:
        print(line)
    for path in result.held:
        print(f"not written: {path.relative_to(edition.root)} (its files were imported cleanly, but the run is all or "
              "nothing: mend what is refused below and run the import again)")
    for problem in result.kept + result.problems:
        print(problem, file=sys.stderr)
    print(f"{len(result.written)} documents {verb.split()[-1]}, {len(result.unchanged)} unchanged, "
          f"{len(result.problems)} problems")
    return 1 if result.problems else 0
