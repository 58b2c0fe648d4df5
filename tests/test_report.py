"""briefs.report: progress on a terminal for long builds, per stage; nothing elsewhere."""

from __future__ import annotations

import io

import pytest

from briefs import report
from briefs.report import Reporter


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def clock(monkeypatch):
    now = [100.0]
    monkeypatch.setattr(report.time, "monotonic", lambda: now[0])
    monkeypatch.delenv("CI", raising=False)
    return now


def test_a_long_build_shows_each_stage_with_its_rate_and_time_left(clock):
    terminal = Terminal()
    reporter = Reporter(terminal)
    reporter.progress(0, 1000)
    clock[0] += 2
    reporter.progress(400, 1000)
    clock[0] += 1
    reporter.progress(300, 1200, "rendering", "files")
    clock[0] += 1
    reporter.progress(600, 1200, "rendering", "files")
    lines = [line for line in terminal.getvalue().split("\r\x1b[K") if line]
    assert lines == ["parsing and summarising: 400/1000 articles, 200/s, 3 s left",
                     "rendering: 300/1200 files",
                     "rendering: 600/1200 files, 600/s, 1 s left"]
    reporter.done()
    assert terminal.getvalue().endswith("\r\x1b[K")


def test_no_progress_in_ci_off_a_terminal_or_in_the_first_second(clock, monkeypatch):
    quick, piped, ci = Terminal(), io.StringIO(), Terminal()
    Reporter(quick).progress(10, 20)
    clock[0] += 0.5
    Reporter(quick).progress(20, 20)
    for stream in (piped, ci):
        reporter = Reporter(stream)
        reporter.progress(0, 20)
        clock[0] += 5
        if stream is ci:
            monkeypatch.setenv("CI", "true")
        reporter.progress(20, 20)
    assert quick.getvalue() == piped.getvalue() == ci.getvalue() == ""
