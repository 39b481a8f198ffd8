"""`triglot new DIR`: a new, empty parallel edition that validates and builds at once.

It writes the settings (triglot.toml), empty registers that are valid TEI, the
schema files, interface catalogs for each interface language, and a README stub.
Nothing is written when DIR exists and is not empty, so an edition is never
overwritten; the files are made in a temporary folder and moved into place whole.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import glob
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from lxml import etree

from triglot.problems import InputError, Problem
from triglot.resources import packaged
from triglot.tei import TEI_NS, XML_ID, XML_LANG

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_LABEL = "Creative Commons Attribution 4.0 International"
SCHEMA_FILES = ("triglot.rng", "triglot.sch", "triglot.sch.xsl", "tei_all.rng", "cmif.rng", "cmif.sch.xsl")
# What the commands make in an edition's folder and no one should commit: the outputs, the exchange
# files the translators' commands write, and the commands' own locks, undo files and the staging folders
# an interrupted run can leave (every command sweeps them next time, but `git status` would show them).
GITIGNORE = """\
build/
*.mo
translations/xliff/
translations/tmx/
.triglot.lock
.triglot-undo*
.triglot-before-kill/
.triglot-validate-cache-*/
"""
REGISTERS = (("persons", "persons.xml", "person", "Register of persons"),
             ("places", "places.xml", "place", "Register of places"),
             ("orgs", "orgs.xml", "org", "Register of organisations"))   # encode proposes bodies too


def add_arguments(parser) -> None:
    parser.add_argument("directory", metavar="DIR", help="folder of the new edition (created; must be empty)")
    parser.add_argument("--title", help="the edition's title in its base language (default: from DIR)")
    parser.add_argument("--base", default="en", help="language of the base texts (default: en)")
    parser.add_argument("--translations", default="", metavar="LANGS",
                        help="translation languages, comma-separated, e.g. fr,tr")
    parser.add_argument("--interface", metavar="LANGS",
                        help="interface languages, comma-separated (default: those of the base and translation "
                             "languages the toolkit has catalogs for, else en)")
    parser.add_argument("--publisher", default="The editors", help="publisher named in every header")
    parser.add_argument("--editor", action="append", default=[], metavar="NAME",
                        help="an editor of the edition, named in every new header and on the books' title "
                        "pages (repeat for each; default: the publisher)")
    parser.add_argument("--uri-base", help="permanent-URL base, ending in / (default: https://example.org/NAME/)")
    parser.add_argument("--licence-url", default=LICENCE_URL, metavar="URL",
                        help=f"the licence every header states (default: {LICENCE_URL}); the registers are "
                             "written with it, so set it here rather than in triglot.toml afterwards")
    parser.add_argument("--licence-label", metavar="TEXT",
                        help=f"the licence's name (default: '{LICENCE_LABEL}' for the default licence, "
                             "the name of another Creative Commons 4.0 licence or CC0, else the URL)")


def _dangling_link(given: Path) -> Path | None:
    """The first of `given` and the folders above it, as written, that is a symbolic link to nothing.

    Why every one: `new LINK/edition` resolved a dangling LINK further up the path as readily as one
    named alone, and made the edition at its target (review30; `mkdir -p` refuses both)."""
    for path in reversed((given, *given.parents)):
        if path.is_symlink() and not path.exists():
            return path
    return None


def _file_above(given: Path) -> Path | None:
    """The first of the folders above `given`, as written, that exists and is no folder (a file, a FIFO)."""
    for path in reversed(given.parents):
        if path.exists() and not path.is_dir():
            return path
    return None


def run(args, root) -> int:
    given = Path(args.directory)
    link = _dangling_link(given)
    if link is not None:
        # resolved, a dangling link's target was made (`new LINK` wrote /elsewhere), where GNU cp and
        # ln refuse to write through one (hostile41)
        raise InputError([Problem(str(link), 0, "new", f"a symbolic link to {os.readlink(link)}, which does "
                                  "not exist; nothing written (give the folder itself)")])
    blocked = _file_above(given)
    if blocked is not None:
        # mkdir -p's ENOTDIR/EEXIST reached the user as "PATH:0: os: File exists", naming neither what was
        # given nor why (hostile46's leftover)
        raise InputError([Problem(str(given), 0, "new", f"{blocked} is a file, not a folder: the edition cannot be "
                                  "made inside it; nothing written (give a folder's path)")])
    target = given.resolve()
    settings_text = settings_toml(target, args)
    from triglot.settings import parse
    settings = parse(settings_text, target / "triglot.toml")   # refuses bad options before writing
    create(target, settings, settings_text)
    print(f"new edition: {target}\nnext: add a seed text to seeds/ and run `triglot encode` there; "
          "`triglot validate` and `triglot build` work now")
    return 0


def _list(value: str) -> list[str]:
    return [x.strip() for x in (value or "").split(",") if x.strip()]


def settings_toml(target: Path, args) -> str:
    """The settings file of the new edition, from the options."""
    name = re.sub(r"[^a-z0-9]+", "-", target.name.lower()).strip("-") or "edition"
    title = args.title or target.name
    base, translations = args.base, _list(args.translations)
    interface = _list(args.interface) if args.interface else default_interface([base, *translations])
    uri = args.uri_base or f"https://example.org/{name}/"
    licence_url = getattr(args, "licence_url", None) or LICENCE_URL
    licence_label = getattr(args, "licence_label", None) or licence_name(licence_url)
    editors = [x.strip() for x in getattr(args, "editor", None) or () if x.strip()]
    return "\n".join([
        "# Settings of this edition: see the `triglot` README (\"Settings\") for every key.",
        "[edition]",
        f"name = {_q(name)}",
        f"publisher = {_q(args.publisher)}",
        *([f"editors = [{', '.join(_q(x) for x in editors)}]"] if editors else []),
        f"uri-base = {_q(uri)}",
        f"title = {{ {_q(base)} = {_q(title)} }}",
        "",
        "[edition.licence]",
        f"url = {_q(licence_url)}",
        f"label = {_q(licence_label)}",
        "",
        "[languages]",
        f"base = {_q(base)}",
        f"translations = [{', '.join(_q(x) for x in translations)}]",
        f"interface = [{', '.join(_q(x) for x in interface)}]",
        "",
        "[registers]",
        *(f"{key} = {{ file = {_q(file)}, kind = {_q(kind)} }}" for key, file, kind, _ in REGISTERS),
        "",
    ])


_CC_ELEMENTS = {"by": "Attribution", "sa": "ShareAlike", "nc": "NonCommercial", "nd": "NoDerivatives"}
_CC_4 = re.compile(r"https?://creativecommons\.org/licenses/(by(?:-nc)?(?:-sa|-nd)?)/4\.0/?")
_CC_ZERO = re.compile(r"https?://creativecommons\.org/publicdomain/zero/1\.0/?")


def licence_name(url: str) -> str:
    """The name of the licence at `url` when its URL says it (Creative Commons 4.0 licences and CC0 1.0,
    whose URLs are made from their names), else the URL: `new --licence-url .../by-sa/4.0/` without a
    label gave the settings the URL as the licence's name, and every web footer and printed imprint read
    "Licence: https://creativecommons.org/licenses/by-sa/4.0/" (journey 28)."""
    if _CC_ZERO.fullmatch(url):
        return "CC0 1.0 Universal"
    m = _CC_4.fullmatch(url)
    if m is None:
        return url
    return "Creative Commons " + "-".join(_CC_ELEMENTS[e] for e in m[1].split("-")) + " 4.0 International"


def _q(text: str) -> str:
    """A TOML basic string (or quoted key) holding `text` exactly: an option's quote, backslash, line
    break or control character is escaped, so the settings check judges the value typed, never a
    file made invalid TOML by it ('not valid TOML' at a line of a file that was not written)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04X}", escaped) + '"'


