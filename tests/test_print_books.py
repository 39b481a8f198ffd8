"""Print edition: the PDFs themselves, read back with pypdf.

The real edition (draft Russian and Armenian translations) and the print-mini fixture
(untranslated, draft and reviewed slots) are each built once per test session (conftest.py).
"""
from __future__ import annotations

import re
import subprocess

import pytest
from printed import norm, segments

from triglot.edition import slot_state
from triglot.tei import NS, XML_ID, local, q


@pytest.fixture
def real(print_real):
    return print_real


@pytest.fixture
def mini(print_mini):
    return print_mini


def test_the_three_default_books_are_written(real):
    _, books = real
    assert set(books) == {("en", "ru"), ("en", "hy"), ("en", "ru", "hy")}
    for book in books.values():
        assert book.path.name.startswith("triglot-") and len(book.reader.pages) > 20


def test_every_english_block_and_note_is_in_every_book(real):
    edition, books = real
    for book in books.values():
        missing = [b.get(XML_ID) for doc in edition.documents for b in doc.blocks
                   if not all(book.contains(run) for run in segments(b))]
        assert not missing, f"{book.path.name}: {missing[:10]}"


def test_what_the_edition_leaves_out_of_a_source_is_listed_after_its_document_in_every_book(real):
    """The web page lists a source's left-out lines (website furniture, an imported file's notes);
    the books printed the text alone, as if it were all the source holds. Each reason is printed with
    the seed's lines it covers."""
    edition, books = real
    labels = {"en": "Left out of the source, by line of the seed", "ru": "Опущено из источника, по строкам исходного файла",
              "hy": "Աղբյուրից բաց թողնված՝ ըստ սկզբնական ֆայլի տողերի"}
    groups: dict[tuple[str, str], list[str]] = {}
    for doc in edition.documents:
        for item in doc.root.iterfind("t:teiHeader/t:encodingDesc/t:samplingDecl//t:item", NS):
            groups.setdefault((doc.id, _omission_reason(item)), []).append(item.get("n"))
    assert len(groups) > 5       # the edition's seeds carry website furniture
    for langs, book in books.items():
        assert all(book.contains(labels[lang]) for lang in langs), book.path.name
        missing = [(reason, lines) for (_, reason), lines in groups.items()
                   if not book.contains(f"{', '.join(lines)}: {reason}")]
        assert not missing, f"{book.path.name}: {missing}"


def _omission_reason(item) -> str:
    """An omission's reason: the item's words after its quote, without the dash joining them."""
    quote = item.find("t:quote", NS)
    words = "".join(item.itertext()) if quote is None else (quote.tail or "") + "".join(
        "".join(n.itertext()) + (n.tail or "") for n in quote.itersiblings())
    return " ".join(words.split()).lstrip("—– ")


def test_untranslated_slots_say_so_in_the_readers_language(mini):
    edition, books = mini
    phrases = {"ru": "Ещё не переведено", "hy": "Դեռ թարգմանված չէ"}
    for langs, book in books.items():
        for lang, phrase in phrases.items():
            untranslated = sum(1 for doc in edition.documents for b in doc.blocks if local(b) != "note"
                               and slot_state(doc.slots[lang][b.get(XML_ID)]) == "untranslated")
            assert untranslated > 0
            expected = untranslated if lang in langs else 0
            assert book.text.count(norm(phrase)) == expected, (book.path.name, lang)


def test_draft_slots_appear_in_their_books_only(mini):
    edition, books = mini
    doc = edition.documents[0]
    for lang in ("ru", "hy"):
        for block_id, slot in doc.slots[lang].items():
            if slot_state(slot) == "untranslated":
                continue
            runs = segments(slot)
            for langs, book in books.items():
                present = all(book.contains(r) for r in runs)
                assert present == (lang in langs), (block_id, lang, book.path.name)


def test_every_translation_of_the_edition_is_in_its_books_only(real):
    edition, books = real
    wrong = []
    for doc in edition.documents:
        for lang in ("ru", "hy"):
            script = "[а-яё]" if lang == "ru" else "[ա-ֆ]"
            for block_id, slot in doc.slots[lang].items():
                # runs in the slot's own script: "<…>" or "1920" are in every book
                runs = [r for r in segments(slot) if re.search(script, r, re.I)]
                for langs, book in books.items():
                    if runs and all(book.contains(r) for r in runs) != (lang in langs):
                        wrong.append((block_id, lang, book.path.name, runs[0][:60]))
    assert wrong == []


def test_all_three_scripts_are_in_the_trilingual_book(mini, real):
    for _, books in (mini, real):
        text = books[("en", "ru", "hy")].text
        assert re.search("[A-Za-z]", text) and re.search("[\u0400-\u04ff]", text) \
            and re.search("[\u0531-\u058f]", text)


