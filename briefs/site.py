"""Articles + Briefs -> Site: days, tags, archive, pagination, URLs. Pure. SKELETON (issue 2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from briefs.config import SiteConfig
from briefs.content.model import Article
from briefs.summarize.model import Brief


@dataclass(frozen=True)
class Story:
    """An article with its brief, placed on the site."""

    article: Article
    brief: Brief
    url: str  # site-relative, e.g. "/2025/06/02/talks-in-istanbul/"


@dataclass(frozen=True)
class DailyBrief:
    """One day's stories, in order (priority, then time)."""

    day: date
    stories: tuple[Story, ...]
    url: str  # "/2025/06/02/"
    previous: date | None = None
    next: date | None = None


@dataclass(frozen=True)
class Site:
    config: SiteConfig
    days: tuple[DailyBrief, ...]  # newest first
    tags: dict  # tag slug -> (tag name, tuple[Story, ...])
