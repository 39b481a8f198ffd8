"""An interface catalog's placeholders as a translator on another keyboard types them.

A Russian translator who retypes "{edition}" on a Russian keyboard layout writes Cyrillic "е"
(U+0435), which looks exactly like the Latin "e": the placeholder check read only Latin names,
so "{еdition}" passed it and readers saw the braces. gettext's `msgfmt -c` refuses the file
(the tool translators run: tests/test_translations_tools.py), translate-toolkit's `pofilter -t
variables` says nothing about brace placeholders; the build must refuse it at its line.
"""
from __future__ import annotations

from test_hostile16 import _russian_interface

CYRILLIC_E = "\u0435"


def test_a_placeholder_typed_with_a_cyrillic_letter_stops_the_build_at_its_line(tmp_path, cli):
    root, own = _russian_interface(tmp_path)
    text = own.read_text("utf-8")
    assert text.count('msgstr "{edition} — хронология') == 1
    own.write_text(text.replace('msgstr "{edition} — хронология', 'msgstr "{' + CYRILLIC_E + 'dition} — хронология'),
                   "utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1)
                if row.startswith('msgid "Chronology of the events that the documents of {edition} date."'))
    code, _, err = cli("--root", root, "build", "web")
    assert code == 1 and "Traceback" not in err
    assert f"translations/ui/ru/LC_MESSAGES/ui.po:{line}: catalog: " in err and "{" + CYRILLIC_E + "dition}" in err, err
    assert "U+0435 CYRILLIC SMALL LETTER IE" in err, err
    assert not (root / "build" / "web").exists()
