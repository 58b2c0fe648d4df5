"""Rendered pages -> the search index under /pagefind/, made by Pagefind over the site's HTML.

Pagefind (PyPI `pagefind[extended]`, which ships the binary: nothing is downloaded at run time)
indexes the pages that mark their text with `data-pagefind-body` (the default theme: article pages),
with the metadata, filters and sort keys their `data-pagefind-*` attributes name. The index is a
folder of static files that /search/ loads in the browser; it is returned like any other output,
so `build` writes it with the rest of the site and `serve` serves it from memory.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

import cbor2

from briefs.errors import BriefsError

FOLDER = "pagefind"  # the index's folder in the output: /pagefind/pagefind.js
# Pagefind's own ready-made interfaces: the default theme has its own (static/search.js)
UNUSED = ("pagefind-ui.", "pagefind-modular-ui.", "pagefind-component-ui.", "pagefind-highlight.")


def pagefind_binary() -> Path:
    from pagefind.service import get_executable  # PAGEFIND_BINARY_PATH, else the wheel's binary

    binary = get_executable()
    if binary is None:
        raise BriefsError("Pagefind, which builds the search index, is not installed",
                          hint="pip install 'pagefind[extended]' (or reinstall briefs)")
    return binary


def search_index(pages: Mapping[str, bytes | Path]) -> dict[str, bytes]:
    """The search index of these HTML pages ({output path: bytes, or the file holding them}), by
    output path. Pagefind reads each page's language from its <html lang> (stemming, word splitting).

    The pages are laid out in a temporary folder of their own, in path order: Pagefind numbers
    pages in the order it finds them, so the same pages always give the same index here.
    """
    with tempfile.TemporaryDirectory(prefix="briefs-search-") as tmp:
        site = Path(tmp) / "site"
        for path, data in sorted(pages.items()):
            (site / path).parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, Path):
                _link_or_copy(data, site / path)
            else:
                (site / path).write_bytes(data)
        return index_folder(site)


def _link_or_copy(source: Path, destination: Path) -> None:
    try:
        os.link(source, destination)
    except OSError:  # another file system
        shutil.copyfile(source, destination)


def index_folder(site: Path) -> dict[str, bytes]:
    """The search index of the HTML files in the folder `site` (a built site), by output path."""
    with tempfile.TemporaryDirectory(prefix="briefs-search-") as tmp:
        result = subprocess.run(
            [str(pagefind_binary()), "--site", str(site), "--output-path", str(Path(tmp) / FOLDER),
             "--silent"],
            cwd=tmp, capture_output=True, text=True)  # cwd: no pagefind.yml of the user's applies
        if result.returncode != 0:
            raise BriefsError(f"Pagefind could not build the search index: {result.stderr.strip()}",
                              hint="check the `data-pagefind-*` attributes of your templates")
        index = Path(tmp) / FOLDER
        return reproducible({f"{FOLDER}/{path.relative_to(index).as_posix()}": path.read_bytes()
                             for path in sorted(index.rglob("*"))
                             if path.is_file() and not path.name.startswith(UNUSED)})


SIGNATURE = b"pagefind_dcd"  # what starts every gzipped CBOR file of the index


def reproducible(files: dict[str, bytes]) -> dict[str, bytes]:
    """The same index from the same pages, byte for byte (briefs builds are reproducible).

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
    entry = json.loads(out[f"{FOLDER}/pagefind-entry.json"])
    for language in entry["languages"].values():
        language["hash"] = renamed[language["hash"]]
    out[f"{FOLDER}/pagefind-entry.json"] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode()
    return dict(sorted(out.items()))


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
