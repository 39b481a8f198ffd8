"""The language of a source line's title or author is its own xml:lang, or a child's that holds all its words
(review34, on notes23's citation runs, web/data.source_parts).

notes23 read a bibl part's language from any child that marks one (so that an author given as a Russian persName
is Russian). An English book title with a Russian place name in it ("Letters from <placeName xml:lang="ru">Москва
</placeName> in Revolution") was then taken for a Russian title: joined to the real Russian title as if its
subtitle, marked Russian, and the base language's title lost its place first. The bibls are written for this test."""
from __future__ import annotations

from lxml import etree

from triglot.web.data import source_parts

T = 'xmlns="http://www.tei-c.org/ns/1.0"'


def _runs(xml: str, base: str = "en") -> list[list[str]]:
    return source_parts(etree.fromstring(xml), base)


def test_a_title_with_a_foreign_name_inside_is_the_base_languages_title():
    runs = _runs(f'<bibl {T}><title level="m">Letters from <placeName xml:lang="ru">Москва</placeName> in Revolution'
                 '</title><title level="m" xml:lang="ru">Письма из Москвы</title></bibl>')
    assert runs == [["title-m", "Letters from Москва in Revolution", ""], ["sep", " [", ""],
                    ["title-other", "Письма из Москвы", "ru"], ["sep", "]", ""]]


def test_a_part_wholly_in_a_marked_child_takes_the_childs_language():
    runs = _runs(f'<bibl {T}><author><persName xml:lang="ru">Козьма Прутков</persName></author>'
                 f'<title level="a"><foreign xml:lang="ru">Спор</foreign></title><title level="a">Discourse</title></bibl>')
    assert runs[0] == ["author", "Козьма Прутков", "ru"]
    assert runs[2:] == [["title-a", "Discourse", ""], ["sep", " [", ""], ["title-other", "Спор", "ru"], ["sep", "]", ""]]
