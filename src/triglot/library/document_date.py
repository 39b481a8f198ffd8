"""The date of a document's own text, as MODS and Dublin Core want it.

The records gave only the edition's publication date, so a catalogue took a letter of 1805 for
a text of 2026. The date is the one that orders the edition (triglot/order.py: the letters'
sent dates, the datelines, else the seed's date); here it is only written out:

- MODS: `originInfo/dateCreated` (encoding w3cdtf), a range as two dateCreated with point
  start and end; qualifier "questionable" where the TEI's @cert is low, medium or unknown,
  "approximate" where the TEI gives only bounds (notBefore/notAfter).
- Dublin Core (oai_dc has dc:date only, no dcterms:created): W3CDTF for one date; a range as
  "start/end" and an open bound as "start/.." or "../end", the interval forms of EDTF
  (Library of Congress, now ISO 8601-2:2019); a doubted date with EDTF's "?" ("1805?"), so that
  a guess is not given as a fact.

A date with no value (a year-less `<date>` left for review) or an undated document gives
nothing: no date is ever guessed. A value that is not of W3CDTF's forms (YYYY, YYYY-MM,
YYYY-MM-DD; a TEI "--02-20" has no year) is left out in the same way.
"""
from __future__ import annotations

import re

from triglot.order import text_date

W3CDTF = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _bounds(attrs: dict) -> tuple[str, str, bool]:
    """(start, end, only bounds known): end "" for one date; "" for an open side of bounds."""
    if attrs.get("when"):
        return attrs["when"], "", False
    if attrs.get("from") or attrs.get("to"):
        return attrs.get("from", ""), attrs.get("to", ""), False
    return attrs.get("notBefore", ""), attrs.get("notAfter", ""), True


def _usable(attrs: dict) -> bool:
    values = [v for k, v in attrs.items() if k != "cert"]
    return bool(values) and all(W3CDTF.match(v) for v in values)


def mods_date(doc) -> dict:
    """{"dates": [{"point": "" | "start" | "end", "value": ...}], "qualifier": ...}, or {}."""
    attrs, _ = text_date(doc)
    if not _usable(attrs):
        return {}
    start, end, bounds = _bounds(attrs)
    if start and not end and not bounds:
        dates = [{"point": "", "value": start}]
    else:
        dates = [{"point": p, "value": v} for p, v in (("start", start), ("end", end)) if v]
    qualifier = "questionable" if attrs.get("cert") else "approximate" if bounds else ""
    return {"dates": dates, "qualifier": qualifier}


def dc_date(doc) -> str:
    """The document's date for dc:date (W3CDTF, an EDTF interval for a range), or ""."""
    attrs, _ = text_date(doc)
    if not _usable(attrs):
        return ""
    start, end, bounds = _bounds(attrs)
    doubt = "?" if attrs.get("cert") else ""
    if start and not end and not bounds:
        return start + doubt
    return "/".join(v + doubt if v else ".." for v in (start, end))


__all__ = ["mods_date", "dc_date"]
