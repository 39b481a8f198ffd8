"""print.pot holds exactly the strings the books look up (issue #20, notes23 item 3).

ui.pot and editor.pot are extracted from the code (test_ui_templates_are_current). print.pot is
kept by hand, because the books reach their strings by key: the stylesheets call
b:ui / b:ui-in / b:ui-all(context, 'msgid', lang) (a literal, or a variable holding one), the print
code calls book.ui(root, lang, msgid) (a literal, a conditional of two, or a name bound to a constant),
and a date's connecting words ("from {date}") come from i18n's date phrases in the "print" domain.
Nothing checked the hand-kept template against those look-ups: a key added to a stylesheet and not to
print.pot reaches no translator (a new language's catalog, made from the template by `triglot new` or
msginit, lacks it, and the build stops on it), and a key no code asks for any more is work for
translators for nothing. This test reads every look-up from the source (Python's ast, the stylesheets'
calls) and holds print.pot to them in both directions."""
from __future__ import annotations

import ast
import inspect
import re

import polib
import pytest

from conftest import ROOT

PRINT_XSLT = [ROOT / "xslt" / "print.xsl", *sorted((ROOT / "xslt" / "modules").glob("print-*.xsl"))]
PRINT_CODE = sorted((ROOT / "src" / "triglot" / "print").glob("*.py"))
CALL = re.compile(r"b:ui(?:-in|-all)?\(\s*(?:[^,()]|\([^()]*\))+,\s*(?:'([^']*)'|\$([\w-]+))")


def stylesheet_keys(text: str, where: str = "") -> set[str]:
    """The keys a stylesheet's b:ui calls look up: literals, and variables bound to a literal."""
    variables = dict(re.findall(r"<xsl:variable\s+name=\"([\w-]+)\"\s+select=\"'([^']*)'\"", text))
    # the look-up functions themselves (print-common.xsl) pass their own parameter on: their callers are read
    params = set(re.findall(r"<xsl:param\s+name=\"([\w-]+)\"", text))
    keys = set()
    for literal, variable in CALL.findall(text):
        if variable in params:
            continue
        if variable:
            assert variable in variables, f"{where}: b:ui(…, ${variable}): the variable is no literal this test can read"
            literal = variables[variable]
        keys.add(literal)
    return keys


def _values(node, names) -> set[str]:
    """The strings an expression can give: a literal, either branch of a conditional (not its test),
    a name resolved by `names`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _values(node.body, names) | _values(node.orelse, names)
    if isinstance(node, ast.Name):
        return names(node.id)
    return set()


def code_keys(source: str, constants: dict[str, str], where: str = "") -> set[str]:
    """The msgids `ui(root, lang, MSGID)` (or `book.ui(…)`) is given in Python: string literals of the
    third argument, and names bound to a constant (module-level, or a local assigned from them)."""
    tree = ast.parse(source)
    keys = set()
    for func in [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.Module))]:
        local: dict[str, set[str]] = {}
        for n in ast.walk(func):
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                local.setdefault(n.targets[0].id, set()).update(
                    _values(n.value, lambda x: {constants[x]} if x in constants else set()))
        for n in ast.walk(func):
            if not (isinstance(n, ast.Call) and len(n.args) == 3 and
                    ((isinstance(n.func, ast.Name) and n.func.id == "ui") or
                     (isinstance(n.func, ast.Attribute) and n.func.attr == "ui"))):
                continue
            found = _values(n.args[2], lambda x: {constants[x]} if x in constants else local.get(x, set()))
            assert found, f"{where}:{n.lineno}: ui(…) with a msgid this test cannot read"
            keys |= found
    return keys


def module_constants(paths) -> dict[str, str]:
    out = {}
    for path in paths:
        for n in ast.parse(path.read_text("utf-8")).body:
            if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str):
                for t in n.targets:
                    if isinstance(t, ast.Name):
                        out[t.id] = n.value.value
    return out


def date_words() -> set[str]:
    """The connecting words of date phrases (i18n._format_parts's word(…)), which the books look up in
    their own domain (format_date_expr(…, "print"))."""
    from triglot import i18n
    tree = ast.parse(inspect.getsource(i18n._format_parts))
    return {c.args[0].value for c in ast.walk(tree)
            if isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id == "word"
            and c.args and isinstance(c.args[0], ast.Constant)}


def own_keys() -> set[str]:
    """Keys print.xsl is handed that are not catalog strings (the book's title, the edition's
    statement, the language a column's strings are in): book.strings_element adds them itself."""
    from triglot.print import book
    source = inspect.getsource(book.strings_element)
    return set(re.findall(r'key="([\w-]+)"', source)) | {book.BOOK_TITLE}


def looked_up() -> set[str]:
    keys = set()
    for path in PRINT_XSLT:
        keys |= stylesheet_keys(path.read_text("utf-8"), str(path.relative_to(ROOT)))
    constants = module_constants(PRINT_CODE)
    for path in PRINT_CODE:
        keys |= code_keys(path.read_text("utf-8"), constants, str(path.relative_to(ROOT)))
    return (keys | date_words()) - own_keys()


def template() -> set[str]:
    return {m.msgid for m in polib.pofile(str(ROOT / "translations" / "ui" / "print.pot"))}


def test_every_key_the_books_look_up_is_in_print_pot():
    missing = looked_up() - template()
    assert not missing, f"looked up by the print stylesheets or code but not in translations/ui/print.pot: {sorted(missing)}"


def test_print_pot_has_no_key_nothing_looks_up():
    unused = template() - looked_up()
    assert not unused, f"in translations/ui/print.pot but looked up by nothing: {sorted(unused)}"


def test_every_language_catalog_has_the_templates_keys():
    for lang in ("en", "ru", "hy"):
        po = polib.pofile(str(ROOT / "translations" / "ui" / lang / "LC_MESSAGES" / "print.po"))
        assert template() <= {m.msgid for m in po if not m.obsolete}, lang


@pytest.mark.parametrize("text, key", [
    ("<xsl:sequence select=\"b:ui-all(., 'Footnotes', $langs)\"/>", "Footnotes"),
    ("<xsl:sequence select=\"b:ui-in(key('x', $k), 'Index of bodies', $lang)\"/>", "Index of bodies"),
    ("<xsl:variable name=\"said\" select=\"'A sentence.'\"/><xsl:value-of select=\"b:ui($front, $said, $lang)\"/>", "A sentence."),
])
def test_a_new_stylesheet_key_is_seen(text, key):
    """The reading can fail: a key added to a stylesheet is found, so a template without it fails above."""
    assert stylesheet_keys(text) == {key}


def test_a_new_code_key_is_seen():
    source = 'FOOT = "Footnotes"\ndef f(root, lang, x):\n    k = FOOT if x else "Endnotes"\n    return ui(root, lang, k)\n'
    assert code_keys(source, {"FOOT": "Footnotes"}) == {"Footnotes", "Endnotes"}
