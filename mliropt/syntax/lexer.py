"""The token rules of upstream's MLIR lexer, one token at a time.

The LALR driver lexes compound tokens; this module answers what upstream's lexer
would see at a position, for two uses: error messages (a position where upstream's
lexer fails, e.g. `.` that does not start `...`, reports the lexer's own message) and
the small hand-written parsers that follow upstream's recursive descent (affine maps
and sets). Kinds are upstream's token kind names (`bare_identifier`, `integer`,
`l_paren`, ...); a keyword's kind is `kw_<spelling>`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mliropt.syntax.errors import ParseError

KEYWORDS = frozenset(
    [
        "affine_map",
        "affine_set",
        "array",
        "attributes",
        "bf16",
        "ceildiv",
        "complex",
        "dense",
        "dense_resource",
        "distinct",
        "f16",
        "f32",
        "f64",
        "f80",
        "f8E5M2",
        "f8E4M3",
        "f8E4M3FN",
        "f8E5M2FNUZ",
        "f8E4M3FNUZ",
        "f8E4M3B11FNUZ",
        "f8E3M4",
        "f4E2M1FN",
        "f6E2M3FN",
        "f6E3M2FN",
        "f8E8M0FNU",
        "f128",
        "false",
        "floordiv",
        "for",
        "func",
        "index",
        "loc",
        "max",
        "memref",
        "min",
        "mod",
        "none",
        "offset",
        "size",
        "sparse",
        "step",
        "strided",
        "symbol",
        "tensor",
        "tf32",
        "to",
        "token",
        "true",
        "tuple",
        "type",
        "unit",
        "vector",
    ]
)
_PUNCT = {
    ":": "colon",
    ",": "comma",
    "(": "l_paren",
    ")": "r_paren",
    "}": "r_brace",
    "[": "l_square",
    "]": "r_square",
    "<": "less",
    ">": "greater",
    "=": "equal",
    "+": "plus",
    "*": "star",
    "?": "question",
    "|": "vertical_bar",
    "/": "slash",  # upstream lexes a lone `/` as a token (a `//` is a comment)
}
_BARE = re.compile(r"[A-Za-z_][A-Za-z0-9_$.]*")
_INTTYPE = re.compile(r"(?:i|si|ui)\d+")
_DIGITS = re.compile(r"\d*")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT_TAIL = re.compile(r"\d*(?:[eE][-+]?\d+)?")
_SUFFIX_DIGITS = re.compile(r"\d+")
_SUFFIX_NAME = re.compile(r"[A-Za-z$._\-][A-Za-z0-9$._\-]*")
_AT_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_$.]*")
_PREFIX_ERRORS = {
    "#": ("hash_identifier", "invalid attribute name"),
    "%": ("percent_identifier", "invalid SSA name"),
    "^": ("caret_identifier", "invalid block name"),
    "!": ("exclamation_identifier", "invalid type identifier"),
}


class Token(NamedTuple):
    """A token of upstream's lexer: its kind and extent text[start:end]."""

    kind: str
    start: int
    end: int

    def spelling(self, text: str) -> str:
        """The token's text."""
        return text[self.start : self.end]

    def is_keyword(self) -> bool:
        """True for the `kw_*` kinds."""
        return self.kind.startswith("kw_")


def skip_trivia(text: str, pos: int, end: int) -> int:
    """Skip whitespace and `//` comments, as the lexer does between tokens."""
    while pos < end:
        c = text[pos]
        if c in " \t\n\r":
            pos += 1
        elif c == "/" and text.startswith("//", pos):
            stops = [k for k in (text.find("\n", pos, end), text.find("\r", pos, end)) if k >= 0]
            pos = min(stops) if stops else end
        else:
            break
    return pos


