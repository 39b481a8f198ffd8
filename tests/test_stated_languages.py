"""The editors' prose that lists the edition's languages ("a trilingual (English, Russian, Armenian)
edition") is checked against the settings' languages: `check --rule stated-languages` names each list
that a fourth language or a withdrawn one made untrue (journey 23g). On the mini fixture edition, its
description and a project description written by the test."""
from __future__ import annotations

from conftest import make_project

DESCRIPTION = '''
[edition.description]
en = "A trilingual (English, Russian, Armenian) edition of texts on Soviet, Armenian and Turkish diplomacy: the Russian and Armenian columns are drafts."
ru = "Трёхъязычное издание: русский и армянский столбцы — черновые переводы."
'''
PROJECT = "<projectDesc><p>A trilingual (English, Russian, Armenian) edition.</p></projectDesc>"


def _described(root):
    path = root / "triglot.toml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("\n[languages]", DESCRIPTION + "\n[languages]", 1), "utf-8")
    doc = next(p for p in sorted((root / "tei").glob("*.xml")) if b"<body>" in p.read_bytes())
    text = doc.read_text("utf-8")
    doc.write_text(text.replace("<encodingDesc>", "<encodingDesc>" + PROJECT, 1), "utf-8")
    return doc, text[:text.index("<encodingDesc>")].count("\n") + 1


def _stated(cli, root):
    return [line for line in cli("--root", root, "check", "--rule", "stated-languages")[1].splitlines()
            if ": stated-languages: " in line]


def test_a_description_that_lists_the_editions_languages_is_not_reported(tmp_path, cli):
    root = make_project(tmp_path)
    _described(root)
    assert cli("--root", root, "validate")[0] == 0
    assert _stated(cli, root) == []


def test_a_description_that_lists_three_languages_of_four_is_reported(tmp_path, cli):
    root = make_project(tmp_path)
    doc, line = _described(root)
    path = root / "triglot.toml"
    path.write_text(path.read_text("utf-8").replace('translations = ["ru", "hy"]', 'translations = ["ru", "hy", "tr"]'),
                    "utf-8")
    assert cli("--root", root, "translations", "add-language", "tr")[0] == 0
    text = doc.read_text("utf-8")
    line = text[:text.index("<projectDesc>")].count("\n") + 1     # add-language gave the header a line
    found = _stated(cli, root)
    lines = path.read_text("utf-8").splitlines()
    en = next(n for n, text in enumerate(lines, 1) if text.startswith("en = \"A trilingual"))
    ru = next(n for n, text in enumerate(lines, 1) if text.startswith("ru = \"Трёхъязычное"))
    assert any(f.startswith(f"tei/{doc.name}:{line}: stated-languages: 'English, Russian, Armenian' leaves out tr")
               for f in found), found
    assert any(f.startswith(f"triglot.toml:{en}: stated-languages: 'English, Russian, Armenian'") for f in found)
    assert any(f.startswith(f"triglot.toml:{en}: stated-languages: 'Russian and Armenian' leaves out tr") for f in found)
    assert any(f.startswith(f"triglot.toml:{ru}: stated-languages: 'русский и армянский' leaves out tr") for f in found)
    # "Soviet, Armenian and Turkish diplomacy" lists peoples, not the edition's languages
    assert not any("Turkish" in f.split(": stated-languages: ")[1].split("'")[1] for f in found), found


def test_a_description_naming_a_withdrawn_language_is_reported(tmp_path, cli):
    root = make_project(tmp_path)
    doc, line = _described(root)
    path = root / "triglot.toml"
    text = path.read_text("utf-8").replace('translations = ["ru", "hy"]', 'translations = ["ru"]')
    path.write_text(text[:text.index("hy = ")], "utf-8")
    found = _stated(cli, root)
    assert any(f.startswith(f"tei/{doc.name}:{line}: stated-languages: 'English, Russian, Armenian' names hy, "
                            "which the settings do not have") for f in found), found
