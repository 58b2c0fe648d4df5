"""RSS, Atom, JSON Feed, the story feed and per-tag feeds: valid (RELAX NG + feedparser, the JSON Feed
1.1 schema), stable, absolute, dated like a morning brief."""

from __future__ import annotations

import json
import random
import re
from datetime import time
from html import escape
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import jsonschema
import pytest
from lxml import etree

from briefs.render.feeds import render_feeds
from briefs.site import assemble
from tests.factories import config, story

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"
RSS = etree.RelaxNG(etree.parse(str(SCHEMAS / "rss.rng")))
ATOM = etree.RelaxNG(etree.parse(str(SCHEMAS / "atom.rng")))
JSON_FEED = jsonschema.Draft202012Validator(json.loads((SCHEMAS / "jsonfeed-1.1.schema.json").read_text()))
NS = {"atom": "http://www.w3.org/2005/Atom", "content": "http://purl.org/rss/1.0/modules/content/"}
NOW = datetime(2025, 12, 31, tzinfo=timezone.utc)
BASE = "https://example.org/news/"


def day_html(day):
    """Like the theme's daily brief: root-relative links, a relative image and a fragment."""
    items = "".join(f'<li><a href="{s.url}">{s.brief.headline}</a></li>' for s in day.stories)
    return (f'<h2><a href="{day.url}">{day.day}</a></h2><ul>{items}</ul>'
            f"<img src='../../pic.png' alt=''><a href=\"#top\">top</a>"
            f'<a href="https://elsewhere.example/x">out</a><a href="mailto:desk@example.org">m</a>')


def story_html(s):
    return f'<article><a href="{s.url}">{s.brief.headline}</a><img src="/img/a.png"></article>'


def sample(zone="Europe/London", **settings):
    return assemble(config(timezone=zone, **settings), [
        story("2025-06-02 08:00", "talks-in-istanbul", tags=("Diplomacy", "Turkey")),
        story("2025-06-02 18:45", "markets-rally", tags=("Markets",), priority=2),
        story("2025-06-03 07:15", "storm-warning", tags=("Weather", "diplomacy")),
        story("2025-01-15 09:00", "winter-story", tags=("Weather",)),
    ], drafts=False, future=False, now=NOW)


def feeds_of(site):
    return render_feeds(site, day_html, story_html)


def entries(name: str, data: bytes) -> list[tuple[str, str, str]]:
    """(id, title, HTML content) of each item of a feed, whatever the feed's format."""
    if name == "feed.json":
        return [(item["id"], item["title"], item["content_html"]) for item in json.loads(data)["items"]]
    return [(entry.id, entry.title, entry.content[0].value) for entry in feedparser.parse(data).entries]


def first_entry(name: str, data: bytes) -> tuple[str, str]:
    """The title and HTML content of a feed's first item."""
    return entries(name, data)[0][1:]


def validate(name: str, data: bytes) -> None:
    """The feed passes our RELAX NG grammar (JSON Feed: the JSON Feed 1.1 schema) and feedparser
    finds nothing wrong with it."""
    if name == "feed.json":
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in JSON_FEED.iter_errors(json.loads(data))]
        assert errors == [], f"{name}: {errors}"
        return
    grammar = ATOM if name == "atom.xml" else RSS
    assert grammar.validate(etree.fromstring(data)), f"{name}: {grammar.error_log}"
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, f"{name}: {parsed.get('bozo_exception')}"


def test_every_feed_is_valid():
    files = feeds_of(sample())
    assert sorted(files) == ["atom.xml", "feed.json", "feed.xml", "stories.xml", "tags/diplomacy/feed.xml",
                             "tags/markets/feed.xml", "tags/turkey/feed.xml",
                             "tags/weather/feed.xml"]
    for name, data in files.items():
        validate(name, data)


def test_an_empty_site_still_has_valid_feeds():
    site = assemble(config(), [], drafts=False, future=False, now=NOW)
    files = feeds_of(site)
    assert sorted(files) == ["atom.xml", "feed.json", "feed.xml", "stories.xml"]
    for name, data in files.items():
        validate(name, data)
        assert (json.loads(data)["items"] if name == "feed.json" else feedparser.parse(data).entries) == []


