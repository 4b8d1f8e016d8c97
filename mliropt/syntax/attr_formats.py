"""How an attribute variable (`$name`) is written inside an op's custom format.

Upstream ODS prints an attribute variable according to its storage: an integer of a
fixed type without its type (`4`), an enum as a keyword (`slt`), a symbol name as
`@f`, a dense array as `[1, 2]`, a dialect attribute without its `#dialect.` prefix
(`fastmath<fast>`), anything else in full (`7 : i32`). Each style is an AttrFormat: a
grammar terminal, a parser of that token and a printer.
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.syntax.errors import ParseError

_INT_LITERAL = re.compile(r"-?(?:0x[0-9a-fA-F]+|[0-9]+)")
_FLOAT_LITERAL = re.compile(r"-?[0-9]+\.[0-9]*(?:[eE][-+]?[0-9]+)?")


def custom_op_prefix(sp: Any) -> str:
    """`custom op 'name' `: how upstream's custom-op parser starts the errors it emits
    itself (the op whose format is being parsed is the innermost open one)."""
    stack = getattr(sp, "op_stack", None)
    if not stack:
        return ""
    return f"custom op '{stack[-1][0].name}' "


class AttrFormat:
    """The full attribute syntax, with its `: type` when it has one (the default)."""

    terminal = "TYPED_ATTR"

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        """The attribute written as `text` at `pos`."""
        return sp.attr_of(text, pos)

    def print(self, p: Any, attr: A.Attribute) -> str:
        """The text of `attr` in a custom format."""
        return p.attr(attr)


class UntypedAttrFormat(AttrFormat):
    """An attribute without a type suffix (arrays, dictionaries, ...)."""

    terminal = "ATTR"


class IntegerFormat(AttrFormat):
    """An integer of a known type, written without its type: `4`."""

    terminal = "ATTR"

    def __init__(self, type: T.Type) -> None:
        self.type = type

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        # Upstream parses any attribute with the expected type, then requires the
        # storage kind (an IntegerAttr, which `true`/`false` are too).
        from mliropt.syntax.literals import parse_integer_literal

        if _INT_LITERAL.fullmatch(text):
            return parse_integer_literal(text, pos, self.type)
        if text in ("true", "false"):
            return A.BoolAttr(text == "true")
        if _FLOAT_LITERAL.fullmatch(text):
            # Reported at the token after the literal, as upstream's parser does.
            from mliropt.syntax.scanners import skip_ws

            after = skip_ws(sp.text, pos + len(text), len(sp.text))
            raise ParseError(after, "floating point value not valid for specified type")
        attr = sp.attr_of(text, pos)
        if not isinstance(attr, A.IntegerAttr):
            raise ParseError(pos, custom_op_prefix(sp) + "invalid kind of attribute specified")
        return attr

    def print(self, p: Any, attr: A.Attribute) -> str:
        return attr.print_value()  # type: ignore[attr-defined]


class FloatFormat(AttrFormat):
    """A float of a known type, written without its type."""

    terminal = "ATTR"

    def __init__(self, type: T.FloatType) -> None:
        self.type = type

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        from mliropt.syntax.literals import parse_float_literal, parse_integer_literal

        if "." in text:
            return parse_float_literal(text, pos, self.type)
        return parse_integer_literal(text, pos, self.type)

    def print(self, p: Any, attr: A.Attribute) -> str:
        return attr.print_value()  # type: ignore[attr-defined]


class StringFormat(AttrFormat):
    """A string attribute: `"text"`."""

    terminal = "STRING"

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        from mliropt.syntax.literals import unescape_string

        return A.StringAttr(unescape_string(text[1:-1]))

    def print(self, p: Any, attr: A.Attribute) -> str:
        return A.escape_string(attr.value)  # type: ignore[attr-defined]


class SymbolNameFormat(AttrFormat):
    """A symbol's own name (a StringAttr) written `@name`."""

    terminal = "SYMBOL_REF"

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        ref = sp.attr_of(text, pos)
        return A.StringAttr(ref.root)

    def print(self, p: Any, attr: A.Attribute) -> str:
        return A.print_symbol_name(attr.value)  # type: ignore[attr-defined]


class SymbolRefFormat(AttrFormat):
    """A symbol reference `@a::@b`."""

    terminal = "SYMBOL_REF"


class TypeAttrFormat(AttrFormat):
    """A TypeAttr written as its type."""

    terminal = "TYPE"

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        return A.TypeAttr(sp.type_of(text, pos))

    def print(self, p: Any, attr: A.Attribute) -> str:
        return p.type(attr.value)  # type: ignore[attr-defined]


class KeywordEnumFormat(AttrFormat):
    """An enum written as a keyword (`slt`); `names[i]` is the keyword of case `i`.

    `make(value)` builds the attribute of a case value and `value_of(attr)` reads it
    back (an i64 IntegerAttr by default, as upstream's I64EnumAttr).
    """

    terminal = "BARE_ID"

    def __init__(self, cases: dict[str, int], make: Any = None, value_of: Any = None) -> None:
        self.cases = cases
        self.names = {v: k for k, v in cases.items()}
        self.make = make or (lambda v: A.IntegerAttr(T.i64, v))
        self.value_of = value_of or (lambda a: a.value)

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        value = self.cases.get(text)
        if value is None:
            raise ParseError(pos, f"expected one of [{', '.join(self.cases)}]")
        return self.make(value)

    def print(self, p: Any, attr: A.Attribute) -> str:
        return self.names[self.value_of(attr)]


class DialectAttrFormat(AttrFormat):
    """A dialect attribute in its stripped form: its parameters only (`<fast>`).

    ODS prints an attribute of a known class without `#dialect.mnemonic`, so a format
    spells the mnemonic as a literal when it wants it: `` `fastmath` `` $fastmath`` is
    `fastmath<fast>`."""

    terminal = "ATTR_PARAMS"

    def __init__(self, attr_cls: Any) -> None:
        self.attr_cls = attr_cls

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        from mliropt.syntax.dialect_syntax import BodyParser

        body = BodyParser(sp, pos, pos + len(text))
        try:
            attr = self.attr_cls.parse_params(body)
        except ParseError as e:
            if e.custom and sp.op_stack:
                prefix = f"custom op '{sp.op_stack[-1][0].name}' "
                e.message = prefix + e.message
                e.more = [(p, prefix + m) for p, m in e.more]
            raise
        body.expect_end()
        return attr

    def print(self, p: Any, attr: A.Attribute) -> str:
        return attr.print_params(p)  # type: ignore[attr-defined]


class DenseArrayFormat(AttrFormat):
    """A dense array written as a bracketed list: `[1, 2]`."""

    terminal = "SQUARE"

    def __init__(self, element_type: T.Type) -> None:
        self.element_type = element_type

    def parse(self, sp: Any, text: str, pos: int) -> A.Attribute:
        from mliropt.syntax.dialect_syntax import BodyParser

        body = BodyParser(sp, pos, pos + len(text))
        values = body.parse_comma_separated(body.parse_integer, "[", "]")
        return A.DenseArrayAttr(self.element_type, tuple(values))

    def print(self, p: Any, attr: A.Attribute) -> str:
        return "[" + attr.print_values() + "]"  # type: ignore[attr-defined]


DEFAULT = AttrFormat()
UNTYPED = UntypedAttrFormat()


def format_of(constraint: Any) -> AttrFormat:
    """The format style declared on a constraint (`constraint.format`), or the default."""
    return getattr(constraint, "format", None) or DEFAULT
