"""The pipeline, end to end: load -> summarise -> assemble -> render -> write.

Per-article work (`process_article`) is a pure function of its path, the file's bytes and the
article settings of site.yaml (`ArticleSettings`, not the whole config), so `Builder` keeps its
results by the digest of exactly those arguments and briefs' code, and skips files whose bytes did
not change.
"""

from __future__ import annotations

import dataclasses
import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from briefs.config import ArticleSettings, SiteConfig, load_config
from briefs.content.model import Article
from briefs.errors import BriefsError, BuildFailed
from briefs.keys import Digests, code_version
from briefs.summarize import Brief, SummaryInput
from briefs.workers import PER_TASK, in_processes

if TYPE_CHECKING:
    from briefs.cache import Cache
    from briefs.render import Theme
    from briefs.site import Site


@dataclass(frozen=True)
class BuildOptions:
    drafts: bool = False  # include articles with `draft: true`
    future: bool = False  # include articles dated after `now`
    keep_going: bool = False  # skip bad articles (still reported) instead of failing
    now: datetime | None = None  # "now" for --future; default: SOURCE_DATE_EPOCH or the clock
    search: bool = True  # build the search index (serve builds it apart, after the pages)
    strict: bool = False  # warnings (site_warnings) fail the build, as errors


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
    source = SummaryInput(article.text, article.structure, article.title, article.overrides)
    return article, settings.summarizer(source)


def theme_sources(config: SiteConfig) -> tuple:
    """Everything a theme is loaded from: the config and the bytes of every file of its folders."""
    from briefs.render import theme_dir

    folders = (config.site_dir / "templates", theme_dir())
    return (config, tuple((path, path.read_bytes()) for folder in folders
                          for path in sorted(folder.rglob("*")) if path.is_file()))


def _process(item: tuple[str, bytes, ArticleSettings]) -> tuple[Article, Brief] | list[BriefsError]:
    """process_article in a worker process: problems come back as values, with the result."""
    try:
        return process_article(*item)
    except BriefsError as err:
        return [err]
    except BuildFailed as failed:
        return failed.errors


