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
