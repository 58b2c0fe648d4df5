"""Site -> /sitemap.xml (absolute URLs, lastmod from the stories shown) and /robots.txt."""

from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape

from briefs.config import SiteConfig
from briefs.render.outputs import TEXT, XML, Artifact
from briefs.site import Site, Story, absolute_url

NOT_LISTED = frozenset({"/404.html"})  # pages a search engine should not index


def sitemap(site: Site, urls: list[str]) -> list[Artifact]:
    """/sitemap.xml of the site-relative URLs given (e.g. "/"), and /robots.txt pointing to it."""
    return [Artifact("sitemap.xml", "/sitemap.xml", XML, False, sitemap_xml, (site, tuple(urls))),
            Artifact("robots.txt", "/robots.txt", TEXT, False, robots_txt, (site.config,))]


def render_sitemap(site: Site, urls: list[str]) -> dict[str, bytes]:
    """{"sitemap.xml": ..., "robots.txt": ...} for the site-relative page URLs given (e.g. "/")."""
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
    )
    return robots.encode("utf-8")


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
