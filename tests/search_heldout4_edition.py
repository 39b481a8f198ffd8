"""The grown edition tests/search/heldout4.json was typed on (session 22): the five documents and
four English texts of the tagger's pool that no earlier query set used, encoded with
`triglot encode` and reviewed as an editor would, register entries added through `triglot register
add` and `register variant`, and draft Russian and Armenian slots through translations export/import.
Kept apart from the test so the set's `about` and the test grow the same edition.
"""
from __future__ import annotations

from pathlib import Path

from conftest import copy_project, draft_slots, encode_pool_texts, review_proposals, run_cli

TEXTS = [  # pool file, id, genre, date (the pool's README dates each text)
    ("unseen-test19/case-of-armenia-1919.txt", "armenia-case", "pamphlet", "1919"),
    ("unseen-test24/evening-star-kemal.txt", "evening-star-kemal", "article", "1922-09-28"),
    ("unseen-test27/gj-1921-caspian.txt", "caspian-reconnaissance", "article", "1921-06"),
    ("unseen-test30/hdoc-mandate-armenia-1920.txt", "mandate-armenia", "message", "1920-05-24"),
]
# The proposals the editor took: a name pointed at an entry; every other proposed name untagged.
TAKEN = {"Mustapha Kemal Pasha": "psn:ataturk", "Mustapa Kemal": "psn:ataturk",
         "Curzon": "psn:curzon", "Rabino": "psn:rabino", "Fortescue": "psn:fortescue",
         "ACHMED ABDULAH": "psn:achmed-abdullah",
         "GALLIPOLI": "plc:gallipoli", "France": "plc:france", "Great Britain": "plc:great-britain",
         "Paris": "plc:paris", "Europe": "plc:europe", "Mesoptamia": "plc:mesopotamia",
         "Mazandaran": "plc:mazandaran", "Gilan": "plc:gilan", "Rasht": "plc:rasht", "Tehran": "plc:tehran",
         "Elburz Mountains": "plc:elburz", "State of Armenia": "plc:armenia", "Republic of Armenia": "plc:armenia",
         "ARMENIA": "plc:armenia", "UNITED STATES": "plc:united-states",
         "Armenian National Union of America": "org:armenian-national-union",
         "Senate of the United States": "org:us-senate",
         "Committee on Foreign Affairs": "org:house-foreign-affairs"}
ADD = [  # register add arguments
    ["person", "curzon", "--forename", "en=George", "--surname", "en=Curzon", "--forename", "ru=Джордж",
     "--surname", "ru=Керзон", "--forename", "hy=Ջորջ", "--surname", "hy=Քերզոն", "--variant", "Curzon"],
    ["person", "rabino", "--forename", "en=Hyacinth Louis", "--surname", "en=Rabino", "--forename", "ru=Гиацинт Луи",
     "--surname", "ru=Рабино", "--forename", "hy=Հյասենթ Լուի", "--surname", "hy=Ռաբինո", "--variant", "Rabino"],
    ["person", "fortescue", "--forename", "en=Lionel", "--surname", "en=Fortescue", "--forename", "ru=Лайонел",
     "--surname", "ru=Фортескью", "--forename", "hy=Լայոնել", "--surname", "hy=Ֆորտեսքյու", "--variant", "Fortescue"],
    ["person", "achmed-abdullah", "--forename", "en=Achmed", "--surname", "en=Abdullah", "--forename", "ru=Ахмед",
     "--surname", "ru=Абдулла", "--forename", "hy=Ահմեդ", "--surname", "hy=Աբդուլլա", "--variant", "Achmed Abdulah"],
    ["place", "gallipoli", "--name", "en=Gallipoli", "--name", "ru=Галлиполи", "--name", "hy=Գալիպոլի",
     "--type", "peninsula"],
    ["place", "france", "--name", "en=France", "--name", "ru=Франция", "--name", "hy=Ֆրանսիա", "--type", "country"],
    ["place", "great-britain", "--name", "en=Great Britain", "--name", "ru=Великобритания",
     "--name", "hy=Մեծ Բրիտանիա", "--type", "country"],
    ["place", "paris", "--name", "en=Paris", "--name", "ru=Париж", "--name", "hy=Փարիզ", "--type", "city"],
    ["place", "europe", "--name", "en=Europe", "--name", "ru=Европа", "--name", "hy=Եվրոպա", "--type", "continent"],
    ["place", "mazandaran", "--name", "en=Mazandaran", "--name", "ru=Мазендеран", "--name", "hy=Մազանդարան",
     "--type", "province"],
    ["place", "gilan", "--name", "en=Gilan", "--name", "ru=Гилян", "--name", "hy=Գիլան", "--type", "province"],
    ["place", "rasht", "--name", "en=Rasht", "--name", "ru=Решт", "--name", "hy=Ռաշտ", "--type", "city"],
    ["place", "tehran", "--name", "en=Tehran", "--name", "ru=Тегеран", "--name", "hy=Թեհրան", "--type", "city"],
    ["place", "elburz", "--name", "en=Elburz Mountains", "--name", "ru=Эльбурс", "--name", "hy=Էլբուրս",
     "--type", "mountains"],
    ["org", "armenian-national-union", "--name", "en=Armenian National Union of America",
     "--name", "ru=Армянский национальный союз Америки", "--name", "hy=Ամերիկայի հայկական ազգային միություն"],
    ["org", "us-senate", "--name", "en=Senate of the United States", "--name", "ru=Сенат Соединённых Штатов",
     "--name", "hy=Միացյալ Նահանգների Սենատ"],
    ["org", "house-foreign-affairs", "--name", "en=Committee on Foreign Affairs",
     "--name", "ru=Комитет по иностранным делам", "--name", "hy=Արտաքին գործերի կոմիտե"],
]
# English variants an editor adds, through `register variant`, to entries the registers had.
VARIANTS = [("ataturk", "en=Mustapha Kemal Pasha"), ("ataturk", "en=Mustapa Kemal"),
            ("mesopotamia", "en=Mesoptamia")]