def test_draft_slots_are_marked_in_the_readers_language(mini):
    _, books = mini
    ru, hy = books[("en", "ru")], books[("en", "hy")]
    assert ru.text.count(norm("Черновой перевод")) == 3       # h1, dl1, p1 (p2 is reviewed)
    assert hy.text.count(norm("Թարգմանության սևագիր")) == 3   # h1, p1, p3


def test_notes_are_footnotes_labelled_per_language(mini):
    _, books = mini
    raw = "\n".join(books[("en", "ru", "hy")].raw)
    assert "1. The date of departure" in raw
    assert "а. Дата отъезда" in raw
    assert "ա. Ծանոթագրությունը դեռ թարգմանված չէ" in raw    # an untranslated note slot


def test_sic_and_corr_are_printed_with_the_correction_in_brackets(mini):
    _, books = mini
    text = books[("en", "ru")].text
    assert norm("Khalilon Pasha [recte Khalil Pasha]") in text
    assert norm("Халилону-паше [recte Халил-паше]") in text


def name_forms(edition):
    """Every way the texts name each entry: register names and the mentions' own words."""
    forms = {}
    for kind, reg in edition.registers.items():
        for entry in reg.entries.values():
            forms[entry.id] = set(entry.names.values()) | set(entry.variants)
    for doc in edition.documents:
        for el in doc.root.find(".//t:text", NS).iter(q("persName"), q("placeName")):
            if el.get("ref"):
                words = forms.setdefault(el.get("ref").split(":", 1)[-1], set())
                words.add("".join(el.itertext()))
                # a mention with a correction prints both forms apart: "Таунсгенда [recte Таунсенда]"
                words.update("".join(c.itertext()) for c in el.iter(q("sic"), q("corr")))
    return {k: {norm(f) for f in v if norm(f)} for k, v in forms.items()}


INDEX_LINE = re.compile(r"^(.+?), ((?:\d+(?:–\d+)?(?:, )?)+)$")


def index_entries(book, edition, title):
    """(name, [pages]) from the index section whose bookmark is `title`."""
    starts = [(t, p) for t, level, p in book.outline if level == 1]
    i = next(k for k, (t, _) in enumerate(starts) if t == title)
    end = starts[i + 1][1] if i + 1 < len(starts) else len(book.pages)
    entries, pending = [], ""
    for page in book.raw[starts[i][1]:end]:
        for line in page.splitlines():
            line = (pending + " " + line).strip() if pending else line.strip()
            m = INDEX_LINE.match(line)
            if m:
                pages = []
                for part in m.group(2).split(", "):
                    a, _, z = part.partition("–")
                    pages += list(range(int(a), int(z or a) + 1))
                entries.append((m.group(1), pages))
                pending = ""
            elif line.endswith(",") or re.search(r"\d,$|–$", line):
                pending = line
    return entries


def names_on(book, page, forms) -> bool:
    """The page names the entry, or a mention begins on it and runs over the page break
    (as soon as after an initial: "G." at the foot of a page, "Atarbekyan" at the head of the next)."""
    here = book.printed(page)
    after = book.printed(page + 1) if book.front + page < len(book.pages) else ""
    return any(f in here or any(f[:k] in here and f[k:] in after for k in range(2, len(f)))
               for f in forms)


def test_index_pages_point_at_pages_naming_the_entry(real):
    """In every book (each laid out in parts): each page an English index entry gives names it."""
    edition, books = real
    forms = name_forms(edition)
    registers = {**edition.registers["persons"].entries, **edition.registers["places"].entries}
    from triglot.print.index import index_name
    by_name = {index_name(e, "en"): e.id for e in registers.values()}
    for book in books.values():
        checked = 0
        for title in ("Index of persons", "Index of places"):
            for name, pages in index_entries(book, edition, title):
                entry_id = by_name.get(name)
                if entry_id is None:
                    continue
                for page in pages:
                    assert names_on(book, page, forms[entry_id]), (book.path.name, name, page)
                    checked += 1
        assert checked > 100, book.path.name


def test_contents_points_at_the_pages_where_documents_begin(real):
    edition, books = real
    for book in books.values():
        contents = next(p for t, level, p in book.outline if t.startswith("Contents"))
        raw = re.sub(r"\s+", " ", book.raw[contents] + " " + book.raw[contents + 1])
        for doc in edition.documents:
            title = doc.title("en")
            # the page number ends the entry: the next entry starts with a capital (its English title),
            # or the page ends with its folio (lower-case roman): an entry is never split across pages
            m = re.search(re.escape(title[:30]) + r".*?\s(\d{1,3})(?=\s+[A-Z]|\s+[ivxlc]+\s|\s*$)", raw)
            assert m, (book.path.name, title)
            assert norm(title) in book.printed(int(m.group(1))), (book.path.name, title, m.group(1))


