"""What the arith canonicalization patterns share: the matchers of upstream's
ArithCanonicalization.td (`ConstantLikeMatcher`, `APIntAttr`, `IsScalarOrSplatNegativeOne`),
the overflow-flag helpers (`MergeOverflow`, `DefOverflow`) and op creation through the
rewriter with the fused location a DRR pattern gives its new ops.

The op classes are looked up by name on first use, so that the op modules can list these
patterns without an import cycle.
"""

from __future__ import annotations

from typing import Any, ClassVar

from mliropt.dialects.arith import folding as F
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.location import fuse
from mliropt.ir.operation import OpResult
from mliropt.rewrite.folding import constant_value
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern

_OPS: dict[str, type] = {}


def op_class(name: str) -> Any:
    """The arith op class named `name` (`arith.addi`)."""
    if not _OPS:
        from mliropt.dialects.arith import ArithDialect

        _OPS.update({cls.name: cls for cls in ArithDialect.ops})
    return _OPS[name]


def defining(value: Any, name: str) -> Any:
    """The op defining `value` when it is an `name` op, else None."""
    if value.__class__ is OpResult:  # not a block argument
        op = value.owner
        if op.name == name:
            return op
    return None


def constant(value: Any) -> Any:
    """ConstantLikeMatcher: the attribute of a value made by a constant-like op, or None."""
    return constant_value(value.owner_op)


def int_constant(value: Any) -> A.IntegerAttr | None:
    """ConstantLikeMatcher APIntAttr: a scalar integer (or index) constant."""
    attr = constant(value)
    return attr if isinstance(attr, A.IntegerAttr) else None


def is_all_ones(value: Any) -> bool:
    """IsScalarOrSplatNegativeOne: a scalar or splat constant with every bit set."""
    return F.m_all_ones(constant(value))


def flags(op: Any) -> int:
    """The op's integer overflow flags as a bit set."""
    return op.properties["overflowFlags"].value


def overflow(bits: int) -> Any:
    """An `#arith.overflow` attribute of the bit set."""
    from mliropt.dialects.arith.attributes import IntegerOverflowFlagsAttr

    return IntegerOverflowFlagsAttr(bits)


def int_result(res: Any, fn: Any, a: A.IntegerAttr, b: A.IntegerAttr) -> A.IntegerAttr:
    """applyToIntegerAttrs: `fn` on the two values, wrapped to the width of `res`'s type."""
    w = F.width_of(res.type)
    return A.IntegerAttr(res.type, fn(F.int_value(a), F.int_value(b)) & F.mask(w))


class ArithPattern(RewritePattern):
    """Base of arith patterns: `root` names the op matched; `create` builds ops before
    the root at the location the pattern gives them."""

    root: ClassVar[Any] = None

    def create(
        self,
        rw: PatternRewriter,
        name: str,
        operands: list,
        result_types: list,
        loc: Any,
        properties: dict | None = None,
    ) -> Any:
        """Create an `name` op (default properties filled) and return its first result."""
        op = rw.create(op_class(name), operands, result_types, None, properties, location=loc)
        return op.results[0] if op.results else op

    def constant(self, rw: PatternRewriter, attr: Any, loc: Any) -> Any:
        """Create an `arith.constant` of the typed attribute `attr`."""
        return self.create(rw, "arith.constant", [], [attr.type], loc, {"value": attr})

    def replace(self, rw: PatternRewriter, op: Any, values: list) -> bool:
        """Replace `op` by `values` and report success."""
        rw.replace_op(op, values)
        return True


def fused(*ops: Any) -> Any:
    """The location DRR gives the ops a pattern creates: the matched ops' locations fused."""
    return fuse([op.location for op in ops])


def same_type(a: Any, b: Any) -> bool:
    """Two values of one type."""
    return a.type is b.type


def i1(t: T.Type) -> bool:
    """The signless i1 type."""
    return t is T.i1
