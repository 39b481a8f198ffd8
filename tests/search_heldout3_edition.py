"""The grown edition tests/search/heldout3.json was typed on (session 20): the five documents and
four English texts of the tagger's pool that no earlier query set used, encoded with
`triglot encode` and reviewed as an editor would, a few register entries added through
`triglot register`, and a few draft Russian and Armenian slots through translations export/import.
Kept apart from the test so the set's `about` and the test grow the same edition.
"""
from __future__ import annotations

import re
from pathlib import Path

from conftest import copy_project, draft_slots, encode_pool_texts, review_proposals, run_cli

TEXTS = [  # pool file, id, genre, date
    ("unseen-test22/gibbons-1920-greatest-problem.txt", "gibbons-constantinople", "article", "1920"),
    ("unseen-test22/marcosson-1923-angora.txt", "marcosson-kemal", "article", "1923-10-20"),
    ("unseen-test16/pcij-ao12-1925.txt", "pcij-mosul", "opinion", "1925-11-21"),
    ("unseen-test15/harbord-mission-1920.txt", "harbord-mission", "report", "1920-04-13"),
]
# The proposals the editor took: a name pointed at an entry; every other proposed name untagged.
TAKEN = {"Enver Pasha": "psn:enver-pasha", "Kemal Pasha": "psn:ataturk", "Mustapha Kemal Pasha": "psn:ataturk",
         "Mussolini": "psn:mussolini", "James G. Harbord": "psn:harbord", "Harbord": "psn:harbord",
         "Iraq": "plc:iraq", "Lausanne": "plc:lausanne", "Gallipoli": "plc:gallipoli",
         "League of Nations": "org:league-of-nations", "Permanent Court of International Justice": "org:pcij",
         "Permanent Court": "org:pcij"}
