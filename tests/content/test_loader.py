"""Article files -> Articles: discovery, fields, validation of every bad input, one test each."""

from __future__ import annotations

import dataclasses
import hashlib
import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from briefs.content.loader import discover, read_bytes
from briefs.errors import BriefsError
from briefs.summarize.model import Figure, Quote
from tests.content.helpers import LONDON, one_problem, parse, problems

HEAD = "---\ntitle: Talks resume\ndate: 2025-06-02\n"


def story(extra: str = "", body: str = "The talks began in Istanbul.\n") -> str:
    return f"{HEAD}{extra}---\n{body}"


# discovery and reading

def test_discover_finds_nested_markdown_sorted_and_skips_editor_junk(tmp_path: Path):
    for name in ["content/2025/06/02/b.md", "content/a.md", "content/2025/06/01/x.md", "content/.hidden.md",
                 "content/.#lock.md", "content/draft.md~", "content/x.md.swp", "content/4913",
                 "content/.git/y.md", "content/notes.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert discover(tmp_path) == ["content/2025/06/01/x.md", "content/2025/06/02/b.md", "content/a.md"]


def test_discover_without_content_folder_says_how_to_start(tmp_path: Path):
    with pytest.raises(BriefsError) as caught:
        discover(tmp_path)
    assert "no content/ folder" in caught.value.message
    assert "briefs new" in caught.value.hint


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_reported_with_its_path(tmp_path: Path):
    path = tmp_path / "content" / "a.md"
    path.parent.mkdir()
    path.write_text(story())
    path.chmod(0)
    with pytest.raises(BriefsError) as caught:
        read_bytes(tmp_path, "content/a.md")
    assert caught.value.path == "content/a.md"
    assert "cannot read" in caught.value.message


def test_missing_file_is_reported_with_its_path(tmp_path: Path):
    with pytest.raises(BriefsError) as caught:
        read_bytes(tmp_path, "content/gone.md")
    assert str(caught.value).startswith("content/gone.md: cannot read the file")


# fields

def test_a_complete_article_has_every_field():
    article = parse(story(
        "tags: [Ukraine, diplomacy]\nsection: World\nauthor: A. Writer\nsource: Reuters\n"
        "source_url: https://example.org/talks\ndraft: true\npriority: 2\nslug: talks\nmood: hopeful\n"))
    assert article.title == "Talks resume"
    assert article.tags == ("Ukraine", "diplomacy")
    assert (article.section, article.author, article.source) == ("World", "A. Writer", "Reuters")
    assert article.source_url == "https://example.org/talks"
    assert article.draft is True and article.priority == 2 and article.slug == "talks"
    assert article.extra == {"mood": "hopeful"}
    assert article.overrides == {}
    assert article.html == "<p>The talks began in Istanbul.</p>\n"
    assert article.text == "The talks began in Istanbul."


def test_defaults_slug_from_the_file_name_and_no_tags():
    article = parse(story(), path="content/2025/06/02/talks.md")
    assert (article.slug, article.tags, article.draft, article.priority) == ("talks", (), False, 0)
    assert article.body == "The talks began in Istanbul.\n"


@pytest.mark.parametrize("name, slug", [("2025-06-02-talks-in-istanbul.md", "talks-in-istanbul"),
                                        ("Talks In Istanbul.md", "talks-in-istanbul"),
                                        ("2025-06-02.md", "2025-06-02")])
def test_the_file_name_gives_the_slug_without_its_date_prefix(name: str, slug: str):
    assert parse(story(), path=f"content/{name}").slug == slug


def test_editing_the_title_keeps_the_slug_unless_the_site_says_slugs_title():
    edited = story().replace("Talks resume", "Talks resume in Istanbul after a week")
    assert parse(story()).slug == parse(edited).slug == "story"
    titles = dataclasses.replace(LONDON, slugs="title")
    assert parse(story(), config=titles).slug == "talks-resume"
    assert parse(edited, config=titles).slug == "talks-resume-in-istanbul-after-a-week"
    assert parse(story("slug: talks\n"), config=titles).slug == parse(story("slug: talks\n")).slug == "talks"


def test_digest_is_the_sha256_of_the_file_bytes():
    data = story().encode()
    assert parse(data).digest == hashlib.sha256(data).hexdigest()


def test_tags_from_a_comma_separated_string_are_deduplicated_by_slug():
    assert parse(story("tags: Ukraine, ukraine , Peace Talks, peace-talks\n")).tags == ("Ukraine", "Peace Talks")


def test_empty_tags_are_no_tags():
    assert parse(story('tags: ""\n')).tags == parse(story("tags: []\n")).tags == parse(story("tags:\n")).tags == ()


def test_numeric_tags_are_names_too():
    assert parse(story("tags: [2025, G7]\n")).tags == ("2025", "G7")


def test_tag_that_is_empty_after_slugging_is_rejected():
    err = one_problem(story('tags: [ukraine, "!!!"]\n'))
    assert (err.line, err.message) == (4, "`tags` has a tag with no letters or digits to make its URL from: '!!!'")


def test_tag_made_of_path_dots_cannot_escape_and_is_rejected():
    err = one_problem(story('tags: "../.."\n'))
    assert "no letters or digits" in err.message


def test_tag_with_path_characters_becomes_a_plain_slug():
    from briefs.content.slug import slugify
    article = parse(story('tags: ["../etc/passwd"]\n'))
    assert slugify(article.tags[0]) == "etc-passwd"


def test_tags_that_are_a_mapping_are_rejected():
    assert "must be a list of tags" in one_problem(story("tags: {a: 1}\n")).message


def test_source_url_must_be_http():
    err = one_problem(story("source_url: javascript:alert(1)\n"))
    assert "`source_url` must be an absolute http(s) URL" in err.message


def test_draft_must_be_true_or_false():
    err = one_problem(story('draft: "maybe"\n'))
    assert err.message == "`draft` must be true or false, not the text 'maybe'"


def test_priority_must_be_a_whole_number():
    assert "`priority` must be a whole number" in one_problem(story("priority: high\n")).message


# title

def test_missing_title_is_reported():
    err = one_problem("---\ndate: 2025-06-02\n---\nBody.\n")
    assert (err.line, err.message) == (1, "the front matter has no `title`")


def test_misspelt_title_suggests_the_right_key():
    err = one_problem("---\ntitel: Talks\ndate: 2025-06-02\n---\nBody.\n")
    assert err.hint == "rename `titel` to `title`"


def test_title_that_is_a_list_is_rejected():
    err = one_problem("---\ntitle: [Talks, resume]\ndate: 2025-06-02\n---\nBody.\n")
    assert (err.line, err.message) == (2, "`title` must be text, not a list")


def test_title_that_yaml_reads_as_a_number_must_be_quoted():
    err = one_problem("---\ntitle: 2024\ndate: 2025-06-02\n---\nBody.\n")
    assert err.message == "`title` must be text, not the number 2024"
    assert err.hint == 'put it in quotes: "2024"'
    assert parse('---\ntitle: "2024"\ndate: 2025-06-02\n---\nBody.\n').title == "2024"


def test_title_that_yaml_reads_as_yes_no_must_be_quoted():
    assert one_problem("---\ntitle: yes\ndate: 2025-06-02\n---\nBody.\n").hint == 'put it in quotes: "true"'


def test_empty_title_is_rejected():
    assert "must be text, not nothing" in one_problem("---\ntitle:\ndate: 2025-06-02\n---\nBody.\n").message


# slug

def test_file_name_without_letters_or_digits_needs_a_slug():
    err = one_problem(story(), path="content/2025/06/02/!!!.md")
    assert err.message == "the file name has no letters or digits to make a URL from"
    assert "rename the file" in err.hint and "slug:" in err.hint
    assert parse(story("slug: wow\n"), path="content/2025/06/02/!!!.md").slug == "wow"


def test_title_without_letters_or_digits_needs_a_slug_when_slugs_come_from_titles():
    titles = dataclasses.replace(LONDON, slugs="title")
    err = one_problem('---\ntitle: "!!!"\ndate: 2025-06-02\n---\nBody.\n', config=titles)
    assert "no letters or digits to make a URL from" in err.message
    assert "slug:" in err.hint
    assert parse('---\ntitle: "!!!"\nslug: wow\ndate: 2025-06-02\n---\nBody.\n', config=titles).slug == "wow"


@pytest.mark.parametrize("slug", ["../x", "/x", "a/b", "..", "a\\\\b"])
def test_slug_that_would_escape_the_output_folder_is_rejected(slug: str):
    err = one_problem(story(f'slug: "{slug}"\n'))
    assert err.line == 4
    assert "would put the page outside its day's folder" in err.message


def test_slug_that_is_not_url_safe_suggests_one():
    err = one_problem(story("slug: Talks Resume\n"))
    assert err.message == "`slug` is not URL-safe: 'Talks Resume'"
    assert err.hint == "use `slug: talks-resume`"


# dates

def test_missing_date_is_reported_with_both_ways_to_give_one():
    err = one_problem("---\ntitle: Talks\n---\nBody.\n", path="content/talks.md")
    assert err.message == "the front matter has no `date`"
    assert "date:" in err.hint and "2025-06-02-my-story.md" in err.hint


def test_impossible_date_is_rejected():
    err = one_problem("---\ntitle: Talks\ndate: 2025-02-30\n---\nBody.\n")
    assert (err.line, err.message) == (3, "`date` is not a real date: 2025-02-30 (day is out of range for month)")


def test_unparsable_date_is_rejected():
    err = one_problem("---\ntitle: Talks\ndate: June 2nd\n---\nBody.\n")
    assert err.message == "`date` cannot be read: 'June 2nd'"
    assert "2025-06-02" in err.hint


def test_date_only_is_midnight_in_the_site_timezone():
    article = parse(story())
    assert article.date == datetime(2025, 6, 2, 0, 0, tzinfo=ZoneInfo("Europe/London"))
    assert not article.timed  # so themes show no "00:00"


def test_a_date_with_a_time_is_timed():
    assert parse("---\ntitle: T\ndate: 2025-06-02T00:00\n---\nBody.\n").timed


def test_time_without_offset_is_in_the_site_timezone():
    article = parse("---\ntitle: T\ndate: 2025-01-15 09:30\n---\nBody.\n")
    assert article.date == datetime(2025, 1, 15, 9, 30, tzinfo=ZoneInfo("Europe/London"))
    assert article.date.utcoffset().total_seconds() == 0  # GMT in winter


def test_time_with_offset_keeps_its_offset():
    article = parse("---\ntitle: T\ndate: 2025-06-02T23:30:00-04:00\n---\nBody.\n")
    assert article.date.isoformat() == "2025-06-02T23:30:00-04:00"
    assert article.date.astimezone(ZoneInfo("Europe/London")).day == 3


def test_date_from_the_file_name_prefix():
    article = parse("---\ntitle: T\n---\nBody.\n", path="content/2025-06-02-talks.md")
    assert article.date == datetime(2025, 6, 2, tzinfo=ZoneInfo("Europe/London"))


def test_date_field_wins_over_the_file_name():
    assert parse(story(), path="content/2024-01-01-talks.md").date.year == 2025


def test_impossible_date_in_the_file_name_is_rejected():
    err = one_problem("---\ntitle: T\n---\nBody.\n", path="content/2025-02-30-talks.md")
    assert "not a real date" in err.message


def test_explicitly_tagged_yaml_timestamp_is_read_too():
    assert parse("---\ntitle: T\ndate: !!timestamp 2025-06-02\n---\nBody.\n").date.day == 2


# body and encoding

def test_empty_body_is_rejected_at_the_line_after_the_front_matter():
    err = one_problem(story(body="\n   \n"))
    assert (err.line, err.message) == (5, "the article has no text after the front matter")


def test_non_utf8_bytes_are_reported_with_byte_offset_and_line():
    data = story().encode() + b"Caf\xe9 society.\n"
    err = one_problem(data)
    assert err.line == 6
    assert err.message == f"not valid UTF-8: byte {len(story().encode()) + 3} (0xe9) on line 6"
    assert "UTF-8" in err.hint


# overrides

def test_brief_overrides_are_converted_to_the_model_types():
    article = parse(story(
        "summary: Talks resumed.\n"
        "key_points: [Prisoners will be exchanged, Next round in July]\n"
        "figures:\n  - 162 drones downed\n  - {value: 40, text: planes destroyed}\n"
        "quotes:\n  - We are ready\n  - {text: Peace is possible, speaker: Zelensky}\n"))
    assert article.overrides == {
        "summary": ["Talks resumed."],
        "key_points": ["Prisoners will be exchanged", "Next round in July"],
        "figures": [Figure(value="162", text="162 drones downed"), Figure(value="40", text="planes destroyed")],
        "quotes": [Quote(text="We are ready"), Quote(text="Peace is possible", speaker="Zelensky")],
    }


def test_only_the_overrides_the_author_set_are_present():
    assert parse(story("key_points: [One point]\n")).overrides == {"key_points": ["One point"]}


def test_figure_mapping_without_text_is_rejected():
    err = one_problem(story("figures: [{value: 3}]\n"))
    assert err.line == 4 and "`figures` needs exactly `value` and `text`" in err.message


def test_quote_with_unknown_key_is_rejected():
    assert "`quotes` needs `text`" in one_problem(story("quotes: [{text: Hi, who: Me}]\n")).message


def test_summary_items_must_be_text():
    assert one_problem(story("summary: [[nested]]\n")).message == "`summary` must be text, not a list"


# several problems at once

def test_every_problem_in_a_file_is_reported_in_line_order():
    found = problems('---\ntitle: [a]\ndate: 2025-13-01\ntags: ["?"]\nslug: ../up\ndraft: 1\n---\n\n')
    assert [e.line for e in found] == [2, 3, 4, 5, 6, 8]
    assert all(e.path == "content/2025/06/02/story.md" for e in found)


def test_a_folder_where_a_file_should_be_is_reported(tmp_path: Path):
    (tmp_path / "content" / "odd.md").mkdir(parents=True)
    with pytest.raises(BriefsError) as caught:
        read_bytes(tmp_path, "content/odd.md")
    assert caught.value.path == "content/odd.md"