def test_one_rss_item_per_daily_brief_newest_first():
    rss = etree.fromstring(feeds_of(sample())["feed.xml"])
    items = rss.findall("channel/item")
    assert [i.findtext("link") for i in items] == [
        BASE + "2025/06/03/", BASE + "2025/06/02/", BASE + "2025/01/15/"]
    guids = items[1].find("guid")
    assert (guids.text, guids.get("isPermaLink")) == (BASE + "2025/06/02/", "true")
    # The priority-2 story leads the day, and the item says how many more there are.
    assert items[1].findtext("title") == "Monday 2 June: Markets rally and 1 more"


def test_channel_has_what_the_w3c_validator_asks_for():
    rss = etree.fromstring(feeds_of(sample(description="News, briefly."))["feed.xml"])
    channel = rss.find("channel")
    assert channel.findtext("title") == "The Daily Brief"
    assert channel.findtext("link") == BASE
    assert channel.findtext("description") == "News, briefly."
    assert channel.findtext("language") == "en"
    self_link = channel.find("atom:link", NS)
    assert (self_link.get("rel"), self_link.get("href"), self_link.get("type")) == (
        "self", BASE + "feed.xml", "application/rss+xml")


def test_rss_dates_are_rfc_822_with_the_site_offset():
    rss = etree.fromstring(feeds_of(sample())["feed.xml"])
    dates = [i.findtext("pubDate") for i in rss.findall("channel/item")]
    # Item date = the day's first story (a morning brief never appears at night), in London time:
    # summer (+0100) and winter (+0000).
    assert dates == ["Tue, 03 Jun 2025 07:15:00 +0100", "Mon, 02 Jun 2025 08:00:00 +0100",
                     "Wed, 15 Jan 2025 09:00:00 +0000"]
    assert rss.findtext("channel/lastBuildDate") == dates[0]  # the newest item, not the clock


def test_new_york_offsets_follow_daylight_saving():
    site = assemble(config(timezone="America/New_York"), [
        story("2025-07-04 09:00", "summer", zone="America/New_York"),
        story("2025-12-01 09:00", "winter", zone="America/New_York"),
    ], drafts=False, future=False, now=NOW)
    rss = etree.fromstring(feeds_of(site)["feed.xml"])
    dates = [i.findtext("pubDate") for i in rss.findall("channel/item")]
    assert dates == ["Mon, 01 Dec 2025 09:00:00 -0500", "Fri, 04 Jul 2025 09:00:00 -0400"]
    assert parsedate_to_datetime(dates[1]) == datetime(2025, 7, 4, 13, 0, tzinfo=timezone.utc)


def test_atom_ids_dates_author_and_self_link():
    atom = etree.fromstring(feeds_of(sample(author="Desk"))["atom.xml"])
    assert atom.findtext("atom:id", namespaces=NS) == BASE
    assert atom.findtext("atom:updated", namespaces=NS) == "2025-06-03T07:15:00+01:00"
    assert atom.findtext("atom:author/atom:name", namespaces=NS) == "Desk"
    assert atom.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    links = {link.get("rel"): link.get("href") for link in atom.findall("atom:link", NS)}
    assert links == {"self": BASE + "atom.xml", "alternate": BASE}
    entries = atom.findall("atom:entry", NS)
    assert [e.findtext("atom:id", namespaces=NS) for e in entries] == [
        BASE + "2025/06/03/", BASE + "2025/06/02/", BASE + "2025/01/15/"]
    assert [e.findtext("atom:updated", namespaces=NS) for e in entries] == [
        "2025-06-03T07:15:00+01:00", "2025-06-02T18:45:00+01:00", "2025-01-15T09:00:00+00:00"]


