"""`briefs build` with its cache: warm, unchanged and cold builds give the same bytes, and a build
that changes nothing rewrites nothing.

Each step edits the site the way an author does (an edit, a deletion, a rename, a setting, a
template, a static file), then builds it three ways: warm (cache and old output), again with
nothing changed, and cold (no cache, a fresh output folder). The three must be byte-identical.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefs.cache import FORMAT
from briefs.cli import main
from tests.factories import site_folder, tree
from briefs.output import MARKER
from briefs.render.outputs import Artifact

BODY = ("The council met on Monday in Leeds. It approved {n} new stops at a cost of £{n}m. "
        "\"We waited long enough,\" said Ana Ruiz, who chairs the committee.\n\n"
        "Critics said the plan was rushed. A vote is expected next month.")


def write_article(site: Path, n: int, title: str | None = None, folder: str | None = None) -> Path:
    path = site / "content" / (folder or f"2025/03/{n % 9 + 1:02d}") / f"story-{n}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {title or f'Tram stop {n} opens'}\ndate: 2025-03-{n % 9 + 1:02d}T{n % 20:02d}:00:00Z\n"
                    f"tags: [transport, {'leeds' if n % 2 else 'budget'}]\n---\n{BODY.format(n=n)}\n")
    return path


def in_april(site: Path, n: int) -> None:
    """An article dated in April, a month of its own (so a bundle of the search index of its own)."""
    path = write_article(site, n, folder="2025/04/02")
    path.write_text(path.read_text().replace("date: 2025-03-", "date: 2025-04-"))


def stats(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    return site_folder(tmp_path, "Incremental", write_article, 12)


def build(site: Path, output: Path, *flags: str) -> None:
    assert main(["build", "--site", str(site), "--output", str(output), *flags]) == 0


def rename(site: Path) -> None:
    old = site / "content/2025/03/04/story-3.md"
    old.rename(old.with_name("renamed.md"))


EDITS = {
    "an article added in another month": lambda site: in_april(site, 30),
    "an article edited": lambda site: write_article(site, 5, "Tram stop 5 opens a week late"),
    "an article deleted": lambda site: (site / "content/2025/03/08/story-7.md").unlink(),
    "an article renamed": rename,
    "an article added": lambda site: write_article(site, 40),
    "a setting articles read": lambda site: (site / "site.yaml").write_text(
        "title: Incremental\nbase_url: https://example.org/\nsummary: {sentences: 1}\n"),
    "a setting only pages read": lambda site: (site / "site.yaml").write_text(
        "title: Renamed\nbase_url: https://example.org/\nsummary: {sentences: 1}\n"),
    "a template added": lambda site: (site / "templates").mkdir() or (site / "templates" / "tags.html").write_text(
        "{% for tag in page %}{{ tag.name }}: {% for s in tag.stories %}{{ s.brief.headline }}; {% endfor %}\n{% endfor %}"),
    "a template edited": lambda site: (site / "templates" / "tags.html").write_text("{{ page|length }} tags\n"),
    "a static file added": lambda site: (site / "static").mkdir() or (site / "static" / "logo.svg").write_text("<svg/>"),
}


def test_warm_unchanged_and_cold_builds_are_byte_identical_after_every_edit(site, tmp_path, capsys):
    warm = tmp_path / "warm"
    build(site, warm)
    for what, edit in EDITS.items():
        edit(site)
        build(site, warm)
        before = stats(warm)
        build(site, warm)
        assert stats(warm) == before, f"after {what}: a build that changed nothing rewrote files"
        cold = tmp_path / "cold"
        build(site, cold, "--no-cache")
        assert tree(warm) == tree(cold), f"after {what}: the warm build differs from a cold one"
    assert "0 files written" in capsys.readouterr().err


def test_a_one_article_edit_rewrites_only_the_files_that_show_it(site, tmp_path, capsys):
    in_april(site, 30)  # a month of its own: a bundle of the search index of its own
    out = tmp_path / "out"
    build(site, out)
    before = stats(out)
    write_article(site, 5, "Tram stop 5 opens a week late")
    build(site, out)
    after = stats(out)
    rewritten = {path for path in after if before.get(path) != after[path]}
    assert "2025/03/06/story-5/index.html" in rewritten and "2025/03/02/index.html" not in rewritten
    assert len(rewritten) < len(after) / 2
    assert "1 articles processed, 12 reused" in capsys.readouterr().err
    april = {path for path in after if path.startswith("pagefind/2025-04/")}
    assert april and not april & rewritten, "April's bundle of the search index is kept as it was"
    assert any(path.startswith("pagefind/2025-03/") for path in rewritten), "March's is made again"


def test_a_build_without_search_leaves_it_out_and_the_next_with_it_is_as_a_cold_one(site, tmp_path):
    out = tmp_path / "out"
    build(site, out)
    write_article(site, 5, "Tram stop 5 opens a week late")
    build(site, out, "--no-search")
    assert not (out / "pagefind").exists() and (out / "search" / "index.html").is_file()
    build(site, tmp_path / "cold-no-search", "--no-cache", "--no-search")
    assert tree(out) == tree(tmp_path / "cold-no-search")
    build(site, out)
    build(site, tmp_path / "cold", "--no-cache")
    assert tree(out) == tree(tmp_path / "cold")


def test_the_site_folder_named_another_way_is_the_same_site(site, tmp_path, monkeypatch):
    build(site, tmp_path / "out")
    write_article(site, 5, "Tram stop 5 opens a week late")
    build(site, tmp_path / "out")
    rendered = []
    real_render = Artifact.render
    monkeypatch.setattr(Artifact, "render", lambda self: rendered.append(self.path) or real_render(self))
    monkeypatch.chdir(site.parent)
    build(Path(site.name), tmp_path / "out")  # `--site NAME` where the builds before had its full path
    assert rendered == []


def test_several_processes_give_the_same_site_as_one(site, tmp_path):
    for n in range(12, 80):  # enough to be shared out between processes
        write_article(site, n)
    build(site, tmp_path / "one", "--no-cache", "-j", "1")
    build(site, tmp_path / "two", "--no-cache", "-j", "2")
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_a_template_error_met_by_several_processes_is_reported_once_with_its_line(site, tmp_path, capsys):
    for n in range(12, 80):  # enough pages to share out between processes
        write_article(site, n)
    (site / "templates").mkdir()
    (site / "templates" / "article.html").write_text("<h1>{{ page.brief.headline }}</h1>\n{{ page.no_such_field }}\n")
    assert main(["build", "--site", str(site), "--output", str(tmp_path / "out"), "-j", "2"]) == 1
    err = capsys.readouterr().err
    assert err.count("templates/article.html:2:") == 1 and "no_such_field" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("damage", [
    lambda db: db.write_bytes(b"this is not a database" * 100),
    lambda db: db.unlink() or sqlite3.connect(db).executescript("CREATE TABLE articles (key, value, used);"),
    lambda db: db.write_bytes(db.read_bytes()[:4096] + b"\0" * (db.stat().st_size - 4096)),
], ids=["garbage", "foreign", "zeroed"])
def test_a_corrupt_or_foreign_cache_is_ignored_with_a_warning(site, tmp_path, capsys, damage):
    build(site, tmp_path / "first")
    db = site / ".briefs-cache" / "cache.sqlite"
    sqlite3.connect(db).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(db)
    capsys.readouterr()
    build(site, tmp_path / "second")
    assert "warning:" in capsys.readouterr().err
    build(site, tmp_path / "cold", "--no-cache")
    assert tree(tmp_path / "second") == tree(tmp_path / "cold")


def test_the_cache_of_another_briefs_version_is_replaced_without_a_warning(site, tmp_path, capsys):
    build(site, tmp_path / "first")
    db = site / ".briefs-cache" / "cache.sqlite"
    with sqlite3.connect(db) as connection:  # what an upgrade of briefs that changed the format meets
        connection.execute(f"PRAGMA user_version={FORMAT + 1}")
    capsys.readouterr()
    build(site, tmp_path / "second")
    assert ".briefs-cache" not in capsys.readouterr().err  # no warning about it
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == FORMAT
    build(site, tmp_path / "cold", "--no-cache")
    assert tree(tmp_path / "second") == tree(tmp_path / "cold")


def test_clean_removes_the_cache_and_the_output_and_nothing_else(site, tmp_path):
    build(site, site / "public")
    assert (site / ".briefs-cache").is_dir() and (site / "public" / MARKER).is_file()
    assert main(["clean", "--site", str(site)]) == 0
    assert sorted(p.name for p in site.iterdir()) == ["content", "site.yaml"]


def test_clean_refuses_a_folder_briefs_did_not_write(site, tmp_path, capsys):
    (site / "public").mkdir()
    (site / "public" / "thesis.odt").write_text("years of work")
    assert main(["clean", "--site", str(site)]) == 1
    assert (site / "public" / "thesis.odt").exists()
    assert "did not write" in capsys.readouterr().err


def test_a_build_with_nothing_changed_still_repairs_an_output_changed_by_hand(site, tmp_path):
    out = tmp_path / "out"
    build(site, out)
    expected = tree(out)
    (out / "index.html").unlink()
    (out / "tags" / "index.html").write_text("edited by hand")
    build(site, out)
    assert tree(out) == expected


def test_a_story_that_was_in_the_future_appears_once_its_time_comes(site, tmp_path, monkeypatch):
    path = write_article(site, 50)
    path.write_text(path.read_text().replace("2025-03-06", "2027-06-01"))  # after SOURCE_DATE_EPOCH
    out = tmp_path / "out"
    build(site, out)
    assert not (out / "2027" / "06").exists()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(1800000000 + 86400 * 400))  # now after it
    build(site, out)
    assert (out / "2027" / "06" / "01" / "index.html").is_file()
