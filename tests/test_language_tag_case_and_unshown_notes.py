"""Language tags in one case, and register notes no reader sees (issue #20, notes21 items 3 and 4).

- xml:lang="RU": BCP 47's tags are case-insensitive, but the edition compares them as written (Python,
  the stylesheets' @xml:lang = $lang, catalog folders, the pages' lang): a Russian draft note in "RU"
  validated and no interface showed it. Validate refuses a tag in another case than BCP 47's canonical
  one (ru, pt-BR, sr-Latn), in documents, registers and the settings, naming the spelling to write.
- A register note translated into a language no interface shows (the pages show notes in their
  interface language; the books and data tables only the base language's) validated silently."""
from __future__ import annotations

import re

from conftest import make_project, run_cli
from test_register_notes_language import RU, _validate, with_notes


def _line(path, words: str) -> int:
    return next(n for n, text in enumerate(path.read_text("utf-8").splitlines(), 1) if words in text)


def _validate_translation_tagged(tmp_path, tag: str) -> tuple[int, str]:
    """mini's Russian translation division tagged `tag` in place of "ru", validated: exit status, output."""
    root = make_project(tmp_path, "mini")
    path = root / "tei" / "mini.xml"
    text = path.read_text("utf-8")
    div = re.search(r'<div type="translation" xml:lang="ru"', text)
    path.write_text(text[:div.start()] + div.group(0).replace('"ru"', f'"{tag}"') + text[div.end():], "utf-8")
    result = _validate(root, path)
    return result.returncode, result.stdout + result.stderr


def test_a_register_note_tagged_in_capitals_is_refused_with_the_tag_to_write(tmp_path):
    root = make_project(tmp_path, "mini")
    path = with_notes(root)
    path.write_text(path.read_text("utf-8").replace('xml:lang="ru" ana="#draft"', 'xml:lang="RU" ana="#draft"'), "utf-8")
    before = path.read_bytes()
    result = _validate(root, path)
    said = result.stdout + result.stderr
    assert result.returncode == 1, said
    assert re.search(rf"tei/places\.xml:{_line(path, RU)}: languages: xml:lang: 'RU' is a language tag written in "
                     r"another case than BCP 47's canonical one: write 'ru'", said), said
    assert "Traceback" not in said and path.read_bytes() == before


def test_a_documents_tag_in_another_case_is_refused_so_too(tmp_path):
    """Before, "not declared in langUsage", which sent the editor to the header, where "ru" is declared."""
    returncode, said = _validate_translation_tagged(tmp_path, "Ru")
    assert returncode == 1
    assert re.search(r"tei/mini\.xml:\d+: languages: xml:lang: 'Ru' is a language tag written in another case "
                     r"than BCP 47's canonical one: write 'ru'", said), said


def test_a_settings_tag_in_another_case_is_refused_before_any_command(tmp_path, capsys):
    root = make_project(tmp_path, "mini")
    toml = root / "triglot.toml"
    toml.write_text(toml.read_text("utf-8").replace('translations = ["ru", "hy"]',
                                                    'translations = ["ru", "hy-am"]'), "utf-8")
    assert run_cli("--root", root, "validate") != 0
    said = capsys.readouterr()
    assert re.search(r"triglot\.toml:\d+: settings: languages\.translations.*'hy-am' is a language tag written in "
                     r"another case than BCP 47's canonical one: write 'hy-AM'", said.out + said.err), said


def test_a_note_in_a_language_no_interface_shows_is_reported(tmp_path):
    """mini's interfaces are the toolkit's (en, ru, hy): a French draft, marked as one, reaches no reader."""
    root = make_project(tmp_path, "mini")
    path = with_notes(root)
    path.write_text(path.read_text("utf-8").replace("resp-draft-ru", "resp-draft-fr")
                    .replace('xml:lang="ru" ana="#draft"', 'xml:lang="fr" ana="#draft"'), "utf-8")
    before = path.read_bytes()
    result = _validate(root, path)
    said = result.stdout + result.stderr
    assert result.returncode == 1, said
    assert re.search(rf"tei/places\.xml:{_line(path, RU)}: registers: moscow: note type='identification' in French "
                     r"\(xml:lang='fr'\) is shown by no interface of the edition \(languages\.interface: en, ru, hy\)",
                     said), said
    assert path.read_bytes() == before


def test_a_translation_languages_note_is_reported_when_its_interface_is_dropped(tmp_path):
    """A language may be a translation column and no interface (`languages.interface`): its notes too."""
    root = make_project(tmp_path, "mini")
    toml = root / "triglot.toml"
    toml.write_text(toml.read_text("utf-8").replace('translations = ["ru", "hy"]',
                                                    'translations = ["ru", "hy"]\ninterface = ["en", "hy"]'), "utf-8")
    result = _validate(root, with_notes(root))
    said = result.stdout + result.stderr
    assert result.returncode == 1 and "in Russian (xml:lang='ru') is shown by no interface of the edition " \
        "(languages.interface: en, hy)" in said, said


def test_a_tag_with_an_underscore_gets_no_case_advice_that_keeps_it_wrong(tmp_path):
    """review32: "ru_RU" (a locale's spelling, no BCP 47 tag) was told to be written 'ru_ru', lower-cased
    whole and still no tag; a tag of other characters than letters, digits and hyphens is no case matter,
    and is reported as the tag langUsage does not declare."""
    returncode, said = _validate_translation_tagged(tmp_path, "ru_RU")
    assert returncode == 1
    assert "ru_ru" not in said, said
    assert re.search(r"tei/mini\.xml:\d+: languages: xml:lang='ru_RU' is not declared in langUsage", said), said
