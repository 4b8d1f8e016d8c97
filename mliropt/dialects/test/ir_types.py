"""Test types that upstream's IR tests use (TestTypeDefs.td): `!test.smpla` and
`!test.int<signedness, width>`."""

from __future__ import annotations

from typing import Any

from mliropt.ir import types as T
from mliropt.syntax.errors import ParseError


class SimpleAType(T.DialectType):
    """`!test.smpla`: a parameterless type."""

    __slots__ = ()
    _fields = ()
    dialect = "test"
    name = "smpla"

    @classmethod
    def parse_params(cls, body: Any) -> SimpleAType:
        """No parameters."""
        return cls()


_SIGNEDNESS = ("signed", "unsigned", "none")


class TestIntegerType(T.DialectType):
    """`!test.int<unsigned, 8>`: an integer of at most 8 bits with a signedness keyword."""

    __slots__ = ("signedness", "width")
    _fields = ("signedness", "width")
    dialect = "test"
    name = "int"
    signedness: str
    width: int

    @classmethod
    def parse_params(cls, body: Any) -> TestIntegerType:
        """`<signedness, width>`."""
        body.parse_punct("<")
        at = body._skip()
        kw = body.parse_optional_keyword(_SIGNEDNESS)
        if kw is None:
            raise ParseError(at, "expected signed, unsigned, or none")
        body.parse_punct(",")
        at = body._skip()
        width = body.parse_integer()
        body.parse_punct(">")
        if not 0 <= width <= 8:
            # Upstream's verifier fails without a message; say why.
            raise ParseError(at, f"!test.int width must be at most 8, got {width}")
        return cls(kw, width)

    def print_params(self, p: Any) -> str:
        return f"<{self.signedness}, {self.width}>"


IR_TYPES = (SimpleAType, TestIntegerType)