def test_content_is_the_whole_brief_with_absolute_urls():
    files = feeds_of(sample())
    for name, data in files.items():
        assert entries(name, data), name
        for _, _, html in entries(name, data):
            urls = re.findall(r"""(?:href|src)=["']([^"']*)""", html)
            assert urls, name
            assert all(re.match(r"(https://|mailto:)", url) for url in urls), (name, urls)
    day = etree.fromstring(files["feed.xml"]).findall("channel/item")[1].findtext(
        "content:encoded", namespaces=NS)
    assert f'<a href="{BASE}2025/06/02/talks-in-istanbul/">Talks in istanbul</a>' in day
    assert f"src='{BASE}2025/pic.png'" in day  # ../../ from the day's page, under the base path
    assert f'href="{BASE}2025/06/02/#top"' in day
    assert 'href="https://elsewhere.example/x"' in day and 'href="mailto:desk@example.org"' in day


def test_feeds_are_byte_identical_across_builds_and_input_orders():
    stories = [story(f"2025-06-{1 + i % 9:02d} {i % 24:02d}:10", f"s{i}", tags=(f"T{i % 4}",))
               for i in range(40)]
    shuffled = stories[:]
    random.Random(2).shuffle(shuffled)
    first = feeds_of(assemble(config(), stories, drafts=False, future=False, now=NOW))
    again = feeds_of(assemble(config(), shuffled, drafts=False, future=False, now=NOW))
    assert first == again


def test_guids_are_unique_and_only_depend_on_the_url():
    files = feeds_of(sample())
    for name, data in files.items():
        ids = [item_id for item_id, _, _ in entries(name, data)]
        assert ids and len(ids) == len(set(ids)), name
    # Editing a story changes the item's content, never its GUID.
    edited = assemble(config(), [
        story("2025-06-02 08:00", "talks-in-istanbul", title="Talks resume in Istanbul"),
        story("2025-06-02 18:45", "markets-rally", priority=2),
    ], drafts=False, future=False, now=NOW)
    before = feedparser.parse(files["feed.xml"]).entries[1]
    after = feedparser.parse(feeds_of(edited)["feed.xml"]).entries[0]
    assert after.id == before.id == BASE + "2025/06/02/"
    assert after.content[0].value != before.content[0].value


def test_feed_holds_the_latest_feed_days_days():
    site = assemble(config(feed_days=3), [story(f"2025-05-{d:02d} 08:00", f"s{d}")
                                          for d in range(1, 11)],
                    drafts=False, future=False, now=NOW)
    files = feeds_of(site)
    for name in ("feed.xml", "atom.xml"):
        assert [e.link for e in feedparser.parse(files[name]).entries] == [
            BASE + "2025/05/10/", BASE + "2025/05/09/", BASE + "2025/05/08/"]


def test_tag_feeds_have_one_item_per_article():
    files = feeds_of(sample())
    parsed = feedparser.parse(files["tags/diplomacy/feed.xml"])
    assert parsed.feed.title == "The Daily Brief: Diplomacy"
    assert parsed.feed.link == BASE + "tags/diplomacy/"
    assert [(e.title, e.id, e.link) for e in parsed.entries] == [
        ("Storm warning", BASE + "2025/06/03/storm-warning/", BASE + "2025/06/03/storm-warning/"),
        ("Talks in istanbul", BASE + "2025/06/02/talks-in-istanbul/",
         BASE + "2025/06/02/talks-in-istanbul/"),
    ]
    assert parsed.entries[0].published == "Tue, 03 Jun 2025 07:15:00 +0100"
    self_link = etree.fromstring(files["tags/diplomacy/feed.xml"]).find("channel/atom:link", NS)
    assert self_link.get("href") == BASE + "tags/diplomacy/feed.xml"


@pytest.mark.parametrize("title", ["Fish & chips <up> 10%", "“Quoted” — ünïcode ]]> end"])
def test_titles_and_content_with_markup_characters_survive(title):
    site = assemble(config(title="A & B"), [story("2025-06-02 08:00", "odd", title=title,
                                                   tags=("x",))],
                    drafts=False, future=False, now=NOW)
    html = f"<p>{escape(title, quote=False)}</p>"
    files = render_feeds(site, lambda d: html, lambda s: html)
    for name, data in files.items():
        validate(name, data)
        shown_title, content = first_entry(name, data)
        assert title in shown_title and content == html


