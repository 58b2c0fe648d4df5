"""Shared test fixtures: a real browser (Debian's chromium under Playwright) and a served folder.

`browser_type_launch_args` makes pytest-playwright's `browser`/`page` fixtures use /usr/bin/chromium
with the flags it needs on a machine without network (see ../shared/TESTING.md). `serve_folder(path)`
serves a built site on 127.0.0.1 from a subprocess and returns its base URL ("http://127.0.0.1:PORT").
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def serve_folder() -> Iterator[Callable[[Path], str]]:
    """Serve folders with `python -m http.server` on free ports; stopped when the test ends."""
    servers: list[subprocess.Popen] = []

    def serve(folder: Path) -> str:
        server = subprocess.Popen(
            [sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1",
             "--directory", str(folder)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        servers.append(server)
        banner = server.stdout.readline()  # "Serving HTTP on 127.0.0.1 port 40123 (...) ..."
        port = re.search(r"port (\d+)", banner)
        assert port, f"http.server did not start: {banner!r}"
        return f"http://127.0.0.1:{port.group(1)}"

    yield serve
    for server in servers:
        server.terminate()
        server.wait(timeout=5)
