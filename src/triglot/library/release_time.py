"""The one timestamp an export states (CMIF's last update, the bag's date, JSON-LD's dateModified).

An export is reproducible byte for byte: it never reads the clock. The time is
SOURCE_DATE_EPOCH when the environment sets it (the reproducible-builds
convention) and otherwise the edition's latest publication date at midnight UTC.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone

from triglot.problems import InputError, Problem


def export_time(publication_date: str) -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
        except (ValueError, OverflowError, OSError):
            raise InputError([Problem("SOURCE_DATE_EPOCH", 0, "export-time",
                                      f"{epoch!r} is not a number of seconds since 1970-01-01")]) from None
    return datetime.fromisoformat(publication_date[:10]).replace(tzinfo=timezone.utc)


def iso(moment: datetime) -> str:
    """xsd:dateTime in UTC with a Z, as CMIF and schema.org expect."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
