"""Fingerprints that tie a translation to the English it was made from.

`source_uri` is written into a slot's @source: an RFC 6920 named-information
URI (`ni:///sha-256-64;…`, SHA-256 truncated to 64 bits, base64url) of the
English block's placeholder string. Attributes are not in that string, so
correcting a @ref never makes a translation stale; any change of the words or
of the inline structure does.

`export_token` is what each exported PO entry remembers of its slot (state,
text, responsible): import compares it with the slot now and with the entry now
to tell a translator's edit from an edit made in the TEI meanwhile.
"""
from __future__ import annotations

import base64
import hashlib

NI_PREFIX = "ni:///sha-256-64;"


def source_uri(english: str) -> str:
    digest = hashlib.sha256(english.encode("utf-8")).digest()[:8]
    return NI_PREFIX + base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def export_token(fuzzy: bool, text: str, resp: str) -> str:
    data = "\x1f".join(("fuzzy" if fuzzy else "", text, resp)).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]
