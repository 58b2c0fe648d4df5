"""What a link preview, a search engine or a news aggregator reads: OpenGraph and Twitter card tags,
and the schema.org NewsArticle JSON-LD of article pages, parsed the way a crawler does (extruct)."""

from __future__ import annotations

from datetime import datetime

import extruct
import lxml.html
from sample_site import render_pages

PAGE_KINDS = ["index.html", "2025/06/02/index.html", "2025/06/02/talks-in-istanbul/index.html",
              "archive/index.html", "tags/index.html", "tags/economy/index.html", "404.html"]


def shared(text: str, url: str) -> dict:
    """{"json-ld": [...], "opengraph": [...]} as extruct reads them (og:type comes as @type)."""
    return extruct.extract(text, base_url=url, syntaxes=["json-ld", "opengraph"], uniform=True)


def test_every_page_kind_has_a_complete_link_preview(site, theme):
    html = render_pages(site, theme)
    for path in PAGE_KINDS:
        [og] = shared(html[path], "https://example.org/news/")["opengraph"]
        for key in ("og:site_name", "og:title", "og:description", "og:url", "og:locale", "@type"):
            assert og.get(key), (path, key)  # extruct gives og:type as @type
        tree = lxml.html.fromstring(html[path])
        twitter = {m.get("name"): m.get("content") for m in tree.xpath("//meta[starts-with(@name, 'twitter:')]")}
        assert twitter == {"twitter:card": "summary", "twitter:title": og["og:title"],
                           "twitter:description": og["og:description"]}, path


def test_article_page_is_a_news_article_for_search_engines(site, theme):
    url = "https://example.org/news/2025/06/02/talks-in-istanbul/"
    text = render_pages(site, theme)["2025/06/02/talks-in-istanbul/index.html"]
    [article] = shared(text, url)["json-ld"]
    assert article["@context"] == "https://schema.org" and article["@type"] == "NewsArticle"
    assert article["headline"] == "Talks open in Istanbul"
    assert article["description"] == "Talks open in Istanbul happened today."
    for key in ("datePublished", "dateModified"):
        moment = datetime.fromisoformat(article[key])
        assert moment.utcoffset() is not None, f"{key} needs its offset"
        assert moment == datetime.fromisoformat("2025-06-02T09:30:00+01:00")
    assert article["author"] == [{"@type": "Organization", "name": "The Daily Brief"}]
    assert article["publisher"] == {"@type": "Organization", "name": "The Daily Brief",
                                    "url": "https://example.org/news/"}
    assert article["url"] == url and article["mainEntityOfPage"]["@id"] == url
    assert article["articleSection"] == "World" and article["keywords"] == ["Ukraine", "Diplomacy"]
    assert article["isBasedOn"] == "https://www.reuters.com/world/talks"
    [og] = shared(text, url)["opengraph"]
    assert og["@type"] == "article" and og["og:url"] == url
    assert og["article:published_time"] == og["article:modified_time"] == article["datePublished"]


def test_json_ld_names_the_author_and_cannot_break_out_of_its_script(config, theme):
    from sample_site import article, brief, make_site

    title = "Talks </script><script>alert(1)</script> & more"
    story = (article(title, "2025-06-02T09:30:00+01:00", slug="talks", author="Ana Ruiz",
                     source_url="javascript:alert(1)"), brief(title))
    text = render_pages(make_site(config, [story]), theme)["2025/06/02/talks/index.html"]
    assert "<script>alert" not in text
    [article_ld] = shared(text, "https://example.org/news/2025/06/02/talks/")["json-ld"]
    assert article_ld["headline"] == title
    assert article_ld["author"] == [{"@type": "Person", "name": "Ana Ruiz"}]
    assert "isBasedOn" not in article_ld, "only http(s) sources are links"
