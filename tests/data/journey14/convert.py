"""How the journey brought the Maria Edgeworth Letters Project's TEI into a Triglot edition.

Triglot has no TEI import (encode reads plain text), so a newcomer writes what test_strangers did
by hand: each letter's body re-cut into blocks with ids, names pointed at the edition's registers,
the letter's own correspDesc with the date the source's editors give in msDesc/head, a seed file
of the blocks' text, and register entries taken from the source's Personography and Placeography
with the VIAF and GeoNames identifiers they carry (nothing else added).

    python convert.py SOURCE_CHECKOUT EDITION LETTER.xml…

EDITION is a folder made by `triglot new … --base en --translations fr`.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from lxml import etree

T = "http://www.tei-c.org/ns/1.0"
NS = {"t": T}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def local(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def norm(text: str) -> str:
    return " ".join(text.split())


def entry_id(source_id: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", source_id.lower()).strip("-")


class Converter:
    def __init__(self, source: Path):
        self.persons = {p.get(XML_ID): p for p in etree.parse(str(source / "People_Places_Works/Personography.xml"))
                        .iter(f"{{{T}}}person")}
        self.places = {p.get(XML_ID): p for p in etree.parse(str(source / "People_Places_Works/Placeography.xml"))
                       .iter(f"{{{T}}}place")}
        self.used_persons: set[str] = set()
        self.used_places: set[str] = set()

    # ---------------------------------------------------------------- inline content

    def pointer(self, el) -> str | None:
        ref = el.get("ref", "")
        if "#" not in ref:
            return None
        key = ref.split("#", 1)[1]
        if local(el) == "persName" and key in self.persons:
            self.used_persons.add(key)
            return "psn:" + entry_id(key)
        if local(el) == "placeName" and key in self.places:
            self.used_places.add(key)
            return "plc:" + entry_id(key)
        return None

    def inline(self, el, out) -> None:
        """Copy el's content into out: names and dates kept as elements, the rest as text."""
        if el.text:
            self.text(out, el.text)
        for child in el:
            name = local(child)
            if name in ("persName", "placeName"):
                target = etree.SubElement(out, f"{{{T}}}{name}")
                ref = self.pointer(child)
                if ref:
                    target.set("ref", ref)
                if child.get("cert"):
                    target.set("cert", child.get("cert"))
                self.inline(child, target)
                if not "".join(target.itertext()).strip():
                    out.remove(target)
            elif name == "date":
                target = etree.SubElement(out, f"{{{T}}}date")
                for key in ("when", "notBefore", "notAfter", "from", "to", "cert"):
                    if child.get(key) and not child.get(key).startswith("--"):   # a day without its year: see the tests
                        target.set(key, child.get(key))
                self.inline(child, target)
            elif name == "choice":
                picked = child.find("t:reg", NS) if child.find("t:reg", NS) is not None else \
                    child.find("t:corr", NS) if child.find("t:corr", NS) is not None else \
                    child.find("t:expan", NS) if child.find("t:expan", NS) is not None else child
                self.inline(picked, out)
            elif name in ("del", "pb", "note", "figure", "address", "stamp"):
                pass
            elif name == "lb":
                self.text(out, " ")
            elif name == "gap":
                etree.SubElement(out, f"{{{T}}}gap")
            else:       # hi, add, unclear, title, foreign, quote, rs, abbr, orgName, damage…
                self.inline(child, out)
            if child.tail:
                self.text(out, child.tail)

    @staticmethod
    def text(out, text: str) -> None:
        if len(out):
            out[-1].tail = (out[-1].tail or "") + text
        else:
            out.text = (out.text or "") + text

    @staticmethod
    def tidy(el) -> None:
        """Whitespace as one space, none at the block's ends."""
        for node in el.iter():
            if node.text:
                node.text = re.sub(r"\s+", " ", node.text)
            if node.tail and node is not el:
                node.tail = re.sub(r"\s+", " ", node.tail)
        if el.text:
            el.text = el.text.lstrip()
        last = el[-1] if len(el) else None
        if last is not None and last.tail:
            last.tail = last.tail.rstrip()
        elif last is None and el.text:
            el.text = el.text.rstrip()

    # ---------------------------------------------------------------- one letter

    def letter(self, path: Path, doc_id: str, settings: dict) -> tuple[str, str]:
        src = etree.parse(str(path)).getroot()
        body = src.find("t:text/t:body", NS)
        counters: dict[str, int] = {}
        blocks: list[etree._Element] = []

        def block(tag, kind, parent):
            counters[kind] = counters.get(kind, 0) + 1
            el = etree.SubElement(parent, f"{{{T}}}{tag}")
            el.set(XML_ID, f"{doc_id}.{kind}{counters[kind]}")
            blocks.append(el)
            return el

        base = etree.Element(f"{{{T}}}div", type="base", nsmap={None: T})
        base.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
        base.set(XML_ID, f"{doc_id}.en")
        letter = etree.SubElement(base, f"{{{T}}}div", type="document")
        letter.set(XML_ID, f"{doc_id}.d1")

        def walk(container, out):
            for child in container:
                name = local(child)
                if name in ("opener", "closer", "postscript"):
                    if name == "postscript":
                        wrap = etree.SubElement(out, f"{{{T}}}postscript")
                        walk(child, wrap)
                        continue
                    loose = norm("".join(t for t in [child.text or ""] + [
                        (c.tail or "") for c in child]))
                    structured = [c for c in child if local(c) in ("salute", "signed", "dateline")]
                    wrap = etree.SubElement(out, f"{{{T}}}{name}")
                    wrap.set(XML_ID, f"{doc_id}.{'c' if name == 'closer' else 'o'}{len(out)}")
                    if structured and not loose:
                        for c in structured:
                            kind = {"salute": "sa", "signed": "sg", "dateline": "dl"}[local(c)]
                            el = block(local(c), kind, wrap)
                            self.inline(c, el)
                            self.tidy(el)
                    else:
                        el = block("signed" if name == "closer" else "dateline",
                                   "sg" if name == "closer" else "dl", wrap)
                        self.inline(child, el)
                        self.tidy(el)
                    if not len(wrap):
                        out.remove(wrap)
                elif name == "p":
                    el = block("p", "p", out)
                    self.inline(child, el)
                    self.tidy(el)
                elif name in ("div",):
                    walk(child, out)
        for div in body:
            walk(div, letter)
        for el in list(blocks):
            if not "".join(el.itertext()).strip():
                parent = el.getparent()
                parent.remove(el)
                blocks.remove(el)
                if not len(parent) and parent is not letter:
                    parent.getparent().remove(parent)

        head = src.find(".//t:msDesc/t:head", NS)
        title = norm("".join(src.find(".//t:titleStmt/t:title", NS).itertext()))
        date = head.find("t:date", NS) if head is not None else None
        sent_place = next((p for p in body.iter(f"{{{T}}}placeName")
                           if p.getparent() is not None and local(p.getparent()) in ("dateline", "closer", "opener")
                           and self.pointer(p)), None)
        corresp = etree.Element(f"{{{T}}}correspDesc", corresp=f"#{doc_id}.d1", nsmap={None: T})
        for action in src.findall(".//t:correspDesc/t:correspAction", NS):
            out = etree.SubElement(corresp, f"{{{T}}}correspAction", type=action.get("type"))
            for name in action.findall("t:persName", NS):
                target = etree.SubElement(out, f"{{{T}}}persName")
                ref = self.pointer(name)
                if ref:
                    target.set("ref", ref)
                    entry = self.persons[name.get("ref").split("#", 1)[1]]
                    target.text = display_name(entry)
                else:
                    target.text = norm("".join(name.itertext()))
            if action.get("type") == "sent":
                if sent_place is not None:
                    place = etree.SubElement(out, f"{{{T}}}placeName", ref=self.pointer(sent_place))
                    place.text = norm(self.places[sent_place.get("ref").split("#", 1)[1]].findtext("t:placeName", "", NS))
                if date is not None:
                    target = etree.SubElement(out, f"{{{T}}}date")
                    for key in ("when", "notBefore", "notAfter", "from", "to", "cert"):
                        if date.get(key) and not date.get(key).startswith("--"):
                            target.set(key, date.get(key))
                    target.text = norm("".join(date.itertext())) or None

        for el in base.iter(f"{{{T}}}div", f"{{{T}}}opener", f"{{{T}}}closer", f"{{{T}}}postscript"):
            el.text = (el.text or "") + "\n" if not (el.text or "").strip() else el.text
        for el in base.iter():
            if el in blocks or local(el) in ("div", "opener", "closer", "postscript"):
                el.tail = "\n"
        seed = "\n".join(norm("".join(b.itertext())) for b in blocks) + "\n"
        slots = etree.Element(f"{{{T}}}div", type="translation", corresp=f"#{doc_id}.en", nsmap={None: T})
        slots.set("{http://www.w3.org/XML/1998/namespace}lang", "fr")
        slots.set(XML_ID, f"{doc_id}.fr")
        for b in blocks:
            ab = etree.SubElement(slots, f"{{{T}}}ab", corresp="#" + b.get(XML_ID), ana="#untranslated")
            ab.set(XML_ID, b.get(XML_ID) + ".fr")

        def s(el):
            return etree.tostring(el, encoding="unicode").replace(f' xmlns="{T}"', "")
        text = HEADER.format(id=doc_id, title=escape(title), uri=settings["uri"] + doc_id,
                             publisher=escape(settings["publisher"]), source=escape(str(path.name)),
                             corresp=s(corresp), commit=settings["commit"])
        return text + f"  <text>\n    <body>\n{s(base)}\n{s(slots)}\n    </body>\n  </text>\n</TEI>\n", seed

    # ---------------------------------------------------------------- registers

    def persons_xml(self) -> str:
        rows = []
        for key in sorted(self.used_persons):
            p = self.persons[key]
            fore, sur = split_name(next((n.text or "" for n in p.findall("t:persName", NS) if not n.get("type")), ""))
            name = (f"<forename>{escape(fore)}</forename> <surname>{escape(sur)}</surname>" if fore
                    else f"<surname>{escape(sur)}</surname>")
            idnos = "".join(f'\n          <persName type="variant" xml:lang="en">{escape(norm(v.text or ""))}</persName>'
                            for v in p.findall("t:persName[@type='variant']", NS) if (v.text or "").strip())
            idnos += "".join(f'\n          <idno type="{i.get("type")}">{escape(norm(i.text or ""))}</idno>'
                             for i in p.findall("t:idno", NS) if (i.text or "").strip())
            rows.append(f'        <person xml:id="{entry_id(key)}">\n'
                        f'          <persName xml:lang="en">{name}</persName>\n'
                        f'          <persName xml:lang="fr">{name}</persName>{idnos}\n'
                        f'          <note type="source"><ref target="{SOURCE}">Maria Edgeworth Letters Project, '
                        f'Personography ({escape(key)})</ref></note>\n'
                        f'        </person>')
        return "\n".join(rows)

    def places_xml(self) -> str:
        rows = []
        for key in sorted(self.used_places):
            p = self.places[key]
            name = escape(norm(p.findtext("t:placeName", "", NS)))
            geo = norm(p.findtext("t:location/t:geo", "", NS)).replace(",", "")
            geo_xml = f"\n          <location><geo>{geo}</geo></location>" if geo else ""
            idnos = "".join(f'\n          <idno type="GeoNames">{escape(norm(i.text))}</idno>'
                            for i in p.findall("t:idno", NS) if "geonames" in (i.text or ""))
            rows.append(f'        <place xml:id="{entry_id(key)}" type="{"country" if "_" not in key else "place"}">\n'
                        f'          <placeName xml:lang="en">{name}</placeName>\n'
                        f'          <placeName xml:lang="fr">{name}</placeName>{geo_xml}{idnos}\n'
                        f'          <note type="source"><ref target="{SOURCE}">Maria Edgeworth Letters Project, '
                        f'Placeography ({escape(key)})</ref></note>\n'
                        f'        </place>')
        return "\n".join(rows)


