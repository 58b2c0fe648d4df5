"""bench/build.py, bench/search.py and bench/cache_store.py run end to end on a small corpus
(build.py's peers, installed from PyPI, and search.py's browser are left out)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_build_benchmark_runs_on_50_articles(tmp_path):
    table = tmp_path / "build.md"
    done = subprocess.run([sys.executable, "bench/build.py", "--n", "50", "--runs", "1", "--jobs", "1", "2",
                           "--no-peers", "--table", str(table)], cwd=ROOT, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    rows = {line.split(" | ")[1]: line for line in table.read_text().splitlines() if line.startswith("| 50 ")}
    assert {"briefs cold -j 1", "briefs cold -j 2", "briefs warm (1 article edited)", "briefs unchanged",
            "briefs warm, --no-search"} <= rows.keys()
    assert "; 0 of " in rows["briefs unchanged"]  # a build that changes nothing rewrites nothing


def test_the_corpus_is_the_same_every_time():
    spec = importlib.util.spec_from_file_location("bench_build", ROOT / "bench" / "build.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench_build"] = bench  # dataclasses look their module up
    spec.loader.exec_module(bench)
    assert bench.corpus(30) == bench.corpus(30) and len({story.day for story in bench.corpus(30)}) > 2


def test_the_search_benchmark_runs_on_the_sample_and_30_articles():
    done = subprocess.run([sys.executable, "bench/search.py", "--n", "30", "--runs", "1", "--no-browser"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stdout + done.stderr
    rows = [line.split(" | ") for line in done.stdout.splitlines() if line.startswith("| ") and "---" not in line]
    assert [row[0] for row in rows] == ["| site", "| sample site", "| 30 articles"]
    assert all(row[3].endswith(" MiB") and "Pagefind" in row[4] for row in rows[1:])


def test_the_cache_store_benchmark_runs_on_50_entries():
    done = subprocess.run([sys.executable, "bench/cache_store.py", "--n", "50", "--runs", "1"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ") and " s | " in line]
    assert [row.split(" | ")[0][2:].split(" (")[0] for row in rows] == ["SQLite", "dbm", "a pickle file per entry"]
