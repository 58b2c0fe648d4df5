"""Article dates: `YYYY-MM-DD` (midnight in the site's timezone) or ISO 8601 with a time.

A date without a time is taken as midnight where the site is, so it lands on the day written and sorts
before the timed stories of that day. A time without an offset is in the site's timezone too.
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo
from typing import Any

from briefs.content.yamltext import describe
from briefs.errors import BriefsError

FORMATS_HINT = "write `date: 2025-06-02`, or with a time: `date: 2025-06-02T14:30` or `2025-06-02T14:30:00+01:00`"
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
FILENAME_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})-")


def has_time(value: Any) -> bool:
    """Whether a `date` value gives a time of day (themes show the time only then)."""
    text = value.isoformat() if isinstance(value, (date, datetime)) else str(value).strip()
    return len(text) > len("YYYY-MM-DD")


def parse_date(value: Any, tz: tzinfo) -> datetime:
    """A timezone-aware datetime, or BriefsError (without a location: the caller adds it)."""
    if isinstance(value, (date, datetime)):  # an explicit `!!timestamp` tag in YAML
        value = value.isoformat()
    if not isinstance(value, str):
        raise BriefsError(f"must be text like 2025-06-02, not {describe(value)}", hint=FORMATS_HINT)
    text = value.strip()
    day = _DAY.match(text)
    if not day:
        raise BriefsError(f"cannot be read: {text!r}", hint=FORMATS_HINT)
    try:
        date(*map(int, day.groups()))
    except ValueError as err:
        raise BriefsError(f"is not a real date: {day.group(0)} ({err})", hint="check the day and month") from None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as err:
        raise BriefsError(f"cannot be read: {text!r} ({err})", hint=FORMATS_HINT) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)


def date_from_filename(name: str) -> str | None:
    """"2025-06-02" from "2025-06-02-talks.md", for articles without a `date:` field."""
    match = FILENAME_DATE.match(name)
    return match.group(1) if match else None
