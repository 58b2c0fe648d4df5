"""One shape for everything a build writes: pages, feeds, the sitemap, static files (and what comes next).

An `Artifact` is a file of the output not yet made: where it goes, what it is, and how to make it,
as a module-level function and the exact values handed to it. Its cache key is the digest of that
call, so a cached artifact is reused only when nothing it could read has changed. Each kind of
output is a function `(site, theme) -> list[Artifact]`; `render_site` collects them all, checks
that no two claim one path, and makes (or reuses) each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from briefs.keys import Digests

HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml"
ATOM = "application/atom+xml"
JSON_FEED = "application/feed+json"
XML = "application/xml"
TEXT = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Artifact:
    """One output file: `make(*inputs)` gives its bytes, and reads nothing but `inputs`."""

    path: str  # output-relative POSIX path, e.g. "2025/06/02/index.html"
    url: str  # site-relative URL, e.g. "/2025/06/02/"
    media_type: str
    listed: bool  # in the sitemap
    make: Callable[..., bytes] = field(repr=False)  # a module-level function (its name is in the key)
    inputs: tuple[Any, ...] = field(repr=False)

    def render(self) -> bytes:
        return self.make(*self.inputs)

    def key(self, digests: Digests | None = None) -> str:
        """Equal keys -> byte-identical output. A build passes its one `Digests` (shared walks)."""
        return (digests or Digests()).hex((self.make, self.inputs))


def static_file(data: bytes) -> bytes:
    """A file copied as it is (the `make` of static artifacts)."""
    return data
