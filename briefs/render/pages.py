"""Site -> the HTML pages, and every artifact of the site (pages, feeds, static files, sitemap).

`pages()` is cheap: it builds no HTML. Each page is an Artifact that renders one template, handed
only the variables that template reads, so its key changes exactly when what it can show does.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

from briefs.config import SiteConfig
from briefs.errors import BriefsError
from briefs.keys import Digests
from briefs.render.outputs import HTML, Artifact, static_file
from briefs.render.sitemap import NOT_LISTED
from briefs.render.theme import Theme, long_date, web_url
from briefs.site import DailyBrief, IndexPage, Site, Story, Tag, absolute_url


@dataclass(frozen=True)
class Feed:
    """A feed to announce in <head> (autodiscovery)."""

    type: str  # "application/rss+xml" | "application/atom+xml" | "application/feed+json"
    title: str
    url: str  # site-relative


FEED_ITEM = "_feed_item.html"


def output_path(url: str) -> str:
    """ "/" -> "index.html", "/2025/06/02/" -> "2025/06/02/index.html", "/404.html" -> "404.html"."""
    if url.endswith(".html"):
        return url.lstrip("/")
    return (url.strip("/") + "/index.html").lstrip("/")


def first_sentence(story: Story) -> str:
    """What a link preview shows (og:description): the brief's first sentence, else the headline."""
    return story.brief.summary[0] if story.brief.summary else story.brief.headline


def news_article(story: Story, config: SiteConfig) -> dict[str, Any]:
    """schema.org NewsArticle for the article page's JSON-LD: what search engines and news
    aggregators read (headline, dates with their offset, author, publisher, URL)."""
    url = absolute_url(config, story.url)
    published = story.published.isoformat()
    author = ({"@type": "Person", "name": story.article.author} if story.article.author
              else {"@type": "Organization", "name": config.author or config.title})
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.brief.headline,
        "description": first_sentence(story),
        "datePublished": published,
        "dateModified": published,  # an article has no edit history: its date is its last change
        "author": [author],
        "publisher": {"@type": "Organization", "name": config.title, "url": absolute_url(config, "/")},
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "inLanguage": config.language,
    }
    if story.article.section:
        data["articleSection"] = story.article.section
    if story.article.tags:
        data["keywords"] = list(story.article.tags)
    if story.article.source_url and web_url(story.article.source_url):
        data["isBasedOn"] = story.article.source_url
    return data


def site_feeds(site: Site) -> tuple[Feed, ...]:
    title = site.config.title
    return (Feed("application/rss+xml", f"{title} (RSS)", "/feed.xml"),
            Feed("application/atom+xml", f"{title} (Atom)", "/atom.xml"),
            Feed("application/feed+json", f"{title} (JSON Feed)", "/feed.json"),
            Feed("application/rss+xml", f"{title}: every story (RSS)", "/stories.xml"))


def tag_feed(site: Site, tag: Tag) -> Feed:
    return Feed("application/rss+xml", f"{site.config.title}: {tag.name}", f"{tag.url}feed.xml")


def render_story_page(theme: Theme, template: str, url: str, context: dict[str, Any]) -> bytes:
    """The `make` of an article page: its JSON-LD is made here from the story and the settings
    (both in its inputs), so that its key need not walk it."""
    return render_page(theme, template, url, {**context, "json_ld": news_article(context["page"], context["config"])})


def render_page(theme: Theme, template: str, url: str, context: dict[str, Any]) -> bytes:
    """The `make` of every page: one template, given `context` (only what the template reads)."""
    return theme.render(template, url, context)


def pages(site: Site, theme: Theme) -> list[Artifact]:
    """Every HTML page of the site: home and its pages, days, stories, archive, tags, 404."""
    feeds = site_feeds(site)
    config = site.config
    description = config.description or f"{config.title}: the day's news in brief."

    def page(template: str, url: str, page_data: Any, make: Any = render_page, **context: Any) -> Artifact:
        values = theme.context(template, **{
            "site": site, "config": config, "page": page_data, "url": url, "title": None,
            "description": description, "og_type": "website", "feeds": feeds, **context})
        return Artifact(output_path(url), url, HTML, url not in NOT_LISTED, make,
                        (theme, template, url, values))

    index_pages = site.index_pages or (IndexPage(number=1, days=(), count=1),)
    result = [page("index.html", ip.url, ip, title=None if ip.number == 1 else f"Page {ip.number}")
              for ip in index_pages]
    result += [
        page("day.html", day.url, day, title=f"Brief for {long_date(day.day)}",
             description=first_sentence(day.stories[0]) if day.stories else description)
        for day in site.days
    ]
    day_of = {story.url: day for day in site.days for story in day.stories}
    result += [
        page("article.html", story.url, story, title=story.brief.headline,
             description=first_sentence(story), og_type="article", day=day_of[story.url],
             make=render_story_page)
        for story in site.stories
    ]
    result.append(page("archive.html", "/archive/", site.archive, title="Archive",
                       description=f"Every daily brief of {config.title}."))
    result.append(page("tags.html", "/tags/", site.tags, title="Tags",
                       description=f"Every tag used on {config.title}."))
    result += [
        page("tag.html", tag.url, tag, title=f"Tagged “{tag.name}”", description=f"Stories tagged “{tag.name}”.",
             feeds=feeds + (tag_feed(site, tag),))
        for tag in site.tags
    ]
    result.append(page("search.html", "/search/", None, title="Search",
                       description=f"Search every story of {config.title}."))
    result.append(page("404.html", "/404.html", None, title="Page not found"))
    return result


