"""The register name tagger: whole words, longest form first, homonyms kept apart, shared forms flagged."""
from triglot.editor.names import NameIndex
from triglot.editor.tagger import YearContext, propose


def names(edition, text):
    return [(p.start, text[p.start:p.end], p.attrs.get("ref"), p.attrs.get("cert"), bool(p.review))
            for p in propose(text, NameIndex(edition.registers), YearContext([], None)) if p.tag != "date"]


def test_longest_form_wins_and_homonyms_are_not_merged(edition):
    found = names(edition, "Yusuf Kemal met Mustafa Kemal Pasha; Kemal agreed.")
    assert [(t, r) for _, t, r, _, _ in found] == [
        ("Yusuf Kemal", "psn:yusuf-kemal"), ("Mustafa Kemal Pasha", "psn:ataturk"), ("Kemal", "psn:ataturk")]


def test_only_whole_words_are_names(edition):
    assert names(edition, "Vanadium and Karsky, Moscowite") == []


def test_a_form_shared_by_two_entries_is_flagged_for_review(edition):
    [(_, text, ref, cert, review)] = names(edition, "the fortress of Kars fell")
    assert (text, ref, cert, review) == ("Kars", "plc:kars", "low", True)


def test_a_following_province_word_chooses_the_province(edition):
    found = names(edition, "parts of the Kars, Erivan and Tiflis provinces")
    assert [r for _, _, r, _, _ in found] == ["plc:kars-oblast", "plc:erivan-governorate", "plc:tiflis-governorate"]


def test_titles_stay_outside_the_tag(edition):
    [(_, text, ref, _, _)] = names(edition, "with them Dr. Fuad Sabit arrived")
    assert (text, ref) == ("Fuad Sabit", "psn:fuad-sabit")


def test_a_name_broken_over_two_lines_is_found(edition):
    [(_, text, ref, _, _)] = names(edition, "Georgy\nChicherin wrote")
    assert ref == "psn:chicherin" and text == "Georgy\nChicherin"
