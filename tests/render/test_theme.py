"""The theme: site overrides, template errors located by file and line, static files."""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_site import make_site, render_pages

from briefs.errors import BriefsError, BuildFailed
from briefs.render import load_theme, pages, theme_dir


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_default_theme_is_found_in_the_checkout():
    assert (theme_dir() / "base.html").is_file()
    assert (theme_dir() / "static" / "style.css").is_file()


def test_a_site_template_overrides_the_default_one(config):
    write(config.site_dir / "templates" / "404.html",
          '{% extends "base.html" %}{% block content %}<h1>Lost at sea</h1>{% endblock %}')
    html = render_pages(make_site(config), load_theme(config))
    assert "<h1>Lost at sea</h1>" in html["404.html"]
    assert '<link rel="stylesheet" href="/style.css">' in html["404.html"]  # base.html still default


def test_an_overridden_partial_reaches_every_page_that_uses_it(config):
    write(config.site_dir / "templates" / "_day_nav.html", '<p class="custom-nav">days</p>')
    html = render_pages(make_site(config), load_theme(config))
    assert '<p class="custom-nav">days</p>' in html["2025/06/02/index.html"]


def test_unknown_front_matter_reaches_templates_as_extra(config):
    write(config.site_dir / "templates" / "article.html",
          "<p>{{ page.article.extra.get('subtitle', 'none') }}</p>")
    html = render_pages(make_site(config), load_theme(config))
    assert html["2025/06/02/talks-in-istanbul/index.html"] == "<p>A first meeting</p>\n"
    assert html["2025/06/01/rain/index.html"] == "<p>none</p>\n"


def test_template_syntax_errors_are_all_reported_with_file_and_line(config):
    write(config.site_dir / "templates" / "day.html", "<h1>\n{% if page %}\n</h1>\n")
    write(config.site_dir / "templates" / "tag.html", "ok\n{{ page.name }\n")
    with pytest.raises(BuildFailed) as failed:
        load_theme(config)
    errors = sorted(failed.value.errors, key=lambda e: e.path)
    assert [(e.path, e.line) for e in errors] == [("templates/day.html", 3), ("templates/tag.html", 2)]
    assert "endif" in errors[0].message
    assert str(errors[1]).startswith("templates/tag.html:2: template syntax error")


def test_a_runtime_template_error_names_template_line_and_page(config, site):
    write(config.site_dir / "templates" / "tag.html", "<h1>{{ page.name }}</h1>\n{{ page.colour }}\n")
    theme = load_theme(config)
    tag_page = next(p for p in pages(site, theme) if p.url == "/tags/economy/")
    with pytest.raises(BriefsError) as err:
        tag_page.render()
    assert (err.value.path, err.value.line) == ("templates/tag.html", 2)
    assert "/tags/economy/" in err.value.message and "colour" in err.value.message
    assert err.value.hint


def test_render_site_reports_a_template_error_once_not_once_per_page(config, site):
    pytest.importorskip("briefs.render.sitemap")
    from briefs.render import render_site

    write(config.site_dir / "templates" / "tag.html", "{{ page.colour }}")
    with pytest.raises(BuildFailed) as failed:
        render_site(site, load_theme(config))
    assert [(e.path, e.line) for e in failed.value.errors] == [("templates/tag.html", 1)]


def test_static_files_come_from_theme_and_site_and_the_site_wins(config):
    theme = load_theme(config)
    default_css = (theme_dir() / "static" / "style.css").read_bytes()
    search_js = (theme_dir() / "static" / "search.js").read_bytes()
    assert theme.static_files() == {"search.js": search_js, "style.css": default_css}
    write(config.site_dir / "static" / "style.css", "body { color: red }")
    (config.site_dir / "static" / "img").mkdir()
    (config.site_dir / "static" / "img" / "logo.png").write_bytes(b"\x89PNG")
    files = load_theme(config).static_files()
    assert files == {"style.css": b"body { color: red }", "img/logo.png": b"\x89PNG", "search.js": search_js}


def test_static_files_are_not_compiled_as_templates(config):
    write(config.site_dir / "templates" / "static" / "notes.html", "{% broken")
    assert load_theme(config).static_files()["notes.html"] == b"{% broken"


def test_fingerprint_follows_template_sources(config):
    first = load_theme(config).fingerprint
    assert load_theme(config).fingerprint == first
    write(config.site_dir / "templates" / "404.html", "gone")
    assert load_theme(config).fingerprint != first


def test_render_site_puts_pages_static_feeds_and_sitemap_together(config, site):
    pytest.importorskip("briefs.render.sitemap")
    from briefs.render import render_site

    write(config.site_dir / "static" / "favicon.ico", "icon")
    files = render_site(site, load_theme(config))
    for path in ("index.html", "2025/06/02/index.html", "404.html", "style.css", "favicon.ico",
                 "feed.xml", "atom.xml", "tags/economy/feed.xml", "sitemap.xml", "robots.txt"):
        assert path in files, path
    assert all(not path.startswith("/") for path in files)


def test_a_static_file_may_not_replace_a_generated_page(config, site):
    pytest.importorskip("briefs.render.sitemap")
    from briefs.render import render_site

    write(config.site_dir / "static" / "404.html", "mine")
    with pytest.raises(BriefsError, match="404.html would overwrite"):
        render_site(site, load_theme(config))
