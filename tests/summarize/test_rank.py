"""Summary and key points: whole body sentences, copied verbatim, in article order, no repeats."""

from __future__ import annotations

from dataclasses import replace

from briefs.summarize import summarize
from briefs.summarize.methods import prepare
from briefs.summarize.model import SummaryOptions
from briefs.summarize.rank import select
from briefs.summarize.sentences import parse
from briefs.summarize.terms import terms

ARTICLE = """KYIV, June 2 (Reuters) - Ukraine said on Monday its drones destroyed more than 40 Russian \
warplanes at airbases deep inside Russia, in one of the boldest attacks of the war. Russian officials \
confirmed that several airbases had been hit by drones but said the damage was smaller than claimed. \
Firefighters work at the site of a drone attack in Kyiv. (AP Photo/Efrem Lukatsky)

The attack came a day before Russian and Ukrainian delegations met in Istanbul for peace talks.

What happened at the airbases

Ukraine's security service said the drones were smuggled into Russia in trucks. The trucks were parked \
near the airbases and the drones were launched remotely. Security service officials said the operation \
took more than a year to prepare. Russia's defence ministry said the attacks on the airbases were acts of \
terrorism. Analysts said the loss of the warplanes would weaken Russia's long-range bombing campaign. \
The peace talks in Istanbul ended after an hour with an agreement to exchange prisoners."""


def test_summary_sentences_are_body_sentences_in_article_order():
    doc = parse(ARTICLE)
    body = [s.text for s in doc.body]
    summary, points = select(doc, title=None, options=SummaryOptions())
    assert 1 <= len(summary) <= 3
    for chosen in (summary, points):
        assert all(s in body for s in chosen)
        assert [body.index(s) for s in chosen] == sorted(body.index(s) for s in chosen)


def test_never_a_caption_credit_subhead_or_dateline():
    brief = summarize(ARTICLE)
    shown = " ".join(brief.summary + brief.key_points)
    for hidden in ("Firefighters work", "AP Photo", "What happened at the airbases", "(Reuters)"):
        assert hidden not in shown


def test_the_lead_opens_a_news_summary():
    summary, _ = select(parse(ARTICLE), title=None, options=SummaryOptions())
    assert summary[0].startswith("Ukraine said on Monday its drones destroyed")


def test_key_points_do_not_repeat_the_summary():
    brief = summarize(ARTICLE)
    assert 3 <= len(brief.key_points) <= 4
    assert not set(brief.key_points) & set(brief.summary)


def test_options_bound_sentences_and_key_points():
    doc = parse(ARTICLE)
    summary, points = select(doc, title=None, options=SummaryOptions(sentences=1, key_points=2))
    assert len(summary) == 1 and len(points) == 2


def test_word_budget_stops_adding_sentences():
    doc = parse(ARTICLE)
    summary, _ = select(doc, title=None, options=SummaryOptions(max_words=10))
    assert len(summary) == 1  # the first sentence alone passes the budget


def test_title_pulls_in_the_sentence_it_names():
    doc = parse(ARTICLE)
    options = replace(SummaryOptions(), sentences=1)
    summary, _ = select(doc, title="Peace talks in Istanbul end with prisoner exchange deal", options=options)
    assert "prisoners" in summary[0] or "Istanbul" in summary[0]


def test_at_least_one_sentence_even_from_fragments():
    assert summarize("no capital letters and no full stop").summary == ["no capital letters and no full stop"]
    assert summarize("Breaking. Yes!").summary


def test_no_body_means_no_summary():
    brief = summarize("AP Photo/Evan Vucci\n\nAdvertisement")
    assert brief.summary == [] and brief.key_points == []


def test_near_duplicate_sentences_are_not_both_chosen():
    text = (
        "The central bank raised interest rates by half a point on Thursday. "
        "On Thursday the central bank raised interest rates by half a point. "
        "Mortgage costs will rise for two million households. "
        "The pound rose against the dollar after the announcement."
    )
    summary = summarize(text).summary
    assert sum("central bank raised interest rates" in s for s in summary) == 1


def test_a_sentence_that_starts_mid_quotation_is_not_chosen():
    text = (
        'Rents rose 7% in a year, letting agents said on Monday. "Demand is far ahead of supply. '
        'For every flat we advertise we get 30 enquiries in the first 48 hours," said Joanne Whitlow, '
        "who chairs the agents' association. The number of homes to let fell by 11% over the year."
    )
    brief = summarize(text, options=SummaryOptions(sentences=3, max_words=200, key_points=3))
    assert not any(s.startswith("For every flat") for s in brief.summary + brief.key_points)


def test_similarity_is_a_symmetric_cosine_with_an_empty_diagonal():
    texts = [s.text for s in parse(ARTICLE).body]
    units = prepare(texts, list(range(len(texts))), title="Drones hit Russian airbases")
    sim = units.similarity
    assert all(sim[i][i] == 0.0 for i in range(len(texts)))
    assert all(sim[i][j] == sim[j][i] and 0.0 <= sim[i][j] <= 1.0 + 1e-9 for i in range(len(texts)) for j in range(i))
    # Sentences that share words are similar; the title's terms are found among a sentence's features.
    assert sim[0][1] > 0.0
    assert units.title == frozenset(terms("Drones hit Russian airbases"))
    assert units.title & set(units.features[0])
