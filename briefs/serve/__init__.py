"""Dev server: build (drafts and future included), serve from memory, watch, rebuild, live reload.

Three parts, as in Lektor: the watcher reports changed paths (watcher.py), the build loop here turns
each burst into one build and swaps its result in (state.py), and the HTTP server (server.py) serves
whatever build is current, adding the reload script to HTML (livereload.py).
"""

from __future__ import annotations

import ipaddress
import threading
import time
import traceback
import webbrowser
from collections.abc import Callable, Mapping
from pathlib import Path

from briefs.errors import BriefsError, BuildFailed
from briefs.report import Reporter
from briefs.serve.server import DevServer
from briefs.serve.state import LiveSite
from briefs.serve.watcher import Coalescer, Watcher

Build = Callable[[], Mapping[str, bytes]]  # the whole site; raises BuildFailed
Index = Callable[[], Mapping[str, bytes]]  # the search index files of the last build


def serve(site_dir: Path, *, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False,
          reporter: Reporter) -> int:
    """Serve SITE until Ctrl-C; 0 when stopped."""
    from briefs.build import Builder, BuildOptions
    from briefs.render import theme_dir

    site_dir = Path(site_dir)
    if not site_dir.is_dir():
        raise BriefsError(f"no site folder at {site_dir}",
                          hint="pass --site DIR: a folder with site.yaml and content/")
    live = LiveSite()
    server = DevServer(host, port, live)  # fails early, before a long first build, if the port is taken
    if not _is_loopback(host):
        reporter.info(f"warning: serving on {host}: other machines can read this site, drafts included")
    # One Builder for the whole session: it keeps parsed articles, the theme and rendered pages
    # between builds, so a build after a save redoes only what the save affects. The search index
    # (the month of the story saved) follows the pages instead of holding them up.
    builder = Builder(site_dir, BuildOptions(drafts=True, future=True, search=False))
    loop = BuildLoop(lambda: builder.render()[0], live, reporter, index=builder.search_index,
                     warnings=lambda: builder.warnings, media_types=lambda: builder.media_types)
    coalescer = Coalescer()
    watcher = Watcher(site_dir, coalescer.add, theme_dir=theme_dir())
    thread = threading.Thread(target=server.serve_forever, args=(0.1,), name="briefs-http", daemon=True)
    try:
        watcher.start()
        reporter.info(f"building {site_dir} (drafts and future-dated articles included)")
        loop.build()
        thread.start()
        reporter.info(f"serving at {server.url}  (Ctrl-C to stop)")
        if open_browser:
            webbrowser.open(server.url)
        while True:
            changed = coalescer.wait()
            watcher.sync(changed)
            loop.build()
    except KeyboardInterrupt:
        reporter.info("stopped")
        return 0
    finally:
        watcher.stop()
        live.close()
        if thread.is_alive():
            server.shutdown()
        server.server_close()


class BuildLoop:
    """Runs builds and reports them: each problem is printed once, not at every failing build.

    With `index`, a build is served at once with the search index of the build before it, and
    again with its own index once that is made (only the months whose stories changed are indexed
    again). `warnings` gives the last good build's warnings (as `build` prints them); each is printed
    when it first appears. `media_types` gives the media type of each file the last good build
    made, by path.
    """

    def __init__(self, build: Build, live: LiveSite, reporter: Reporter, index: Index | None = None,
                 warnings: Callable[[], list[BriefsError]] = list,
                 media_types: Callable[[], Mapping[str, str]] = dict) -> None:
        self._build = build
        self._media_types = media_types
        self.live = live
        self.reporter = reporter
        self._warnings = warnings
        self._shown: set[str] = set()  # problems printed since the last good build
        self._warned: set[str] = set()  # warnings of the last good build
        self._index = index
        self._indexed: Mapping[str, bytes] = {}  # the search index's files, as last published

    def build(self) -> None:
        start = time.perf_counter()
        self.live.building()
        try:
            files = self._build()
        except BuildFailed as failed:
            return self._failed(failed.errors)
        except BriefsError as err:
            return self._failed([err])
        except Exception as err:  # a bug in a build step must not take the server down
            self.reporter.info(traceback.format_exc().rstrip())
            return self._failed([BriefsError(f"internal error: {type(err).__name__}: {err}",
                                             hint="this is a bug in briefs; please report it with "
                                                  "the traceback printed in the terminal")])
        self.live.publish({**files, **self._indexed}, self._media_types())
        ms = (time.perf_counter() - start) * 1000
        warnings = self._warnings()
        self.reporter.warnings([w for w in warnings if str(w) not in self._warned])
        self._warned = {str(w) for w in warnings}
        self.reporter.info(f"{'fixed: ' if self._shown else ''}built {len(files)} files in {ms:.0f} ms")
        self._shown = set()
        if self._index:
            self._update_index(files)

    def _update_index(self, files: Mapping[str, bytes]) -> None:
        try:
            index = self._index()
        except BriefsError as err:
            return self._failed([err])
        if index != self._indexed:
            self._indexed = index
            self.live.publish({**files, **index}, self._media_types())

    def _failed(self, errors: list[BriefsError]) -> None:
        self.live.fail(errors)
        new = [err for err in errors if str(err) not in self._shown]
        self._shown.update(str(err) for err in new)
        if new:
            self.reporter.problems(new)
            served = "the last good build" if self.live.current().files else "an error page"
            self.reporter.info(f"still serving {served}; fix the file and save")


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
