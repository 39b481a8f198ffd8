"""review31's second read of hostile42 (session 31): a reader of a kept JSON file the round left, one behaviour each."""
from __future__ import annotations

DEEP = "[" * 100_000


def test_a_kept_map_drawing_nested_too_deep_is_drawn_again(tmp_path, monkeypatch):
    """build/map-cache/NAME.json and the user's cache of drawings were read with json.loads, whose RecursionError
    on a file of 100,000 '[' no reader caught: the build stopped ('triglot:0: limit: RecursionError', naming no
    file), as hostile42 found for the web cache's other files. A damaged drawing is drawn again."""
    from triglot.web import basemap
    user = tmp_path / "user"
    user.mkdir()
    (user / "shapes.json").write_text(DEEP, "utf-8")
    monkeypatch.setattr(basemap, "_user_cache", lambda: user)
    root = tmp_path / "edition"
    root.joinpath(*basemap.CACHE).mkdir(parents=True)
    root.joinpath(*basemap.CACHE, "shapes.json").write_text(DEEP, "utf-8")
    assert basemap.read_cache(root, "shapes") is None
    assert basemap.kept(root, "shapes", {"paths"}) is None
