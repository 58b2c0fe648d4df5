"""The front matter block: present, terminated, valid YAML, a mapping; errors point into the file."""

from __future__ import annotations

from tests.content.helpers import one_problem, parse, problems


def test_file_without_front_matter_is_rejected_with_how_to_start_it():
    err = one_problem("Just a story with no header.\n")
    assert (err.path, err.line) == ("content/2025/06/02/story.md", 1)
    assert "does not start with front matter" in err.message
    assert "---" in err.hint


def test_front_matter_that_never_ends_is_reported_at_its_start():
    err = one_problem("---\ntitle: Talks\ndate: 2025-06-02\n\nThe talks began.\n")
    assert err.line == 1
    assert "never ends" in err.message
    assert "---" in err.hint


def test_yaml_syntax_error_reports_the_file_line_and_column():
    text = "---\ntitle: Talks\ndate: 2025-06-02\ntags: [ukraine, russia\n---\nBody.\n"
    err = one_problem(text)
    assert err.message.startswith("YAML syntax error in the front matter")
    assert err.line == 5  # the closing line, where the flow list is found unfinished
    assert err.column == 1
    assert str(err).startswith("content/2025/06/02/story.md:5:1: YAML syntax error")


def test_yaml_error_line_counts_the_opening_fence():
    err = one_problem("---\ntitle: Talks: day two\ndate: 2025-06-02\n---\nBody.\n")
    assert (err.line, err.column) == (2, 13)  # the second colon
    assert "quote" in err.hint


def test_front_matter_that_is_a_list_is_rejected():
    err = one_problem("---\n- title\n- date\n---\nBody.\n")
    assert err.line == 2
    assert "must be `key: value` lines, not a list" in err.message


def test_front_matter_that_is_plain_text_is_rejected():
    err = one_problem("---\njust some words\n---\nBody.\n")
    assert "not the text 'just some words'" in err.message


def test_windows_line_endings_and_bom_are_read_like_unix_text():
    article = parse("\ufeff---\r\ntitle: Talks\r\ndate: 2025-06-02\r\n---\r\nThe talks began.\r\n")
    assert article.title == "Talks"
    assert article.body == "The talks began.\n"


def test_closing_fence_may_be_yaml_document_end():
    assert parse("---\ntitle: Talks\ndate: 2025-06-02\n...\nBody.\n").body == "Body.\n"


def test_triple_dash_later_in_the_body_stays_in_the_body():
    article = parse("---\ntitle: Talks\ndate: 2025-06-02\n---\nFirst.\n\n---\n\nSecond.\n")
    assert "<hr>" in article.html
    assert article.text == "First.\n\nSecond."


def test_empty_front_matter_reports_the_missing_title_and_date():
    found = problems("---\n---\nBody.\n")
    assert [e.message for e in found] == ["the front matter has no `title`", "the front matter has no `date`"]


def test_a_key_set_twice_is_reported_at_the_second_one():
    err = one_problem("---\ntitle: Talks\ndate: 2025-06-02\ntitle: Other talks\n---\nBody.\n")
    assert (err.line, err.message) == (4, "`title` is set twice, on lines 2 and 4")
