"""Bytes of a user's file -> text, or an error that points at the first bad byte."""

from __future__ import annotations

from briefs.errors import BriefsError


def decode_utf8(data: bytes, path: str) -> str:
    """UTF-8 text with a leading BOM dropped and line endings made "\\n", so line numbers match editors."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise BriefsError(
            f"not valid UTF-8: byte {err.start} (0x{data[err.start]:02x}) on line {line}",
            path=path,
            line=line,
            hint="save the file as UTF-8 (most editors offer it under 'Save with encoding')",
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
