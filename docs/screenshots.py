"""Screenshots of the sample site for the README: day, front and article pages, 1280 and 390 px wide,
light and dark, in Debian's chromium (Playwright).

    python docs/screenshots.py          # writes docs/screenshots/*.png

The day page is shot whole (a brief: under 3,000 px tall at 1280 px wide, as
tests/test_sample_site_browser.py checks); the front and article pages show their first screen.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402 (the tests' launch settings)

from briefs.build import Builder, BuildOptions  # noqa: E402

NOW = datetime.fromisoformat("2026-12-01T00:00:00+00:00")  # after the sample's days
PAGES = {"day": ("/2026/11/13/", True), "front": ("/", False),
         "article": ("/2026/11/13/lumen-silicon-to-build-90m-chip-testing-plant-at-harbour-park/", False)}
SIZES = {1280: 800, 390: 844}


def main() -> None:
    out_dir = ROOT / "docs" / "screenshots"
    out_dir.mkdir(exist_ok=True)
    files, _ = Builder(ROOT, BuildOptions(now=NOW)).render()
    with tempfile.TemporaryDirectory() as tmp:
        for path, data in files.items():
            (Path(tmp) / path).parent.mkdir(parents=True, exist_ok=True)
            (Path(tmp) / path).write_bytes(data)
        server = subprocess.Popen([sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1",
                                   "--directory", tmp], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  text=True)
        try:
            port = server.stdout.readline().split(" port ")[1].split()[0]
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                for scheme in ("light", "dark"):
                    for width, height in SIZES.items():
                        page = browser.new_page(viewport={"width": width, "height": height},
                                                color_scheme=scheme)
                        for name, (url, whole) in PAGES.items():
                            page.goto(f"http://127.0.0.1:{port}{url}")
                            target = out_dir / f"{name}-{width}-{scheme}.png"
                            page.screenshot(path=str(target), full_page=whole)
                            print(target.relative_to(ROOT))
                        page.close()
                browser.close()
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