def lex(text: str, pos: int, end: int | None = None) -> Token:
    """The token at `pos` (after trivia); raises ParseError where upstream's lexer
    reports an error (with upstream's message and position)."""
    if end is None:
        end = len(text)
    pos = skip_trivia(text, pos, end)
    if pos >= end:
        return Token("eof", pos, pos)
    c = text[pos]
    kind = _PUNCT.get(c)
    if kind is not None:
        return Token(kind, pos, pos + 1)
    if c.isalpha() or c == "_":
        m = _BARE.match(text, pos, end)
        word = m.group()  # type: ignore[union-attr]
        if _INTTYPE.fullmatch(word):
            return Token("inttype", pos, m.end())  # type: ignore[union-attr]
        return Token("kw_" + word if word in KEYWORDS else "bare_identifier", pos, m.end())  # type: ignore[union-attr]
    if c.isdigit():
        return _lex_number(text, pos, end)
    if c == "-":
        if text.startswith("->", pos):
            return Token("arrow", pos, pos + 2)
        return Token("minus", pos, pos + 1)
    if c == ".":
        if not text.startswith("...", pos):
            raise ParseError(pos + 1, "expected three consecutive dots for an ellipsis")
        return Token("ellipsis", pos, pos + 3)
    if c == "{":
        if text.startswith("{-#", pos):
            return Token("file_metadata_begin", pos, pos + 3)
        return Token("l_brace", pos, pos + 1)
    if c == "#" and text.startswith("#-}", pos):
        return Token("file_metadata_end", pos, pos + 3)
    if c in _PREFIX_ERRORS:
        return _lex_prefixed(text, pos, end)
    if c == '"':
        return Token("string", pos, _lex_string(text, pos, end))
    if c == "@":
        return _lex_at(text, pos, end)
    raise ParseError(pos, "unexpected character")


def _lex_number(text: str, pos: int, end: int) -> Token:
    if text.startswith("0x", pos):
        m = _HEX.match(text, pos, end)
        if m is None:  # `0xi32`: the literal `0`, then the identifier `xi32`
            return Token("integer", pos, pos + 1)
        return Token("integer", pos, m.end())
    i = _DIGITS.match(text, pos, end).end()  # type: ignore[union-attr]
    if i >= end or text[i] != ".":
        return Token("integer", pos, i)
    i = _FLOAT_TAIL.match(text, i + 1, end).end()  # type: ignore[union-attr]
    return Token("floatliteral", pos, i)


def _lex_prefixed(text: str, pos: int, end: int) -> Token:
    kind, error = _PREFIX_ERRORS[text[pos]]
    m = _SUFFIX_DIGITS.match(text, pos + 1, end) or _SUFFIX_NAME.match(text, pos + 1, end)
    if m is None:
        raise ParseError(pos, error)
    return Token(kind, pos, m.end())


def _lex_string(text: str, pos: int, end: int) -> int:
    """End of the string literal starting at `pos`."""
    i = pos + 1
    while True:
        if i >= end:
            raise ParseError(end, "expected '\"' in string literal")
        c = text[i]
        i += 1
        if c == '"':
            return i
        if c in "\n\v\f":
            raise ParseError(i - 1, "expected '\"' in string literal")
        if c == "\\":
            if i < end and text[i] in '"\\nt':
                i += 1
            elif i + 1 < end and text[i] in _HEXDIGITS and text[i + 1] in _HEXDIGITS:
                i += 2
            else:
                raise ParseError(i - 1, "unknown escape in string literal")


_HEXDIGITS = frozenset("0123456789abcdefABCDEF")


def _lex_at(text: str, pos: int, end: int) -> Token:
    if pos + 1 < end and text[pos + 1] == '"':
        return Token("at_identifier", pos, _lex_string(text, pos + 1, end))
    m = _AT_NAME.match(text, pos + 1, end)
    if m is None:
        raise ParseError(pos + 1, "@ identifier expected to start with letter or '_'")
    return Token("at_identifier", pos, m.end())


def lexer_error_at(text: str, pos: int, end: int | None = None) -> ParseError | None:
    """The error upstream's lexer reports for the token at `pos`, if any."""
    try:
        lex(text, pos, end)
    except ParseError as e:
        return e
    return None
