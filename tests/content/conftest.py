"""Fixtures for content tests: `site`, a site folder with a London-time site.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "site.yaml").write_text("title: Test Brief\ntimezone: Europe/London\n", encoding="utf-8")
    return tmp_path
