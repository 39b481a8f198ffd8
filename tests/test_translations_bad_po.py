"""Malformed and hostile PO files: `po-file:line: rule: message`, exit 1, the TEI untouched.

Each case breaks one line of a freshly exported file the way a careless editor,
a broken tool or a hostile sender would, and runs the real command.
"""
from __future__ import annotations

import pytest

from test_translations_support import export_mini, mini  # noqa: F401
from triglot.cli import main

P3 = 'msgctxt "mini.p3"'


def po_file(root):
    return root / "translations" / "ru" / "mini.po"


def break_p3_msgstr(root, new_line: str) -> int:
    """Replace the msgstr line of mini.p3 by `new_line`; return its line number."""
    path = po_file(root)
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line == P3)
    n = next(i for i in range(at, len(lines)) if lines[i].startswith("msgstr"))
    lines[n] = new_line
    path.write_text("\n".join(lines), encoding="utf-8")
    return n + 1


def refused(root, capsys) -> str:
    before = (root / "tei" / "mini.xml").read_bytes()
    assert main(["--root", str(root), "translations", "import"]) == 1
    assert (root / "tei" / "mini.xml").read_bytes() == before
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err


BROKEN = {
    "no closing quote": ('msgstr "Больше ничего не известно.', "po-syntax", "unbalanced double quote"),
    "text after the closing quote": ('msgstr "Больше ничего" не известно.', "po-syntax", "outside the quotes"),
    "no quotes at all": ("msgstr Больше ничего не известно.", "po-syntax", "must be in double quotes"),
    "a stray quote inside": ('msgstr "Больше "ничего" не известно."', "po-syntax", ""),
    "an unknown escape": ('msgstr "Больше \\q ничего"', "po-syntax", "unknown escape"),
    "a NUL": ('msgstr "Больше\x00ничего"', "po-character", "U+0000"),
    "a control character": ('msgstr "Больше\x1bничего"', "po-character", "U+001B"),
    "U+FFFE": ('msgstr "Больше\ufffeничего"', "po-character", "U+FFFE"),
    "a C1 control": ('msgstr "Больше\x85ничего"', "po-character", "U+0085"),
    "an escaped control character": ('msgstr "Больше\\aничего"', "po-character", "U+0007"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_msgstr_is_refused_at_its_line(mini, capsys, case):
    line, rule, words = BROKEN[case]
    export_mini(mini)
    n = break_p3_msgstr(mini, line)
    err = refused(mini, capsys)
    if rule == "po-character" and "\\a" in line:
        assert f"translations/ru/mini.po:" in err and rule in err and words in err
    else:
        assert f"translations/ru/mini.po:{n}: {rule}: " in err and words in err


def test_a_12_mb_translation_is_refused_at_its_po_line(mini, capsys):
    export_mini(mini)
    n = break_p3_msgstr(mini, 'msgstr "' + "Очень длинный перевод. " * 280_000 + '"')
    err = refused(mini, capsys)
    assert f"translations/ru/mini.po:{n}: po-size: " in err and "tei/" not in err


def test_a_long_translation_over_many_lines_is_refused_at_its_entry(mini, capsys):
    export_mini(mini)
    n = break_p3_msgstr(mini, 'msgstr ""\n' + '"Очень длинный перевод. "\n' * 6000)
    err = refused(mini, capsys)
    assert "translations/ru/mini.po:" in err and "po-size" in err and "mini.p3" in err
    assert n > 0


def test_an_oversized_file_is_refused_before_it_is_parsed(mini, capsys):
    export_mini(mini)
    with open(po_file(mini), "ab") as fh:
        fh.write(b"# " + b"x" * 21_000_000 + b"\n")
    assert "translations/ru/mini.po:0: limit: the file has" in refused(mini, capsys)


def test_a_crlf_file_from_a_windows_editor_is_read(mini, capsys):
    export_mini(mini)
    path = po_file(mini)
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert main(["--root", str(mini), "translations", "import", "--check"]) == 0, capsys.readouterr().err


def test_a_fifo_in_place_of_a_po_file_is_refused_without_hanging(mini, capsys):
    import os
    export_mini(mini)
    po_file(mini).unlink()
    os.mkfifo(po_file(mini))
    err = refused(mini, capsys)
    assert "translations/ru/mini.po:0: read: not a regular file" in err
    assert main(["--root", str(mini), "translations", "export"]) == 1
    assert "not a regular file" in capsys.readouterr().err


# --- whatever the bytes, a problem report and never a traceback ---------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from triglot.problems import InputError  # noqa: E402
from triglot.translate import po, xliff  # noqa: E402

PO_LINES = st.sampled_from(['msgid ""', 'msgstr ""', 'msgctxt "a.p1"', 'msgid "x"', 'msgstr "y"', '"Language: ru\\n"',
                            '#, fuzzy', '# resp: r', '#| msgid "old"', '#~ msgid "z"', '"', 'msgstr "\\q"', ""])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PO_LINES, st.text(max_size=30)), max_size=25))
def test_any_po_text_is_read_or_refused_with_a_problem(lines):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    try:
        po.read(data, "fuzz.po")
    except InputError as exc:
        assert all(p.file == "fuzz.po" and p.rule for p in exc.problems)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300) | st.text(max_size=200).map(lambda t: (
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">'
    '<file id="f"><unit id="u"><segment><source>' + t + "</source></segment></unit></file></xliff>").encode()))
def test_any_xliff_bytes_are_read_or_refused_with_a_problem(data):
    try:
        xliff.read(data, "fuzz.xlf")
    except InputError as exc:
        assert all(p.file == "fuzz.xlf" and p.rule for p in exc.problems)
