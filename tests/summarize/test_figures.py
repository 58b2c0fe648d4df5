"""Figures: numeric facts with what they count, never dates, times or ordinals."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefs.summarize import figures, sentences
from briefs.summarize.sentences import Document, Sentence

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds" / "000_017d590de94c6749.txt"


def texts(text: str) -> list[str]:
    return [f.text for f in figures.extract(sentences.parse(text))]


def test_seed_has_the_plane_drone_and_front_line_figures():
    found = figures.extract(sentences.parse(SEED.read_text(encoding="utf-8").replace(" date 2025-06-02 ", "", 1)))
    by_value = {f.value: f.text for f in found}
    assert by_value["40"] == "more than 40 Russian planes destroyed"
    assert by_value["162"] == "162 Ukrainian drones downed"
    assert by_value["52"] == "52 out of the 80 drones damaged"
    assert "front line" in by_value["1,000"] and "1,000-kilometers" in by_value["1,000"]
    assert "80" not in by_value  # part of "52 out of the 80", not a second figure
    for figure in found:
        assert figure.value in figure.sentence and len(figure.text.split()) <= 10


def test_dates_times_years_and_ordinals_are_not_figures():
    assert texts(
        "On Sunday, June 1, 2025, talks resumed at 10 a.m. for a second round. "
        "In 2004 the pair married on 21 March at 10:30, the 29-year-old said."
    ) == []


def test_money_and_percentages_say_what_they_measure():
    assert texts("The owners will ask the buyer to pay back a $900m (£479m) loan.") == ["a $900m loan"]
    assert texts("Shares in the firm rose 3.5% on Monday.") == ["Shares in the firm rose 3.5%"]
    assert texts("Profits were revised from 2.2% to 1.6% this year.") == ["Profits were revised from 2.2% to 1.6%"]


def test_words_for_numbers_count_when_they_count_something():
    assert texts("Two ballistic missiles struck a residential neighbourhood.") == ["Two ballistic missiles struck"]
    assert texts("Hundreds of people gathered outside.") == ["Hundreds of people gathered"]
    assert texts("The war is now in its three-year long stalemate.") == ["three-year long stalemate"]
    assert texts("They met again after two weeks and one of them left.") == []


def test_a_number_with_nothing_it_counts_is_skipped():
    assert texts("'This world will be a sadder place,' said Lindsey, 29.") == []
    assert texts("A Boeing 747 landed at Heathrow.") == []


def test_figures_are_unique_in_article_order_and_capped():
    text = " ".join(f"Police arrested {n} protesters in city number {n}." for n in range(10, 20))
    found = [f.value for f in figures.extract(sentences.parse(text + " Police arrested 10 protesters."))]
    assert found == ["10", "11", "12", "13", "14", "15"][: figures.MAX_FIGURES]


def test_captions_never_feed_figures():
    doc = Document("", (Sentence("A fire destroyed 40 homes.", 0, 0, kind="caption"),))
    assert figures.extract(doc) == []


@settings(max_examples=300, deadline=None)
@given(st.text())
@example("İ" * 40 + " saw two drones")  # a letter whose lower case is two characters long
def test_never_raises_on_any_text(text):
    doc = Document(text, (Sentence(text, 0, 0),))
    for figure in figures.extract(doc):
        assert figure.value in text
