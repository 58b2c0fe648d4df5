"""Fixtures for the render tests: the sample site of sample_site.py in a temporary site folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from sample_site import make_config, make_site

from briefs.config import SiteConfig
from briefs.render import Theme, load_theme
from briefs.site import Site


@pytest.fixture
def config(tmp_path: Path) -> SiteConfig:
    return make_config(tmp_path)


@pytest.fixture
def theme(config: SiteConfig) -> Theme:
    return load_theme(config)


@pytest.fixture
def site(config: SiteConfig) -> Site:
    return make_site(config)

