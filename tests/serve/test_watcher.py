"""Real file events (inotify via watchdog) through the watcher into the coalescer: one batch per save."""

import os
import shutil
from pathlib import Path

import pytest

from briefs.serve.watcher import Coalescer, Watcher, is_ignored

QUIET = 0.5  # how long "nothing happened" is awaited


@pytest.fixture
def site(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text("first")
    return tmp_path


@pytest.fixture
def changes(site):
    """Batches of changed paths (relative to the site), one per coalesced burst."""
    coalescer = Coalescer()
    watcher = Watcher(site, coalescer.add)
    watcher.start()

    def next_batch() -> set[str]:
        batch = coalescer.wait(timeout=2)
        watcher.sync(batch)
        return {Path(path).relative_to(site.resolve()).as_posix() for path in batch}

    def nothing_more() -> bool:
        return coalescer.wait(timeout=QUIET) == set()

    next_batch.nothing_more = nothing_more
    yield next_batch
    watcher.stop()


@pytest.mark.parametrize("name", [
    ".a.md.swp", ".a.md.swx", "a.md.swp", "a.md~", ".#a.md", "#a.md#", "4913", "5036", ".DS_Store",
    "a.md___jb_tmp___", "a.md___jb_old___", ".git/index", "2025/.hidden/a.md",
])
def test_editor_side_files_are_ignored(name):
    assert is_ignored(name)


@pytest.mark.parametrize("name", ["a.md", "2025/06/02/talks.md", "style.css", "day.html", "2025.md"])
def test_source_files_are_not_ignored(name):
    assert not is_ignored(name)


def test_in_place_write_is_one_change(site, changes):
    with open(site / "content" / "a.md", "w") as f:
        f.write("second")
    assert changes() == {"content/a.md"}
    assert changes.nothing_more()


def test_write_to_temp_then_rename_is_seen_as_the_file(site, changes):
    tmp = site / "content" / ".a.md.tmp-1234"
    tmp.write_text("second")
    os.replace(tmp, site / "content" / "a.md")
    assert changes() == {"content/a.md"}


def test_vim_style_save_with_swap_probe_and_backup(site, changes):
    content = site / "content"
    (content / ".a.md.swp").write_text("swap")
    (content / "4913").write_text("")
    (content / "4913").unlink()
    os.rename(content / "a.md", content / "a.md~")
    (content / "a.md").write_text("second")
    (content / "a.md~").unlink()
    assert changes() == {"content/a.md"}


def test_jetbrains_safe_write(site, changes):
    content = site / "content"
    (content / "a.md___jb_tmp___").write_text("second")
    os.rename(content / "a.md", content / "a.md___jb_old___")
    os.rename(content / "a.md___jb_tmp___", content / "a.md")
    (content / "a.md___jb_old___").unlink()
    assert changes() == {"content/a.md"}
    assert changes.nothing_more()


def test_swap_and_lock_files_alone_trigger_nothing(site, changes):
    content = site / "content"
    (content / ".a.md.swp").write_text("swap")
    (content / ".a.md.swp").write_text("swap again")
    os.symlink("user@host.123", content / ".#a.md")
    (content / "a.md~").write_text("backup")
    (site / "public").mkdir()
    (site / "public" / "index.html").write_text("output is not a source")
    assert changes.nothing_more()


@pytest.mark.filterwarnings("ignore:Callback with id")  # watchdog's own race on `mkdir -p`; harmless
def test_burst_of_200_files_is_one_batch(site, changes):
    day = site / "content" / "2025" / "06" / "02"
    day.mkdir(parents=True)
    for i in range(200):
        (day / f"story-{i}.md").write_text(f"story {i}")
    batch = changes()
    assert {f"content/2025/06/02/story-{i}.md" for i in range(200)} <= batch
    assert changes.nothing_more()


def test_new_deleted_and_renamed_articles(site, changes):
    (site / "content" / "b.md").write_text("new")
    assert changes() == {"content/b.md"}
    os.rename(site / "content" / "b.md", site / "content" / "c.md")
    assert changes() == {"content/b.md", "content/c.md"}
    (site / "content" / "c.md").unlink()
    assert changes() == {"content/c.md"}


def test_site_yaml_and_new_templates_folder(site, changes):
    (site / "site.yaml").write_text("title: T\n")
    assert changes() == {"site.yaml"}
    (site / "templates").mkdir()
    assert changes() == {"templates"}
    (site / "templates" / "day.html").write_text("{{ page }}")
    assert changes() == {"templates/day.html"}


def test_replaced_content_folder_is_watched_again(site, changes):
    shutil.rmtree(site / "content")
    (site / "content").mkdir()
    assert "content" in changes()
    (site / "content" / "n.md").write_text("new")
    assert changes() == {"content/n.md"}
