"""Bad input through the command line: every problem printed once as `path:line: message` + hint, exit 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefs.cli import main

from tests.content.helpers import SEED

REPO = Path(__file__).resolve().parents[1]
GOOD = "---\ntitle: Talks resume\ndate: 2025-06-02\n---\nThe talks began in Istanbul on Monday.\n"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "site.yaml").write_text("title: Test Brief\nbase_url: https://example.org/\ntimezone: Europe/London\n")
    (tmp_path / "content").mkdir()
    return tmp_path


def write(site: Path, rel: str, text: str | bytes) -> None:
    path = site / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode() if isinstance(text, str) else text)


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def test_check_reports_every_problem_of_every_file_in_one_run(site: Path, capsys):
    write(site, "content/good.md", GOOD)
    write(site, "content/a.md", "---\ntitle: [x]\ndate: 2025-02-30\n---\nBody.\n")
    write(site, "content/b.md", "No front matter here.\n")
    write(site, "content/c.md", b"---\ntitle: C\ndate: 2025-06-02\n---\nCaf\xe9\n")
    write(site, "content/d.md", "---\ntitle: D\ndate: 2025-06-02\ntags: [a, b\n---\nBody.\n")
    code, err = run(capsys, "check", "--site", str(site))
    assert code == 1
    assert f"error: {site}/content/a.md:2: `title` must be text, not a list\n  hint: " in err
    assert f"error: {site}/content/a.md:3: `date` is not a real date: 2025-02-30" in err
    assert f"error: {site}/content/b.md:1: the file does not start with front matter" in err
    assert f"error: {site}/content/c.md:5: not valid UTF-8: byte 37 (0xe9) on line 5" in err
    assert f"error: {site}/content/d.md:5:1: YAML syntax error in the front matter" in err
    assert "5 problem(s) found." in err


def test_mistyped_site_yaml_key_is_reported_with_a_suggestion(site: Path, capsys):
    (site / "site.yaml").write_text("title: T\npage_sise: 5\n")
    code, err = run(capsys, "check", "--site", str(site))
    assert code == 1
    assert f"error: {site / 'site.yaml'}:2: unknown key `page_sise`\n  hint: did you mean `page_size`?" in err


def test_a_bad_site_yaml_does_not_hide_the_articles_problems(site: Path, capsys):
    (site / "site.yaml").write_text("title: T\ntimzone: Europe/London\n")
    write(site, "content/a.md", "---\ntitle: A\ndate: 2025-02-30\n---\nBody.\n")
    write(site, "templates/day.html", "{% if %}\n")
    code, err = run(capsys, "build", "--site", str(site), "--output", str(site / "out"))
    assert code == 1
    assert f"error: {site / 'site.yaml'}:2: unknown key `timzone`" in err
    assert f"error: {site}/content/a.md:3: `date` is not a real date: 2025-02-30" in err
    assert f"error: {site}/templates/day.html:1: template syntax error" in err
    assert "3 problem(s) found." in err and not (site / "out").exists()


def test_folder_without_site_yaml_is_reported(tmp_path: Path, capsys):
    code, err = run(capsys, "build", "--site", str(tmp_path))
    assert code == 1
    assert "no site.yaml" in err and "hint:" in err
    assert not (tmp_path / "public").exists()


def test_site_without_content_folder_is_reported(site: Path, capsys):
    (site / "content").rmdir()
    code, err = run(capsys, "check", "--site", str(site))
    assert code == 1 and "no content/ folder" in err


def test_failed_build_leaves_the_existing_output_alone(site: Path, tmp_path: Path, capsys):
    out = tmp_path / "out"
    write(site, "content/good.md", GOOD)
    assert run(capsys, "build", "--site", str(site), "--output", str(out))[0] == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    write(site, "content/bad.md", "---\ntitle: Bad\n---\nNo date.\n")
    code, err = run(capsys, "build", "--site", str(site), "--output", str(out))
    assert code == 1 and "content/bad.md:1: the front matter has no `date`" in err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_keep_going_skips_bad_articles_and_builds_the_rest(site: Path, tmp_path: Path, capsys):
    write(site, "content/2025/06/02/good.md", GOOD)
    write(site, "content/2025/06/02/bad.md", "---\ntitle: Bad\ndate: 2025-06-02\nslug: ../../escape\n---\nText.\n")
    out = tmp_path / "out"
    code, err = run(capsys, "build", "--site", str(site), "--output", str(out), "--keep-going")
    assert code == 1
    assert "content/2025/06/02/bad.md:4: `slug` would put the page outside its day's folder" in err
    assert (out / "2025/06/02/good/index.html").is_file()
    assert not (tmp_path / "escape").exists() and not (out / "escape").exists()


def test_new_creates_a_draft_and_refuses_to_overwrite_it(site: Path, capsys):
    code, err = run(capsys, "new", "--site", str(site), "Talks resume")
    assert code == 0 and err.startswith("created ")
    [path] = (site / "content").rglob("talks-resume.md")
    assert "draft: true" in path.read_text()
    code, err = run(capsys, "new", "--site", str(site), "Talks resume")
    assert code == 1 and "already exists" in err and "hint:" in err


def test_import_reports_bad_records_with_file_and_line_and_imports_the_rest(site: Path, tmp_path: Path, capsys):
    records = tmp_path / "wire.jsonl"
    records.write_text(json.dumps({"date": "2025-06-02", "title": "Good", "text": "Fine."}) + "\n"
                       + json.dumps({"date": "yesterday", "title": "Bad", "text": "x"}) + "\n")
    code, err = run(capsys, "import", "--site", str(site), str(SEED), str(records))
    assert code == 1
    assert f"error: {records}:2: `date` cannot be read: 'yesterday'" in err
    assert "1 problem(s) skipped." in err
    assert len(list((site / "content/2025/06/02").glob("*.md"))) == 2
    code, err = run(capsys, "import", "--site", str(site), str(SEED))
    assert code == 0 and err.startswith("unchanged ")


def test_build_py_entry_point_exits_non_zero_with_the_messages(site: Path):
    write(site, "content/a.md", "---\ntitle: A\ndate: 2025-06-02\n---\n\n")
    done = subprocess.run([sys.executable, "build.py", "check", "--site", str(site)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert f"error: {site}/content/a.md:5: the article has no text after the front matter" in done.stderr
