"""Writing article files: front matter + body as text, and atomic writes (temp file, then rename)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from briefs.content.yamltext import dump


def article_text(front: dict[str, Any], body: str) -> str:
    return f"---\n{dump(front)}---\n\n{body.strip()}\n"


def write_atomic(path: Path, data: bytes) -> None:
    """Readers (and a running `serve`) see the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".briefs-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise
