"""The command line helps: --version, "did you mean" for commands and options, warnings and --strict,
the generated-headline list, and Ctrl-C saying what it left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefs import __version__
from briefs.cli import main
from briefs.output import Staging

REPO = Path(__file__).resolve().parents[1]
STORY = "---\ntitle: Talks resume\ndate: 2025-06-02\n---\nThe talks began in Istanbul on Monday.\n"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "site.yaml").write_text("title: Test Brief\nbase_url: https://example.org/\n")
    (tmp_path / "content/2025/06/02").mkdir(parents=True)
    (tmp_path / "content/2025/06/02/talks-resume.md").write_text(STORY)
    return tmp_path


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version(capsys):
    assert run(capsys, "--version") == (0, f"briefs {__version__}\n", "")


def test_a_mistyped_command_gets_a_did_you_mean(capsys):
    code, _, err = run(capsys, "biuld")
    assert code == 2
    assert err == ("error: unknown command `biuld`\n"
                   "  hint: did you mean `build`? commands: build, check, new, import, serve, clean\n")


@pytest.mark.parametrize("argv, wrong, right", [
    (["--ouput", "out"], "--ouput", "--output"),  # build is the default command
    (["build", "--ouput=out"], "--ouput", "--output"),
    (["check", "--list-genrated"], "--list-genrated", "--list-generated"),
    (["serve", "--prot", "8001"], "--prot", "--port"),
    (["--verison"], "--verison", "--version"),
])
def test_a_mistyped_option_gets_a_did_you_mean_not_the_whole_usage(capsys, argv, wrong, right):
    code, _, err = run(capsys, *argv)
    assert code == 2
    command = argv[0] if not argv[0].startswith("-") else "build"
    assert err.startswith(f"error: unknown option `{wrong}` for `briefs {command}`\n"
                          f"  hint: did you mean `{right}`? options: ")
    assert "usage:" not in err and len(err.splitlines()) == 2


def test_other_usage_mistakes_are_one_error_with_a_hint(capsys):
    assert run(capsys, "new")[2] == ("error: the following arguments are required: title\n"
                                     "  hint: see `briefs new --help`\n")
    assert run(capsys, "build", "stray")[2] == ("error: unexpected argument `stray` for `briefs build`\n"
                                                "  hint: see `briefs build --help`\n")


def test_missing_base_url_is_a_warning_and_with_strict_an_error(site: Path, tmp_path: Path, capsys):
    (site / "site.yaml").write_text("title: Test Brief\n")
    warning = ("site.yaml: no `base_url`: canonical links, feeds, the sitemap and robots.txt point at "
               "http://localhost:8000/\n  hint: add the address the site will be served from, "
               "e.g. `base_url: https://news.example.com/`\n")
    code, _, err = run(capsys, "build", "--site", str(site), "--output", str(tmp_path / "out"))
    assert code == 0 and err.startswith(f"warning: {site}/{warning}built ")
    assert (tmp_path / "out/index.html").is_file()

    code, _, err = run(capsys, "build", "--site", str(site), "--output", str(tmp_path / "strict"), "--strict")
    assert code == 1 and err == f"error: {site}/{warning}1 problem(s) found.\n"
    assert not (tmp_path / "strict").exists()
    assert run(capsys, "check", "--site", str(site), "--strict")[0] == 1


def test_a_site_with_base_url_builds_without_warnings_even_with_strict(site: Path, tmp_path: Path, capsys):
    code, _, err = run(capsys, "build", "--site", str(site), "--output", str(tmp_path / "out"), "--strict")
    assert code == 0 and err.startswith(f"built {tmp_path / 'out'}: ") and "warning" not in err


def test_a_url_that_moved_with_the_new_slug_rule_is_a_warning_saying_how_to_keep_it(site: Path, capsys):
    # A site from before 0.2: the file name is not the title's slug, so the URL would move.
    (site / "content/2025/06/02/talks-resume.md").rename(site / "content/2025/06/02/talks.md")
    code, _, err = run(capsys, "check", "--site", str(site))
    assert code == 0
    assert (f"warning: {site}/site.yaml: 1 article(s) now publish at a URL made from the file name, not the "
            "title (briefs 0.1 made it from the title):\n"
            "    content/2025/06/02/talks.md: /2025/06/02/talks/ (was /2025/06/02/talks-resume/)\n"
            "  hint: to keep the URLs the titles gave, add `slugs: title` to site.yaml;") in err
    assert run(capsys, "check", "--site", str(site), "--strict")[0] == 1  # --strict fails on any warning
    for rule in ("title", "file"):  # either setting says the site chose: no warning
        (site / "site.yaml").write_text(f"title: T\nbase_url: https://example.org/\nslugs: {rule}\n")
        code, _, err = run(capsys, "check", "--site", str(site), "--strict")
        assert code == 0 and err.startswith("ok: ") and "warning" not in err


def test_check_lists_the_generated_headlines_to_review(site: Path, capsys):
    (site / "content/2025/06/02/imported.md").write_text(
        STORY.replace("Talks resume", "Talks resumed in Istanbul").replace("---\nThe", "headline_generated: true\n---\nThe"))
    code, out, err = run(capsys, "check", "--site", str(site), "--list-generated")
    assert code == 0
    assert out == f"{site}/content/2025/06/02/imported.md: Talks resumed in Istanbul\n"
    assert err.endswith("1 generated headline(s) to review; remove `headline_generated: true` from an "
                        "article once its title is checked\n")


def test_ctrl_c_in_the_middle_of_writing_leaves_the_output_as_it_was(site: Path, tmp_path: Path, capsys,
                                                                     monkeypatch):
    out = tmp_path / "out"
    assert run(capsys, "build", "--site", str(site), "--output", str(out), "--no-cache")[0] == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (site / "content/2025/06/02/talks-resume.md").write_text(STORY.replace("Monday", "Tuesday"))
    put = Staging.put
    calls = []

    def interrupted(staging: Staging, path: str, key: str | None, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 3:  # Ctrl-C with the new output half written
            raise KeyboardInterrupt
        put(staging, path, key, data)

    monkeypatch.setattr(Staging, "put", interrupted)
    assert run(capsys, "build", "--site", str(site), "--output", str(out), "--no-cache") == (
        130, "", f"interrupted; {out}/ left as it was\n")
    monkeypatch.undo()
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".briefs-")]  # no half-written copy


def test_ctrl_c_from_the_terminal_prints_one_line_and_exits_130(site: Path):
    """A real SIGINT while the build waits on a file (a FIFO: reading it blocks until a writer comes)."""
    os.mkfifo(site / "content/2025/06/02/slow.md")
    build = subprocess.Popen(
        [sys.executable, "build.py", "--site", str(site)], cwd=REPO, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as a terminal would have it
    try:
        for _ in range(400):
            if Path(f"/proc/{build.pid}/wchan").read_text() in ("wait_for_partner", "fifo_open"):
                break
            time.sleep(0.05)
        build.send_signal(signal.SIGINT)
        assert build.wait(timeout=30) == 130
    finally:
        build.kill()
    assert (build.stdout.read(), build.stderr.read()) == ("", f"interrupted; {site}/public/ left as it was\n")
    assert not (site / "public").exists()


def test_two_stories_with_the_same_headline_on_one_day_are_two_urls(site: Path, tmp_path: Path, capsys):
    (site / "content/2025/06/02/talks-resume-again.md").write_text(STORY)
    code, _, err = run(capsys, "build", "--site", str(site), "--output", str(tmp_path / "out"))
    assert code == 0, err
    assert (tmp_path / "out/2025/06/02/talks-resume/index.html").is_file()
    assert (tmp_path / "out/2025/06/02/talks-resume-again/index.html").is_file()
