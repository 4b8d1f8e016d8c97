"""llvm aggregate and vector ops: extractvalue, insertvalue, extractelement,
insertelement, shufflevector.

`extractvalue`/`insertvalue` and `shufflevector` print their type followed by a space:
upstream's custom directive after it prints nothing but keeps the space before it.
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.dialects.llvm import constraints as C
from mliropt.dialects.llvm import types as LT
from mliropt.dialects.llvm.constraints import LLVMOp
from mliropt.dialects.llvm.syntax import custom_error, split_checked_attrs
from mliropt.dialects.ods import (
    Attr,
    DenseI32ArrayAttr,
    DenseI64ArrayAttr,
    Operand,
    Pure,
    Result,
    VerifyError,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.syntax.custom_syntax import CustomSyntax
from mliropt.syntax.dialect_syntax import BodyParser
from mliropt.syntax.errors import ParseError
from mliropt.syntax.scanners import skip_ws


def element_at(container: T.Type, position: tuple) -> tuple[T.Type | None, str]:
    """getInsertExtractValueElementType: the type at `position`, or (None, error)."""
    t = container
    for idx in position:
        if isinstance(t, LT.LLVMStructType):
            if not 0 <= idx < len(t.body):
                return None, f"position out of bounds: {idx}"
            t = t.body[idx]
        elif isinstance(t, LT.LLVMArrayType):
            if not 0 <= idx < t.num_elements:
                return None, f"position out of bounds: {idx}"
            t = t.element_type
        else:
            return None, f"expected LLVM IR structure/array type, got: '{t}'"
    return t, ""


# A position of plain decimal integers (what the printer writes), read without the
# general body parser; anything else (hex, signs, comments, errors) takes that path.
_SIMPLE_POSITION = re.compile(r"\[ *([0-9]+(?: *, *[0-9]+)*) *\]")


def _parse_position(sp: Any, text: str, pos: int) -> tuple:
    m = _SIMPLE_POSITION.fullmatch(text)
    if m is not None:
        return tuple(int(v) for v in m.group(1).split(","))
    body = BodyParser(sp, pos, pos + len(text))
    values = body.parse_comma_separated(body.parse_integer, "[", "]")
    body.expect_end()
    return tuple(values)


class _ValueOp(LLVMOp):
    """Base of extractvalue/insertvalue."""

    traits = (Pure,)
    position = Attr(DenseI64ArrayAttr)

    def element_type(self) -> T.Type | None:
        """The type at the op's position in its container."""
        container = self.operand(0).type
        t, err = element_at(container, self.properties["position"].values)  # type: ignore[attr-defined]
        if t is None:
            raise VerifyError(self, err)
        return t


def _element_or_error(sp: Any, cls: Any, container: T.Type, position: tuple, after: int) -> T.Type:
    t, err = element_at(container, position)
    if t is None:
        # Upstream reports it at the token after the type (the directive's location).
        raise custom_error(cls.name, skip_ws(sp.text, after, len(sp.text)), err)
    return t


