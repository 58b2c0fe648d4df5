"""bench/summarize_time.py times this checkout against a commit, in a temporary worktree it removes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.content.helpers import SEED

ROOT = Path(__file__).resolve().parents[1]


def _worktrees() -> str:
    return subprocess.run(["git", "-C", str(ROOT), "worktree", "list"], capture_output=True, text=True, check=True).stdout


def test_the_summarize_benchmark_compares_against_a_commit(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"text": SEED.read_text(encoding="utf-8"), "title": "", "title_kind": "none"},
            {"text": 'Rents rose 7% in a year. "Demand is high," said Joanne Whitlow.', "title": "Rents rise",
             "title_kind": "headline"}]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    before = _worktrees()
    done = subprocess.run([sys.executable, "bench/summarize_time.py", str(corpus), "--against", "HEAD", "--runs", "1"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[1].startswith("HEAD: median ") and lines[2].startswith("working tree: median ")
    assert lines[3].startswith("ratio (working tree / HEAD): ") and lines[3].endswith("x")
    assert _worktrees() == before  # the commit's checkout is gone
