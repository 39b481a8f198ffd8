"""A feast named with a weekday is no weekday-dated date (issue #20, notes21 item 5).

The date card and the chronology say "the text names only the day of the week: the editors give the
date from the context" of a date whose words name a weekday and no day, month or year ("On Sunday I
took …", tei.weekday_only). An encoded "Easter Sunday" got that message too, though the text names a
day of the calendar: only a bare weekday should. A feast's other word is written as a name ("Easter",
"Whit", "Вербное", "Ավագ"), a bare weekday's are not ("on", "last", "morning"); the weekday names are
CLDR's for the words' language."""
from __future__ import annotations

import pytest

from triglot.tei import NS, weekday_only


@pytest.mark.parametrize("words, lang", [
    ("Easter Sunday", "en"), ("Whit Sunday", "en"), ("Palm Sunday", "en"), ("Easter Monday", "en"),
    ("Good Friday", "en"), ("Trinity Sunday", "en"),
    ("Вербное воскресенье", "ru"), ("Страстная пятница", "ru"), ("Чистый четверг", "ru"),
    ("Ավագ ուրբաթ", "hy"), ("Ծաղկազարդի կիրակի", "hy")])
def test_a_feast_named_with_a_weekday_is_not_a_bare_weekday(words, lang):
    assert not weekday_only(words, lang)


@pytest.mark.parametrize("words, lang", [
    ("Sunday", "en"), ("On Sunday", "en"), ("last Friday", "en"), ("Sunday morning", "en"),
    ("воскресенье", "ru"), ("Воскресенье", "ru"), ("в воскресенье", "ru"), ("կիրակի", "hy")])
def test_a_bare_weekday_still_is(words, lang):
    assert weekday_only(words, lang)


def test_the_web_says_the_weekday_message_of_a_bare_weekday_only(mini):
    """The web's date model (what the date card and the chronology read): the mini edition's dated
    sentence with its date's words made a feast's, then a bare weekday's."""
    from triglot.edition import load
    from triglot.web.data import gather_document
    edition = load(mini)
    doc = next(d for d in edition.documents if d.id == "mini")
    date = doc.base.find(".//t:date[@when='1920-07-02']", NS)
    found = {}
    for words in ("Easter Sunday", "Sunday"):
        date.text = words
        events = [e for e in gather_document(edition, doc).events if e.text == words]
        assert len(events) == 1
        found[words] = events[0].weekday
    assert found == {"Easter Sunday": False, "Sunday": True}


@pytest.mark.parametrize("words, lang", [
    ("В воскресенье", "ru"), ("Во вторник", "ru"), ("Каждое воскресенье", "ru"),
    ("Այս կիրակի", "hy"), ("Անցյալ ուրբաթ", "hy"), ("Ամեն կիրակի", "hy")])
def test_a_bare_weekday_opening_a_sentence_in_russian_or_armenian_still_is(words, lang):
    """review32: a sentence's first word before the weekday ("В воскресенье", "On Sunday"; "Այս կիրակի",
    "This Sunday") has its capital from the sentence, as English "On Sunday" has; only English had a list
    of such words (data/names/en.json), so in Russian and Armenian every sentence-opening weekday read as
    a feast's name and lost the weekday message main gave it."""
    assert weekday_only(words, lang)
