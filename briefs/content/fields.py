"""Front matter values -> Article fields, checked one by one so every problem in a file is reported.

Each check takes the raw YAML value and returns the field's value, or raises a BriefsError without a
location whose message reads after the key's name ("must be text, ..."); the loader adds the name, the
file and the key's line.
"""

from __future__ import annotations

import re
from datetime import tzinfo
from typing import Any, Callable
from urllib.parse import urlsplit

from briefs.content.slug import slugify
from briefs.content.yamltext import describe
from briefs.errors import BriefsError
from briefs.summarize.model import Figure, Quote

_NUMBER = re.compile(r"[$£€]?\d[\d,.]*%?")


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


def web_url(value: Any) -> str:
    url = text(value)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BriefsError(f"must be an http(s) URL, not {url!r}", hint="e.g. https://example.org/story")
    return url


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise BriefsError(f"must be true or false, not {describe(value)}", hint="write true or false, without quotes")
    return value


def whole_number(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BriefsError(f"must be a whole number, not {describe(value)}", hint="e.g. `priority: 1`")
    return value


def text_list(value: Any) -> list[str]:
    """A list of texts; a single text is a list of one."""
    items = value if isinstance(value, list) else [value]
    return [text(item) for item in items]


def tags(value: Any) -> tuple[str, ...]:
    """Names as written, from a list or "a, b"; two names with the same slug are one tag."""
    if value is None:
        return ()
    names = [n.strip() for n in value.split(",")] if isinstance(value, str) else value
    if not isinstance(names, list):
        raise BriefsError(f"must be a list of tags, not {describe(value)}", hint="e.g. `tags: [ukraine, diplomacy]`")
    seen: dict[str, str] = {}
    for name in names:
        name = str(name).strip() if isinstance(name, (int, float)) and not isinstance(name, bool) else text(name)
        if not slugify(name):
            raise BriefsError(f"has a tag with no letters or digits to make its URL from: {name!r}",
                              hint="use letters or digits in tag names")
        seen.setdefault(slugify(name), name)
    return tuple(seen.values())


def slug(value: Any) -> str:
    """An author's slug is used as written, so it must already be one URL segment of [a-z0-9-]."""
    given = text(value)
    if given == slugify(given):
        return given
    if "/" in given or "\\" in given or given.startswith("."):
        problem = f"would put the page outside its day's folder: {given!r}"
    else:
        problem = f"is not URL-safe: {given!r}"
    better = slugify(given)
    raise BriefsError(problem, hint=f"use `slug: {better}`" if better else "use lower-case letters, digits and hyphens")


def figures(value: Any) -> list[Figure]:
    """Each "162 drones downed" (the number found in it is the value) or {value: "162", text: "drones downed"}."""
    out = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            if set(item) - {"value", "text"} or "value" not in item or "text" not in item:
                raise BriefsError(f"needs exactly `value` and `text` in each figure, not {sorted(map(str, item))}",
                                  hint='e.g. `- {value: "162", text: "drones downed"}`')
            out.append(Figure(value=str(item["value"]), text=text(item["text"])))
        else:
            sentence = text(item)
            number = _NUMBER.search(sentence)
            out.append(Figure(value=number.group(0).rstrip(",.") if number else sentence, text=sentence))
    return out


def quotes(value: Any) -> list[Quote]:
    """Each "the words" or {text: "the words", speaker: "Who"}."""
    out = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            if set(item) - {"text", "speaker"} or "text" not in item:
                raise BriefsError(f"needs `text` and at most a `speaker` in each quote, not {sorted(map(str, item))}",
                                  hint='e.g. `- {text: "We are ready", speaker: "Zelensky"}`')
            out.append(Quote(text=text(item["text"]), speaker=optional_text(item.get("speaker"))))
        else:
            out.append(Quote(text=text(item)))
    return out


FIELDS: dict[str, Callable[[Any], Any]] = {
    "tags": tags,
    "section": optional_text,
    "author": optional_text,
    "source": optional_text,
    "source_url": lambda value: None if value is None else web_url(value),
    "draft": lambda value: False if value is None else flag(value),
    "priority": lambda value: 0 if value is None else whole_number(value),
    "slug": lambda value: None if value is None else slug(value),
}
OVERRIDES: dict[str, Callable[[Any], Any]] = {
    "summary": text_list,
    "key_points": text_list,
    "figures": figures,
    "quotes": quotes,
}
KNOWN = {"title", "date", *FIELDS, *OVERRIDES}
