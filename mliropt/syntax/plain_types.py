"""Regex fast paths for the common text of hand-written op syntax (signatures, headers).

A plain type is a name with an optional `<...>` body without brackets, strings or
comments inside (`i32`, `memref<64xf32>`, `!llvm.ptr`); a fast path reads text made of
such types with one match, and leaves anything else (and every error) to the full
cursor-based parser, which reports it as upstream does.
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.syntax.errors import ParseError

PLAIN_TYPE = r"!?[A-Za-z_][\w.$]*(?:<[^<>(){}\"\n/]*>)?"
# `t1, t2` (at least one).
PLAIN_TYPE_LIST = rf"{PLAIN_TYPE}(?:\s*,\s*{PLAIN_TYPE})*"
_ONE_TYPE = re.compile(PLAIN_TYPE)


class NotPlain(Exception):
    """The text is not for the fast path after all (a type did not convert)."""


def plain_types(sp: Any, text: str, start: int, end: int, pos: int) -> list:
    """The types of text[start:end], a PLAIN_TYPE_LIST match of a token at `pos`; raises
    NotPlain when one does not convert (its error is the full parser's to report)."""
    out = []
    type_of = sp.type_of
    try:
        for m in _ONE_TYPE.finditer(text, start, end):
            out.append(type_of(m.group(), pos + m.start()))
    except ParseError:
        raise NotPlain() from None
    return out


def plain_type(sp: Any, text: str, pos: int) -> Any:
    """The type of a PLAIN_TYPE text at `pos` (NotPlain when it does not convert)."""
    try:
        return sp.type_of(text, pos)
    except ParseError:
        raise NotPlain() from None