ADD = [  # register add arguments
    ["person", "enver-pasha", "--forename", "en=Enver", "--honorific", "en=Pasha", "--forename", "ru=Энвер",
     "--honorific", "ru=-паша", "--forename", "hy=Էնվեր", "--honorific", "hy=փաշա", "--variant", "Enver"],
    ["person", "mussolini", "--forename", "en=Benito", "--surname", "en=Mussolini", "--forename", "ru=Бенито",
     "--surname", "ru=Муссолини", "--forename", "hy=Բենիտո", "--surname", "hy=Մուսոլինի", "--variant", "Mussolini"],
    ["person", "harbord", "--forename", "en=James", "--surname", "en=Harbord", "--forename", "ru=Джеймс",
     "--surname", "ru=Харборд", "--forename", "hy=Ջեյմս", "--surname", "hy=Հարբորդ",
     "--variant", "James G. Harbord", "--variant", "Harbord"],
    ["place", "iraq", "--name", "en=Iraq", "--name", "ru=Ирак", "--name", "hy=Իրաք", "--type", "country"],
    ["place", "lausanne", "--name", "en=Lausanne", "--name", "ru=Лозанна", "--name", "hy=Լոզան", "--type", "city"],
    ["place", "gallipoli", "--name", "en=Gallipoli", "--name", "ru=Галлиполи", "--name", "hy=Գալիպոլի",
     "--type", "peninsula"],
    ["org", "league-of-nations", "--name", "en=League of Nations", "--name", "ru=Лига Наций",
     "--name", "hy=Ազգերի լիգա"],
    ["org", "pcij", "--name", "en=Permanent Court of International Justice",
     "--name", "ru=Постоянная палата международного правосудия",
     "--name", "hy=Միջազգային արդարադատության մշտական պալատ", "--variant", "Permanent Court"],
]
# English variants an editor adds to an entry the registers had (no command wrote them in session 20).
VARIANTS = {"ataturk": ["Mustapha Kemal Pasha", "Kemal Pasha"]}
DRAFTS = {
    ("ru", "pcij-mosul"): {
        "pcij-mosul.p5": "[1] <1>19 сентября 1925 года</1> Совет <2>Лиги Наций</2> принял следующую резолюцию:",
        "pcij-mosul.p6": "«Совет <1>Лиги Наций</1>, рассмотрев вопрос о границе между <2>Турцией</2> и <3>Ираком</3> "
                         "в порядке применения пункта 2 статьи 3 мирного договора, подписанного в <4>Лозанне</4>, "
                         "постановляет в целях выяснения некоторых правовых вопросов просить "
                         "<5>Постоянную палату международного правосудия</5> дать консультативное заключение по "
                         "следующим вопросам:"},
    ("hy", "pcij-mosul"): {
        "pcij-mosul.p6": "«<1>Ազգերի լիգայի</1> խորհուրդը, քննության առնելով <2>Թուրքիայի</2> և <3>Իրաքի</3> միջև "
                         "սահմանի հարցը <4>Լոզանի</4> պայմանագրի 3-րդ հոդվածի 2-րդ կետի կիրառմամբ, որոշում է "
                         "որոշ իրավական հարցեր պարզաբանելու նպատակով խնդրել "
                         "<5>Միջազգային արդարադատության մշտական պալատին</5> խորհրդատվական կարծիք տալ հետևյալ "
                         "հարցերի վերաբերյալ."},
    ("ru", "marcosson-kemal"): {
        "marcosson-kemal.h1": "<1>Кемаль-паша</1>",
        "marcosson-kemal.p3": "Лишь <1>Ленин</1> и <2>Муссолини</2> соперничают с ним за центр этой сужающейся сцены "
                              "властного лидерства. Каждый из этих трёх замечательных людей добился определённого "
                              "результата своим собственным путём. <3>Ленин</3> установил самодержавие силой и кровью. "
                              "<4>Муссолини</4> создал личную и политическую диктатуру, в которой драматизировал самого "
                              "себя. <5>Кемаль</5> не только привёл побеждённую нацию к победе и продиктовал условия "
                              "бывшему завоевателю, но и создал новую и своеобразную систему управления."},
    ("hy", "marcosson-kemal"): {"marcosson-kemal.h1": "<1>Քեմալ փաշա</1>"},
    ("ru", "gibbons-constantinople"): {
        "gibbons-constantinople.h1": "<1>Константинополь</1>: величайшая проблема",
        "gibbons-constantinople.p1": "В этой статье д-р Гиббонс излагает доводы в пользу того, чтобы "
                                     "<1>Соединённые Штаты</1> приняли мандат над <2>Турцией</2>, включая "
                                     "<3>Армению</3>, как решение этой сложной международной проблемы. Автор считает "
                                     "этот план лучше любого другого, предложенного великими державами."},
    ("hy", "gibbons-constantinople"): {"gibbons-constantinople.h1": "<1>Կոստանդնուպոլիս</1>. ամենամեծ խնդիրը"},
    ("ru", "harbord-mission"): {
        "harbord-mission.h3": "I: ДОКЛАД АМЕРИКАНСКОЙ ВОЕННОЙ МИССИИ В <1>АРМЕНИЮ</1>",
        "harbord-mission.h4": "Доклад генерал-майора <1>Джеймса Г. Харборда</1>, армия США"},
    ("hy", "harbord-mission"): {
        "harbord-mission.h4": "Գեներալ-մայոր <1>Ջեյմս Հարբորդի</1> զեկույցը, ԱՄՆ բանակ"},
}


def grow(root: Path) -> Path:
    """Copy the project to `root` and grow it as heldout3.json's `about` says."""
    copy_project(root)
    encode_pool_texts(root, TEXTS, lambda path: review_proposals(path, TAKEN))
    for args in ADD:
        assert run_cli("--root", root, "register", "add", *args) == 0, args
    persons = root / "tei" / "persons.xml"
    text = persons.read_text("utf-8")
    for entry, variants in VARIANTS.items():
        anchor = re.search(r'<person xml:id="%s">.*?(\n *)<persName type="variant"' % entry, text, re.S)
        added = "".join(f'<persName type="variant" xml:lang="en">{v}</persName>{anchor[1]}' for v in variants)
        text = text[:anchor.end(1)] + added + text[anchor.end(1):]
    persons.write_text(text, "utf-8")
    draft_slots(root, DRAFTS)
    assert run_cli("--root", root, "validate") == 0
    return root


if __name__ == "__main__":
    import sys
    grow(Path(sys.argv[1]))
