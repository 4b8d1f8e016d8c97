"""`!dialect.type<...>` and `#dialect.attr<...>`: aliases, dialect hooks, opaque forms.

A registered dialect parses the text after the mnemonic with a `BodyParser`, a small
cursor API over the token's text (as upstream's DialectAsmParser); nested types and
attributes inside a body go back through the grammar.
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.syntax.errors import ParseError
from mliropt.syntax.scanners import scan_attr, scan_type, scan_typed_attr, skip_ws

_NAME = re.compile(r"[\w$.\-]+")
_KEYWORD = re.compile(r"[A-Za-z_][\w$.]*")
_INT = re.compile(r"[-+]?(?:0x[0-9a-fA-F]+|\d+)")
_FLOAT = re.compile(r"[-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?")
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_PRETTY = re.compile(r"[A-Za-z_][\w.]*")


def _split(text: str) -> tuple[str, str, str, int]:
    """(dialect, mnemonic-or-empty, rest, offset of rest) of `!d.m<...>` / `#d<...>`."""
    m = _NAME.match(text, 1)
    name = m.group() if m else ""
    end = 1 + len(name)
    dialect, dot, mnemonic = name.partition(".")
    return dialect, mnemonic if dot else "", text[end:], end


def is_pretty(sym: str) -> bool:
    """Upstream's test for printing `#d.sym` instead of `#d<sym>`."""
    m = _PRETTY.match(sym)
    if m is None:
        return False
    rest = sym[m.end():]
    if not rest:
        return True
    return rest.startswith("<") and rest.endswith(">")


def _symbol_data_pos(pos: int, dialect: str, mnemonic: str) -> int:
    """Where upstream reports an unregistered dialect's type or attribute: at the
    mnemonic of the pretty form `!d.name`, at the `!`/`#` of the opaque form `!d<...>`."""
    return pos + 2 + len(dialect) if mnemonic else pos


def parse_bang_type(sp: Any, text: str, pos: int) -> T.Type:
    """The type of a `!...` token."""
    dialect, mnemonic, rest, off = _split(text)
    if not mnemonic and not rest.startswith("<"):
        t = sp.type_aliases.get(dialect)
        if t is None:
            # Upstream reports it where the alias name ends.
            raise ParseError(pos + len(text), f"undefined symbol alias id '{dialect}'")
        return t
    if not mnemonic:  # opaque form `!d<body>`
        sym = rest[1:-1]
    else:
        sym = mnemonic + rest
    d = sp.ctx.get_dialect(dialect)
    if d is None:
        if not sp.ctx.allow_unregistered:
            raise ParseError(
                _symbol_data_pos(pos, dialect, mnemonic),
                f'`!"{dialect}"<"{sym}">` type created with unregistered dialect. If this is '
                "intended, please call allowUnregisteredDialects() on the MLIRContext, or use "
                "-allow-unregistered-dialect with the MLIR opt tool used",
            )
        return T.OpaqueType(dialect, sym)
    if not mnemonic:
        body = BodyParser(sp, pos + off + 1, pos + len(text) - 1)
        mnemonic = body.parse_keyword()
    else:
        body = BodyParser(sp, pos + off, pos + len(text))
    t = d.parse_type(mnemonic, body)
    if t is None:
        raise ParseError(pos + off, f"dialect '{dialect}' provides no type parsing hook")
    body.expect_end()
    return t


def parse_hash_attr(sp: Any, text: str, pos: int, type: T.Type | None) -> A.Attribute:
    """The attribute of a `#...` token (with the type of an optional `: type` suffix)."""
    dialect, mnemonic, rest, off = _split(text)
    if not mnemonic and not rest.startswith("<"):
        a = sp.attr_aliases.get(dialect)
        if a is None:
            # Upstream reports it where the alias name ends.
            raise ParseError(pos + len(text), f"undefined symbol alias id '{dialect}'")
        return a
    sym = rest[1:-1] if not mnemonic else mnemonic + rest
    d = sp.ctx.get_dialect(dialect)
    if d is None:
        if not sp.ctx.allow_unregistered:
            tstr = "none" if type is None else str(type)
            raise ParseError(
                _symbol_data_pos(pos, dialect, mnemonic),
                f'#"{dialect}"<"{sym}"> : \'{tstr}\' attribute created with unregistered '
                "dialect. If this is intended, please call allowUnregisteredDialects() on the "
                "MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used",
            )
        return A.OpaqueAttr(dialect, sym, type)
    if not mnemonic:
        body = BodyParser(sp, pos + off + 1, pos + len(text) - 1)
        at = body._skip()
        mnemonic = body.parse_keyword()
    else:
        body = BodyParser(sp, pos + off, pos + len(text))
        at = pos + off - len(mnemonic)
    a = d.parse_attribute(mnemonic, body, type)
    if a is None:
        # Upstream reports it at the mnemonic.
        raise ParseError(at, f"unknown attribute `{mnemonic}` in dialect `{dialect}`")
    body.expect_end()
    return a


