"""A cable's address in a message's routing head: a registered code word and the town it is wired to, "To Amcross
Geneva", "Secstate Washington." (issue #12, round 48).

Why: a navy's and a foreign office's cablegrams are headed by their routing lines, where the addressee is the code
word the telegraph company registered for an office (the Office of Naval Operations wired as one word, an embassy
as another) and the town it stands in. Two capitalised words alone on a line are what a person's name looks like,
and the recogniser read the pair as a forename and a surname ("Amcross Geneva" a person). The pair is a body and a
place: the code word names the office (the sets' gold takes it as a body, as test45's "Amexforces"), the town is the
town.

The cue: a text that calls itself a cable or a telegram (its caller, the recogniser, reads a text's blocks one at
a time and asks this only after a block has said so: a line of it opens with the word, "CABLEGRAM RECEIVED",
"Cablegram Sent", "Telegram received."; a paper's prose that only mentions one, "came by cable", "By Cable.", is
none, and its heading "Starving Armenia" no address: review32); a line holding, after "To" or not, one capitalised
word and a town the gazetteer knows, and nothing after them on the line but a full stop or a run of spaces before the
next field ("Serial No. …"); the code word no given name, no listed surname, no ordinary word and no place. The same
pair anywhere else in that text is the same address ("filed for Amcross Geneva (received …)").
"""
from __future__ import annotations

import re

MESSAGE = re.compile(r"(?im)^[ \t]*(?:cablegram|cable|telegram|radiogram)s?\b")
ADDRESS_LINE = re.compile(r"^[ \t]*(?:To[ \t]+)?(?P<code>[A-Z][a-z]{3,})[ \t]+(?P<town>[A-Z][a-z]{2,})\.?"
                          r"(?=[ \t]{2,}\S|[ \t]*$)", re.M)
# a code word and a town where they may stand anywhere in the text, as the address's words alone (zero-width, so that
# a pair overlapping the one before is read too)
ANY_PAIR = re.compile(r"(?<![\w’'\-])(?=(?P<code>[A-Z][a-z]{3,}) (?P<town>[A-Z][a-z]{2,})(?![\w’'\-]))")


def cable_addresses(text: str, gazetteer, is_common, is_forename, is_surname,
                    pairs: set[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, why) of each code word ("org") and its town ("place") in a cable's address, in a text
    (or a block of one) its caller has seen call itself a cable; `pairs` holds the addresses read so far in that
    text, and takes those read here."""
    for m in ADDRESS_LINE.finditer(text):
        code, town = m["code"], m["town"]
        if is_common(code) or is_forename(code) or is_surname(code) or gazetteer.place(code) is not None:
            continue
        if gazetteer.place(town) is None:
            continue
        pairs.add((code, town))
    out = []
    if not pairs:
        return out
    # every pair of words of the addresses' shapes, read once (overlapping pairs too: "Amcross Paris Geneva"),
    # and those read as an address taken: a text of 5,000 address lines was read once for each of them, a
    # pattern compiled for each (100,000 characters: 27 CPU-s, hostile44)
    for m in ANY_PAIR.finditer(text):
        code, town = m["code"], m["town"]
        if (code, town) in pairs:
            at = m.start()
            out.append((at, at + len(code), "org", "a cable's address: the code word of the office wired to"))
            out.append((m.end("town") - len(town), m.end("town"), "place", "a cable's address: the town after the office's code word"))
    return sorted(out)
