"""A small hand-made site (four days, a draft, a scheduled story, tags) for the render tests."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from html import escape
from pathlib import Path

from briefs.config import SiteConfig
from briefs.content.model import Article
from briefs.render import Theme, pages
from briefs.site import Site, assemble
from briefs.summarize.model import Brief, Figure, Mention, Quote

NOW = datetime(2025, 6, 4, 12, 0, tzinfo=timezone.utc)


def article(title: str, when: str, *, slug: str, body: str = "", **fields) -> Article:
    body = body or f"{title}. More text about it."
    return Article(
        path=f"content/{when[:10].replace('-', '/')}/{slug}.md", title=title,
        date=datetime.fromisoformat(when), slug=slug, body=body, html=f"<p>{escape(body)}</p>", text=body,
        digest=hashlib.sha256(f"{title}{when}{body}{fields}".encode()).hexdigest(), **fields)


def brief(headline: str, **fields) -> Brief:
    return Brief(headline=headline, summary=[f"{headline} happened today.", "Officials said more."],
                 **fields)


def make_config(site_dir: Path, **fields) -> SiteConfig:
    values = {"title": "The Daily Brief", "base_url": "https://example.org/news/",
              "timezone": "Europe/London", "language": "en-GB", "page_size": 2,
              "description": "News in brief.", "site_dir": site_dir}
    return SiteConfig(**{**values, **fields})


def sample_stories() -> list[tuple[Article, Brief]]:
    talks = brief(
        "Talks open in Istanbul",
        key_points=["Delegations met for two hours.", "A second round is planned."],
        figures=[Figure("162", "162 drones downed", "Russia said 162 drones were downed.")],
        quotes=[Quote("We are ready to talk", "Rustem Umerov"), Quote("No comment", None)],
        mentions=[Mention("Rustem Umerov", "person"), Mention("Istanbul", "place"),
                  Mention("Reuters", "organisation")],
        reading_minutes=3)
    return [
        (article("Talks open in Istanbul", "2025-06-02T09:30:00+01:00", slug="talks-in-istanbul",
                 tags=("Ukraine", "Diplomacy"), section="World", source="Reuters",
                 source_url="https://www.reuters.com/world/talks", priority=1,
                 extra={"subtitle": "A first meeting"}), talks),
        (article("Markets <rise> & fall", "2025-06-02T14:00:00+01:00", slug="markets",
                 tags=("Economy",), source_url="javascript:alert(1)"),
         brief("Markets <rise> & fall")),
        (article("Rain expected", "2025-06-01T08:00:00+01:00", slug="rain", tags=("Weather",)),
         brief("Rain expected")),
        (article("A draft story", "2025-06-01T10:00:00+01:00", slug="draft-story", draft=True),
         brief("A draft story")),
        (article("Budget day", "2025-05-30T07:15:00+01:00", slug="budget", tags=("Economy",)),
         brief("Budget day")),
        (article("Tomorrow's vote", "2025-06-05T09:00:00+01:00", slug="vote", tags=("ukraine",)),
         brief("Tomorrow's vote")),
    ]


def make_site(config: SiteConfig, stories: list[tuple[Article, Brief]] | None = None) -> Site:
    """The sample site as `serve` shows it: drafts and scheduled stories included."""
    stories = sample_stories() if stories is None else stories
    return assemble(config, stories, drafts=True, future=True, now=NOW)


def render_pages(site: Site, theme: Theme) -> dict[str, str]:
    """Every page of the site rendered, by output path (no feeds or static files)."""
    return {page.path: page.render().decode("utf-8") for page in pages(site, theme)}


def write_folder(files: dict[str, bytes], folder: Path) -> Path:
    """Write a rendered site ({output path: bytes}) into `folder`, as `build` would."""
    for path, data in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder
