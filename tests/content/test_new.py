"""`briefs new "Title"`: a draft dated now in the site's timezone, never overwriting a file."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from briefs.content.loader import parse_article
from briefs.content.new import new_article
from briefs.config import load_config
from briefs.errors import BriefsError

LATE_UTC = datetime(2025, 6, 2, 23, 30, tzinfo=timezone.utc)  # already 3 June in London


def test_new_writes_a_draft_in_todays_folder_of_the_site_timezone(site: Path):
    path = new_article(site, "Talks resume in Istanbul", now=LATE_UTC)
    assert path == site / "content/2025/06/03/talks-resume-in-istanbul.md"
    article = parse_article("content/2025/06/03/talks-resume-in-istanbul.md", path.read_bytes(), load_config(site))
    assert article.title == "Talks resume in Istanbul"
    assert article.date == datetime(2025, 6, 3, 0, 30, tzinfo=ZoneInfo("Europe/London"))
    assert article.draft is True and article.tags == ()
    assert path.read_text().startswith("---\ntitle: Talks resume in Istanbul\ndate: 2025-06-03T00:30:00+01:00\n")


def test_new_quotes_titles_yaml_would_misread(site: Path):
    path = new_article(site, "2024: a year in review", now=LATE_UTC)
    assert parse_article("content/x.md", path.read_bytes(), load_config(site)).title == "2024: a year in review"


def test_new_never_overwrites_an_existing_article(site: Path):
    path = new_article(site, "Talks", now=LATE_UTC)
    path.write_text("my edits")
    with pytest.raises(BriefsError) as caught:
        new_article(site, "Talks", now=LATE_UTC)
    assert "already exists" in caught.value.message and caught.value.hint
    assert path.read_text() == "my edits"


def test_new_rejects_a_title_without_letters_or_digits(site: Path):
    with pytest.raises(BriefsError) as caught:
        new_article(site, "?!", now=LATE_UTC)
    assert "no letters or digits" in caught.value.message
    assert not (site / "content").exists()


def test_new_outside_a_site_folder_says_so(tmp_path: Path):
    with pytest.raises(BriefsError) as caught:
        new_article(tmp_path, "Talks")
    assert "no site.yaml" in caught.value.message
