"""Site -> /feed.xml (RSS 2.0) and /atom.xml of the daily briefs, and an RSS feed per tag (feedgen).

Every date in a feed comes from the stories, never from the clock, so the same site always gives
byte-identical feeds: deploy tools and the dev server can tell a real change from a rebuild.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable
from urllib.parse import urljoin

from feedgen.feed import FeedGenerator

from briefs.render.theme import long_date
from briefs.site import DailyBrief, Site, Story, Tag, absolute_url

TAG_FEED_ITEMS = 20  # newest stories in each tag's feed
EMPTY_FEED_DATE = datetime(1970, 1, 1, tzinfo=timezone.utc)  # `updated` of a feed with no items

_MEDIA_TYPES = {"feed.xml": "application/rss+xml", "atom.xml": "application/atom+xml"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")  # XML 1.0 forbids
_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:")
_URL_ATTRIBUTE = re.compile(r"""(\s(?:href|src)\s*=\s*)(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


@dataclass(frozen=True)
class _Item:
    title: str
    url: str  # absolute; also the item's GUID / Atom id
    date: datetime
    summary: str  # plain text
    html: str  # with absolute URLs
    author: str | None = None


FeedCache = Callable[[str, tuple[str, ...], Callable[[], bytes]], bytes]


def _no_cache(path: str, urls: tuple[str, ...], make: Callable[[], bytes]) -> bytes:
    return make()


def render_feeds(
    site: Site,
    day_html: Callable[[DailyBrief], str],
    story_html: Callable[[Story], str],
    cached: FeedCache = _no_cache,
) -> dict[str, bytes]:
    """{"feed.xml", "atom.xml", "tags/<slug>/feed.xml"...: bytes}.

    `day_html` / `story_html` give the HTML of a whole daily brief / one story (the theme's);
    its relative links are made absolute here, as feed readers have no page to resolve them against.
    `cached(path, item_urls, make)` may return the feed's last bytes instead of calling `make` when
    the pages at `item_urls` did not change (the dev server's incremental builds).
    """
    config = site.config
    days = site.days[: config.feed_days]
    description = config.description or f"The daily briefs of {config.title}"

    def daily(path: str) -> bytes:
        feed = _feed(site, [_day_item(site, day, day_html(day)) for day in days], "/", path,
                     config.title, description)
        return feed.rss_str(pretty=True) if path == "feed.xml" else feed.atom_str(pretty=True)

    day_urls = tuple(day.url for day in days)
    files = {path: cached(path, day_urls, lambda path=path: daily(path)) for path in ("feed.xml", "atom.xml")}
    rendered: dict[str, _Item] = {}  # a story with several tags is rendered once

    def item(story: Story) -> _Item:
        if story.url not in rendered:
            rendered[story.url] = _story_item(site, story, story_html(story))
        return rendered[story.url]

    def tagged(tag: Tag, path: str) -> bytes:
        feed = _feed(site, [item(story) for story in tag.stories[:TAG_FEED_ITEMS]], tag.url, path,
                     f"{config.title}: {tag.name}", f"Stories tagged “{tag.name}” in {config.title}")
        return feed.rss_str(pretty=True)

    for tag in site.tags:
        path = f"tags/{tag.slug}/feed.xml"
        urls = tuple(story.url for story in tag.stories[:TAG_FEED_ITEMS])
        files[path] = cached(path, urls, lambda tag=tag, path=path: tagged(tag, path))
    return files


def absolute_urls(html: str, site: Site, page_url: str) -> str:
    """Every href/src in `html` made absolute: "/x" under base_url, "x" or "#x" against the page."""
    base = absolute_url(site.config, "/")
    page = absolute_url(site.config, page_url)

    def resolve(match: re.Match[str]) -> str:
        quote = '"' if match.group(2) is not None else "'"
        value = match.group(2) if match.group(2) is not None else match.group(3)
        if value[:1] == "/" and value[1:2] != "/":
            value = base + value[1:]  # the common case, and the one urljoin would get wrong
        elif not _SCHEME.match(value):
            value = urljoin(page, value)
        return f"{match.group(1)}{quote}{value}{quote}"

    return _URL_ATTRIBUTE.sub(resolve, html)


def _day_item(site: Site, day: DailyBrief, html: str) -> _Item:
    """A daily brief as one item, dated by its newest story."""
    headlines = [story.brief.headline or story.article.title for story in day.stories]
    more = f" and {len(headlines) - 1} more" if len(headlines) > 1 else ""
    return _Item(
        title=f"{long_date(day.day)}: {headlines[0]}{more}",
        url=absolute_url(site.config, day.url),
        date=max(story.published for story in day.stories),
        summary=" · ".join(headlines),
        html=absolute_urls(html, site, day.url),
    )


def _story_item(site: Site, story: Story, html: str) -> _Item:
    return _Item(
        title=story.brief.headline or story.article.title,
        url=absolute_url(site.config, story.url),
        date=story.published,
        summary=" ".join(story.brief.summary) or story.article.title,
        html=absolute_urls(html, site, story.url),
        author=story.article.author,
    )


def _feed(site: Site, items: list[_Item], page_url: str, path: str, title: str,
          description: str) -> FeedGenerator:
    """A feed of `items` (newest first) about the page at `page_url`, itself published at `path`."""
    config = site.config
    updated = max((item.date for item in items), default=EMPTY_FEED_DATE).replace(microsecond=0)
    feed = FeedGenerator()
    feed.id(absolute_url(config, page_url))
    feed.title(_xml_text(title))
    feed.description(_xml_text(description))
    feed.link(href=absolute_url(config, path), rel="self", type=_MEDIA_TYPES[path.rsplit("/")[-1]])
    feed.link(href=absolute_url(config, page_url), rel="alternate")  # the last is RSS's <link>
    feed.language(config.language)
    feed.author({"name": config.author or config.title})
    feed.generator("briefs")
    feed.lastBuildDate(updated)  # feedgen would put the clock's time here
    feed.updated(updated)
    for item in items:
        date = item.date.replace(microsecond=0)
        entry = feed.add_entry(order="append")
        entry.id(item.url)
        entry.guid(item.url, permalink=True)
        entry.title(_xml_text(item.title))
        entry.link(href=item.url, rel="alternate")
        entry.description(_xml_text(item.summary))
        entry.content(_xml_text(item.html), type="html")
        entry.published(date)
        entry.updated(date)
        if item.author:
            entry.author({"name": item.author})
    return feed


def _xml_text(text: str) -> str:
    """`text` without the control characters XML cannot carry (lxml would refuse the whole feed)."""
    return _NOT_XML.sub("", text)
