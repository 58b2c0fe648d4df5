"""site.yaml -> SiteConfig (frozen), validated once. SKELETON: validation to be completed (issue 2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefs.summarize.model import SummaryOptions


@dataclass(frozen=True)
class SiteConfig:
    title: str
    base_url: str = "http://localhost:8000/"  # absolute, ends with "/"
    timezone: str = "UTC"  # IANA name; days are cut at midnight here
    language: str = "en"
    description: str = ""
    author: str | None = None
    page_size: int = 7  # days per index page
    feed_days: int = 30  # daily briefs in /feed.xml and /atom.xml
    summary: SummaryOptions = field(default_factory=SummaryOptions)
    markdown_html: bool = False  # let raw HTML in articles through
    site_dir: Path = Path(".")


def load_config(site_dir: Path) -> SiteConfig:
    import yaml

    data = yaml.safe_load((site_dir / "site.yaml").read_text(encoding="utf-8")) or {}
    return SiteConfig(title=data["title"], site_dir=site_dir)
