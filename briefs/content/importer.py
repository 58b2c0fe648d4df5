"""`briefs import FILE...`: raw news text and JSON Lines -> content/YYYY/MM/DD/<slug>.md.

Raw text (as in shared/seeds/): `date YYYY-MM-DD` (or `date: YYYY-MM-DD`) at the start, then the
article, on the same line or the next; on the lines after a date alone, optionally `source: Reuters`
and `url: https://...`. JSON Lines (`*.jsonl`, `*.ndjson`): one object per line with `date`, `text`
and optionally `title`, `source`, `url`.

The text is kept word for word. Paragraphs are separated by blank lines; a text with no blank line
has one paragraph per line. Only what Markdown would turn into structure the source did not mean is
escaped: a line starting with `#`, `>`, `-`, `+`, `*`, `=`, `|`, `~`, a backtick or `1.`, and `<`
anywhere (so raw HTML stays text even on sites with `markdown: {html: true}`). What the summariser
reads as page furniture becomes structure instead of body text: a subhead line ("Ukraine's Sunday
drone attack") a Markdown heading, a photo caption with its credit ("...in Istanbul,
Turkey.(REUTERS)") the front matter's `captions`. The title, when the record has none, is the
summariser's headline, marked `headline_generated: true` for an editor to review. Each file written
is checked with the article parser first, so an import never produces a file the build rejects.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from briefs.config import SiteConfig, load_config
from briefs.content import checks
from briefs.content.checks import Checks
from briefs.content.dates import parse_date
from briefs.content.encoding import decode_utf8
from briefs.content.loader import parse_article
from briefs.content.slug import slugify
from briefs.content.writing import article_text, write_atomic
from briefs.errors import BriefsError, BuildFailed
from briefs.summarize import summarize
from briefs.summarize.sentences import parse

JSON_LINES = (".jsonl", ".ndjson")
_RAW_DATE = re.compile(r"\s*date\b\s*:?[ \t]*(\S*)")
_RAW_CREDIT = re.compile(r"[ \t]*(source|url)[ \t]*:[ \t]*(.*?)[ \t]*(?:\n|$)", re.IGNORECASE)
_BLOCK_MARKERS = tuple("#>-+*=|~`")
_LIST_NUMBER = re.compile(r"(\d{1,9})([.)])(?=\s|$)")


@dataclass(frozen=True)
class Record:
    """One article to import, and where it came from (for messages)."""

    path: str
    line: int
    date: Any
    text: Any
    title: Any = None
    source: Any = None
    url: Any = None
    lines: dict[str, int] = field(default_factory=dict)  # where `source` and `url` are (raw text)


@dataclass
class ImportResult:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    errors: list[BriefsError] = field(default_factory=list)


def import_files(paths: list[Path], site_dir: Path, force: bool = False) -> ImportResult:
    """Import every good record; bad ones and clashes with existing files are reported and skipped."""
    config = load_config(site_dir)
    result = ImportResult()
    for path in paths:
        try:
            records = list(read_records(path))
        except BriefsError as err:
            result.errors.append(err)
            continue
        for record in records:
            if isinstance(record, BriefsError):
                result.errors.append(record)
                continue
            try:
                _store(record, config, force, result)
            except BriefsError as err:
                result.errors.append(err)
            except BuildFailed as failed:
                result.errors.extend(failed.errors)
    return result


def read_records(path: Path) -> Iterator[Record | BriefsError]:
    """The records in one file; a bad JSON line is yielded as its error so the others still import."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise BriefsError(f"cannot read the file: {err.strerror}", path=path) from None
    text = decode_utf8(data, str(path))
    if path.suffix.lower() in JSON_LINES:
        yield from _json_records(text, str(path))
    else:
        yield _raw_record(text, str(path))


def _raw_record(text: str, path: str) -> Record:
    match = _RAW_DATE.match(text)
    if not match or not match.group(1):
        raise BriefsError("no date at the start of the file", path=path, line=1,
                          hint="start the file with `date YYYY-MM-DD`, then the article's text")
    line = text.count("\n", 0, match.start(1)) + 1
    values: dict[str, str] = {}
    lines: dict[str, int] = {}
    end = match.end()
    if text[end:end + 1] == "\n":  # the date alone on its line: `source:` and `url:` lines may follow
        end += 1
        while credit := _RAW_CREDIT.match(text, end):
            key = credit.group(1).lower()
            lines[key] = line + 1 + len(lines)
            if key in values:
                raise BriefsError(f"`{key}` is given twice", path=path, line=lines[key],
                                  hint=f"keep one `{key}:` line")
            values[key] = credit.group(2)
            end = credit.end()
    return Record(path, line, date=match.group(1), text=text[end:], lines=lines, **values)