@contextmanager
def long_lived() -> Iterator[None]:
    """For what a build keeps until it ends (its articles, briefs and site: many small objects, no
    reference cycles): the cycle collector is paused while they are made, then they are moved out
    of its reach (gc.freeze), so that it does not walk them again at every collection. At 10,000
    articles those walks were a third of a warm build's time. `gc.unfreeze()` when the build ends.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@dataclass
class Counts:
    """What a build did, for its last line: articles processed and reused, files written and kept."""

    processed: int = 0  # articles parsed and summarised
    reused: int = 0  # articles whose result came from the cache
    written: int = 0  # output files with new bytes
    unchanged: int = 0  # output files kept as they were (hard-linked)


MOVED_EXAMPLES = 3  # articles named in the warning about URLs that no longer follow the title


def site_warnings(config: SiteConfig, articles: list[Article]) -> list[BriefsError]:
    """What builds but is probably not what the site wants; `--strict` makes these errors."""
    from briefs.content.slug import slugify
    from briefs.site import day_url

    warnings = []
    if "base_url" not in config.explicit:
        warnings.append(BriefsError(
            f"no `base_url`: canonical links, feeds, the sitemap and robots.txt point at {config.base_url}",
            path="site.yaml", hint="add the address the site will be served from, "
                                   "e.g. `base_url: https://news.example.com/`"))
    if "slugs" not in config.explicit:  # a site made before URLs came from file names
        moved = sorted((a for a in articles if "slug" not in a.lines and slugify(a.title) != a.slug),
                       key=lambda a: a.path)
        if moved:
            def url(article: Article, slug: str) -> str:
                return f"{day_url(article.date.astimezone(config.tz).date())}{slug}/"

            shown = [f"\n    {a.path}: {url(a, a.slug)} (was {url(a, slugify(a.title))})"
                     for a in moved[:MOVED_EXAMPLES]]
            more = f"\n    and {len(moved) - MOVED_EXAMPLES} more" if len(moved) > MOVED_EXAMPLES else ""
            warnings.append(BriefsError(
                f"{len(moved)} article(s) now publish at a URL made from the file name, not the title "
                "(briefs 0.1 made it from the title):" + "".join(shown) + more,
                path="site.yaml",
                hint="to keep the URLs the titles gave, add `slugs: title` to site.yaml; to keep the file "
                     "names' and redirect the old ones, add `aliases: [/YYYY/MM/DD/old-slug/]` to those "
                     "articles; `slugs: file` in site.yaml says the file names are right and ends this warning"))
    return warnings


@dataclass
class Builder:
    """Builds one site folder, remembering per-article results between builds (serve) and, with a
    `cache`, between runs; `jobs` processes parse and summarise the articles not remembered."""

    site_dir: Path
    options: BuildOptions = field(default_factory=BuildOptions)
    cache: Cache | None = None
    jobs: int = 1
    progress: Callable[..., None] = lambda done, total, *stage: None  # see Reporter.progress
    counts: Counts = field(default_factory=Counts)
    valid_until: datetime | None = None  # the build's output is right until then (future articles)
    _cache: dict = field(default_factory=dict)  # article key (see `load`) -> (Article, Brief)
    _theme: tuple = ()  # (theme_sources(config), Theme): reused while no template changes (serve)
    _memo: dict = field(default_factory=dict)  # what render_site made last, by artifact key (serve)
    _search_memo: dict = field(default_factory=dict)  # the search bundles search_index() made last
    _rendered: tuple = ()  # (Site, Digests) of the last render()
    warnings: list[BriefsError] = field(default_factory=list)  # of the last render (site_warnings)
    media_types: dict[str, str] = field(default_factory=dict)  # of the last render's files, by path

    @property
    def articles(self) -> list[Article]:
        """Every article the last build read (drafts and future-dated ones too), by path."""
        return sorted((article for article, _ in self._cache.values()), key=lambda a: a.path)

    def read(self, config: SiteConfig, digests: Digests) -> tuple[dict[bytes, tuple], list[BriefsError]]:
        """Every article file, as the call that processes it, by that call's key: `process_article`
        with its exact arguments, and briefs' code. Files that cannot be read are problems."""
        from briefs.content.loader import discover, read_bytes

        errors: list[BriefsError] = []
        calls: dict[bytes, tuple[str, bytes, ArticleSettings]] = {}
        settings, version = config.articles, code_version()
        for rel_path in discover(self.site_dir):
            try:
                data = read_bytes(self.site_dir, rel_path)
            except BriefsError as err:
                errors.append(err)
                continue
            calls[digests.of((process_article, rel_path, data, settings, version))] = (rel_path, data, settings)
        return calls, errors

    def load(self, calls: dict[bytes, tuple], digests: Digests) -> tuple[list[tuple[Article, Brief]], list[BriefsError]]:
        """Every article with its brief (from memory, the cache, or processed now), and every problem.

        `digests` learns each result's digest from its key (no walk needed).
        """
        errors: list[BriefsError] = []
        known = {key: self._cache[key] for key in calls if key in self._cache}
        if self.cache is not None:
            with long_lived():
                known.update(self.cache.articles(key for key in calls if key not in known))
        self.counts.reused = len(known)
        missing = [key for key in calls if key not in known]
        for key, result in zip(missing, self._process([calls[key] for key in missing])):
            if isinstance(result, list):
                errors.extend(result)
                continue
            known[key] = result
            if self.cache is not None:
                self.cache.add_article(key, result)
        self.counts.processed = len(missing)
        results = []
        for key in calls:
            if key in known:
                article, brief = known[key]
                digests.known(article, digests.of(("article", key)))
                digests.known(brief, digests.of(("brief", key)))
                results.append(known[key])
        self._cache = {key: known[key] for key in calls if key in known}
        if self.cache is not None:
            self.cache.commit({})
        return results, errors

    def _process(self, items: list[tuple[str, bytes, ArticleSettings]]) -> list:
        """process_article for each item, in order: in `jobs` processes when worth it."""
        results: list = []
        with in_processes(_process, items, self.jobs) as processed:
            for result in processed:
                results.append(result)
                if len(results) % PER_TASK == 0 or len(results) == len(items):
                    self.progress(len(results), len(items))
        return results

    def inputs(self, digests: Digests) -> Inputs:
        """Everything a build reads, read once: settings, theme, article files, static files."""
        site_errors: list[BriefsError] = []
        site_dir = self.site_dir.resolve()  # in every page's key: `--site .` and its full path are one site
        try:
            config = load_config(site_dir)
        except (BriefsError, BuildFailed) as failed:
            site_errors = failed.errors if isinstance(failed, BuildFailed) else [failed]
            if not (self.site_dir / "site.yaml").is_file():
                raise BuildFailed(site_errors) from None
            # Still check templates and articles (against the default settings), so that one run
            # reports every problem; the build fails below all the same.
            config = SiteConfig(title="", site_dir=site_dir)
        calls, read_errors = self.read(config, digests)
        static = site_dir / "static"
        files = tuple((path, path.read_bytes()) for path in sorted(static.rglob("*")) if path.is_file())
        options = dataclasses.replace(self.options, now=None)  # `now` counts through `valid_until`
        digest = digests.hex((code_version(), options, config, theme_sources(config), files, tuple(calls)))
        return Inputs(config, site_errors, calls, read_errors, digest)

    def prepare(self, inputs: Inputs | None = None) -> tuple[Site, Theme, Digests, list[BriefsError]]:
        """The site assembled, its theme, the build's digests, and the articles skipped (--keep-going).

        Raises BuildFailed with every problem found, unless --keep-going can skip them all (problems
        confined to single articles); then the site is built without those articles.
        """
        from briefs.render import load_theme
        from briefs.site import assemble

        digests = Digests()
        inputs = inputs or self.inputs(digests)
        config, site_errors = inputs.config, list(inputs.site_errors)
        try:
            sources = theme_sources(config)
            if not self._theme or self._theme[0] != sources:
                compiled = self.cache.templates() if self.cache is not None else None
                self._theme = (sources, load_theme(config, compiled))
            theme = self._theme[1]
        except BuildFailed as failed:
            site_errors.extend(failed.errors)
        stories, article_errors = self.load(inputs.calls, digests)
        article_errors = inputs.read_errors + article_errors
        if site_errors or (article_errors and not self.options.keep_going):
            raise BuildFailed(site_errors + article_errors)
        self.warnings = site_warnings(config, [article for article, _ in stories])
        if self.options.strict and self.warnings:
            raise BuildFailed(self.warnings + article_errors)
        now = build_time(self.options)
        self.valid_until = min((article.date for article, _ in stories if article.date > now), default=None)
        with long_lived():
            site = assemble(config, stories, drafts=self.options.drafts, future=self.options.future, now=now)
        return site, theme, digests, article_errors

    def render(self) -> tuple[dict[str, bytes], list[BriefsError]]:
        """The whole site as {output-relative path: bytes}, and the articles skipped (--keep-going)."""
        from briefs.render import render_site

        try:
            site, theme, digests, skipped = self.prepare()
            self._rendered = (site, digests)
            return render_site(site, theme, self._memo, digests, search=self.options.search,
                               media_types=self.media_types), skipped
        finally:
            gc.unfreeze()

    def search_index(self) -> dict[str, bytes]:
        """The search index of the site `render()` made last, its bundles made again only where
        their stories changed since the last call (serve makes it after publishing the pages)."""
        from briefs.render.pages import render_search

        site, digests = self._rendered
        return render_search(site, self._search_memo, digests)

    def write(self, output: Path) -> list[BriefsError]:
        """Build into `output`, page by page (nothing held in memory), files whose bytes did not
        change kept as they are; the articles skipped (--keep-going). See briefs.output.Staging.

        With a cache, a build whose inputs (`inputs()`) are those of the build that wrote `output`
        and whose "now" has not reached an article dated after that build's, checks that the
        output is still as written and stops there.
        """
        from briefs.output import Staging, check_output, still_written, tidy
        from briefs.render.pages import make_site

        target = check_output(output, self.site_dir)
        last = self.cache.output(target) if self.cache is not None else {}
        digests = Digests()
        inputs = self.inputs(digests)
        now = build_time(self.options)
        if (last.get("inputs") == inputs.digest and now < (last.get("valid_until") or FOREVER)
                and still_written(target, last.get("files", {}))):
            self.counts.reused, self.counts.unchanged = len(inputs.calls), len(last["files"])
            self.warnings = last["warnings"]
            tidy(target)
            return last["skipped"]
        try:
            spare = self.cache.spare(target) if self.cache is not None else None
            with Staging(output, self.site_dir, last.get("files"), spare) as staging:
                site, theme, digests, skipped = self.prepare(inputs)
                make_site(site, theme, staging, digests, search=self.options.search, jobs=self.jobs,
                          progress=lambda done, total: self.progress(done, total, "rendering", "files"))
                staging.publish()
        finally:
            gc.unfreeze()
        if self.cache is not None:
            self.cache.commit({target: {"files": staging.manifest, "inputs": inputs.digest,
                                        "valid_until": self.valid_until, "skipped": skipped,
                                        "warnings": self.warnings}})
        self.counts.written, self.counts.unchanged = staging.written, staging.unchanged
        return skipped


FOREVER = datetime.max.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class Inputs:
    """What a build read, and the digest of it all (with briefs' code and the build options)."""

    config: SiteConfig
    site_errors: list[BriefsError]  # problems of site.yaml (config is then the default one)
    calls: dict[bytes, tuple]  # article key -> process_article's arguments
    read_errors: list[BriefsError]  # article files that could not be read
    digest: str
