"""A document published before its title was settled: the web build says so, at the title's line."""
from __future__ import annotations

from test_import_tei import _new, _run


def test_a_document_whose_title_is_still_a_gap_is_named_in_a_build_warning(tmp_path, capsys):
    """encode leaves a text's title as a gap for the editor; the web then names the document by its id
    on every page, list and citation ("wilson-mandate"), and the build said nothing (journey 22w)."""
    edition = _new(tmp_path)
    seed = edition / "seeds" / "report.txt"
    seed.write_text("The commissariat reports on the conference.\n", encoding="utf-8")
    assert _run("--root", edition, "encode", seed, "--id", "report") == 0
    capsys.readouterr()
    assert _run("--root", edition, "build", "web") == 0
    err = capsys.readouterr().err
    line = next(n for n, text in enumerate((edition / "tei" / "report.xml").read_text("utf-8").splitlines(), 1)
                if "<title " in text)
    assert f"warning: tei/report.xml:{line}: header-gap: the title is still to be supplied" in err, err
    assert "'report'" in err


def test_a_titled_document_builds_without_that_warning(tmp_path, capsys):
    """The editor supplies the title in place of the gap: the warning goes."""
    import re
    edition = _new(tmp_path)
    seed = edition / "seeds" / "report.txt"
    seed.write_text("The commissariat reports on the conference.\n", encoding="utf-8")
    assert _run("--root", edition, "encode", seed, "--id", "report") == 0
    tei = edition / "tei" / "report.xml"
    text, n = re.subn(r'(<title type="main" xml:lang="en">)\s*<gap .*?</gap>\s*(</title>)', r"\1A report\2",
                      tei.read_text("utf-8"), count=1, flags=re.S)
    assert n == 1
    tei.write_text(text, "utf-8")
    capsys.readouterr()
    assert _run("--root", edition, "build", "web") == 0
    assert "header-gap" not in capsys.readouterr().err