def fragment(site: Site, theme: Theme, stories: tuple[Story, ...], url: str) -> str:
    """Briefs as HTML without page chrome: the content of a feed item (the feed makes links absolute)."""
    return ThemeFragments(theme, fragment_context(site, theme)).of(stories, url)


def fragment_context(site: Site, theme: Theme) -> dict[str, Any]:
    """What the feed item template can read besides its stories and URL."""
    return theme.context(FEED_ITEM, site=site, config=site.config, page=None, url=None)


@dataclass(frozen=True)
class ThemeFragments:
    """The theme's feed item template with its context: how feeds get a day's or a story's HTML."""

    theme: Theme
    context: dict[str, Any]

    def of(self, stories: tuple[Story, ...], url: str) -> str:
        values = {**self.context, "page": stories, "url": url}
        return self.theme.render(FEED_ITEM, url, values).decode("utf-8")

    def day(self, day: DailyBrief) -> str:
        return self.of(day.stories, day.url)

    def story(self, story: Story) -> str:
        return self.of((story,), story.url)


def day_html(site: Site, theme: Theme, day: DailyBrief) -> str:
    return fragment(site, theme, day.stories, day.url)


def story_html(site: Site, theme: Theme, story: Story) -> str:
    return fragment(site, theme, (story,), story.url)


def artifacts(site: Site, theme: Theme) -> list[Artifact]:
    """Every file of the site: pages, feeds, static files, then the sitemap and robots.txt of them.

    Raises BriefsError when two claim one path (a static file over a generated page), BuildFailed
    listing every alias that would replace a file.
    """
    from briefs.render.aliases import redirects
    from briefs.render.feeds import feeds
    from briefs.render.sitemap import sitemap

    found = pages(site, theme) + feeds(site, ThemeFragments(theme, fragment_context(site, theme)))
    paths = {artifact.path for artifact in found}
    for path, data in theme.static_files().items():
        if path in paths:
            raise BriefsError(f"static file {path} would overwrite a file the site generates",
                              path=f"static/{path}", hint="rename it or remove it from static/")
        found.append(Artifact(path, "/" + path, media_type(path), False, static_file, (data,)))
    found += redirects(site, {artifact.path for artifact in found})
    return found + sitemap(site, [a.url for a in found if a.listed])


def media_type(path: str) -> str:
    guessed, _ = mimetypes.guess_type(path)
    return guessed or "application/octet-stream"


class Sink(Protocol):
    """Where a build puts the site's files: memory (serve, check) or a staging folder (build)."""

    def reuse(self, path: str, key: str) -> bool:
        """Keep the file of this key the sink already has (from the last build); False if none."""

    def put(self, path: str, key: str, data: bytes) -> None: ...

    def reuse_index(self, key: str) -> bool:
        """Keep the search index's files of this key (a bundle the last build made from the same
        stories) if the sink still has every one of them; False if not."""

    def put_index(self, key: str, files: dict[str, bytes]) -> None:
        """Add files of the search index ({path: bytes}), made from what `key` is the digest of."""


