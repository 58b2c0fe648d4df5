"""Commands: build (default), check, new, import, serve. Argument parsing only; the work is elsewhere."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from pathlib import Path

from briefs import __version__
from briefs.errors import BriefsError, BuildFailed
from briefs.report import Reporter

COMMANDS = ("build", "check", "new", "import", "serve", "clean")
USAGE_ERROR = 2  # the exit status of a mistyped command line, as argparse and most tools use
INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for Ctrl-C


class UsageError(BriefsError):
    """A mistyped command line (not a problem in the site)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """argparse prints the whole usage and exits; we report one line with a hint instead."""
        raise UsageError(message, hint=f"see `{self.prog} --help`")


def _parser() -> tuple[_Parser, dict[str, _Parser]]:
    parser = _Parser(prog="briefs", description="Build a daily news brief site.")
    parser.add_argument("--version", action="version", version=f"briefs {__version__}")
    sub = parser.add_subparsers(dest="command")

    def site_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("--site", type=Path, default=Path("."), help="site folder (default: .)")

    def strict_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("--strict", action="store_true",
                       help="fail on warnings too (e.g. no base_url), for CI")

    build = sub.add_parser("build", help="build the site into a folder (default command)")
    site_arg(build)
    build.add_argument("--output", type=Path, default=None, help="output folder (default: SITE/public)")
    build.add_argument("--drafts", action="store_true", help="include draft articles")
    build.add_argument("--future", action="store_true", help="include future-dated articles")
    build.add_argument("--keep-going", action="store_true", help="skip bad articles, build the rest")
    build.add_argument("--cache-dir", type=Path, default=None,
                       help="where to keep results between builds (default: SITE/.briefs-cache)")
    build.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    build.add_argument("--no-search", action="store_true",
                       help="leave out the search index (Pagefind indexes every page again on each change)")
    build.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                       help="processes that parse and summarise articles and render pages (default: the CPU count)")
    strict_arg(build)

    clean = sub.add_parser("clean", help="remove the cache and the built site")
    site_arg(clean)
    clean.add_argument("--output", type=Path, default=None, help="output folder (default: SITE/public)")
    clean.add_argument("--cache-dir", type=Path, default=None, help="default: SITE/.briefs-cache")

    check = sub.add_parser("check", help="validate everything, write nothing")
    site_arg(check)
    check.add_argument("--drafts", action="store_true", help="check drafts as if published")
    check.add_argument("--future", action="store_true", help="check future-dated articles too")
    check.add_argument("--list-generated", action="store_true",
                       help="list the articles whose headline `briefs import` generated, to review")
    strict_arg(check)

    new = sub.add_parser("new", help="start an article: content/YYYY/MM/DD/<slug>.md")
    site_arg(new)
    new.add_argument("title")

    imp = sub.add_parser("import", help="import raw text or JSON Lines articles into content/")
    site_arg(imp)
    imp.add_argument("files", nargs="+", type=Path)
    imp.add_argument("--force", action="store_true", help="overwrite existing content files")

    serve = sub.add_parser("serve", help="build, serve on 127.0.0.1, rebuild and reload on change")
    site_arg(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    serve.add_argument("--open", action="store_true", help="open a browser")
    return parser, sub.choices  # type: ignore[return-value]


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean `{close[0]}`? " if close else ""


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line as a Namespace; UsageError naming the closest command or option."""
    parser, commands = _parser()
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        raise UsageError(f"unknown command `{argv[0]}`",
                         hint=_did_you_mean(argv[0], list(COMMANDS)) + "commands: " + ", ".join(COMMANDS))
    defaulted = not argv or argv[0] not in COMMANDS + ("-h", "--help", "--version")
    if defaulted:
        argv.insert(0, "build")
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        command = commands[args.command]
        options = sorted(o for a in command._actions for o in a.option_strings if o.startswith("--"))
        options += ["--version"] if defaulted else []  # `briefs --verison`
        word = unknown[0].split("=", 1)[0]
        if word.startswith("-"):
            raise UsageError(f"unknown option `{word}` for `briefs {args.command}`",
                             hint=_did_you_mean(word, options) + "options: " + ", ".join(options))
        raise UsageError(f"unexpected argument `{word}` for `briefs {args.command}`",
                         hint=f"see `briefs {args.command} --help`")
    return args


def main(argv: list[str] | None = None) -> int:
    reporter = Reporter()
    try:
        args = parse_args(list(sys.argv[1:] if argv is None else argv))
    except UsageError as err:
        reporter.problem(err)
        return USAGE_ERROR
    except SystemExit as done:  # --help and --version print their text and stop
        return int(done.code or 0)
    # Errors name site files relative to the site folder; import's name the files given to it.
    reporter.site_dir = Path(".") if args.command == "import" else args.site
    try:
        return _COMMANDS[args.command](args, reporter)
    except BuildFailed as failed:
        reporter.problems(failed.errors)
        return 1
    except BriefsError as err:
        reporter.problems([err])
        return 1
    except KeyboardInterrupt:
        reporter.info("interrupted; nothing was written" if args.command == "check" else "interrupted")
        return INTERRUPTED




def _build(args: argparse.Namespace, reporter: Reporter) -> int:
    import time

    from briefs.build import Builder, BuildOptions
    from briefs.cache import FOLDER, open_cache
    from briefs.output import check_output

    start = time.perf_counter()
    output = args.output if args.output is not None else args.site / "public"
    check_output(output, args.site)  # a dangerous --output is refused before any work is done
    if args.jobs < 1:
        raise BriefsError(f"--jobs must be 1 or more, not {args.jobs}", hint="e.g. -j 2")
    options = BuildOptions(drafts=args.drafts, future=args.future, keep_going=args.keep_going,
                           strict=args.strict, search=not args.no_search)
    folder = None if args.no_cache else args.cache_dir or args.site / FOLDER
    cache = open_cache(folder, lambda message: reporter.info(f"warning: {message}"))
    builder = Builder(args.site, options, cache=cache, jobs=args.jobs, progress=reporter.progress)
    try:
        skipped = builder.write(output)
    except KeyboardInterrupt:  # the new output is swapped in whole, or not at all
        reporter.done()
        reporter.info(f"interrupted; {output}/ left as it was")
        return INTERRUPTED
    finally:
        reporter.done()
        if cache is not None:
            cache.close()
    reporter.warnings(builder.warnings)
    reporter.problems(skipped, skipped=True)
    counts = builder.counts
    reporter.info(f"built {output}: {counts.processed} articles processed, {counts.reused} reused; "
                  f"{counts.written} files written, {counts.unchanged} unchanged "
                  f"in {time.perf_counter() - start:.2f} s")
    return 1 if skipped else 0


def _clean(args: argparse.Namespace, reporter: Reporter) -> int:
    import shutil

    from briefs.cache import FOLDER, clean
    from briefs.output import check_output

    output = check_output(args.output if args.output is not None else args.site / "public", args.site)
    if output.is_dir():
        shutil.rmtree(output)
        reporter.info(f"removed {output}")
    cache = args.cache_dir or args.site / FOLDER
    if clean(cache):
        reporter.info(f"removed {cache}")
    return 0


def _check(args: argparse.Namespace, reporter: Reporter) -> int:
    from briefs.build import Builder, BuildOptions

    builder = Builder(args.site, BuildOptions(drafts=args.drafts, future=args.future, strict=args.strict))
    files, _ = builder.render()
    reporter.warnings(builder.warnings)
    reporter.info(f"ok: {len(files)} files would be built")
    if args.list_generated:
        generated = [a for a in builder.articles if a.headline_generated]
        for article in generated:
            reporter.output(f"{reporter.shown_path(article.path)}: {article.title}")
        reporter.info(f"{len(generated)} generated headline(s) to review; "
                      "remove `headline_generated: true` from an article once its title is checked")
    return 0


def _new(args: argparse.Namespace, reporter: Reporter) -> int:
    from briefs.content.new import new_article

    path = new_article(args.site, args.title)
    reporter.info(f"created {path}")
    return 0


def _import(args: argparse.Namespace, reporter: Reporter) -> int:
    from briefs.content.importer import import_files

    result = import_files(args.files, site_dir=args.site, force=args.force)
    for path in result.written:
        reporter.info(f"imported {path}")
    for path in result.unchanged:
        reporter.info(f"unchanged {path}")
    reporter.problems(result.errors, skipped=True)
    return 1 if result.errors else 0


def _serve(args: argparse.Namespace, reporter: Reporter) -> int:
    from briefs.serve import serve

    return serve(args.site, host=args.host, port=args.port, open_browser=args.open, reporter=reporter)


_COMMANDS = {"build": _build, "check": _check, "new": _new, "import": _import, "serve": _serve,
             "clean": _clean}
