"""briefs.site.assemble: which stories are published, where, in what order, and what is refused."""

from __future__ import annotations

import random
import time
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.content.slug import slugify
from briefs.errors import BuildFailed
from briefs.site import absolute_url, assemble
from tests.factories import config, story

NOW = datetime(2025, 6, 10, 12, 0, tzinfo=timezone.utc)


def build(stories, *, drafts=False, future=False, now=NOW, **settings):
    return assemble(config(**settings), stories, drafts=drafts, future=future, now=now)


def slugs(stories):
    return [s.article.slug for s in stories]


def test_story_url_and_time_use_the_day_in_the_site_timezone():
    # 23:30 in New York on 1 June is already 2 June in London, where the site's days are cut.
    site = build([story("2025-06-01 23:30", "late-talks", zone="America/New_York")])
    (only,) = site.stories
    assert only.url == "/2025/06/02/late-talks/"
    assert only.published.isoformat() == "2025-06-02T04:30:00+01:00"
    assert [d.day for d in site.days] == [date(2025, 6, 2)]


def test_a_day_is_cut_at_local_midnight_not_utc():
    # 23:59 and 00:01 London summer time: both on 1 June in UTC, but two days in London.
    site = build([story("2025-06-01 23:59", "before"), story("2025-06-02 00:01", "after")])
    assert [(d.day, slugs(d.stories)) for d in site.days] == [
        (date(2025, 6, 2), ["after"]),
        (date(2025, 6, 1), ["before"]),
    ]


def test_days_newest_first_stories_by_priority_then_time_then_slug():
    site = build([
        story("2025-06-01 08:00", "old-day"),
        story("2025-06-02 09:00", "nine"),
        story("2025-06-02 07:00", "seven"),
        story("2025-06-02 18:00", "lead", priority=5),
        story("2025-06-02 07:00", "also-seven"),
        story("2025-06-02 06:00", "minor", priority=-1),
    ])
    assert [d.day for d in site.days] == [date(2025, 6, 2), date(2025, 6, 1)]
    assert slugs(site.days[0].stories) == ["lead", "also-seven", "seven", "nine", "minor"]
    assert slugs(site.stories) == ["lead", "nine", "seven", "also-seven", "minor", "old-day"]


def test_result_does_not_depend_on_the_order_articles_arrive_in():
    stories = [story(f"2025-06-0{1 + i % 5} 0{i % 9}:00", f"s{i}", tags=(f"T{i % 3}",))
               for i in range(30)]
    shuffled = stories[:]
    random.Random(4).shuffle(shuffled)
    assert build(stories) == build(shuffled)


def test_previous_and_next_point_at_the_nearest_days_with_stories():
    site = build([story("2025-06-01 08:00", "a"), story("2025-06-04 08:00", "b"),
                  story("2025-06-09 08:00", "c")])
    links = [(d.day.day, d.previous and d.previous.day, d.next and d.next.day) for d in site.days]
    assert links == [(9, 4, None), (4, 1, 9), (1, None, 4)]


def test_drafts_are_left_out_unless_asked_for():
    stories = [story("2025-06-02 08:00", "public"), story("2025-06-02 09:00", "wip", draft=True)]
    assert slugs(build(stories).stories) == ["public"]
    assert slugs(build(stories, drafts=True).stories) == ["wip", "public"]


def test_future_articles_are_left_out_unless_asked_for_then_marked():
    stories = [story("2025-06-10 13:01", "at-one"), story("2025-06-10 12:00", "at-noon-utc",
                                                          zone="UTC")]
    site = build(stories)
    assert slugs(site.stories) == ["at-noon-utc"]  # exactly `now` is published
    assert not site.stories[0].future
    with_future = build(stories, future=True)
    assert [(s.article.slug, s.future) for s in with_future.stories] == [
        ("at-one", True), ("at-noon-utc", False)]


def test_an_empty_site_still_has_a_front_page():
    site = build([])
    assert site.days == site.stories == site.tags == site.archive == ()
    assert [(p.number, p.url, p.days, p.count) for p in site.index_pages] == [(1, "/", (), 1)]


def test_index_pages_hold_page_size_days_each():
    site = build([story(f"2025-05-{d:02d} 08:00", f"s{d}") for d in range(1, 8)], page_size=3)
    pages = [(p.url, [d.day.day for d in p.days], p.count) for p in site.index_pages]
    assert pages == [("/", [7, 6, 5], 3), ("/page/2/", [4, 3, 2], 3), ("/page/3/", [1], 3)]


def test_archive_groups_days_by_month_newest_first():
    site = build([story("2024-12-31 08:00", "a"), story("2025-01-02 08:00", "b"),
                  story("2025-01-15 08:00", "c"), story("2025-01-15 09:00", "d")])
    months = [(m.year, m.month, [d.day.day for d in m.days]) for m in site.archive]
    assert months == [(2025, 1, [15, 2]), (2024, 12, [31])]


