"""Stories -> the search index under /pagefind/: one Pagefind bundle per month, merged in the browser.

Pagefind (PyPI `pagefind[extended]`, which ships the binary: nothing is downloaded at run time) is
handed one small document per story, made here from the story itself (headline, byline, the
article's text; its section and tags as filters, its date and lede as metadata, its time as the
sort key), not the rendered pages: it then reads a tenth of the HTML, and the index does not
depend on the theme.

Pagefind has no incremental mode, and it holds about 0.1 MiB per page while it indexes. So the
stories are indexed by the month they were published in, each month a bundle of its own
(/pagefind/2025-06/), kept by the digest of exactly its stories: a build re-indexes only the
months whose stories changed, and Pagefind never holds more than one month. /search/ loads the
newest bundle and merges the others into it (Pagefind's `mergeIndex`); /pagefind/bundles.json
lists them, newest first.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
import subprocess
from dataclasses import dataclass
from html import escape
from pathlib import Path

import cbor2

from briefs.errors import BriefsError
from briefs.render.pages import first_sentence, output_path
from briefs.render.theme import long_date
from briefs.site import Site, Story

FOLDER = "pagefind"  # the index's folder in the output: /pagefind/<bundle>/pagefind.js
LISTING = f"{FOLDER}/bundles.json"  # the bundles' names, newest first
# Pagefind's own ready-made interfaces: the default theme has its own (static/search.js)
UNUSED = ("pagefind-ui.", "pagefind-modular-ui.", "pagefind-component-ui.", "pagefind-highlight.")


def pagefind_binary() -> Path:
    from pagefind.service import get_executable  # PAGEFIND_BINARY_PATH, else the wheel's binary

    binary = get_executable()
    if binary is None:
        raise BriefsError("Pagefind, which builds the search index, is not installed",
                          hint="pip install 'pagefind[extended]' (or reinstall briefs)")
    return binary


@dataclass(frozen=True)
class Bundle:
    """The stories of one month, indexed together: everything `index_bundle` reads."""

    name: str  # "2025-06": the folder under /pagefind/
    language: str  # the site's: Pagefind stems and splits words by it
    stories: tuple[Story, ...]

    @property
    def folder(self) -> str:
        return f"{FOLDER}/{self.name}"


def bundles(site: Site) -> list[Bundle]:
    """The site's stories by the month they were published in, newest month first."""
    months: dict[str, list[Story]] = {}
    for story in site.stories:
        months.setdefault(f"{story.day:%Y-%m}", []).append(story)
    return [Bundle(name, site.config.language, tuple(stories))
            for name, stories in sorted(months.items(), reverse=True)]


def listing(names: tuple[str, ...]) -> dict[str, bytes]:
    """/pagefind/bundles.json: the bundles' names, newest first, for static/search.js."""
    return {LISTING: json.dumps(list(names)).encode()}


def document(story: Story, language: str) -> str:
    """What Pagefind indexes of a story: its headline (weighted as a heading), byline, text and
    photo captions, with the metadata a result shows, its filters and its sort key (seconds since 1970)."""
    article = story.article
    head = [f'<meta data-pagefind-meta="date[content]" content="{escape(long_date(story.day))}">',
            f'<meta data-pagefind-meta="lede[content]" content="{escape(first_sentence(story))}">']
    if article.section:
        head.append(f'<meta data-pagefind-filter="section[content]" content="{escape(article.section)}">')
    head += [f'<meta data-pagefind-filter="tag[content]" content="{escape(tag)}">' for tag in article.tags]
    byline = f"<p>By {escape(article.author)}</p>" if article.author else ""
    captions = "".join(f"<p>{escape(caption)}</p>" for caption in article.captions)
    return (f'<!doctype html><html lang="{escape(language)}"><head><meta charset="utf-8">{"".join(head)}</head>'
            f'<body data-pagefind-body data-pagefind-sort="published:{int(story.published.timestamp())}">'
            f'<h1 data-pagefind-meta="title">{escape(story.brief.headline)}</h1>{byline}{article.html}{captions}'
            '</body></html>')


def index_bundle(bundle: Bundle) -> dict[str, bytes]:
    """The Pagefind index of one bundle's stories, by output path (under /pagefind/<name>/).

    The documents go to Pagefind in URL order, one batch at a time, and the files come back in
    memory: no page is written to disk or read back. Pagefind numbers pages in the order they
    arrive, so the same stories always give the same index (see `reproducible` for the rest).
    """
    with Service() as service:
        index = service.ask({"type": "NewIndex", "config": None})["index_id"]
        stories = sorted(bundle.stories, key=lambda story: story.url)
        for start in range(0, len(stories), BATCH):
            service.ask_all([{"type": "AddFile", "index_id": index, "url": story.url, "file_path": None,
                              "file_contents": document(story, bundle.language)}
                             for story in stories[start:start + BATCH]])
        files = service.ask({"type": "GetFiles", "index_id": index})["files"]
    return reproducible(bundle.folder, {file["path"]: base64.b64decode(file["content"])
                                        for file in sorted(files, key=lambda file: file["path"])
                                        if not file["path"].startswith(UNUSED)})


