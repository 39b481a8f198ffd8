"""tests/search/heldout2.json on the edition it was typed on: the five documents grown by four
English texts of the tagger's development pool, encoded with `triglot encode` and reviewed as an
editor would (session 19). The set was written before its first run and is never tuned on; this
test holds the search to the figures it reached after session 19's fix, and names the queries it
still misses, so a regression or a fix shows here (the set's `about` says why each one misses).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import copy_project, draft_slots, encode_pool_texts, held_out_run, run_cli
from triglot.build import build

HELD_OUT_2 = Path(__file__).resolve().parent / "search" / "heldout2.json"
TEXTS = [  # pool file, id, genre, date
    ("unseen-test13/sevres-1920-armenia.txt", "sevres-armenia", "treaty", "1920-08-10"),
    ("unseen-test18/morgenthau-armenians-1918.txt", "morgenthau-armenians", "memoir", "1918"),
    ("unseen-test21/earle-1923-p318.txt", "earle-p318", "article", "1923"),
    ("unseen-test20/foreign-affairs-mosul-1925.txt", "mosul-1925", "article", "1925"),
]
# The proposals the editor took: a name pointed at an entry; every other proposed name untagged.
TAKEN = {"Erzerum": "plc:erzurum", "Enver": "psn:enver-pasha", "Talaat": "psn:talaat-pasha",
         "TALAAT": "psn:talaat-pasha", "Bagdad": "plc:baghdad", "Iraq": "plc:iraq", "Mosul": "plc:mosul",
         "Kut-el-Amara": "plc:kut"}
PASHAS = [("enver-pasha", "Enver", "Энвер", "Էնվեր"), ("talaat-pasha", "Talaat", "Талаат", "Թալեաթ")]
PLACES = [("baghdad", "Baghdad", "Багдад", "Բաղդադ", "city", ["Bagdad"]), ("iraq", "Iraq", "Ирак", "Իրաք", "country", []),
          ("mosul", "Mosul", "Мосул", "Մոսուլ", "city", [])]
DRAFTS = {
    ("ru", "sevres-armenia"): {
        "sevres-armenia.p1": "<1>Турция</1>, в соответствии с мерами, уже принятыми союзными державами, настоящим "
                             "признаёт <2>Армению</2> свободным и независимым государством.",
        "sevres-armenia.p2": "<1>Турция</1> и <2>Армения</2>, а также другие Высокие Договаривающиеся Стороны соглашаются "
                             "передать на арбитраж Президента <3>Соединённых Штатов Америки</3> вопрос о границе, которая "
                             "должна быть установлена между <4>Турцией</4> и <5>Арменией</5> в вилайетах <6>Эрзерум</6>, "
                             "<7>Трапезунд</7>, <8>Ван</8> и <9>Битлис</9>, и принять его решение, а также любые условия, "
                             "которые он может предписать относительно выхода <10>Армении</10> к морю и демилитаризации "
                             "любой части турецкой территории, прилегающей к указанной границе."},
    ("ru", "morgenthau-armenians"): {
        "morgenthau-armenians.h2": "<1>ТАЛААТ</1> ОБЪЯСНЯЕТ, ПОЧЕМУ ОН «ДЕПОРТИРУЕТ» АРМЯН",
        "morgenthau-armenians.p2": "В <1>начале апреля</1> власти арестовали около двухсот армян в <2>Константинополе</2> и "
                                   "выслали их вглубь страны. Многие из высланных были деятелями просвещения и общественными "
                                   "лидерами, видными людьми в промышленности и финансах. Я знал многих из них и потому "
                                   "испытывал личное участие в их несчастье. Но когда я заговорил с <3>Талаатом</3> об их "
                                   "высылке, он ответил, что правительство действует в порядке самообороны. Армяне в "
                                   "<4>Ване</4>, сказал он, уже показали себя революционерами; он знал, что эти лидеры в "
                                   "<5>Константинополе</5> переписывались с русскими, и имел все основания опасаться, что "
                                   "они поднимут восстание против центрального правительства."},
    ("hy", "sevres-armenia"): {
        "sevres-armenia.p1": "<1>Թուրքիան</1>, համաձայն Դաշնակից տերությունների արդեն ձեռնարկած գործողությունների, "
                             "սույնով ճանաչում է <2>Հայաստանը</2> որպես ազատ և անկախ պետություն։"},
    ("hy", "morgenthau-armenians"): {
        "morgenthau-armenians.h2": "<1>ԹԱԼԵԱԹԸ</1> ԲԱՑԱՏՐՈՒՄ Է, ԹԵ ԻՆՉՈՒ Է ՆԱ «ԱՔՍՈՐՈՒՄ» ՀԱՅԵՐԻՆ"},
}
# What the search still misses after session 20 (heldout2.json's about says why): Ване and Վանում
# are found since the drafts' tagged Ван and Վանը are names of the Van vilayet.
KNOWN_MISSES = {'"Turkish Armenia"', "arbitrate", "Քութ"}
# The years the editor gives the memoir's year-less dates: encode proposes none for a memoir (its date, 1918,
# is when it was written); the chapter tells of 1915 (tests/data/unseen-test18/README.md)
EDITORS_YEARS = {"January": 'when="1915-01"', "February": 'when="1915-02"',
                 "early April": 'notBefore="1915-04-01" notAfter="1915-04-10"'}


def _review(path: Path) -> None:
    """The editor's review of encode's proposals in one document."""
    text = path.read_text("utf-8")
    head, body = text.split("<body>", 1)
    body = re.sub(r"<!-- review:.*?-->", "", body, flags=re.S)
    body = re.sub(r'(<date [^>]*?) cert="medium" ana="#review"', r"\1", body)
    body = re.sub(r'<date ana="#review">([^<]*)</date>', lambda m: f'<date {EDITORS_YEARS[m[1]]}>{m[1]}</date>', body)
    # a register link the editor confirms: "Van", "Bitlis", variants of vilayets whose entries say
    # "not the city", are marked for review since session 23, and here the treaty means the vilayets
    body = re.sub(r'(<(?:persName|placeName|orgName) ref="[^"]*") ana="#review"', r"\1", body)
    name = lambda m: f'<{m[1]} ref="{TAKEN[m[2]]}">{m[2]}</{m[1]}>' if m[2] in TAKEN else m[2]
    for _ in range(2):
        body = re.sub(r'<(persName|placeName|orgName) ana="#review">((?:(?!<\1)[^<])*)</\1>', name, body)
        body = re.sub(r'<orgName ana="#review">(.*?)</orgName>', lambda m: re.sub("<[^>]+>", "", m[1]), body)
    assert "#review" not in body
    path.write_text(head + "<body>" + body, "utf-8")


def grow(root: Path) -> Path:
    """The grown edition heldout2.json was typed on, made as its `about` says."""
    copy_project(root)
    encode_pool_texts(root, TEXTS, _review)
    for entry, en, ru, hy in PASHAS:   # as the registers' Halil Pasha: forename + honorific
        assert run_cli("--root", root, "register", "add", "person", entry, "--forename", f"en={en}",
                       "--honorific", "en=Pasha", "--forename", f"ru={ru}", "--honorific", "ru=-паша",
                       "--forename", f"hy={hy}", "--honorific", "hy=փաշա", "--variant", en) == 0
    for entry, en, ru, hy, kind, variants in PLACES:
        assert run_cli("--root", root, "register", "add", "place", entry, "--name", f"en={en}", "--name", f"ru={ru}",
                       "--name", f"hy={hy}", "--type", kind, *[a for v in variants for a in ("--variant", v)]) == 0
    places = root / "tei" / "places.xml"
    text = places.read_text("utf-8")
    for after, variant in (('<placeName xml:lang="hy" type="variant">Կարին</placeName>', "Erzerum"),
                           ('<placeName type="variant" xml:lang="en">Kut-el-Amar</placeName>', "Kut-el-Amara")):
        assert after in text
        text = text.replace(after, f'{after}\n        <placeName type="variant" xml:lang="en">{variant}</placeName>', 1)
    places.write_text(text, "utf-8")
    draft_slots(root, DRAFTS)
    assert run_cli("--root", root, "validate") == 0
    return root


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    root = grow(tmp_path_factory.mktemp("grown"))
    build(root, ["web"], root / "build")
    return root


def test_the_second_held_out_set_on_the_grown_edition(grown):
    missed, result = held_out_run(grown, HELD_OUT_2)
    assert missed == KNOWN_MISSES, result["misses"]
    assert result["precision"] >= 0.969 and result["recall"] >= 0.986, result
