"""Scanners that extend a compound token from its start to its balanced end.

The contextual lexer matches the start of a compound token (a type, an attribute, an
attribute dictionary, a location, a block label, ...) with a regex, then calls the
scanner of that terminal to find where the token ends. Scanners only find extents;
the text level of the grammar parses the token's text afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mliropt.syntax.errors import ParseError

_WS = re.compile(r"(?:\s+|//[^\n]*)*")
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_IDENT = re.compile(r"[\w$.\-]*")
_BRACKETS = {"<": ">", "(": ")", "[": "]", "{": "}"}
# One step of a balanced scan: a string, an arrow or comparison that is not a bracket,
# or a bracket character. Everything else is skipped in bulk.
_STEP = re.compile(
    r'[^"<>()\[\]{}\-=/]+|"(?:[^"\\\n]|\\.)*"|//[^\n]*|->|>=|<=|==|[-=/]|[<>()\[\]{}]'
)
_TYPE_KEYWORD = re.compile(
    r"(?:[su]?i[1-9]\d*|f16|bf16|f32|f64|f80|f128|tf32|f8E\w+|f6E\w+|f4E\w+|index|none"
    r"|complex|tuple|vector|tensor|memref)(?![\w$.])"
)
_NUMBER = re.compile(r"[-+]?(?:0x[0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)")
_SYMBOL = re.compile(
    r'@(?:[\w$.\-]+|"(?:[^"\\\n]|\\.)*")(?:\s*::\s*@(?:[\w$.\-]+|"(?:[^"\\\n]|\\.)*"))*'
)
_KEYWORD = re.compile(r"[A-Za-z_][\w$.]*")


def skip_ws(text: str, pos: int, end: int) -> int:
    """Position of the next token after whitespace and `//` comments."""
    return _WS.match(text, pos, end).end()


_CLOSER = {"<": ">", "(": ")", "[": "]", "{": "}"}


def scan_balanced(text: str, pos: int, end: int) -> int:
    """End of the bracketed group opening at `pos` (one of `<([{`), nested brackets,
    strings, comments and `->` included. A closer that does not match the innermost
    open bracket is ordinary text (`(a > b)`)."""
    stack: list[str] = []
    step = _STEP.match
    i = pos
    while i < end:
        m = step(text, i, end)
        if m is None:  # an unterminated string: let the grammar report it
            return end
        tok = m.group()
        i = m.end()
        c = tok[0]
        if c in "<([{":
            stack.append(_CLOSER[c])
        elif len(tok) == 1 and c in ">)]}" and stack and stack[-1] == c:
            stack.pop()
            if not stack:
                return i
    # Unbalanced: the token runs to the end of the range, and parsing its text
    # reports the precise error, as upstream's token-by-token parser would.
    return end


def _after_ident(text: str, pos: int, end: int) -> int:
    """Extend an identifier with an immediately following `<...>` body."""
    if pos < end and text[pos] == "<":
        return scan_balanced(text, pos, end)
    return pos


def scan_type(text: str, pos: int, end: int) -> int:
    """End of the type starting at `pos`."""
    c = text[pos]
    if c == "(":
        i = scan_balanced(text, pos, end)
        j = skip_ws(text, i, end)
        if not text.startswith("->", j):
            return i
        j = skip_ws(text, j + 2, end)
        if j < end and text[j] == "(":
            return scan_balanced(text, j, end)
        return scan_type(text, j, end)
    if c == "!":
        i = _IDENT.match(text, pos + 1, end).end()
        return _after_ident(text, i, end)
    m = _KEYWORD.match(text, pos, end)
    if m is None:
        raise ParseError(pos, "expected non-function type")
    return _after_ident(text, m.end(), end)


def is_type_start(text: str, pos: int, end: int) -> bool:
    """True when a type begins at `pos`."""
    if pos >= end:
        return False
    c = text[pos]
    return c in "(!" or _TYPE_KEYWORD.match(text, pos, end) is not None


def scan_types(text: str, pos: int, end: int) -> int:
    """End of a comma-separated list of types starting at `pos`."""
    i = scan_type(text, pos, end)
    while True:
        j = skip_ws(text, i, end)
        if j >= end or text[j] != ",":
            return i
        k = skip_ws(text, j + 1, end)
        if not is_type_start(text, k, end):
            return i
        i = scan_type(text, k, end)


def scan_attr(text: str, pos: int, end: int) -> int:
    """End of the attribute value starting at `pos` (without a `: type` suffix)."""
    c = text[pos]
    if c in "[{(":
        i = scan_balanced(text, pos, end)
        if c == "(":  # a function type used as an attribute
            return scan_type(text, pos, end)
        return i
    if c == '"':
        m = _STRING.match(text, pos, end)
        if m is None:
            raise ParseError(pos, "expected '\"' in string literal")
        return m.end()
    if c in "#!":
        i = _IDENT.match(text, pos + 1, end).end()
        return _after_ident(text, i, end)
    if c == "@":
        m = _SYMBOL.match(text, pos, end)
        if m is None:
            raise ParseError(pos, "expected symbol reference")
        return m.end()
    if c in "-+" or c.isdigit():
        m = _NUMBER.match(text, pos, end)
        if m is None:
            raise ParseError(pos, "expected attribute value")
        return m.end()
    m = _KEYWORD.match(text, pos, end)
    if m is None:
        raise ParseError(pos, "expected attribute value")
    i = m.end()
    word = m.group()
    if word == "distinct" and i < end and text[i] == "[":
        i = scan_balanced(text, i, end)
        return _after_ident(text, i, end)
    if word == "loc" and i < end and text[i] == "(":
        return scan_balanced(text, i, end)
    return _after_ident(text, i, end)


def scan_typed_attr(text: str, pos: int, end: int) -> int:
    """End of an attribute value with its optional `: type` suffix."""
    i = scan_attr(text, pos, end)
    j = skip_ws(text, i, end)
    if j < end and text[j] == ":" and not text.startswith("::", j):
        k = skip_ws(text, j + 1, end)
        if is_type_start(text, k, end):
            return scan_type(text, k, end)
    return i


def scan_loc(text: str, pos: int, end: int) -> int:
    """End of `loc(...)` (or of the bare keyword `loc`: its text then fails to parse)."""
    i = skip_ws(text, pos + 3, end)
    if i < end and text[i] == "(":
        return scan_balanced(text, i, end)
    return pos + 3


def scan_paren_group(text: str, pos: int, end: int) -> int:
    """End of the group `<{...}>`, `{...}` or `[...]` starting at `pos`."""
    i = pos
    while text[i] not in "([{":
        i += 1
    j = scan_balanced(text, i, end)
    if text.startswith("<{", pos):
        if j >= end or text[j] != ">":
            raise ParseError(j, "expected '>' to close properties")
        j += 1
    return j


def scan_block_label(text: str, pos: int, end: int) -> int:
    """End of `^name(args):`."""
    i = _IDENT.match(text, pos + 1, end).end()
    j = skip_ws(text, i, end)
    if j < end and text[j] == "(":
        i = scan_balanced(text, j, end)
        j = skip_ws(text, i, end)
    if j >= end or text[j] != ":":
        raise ParseError(j, "expected ':' after block name")
    return j + 1


def scan_successor(text: str, pos: int, end: int) -> int:
    """End of `^name` with an optional `(%a : i32)` argument list."""
    i = _IDENT.match(text, pos + 1, end).end()
    j = skip_ws(text, i, end)
    if j < end and text[j] == "(":
        return scan_balanced(text, j, end)
    return i


def scan_file_metadata(text: str, pos: int, end: int) -> int:
    """End of a `{-# ... #-}` section."""
    i = text.find("#-}", pos, end)
    if i < 0:
        raise ParseError(pos, "expected '#-}' to end file metadata")
    return i + 3


def scan_angle_body(text: str, pos: int, end: int) -> int:
    """End of `dense<...>`, `sparse<...>` or `array<...>`."""
    return scan_balanced(text, text.index("<", pos), end)


def scan_colon_type(text: str, pos: int, end: int) -> int:
    """End of `: type`."""
    i = skip_ws(text, pos + 1, end)
    if i >= end:
        raise ParseError(i, "expected type")
    return scan_type(text, i, end)


def scan_colon_types(text: str, pos: int, end: int) -> int:
    """End of `: type, type`."""
    i = skip_ws(text, pos + 1, end)
    if i >= end:
        raise ParseError(i, "expected type")
    return scan_types(text, i, end)


SCANNERS: dict[str, Callable[[str, int, int], int]] = {
    "COLON_TYPE": scan_colon_type,
    "COLON_TYPES": scan_colon_types,
    "TYPE": scan_type,
    "TYPES": scan_types,
    "ATTR": scan_attr,
    "TYPED_ATTR": scan_typed_attr,
    "ATTR_DICT": scan_paren_group,
    "PROPS": scan_paren_group,
    "LOC": scan_loc,
    "SUCCESSORS": scan_paren_group,
    "BLOCK_LABEL": scan_block_label,
    "SUCCESSOR": scan_successor,
    "FILE_METADATA": scan_file_metadata,
    "BANG_TYPE": lambda t, p, e: _after_ident(t, _IDENT.match(t, p + 1, e).end(), e),
    "HASH_ATTR": lambda t, p, e: _after_ident(t, _IDENT.match(t, p + 1, e).end(), e),
    "SQUARE": scan_paren_group,
    "MNEMONIC": lambda t, p, e: _after_ident(t, _KEYWORD.match(t, p, e).end(), e),
    "ATTR_PARAMS": scan_balanced,
    "DENSE_BODY": scan_angle_body,
    "SPARSE_BODY": scan_angle_body,
    "ARRAY_BODY": scan_angle_body,
}


# ----------------------------------------------------------------- fast paths
# Most compound tokens are shallow: a whole-token regex recognises them without a call
# to the scanner above. Each pattern either matches exactly the extent the scanner would
# find or fails (then the lexer falls back to the start pattern and the scanner): `-` is
# allowed only in `->` and before a digit, brackets must balance to depth 3, and a
# match may not stop where the scanner would continue (the lookaheads).


def _groups(depth: int) -> str:
    atom = r'(?:[^<>()\[\]{}"\-]|->|-(?=\d)|"(?:[^"\\\n]|\\.)*")'
    inner = f"{atom}*"
    for _ in range(depth):
        inner = f"(?:{atom}|<{inner}>|\\({inner}\\)|\\[{inner}\\]|\\{{{inner}\\}})*"
    return inner


_G = _groups(2)
_SIMPLE_TYPE = rf"(?:[a-z]\w*|![\w$.\-]+)(?:<{_G}>|(?![<\w$.]))"
_TYPE_LIST = rf"{_SIMPLE_TYPE}(?:\s*,\s*{_SIMPLE_TYPE})*"
_FN_TYPE = rf"\((?:\s*{_TYPE_LIST})?\s*\)\s*->\s*(?:{_SIMPLE_TYPE}|\((?:\s*{_TYPE_LIST})?\s*\))"
_TYPE = rf"(?:{_FN_TYPE}|{_SIMPLE_TYPE}(?!\s*->))"
_TYPES = rf"{_TYPE_LIST}(?!\s*,\s*[(!a-z])(?!\s*->)"
# Atomic, and not followed by a word character: `16 :` must not fast-match as `1`.
_NUMBER_RE = r"(?>[-+]?(?:0x[0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?))(?![\w.])"
_SIMPLE_ATTR = rf'(?:{_NUMBER_RE}|"(?:[^"\\\n]|\\.)*"|true\b|false\b|unit\b|@[\w$.\-]+(?!\s*::))'

FAST: dict[str, str] = {
    "TYPE": _TYPE,
    "TYPES": _TYPES,
    "COLON_TYPE": rf":(?!:)\s*{_TYPE}",
    "COLON_TYPES": rf":(?!:)\s*{_TYPES}",
    "ATTR_DICT": rf"\{{{_G}\}}",
    "PROPS": rf"<\{{{_G}\}}>",
    "LOC": rf"loc\({_G}\)",
    "SUCCESSORS": rf"\[{_G}\]",
    "SQUARE": rf"\[{_G}\]",
    "ATTR_PARAMS": rf"<{_G}>",
    "BLOCK_LABEL": rf"\^[\w$.\-]+(?:\s*\({_G}\))?\s*:",
    "SUCCESSOR": rf"\^[\w$.\-]+(?:\s*\({_G}\))?",
    "ATTR": rf"{_SIMPLE_ATTR}(?!\s*[:<(\[.])",
    "TYPED_ATTR": rf"{_SIMPLE_ATTR}(?:\s*:(?!:)\s*{_SIMPLE_TYPE})?(?!\s*[:<(\[.])",
}


# Start patterns that the lexer extends with a scanner, by terminal name (`T__S`).
SLOW_PATHS: dict[str, tuple[str, Callable[[str, int, int], int]]] = {
    f"{t}__S": (t, scan) for t, scan in SCANNERS.items()
}


def register_scanner(
    terminal: str, scan: Callable[[str, int, int], int], fast: str | None = None
) -> None:
    """Make `terminal` (declared by a dialect's grammar fragment) a compound token."""
    SCANNERS[terminal] = scan
    SLOW_PATHS[f"{terminal}__S"] = (terminal, scan)
    if fast is not None:
        FAST[terminal] = fast
