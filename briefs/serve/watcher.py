"""Watch the site's sources; turn editors' noise and bursts of saves into one batch of changes.

Watching, coalescing and building are separate (as in Lektor): the watcher only *reports* paths, the
Coalescer decides when a burst is over, and the caller builds.
"""

from __future__ import annotations

import os
import re
import threading
import time
import warnings
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import ObservedWatch

# Editors' side files: vim swap (.swp, .swx, ...) and backup (~), vim's writability probe (4913,
# then 5036, ...), Emacs autosave (#file#) and lock (.#file, a dotfile), JetBrains safe-write.
_EDITOR_NOISE = re.compile(r"\.sw[a-p]$|\.swx$|~$|^\d+$|^#.*#$|___jb_(tmp|old)___$")

# watchdog warns when a new folder's watch is added twice (its own event and its rescan race on
# `mkdir -p`); the second one simply wins, and the warning would only clutter the terminal.
warnings.filterwarnings("ignore", "Callback with id", RuntimeWarning, "watchdog.observers.inotify")

SITE_ENTRIES = ("site.yaml", "content", "templates", "static")  # what serve watches in a site


def is_ignored(rel_path: str) -> bool:
    """True for files no build reads: editors' side files and anything hidden (dotfiles, .git/)."""
    parts = PurePosixPath(rel_path).parts
    return any(part.startswith(".") for part in parts) or bool(_EDITOR_NOISE.search(parts[-1]))


class Coalescer:
    """Collects changed paths; `wait` hands them over once the changes stop.

    "Stopped" means no new change for `quiet` seconds after an editor's save (one or two paths:
    JetBrains renames twice), and for `burst_quiet` seconds once more paths came in: a `git
    checkout` of 200 files is one batch, one build, even if the checkout stalls for a moment.
    Changes that arrive while the caller builds are kept for its next `wait`.
    """

    def __init__(self, quiet: float = 0.03, burst_quiet: float = 0.15) -> None:
        self.quiet = quiet
        self.burst_quiet = burst_quiet
        self._cond = threading.Condition()
        self._paths: set[str] = set()
        self._last = 0.0

    def add(self, path: str) -> None:
        with self._cond:
            self._paths.add(path)
            self._last = time.monotonic()
            self._cond.notify_all()

    def wait(self, timeout: float | None = None) -> set[str]:
        """The next batch of changed paths; empty when `timeout` passes first."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._paths, timeout):
                return set()
            while (left := self._last + self._quiet() - time.monotonic()) > 0:
                self._cond.wait(left)
            batch, self._paths = self._paths, set()
            return batch

    def _quiet(self) -> float:
        return self.quiet if len(self._paths) <= 2 else self.burst_quiet


class _Handler(FileSystemEventHandler):
    """Reports the paths under `root` that a build reads."""

    def __init__(self, root: Path, accept: Callable[[str], bool], report: Callable[[str], None]) -> None:
        self.root = root
        self.accept = accept
        self.report = report

    def on_any_event(self, event: FileSystemEvent) -> None:
        for path in (event.src_path, event.dest_path):
            rel = self._relative(os.fsdecode(path)) if path else None
            if rel is not None and self.accept(rel):
                self.report(str(self.root / rel))

    def _relative(self, path: str) -> str | None:
        rel = os.path.relpath(path, self.root)
        return None if rel == "." or rel.startswith("..") else Path(rel).as_posix()


class Watcher:
    """Watches a site's site.yaml, content/, templates/, static/ and the default theme folder.

    Call `sync` with each batch: it starts watching folders that appeared and re-watches folders
    that were replaced (inotify watches an inode, not a name, so a re-created folder is a new one).
    """

    def __init__(self, site_dir: Path, report: Callable[[str], None], theme_dir: Path | None = None,
                 ) -> None:
        self.observer = Observer()
        # The events that mean "changed", and only those: inotify then does not even report the
        # build's own reads (open, close-no-write), thousands per build on a big site. It tells
        # when a writer closes a file: rebuild then, not on the writes before it (`modified`).
        # `created` counts: files made in a new folder before its watch was added only ever show
        # up as `created` (watchdog makes those events up when it adds the watch).
        reports_close = type(self.observer).__name__ == "InotifyObserver"
        self._events: list[type[FileSystemEvent]] = [
            FileCreatedEvent, FileDeletedEvent, FileMovedEvent, DirCreatedEvent, DirDeletedEvent,
            DirMovedEvent, FileClosedEvent if reports_close else FileModifiedEvent,
        ]
        site_dir = site_dir.resolve()
        self._roots: dict[Path, tuple[bool, _Handler]] = {
            site_dir: (False, _Handler(site_dir, lambda rel: rel in SITE_ENTRIES, report)),
        }
        trees = [site_dir / name for name in SITE_ENTRIES[1:]]
        if theme_dir is not None and theme_dir.resolve() not in trees:
            trees.append(theme_dir.resolve())
        for tree in trees:
            self._roots[tree] = (True, _Handler(tree, lambda rel: not is_ignored(rel), report))
        self._watches: dict[Path, ObservedWatch] = {}

    def start(self) -> None:
        self.sync(set())
        self.observer.start()

    def stop(self) -> None:
        self.observer.stop()
        self.observer.join()

    def sync(self, changed: set[str]) -> None:
        """Watch every root that exists; watch anew the roots in `changed` (created, deleted, moved)."""
        for root, (recursive, handler) in self._roots.items():
            if root in self._watches and str(root) in changed:
                self.observer.unschedule(self._watches.pop(root))
            if root not in self._watches and root.is_dir():
                self._watches[root] = self.observer.schedule(handler, str(root), recursive=recursive,
                                                             event_filter=self._events)
