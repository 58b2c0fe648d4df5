"""site.yaml -> SiteConfig: defaults, every key, and each mistake reported with its line and a fix."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from briefs.config import SiteConfig, load_config
from briefs.errors import BriefsError, BuildFailed
from briefs.summarize.model import SummaryOptions


def config_from(tmp_path: Path, text: str | bytes) -> SiteConfig:
    (tmp_path / "site.yaml").write_bytes(text.encode() if isinstance(text, str) else text)
    return load_config(tmp_path)


def error_from(tmp_path: Path, text: str) -> BriefsError:
    with pytest.raises(BriefsError) as caught:
        config_from(tmp_path, text)
    return caught.value


def test_title_alone_gives_the_defaults(tmp_path: Path):
    config = config_from(tmp_path, "title: The Daily Brief\n")
    assert config == SiteConfig(title="The Daily Brief", site_dir=tmp_path)
    assert config.explicit == {"title"}  # what `briefs build` warns about (no base_url) comes from it
    assert (config.timezone, config.feed_days, config.markdown_html) == ("UTC", 30, False)


def test_every_key_is_read(tmp_path: Path):
    config = config_from(tmp_path, """
title: The Daily Brief
base_url: https://example.org/news
timezone: Europe/London
language: en-GB
description: News in brief.
author: The Desk
page_size: 5
feed_days: 14
feed_stories: 20
brief_time: "07:00"
slugs: title
summary:
  sentences: 2
  max_words: 60
  key_points: 3
  words_per_minute: 200
markdown:
  html: true
""")
    assert config == SiteConfig(
        title="The Daily Brief", base_url="https://example.org/news/", timezone="Europe/London",
        language="en-GB", description="News in brief.", author="The Desk", page_size=5, feed_days=14,
        feed_stories=20, brief_time=time(7, 0), slugs="title", summary=SummaryOptions(sentences=2, max_words=60, key_points=3, words_per_minute=200),
        markdown_html=True, site_dir=tmp_path)


def test_partial_summary_keeps_the_other_defaults(tmp_path: Path):
    assert config_from(tmp_path, "title: T\nsummary:\n  sentences: 1\n").summary == SummaryOptions(sentences=1)


def test_missing_site_yaml_says_what_to_create(tmp_path: Path):
    with pytest.raises(BriefsError) as caught:
        load_config(tmp_path)
    assert caught.value.path == "site.yaml"  # relative to the site, like every error
    assert "--site" in caught.value.hint and "title:" in caught.value.hint


def test_missing_title(tmp_path: Path):
    err = error_from(tmp_path, "timezone: UTC\n")
    assert err.message == "site.yaml has no `title`"


def test_mistyped_key_names_its_line_and_the_closest_valid_key(tmp_path: Path):
    err = error_from(tmp_path, "title: T\nbase_url: https://example.org/\ntimezon: Europe/London\n")
    assert (err.path, err.line, err.message) == ("site.yaml", 3, "unknown key `timezon`")
    assert err.hint.startswith("did you mean `timezone`?")


def test_mistyped_nested_key_suggests_within_its_section(tmp_path: Path):
    err = error_from(tmp_path, "title: T\nsummary:\n  sentence: 2\n")
    assert (err.line, err.message) == (3, "unknown key `summary.sentence`")
    assert err.hint.startswith("did you mean `sentences`?")


def test_unknown_key_with_no_close_match_lists_the_valid_ones(tmp_path: Path):
    err = error_from(tmp_path, "title: T\ncolour: blue\n")
    assert err.hint.startswith("valid keys here: title, base_url")


@pytest.mark.parametrize("line, message", [
    ("page_size: 0", "`page_size` must be a whole number of at least 1, not the number 0"),
    ('feed_days: "30"', "`feed_days` must be a whole number of at least 1, not the text '30'"),
    ("base_url: example.org", "`base_url` must be an absolute http(s) URL, not 'example.org'"),
    ("timezone: Europe/Londn", "`timezone` must be an IANA time zone name, not 'Europe/Londn'"),
    ("language: [en]", "`language` must be text, not a list"),
    ("brief_time: 7:00", "`brief_time` must be a time in quotes, not the number 420"),
    ('brief_time: "7 am"', "`brief_time` must be a time of day as HH:MM, not '7 am'"),
    ("slugs: titles", "`slugs` must be `file` or `title`, not the text 'titles'"),
    ("markdown: yes", "`markdown` must be `name: value` lines indented under it, not the yes/no value true"),
])
def test_wrong_types_are_reported_with_their_line(tmp_path: Path, line: str, message: str):
    err = error_from(tmp_path, f"title: T\n{line}\n")
    assert (err.line, err.message) == (2, message)
    assert err.hint.startswith("e.g. ") or err.hint.startswith("write ")


def test_markdown_html_must_be_a_flag(tmp_path: Path):
    err = error_from(tmp_path, "title: T\nmarkdown:\n  html: 'yes'\n")
    assert (err.line, err.message) == (3, "`markdown.html` must be true or false, not the text 'yes'")


def test_yaml_syntax_error_has_line_and_column(tmp_path: Path):
    err = error_from(tmp_path, "title: T\nsummary:\n  sentences: 2\n key_points: 3\n")
    assert err.message.startswith("YAML syntax error in site.yaml")
    assert (err.line, err.column) == (4, 2)


def test_site_yaml_that_is_not_a_mapping(tmp_path: Path):
    assert "must be `key: value` lines, not a list" in error_from(tmp_path, "- title\n").message


def test_site_yaml_that_is_not_utf8(tmp_path: Path):
    with pytest.raises(BriefsError) as caught:
        config_from(tmp_path, b"title: Caf\xe9\n")
    assert (caught.value.line, caught.value.message) == (1, "not valid UTF-8: byte 10 (0xe9) on line 1")


def test_several_problems_are_reported_together(tmp_path: Path):
    with pytest.raises(BuildFailed) as caught:
        config_from(tmp_path, "titl: T\npage_size: -1\n")
    assert [(e.line, e.message) for e in caught.value.errors] == [
        (1, "site.yaml has no `title`"),
        (1, "unknown key `titl`"),
        (2, "`page_size` must be a whole number of at least 1, not the number -1"),
    ]


def test_a_nested_key_set_twice_is_reported(tmp_path: Path):
    err = error_from(tmp_path, "title: T\nsummary:\n  sentences: 2\n  sentences: 3\n")
    assert (err.line, err.message) == (4, "`summary.sentences` is set twice, on lines 3 and 4")


def test_empty_site_yaml_asks_for_a_title(tmp_path: Path):
    assert error_from(tmp_path, "").message == "site.yaml has no `title`"


def test_an_empty_section_keeps_its_defaults(tmp_path: Path):
    assert config_from(tmp_path, "title: T\nsummary:\nmarkdown:\n").summary == SummaryOptions()
