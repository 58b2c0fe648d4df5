"""Quotes: the words inside quote marks, with the speaker when the article names one."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.summarize import quotes, sentences
from briefs.summarize.model import Quote
from briefs.summarize.sentences import Document, Sentence
from tests.content.helpers import SEED



def extract(text: str) -> list[Quote]:
    return quotes.extract(sentences.parse(text))


def test_seed_quote_with_a_straight_opening_and_curly_closing_mark_is_zelenskys():
    found = extract(SEED.read_text(encoding="utf-8").replace(" date 2025-06-02 ", "", 1))
    assert found == [
        Quote(
            "exchanged documents through the Turkish side, and we are preparing a new release of prisoners of the war.",
            "Zelensky",
        )
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("“We will fight them in court,” said US lawyer Jamie Firestone, who is not involved.",
         Quote("We will fight them in court", "Jamie Firestone")),
        ("'We have been in the Rocky Canyons,' Lindsey Sims told KHOU News.",
         Quote("We have been in the Rocky Canyons", "Lindsey Sims")),
        ('"This is a very expensive acquisition," Birgit Kuhlhoff, an analyst at a bank, told Reuters.',
         Quote("This is a very expensive acquisition", "Birgit Kuhlhoff")),
        ('Managing director Tim Osborne told the Reuters news agency: "If they default, we will fight."',
         Quote("If they default, we will fight.", "Tim Osborne")),
        ('Ukraine President Zelensky said both sides "exchanged documents through the Turkish side."',
         Quote("exchanged documents through the Turkish side.", "Zelensky")),
        ('According to Hakan Fidan, "the talks went on for over an hour."',
         Quote("the talks went on for over an hour.", "Hakan Fidan")),
    ],
)
def test_speaker_before_or_after_the_quote_without_a_title(text, quote):
    assert extract(text) == [quote]


def test_pronoun_speaker_is_the_last_named_person_or_nobody():
    text = 'Rustem Umerov said an exchange was agreed. "We will bring our people home," he said.'
    assert extract(text) == [Quote("We will bring our people home", "Rustem Umerov")]
    assert extract('"We will bring our people home," he said.') == [Quote("We will bring our people home", None)]


def test_a_surname_speaker_gets_the_full_name_the_article_gave():
    text = 'Sunderland chairman Bob Murray bought a stake. "The sector is changing fast," Murray said.'
    assert extract(text) == [Quote("The sector is changing fast", "Bob Murray")]


def test_an_unattributed_quote_carries_on_from_the_last_one():
    text = '"They are on an incredible winning streak," said Dieter Kosslick. "There is no anti-American mood."'
    assert [q.speaker for q in extract(text)] == ["Dieter Kosslick", "Dieter Kosslick"]


def test_a_description_is_not_a_speaker():
    assert extract('"The work is vital to improve reliability," the rail operator said.') == [
        Quote("The work is vital to improve reliability", None)
    ]


def test_scare_quotes_titles_and_apostrophes_are_not_quotes():
    assert extract('He said the authorities "knew" about it and the plan was "fundamentally flawed".') == []
    assert extract('He will present an "Action Plan for the Development of Italy" on Thursday.') == []
    assert extract("Russia's ministry said the athletes' results don't count and it's over.") == []


def test_a_quote_left_open_runs_to_the_end_of_its_paragraph():
    text = 'Nick Davies said: "We expect a verdict before the end of February.\n\nOthers disagreed.'
    assert extract(text) == [Quote("We expect a verdict before the end of February.", "Nick Davies")]


def test_captions_never_feed_quotes():
    doc = Document("", (Sentence('"We are proud of this day," said Jane Smith.', 0, 0, kind="caption"),))
    assert quotes.extract(doc) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab Cd,.:“”\"‘’'\n said he Tim Osborne told"), max_size=60), max_size=5))
def test_never_raises_on_any_text(parts):
    doc = Document("", tuple(Sentence(p, i, i // 2) for i, p in enumerate(parts)))
    for quote in quotes.extract(doc):
        assert quote.text and quote.text in " ".join(parts)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_unicode(text):
    quotes.extract(Document(text, (Sentence(text, 0, 0),)))
