"""Text -> sentences. PLACEHOLDER: a naive splitter, to be replaced by the real one (issue 3)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    text: str  # verbatim from the article
    index: int  # position among the article's sentences
    paragraph: int  # which paragraph it is in
    kind: str = "body"  # "body" | "caption" | "credit" | "subhead" | "dateline" | "furniture"


@dataclass(frozen=True)
class Document:
    """An article body split for the summariser: `sentences` in article order."""

    text: str
    sentences: tuple[Sentence, ...]

    @property
    def body(self) -> tuple[Sentence, ...]:
        """The sentences a brief may show (no captions, credits, subheads or furniture)."""
        return tuple(s for s in self.sentences if s.kind == "body")


def parse(text: str) -> Document:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    out: list[Sentence] = []
    for pi, para in enumerate(paragraphs):
        for chunk in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", para):
            if chunk.strip():
                out.append(Sentence(chunk.strip(), len(out), pi))
    return Document(text, tuple(out))


def reading_minutes(text: str, words_per_minute: int) -> int:
    return max(1, math.ceil(len(text.split()) / words_per_minute))