def default_interface(langs: list[str]) -> list[str]:
    """The edition's languages the toolkit has interface catalogs for (English when none)."""
    have = [x for x in langs if packaged(f"translations/ui/{x}/LC_MESSAGES/ui.po").is_file()]
    return have or ["en"]


def create(target: Path, settings, settings_text: str) -> None:
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InputError([Problem(str(target), 0, "new", "exists and is not an empty folder; nothing written")])
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_killed(target)
    try:
        tmp, held = _scratch(target)
    except OSError as exc:
        raise _unwritable(target, exc) from None
    try:
        try:
            write(tmp, settings, settings_text)
        except OSError as exc:
            raise _unwritable(target, exc) from None
        os.chmod(tmp, 0o755)
        try:
            if target.exists():
                _fill(tmp, target)
            else:
                os.replace(tmp, target)
        except OSError as exc:
            if exc.errno not in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOTDIR):
                raise
            # another `triglot new` of the same DIR finished first
            raise InputError([Problem(str(target), 0, "new", "exists and is not an empty folder (made while this "
                                      "command ran); nothing written")]) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        os.close(held)


def _unwritable(target: Path, exc: OSError) -> InputError:
    """An OSError while the edition is written beside DIR, told at DIR: it named the scratch folder
    (".e.new.zgbn3gqh: Read-only file system"), a hidden name the user never gave and that is gone."""
    return InputError([Problem(str(target), 0, "os", f"{exc.strerror or exc} (writing the new edition beside "
                               "it, in a scratch folder renamed to it when whole); nothing written")])


