"""import-tei reads a licence statement's territory as a librarian would: the public domain of any one country
or region named is free there, not where the edition is read (hostile47 caught the United States alone, and
"public domain in Canada" passed as open); a date after "in" is no territory."""
from __future__ import annotations

from lxml import etree


def _open(statement: str) -> bool:
    from triglot.editor.import_tei import licence_of
    root = etree.fromstring(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><publicationStmt><availability>'
        f'<p>{statement}</p></availability></publicationStmt></fileDesc></teiHeader></TEI>')
    return licence_of(root)[1]


def test_the_public_domain_in_canada_alone_is_no_open_licence():
    assert _open("This text is in the public domain in Canada.") is False


def test_the_public_domain_in_a_country_named_with_its_article_is_no_open_licence():
    assert _open("Public domain in the United Kingdom (Crown copyright expired).") is False


def test_the_public_domain_in_a_country_and_worldwide_is_an_open_licence():
    assert _open("This text is in the public domain in Canada and worldwide.") is True


def test_a_month_after_public_domain_in_is_a_date_not_a_territory():
    assert _open("This work entered the public domain in January 1926.") is True


def test_the_refusal_names_the_country():
    from triglot.editor.import_tei import unsettled_rights
    assert unsettled_rights("Public domain in New Zealand.") == (
        "Public domain in New Zealand", "the public domain of one country alone is no open licence")
