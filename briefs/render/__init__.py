"""Site -> pages, feeds, sitemap: the theme (theme.py), the HTML pages (pages.py), feeds, sitemap."""

from briefs.render.outputs import Artifact
from briefs.render.pages import Feed, artifacts, day_html, pages, render_site, story_html
from briefs.render.theme import Theme, load_theme, theme_dir

__all__ = ["Artifact", "Feed", "Theme", "artifacts", "day_html", "load_theme", "pages", "render_site",
           "story_html", "theme_dir"]
