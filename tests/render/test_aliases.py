"""`aliases:`: a moved story's old URLs redirect to it (meta refresh + canonical), listed nowhere,
never replacing a page; and they redirect in a real browser."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from sample_site import article, make_site, sample_stories, write_folder

from briefs.errors import BuildFailed
from briefs.render import render_site
from tests.content.helpers import one_problem, parse

OLD = "/2025/06/02/talks-open-in-istanbul/"


def with_aliases(*aliases: str, slug: str = "talks-in-istanbul"):
    """The sample stories, the Istanbul story moved from its old URLs."""
    stories = sample_stories()
    moved, story_brief = stories[0]
    lines = {**moved.lines, "aliases": 9}
    stories[0] = (article(moved.title, moved.date.isoformat(), slug=slug, aliases=aliases, lines=lines,
                          tags=moved.tags), story_brief)
    return stories


def test_an_alias_is_a_redirect_page_to_the_story(config, theme):
    files = render_site(make_site(config, with_aliases(OLD, "/old/story.html")), theme)
    page = files["2025/06/02/talks-open-in-istanbul/index.html"].decode()
    assert '<meta http-equiv="refresh" content="0; url=/2025/06/02/talks-in-istanbul/">' in page
    assert ('<link rel="canonical" href="https://example.org/news/2025/06/02/talks-in-istanbul/">'
            in page)
    assert '<meta name="robots" content="noindex">' in page
    assert '<a href="/2025/06/02/talks-in-istanbul/">Talks open in Istanbul</a>' in page
    assert files["old/story.html"] == files["2025/06/02/talks-open-in-istanbul/index.html"]


def test_aliases_are_listed_nowhere(config, theme):
    files = render_site(make_site(config, with_aliases(OLD)), theme)
    others = {path: data for path, data in files.items() if not path.startswith("2025/06/02/talks-open")}
    assert not [path for path, data in others.items() if b"talks-open-in-istanbul" in data]


@pytest.mark.parametrize("alias, problem", [
    ("/2025/06/02/markets/", "the site has a page there (2025/06/02/markets/index.html)"),
    ("/tags/", "the site has a page there (tags/index.html)"),
    ("/feed.xml/", None),  # a folder named like the feed is no clash: the feed is a file
    ("/2025/06/02/talks-in-istanbul/", "it is this article's own URL"),
])
def test_an_alias_never_replaces_a_page(config, theme, alias, problem):
    if problem is None:
        assert "feed.xml/index.html" in render_site(make_site(config, with_aliases(alias)), theme)
        return
    with pytest.raises(BuildFailed) as failed:
        render_site(make_site(config, with_aliases(alias)), theme)
    [err] = failed.value.errors
    assert (err.path, err.line) == ("content/2025/06/02/talks-in-istanbul.md", 9)
    assert err.message == f"alias {alias} cannot be written: {problem}"
    assert "remove it from `aliases:`" in err.hint


def test_two_articles_with_the_same_alias_is_an_error_naming_both(config, theme):
    stories = with_aliases(OLD)
    rain, rain_brief = stories[2]
    stories[2] = (article(rain.title, rain.date.isoformat(), slug="rain", aliases=(OLD,),
                          lines={"aliases": 5}), rain_brief)
    with pytest.raises(BuildFailed) as failed:
        render_site(make_site(config, stories), theme)
    [err] = failed.value.errors
    assert err.path == "content/2025/06/02/talks-in-istanbul.md"
    assert err.message == (f"alias {OLD} cannot be written: content/2025/06/01/rain.md redirects it too")


@pytest.mark.parametrize("value, expected", [
    ("/old/", ("/old/",)), ("/old", ("/old/",)), ("[/a.html, /b/c]", ("/a.html", "/b/c/")),
])
def test_aliases_in_front_matter(value, expected):
    text = f"---\ntitle: T\ndate: 2025-06-02\naliases: {value}\n---\nText.\n"
    assert parse(text).aliases == expected


@pytest.mark.parametrize("value", ["https://example.org/old/", "old/", "/a/../b/", "/a b/", "/", "/x?id=2"])
def test_an_alias_must_be_a_path_on_the_site(value):
    err = one_problem(f"---\ntitle: T\ndate: 2025-06-02\naliases: ['{value}']\n---\nText.\n")
    assert err.line == 4
    assert err.message.startswith("`aliases` must be paths on this site such as /2025/06/02/old-headline/")


def test_an_alias_redirects_in_a_real_browser(config, theme, tmp_path, serve_folder, page):
    folder = write_folder(render_site(make_site(config, with_aliases(OLD)), theme), tmp_path / "out")
    base = serve_folder(folder)
    page.goto(base + OLD)
    expect(page).to_have_url(base + "/2025/06/02/talks-in-istanbul/")
    expect(page.locator("h1")).to_have_text("Talks open in Istanbul")
