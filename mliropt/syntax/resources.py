"""The `{-# dialect_resources: {...} external_resources: {...} #-}` file metadata section.

Dialect resources belong to a loaded dialect that can hold them: only builtin's blobs
(`dense_resource<handle>`) here; they are printed back when the printed IR refers to
them, in order of first reference, as upstream's builtin dialect does. External
resources are kept verbatim (upstream's fallback resource map) and printed as read.
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.syntax.errors import ParseError

_KEY = re.compile(r"\s*([\w$.\-]+|\"(?:[^\"\\\n]|\\.)*\")\s*:\s*")
_VALUE = re.compile(r"\s*(\"(?:[^\"\\\n]|\\.)*\"|true|false|[-+]?\d+)")
_HEX_BLOB = re.compile(r'"0x[0-9a-fA-F]*"')
SECTIONS = ("dialect_resources", "external_resources")


def _parse_dict(sp: Any, text: str, i: int, end: int, depth: int, section: str) -> tuple[dict, int]:
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
        key_pos = i
        i = m.end()
        value: dict | str
        if depth < 2:
            if section == "dialect_resources":
                brace = _skip(text, i)
                _check_dialect(
                    sp, key, key_pos, _skip(text, brace + 1) if text[brace] == "{" else brace
                )
            value, i = _parse_dict(sp, text, i, end, depth + 1, section)
        else:
            v = _VALUE.match(text, i, end)
            if v is None:
                raise ParseError(i, "expected resource value")
            blob = v.group(1)
            if section == "dialect_resources":
                _check_blob(blob, key, v.start(1))
            i = v.end()
            value = blob
        out[key] = value
        i = _skip(text, i)
        if text[i] == ",":
            i += 1


def _check_blob(blob: str, key: str, pos: int) -> None:
    """A builtin resource is a hex blob of whole bytes whose first 4 bytes (little
    endian) give its alignment, a power of 2 (upstream's parseAsBlob)."""
    if not _HEX_BLOB.fullmatch(blob) or len(blob) % 2:
        raise ParseError(pos, f"expected hex string blob for key '{key}'")
    if len(blob) < 2 + 2 + 8:  # the quotes, `0x` and 4 bytes
        raise ParseError(
            pos, f"expected hex string blob for key '{key}' to encode alignment in first 4 bytes"
        )
    align = int.from_bytes(bytes.fromhex(blob[3:11]), "little")
    if align & (align - 1):
        raise ParseError(
            pos,
            f"expected hex string blob for key '{key}' to encode alignment in first 4 bytes, "
            f"but got non-power-of-2 value: {align}",
        )


def _check_dialect(sp: Any, name: str, pos: int, body_pos: int) -> None:
    """A dialect resource group must name a loaded dialect that holds resources."""
    if sp.ctx.get_dialect(name) is None:
        raise ParseError(pos, f"dialect '{name}' is unknown")
    if name != "builtin":
        raise ParseError(body_pos, f"unexpected 'resource' section for dialect '{name}'")


def _skip(text: str, i: int) -> int:
    """Skip blanks and `//` comments (upstream lexes the section like any other text)."""
    while True:
        while text[i] in " \t\r\n":
            i += 1
        if not text.startswith("//", i):
            return i
        nl = text.find("\n", i)
        i = nl if nl >= 0 else len(text) - 1


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
        if section not in SECTIONS:
            raise ParseError(i, f"unknown key '{section}' in file metadata dictionary")
        body, i = _parse_dict(sp, src, m.end(), end, 1, section)
        groups = sp.resources.setdefault(section, {})
        for group, entries in body.items():
            groups.setdefault(group, {}).update(entries)
        i = _skip(src, i)
        if src[i] == ",":
            i += 1


def used_resources(resources: dict, used: dict[str, None]) -> dict:
    """The sections to print: builtin blobs referenced by the printed IR (in order of
    first reference, hex digits in upper case, as upstream re-encodes them), and every
    external resource."""
    out: dict[str, dict] = {}
    blobs = resources.get("dialect_resources", {}).get("builtin", {})
    kept = {h: '"0x' + blobs[h][3:-1].upper() + '"' for h in used if h in blobs}
    if kept:
        out["dialect_resources"] = {"builtin": kept}
    external = resources.get("external_resources")
    if external:
        out["external_resources"] = external
    return out


def print_resources(resources: dict) -> str:
    """The `{-# ... #-}` section as upstream prints it."""
    lines = ["", "{-#"]
    sections = [(k, resources[k]) for k in SECTIONS if resources.get(k)]
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
