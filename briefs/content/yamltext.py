"""YAML as briefs reads and writes it: safe, libyaml-fast, dates kept as text, every key's line known.

Dates stay strings so that one parser (`briefs.content.dates`) reads them all with the site's timezone,
and so an impossible date such as 2025-02-30 is reported by us instead of crashing the YAML constructor.
"""

from __future__ import annotations

from typing import Any

import yaml

from briefs.errors import BriefsError

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _without_timestamps(resolvers: dict) -> dict:
    return {first: [(tag, rx) for tag, rx in pairs if tag != _TIMESTAMP] for first, pairs in resolvers.items()}


class Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    yaml_implicit_resolvers = _without_timestamps(_BaseLoader.yaml_implicit_resolvers)


class Dumper(yaml.SafeDumper):
    """Writes "2025-06-02" unquoted (it reads back as text with `Loader`), quotes "2024" and "yes"."""

    yaml_implicit_resolvers = _without_timestamps(yaml.SafeDumper.yaml_implicit_resolvers)


def dump(data: dict[str, Any]) -> str:
    """`key: value` lines in the order given, one line per value however long."""
    return yaml.dump(data, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=1_000_000)


def load_mapping(text: str, path: str, *, first_line: int = 1, what: str) -> tuple[dict[str, Any], dict[str, int]]:
    """The mapping in `text` and the file line of every key ("summary.sentences" for nested keys).

    `first_line` is the file line where `text` starts, so errors point into the file, not the snippet.
    Empty text is an empty mapping; anything else that is not a mapping is an error naming `what`.
    """
    loader = Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else {}
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        problem = " ".join(filter(None, [err.context, err.problem]))
        raise BriefsError(
            f"YAML syntax error in {what}: {problem}",
            path=path,
            line=mark.line + first_line if mark else first_line,
            column=mark.column + 1 if mark else None,
            hint='quote values that contain ": " or " #", or start with one of [ ] { } * & ! | > % @ `',
        ) from None
    except yaml.YAMLError as err:
        raise BriefsError(f"cannot read {what} as YAML: {err}", path=path, line=first_line) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise BriefsError(
            f"{what} must be `key: value` lines, not {describe(data)}",
            path=path,
            line=node.start_mark.line + first_line,
            hint="write one `key: value` per line, e.g. `title: Talks resume in Istanbul`",
        )
    return data, _key_lines(node, first_line, path) if node is not None else {}


def _key_lines(node: yaml.MappingNode, first_line: int, path: str, prefix: str = "") -> dict[str, int]:
    """Also catches a key written twice, which YAML would otherwise settle silently (the last one wins)."""
    lines: dict[str, int] = {}
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode):
            name, line = prefix + key.value, key.start_mark.line + first_line
            if name in lines:
                raise BriefsError(f"`{name}` is set twice, on lines {lines[name]} and {line}", path=path, line=line,
                                  hint="keep only one of them")
            lines[name] = line
            if isinstance(value, yaml.MappingNode):
                lines.update(_key_lines(value, first_line, path, f"{name}."))
    return lines


def describe(value: Any) -> str:
    """What a YAML value is, in a user's words: "a list", "the number 2024", "nothing"."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"the yes/no value {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__}"
