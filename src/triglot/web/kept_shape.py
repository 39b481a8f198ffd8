"""Whether data kept in the web cache has the JSON types its readers index.

A kept file is found by its key (a digest of what it was made from), which says that it was
made for these inputs, not that it holds what the build wrote: a file written by another hand
or program under the right key, with a string where a list was, stopped the build with a
traceback (search-data.json, the register tables). Kept data that does not fit is a cache that
does not check out: made again, as a cold build makes it.

A shape is a type (str, int, float, bool, NUMBER, ANY), [shape] for a list of it, (shape, …)
for a list of that many, {str: shape} for an object of any keys, or {"key": shape, …} for an
object that has at least those keys.
"""
from __future__ import annotations

NUMBER = "number"   # an int or a float, not true or false
ANY = "any"
OPTIONAL_NUMBER = "number or null"


def fits(value, shape) -> bool:
    if shape == ANY:
        return True
    if shape == NUMBER or shape == OPTIONAL_NUMBER:
        return (value is None and shape == OPTIONAL_NUMBER) or \
            (isinstance(value, (int, float)) and not isinstance(value, bool))
    if isinstance(shape, type):
        return isinstance(value, shape) and (shape is bool or not isinstance(value, bool))
    if isinstance(shape, list):
        return isinstance(value, list) and all(fits(v, shape[0]) for v in value)
    if isinstance(shape, tuple):
        return isinstance(value, list) and len(value) == len(shape) and all(map(fits, value, shape))
    if not isinstance(value, dict):
        return False
    if set(shape) == {str}:
        return all(fits(v, shape[str]) for v in value.values())
    return all(key in value and fits(value[key], inner) for key, inner in shape.items())


# search.json's data (web/search.py search_data), as its readers index it
SEARCH_DATA = {
    "languages": [str],
    "entries": [{"id": str, "kind": str, "labels": {str: str}, "forms": [(str, str)]}],
    "types": {str: {str: str}},
    "endings": {str: {"groups": [[str]]}},
    "languageNames": {str: {str: str}},
}

# an entry's unchecked forms in search.json (web/search.py unchecked_forms), a key only entries with one have
UNCHECKED_FORMS = [(str, str, str)]

# one row of the register tables (library/dataset.py entity_tables)
ENTITY_ROW = {
    "id": str, "register": str, "type": str, "names": {str: str}, "name_certainty": {str: str}, "variants": [str],
    "unchecked_variants": [str], "certainty_note": str, "occupation": str,
    "birth": str, "death": str, "latitude": OPTIONAL_NUMBER, "longitude": OPTIONAL_NUMBER,
    "authority": [str], "geonames": str, "sources": [str],
}

# one document's row of the data tables (library/dataset.py _document), kept with its share (web/data_tables.py)
DOCUMENT_ROW = {
    "id": str, "uri": str, "titles": {str: str}, "languages": [str], "keywords": [str], "date": str,
    "published": str, "licence": str, "blocks": int, "letters": int, "seed_file": str,
}