def make_site(site: Site, theme: Theme, sink: Sink, digests: Digests | None = None, *,
              search: bool = True, jobs: int = 1,
              progress: Callable[[int, int], None] = lambda done, total: None) -> dict[str, str]:
    """Make every artifact of the site into `sink`, reusing what it still holds, rendering the rest
    in `jobs` processes (`progress(done, total)` as they come), and (if `search`) the search index,
    a bundle per month (see briefs.render.search): `jobs` bundles are indexed at a time, while the
    pages are made. The artifacts' media types, by path. Raises BuildFailed listing every template error, one per
    template line at fault, not one per page."""
    from briefs.errors import BuildFailed
    from briefs.workers import PER_TASK, in_processes

    digests = digests or Digests()
    made: list[tuple[Artifact, str]] = []
    types: dict[str, str] = {}
    for artifact in artifacts(site, theme):
        key = artifact.key(digests)
        types[artifact.path] = artifact.media_type
        if not sink.reuse(artifact.path, key):
            made.append((artifact, key))
    with in_processes(_render, [artifact for artifact, _ in made], jobs) as rendered, \
            ThreadPoolExecutor(jobs) as pool:  # the render processes are forked before any thread
        try:
            index = start_search(site, sink, digests, pool) if search else []
            errors: dict[tuple, BriefsError] = {}
            for done, ((artifact, key), data) in enumerate(zip(made, rendered), 1):
                if isinstance(data, BriefsError):
                    errors.setdefault((data.path, data.line), data)
                else:
                    sink.put(artifact.path, key, data)
                if done % PER_TASK == 0 or done == len(made):
                    progress(done, len(made))
            if errors:
                raise BuildFailed(list(errors.values()))
            for key, index_files in index:
                sink.put_index(key, index_files.result())
        finally:
            pool.shutdown(cancel_futures=True)
    return types


def _render(artifact: Artifact) -> bytes | BriefsError:
    """An artifact's bytes, or the template error that stopped it (as a value: in a worker)."""
    try:
        return artifact.render()
    except BriefsError as err:
        return err


def start_search(site: Site, sink: Sink, digests: Digests, pool: Executor) -> list[tuple[str, Future]]:
    """The search index's files that `sink` does not hold yet, being made in `pool`, by key: the
    list of bundles, and each bundle whose stories changed since the sink's last build."""
    from briefs.render.search import bundles, index_bundle, listing

    found = bundles(site)
    names = tuple(bundle.name for bundle in found)
    calls = [(listing, names)] + [(index_bundle, bundle) for bundle in found]
    return [(key, pool.submit(*call)) for call in calls
            if not sink.reuse_index(key := digests.hex(call))]


@dataclass
class MemorySink:
    """The site in memory; `previous` maps keys to what the last build made (the dev server's)."""

    previous: dict[str, Any] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    made: dict[str, Any] = field(default_factory=dict)  # this build's, by key: the next `previous`

    def reuse(self, path: str, key: str) -> bool:
        if key not in self.previous:
            return False
        self.put(path, key, self.previous[key])
        return True

    def put(self, path: str, key: str, data: bytes) -> None:
        self.files[path] = self.made[key] = data

    def reuse_index(self, key: str) -> bool:
        files = self.previous.get(key)
        if files is not None:
            self.put_index(key, files)
        return files is not None

    def put_index(self, key: str, files: dict[str, bytes]) -> None:
        for path in files.keys() & self.files.keys():
            raise BriefsError(f"static file {path} would overwrite the search index",
                              path=f"static/{path}", hint="rename it or remove it from static/")
        self.files.update(files)
        self.made[key] = files


def render_site(site: Site, theme: Theme, memo: dict[str, Any] | None = None,
                digests: Digests | None = None, *, search: bool = True,
                media_types: dict[str, str] | None = None) -> dict[str, bytes]:
    """The whole site in memory, {output path: bytes} (see `make_site`).

    `memo` (the dev server keeps one between builds) maps artifact keys to what the last build
    made: an artifact whose key is unchanged is not made again. Updated in place to hold this
    build's artifacts only. `media_types`, if given, is filled with each artifact's media type
    by its path (what the dev server sends; the search index's files have none).
    """
    types: dict[str, str] = {}
    files = _in_memory(memo, lambda sink: types.update(make_site(site, theme, sink, digests, search=search)))
    if media_types is not None:
        media_types.clear()
        media_types.update(types)
    return files


def render_search(site: Site, memo: dict[str, Any], digests: Digests | None = None) -> dict[str, bytes]:
    """The search index's files in memory (the dev server makes them after the pages), reusing
    the bundles of `memo` (updated in place, as render_site's) whose stories did not change."""

    def make(sink: MemorySink) -> None:
        with ThreadPoolExecutor(1) as pool:
            for key, made in start_search(site, sink, digests or Digests(), pool):
                sink.put_index(key, made.result())

    return _in_memory(memo, make)


def _in_memory(memo: dict[str, Any] | None, make: Callable[[MemorySink], None]) -> dict[str, bytes]:
    sink = MemorySink(dict(memo or {}))
    make(sink)
    if memo is not None:
        memo.clear()
        memo.update(sink.made)
    return sink.files
