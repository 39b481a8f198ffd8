"""A part of the day is no feast's name, and a Russian weekday inflected is a weekday (issue #20, notes22 items 3, 4).

tei.weekday_only tells a bare weekday ("On Sunday I took …": the editors give the whole date, and the
date card says so) from a feast named with a weekday ("Easter Sunday"): a feast's other word is
capitalised. A title-case heading's "Sunday Morning" then read as a feast. The parts of the day are now
CLDR's day periods of the words' language (Babel: morning, evening, night, afternoon, noon, midnight;
"утро", "вечера", "առավոտ", "երեկոյան"), none of which names a feast. And CLDR's day names are the
nominative only, so a hand-encoded Russian "в пятницу" (accusative) was no weekday: the forms CLDR
writes in its relative date fields ("в прошлую пятницу", "{0} пятницы назад") are now weekdays too,
taken from the data, not listed here."""
from __future__ import annotations

import pytest

from triglot.tei import NS, XML_LANG, weekday_only


@pytest.mark.parametrize("words, lang", [
    ("Sunday Morning", "en"), ("Sunday Night", "en"), ("Friday Evening", "en"), ("Monday Afternoon", "en"),
    ("On Sunday Morning", "en"), ("Воскресенье, Утро", "ru"), ("Пятница, Вечер", "ru"), ("Կիրակի Առավոտ", "hy")])
def test_a_weekday_with_a_capitalised_part_of_the_day_is_a_bare_weekday(words, lang):
    assert weekday_only(words, lang)


@pytest.mark.parametrize("words, lang", [
    ("Easter Sunday Morning", "en"), ("Palm Sunday Evening", "en"), ("Вербное воскресенье, утро", "ru")])
def test_a_feast_with_a_part_of_the_day_is_still_a_feast(words, lang):
    assert not weekday_only(words, lang)


@pytest.mark.parametrize("words", ["в пятницу", "В пятницу", "в среду", "в субботу", "в прошлую пятницу",
                                   "в субботу вечером", "до пятницы", "в понедельник"])
def test_a_russian_weekday_in_the_accusative_or_genitive_is_a_weekday(words):
    assert weekday_only(words, "ru")


@pytest.mark.parametrize("words, lang", [("Страстную пятницу", "ru"), ("в Страстную пятницу", "ru"),
                                         ("в Великую субботу", "ru")])
def test_an_inflected_feast_is_still_a_feast(words, lang):
    assert not weekday_only(words, lang)


def test_the_forms_come_from_cldr_not_from_a_list():
    """The forms are the words of CLDR's weekday fields sharing the day's name: in Russian the
    accusative and genitive, in English, German or Armenian nothing but the names (and the plural)."""
    from triglot.i18n import locale
    from triglot.tei import _weekday_forms
    ru = _weekday_forms(locale("ru"))
    assert {"пятницу", "среду", "субботу", "пятницы", "воскресенье"} <= ru
    assert not ru & {"прошлую", "следующую", "назад", "эту", "в"}
    assert "օրը" not in _weekday_forms(locale("hy"))      # "շաբաթ օրը", Saturday's field: "the day"
    assert _weekday_forms(locale("de")) >= {"freitag", "sonntag"}


def test_the_web_gives_a_hand_encoded_russian_weekday_the_weekday_message(mini):
    """The web's date model (the date card and the chronology read it): a Russian "в пятницу" quoted in
    the mini edition's dated sentence, and an English "Sunday Morning"."""
    from triglot.edition import load
    from triglot.web.data import gather_document
    edition = load(mini)
    doc = next(d for d in edition.documents if d.id == "mini")
    date = doc.base.find(".//t:date[@when='1920-07-02']", NS)
    found = {}
    for words, lang in (("в пятницу", "ru"), ("Sunday Morning", "en"), ("Easter Sunday", "en")):
        date.text = words
        date.set(XML_LANG, lang)
        events = [e for e in gather_document(edition, doc).events if e.text == words]
        assert len(events) == 1
        found[words] = events[0].weekday
    assert found == {"в пятницу": True, "Sunday Morning": True, "Easter Sunday": False}


# notes24 (issue #20, item 4): the forms CLDR does not write -------------------------------------------
@pytest.mark.parametrize("words", ["Утром в воскресенье", "Вечером в пятницу", "Ночью в субботу", "Утром, в среду"])
def test_a_russian_sentence_opening_with_a_part_of_the_day_in_the_instrumental_is_a_bare_weekday(words):
    """"Утром" is the instrumental of CLDR's "утро": capitalised at a sentence's start it was read as
    a feast's name, and the weekday's date (the tagger's) was not said to be the editors'."""
    assert weekday_only(words, "ru")


@pytest.mark.parametrize("words", ["Утром в Вербное воскресенье", "Вечером в Страстную пятницу"])
def test_a_feast_after_a_part_of_the_day_in_the_instrumental_is_still_a_feast(words):
    assert not weekday_only(words, "ru")


@pytest.mark.parametrize("words", ["Կիրակիին", "կիրակին", "ուրբաթին", "Շաբաթից", "կիրակվա", "երկուշաբթիին առավոտյան"])
def test_an_armenian_weekday_with_its_case_ending_or_article_is_a_weekday(words):
    """CLDR's Armenian names are the nominative only, and its date fields add no other form ("նախորդ
    կիրակի"): a weekday with its article, dative or ablative ending was no weekday at all."""
    assert weekday_only(words, "hy")


@pytest.mark.parametrize("words", ["Ավագ ուրբաթին", "Ավագ շաբաթից"])
def test_an_armenian_feast_with_a_case_ending_is_still_a_feast(words):
    assert not weekday_only(words, "hy")


def test_the_armenian_endings_are_data_with_their_source():
    """The endings are the name data's (data/names/hy.json, "weekday-endings", with its source), added
    to CLDR's names, not Armenian words written in the code; a language without such data gets none."""
    from triglot.tei import _inflected_weekdays, _names_list
    data = _names_list("hy", "weekday-endings")
    assert "wiktionary" in data["source"].lower() and data["words"]
    assert {"կիրակին", "կիրակիին", "կիրակվա", "ուրբաթը"} <= _inflected_weekdays("hy", {"կիրակի", "ուրբաթ"})
    assert _inflected_weekdays("de", {"freitag"}) == frozenset()