class ExtractValueOp(_ValueOp):
    """Extract a value from a struct or array.

    Example: `%v = llvm.extractvalue %s[1, 0] : !llvm.struct<(i32, array<2 x f32>)>`
    """

    name = "llvm.extractvalue"
    llvm_instruction = "extractvalue"
    container = Operand(C.LLVMAggregate)
    res = Result(C.LLVMType)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`%c[pos] {attrs} : type`."""
        return CustomSyntax(
            cls, [("VALUE SQUARE [ATTR_DICT] COLON_TYPE", _parse_extract)], _print_value_op
        )

    def fold(self, operands: list) -> list | None:
        """Extract through extractvalue (positions joined, in place) and insertvalue
        chains; from undef or poison, undef or poison."""
        from mliropt.dialects.llvm import attributes as LA

        container = self.operand(0)
        if isinstance(operands[0], (LA.UndefAttr, LA.PoisonAttr)):
            return [operands[0]]
        position = tuple(self.properties["position"].values)  # type: ignore[attr-defined]
        prev = getattr(container, "owner", None)
        if isinstance(prev, ExtractValueOp):
            joined = tuple(prev.properties["position"].values) + position  # type: ignore[attr-defined]
            self.properties["position"] = A.DenseArrayAttr(T.i64, joined)
            self.set_operand(0, prev.operand(0))
            return [self.results[0]]
        result = None
        while isinstance(prev, InsertValueOp):
            inserted = tuple(prev.properties["position"].values)  # type: ignore[attr-defined]
            if inserted == position:
                return [prev.operand(1)]
            n = min(len(inserted), len(position))
            if inserted[:n] == position[:n]:
                # One position is a prefix of the other: the value depends on both.
                return result
            self.set_operand(0, prev.operand(0))
            result = [self.results[0]]
            prev = getattr(prev.operand(0), "owner", None)
        return result

    def verify_op(self) -> None:
        t = self.element_type()
        if t is not self.results[0].type:
            raise VerifyError(
                self,
                f"Type mismatch: extracting from '{self.operand(0).type}' should produce '{t}' "
                f"but this op returns '{self.results[0].type}'",
            )


def _parse_extract(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP VALUE SQUARE [ATTR_DICT] COLON_TYPE
    position = _parse_position(sp, c[3], p[3])
    attrs, props = split_checked_attrs(sp, ExtractValueOp, c[4], p[4])
    container = sp.colon_type(c[5], p[5])
    t = _element_or_error(sp, ExtractValueOp, container, position, p[5] + len(c[5]))
    props.setdefault("position", A.DenseArrayAttr(T.i64, position))  # the dictionary's wins
    operand = sp.resolve_text(c[2], p[2], container)
    return sp.finish_op(ExtractValueOp, [operand], [t], attrs, props, [], [], c[0], p[0])


class InsertValueOp(_ValueOp):
    """Insert a value into a struct or array.

    Example: `%s2 = llvm.insertvalue %v, %s[1] : !llvm.struct<(i32, f32)>`
    """

    name = "llvm.insertvalue"
    llvm_instruction = "insertvalue"
    container = Operand(C.LLVMAggregate)
    value = Operand(C.LLVMPrimitive)
    res = Result(C.LLVMAggregate)
    type_relations = (C.all_match("container", "res"),)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`%v, %c[pos] {attrs} : type`."""
        return CustomSyntax(
            cls, [('VALUE "," VALUE SQUARE [ATTR_DICT] COLON_TYPE', _parse_insert)], _print_value_op
        )

    def verify_op(self) -> None:
        t = self.element_type()
        if t is not self.operand(1).type:
            raise VerifyError(
                self,
                f"Type mismatch: cannot insert '{self.operand(1).type}' into "
                f"'{self.operand(0).type}'",
            )


