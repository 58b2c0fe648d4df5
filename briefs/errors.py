"""The one error type: a problem in the user's input, located and with a fix."""

from __future__ import annotations

from pathlib import Path


class BriefsError(Exception):
    """A problem the user can fix: where it is (path, line, column), what is wrong, how to fix it.

    Raised where the problem is found; printed once, by the CLI (or the dev server's overlay).
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        self.hint = hint

    @property
    def location(self) -> str:
        """`path:line:column`, as much of it as is known ("" when nothing is)."""
        parts = [self.path or ""]
        if self.path and self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}" if self.location else self.message
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text

    def __repr__(self) -> str:
        return f"BriefsError({str(self)!r})"


class BuildFailed(Exception):
    """Every problem found in one run, so the user can fix them all at once."""

    def __init__(self, errors: list[BriefsError]) -> None:
        super().__init__(f"{len(errors)} problem(s)")
        self.errors = errors
