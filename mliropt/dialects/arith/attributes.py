"""The arith dialect's attributes and enums: `#arith.fastmath<...>`, `#arith.overflow<...>`,
the comparison predicates and the rounding mode, and the type constraints of its ops.

The two flag attributes are bit enums (upstream's I32BitEnumAttr): printed as the names of
their set bits, `none` when empty; `fastmath` prints the `fast` group as one word and
separates names with `,`, `overflow` separates them with `, `.
"""

from __future__ import annotations

from typing import Any, ClassVar

from mliropt.dialects.ods import Constraint, dialect_attr, enum_attr
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.syntax.attr_formats import DialectAttrFormat, KeywordEnumFormat, custom_op_prefix
from mliropt.syntax.errors import ParseError
from mliropt.syntax.errors_table import AT_TOKEN, MESSAGES
from mliropt.syntax.literals import unescape_string


class _BitEnumAttr(A.DialectAttr):
    """Base of the flag attributes: `value` is the bit set (an int)."""

    __slots__ = ("value",)
    _fields = ("value",)
    value: int
    dialect = "arith"
    # Case names in printing order, with their bits; the `none` case is 0.
    cases: ClassVar[tuple[tuple[str, int], ...]] = ()
    # Groups printed as one word when all their bits are set (printBitEnumPrimaryGroups).
    groups: ClassVar[tuple[tuple[str, int], ...]] = ()
    separator: ClassVar[str] = ","
    enum_name: ClassVar[str] = ""
    attr_name: ClassVar[str] = ""

    @classmethod
    def parse_params(cls, body: Any) -> _BitEnumAttr:
        """`<name, name, ...>`: keywords (or strings) naming cases or groups."""
        body.parse_punct("<")
        names = {**dict(cls.cases), **dict(cls.groups)}
        value = 0
        while True:
            start = body._skip()
            word = body.parse_optional_keyword()
            if word is None:
                word = body.parse_optional_string()
            if word is None:
                raise cls._param_error(body, start, "expected valid keyword or string")
            bits = names.get(word)
            if bits is None:
                raise cls._param_error(
                    body,
                    start,
                    f"expected ::mlir::arith::{cls.enum_name} to be one of: "
                    + ", ".join(n for n, _ in (*cls.cases, *cls.groups)),
                )
            value |= bits
            if not body.parse_optional_punct(","):
                break
        body.parse_punct(">")
        return cls(value)

    @classmethod
    def _param_error(cls, body: Any, pos: int, message: str) -> ParseError:
        """The error, then ODS's "failed to parse <Attr> parameter 'value'" one where the
        parser stopped (both emitted through the dialect parser: `BitEnumFormat` gives them
        the custom-op prefix inside an op's format)."""
        err = ParseError(pos, message)
        err.more = [
            (
                body._skip(),
                f"failed to parse {cls.attr_name} parameter 'value' which is to be a "
                f"`::mlir::arith::{cls.enum_name}`",
            )
        ]
        err.arith_param_error = True  # type: ignore[attr-defined]
        return err

    def print_value(self) -> str:
        """The case names of the set bits (`none` when no bit is set)."""
        value = self.value
        if value == 0:
            return self.cases[0][0]
        words = []
        for name, bits in self.groups:
            if value & bits == bits:
                words.append(name)
                value &= ~bits
        words += [name for name, bits in self.cases if bits and value & bits]
        return self.separator.join(words)

    def print_params(self, p: Any) -> str:
        return f"<{self.print_value()}>"

    def __contains__(self, flags: int) -> bool:
        return self.value & flags == flags


# Fast-math flags (FastMathFlags): bit values as upstream's enum.
FM_NONE, FM_REASSOC, FM_NNAN, FM_NINF, FM_NSZ, FM_ARCP, FM_CONTRACT, FM_AFN = (
    0,
    1,
    2,
    4,
    8,
    16,
    32,
    64,
)
FM_FAST = 127


class FastMathFlagsAttr(_BitEnumAttr):
    """`#arith.fastmath<nnan,ninf>`: floating-point fast-math flags."""

    __slots__ = ()
    name = "fastmath"
    enum_name = "FastMathFlags"
    attr_name = "Arith_FastMathAttr"
    cases = (
        ("none", FM_NONE),
        ("reassoc", FM_REASSOC),
        ("nnan", FM_NNAN),
        ("ninf", FM_NINF),
        ("nsz", FM_NSZ),
        ("arcp", FM_ARCP),
        ("contract", FM_CONTRACT),
        ("afn", FM_AFN),
    )
    groups = (("fast", FM_FAST),)
    separator = ","


# Integer overflow flags (IntegerOverflowFlags).
OVF_NONE, OVF_NSW, OVF_NUW = 0, 1, 2


class IntegerOverflowFlagsAttr(_BitEnumAttr):
    """`#arith.overflow<nsw, nuw>`: no-signed-wrap / no-unsigned-wrap flags."""

    __slots__ = ()
    name = "overflow"
    enum_name = "IntegerOverflowFlags"
    attr_name = "Arith_IntegerOverflowAttr"
    cases = (("none", OVF_NONE), ("nsw", OVF_NSW), ("nuw", OVF_NUW))
    separator = ", "


def fastmath_none() -> FastMathFlagsAttr:
    """The default fast-math attribute, `#arith.fastmath<none>`."""
    return FastMathFlagsAttr(FM_NONE)


def overflow_none() -> IntegerOverflowFlagsAttr:
    """The default overflow attribute, `#arith.overflow<none>`."""
    return IntegerOverflowFlagsAttr(OVF_NONE)


# ----------------------------------------------------------------- enums

