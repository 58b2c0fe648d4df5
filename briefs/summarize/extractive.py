"""briefs' own summariser: every sentence and quote it shows is copied from the article.

Each part of the brief comes from its own module: sentences (split and label), rank (summary and key
points), figures, quotes, mentions, headline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

import briefs
from briefs.summarize import figures, headline, mentions, quotes, rank, sentences
from briefs.summarize.model import Brief, SummaryOptions
from briefs.summarize.summarizer import Summarizer, SummaryInput


@dataclass(frozen=True)
class Extractive(Summarizer):
    name: ClassVar[str] = "briefs-extractive"
    # Edits between releases are covered too: every cache key also holds the digest of briefs' code.
    version: ClassVar[str] = briefs.__version__
    options: SummaryOptions = field(default_factory=SummaryOptions)

    def compute(self, source: SummaryInput) -> Brief:
        doc = sentences.parse(source.text, source.structure)
        given = source.given
        found = quotes.extract(doc)
        shown = given["quotes"] if "quotes" in given else found
        summary, key_points = rank.select(doc, title=source.title, options=self.options, summary=given.get("summary"),
                                          key_points=given.get("key_points"), quotes=[q.text for q in shown])
        return Brief(
            headline=source.title if source.title else headline.derive(doc),
            summary=summary,
            key_points=key_points,
            figures=figures.extract(doc, source.title),
            quotes=found,
            mentions=mentions.extract(doc),
            reading_minutes=sentences.reading_minutes(source.text, self.options.words_per_minute),
        )
