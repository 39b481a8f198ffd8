"""Fingerprints that tie a translation to the English it was made from.

`source_uri` is written into a slot's @source: an RFC 6920 named-information
URI (`ni:///sha-256-64;…`, SHA-256 truncated to 64 bits, base64url) of the
English block's placeholder string. Attributes are not in that string, so
correcting a @ref never makes a translation stale; any change of the words or
of the inline structure does.

`export_token` is what each exported PO entry remembers of its slot (state,
text, responsible) and of its block: import compares it with the slot now and
with the entry now to tell a translator's edit from an edit made in the TEI
meanwhile. The token names its block (`3:mini.p3:…`, the block id also hashed)
because merge tools (msgmerge, Poedit's and Lokalize's "update from POT") fill
a new entry from a similar translated one, translator comments and all: a token
without its block then verified the copy as "not edited since export", and
import skipped the suggestion the translator had accepted. It also carries the
fingerprint of the English the entry was exported with (`3:mini.p3:…:…`): msgmerge
gives an entry that is fuzzy already (every draft) the new English without a
`#| msgid`, so only the token can say which English its translator was shown.
Tokens written before (`2:BLOCK:HASH`, and 16 hex digits with no block) are
still read, as they always were.
"""
from __future__ import annotations

import base64
import hashlib
import re

NI_PREFIX = "ni:///sha-256-64;"


def source_uri(english: str) -> str:
    return NI_PREFIX + english_digest(english)


def note_source(note) -> str:
    """The fingerprint a register note's translation records (@source) of the base-language note it
    was made from: its words' (tei.note_words), as a slot's @source is its block's."""
    from triglot.tei import note_words
    return source_uri(note_words(note))


def note_is_stale(note, bases) -> bool:
    """A translated register note made from an earlier version of the base-language note it
    translates: its @source is the fingerprint of none of `bases` (the base-language notes of its
    type, tei.translated_notes) now. A note without a fingerprint, or with no base note to compare,
    is not called stale (validate names the one, the other translates nothing). `check --rule stale`
    and the web's mark ask this one question."""
    source = note.get("source") or ""
    return bool(source.startswith(NI_PREFIX) and bases and source not in {note_source(b) for b in bases})


def english_digest(english: str) -> str:
    """SHA-256 of the English, truncated to 64 bits, base64url: the part of its source URI after the prefix."""
    digest = hashlib.sha256(english.encode("utf-8")).digest()[:8]
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


VERSION = "3"
VERSIONS = ("2", VERSION)


def export_token(fuzzy: bool, text: str, resp: str, block_id: str, english: str) -> str:
    """The token export writes now: `3:BLOCK:HASH:ENGLISH` (a block id is an NCName and base64url has
    no colon), ENGLISH the digest of the English the entry shows."""
    return _token(fuzzy, text, resp, block_id, english_digest(english))


def _token(fuzzy: bool, text: str, resp: str, block_id: str, english: str) -> str:
    data = "\x1f".join((VERSION, block_id, "fuzzy" if fuzzy else "", text, resp, english)).encode("utf-8")
    return f"{VERSION}:{block_id}:{hashlib.sha256(data).hexdigest()[:16]}:{english}"


def _token_2(fuzzy: bool, text: str, resp: str, block_id: str) -> str:
    """The token of files exported before tokens carried their English; read, never written."""
    data = "\x1f".join(("2", block_id, "fuzzy" if fuzzy else "", text, resp)).encode("utf-8")
    return f"2:{block_id}:{hashlib.sha256(data).hexdigest()[:16]}"


def legacy_token(fuzzy: bool, text: str, resp: str) -> str:
    """The token of files exported before tokens named their block; read, never written."""
    data = "\x1f".join(("fuzzy" if fuzzy else "", text, resp)).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:16]


def token_block(token: str) -> str | None:
    """The block a token names, or None for a token of the earliest form (which names none)."""
    parts = token.split(":")
    if len(parts) != {"2": 3, "3": 4}.get(parts[0]):
        return None
    return parts[1] or None


def token_english(token: str) -> str | None:
    """The digest of the English a token's entry was exported with, or None (tokens of version 2 and
    earlier did not carry it)."""
    return token.split(":")[3] if token_block(token) and token.startswith("3:") else None


def token_matches(token: str, block_id: str, fuzzy: bool, text: str, resp: str) -> bool:
    """`token` is what export wrote for this block's slot (fuzzy, text, resp), in any of its forms. The
    English it carries is not compared: an entry is not edited by its English changing."""
    if token_block(token) is None:
        return token == legacy_token(fuzzy, text, resp)
    if token.startswith("2:"):
        return token == _token_2(fuzzy, text, resp, block_id)
    return token == _token(fuzzy, text, resp, block_id, token_english(token))


# what export writes: 16 hex digits (before tokens named their block), 2:BLOCK:HASH, 3:BLOCK:HASH:ENGLISH
WRITTEN = re.compile(r"[0-9a-f]{16}|2:[^:\s]+:[0-9a-f]{16}|3:[^:\s]+:[0-9a-f]{16}:[A-Za-z0-9_-]{11}")


def well_formed(token: str) -> bool:
    """`token` has a form export writes. One cut short, edited by hand or written by a newer version
    matches no slot, so it cannot tell a TEI change from its own damage: import names it."""
    return WRITTEN.fullmatch(token) is not None
