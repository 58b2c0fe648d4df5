"""The theme: a Jinja2 environment over the site's templates/ then the default theme, plus static files.

Every template is compiled when the theme loads, so a syntax error anywhere is reported (file and
line) before any page is rendered, and all of them in one run.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import traceback
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Mapping

import jinja2
from jinja2 import meta

import briefs
from briefs.config import SiteConfig
from briefs.content.slug import slugify
from briefs.errors import BriefsError, BuildFailed
from briefs.render import glance
from briefs.site import Month, absolute_url, day_url

TEMPLATE_SUFFIXES = (".html", ".xml", ".txt")
STATIC = "static"  # a theme's (and a site's) folder of files copied as they are to the output root


def theme_dir() -> Path:
    """The default theme: inside the wheel (briefs/theme/) or at the top of a checkout (templates/)."""
    package = Path(briefs.__file__).parent
    for candidate in (package / "theme", package.parent / "templates"):
        if candidate.is_dir():
            return candidate
    raise BriefsError("the default theme is missing", path=package / "theme",
                      hint="reinstall briefs: the wheel ships the theme as briefs/theme/")


@dataclass(frozen=True)
class Theme:
    """A loaded theme: render templates by name, and the static files to copy."""

    env: jinja2.Environment
    search_path: tuple[Path, ...]  # site's templates/ first (when present), then the default theme
    fingerprint: str  # changes whenever any template's source changes
    names: Mapping[str, frozenset[str] | None]  # template -> the variables it (or a template it uses) reads
    site_dir: Path

    def cache_identity(self) -> str:
        """What a render depends on besides its context (filters are briefs' code, keyed apart)."""
        return self.fingerprint

    def context(self, name: str, **values: Any) -> dict[str, Any]:
        """Of `values`, those that template `name` can read: all it is given, and so its cache key.

        `config` is always given (the `absolute_url` filter reads it). A template that includes one
        named by a variable may read anything.
        """
        reads = self.names.get(name)
        return {key: value for key, value in values.items()
                if reads is None or key in reads or key == "config"}

    def render(self, name: str, url: str, context: Mapping[str, Any]) -> bytes:
        """Render one template; a runtime error becomes a BriefsError naming the template and line."""
        try:
            text = self.env.get_template(name).render(context)
        except BriefsError:
            raise
        except Exception as err:  # any template runtime error: undefined variable, bad filter, ...
            raise self._located(err, f"while rendering {url}: {err}") from None
        return (text.strip() + "\n").encode("utf-8")

    def static_files(self) -> dict[str, bytes]:
        """Files to copy to the output root, by output path: the theme's static/, then the site's
        templates/static/ and static/ (the last one wins)."""
        roots = [folder / STATIC for folder in reversed(self.search_path)] + [self.site_dir / STATIC]
        files: dict[str, bytes] = {}
        for root in roots:
            for path in sorted(root.rglob("*")) if root.is_dir() else ():
                if path.is_file():
                    files[path.relative_to(root).as_posix()] = path.read_bytes()
        return files

    def _located(self, err: Exception, message: str) -> BriefsError:
        """The innermost traceback frame that is a template file gives the error's path and line."""
        for frame in reversed(traceback.extract_tb(err.__traceback__)):
            if any(Path(frame.filename).is_relative_to(root) for root in self.search_path):
                return BriefsError(message, path=shown_path(frame.filename, self.site_dir),
                                   line=frame.lineno, hint=_hint(err))
        return BriefsError(message, hint=_hint(err))


def shown_path(filename: str, site_dir: Path) -> str:
    """A site template relative to the site folder (like content paths); a theme one in full."""
    path = Path(filename)
    return str(path.relative_to(site_dir)) if path.is_relative_to(site_dir) else str(path)


def _hint(err: Exception) -> str | None:
    if isinstance(err, jinja2.UndefinedError):
        return ("check the name against the template variables in the README; for an optional "
                "front matter key use `article.extra.get('key')`")
    return None


def load_theme(config: SiteConfig, compiled: Path | None = None) -> Theme:
    """The site's templates/ over the default theme, every template compiled (BuildFailed lists errors).

    `compiled` (in the cache) keeps each template compiled and what it reads, by its source: a
    build whose templates did not change loads them instead of parsing and compiling them again
    (at 12 templates, about a tenth of a warm build)."""
    site_dir = config.site_dir.resolve()
    # dict.fromkeys: a site in a checkout's top folder has the default theme as its templates/
    search_path = tuple(dict.fromkeys(
        p for p in (site_dir / "templates", theme_dir().resolve()) if p.is_dir()))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(p) for p in search_path]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # every template is compiled here; a changed file is a new Theme (serve)
    )
    env.filters.update(FILTERS)
    if compiled is not None:
        compiled.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(compiled))
    digest = hashlib.sha256()
    errors: list[BriefsError] = []
    reads: dict[str, frozenset[str]] = {}
    uses: dict[str, tuple[str | None, ...]] = {}
    for name in sorted(env.list_templates()):
        if name.startswith(STATIC + "/") or not name.endswith(TEMPLATE_SUFFIXES):
            continue
        try:
            source, filename, _ = env.loader.get_source(env, name)
            digest.update(f"{name}\0{source}\0".encode("utf-8"))
            reads[name], uses[name] = _variables(env, name, source, filename, compiled)
            env.get_template(name)
        except jinja2.TemplateSyntaxError as err:
            errors.append(BriefsError(f"template syntax error: {err.message}",
                                      path=shown_path(err.filename or name, site_dir), line=err.lineno,
                                      hint="see https://jinja.palletsprojects.com/templates/"))
        except UnicodeDecodeError as err:
            errors.append(BriefsError(f"template is not UTF-8 (byte {err.start})",
                                      path=shown_path(_template_file(search_path, name), site_dir),
                                      hint="save the template as UTF-8"))
    if errors:
        raise BuildFailed(errors)
    return Theme(env, search_path, digest.hexdigest(), _closure(reads, uses), site_dir)


