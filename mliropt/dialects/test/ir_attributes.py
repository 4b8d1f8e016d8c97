"""Test attributes that upstream's IR tests use (TestAttrDefs.td), and the test
dialect's alias names (its OpAsmDialectInterface::getAlias)."""

from __future__ import annotations

import re
from typing import Any

from mliropt.dialects.test.ir_types import SimpleAType, TestIntegerType
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity
from mliropt.syntax.errors import ParseError


class AttrWithSelfTypeParamAttr(A.DialectAttr, A.TypedAttr):
    """`#test.attr_with_self_type_param : type`: its only parameter is its own type."""

    __slots__ = ("type",)
    _fields = ("type",)
    dialect = "test"
    name = "attr_with_self_type_param"
    parses_type = True
    type: T.Type | None  # type: ignore[assignment]

    @classmethod
    def parse_params(cls, body: Any, type: T.Type | None = None) -> AttrWithSelfTypeParamAttr:
        """No parameters; the type comes from the `: type` suffix (none: NoneType)."""
        return cls(None if type is None or type is T.none else type)

    def print_body(self, p: Any) -> str:
        text = f"#{self.dialect}.{self.name}"
        if self.type is not None:
            text += " : " + p.type(self.type)
        return text


_BARE = re.compile(r"[A-Za-z_][\w$.]*\Z")


class ConditionalAliasAttr(A.DialectAttr):
    """`#test.conditional_alias<value>`: a string printed as its alias when it has one,
    else as a keyword (or a quoted string)."""

    __slots__ = ("value",)
    _fields = ("value",)
    dialect = "test"
    name = "conditional_alias"
    value: A.StringAttr

    @classmethod
    def parse_params(cls, body: Any, type: T.Type | None = None) -> ConditionalAliasAttr:
        """`<keyword-or-string>` or `<attribute>` (a string attribute, e.g. an alias)."""
        body.parse_punct("<")
        text = body.parse_optional_keyword()
        if text is None:
            text = body.parse_optional_string()
        if text is not None:
            value = A.StringAttr(text)
        else:
            at = body._skip()
            value = body.parse_attribute()
            if not isinstance(value, A.StringAttr):
                raise ParseError(at, "invalid kind of attribute specified")
        body.parse_punct(">")
        return cls(value)

    def print_params(self, p: Any) -> str:
        # Upstream's printAlias: the alias when the string has one (which also makes
        # the alias definition printed), else the keyword or the quoted string.
        alias = p.aliases.get(self.value)
        if alias is not None:
            return f"<{alias}>"
        v = self.value.value
        return f"<{v}>" if _BARE.match(v) else f"<{A.escape_string(v)}>"


IR_ATTRIBUTES = (AttrWithSelfTypeParamAttr, ConditionalAliasAttr)


# The test dialect's getAlias of string attributes (upstream MLIR 22's list).
_STRING_ALIASES = {
    "alias_test:dot_in_name": "test.alias",
    "alias_test:trailing_digit": "test_alias0",
    "alias_test:prefixed_digit": "0_test_alias",
    "alias_test:prefixed_symbol": "%test",
    "alias_test:tensor_encoding": "test_encoding",
}


def test_alias(obj: Any) -> tuple[str, bool] | None:
    """The test dialect's alias for any attribute or type: (name, final) or None."""
    if isinstance(obj, A.StringAttr):
        name = _STRING_ALIASES.get(obj.value)
        return None if name is None else (name, True)
    if isinstance(obj, T.TupleType):
        if obj.types and all(isinstance(t, SimpleAType) for t in obj.types):
            return ("test_tuple", True)
        return None
    if isinstance(obj, TestIntegerType) and obj.signedness == "unsigned" and obj.width == 8:
        return ("test_ui8", True)
    return None


def verify_test_attr(op: Any, name: str, value: Any, where: str) -> None:
    """The test dialect's verifyOperationAttribute / verifyRegionArgAttribute /
    verifyRegionResultAttribute: `test.invalid_attr` is rejected everywhere."""
    if name == "test.invalid_attr":
        message = "invalid to use 'test.invalid_attr'"
        raise MLIRError(Diagnostic(op.location, Severity.ERROR, message))
