"""Parse an inline article with a London-time site config, and collect what it is rejected for."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefs.config import SiteConfig
from briefs.content.loader import parse_article
from briefs.content.model import Article
from briefs.errors import BriefsError, BuildFailed

LONDON = SiteConfig(title="Test Brief", timezone="Europe/London")
# The shared seed article (../shared/seeds/), copied here so that a clean clone tests without ../shared.
SEED = Path(__file__).resolve().parents[1] / "fixtures" / "000_017d590de94c6749.txt"


def parse(text: str | bytes, path: str = "content/2025/06/02/story.md", config: SiteConfig = LONDON) -> Article:
    return parse_article(path, text.encode("utf-8") if isinstance(text, str) else text, config)


def problems(text: str | bytes, path: str = "content/2025/06/02/story.md", config: SiteConfig = LONDON) -> list[BriefsError]:
    """Every problem parse_article reports for `text` (fails the test if it parses)."""
    try:
        parse(text, path, config)
    except BriefsError as err:
        return [err]
    except BuildFailed as failed:
        return failed.errors
    pytest.fail("expected the article to be rejected")


def one_problem(text: str | bytes, path: str = "content/2025/06/02/story.md", config: SiteConfig = LONDON) -> BriefsError:
    found = problems(text, path, config)
    assert len(found) == 1, [str(e) for e in found]
    return found[0]
