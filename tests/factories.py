"""Small builders for Articles, Briefs and SiteConfigs, so site/feed/output tests need no files."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from briefs.config import SiteConfig
from briefs.content.model import Article
from briefs.summarize.model import Brief


def config(**fields) -> SiteConfig:
    fields = {"title": "The Daily Brief", "base_url": "https://example.org/news/",
              "timezone": "Europe/London", **fields}
    return SiteConfig(**fields)


def article(when: str, slug: str, *, zone: str = "Europe/London", path: str | None = None,
            **fields) -> Article:
    """An article dated `when` ("2025-06-02 09:30", local time in `zone`)."""
    date = datetime.fromisoformat(when).replace(tzinfo=ZoneInfo(zone))
    path = path or f"content/{date:%Y/%m/%d}/{slug}.md"
    title = fields.pop("title", slug.replace("-", " ").capitalize())
    return Article(path=path, title=title, date=date, slug=slug, body=f"{title}.",
                   html=f"<p>{title}.</p>", text=f"{title}.", digest=path, **fields)


def story(when: str, slug: str, **fields) -> tuple[Article, Brief]:
    item = article(when, slug, **fields)
    return item, Brief(headline=item.title, summary=[f"{item.title} happened."])
