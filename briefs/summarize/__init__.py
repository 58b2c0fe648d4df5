"""Article text -> Brief. Pure functions, no I/O, deterministic.

`summarize(text, title=None, options=None)` is the public API; each part of the brief comes from
its own module (sentences, rank, figures, quotes, mentions, headline).
"""

from __future__ import annotations

from briefs.summarize import figures, headline, mentions, quotes, rank, sentences
from briefs.summarize.model import Brief, Figure, Mention, Quote, SummaryOptions

__all__ = ["Brief", "Figure", "Mention", "Quote", "SummaryOptions", "summarize"]


def summarize(text: str, title: str | None = None, options: SummaryOptions | None = None) -> Brief:
    """The brief of an article body (Markdown or plain text)."""
    options = options or SummaryOptions()
    doc = sentences.parse(text)
    summary, key_points = rank.select(doc, title=title, options=options)
    return Brief(
        headline=title if title else headline.derive(doc),
        summary=summary,
        key_points=key_points,
        figures=figures.extract(doc, title),
        quotes=quotes.extract(doc),
        mentions=mentions.extract(doc),
        reading_minutes=sentences.reading_minutes(text, options.words_per_minute),
    )
