"""`briefs import`: raw seed text and JSON Lines -> content files that build; idempotent; safe."""

from __future__ import annotations

import json
from pathlib import Path

from briefs.config import load_config
from briefs.content.importer import import_files, markdown_body
from briefs.content.loader import parse_article
from briefs.content.markdown import render
from briefs.content.slug import slugify
from briefs.summarize import summarize
from tests.content.helpers import SEED



def jsonl(tmp_path: Path, *records: object) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return path


def load(site: Path, path: Path):
    return parse_article(path.relative_to(site).as_posix(), path.read_bytes(), load_config(site))


def test_the_seed_imports_under_its_date_with_a_derived_headline(site: Path):
    result = import_files([SEED], site, force=False)
    assert result.errors == [] and result.unchanged == []
    [path] = result.written
    raw = SEED.read_text()
    body_text = raw.split("2025-06-02", 1)[1]
    headline = summarize(body_text.strip()).headline
    assert path == site / "content/2025/06/02" / f"{slugify(headline)}.md"
    article = load(site, path)
    assert article.title == headline
    assert article.date.isoformat() == "2025-06-02T00:00:00+01:00"
    assert article.text.startswith("Delegations from Russia and Ukraine met at Ciragan Palace")
    assert "date 2025-06-02" not in article.body
    assert article.headline_generated is True
    # every word of the seed survives, paragraph by paragraph: the photo caption glued to the first
    # paragraph moved to the front matter, the subhead line became a heading
    [caption] = article.captions
    assert caption.startswith("Ukrainian defence minister Rustem Umerov walks after a meeting")
    assert caption.endswith("in Istanbul, Turkey.(REUTERS)")
    assert article.text.split() == body_text.replace(caption, "").split()
    assert article.text.count("\n\n") == raw.count("\n\n")


def test_reimporting_the_same_article_is_a_no_op(site: Path):
    [path] = import_files([SEED], site, force=False).written
    before = path.stat().st_mtime_ns
    again = import_files([SEED], site, force=False)
    assert (again.written, again.unchanged, again.errors) == ([], [path], [])
    assert path.stat().st_mtime_ns == before


def test_an_existing_different_file_is_kept_unless_forced(site: Path):
    [path] = import_files([SEED], site, force=False).written
    original = path.read_bytes()
    path.write_text(path.read_text().replace("Delegations", "Envoys"))
    result = import_files([SEED], site, force=False)
    assert result.written == [] and len(result.errors) == 1
    err = result.errors[0]
    assert (err.path, err.line) == (str(SEED), 1)
    assert "already exists with different content" in err.message and "--force" in err.hint
    assert b"Envoys" in path.read_bytes()
    assert import_files([SEED], site, force=True).written == [path]
    assert path.read_bytes() == original


def test_date_marker_on_its_own_line_with_a_colon(site: Path, tmp_path: Path):
    raw = tmp_path / "story.txt"
    raw.write_text("date: 2025-06-05\nFirst line is a paragraph.\nSo is the second.\n")
    [path] = import_files([raw], site, force=False).written
    assert path.parent == site / "content/2025/06/05"
    assert load(site, path).text == "First line is a paragraph.\n\nSo is the second."


def test_raw_file_without_a_date_is_reported(site: Path, tmp_path: Path):
    raw = tmp_path / "story.txt"
    raw.write_text("Talks resumed today.\n")
    result = import_files([raw], site, force=False)
    assert result.written == []
    assert [(e.path, e.line, e.message) for e in result.errors] == [(str(raw), 1, "no date at the start of the file")]


def test_jsonl_records_import_with_title_source_and_url(site: Path, tmp_path: Path):
    source = jsonl(tmp_path, {"date": "2025-06-03T22:30:00-04:00", "title": "Talks resume", "text": "One.\n\nTwo.",
                              "source": "Reuters", "url": "https://example.org/talks"})
    [path] = import_files([source], site, force=False).written
    assert path == site / "content/2025/06/04/talks-resume.md"  # 03:30 on 4 June in London
    article = load(site, path)
    assert (article.title, article.source, article.source_url) == ("Talks resume", "Reuters", "https://example.org/talks")
    assert article.text == "One.\n\nTwo."


def test_bad_jsonl_records_are_reported_with_file_and_line_and_the_rest_imported(site: Path, tmp_path: Path):
    source = jsonl(
        tmp_path,
        {"date": "2025-06-02", "title": "Good one", "text": "Fine."},
        "",
        "{not json",
        {"date": "2025-02-30", "title": "Bad date", "text": "x"},
        ["a", "list"],
        {"date": "2025-06-02", "title": "No text"},
        {"date": "2025-06-02", "title": "Bad url", "text": "x", "url": "ftp://x"},
        {"date": "2025-06-02", "title": "?!", "text": "No slug possible."},
        {"date": "2025-06-03", "title": "Good two", "text": "Fine too."},
    )
    result = import_files([source], site, force=False)
    assert [p.name for p in result.written] == ["good-one.md", "good-two.md"]
    assert [(e.path, e.line) for e in result.errors] == [(str(source), n) for n in (3, 4, 5, 6, 7, 8)]
    assert result.errors[0].column == 2 and "not valid JSON" in result.errors[0].message
    assert "`date` is not a real date" in result.errors[1].message
    assert "`url` must be an absolute http(s) URL" in result.errors[4].message
    assert "would not build" in result.errors[5].message


