"""Status: blocks, words, untranslated, draft, reviewed, stale and percentage per document and language."""
from __future__ import annotations

import json

from test_translations_support import edit_po, export_mini, import_mini, mini, translate  # noqa: F401
from triglot.cli import main


def test_status_counts_the_fixture(mini, capsys):
    export_mini(mini)
    edit_po(mini / "translations/ru/mini.po", {
        "mini.p3": translate("Больше ничего не известно."),
        "mini.p4": translate("Больше ничего не известно.", fuzzy=False, resp="resp-editors"),
    })
    assert import_mini(mini).problems == []
    doc = mini / "tei" / "mini.xml"
    doc.write_text(doc.read_text().replace('"mini.p4">Nothing more is known.', '"mini.p4">Nothing else is known.'))
    assert main(["--root", str(mini), "translations", "status", "--format", "json"]) == 0
    rows = {r["lang"]: r for r in json.loads(capsys.readouterr().out)}
    # words: dl1 2, by1 3, p1 14 (sic and corr both), p2 4, n1 5, p3 4, p4 4 = 36
    assert rows["ru"] == {"document": "mini", "lang": "ru", "blocks": 7, "words": 36, "untranslated": 5,
                          "draft": 1, "reviewed": 1, "stale": 1, "percent": round(100 * 4 / 36, 1)}
    assert rows["hy"]["untranslated"] == 7 and rows["hy"]["percent"] == 0.0


def test_status_prints_a_table(mini, capsys):
    assert main(["--root", str(mini), "translations", "status"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["document", "lang", "blocks", "words", "untranslated", "draft",
                                "reviewed", "stale", "percent"]
    assert lines[2].split() == ["mini", "ru", "7", "36", "7", "0", "0", "0", "0.0"]
