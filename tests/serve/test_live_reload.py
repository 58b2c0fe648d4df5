"""`python build.py serve` in a subprocess, a real chromium on its pages, and an author editing files.

Every assertion waits for the page to change by itself: the test never reloads it.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect

from briefs.build import Builder, BuildOptions

REPO = Path(__file__).resolve().parents[2]
WAIT = 10_000  # ms; a reload takes well under a second, this only bounds a failure
DAY = "content/2025/06/02"


def article(title: str, day: str = "2025-06-02", time: str = "09:00") -> str:
    return (f"---\ntitle: {title}\ndate: {day}T{time}:00Z\ntags: [economy]\n---\n"
            f"{title} was agreed on Monday after talks that ran late into the night. "
            "Officials said the deal would take effect next month.\n")


class Server:
    """`briefs serve` on a free port, with what it prints collected line by line."""

    def __init__(self, site: Path, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "build.py", "serve", "--site", str(site), "--port", "0", *args],
            cwd=REPO, stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        for line in self.process.stderr:
            self.lines.append(line)
            if found := re.search(r"serving at (http://\S+)/", line):
                self.url = found.group(1)
                break
        else:
            raise AssertionError("serve did not start:\n" + "".join(self.lines))
        self._reader = threading.Thread(target=lambda: self.lines.extend(self.process.stderr))
        self._reader.start()

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def stop(self) -> int:
        """Ctrl-C, as a user would; the exit code."""
        self.process.send_signal(signal.SIGINT)
        code = self.process.wait(timeout=10)
        self._reader.join(5)
        return code


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "site.yaml").write_text("title: The Test Brief\nbase_url: https://example.org/\n"
                                        "timezone: UTC\n")
    day = tmp_path / DAY
    day.mkdir(parents=True)
    (day / "talks.md").write_text(article("Talks end in a budget deal"))
    (day / "bridge.md").write_text(article("Bridge reopens after repairs", time="11:00"))
    (tmp_path / "content/2025/06/03").mkdir(parents=True)
    (tmp_path / "content/2025/06/03/rain.md").write_text(article("Rain expected", day="2025-06-03"))
    return tmp_path


@pytest.fixture
def server(site: Path):
    server = Server(site)
    yield server
    assert server.stop() == 0, server.output  # Ctrl-C stops it cleanly
    assert "Traceback" not in server.output


def test_a_save_reloads_the_open_page(site, server, page):
    page.goto(server.url + "/2025/06/02/")
    expect(page.locator("main")).to_contain_text("Talks end in a budget deal")
    (site / DAY / "talks.md").write_text(article("Talks end in a late-night budget deal"))
    expect(page.locator("main")).to_contain_text("Talks end in a late-night budget deal", timeout=WAIT)
    assert "__briefs__" not in (site / DAY / "talks.md").read_text()
    assert sorted(p.name for p in site.iterdir()) == ["content", "site.yaml"]  # serve writes nothing


def test_built_site_has_no_reload_script(site):
    files, _ = Builder(site, BuildOptions(drafts=True, future=True)).render()
    assert files and not [path for path, data in files.items() if b"__briefs__" in data]


def test_a_style_change_shows_on_the_open_page(site, server, page):
    page.goto(server.url + "/2025/06/02/talks/")
    (site / "templates" / "static").mkdir(parents=True)
    (site / "templates" / "static" / "style.css").write_text("main { color: rgb(1, 2, 3) }\n")
    expect(page.locator("main")).to_have_css("color", "rgb(1, 2, 3)", timeout=WAIT)
    (site / DAY / "talks.md").write_text(article("Talks end in a deal at dawn"))  # the URL is the file's
    expect(page).to_have_title(re.compile("Talks end in a deal at dawn"), timeout=WAIT)
    expect(page.locator("main")).to_contain_text("Talks end in a deal at dawn")


def test_a_title_edit_keeps_the_url_and_an_alias_redirects_under_serve(site, server, page):
    page.goto(server.url + "/2025/06/02/talks/")
    expect(page).to_have_title(re.compile("Talks end in a budget deal"))
    (site / DAY / "talks.md").write_text(article("Talks end in a £40m budget deal").replace(
        "---\n", "---\naliases: [/2025/06/02/talks-end-in-a-budget-deal/]\n", 1))
    expect(page).to_have_title(re.compile("Talks end in a £40m budget deal"), timeout=WAIT)
    assert page.url == server.url + "/2025/06/02/talks/"
    page.goto(server.url + "/2025/06/02/talks-end-in-a-budget-deal/")  # a link shared before an edit
    expect(page).to_have_url(server.url + "/2025/06/02/talks/", timeout=WAIT)
    expect(page.locator("h1")).to_have_text("Talks end in a £40m budget deal")


def test_a_site_yaml_change_shows_on_the_open_page(site, server, page):
    page.goto(server.url + "/2025/06/02/")
    (site / "site.yaml").write_text((site / "site.yaml").read_text().replace("The Test Brief", "The Other Brief"))
    expect(page.locator("header.masthead")).to_contain_text("The Other Brief", timeout=WAIT)


def test_temp_then_rename_save_reloads_the_open_page(site, server, page):
    page.goto(server.url + "/2025/06/02/")
    temp = site / DAY / ".talks.md.4f2a.tmp"
    temp.write_text(article("Talks collapse"))
    os.replace(temp, site / DAY / "talks.md")
    expect(page.locator("main")).to_contain_text("Talks collapse", timeout=WAIT)


def test_broken_front_matter_shows_an_overlay_until_fixed(site, server, page):
    page.goto(server.url + "/2025/06/02/")
    overlay = page.locator("#briefs-overlay")
    (site / DAY / "talks.md").write_text(article("Talks: the sequel"))  # ": " in a plain YAML value
    expect(overlay).to_contain_text(f"{DAY}/talks.md:2", timeout=WAIT)
    expect(overlay).to_contain_text("YAML")
    expect(page.locator("main")).to_contain_text("Talks end in a budget deal")  # last good site

    page.goto(server.url + "/2025/06/03/")  # every page shows it, including pages opened now
    expect(overlay).to_contain_text(f"{DAY}/talks.md:2", timeout=WAIT)
    page.goto(server.url + "/2025/06/02/")

    (site / DAY / "talks.md").write_text(article('"Talks: the sequel"'))
    expect(page.locator("main")).to_contain_text("Talks: the sequel", timeout=WAIT)
    expect(overlay).to_have_count(0)
    assert server.output.count("mapping values are not allowed") == 1  # printed once


def test_a_site_broken_from_the_start_shows_the_overlay_until_fixed(site, page):
    good = (site / DAY / "talks.md").read_text()
    (site / DAY / "talks.md").write_text(good.replace("date: 2025-06-02", "date: 2025-02-30"))
    server = Server(site)
    try:
        page.goto(server.url + "/2025/06/02/")
        expect(page.locator("#briefs-overlay")).to_contain_text(f"{DAY}/talks.md:3", timeout=WAIT)
        (site / DAY / "talks.md").write_text(good)
        expect(page.locator("main")).to_contain_text("Talks end in a budget deal", timeout=WAIT)
        expect(page.locator("#briefs-overlay")).to_have_count(0)
    finally:
        assert server.stop() == 0


def test_template_error_names_the_template_and_line(site, server, page):
    page.goto(server.url + "/2025/06/02/")
    (site / "templates").mkdir()
    (site / "templates" / "day.html").write_text("{% extends 'base.html' %}\n{% block content %}\n{{ }\n")
    expect(page.locator("#briefs-overlay")).to_contain_text("templates/day.html:3", timeout=WAIT)
    (site / "templates" / "day.html").unlink()
    expect(page.locator("#briefs-overlay")).to_have_count(0, timeout=WAIT)


def test_renamed_and_deleted_articles_leave_the_day_page(site, server, page):
    (site / "content/2025-06-02-ferry.md").write_text(  # dated by its name
        "---\ntitle: Ferry strike called off\n---\nThe ferry strike was called off on Monday.\n")
    page.goto(server.url + "/2025/06/02/")
    main = page.locator("main")
    expect(main).to_contain_text("Ferry strike called off", timeout=WAIT)
    os.rename(site / "content/2025-06-02-ferry.md", site / "content/2025-06-03-ferry.md")
    expect(main).not_to_contain_text("Ferry strike called off", timeout=WAIT)
    page.goto(server.url + "/2025/06/03/")
    expect(main).to_contain_text("Ferry strike called off")

    page.goto(server.url + "/2025/06/02/")
    (site / DAY / "bridge.md").unlink()
    expect(main).not_to_contain_text("Bridge reopens", timeout=WAIT)
    expect(main).to_contain_text("Talks end in a budget deal")


def test_new_article_appears_and_unknown_pages_get_the_sites_404(site, server, page):
    page.goto(server.url + "/2025/06/02/")
    (site / DAY / "tram.md").write_text(article("Tram line opens", time="15:00"))
    expect(page.locator("main")).to_contain_text("Tram line opens", timeout=WAIT)
    response = page.goto(server.url + "/2031/01/01/")
    assert response.status == 404
    expect(page.locator("h1")).to_be_visible()


def test_port_in_use_is_a_clear_message(site, server):
    port = server.url.rsplit(":", 1)[1]
    second = subprocess.run([sys.executable, "build.py", "serve", "--site", str(site), "--port", port],
                            cwd=REPO, capture_output=True, text=True, timeout=30)
    assert second.returncode == 1
    assert f"port {port} on 127.0.0.1 is already in use" in second.stderr
    assert "--port 0" in second.stderr


def test_other_hosts_get_a_warning(site):
    server = Server(site, "--host", "0.0.0.0")
    assert server.stop() == 0
    assert "warning: serving on 0.0.0.0" in server.output
