"""Small builders for Articles, Briefs and SiteConfigs, so site/feed/output tests need no files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
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


def site_folder(root: Path, title: str, write_article: Callable[[Path, int], object], count: int) -> Path:
    """A site folder `root/site` with a site.yaml and `count` articles made by `write_article(site, n)`."""
    site = root / "site"
    (site / "content").mkdir(parents=True)
    (site / "site.yaml").write_text(f"title: {title}\nbase_url: https://example.org/\n")
    for n in range(count):
        write_article(site, n)
    return site


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes, by POSIX path relative to it."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}
