"""What the dev server shows: the last good build, and the problems of the build after it, if any.

One lock guards it; a build swaps in a whole new snapshot, so a request sees the old site or the
new one, never a mix. Requests wait while a build runs (as in MkDocs), so a reload right after a
save shows that save.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from briefs.errors import BriefsError


@dataclass(frozen=True)
class Snapshot:
    files: Mapping[str, bytes] = field(default_factory=dict)  # output path -> bytes
    epoch: int = 0  # changes when the files change: open pages update
    problems: tuple[BriefsError, ...] = ()  # why the latest build failed (the overlay), or ()
    version: int = 0  # changes on any change: the events stream tells the pages
    assets: int = 0  # the epoch at which a file pages load (CSS, images...) last changed
    media_types: Mapping[str, str] = field(default_factory=dict)  # output path -> what its artifact is

    def state(self) -> dict:
        """What a page's reload script needs, as JSON-ready data."""
        return {
            "epoch": self.epoch,
            "assets": self.assets,
            "problems": [
                {"location": err.location, "message": err.message, "hint": err.hint}
                for err in self.problems
            ],
        }


class LiveSite:
    """The current Snapshot, shared by the build loop (writer) and the request threads (readers)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._snapshot = Snapshot()
        self._building = False
        self._closed = False

    def building(self) -> None:
        """A build starts: requests wait for its result."""
        with self._cond:
            self._building = True

    def publish(self, files: Mapping[str, bytes], media_types: Mapping[str, str] | None = None) -> None:
        """A build succeeded: serve its files (as the media types its artifacts declare, by path);
        open pages update if any file changed."""
        with self._cond:
            old = self._snapshot
            if files != old.files:
                epoch = max(old.epoch + 1, time.time_ns() // 10**6)  # a restarted server's is newer
                assets = epoch if _assets(files) != _assets(old.files) else old.assets
                self._update(Snapshot(files, epoch, (), old.version + 1, assets, dict(media_types or {})))
            elif old.problems:
                self._update(replace(old, problems=(), version=old.version + 1))
            else:
                self._update(old)

    def fail(self, problems: list[BriefsError]) -> None:
        """A build failed: keep serving the last good files, show the problems over them."""
        with self._cond:
            old = self._snapshot
            self._update(replace(old, problems=tuple(problems), version=old.version + 1))

    def close(self) -> None:
        """Shutting down: release every waiting request."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    @property
    def closed(self) -> bool:
        return self._closed

    def current(self) -> Snapshot:
        """The site to serve now, once the running build (if any) is done."""
        with self._cond:
            self._cond.wait_for(lambda: not self._building or self._closed)
            return self._snapshot

    def next(self, version: int | None, timeout: float) -> Snapshot | None:
        """The first snapshot whose version is not `version` (None: the current one at once);
        None after `timeout` seconds without one, or when shutting down."""
        with self._cond:
            fresh = self._cond.wait_for(
                lambda: self._closed or (not self._building and self._snapshot.version != version),
                timeout,
            )
            return self._snapshot if fresh and not self._closed else None

    def _update(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        self._building = False
        self._cond.notify_all()


def _assets(files: Mapping[str, bytes]) -> dict[str, bytes]:
    """The files a page loads besides itself (styles, scripts, images, fonts): not pages, feeds, text,
    nor the search index (only the search page loads it, and a script page reloads anyway)."""
    return {path: data for path, data in files.items()
            if not path.endswith((".html", ".xml", ".txt")) and not path.startswith("pagefind/")}
