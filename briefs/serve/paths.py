"""Request path -> key of a built file. The one gate between a URL and the site's files.

The dev server serves the build from memory, so a lookup can never touch the disk; we still reject
every path that *means* "outside the site" (`..`, encoded or not, backslashes, NUL, drive letters),
so the answer does not depend on how the files happen to be stored.
"""

from __future__ import annotations

from urllib.parse import unquote


class UnsafePath(ValueError):
    """The request path tries to leave the site, or cannot name a file in it."""


def site_key(target: str) -> str:
    """`/2025/06/02/?x=1` -> `2025/06/02/index.html`; raises UnsafePath for anything suspicious.

    Suspicious paths are rejected, never "resolved": our own pages never link to one.
    """
    raw = target.partition("#")[0].partition("?")[0]
    if not raw.startswith("/"):  # absolute-form ("http://host/..."), "*"
        raise UnsafePath(target)
    try:
        path = unquote(raw, errors="strict")
    except UnicodeDecodeError:
        raise UnsafePath(target) from None
    if "\\" in path or any(ord(c) < 0x20 for c in path):  # backslashes, NUL, control characters
        raise UnsafePath(target)
    segments = path[1:].split("/")
    if any(seg in ("", ".", "..") for seg in segments[:-1]) or segments[-1] in (".", ".."):
        raise UnsafePath(target)
    if ":" in segments[0]:  # C:, file:, and the like
        raise UnsafePath(target)
    return path[1:] + "index.html" if path.endswith("/") else path[1:]
