"""Print edition: the pieces of the back matter and the choice of books, without layout."""
import pytest

from conftest import ROOT
from triglot.print.builder import parse_books
from triglot.print.index import collation_key, format_ranges, page_ranges
from triglot.problems import InputError
from triglot.settings import load as load_settings

SETTINGS = load_settings(ROOT)


def test_page_ranges_are_deduplicated_and_joined():
    assert format_ranges(page_ranges([12, 5, 9, 6, 13, 14, 15, 5, 12])) == "5–6, 9, 12–15"


def test_single_page_is_not_a_range():
    assert format_ranges(page_ranges([7])) == "7"


def test_russian_order_keeps_yo_with_ye_and_short_i_after_i():
    names = ["Йорк", "Ёлкин", "Ершов", "Иванов", "Яковлев", "Легран"]
    assert sorted(names, key=lambda n: collation_key(n, "ru")) == \
        ["Ёлкин", "Ершов", "Иванов", "Йорк", "Легран", "Яковлев"]


def test_armenian_order_follows_the_alphabet():
    names = ["Օհանյան", "Չիչերին", "Աբովյան", "Ֆրունզե", "Բաբայան"]
    assert sorted(names, key=lambda n: collation_key(n, "hy")) == \
        ["Աբովյան", "Բաբայան", "Չիչերին", "Օհանյան", "Ֆրունզե"]


def test_english_order_ignores_accents_and_case():
    names = ["zangezur", "Ērzurum", "Erivan", "Ardahan"]
    assert sorted(names, key=lambda n: collation_key(n, "en")) == ["Ardahan", "Erivan", "Ērzurum", "zangezur"]


def test_names_in_another_script_follow_the_books_own_script():
    assert sorted(["Kars", "Карс", "Баку"], key=lambda n: collation_key(n, "ru")) == ["Баку", "Карс", "Kars"]


def test_default_books_are_the_two_pairs_and_the_trilingual_book():
    assert SETTINGS.books == (("en", "ru"), ("en", "hy"), ("en", "ru", "hy"))


def test_languages_option_puts_english_first():
    assert parse_books(["hy-en", "en,ru"], SETTINGS) == [("en", "hy"), ("en", "ru")]


@pytest.mark.parametrize("spec", ["en-de", "ru-hy", "en-ru-ru", ""])
def test_languages_option_refuses_unknown_or_englishless_books(spec):
    with pytest.raises(InputError):
        parse_books([spec], SETTINGS)


def test_the_indexes_find_entries_by_kind_whatever_the_registers_are_called(tmp_path):
    from conftest import make_project
    from triglot.edition import load
    from triglot.print.index import indexes
    root = make_project(tmp_path)
    with (root / "triglot.toml").open("a", encoding="utf-8") as settings:
        settings.write('\n[registers]\npeople = { file = "persons.xml", kind = "person" }\n'
                       'towns = { file = "places.xml", kind = "place" }\n')
    edition = load(root)
    assert sorted(edition.registers) == ["people", "towns"]
    found = indexes(edition, ("en", "ru"), {"ix.psn.chicherin.d1e5": 3, "ix.psn.chicherin.d1e9": 4, "ix.plc.moscow.d1e7": 3})
    rows = {(ix["kind"], ix["lang"]): ix["entries"] for ix in found}
    assert rows[("persons", "en")] == [("Chicherin, Georgy", [(3, 4)])]
    assert rows[("persons", "ru")] == [("Чичерин, Георгий", [(3, 4)])]
    assert rows[("places", "ru")] == [("Москва", [(3, 3)])]


def test_the_books_chronology_says_which_years_the_editors_gave():
    """"April 26" in the NKID report (its year the report's, 1920) was printed "April 26, 1920" among
    the events, as if the text said 1920; the web's chronology says the year is the editors' (journey
    17), and the books now do too, in each column's language. A date that writes its year has no mark."""
    from triglot.edition import load
    from triglot.print.index import chronology
    events = chronology(load(ROOT), ["en", "ru"], {})
    when = {text for event in events for _, text in event["when"]}
    assert "April 26, 1920 (year given by the editors)" in when
    assert "26 апреля 1920\u202fг. (год указан редакторами)" in when
    assert "March 3, 1918" in when     # "the Brest-Litovsk Treaty of March 3, 1918" (a heading's date is no event)
