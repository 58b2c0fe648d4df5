"""Each page kind shows what a reader expects; links and anchors resolve; keys track changes."""

from __future__ import annotations

import dataclasses
import re

import lxml.html
import pytest
from sample_site import NOW, article, brief, make_site, render_pages, sample_stories

from briefs.render import day_html, pages, story_html


@pytest.fixture
def html(site, theme) -> dict[str, str]:
    return render_pages(site, theme)


def doc(text: str):
    return lxml.html.fromstring(text)


def texts(tree, xpath: str) -> list[str]:
    return [" ".join(node.text_content().split()) for node in tree.xpath(xpath)]


def test_every_page_kind_has_its_pretty_url(site, theme):
    paths = {page.url: page.path for page in pages(site, theme)}
    assert paths["/"] == "index.html"
    assert paths["/page/2/"] == "page/2/index.html"
    assert paths["/2025/06/02/"] == "2025/06/02/index.html"
    assert paths["/2025/06/02/talks-in-istanbul/"] == "2025/06/02/talks-in-istanbul/index.html"
    assert paths["/archive/"] == "archive/index.html"
    assert paths["/tags/"] == "tags/index.html"
    assert paths["/tags/economy/"] == "tags/economy/index.html"
    assert paths["/404.html"] == "404.html"
    assert len(paths) == len(pages(site, theme)), "two pages share a URL"


def test_day_page_is_the_daily_brief(html):
    tree = doc(html["2025/06/02/index.html"])
    assert texts(tree, "//h1") == ["Monday 2 June 2025"]
    assert texts(tree, "//p[@class='day-stats']") == ["2 stories · 4 min read"]
    for label in ("Other days", "Previous and next day"):  # at the top and at the bottom
        nav = tree.xpath(f"//nav[@aria-label='{label}']//a")
        assert [(a.get("rel"), a.get("href")) for a in nav] == [
            ("prev", "/2025/06/01/"), ("next", "/2025/06/05/")], label
    top, markets = tree.xpath("//main//article")
    assert (top.get("id"), markets.get("id")) == ("talks-in-istanbul", "markets")  # priority first
    assert "top" in top.get("class").split() and "top" not in markets.get("class").split()
    assert texts(top, "./h2") == ["Talks open in Istanbul"]
    assert top.xpath("./h2/a/@href") == ["/2025/06/02/talks-in-istanbul/"]
    assert top.xpath(".//time/@datetime") == ["2025-06-02T09:30:00+01:00"]
    meta = texts(top, "./p[@class='meta']")[0]
    assert "09:30" in meta and "World" in meta and "3 min read" in meta
    assert "2 June" not in meta, "the day's heading already says the date"
    assert texts(top, "./p[@class='lede']") == ["Talks open in Istanbul happened today."]
    assert texts(top, "./ul[@class='highlights']/li") == [
        "Delegations met for two hours.", "162 drones downed", "“We are ready to talk” — Rustem Umerov"]
    # the rest of the brief waits behind a native <details>, closed
    more = top.xpath("./details")[0]
    assert more.get("open") is None
    assert texts(more, "./summary")[0].startswith("The whole brief")
    assert texts(more, ".//p[@class='summary']") == [
        "Talks open in Istanbul happened today.", "Officials said more."]
    assert texts(more, ".//h3") == ["Key points", "By the numbers", "Quotes", "Named"]
    assert texts(more, ".//ul[@class='key-points']/li") == [
        "Delegations met for two hours.", "A second round is planned."]
    assert texts(more, ".//ul[@class='figures']/li") == ["162 drones downed"]
    assert texts(more, ".//ul[@class='figures']//strong") == ["162"]
    quotes = more.xpath(".//figure[blockquote]")
    assert texts(quotes[0], "./blockquote") == ["We are ready to talk"]
    assert texts(quotes[0], "./figcaption") == ["— Rustem Umerov"]
    assert not quotes[1].xpath("./figcaption"), "a quote without a speaker has no caption"
    assert texts(more, ".//dl[@class='mentions']/*") == [
        "People", "Rustem Umerov", "Places", "Istanbul", "Organisations", "Reuters"]
    source = more.xpath(".//p[@class='source']/a")[0]
    assert source.get("href") == "https://www.reuters.com/world/talks"
    assert "noopener" in source.get("rel") and source.text == "Reuters"
    assert texts(more, ".//a[@rel='tag']") == ["Ukraine", "Diplomacy"]
    # a story with nothing beyond its lede shows no highlights; no section, so no section heading
    assert texts(markets, "./h2") == ["Markets <rise> & fall"]
    assert not markets.xpath("./ul[@class='highlights']")
    assert not tree.xpath("//section")


