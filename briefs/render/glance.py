"""What a story shows where a reader scans many (the day page, the front page): pure, for the theme.

A scanned story is its headline, one lede sentence and at most three further lines (a key point, a
number, a quote with its speaker), none repeating another; the rest of the brief waits one click
away. Stories are grouped under their sections in the order the day ranks them.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefs.site import Story
from briefs.summarize.model import Brief, Figure, Mention, Quote


@dataclass(frozen=True)
class Highlights:
    """The lines shown under a story's lede; each may be None."""

    key_point: str | None
    figure: Figure | None
    quote: Quote | None  # only a quote whose speaker the article names

    def __bool__(self) -> bool:
        return any((self.key_point, self.figure, self.quote))


@dataclass(frozen=True)
class Section:
    name: str | None  # None: the stories without a section
    stories: tuple[Story, ...]


def lede(brief: Brief) -> str | None:
    """The one sentence shown under the headline: the summary's first (it is in article order)."""
    return brief.summary[0] if brief.summary else None


def highlights(brief: Brief, limit: int = 3) -> Highlights:
    """Up to `limit` lines the lede does not already say: the first key point, then the first quote
    whose speaker is named, then the first figure (a number alone needs its sentence the most)."""
    shown = [sentence for sentence in (lede(brief),) if sentence]

    def new(text: str) -> bool:
        return not any(text in sentence for sentence in shown)

    key_point = next((p for p in brief.key_points if new(p)), None)
    shown += [key_point] if key_point else []
    quote = next((q for q in brief.quotes if q.speaker and new(q.text)), None)
    shown += [quote.text] if quote else []
    figure = next((f for f in brief.figures if f.sentence not in shown and new(f.text)), None)
    picked = [line for line in (key_point, quote, figure) if line][:limit]
    return Highlights(*(line if line in picked else None for line in (key_point, figure, quote)))


def sections(stories: tuple[Story, ...]) -> list[Section]:
    """Stories grouped by section, sections in the order of their first story; the stories without
    one come last. A day without any section is one group named None."""
    groups: dict[str | None, list[Story]] = {}
    for story in stories:
        groups.setdefault(story.article.section or None, []).append(story)
    named = [Section(name, tuple(group)) for name, group in groups.items() if name is not None]
    return named + ([Section(None, tuple(groups[None]))] if None in groups else [])


def names_of(mentions: list[Mention], kind: str) -> list[str]:
    """The names of one kind ("person", "place", "organisation" or "other"), in order."""
    return [mention.name for mention in mentions if mention.kind == kind]


def reading_minutes(stories: tuple[Story, ...]) -> int:
    return sum(story.brief.reading_minutes for story in stories)