def test_the_documents_are_printed_in_the_order_of_their_dates(real):
    """The edition's order (triglot/order.py), not the file names': by file name the 1921 article
    moscow1921 (eve-of-moscow-treaty-1921.xml) came second, before the letter of December 1920."""
    edition, books = real
    titles = {d.id: d.title("en") for d in edition.documents}
    for book in books.values():
        starts = {t: page for t, level, page in book.outline if level == 1}
        pages = [starts[titles[i]] for i in ("docs1920", "legran1920", "nkid1920", "mikoyan1937", "moscow1921")]
        assert pages == sorted(pages) and len(set(pages)) == len(pages), (book.path.name, pages)


def test_every_document_and_archival_document_has_a_bookmark(real):
    edition, books = real
    for book in books.values():
        top = {t for t, level, _ in book.outline if level == 1}
        second = {t for t, level, _ in book.outline if level == 2}
        for doc in edition.documents:
            assert doc.title("en") in top
            for sub in doc.base.iterfind(".//t:div[@type='document']", NS):
                head = " ".join("".join(sub.find("t:head", NS).itertext()).split())
                assert head in second


def test_fonts_are_embedded_and_nothing_is_replaced(real, mini):
    for _, books in (real, mini):
        for book in books.values():
            assert "\ufffd" not in "".join(book.raw)
            fonts = 0
            for page in book.reader.pages:
                # a blank page the join writes before a back section that begins on a recto uses none
                for font in page["/Resources"].get("/Font", {}).values():
                    fonts += 1
                    font = font.get_object()
                    descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] \
                        if "/DescendantFonts" in font else font["/FontDescriptor"]
                    assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                    assert "DejaVu" in font["/BaseFont"]
            assert fonts > len(book.reader.pages)


def test_pdf_metadata_names_title_editors_and_language(real):
    _, books = real
    book = books[("en", "ru")]
    meta = book.reader.metadata
    assert "Documents on Soviet, Armenian and Turkish diplomacy" in meta.title
    assert "Russian" in meta.title
    assert "Triglot project" in meta.author
    assert book.reader.trailer["/Root"]["/Lang"] == "en"


def test_books_are_tagged_pdf_with_tables_for_the_parallel_text(real):
    _, books = real
    for book in books.values():
        root = book.reader.trailer["/Root"]
        assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root, book.path.name
    tree = books[("en", "ru")].reader.trailer["/Root"]["/StructTreeRoot"].get_object()
    kinds, todo = set(), [tree]
    while todo and len(kinds) < 50:
        node = todo.pop()
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, list):
            todo.extend(node)
        elif isinstance(node, dict):
            kinds.add(str(node.get("/S", "")))
            if node.get("/K") is not None:
                todo.append(node["/K"])
    assert {"/Table", "/TR", "/TD", "/P"} <= kinds


def test_pages_render_as_images(real, tmp_path):
    _, books = real
    subprocess.run(["pdftoppm", "-r", "20", "-png", "-f", "1", "-l", "3",
                    str(books[("en", "hy")].path), str(tmp_path / "p")], check=True)
    assert len(list(tmp_path.glob("p-*.png"))) == 3


def test_a_letters_line_names_every_sender_then_every_recipient(real):
    """"Sender → recipient" took the first two persons of both sides: the telegram Kamenev, Kursky and
    Lebedev sent to the command of the Caucasus Front was printed "Sergey Kamenev → Dmitry Kursky"."""
    edition, books = real
    from triglot.print.book import dateplace_lines
    doc = next(d for d in edition.documents if d.id == "docs1920")
    assert "Sergey Kamenev, Dmitry Kursky, Pavel Lebedev → Command of the Caucasus Front · July 1, 1920" \
        in dateplace_lines(edition, doc, "en")
    assert any(book.contains("Pavel Lebedev → Command of the Caucasus Front") for book in books.values())


def test_a_letter_whose_sender_is_not_known_is_not_printed_as_sent_by_its_addressee(tmp_path):
    from lxml import etree

    from triglot.edition import load
    from triglot.print.book import dateplace_lines
    from conftest import ROOT
    edition = load(ROOT)
    doc = edition.documents[0]
    profile = doc.root.find("t:teiHeader/t:profileDesc", NS)
    for old in profile.findall("t:correspDesc", NS):
        profile.remove(old)
    profile.append(etree.fromstring(
        f'<correspDesc xmlns="{NS["t"]}"><correspAction type="received"><persName>J. H. Twichell</persName>'
        '</correspAction></correspDesc>'))
    assert dateplace_lines(edition, doc, "en") == ["→ J. H. Twichell"]