class BodyParser:
    """A cursor over part of the source: the parameters of a dialect type or attribute,
    or the text of a custom directive. `parse_x` raises, `parse_optional_x` returns None."""

    def __init__(self, sp: Any, pos: int, end: int) -> None:
        self.sp = sp
        self.text = sp.text
        self.pos = pos
        self.end = end

    # ----------------------------------------------------------------- basics

    def _skip(self) -> int:
        self.pos = skip_ws(self.text, self.pos, self.end)
        return self.pos

    def at_end(self) -> bool:
        """True when only whitespace remains."""
        return self._skip() >= self.end

    def expect_end(self) -> None:
        """Error unless the whole text was consumed."""
        if not self.at_end():
            raise ParseError(self.pos, "unexpected trailing characters")

    def error(self, message: str) -> ParseError:
        """A ParseError at the cursor (or the error of upstream's lexer there)."""
        from mliropt.syntax.lexer import lexer_error_at

        i = self._skip()
        return lexer_error_at(self.text, i, self.end) or ParseError(i, message)

    def parse_optional_punct(self, punct: str) -> bool:
        """Consume `punct` if it is next."""
        i = self._skip()
        if self.text.startswith(punct, i) and i + len(punct) <= self.end:
            self.pos = i + len(punct)
            return True
        return False

    def parse_punct(self, punct: str, message: str | None = None) -> None:
        """Consume `punct` or fail with upstream's `expected 'x'`."""
        if not self.parse_optional_punct(punct):
            from mliropt.syntax.lexer import lexer_error_at

            # Upstream's lexer fails first on a character no token starts with.
            bad = lexer_error_at(self.text, self._skip(), self.end)
            if bad is not None:
                raise bad
            # A missing token is reported where upstream's emitWrongTokenError puts it:
            # after the previous token, not at the next one.
            from mliropt.syntax.lalr import wrong_token_position

            at = wrong_token_position(self.text, self._skip(), len(self.text))
            raise ParseError(at, message or f"expected '{punct}'")

    def parse_optional_keyword(self, allowed: tuple[str, ...] | None = None) -> str | None:
        """A bare identifier (one of `allowed` when given), or None."""
        i = self._skip()
        m = _KEYWORD.match(self.text, i, self.end)
        if m is None or (allowed is not None and m.group() not in allowed):
            return None
        self.pos = m.end()
        return m.group()

    def parse_keyword(self, message: str = "expected valid keyword") -> str:
        """A bare identifier."""
        kw = self.parse_optional_keyword()
        if kw is None:
            raise self.error(message)
        return kw

    def parse_optional_integer(self) -> int | None:
        """An integer literal, or None."""
        i = self._skip()
        m = _INT.match(self.text, i, self.end)
        if m is None or (m.end() < self.end and self.text[m.end()] == "."):
            return None
        self.pos = m.end()
        from mliropt.syntax.literals import int_literal

        return int_literal(m.group())

    def parse_integer(self, message: str = "expected integer value") -> int:
        """An integer literal."""
        v = self.parse_optional_integer()
        if v is None:
            raise self.error(message)
        return v

    def parse_float(self) -> float:
        """A float literal."""
        i = self._skip()
        m = _FLOAT.match(self.text, i, self.end)
        if m is None:
            raise self.error("expected floating point literal")
        self.pos = m.end()
        return float(m.group())

    def parse_optional_string(self) -> str | None:
        """A string literal's value, or None."""
        from mliropt.syntax.literals import unescape_string

        i = self._skip()
        m = _STRING.match(self.text, i, self.end)
        if m is None:
            return None
        self.pos = m.end()
        return unescape_string(m.group()[1:-1])

    def parse_string(self) -> str:
        """A string literal's value."""
        s = self.parse_optional_string()
        if s is None:
            raise self.error("expected string")
        return s

    # ----------------------------------------------------------------- nested IR

    def parse_type(self) -> T.Type:
        """A type, through the grammar."""
        from mliropt.syntax.lexer import lexer_error_at

        i = self._skip()
        if i >= self.end:
            from mliropt.syntax.lalr import wrong_token_position

            at = wrong_token_position(self.text, i, len(self.text))
            raise ParseError(at, "expected non-function type")
        try:
            j = scan_type(self.text, i, self.end)
        except ParseError as e:
            raise lexer_error_at(self.text, i, self.end) or e from None
        self.pos = j
        return self.sp.type_of(self.text[i:j], i)

    def parse_attribute(self, typed: bool = True) -> A.Attribute:
        """An attribute (with its `: type` suffix when `typed`), through the grammar."""
        i = self._skip()
        if i >= self.end:
            raise self.error("expected attribute value")
        j = (scan_typed_attr if typed else scan_attr)(self.text, i, self.end)
        self.pos = j
        return self.sp.attr_of(self.text[i:j], i)

    def parse_comma_separated(self, element: Any, open_: str = "", close: str = "") -> list:
        """`open elem, elem close` (no brackets when both are empty); empty lists allowed."""
        out: list = []
        if open_:
            self.parse_punct(open_)
            if self.parse_optional_punct(close):
                return out
        while True:
            out.append(element())
            if not self.parse_optional_punct(","):
                break
        if close:
            self.parse_punct(close)
        return out

    def rest_text(self) -> str:
        """The unparsed text (for verbatim bodies)."""
        return self.text[self.pos:self.end]
