"""Articles + Briefs -> Site: days, tags, archive, pagination, URLs. Pure.

`assemble` depends only on its arguments, never on the order articles arrive in, so the same
articles always give the same Site (and, rendered, byte-identical output).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from briefs.config import SiteConfig
from briefs.content.model import Article
from briefs.content.slug import slugify
from briefs.errors import BriefsError, BuildFailed
from briefs.summarize.model import Brief


def day_url(day: date) -> str:
    return f"/{day.isoformat().replace('-', '/')}/"  # 5x faster than strftime


def absolute_url(config: SiteConfig, url: str) -> str:
    """A site-relative URL ("/2025/06/02/") under `base_url`, which may have a path of its own."""
    return config.base_url.rstrip("/") + "/" + url.lstrip("/")


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


def assemble(
    config: SiteConfig,
    stories: list[tuple[Article, Brief]],
    *,
    drafts: bool,
    future: bool,
    now: datetime,
) -> Site:
    """Place the published articles on the site: URLs, days, tags, index pages and archive.

    Drafts are left out unless `drafts`; articles dated after `now` unless `future` (then they are
    kept and marked `Story.future`). Raises BuildFailed listing every URL collision and bad tag.
    """
    zone = ZoneInfo(config.timezone)
    placed = []
    for article, brief in stories:
        is_future = article.date > now
        if (drafts or not article.draft) and (future or not is_future):
            placed.append(_place(article, brief, zone, is_future))
    placed.sort(key=lambda story: (story.published, story.article.slug, story.article.path))
    errors = _url_problems(placed)
    tags = _tags(placed, errors)
    if errors:
        raise BuildFailed(errors)

    days = _days(placed)
    return Site(
        config=config,
        days=days,
        stories=tuple(reversed(placed)),
        tags=tags,
        index_pages=_index_pages(days, config.page_size),
        archive=_archive(days),
    )


def _place(article: Article, brief: Brief, zone: ZoneInfo, future: bool) -> Story:
    published = article.date.astimezone(zone)
    return Story(
        article=article,
        brief=brief,
        url=f"{day_url(published.date())}{article.slug}/",
        published=published,
        future=future,
    )


def _url_problems(stories: list[Story]) -> list[BriefsError]:
    """Articles whose page would land outside its day's folder or on another article's page."""
    first_at: dict[str, Story] = {}
    errors = []
    for story in sorted(stories, key=lambda s: s.article.path):
        slug = story.article.slug
        if slug in ("", ".", "..") or "/" in slug or "\\" in slug:
            errors.append(BriefsError(
                f"slug {slug!r} cannot be a folder name in the output",
                path=story.article.path,
                hint="use letters, digits and hyphens in `slug:`, e.g. `slug: talks-in-istanbul`",
            ))
            continue
        first = first_at.setdefault(story.url, story)
        if first is not story:
            errors.append(BriefsError(
                f"publishes at {story.url}, the same URL as {first.article.path}",
                path=story.article.path,
                hint="give one of the two articles another `slug:` (or title) in its front matter",
            ))
    return errors


def _tags(stories: list[Story], errors: list[BriefsError]) -> tuple[Tag, ...]:
    """Tags grouped by slug; a tag's name is its spelling in its oldest story."""
    names: dict[str, str] = {}
    tagged: dict[str, list[Story]] = defaultdict(list)
    slugs: dict[str, str] = {}  # spelling -> slug, as many articles share tags
    for story in stories:  # oldest first
        for name in story.article.tags:
            slug = slugs.get(name)
            if slug is None:
                slug = slugs[name] = slugify(name)
            if not slug:
                errors.append(BriefsError(
                    f"tag {name!r} has no letters or digits to make a URL from",
                    path=story.article.path,
                    hint="use a tag with at least one letter or digit (a-z, 0-9)",
                ))
                continue
            names.setdefault(slug, name)
            if not tagged[slug] or tagged[slug][-1] is not story:
                tagged[slug].append(story)
    return tuple(
        Tag(name=names[slug], slug=slug, stories=tuple(reversed(tagged[slug])))
        for slug in sorted(tagged)
    )


def _days(stories: list[Story]) -> tuple[DailyBrief, ...]:
    """Days newest first; within a day, higher `priority` first, then earlier, then by slug."""
    by_day: dict[date, list[Story]] = defaultdict(list)
    for story in stories:
        by_day[story.day].append(story)
    dates = sorted(by_day, reverse=True)
    return tuple(
        DailyBrief(
            day=day,
            stories=tuple(sorted(
                by_day[day],
                key=lambda s: (-s.article.priority, s.published, s.article.slug, s.article.path),
            )),
            previous=dates[i + 1] if i + 1 < len(dates) else None,
            next=dates[i - 1] if i > 0 else None,
        )
        for i, day in enumerate(dates)
    )


def _index_pages(days: tuple[DailyBrief, ...], page_size: int) -> tuple[IndexPage, ...]:
    """`page_size` days a page; an empty site still has its front page."""
    chunks = [days[i:i + page_size] for i in range(0, len(days), page_size)] or [()]
    return tuple(
        IndexPage(number=n, days=chunk, count=len(chunks)) for n, chunk in enumerate(chunks, 1)
    )


def _archive(days: tuple[DailyBrief, ...]) -> tuple[Month, ...]:
    by_month: dict[tuple[int, int], list[DailyBrief]] = defaultdict(list)
    for day in days:  # newest first, so each month's days are too
        by_month[day.day.year, day.day.month].append(day)
    return tuple(
        Month(year=year, month=month, days=tuple(by_month[year, month]))
        for year, month in sorted(by_month, reverse=True)
    )