def _variables(env: jinja2.Environment, name: str, source: str, filename: str | None,
               compiled: Path | None) -> tuple[frozenset[str], tuple[str | None, ...]]:
    """The variables template `name` reads and the templates it uses (None: named by a variable),
    from `compiled` when an earlier build found them in the same source."""
    kept = None
    if compiled is not None:
        kept = compiled / (hashlib.sha256(f"{name}\0{source}".encode()).hexdigest() + ".json")
        try:
            reads, uses = json.loads(kept.read_text())
            return frozenset(reads), tuple(uses)
        except (OSError, ValueError):  # not kept yet, or unreadable: found again
            pass
    tree = env.parse(source, name, filename)
    found = frozenset(meta.find_undeclared_variables(tree)), tuple(meta.find_referenced_templates(tree))
    if kept is not None:
        with contextlib.suppress(OSError):
            temporary = kept.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps([sorted(found[0]), list(found[1])]))
            os.replace(temporary, kept)
    return found


def _closure(reads: dict[str, frozenset[str]],
             uses: dict[str, tuple[str | None, ...]]) -> dict[str, frozenset[str] | None]:
    """Each template's variables with those of the templates it extends, includes and imports
    (transitively); None where it names a template by a variable (it may then read anything)."""
    def names(template: str, seen: set[str]) -> frozenset[str] | None:
        found = set(reads.get(template, ()))
        for used in uses.get(template, ()):
            if used is None:
                return None
            if used not in seen:
                seen.add(used)
                more = names(used, seen)
                if more is None:
                    return None
                found |= more
        return frozenset(found)

    return {template: names(template, {template}) for template in reads}


def _template_file(search_path: tuple[Path, ...], name: str) -> str:
    return str(next(p / name for p in search_path if (p / name).is_file()))


def long_date(day: date | datetime) -> str:
    """ "Monday 2 June 2025": locale-independent, so output is the same on every machine."""
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def month_title(month: Month) -> str:
    return f"{MONTHS[month.month - 1]} {month.year}"


def clock(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"  # strftime's "%H:%M", at a fifth of its cost


DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


@jinja2.pass_context
def absolute(context: Any, url: str) -> str:
    """Only canonical and OpenGraph links are absolute: the site works at any host's root."""
    return absolute_url(context["config"], url)


def web_url(url: str | None) -> str | None:
    """Only http(s) links leave the site: anything else (javascript:, data:) is dropped."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


FILTERS = {
    "long_date": long_date,
    "month_title": month_title,
    "clock": clock,
    "day_url": day_url,
    "tag_slug": functools.lru_cache(maxsize=4096)(slugify),  # a site has few tags, shown on many pages
    "absolute_url": absolute,
    "web_url": web_url,
    "lede": glance.lede,
    "highlights": glance.highlights,
    "sections": glance.sections,
    "reading_minutes": glance.reading_minutes,
    "names_of": glance.names_of,
}