def test_the_sample_sites_feeds_are_valid_and_every_link_in_them_absolute():
    from briefs.build import Builder

    files, _ = Builder(Path(__file__).resolve().parents[2]).render()
    feeds = {name: data for name, data in files.items() if name.endswith(("feed.xml", "atom.xml", "stories.xml"))}
    assert {"feed.xml", "atom.xml", "stories.xml"} < set(feeds) and len(feeds) > 3
    validate("feed.json", files["feed.json"])
    for name, data in feeds.items():
        validate(name, data)
        for item in etree.fromstring(data).iter("item", "{%s}entry" % NS["atom"]):
            html = item.findtext("content:encoded", namespaces=NS) or item.findtext(
                "atom:content", namespaces=NS)
            for url in re.findall(r"""\s(?:href|src)=["']([^"']*)""", html):
                assert re.match(r"[a-z]+:", url), f"{name}: relative URL {url!r}"


@pytest.mark.parametrize("headline, title", [
    ("Antalya climate deal: what was agreed and what was not", "Friday 21 November: Antalya climate deal and 1 more"),
    ("Review: The Ferryman's Daughter at the Playhouse", "Friday 21 November: The Ferryman's Daughter at the Playhouse and 1 more"),
    ("Council approves the new tram line to Eastfield after a seven-hour debate",
     "Friday 21 November: Council approves the new tram line to Eastfield… and 1 more"),
])
def test_daily_item_titles_are_short(headline, title):
    site = assemble(config(), [story("2025-11-21 08:00", "lead", title=headline, priority=1),
                               story("2025-11-21 09:00", "other")], drafts=False, future=False, now=NOW)
    for name in ("feed.xml", "atom.xml"):
        assert feedparser.parse(feeds_of(site)[name]).entries[0].title == title
    assert json.loads(feeds_of(site)["feed.json"])["items"][0]["title"] == title


def test_brief_time_dates_the_day_item_in_the_sites_timezone():
    files = feeds_of(sample(brief_time=time(7, 0)))
    rss = etree.fromstring(files["feed.xml"])
    assert [i.findtext("pubDate") for i in rss.findall("channel/item")] == [
        "Tue, 03 Jun 2025 07:00:00 +0100", "Mon, 02 Jun 2025 07:00:00 +0100", "Wed, 15 Jan 2025 07:00:00 +0000"]
    atom = etree.fromstring(files["atom.xml"])
    entry = atom.findall("atom:entry", NS)[0]  # 3 June: its one story, at 07:15, came after the brief
    assert (entry.findtext("atom:published", namespaces=NS), entry.findtext("atom:updated", namespaces=NS)) == (
        "2025-06-03T07:00:00+01:00", "2025-06-03T07:15:00+01:00")


def test_a_late_story_updates_the_day_item_without_a_new_id():
    morning = [story("2025-06-02 06:30", "talks"), story("2025-06-02 07:10", "markets")]
    late = morning + [story("2025-06-02 21:40", "late-result")]
    before, after = (feeds_of(assemble(config(brief_time=time(7, 0)), stories, drafts=False, future=False,
                                       now=NOW)) for stories in (morning, late))
    for name in ("atom.xml", "feed.xml", "feed.json"):
        validate(name, after[name])
    old, new = (etree.fromstring(files["atom.xml"]).find("atom:entry", NS) for files in (before, after))
    assert old.findtext("atom:id", namespaces=NS) == new.findtext("atom:id", namespaces=NS) == BASE + "2025/06/02/"
    assert old.findtext("atom:published", namespaces=NS) == new.findtext("atom:published", namespaces=NS) == (
        "2025-06-02T07:00:00+01:00")
    assert old.findtext("atom:updated", namespaces=NS) == "2025-06-02T07:10:00+01:00"
    assert new.findtext("atom:updated", namespaces=NS) == "2025-06-02T21:40:00+01:00"
    assert "late-result" in new.findtext("atom:content", namespaces=NS)
    # RSS: the same GUID and date, so readers do not show the brief twice; the feed says it changed.
    old_rss, new_rss = (etree.fromstring(files["feed.xml"]) for files in (before, after))
    assert [(i.findtext("guid"), i.findtext("pubDate")) for i in old_rss.findall("channel/item")] == [
        (i.findtext("guid"), i.findtext("pubDate")) for i in new_rss.findall("channel/item")]
    assert new_rss.findtext("channel/lastBuildDate") == "Mon, 02 Jun 2025 21:40:00 +0100"
    old_json, new_json = (json.loads(files["feed.json"])["items"][0] for files in (before, after))
    assert old_json["id"] == new_json["id"] and old_json["date_published"] == new_json["date_published"]
    assert (old_json["date_modified"], new_json["date_modified"]) == (
        "2025-06-02T07:10:00+01:00", "2025-06-02T21:40:00+01:00")


