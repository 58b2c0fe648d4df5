"""Site -> the list of HTML pages, each with a key that says when it must be rendered again.

`pages()` is cheap: it builds no HTML. Each `Page.render()` renders one template. The dev server keeps
the keys of the last build and re-renders only the pages whose key changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Hashable

from briefs.config import SiteConfig
from briefs.render.theme import Theme, long_date, web_url
from briefs.site import DailyBrief, IndexPage, Site, Story, Tag, absolute_url


@dataclass(frozen=True)
class Feed:
    """A feed to announce in <head> (autodiscovery)."""

    type: str  # "application/rss+xml" | "application/atom+xml"
    title: str
    url: str  # site-relative


@dataclass(frozen=True)
class Page:
    """One HTML file of the site, not yet rendered."""

    path: str  # output-relative POSIX path, e.g. "2025/06/02/index.html"
    url: str  # site-relative URL, e.g. "/2025/06/02/"
    key: Hashable  # equal keys -> byte-identical output (same theme, same data shown)
    render: Callable[[], bytes] = field(compare=False, repr=False)


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


def story_key(story: Story) -> tuple:
    """Changes whenever anything the story shows could change (its file, place, date or status)."""
    return (story.article.path, story.article.digest, story.url, story.published.isoformat(), story.future)


def day_key(day: DailyBrief) -> tuple:
    return (day.day, tuple(story_key(s) for s in day.stories), day.previous, day.next)


def site_feeds(site: Site) -> tuple[Feed, ...]:
    title = site.config.title
    return (Feed("application/rss+xml", f"{title} (RSS)", "/feed.xml"),
            Feed("application/atom+xml", f"{title} (Atom)", "/atom.xml"))


def tag_feed(site: Site, tag: Tag) -> Feed:
    return Feed("application/rss+xml", f"{site.config.title}: {tag.name}", f"{tag.url}feed.xml")


def pages(site: Site, theme: Theme) -> list[Page]:
    """Every HTML page of the site: home and its pages, days, stories, archive, tags, 404."""
    common = (theme.fingerprint, repr(site.config))
    if theme.uses_site:  # a template may show anything of the site on any page
        common += (tuple(story_key(s) for s in site.stories),)
    feeds = site_feeds(site)
    config = site.config
    description = config.description or f"{config.title}: the day's news in brief."

    def page(template: str, url: str, data_key: Hashable, page_data: Any, **context: Any) -> Page:
        values = {"site": site, "config": config, "page": page_data, "url": url, "title": None,
                  "description": description, "og_type": "website", "feeds": feeds, **context}
        return Page(output_path(url), url, (template, url, common, data_key),
                    lambda: theme.render(template, url, values))

    index_pages = site.index_pages or (IndexPage(number=1, days=(), count=1),)
    result = [
        page("index.html", ip.url, (ip.number, ip.count, tuple(day_key(d) for d in ip.days)), ip,
             title=None if ip.number == 1 else f"Page {ip.number}")
        for ip in index_pages
    ]
    result += [
        page("day.html", day.url, day_key(day), day, title=f"Brief for {long_date(day.day)}",
             description=first_sentence(day.stories[0]) if day.stories else description)
        for day in site.days
    ]
    day_of = {story.url: day for day in site.days for story in day.stories}
    result += [  # an article page lists its day's other stories, so it changes with them
        page("article.html", story.url, day_key(day_of[story.url]), story, title=story.brief.headline,
             description=first_sentence(story), og_type="article", day=day_of[story.url],
             json_ld=news_article(story, config))
        for story in site.stories
    ]
    result.append(page("archive.html", "/archive/",
                       tuple((m.year, m.month, tuple(day_key(d) for d in m.days)) for m in site.archive),
                       site.archive, title="Archive", description=f"Every daily brief of {config.title}."))
    result.append(page("tags.html", "/tags/", tuple((t.name, t.slug, len(t.stories)) for t in site.tags),
                       site.tags, title="Tags", description=f"Every tag used on {config.title}."))
    result += [
        page("tag.html", tag.url, (tag.name, tuple(story_key(s) for s in tag.stories)), tag,
             title=f"Tagged “{tag.name}”", description=f"Stories tagged “{tag.name}”.",
             feeds=feeds + (tag_feed(site, tag),))
        for tag in site.tags
    ]
    result.append(page("search.html", "/search/", (), None, title="Search",
                       description=f"Search every story of {config.title}."))
    result.append(page("404.html", "/404.html", (), None, title="Page not found"))
    return result


def fragment(site: Site, theme: Theme, stories: tuple[Story, ...], url: str) -> str:
    """Briefs as HTML without page chrome: the content of a feed item (the feed makes links absolute)."""
    context = {"site": site, "config": site.config, "page": stories, "url": url}
    return theme.render("_feed_item.html", url, context).decode("utf-8")


def day_html(site: Site, theme: Theme, day: DailyBrief) -> str:
    return fragment(site, theme, day.stories, day.url)


def story_html(site: Site, theme: Theme, story: Story) -> str:
    return fragment(site, theme, (story,), story.url)


def render_site(site: Site, theme: Theme, memo: dict[Hashable, Any] | None = None, *,
                search: bool = True) -> dict[str, bytes]:
    """The whole site: every page, the static files, feeds, sitemap and robots.txt, and (if
    `search`) the search index of the pages.

    `memo` (the dev server keeps one between builds) maps Page.key -> output of the last build: pages
    whose key is unchanged are not rendered again, nor are feed items (a day's or story's item shows
    what its page shows, so it changes only with its page's key). Updated in place.
    """
    from briefs.errors import BriefsError, BuildFailed
    from briefs.render.feeds import render_feeds
    from briefs.render.search import search_index
    from briefs.render.sitemap import render_sitemap

    site_pages = pages(site, theme)
    previous, rendered = dict(memo or {}), {}

    def cached(key: Hashable, render: Callable[[], Any]) -> Any:
        rendered[key] = previous[key] if key in previous else render()
        return rendered[key]

    page_keys = {p.url: p.key for p in site_pages}
    files: dict[str, bytes] = {}
    errors: dict[tuple, BriefsError] = {}  # one report per template line at fault, not one per page
    for p in site_pages:
        try:
            files[p.path] = cached(p.key, p.render)
        except BriefsError as err:
            errors.setdefault((err.path, err.line), err)
    if errors:
        raise BuildFailed(list(errors.values()))
    files.update(render_feeds(
        site,
        lambda day: cached(("feed item", page_keys[day.url]), lambda: day_html(site, theme, day)),
        lambda story: cached(("feed item", page_keys[story.url]), lambda: story_html(site, theme, story)),
        # a feed shows what the pages of its items show, and the site's settings
        lambda path, urls, make: cached(("feed", path, repr(site.config), *(page_keys[u] for u in urls)), make),
    ))
    files.update(render_sitemap(site, [p.url for p in site_pages if p.path != "404.html"]))
    if search:  # the index reads every page (a theme chooses which ones it marks for search)
        files.update(cached(("search", *(p.key for p in site_pages)),
                            lambda: search_index({p.path: files[p.path] for p in site_pages})))
    for path, data in theme.static_files().items():
        if path in files:
            raise BriefsError(f"static file {path} would overwrite a page the site generates",
                              path=f"static/{path}", hint="rename it or remove it from static/")
        files[path] = data
    if memo is not None:
        memo.clear()
        memo.update(rendered)
    return files
