"""The prefixes a navy or a merchant line writes before a ship's name: "USS Galveston", "HMS Revenge".

Why: a ship is no person and no place (tei/ENCODING.md), and `recognize_court.py` knew only the dotted
merchant prefixes ("S.S. Mercator", "H.M.S. Hood", "R.M.S. Aquitania"). A navy's own records write the
prefix without stops ("USS Olympia", "HMS Revenge"), and the recogniser read prefix and name as a
person's forename and surname. The prefixes are the navies' own style (United States Ship, His or Her
Majesty's Ship and the Dominions' forms, Seiner Majestät Schiff), not words taken from any text; each
stands in capitals with a capitalised name after it. "SS" alone is left out: in the period's print it is
as often the Schutzstaffel as a steamship.

Round 46: a navy's and an army's records also set the kind of vessel before its name as a title, with a
capital ("Transport Mercury", "Cruiser Olympia", "the collier Jason"): the kind is the prefix's part, no
person's rank, and the name is the ship's for the rest of the text. The kinds are the navies' classes of
ship (`KINDS`), not words taken from any text.
"""
from __future__ import annotations

# dotted (the merchant forms recognize_court.py read before), then the navies' own style, undotted; the
# dotted United States Ship only before a space ("U.S.S.R." is a state's initials, not a ship's prefix)
DOTTED = (r"S\.S\.", r"H\.M\.S\.", r"R\.M\.S\.", r"U\.S\.S\.(?=\s)")
UNDOTTED = ("USS", "HMS", "HMAS", "HMCS", "HMNZS", "RMS", "SMS")
# a prefix as a regular expression's alternative: the undotted ones as whole words
PREFIX = "|".join((*DOTTED, *(rf"\b{p}\b" for p in UNDOTTED)))
# the kinds of vessel a name follows, capitalised as a title or not ("Transport Mercury", "the cruiser Olympia"):
# the merchant kinds recognize_court.py read before, and the navies' classes of ship (round 46)
KINDS = ("steamer", "steamship", "ship", "vessel", "schooner", "barque", "liner", "transport", "cruiser",
         "destroyer", "battleship", "gunboat", "collier", "minesweeper", "submarine", "frigate", "sloop", "corvette")
# a kind as a regular expression's alternative, singular or plural, its first letter of either case
KIND = "|".join(rf"[{k[0].upper()}{k[0]}]{k[1:]}s?" for k in KINDS)
