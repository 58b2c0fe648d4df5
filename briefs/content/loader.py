"""Site folder -> article files -> Articles. Reading is here; parsing is a pure function of the bytes."""

from __future__ import annotations

import difflib
import hashlib
import os
from pathlib import Path, PurePosixPath

from briefs.config import ArticleSettings
from briefs.content import fields, frontmatter, markdown
from briefs.content.checks import Checks, text
from briefs.content.dates import FILENAME_DATE, date_from_filename, has_time, parse_date
from briefs.content.encoding import decode_utf8
from briefs.content.model import Article
from briefs.content.slug import slugify
from briefs.errors import BriefsError


def discover(site_dir: Path) -> list[str]:
    """Every `*.md` under SITE/content/, as sorted POSIX paths relative to the site folder.

    Hidden files and folders are skipped (.git/, Emacs locks `.#x.md`); other editor side files
    (`x.md~`, `.swp`, `4913`) never end in `.md`.
    """
    content = site_dir / "content"
    if not content.is_dir():
        raise BriefsError("no content/ folder", path=content,
                          hint='create it, or start an article with `briefs new "Title"`')
    found = []
    for folder, subfolders, files in os.walk(content):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        prefix = Path(folder).relative_to(site_dir).as_posix()  # once a folder: serve runs this per save
        found += [f"{prefix}/{f}" for f in files if f.endswith(".md") and not f.startswith(".")]
    return sorted(found)


def file_slug(rel_path: str) -> str:
    """The URL slug an article file's name gives: "2025-06-02-Talks in Istanbul.md" -> "talks-in-istanbul".

    The file name, not the title, so that editing a headline after publication keeps the URL.
    """
    name = PurePosixPath(rel_path).stem
    prefix = FILENAME_DATE.match(name)
    return slugify(name[prefix.end():] if prefix else name)


def read_bytes(site_dir: Path, rel_path: str) -> bytes:
    try:
        with open(os.path.join(site_dir, rel_path), "rb") as file:
            return file.read()
    except OSError as err:
        raise BriefsError(f"cannot read the file: {err.strerror}", path=rel_path,
                          hint="check that it exists and that you may read it") from None


def parse_article(rel_path: str, data: bytes, settings: ArticleSettings) -> Article:
    """One article file's bytes -> Article; BriefsError for one problem, BuildFailed for several.

    Reads `settings.tz` and `settings.markdown_html` (a whole SiteConfig has both too)."""
    front = frontmatter.split(decode_utf8(data, rel_path), rel_path)
    values, checks = front.values, Checks(rel_path, front.lines)

    def missing(key: str, hint: str) -> None:
        typo = difflib.get_close_matches(key, [str(k) for k in values if k not in fields.KNOWN], n=1)
        checks.add(f"the front matter has no `{key}`", hint=f"rename `{typo[0]}` to `{key}`" if typo else hint)

    title = date = None
    if "title" in values:
        title = checks.check("title", text, values["title"])
    else:
        missing("title", "add a line such as `title: Talks resume in Istanbul`")
    date_text = values.get("date", date_from_filename(PurePosixPath(rel_path).name))
    if date_text is not None:
        date = checks.check("date", lambda value: parse_date(value, settings.tz), date_text)
    else:
        missing("date", "add `date: YYYY-MM-DD`, or start the file name with it: 2025-06-02-my-story.md")
    found = {key: checks.check(key, checker, values.get(key)) for key, checker in fields.FIELDS.items()}
    overrides = {key: checks.check(key, checker, values[key]) for key, checker in fields.OVERRIDES.items()
                 if key in values}
    slug = found.pop("slug") or (slugify(title or "") if settings.slugs == "title" else file_slug(rel_path))
    if title and not slug:
        if settings.slugs == "title":
            checks.add(f"the title {title!r} has no letters or digits to make a URL from", "title",
                       hint="add a `slug:` line, e.g. `slug: my-story`")
        else:
            checks.add("the file name has no letters or digits to make a URL from",
                       hint="rename the file (e.g. my-story.md) or add a `slug:` line, e.g. `slug: my-story`")
    if not front.body.strip():
        checks.add("the article has no text after the front matter", line=front.body_line,
                   hint="write the article below the closing `---`")
    checks.raise_problems()

    rendered = markdown.render(front.body, allow_html=settings.markdown_html)
    return Article(
        path=rel_path,
        title=title,
        date=date,
        slug=slug,
        body=front.body,
        html=rendered.html,
        text=rendered.text,
        structure=rendered.structure,
        digest=hashlib.sha256(data).hexdigest(),
        timed=has_time(date_text),
        overrides=overrides,
        extra={key: value for key, value in values.items() if key not in fields.KNOWN},
        lines=front.lines,
        **found,
    )