def test_day_page_groups_the_rest_under_their_sections(config, theme):
    stories = [
        (article(title, f"2025-06-02T{hour}:00:00+01:00", slug=title.lower().replace(" ", "-"),
                 priority=priority, **({"section": section} if section else {})), brief(title))
        for title, hour, priority, section in [
            ("Lead story", "12", 5, "World"), ("Tram vote", "08", 0, "City"),
            ("Ceasefire talks", "09", 0, "World"), ("Weather", "10", 0, None),
            ("Library hours", "11", 0, "City")]]
    tree = doc(render_pages(make_site(config, stories), theme)["2025/06/02/index.html"])
    assert tree.xpath("//main/article/h2//text()") == ["Lead story"]
    groups = [(texts(s, "./h2")[0], texts(s, "./article/h3")) for s in tree.xpath("//main//section")]
    assert groups == [("City", ["Tram vote", "Library hours"]), ("World", ["Ceasefire talks"]),
                      ("Also today", ["Weather"])]
    # the section is the heading, so a grouped story does not repeat it
    assert "City" not in texts(tree, "//section[1]/article[1]/p[@class='meta']")[0]


def test_text_is_escaped_and_only_web_links_leave_the_site(html):
    page = html["2025/06/02/index.html"]
    assert "Markets &lt;rise&gt; &amp; fall" in page and "<rise>" not in page
    assert "javascript:" not in page


def test_draft_and_scheduled_stories_are_marked(html):
    draft = doc(html["2025/06/01/index.html"]).xpath("//article[@id='draft-story']")[0]
    assert texts(draft, ".//*[@class='status']") == ["Draft"]
    rain = doc(html["2025/06/01/index.html"]).xpath("//article[@id='rain']")[0]
    assert not rain.xpath(".//*[@class='status']")
    scheduled = doc(html["2025/06/05/vote/index.html"])
    assert texts(scheduled, "//*[@class='status']") == ["Scheduled"]


def test_article_page_shows_brief_and_full_text(html):
    tree = doc(html["2025/06/02/talks-in-istanbul/index.html"])
    assert texts(tree, "//h1") == ["Talks open in Istanbul"]
    assert texts(tree, "//aside//h2") == ["The brief"]
    assert "Key points" in texts(tree, "//aside//h3")
    assert texts(tree, "//div[@class='body']/p") == ["Talks open in Istanbul. More text about it."]
    assert tree.xpath("//meta[@property='og:type']/@content") == ["article"]
    assert tree.xpath("//meta[@property='article:published_time']/@content") == [
        "2025-06-02T09:30:00+01:00"]
    assert texts(tree, "//p[@class='full-story']") == ["The full story"]
    credit = tree.xpath("//article/footer[@class='credit']//a")[0]
    assert (credit.get("href"), credit.text) == ("https://www.reuters.com/world/talks", "Reuters")
    assert not tree.xpath("//aside//p[@class='source']"), "the source is credited once, after the text"
    assert texts(tree, "//header//a[@rel='tag']") == ["Ukraine", "Diplomacy"]
    same_day = tree.xpath("//nav[@class='same-day']")[0]
    assert texts(same_day, "./h2") == ["Also on Monday 2 June 2025"]
    assert same_day.xpath(".//li/a/@href") == ["/2025/06/02/markets/"]
    back = tree.xpath("//p[@class='more']/a/@href")
    assert back == ["/2025/06/02/#talks-in-istanbul"]


def test_head_has_canonical_opengraph_and_feeds(html):
    tree = doc(html["2025/06/02/index.html"])
    assert tree.xpath("/html/@lang") == ["en-GB"]
    assert tree.xpath("//link[@rel='canonical']/@href") == ["https://example.org/news/2025/06/02/"]
    og = {m.get("property"): m.get("content") for m in tree.xpath("//meta[@property]")}
    assert og == {
        "og:site_name": "The Daily Brief", "og:title": "Brief for Monday 2 June 2025",
        "og:description": "Talks open in Istanbul happened today.",
        "og:url": "https://example.org/news/2025/06/02/", "og:type": "website", "og:locale": "en_GB"}
    feeds = {(link.get("type"), link.get("href")) for link in tree.xpath("//link[@rel='alternate']")}
    assert feeds == {("application/rss+xml", "/feed.xml"), ("application/atom+xml", "/atom.xml"),
                     ("application/feed+json", "/feed.json"), ("application/rss+xml", "/stories.xml")}
    assert tree.xpath("//a[@class='skip']/@href") == ["#main_content"]
    assert tree.xpath("//main/@id") == ["main_content"]


