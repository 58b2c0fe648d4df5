"""The splitter on the labelled news cases, and the behaviour the rest of the summariser relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefs.summarize.sentences import KINDS, parse, reading_minutes, split

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "sentence_cases.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_labelled_case(case):
    if "known_failure" in case:
        pytest.xfail(case["known_failure"])
    got = [[s.kind, s.text] for s in parse(case["text"]).sentences]
    assert got == case["expect"]


def test_labelled_set_is_large_and_covers_every_kind():
    assert len(CASES) >= 150
    kinds = {kind for case in CASES for kind, _ in case["expect"]}
    assert kinds == set(KINDS)


SEED = """Delegations from Russia and Ukraine met at Ciragan Palace in Turkey on Monday for their second \
round of direct peace talks in just over two weeks, in an attempt to put an end to the three-year long war \
and a day after Kyiv launched a massive drone attack, targetting Moscow's airbases. Ukrainian defence \
minister Rustem Umerov walks after a meeting at Ciragan Palace on the day of the second round of peace \
talks between Russia and Ukraine, in Istanbul, Turkey.(REUTERS)

The latest round of direct peace talks between Russia and Ukraine went on for over an hour.

Ukraine's Sunday drone attack

On Sunday, June 1, a Ukrainian drone attack destroyed more than 40 Russian planes deep inside Russia, \
said Ukraine's Security Service."""


def test_seed_caption_and_subhead_are_not_body():
    doc = parse(SEED)
    kinds = {s.text[:30]: s.kind for s in doc.sentences}
    assert kinds["Ukrainian defence minister Rus"] == "caption"
    assert kinds["Ukraine's Sunday drone attack"] == "subhead"
    assert [s.text[:20] for s in doc.body] == [
        "Delegations from Rus",
        "The latest round of ",
        "On Sunday, June 1, a",
    ]
    assert doc.body[0].text.endswith("targetting Moscow's airbases.")


def test_indexes_and_paragraphs_follow_the_article():
    doc = parse("One sentence here. Two sentences here.\n\nA new paragraph.")
    assert [s.index for s in doc.sentences] == [0, 1, 2]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1]


def test_dateline_is_cut_from_the_first_sentence_only():
    doc = parse("KYIV, June 2 (Reuters) - Ukraine said it hit 41 planes. Russia denied it.")
    assert [(s.kind, s.text) for s in doc.sentences][:2] == [
        ("dateline", "KYIV, June 2 (Reuters) -"),
        ("body", "Ukraine said it hit 41 planes."),
    ]


def test_a_single_paragraph_article_splits_into_sentences():
    text = " ".join(f"Sentence number {i} ends here." for i in range(40))
    assert len(parse(text).body) == 40


def test_split_keeps_text_verbatim():
    text = "He said: \u201cIt is over.\u201d Then the U.S. envoy left at 9 a.m. local time."
    assert " ".join(split(text)) == text


@pytest.mark.parametrize(
    ("words", "wpm", "minutes"), [(0, 230, 1), (230, 230, 1), (231, 230, 2), (1000, 200, 5)]
)
def test_reading_minutes_rounds_up_and_is_at_least_one(words, wpm, minutes):
    assert reading_minutes(" ".join(["word"] * words), wpm) == minutes
