"""Properties over any input: summarize() never raises, and every sentence it shows is in the article."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.summarize import summarize
from briefs.summarize.model import SummaryOptions
from briefs.summarize.sentences import parse

# News-like pieces that stress the splitter, mixed with arbitrary words.
TOKENS = [
    "Mr.", "Dr.", "U.S.", "U.K.", "a.m.", "p.m.", "No.", "10", "Jan.", "3.5%", "$1.2bn", "(£479m)", "J.",
    "...", "…", "said.", "“quoted.”", "'quoted.'", "?\"", "(REUTERS)", ".(REUTERS)", "(AP Photo/Name)",
    "KYIV,", "(Reuters)", "-", "—", "Scroll down for video", "Read more:", "By", "Smith", "The", "the",
    "drones", "Ukraine", "Turkey.", "iPhone", "www.example.com", "e.g.", "Inc.", "Tragic:", "!", "?",
]
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
WORD = st.text(alphabet=LETTERS + ".,;:!?'\"“”‘’()$%£-", min_size=1, max_size=12)
SEPARATOR = st.sampled_from([" ", " ", " ", "  ", "\n", "\n\n", ". ", ".\n\n"])
PLAIN_TEXT = st.lists(st.tuples(st.one_of(st.sampled_from(TOKENS), WORD), SEPARATOR), max_size=120).map(
    lambda pairs: "".join(token + sep for token, sep in pairs)
)
# Lines Markdown would read as list items, rules or setext underlines: their markers are not text.
MARKUP_LINE = re.compile(r"(?m)^\s*(?:[-*+•]|\d{1,3}[.)])(?:\s|$)|^\s*[-=]{2,}\s*$")
OPTIONS = st.builds(SummaryOptions, sentences=st.integers(0, 5), max_words=st.integers(0, 200),
                    key_points=st.integers(0, 6))


def squashed(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(text=st.text(), title=st.one_of(st.none(), st.text()), options=OPTIONS)
def test_summarize_never_raises(text, title, options):
    brief = summarize(text, title=title, options=options)
    assert isinstance(brief.headline, str) and brief.headline
    assert len(brief.summary) <= max(1, options.sentences)
    assert len(brief.key_points) <= options.key_points
    assert brief.reading_minutes >= 1
    if parse(text).body:
        assert brief.summary


@settings(max_examples=300, deadline=None)
@given(text=PLAIN_TEXT, title=st.one_of(st.none(), st.sampled_from(["Drones hit Russia", "Talks in Turkey"])))
def test_every_summary_sentence_occurs_in_the_input(text, title):
    if MARKUP_LINE.search(text):
        text = MARKUP_LINE.sub("x", text)
    brief = summarize(text, title=title)
    article = squashed(text)
    for sentence in brief.summary + brief.key_points:
        assert sentence and squashed(sentence) in article
    if parse(text).body:
        assert brief.summary


@settings(max_examples=300, deadline=None)
@given(text=PLAIN_TEXT)
def test_sentences_cover_the_text_in_order(text):
    if MARKUP_LINE.search(text):
        text = MARKUP_LINE.sub("x", text)
    pieces = "".join(s.text for s in parse(text).sentences)
    assert re.sub(r"\s", "", pieces) == re.sub(r"\s", "", text)


ADVERSARIAL = {
    "unclosed emphasis": "*a " * 5000,
    "unclosed links": "[" * 10000 + "](" * 5000,
    "initials": "A. " * 10000,
    "glued credits": "Turkey.(" * 5000,
    "no spaces": "ab.Cd" * 10000,
    "many sentences": "Word word. " * 20000,
    "one endless name": "Mr. Smith Jones " * 3000,
    "one endless table row": "1,000 " * 5000,
}


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_long_odd_texts_stay_fast(text):
    start = time.process_time()  # this process's CPU time: the machine's other work does not count
    summarize(text)
    assert time.process_time() - start < 2.0  # quadratic behaviour would take minutes here
