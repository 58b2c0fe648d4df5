"""Key points and summary sentences are whole sentences, and the brief shows each thing once."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from briefs.build import process_article
from briefs.config import ArticleSettings
from briefs.summarize import Quote, SummaryOptions, summarize

REPO = Path(__file__).resolve().parents[2]
ROOMY = SummaryOptions(sentences=2, max_words=200, key_points=6)
# A story whose second paragraph is a two-sentence quote, as news writes them.
STORY = (
    "The city council approved a £340m tram line to Eastfield on Monday night after a long debate.\n\n"
    "Construction of the viaduct over the river is due to begin in the autumn of next year.\n\n"
    '"This line will change how people in the east of the city get to work. It has taken far too '
    'long to get here," said the mayor, Ana Ruiz, after the vote.\n\n'
    "Opponents said the council had not explained how it would pay for any rise in the cost.\n\n"
    "The first trams are expected to carry passengers along the new line in the spring of 2030."
)


def test_key_points_are_never_a_quote_fragment():
    brief = summarize(STORY, options=ROOMY)
    shown = brief.summary + brief.key_points
    assert not any(s.startswith('"This line will change') for s in shown)  # opens the quote, no close
    assert not any(s.startswith("It has taken far too long") for s in shown)  # closes it, no open
    assert len(brief.key_points) >= 2


def test_summary_sentences_are_never_a_quote_fragment():
    text = ('"We will not stop until the last family is back in a home of its own. Every one of them '
            'matters to this city and to this council," the mayor said at the start of the meeting.\n\n'
            "The council agreed to spend £2m on emergency housing for families who lost homes in the flood.")
    brief = summarize(text, options=SummaryOptions(sentences=3, max_words=200))
    assert brief.summary == ["The council agreed to spend £2m on emergency housing for families who lost "
                             "homes in the flood."]


def test_key_points_never_repeat_a_quote_shown_under_quotes():
    text = ("Ministers agreed on Tuesday to cut fares on night trains across the region by a fifth.\n\n"
            '"Night trains are the greenest way to cross the continent," said the minister, Marta Ferreira.\n\n'
            "The cut will start in March and cost the treasury about £40m a year, officials said.\n\n"
            "Operators will be paid for the lost revenue from a fund set up for the purpose last year.")
    brief = summarize(text, options=SummaryOptions(sentences=1, key_points=4))
    assert brief.quotes[0].text.startswith("Night trains are the greenest way")
    assert not any("greenest way" in point for point in brief.key_points)
    given = summarize(text, options=SummaryOptions(sentences=1, key_points=4),
                      given={"quotes": [Quote("The cut will start in March and cost the treasury about £40m")]})
    assert not any("cost the treasury" in point for point in given.key_points)


def test_key_points_never_repeat_a_summary_sentence_inside_a_longer_one():
    lead = "The museum reopened on Saturday after a £14m refit that took three years to finish"
    text = (f"{lead}.\n\nIts new galleries hold 2,000 objects, half of them never shown before.\n\n"
            f"{lead} Visitors queued from dawn outside the doors, and by noon more than 3,000 people had "
            "passed through the galleries, twice the number staff had planned for.\n\n"  # a caption glued on
            "Entry remains free, and the museum will open late on Thursdays from next month.")
    brief = summarize(text, options=SummaryOptions(sentences=1, key_points=4))
    assert sum(lead in s for s in brief.summary + brief.key_points) == 1
    assert len(brief.key_points) == 2


def test_key_points_set_in_front_matter_are_not_repeated_by_the_summary():
    points = ["The city council approved a £340m tram line to Eastfield on Monday night after a long debate."]
    brief = summarize(STORY, given={"key_points": points})
    assert brief.key_points == points
    assert points[0] not in brief.summary and brief.summary
    data = ("---\ntitle: Trams approved\ndate: 2025-03-01\nkey_points:\n  - " + points[0] + "\n---\n" + STORY)
    _, built = process_article("content/trams.md", data.encode(), ArticleSettings())
    assert built.key_points == points and points[0] not in built.summary


def test_key_points_and_summaries_on_the_sample_site_break_none_of_these_rules():
    spec = importlib.util.spec_from_file_location("bench_keypoints", REPO / "bench" / "keypoints.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    total, bad = bench.count(bench.site_briefs(REPO), show=False)
    assert total >= 70
    assert dict(bad) == {}  # quote fragments, repeated quotes, repeated summary sentences, lists and subheads
