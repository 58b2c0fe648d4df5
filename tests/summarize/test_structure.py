"""The summariser reads the article's structure from its Markdown parse, and guesses it from plain text."""

from __future__ import annotations

from briefs.content.markdown import render
from briefs.summarize import Block, SummaryOptions, summarize
from briefs.summarize.sentences import parse

ALL = SummaryOptions(sentences=5, max_words=500, key_points=10)
MARKDOWN = """The council set out plans on Monday to close a £38m gap in next year's budget.

## The council will save money by closing two of the city's libraries.

Savings would come from five areas, officials said in a report to councillors.

- Closing two of the city's nine libraries would save about £0.9m a year from 2027.
- Ending free garden waste collection would save the council £2.1m a year.

> Councillors must now choose between cuts that residents will notice and a higher tax.

![](budget.png)
*The council's budget meeting on Monday drew a large crowd to the Guildhall.*

Residents can comment on the plans until 15 December, and the final vote is in February.
"""


def test_structure_subheads_captions_list_items_and_blockquotes_are_never_summary_sentences():
    rendered = render(MARKDOWN)
    brief = summarize(rendered.text, options=ALL, structure=rendered.structure)
    shown = brief.summary + brief.key_points
    assert shown[0].startswith("The council set out plans on Monday")
    for part in ("## The council will save", "Closing two of", "Ending free garden", "Councillors must now",
                 "The council's budget meeting"):
        words = part.lstrip("# ")
        assert not any(words in s for s in shown), part


def test_structure_labels_each_sentence_with_its_block():
    rendered = render(MARKDOWN)
    doc = parse(rendered.text, rendered.structure)
    kinds = {s.text[:20]: (s.kind, s.block) for s in doc.sentences}
    assert kinds["The council will sav"] == ("subhead", "heading")  # a heading, even one that reads as a sentence
    assert kinds["Closing two of the c"] == ("body", "item")  # still read for figures and names
    assert kinds["The council's budget"] == ("caption", "caption")
    assert kinds["Councillors must now"] == ("body", "quote")


def test_structure_plain_text_still_has_its_blocks_guessed():
    text = ("The council set out plans on Monday to close a £38m gap in next year's budget.\n\n"
            "Where the money goes\n\n"
            "Savings would come from five areas, officials said in a report to councillors.\n"
            "- Closing two libraries would save about £0.9m a year from the start of 2027.")
    doc = parse(text)
    assert [(s.kind, s.block) for s in doc.sentences] == [
        ("body", "paragraph"), ("subhead", "paragraph"), ("body", "paragraph"), ("body", "item")]
    assert all("libraries" not in s for s in summarize(text, options=ALL).summary)


def test_structure_given_by_hand_is_what_the_summariser_reads():
    structure = (Block("Talks resume in Istanbul", "heading"),
                 Block("Delegations from both sides met at the palace on Monday for the first time.", "paragraph"))
    brief = summarize("\n\n".join(b.text for b in structure), structure=structure)
    assert brief.summary == [structure[1].text]