SOURCE = "https://github.com/Maria-Edgeworth-Letters-Project/me-tei"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def split_name(name: str) -> tuple[str, str]:
    """"Edgeworth, Maria, 1768-1849" -> ("Maria", "Edgeworth"); life dates and epithets left out."""
    parts = [x.strip() for x in name.split(",")]
    parts = [x for x in parts if x and not re.search(r"\d", x)]
    if len(parts) >= 2:
        return parts[1], parts[0]
    return "", parts[0] if parts else name


def display_name(entry) -> str:
    fore, sur = split_name(entry.findtext("t:persName", "", NS))
    return f"{fore} {sur}".strip()


HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="{id}" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title type="main" xml:lang="en">{title}</title>
        <title type="main" xml:lang="fr">{title}</title>
        <author><persName ref="psn:edgem1">Maria Edgeworth</persName></author>
        <respStmt xml:id="resp-editors">
          <resp>re-encoded for this edition from the Maria Edgeworth Letters Project's TEI by</resp>
          <orgName>{publisher}</orgName>
        </respStmt>
      </titleStmt>
      <editionStmt>
        <edition n="0.1">Journey 14</edition>
      </editionStmt>
      <publicationStmt>
        <publisher>{publisher}</publisher>
        <idno type="URI">{uri}</idno>
        <availability status="free">
          <licence target="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0 International</licence>
        </availability>
        <date when="2026-12-04">2026-12-04</date>
      </publicationStmt>
      <sourceDesc>
        <bibl type="seed"><title level="a">{title}</title><publisher>Maria Edgeworth Letters Project</publisher><idno type="URI">https://github.com/Maria-Edgeworth-Letters-Project/me-tei/blob/{commit}/Encoded%20Letters/{source}</idno><idno type="seed">{id}.txt</idno><note>CC BY 4.0. Re-cut into blocks; deletions, page breaks, addresses and the source's notes left out; regularised forms taken from choice.</note></bibl>
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <samplingDecl>
        <p>The whole text of the seed file is encoded; no line is omitted.</p>
      </samplingDecl>
      <refsDecl>
        <cRefPattern matchPattern="(.+)" replacementPattern="{uri}#$1">
          <p>Blocks are cited by the document's permanent URL, a hash and their identifier.</p>
        </cRefPattern>
      </refsDecl>
      <classDecl>
        <taxonomy xml:id="slot-states">
          <category xml:id="untranslated"><catDesc>untranslated: the slot has no translation yet</catDesc></category>
          <category xml:id="draft"><catDesc>draft: a translation of the English text that no translator has reviewed</catDesc></category>
          <category xml:id="reviewed"><catDesc>reviewed: a translation checked by the translator named in resp</catDesc></category>
        </taxonomy>
      </classDecl>
      <listPrefixDef>
        <prefixDef ident="psn" matchPattern="([a-z0-9\\-]+)" replacementPattern="persons.xml#$1"><p>Persons.</p></prefixDef>
        <prefixDef ident="plc" matchPattern="([a-z0-9\\-]+)" replacementPattern="places.xml#$1"><p>Places.</p></prefixDef>
        <prefixDef ident="org" matchPattern="([a-z0-9\\-]+)" replacementPattern="orgs.xml#$1"><p>Organisations.</p></prefixDef>
      </listPrefixDef>
    </encodingDesc>
    <profileDesc>
      <langUsage>
        <language ident="en">English: the base text</language>
        <language ident="fr">French: translations of the English text</language>
      </langUsage>
      {corresp}
      <textClass><keywords><term>letter</term></keywords></textClass>
    </profileDesc>
  </teiHeader>
"""


def main(argv: list[str]) -> None:
    source, edition, *letters = (Path(a) for a in argv)
    commit = (source / ".commit").read_text().strip() if (source / ".commit").exists() else "main"
    settings = {"uri": "https://example.org/ed/", "publisher": "Journey Fourteen Press", "commit": commit}
    conv = Converter(source)
    for path in letters:
        doc_id = "me-" + entry_id(path.stem.replace("Edgeworth_", ""))
        xml, seed = conv.letter(path, doc_id, settings)
        (edition / "tei" / f"{doc_id}.xml").write_text(xml, "utf-8")
        (edition / "seeds" / f"{doc_id}.txt").write_text(seed, "utf-8")
    for name, rows, tag in (("persons.xml", conv.persons_xml(), "listPerson"),
                            ("places.xml", conv.places_xml(), "listPlace")):
        path = edition / "tei" / name
        text = path.read_text("utf-8")
        text = re.sub(r"<body>.*</body>", f"<body>\n      <{tag}>\n{rows}\n      </{tag}>\n    </body>", text,
                      flags=re.S)
        path.write_text(text, "utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
