"""The one place build progress and problems are printed (CLI and dev server alike)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from briefs.errors import BriefsError


class Reporter:
    def __init__(self, stream: TextIO | None = None, quiet: bool = False, site_dir: Path = Path(".")) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.site_dir = site_dir  # errors name files relative to it; shown relative to where we run

    def info(self, message: str) -> None:
        if not self.quiet:
            print(message, file=self.stream)

    def problems(self, errors: list[BriefsError], *, skipped: bool = False) -> None:
        """Print each problem once, then a count; `skipped` says the files were left out (--keep-going)."""
        for err in errors:
            print(f"error: {self.shown(err)}", file=self.stream)
        if errors:
            what = "skipped" if skipped else "found"
            print(f"{len(errors)} problem(s) {what}.", file=self.stream)

    def shown(self, err: BriefsError) -> BriefsError:
        """`err` with its path as the user can open it from the current folder."""
        if err.path is None or os.path.isabs(err.path):
            return err
        return BriefsError(err.message, path=os.path.normpath(self.site_dir / err.path), line=err.line,
                           column=err.column, hint=err.hint)
