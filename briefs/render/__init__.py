"""Site -> pages, feeds, sitemap: the theme (theme.py), the HTML pages (pages.py), feeds, sitemap."""

from briefs.render.pages import Feed, Page, day_html, pages, render_site, story_html
from briefs.render.theme import Theme, load_theme, theme_dir

__all__ = ["Feed", "Page", "Theme", "day_html", "load_theme", "pages", "render_site", "story_html",
           "theme_dir"]
