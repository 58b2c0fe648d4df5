"""Front matter values -> Article fields: the checks for each known key (see briefs.content.checks)."""

from __future__ import annotations

import re
from typing import Any, Callable

from briefs.content.checks import flag, optional_text, text, text_list, web_url, whole_number
from briefs.content.slug import slugify
from briefs.content.yamltext import describe
from briefs.errors import BriefsError
from briefs.summarize.model import Figure, Quote

_NUMBER = re.compile(r"[$£€]?\d[\d,.]*%?")


def tags(value: Any) -> tuple[str, ...]:
    """Names as written, from a list or "a, b"; two names with the same slug are one tag."""
    if value is None:
        return ()
    names = [n for n in value.split(",") if n.strip()] if isinstance(value, str) else value
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


_SITE_PATH = re.compile(r"/(?:[A-Za-z0-9._~-]+/)*[A-Za-z0-9._~-]*")


def aliases(value: Any) -> tuple[str, ...]:
    """Old URLs of this article on this site ("/2025/06/02/old-headline/"); a path without a file
    name extension is a folder, as in the rest of the site ("/old" is "/old/")."""
    out = []
    for item in value if isinstance(value, list) else [value]:
        path = text(item)
        if not _SITE_PATH.fullmatch(path) or ".." in path.split("/") or path == "/":
            raise BriefsError(f"must be paths on this site such as /2025/06/02/old-headline/, not {path!r}",
                              hint="start each with /, without the site's address, ?, # or ..; "
                                   "use letters, digits, -, _, . and ~")
        out.append(path if path.endswith(("/", ".html")) else path + "/")
    return tuple(dict.fromkeys(out))


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
    "aliases": lambda value: () if value is None else aliases(value),
    "headline_generated": lambda value: False if value is None else flag(value),
    "captions": lambda value: () if value is None else tuple(text_list(value)),
}
OVERRIDES: dict[str, Callable[[Any], Any]] = {
    "summary": text_list,
    "key_points": text_list,
    "figures": figures,
    "quotes": quotes,
}
KNOWN = {"title", "date", *FIELDS, *OVERRIDES}
