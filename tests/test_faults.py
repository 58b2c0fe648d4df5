"""Where data gets lost: builds killed midway, two builds at once, a full disk, a read-only output.

Each time the published folder must be a whole site (the old one or the new one, never a mix),
the cache must never hand back a torn entry, and the next build must equal a cold one.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefs.cli import main
from tests.factories import site_folder, tree

ROOT = Path(__file__).resolve().parents[1]
EPOCH = "1800000000"
BODY = ("The port authority in Bilbao said on Monday that it would spend €{n} million on new cranes. "
        "\"The old ones are worn out,\" said Elena Costa, its director. Work starts in {n} weeks.")


def write_article(site: Path, n: int, version: int = 0) -> None:
    path = site / "content" / f"2025/04/{n % 5 + 1:02d}" / f"story-{n}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    extra = f" Update {version}: the vote was moved." if version else ""
    path.write_text(f"---\ntitle: Cranes for the port, part {n}\ndate: 2025-04-{n % 5 + 1:02d}T09:{n:02d}:00Z\n"
                    f"tags: [ports]\n---\n{BODY.format(n=n)}{extra}\n")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return site_folder(tmp_path, "Faults", write_article, 8)


def cold(site: Path, tmp_path: Path, name: str) -> dict[str, bytes]:
    out = tmp_path / name
    assert main(["build", "--site", str(site), "--output", str(out), "--no-cache"]) == 0
    return tree(out)


def start_build(site: Path, output: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": EPOCH}
    return subprocess.Popen([sys.executable, "-m", "briefs", "build", "--site", str(site), "--output",
                             str(output), "-j", "2"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".briefs-") and p.name != ".briefs-cache"]


def test_builds_killed_at_random_moments_never_publish_half_a_site(site, tmp_path):
    """50 SIGKILLs: the output is always one whole site; then a build equals a cold one."""
    versions = [0, 1]
    expected = []
    for version in versions:
        write_article(site, 3, version)
        expected.append(cold(site, tmp_path, f"cold-{version}"))
    out = site / "public"
    assert main(["build", "--site", str(site), "--output", str(out)]) == 0
    began = time.perf_counter()
    assert main(["build", "--site", str(site), "--output", str(out)]) == 0  # how long a build takes
    typical = max(time.perf_counter() - began, 0.3) + 0.5  # and the interpreter's start
    chance = random.Random(7)
    for kill in range(50):
        version = versions[kill % 2]
        write_article(site, 3, version)
        build = start_build(site, out)
        time.sleep(chance.uniform(0, typical))
        build.send_signal(signal.SIGKILL)
        build.wait()
        assert tree(out) in expected, f"kill {kill}: the output is not a whole site"
    assert main(["build", "--site", str(site), "--output", str(out)]) == 0
    assert tree(out) == expected[versions[49 % 2]]
    assert leftovers(site) == []


def test_two_builds_at_once_both_finish_or_one_refuses_clearly(site, tmp_path):
    out = site / "public"
    expected = cold(site, tmp_path, "cold")
    for _ in range(3):
        builds = [start_build(site, out) for _ in range(2)]
        results = [(b.wait(), b.communicate()[1]) for b in builds]
        assert any(code == 0 for code, _ in results), results
        for code, err in results:
            assert code == 0 or "another briefs build is writing" in err, err
        assert tree(out) == expected
        write_article(site, 4, 1)
        expected = cold(site, tmp_path, "cold")
    assert main(["build", "--site", str(site), "--output", str(out)]) == 0
    assert tree(out) == expected


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1 MiB tmpfs (root only); the test is skipped where mounting is not allowed."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_keeps_the_old_site_and_the_cache(site, tmp_path, small_disk, capsys):
    out = small_disk / "public"
    assert main(["build", "--site", str(site), "--output", str(out)]) == 0
    before = tree(out)
    (site / "static").mkdir()
    (site / "static" / "video.bin").write_bytes(os.urandom(2 * 1024 * 1024))  # more than the disk
    write_article(site, 2, 1)
    capsys.readouterr()
    assert main(["build", "--site", str(site), "--output", str(out)]) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "previous output was left as it was" in err
    assert tree(out) == before and leftovers(small_disk) == []
    (site / "static" / "video.bin").unlink()
    assert main(["build", "--site", str(site), "--output", str(out)]) == 0
    assert "0 articles processed, 8 reused" in capsys.readouterr().err  # the cache still serves
    assert tree(out) == cold(site, tmp_path, "cold")


def test_a_read_only_output_is_reported_and_left_as_it_was(site, small_disk, capsys):
    out = small_disk / "public"
    assert main(["build", "--site", str(site), "--output", str(out)]) == 0
    before = tree(out)
    write_article(site, 2, 1)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    capsys.readouterr()
    assert main(["build", "--site", str(site), "--output", str(out)]) == 1
    assert "Read-only file system" in capsys.readouterr().err
    assert tree(out) == before
