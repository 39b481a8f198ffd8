"""Which nodes of a document could make the project's Schematron rules report anything.

Why: starting Saxon and compiling the rules costs 0.3-0.4 s per process, more than the
rest of a one-document revalidation, and nearly every document passes every rule. The
rules are read from the compiled Schematron (the stylesheet Saxon runs), and each becomes
an XPath 1.0 query lxml answers in microseconds: the nodes its context matches on which
an assertion fails or a report fires. Saxon runs only when a query finds a node, and then
it alone decides what is reported, so the findings are Saxon's in every case.

The queries may find too much, never too little. A rule test is used only when it is made
of XPath that means the same in 1.0 and 3.0 (paths, `and`, `or`, `not()`, `|`, comparisons
of nodes with quoted strings, `count(…) > n` and a few string functions); any other test
(`eq`, `cast as`, variables, `id()`, numbers) counts as failing wherever the context matches.
A context that is not XPath 1.0 loses its predicates; a rule shaped in any other way, or a
stylesheet this module does not understand, makes every document a candidate.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lxml import etree

XSL = "{http://www.w3.org/1999/XSL/Transform}"
SVRL = "{http://purl.oclc.org/dsdl/svrl}"
NS = {"tei": "http://www.tei-c.org/ns/1.0"}

STRING_FUNCTIONS = {"normalize-space", "local-name", "name", "string"}
SINGLE_ARGUMENTS = STRING_FUNCTIONS | {"starts-with", "contains"}
FUNCTIONS = STRING_FUNCTIONS | {"not", "starts-with", "contains", "true", "node", "text", "comment"}
XPATH2_WORDS = {"eq", "ne", "lt", "le", "gt", "ge", "if", "then", "else", "cast", "castable", "instance",
                "treat", "every", "some", "satisfies", "for", "return", "to", "is", "except", "intersect",
                "div", "mod", "idiv", "as", "of", "in"}
COUNTED = re.compile(r"count\(\s*[\w:@./*\-\s|]*\)\s*(?:>=|<=|>|<|!=|=)\s*\d+")
VARIABLE_FUNCTIONS = STRING_FUNCTIONS | {"tokenize", "concat"}
POSITION = re.compile(r"\[\s*\d+\s*\]")
# `eq`/`ne` between one string and a quoted string are `=`/`!=`: an attribute (at most one) or a
# string function's result on the left
STRING_EQ = re.compile(r"""((?:^|(?<=[\[(\s]))@[\w.\-:]+|\b(?:normalize-space|local-name|name|string)\(\s*[.@\w:\-]*\s*\))"""
                       r"""\s+(eq|ne)\s+('[^']*'|"[^"]*"|\$[\w\-]+)""")
ONE_STRING = re.compile(r"(?:normalize-space|local-name|name|string)\(\s*[.@\w:\-]*\s*\)")
TOKEN = re.compile(r"""'[^']*'|"[^"]*"|\$|[A-Za-z_][\w.\-]*(?::[A-Za-z_*][\w.\-]*)?|\d+(?:\.\d+)?|::|//|!=|>=|<=|\S""")
ALWAYS = "always"


def needs_saxon(rules, tree) -> bool:
    """Whether any rule could report something on `tree` (`rules`: from `compiled`). The names
    the document uses are gathered in one walk first: a rule whose context needs an element or
    attribute the document lacks is not asked (27 queries each walking the document cost more
    than the rest of its check). The same walk keeps the elements a simple context
    (`//tei:p`, `//tei:*[@when]`) selects, so that such a rule tests only those, not the
    whole document again: this gate's queries were a quarter of a cold validation's time."""
    if rules == ALWAYS:
        return True
    picked = {rule.key for rule in rules if rule.key is not None}
    tags, attributes, nodes = set(), set(), {}
    # elements only (comments and instructions have no name a rule needs; lxml filters them in
    # C), and each one's attribute names without asking for its attribute mapping first
    for el in tree.iter(etree.Element):
        tag = el.tag
        tags.add(tag)
        if tag in picked:
            nodes.setdefault(tag, []).append(el)
        for name in el.keys():
            attributes.add(name)
            if "@" + name in picked:
                nodes.setdefault("@" + name, []).append(el)
    return any(rule.found(tree, nodes) for rule in rules
               if rule.needs is None or not rule.needs.isdisjoint(tags) or not rule.needs.isdisjoint(attributes))


class Rule:
    """One rule's candidates: a query on the document, or, when its tests read the rule's
    string variables (`name(.)`), the context's nodes on which the condition holds with the
    variables taken on each node, as the rule's own `xsl:variable`s are. A context that starts
    with one element name or one attribute's presence (`//tei:list[…]`, `//tei:*[@when]`) has a
    `key` (`{ns}list`, `@when`): its nodes come from the caller's walk, in document order, and
    only they are asked the rest of the query."""

    def __init__(self, context: str, condition: str | None, variables: dict[str, str]):
        self.needs = needs(context)
        self.condition = None
        if variables and condition:
            self.query = etree.XPath(context, namespaces=NS)
            self.condition = etree.XPath(condition, namespaces=NS)
            self.variables = {name: etree.XPath(select, namespaces=NS) for name, select in variables.items()}
        else:
            self.query = etree.XPath(f"({context})[{condition}]" if condition else context, namespaces=NS)
        self.key, rest = simple_key(context)
        if self.condition is None and condition:
            rest += f"[{condition}]"
        self.picked = etree.XPath(f"$nodes{rest}", namespaces=NS) if self.key and rest else None

    def found(self, tree, nodes: dict | None = None) -> bool:
        if self.key is not None and nodes is not None:
            context = nodes.get(self.key, [])
            if context and self.picked is not None:
                context = self.picked(tree, nodes=context)
        else:
            context = self.query(tree)
        if self.condition is None:
            return bool(context)
        return any(self.condition(node, **{name: v(node) for name, v in self.variables.items()}) for node in context)


FIRST_NAME = re.compile(r"//tei:([A-Za-z_][\w.\-]*)")
FIRST_ATTRIBUTE = re.compile(r"//tei:\*\[\s*@([A-Za-z_][\w.\-]*)\s*\]")
# //tei:*[starts-with(@a, 'x')]: only elements with @a (an absent one is '', which starts with
# no non-empty string); the predicate stays in the rest of the query
FIRST_TEST = re.compile(r"//tei:\*(?=\[\s*(?:starts-with|contains)\(\s*@([A-Za-z_][\w.\-]*)\s*,\s*'[^']+'\s*\)\s*\])")


def simple_key(context: str) -> tuple[str | None, str]:
    """(`{ns}name` for a context `//tei:name[…]`, `@name` for `//tei:*[@name][…]` or
    `//tei:*[starts-with(@name, '…')]…`, the predicates that follow), or (None, "") for any
    other context."""
    text = context.strip()
    for pattern, key in ((FIRST_NAME, "{%s}%%s" % NS["tei"]), (FIRST_ATTRIBUTE, "@%s"), (FIRST_TEST, "@%s")):
        first = pattern.match(text)
        if first:
            rest = text[first.end():]
            if not rest or _predicates(rest):
                return key % first.group(1), rest
    return None, ""


NAMED_STEP = re.compile(r"//tei:([A-Za-z_][\w.\-]*)")
ANY_TEI = re.compile(r"//tei:\*")
HAS_ATTRIBUTE = re.compile(r"\s*@([A-Za-z_][\w.\-]*)\s*(?:and\b.*)?", re.S)


def needs(context: str) -> frozenset | None:
    """Names one of which a document must use for `context` to match anything: Clark-notation
    element names and plain attribute names; None when no such names are known."""
    out = set()
    for alt in _split_top(context, "|"):
        alt = alt.strip()
        if alt.startswith("("):         # (a | b)[…]: the names of a or b
            inner = needs(alt[1:_closing(alt, 0)])
            if inner is None:
                return None
            out |= inner
            continue
        named = NAMED_STEP.match(alt)
        if named:
            out.add(f"{{{NS['tei']}}}{named.group(1)}")
            continue
        wild = ANY_TEI.match(alt)
        found = None
        if wild:
            rest = alt[wild.end():]
            while rest.startswith("[") and found is None:
                close = _closing(rest, 0)
                inner = rest[1:close]
                attr = HAS_ATTRIBUTE.fullmatch(inner)
                if attr and len(_split_top(inner, " or ")) == 1:
                    found = attr.group(1)
                rest = rest[close + 1:]
        if found is None:
            return None
        out.add(found)
    return frozenset(out)


@lru_cache(maxsize=4)
def compiled(version) -> tuple | str:
    """The candidate rules of the compiled Schematron at `version` (schema.stamp), or ALWAYS."""
    try:
        xsl = etree.parse(str(Path(version[0]))).getroot()
    except (OSError, etree.XMLSyntaxError):
        return ALWAYS
    if any(el.get("xpath-default-namespace") is not None for el in xsl.iter(XSL + "*")):
        return ALWAYS                        # unprefixed names would mean other things here
    rules = []
    for template in xsl.iter(XSL + "template"):
        if next(template.iter(SVRL + "failed-assert", SVRL + "successful-report"), None) is None:
            continue
        shape = rule_shape(template)
        if shape is None:
            return ALWAYS
        try:
            rules.append(Rule(*shape))
        except etree.XPathSyntaxError:
            return ALWAYS
    return tuple(rules)


def rule_query(template) -> str | None:
    """The whole XPath 1.0 query of one rule template (its variables unbound), or None."""
    shape = rule_shape(template)
    if shape is None:
        return None
    context, condition, _ = shape
    return f"({context})[{condition}]" if condition else context


def rule_shape(template) -> tuple[str, str | None, dict] | None:
    """(context query, condition on a context node or None, string variables the condition
    reads {name: select}) of one rule template, or None when its shape is not understood."""
    context = context_query(template.get("match") or "")
    if context is None:
        return None
    failing, loose, strings = [], False, {}
    for child in template:
        if not isinstance(child.tag, str):
            continue                         # comments
        if child.tag == XSL + "variable":
            # a test reading it is not XPath 1.0 (it counts as failing) unless it is one string
            # (`name(.)`); one that may raise an error (a cast) leaves the context alone to decide
            select = " ".join((child.get("select") or "").split())
            if ONE_STRING.fullmatch(select) and child.get("name"):
                strings[child.get("name")] = select
            loose = loose or not _cannot_fail(select)
        elif child.tag == XSL + "choose" and _is_assert(child):
            test = same_in_xpath1(child[0].get("test"), strings)
            failing.append(f"not({test})" if test else "true()")
        elif child.tag == XSL + "if" and child.find(SVRL + "successful-report") is not None:
            # a report fires only where each of its top-level conditions holds: those that
            # are the same in XPath 1.0 narrow the candidates; the others are left out
            parts = [same_in_xpath1(part, strings)
                     for part in _split_top(" ".join((child.get("test") or "").split()), " and ")]
            known = [f"({part})" for part in parts if part]
            failing.append(f"({' and '.join(known)})" if known else "true()")
        else:
            return None
    if loose or not failing or "true()" in failing:
        return context, None, {}
    condition = " or ".join(failing)
    used = {name: select for name, select in strings.items() if f"${name}" in condition}
    return context, condition, used


def _cannot_fail(select: str) -> bool:
    """Whether a variable's expression cannot raise an error: paths, quoted strings and
    string functions only (no cast, no arithmetic, no other prefix than tei:)."""
    tokens = TOKEN.findall(select)
    for i, tok in enumerate(tokens):
        call = i + 1 < len(tokens) and tokens[i + 1] == "("
        if tok in ("(", ")", ",", "[", "]", "/", "//", "::", "@", ".", "|") or tok[0] in "'\"":
            continue
        if call and tok in VARIABLE_FUNCTIONS:
            continue
        if tok[0].isalpha() and not call and tok not in XPATH2_WORDS and (":" not in tok or tok.startswith("tei:")):
            continue
        return False
    return bool(tokens)


def _is_assert(choose) -> bool:
    parts = [c for c in choose if isinstance(c.tag, str)]
    return (len(parts) == 2 and parts[0].tag == XSL + "when" and parts[1].tag == XSL + "otherwise"
            and len(parts[0]) == 0 and parts[1].find(SVRL + "failed-assert") is not None)


def context_query(match: str) -> str | None:
    """A select expression for the nodes an XSLT match pattern matches (or more), in XPath 1.0."""
    for pattern in (match, _without_predicates(match)):
        if same_in_xpath1(pattern) is None:
            continue
        text = _select(" ".join(pattern.split()))
        if text is not None and _compiles(text):
            return text
    return None


def _select(pattern: str) -> str | None:
    alternatives = _split_top(pattern, "|")
    out = []
    for alt in alternatives:
        alt = alt.strip()
        if not alt or alt.startswith(("/", "@")) or re.match(r"(id|key|doc|root)\s*\(", alt):
            return None
        if alt.startswith("("):
            close = _closing(alt, 0)
            rest = alt[close + 1:].strip()
            inner = _select(alt[1:close])
            # (a | b)[…]: predicates on each node; a position would count in another sequence
            if inner is None or rest and (not _predicates(rest) or POSITION.search(rest)):
                return None
            out.append(f"({inner}){rest}")
        else:
            out.append("//" + alt)
    return " | ".join(out)


def _predicates(text: str) -> bool:
    """Whether `text` is only predicates: [..][..]."""
    i = 0
    while i < len(text):
        if text[i] != "[":
            return False
        i = _closing(text, i) + 1
        while i < len(text) and text[i] == " ":
            i += 1
    return True


def _without_predicates(pattern: str) -> str:
    out, depth, quote = [], 0, None
    for ch in pattern:
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"":
            quote = ch if depth else None
        elif ch == "[":
            depth += 1
            continue
        elif ch == "]":
            depth -= 1
            continue
        if not depth:
            out.append(ch)
    return "".join(out)


def _unquoted(text: str, start: int = 0):
    """(index, character, bracket depth) of each character of `text` from `start` that is not inside
    a string literal; a bracket counts in the depth it opens or closes."""
    depth, quote = 0, None
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            quote = None if ch == quote else quote
            continue
        if ch in "'\"":
            quote = ch
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        yield i, ch, depth


def _split_top(text: str, sep: str) -> list[str]:
    parts, start = [], 0
    for i, ch, depth in _unquoted(text):
        if i >= start and depth == 0 and ch not in "()[]" and text.startswith(sep, i):
            parts.append(text[start:i])
            start = i + len(sep)
    return parts + [text[start:]]


def _closing(text: str, start: int) -> int:
    for i, ch, depth in _unquoted(text, start):
        if ch in ")]" and depth == 0:
            return i
    return len(text)


def same_in_xpath1(test: str | None, strings=()) -> str | None:
    """`test` if it means the same in XPath 1.0 as in XPath 3.0, else None; `strings`: the
    names of the rule's variables that hold one string."""
    if not test:
        return None
    test = _string_eq(" ".join(test.split()), strings)
    rest = COUNTED.sub("true()", test)      # count(…) > n: a number against a number in both
    rest = POSITION.sub("[true()]", rest)   # [1]: a position in both
    tokens = TOKEN.findall(rest)
    for i, tok in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        before = tokens[i - 1] if i else ""
        if tok == "$" and after in strings:
            continue
        if tok in ("$", "<", ">", "<=", ">=", "+", "-") or tok[0].isdigit():
            return None                     # numbers and order compare otherwise in 3.0
        if tok == "*" and before not in ("/", "//", "::", "(", "[", "|", "@", ""):
            return None                     # a product, not a name test
        if tok in ("=", "!=") and not (_string_side(tokens, i - 1, -1) and _string_side(tokens, i + 1, 1)):
            return None
        if tok[0].isalpha() or tok[0] == "_":
            if after == "(" and tok not in FUNCTIONS:
                return None
            if after == "(" and tok in SINGLE_ARGUMENTS and not _single_arguments(tokens, i + 1):
                return None                 # 1.0 takes the first of several nodes; 3.0 raises an error
            if tok in XPATH2_WORDS and before not in ("@", "::", "/", "//", "(", "|", "[", ""):
                return None
            if ":" in tok and not tok.startswith("tei:") and after != "::":
                return None
    return test if _compiles(test) else None


def _single_arguments(tokens, open_at: int) -> bool:
    """Whether the arguments of the call opened at `open_at` are each one item at most: `.`,
    an attribute of the context node, a quoted string or a string variable."""
    for j in range(open_at + 1, len(tokens)):
        tok, before = tokens[j], tokens[j - 1]
        if tok == ")":
            return True
        if tok in (".", "@", ",", "$") or tok[0] in "'\"" or before in ("@", "$") and tok[0].isalpha():
            continue
        return False
    return False


def _string_eq(test: str, strings=()) -> str:
    def one(m):
        right = m.group(3)
        if right.startswith("$") and right[1:] not in strings:
            return m.group(0)
        return f"{m.group(1)} {'=' if m.group(2) == 'eq' else '!='} {right}"
    return STRING_EQ.sub(one, test)


def _string_side(tokens, i: int, step: int) -> bool:
    """Whether the operand of = or != next to token i is a path, a quoted string or a string
    function's result (booleans and numbers compare otherwise in 3.0)."""
    if not 0 <= i < len(tokens):
        return False
    tok = tokens[i]
    if tok == ")" and step < 0:
        depth, j = 0, i
        while j >= 0:
            depth += tokens[j] == ")"
            depth -= tokens[j] == "("
            if depth == 0:
                break
            j -= 1
        name = tokens[j - 1] if j > 0 else ""
        return name in STRING_FUNCTIONS or name in ("", "(", "|", "[", "and", "or")
    if step > 0 and i + 1 < len(tokens) and tokens[i + 1] == "(":
        return tok in STRING_FUNCTIONS
    if tok == "(" and step > 0:
        return True                         # a parenthesised path; what it holds is checked token by token
    return tok[0] in "'\"@.$" or tok[0].isalpha() and tok not in ("and", "or")


def _compiles(text: str) -> bool:
    try:
        etree.XPath(text, namespaces=NS)
    except etree.XPathSyntaxError:
        return False
    return True
