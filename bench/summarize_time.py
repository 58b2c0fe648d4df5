"""How long summarize() takes on a corpus, in this working tree and, with --against, at another commit.

    python bench/summarize_time.py ../shared/corpus/dev.jsonl --against 0740e9b

A run is one pass of summarize() over every article of the corpus in a fresh process: its caches
start cold, as in a build's worker, where bench/summaries.py's best-of-5 warm calls flatter them.
Runs alternate between this working tree and the commit (checked out with `git worktree add` into
a temporary folder, removed at the end), so the load of a shared machine falls on both alike. Prints
each side's median and range, and the ratio of the medians (issue 8: within 1.2x of 0740e9b).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def one_pass(checkout: Path, corpus: Path) -> float:
    """CPU milliseconds of one pass over `corpus` of the summarize() in `checkout` (in this process): the
    time the process ran, not the time it waited for a core the machine's other work was using."""
    sys.path.insert(0, str(checkout))
    from briefs.summarize import summarize

    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    summarize('A man said "hello there, my friend" on Monday. It cost $5m.')  # first-call costs aside
    start = time.process_time()
    for row in rows:
        summarize(row["text"], title=row["title"] if row.get("title_kind") == "headline" and row["title"] else None)
    return (time.process_time() - start) * 1000


def timed(checkout: Path, corpus: Path) -> float:
    """One pass in a fresh process that imports briefs from `checkout`."""
    out = subprocess.run(
        [sys.executable, __file__, str(corpus), "--one-pass", str(checkout)],
        env={**os.environ, "PYTHONPATH": str(checkout)},
        check=True, capture_output=True, text=True,
    )
    return float(out.stdout)


def report(name: str, times: list[float]) -> None:
    print(f"{name}: median {statistics.median(times):.0f} ms, {min(times):.0f}-{max(times):.0f} "
          f"({', '.join(f'{t:.0f}' for t in times)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="JSON Lines with text, title, title_kind")
    parser.add_argument("--against", metavar="COMMIT", help="also time this commit, alternating, and print the ratio")
    parser.add_argument("--runs", type=int, default=5, help="passes of each side (default: 5)")
    parser.add_argument("--one-pass", type=Path, metavar="CHECKOUT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    if args.one_pass:
        print(one_pass(args.one_pass, corpus))
        return
    if not args.against:
        report("working tree", [timed(HERE, corpus) for _ in range(args.runs)])
        return
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "base"
        subprocess.run(["git", "-C", str(HERE), "worktree", "add", "--detach", "--quiet", str(base), args.against],
                       check=True)
        try:
            times: dict[str, list[float]] = {"base": [], "tree": []}
            for _ in range(args.runs):
                times["base"].append(timed(base, corpus))
                times["tree"].append(timed(HERE, corpus))
        finally:
            subprocess.run(["git", "-C", str(HERE), "worktree", "remove", "--force", str(base)], check=True)
    print(f"{corpus.name}, one pass of summarize() per process, {args.runs} runs each, alternating")
    report(args.against, times["base"])
    report("working tree", times["tree"])
    ratio = statistics.median(times["tree"]) / statistics.median(times["base"])
    print(f"ratio (working tree / {args.against}): {ratio:.2f}x")


if __name__ == "__main__":
    main()
