"""The header's pointer patterns (prefixDef, cRefPattern), without evaluating a user's regular expression.

Why: a `matchPattern` is a regular expression written in the file, and a
pattern such as `(a+)+$` takes exponential time on a short pointer. So a
pattern is only used when it has one of the plain forms this edition writes:
literal characters and at most MAX_REPEATS repeated parts, each a single
character, a class such as `[a-z0-9\\-]`, `\\S`, `\\w`, `\\d` or `.`, grouped
by unnested parentheses, with no alternation, back-reference or repeated
group. Such a pattern is matched in polynomial time on a pointer of at most
MAX_POINTER characters. Anything else is refused with a message naming what
is not supported. The replacement may only hold text and `$1`…`$9`.
"""
from __future__ import annotations

import re
from functools import lru_cache

MAX_REPEATS = 2
MAX_POINTER = 256
_LITERAL_ESCAPES = set("-.#/:_~\\()[]+*?{}$^|")
_CLASS_SHORTHANDS = set("Sswd")


class PatternError(ValueError):
    """A pattern of a form this edition does not evaluate."""


@lru_cache(maxsize=256)
def compile_match(pattern: str) -> tuple[re.Pattern, int]:
    """(compiled pattern, number of groups), or PatternError saying why it is refused."""
    groups, repeats, i, depth = 0, 0, 0, 0
    n = len(pattern)
    if n == 0:
        raise PatternError("the matchPattern is empty")
    if n > 200:
        raise PatternError(f"the matchPattern has {n} characters; at most 200 are supported")
    while i < n:
        c = pattern[i]
        if c == "(":
            if depth:
                raise PatternError(f"nested group at character {i + 1}; groups cannot be nested")
            if pattern.startswith("(?", i):
                raise PatternError(f"'(?' at character {i + 1}: extensions are not supported")
            depth, groups, i = 1, groups + 1, i + 1
            continue
        if c == ")":
            if not depth:
                raise PatternError(f"')' at character {i + 1} closes no group")
            depth, i = 0, i + 1
            if i < n and pattern[i] in "+*?{":
                raise PatternError(f"a repeated group at character {i + 1}; only single characters or "
                                   "classes may repeat")
            continue
        i = _atom_end(pattern, i)
        if i < n and pattern[i] in "+*?{":
            if pattern[i] == "{":
                raise PatternError(f"'{{' at character {i + 1}: counted repeats are not supported")
            if pattern[i] in "+*":
                repeats += 1
            i += 1
            if i < n and pattern[i] in "+*?{":
                raise PatternError(f"a repeat of a repeat at character {i + 1}")
    if depth:
        raise PatternError("a group is not closed")
    if repeats > MAX_REPEATS:
        raise PatternError(f"{repeats} repeated parts; at most {MAX_REPEATS} are supported")
    try:
        return re.compile(pattern), groups
    except re.error as exc:
        raise PatternError(f"not a regular expression: {exc}") from None


def _atom_end(pattern: str, i: int) -> int:
    """Index after the single-character atom at `i` (a literal, an escape, a class or '.')."""
    c = pattern[i]
    if c == "\\":
        nxt = pattern[i + 1:i + 2]
        if nxt in _CLASS_SHORTHANDS or nxt in _LITERAL_ESCAPES:
            return i + 2
        raise PatternError(f"the escape '\\{nxt}' at character {i + 1} is not supported")
    if c == "[":
        j = i + 1
        if pattern[j:j + 1] == "^":
            j += 1
        while j < len(pattern) and pattern[j] != "]":
            if pattern[j] == "[":
                raise PatternError(f"'[' inside a class at character {j + 1}")
            j += 2 if pattern[j] == "\\" else 1
        if j >= len(pattern):
            raise PatternError(f"the class opened at character {i + 1} is not closed")
        return j + 1
    if c in "|":
        raise PatternError(f"alternation '|' at character {i + 1} is not supported")
    if c in "+*?{}]":
        raise PatternError(f"'{c}' at character {i + 1} repeats nothing")
    return i + 1


def check_replacement(replacement: str, groups: int) -> None:
    """PatternError unless `replacement` is text with `$N` for groups that exist."""
    if "\\" in replacement:
        raise PatternError("a backslash in the replacementPattern is not supported")
    for m in re.finditer(r"\$(\d+)?", replacement):
        if m.group(1) is None or not 1 <= int(m.group(1)) <= groups:
            raise PatternError(f"'{m.group(0)}' in the replacementPattern names no group of the matchPattern "
                               f"(it has {groups})")


def expand(match_pattern: str, replacement: str, pointer: str) -> str | None:
    """The pointer expanded, None if it does not match; PatternError for an unsupported pattern."""
    compiled, groups = compile_match(match_pattern)
    parts = _replacement_parts(replacement, groups)
    if len(pointer) > MAX_POINTER:
        return None
    m = compiled.fullmatch(pointer)
    if m is None:
        return None
    return "".join(part if i % 2 == 0 else m.group(int(part)) or "" for i, part in enumerate(parts))


@lru_cache(maxsize=256)
def _replacement_parts(replacement: str, groups: int) -> tuple[str, ...]:
    """The replacement checked (check_replacement) and split at each `$D` into text and group
    digits, alternately, once per pattern: validation expands every block id and pointer of a
    document by its header's patterns, and checking and substituting each one anew (a regular
    expression search and a substitution with a Python callback) was about 0.5 ms a document."""
    check_replacement(replacement, groups)
    return tuple(re.split(r"\$(\d)", replacement))


def problem(match_pattern: str, replacement: str) -> str | None:
    """Why the pattern pair is refused, or None when it is supported."""
    try:
        _, groups = compile_match(match_pattern)
        check_replacement(replacement, groups)
    except PatternError as exc:
        return str(exc)
    return None
