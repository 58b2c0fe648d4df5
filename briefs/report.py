"""The one place build progress and problems are printed (CLI and dev server alike)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TextIO

from briefs.errors import BriefsError


class Reporter:
    def __init__(self, stream: TextIO | None = None, quiet: bool = False, site_dir: Path = Path(".")) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.site_dir = site_dir  # errors name files relative to it; shown relative to where we run
        self._started: float | None = None  # when progress was first reported
        self._stage: tuple[str, float] = ("", 0.0)  # the stage reported last, and when it began
        self._drawn = 0.0  # when the progress line was last drawn
        self._shown = False  # a progress line is on the terminal

    def progress(self, done: int, total: int, stage: str = "parsing and summarising",
                 unit: str = "articles") -> None:
        """Work done so far in a stage of the build (articles processed, files rendered), as one
        line redrawn in place: only on a terminal (not in CI), and only once the build has taken a
        second."""
        now = time.monotonic()
        if self._started is None:
            self._started = now
        if self._stage[0] != stage:
            self._stage = (stage, now)
        if (self.quiet or os.environ.get("CI") or not self.stream.isatty()
                or now - self._started < 1 or (now - self._drawn < 0.1 and done < total)):
            return
        self._drawn = now
        line = f"{stage}: {done}/{total} {unit}"
        if now - self._stage[1] >= 0.5:  # a rate once there is one to tell
            rate = done / (now - self._stage[1])
            line += f", {rate:.0f}/s, {(total - done) / rate if rate else 0:.0f} s left"
        self.stream.write(f"\r\x1b[K{line}")
        self.stream.flush()
        self._shown = True

    def done(self) -> None:
        """Clear the progress line, if one is shown."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False

    def info(self, message: str) -> None:
        if not self.quiet:
            print(message, file=self.stream)

    def output(self, line: str) -> None:
        """What a command lists (e.g. `check --list-generated`): on stdout, for pipes."""
        print(line, file=sys.stdout)

    def problem(self, err: BriefsError) -> None:
        """One problem on its own (a mistyped command line), without a count."""
        print(f"error: {self.shown(err)}", file=self.stream)

    def problems(self, errors: list[BriefsError], *, skipped: bool = False) -> None:
        """Print each problem once, then a count; `skipped` says the files were left out (--keep-going)."""
        for err in errors:
            self.problem(err)
        if errors:
            what = "skipped" if skipped else "found"
            print(f"{len(errors)} problem(s) {what}.", file=self.stream)

    def warnings(self, warnings: list[BriefsError]) -> None:
        """Things that build but are probably not what the user wants (`--strict` makes them errors)."""
        for warning in warnings:
            print(f"warning: {self.shown(warning)}", file=self.stream)

    def shown_path(self, path: str) -> str:
        """A path relative to the site folder as the user can open it from the current folder."""
        return path if os.path.isabs(path) else os.path.normpath(self.site_dir / path)

    def shown(self, err: BriefsError) -> BriefsError:
        """`err` with its path as the user can open it from the current folder."""
        if err.path is None or os.path.isabs(err.path):
            return err
        return BriefsError(err.message, path=self.shown_path(err.path), line=err.line,
                           column=err.column, hint=err.hint)
