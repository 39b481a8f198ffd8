"""`triglot translations status`: how far each document is translated, per language.

Counts come from the TEI slots, never from PO files: blocks, English words
(placeholders not counted), slots untranslated / draft / reviewed, and how many
translated slots are stale (their @source is not the fingerprint of the current
English). The percentage is the share of English words in blocks whose
translation is current (draft or reviewed, not stale).
"""
from __future__ import annotations

import json

from triglot.edition import Edition
from triglot.translate.export import slot_views
from triglot.translate.placeholders import plain_words

COLUMNS = ("document", "lang", "blocks", "words", "untranslated", "draft", "reviewed", "stale", "percent")


def status(edition: Edition, langs=None) -> list[dict]:
    """One row per document and translation language (default: every one of the settings)."""
    langs = langs or edition.settings.translations
    rows = []
    for doc in edition.documents:
        for lang in langs:
            row = {"document": doc.path.stem, "lang": lang, "blocks": 0, "words": 0,
                   "untranslated": 0, "draft": 0, "reviewed": 0, "stale": 0}
            current_words = 0
            for v in slot_views(doc, lang):
                words = plain_words(v.segment.text)
                row["blocks"] += 1
                row["words"] += words
                row[v.state] += 1
                row["stale"] += v.stale
                if v.state != "untranslated" and not v.stale:
                    current_words += words
            row["percent"] = round(100 * current_words / row["words"], 1) if row["words"] else 100.0
            rows.append(row)
    return rows


def render(rows: list[dict], fmt: str = "text") -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    table = [COLUMNS] + [tuple(str(r[c]) for c in COLUMNS) for r in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(COLUMNS))]
    lines = []
    for n, line in enumerate(table):
        cells = [cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(line, widths))]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)