def _json_records(text: str, path: str) -> Iterator[Record | BriefsError]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            yield BriefsError(f"not valid JSON: {err.msg}", path=path, line=number, column=err.colno,
                              hint='one object per line: {"date": "2025-06-02", "text": "..."}')
            continue
        if not isinstance(item, dict) or "date" not in item or "text" not in item:
            yield BriefsError("each line needs an object with at least `date` and `text`", path=path,
                              line=number, hint='e.g. {"date": "2025-06-02", "title": "...", "text": "..."}')
            continue
        yield Record(path, number, date=item["date"], text=item["text"], title=item.get("title"),
                     source=item.get("source"), url=item.get("url"))


def markdown_body(text: str) -> tuple[str, list[str]]:
    """The article's text as Markdown that renders to the same words, and the photo captions taken
    out of it (see the module docstring)."""
    sentences = parse(text).sentences
    subheads = {s.text for s in sentences if s.kind == "subhead"}
    captions = [s.text for s in sentences if s.kind == "caption" and s.text.endswith(")")]
    blocks = [b for b in re.split(r"\n[ \t]*\n", text.strip()) if b.strip()]
    if len(blocks) == 1:
        blocks = blocks[0].split("\n")
    out, taken = [], []
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip()]
        flat = " ".join(block.split())
        if len(lines) == 1 and flat in subheads:
            out.append("# " + _escape(flat))
            continue
        found = [caption for caption in captions if caption in flat]
        for caption in found:  # the caption's words as the summariser read them: cut them out verbatim
            flat = flat.replace(caption, " ")
            lines = [" ".join(flat.split())]
        taken += found
        if any(line.strip() for line in lines):
            out.append("\n".join(_escape(line) for line in lines))
    return "\n\n".join(out), taken


def _escape(line: str) -> str:
    line = line.strip().replace("<", "\\<")
    if line.startswith(_BLOCK_MARKERS):
        return "\\" + line
    return _LIST_NUMBER.sub(r"\1\\\2", line, count=1) if _LIST_NUMBER.match(line) else line


def _store(record: Record, config: SiteConfig, force: bool, result: ImportResult) -> None:
    found = Checks(record.path, record.lines, record.line)
    date = found.check("date", lambda value: parse_date(value, config.tz), record.date)
    text = found.check("text", checks.text, record.text)
    source = found.check("source", checks.optional_text, record.source)
    url = None if record.url is None else found.check("url", checks.web_url, record.url)
    if record.title is not None:
        title = found.check("title", checks.text, record.title)
    elif text is not None:
        title = summarize(text).headline
    found.raise_problems()
    if not slugify(title):
        raise BriefsError(f"would not build: the title {title!r} has no letters or digits to make a URL from",
                          path=record.path, line=record.line, hint="give the record a title with letters or digits")

    body, captions = markdown_body(text)
    front = {"title": title, "date": record.date.strip()}
    front |= {key: value for key, value in (("source", source), ("source_url", url)) if value}
    front |= {"headline_generated": True} if record.title is None else {}
    front |= {"captions": captions} if captions else {}
    rel_path = f"content/{date.astimezone(config.tz):%Y/%m/%d}/{slugify(title)}.md"
    data = article_text(front, body).encode("utf-8")
    try:
        parse_article(rel_path, data, config.articles)
    except BriefsError as err:
        found.add(f"would not build: {err.message}", hint=err.hint)
    except BuildFailed as failed:
        found.add("would not build: " + "; ".join(e.message for e in failed.errors))
    found.raise_problems()
    target = config.site_dir / rel_path
    existing = target.read_bytes() if target.is_file() else None
    if existing == data:
        result.unchanged.append(target)
        return
    if existing is not None and not force:
        raise BriefsError(f"{rel_path} already exists with different content", path=record.path,
                          line=record.line, hint="pass --force to overwrite it, or edit that file by hand")
    write_atomic(target, data)
    result.written.append(target)
