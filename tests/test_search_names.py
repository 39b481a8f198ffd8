"""A query made of register names, on a small edition of its own (the mini fixture grown by a few
passages and drafts): a name's words typed in another order, as indexes and catalogues write names
(surname first), are that name; a query of two names finds the passages naming both entries in
every language and script, not only those that hold both words as typed. Near misses stay words:
two ordinary words, a name with an ordinary word, a name's words that another person shares.
"""
from __future__ import annotations

import re

import pytest

from conftest import draft_slots, make_project, replace_once
from triglot.build import build
from triglot.web import search_bench

PERSONS = """
        <person xml:id="kemal">
          <persName xml:lang="en"><forename>Mustafa</forename> <surname>Kemal</surname></persName>
          <persName xml:lang="ru"><forename>Мустафа</forename> <surname>Кемаль</surname></persName>
          <persName xml:lang="hy"><forename>Մուստաֆա</forename> <surname>Քեմալ</surname></persName>
        </person>
        <person xml:id="subhi">
          <persName xml:lang="en"><forename>Mustafa</forename> <surname>Subhi</surname></persName>
          <persName xml:lang="ru"><forename>Мустафа</forename> <surname>Субхи</surname></persName>
          <persName xml:lang="hy"><forename>Մուստաֆա</forename> <surname>Սուբհի</surname></persName>
        </person>
      </listPerson>"""
PLACES = """
        <place xml:id="tiflis" type="city">
          <placeName xml:lang="en">Tiflis</placeName>
          <placeName xml:lang="ru">Тифлис</placeName>
          <placeName xml:lang="hy">Թիֆլիս</placeName>
        </place>
      </listPlace>"""
P, M, K, S, T = ('persName ref="psn:chicherin"', 'placeName ref="plc:moscow"', 'persName ref="psn:kemal"',
                 'persName ref="psn:subhi"', 'placeName ref="plc:tiflis"')
# block: English source (its tags), Russian and Armenian drafts (<n>…</n>: the source's n-th tag)
BLOCKS = {
    "mini.p2": (f"<{P}>Chicherin</persName> wrote from <{M}>Moscow</placeName> to <{T}>Tiflis</placeName>.",
                "<1>Чичерин</1> писал из <2>Москвы</2> в <3>Тифлис</3>.",
                "<1>Չիչերինը</1> գրել է <2>Մոսկվայից</2> <3>Թիֆլիս</3>։"),
    "mini.p3": (f"<{M}>Moscow</placeName> answered at once.",
                "<1>Москва</1> ответила сразу.",
                "<1>Մոսկվան</1> անմիջապես պատասխանեց։"),
    "mini.p4": (f"<{K}>Mustafa Kemal</persName> wrote to <{P}>Chicherin</persName>.",
                "<1>Мустафа Кемаль</1> написал <2>Чичерину</2>.",
                "<1>Մուստաֆա Քեմալը</1> գրեց <2>Չիչերինին</2>։"),
    "mini.p5": (f"<{S}>Mustafa Subhi</persName> wrote from Baku, not Kemal.",
                "<1>Мустафа Субхи</1> писал из Баку.",
                "<1>Մուստաֆա Սուբհին</1> գրեց Բաքվից։"),
}


def _edition(tmp_path):
    root = make_project(tmp_path, "mini")
    replace_once(root / "tei" / "persons.xml", "\n      </listPerson>", PERSONS)
    replace_once(root / "tei" / "places.xml", "\n      </listPlace>", PLACES)
    seed = root / "seeds" / "mini.txt"
    seed.write_text(seed.read_text("utf-8").rstrip("\n") + "".join(
        "\n\n" + re.sub("<[^>]+>", "", en) for en, _, _ in BLOCKS.values()) + "\n", "utf-8")
    doc = root / "tei" / "mini.xml"
    replace_once(doc, "\n      </div>", "".join(f'\n        <p xml:id="{b}">{en}</p>' for b, (en, _, _) in BLOCKS.items())
                 + "\n      </div>")
    for lang in ("ru", "hy"):
        replace_once(doc, f'<ab xml:id="mini.p1.{lang}"', "".join(
            f'<ab xml:id="{b}.{lang}" corresp="#{b}" ana="#untranslated"/>\n        ' for b in BLOCKS)
            + f'<ab xml:id="mini.p1.{lang}"')
    draft_slots(root, {(lang, "mini"): {b: texts[i] for b, texts in BLOCKS.items()}
                       for i, lang in ((1, "ru"), (2, "hy"))})
    build(root, ["web"], root / "build")
    return root / "build" / "web"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return _edition(tmp_path_factory.mktemp("names"))


def _found(site, *queries):
    found = search_bench.run_queries(site, [{"q": q, "ui": "en"} for q in queries])["found"]
    return {q: {f"{lang}/{block.split('.')[-1]}" for lang, _, block in found[q]} for q in queries}


def test_a_names_words_in_another_order_are_the_name(site):
    found = _found(site, "Mustafa Kemal", "Kemal Mustafa", "Kemal Subhi")
    everywhere = {"en/p4", "ru/p4", "hy/p4"}
    assert found["Mustafa Kemal"] == everywhere, found
    # surname first, as an index writes it: every mention, in every language; neither "Mustafa"
    # alone (Mustafa Subhi) nor the passage that holds both words apart (p5: "Mustafa Subhi … not Kemal")
    assert found["Kemal Mustafa"] == everywhere, found
    # one word of each of two names is neither name: the words as typed
    assert found["Kemal Subhi"] == {"en/p5"}, found


def test_a_query_of_two_names_finds_the_passages_naming_both_in_every_language(site):
    found = _found(site, "Moscow Tiflis", "Tiflis Moscow", "Chicherin Mustafa Kemal",
                   "Moscow answered", "wrote from", "Mustafa Chicherin")
    assert found["Moscow Tiflis"] == {"en/p2", "ru/p2", "hy/p2"}, found
    assert found["Tiflis Moscow"] == found["Moscow Tiflis"]
    assert found["Chicherin Mustafa Kemal"] == {"en/p4", "ru/p4", "hy/p4"}, found
    # near misses: a name with an ordinary word, two ordinary words, a forename with a name, are words
    assert found["Moscow answered"] == {"en/p3"}, found
    assert found["wrote from"] == {"en/p1", "en/p2", "en/p5"}, found
    assert found["Mustafa Chicherin"] == {"en/p4"}, found
