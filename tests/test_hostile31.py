"""Session 24's hostile round (round 31) on what session 24 added: `sync-headers` and the
header-settings rule, a document under its own licence, the stated-languages and date-type rules,
`register add --authority`, encode's hyphen-joined and glued register names, retag's nesting of a
place in a proposed organisation. Each test failed before its fix.

No test here is timed: each holds the property that keeps the work linear."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import make_project


# ---------------------------------------------------------------- stated-languages on a huge description

class _CountingText(str):
    """A text that counts the characters every slice of it copies."""
    copied = 0

    def __getitem__(self, key):
        result = str.__getitem__(self, key)
        if isinstance(key, slice):
            type(self).copied += len(result)
        return result


def test_each_list_of_languages_is_judged_without_copying_the_text_before_it():
    """runs() read what stands before each list from a copy of the whole text up to it: a
    description of 8,000 lists ("English and Russian. " × 8,000, 168,000 characters) took 14 s
    (2,000: 1.3 s, 4,000: 4.9 s), quadratic."""
    from triglot.editor.stated_languages import runs
    text = _CountingText("English and Russian. " * 2000)
    _CountingText.copied = 0
    found = runs(text, "en")
    assert len(found) == 2000 and found[0] == (["en", "ru"], False, "English and Russian")
    assert _CountingText.copied < 10 * len(text), _CountingText.copied
    # what the copies read is still read
    assert runs("Soviet, Armenian and Turkish diplomacy", "en") == []
    assert runs("a trilingual (English, Russian, Armenian) edition", "en") == [(["en", "ru", "hy"], True,
                                                                              "English, Russian, Armenian")]
    assert runs("English and Russian, and more", "en") == []
