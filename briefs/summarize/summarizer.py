"""The summariser boundary: one interface from an article to its Brief (sumy's AbstractSummarizer idea).

The build hands a `Summarizer` what the content stage knows of an article (`SummaryInput`: its text,
the blocks of its Markdown parse, its title, the brief fields its author set) and gets a `Brief`. The
summariser's identity (name, version, options) is part of every article's cache key, so a different
summariser, or the same one with other options, never reuses a brief made by another. Another
implementation (an external command, a model) is a new subclass; the pipeline does not change.
"""

from __future__ import annotations

import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from briefs.summarize.model import Block, Brief, SummaryOptions


@dataclass(frozen=True)
class SummaryInput:
    """What a summariser is given of one article."""

    text: str  # the body as a reader reads it, one block per paragraph, separated by blank lines
    structure: tuple[Block, ...] | None = None  # the blocks of `text` from its parse; None: plain text
    title: str | None = None
    given: Mapping[str, Any] = field(default_factory=dict)  # brief fields set by the author (front matter)


class Summarizer(ABC):
    """Article -> Brief. Subclasses set `name` and `version`, take their `options`, implement `compute`."""

    name: ClassVar[str]
    version: ClassVar[str]
    options: SummaryOptions

    def cache_identity(self) -> str:
        """What makes two summarisers give the same brief for the same input (see briefs.keys)."""
        return f"{self.name} {self.version} {self.options!r}"

    def __call__(self, source: SummaryInput) -> Brief:
        """The brief of `source`: the fields its author set replace the computed ones."""
        return dataclasses.replace(self.compute(source), **source.given)

    @abstractmethod
    def compute(self, source: SummaryInput) -> Brief:
        """The computed brief. It reads `source.given` only to avoid repeating what the author set
        (a computed summary sentence that is one of the author's key points, say)."""
