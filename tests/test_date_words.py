"""Dates in the reader's language by one rule (tei/ENCODING.md, "Dates in the reader's language"): a
year alone beside an end that names its month or day is written as that end writes its year. Russian
CLDR writes no "г." after a year alone, so a range read "ноябрь 1917 г. – 1946" and life dates
"1872 – 7 июля 1936 г." (issue #20). Babel and CLDR are the real ones; the dates are TEI elements."""
from __future__ import annotations

import pytest
from lxml import etree, html

from conftest import ROOT, make_project, run_cli
from triglot import i18n

NNBSP = "\u202f"          # CLDR's narrow no-break space before "г."


def _date(attrs: str):
    return etree.fromstring(f'<date xmlns="http://www.tei-c.org/ns/1.0" {attrs}/>')


@pytest.mark.parametrize("attrs, lang, expected", [
    ('from="1917-11" to="1946"', "ru", f"ноябрь 1917{NNBSP}г. – 1946{NNBSP}г."),
    ('from="1946" to="1947-03-05"', "ru", f"1946{NNBSP}г. – 5 марта 1947{NNBSP}г."),
    # without an edition's catalog the connecting words are the msgid's
    ('notBefore="1920" notAfter="1920-12"', "ru", f"between 1920{NNBSP}г. and декабря 1920{NNBSP}г."),
    ('from="1917-11" to="1946"', "hy", "1917 թ․ նոյեմբեր – 1946 թ․"),
    ('from="1917-11" to="1946"', "en", "November 1917 – 1946"),
])
def test_a_year_beside_a_month_is_written_as_the_month_writes_its_year(attrs, lang, expected):
    assert i18n.format_date_expr(_date(attrs), lang) == expected


@pytest.mark.parametrize("lang, expected", [("ru", "1917 – 1946"), ("hy", "1917 թ․ – 1946 թ․"), ("en", "1917 – 1946")])
def test_two_years_alone_stay_as_cldr_writes_a_year(lang, expected):
    assert i18n.format_date_expr(_date('from="1917" to="1946"'), lang) == expected
    assert i18n.format_date_expr(_date('when="1919"'), lang) == expected.split(" – ")[0].replace("1917", "1919")


def test_life_dates_on_the_card_and_the_register_follow_the_same_rule(tmp_path):
    root = make_project(tmp_path, "unchecked-forms")
    assert run_cli("--root", root, "build", "web") == 0
    web = root / "build" / "web"
    expected = {"ru": f"1872{NNBSP}г. – 7 июля 1936{NNBSP}г.", "en": "1872 – July 7, 1936",
                "hy": "1872 թ․ – 1936 թ․ հուլիսի 7"}
    for ui, dates in expected.items():
        card = html.parse(str(web / ui / "documents" / "mini.html")).getroot().get_element_by_id("card-persons-chicherin")
        assert card.xpath("string(.//p[@class='dates'])") == dates
        entry = html.parse(str(web / ui / "persons.html")).getroot().get_element_by_id("chicherin")
        assert dates in entry.text_content()


@pytest.mark.parametrize("domain", ["ui", "print"])
@pytest.mark.parametrize("attrs, expected", [
    ('notBefore="1921-05"', f"не ранее мая 1921{NNBSP}г."),
    ('notAfter="1921-05-03"', f"не позднее 3 мая 1921{NNBSP}г."),
    ('from="1921-05"', f"с мая 1921{NNBSP}г."),
    ('to="1921-06-05"', f"по 5 июня 1921{NNBSP}г."),
    ('notBefore="1921-05-03" notAfter="1921-05-05"', f"не ранее 3 мая 1921{NNBSP}г. и не позднее 5 мая 1921{NNBSP}г."),
    ('notBefore="1920" notAfter="1921-06"', f"не ранее 1920{NNBSP}г. и не позднее июня 1921{NNBSP}г."),
])
def test_a_russian_bound_reads_as_russian_writes_it_the_month_in_the_genitive(attrs, expected, domain):
    """The phrase governs the genitive: CLDR's format-context month ("мая"), never a colon before the
    nominative ("не ранее: май 1921 г.") as the web catalog wrote it."""
    assert i18n.format_date_expr(_date(attrs), "ru", ROOT, domain) == expected


@pytest.mark.parametrize("domain", ["ui", "print"])
@pytest.mark.parametrize("attrs, expected", [
    ('to="1921-06"', f"по июнь 1921{NNBSP}г."),
    ('to="1921"', f"по 1921{NNBSP}г."),
    ('from="1920-12" to="1921-06"', f"декабрь 1920{NNBSP}г. – июнь 1921{NNBSP}г."),
])
def test_a_russian_range_end_is_inclusive_po_with_the_month_in_the_accusative(attrs, expected, domain):
    """A range's end (TEI to) is part of the range: Russian says "по", which governs the accusative, a
    month's nominative (CLDR's stand-alone "июнь"); the catalogs said "до июня", which reads as the
    end left out."""
    assert i18n.format_date_expr(_date(attrs), "ru", ROOT, domain) == expected


@pytest.mark.parametrize("attrs, expected", [
    ('notBefore="1921-05"', "not before May 1921"),
    ('notBefore="1921-05-03" notAfter="1921-05-05"', "between May 3, 1921 and May 5, 1921"),
    ('to="1921"', "until 1921"),
])
def test_an_english_bound_is_unchanged(attrs, expected):
    assert i18n.format_date_expr(_date(attrs), "en", ROOT) == expected


def test_an_armenian_bound_names_the_month_as_its_phrase_wants_it():
    """The Armenian phrases put the date after the pause mark, in the nominative: CLDR's stand-alone
    month ("մայիս"), not its format-context genitive ("մայիսի"), which Russian takes."""
    assert i18n.format_date_expr(_date('notBefore="1921-05"'), "hy", ROOT) == "ոչ շուտ, քան՝ 1921 թ․ մայիս"


@pytest.mark.parametrize("attrs, expected", [
    ('from="1921-05"', "1921 թ․ մայիսից"),
    ('from="1921-05-03"', "1921 թ․ մայիսի 3-ից"),
    ('from="1921"', "1921 թ․-ից"),
])
def test_an_armenian_case_ending_is_written_solid_on_a_month_and_hyphened_on_a_numeral(attrs, expected):
    """The print catalog's "{date}-ից": the books printed "1921 թ․ մայիս-ից", a hyphen before the
    ending of a word; Armenian hyphens an ending to a numeral or an abbreviation only."""
    assert i18n.format_date_expr(_date(attrs), "hy", ROOT, "print") == expected


def test_an_armenian_genitive_month_in_print_is_cldrs_own_genitive():
    """"{start}-ի և {end}-ի միջև" with months alone: the ending written solid gives CLDR's own
    format-context (genitive) name of the month, which nothing here writes."""
    from babel.dates import get_month_names
    genitive = get_month_names("wide", context="format", locale="hy")
    said = i18n.format_date_expr(_date('notBefore="1921-05" notAfter="1921-06"'), "hy", ROOT, "print")
    assert said == f"1921 թ․ {genitive[5]} և 1921 թ․ {genitive[6]} միջև"
