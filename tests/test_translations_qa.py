"""Translation QA with the translators' real checkers: pofilter's relevant checks pass on the drafts
(exceptions documented in translations/QA.md), and Hunspell reads the Russian and Armenian drafts."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QA = ROOT / "translations" / "QA.md"


def pofilter() -> Path:
    return Path(sys.executable).parent / "pofilter"


def excluded_checks() -> list[str]:
    """The documented exceptions: the first column of the table in translations/QA.md."""
    rows = re.findall(r"^\| (\w+) \| ", QA.read_text(encoding="utf-8"), re.M)
    return [r for r in rows if r != "check"]


def findings(folder: Path, lang: str, out: Path) -> list[str]:
    args = [pofilter(), "--progress=none", f"--language={lang}", "-i", folder, "-o", out]
    args += [f"--excludefilter={check}" for check in excluded_checks()]
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return [line for path in out.rglob("*.po") for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("# (pofilter)")]


def test_the_exceptions_are_documented_and_few():
    checks = excluded_checks()
    assert "isfuzzy" in checks and "numbers" not in checks and len(checks) <= 12


@pytest.mark.parametrize("lang", ["ru", "hy"])
def test_pofilter_finds_nothing_in_the_drafts(lang, tmp_path):
    assert findings(ROOT / "translations" / lang, lang, tmp_path / "out") == []


def test_pofilter_would_catch_a_lost_number(tmp_path):
    folder = tmp_path / "ru"
    shutil.copytree(ROOT / "translations" / "ru", folder)
    path = folder / "legran-letter-to-chicherin.po"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("№ 273", "№ 237", 1), encoding="utf-8")
    found = findings(folder, "ru", tmp_path / "out")
    assert any("numbers" in line for line in found)


# --- spelling ----------------------------------------------------------------------

def unknown_words(text: str) -> list[str]:
    result = subprocess.run(["hunspell", "-d", "ru_RU", "-l"], input=text, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return sorted(set(result.stdout.split()))


def russian_prose() -> str:
    return prose("ru")


def prose(lang: str) -> str:
    """A language's slots' own words: names, places, organisations, titles and foreign words left out."""
    from triglot.edition import load
    skip = {"persName", "placeName", "orgName", "title", "foreign", "name", "bibl", "ref"}
    words = []
    for doc in load(ROOT).documents:
        for slot in doc.slots.get(lang, {}).values():
            for el in slot.iter():
                if not isinstance(el.tag, str):
                    continue
                inside = any(a.tag.split("}")[-1] in skip for a in el.iterancestors()) or \
                    el.tag.split("}")[-1] in skip
                if el.text and not inside:
                    words.append(el.text)
                parent_skipped = any(a.tag.split("}")[-1] in skip for a in el.iterancestors())
                if el.tail and not parent_skipped and el is not slot:
                    words.append(el.tail)
    return "\n".join(words)


KNOWN_TYPOS: set[str] = set()     # translations/QA.md: typos fixed, which must not come back


def test_hunspell_reads_the_russian_drafts_and_no_fixed_typo_returns(capsys):
    unknown = unknown_words(russian_prose())
    with capsys.disabled():
        print(f"\nHunspell ru_RU does not know {len(unknown)} words of the Russian drafts: {' '.join(unknown)}")
    assert not KNOWN_TYPOS & set(unknown)
    assert "Хотя" not in unknown and unknown_words("Превед медвед") == ["Превед", "медвед"]


# Armenian: Debian has no Armenian Hunspell dictionary; npm's dictionary-hy (wooorm/dictionaries,
# from the araktransfer spell checker, GPL-2.0/LGPL-2.1/MPL-1.1) is installed by make install-test.
HY_DICTIONARY = ROOT / "node_modules" / "dictionary-hy" / "index"
KNOWN_TYPOS_HY: set[str] = set()   # translations/QA.md: typos fixed, which must not come back


def register_names(lang: str, folder: Path) -> Path:
    """The registers' names in `lang`, one word a line: a Hunspell personal dictionary."""
    from triglot.edition import load
    words = set()
    for register in load(ROOT).registers.values():
        for entry in register.entries.values():
            words.update(re.findall(r"\w+", armenian_spelling(entry.names.get(lang) or "")))
    path = folder / f"names-{lang}.dic"
    path.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    return path


def armenian_spelling(text: str) -> str:
    """The dictionary spells the ligature և as the two letters եւ (the same word either way)."""
    return text.replace("\u0587", "\u0565\u0582")


def unknown_armenian(text: str, names: Path) -> list[str]:
    result = subprocess.run(["hunspell", "-d", str(HY_DICTIONARY), "-p", str(names), "-l"],
                            input=armenian_spelling(text), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return sorted(set(result.stdout.split()))


def test_hunspell_reads_the_armenian_drafts_with_the_register_names_known(tmp_path, capsys):
    names = register_names("hy", tmp_path)
    unknown = unknown_armenian(prose("hy"), names)
    with capsys.disabled():
        print(f"\nHunspell dictionary-hy does not know {len(unknown)} word forms of the Armenian drafts "
              "(mostly inflected forms the dictionary's affixes miss; translations/QA.md)")
    assert not KNOWN_TYPOS_HY & set(unknown)
    assert unknown_armenian("Լեգրան Չիչերին Նախիջևան", names) == []          # register names
    assert unknown_armenian("պայմանագիր Հայաստան և", names) == []
    assert unknown_armenian("պայմանագիռ Հայաստանը", tmp_path / "none.dic") == ["պայմանագիռ"]   # a typo
