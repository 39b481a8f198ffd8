"""Session 27's hostile round 38: what was merged on the morning of session 27 (public-domain licences,
passage citations, first passages ranked, register pages kept whole, the web cache's settings key),
attacked with input nobody here wrote. Each test failed before its fix."""
from __future__ import annotations

import re
import shutil
import subprocess

from conftest import make_project


# ---------------------------------------------------------------- passage citations

def test_articles_numbered_in_letters_each_keep_their_own_bibtex_key(tmp_path, cli):
    """An Armenian treaty numbers its articles Ա, Բ, Գ (a Russian one а, б): the BibTeX writer kept only
    ASCII in a key, so both articles' records were keyed `mudros.en.n` and pandoc found neither by the
    anchor their citations give (`citation mudros.en.nԱ not found`), while a reference manager
    importing the file kept one of the two records."""
    root = make_project(tmp_path, "treaty-articles")
    tei = root / "tei" / "mudros.xml"
    tei.write_text(tei.read_text("utf-8").replace('type="article" n="18"', 'type="article" n="Ա"')
                   .replace('type="article" n="20"', 'type="article" n="Բ"'), "utf-8")
    code, out, err = cli("--root", root, "build", "web")
    assert code == 0, err
    bib = root / "build" / "web" / "cite" / "passages" / "mudros.bib"
    keys = re.findall(r"^@incollection\{([^,]*),", bib.read_text("utf-8"), re.M)
    assert len(keys) == len(set(keys)) and "mudros.en.nԱ" in keys and "mudros.en.nԲ" in keys, keys
    text = subprocess.run(["pandoc", "--citeproc", "--bibliography", str(bib), "-t", "plain"],
                          input="See [@mudros.en.nԱ] and [@mudros.en.nԲ].\n", capture_output=True, text=True, check=True)
    assert "not found" not in text.stderr and "#mudros.en.nԱ" in text.stdout and "#mudros.en.nԲ" in text.stdout, text


# ---------------------------------------------------------------- public-domain licences

def _mark_named_in_a_ref(tmp_path, cli):
    """journey27's written answer encoded under the mark, then its name linked by hand as the TEI
    Guidelines' own examples of `licence` link it (`<licence …><ref target=…>…</ref></licence>`)."""
    from test_public_domain_licence import MARK, REASON, _encode
    root = make_project(tmp_path, "shared-alike")
    code, _, err = _encode(root, cli, "--licence-reason", REASON)
    assert code == 0, err
    tei = root / "tei" / "hansard.xml"
    text = tei.read_text("utf-8")
    assert ">Public Domain Mark 1.0<note" in text
    tei.write_text(text.replace(">Public Domain Mark 1.0<note", f'><ref target="{MARK}">Public Domain Mark 1.0</ref><note'), "utf-8")
    return root


def test_a_licence_named_in_a_ref_keeps_its_name_in_the_web_footer(tmp_path, cli):
    """The footer read a licence's name as its own text nodes alone: the mark's name inside a `ref` was
    no name, and the footer gave the mark as its URL ("Texts and encoding:
    https://creativecommons.org/publicdomain/mark/1.0/ (the source text …)")."""
    from lxml import etree
    root = _mark_named_in_a_ref(tmp_path, cli)
    code, _, err = cli("--root", root, "build", "web")
    assert code == 0, err
    page = root / "build" / "web" / "en" / "documents" / "hansard.html"
    footer = " ".join(etree.HTML(page.read_bytes()).xpath("string(//footer)").split())
    assert "Public Domain Mark 1.0 (the source text (English), as received)" in footer, footer


def test_a_licence_named_in_a_ref_keeps_its_name_in_mods_and_dublin_core(tmp_path, cli):
    """lib:licence-name read `$licence/text()`: with the name in a `ref`, MODS's accessCondition and
    Dublin Core's dc:rights gave the reason ("Published by the UK Parliament in 1919 …") where the
    mark's name stood, and no record said which licence it was but by its URL."""
    from lxml import etree

    from test_public_domain_licence import MARK, MODS, XLINK
    from triglot.library.mods import mods_schema
    root = _mark_named_in_a_ref(tmp_path, cli)
    code, _, err = cli("--root", root, "export")
    assert code == 0, err
    record = etree.parse(str(root / "build" / "export" / "mods" / "hansard.xml"))
    assert mods_schema().validate(record), mods_schema().error_log
    mark = next(c for c in record.iter(f"{MODS}accessCondition") if c.get(XLINK) == MARK)
    assert mark.text.startswith("Public Domain Mark 1.0. Published by"), mark.text
    dc = etree.parse(str(root / "build" / "export" / "dc" / "hansard.xml"))
    rights = [" ".join(r.text.split()) for r in dc.iter("{http://purl.org/dc/elements/1.1/}rights")]
    assert any(r.startswith("the source text (English), as received: Public Domain Mark 1.0. Published by") for r in rights), rights


def test_a_reason_holding_a_control_character_is_refused_not_a_traceback(tmp_path, cli):
    """A reason pasted from a PDF keeps its form feed or a stray U+0001: encode stopped with lxml's
    ValueError traceback ("All strings must be XML compatible") instead of naming the option; the
    licence's label and the source's name and URL did the same."""
    from test_hostile36 import _files
    from test_public_domain_licence import _encode
    root = make_project(tmp_path, "shared-alike")
    before = _files(root)
    code, out, err = _encode(root, cli, "--licence-reason", "Published by the UK Parliament\x0c in 1919.")
    said = [row for row in (out + err).splitlines() if row.startswith("--licence-reason:0: encode: ")]
    assert code != 0 and "Traceback" not in err and len(said) == 1 and "U+000C" in said[0], (code, out, err[-1500:])
    assert _files(root) == before