def _parse_insert(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP VALUE "," VALUE SQUARE [ATTR_DICT] COLON_TYPE
    position = _parse_position(sp, c[5], p[5])
    attrs, props = split_checked_attrs(sp, InsertValueOp, c[6], p[6])
    container = sp.colon_type(c[7], p[7])
    t = _element_or_error(sp, InsertValueOp, container, position, p[7] + len(c[7]))
    props.setdefault("position", A.DenseArrayAttr(T.i64, position))  # the dictionary's wins
    value = sp.resolve_text(c[2], p[2], t)
    agg = sp.resolve_text(c[4], p[4], container)
    return sp.finish_op(InsertValueOp, [agg, value], [container], attrs, props, [], [], c[0], p[0])


_POSITION = frozenset(("position",))


def _print_value_op(P: Any, op: Any) -> str:
    out = [" "]
    if isinstance(op, InsertValueOp):
        out.append(P.value(op.operand(1)) + ", ")
    out.append(P.value(op.operand(0)))
    out.append("[" + ", ".join(str(i) for i in op.properties["position"].values) + "]")
    out.append(P.attr_dict(op, _POSITION))
    out.append(" : " + P.type(op.operand(0).type) + " ")
    return "".join(out)


# A format's `type(...)` of this operand parses only a builtin vector (ODS cppType).
LLVMVectorOfKind = C.Constraint(
    "LLVM dialect-compatible vector type",
    LT.is_compatible_vector,
    kind=("builtin.vector", lambda t: isinstance(t, T.VectorType)),
)


def _element(t: T.Type) -> T.Type:
    return t.element_type if isinstance(t, T.VectorType) else t


class ExtractElementOp(LLVMOp):
    """Extract an element from a vector.

    Example: `%e = llvm.extractelement %v[%i : i32] : vector<4xf32>`
    """

    name = "llvm.extractelement"
    traits = (Pure,)
    llvm_instruction = "extractelement"
    vector = Operand(LLVMVectorOfKind)
    position = Operand(C.SignlessInteger)
    res = Result(C.LLVMType)
    assembly_format = "$vector `[` $position `:` type($position) `]` attr-dict `:` type($vector)"

    @classmethod
    def infer_result_types(
        cls, sp: Any, operands: list, props: Any, attrs: Any, regions: Any
    ) -> list:
        """The vector's element type."""
        return [_element(operands[0].type)]

    def verify_op(self) -> None:
        if _element(self.operand(0).type) is not self.results[0].type:
            raise VerifyError(self, "failed to verify that result type matches vector element type")


class InsertElementOp(LLVMOp):
    """Insert an element into a vector.

    Example: `%w = llvm.insertelement %x, %v[%i : i64] : vector<4xf32>`
    """

    name = "llvm.insertelement"
    traits = (Pure,)
    llvm_instruction = "insertelement"
    vector = Operand(LLVMVectorOfKind)
    value = Operand(C.LLVMPrimitive)
    position = Operand(C.SignlessInteger)
    res = Result(C.LLVMVector)
    type_relations = (
        C.match_with("vector", "value", _element, "argument type matches vector element type"),
        C.all_match("res", "vector"),
    )
    assembly_format = (
        "$value `,` $vector `[` $position `:` type($position) `]` attr-dict `:` type($vector)"
    )


class ShuffleVectorOp(LLVMOp):
    """Shuffle the elements of two vectors by a constant mask (-1: poison).

    Example: `%s = llvm.shufflevector %a, %b [0, 4, -1, 1] : vector<4xf32>`
    """

    name = "llvm.shufflevector"
    traits = (Pure,)
    llvm_instruction = "shufflevector"
    v1 = Operand(C.LLVMVector)
    v2 = Operand(C.LLVMVector)
    mask = Attr(DenseI32ArrayAttr)
    res = Result(C.LLVMVector)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`%a, %b [mask] {attrs} : type`."""
        return CustomSyntax(
            cls, [('VALUE "," VALUE SQUARE [ATTR_DICT] COLON_TYPE', _parse_shuffle)], _print_shuffle
        )

    def verify_op(self) -> None:
        mask = self.properties["mask"].values  # type: ignore[attr-defined]
        if LT.is_scalable_vector(self.operand(0).type) and any(m != 0 for m in mask):
            raise VerifyError(self, "expected a splat operation for scalable vectors")


def _parse_shuffle(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP VALUE "," VALUE SQUARE [ATTR_DICT] COLON_TYPE
    mask = _parse_position(sp, c[5], p[5])
    attrs, props = split_checked_attrs(sp, ShuffleVectorOp, c[6], p[6])
    t = sp.colon_type(c[7], p[7])
    if not isinstance(t, T.VectorType):
        raise ParseError(p[7] + len(c[7]) - len(c[7][1:].lstrip()), "expected vector type")
    res = T.VectorType((len(mask),), t.element_type, (any(t.scalable),))
    props.setdefault("mask", A.DenseArrayAttr(T.i32, mask))  # the dictionary's wins
    a = sp.resolve_text(c[2], p[2], t)
    b = sp.resolve_text(c[4], p[4], t)
    return sp.finish_op(ShuffleVectorOp, [a, b], [res], attrs, props, [], [], c[0], p[0])


_MASK = frozenset(("mask",))


def _print_shuffle(P: Any, op: Any) -> str:
    mask = ", ".join(str(i) for i in op.properties["mask"].values)
    return (
        f" {P.value(op.operand(0))}, {P.value(op.operand(1))} [{mask}]"
        f"{P.attr_dict(op, _MASK)} : {P.type(op.operand(0).type)} "
    )


AGGREGATE_OPS = (ExtractValueOp, InsertValueOp, ExtractElementOp, InsertElementOp, ShuffleVectorOp)
