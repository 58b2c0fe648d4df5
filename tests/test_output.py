"""briefs.output: the output folder is replaced whole, or not at all, and only if it is ours."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefs import output
from briefs.errors import BriefsError
from briefs.output import MARKER, check_output, write_site

SITE_FILES = {
    "index.html": b"<h1>Home</h1>",
    "2025/06/02/index.html": b"<h1>2 June</h1>",
    "2025/06/02/talks/index.html": b"<p>Talks</p>",
    "feed.xml": b"<rss/>",
    "sitemap.xml": b"<urlset/>",
}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\n")
    return site


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".briefs-"))


def test_writes_exactly_the_files_plus_the_marker(site):
    write_site(SITE_FILES, site / "public", site)
    written = tree(site / "public")
    assert written.pop(MARKER).startswith(b"This folder is built by briefs")
    assert written == SITE_FILES
    assert (site / "public").stat().st_mode & 0o777 == 0o755  # readable by a web server
    assert leftovers(site) == []


def test_creates_missing_parent_folders(site, tmp_path):
    write_site(SITE_FILES, tmp_path / "deploy" / "www", site)
    assert tree(tmp_path / "deploy" / "www")["index.html"] == b"<h1>Home</h1>"


def test_same_input_gives_byte_identical_output(site, tmp_path):
    write_site(SITE_FILES, tmp_path / "a", site)
    write_site(dict(reversed(SITE_FILES.items())), tmp_path / "b", site)
    write_site(SITE_FILES, tmp_path / "a", site)
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_a_rebuild_replaces_everything_so_deleted_articles_do_not_linger(site):
    write_site(SITE_FILES, site / "public", site)
    (site / "public" / "stray.txt").write_text("left by hand")
    smaller = {k: v for k, v in SITE_FILES.items() if "talks" not in k}
    write_site({**smaller, "index.html": b"<h1>New</h1>"}, site / "public", site)
    written = tree(site / "public")
    assert "2025/06/02/talks/index.html" not in written and "stray.txt" not in written
    assert not (site / "public" / "2025" / "06" / "02" / "talks").exists()
    assert written["index.html"] == b"<h1>New</h1>"
    assert leftovers(site) == []


def test_while_the_new_site_is_written_the_old_one_stays_whole(site, monkeypatch):
    write_site(SITE_FILES, site / "public", site)
    before = tree(site / "public")
    seen = []
    real_swap = output._swap_in

    def look_and_swap(staging, target):
        seen.append(tree(site / "public"))  # what a reader sees just before the swap
        real_swap(staging, target)

    monkeypatch.setattr(output, "_swap_in", look_and_swap)
    write_site({"index.html": b"new"}, site / "public", site)
    assert seen == [before]
    assert tree(site / "public") == {"index.html": b"new", MARKER: before[MARKER]}


def test_swap_without_renameat2_uses_two_renames(site, monkeypatch):
    monkeypatch.setattr(output, "_exchange", lambda a, b: False)
    write_site(SITE_FILES, site / "public", site)
    write_site({"index.html": b"v2", "sitemap.xml": b""}, site / "public", site)
    assert set(tree(site / "public")) == {"index.html", "sitemap.xml", MARKER}
    assert leftovers(site) == []


def test_failure_while_writing_leaves_the_old_output_as_it_was(site, monkeypatch):
    write_site(SITE_FILES, site / "public", site)
    before = tree(site / "public")
    real_write = Path.write_bytes
    calls = []

    def failing_write(self, data):
        calls.append(self)
        if len(calls) == 3:
            raise OSError(28, "No space left on device", str(self))
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing_write)
    with pytest.raises(BriefsError) as raised:  # new bytes: files are written, not linked
        write_site({**{k: v + b"!" for k, v in SITE_FILES.items()}, "new.html": b"x"}, site / "public", site)
    assert "No space left on device" in raised.value.message
    assert "previous output was left as it was" in raised.value.hint
    monkeypatch.undo()
    assert tree(site / "public") == before
    assert leftovers(site) == []


def test_failure_during_the_swap_puts_the_old_output_back(site, monkeypatch):
    write_site(SITE_FILES, site / "public", site)
    before = tree(site / "public")
    real_rename = os.rename
    monkeypatch.setattr(output, "_exchange", lambda a, b: False)

    def rename(src, dst):
        if Path(src).name.startswith(output.STAGING_PREFIX):
            raise OSError(13, "Permission denied", str(dst))
        return real_rename(src, dst)

    monkeypatch.setattr(output.os, "rename", rename)
    with pytest.raises(BriefsError):
        write_site({"index.html": b"new"}, site / "public", site)
    monkeypatch.undo()
    assert tree(site / "public") == before
    assert leftovers(site) == []


def test_interrupted_build_leaves_no_temporary_folder(site, monkeypatch):
    def interrupt(staging, files):
        staging.put("half.html", None, b"half")
        raise KeyboardInterrupt

    monkeypatch.setattr(output, "_write_files", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_site(SITE_FILES, site / "public", site)
    assert not (site / "public").exists() and leftovers(site) == []


@pytest.mark.parametrize("name", ["../escape.html", "/etc/passwd", "a\\b.html", "", ".briefs"])
def test_paths_outside_the_output_are_refused(site, name):
    write_site(SITE_FILES, site / "public", site)
    before = tree(site / "public")
    with pytest.raises(BriefsError, match="not a path inside the output folder"):
        write_site({**SITE_FILES, name: b"x"}, site / "public", site)
    assert tree(site / "public") == before
    assert not (site / "escape.html").exists() and leftovers(site) == []


@pytest.mark.parametrize("where, said", [
    (".", "is the site folder"),
    ("content", "is the content folder"),
    ("..", "contains"),
    ("content/out", "inside the content folder"),
])
def test_refuses_folders_that_hold_the_authors_work(site, where, said):
    before = tree(site.parent)
    with pytest.raises(BriefsError) as raised:
        write_site(SITE_FILES, site / where, site)
    assert said in raised.value.message and raised.value.hint
    assert tree(site.parent) == before


def test_refuses_root_and_home(site, tmp_path, monkeypatch):
    with pytest.raises(BriefsError, match="root folder"):
        check_output(Path("/"), site)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    with pytest.raises(BriefsError, match="your home folder"):
        check_output(home, site)
    with pytest.raises(BriefsError, match="contains"):
        check_output(tmp_path, site)  # holds the home folder (and the site)


def test_symlinks_are_resolved_before_checking(site, tmp_path):
    (tmp_path / "link").symlink_to(site)
    with pytest.raises(BriefsError, match="is the site folder"):
        check_output(tmp_path / "link", site)


def test_refuses_a_folder_of_someone_elses_files(site, tmp_path):
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "thesis.odt").write_bytes(b"years of work")
    with pytest.raises(BriefsError, match="did not write") as raised:
        write_site(SITE_FILES, documents, site)
    assert "--output" in raised.value.hint
    assert tree(documents) == {"thesis.odt": b"years of work"}


def test_refuses_a_file(site, tmp_path):
    (tmp_path / "out").write_text("x")
    with pytest.raises(BriefsError, match="is a file"):
        check_output(tmp_path / "out", site)


def test_accepts_an_empty_folder_our_output_and_another_generators_site(site, tmp_path):
    (tmp_path / "empty").mkdir()
    other = tmp_path / "hugo-public"
    other.mkdir()
    (other / "index.html").write_text("<h1>old</h1>")
    (other / "sitemap.xml").write_text("<urlset/>")
    for folder in (tmp_path / "empty", other):
        write_site(SITE_FILES, folder, site)
        write_site(SITE_FILES, folder, site)  # now marked as ours
        assert tree(folder)[MARKER]


def test_output_through_a_symlink_replaces_the_real_folder(site, tmp_path):
    real = tmp_path / "real"
    write_site(SITE_FILES, real, site)
    (tmp_path / "www").symlink_to(real)
    write_site({"index.html": b"v2"}, tmp_path / "www", site)
    assert (tmp_path / "www").is_symlink()
    assert set(tree(real)) == {"index.html", MARKER}


def test_an_unwritable_parent_folder_is_reported_not_raised_as_a_traceback(site, monkeypatch):
    def refuse(**kwargs):
        raise PermissionError(13, "Permission denied", kwargs["dir"])

    monkeypatch.setattr(output.tempfile, "mkdtemp", refuse)
    with pytest.raises(BriefsError, match="Permission denied") as raised:
        write_site(SITE_FILES, site / "public", site)
    assert raised.value.path == str(site.resolve())


def test_a_build_that_starts_from_the_spare_folder_publishes_exactly_its_files(site, tmp_path, monkeypatch):
    spare = tmp_path / "cache" / "spare"
    write_site(SITE_FILES, site / "public", site, spare)
    write_site({**SITE_FILES, "index.html": b"v2"}, site / "public", site, spare)
    assert tree(spare)["index.html"] == b"<h1>Home</h1>" and leftovers(site) == []  # the replaced output
    before = tree(site / "public")
    seen = []
    real_swap = output._swap_in

    def look_and_swap(staging, target):
        seen.append(tree(site / "public"))  # the spare's files are links to these: never written through
        real_swap(staging, target)

    monkeypatch.setattr(output, "_swap_in", look_and_swap)
    changed = {"index.html": b"v3", "2025/06/02": b"a file where a folder was",
               "feed.xml/index.html": b"a folder where a file was", "new.html": b"new"}
    write_site(changed, site / "public", site, spare)
    assert seen == [before]
    assert tree(site / "public") == {**changed, MARKER: before[MARKER]}
    write_site(SITE_FILES, site / "public", site, spare)
    assert tree(site / "public") == {**SITE_FILES, MARKER: before[MARKER]}
    assert leftovers(site) == []


def test_a_spare_folder_left_in_any_state_is_not_trusted(site, tmp_path):
    spare = tmp_path / "spare"
    write_site(SITE_FILES, site / "public", site, spare)
    write_site(SITE_FILES, site / "public", site, spare)  # nothing changed: the spare is the output
    (spare / "stray.html").write_bytes(b"left by a build killed midway")
    (spare / "feed.xml").unlink()  # a build writes a new file, never through a link
    (spare / "feed.xml").write_bytes(b"half written")
    (spare / "2025" / "06" / "02" / "talks" / "index.html").unlink()
    write_site({**SITE_FILES, "index.html": b"v2"}, site / "public", site, spare)
    assert tree(site / "public") == {**SITE_FILES, "index.html": b"v2", MARKER: output.MARKER_TEXT}
