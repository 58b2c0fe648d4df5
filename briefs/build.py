"""The pipeline, end to end: load -> summarise -> assemble -> render -> write.

Per-article work (`process_article`) is a pure function of its path, the file's bytes and the
article settings of site.yaml (`ArticleSettings`, not the whole config), so `Builder` keeps its
results by the digest of exactly those arguments and briefs' code, and skips files whose bytes did
not change.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from briefs.config import ArticleSettings, SiteConfig, load_config
from briefs.content.model import Article
from briefs.errors import BriefsError, BuildFailed
from briefs.keys import Digests, code_version
from briefs.summarize import Brief, summarize


@dataclass(frozen=True)
class BuildOptions:
    drafts: bool = False  # include articles with `draft: true`
    future: bool = False  # include articles dated after `now`
    keep_going: bool = False  # skip bad articles (still reported) instead of failing
    now: datetime | None = None  # "now" for --future; default: SOURCE_DATE_EPOCH or the clock
    search: bool = True  # build the search index (serve builds it apart, after the pages)


def build_time(options: BuildOptions) -> datetime:
    """The build's notion of now: honours SOURCE_DATE_EPOCH for reproducible builds."""
    if options.now is not None:
        return options.now
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    return datetime.now(timezone.utc)


def process_article(rel_path: str, data: bytes, settings: ArticleSettings) -> tuple[Article, Brief]:
    """Parse one article file and compute its brief; front matter overrides win field by field."""
    from briefs.content.loader import parse_article

    article = parse_article(rel_path, data, settings)
    brief = summarize(article.text, title=article.title, options=settings.summary)
    return article, dataclasses.replace(brief, **article.overrides)


def theme_sources(config: SiteConfig) -> tuple:
    """Everything a theme is loaded from: the config and the bytes of every file of its folders."""
    from briefs.render import theme_dir

    folders = (config.site_dir / "templates", theme_dir())
    return (config, tuple((path, path.read_bytes()) for folder in folders
                          for path in sorted(folder.rglob("*")) if path.is_file()))


@dataclass
class Builder:
    """Builds one site folder, remembering per-article results between builds (for serve)."""

    site_dir: Path
    options: BuildOptions = field(default_factory=BuildOptions)
    _cache: dict = field(default_factory=dict)  # article key (see `load`) -> (Article, Brief)
    _theme: tuple = ()  # (theme_sources(config), Theme): reused while no template changes (serve)
    _memo: dict = field(default_factory=dict)  # what render_site made last, by artifact key (serve)

    def load(self, config: SiteConfig, digests: Digests) -> tuple[list[tuple[Article, Brief]], list[BriefsError]]:
        """Every article of the site with its brief, and every problem found on the way.

        An article's key is the digest of the call that makes it: `process_article` with its exact
        arguments, and briefs' code. `digests` learns each result's digest from it (no walk needed).
        """
        from briefs.content.loader import discover, read_bytes

        results, errors, cache = [], [], {}
        settings, version = config.articles, code_version()
        for rel_path in discover(self.site_dir):
            try:
                data = read_bytes(self.site_dir, rel_path)
                key = digests.of((process_article, rel_path, data, settings, version))
                cache[key] = self._cache.get(key) or process_article(rel_path, data, settings)
                article, brief = cache[key]
                digests.known(article, digests.of(("article", key)))
                digests.known(brief, digests.of(("brief", key)))
                results.append(cache[key])
            except BriefsError as err:
                errors.append(err)
            except BuildFailed as failed:
                errors.extend(failed.errors)
        self._cache = cache
        return results, errors

    def render(self) -> tuple[dict[str, bytes], list[BriefsError]]:
        """The whole site as {output-relative path: bytes}, and the articles skipped (--keep-going).

        Raises BuildFailed with every problem found, unless --keep-going can skip them all (problems
        confined to single articles); then the site is built without those articles.
        """
        from briefs.render import load_theme, render_site
        from briefs.site import assemble

        site_errors: list[BriefsError] = []
        try:
            config = load_config(self.site_dir)
        except (BriefsError, BuildFailed) as failed:
            site_errors = failed.errors if isinstance(failed, BuildFailed) else [failed]
            if not (self.site_dir / "site.yaml").is_file():
                raise BuildFailed(site_errors) from None
            # Still check templates and articles (against the default settings), so that one run
            # reports every problem; the build fails below all the same.
            config = SiteConfig(title="", site_dir=self.site_dir)
        try:
            sources = theme_sources(config)
            if not self._theme or self._theme[0] != sources:
                self._theme = (sources, load_theme(config))
            theme = self._theme[1]
        except BuildFailed as failed:
            site_errors.extend(failed.errors)
        digests = Digests()
        stories, article_errors = self.load(config, digests)
        if site_errors or (article_errors and not self.options.keep_going):
            raise BuildFailed(site_errors + article_errors)
        site = assemble(config, stories, drafts=self.options.drafts, future=self.options.future,
                        now=build_time(self.options))
        return render_site(site, theme, self._memo, digests, search=self.options.search), article_errors
