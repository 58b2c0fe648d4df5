"""One article as loaded from its file: plain data, validated."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Mapping

from briefs.summarize.model import Block


@dataclass(frozen=True)
class Article:
    """An article file, parsed and validated. `path` is relative to the site folder (for messages)."""

    path: str
    title: str
    date: datetime  # timezone-aware
    slug: str
    body: str  # Markdown source after the front matter
    html: str  # body rendered to HTML (sanitised per markdown.html)
    text: str  # plain text of the body, for the summariser
    digest: str  # sha256 of the file's bytes: same bytes + options -> same Article
    tags: tuple[str, ...] = ()
    section: str | None = None
    author: str | None = None
    source: str | None = None
    source_url: str | None = None
    draft: bool = False
    priority: int = 0
    aliases: tuple[str, ...] = ()  # old URLs of the article, each redirected to it
    headline_generated: bool = False  # the title was derived from the text by `briefs import`
    captions: tuple[str, ...] = ()  # photo captions of the source (no photos): shown after the text
    structure: tuple[Block, ...] = ()  # the body's blocks (paragraphs, headings, items, ...), for the summariser
    timed: bool = True  # the date gave a time of day (False for a plain YYYY-MM-DD: midnight, no time shown)
    # Brief fields the author set in front matter (summary, key_points, figures, quotes), already in
    # the model's types (list[str], list[Figure], list[Quote]); they replace the computed ones.
    overrides: Mapping[str, Any] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)  # unknown front matter keys, for themes
    lines: Mapping[str, int] = field(default_factory=dict)  # front matter key -> its line (for errors)
