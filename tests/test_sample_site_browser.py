"""The sample site's pages in a real browser (Debian's chromium): how much a reader sees at a glance.

The day page is a brief: on the sample site's largest day, every story's headline and lede are
within the first two viewports of a 1280x800 desktop, and the whole page is at most 3,000 px tall
at 1280 px wide and 5,000 px at 390 px (a phone).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from briefs.build import Builder, BuildOptions

REPO = Path(__file__).resolve().parents[1]
NOW = "2026-12-01T00:00:00+00:00"  # after the sample's days, before its future-dated article

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

# Every story on a page: its headline and its lede (the one sentence shown under it), as page
# coordinates (top and bottom in px from the top of the page).
STORIES = """() => [...document.querySelectorAll("main article")].map(story => {
  const box = el => { if (!el) return null; const r = el.getBoundingClientRect();
                      return [r.top + scrollY, r.bottom + scrollY]; };
  return {headline: story.querySelector(".headline")?.textContent.trim(),
          headline_box: box(story.querySelector(".headline")), lede_box: box(story.querySelector(".lede"))};
})"""
HEIGHT = "document.documentElement.scrollHeight"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample") / "public"
    files, skipped = Builder(REPO, BuildOptions(now=datetime.fromisoformat(NOW))).render()
    assert skipped == []
    for path, data in files.items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(data)
    return out


def largest_day(out: Path) -> str:
    """The URL of the day with the most stories (the newest of those, on a tie)."""
    stories = Counter(p.parent.parent.relative_to(out).as_posix() for p in out.glob("????/??/??/*/index.html"))
    most = max(stories.values())
    return "/" + max(day for day, count in stories.items() if count == most) + "/"


def test_the_largest_day_is_a_brief_you_take_in_at_a_glance(page, built, serve_folder):
    day = largest_day(built)
    base = serve_folder(built)
    page.set_viewport_size(DESKTOP)
    page.goto(base + day)
    stories = page.evaluate(STORIES)
    count = len(list((built / day.strip("/")).glob("*/index.html")))
    assert len(stories) == count >= 5, stories
    for story in stories:
        assert story["lede_box"], f"{story['headline']}: no lede"
        bottom = max(story["headline_box"][1], story["lede_box"][1])
        assert bottom <= 2 * DESKTOP["height"], f"{story['headline']}: headline and lede end at {bottom}px"
    desktop = page.evaluate(HEIGHT)
    assert desktop <= 3000, f"{day} is {desktop}px tall at 1280px"
    page.set_viewport_size(PHONE)
    phone = page.evaluate(HEIGHT)
    assert phone <= 5000, f"{day} is {phone}px tall at 390px"
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"{day}: content {widths[0]}px wide in a {widths[1]}px viewport"
