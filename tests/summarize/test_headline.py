"""A derived headline: the lead's main clause, at most 12 words, never ending on a dangling word."""

from __future__ import annotations

import pytest

from briefs.summarize import summarize
from briefs.summarize.headline import MAX_WORDS, derive, from_sentence
from briefs.summarize.sentences import parse

DANGLING = {"a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from"}


@pytest.mark.parametrize(
    ("lead", "headline"),
    [
        (
            "Delegations from Russia and Ukraine met at Ciragan Palace in Turkey on Monday for their second "
            "round of direct peace talks in just over two weeks, in an attempt to put an end to the war.",
            "Delegations from Russia and Ukraine met at Ciragan Palace in Turkey",
        ),
        ("Michael Howard has backed stem cell research, saying it could help millions.",
         "Michael Howard has backed stem cell research"),
        ("Six UK greyhound tracks have been put up for sale, which could raise £40m.",
         "Six UK greyhound tracks have been put up for sale"),
        ("On Sunday, June 1, a Ukrainian drone attack destroyed more than 40 Russian planes, officials said.",
         "A Ukrainian drone attack destroyed more than 40 Russian planes"),
        ("Marat Safin suffered a shock loss to unseeded Nicolas Kiefer (Germany) in Dubai after a long rain delay.",
         "Marat Safin suffered a shock loss to unseeded Nicolas Kiefer in Dubai"),
        ("Police are investigating a Tory MP.", "Police are investigating a Tory MP"),
        ("Cuadrilla, the firm behind the tests, said drilling had been suspended as a precaution after the "
         "1.5 magnitude tremor.", "Cuadrilla said drilling had been suspended as a precaution"),
        ("European transport ministers meeting in Lisbon on Monday agreed to work towards a common booking "
         "system for cross-border rail.", "European transport ministers meeting in Lisbon on Monday agreed to work"),
    ],
)
def test_main_clause_of_the_lead(lead, headline):
    assert from_sentence(lead) == headline


@pytest.mark.parametrize(
    "lead",
    [
        "The owners of embattled Russian oil giant Yukos are to ask the buyer of its former production unit to "
        "pay back a $900m loan.",
        "A special adaptor that helps people with tremors use a computer mouse has been developed by a firm.",
        "The body that represents the US movie industry has released its latest weapon in the fight against "
        "piracy.",
        "With just two weekends of Football League action to play, the title race is still wide open in all "
        "three divisions this year.",
    ],
)
def test_long_leads_are_cut_to_twelve_words_without_a_dangling_word(lead):
    headline = from_sentence(lead)
    words = headline.split()
    assert 1 <= len(words) <= MAX_WORDS
    assert words[-1].lower() not in DANGLING
    assert headline[-1] not in ",;:."
    assert " ".join(lead.split()[:3]).lower()[:10] in lead.lower()


def test_the_title_wins_when_there_is_one():
    assert summarize("The council approved the plan.", title="Plan approved").headline == "Plan approved"


def test_derived_from_the_body_not_a_caption_or_dateline():
    doc = parse("LONDON (Reuters) - Shares in the bank fell 10% on Monday after it cut its forecast.")
    assert derive(doc) == "Shares in the bank fell 10% on Monday"


def test_untitled_when_there_is_no_body():
    assert derive(parse("")) == "Untitled"
    assert derive(parse("Advertisement")) == "Untitled"
