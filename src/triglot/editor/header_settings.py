"""What a new document's header says about its publication: from the editor, never from code.

`triglot encode` asks for publisher, licence, source and genre through its
options; what the editor does not give comes from the edition's settings
(`triglot.toml`, [edition]) and, in an edition without one, from the header of
its own register of persons, which states the edition's publisher, licence and
URI. What none of them gives becomes a `<gap>` for the editor to fill. This is
the one place that reads those settings, so a change of where they live is a
change here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from triglot.tei import NS
from triglot.validate.header import is_public_domain, same_licence


@dataclass
class HeaderSettings:
    publisher: str | None = None
    licence_url: str | None = None
    licence_label: str | None = None
    uri_base: str | None = None          # a document's URI is uri_base + its id
    project: str | None = None           # the edition's description, for projectDesc
    source: str | None = None            # the site or publication the text comes from
    source_url: str | None = None
    genre: list[str] = field(default_factory=list)
    edition: object = None               # the edition's Settings: its languages and their langUsage
    version: str | None = None           # the edition version its documents state (editionStmt/edition/@n)
    statement: str | None = None         # the edition statement its documents give (editionStmt/edition)
    date: str | None = None              # the text's date as the editor knows it (encode --date), ISO
    source_date: str | None = None       # the date the source was published (encode --source-date), ISO
    own_licence: bool = False            # licence_url is the text's own, its source's (at source_url), not the edition's
    # the edition's licence (URL, name) when the text's own is a public-domain mark: it stands beside the mark,
    # for the edition's translations, notes and encoding
    edition_licence: tuple[str, str] | None = None
    licence_reason: str | None = None    # why the text is in the public domain (encode --licence-reason)


def header_settings(edition, options=None) -> HeaderSettings:
    """The header settings for a new document: options first, then the edition's own data."""
    found = HeaderSettings(edition=edition.settings)
    _from_registers(edition, found)
    _from_settings(edition.settings, found)
    from triglot.validate.header import edition_statement
    found.version = _version(edition)
    found.statement = edition_statement(edition.documents)
    if options is not None:
        given = (getattr(options, "licence_url", None) or "").strip()
        edition_licence = bool(given and found.licence_url and same_licence(given, found.licence_url))
        if given and not edition_licence and (getattr(options, "source_url", None) or "").strip():
            found.own_licence = True
            if is_public_domain(given) and found.licence_url:
                found.edition_licence = (found.licence_url, found.licence_label or found.licence_url)
            found.licence_label = None       # the edition's licence's name is not this one's
        for name in ("publisher", "licence_url", "licence_label", "source", "source_url"):
            if name == "licence_url" and edition_licence:
                continue     # the edition's licence, as the settings spell it
            value = getattr(options, name, None)
            if value:
                setattr(found, name, value.strip())
        if (getattr(options, "licence_reason", None) or "").strip():
            found.licence_reason = " ".join(options.licence_reason.split())
        if getattr(options, "genre", None):
            found.genre = [g.strip() for g in options.genre if g.strip()]
        if getattr(options, "date", None):
            found.date = options.date.strip()
        if getattr(options, "source_date", None):
            found.source_date = options.source_date.strip()
    return found


def _version(edition) -> str | None:
    """The edition version most of its documents state: a new document states it too (validate's
    edition-header rule refuses a document whose version differs from the others')."""
    from collections import Counter

    from triglot.validate.header import stated
    said = Counter(stated(doc.root)["version"][0] for doc in edition.documents)
    said.pop(None, None)
    return said.most_common(1)[0][0] if said else None


def _from_settings(settings, found: HeaderSettings) -> None:
    """The edition's settings (triglot.toml, read and checked once by triglot.settings)."""
    found.publisher = settings.publisher or found.publisher
    found.licence_url = settings.licence.url or found.licence_url
    found.licence_label = settings.licence.label or found.licence_label
    found.uri_base = settings.uri_base or found.uri_base
    about = settings.about(settings.base)
    # the settings' description wins, as their publisher and licence do: the registers' projectDesc
    # is what `triglot new` wrote before the editors gave one (the title), and encode wrote that
    found.project = (about[0] if about else None) or found.project


def _from_registers(edition, found: HeaderSettings) -> None:
    """The publication statement of the edition's first register (persons.xml in this edition)."""
    for register in edition.registers.values():
        pub = register.tree.getroot().find("t:teiHeader/t:fileDesc/t:publicationStmt", NS)
        if pub is None:
            continue
        publisher = pub.findtext("t:publisher", namespaces=NS)
        licence = pub.find("t:availability/t:licence", NS)
        uri = pub.findtext("t:idno[@type='URI']", namespaces=NS)
        project = register.tree.getroot().find("t:teiHeader/t:encodingDesc/t:projectDesc/t:p", NS)
        found.publisher = found.publisher or (publisher or "").strip() or None
        if licence is not None:
            found.licence_url = found.licence_url or licence.get("target")
            found.licence_label = found.licence_label or " ".join("".join(licence.itertext()).split()) or None
        if uri and "/" in uri.strip():
            found.uri_base = found.uri_base or uri.strip().rsplit("/", 1)[0] + "/"
        if project is not None and not found.project:
            found.project = " ".join("".join(project.itertext()).split()) or None
        return
