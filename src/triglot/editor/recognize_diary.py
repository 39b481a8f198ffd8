"""The shapes of names in diaries, journals and witness statements (issue #12, round 13).

A diary writes in telegraphese, with its writer's "I" after a place ("At Erzindjan I was …"), soldiers'
regiments by their men's plurals, offices of state by their common names ("the War Office are …"),
capitalised common nouns ("Agents", "Aeroplane"), and persons by bare surname; a witness statement or
its editor names confessions ("Shiah Mohammedans"), quotes foreign titles, and prints a suppressed name
as dashes before its title ("—— Effendi"). The general rules (recognize.py) read these as names of the
wrong kind or not at all: `diary_mentions` gives the shapes that win over them, `diary_corrections`
mends what they found.
"""
from __future__ import annotations

import re

from triglot.editor.common_words import is_common

# a name the printer suppressed: dashes (or a rule of underscores) before a postfixed title
BLANKED = r"(?:—{1,3}|–{2,3}|-{2,6}|_{2,8})"
# "the War Office", "the Foreign Office", "the India Office": an office of state by its common name
OFFICE = re.compile(r"(?<=\b[Tt]he )([A-Z][a-z]+ Office)(?![\w’'-])(?! of\b)")
# Turkish and Persian words for a river, a castle, a spring, a lake, a mountain after a name are its own
# words ("the Kelkid Irmak", "Sain Kale", "Kirk Bulak", "Kara Dagh"), as "River" is in an English one
FOREIGN_PLACE_HEADS = ("Irmak", "Chai", "Chay", "Dagh", "Dag", "Göl", "Gol", "Kale", "Kaleh", "Bulak", "Boghaz")
FOREIGN_PLACE = re.compile(rf"(?<![\w’'-])((?:[A-Z][\w’'-]+ ){{1,2}}(?:{'|'.join(FOREIGN_PLACE_HEADS)}))(?![\w’'-])")
# a confession or a people named with its adjective ("Shiah Mohammedans", "Semitic Christian"): no person
CONFESSIONS = ("Mohammedan", "Mohammedans", "Moslem", "Moslems", "Muslim", "Muslims", "Christian", "Christians",
               "Jew", "Jews", "Catholic", "Catholics", "Protestant", "Protestants", "Nestorians", "Gregorians")
CONFESSION = re.compile(rf"(?<![\w’'-])((?:[A-Z][a-z]+ ){{1,2}}(?:{'|'.join(CONFESSIONS)}))(?![\w’'-])(?! [A-Z])")
# a quoted title in French, German or Italian: its capitalised words are a title's, not persons
FOREIGN_SMALL = {"sur", "le", "la", "les", "des", "du", "aux", "et", "dans", "pour", "der", "die", "das", "und",
                 "über", "von", "il", "della", "delle", "degli"}
QUOTED = re.compile(r"[“\"«]([^”\"»\n]{3,200})[”\"»]")
# regiments by their men's plurals after the troops they are: "our troops, the Staffords, Warwicks and …"
PLURAL = r"[A-Z][a-z]+s"
REGIMENTS = re.compile(rf"\b(?:troops|regiments|battalions|infantry)\s*,?\s+(?:the\s+)?"
                       rf"((?:{PLURAL},\s+)*{PLURAL},?\s+and\s+(?:the\s+)?{PLURAL})\b")
# the diarist's "I" after a place, before a verb: "At Erzindjan I was", "Kars and Sarikamish I must"
PRONOUN_AFTER = re.compile(r" I$")
VERB_AFTER = re.compile(r" [a-z]")
PLACE_PREPOSITION = re.compile(r"(?:\b(?:[Aa]t|[Ii]n|[Ii]nto|[Ff]rom|[Tt]o|[Nn]ear|and)|,)\s+$")
# a weak reason for a place: a capitalised word after a small word only
WEAK_PLACE = ("after “and”", "after “the”", "after “in”", "after “of”")
# surname endings that no English place-word has ("-ov", "-shvili"; not "-in", "-ian": "Caspian", "Berlin")
SURNAME_ONLY = ("ov", "ev", "ova", "eva", "sky", "ski", "skiy", "idze", "dze", "shvili", "oglu", "zade", "enko", "vich")
DEITY = {"God", "Allah", "Providence"}      # "God is with us": no place, after whatever small word
IZAFET = re.compile(r"[A-Z][a-z]+-i-[A-Za-z][a-z]+")


# a section's numeral glued to its heading in capitals: "IV.AZERBAIJAN AND HAKKIARI."
GLUED_NUMERAL = re.compile(r"[IVXL]{1,6}\.(?=[A-Z]{3})")


def glued_numeral(text: str) -> int:
    """The length of a section numeral glued to the heading in capitals that `text` opens with ("IV." in
    "IV.AZERBAIJAN AND HAKKIARI."), 0 if none: the heading is read from after it, as if the printer had
    put the space."""
    m = GLUED_NUMERAL.match(text)
    return m.end() if m else 0


