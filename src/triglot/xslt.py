"""Saxon (saxonche) for every XSLT: one processor per process, stylesheets compiled once."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from triglot.problems import InputError, Problem


@lru_cache(maxsize=1)
def processor():
    from saxonche import PySaxonProcessor
    return PySaxonProcessor(license=False)


@lru_cache(maxsize=32)
def compile_stylesheet(path: Path):
    """Compile an XSLT 3.0 stylesheet once; errors name the stylesheet."""
    xslt = processor().new_xslt30_processor()
    try:
        return xslt.compile_stylesheet(stylesheet_file=str(path))
    except Exception as exc:  # saxonche raises PySaxonApiError
        raise InputError([Problem(str(path), 0, "xslt", str(exc))]) from None


def transform_to_string(executable, xml: bytes | str, base_uri: str = "file:///in.xml",
                        params: dict | None = None) -> str:
    """Run a compiled stylesheet on an XML string and return the result as text."""
    proc = processor()
    text = xml.decode("utf-8") if isinstance(xml, bytes) else xml
    node = proc.parse_xml(xml_text=text)
    executable.clear_parameters()
    for name, value in (params or {}).items():
        executable.set_parameter(name, _value(value))
    executable.set_global_context_item(xdm_item=node)
    return executable.transform_to_string(xdm_node=node)


def _value(value):
    proc = processor()
    if isinstance(value, bool):
        return proc.make_boolean_value(value)
    if isinstance(value, int):
        return proc.make_integer_value(value)
    return proc.make_string_value(str(value))
