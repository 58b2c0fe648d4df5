"""Site -> /sitemap.xml (absolute URLs, lastmod from the stories shown), /news-sitemap.xml (a
Google News sitemap of the newest articles) and /robots.txt."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial
from html import escape as html_escape

from briefs.config import SiteConfig
from briefs.render.outputs import TEXT, XML, Artifact
from briefs.site import Site, Story, absolute_url

escape = partial(html_escape, quote=False)  # &, < and > (xml.sax.saxutils' escape, without its 50 ms import)

NOT_LISTED = frozenset({"/404.html"})  # pages a search engine should not index
NEWS_WINDOW = timedelta(days=2)  # Google News reads the articles of the last two days only...
NEWS_MAX = 1000  # ...and at most 1,000 of them


def sitemap(site: Site, urls: list[str]) -> list[Artifact]:
    """/sitemap.xml of the site-relative URLs given (e.g. "/"), /news-sitemap.xml of the newest
    articles, and /robots.txt pointing to both."""
    return [Artifact("sitemap.xml", "/sitemap.xml", XML, False, sitemap_xml, (site, tuple(urls))),
            Artifact("news-sitemap.xml", "/news-sitemap.xml", XML, False, news_sitemap_xml,
                     (site.config, _newest(site))),
            Artifact("robots.txt", "/robots.txt", TEXT, False, robots_txt, (site.config,))]


def render_sitemap(site: Site, urls: list[str]) -> dict[str, bytes]:
    """{"sitemap.xml", "news-sitemap.xml", "robots.txt"} for the site-relative page URLs given."""
    return {artifact.path: artifact.render() for artifact in sitemap(site, urls)}


def sitemap_xml(site: Site, urls: tuple[str, ...]) -> bytes:
    lastmod = _lastmod(site)
    entries = []
    for url in sorted(set(urls) - NOT_LISTED):
        entry = f"  <url>\n    <loc>{escape(absolute_url(site.config, url))}</loc>\n"
        if url in lastmod:
            entry += f"    <lastmod>{lastmod[url].replace(microsecond=0).isoformat()}</lastmod>\n"
        entries.append(entry + "  </url>\n")
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "".join(entries)
        + "</urlset>\n"
    )
    return text.encode("utf-8")


def robots_txt(config: SiteConfig) -> bytes:
    robots = (
        "User-agent: *\n"
        "Disallow:\n"
        "\n"
        f"Sitemap: {absolute_url(config, '/sitemap.xml')}\n"
        f"Sitemap: {absolute_url(config, '/news-sitemap.xml')}\n"
    )
    return robots.encode("utf-8")


def _newest(site: Site) -> tuple[Story, ...]:
    """The articles published in the two days up to the newest one, newest first (builds depend on
    the articles, not on the clock: a site that stops publishing keeps its last two days listed)."""
    if not site.stories:
        return ()
    newest = site.stories[0].published
    return tuple(s for s in site.stories[:NEWS_MAX] if newest - s.published <= NEWS_WINDOW)


def news_sitemap_xml(config: SiteConfig, stories: tuple[Story, ...]) -> bytes:
    name, language = escape(config.title), _news_language(config.language)
    entries = [
        f"  <url>\n    <loc>{escape(absolute_url(config, story.url))}</loc>\n"
        "    <news:news>\n"
        f"      <news:publication><news:name>{name}</news:name>"
        f"<news:language>{language}</news:language></news:publication>\n"
        f"      <news:publication_date>{story.published.replace(microsecond=0).isoformat()}</news:publication_date>\n"
        f"      <news:title>{escape(story.brief.headline)}</news:title>\n"
        "    </news:news>\n  </url>\n"
        for story in stories
    ]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\n'
        '        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        + "".join(entries)
        + "</urlset>\n"
    ).encode("utf-8")


def _news_language(language: str) -> str:
    """Google News wants an ISO 639 code ("en"), except for Chinese: "zh-cn" or "zh-tw"."""
    code = language.lower().replace("_", "-")
    return code if code in ("zh-cn", "zh-tw") else code.split("-")[0]


def _lastmod(site: Site) -> dict[str, datetime]:
    """When each page's newest story was published: what changes a page is a story arriving."""
    def newest(stories: tuple[Story, ...] | list[Story]) -> datetime:
        return max(story.published for story in stories)

    found: dict[str, datetime] = {story.url: story.published for story in site.stories}
    found.update((day.url, newest(day.stories)) for day in site.days)
    found.update((tag.url, newest(tag.stories)) for tag in site.tags)
    found.update(
        (page.url, newest([s for day in page.days for s in day.stories]))
        for page in site.index_pages if page.days
    )
    if site.stories:
        found["/archive/"] = site.stories[0].published
    if site.tags:
        found["/tags/"] = max(found[tag.url] for tag in site.tags)
    return found