# a bare surname where the text says who: "X’s men", "lunch with X", "sent X with a note", "the aviator, X,"
NAME = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*"
PERSON_SAID = (
    (re.compile(rf"(?<![\w’'-])({NAME})[’']s\s+(?:men|troops|force|forces|followers|cavalry|detachment|column|"
                rf"partisans|bands?|Cossacks)\b"), "a name’s men (“X’s men”)", False),
    (re.compile(rf"\b(?:[Ll]unch(?:ed)?|[Dd]ined?|[Dd]inner|[Bb]reakfast(?:ed)?|[Tt]alk(?:ed)?|[Ii]nterview(?:ed)?|"
                rf"[Mm]et|[Cc]onsulted|[Qq]uarrelled)\s+with\s+({NAME})(?![\w’'-]| [A-Z])"),
     "met with (“lunch with X”)", True),
    (re.compile(rf"\b(?:sent|dispatched|despatched)\s+({NAME})\s+with\s+(?:a|an|the|my|his|our)\s+"
                rf"(?:note|letter|message|despatch|dispatch|reply|telegram|report)\b"), "sent with a message", True),
    (re.compile(rf"\b[Tt]he\s+(?:aviator|pilot|airman|interpreter|driver|chauffeur|messenger|courier|doctor|surgeon|"
                rf"engineer|correspondent|guide|servant|orderly|missionary|dragoman),\s+({NAME}),"),
     "named after the person’s calling (“the aviator, X,”)", True),
)
# telegraphese: a diary's "To Kasvin – a dreadful journey", "Left for X –": the journey's place
JOURNEY = re.compile(rf"(?:^|(?<=[.!?]\s))(?:To|On to|Back to|Off to|Left for)\s+({NAME})(?=\s*[–—]\s)", re.M)


def diary_mentions(text: str, postfix=frozenset(), peoples=frozenset(), gazetteer=None) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, why): a diary's and a statement's own shapes; kind "none" keeps the general rules
    off words that are no name (a confession, a foreign title). `postfix` are postfixed titles ("effendi"),
    `peoples` lower-case peoples' words (a regiment is never "the Armenians")."""
    out = []
    for rx, why, town_too in PERSON_SAID:
        for m in rx.finditer(text):
            place = gazetteer.place(m[1]) if gazetteer is not None else None
            # a state or a town the gazetteer knows stays a place ("Russia’s troops"); a town's name is also a
            # surname where the text meets its bearer ("lunch with Anderson")
            if m[1].lower() in peoples or place is not None and (not town_too or place.get("feature") == "country"):
                continue
            if m[1].lower() in postfix or re.search(r"[A-Z][\w’'.-]*\s$", text[:m.start(1)]):
                continue      # "Enver Pasha’s troops": the last word of a longer name, left to the general rules
            out.append((m.start(1), m.end(1), "person", f"a surname where the text says who: {why}"))
    for m in JOURNEY.finditer(text):
        out.append((m.start(1), m.end(1), "place", "a diary’s journey (“To X –”)"))
    titles = "|".join(sorted((re.escape(t) for t in postfix if t.isalpha()), key=len, reverse=True))
    if titles:
        # (not "Minister of Finance. — Mirza Eissa Khan.": a dash before a title that opens a name, round 53)
        for m in re.finditer(rf"{BLANKED}\s?(?:(?i:{titles}))(?![\w’'-])(?!\s+[A-Z][a-z])", text):
            out.append((m.start(), m.end(), "person", "a name the printing suppressed, before its title"))
    for m in OFFICE.finditer(text):
        out.append((m.start(1), m.end(1), "org", "an office of state by its common name (“the … Office”)"))
    for m in FOREIGN_PLACE.finditer(text):
        out.append((m.start(1), m.end(1), "place", f"a name with the geographical word “{m[1].split()[-1]}”"))
    for m in CONFESSION.finditer(text):
        out.append((m.start(1), m.end(1), "none", "a confession or a people with its adjective"))
    for m in QUOTED.finditer(text):
        if len({w.lower() for w in re.findall(r"[^\W\d_]+", m[1])} & FOREIGN_SMALL) >= 2:
            out.append((m.start(1), m.end(1), "none", "a quoted title in a foreign language"))
    for m in REGIMENTS.finditer(text):
        for w in re.finditer(PLURAL, m[1]):
            low = w[0].lower()
            if low not in peoples and low[:-1] not in peoples:
                out.append((m.start(1) + w.start(), m.start(1) + w.end(), "org", "a regiment by its men, after troops"))
    return out


def diary_corrections(text: str, found: list, gazetteer) -> list:
    """Mend mentions the general rules found: the diarist's "I" run into a place, a Persian compound place
    read as a surname, a diary's capitalised common noun read as a place, a surname read as a place."""
    out = []
    for m in found:
        pronoun = PRONOUN_AFTER.search(m.text)
        if m.kind == "person" and pronoun and VERB_AFTER.match(text, m.end):
            head = m.text[:pronoun.start()]
            if (gazetteer.place(head) is not None or PLACE_PREPOSITION.search(text[:m.start])) and " " not in head:
                m.end, m.text, m.kind = m.start + len(head), head, "place"
                m.why = "a place before the writer’s “I”"
        if m.kind == "person" and IZAFET.fullmatch(m.text):
            m.kind, m.why = "place", "a Persian compound name (“-i-”), a place’s"
        if m.kind == "place" and m.text in DEITY:
            continue
        if m.kind == "place" and m.why in WEAK_PLACE and " " not in m.text:
            word = m.text
            if gazetteer.place(word) is None and _common_plural(word):
                continue      # "German Agents plot", "the Dictators": a capitalised common noun's plural
            if m.why == "after “and”" and gazetteer.place(word) is None and word.lower().endswith(SURNAME_ONLY) \
                    and not is_common(word):
                m.kind, m.why = "person", f"a surname’s shape, {m.why} only (no place of that name known)"
        out.append(m)
    return out


def _common_plural(word: str) -> bool:
    """The plural of an ordinary English noun ("Agents", "Revolutionaries"); a singular ("Hackney", "Black")
    may be a place's own name, and is left alone."""
    if word.endswith("ies") and is_common(word[:-3] + "y"):
        return True
    return word.endswith("s") and (is_common(word[:-1]) or word.endswith("es") and is_common(word[:-2]))
