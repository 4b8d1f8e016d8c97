"""The `{-# dialect_resources: {...} external_resources: {...} #-}` file metadata section."""

from __future__ import annotations

import re
from typing import Any

from mliropt.syntax.errors import ParseError

_KEY = re.compile(r"\s*([\w$.\-]+|\"(?:[^\"\\\n]|\\.)*\")\s*:\s*")
_VALUE = re.compile(r'\s*(\"(?:[^\"\\\n]|\\.)*\"|true|false|[-+]?\d+)')


def _parse_dict(text: str, i: int, end: int, depth: int) -> tuple[dict, int]:
    i = _skip(text, i)
    if text[i] != "{":
        raise ParseError(i, "expected '{'")
    i += 1
    out: dict[str, Any] = {}
    while True:
        i = _skip(text, i)
        if text[i] == "}":
            return out, i + 1
        m = _KEY.match(text, i, end)
        if m is None:
            raise ParseError(i, "expected identifier key for 'resource' entry")
        key = m.group(1).strip('"')
        i = m.end()
        if depth < 2:
            value, i = _parse_dict(text, i, end, depth + 1)
        else:
            v = _VALUE.match(text, i, end)
            if v is None:
                raise ParseError(i, "expected resource value")
            value = v.group(1)
            i = v.end()
        out[key] = value
        i = _skip(text, i)
        if text[i] == ",":
            i += 1


def _skip(text: str, i: int) -> int:
    while text[i] in " \t\r\n":
        i += 1
    return i


def parse_file_metadata(sp: Any, text: str, pos: int) -> None:
    """Record the resource sections of a `{-# ... #-}` token on the parser."""
    src = sp.text
    i = pos + 3
    end = pos + len(text) - 3
    while True:
        i = _skip(src, i)
        if i >= end:
            return
        m = _KEY.match(src, i, end)
        if m is None:
            raise ParseError(i, "expected identifier key in file metadata dictionary")
        section = m.group(1)
        if section not in ("dialect_resources", "external_resources"):
            raise ParseError(i, f"unknown key '{section}' in file metadata dictionary")
        body, i = _parse_dict(src, m.end(), end, 1)
        sp.resources.setdefault(section, {}).update(body)
        i = _skip(src, i)
        if src[i] == ",":
            i += 1


def print_resources(resources: dict) -> str:
    """The `{-# ... #-}` section as upstream prints it."""
    lines = ["", "{-#"]
    sections = [(k, v) for k, v in resources.items() if v]
    for si, (section, groups) in enumerate(sections):
        lines.append(f"  {section}: {{")
        gitems = list(groups.items())
        for gi, (group, entries) in enumerate(gitems):
            lines.append(f"    {group}: {{")
            eitems = list(entries.items())
            for ei, (key, value) in enumerate(eitems):
                comma = "," if ei + 1 < len(eitems) else ""
                lines.append(f"      {key}: {value}{comma}")
            lines.append("    }" + ("," if gi + 1 < len(gitems) else ""))
        lines.append("  }" + ("," if si + 1 < len(sections) else ""))
    lines.append("#-}")
    return "\n".join(lines) + "\n"
