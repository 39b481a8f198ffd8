"""Session 16's second hostile round: the translators' path (PO files through gettext, translate-toolkit
and hand edits) and the editor's live loop (`serve --watch`), used as real tools and careless hands
use them. Each test failed before its fix."""
from __future__ import annotations

import subprocess

from test_translations_bad_po import po_file, refused
from test_translations_support import edit_po, export_mini, mini, translate  # noqa: F401
from triglot.cli import main


def _ru_with(root, old: str, new: str) -> None:
    path = po_file(root)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# ---------------------------------------------------------------- a msgctxt on continuation lines

def _p3_and_p4_translated(root) -> None:
    export_mini(root)
    edit_po(po_file(root), {"mini.p3": translate("Больше ничего не известно."),
                            "mini.p4": translate("Известно ещё меньше.")})


def test_a_msgctxt_written_on_continuation_lines_is_read_whole(mini, capsys):
    """gettext lets any string continue on the next lines (`msgctxt ""` then `"mini.p3"`), and msgfmt
    takes such a file. The duplicate check read only the first line: every wrapped msgctxt was '',
    so two of them were refused as "msgctxt '' appears twice"."""
    _p3_and_p4_translated(mini)
    for block in ("mini.p3", "mini.p4"):
        _ru_with(mini, f'msgctxt "{block}"', f'msgctxt ""\n"{block}"')
    assert subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po_file(mini))]).returncode == 0
    assert main(["--root", str(mini), "translations", "import"]) == 0, capsys.readouterr().err


def test_a_msgctxt_given_twice_once_on_continuation_lines_is_refused_at_its_line(mini, capsys):
    """The same block twice, once as `msgctxt "mini.p3"` and once as `msgctxt ""` + `"mini.p3"`, with two
    different translations: msgfmt calls it a duplicate; import took one of the two and dropped the
    other with exit 0, because the check compared only first lines and Babel merges duplicates."""
    _p3_and_p4_translated(mini)
    _ru_with(mini, 'msgctxt "mini.p4"', 'msgctxt ""\n"mini.p3"')
    line = po_file(mini).read_text(encoding="utf-8").split("\n").index('msgctxt ""') + 1
    err = refused(mini, capsys)
    assert f"translations/ru/mini.po:{line}: po-key: msgctxt 'mini.p3' appears twice" in err, err