def test_tags_are_grouped_by_slug_named_by_first_spelling_newest_stories_first():
    site = build([
        story("2025-06-03 08:00", "c", tags=("ai",)),
        story("2025-06-01 08:00", "a", tags=("AI", "Élections")),
        story("2025-06-02 08:00", "b", tags=("A.I.", "ai", "elections")),
    ])
    tags = [(t.slug, t.name, t.url, slugs(t.stories)) for t in site.tags]
    assert tags == [
        ("a-i", "A.I.", "/tags/a-i/", ["b"]),
        ("ai", "AI", "/tags/ai/", ["c", "b", "a"]),
        ("elections", "Élections", "/tags/elections/", ["b", "a"]),
    ]


def test_two_articles_at_one_url_fail_naming_both_files():
    stories = [
        story("2025-06-02 08:00", "talks", path="content/a/talks.md"),
        story("2025-06-02 17:00", "talks", path="content/b/other-title.md"),
        story("2025-06-02 17:00", "fine"),
    ]
    with pytest.raises(BuildFailed) as failed:
        build(stories)
    (error,) = failed.value.errors
    assert error.path == "content/b/other-title.md"
    assert "content/a/talks.md" in error.message and "/2025/06/02/talks/" in error.message
    assert "slug" in error.hint


def test_a_draft_does_not_collide_unless_it_is_published():
    stories = [story("2025-06-02 08:00", "talks"),
               story("2025-06-02 09:00", "talks", path="content/draft.md", draft=True)]
    assert slugs(build(stories).stories) == ["talks"]
    with pytest.raises(BuildFailed):
        build(stories, drafts=True)


def test_every_problem_is_reported_at_once():
    stories = [
        story("2025-06-02 08:00", "x", path="content/1.md"),
        story("2025-06-02 09:00", "x", path="content/2.md"),
        story("2025-06-02 09:00", "y", path="content/3.md", tags=("!!!",)),
        story("2025-06-02 09:00", "..", path="content/4.md"),
        story("2025-06-02 09:00", "a/b", path="content/5.md"),
    ]
    with pytest.raises(BuildFailed) as failed:
        build(stories)
    problems = sorted((e.path, e.message) for e in failed.value.errors)
    assert [path for path, _ in problems] == [
        "content/2.md", "content/3.md", "content/4.md", "content/5.md"]
    assert "'!!!'" in problems[1][1]
    assert "'..'" in problems[2][1] and "'a/b'" in problems[3][1]


def test_absolute_url_keeps_the_base_path():
    assert absolute_url(config(), "/2025/06/02/") == "https://example.org/news/2025/06/02/"
    assert absolute_url(config(base_url="https://example.org/"), "/") == "https://example.org/"


def test_a_thousand_articles_assemble_in_a_few_milliseconds():
    start = datetime(2022, 1, 1, 6, 0)
    stories = [story((start + timedelta(hours=9 * i)).isoformat(), f"story-{i}",
                     tags=(f"Tag {i % 40}", f"Topic {i % 7}"), priority=i % 3)
               for i in range(1000)]
    build(stories)  # warm up (zoneinfo cache, imports)
    best = min(_timed(lambda: build(stories)) for _ in range(5))
    site = build(stories)
    assert len(site.stories) == 1000 and len(site.tags) == 47
    assert best < 0.05, f"assemble took {best * 1000:.1f} ms"


def _timed(action) -> float:
    begin = time.perf_counter()
    action()
    return time.perf_counter() - begin



@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 23), st.integers(-2, 2),
                          st.sets(st.sampled_from(["AI", "ai", "Élection", "election", "Sport"])),
                          st.booleans()), max_size=30),
       st.integers(1, 5))
def test_every_published_story_is_placed_once_and_consistently(rows, page_size):
    start = datetime(2025, 3, 20, 0, 30)  # spans the switch to summer time
    stories = [story((start + timedelta(days=d, hours=h)).isoformat(), f"s{i}", priority=p,
                     tags=tuple(sorted(tags)), draft=draft)
               for i, (d, h, p, tags, draft) in enumerate(rows)]
    site = build(stories, future=True, page_size=page_size)
    published = {a.slug for a, _ in stories if not a.draft}
    assert sorted(slugs(site.stories)) == sorted(published)
    in_days = [s for day in site.days for s in day.stories]
    assert sorted(slugs(in_days)) == sorted(published)
    assert all(s.day == day.day for day in site.days for s in day.stories)
    assert [d.day for d in site.days] == sorted({s.day for s in site.stories}, reverse=True)
    for newer, older in zip(site.days, site.days[1:]):
        assert (newer.previous, older.next) == (older.day, newer.day)
    assert [d for page in site.index_pages for d in page.days] == list(site.days)
    assert all(len(page.days) <= page_size for page in site.index_pages)
    assert [d for month in site.archive for d in month.days] == list(site.days)
    for tag in site.tags:
        assert [s.published for s in tag.stories] == sorted(
            (s.published for s in tag.stories), reverse=True)
        assert all(tag.slug in {slugify(t) for t in s.article.tags} for s in tag.stories)
