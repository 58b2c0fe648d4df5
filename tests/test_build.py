"""briefs.build: what a kept Builder (serve) or the cache reuses is never stale.

Each test builds a small real site, edits it, and compares the next build of the same Builder with
a build from nothing: byte for byte, including templates a site brings of its own.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from briefs.build import Builder, BuildOptions
from briefs.summarize import Extractive

OPTIONS = BuildOptions(now=datetime(2026, 1, 1, tzinfo=timezone.utc))
BODY = "The council met on Monday. It approved 12 new stops. \"We waited long enough,\" said Ana Ruiz."


def write_article(site: Path, n: int, *, title: str | None = None, tags: str = "Transport",
                  day: int | None = None) -> Path:
    day = day if day is not None else n % 28 + 1
    path = site / "content" / f"2025/03/{day:02d}" / f"story-{n}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {title or f'Story {n}'}\ndate: 2025-03-{day:02d}T{n % 24:02d}:00:00+00:00\n"
                    f"tags: [{tags}]\n---\n{BODY}\n")
    return path


@pytest.fixture
def site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "site.yaml").write_text("title: Key Test\nbase_url: https://example.org/\n")
    for n in range(25):
        write_article(site, n)
    return site


def assert_fresh(builder: Builder, site: Path) -> dict[str, bytes]:
    """The kept builder's output equals a cold build's, file for file."""
    kept, _ = builder.render()
    cold, _ = Builder(site, OPTIONS).render()
    assert kept.keys() == cold.keys()
    stale = [path for path in cold if kept[path] != cold[path]]
    assert not stale, f"stale after the edit: {stale}"
    return kept


def test_a_custom_tags_index_showing_headlines_follows_a_headline_edit(site):
    (site / "templates").mkdir()
    (site / "templates" / "tags.html").write_text(
        "{% for tag in page %}{{ tag.name }}:{% for s in tag.stories %} {{ s.brief.headline }}"
        "{% endfor %}\n{% endfor %}")
    builder = Builder(site, OPTIONS)
    assert b"Story 7" in builder.render()[0]["tags/index.html"]
    write_article(site, 7, title="Trams return to the high street")
    files = assert_fresh(builder, site)
    assert b"Trams return to the high street" in files["tags/index.html"]


def test_a_tag_feed_title_follows_the_spelling_of_its_oldest_story(site):
    builder = Builder(site, OPTIONS)
    assert b"Key Test: Transport" in builder.render()[0]["tags/transport/feed.xml"]
    write_article(site, 0, tags="TRANSPORT", day=1)  # the oldest of 25, not among the feed's 20 items
    files = assert_fresh(builder, site)
    assert b"Key Test: TRANSPORT" in files["tags/transport/feed.xml"]


def test_a_setting_no_article_reads_parses_and_summarises_nothing_again(site, monkeypatch):
    builder = Builder(site, OPTIONS)
    builder.render()
    calls = []
    real = Extractive.compute
    monkeypatch.setattr(Extractive, "compute", lambda self, source: calls.append(source) or real(self, source))
    (site / "site.yaml").write_text("title: Key Test\nbase_url: https://example.org/\nauthor: The desk\n")
    builder.render()
    assert calls == []
    (site / "site.yaml").write_text("title: Key Test\nbase_url: https://example.org/\nsummary: {sentences: 1}\n")
    builder.render()
    assert len(calls) == 25
    assert_fresh(builder, site)
