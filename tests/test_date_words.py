"""Dates in the reader's language by one rule (tei/ENCODING.md, "Dates in the reader's language"): a
year alone beside an end that names its month or day is written as that end writes its year. Russian
CLDR writes no "г." after a year alone, so a range read "ноябрь 1917 г. – 1946" and life dates
"1872 – 7 июля 1936 г." (issue #20). Babel and CLDR are the real ones; the dates are TEI elements."""
from __future__ import annotations

import pytest
from lxml import etree, html

from conftest import make_project, run_cli
from triglot import i18n

NNBSP = "\u202f"          # CLDR's narrow no-break space before "г."


def _date(attrs: str):
    return etree.fromstring(f'<date xmlns="http://www.tei-c.org/ns/1.0" {attrs}/>')


@pytest.mark.parametrize("attrs, lang, expected", [
    ('from="1917-11" to="1946"', "ru", f"ноябрь 1917{NNBSP}г. – 1946{NNBSP}г."),
    ('from="1946" to="1947-03-05"', "ru", f"1946{NNBSP}г. – 5 марта 1947{NNBSP}г."),
    # without an edition's catalog the connecting words are the msgid's
    ('notBefore="1920" notAfter="1920-12"', "ru", f"between 1920{NNBSP}г. and декабрь 1920{NNBSP}г."),
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
