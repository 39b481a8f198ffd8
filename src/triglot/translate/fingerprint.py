"""Fingerprints that tie a translation to the English it was made from.

`source_uri` is written into a slot's @source: an RFC 6920 named-information
URI (`ni:///sha-256-64;…`, SHA-256 truncated to 64 bits, base64url) of the
English block's placeholder string. Attributes are not in that string, so
correcting a @ref never makes a translation stale; any change of the words or
of the inline structure does.

`export_token` is what each exported PO entry remembers of its slot (state,
text, responsible) and of its block: import compares it with the slot now and
with the entry now to tell a translator's edit from an edit made in the TEI
meanwhile. The token names its block (`2:mini.p3:…`, the block id also hashed)
because merge tools (msgmerge, Poedit's and Lokalize's "update from POT") fill
a new entry from a similar translated one, translator comments and all: a token
without its block then verified the copy as "not edited since export", and
import skipped the suggestion the translator had accepted. Tokens written
before (16 hex digits, no block) are still read, as they always were.
"""
from __future__ import annotations

import base64
import hashlib

NI_PREFIX = "ni:///sha-256-64;"


def source_uri(english: str) -> str:
    digest = hashlib.sha256(english.encode("utf-8")).digest()[:8]
    return NI_PREFIX + base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


VERSION = "2"


def export_token(fuzzy: bool, text: str, resp: str, block_id: str) -> str:
    """The token export writes now: `2:BLOCK:HASH` (a block id is an NCName: it holds no colon)."""
    data = "\x1f".join((VERSION, block_id, "fuzzy" if fuzzy else "", text, resp)).encode("utf-8")
    return f"{VERSION}:{block_id}:{hashlib.sha256(data).hexdigest()[:16]}"


def legacy_token(fuzzy: bool, text: str, resp: str) -> str:
    """The token of files exported before tokens named their block; read, never written."""
    data = "\x1f".join(("fuzzy" if fuzzy else "", text, resp)).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def token_block(token: str) -> str | None:
    """The block a token names, or None for a token of the earlier form (which names none)."""
    version, sep, rest = token.partition(":")
    if not sep or version != VERSION:
        return None
    return rest.rpartition(":")[0] or None


def token_matches(token: str, block_id: str, fuzzy: bool, text: str, resp: str) -> bool:
    """`token` is what export writes for this block's slot (fuzzy, text, resp), in either form."""
    if token_block(token) is None:
        return token == legacy_token(fuzzy, text, resp)
    return token == export_token(fuzzy, text, resp, block_id)
