"""sitemap.xml and robots.txt: absolute URLs under base_url, lastmod from the stories shown."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from lxml import etree

from briefs.render.sitemap import render_sitemap
from briefs.site import assemble
from tests.factories import config, story

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"
SITEMAP = etree.RelaxNG(etree.parse(str(SCHEMAS / "sitemap.rng")))
NEWS_SITEMAP = etree.RelaxNG(etree.parse(str(SCHEMAS / "news-sitemap.rng")))
NEWS = {**NS, "n": "http://www.google.com/schemas/sitemap-news/0.9"}
NOW = datetime(2025, 12, 31, tzinfo=timezone.utc)


def site_of(stories, **settings):
    return assemble(config(**settings), stories, drafts=False, future=False, now=NOW)


def entries(data: bytes) -> dict[str, str | None]:
    """{loc: lastmod} of a sitemap that follows the sitemaps.org protocol."""
    root = etree.fromstring(data)
    assert SITEMAP.validate(root), SITEMAP.error_log
    return {u.findtext("s:loc", namespaces=NS): u.findtext("s:lastmod", namespaces=NS)
            for u in root.findall("s:url", NS)}


def test_sitemap_lists_absolute_urls_with_lastmod_where_known():
    site = site_of([
        story("2025-06-02 08:00", "talks", tags=("Diplomacy",)),
        story("2025-06-02 18:45", "markets"),
        story("2025-06-03 07:15", "storm", tags=("Weather",)),
    ])
    urls = ["/", "/2025/06/03/", "/2025/06/02/", "/2025/06/02/talks/", "/2025/06/02/markets/",
            "/2025/06/03/storm/", "/archive/", "/tags/", "/tags/diplomacy/", "/tags/weather/",
            "/about/", "/404.html", "/"]
    listed = entries(render_sitemap(site, urls)["sitemap.xml"])
    base = "https://example.org/news/"
    assert listed == {
        base: "2025-06-03T07:15:00+01:00",
        base + "2025/06/02/": "2025-06-02T18:45:00+01:00",
        base + "2025/06/02/markets/": "2025-06-02T18:45:00+01:00",
        base + "2025/06/02/talks/": "2025-06-02T08:00:00+01:00",
        base + "2025/06/03/": "2025-06-03T07:15:00+01:00",
        base + "2025/06/03/storm/": "2025-06-03T07:15:00+01:00",
        base + "about/": None,  # a page with no stories: no date to claim
        base + "archive/": "2025-06-03T07:15:00+01:00",
        base + "tags/": "2025-06-03T07:15:00+01:00",
        base + "tags/diplomacy/": "2025-06-02T08:00:00+01:00",
        base + "tags/weather/": "2025-06-03T07:15:00+01:00",
    }  # each page once, and never the 404 page


def test_index_pages_are_dated_by_their_newest_story():
    site = site_of([story(f"2025-05-{d:02d} 08:00", f"s{d}") for d in range(1, 5)], page_size=2)
    listed = entries(render_sitemap(site, ["/", "/page/2/"])["sitemap.xml"])
    assert listed == {"https://example.org/news/": "2025-05-04T08:00:00+01:00",
                      "https://example.org/news/page/2/": "2025-05-02T08:00:00+01:00"}


def test_an_empty_site_has_a_valid_sitemap():
    files = render_sitemap(site_of([]), ["/", "/archive/", "/tags/"])
    assert entries(files["sitemap.xml"]) == {"https://example.org/news/": None,
                                             "https://example.org/news/archive/": None,
                                             "https://example.org/news/tags/": None}


def test_urls_are_escaped():
    files = render_sitemap(site_of([]), ["/search/?q=a&b=c"])
    assert b"<loc>https://example.org/news/search/?q=a&amp;b=c</loc>" in files["sitemap.xml"]
    assert list(entries(files["sitemap.xml"])) == ["https://example.org/news/search/?q=a&b=c"]


def test_robots_txt_allows_everything_and_points_at_the_sitemap():
    robots = render_sitemap(site_of([], base_url="https://news.example/"), ["/"])["robots.txt"]
    assert robots.decode().splitlines() == [
        "User-agent: *", "Disallow:", "", "Sitemap: https://news.example/sitemap.xml",
        "Sitemap: https://news.example/news-sitemap.xml"]


def news(data: bytes) -> list[tuple[str, str, str, str, str]]:
    """(loc, name, language, publication date, title) of each url of a valid Google News sitemap."""
    root = etree.fromstring(data)
    assert NEWS_SITEMAP.validate(root), NEWS_SITEMAP.error_log
    return [tuple(u.findtext(path, namespaces=NEWS) for path in (
        "s:loc", "n:news/n:publication/n:name", "n:news/n:publication/n:language",
        "n:news/n:publication_date", "n:news/n:title")) for u in root.findall("s:url", NEWS)]


def test_news_sitemap_lists_the_articles_of_the_last_two_days():
    site = site_of([
        story("2025-05-30 23:59", "too-old"),
        story("2025-06-01 08:00", "first", title="Budget <day> & more"),
        story("2025-06-02 18:45", "second"),
        story("2025-06-03 07:15", "newest"),
    ], language="en-GB", title="The Daily & Brief")
    listed = news(render_sitemap(site, ["/"])["news-sitemap.xml"])
    base = "https://example.org/news/"
    assert listed == [
        (base + "2025/06/03/newest/", "The Daily & Brief", "en", "2025-06-03T07:15:00+01:00", "Newest"),
        (base + "2025/06/02/second/", "The Daily & Brief", "en", "2025-06-02T18:45:00+01:00", "Second"),
        (base + "2025/06/01/first/", "The Daily & Brief", "en", "2025-06-01T08:00:00+01:00",
         "Budget <day> & more"),
    ]  # 2025-05-30 23:59 is more than two days before the newest


def test_news_sitemap_language_codes_and_an_empty_site():
    assert news(render_sitemap(site_of([]), ["/"])["news-sitemap.xml"]) == []
    for language, code in (("pt-BR", "pt"), ("zh-TW", "zh-tw"), ("fr", "fr")):
        site = site_of([story("2025-06-03 07:15", "one")], language=language)
        assert news(render_sitemap(site, ["/"])["news-sitemap.xml"])[0][2] == code
