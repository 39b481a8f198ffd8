"""Find the names the registers know in running English text.

Every English name and variant of `persons.xml` and `places.xml` is a form.
Forms are matched as whole words, case-sensitively (they are proper names), the
longest form first, so "Yusuf Kemal" is never read as "Kemal" and "Erivan
Governorate" never as "Erivan". A form that two entries share ("Kars": the city
and the province) is given to the likelier entry and flagged, never silently
decided: the caller marks it for review.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from triglot.editor.hyphenated_variants import without_hyphens
from triglot.tei import entry_notes

# Place types that a following word like "province" points at.
PROVINCE_TYPES = {"province", "governorate", "oblast", "vilayet", "district", "region", "sanjak"}
_UNIT = r"(?:province|governorate|oblast|vilayet|district|region|uezd|sanjak)"
# "Kars province", and "the Kars, Erivan, Elizavetpol, Tiflis, and Batum provinces".
PROVINCE_WORDS = re.compile(rf"(?:,?\s+(?:and\s+|or\s+)?[A-Z][\w’'\-]*){{0,8}},?\s+{_UNIT}s?\b", re.I)
# A province entry named "Van Vilayet" is also called "Van": the bare name is an implicit form.
UNIT_SUFFIX = re.compile(rf"\s+{_UNIT}$", re.I)
SETTLEMENT_TYPES = {"city", "town", "village"}


# The pointer prefix of each kind of register entry (declared in every listPrefixDef).
PREFIXES = {"person": "psn:", "place": "plc:", "org": "org:"}
NAME_TAGS = {"person": "persName", "place": "placeName", "org": "orgName"}


@dataclass(frozen=True)
class Form:
    text: str
    entry_id: str
    kind: str          # "person", "place" or "org"
    primary: bool      # the entry's main English name (not a variant)
    type: str          # the entry's @type (city, province, ...)
    caution: str = ""  # a variant's entry's identification note ("the province …, not the city")

    @property
    def ref(self) -> str:
        return PREFIXES[self.kind] + self.entry_id


@dataclass
class FoundName:
    start: int
    end: int
    text: str
    form: Form                     # the chosen entry
    others: tuple[Form, ...] = ()  # other entries with the same form

    @property
    def ambiguous(self) -> bool:
        return bool(self.others)


def _identification(entry) -> str:
    """The entry's note of what tells it from a namesake (`note type="identification"`), one line, in
    the base language the review comments are written in: the registers also carry drafts of it in the
    translation languages (tei.entry_notes picks the base language's)."""
    note = next((n for n in entry_notes(entry.element, entry.base, entry.base)
                 if n.get("type") == "identification"), None)
    return " ".join("".join(note.itertext()).split()) if note is not None else ""


class NameIndex:
    """The registers' English forms, compiled once into one longest-first pattern."""

    def __init__(self, registers):
        self.forms: dict[str, list[Form]] = {}
        for register in registers.values():
            for entry in register.entries.values():
                english = entry.names.get(entry.base)   # the base language's form
                caution = _identification(entry)
                seen = set()
                forms = [(english, True)] + [(v, False) for v in entry.variants]
                if english and entry.type in PROVINCE_TYPES and UNIT_SUFFIX.search(english):
                    forms.append((UNIT_SUFFIX.sub("", english), False))
                for text, primary in forms:
                    if not text or text in seen:
                        continue
                    seen.add(text)
                    self.forms.setdefault(text, []).append(
                        Form(text, entry.id, entry.kind, primary, entry.type, "" if primary else caution))
        # every entry's pointer by its id, and each person's surname (the base-language name's
        # <surname>, else its last word): a newcomer's entry "David R. Francis" without the variant
        # "Francis" the texts use must not make "Francis" a proposed new entry "francis"
        self.refs: dict[str, str] = {}
        self.by_surname: dict[str, list[str]] = {}
        for register in registers.values():
            for entry in register.entries.values():
                self.refs[entry.id] = PREFIXES[entry.kind] + entry.id
                if entry.kind != "person":
                    continue
                english = entry.names.get(entry.base) or ""
                surname = next((el for el in entry.element.iter("{http://www.tei-c.org/ns/1.0}surname")
                                if el.getparent().get("{http://www.w3.org/XML/1998/namespace}lang") == entry.base
                                and el.getparent().get("type") != "variant"), None)
                text = " ".join("".join(surname.itertext()).split()) if surname is not None else \
                    (english.split() or [""])[-1]
                if text and text != english:
                    self.by_surname.setdefault(text, []).append(PREFIXES[entry.kind] + entry.id)
        # GeoNames ids the place entries record (idno type="GeoNames", a number or its URI).
        self.geonames: dict[str, str] = {}
        for register in registers.values():
            for entry in register.entries.values():
                for idno in entry.element.iter("{http://www.tei-c.org/ns/1.0}idno"):
                    if idno.get("type") == "GeoNames" and idno.text:
                        number = re.search(r"\d+", idno.text)
                        if number:
                            self.geonames[number.group()] = ("plc:" if entry.kind == "place" else "psn:") + entry.id
        ordered = sorted(self.forms, key=lambda t: (-len(t), t))
        body = "|".join(_form_pattern(t) for t in ordered)
        self.pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w])(?!-\w)") if ordered else None

    def surnames(self) -> set[str]:
        """Last words of the persons' English forms: a bare "Karakhan" is a person's name."""
        return {f.text.split()[-1] for forms in self.forms.values() for f in forms
                if f.kind == "person" and f.text.split()[-1][:1].isupper()}

    def variant_candidates(self, mention) -> str:
        """Existing entries an unknown name may be another form of, and why ("" if none).

        A form of an entry inside the name ("Soviet Russia" holds "Russia"), or a
        GeoNames record that gives both the name and a form of an entry ("Ganja",
        also called "Elizavetpol"). Only proposed: the editor decides.
        """
        found = []
        kind = getattr(mention, "kind", None)
        for name in self.find(mention.text):
            if kind is not None and name.form.kind != kind:
                continue        # "Islamic Army of the Caucasus" is no form of the Caucasus
            found.append(f"{name.form.ref} (the name holds its form “{name.form.text}”)")
        plain = without_diacritics(mention.text)
        if plain != mention.text:
            # "Azerbäïjän": a transliteration's marks over the register's letters; the same name, spelt so
            # by its source, proposed as a variant for the editor to confirm, never merged
            for name in self.find(plain):
                if kind is None or name.form.kind == kind:
                    found.append(f"{name.form.ref} (“{plain}” without the diacritics holds its form “{name.form.text}”: "
                                 f"add “{mention.text}” to the entry as a variant once confirmed)")
        joined = without_hyphens(mention.text)
        if joined is not None:
            # "Trans-Caucasia": the register's one-word form with the hyphen taken out (hyphenated_variants.py)
            for name in self.find(joined):
                if (kind is None or name.form.kind == kind) and (name.start, name.end) == (0, len(joined)):
                    found.append(f"{name.form.ref} (“{joined}” without the hyphen is its form “{name.form.text}”: "
                                 f"add “{mention.text}” to the entry as a variant once confirmed)")
        for ref in self.by_surname.get(" ".join(mention.text.split()), ()):
            found.append(f"{ref} (its surname “{mention.text}”: add “{mention.text}” to the entry as a "
                         f"variant, persName type=\"variant\")")
        record = getattr(mention, "gazetteer", None)
        if record is not None and str(record["geonameid"]) in self.geonames:
            found.append(f"{self.geonames[str(record['geonameid'])]} (it records GeoNames {record['geonameid']})")
        if record is not None:
            from triglot.gazetteer import Gazetteer
            gazetteer = Gazetteer.default()
            for text, forms in self.forms.items():
                for form in forms:
                    if form.kind == "place" and text != mention.text and gazetteer.same_place(text, record):
                        found.append(f"{form.ref} (GeoNames {record['geonameid']} “{record['name']}” "
                                     f"also names “{form.text}”)")
        # one reason an entry: "plc:erzurum (it records GeoNames 315368) or plc:erzurum (GeoNames 315368
        # “Erzurum” also names “Erzurum”)" named the same entry twice (journey 26)
        return " or ".join({item.split(" (", 1)[0]: item for item in reversed(found)}[ref]
                           for ref in dict.fromkeys(item.split(" (", 1)[0] for item in found))

    def find(self, text: str) -> list[FoundName]:
        """The register names in `text`, in order, none overlapping."""
        if self.pattern is None:
            return []
        found = []
        for m in self.pattern.finditer(text):
            if re.match(r"-[a-z]", text[m.end():m.end() + 2]):
                continue     # "Georgia-born", "Russia-based": an adjective, no mention of the place
            forms = self.forms.get(m.group()) or self.forms[self._lookup(m.group())]
            chosen = likelier(forms, text[m.end():])
            others = tuple(f for f in forms if f is not chosen)
            found.append(FoundName(m.start(), m.end(), m.group(), chosen, others))
        return found

    def _lookup(self, matched: str) -> str:
        flat = " ".join(matched.split())
        for form in self.forms:
            if " ".join(form.split()) == flat:
                return form
        raise KeyError(matched)


def _form_pattern(text: str) -> str:
    """A form as a pattern: any white space (a line break too) between its words."""
    return r"\s+".join(re.escape(word) for word in text.split())


def likelier(forms: list[Form], following: str) -> Form:
    """The entry a shared form most likely means.

    A following "province"/"governorate" points at the province; otherwise the
    entry whose main name the form is, then a settlement, wins: a bare "Kars"
    in a text is the city far more often than the province.
    """
    if len(forms) == 1:
        return forms[0]
    if PROVINCE_WORDS.match(following):
        for form in forms:
            if form.type in PROVINCE_TYPES:
                return form

    def score(form: Form):
        return (form.primary, form.type in SETTLEMENT_TYPES, form.kind == "person")
    return max(forms, key=score)


def without_diacritics(text: str) -> str:
    """`text` with the marks of its letters taken off ("Azerbäïjän" → "Azerbaijan"), letters otherwise kept."""
    import unicodedata
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
