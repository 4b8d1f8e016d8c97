"""The dialect conversion framework's API: legality, rollback, materializations,
partial and full conversion, and the driver's diagnostics."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.arith import AddIOp
from mliropt.ir import types as T
from mliropt.ir.context import Context
from mliropt.rewrite.conversion import (
    FAILURE,
    ConversionTarget,
    OpConversionPattern,
    TypeConverter,
    apply_full_conversion,
    apply_partial_conversion,
    reconcile_unrealized_casts,
)
from mliropt.rewrite.pattern import RewritePattern
from mliropt.syntax.parser import parse_source


def _parse(text: str) -> tuple[Context, Any]:
    ctx = Context(allow_unregistered=True)
    ctx.print_op_on_diagnostic = False
    return ctx, parse_source(ctx, text, "t.mlir")


def _errors(ctx: Context) -> list[str]:
    seen: list[str] = []
    ctx.diagnostics.push_handler(lambda d: seen.append(d.message) is None)
    return seen


SRC = """
func.func @f(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b : i32
  %1 = "test.keep"(%0) : (i32) -> i32
  return %1 : i32
}
"""


class AddToMul(RewritePattern):
    """arith.addi -> test.mul (a plain rewrite pattern)."""

    root = "arith.addi"

    def match_and_rewrite(self, op: Any, rw: Any) -> bool:
        rw.set_insertion_point(op)
        new = rw.insert(rw.ctx.op_class("test.mul").create(op.operands, op.result_types))
        rw.replace_op(op, new.results)
        return True


class FailsAfterChanges(RewritePattern):
    """Creates ops and moves nothing, then reports failure: must leave no trace."""

    root = "arith.addi"
    benefit = 5

    def match_and_rewrite(self, op: Any, rw: Any) -> bool:
        rw.insert(rw.ctx.op_class("test.junk").create(op.operands, [T.i32]))
        rw.create_block(op.parent.parent)
        rw.modify_op_in_place(
            op, lambda: op.attributes.update({"x": op.properties.get("overflowFlags")})
        )
        return False


def test_partial_conversion_rewrites_illegal_ops() -> None:
    ctx, module = _parse(SRC)
    target = ConversionTarget(ctx)
    target.add_illegal_op("arith.addi")
    # Ops a pattern creates must be legal too.
    assert not apply_partial_conversion(module, target, [AddToMul()], ctx)
    target.add_legal_dialect("test")
    assert apply_partial_conversion(module, target, [AddToMul()], ctx)
    text = str(module)
    assert '"test.mul"(%arg0, %arg1)' in text and "arith.addi" not in text


def test_failed_pattern_is_rolled_back() -> None:
    ctx, module = _parse(SRC)
    before = str(module)
    target = ConversionTarget(ctx)
    target.add_illegal_op("arith.addi")
    target.add_legal_dialect("test")
    # The failing pattern (higher benefit) runs first and leaves no trace.
    assert apply_partial_conversion(module, target, [FailsAfterChanges(), AddToMul()], ctx)
    text = str(module)
    assert "test.junk" not in text and "x =" not in text and text.count("^bb") == 0
    assert "test.mul" in text
    # Alone, it fails the conversion of an illegal op: the module is unchanged.
    ctx, module = _parse(SRC)
    messages = _errors(ctx)
    assert not apply_partial_conversion(module, target, [FailsAfterChanges()], ctx)
    assert str(module) == before
    assert messages == [
        "failed to legalize operation 'arith.addi' that was explicitly marked illegal"
    ]


def test_partial_leaves_unknown_ops_full_fails_on_them() -> None:
    ctx, module = _parse(SRC)
    target = ConversionTarget(ctx)
    target.add_legal_dialect("func", "test")
    target.add_illegal_op("arith.addi")
    unlegalized: set = set()
    from mliropt.rewrite.conversion import ConversionConfig

    config = ConversionConfig(unlegalized_ops=unlegalized)
    assert apply_partial_conversion(module, target, [AddToMul()], ctx, config)
    assert [op.name for op in unlegalized] == ["builtin.module"]
    ctx, module = _parse(SRC)
    before = str(module)
    messages = _errors(ctx)
    assert not apply_full_conversion(module, target, [AddToMul()], ctx)
    # The first op (in pre-order) that stays illegal is reported; nothing changes.
    assert messages == ["failed to legalize operation 'builtin.module'"]
    assert str(module) == before


class WidenAdd(OpConversionPattern):
    """arith.addi on i32 -> arith.addi on the converted type (i64)."""

    root = AddIOp

    def rewrite(self, op: Any, adaptor: Any, rw: Any) -> bool:
        t = self.type_converter.convert_type(op.result.type)
        rw.replace_op_with_new(op, AddIOp, [adaptor.lhs, adaptor.rhs], [t])
        return True


def _widening() -> TypeConverter:
    tc = TypeConverter()
    tc.add_conversion(lambda t: t)
    tc.add_conversion(lambda t: T.IntegerType(64) if t is T.i32 else None)
    return tc


def test_materializations_bridge_types() -> None:
    from mliropt.dialects.builtin import UnrealizedConversionCastOp

    def cast(b: Any, types: Any, inputs: Any, loc: Any, orig: Any = None) -> Any:
        types = types if isinstance(types, list) else [types]
        return b.create(UnrealizedConversionCastOp, inputs, types, location=loc).results[0]

    ctx, module = _parse(SRC)
    before = str(module)
    messages = _errors(ctx)
    target = ConversionTarget(ctx)
    target.add_dynamically_legal_op("arith.addi", lambda op: op.result.type is not T.i32)
    target.mark_unknown_op_dynamically_legal(lambda op: True)
    tc = _widening()
    # Without materialization callbacks the driver's casts cannot be resolved.
    assert not apply_partial_conversion(module, target, [WidenAdd(tc)], ctx)
    assert messages[0] == (
        "failed to legalize unresolved materialization from (i32) to (i64) that remained "
        "live after conversion"
    )
    ctx, module = _parse(SRC)
    tc.add_target_materialization(cast)
    tc.add_source_materialization(cast)
    assert apply_partial_conversion(module, target, [WidenAdd(tc)], ctx)
    text = str(module)
    assert text != before
    # Target materializations for the i32 arguments, a source materialization back to
    # i32 for the legal user (here as casts, as the LLVM type converter's fallback).
    assert "builtin.unrealized_conversion_cast %arg0 : i32 to i64" in text
    assert "arith.addi %1, %0 : i64" in text
    assert "builtin.unrealized_conversion_cast %2 : i64 to i32" in text
    assert "__pure_type_conversion__" not in text


def test_materialization_callbacks_are_used() -> None:
    from mliropt.dialects.arith import ExtSIOp, TruncIOp

    ctx, module = _parse(SRC)
    target = ConversionTarget(ctx)
    target.add_dynamically_legal_op("arith.addi", lambda op: op.result.type is not T.i32)
    target.mark_unknown_op_dynamically_legal(lambda op: True)
    tc = _widening()
    tc.add_target_materialization(
        lambda b, types, inputs, loc, orig: b.create(ExtSIOp, inputs, types, location=loc).results
    )
    tc.add_source_materialization(
        lambda b, t, inputs, loc: b.create(TruncIOp, inputs, [t], location=loc).results[0]
    )
    assert apply_partial_conversion(module, target, [WidenAdd(tc)], ctx)
    text = str(module)
    assert "arith.extsi %arg0 : i32 to i64" in text
    assert "arith.trunci %2 : i64 to i32" in text
    assert "unrealized_conversion_cast" not in text


def test_type_converter_basics() -> None:
    tc = TypeConverter()
    tc.add_conversion(lambda t: t)
    tc.add_conversion(lambda t: [] if t is T.IndexType() else None)
    tc.add_conversion(lambda t: [T.i32, T.i32] if t is T.IntegerType(64) else None)
    tc.add_conversion(lambda t: FAILURE if t is T.f32 else None)
    assert tc.convert_type(T.i32) is T.i32
    assert tc.convert_type_list(T.IndexType()) == []
    assert tc.convert_type_list(T.IntegerType(64)) == [T.i32, T.i32]
    assert tc.convert_type(T.IntegerType(64)) is None
    assert tc.convert_type_list(T.f32) is None
    assert tc.is_legal(T.i32) and not tc.is_legal(T.IntegerType(64))


def test_reconcile_unrealized_casts() -> None:
    ctx, module = _parse(
        """
func.func @f(%a: i32) -> i32 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  %1 = builtin.unrealized_conversion_cast %0 : i64 to i32
  %2 = builtin.unrealized_conversion_cast %a : i32 to f32
  return %1 : i32
}
"""
    )
    casts = [op for op in module.walk() if op.name == "builtin.unrealized_conversion_cast"]
    assert reconcile_unrealized_casts(casts) == []
    assert "unrealized" not in str(module) and "return %arg0 : i32" in str(module)


def test_recursively_legal_ops_are_not_entered() -> None:
    ctx, module = _parse(SRC)
    target = ConversionTarget(ctx)
    target.add_legal_op("func.func")
    target.mark_op_recursively_legal("func.func")
    target.add_illegal_op("arith.addi")
    target.add_legal_op("builtin.module")
    # The illegal addi inside the recursively legal function is never visited.
    assert apply_full_conversion(module, target, [], ctx)
    assert "arith.addi" in str(module)
    assert target.is_illegal(next(op for op in module.walk() if op.name == "arith.addi"))
