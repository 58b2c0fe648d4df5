"""Choose summary and key points. PLACEHOLDER: the lead sentences (issue 3 replaces this)."""

from __future__ import annotations

from briefs.summarize.model import SummaryOptions
from briefs.summarize.sentences import Document


def select(doc: Document, *, title: str | None, options: SummaryOptions) -> tuple[list[str], list[str]]:
    body = [s.text for s in doc.body]
    n = max(1, options.sentences)
    return body[:n], body[n : n + options.key_points]
