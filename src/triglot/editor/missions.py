"""A body sent somewhere, named by where it goes: "the Mission to Persia", "the Field Mission to Northern
Albania", "the Delegation to the Baltic States" (issue #12, round 46).

Why: a run of capitalised words stops at a lower-case "to", so "Mission to Persia" was read as a place alone
and the head word "Mission" as nothing (or "Field Mission" as a body of its own); a mission's, delegation's or
legation's name holds its destination, as "Commission of Inquiry" holds its "of". The cue is the head word
itself, capitalised, right before "to" and a capitalised name (with "the" between or not): a lower-case
"mission to Persia" is a task, no name. The destination keeps its own tag, nested (tagger.py's
`destination_inside`); the words before the head stay the body's when the recogniser read them with it
("Field Mission"), a person's possessive before it stays outside ("Mr. Hale's Mission to Persia").
"""
from __future__ import annotations

import bisect
import itertools
import re

# one body, in the singular: "Missions to Turkey" are missions in general, and an "Expedition to Gallipoli" is a
# campaign, an event the policy leaves untagged (review30)
HEADS = ("Mission", "Delegation", "Legation")
# the head, "to", and one to three capitalised words of the destination (an "of" between: "the Kingdom of Serbs")
MISSION_TO = re.compile(r"(?<![\w’'\-])(?P<head>" + "|".join(HEADS) + r") to (?P<the>the )?"
                        r"(?P<where>[A-Z][\w’'\-]+(?: (?:of )?[A-Z][\w’'\-]+){0,2})(?![\w’'\-])")


# A service's command named by where it serves, as a navy's documents head their letters ("Commander, United States
# Naval Forces in Turkey,", "… Naval Forces Operating in European Waters", "… Naval Detachment in Turkish Waters"):
# the head in the plural or a detachment's, "in" (after "Operating" or not) and one to three capitalised words with
# no article, the name closed by a comma, a full stop, a semicolon, the line's end or a word in lower case (round
# 48; "Detachment" is a body's head word in names/en.json). A unit's station with its article is where it was, not
# its name ("the Special Service Squadron in the Caribbean"); and only a body the recogniser read with a service's
# word in it (`SERVICE`): "the British Forces in Persia were withdrawn" is an army somewhere, no command's name.
COMMAND_HEADS = ("Forces", "Detachment", "Squadron", "Flotilla")
SERVICE = re.compile(r"(?<![\w’'\-])(?:Naval|Military|Marine|Expeditionary|Air)(?![\w’'\-])")
COMMAND_IN = re.compile(r"(?<![\w’'\-])(?P<head>" + "|".join(COMMAND_HEADS) + r")(?: Operating)? in "
                        r"(?P<where>[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2})(?=[,.;:]|[ \t]*$|[ \t]+[a-z])", re.M)


def missions_to(text: str, found: list, mention) -> list:
    """`found` with each "… Mission to X" read as one body: a body the recogniser ended at the head word is
    extended to the destination, a bare head word starts one; mentions inside the new span are left to the
    tagger to nest. `mention(start, end, why)` makes the body's mention.

    In one pass over `found` (hostile42): a list of 4,000 "the Mission to Persia"s read every mention found
    for each of them, three times (30 million looks, most of a 100,000-character text's 47 s). The bodies
    made here never decide a later one: each ends before the next "Mission" begins, and one that a name
    ran across was not made."""
    order = sorted(range(len(found)), key=lambda i: found[i].start)
    starts = [found[i].start for i in order]
    reach = list(itertools.accumulate((found[i].end for i in order), max))
    heads: dict[int, list] = {}          # a body's end -> the bodies ending there, in `found`'s order
    for f in found:
        if f.kind == "org":
            heads.setdefault(f.end, []).append(f)

    def crossed(at: int) -> bool:        # a name found running across `at`
        k = bisect.bisect_left(starts, at)
        return k > 0 and reach[k - 1] > at

    gone, made = set(), []
    for m in itertools.chain(MISSION_TO.finditer(text), COMMAND_IN.finditer(text)):
        start = m.start("head")
        before = [f for f in heads.get(m.end("head"), ()) if f.start < start]
        if m.re is COMMAND_IN:
            before = [f for f in before if SERVICE.search(f.text)]
            if not before:
                continue      # a command is named only after the words the recogniser read as its body
        if before:
            start = min(f.start for f in before)
        end = m.end("where")
        if crossed(start) or crossed(end):
            continue      # a name running across the body's edges: left as read
        k = bisect.bisect_left(starts, start)
        while k < len(starts) and starts[k] <= end:
            if found[order[k]].end <= end:
                gone.add(order[k])
            k += 1
        made.append(mention(start, end, f"a name with “{m['head']} to”, a body named by where it is sent"
                            if m.re is MISSION_TO else f"a name with “{m['head']} in” a place, a service's command"))
    out = [f for i, f in enumerate(found) if i not in gone] + made
    return sorted(out, key=lambda f: f.start)


def destination(org_text: str) -> tuple[int, int] | None:
    """Where in a body's name its destination stands (after "Mission to", "the" left out), or None."""
    m = MISSION_TO.search(org_text) or COMMAND_IN.search(org_text)
    if m is None or m.end("where") != len(org_text):
        return None
    return m.start("where"), m.end("where")


# a commission or mission named after the town it sits in or works for, or a mission after its chief, the name
# right before the head word ("the Danzig Commission", "the Inter-Allied Memel Commission", "the Hoover Mission")
NAMED_HEADS = ("Commission", "Mission")
NAMED_AFTER = re.compile(r"(?:^|(?<= ))(?P<word>[A-Z][a-z][\w’'\-]*) (?P<head>" + "|".join(NAMED_HEADS) + r")$")


def named_after(org_text: str, is_place, is_ordinary, is_person=lambda word: False,
                is_surname=lambda word: False) -> tuple[int, int, str] | None:
    """(start, end, kind) in a body's name of the town or chief it is named after, or None.

    Why: a field body set up for one town or led by one man is called after it or him ("the Danzig
    Commission", "the Hoover Mission"), and the town or the man is named in that name as anywhere else.
    A person the text or a register already names (`is_person`) is the chief before either head ("the
    Hunter Commission" after General Hunter). Otherwise the town is one GeoNames knows (`is_place`) and
    no common surname the text has not named as a place (`is_surname`): GeoNames holds many surnames as
    towns ("Hoover", "Wilson"); "Memel", "Danzig", "Tiflis" are no surnames. The chief is read otherwise only before "Mission", when
    his name is no ordinary word nor a people's (`is_ordinary`: "Field Mission", "Polish Mission"), and
    only where the name is those two words alone: a bare surname before "Commission" is as often a
    place's ("Rhineland Commission"), and a body's longer name keeps its words ("Near East Relief
    Commission")."""
    m = NAMED_AFTER.search(org_text)
    if m is None or is_ordinary(m["word"]):
        return None
    if is_person(m["word"]):
        return m.start("word"), m.end("word"), "person"
    if is_place(m["word"]) and not is_surname(m["word"]):
        return m.start("word"), m.end("word"), "place"
    if m["head"] == "Mission" and m.start("word") == 0:
        return m.start("word"), m.end("word"), "person"
    return None
