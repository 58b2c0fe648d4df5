"""Article text -> Brief. Pure functions, no I/O, deterministic.

`summarize(text, title=None, options=None)` is the public API: briefs' own summariser (`Extractive`)
behind the `Summarizer` interface that the build calls (briefs.summarize.summarizer).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from briefs.summarize.extractive import Extractive
from briefs.summarize.model import Block, Brief, Figure, Mention, Quote, SummaryOptions
from briefs.summarize.summarizer import Summarizer, SummaryInput

__all__ = ["Block", "Brief", "Extractive", "Figure", "Mention", "Quote", "SummaryInput", "SummaryOptions",
           "Summarizer", "summarize"]


def summarize(text: str, title: str | None = None, options: SummaryOptions | None = None, *,
              structure: Sequence[Block] | None = None, given: Mapping[str, Any] | None = None) -> Brief:
    """The brief of an article body (Markdown or plain text, or its `structure` from a Markdown parse);
    `given`: brief fields set by the author, which replace the computed ones."""
    source = SummaryInput(text, None if structure is None else tuple(structure), title, given or {})
    return Extractive(options or SummaryOptions())(source)
