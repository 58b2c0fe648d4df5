"""The structured brief of one article: plain data, shared by the summariser, front matter and themes."""

from __future__ import annotations

from dataclasses import dataclass, field


BLOCK_KINDS = ("paragraph", "heading", "item", "caption", "quote", "row", "note", "line")


@dataclass(frozen=True)
class Block:
    """One block of an article's text as a reader sees it, and what kind of block it is.

    From the Markdown parse: "paragraph", "heading", "item" (a list item), "caption" (the text with an
    image), "quote" (a blockquote), "row" (a table row, cells joined by " | "), "note" (a footnote).
    Guessed from plain text, a short unpunctuated line standing alone is a "line" (a subhead or byline).
    """

    text: str
    kind: str  # one of BLOCK_KINDS


@dataclass(frozen=True)
class SummaryOptions:
    """How long a brief is; set under `summary:` in site.yaml."""

    sentences: int = 3  # at most this many summary sentences
    max_words: int = 75  # stop adding summary sentences past this many words
    key_points: int = 4  # at most this many key points
    words_per_minute: int = 230  # for reading time


@dataclass(frozen=True)
class Figure:
    """A numeric fact: `value` ("162") and what it counts (`text`), from `sentence`."""

    value: str
    text: str
    sentence: str = ""


@dataclass(frozen=True)
class Quote:
    """Words inside quote marks, and who said them when the article says so."""

    text: str
    speaker: str | None = None


@dataclass(frozen=True)
class Mention:
    """A person, place, organisation or other proper name in the article."""

    name: str
    kind: str  # "person" | "place" | "organisation" | "other"


@dataclass(frozen=True)
class Brief:
    """What a reader takes in within 20 seconds. Every sentence shown is copied from the article."""

    headline: str
    summary: list[str] = field(default_factory=list)
    key_points: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    reading_minutes: int = 1
