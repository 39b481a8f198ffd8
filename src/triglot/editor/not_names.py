"""What the editor said is no name: forms the name tools leave alone (settings `[names]`).

The recogniser proposes "Sunni Islam", "Independence", "Dagestanis"; the editor
removes the tag, and before these settings `retag --new-names` put it back and
`check --rule unknown-name` listed it for ever. `names.not-names` in
triglot.toml lists such forms for the whole edition, `names.not-names-in` for
one document or one block ("aaw.p12" = ["Caucasus"], where the register's
Caucasus is not meant). Settings, not markup: a wrapper element in the text
would be one more placeholder in the translators' strings, and every
translation of the block would turn stale for a decision about tagging.
"""
from __future__ import annotations

import unicodedata

HINT = ("if it is no name here, list “{form}” under names.not-names in triglot.toml "
        "(names.not-names-in.\"{where}\" for this block alone)")


def is_listed(text: str, forms: frozenset[str]) -> bool:
    """`text` is one of the editor's no-name forms (spaces collapsed, case kept: "Independence",
    not "independence"; both in NFC, as settings.py reads the forms)."""
    return bool(forms) and unicodedata.normalize("NFC", " ".join(text.split())) in forms


def keep(proposals, text: str, forms: frozenset[str]) -> list:
    """The proposals (tagger.Proposal) whose words are not a form the editor listed; names inside a
    proposed organisation's name are kept or dropped the same way."""
    if not forms:
        return list(proposals)
    kept = []
    for p in proposals:
        if is_listed(text[p.start:p.end], forms):
            continue
        if p.inner:
            p.inner = [i for i in p.inner if not is_listed(text[i.start:i.end], forms)]
        kept.append(p)
    return kept


def hint(form: str, block_id: str) -> str:
    return HINT.format(form=" ".join(form.split()), where=block_id)
