"""Search: the Pagefind index `build` makes, and /search/ in a real browser (chromium), built and served."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import expect
from sample_site import article, brief, make_site, sample_stories, write_folder

from briefs.render import load_theme, render_site
from briefs.render.search import bundles, index_bundle

WAIT = 10_000  # ms: bounds a failure only


@pytest.fixture
def built(config, tmp_path) -> Path:
    stories = sample_stories() + [
        (article("Ferry timetable changes", "2025-06-02T16:00:00+01:00", slug="ferry", section="World",
                 body="The harbour ferry will run every twenty minutes from July, the operator said.",
                 tags=("Transport",)), brief("Ferry timetable changes")),
    ]
    return write_folder(render_site(make_site(config, stories), load_theme(config)), tmp_path / "out")


def test_the_index_holds_every_article_in_a_bundle_per_month(built):
    listed = json.loads((built / "pagefind" / "bundles.json").read_text())
    assert listed == ["2025-06", "2025-05"], "newest first"
    pages = 0
    for name in listed:
        entry = json.loads((built / "pagefind" / name / "pagefind-entry.json").read_text())
        [language] = entry["languages"].values()
        pages += language["page_count"]
        assert (built / "pagefind" / name / "pagefind.js").is_file()
    assert pages == len(list(built.glob("????/??/??/*/index.html"))) == 7
    assert not list(built.glob("pagefind/*/pagefind-ui*")), "the theme has its own search page"


def test_the_same_stories_give_the_same_index(config):
    [june, may] = bundles(make_site(config))
    assert (june.name, may.name) == ("2025-06", "2025-05")
    assert index_bundle(may) == index_bundle(may)
    assert all(path.startswith("pagefind/2025-05/") for path in index_bundle(may))


def search(page, words: str) -> None:
    page.locator("#search-terms").fill(words)


def open_search(page, url: str) -> list[str]:
    """Open the search page once its form is ready; returns the problems the page reports."""
    problems: list[str] = []
    # the browser asks every site for /favicon.ico; a site without one is not a problem of the page
    page.on("console", lambda m: problems.append(m.text)
            if m.type == "error" and not m.location.get("url", "").endswith("/favicon.ico") else None)
    page.on("pageerror", lambda err: problems.append(str(err)))
    page.on("response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.goto(url)
    expect(page.locator("form.search")).to_be_visible(timeout=WAIT)
    return problems


def check_search_finds_one_article_and_says_when_none(page, base: str) -> None:
    problems = open_search(page, base + "/search/")
    search(page, "harbour")  # in the ferry story only
    expect(page.locator(".search-result")).to_have_count(1, timeout=WAIT)
    result = page.locator(".search-result")
    expect(result.locator(".headline a")).to_have_text("Ferry timetable changes")
    assert result.locator(".headline a").get_attribute("href") == "/2025/06/02/ferry/"
    expect(result.locator(".meta")).to_have_text("Monday 2 June 2025")
    expect(result.locator(".lede")).to_have_text("Ferry timetable changes happened today.")
    expect(page.locator(".search-status")).to_have_text("1 result for “harbour”.")
    search(page, "zeppelin")
    expect(page.locator(".search-status")).to_have_text("No results for “zeppelin”.", timeout=WAIT)
    expect(page.locator(".search-result")).to_have_count(0)
    assert problems == []


def test_search_finds_a_word_of_one_article_in_the_built_site(page, built, serve_folder):
    check_search_finds_one_article_and_says_when_none(page, serve_folder(built))


def test_search_filters_by_section_and_tag_and_orders_newest_first(page, built, serve_folder):
    base = serve_folder(built)
    open_search(page, base + "/search/")
    page.select_option("#search-tag", "Economy")
    expect(page.locator(".search-result")).to_have_count(2, timeout=WAIT)
    page.select_option("#search-order", "newest")
    expect(page.locator(".search-result .headline")).to_have_text(["Markets <rise> & fall", "Budget day"],
                                                                  timeout=WAIT)
    page.select_option("#search-tag", "")
    page.select_option("#search-section", "World")
    expect(page.locator(".search-result .headline")).to_have_text(  # 16:00, then 09:30
        ["Ferry timetable changes", "Talks open in Istanbul"], timeout=WAIT)
    # the search is in the address: reloading it (or sharing it) shows the same results
    assert "section=World" in page.url and "order=newest" in page.url
    page.reload()
    expect(page.locator(".search-result .headline")).to_have_text(
        ["Ferry timetable changes", "Talks open in Istanbul"], timeout=WAIT)
    assert page.locator("#search-section").input_value() == "World"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_in_the_search_form_and_its_results(page, built, serve_folder, scheme):
    from test_browser import AXE

    if not AXE.exists():
        pytest.skip(f"axe-core not installed at {AXE}")
    page.emulate_media(color_scheme=scheme)
    open_search(page, serve_folder(built) + "/search/?q=harbour")
    expect(page.locator(".search-result")).to_have_count(1, timeout=WAIT)
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate("async () => (await axe.run(document)).violations")
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations] == []


def test_without_javascript_the_search_page_leads_to_the_archive_and_tags(browser, built, serve_folder):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(serve_folder(built) + "/search/")
    assert not page.locator("form.search").is_visible()
    links = page.locator("main a")
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == ["/archive/", "/tags/"]
    context.close()


def test_search_works_under_serve(page, tmp_path):
    from tests.serve.test_live_reload import Server

    (tmp_path / "site.yaml").write_text("title: Search Brief\nbase_url: https://example.org/\n")
    day = tmp_path / "content" / "2025" / "06" / "02"
    day.mkdir(parents=True)
    (day / "ferry.md").write_text("---\ntitle: Ferry timetable changes\ndate: 2025-06-02T16:00:00Z\n"
                                  "section: World\n---\nThe harbour ferry will run every twenty minutes "
                                  "from July, the operator said on Monday.\n")
    (day / "talks.md").write_text("---\ntitle: Talks open in Istanbul\ndate: 2025-06-02T09:00:00Z\n---\n"
                                  "Delegations met for two hours on Monday and agreed to meet again.\n")
    server = Server(tmp_path)
    try:
        problems = open_search(page, server.url + "/search/")
        search(page, "harbour")
        expect(page.locator(".search-result .headline")).to_have_text(["Ferry timetable changes"], timeout=WAIT)
        search(page, "zeppelin")
        expect(page.locator(".search-status")).to_have_text("No results for “zeppelin”.", timeout=WAIT)
        assert problems == []
    finally:
        assert server.stop() == 0
