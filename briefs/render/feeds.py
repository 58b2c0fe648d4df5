"""Site -> the feeds: the daily briefs as RSS 2.0 (/feed.xml), Atom (/atom.xml) and JSON Feed 1.1
(/feed.json); the newest stories one by one (/stories.xml); and an RSS feed per tag (feedgen).

A daily brief is one item, published when the morning brief is (`brief_time`, else its first story's
time) and updated when a later story joins it: its id, GUID and publication date never change, so a
reader shows it once and, reading Atom's or JSON Feed's update date, refreshes it.

Every date in a feed comes from the stories, never from the clock, so the same site always gives
byte-identical feeds: deploy tools and the dev server can tell a real change from a rebuild.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Callable, Protocol
from urllib.parse import urljoin

from briefs.config import SiteConfig
from briefs.render.outputs import ATOM, JSON_FEED, RSS, Artifact
from briefs.render.theme import DAYS, MONTHS
from briefs.site import DailyBrief, Site, Story, absolute_url

if TYPE_CHECKING:
    from feedgen.feed import FeedGenerator

TAG_FEED_ITEMS = 20  # newest stories in each tag's feed
EMPTY_FEED_DATE = datetime(1970, 1, 1, tzinfo=timezone.utc)  # `updated` of a feed with no items
TITLE_WORDS = 8  # words of the top story's headline in a daily brief's item title
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"

_MEDIA_TYPES = {"feed.xml": RSS, "atom.xml": ATOM, "stories.xml": RSS}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")  # XML 1.0 forbids
_SCHEME = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*:")
_URL_ATTRIBUTE = re.compile(r"""(\s(?:href|src)\s*=\s*)(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


@dataclass(frozen=True)
class _Item:
    title: str
    url: str  # absolute; also the item's GUID / Atom id
    published: datetime  # never changes, so readers never show the item twice
    updated: datetime  # moves when the item's content grows (a story joins a day)
    summary: str  # plain text
    html: str  # with absolute URLs
    author: str | None = None


class Fragments(Protocol):
    """The HTML of a whole daily brief and of one story (the theme's feed item template)."""

    def day(self, day: DailyBrief) -> str: ...
    def story(self, story: Story) -> str: ...


@dataclass(frozen=True)
class _Given:
    day_html: Callable[[DailyBrief], str]
    story_html: Callable[[Story], str]

    def day(self, day: DailyBrief) -> str:
        return self.day_html(day)

    def story(self, story: Story) -> str:
        return self.story_html(story)


def render_feeds(site: Site, day_html: Callable[[DailyBrief], str],
                 story_html: Callable[[Story], str]) -> dict[str, bytes]:
    """{"feed.xml", "atom.xml", "tags/<slug>/feed.xml"...: bytes}, items' HTML from the functions."""
    return {artifact.path: artifact.render() for artifact in feeds(site, _Given(day_html, story_html))}


def feeds(site: Site, fragments: Fragments) -> list[Artifact]:
    """The daily briefs as RSS (/feed.xml), Atom (/atom.xml) and JSON Feed (/feed.json), the newest
    stories (/stories.xml), and an RSS feed per tag.

    Each feed is handed exactly what it shows: the settings, its days or its tag's newest stories,
    and `fragments`, whose HTML it makes absolute (feed readers have no page to resolve links against).
    """
    config = site.config
    days = site.days[: config.feed_days]
    found = [Artifact(path, "/" + path, _MEDIA_TYPES[path], False, daily_feed, (config, days, path, fragments))
             for path in ("feed.xml", "atom.xml")]
    found.append(Artifact("feed.json", "/feed.json", JSON_FEED, False, json_feed, (config, days, fragments)))
    found.append(Artifact("stories.xml", "/stories.xml", RSS, False, story_feed,
                          (config, site.stories[: config.feed_stories], fragments)))
    for tag in site.tags:
        path = f"tags/{tag.slug}/feed.xml"
        found.append(Artifact(path, "/" + path, _MEDIA_TYPES["feed.xml"], False, tag_feed,
                              (config, tag.name, tag.url, tag.stories[:TAG_FEED_ITEMS], path, fragments)))
    return found


def _description(config: SiteConfig) -> str:
    return config.description or f"The daily briefs of {config.title}"


def daily_feed(config: SiteConfig, days: tuple[DailyBrief, ...], path: str, fragments: Fragments) -> bytes:
    feed = _feed(config, [_day_item(config, day, fragments.day(day)) for day in days], "/", path,
                 config.title, _description(config))
    return feed.rss_str(pretty=True) if path == "feed.xml" else feed.atom_str(pretty=True)


def json_feed(config: SiteConfig, days: tuple[DailyBrief, ...], fragments: Fragments) -> bytes:
    """The daily briefs as JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""
    items = [_day_item(config, day, fragments.day(day)) for day in days]
    feed = {
        "version": JSON_FEED_VERSION,
        "title": config.title,
        "home_page_url": absolute_url(config, "/"),
        "feed_url": absolute_url(config, "/feed.json"),
        "description": _description(config),
        "language": config.language,
        "authors": [{"name": config.author or config.title}],
        "items": [{
            "id": item.url,
            "url": item.url,
            "title": item.title,
            "content_html": item.html,
            "summary": item.summary,
            "date_published": item.published.replace(microsecond=0).isoformat(),
            "date_modified": item.updated.replace(microsecond=0).isoformat(),
        } for item in items],
    }
    return (json.dumps(feed, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def story_feed(config: SiteConfig, stories: tuple[Story, ...], fragments: Fragments) -> bytes:
    """The newest stories, one item each, for readers who want every story as it is published."""
    items = [_story_item(config, story, fragments.story(story)) for story in stories]
    feed = _feed(config, items, "/", "stories.xml", f"{config.title}: every story",
                 f"Every story of {config.title}, newest first")
    return feed.rss_str(pretty=True)


def tag_feed(config: SiteConfig, name: str, url: str, stories: tuple[Story, ...], path: str,
             fragments: Fragments) -> bytes:
    items = [_story_item(config, story, fragments.story(story)) for story in stories]
    feed = _feed(config, items, url, path, f"{config.title}: {name}",
                 f"Stories tagged “{name}” in {config.title}")
    return feed.rss_str(pretty=True)


def absolute_urls(html: str, config: SiteConfig, page_url: str) -> str:
    """Every href/src in `html` made absolute: "/x" under base_url, "x" or "#x" against the page."""
    base = absolute_url(config, "/")
    page = absolute_url(config, page_url)

    def resolve(match: re.Match[str]) -> str:
        quote = '"' if match.group(2) is not None else "'"
        value = match.group(2) if match.group(2) is not None else match.group(3)
        if value[:1] == "/" and value[1:2] != "/":
            value = base + value[1:]  # the common case, and the one urljoin would get wrong
        elif not _SCHEME.match(value):
            value = urljoin(page, value)
        return f"{match.group(1)}{quote}{value}{quote}"

    return _URL_ATTRIBUTE.sub(resolve, html)


def brief_published(config: SiteConfig, day: DailyBrief) -> datetime:
    """When a day's brief is published: at `brief_time` that day in the site's timezone, else at
    its first story's time (never its last: a morning brief does not appear at night)."""
    if config.brief_time is not None:
        return datetime.combine(day.day, config.brief_time, tzinfo=config.tz)
    return min(story.published for story in day.stories)


def short_headline(headline: str) -> str:
    """A headline short enough for an item title: of "Antalya climate deal: what was agreed", the
    topic before the colon (unless a one-word label such as "Review:", then what follows it), and
    at most TITLE_WORDS words."""
    topic, colon, rest = headline.partition(": ")
    if colon:
        headline = topic if len(topic.split()) > 1 else rest
    words = headline.split()
    return headline if len(words) <= TITLE_WORDS else " ".join(words[:TITLE_WORDS]) + "…"


def _day_item(config: SiteConfig, day: DailyBrief, html: str) -> _Item:
    """A daily brief as one item: "Friday 20 November: Antalya climate deal and 4 more"."""
    headlines = [story.brief.headline or story.article.title for story in day.stories]
    more = f" and {len(headlines) - 1} more" if len(headlines) > 1 else ""
    published = brief_published(config, day)
    return _Item(
        title=f"{DAYS[day.day.weekday()]} {day.day.day} {MONTHS[day.day.month - 1]}: "
              f"{short_headline(headlines[0])}{more}",
        url=absolute_url(config, day.url),
        published=published,
        updated=max(published, *(story.published for story in day.stories)),
        summary=" · ".join(headlines),
        html=absolute_urls(html, config, day.url),
    )


def _story_item(config: SiteConfig, story: Story, html: str) -> _Item:
    return _Item(
        title=story.brief.headline or story.article.title,
        url=absolute_url(config, story.url),
        published=story.published,
        updated=story.published,
        summary=" ".join(story.brief.summary) or story.article.title,
        html=absolute_urls(html, config, story.url),
        author=story.article.author,
    )


def _feed(config: SiteConfig, items: list[_Item], page_url: str, path: str, title: str,
          description: str) -> FeedGenerator:
    """A feed of `items` (newest first) about the page at `page_url`, itself published at `path`."""
    from feedgen.feed import FeedGenerator  # with lxml, 50 ms to import: only when a feed is made

    updated = max((item.updated for item in items), default=EMPTY_FEED_DATE).replace(microsecond=0)
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
        entry = feed.add_entry(order="append")
        entry.id(item.url)
        entry.guid(item.url, permalink=True)
        entry.title(_xml_text(item.title))
        entry.link(href=item.url, rel="alternate")
        entry.description(_xml_text(item.summary))
        entry.content(_xml_text(item.html), type="html")
        entry.published(item.published.replace(microsecond=0))  # RSS's pubDate
        entry.updated(item.updated.replace(microsecond=0))
        if item.author:
            entry.author({"name": item.author})
    return feed


def _xml_text(text: str) -> str:
    """`text` without the control characters XML cannot carry (lxml would refuse the whole feed)."""
    return _NOT_XML.sub("", text)