def test_front_page_lists_latest_days_newest_first_and_paginates(html):
    first = doc(html["index.html"])
    assert texts(first, "//h1") == ["Latest briefs"]
    assert texts(first, "//section/h2") == ["Thursday 5 June 2025", "Monday 2 June 2025"]
    june2 = first.xpath("//section[@aria-labelledby='day-2025-06-02']")[0]
    assert texts(june2, "./p[@class='day-stats']") == ["2 stories · 4 min read"]
    # the top story with its lede, then the other headlines; the day's page holds the rest
    assert texts(june2, "./article//a") == ["Talks open in Istanbul"]
    assert texts(june2, "./article/p[@class='lede']") == ["Talks open in Istanbul happened today."]
    assert texts(june2, "./ul[@class='headlines']/li/a") == ["Markets <rise> & fall"]
    assert "Officials said more." not in html["index.html"]
    assert june2.xpath("./p[@class='more']/a/@href") == ["/2025/06/02/"]
    assert first.xpath("//nav[@aria-label='Pages']//a/@href") == ["/page/2/"]
    second = doc(html["page/2/index.html"])
    assert texts(second, "//h1") == ["Latest briefs, page 2 of 2"]
    assert texts(second, "//section/h2") == ["Sunday 1 June 2025", "Friday 30 May 2025"]
    assert second.xpath("//nav[@aria-label='Pages']//a/@href") == ["/"]
    assert second.xpath("//link[@rel='canonical']/@href") == ["https://example.org/news/page/2/"]


def test_archive_groups_days_by_month(html):
    tree = doc(html["archive/index.html"])
    assert texts(tree, "//h2") == ["June 2025", "May 2025"]
    june = tree.xpath("//section")[0]
    assert june.xpath("./ul/li/a/@href") == ["/2025/06/05/", "/2025/06/02/", "/2025/06/01/"]
    assert "(2 stories)" in texts(june, "./ul/li")[1]


def test_tag_pages_list_stories_and_announce_the_tag_feed(html):
    tags = doc(html["tags/index.html"])
    assert texts(tags, "//ul[@class='tag-list']/li") == [
        "Diplomacy (1)", "Economy (2)", "Ukraine (2)", "Weather (1)"]
    economy = doc(html["tags/economy/index.html"])
    assert texts(economy, "//h1") == ["Tagged “Economy”"]
    assert texts(economy, "//article//h2") == ["Markets <rise> & fall", "Budget day"]
    assert ("application/rss+xml", "/tags/economy/feed.xml") in {
        (link.get("type"), link.get("href")) for link in economy.xpath("//link[@rel='alternate']")}
    assert economy.xpath("//p[@class='feed-link']/a/@href") == ["/tags/economy/feed.xml"]


def test_404_links_work_from_any_path(html):
    tree = doc(html["404.html"])
    assert texts(tree, "//h1") == ["Page not found"]
    for url in tree.xpath("//a/@href | //link/@href"):
        assert url.startswith(("/", "https://", "#")), url


def test_every_internal_link_and_anchor_resolves(html):
    extra = {"feed.xml", "atom.xml", "feed.json", "stories.xml", "style.css"} | {
        f"tags/{slug}/feed.xml" for slug in ("diplomacy", "economy", "ukraine", "weather")}
    for path, text in html.items():
        for url in doc(text).xpath("//a/@href | //link/@href"):
            if url.startswith("https://"):
                continue
            target, _, anchor = url.partition("#")
            target_path = path if not target else target.lstrip("/") + ("index.html" if target.endswith("/") else "")
            assert target.startswith("/") or not target, f"{path}: relative link {url}"
            assert target_path in html or target_path in extra, f"{path}: broken link {url}"
            if anchor:
                assert doc(html[target_path]).xpath(f"//*[@id='{anchor}']"), f"{path}: no #{anchor}"


def test_headings_start_at_h1_and_never_skip_a_level(html):
    for path, text in html.items():
        levels = [int(h.tag[1]) for h in doc(text).iter("h1", "h2", "h3", "h4", "h5", "h6")]
        assert levels.count(1) == 1 and levels[0] == 1, path
        for before, after in zip(levels, levels[1:]):
            assert after <= before + 1, f"{path}: h{before} then h{after}"


def test_same_input_gives_byte_identical_pages(config, theme):
    first = [page.render() for page in pages(make_site(config), theme)]
    second = [page.render() for page in pages(make_site(config), theme)]
    assert first == second


def test_keys_change_only_for_pages_that_show_a_changed_story(config, theme):
    stories = sample_stories()
    before = {page.path: page.key() for page in pages(make_site(config, stories), theme)}
    edited = [(dataclasses.replace(a, digest="edited") if a.slug == "rain" else a, b) for a, b in stories]
    after = {page.path: page.key() for page in pages(make_site(config, edited), theme)}
    changed = {path for path in before if before[path] != after[path]}
    # the draft's page lists rain among its day's other stories; tags.html is handed every tag's stories
    assert changed == {"2025/06/01/index.html", "2025/06/01/rain/index.html", "2025/06/01/draft-story/index.html",
                       "page/2/index.html", "archive/index.html", "tags/weather/index.html", "tags/index.html"}