# ---------------------------------------------------------------- the web cache's settings key

def test_a_comment_above_edition_order_keeps_every_page(tmp_path, cli):
    """settings.key_text read every field of the settings, the line edition.order stands on among them
    (kept only to name that line in a problem): a comment added at the top of triglot.toml moved it, and
    the next build gathered the documents again and rendered 6 of the fixture's 19 pages ("page data
    changed") that showed nothing new."""
    import json
    root = make_project(tmp_path, "mini")
    toml = root / "triglot.toml"
    toml.write_text(toml.read_text("utf-8").replace('publisher = "Triglot project"\n',
                                                    'publisher = "Triglot project"\norder = "file"\n', 1), "utf-8")
    assert cli("--root", root, "build", "web")[0] == 0
    toml.write_text("# the settings of the fixture, reviewed\n" + toml.read_text("utf-8"), "utf-8")
    code, out, err = cli("--root", root, "build", "web")
    assert code == 0, err
    reasons = json.loads((root / "build" / "web-cache" / "last-build.json").read_text("utf-8"))
    assert set(reasons.values()) == {"unchanged"}, {k: v for k, v in reasons.items() if v != "unchanged"}


def test_a_mark_that_does_not_say_what_it_covers_is_refused_at_its_line(tmp_path, cli):
    """The mark's `note type="covers"` deleted by hand (ENCODING.md: each licence says what it covers):
    validate said nothing, and the web footer read "Texts and encoding: Public Domain Mark 1.0", the
    project's draft translations and notes under the mark again, as journey 26 saw them in MODS."""
    from test_public_domain_licence import REASON, _encode
    root = make_project(tmp_path, "shared-alike")
    assert _encode(root, cli, "--licence-reason", REASON)[0] == 0
    tei = root / "tei" / "hansard.xml"
    text = tei.read_text("utf-8")
    note = '<note type="covers">the source text (English), as received</note>'
    assert note in text
    tei.write_text(text.replace(note, ""), "utf-8")
    line = next(n for n, row in enumerate(tei.read_text("utf-8").splitlines(), 1) if "publicdomain/mark" in row)
    code, out, err = cli("--root", root, "validate")
    said = [row for row in (out + err).splitlines() if "covers" in row]
    assert code == 1 and len(said) == 1 and said[0].startswith(f"tei/hansard.xml:{line}: edition-header: "), (code, out[-2000:], err[-1000:])


def test_a_document_stating_the_settings_licence_is_never_told_to_change_it(tmp_path, cli):
    """journey27's mark with CC BY-SA written beside it by hand, in an edition whose settings and other
    document (report.xml) say CC BY: one document said each, and the tie went to the first document
    read, so validate told report.xml, which states the settings' licence, to "change it here to
    'https://creativecommons.org/licenses/by-sa/4.0/'"; an editor who did so broke the right header."""
    from test_public_domain_licence import BY, REASON, _encode
    root = make_project(tmp_path, "shared-alike")
    assert _encode(root, cli, "--licence-reason", REASON)[0] == 0
    tei = root / "tei" / "hansard.xml"
    text = tei.read_text("utf-8")
    assert text.count(f'<licence target="{BY}">') == 1
    tei.write_text(text.replace(f'<licence target="{BY}">', '<licence target="https://creativecommons.org/licenses/by-sa/4.0/">'), "utf-8")
    code, out, err = cli("--root", root, "validate")
    said = [row for row in (out + err).splitlines() if "edition licence" in row]
    assert code == 1 and said and all(row.startswith("tei/hansard.xml:") for row in said), said


def test_an_article_numbered_with_a_brace_leaves_every_bibtex_record_readable(tmp_path, cli):
    """An article's @n as an OCR gave it ("18}", "20 {bis%"): its anchor went into the record's url
    unescaped (BibTeX's url field is read verbatim, braces counted), the unbalanced brace ran the field
    on into the next record, and pandoc read none of the file's nine records ("unexpected '@'"). The
    fragment is now percent-encoded as a URI's must be (a browser decodes it to find the anchor)."""
    import json
    root = make_project(tmp_path, "treaty-articles")
    tei = root / "tei" / "mudros.xml"
    tei.write_text(tei.read_text("utf-8").replace('type="article" n="18"', 'type="article" n="18}"')
                   .replace('type="article" n="20"', 'type="article" n="20 {bis%"'), "utf-8")
    assert cli("--root", root, "build", "web")[0] == 0
    passages = root / "build" / "web" / "cite" / "passages"
    read = subprocess.run(["pandoc", "-f", "bibtex", "-t", "csljson", str(passages / "mudros.bib")],
                          capture_output=True, text=True)
    assert read.returncode == 0, read.stderr
    records = {r["URL"] for r in json.loads(read.stdout)}
    assert len(records) == len(json.loads((passages / "mudros.json").read_text("utf-8"))) == 9
    assert "https://w3id.org/triglot/mudros#mudros.en.n18%7D" in records, records
    assert "https://w3id.org/triglot/mudros#mudros.en.n20_%7Bbis%25" in records, records
