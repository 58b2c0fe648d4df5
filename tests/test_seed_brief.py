"""The shared seed article, as a user brings it: imported with the CLI, built, read on its day page."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html

from tests.content.helpers import SEED

REPO = Path(__file__).resolve().parents[1]
CAPTION = "walks after a meeting at Ciragan Palace"
SUBHEAD = "Ukraine's Sunday drone attack"


def cli(*args: str) -> None:
    result = subprocess.run([sys.executable, str(REPO / "build.py"), *args],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def public(tmp_path_factory) -> Path:
    """The seed imported into a new site and built: the output folder."""
    site = tmp_path_factory.mktemp("site")
    (site / "site.yaml").write_text("title: Seed Brief\ntimezone: Europe/Kyiv\n", encoding="utf-8")
    cli("import", str(SEED), "--site", str(site))
    cli("build", "--site", str(site), "--output", str(site / "public"))
    return site / "public"


@pytest.fixture(scope="module")
def brief(public):
    """The seed's brief on the day page of 2025-06-02, as an lxml element."""
    page = html.fromstring((public / "2025/06/02/index.html").read_bytes())
    [article] = page.xpath("//main//article[contains(@class, 'brief')]")
    return article


def test_the_article_page_shows_the_photo_caption_after_the_text_not_in_it(public):
    [path] = [p for p in (public / "2025/06/02").glob("*/index.html")]
    page = html.fromstring(path.read_bytes())
    [body] = page.xpath("//article//div[@class='body']")
    assert CAPTION not in body.text_content()
    [caption] = texts(page, "//article//aside[@class='captions']//li")
    assert CAPTION in caption and caption.endswith("(REUTERS)")
    assert page.xpath("//article//div[@class='body']/following-sibling::aside[@class='captions']")


def texts(element, xpath: str) -> list[str]:
    return [" ".join(e.text_content().split()) for e in element.xpath(xpath)]


def test_headline_is_the_leads_main_clause(brief):
    [headline] = texts(brief, ".//*[contains(@class, 'headline')]")
    words = headline.split()
    assert 4 <= len(words) <= 12, headline
    assert headline.startswith("Delegations from Russia and Ukraine"), headline
    assert "talks" in headline, headline  # the news: they met for talks, not only where
    assert words[-1].lower() not in {"a", "an", "the", "on", "in", "of", "at", "to", "and", "for", "with"}


def test_summary_is_whole_sentences_without_the_caption_or_subhead(brief):
    summary = texts(brief, ".//p[contains(@class, 'summary')]")
    assert 1 <= len(summary) <= 3
    seed_words = " ".join(SEED.read_text(encoding="utf-8").split())
    for sentence in summary:
        assert sentence in seed_words, sentence
        assert sentence[-1] in ".!?\"”'’", sentence
    shown = " ".join(texts(brief, "."))
    assert CAPTION not in shown and "(REUTERS)" not in shown
    assert SUBHEAD not in shown


def test_by_the_numbers_has_the_drone_and_plane_figures(brief):
    figures = " | ".join(texts(brief, ".//ul[contains(@class, 'figures')]/li"))
    for fact in ("40 Russian planes", "162 Ukrainian drones", "52", "80 drones", "1,000"):
        assert fact in figures, (fact, figures)


def test_zelenskys_quote_is_credited_to_him(brief):
    quotes = [(texts(q, ".//blockquote")[0], (texts(q, ".//figcaption") or [""])[0])
              for q in brief.xpath(".//figure[contains(@class, 'quote')]")]
    assert any("exchanged documents through the Turkish side" in text and "Zelensky" in speaker
               for text, speaker in quotes), quotes
