"""The complex dialect's attribute `#complex.number<:f32 1.0, 2.0>` and the type
constraints of its ops, with upstream's descriptions and storage classes."""

from __future__ import annotations

import re
from typing import Any

from mliropt.dialects.ods import Constraint
from mliropt.ir import apfloat
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.syntax.attr_formats import UntypedAttrFormat, custom_op_prefix
from mliropt.syntax.errors import ParseError
from mliropt.syntax.literals import float_element
from mliropt.syntax.scanners import skip_ws

# A whole literal token (as a format sees it), and a literal at the cursor of a body.
_FLOAT_LITERAL = re.compile(r"-?[0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?")
_INT_LITERAL = re.compile(r"-?(?:0x[0-9a-fA-F]+|[0-9]+)")
_FLOAT_TOKEN = re.compile(r"[0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?")
_INT_TOKEN = re.compile(r"0x[0-9a-fA-F]+|[0-9]+")


def _is_complex(t: Any) -> bool:
    return isinstance(t, T.ComplexType)


def _is_float_complex(t: Any) -> bool:
    return isinstance(t, T.ComplexType) and isinstance(t.element_type, T.FloatType)


# ODS cppTypes: a `type($x)` of these parts parses only that kind of type.
COMPLEX = ("builtin.complex", _is_complex)
INTEGER = ("builtin.integer", lambda t: isinstance(t, T.IntegerType))

ComplexFloat = Constraint(
    "complex type with floating-point elements", _is_float_complex, kind=COMPLEX
)
AnyComplex = Constraint("complex-type", _is_complex, kind=COMPLEX)
AnySignlessInteger = Constraint(
    "signless integer",
    lambda t: isinstance(t, T.IntegerType) and t.signedness == 0,
    kind=INTEGER,
)


class ArrayFormat(UntypedAttrFormat):
    """An ArrayAttr written in full; another kind of attribute is rejected as upstream's
    generated parser does (it parses with a NoneType, then checks the storage class)."""

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        if _FLOAT_LITERAL.fullmatch(text):
            # Reported at the token after the literal, as upstream's parser does.
            after = skip_ws(sp.text, pos + len(text), len(sp.text))
            raise ParseError(after, "floating point value not valid for specified type")
        if _INT_LITERAL.fullmatch(text):
            raise ParseError(pos, "integer literal not valid for specified type")
        attr = sp.attr_of(text, pos)
        if not isinstance(attr, A.ArrayAttr):
            raise ParseError(pos, custom_op_prefix(sp) + "invalid kind of attribute specified")
        return attr


ArrayAttr = Constraint(
    "array attribute", lambda a: isinstance(a, A.ArrayAttr), format=ArrayFormat()
)


def element_type(t: Any) -> Any:
    """The element type of a complex type (None for other types)."""
    return t.element_type if isinstance(t, T.ComplexType) else None


class NumberAttr(A.DialectAttr, A.TypedAttr):
    """`#complex.number<:f32 1.0, 2.0> : complex<f32>`: a complex float constant; the
    parts are float attributes of the element type."""

    __slots__ = ("real", "imag", "type")
    _fields = ("real", "imag", "type")
    dialect = "complex"
    name = "number"
    parses_type = True
    real: A.FloatAttr
    imag: A.FloatAttr
    type: T.ComplexType

    @classmethod
    def get(cls, type: T.ComplexType, real: float, imag: float) -> NumberAttr:
        """The number nearest to (`real`, `imag`) in the element type (upstream's
        NumberAttr::get from doubles)."""
        et = type.element_type
        return cls(A.FloatAttr.get(et, real), A.FloatAttr.get(et, imag), type)  # type: ignore[arg-type]

    @classmethod
    def parse_params(cls, body: Any, type: T.Type | None = None) -> NumberAttr:
        """`<:type real, imag>`; the `: type` suffix is ignored, as upstream's parser."""
        body.parse_punct("<")
        body.parse_punct(":")
        at = body._skip()
        et = body.parse_type()
        real = _parse_double(body)
        body.parse_punct(",")
        imag = _parse_double(body)
        body.parse_punct(">")
        if not isinstance(et, T.FloatType):
            # Upstream 22 crashes here (NumberAttr::get asks a non-float type for its
            # semantics); this is its verifier's message.
            raise ParseError(at, "element type of the complex attribute must be float like type.")
        return cls.get(T.ComplexType(et), real, imag)

    def print_body(self, p: Any) -> str:
        et = self.type.element_type
        real = apfloat.format_float(et.kind, self.real.bits)  # type: ignore[attr-defined]
        imag = apfloat.format_float(et.kind, self.imag.bits)  # type: ignore[attr-defined]
        return f"#complex.number<:{p.type(et)} {real}, {imag}> : {p.type(self.type)}"


def _parse_double(body: Any) -> float:
    """AsmParser::parseFloat(double&): an optionally negated float literal, or a
    hexadecimal integer giving the bits of a double (upstream's errors otherwise)."""
    neg = body.parse_optional_punct("-")
    start = body._skip()
    m = _FLOAT_TOKEN.match(body.text, start, body.end)
    if m is not None:
        body.pos = m.end()
        value = float(m.group())
        return -value if neg else value
    m = _INT_TOKEN.match(body.text, start, body.end)
    if m is None:
        raise body.error("expected floating point literal")
    bits = float_element(body.text, T.f64, neg, "integer", start, m.end())
    body.pos = m.end()
    return apfloat.to_python_float("f64", bits)
