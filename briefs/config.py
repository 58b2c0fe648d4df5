"""site.yaml -> SiteConfig (frozen), validated once: every problem named with its line and a fix."""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from briefs.errors import BriefsError, BuildFailed
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

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be text")
    return value.strip()


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("must be a whole number of at least 1")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _base_url(value: Any) -> str:
    url = _text(value)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("must be an absolute http(s) URL such as https://example.org/")
    return url if url.endswith("/") else url + "/"


def _timezone(value: Any) -> str:
    name = _text(value)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("must be an IANA time zone name such as Europe/London or UTC") from None
    return name


# site.yaml key -> check that returns the value to use or raises ValueError saying what it must be.
TOP_LEVEL: dict[str, Callable[[Any], Any]] = {
    "title": _text,
    "base_url": _base_url,
    "timezone": _timezone,
    "language": _text,
    "description": lambda value: "" if value is None else _text(value),
    "author": _optional_text,
    "page_size": _count,
    "feed_days": _count,
}
SECTIONS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "summary": {f.name: _count for f in dataclasses.fields(SummaryOptions)},
    "markdown": {"html": _flag},
}


def load_config(site_dir: Path) -> SiteConfig:
    """Read and check SITE/site.yaml; raises BriefsError for one problem, BuildFailed for several."""
    from briefs.content.encoding import decode_utf8
    from briefs.content.yamltext import describe, load_mapping

    path = site_dir / "site.yaml"
    try:
        data = path.read_bytes()
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

    problems: list[BriefsError] = []
    settings: dict[str, Any] = {}

    def check(key: str, value: Any, checker: Callable[[Any], Any]) -> Any:
        try:
            return checker(value)
        except ValueError as err:
            problems.append(BriefsError(f"`{key}` {err}, not {describe(value)}", path=path, line=lines.get(key)))

    def unknown(key: str, valid: list[str]) -> None:
        name = key.rsplit(".", 1)[-1]
        close = difflib.get_close_matches(name, valid, n=1, cutoff=0.6)
        hint = f"did you mean `{close[0]}`? " if close else ""
        problems.append(BriefsError(f"unknown key `{key}`", path=path, line=lines.get(key),
                                    hint=hint + "valid keys here: " + ", ".join(valid)))

    for key, value in values.items():
        if key in TOP_LEVEL:
            settings[key] = check(key, value, TOP_LEVEL[key])
        elif key in SECTIONS:
            section = SECTIONS[key]
            if not isinstance(value, dict):
                problems.append(BriefsError(f"`{key}` must be `name: value` lines indented under it, "
                                            f"not {describe(value)}", path=path, line=lines.get(key),
                                            hint=f"e.g. `{key}:` then `  {next(iter(section))}: ...`"))
                continue
            for name, item in value.items():
                if name in section:
                    settings[f"{key}.{name}"] = check(f"{key}.{name}", item, section[name])
                else:
                    unknown(f"{key}.{name}", list(section))
        else:
            unknown(str(key), list(TOP_LEVEL) + list(SECTIONS))
    if "title" not in values:
        problems.insert(0, BriefsError("site.yaml has no `title`", path=path, line=1,
                                       hint="add a line such as `title: The Daily Brief`"))
    if problems:
        raise problems[0] if len(problems) == 1 else BuildFailed(problems)

    summary = {k.split(".", 1)[1]: v for k, v in settings.items() if k.startswith("summary.")}
    return SiteConfig(
        **{k: v for k, v in settings.items() if k in TOP_LEVEL},
        summary=SummaryOptions(**summary),
        markdown_html=settings.get("markdown.html", False),
        site_dir=site_dir,
    )
