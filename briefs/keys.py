"""Cache keys derived from what a stage actually receives, never from a hand-picked summary of it.

A stage's result is reused only when the digest of its inputs is unchanged: the function itself
(by name; its code is covered by `code_version()`), and every value handed to it, walked through
dataclasses, tuples, lists and dicts down to text, numbers and dates. A value of a kind the walk
does not know is an error, not a guess, so a new field or type can never make a key stale silently.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from datetime import date, datetime, time
from importlib import metadata
from pathlib import Path, PurePath
from types import FunctionType
from typing import Any

import briefs

# Packages whose version changes what we output (Markdown, templates, feeds, YAML values).
DEPENDENCIES = ("markdown-it-py", "mdit-py-plugins", "jinja2", "feedgen", "pyyaml")


@functools.cache
def code_version() -> str:
    """briefs' version and the digest of its own source, with the versions of what shapes output.

    Part of every persistent key: an edited checkout or an upgrade never reuses an old result.
    """
    digest = hashlib.sha256(briefs.__version__.encode())
    package = Path(briefs.__file__).parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".js", ".json", ".txt") and path.is_file():
            digest.update(f"{path.relative_to(package).as_posix()}\0".encode())
            digest.update(path.read_bytes())
    for name in DEPENDENCIES:
        digest.update(f"{name}={metadata.version(name)}\0".encode())
    return digest.hexdigest()


_LEAVES = frozenset({str, bytes, int, bool, float, type(None), tuple, list, dict})  # never dataclasses


class Digests:
    """The digests of the values of one build.

    Dataclass instances (its articles, stories, days) are walked once a build: their digest is
    remembered by identity, and the object is held so that its identity is not reused.
    `known(value, digest)` gives an object's digest ahead of any walk: for what a cached stage
    returned, the digest of that stage's key says everything about it.
    """

    def __init__(self) -> None:
        self._memo: dict[int, tuple[Any, bytes]] = {}

    def known(self, value: Any, digest: bytes) -> None:
        self._memo[id(value)] = (value, digest)

    def of(self, value: Any) -> bytes:
        """16 bytes that change whenever anything in `value` does."""
        found = self._memo.get(id(value))
        if found is not None:
            return found[1]
        hasher = hashlib.blake2b(digest_size=16)
        self._feed(hasher, value)
        digest = hasher.digest()
        if dataclasses.is_dataclass(value):  # not tuples: most are short-lived (keys, slices)
            self._memo[id(value)] = (value, digest)
        return digest

    def hex(self, value: Any) -> str:
        return self.of(value).hex()

    def _feed(self, hasher: Any, value: Any) -> None:  # noqa: C901 - one branch per kind of value
        kind = type(value)
        if kind is str:
            data = value.encode("utf-8", "surrogatepass")
            hasher.update(b"s%d:" % len(data))
            hasher.update(data)
        elif value is None or kind in (bool, int, float):
            hasher.update(f"{kind.__name__}:{value!r};".encode())
        elif kind in (tuple, list):
            hasher.update(b"%s%d:" % (kind.__name__.encode(), len(value)))
            for item in value:
                self._item(hasher, item)
        elif isinstance(value, dict):
            hasher.update(b"d%d:" % len(value))
            for key, item in value.items():  # in order: a template iterating a mapping sees it
                self._item(hasher, key)
                self._item(hasher, item)
        elif kind in (frozenset, set):
            hasher.update(b"f%d:" % len(value))
            for item_digest in sorted(self.of(item) for item in value):
                hasher.update(item_digest)
        elif hasattr(value, "cache_identity") and not isinstance(value, type):
            hasher.update(f"i:{value.cache_identity()};".encode())
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            hasher.update(f"D{kind.__module__}.{kind.__qualname__}:".encode())
            for field in dataclasses.fields(value):
                self._item(hasher, getattr(value, field.name))
        elif kind in (datetime, time):
            hasher.update(f"{kind.__name__}:{value.isoformat()}@{value.tzinfo};".encode())
        elif kind is date:
            hasher.update(f"date:{value.isoformat()};".encode())
        elif isinstance(value, PurePath):
            hasher.update(f"path:{value.as_posix()};".encode())
        elif kind is bytes:
            hasher.update(b"b%d:" % len(value))
            hasher.update(value)
        elif isinstance(value, FunctionType) and "<" not in value.__qualname__:  # no closure state
            hasher.update(f"fn:{value.__module__}.{value.__qualname__};".encode())
        else:
            raise TypeError(f"briefs.keys cannot tell when a {kind.__qualname__} changes: "
                            "give it a cache_identity() or hand the stage plain data")

    def _item(self, hasher: Any, item: Any) -> None:
        if type(item) in _LEAVES:
            self._feed(hasher, item)
        elif dataclasses.is_dataclass(item):
            hasher.update(self.of(item))
        else:
            self._feed(hasher, item)

