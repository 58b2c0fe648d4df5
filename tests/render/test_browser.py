"""The default theme in a real browser (headless chromium): phone width, dark mode, keyboard, axe."""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_site import make_site, write_folder

from briefs.render import load_theme, render_site

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"  # npm i --no-save --no-package-lock -E axe-core@4.14.1
PAGES = ["/", "/2025/06/02/", "/2025/06/02/talks-in-istanbul/", "/archive/", "/tags/",
         "/tags/economy/", "/search/", "/404.html"]


@pytest.fixture
def site_url(config, tmp_path, serve_folder) -> str:
    out = write_folder(render_site(make_site(config), load_theme(config)), tmp_path / "out")
    return serve_folder(out)


def open_page(page, url: str) -> list[str]:
    """Load `url`; return every console error, page error and failed request seen on the way."""
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda err: problems.append(str(err)))
    page.on("response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.goto(url)
    return problems


def test_day_page_fits_a_phone_without_horizontal_scroll(page, site_url):
    page.set_viewport_size({"width": 360, "height": 740})
    problems = open_page(page, site_url + "/2025/06/02/")
    assert problems == []
    widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"content {widths[0]}px wide in a {widths[1]}px viewport"
    css_font = page.evaluate("getComputedStyle(document.body).fontSize")
    assert float(css_font.removesuffix("px")) >= 16, "the stylesheet did not load or text is too small"


def test_no_page_scrolls_sideways_on_a_phone(page, site_url):
    page.set_viewport_size({"width": 360, "height": 740})
    for url in PAGES:
        open_page(page, site_url + url)
        widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], f"{url}: content {widths[0]}px wide in a {widths[1]}px viewport"


def test_dark_mode_changes_the_colours(page, site_url):
    colours = "[getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]"
    page.emulate_media(color_scheme="light")
    open_page(page, site_url + "/2025/06/02/")
    light = page.evaluate(colours)
    page.emulate_media(color_scheme="dark")
    dark = page.evaluate(colours)
    assert light[0] != dark[0] and light[1] != dark[1], (light, dark)


def test_skip_link_appears_on_first_tab_and_leads_to_main(page, site_url):
    open_page(page, site_url + "/2025/06/02/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip"
    box = page.locator("a.skip").bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0, "the focused skip link is off screen"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main_content"


@pytest.mark.skipif(not AXE.exists(), reason=f"axe-core not installed at {AXE}: "
                    "npm i --no-save --no-package-lock -E axe-core@4.14.1")
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_accessibility_violations(page, site_url, scheme):
    page.emulate_media(color_scheme=scheme)
    for url in PAGES:
        assert open_page(page, site_url + url) == []
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate("async () => (await axe.run(document)).violations")
        assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations] == [], url
