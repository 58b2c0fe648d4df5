"""Articles + Briefs -> Site: days, tags, archive, pagination, URLs. Pure.

SKELETON (issue 2): the model is fixed here; `assemble` is to be written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from briefs.config import SiteConfig
from briefs.content.model import Article
from briefs.summarize.model import Brief


def day_url(day: date) -> str:
    return f"/{day:%Y/%m/%d}/"


@dataclass(frozen=True)
class Story:
    """An article with its brief, placed on the site."""

    article: Article
    brief: Brief
    url: str  # site-relative, e.g. "/2025/06/02/talks-in-istanbul/"
    published: datetime  # article.date in the site's timezone
    future: bool = False  # dated after the build's "now" (only shown with --future / serve)

    @property
    def day(self) -> date:
        return self.published.date()


@dataclass(frozen=True)
class DailyBrief:
    """One day's stories, in order (priority, then time)."""

    day: date
    stories: tuple[Story, ...]
    previous: date | None = None  # the nearest earlier day with stories
    next: date | None = None  # the nearest later day with stories

    @property
    def url(self) -> str:
        return day_url(self.day)


@dataclass(frozen=True)
class Tag:
    name: str  # as the author wrote it (first spelling seen)
    slug: str
    stories: tuple[Story, ...]  # newest first

    @property
    def url(self) -> str:
        return f"/tags/{self.slug}/"


@dataclass(frozen=True)
class IndexPage:
    """One page of the front page's list of recent days (page 1 is `/`, then `/page/N/`)."""

    number: int
    days: tuple[DailyBrief, ...]
    count: int  # how many index pages there are

    @property
    def url(self) -> str:
        return "/" if self.number == 1 else f"/page/{self.number}/"


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    days: tuple[DailyBrief, ...]  # newest first


@dataclass(frozen=True)
class Site:
    config: SiteConfig
    days: tuple[DailyBrief, ...]  # newest first
    stories: tuple[Story, ...]  # every published story, newest first
    tags: tuple[Tag, ...]  # sorted by slug
    index_pages: tuple[IndexPage, ...]
    archive: tuple[Month, ...]  # newest first