CMPI_PREDICATES = {
    "eq": 0,
    "ne": 1,
    "slt": 2,
    "sle": 3,
    "sgt": 4,
    "sge": 5,
    "ult": 6,
    "ule": 7,
    "ugt": 8,
    "uge": 9,
}
CMPF_PREDICATES = {
    "false": 0,
    "oeq": 1,
    "ogt": 2,
    "oge": 3,
    "olt": 4,
    "ole": 5,
    "one": 6,
    "ord": 7,
    "ueq": 8,
    "ugt": 9,
    "uge": 10,
    "ult": 11,
    "ule": 12,
    "une": 13,
    "uno": 14,
    "true": 15,
}
ROUNDING_MODES = {
    "to_nearest_even": 0,
    "downward": 1,
    "upward": 2,
    "toward_zero": 3,
    "to_nearest_away": 4,
}


class BitEnumFormat(DialectAttrFormat):
    """A flag attribute in an op's format (`fastmath<fast>`): the errors of its parameter
    parser start with `custom op 'name' `, as upstream's OpAsmParser emits them (the same
    attribute in generic form, `#arith.fastmath<...>`, has no prefix)."""

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        try:
            return super().parse(sp, text, pos)
        except ParseError as e:
            if getattr(e, "arith_param_error", False):
                prefix = custom_op_prefix(sp)
                e.message = prefix + e.message
                e.more = [(p, prefix + m) for p, m in e.more]
            raise


def bit_enum_attr(cls: type, description: str) -> Constraint:
    """The constraint of a flag property written `mnemonic<...>` in a format."""
    constraint = dialect_attr(cls, description)
    constraint.format = BitEnumFormat(cls)
    return constraint


def _cases(values: dict[str, int], width: int) -> str:
    return f"allowed {width}-bit signless integer cases: " + ", ".join(
        str(v) for v in values.values()
    )


class KeywordOrStringEnumFormat(KeywordEnumFormat):
    """An enum in an op's format: a case keyword, or a string naming a case (ODS's
    parseOptionalKeyword(&s, cases) then parseOptionalString). The terminal (arith.lark)
    matches only those; anything else is the grammar's error (a required enum's message
    is in `errors_table.MESSAGES`), so an optional enum followed by another word is absent,
    as upstream."""

    def __init__(self, cases: dict[str, int], attr_name: str, terminal: str, width: int) -> None:
        t = T.IntegerType(width)
        super().__init__(cases, lambda v: A.IntegerAttr(t, v))
        self.attr_name = attr_name
        self.terminal = terminal

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        word = unescape_string(text[1:-1]) if text.startswith('"') else text
        value = self.cases.get(word)
        if value is None:
            raise ParseError(
                pos,
                f'{custom_op_prefix(sp)}invalid {self.attr_name} attribute specification: "{word}"',
            )
        return self.make(value)


def _keyword_enum(
    description: str, cases: dict[str, int], attr_name: str, terminal: str, width: int = 64
) -> Constraint:
    constraint = enum_attr(description, cases, width)
    constraint.format = KeywordOrStringEnumFormat(cases, attr_name, terminal, width)
    return constraint


def _missing_predicate(op: str, terminal: str, cases: dict[str, int]) -> None:
    """Upstream's error for a token that is neither a case keyword nor a string."""
    MESSAGES[("op_body", "@" + terminal)] = AT_TOKEN + (
        f"custom op '{op}' expected string or keyword containing one of the following enum "
        f"values for attribute 'predicate' [{', '.join(cases)}]"
    )


CmpIPredicateAttr = _keyword_enum(
    _cases(CMPI_PREDICATES, 64), CMPI_PREDICATES, "predicate", "ARITH_CMPI_PREDICATE"
)
CmpFPredicateAttr = _keyword_enum(
    _cases(CMPF_PREDICATES, 64), CMPF_PREDICATES, "predicate", "ARITH_CMPF_PREDICATE"
)
RoundingModeAttr = _keyword_enum(
    "Floating point rounding mode", ROUNDING_MODES, "roundingmode", "ARITH_ROUNDING_MODE", 32
)
_missing_predicate("arith.cmpi", "ARITH_CMPI_PREDICATE", CMPI_PREDICATES)
_missing_predicate("arith.cmpf", "ARITH_CMPF_PREDICATE", CMPF_PREDICATES)

# ----------------------------------------------------------------- type constraints


def _signless(t: Any) -> bool:
    return isinstance(t, T.IntegerType) and t.signedness == 0


def _vector_or_tensor_of(t: Any, pred: Any) -> bool:
    if isinstance(t, (T.VectorType, T.RankedTensorType, T.UnrankedTensorType)):
        return pred(t.element_type)
    return False


def _like(pred: Any) -> Any:
    return lambda t: pred(t) or _vector_or_tensor_of(t, pred)


def _memref_of(pred: Any) -> Any:
    return lambda t: isinstance(t, (T.MemRefType, T.UnrankedMemRefType)) and pred(t.element_type)


def _float(t: Any) -> bool:
    return isinstance(t, T.FloatType)


def _int_or_index(t: Any) -> bool:
    return _signless(t) or isinstance(t, T.IndexType)


SignlessFixedWidthIntegerLike = Constraint("signless-fixed-width-integer-like", _like(_signless))
IndexCastTypeConstraint = Constraint(
    "signless-integer-like or memref of signless-integer",
    lambda t: _like(_int_or_index)(t) or _memref_of(_int_or_index)(t),
)
BitcastTypeConstraint = Constraint(
    "signless-integer-or-float-like or memref of signless-integer or float",
    lambda t: (
        _like(lambda e: _signless(e) or _float(e))(t)
        or _memref_of(lambda e: _signless(e) or _float(e))(t)
    ),
)
TypedAttrInterface = Constraint("TypedAttr instance", lambda a: isinstance(a, A.TypedAttr))
