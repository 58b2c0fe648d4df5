"""An article's text -> its front matter (the YAML between `---` lines at the very top) and its body."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefs.content.yamltext import load_mapping
from briefs.errors import BriefsError

_FENCE = re.compile(r"---[ \t]*")
_END = re.compile(r"(---|\.\.\.)[ \t]*")
_SHAPE_HINT = "start the file with a line `---`, then `title: ...` and `date: YYYY-MM-DD`, then a line `---`"


@dataclass(frozen=True)
class FrontMatter:
    values: dict[str, Any]
    lines: dict[str, int]  # key -> line in the file
    body: str
    body_line: int  # file line where the body starts


def split(text: str, path: str) -> FrontMatter:
    lines = text.split("\n")
    if not _FENCE.fullmatch(lines[0]):
        raise BriefsError("the file does not start with front matter", path=path, line=1, hint=_SHAPE_HINT)
    end = next((i for i in range(1, len(lines)) if _END.fullmatch(lines[i])), None)
    if end is None:
        raise BriefsError("the front matter that starts here never ends", path=path, line=1,
                          hint="end it with a line `---` before the article's text")
    values, key_lines = load_mapping("\n".join(lines[1:end]), path, first_line=2, what="the front matter")
    return FrontMatter(values, key_lines, "\n".join(lines[end + 1:]), end + 2)