def _fill(tmp: Path, target: Path) -> None:
    """The written edition's files moved into the empty folder `target`, which stays the same folder.

    Why not replaced: `mkdir ed && cd ed && triglot new .` removed the folder and renamed the new one
    to its name, and the user's shell stood in a deleted folder, where `ls` showed nothing and every
    command said "not a Triglot edition" until a `cd` (hostile41); its mode, owner and ACLs went too.
    What was moved is moved back out if a move fails (another `new` of DIR got there first)."""
    moved = []
    try:
        for name in sorted(os.listdir(tmp)):
            if os.path.lexists(target / name):
                raise OSError(errno.EEXIST, "made while this command ran", str(target / name))
            os.rename(tmp / name, target / name)
            moved.append(name)
    except BaseException:
        for name in moved:
            with contextlib.suppress(OSError):
                os.rename(target / name, tmp / name)
        raise
    os.rmdir(tmp)


def _scratch(target: Path) -> tuple[Path, int]:
    """A scratch folder beside DIR, and the descriptor that holds its lock ("being written"). The lock
    is taken after the folder is made, so another `new`'s _remove_killed may have removed it in
    between (it holds the lock while it removes): then it is made again."""
    while True:
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.new.", dir=target.parent))
        try:
            held = os.open(tmp, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except FileNotFoundError:
            continue                                  # removed already
        fcntl.flock(held, fcntl.LOCK_EX)
        with contextlib.suppress(FileNotFoundError):   # removed by another `new`'s sweep: try again
            if os.path.samestat(os.fstat(held), os.lstat(tmp)):
                return tmp, held
        os.close(held)


def _remove_killed(target: Path) -> None:
    """Remove the scratch folders (`.NAME.new.XXXXXXXX` beside DIR) that a `triglot new DIR` killed
    half way left: a kill -9 left one for every try, hidden in the user's folder for ever. One whose
    `new` is still running holds a lock on it (flock, released when its process ends) and is kept."""
    for folder in target.parent.glob(f".{glob.escape(target.name)}.new.*"):
        if folder.is_symlink() or not folder.is_dir():
            continue
        try:
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            with contextlib.suppress(OSError):          # the lock refused: another `new` is writing it
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                shutil.rmtree(folder, ignore_errors=True)   # the lock held while removing (see _scratch)
        finally:
            os.close(fd)


def write(folder: Path, settings, settings_text: str) -> None:
    (folder / "triglot.toml").write_text(settings_text, encoding="utf-8")
    for sub in ("seeds", "tei/schema", "translations"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for name in SCHEMA_FILES:
        shutil.copyfile(packaged(f"tei/schema/{name}"), folder / "tei" / "schema" / name)
    for reg in settings.registers:
        label = next((r[3] for r in REGISTERS if r[1] == reg.file), f"Register: {reg.name}")
        (folder / "tei" / reg.file).write_bytes(empty_register(settings, reg, label))
    from triglot.i18n import catalog_domains, domain_languages
    for domain in catalog_domains():        # every template the toolkit extracts: ui, print, editor
        for lang in domain_languages(domain, settings):
            write_catalog(folder, lang, domain)
    (folder / "README.md").write_text(readme(settings), encoding="utf-8")
    (folder / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    (folder / "translations" / "README.md").write_text(translators_readme(settings), encoding="utf-8")
    (folder / "translations" / "ui").mkdir(exist_ok=True)
    (folder / "translations" / "ui" / "README.md").write_text(interface_readme(settings), encoding="utf-8")


def empty_register(settings, reg, label: str) -> bytes:
    """A register with no entry yet: a complete TEI header and a body that says so."""
    from triglot.i18n import language_name
    import datetime as dt
    E = lambda tag, *children, **attrs: _el(tag, children, attrs)   # noqa: E731
    today = dt.date.today().isoformat()
    stem = reg.file.rsplit(".", 1)[0]
    usage = [E("language", settings.language_usage(x), ident=x) for x in settings.languages]
    root = E("TEI",
             E("teiHeader",
               E("fileDesc",
                 E("titleStmt", E("title", f"{settings.label}: {label}", type="main", lang=settings.base),
                   E("respStmt", E("resp", "edited and encoded by"),
                     *(E(tag, name) for tag, name in settings.editor_names()), id="resp-editors")),
                 E("publicationStmt", E("publisher", settings.publisher),
                   E("idno", settings.uri_base + stem, type="URI"),
                   E("availability", E("licence", settings.licence.label, target=settings.licence.url),
                     status="free"),
                   E("date", today, when=today)),
                 E("sourceDesc", E("p", f"Compiled by the editors from the texts of the edition "
                                        f"({language_name(settings.base, 'en')} base text)."))),
               E("encodingDesc", E("projectDesc", E("p", (settings.about(settings.base) or [settings.title(settings.base)])[0]))),
               E("profileDesc", E("langUsage", *usage)),
               E("revisionDesc", E("change", "Register created empty by triglot new.", when=today,
                                   who="#resp-editors"))),
             E("text", E("body", E("p", "No entries yet."))),
             id=stem, lang=settings.base)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _el(tag: str, children, attrs):
    el = etree.Element(f"{{{TEI_NS}}}{tag}", nsmap={None: TEI_NS} if tag == "TEI" else None)
    for key, value in attrs.items():
        el.set(XML_ID if key == "id" else XML_LANG if key == "lang" else key, value)
    for child in children:
        if isinstance(child, str):
            el.text = child
        else:
            el.append(child)
    return el


def write_catalog(folder: Path, lang: str, domain: str) -> None:
    """The toolkit's catalog for `lang` when it has one, else a new one from the template (to translate)."""
    relative = f"translations/ui/{lang}/LC_MESSAGES/{domain}.po"
    dest = folder / relative
    dest.parent.mkdir(parents=True, exist_ok=True)
    source = packaged(relative)
    if source.is_file():
        shutil.copyfile(source, dest)
        return
    from babel.messages.pofile import read_po, write_po
    with open(packaged(f"translations/ui/{domain}.pot"), "rb") as fh:
        template = read_po(fh)
    from triglot.i18n import locale
    # Babel's Locale of the BCP 47 tag: Babel parses "de-CH", "sr-Latn" or "hy-arevmda" given as a string with
    # "_" only, and `new` of an edition whose text or interface language has a subtag stopped on a traceback
    # (ValueError: expected only letters, got 'de-ch'); its plural forms, as msginit's, come from the locale
    template.locale = locale(lang)
    template.fuzzy = False
    # the header points to the guide, as the toolkit's own catalogs' do (an extracted template's is Babel's)
    template.header_comment = (f"# Interface strings (domain \"{domain}\") in {lang}, begun by triglot new from "
                               f"translations/ui/{domain}.pot: translate every entry.\n"
                               "# The msgid is the English text. Update with msgmerge (translations/ui/README.md).")
    with open(dest, "wb") as fh:
        write_po(fh, template, width=100)
    from triglot.i18n import DOMAIN_USES
    use, what = DOMAIN_USES.get(domain, ("interface", f"the {domain!r} strings"))
    if use == "interface":
        print(f"warning: {relative}: no {lang} interface strings ship with triglot; translate this catalog "
              "before building (or leave the language out of languages.interface)", file=sys.stderr)
    else:
        print(f"warning: {relative}: no {lang} strings for {what} ship with triglot; translate this "
              "catalog before the commands write them into a text in that language", file=sys.stderr)


def readme(settings) -> str:
    from triglot.i18n import language_name
    langs = ", ".join(language_name(x, "en") for x in settings.translations) or "none yet"
    return f"""# {settings.title(settings.base)}

A parallel TEI edition made with `triglot new`: base texts in {language_name(settings.base, 'en')},
translations into {langs}.

- `triglot.toml`: the settings (title, publisher, licence, URI base, languages, registers)
- `seeds/`: the source texts as received; `triglot encode seeds/FILE.txt` makes a TEI document of one
- `tei/`: the documents and the registers; `triglot validate` after every edit
- `translations/`: PO files for translators (`triglot translations export`), `ui/` interface catalogs
- `triglot build` writes the web and print editions into `build/`, `triglot export` the library export
"""


def translators_readme(settings) -> str:
    """The translators' guide every exported PO file points to ("see translations/README.md"): the
    toolkit's own is about its Russian and Armenian drafts, and a new edition had none at all."""
    from triglot.i18n import language_name
    base = language_name(settings.base, "en")
    langs = ", ".join(f"{language_name(x, 'en')} (`{x}`)" for x in settings.translations) or "none yet"
    return f"""# Translating {settings.title(settings.base)}

The {base} text of each document is translated into {langs}: one PO file per document and
language, `translations/LANG/DOC.po`, one entry per block of the {base} text (its id is the
entry's `msgctxt`); `translations/DOC.pot` is the template.

- `triglot translations export` writes the files from the TEI (again after every change of the {base} text).
- Translate the `msgstr`. An entry marked fuzzy is a draft; one without the flag is reviewed.
  `<1>…</1>`, `<2/>` stand for the names, dates and notes of the {base} text (the comments above the
  entry say what each is): keep each around the words it marks, in any order.
- Name who is responsible with a translator comment `# resp: ID` (ID: a `respStmt` of the document's
  header, `resp-draft-LANG` for the drafter), or import with `--resp ID`.
- `triglot translations import [--draft] [--resp ID] [FILE ...]` checks every entry (placeholders,
  a changed {base} text, conflicts) and replaces a document only when the merged TEI validates;
  `--check` changes nothing. `triglot translations status` tells what is left.
- `--format xliff` on export gives XLIFF 2.0 for CAT tools; `triglot translations tmx` a translation memory.
- The interface strings are in `ui/LANG/LC_MESSAGES/ui.po` (web) and `print.po` (books); `editor.po`
  holds the words the editing commands write into the TEI in that language (register merge).
"""


def interface_readme(settings) -> str:
    """The interface catalogs' guide, which each catalog's header points to ("Update with msgmerge
    (translations/ui/README.md)"): the toolkit's own is about its checkout, a new edition had none."""
    from triglot.i18n import catalog_domains
    templates = {d: packaged(f"translations/ui/{d}.pot") for d in catalog_domains()}
    return f"""# Interface strings of {settings.title(settings.base)}

Every word of the web interface comes from `ui/LANG/LC_MESSAGES/ui.po`, the books' from `print.po`
beside it; the msgid is the English text. A web interface language (`languages.interface` in
triglot.toml) whose string is missing, empty or fuzzy stops `triglot build web` at the catalog's line;
a book column in a language without a `print.po` takes the first interface language's strings, and
the print build says so.

A new interface language LANG: add it to `languages.interface`, then, from the edition's folder,

    mkdir -p translations/ui/LANG/LC_MESSAGES
    msginit --no-translator -l LANG -i {templates["ui"]} -o translations/ui/LANG/LC_MESSAGES/ui.po
    msginit --no-translator -l LANG -i {templates["print"]} -o translations/ui/LANG/LC_MESSAGES/print.po

translate every entry (any PO editor), check with `msgfmt --check -o /dev/null FILE`, and build.
The words the editing commands write into the TEI (a register merge's "From the entry …") are in
`editor.po`, wanted in every language of the texts (base and translations), whatever the interface:

    msginit --no-translator -l LANG -i {templates["editor"]} -o translations/ui/LANG/LC_MESSAGES/editor.po

When a new version of triglot adds strings, merge its templates into each catalog:
`msgmerge --update --backup=off FILE TEMPLATE`. Dates, language names, plural rules and the order
of the registers come from CLDR, not from the catalogs.
"""
