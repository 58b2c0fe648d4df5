"""`briefs new "Title"`: start an article dated now, as a draft, at content/YYYY/MM/DD/<slug>.md."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from briefs.config import load_config
from briefs.content.loader import parse_article
from briefs.content.slug import slugify
from briefs.content.writing import article_text
from briefs.errors import BriefsError

PLACEHOLDER = "Write the story here. Remove `draft: true` above when it is ready to publish."


def new_article(site_dir: Path, title: str, now: datetime | None = None) -> Path:
    """The new file's path. Drafts are left out of builds until `draft: true` is removed (or --drafts)."""
    config = load_config(site_dir)
    now = (now or datetime.now(config.tz)).astimezone(config.tz).replace(microsecond=0)
    slug = slugify(title)
    if not slug:
        raise BriefsError(f"the title {title!r} has no letters or digits to make a URL from",
                          hint="use a title with some letters or digits")
    rel_path = f"content/{now:%Y/%m/%d}/{slug}.md"
    text = article_text({"title": title.strip(), "date": now.isoformat(), "tags": [], "draft": True}, PLACEHOLDER)
    parse_article(rel_path, text.encode("utf-8"), config.articles)  # what we write must build
    path = site_dir / rel_path
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as out:
            out.write(text)
    except FileExistsError:
        raise BriefsError("an article with this title already exists today", path=path,
                          hint="edit that file, or choose another title") from None
    return path