BATCH = 64  # documents sent before reading their answers: what the pipes hold without blocking


class Service:
    """Pagefind's service mode (`pagefind --service`), which its own Node and Python packages
    drive: requests and answers are base64-encoded JSON, each followed by a comma."""

    def __enter__(self) -> Service:
        self._process = subprocess.Popen([str(pagefind_binary()), "--service"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self._sent = 0
        self._buffer = bytearray()
        return self

    def __exit__(self, *exc: object) -> None:
        self._process.stdin.close()
        self._process.kill()
        self._process.wait()

    def ask(self, request: dict) -> dict:
        [answer] = self.ask_all([request])
        return answer

    def ask_all(self, requests: list[dict]) -> list[dict]:
        """Send the requests, then read as many answers (in the order Pagefind gives them)."""
        try:
            for request in requests:
                self._sent += 1
                message = json.dumps({"message_id": self._sent, "payload": request}).encode()
                self._process.stdin.write(base64.b64encode(message) + b",")
            self._process.stdin.flush()
            answers = [self._answer() for _ in requests]
        except (OSError, ValueError) as err:
            raise self._failed(str(err)) from None
        for answer in answers:
            if answer.get("type") == "Error":
                raise self._failed(answer.get("message", ""))
        return answers

    def _answer(self) -> dict:
        while (end := self._buffer.find(b",")) < 0:
            chunk = self._process.stdout.read1(1 << 20)
            if not chunk:
                raise ValueError("Pagefind stopped")
            self._buffer += chunk
        message = json.loads(base64.b64decode(self._buffer[:end]))
        del self._buffer[:end + 1]
        return message["payload"]

    @staticmethod
    def _failed(message: str) -> BriefsError:
        return BriefsError(f"Pagefind could not build the search index: {message}".rstrip(": "),
                           hint=f"check that the installed pagefind runs: {pagefind_binary()} --version")


SIGNATURE = b"pagefind_dcd"  # what starts every gzipped CBOR file of the index


def reproducible(folder: str, files: dict[str, bytes]) -> dict[str, bytes]:
    """The same index from the same pages, byte for byte (briefs builds are reproducible), by
    output path under `folder`; `files` are Pagefind's, by path in its output folder.

    Pagefind writes filters, their values and sort keys in hash-map order, which changes from run to
    run, and so do the names (content hashes) of the filter files, of the metadata file that lists them and the
    entry file that names that. Sort the values, and name the files after what they then hold.
    """
    renamed: dict[str, str] = {}  # old content hash -> new, as the files refer to each other
    out: dict[str, bytes] = {}
    for path, data in files.items():
        if path.endswith(".pf_filter"):
            name, values = _decode(data)
            data = _encode([name, sorted(values)])  # [[value, [page numbers]], ...]
            path = _rename(path, data, renamed)
        out[path] = data
    [meta_path] = [path for path in out if path.endswith(".pf_meta")]
    meta = _decode(out.pop(meta_path))
    # [version, pages, index chunks, filters: [[name, file hash], ...], sorts: [[name, pages]], ...]
    meta[3] = sorted([name, renamed[old]] for name, old in meta[3])
    meta[4] = sorted(meta[4])
    data = _encode(meta)
    meta_path = _rename(meta_path, data, renamed)
    out[meta_path] = data
    entry = json.loads(out["pagefind-entry.json"])
    for language in entry["languages"].values():
        language["hash"] = renamed[language["hash"]]
    out["pagefind-entry.json"] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode()
    return {f"{folder}/{path}": data for path, data in sorted(out.items())}


def _decode(data: bytes) -> list:
    raw = gzip.decompress(data)
    if not raw.startswith(SIGNATURE):
        raise BriefsError("unexpected Pagefind index file", hint="install pagefind 1.5 (see pyproject.toml)")
    return cbor2.loads(raw[len(SIGNATURE):])


def _encode(value: list) -> bytes:
    return gzip.compress(SIGNATURE + cbor2.dumps(value), mtime=0)


def _rename(path: str, data: bytes, renamed: dict[str, str]) -> str:
    """Give a file named after its content hash (…en_1a2b3c4.pf_filter) the hash of `data`."""
    found = re.search(r"([a-z0-9-]+_)([0-9a-f]+)(\.pf_\w+)$", path)
    old = found.group(1) + found.group(2)
    new = found.group(1) + hashlib.sha256(data).hexdigest()[:len(found.group(2))]
    renamed[old] = new
    return path[:found.start()] + new + found.group(3)
