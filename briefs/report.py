"""The one place build progress and problems are printed (CLI and dev server alike)."""

from __future__ import annotations

import sys
from typing import TextIO

from briefs.errors import BriefsError


class Reporter:
    def __init__(self, stream: TextIO | None = None, quiet: bool = False) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet

    def info(self, message: str) -> None:
        if not self.quiet:
            print(message, file=self.stream)

    def problems(self, errors: list[BriefsError], *, skipped: bool = False) -> None:
        """Print each problem once, then a count; `skipped` says the files were left out (--keep-going)."""
        for err in errors:
            print(f"error: {err}", file=self.stream)
        if errors:
            what = "skipped" if skipped else "found"
            print(f"{len(errors)} problem(s) {what}.", file=self.stream)
