"""site.yaml -> SiteConfig (frozen), validated once: every problem named with its line and a fix."""

from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from briefs.content import checks
from briefs.content.checks import Checks
from briefs.content.encoding import decode_utf8
from briefs.content.yamltext import describe, load_mapping
from briefs.errors import BriefsError
from briefs.summarize import Extractive, Summarizer
from briefs.summarize.model import SummaryOptions


@dataclass(frozen=True)
class ArticleSettings:
    """All that parsing and summarising an article reads of site.yaml: an article's result is a
    function of its file's bytes and these, so they (not the whole config) key its cache entry."""

    timezone: str = "UTC"
    markdown_html: bool = False
    summarizer: Summarizer = field(default_factory=Extractive)  # its identity is in the cache key
    slugs: str = "file"  # where an article's URL comes from without `slug:`: "file" (name) or "title"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class SiteConfig:
    title: str
    base_url: str = "http://localhost:8000/"  # absolute, ends with "/"
    timezone: str = "UTC"  # IANA name; days are cut at midnight here
    language: str = "en"
    description: str = ""
    author: str | None = None
    page_size: int = 7  # days per index page
    feed_days: int = 30  # daily briefs in /feed.xml, /atom.xml and /feed.json
    feed_stories: int = 50  # stories in /stories.xml
    brief_time: time | None = None  # when a day's brief is published (default: its first story's time)
    slugs: str = "file"  # where an article's URL comes from without `slug:`: "file" (name) or "title"
    summary: SummaryOptions = field(default_factory=SummaryOptions)
    markdown_html: bool = False  # let raw HTML in articles through
    site_dir: Path = Path(".")
    explicit: frozenset[str] = field(default=frozenset(), compare=False)  # the keys site.yaml sets

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def articles(self) -> ArticleSettings:
        """The settings an article's parse and brief read (its cache key holds these, no others)."""
        return ArticleSettings(self.timezone, self.markdown_html, Extractive(self.summary), self.slugs)


def _count(value: Any) -> int:
    return checks.whole_number(value, minimum=1)


def _base_url(value: Any) -> str:
    url = checks.web_url(value)
    return url if url.endswith("/") else url + "/"


def _timezone(value: Any) -> str:
    name = checks.text(value)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BriefsError(f"must be an IANA time zone name, not {name!r}",
                          hint="e.g. Europe/London, America/New_York or UTC") from None
    return name


_CLOCK = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def _brief_time(value: Any) -> time:
    if isinstance(value, int) and not isinstance(value, bool):  # YAML reads 7:00 as 420 (base 60)
        raise BriefsError(f"must be a time in quotes, not {describe(value)}", hint='e.g. `brief_time: "07:00"`')
    match = _CLOCK.fullmatch(checks.text(value))
    if not match:
        raise BriefsError(f"must be a time of day as HH:MM, not {value!r}", hint='e.g. `brief_time: "07:00"`')
    return time(int(match.group(1)), int(match.group(2)))


def _slugs(value: Any) -> str:
    if value not in ("file", "title"):
        raise BriefsError(f"must be `file` or `title`, not {describe(value)}",
                          hint="e.g. `slugs: file` (an article's URL from its file name) or `slugs: title` "
                               "(from its title, as before briefs 0.2)")
    return value


# site.yaml key -> check that returns the value to use (see briefs.content.checks).
TOP_LEVEL: dict[str, Callable[[Any], Any]] = {
    "title": checks.text,
    "base_url": _base_url,
    "timezone": _timezone,
    "language": checks.text,
    "description": lambda value: "" if value is None else checks.text(value),
    "author": checks.optional_text,
    "page_size": _count,
    "feed_days": _count,
    "feed_stories": _count,
    "brief_time": _brief_time,
    "slugs": _slugs,
}
SECTIONS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "summary": {f.name: _count for f in dataclasses.fields(SummaryOptions)},
    "markdown": {"html": checks.flag},
}


def load_config(site_dir: Path) -> SiteConfig:
    """Read and check SITE/site.yaml; raises BriefsError for one problem, BuildFailed for several."""
    path = Path("site.yaml")  # errors name files relative to the site folder, like every other error
    try:
        data = (site_dir / path).read_bytes()
    except FileNotFoundError:
        raise BriefsError(
            f"no site.yaml in {site_dir}",
            path=path,
            hint="run briefs inside a site folder or pass --site DIR; "
            "a site needs at least a site.yaml with a line `title: My Daily Brief`",
        ) from None
    except OSError as err:
        raise BriefsError(f"cannot read site.yaml: {err.strerror}", path=path) from None
    values, lines = load_mapping(decode_utf8(data, str(path)), str(path), what="site.yaml")

    found = Checks(str(path), lines)
    settings: dict[str, Any] = {}

    def unknown(key: str, valid: list[str]) -> None:
        close = difflib.get_close_matches(key.rsplit(".", 1)[-1], valid, n=1, cutoff=0.6)
        hint = f"did you mean `{close[0]}`? " if close else ""
        found.add(f"unknown key `{key}`", key, hint + "valid keys here: " + ", ".join(valid))

    if "title" not in values:
        found.add("site.yaml has no `title`", hint="add a line such as `title: The Daily Brief`")
    for key, value in values.items():
        if key in TOP_LEVEL:
            settings[key] = found.check(key, TOP_LEVEL[key], value)
        elif key in SECTIONS and not isinstance(value, (dict, type(None))):
            found.add(f"`{key}` must be `name: value` lines indented under it, not {describe(value)}", key,
                      f"e.g. `{key}:` then `  {next(iter(SECTIONS[key]))}: ...`")
        elif key in SECTIONS:
            for name, item in (value or {}).items():
                if name in SECTIONS[key]:
                    settings[f"{key}.{name}"] = found.check(f"{key}.{name}", SECTIONS[key][name], item)
                else:
                    unknown(f"{key}.{name}", list(SECTIONS[key]))
        else:
            unknown(str(key), list(TOP_LEVEL) + list(SECTIONS))
    found.raise_problems()

    summary = {k.split(".", 1)[1]: v for k, v in settings.items() if k.startswith("summary.")}
    return SiteConfig(
        **{k: v for k, v in settings.items() if k in TOP_LEVEL},
        summary=SummaryOptions(**summary),
        markdown_html=settings.get("markdown.html", False),
        site_dir=site_dir,
        explicit=frozenset(values),
    )
