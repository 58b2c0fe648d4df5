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


class Digests:
    """The digests of the values of one build.

    Dataclass instances (its articles, stories, days) are walked once a build: their digest is
    remembered by identity, and the object is held so that its identity is not reused.
    `known(value, digest)` gives an object's digest ahead of any walk: for what a cached stage
    returned, the digest of that stage's key says everything about it.

    A walk writes each value as tagged, length-prefixed bytes into one list, hashed once at the
    end (a build walks some 400,000 values at 10,000 articles: one call per value, no more).
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
        parts: list[bytes] = []
        self._feed(parts, value)
        digest = hashlib.blake2b(b"".join(parts), digest_size=16).digest()
        if type(value) in _REMEMBERED:  # dataclasses; not tuples: most are short-lived
            self._memo[id(value)] = (value, digest)
        return digest

    def hex(self, value: Any) -> str:
        return self.of(value).hex()

    def _feed(self, parts: list[bytes], value: Any) -> None:  # noqa: C901 - one branch per kind of value
        kind = type(value)
        how = _HOW.get(kind) or _how(value)
        if how is _TEXT:
            data = value.encode("utf-8", "surrogatepass")
            parts.append(b"s%d:" % len(data))
            parts.append(data)
        elif how is _SEQUENCE:
            parts.append(b"%s%d:" % (kind.__name__.encode(), len(value)))
            for item in value:
                self._item(parts, item)
        elif how is _FIELDS:
            parts.append(_FIELD_NAMES[kind][0])
            for name in _FIELD_NAMES[kind][1]:
                self._item(parts, getattr(value, name))
        elif how is _SCALAR:
            parts.append(f"{kind.__name__}:{value!r};".encode())
        elif how is _MAPPING:
            parts.append(b"d%d:" % len(value))
            for key, item in value.items():  # in order: a template iterating a mapping sees it
                self._item(parts, key)
                self._item(parts, item)
        elif how is _MOMENT:
            parts.append(f"{kind.__name__}:{value.isoformat()}@{value.tzinfo};".encode())
        elif how is _DAY:
            parts.append(f"date:{value.isoformat()};".encode())
        elif how is _BYTES:
            parts.append(b"b%d:" % len(value))
            parts.append(value)
        elif how is _SET:
            parts.append(b"f%d:" % len(value))
            parts.extend(sorted(self.of(item) for item in value))
        elif how is _IDENTITY:
            parts.append(f"i:{value.cache_identity()};".encode())
        elif how is _PATH:
            parts.append(f"path:{value.as_posix()};".encode())
        elif how is _FUNCTION and "<" not in value.__qualname__:  # a closure's state is not walked
            parts.append(f"fn:{value.__module__}.{value.__qualname__};".encode())
        else:
            raise TypeError(f"briefs.keys cannot tell when a {kind.__qualname__} changes: "
                            "give it a cache_identity() or hand the stage plain data")

    def _item(self, parts: list[bytes], item: Any) -> None:
        """A value inside another: a dataclass by its (remembered) digest, anything else walked."""
        kind = type(item)
        if kind not in _HOW:
            _how(item)
        if kind is str:
            data = item.encode("utf-8", "surrogatepass")
            parts.append(b"s%d:" % len(data))
            parts.append(data)
        elif kind in _REMEMBERED:
            found = self._memo.get(id(item))
            parts.append(self.of(item) if found is None else found[1])
        else:
            self._feed(parts, item)


# How each type of value is walked (_HOW), learnt at its first value; dataclasses' field names.
_TEXT, _SEQUENCE, _FIELDS, _SCALAR, _MAPPING, _MOMENT, _DAY, _BYTES, _SET, _IDENTITY, _PATH, _FUNCTION, _UNKNOWN = (
    "text", "sequence", "fields", "scalar", "mapping", "moment", "day", "bytes", "set", "identity", "path",
    "function", "unknown")
_HOW: dict[type, str] = {str: _TEXT, tuple: _SEQUENCE, list: _SEQUENCE, bool: _SCALAR, int: _SCALAR,
                         float: _SCALAR, type(None): _SCALAR, datetime: _MOMENT, time: _MOMENT, date: _DAY,
                         bytes: _BYTES, frozenset: _SET, set: _SET, FunctionType: _FUNCTION}
_FIELD_NAMES: dict[type, tuple[bytes, tuple[str, ...]]] = {}  # dataclass -> its tag and field names
_REMEMBERED: set[type] = set()  # dataclasses: walked once a build, then known by identity


def _how(value: Any) -> str:
    """How values of `value`'s type are walked, learnt once per type."""
    kind = type(value)
    is_dataclass = dataclasses.is_dataclass(value) and not isinstance(value, type)
    if isinstance(value, type):  # a class: not a value we can tell the changes of
        how = _UNKNOWN
    elif hasattr(value, "cache_identity"):
        how = _IDENTITY
    elif is_dataclass:
        how = _FIELDS
        _FIELD_NAMES[kind] = (f"D{kind.__module__}.{kind.__qualname__}:".encode(),
                              tuple(field.name for field in dataclasses.fields(value)))
    elif isinstance(value, dict):
        how = _MAPPING
    elif isinstance(value, PurePath):
        how = _PATH
    else:
        how = _UNKNOWN
    if is_dataclass:
        _REMEMBERED.add(kind)
    _HOW[kind] = how
    return how