DRAFTS = {
    ("ru", "armenia-case"): {
        "armenia-case.h1": "Дело <1>Армении</1>",
        "armenia-case.h3": "<1>Армянский национальный союз Америки</1>",
        "armenia-case.p3": "а) Когда <1>Россия</1> вторглась в <2>Армению</2> в <3>1828</3> году, она воспользовалась "
                           "услугами армян в своих военных операциях; но, достигнув цели, она ушла из <4>Армении</4> "
                           "и оставила армян на растерзание назревавшему гневу и мести турка. <5>Англия</5> и "
                           "<6>Франция</6> были в этой войне союзницами <7>России</7>. После Крымской войны, по "
                           "договору, заключённому в <8>Париже</8>, турок обязался установить полное равенство между "
                           "христианами и мусульманами и ввести некоторые реформы на благо всех; во внимание к чему "
                           "он был допущен к преимуществам публичного права и концерта <9>Европы</9> как суверенная "
                           "и цивилизованная нация; и державы далее согласились, что «никакое право не возникает в "
                           "силу вышеизложенных постановлений у какой-либо державы вмешиваться, совместно или "
                           "порознь, в отношения султана с его подданными». <10>Великобритания</10> была главным "
                           "автором этого договора."},
    ("hy", "armenia-case"): {
        "armenia-case.h1": "<1>Հայաստանի</1> հարցը",
        "armenia-case.h3": "<1>Ամերիկայի հայկական ազգային միությունը</1>",
        "armenia-case.p1": "Հայերը պահանջում են իրենց ազգային ժառանգության ազատագրումը օտար տիրապետությունից և "
                           "նրա կազմավորումը ազատ, ինքնակառավարվող և անկախ <1>Հայաստանի պետության</1>։ Այսինքն՝ "
                           "նրանք չեն ուզում դառնալ դաշնության ինքնավար անդամ, չեն ուզում միջազգային վերահսկողություն, "
                           "չեն ուզում որևէ հարևան ազգի կամ ցեղային միավորի հետ ուղղակի կամ անուղղակի քաղաքական "
                           "կապի նույնիսկ ակնարկ։"},
    ("ru", "caspian-reconnaissance"): {
        "caspian-reconnaissance.h2": "РЕКОГНОСЦИРОВКА ПРИКАСПИЙСКИХ ПРОВИНЦИЙ <1>ПЕРСИИ</1>",
        "caspian-reconnaissance.p3": "Прежними сведениями о прикаспийской стране мы обязаны лорду <1>Керзону</1>, "
                                     "который в своей книге посвящает главу <2>Мазендерану</2>; затем есть отчёт "
                                     "Французской научной миссии, статьи г-на <3>Рабино</3> в Geographical Journal "
                                     "(<4>1913</4>) и двух немецких путешественников. Точных карт прикаспийских "
                                     "провинций нет: существующие градусные листы, составленные большей частью по "
                                     "слухам, скорее вводят в заблуждение, чем помогают. Г-н <5>Рабино</5>, будучи "
                                     "британским вице-консулом в <6>Реште</6>, составил довольно хорошую карту "
                                     "<7>Гиляна</7>, и она по-прежнему остаётся лучшей для этой части. Известно, что у "
                                     "русских была точная крупномасштабная карта прибрежной страны, но она была "
                                     "секретной и никогда не видела света. Страна представляет некоторые трудности "
                                     "для съёмки, но съёмка, несомненно, скоро будет выполнена, когда политические "
                                     "волнения утихнут; наши картографические партии уже довели полудюймовые листы до "
                                     "<8>Тегерана</8>. Пока же прилагаемая схематическая карта, быть может, восполнит "
                                     "пробел и покажет путь вдоль побережья."},
    ("hy", "caspian-reconnaissance"): {
        "caspian-reconnaissance.h2": "<1>ՊԱՐՍԿԱՍՏԱՆԻ</1> ԿԱՍՊԻԱԿԱՆ ՆԱՀԱՆԳՆԵՐԻ ՀԵՏԱԽՈՒԶՈՒԹՅՈՒՆ",
        "caspian-reconnaissance.p4": "<1>1920 թ. մարտին</1> Ղազվինում գտնվելիս ես և կապիտան <2>Ֆորտեսքյուն</2> "
                                     "բախտ ունեցանք հրաման ստանալու հետախուզական շրջագայություն կատարել "
                                     "<3>Մազանդարանով</3> և <4>Գիլանով</4>՝ Կասպից ծովի ափով։"},
    ("ru", "mandate-armenia"): {
        "mandate-armenia.p4": "<1>21 мая 1920 года</1>. — Оглашено; передано в <2>Комитет по иностранным делам</2> "
                              "и приказано напечатать.",
        "mandate-armenia.p6": "<1>Четырнадцатого мая</1> в Исполнительную канцелярию поступило официальное сообщение "
                              "от секретаря <2>Сената <3>Соединённых Штатов</3></2>, препровождающее следующие "
                              "преамбулы и резолюции:"},
    ("hy", "mandate-armenia"): {
        "mandate-armenia.p10": "Որոշվեց, որ <1><2>Միացյալ Նահանգների</2> Սենատի</1> անկեղծ շնորհավորանքները "
                               "սույնով հղվում են <3>Հայաստանի</3> ժողովրդին <4>Հայաստանի Հանրապետության</4> "
                               "անկախության ճանաչման առթիվ՝ առանց կանխորոշելու տարածքային սահմանների հարցը. "
                               "և որոշվեց նաև"},
}


def _review(path: Path) -> None:
    """The editor's review: the headline's Mustapa and Kemal, proposed apart, made one name of
    Atatürk first (the forename was misread as a new person), then every other proposal decided."""
    import re
    text = path.read_text("utf-8")
    text = re.sub(r'<persName ana="#review">Mustapa</persName><!-- review:.*?--> <persName ref="psn:ataturk">Kemal'
                  r'</persName>', '<persName ana="#review">Mustapa Kemal</persName>', text)
    path.write_text(text, "utf-8")
    review_proposals(path, TAKEN)


def grow(root: Path) -> Path:
    """Copy the project to `root` and grow it as heldout4.json's `about` says."""
    copy_project(root)
    encode_pool_texts(root, TEXTS, _review)
    for args in ADD:
        assert run_cli("--root", root, "register", "add", *args) == 0, args
    for entry, variant in VARIANTS:
        assert run_cli("--root", root, "register", "variant", entry, variant) == 0, (entry, variant)
    draft_slots(root, DRAFTS)
    assert run_cli("--root", root, "validate") == 0
    return root


if __name__ == "__main__":
    import sys
    grow(Path(sys.argv[1]))
