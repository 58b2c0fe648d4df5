"""The search index: its size, the time to make it, and what a reader's browser fetches.

    python bench/search.py [--n 1000] [--runs 3] [--no-browser]

For the sample site (content/) and a generated news archive of N articles (bench/build.py's corpus):

- cold: every bundle of the index made (the search stage of a build without a cache), wall time
  and Pagefind's CPU time, median of --runs;
- one edit: one article edited, only its month's bundle made again;
- size: bundles, files and bytes under /pagefind/;
- the reader (Debian's chromium, when there): requests and bytes fetched from /pagefind/ on
  opening /search/, on a first search for a word, and on switching to newest first.
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from build import corpus, write_sites  # noqa: E402  (bench/build.py)

from briefs.build import Builder, BuildOptions  # noqa: E402
from briefs.render.pages import render_search  # noqa: E402
from briefs.render.search import FOLDER  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def timed(make) -> tuple[float, float, dict]:
    """Wall seconds, Pagefind's CPU seconds, and what `make()` returned."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = make()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, result


def measure(name: str, site_dir: Path, runs: int) -> tuple[list[str], dict[str, bytes]]:
    builder = Builder(site_dir, BuildOptions(search=False), jobs=2)
    files = builder.render()[0]
    site, digests = builder._rendered
    cold = [timed(lambda: render_search(site, {}, digests)) for _ in range(runs)]
    index = cold[0][2]
    memo: dict = {}
    render_search(site, memo, digests)
    story = site.stories[len(site.stories) // 2]
    edited = dataclasses.replace(site, stories=tuple(
        dataclasses.replace(s, article=dataclasses.replace(s.article, html=s.article.html + "<p>Correction.</p>"))
        if s is story else s for s in site.stories))
    warm = [timed(lambda: render_search(edited, dict(memo), digests)) for _ in range(runs)]
    bundles = {path.split("/")[1] for path in index if path.count("/") > 1}
    size = sum(len(data) for data in index.values())

    def cell(rows: list[tuple]) -> str:
        walls, cpus = [r[0] for r in rows], [r[1] for r in rows]
        return (f"{statistics.median(walls):.2f} s ({min(walls):.2f}-{max(walls):.2f}); "
                f"Pagefind {statistics.median(cpus):.2f} s CPU")

    row = (f"| {name} | {len(site.stories):,} | {len(bundles)} | {len(index):,} files, "
           f"{size / 2**20:.1f} MiB | {cell(cold)} | {cell(warm)} |")
    return [row], {**files, **index}


def reader(files: dict[str, bytes], word: str) -> str:
    """Requests and KiB the browser fetches from /pagefind/: opening /search/, a first search, newest first."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="briefs-search-bench-") as tmp:
        for path, data in files.items():
            (Path(tmp) / path).parent.mkdir(parents=True, exist_ok=True)
            (Path(tmp) / path).write_bytes(data)
        server = subprocess.Popen([sys.executable, "-m", "http.server", "0", "--bind", "127.0.0.1",
                                   "--directory", tmp], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            port = server.stdout.readline().split(" port ")[1].split()[0]
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                page = browser.new_page()
                fetched: list[int] = []
                page.on("requestfinished", lambda r: fetched.append(r.sizes()["responseBodySize"])
                        if f"/{FOLDER}/" in r.url else None)
                steps = []

                def step(what: str, act) -> None:
                    fetched.clear()
                    act()
                    page.wait_for_load_state("networkidle")
                    steps.append(f"{what}: {len(fetched)} ({sum(fetched) / 1024:.0f} KiB)")

                step("open", lambda: (page.goto(f"http://127.0.0.1:{port}/search/"),
                                      page.locator("form.search").wait_for(state="visible")))
                step(f"“{word}”", lambda: (page.locator("#search-terms").fill(word),
                                           page.locator(".search-status").filter(has_text=word).wait_for()))
                step("newest first", lambda: page.select_option("#search-order", "newest"))
                browser.close()
            return "; ".join(steps)
        finally:
            server.terminate()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles in the generated archive")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true", help="leave out what the reader fetches")
    args = parser.parse_args()
    browser = not args.no_browser and CHROMIUM.exists()
    lines = ["| site | stories | bundles | index | cold (all bundles) | one article edited |",
             "|---|---|---|---|---|---|"]
    readers = []
    with tempfile.TemporaryDirectory(prefix="briefs-search-bench-") as tmp:
        sites = [("sample site", ROOT, "tram"),
                 (f"{args.n:,} articles", write_sites(Path(tmp), corpus(args.n))["briefs"], "tariffs")]
        for name, site_dir, word in sites:
            rows, files = measure(name, site_dir, args.runs)
            lines += rows
            if browser:
                readers.append(f"- {name}, requests to /{FOLDER}/: {reader(files, word)}")
    print("\n".join(lines + [""] + readers))


if __name__ == "__main__":
    main()