def test_unreadable_input_file_is_reported_and_others_still_import(site: Path, tmp_path: Path):
    source = jsonl(tmp_path, {"date": "2025-06-02", "title": "Good", "text": "Fine."})
    result = import_files([tmp_path / "missing.txt", source], site, force=False)
    assert len(result.written) == 1
    assert result.errors[0].path == str(tmp_path / "missing.txt")


def test_writes_leave_no_temporary_files(site: Path):
    import_files([SEED], site, force=False)
    assert [p.name for p in (site / "content/2025/06/02").iterdir() if p.name.startswith(".")] == []


def test_raw_text_that_looks_like_markdown_stays_text():
    text = ("# 1 in 5 voters undecided\n- 3 said no\n> 40 abstained\n1. Survey done\n"
            "Polls <script>alert(1)</script> closed\n    indented line\n====")
    for allow_html in (False, True):
        rendered = render(markdown_body(text)[0], allow_html=allow_html)
        assert rendered.html.count("<p>") == 7
        assert not any(tag in rendered.html for tag in ("<h", "<ul", "<ol", "<blockquote", "<pre", "<script"))
        assert "# 1 in 5 voters undecided" in rendered.html and "1. Survey done" in rendered.html


def test_two_different_records_for_the_same_file_keep_the_first(site: Path, tmp_path: Path):
    source = jsonl(tmp_path, {"date": "2025-06-02", "title": "Talks", "text": "First version."},
                   {"date": "2025-06-02", "title": "Talks", "text": "Second version."})
    result = import_files([source], site, force=False)
    assert [p.name for p in result.written] == ["talks.md"]
    assert [(e.line, e.message) for e in result.errors] == [
        (2, "content/2025/06/02/talks.md already exists with different content")]
    assert "First version." in (site / "content/2025/06/02/talks.md").read_text()


def test_a_word_starting_with_date_is_not_a_date_marker(site: Path, tmp_path: Path):
    raw = tmp_path / "story.txt"
    raw.write_text("dateline: KYIV\nTalks resumed.\n")
    [err] = import_files([raw], site, force=False).errors
    assert err.message == "no date at the start of the file"


def test_the_seed_gives_a_caption_and_a_subheading_not_body_text(site: Path):
    [path] = import_files([SEED], site, force=False).written
    article = load(site, path)
    assert "(REUTERS)" not in article.html and "Umerov walks" not in article.html
    assert "<h2>Ukraine's Sunday drone attack</h2>" in article.html
    assert "\n# Ukraine's Sunday drone attack\n" in article.body
    assert "captions:\n- Ukrainian defence minister" in path.read_text()


def test_a_caption_and_subhead_in_an_article_of_my_own(site: Path, tmp_path: Path):
    raw = tmp_path / "story.txt"
    raw.write_text("date 2025-06-02\nThe mayor opened the bridge on Monday before a crowd of 300. "
                   "The mayor cuts the ribbon on the new bridge in Millford.(AP Photo/Jo Bloggs)\n\n"
                   "What happens next\n\nThe bridge carries traffic from Tuesday, the council said.\n")
    [path] = import_files([raw], site, force=False).written
    article = load(site, path)
    assert article.captions == (
        "The mayor cuts the ribbon on the new bridge in Millford.(AP Photo/Jo Bloggs)",)
    assert article.body.strip().split("\n\n") == [
        "The mayor opened the bridge on Monday before a crowd of 300.", "# What happens next",
        "The bridge carries traffic from Tuesday, the council said."]


def test_raw_text_gives_its_source_and_url_after_the_date(site: Path, tmp_path: Path):
    raw = tmp_path / "story.txt"
    raw.write_text("date 2025-06-02\nsource: Reuters\nURL: https://example.com/talks\n"
                   "Talks resumed in Istanbul on Monday, officials said.\n")
    [path] = import_files([raw], site, force=False).written
    article = load(site, path)
    assert (article.source, article.source_url) == ("Reuters", "https://example.com/talks")
    assert article.text == "Talks resumed in Istanbul on Monday, officials said."


def test_a_bad_source_url_line_is_reported_on_its_line(site: Path, tmp_path: Path):
    raw = tmp_path / "story.txt"
    raw.write_text("date 2025-06-02\nsource: Reuters\nurl: www.example.com\nTalks resumed.\n")
    [err] = import_files([raw], site, force=False).errors
    assert (err.path, err.line) == (str(raw), 3)
    assert err.message.startswith("`url` must be an absolute http(s) URL")


def test_json_lines_keep_their_source_and_a_given_title_is_not_marked_generated(site: Path, tmp_path: Path):
    source = jsonl(tmp_path, {"date": "2025-06-02", "title": "Talks resume", "text": "Talks resumed.",
                              "source": "AP", "url": "https://example.com/ap"},
                   {"date": "2025-06-02", "text": "Markets rallied on Monday as oil prices fell."})
    given, generated = (load(site, p) for p in import_files([source], site, force=False).written)
    assert (given.source, given.source_url, given.headline_generated) == ("AP", "https://example.com/ap", False)
    assert generated.headline_generated is True