def test_json_feed_has_the_daily_briefs():
    data = json.loads(feeds_of(sample(author="Desk", description="News, briefly."))["feed.json"])
    assert {key: data[key] for key in ("version", "title", "home_page_url", "feed_url", "description",
                                       "language", "authors")} == {
        "version": "https://jsonfeed.org/version/1.1", "title": "The Daily Brief", "home_page_url": BASE,
        "feed_url": BASE + "feed.json", "description": "News, briefly.", "language": "en",
        "authors": [{"name": "Desk"}]}
    assert [(i["id"], i["url"], i["title"]) for i in data["items"]] == [
        (BASE + "2025/06/03/", BASE + "2025/06/03/", "Tuesday 3 June: Storm warning"),
        (BASE + "2025/06/02/", BASE + "2025/06/02/", "Monday 2 June: Markets rally and 1 more"),
        (BASE + "2025/01/15/", BASE + "2025/01/15/", "Wednesday 15 January: Winter story")]
    assert f'<a href="{BASE}2025/06/02/talks-in-istanbul/">' in data["items"][1]["content_html"]


def test_the_json_feed_schema_accepts_the_specs_example_and_rejects_mistakes():
    example = {"version": "https://jsonfeed.org/version/1.1", "title": "My Example Feed",
               "home_page_url": "https://example.org/", "feed_url": "https://example.org/feed.json",
               "items": [{"id": "2", "content_text": "This is a second item.", "url": "https://example.org/second-item"},
                         {"id": "1", "content_html": "<p>Hello, world!</p>", "url": "https://example.org/initial-post"}]}
    assert list(JSON_FEED.iter_errors(example)) == []
    for mistake in ({"items": [{"id": "1"}]}, {"items": [{"id": 1, "content_text": "x"}]},
                    {"version": "https://jsonfeed.org/version/1"}, {"autors": []},
                    {"items": [{"id": "1", "content_text": "x", "date_published": "2 June 2025"}]}):
        assert list(JSON_FEED.iter_errors({**example, **mistake})), mistake


def test_the_story_feed_has_the_newest_stories_one_item_each():
    files = feeds_of(sample(feed_stories=3))
    parsed = feedparser.parse(files["stories.xml"])
    assert parsed.feed.title == "The Daily Brief: every story"
    assert [(e.title, e.id, e.published) for e in parsed.entries] == [
        ("Storm warning", BASE + "2025/06/03/storm-warning/", "Tue, 03 Jun 2025 07:15:00 +0100"),
        ("Markets rally", BASE + "2025/06/02/markets-rally/", "Mon, 02 Jun 2025 18:45:00 +0100"),
        ("Talks in istanbul", BASE + "2025/06/02/talks-in-istanbul/", "Mon, 02 Jun 2025 08:00:00 +0100")]


def test_control_characters_that_xml_cannot_carry_are_dropped():
    site = assemble(config(), [story("2025-06-02 08:00", "odd", title="Form\x0cfeed\x00 title",
                                     tags=("x",))],
                    drafts=False, future=False, now=NOW)
    files = render_feeds(site, lambda d: "<p>bell\x07</p>", lambda s: "<p>bell\x07</p>")
    for name, data in files.items():
        validate(name, data)
        if name == "feed.json":  # JSON carries any character: the text is kept as it is
            assert first_entry(name, data)[1] == "<p>bell\x07</p>"
            continue
        shown_title, content = first_entry(name, data)
        assert "Formfeed title" in shown_title and content == "<p>bell</p>"
