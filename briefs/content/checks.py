"""Checking the values users write in YAML (site.yaml, front matter) and JSON (imports).

A check takes the raw value and returns what to use, or raises a BriefsError without a location whose
message reads after the key's name ("must be text, not a list"). `Checks` runs checks for one file,
adds the key's name, the file and the line, and collects every problem so all are reported at once.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping
from urllib.parse import urlsplit

from briefs.content.yamltext import describe
from briefs.errors import BriefsError, BuildFailed


def text(value: Any) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, (bool, int, float)):
        hint = f'put it in quotes: "{str(value).lower() if isinstance(value, bool) else value}"'
    elif isinstance(value, (list, dict)):
        hint = 'write it on one line, in quotes if it contains ": " or starts with "[" or "{"'
    else:
        hint = "write some text after the colon"
    raise BriefsError(f"must be text, not {describe(value)}", hint=hint)


def optional_text(value: Any) -> str | None:
    return None if value is None else text(value)


def text_list(value: Any) -> list[str]:
    """A list of texts; a single text is a list of one."""
    return [text(item) for item in (value if isinstance(value, list) else [value])]


def web_url(value: Any) -> str:
    url = text(value)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BriefsError(f"must be an absolute http(s) URL, not {url!r}", hint="e.g. https://example.org/story")
    return url


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise BriefsError(f"must be true or false, not {describe(value)}", hint="write true or false, without quotes")
    return value


def whole_number(value: Any, minimum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or (minimum is not None and value < minimum):
        at_least = f" of at least {minimum}" if minimum is not None else ""
        raise BriefsError(f"must be a whole number{at_least}, not {describe(value)}", hint="e.g. 1, without quotes")
    return value


class Checks:
    """The problems found in one file so far; `check` returns None for a value that fails."""

    def __init__(self, path: str, lines: Mapping[str, int], line: int = 1) -> None:
        self.path, self.lines, self.line = path, lines, line
        self.problems: list[BriefsError] = []

    def check(self, key: str, checker: Callable[[Any], Any], value: Any) -> Any:
        try:
            return checker(value)
        except BriefsError as err:
            self.add(f"`{key}` {err.message}", key, err.hint)

    def add(self, message: str, key: str | None = None, hint: str | None = None, line: int | None = None) -> None:
        """A problem at `line`, else at the line of `key`, else at the file's first line."""
        line = line or self.lines.get(key, self.line)
        self.problems.append(BriefsError(message, path=self.path, line=line, hint=hint))

    def raise_problems(self) -> None:
        """BriefsError for one problem, BuildFailed with all of them (in line order) for several."""
        if len(self.problems) == 1:
            raise self.problems[0]
        if self.problems:
            raise BuildFailed(sorted(self.problems, key=lambda e: e.line or 0))
