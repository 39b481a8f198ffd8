"""The tagger benchmark: proposals agree with the hand-curated edition at ≥ 0.95 for names and dates."""
from triglot.editor.bench import run


def test_tagger_reaches_the_aim_against_the_curated_edition(project_root):
    result = run(project_root)
    for kind in ("persName", "placeName", "date"):
        assert result[f"{kind} precision"] >= 0.95, (kind, result["proposed but not curated"])
        assert result[f"{kind} recall"] >= 0.95, (kind, result["curated but not proposed"])


def test_a_gold_mention_is_keyed_by_its_words_as_proposals_are():
    """A proposal's words are counted with their spaces as one; test42's gold kept an OCR's
    "P.  E.  MATHESON" with two spaces, and the same name proposed counted as wrong and as missed."""
    from triglot.editor.bench import _gold_key
    assert _gold_key(["persName", "P.  E.  MATHESON"]) == ("persName", "P. E. MATHESON", "")
    assert _gold_key(["date", "Dec 9/16", "when=1916-12-09"]) == ("date", "Dec 9/16", "when=1916-12-09")
