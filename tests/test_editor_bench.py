"""The tagger benchmark: proposals agree with the hand-curated edition at ≥ 0.95 for names and dates."""
from triglot.editor.bench import run


def test_tagger_reaches_the_aim_against_the_curated_edition(project_root):
    result = run(project_root)
    for kind in ("persName", "placeName", "date"):
        assert result[f"{kind} precision"] >= 0.95, (kind, result["proposed but not curated"])
        assert result[f"{kind} recall"] >= 0.95, (kind, result["curated but not proposed"])