def test_a_template_that_reads_site_depends_on_every_story(config, theme):
    (config.site_dir / "templates").mkdir()
    (config.site_dir / "templates" / "404.html").write_text("{{ site.stories|length }} stories")
    from briefs.render import load_theme

    site_wide = load_theme(config)
    assert "site" in site_wide.names["404.html"] and "site" not in theme.names["404.html"]
    stories = sample_stories()
    edited = [(dataclasses.replace(a, digest="edited") if a.slug == "markets" else a, b) for a, b in stories]
    before = {page.path: page.key() for page in pages(make_site(config, stories), site_wide)}
    after = {page.path: page.key() for page in pages(make_site(config, edited), site_wide)}
    assert before["404.html"] != after["404.html"]
    assert before["tags/weather/index.html"] == after["tags/weather/index.html"]


def test_keys_change_with_config_and_are_hashable(config, theme, site):
    keys = {page.path: page.key() for page in pages(site, theme)}
    renamed = dataclasses.replace(site, config=dataclasses.replace(config, title="Other"))
    assert all(keys[p.path] != p.key() for p in pages(renamed, theme))
    assert len({hash(key) for key in keys.values()}) == len(keys)


def test_feed_fragments_are_briefs_without_page_chrome(site, theme):
    day = next(d for d in site.days if d.day.isoformat() == "2025-06-02")
    fragment = day_html(site, theme, day)
    assert "<html" not in fragment and "<nav" not in fragment
    tree = lxml.html.fragment_fromstring(fragment, create_parent="div")
    assert texts(tree, ".//article/h2") == ["Talks open in Istanbul", "Markets <rise> & fall"]
    assert "Key points" in texts(tree, ".//h3")
    story = story_html(site, theme, day.stories[1])
    assert re.findall(r"<h2[^>]*>.*?</h2>", story) == [
        '<h2 class="headline"><a href="/2025/06/02/markets/">Markets &lt;rise&gt; &amp; fall</a></h2>']


def test_an_empty_site_still_has_a_front_page(config, theme):
    from briefs.site import assemble

    html = render_pages(assemble(config, [], drafts=False, future=False, now=NOW), theme)
    assert sorted(html) == ["404.html", "archive/index.html", "index.html", "search/index.html",
                            "tags/index.html"]
    assert "Nothing published yet." in html["index.html"]


def test_a_story_dated_without_a_time_shows_no_clock(config, theme):
    untimed = article("Budget day", "2025-05-30T00:00:00+01:00", slug="budget", timed=False)
    timed = article("Rain expected", "2025-05-30T08:05:00+01:00", slug="rain")
    site = make_site(config, [(untimed, brief("Budget day")), (timed, brief("Rain expected"))])
    html = render_pages(site, theme)
    day = doc(html["2025/05/30/index.html"])
    assert not day.xpath("//article[@id='budget']//time"), "the day page's heading gives the date"
    [rain] = day.xpath("//article[@id='rain']//time")
    assert (rain.get("datetime"), rain.text) == ("2025-05-30T08:05:00+01:00", "08:05")
    [budget] = doc(html["2025/05/30/budget/index.html"]).xpath("//header//time")
    assert (budget.get("datetime"), budget.text) == ("2025-05-30", "Friday 30 May 2025")
    [rain] = doc(html["2025/05/30/rain/index.html"]).xpath("//header//time")
    assert rain.get("datetime") == "2025-05-30T08:05:00+01:00" and rain.text.endswith("08:05")


def test_incremental_render_with_a_memo_equals_a_fresh_render(config, theme):
    """What the dev server reuses between builds (pages, feed items, whole feeds) is never stale."""
    from briefs.render import render_site

    memo: dict = {}
    stories = sample_stories()
    render_site(make_site(config, stories), theme, memo)
    edits = [
        lambda a, b: (dataclasses.replace(a, digest="edited", tags=("Weather", "Economy")),
                      dataclasses.replace(b, headline="Rain, then markets")),
        lambda a, b: (dataclasses.replace(a, digest="edited again", priority=5), b),
    ]
    for edit in edits:
        stories = [edit(*pair) if pair[0].slug == "rain" else pair for pair in stories]
        site = make_site(config, stories)
        assert render_site(site, theme, memo) == render_site(site, theme)
    changed = make_site(dataclasses.replace(config, title="Another title"), stories)
    assert render_site(changed, theme, memo) == render_site(changed, theme)
