"""Save-to-reload time of `briefs serve` on a 1,000-article site, measured with a real browser.

    python bench/serve_reload.py [--articles 1000] [--edits 20]

Generates a site in a temporary folder, starts `python build.py serve --site SITE --port 0`, opens a
day page in Debian's chromium (Playwright), then edits the title of an article of that day N times.
For each edit: the time from the file's close (wall clock, in this process) to the first animation
frame at which the page's DOM shows the new title (wall clock, in the page; same machine clock).
Prints median and p90, the server's own rebuild times, and a cold full build of the same site.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TAGS = ["politics", "economy", "climate", "energy", "health", "transport", "housing", "education",
        "science", "culture", "sport", "crime", "technology", "europe", "africa", "asia"]
SECTIONS = ["World", "City", "Business", "Science", "Sport"]


def article(n: int, day: date, title: str) -> str:
    """One plausible news article: front matter and five paragraphs with figures and a quote."""
    tags = ", ".join(TAGS[(n * k) % len(TAGS)] for k in (1, 3))
    paragraphs = [
        f"Officials in district {n % 37} said on {day:%A} that spending on the programme would rise "
        f"by {n % 9 + 2}.{n % 10}% next year, the largest increase since {1990 + n % 30}.",
        f"The plan covers {n * 13 % 900 + 100} schools and about {n % 50 + 10},000 households, "
        "according to figures published with the budget.",
        f'"We are doing this because the numbers left us no choice," said Maria Novak, who leads '
        f"the council's finance committee. \"Waiting another year would cost {n % 7 + 2} times as much.\"",
        "Critics said the timetable was too short and that the money would be spread too thin to "
        "make a difference in the places that need it most.",
        f"A vote is expected on {day + timedelta(days=n % 20 + 1):%d %B}, after a consultation that "
        "runs until the end of the month.",
    ]
    return (f"---\ntitle: {title}\ndate: {day.isoformat()}T{8 + n % 10:02d}:{n % 60:02d}:00+00:00\n"
            f"section: {SECTIONS[n % len(SECTIONS)]}\ntags: [{tags}]\nauthor: Desk {n % 12}\n---\n"
            + "\n\n".join(paragraphs) + "\n")


def make_site(site: Path, articles: int, per_day: int = 5) -> list[Path]:
    """A site of `articles` articles, `per_day` a day, ending today; returns the article files."""
    (site / "content").mkdir(parents=True)
    (site / "site.yaml").write_text("title: Bench Brief\nbase_url: https://example.org/\ntimezone: UTC\n")
    last = date.today() - timedelta(days=1)
    paths = []
    for n in range(articles):
        day = last - timedelta(days=n // per_day)
        path = site / "content" / f"{day:%Y/%m/%d}" / f"story-{n}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article(n, day, f"Story {n} about district {n % 37}"))
        paths.append(path)
    return paths


def cold_build(site: Path) -> float:
    """Seconds for one full build of the site in a fresh process (what `build` does, minus writing)."""
    code = ("import time, sys; from pathlib import Path; from briefs.build import Builder, BuildOptions;"
            "t = time.perf_counter(); Builder(Path(sys.argv[1]), BuildOptions(drafts=True, future=True))"
            ".render(); print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code, str(site)], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return float(out.split()[-1])


def start_server(site: Path) -> tuple[subprocess.Popen, str, list[str]]:
    server = subprocess.Popen([sys.executable, "build.py", "serve", "--site", str(site), "--port", "0"],
                              cwd=ROOT, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    for line in server.stderr:
        lines.append(line)
        if found := re.search(r"serving at (http://\S+)", line):
            break
    else:
        raise SystemExit("serve did not start:\n" + "".join(lines))
    threading.Thread(target=lambda: lines.extend(server.stderr), daemon=True).start()
    return server, found.group(1), lines


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        paths = make_site(site, args.articles)
        cold = cold_build(site)
        target = paths[0]  # on the newest day
        day_url = "/" + "/".join(target.relative_to(site / "content").parts[:3]) + "/"
        server, url, lines = start_server(site)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_page()
                page.goto(url.rstrip("/") + day_url)
                navigations = []
                page.on("framenavigated", lambda frame: navigations.append(frame.url))
                times = []  # ms from the file's close to the new text in the DOM
                for k in range(args.edits):
                    title = f"Story 0 edited {k} times"
                    with open(target, "w", encoding="utf-8") as f:
                        f.write(article(0, date.fromisoformat(day_url[1:11].replace("/", "-")), title))
                    closed = time.time() * 1000
                    shown = page.wait_for_function(
                        "t => document.body.innerText.includes(t) && Date.now()",
                        arg=title, polling="raf", timeout=10_000).json_value()
                    times.append(shown - closed)
                    time.sleep(0.2)
                browser.close()
        finally:
            server.terminate()
            server.wait(10)
        builds = [float(m.group(1)) for line in lines if (m := re.match(r"built \d+ files in (\d+) ms", line))]
        rebuilds = builds[1:]  # after the first

    print(f"site: {args.articles} articles; {args.edits} edits of one article, day page open in chromium")
    print(f"save-to-reload: median {statistics.median(times):.0f} ms, p90 {percentile(times, 0.9):.0f} ms"
          f" (min {min(times):.0f}, max {max(times):.0f})")
    if len(rebuilds) == len(times):  # one build per edit: split each edit's time
        rest = [total - build for total, build in zip(times, rebuilds)]
        print(f"  server rebuild: median {statistics.median(rebuilds):.0f} ms; the rest (30 ms quiet "
              f"window, event, fetch and swap of the page): median {statistics.median(rest):.0f} ms")
    print(f"  {len(rebuilds)} builds for {len(times)} edits; {len(navigations)} full page reloads")
    print(f"cold full build: {cold * 1000:.0f} ms "
          f"(median save-to-reload is {statistics.median(times) / (cold * 1000):.0%} of it)")


if __name__ == "__main__":
    main()
