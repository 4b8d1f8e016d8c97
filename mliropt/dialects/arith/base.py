"""Base classes of arith ops: the traits every arith op has, the verifiers of the traits
and predicates the framework does not check itself, and the trait folders.

Verification follows upstream's order: declared constraints (attributes first), the
ODS predicates (`AllTypesMatch`, `TypesMatchWith`, ...) in declaration order, the native
traits (SameOperandsAndResultType/Shape, cast compatibility, Elementwise), then the op's
own `verify`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, ClassVar

from mliropt.dialects.ods import (
    Commutative,
    Elementwise,
    Idempotent,
    NoMemoryEffect,
    Op,
    SameOperandsAndResultType,
    Scalarizable,
    Tensorizable,
    Vectorizable,
    VerifyError,
)
from mliropt.ir import opdef
from mliropt.ir import types as T
from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity
from mliropt.ir.traits import Trait

# Arith_Op: no memory effects, applicable element-wise to vectors and tensors.
ARITH_TRAITS = (NoMemoryEffect, Elementwise, Scalarizable, Vectorizable, Tensorizable)


def plain_error(op: Any, message: str) -> MLIRError:
    """An error at the op without the `'name' op ` prefix (upstream's `op->emitError`)."""
    return MLIRError(Diagnostic(op.location, Severity.ERROR, message))


def quoted(t: T.Type) -> str:
    """A type as a diagnostic argument prints it: `'i32'`."""
    return f"'{t}'"


# ----------------------------------------------------------------- shapes


def _shape(t: T.Type) -> tuple | None:
    return t.shape if isinstance(t, T.ShapedType) and t.has_rank else None


def compatible_shapes(a: T.Type, b: T.Type) -> bool:
    """verifyCompatibleShape: both shaped or both not; ranks and static dims agree."""
    if not isinstance(a, T.ShapedType):
        return not isinstance(b, T.ShapedType)
    if not isinstance(b, T.ShapedType):
        return False
    if not a.has_rank or not b.has_rank:
        return True
    if len(a.shape) != len(b.shape):
        return False
    return all(x == y or T.DYNAMIC in (x, y) for x, y in zip(a.shape, b.shape))


def verify_compatible_shapes(types: list) -> bool:
    """verifyCompatibleShapes: all shaped or none; no mix of scalable vectors with other
    types; equal ranks; equal static sizes per dimension."""
    shaped = [t for t in types if isinstance(t, T.ShapedType)]
    if len(shaped) != len(types):
        return not shaped
    scalable = [isinstance(t, T.VectorType) and any(t.scalable) for t in types]
    if any(scalable) and not all(scalable):
        return False
    ranked = [t for t in shaped if t.has_rank]
    if not ranked:
        return True
    rank = len(ranked[0].shape)
    if any(len(t.shape) != rank for t in ranked):
        return False
    for i in range(rank):
        static = {t.shape[i] for t in ranked if t.shape[i] != T.DYNAMIC}
        if len(static) > 1:
            return False
    return True


def _base_kind(t: T.Type) -> type:
    return type(t)


def verify_elementwise(op: Any) -> None:
    """The Elementwise trait: scalars, or vectors/tensors of one shape and kind."""
    mappable = (T.VectorType, T.RankedTensorType, T.UnrankedTensorType)
    results = [r.type for r in op.results if isinstance(r.type, mappable)]
    operands = [v.type for v in op.operands if isinstance(v.type, mappable)]
    if not results and not operands:
        return
    if results and not operands:
        raise VerifyError(
            op, "if a result is non-scalar, then at least one operand must be non-scalar"
        )
    if not results:
        raise VerifyError(
            op, "if an operand is non-scalar, then there must be at least one non-scalar result"
        )
    if len(results) != len(op.results):
        raise VerifyError(op, "if an operand is non-scalar, then all results must be non-scalar")
    types = operands + results
    kinds_differ = any(_base_kind(t) is not _base_kind(types[0]) for t in types)
    if kinds_differ or not verify_compatible_shapes(types):
        raise VerifyError(
            op, "all non-scalar operands/results must have the same shape and base type"
        )


def verify_same_shape(op: Any) -> None:
    """SameOperandsAndResultShape: verifyCompatibleShapes over operands and results (so a
    scalable vector and a fixed one of the same size differ)."""
    if not op.operands or not op.results:
        return
    types = [v.type for v in op.operands] + [r.type for r in op.results]
    if not verify_compatible_shapes(types):
        raise VerifyError(op, "requires the same shape for all operands and results")


def verify_same_tensor_dims(op: Any, a: Any, b: Any) -> None:
    """SameInputOutputTensorDims: tensors on both sides have identical shapes."""

    def dims(t: T.Type) -> Any:
        if isinstance(t, T.RankedTensorType):
            return t.shape
        if isinstance(t, T.UnrankedTensorType):
            return None
        return ()

    if dims(a.type) != dims(b.type):
        raise VerifyError(
            op, "failed to verify that input and output have the same tensor dimensions"
        )


def verify_cast_compatible(op: Any) -> None:
    """CastOpInterface: `are_cast_compatible(inputs, outputs)` must hold."""
    ins = [v.type for v in op.operands]
    outs = [r.type for r in op.results]
    if type(op).are_cast_compatible(ins, outs):
        return
    if not ins:
        head = "operand types []"
    elif len(ins) == 1:
        head = f"operand type {quoted(ins[0])}"
    else:
        head = "operand types " + ", ".join(quoted(t) for t in ins)
    tail = "result type " if len(outs) == 1 else "result types "
    raise VerifyError(
        op, f"{head} and {tail}{', '.join(quoted(t) for t in outs)} are cast incompatible"
    )


# ----------------------------------------------------------------- base op


class ArithOp(Op):
    """Base of arith ops: ODS-style predicates, extra trait verifiers and trait folding."""

    __slots__ = ()
    traits: ClassVar[Collection[Trait]] = ARITH_TRAITS
    # Native trait checks run after the framework's (in declaration order).
    same_shape: ClassVar[bool] = False
    cast_op: ClassVar[bool] = False

    def verify_type_invariants(self) -> None:
        cls = type(self)
        opdef._verify_parts(cls, self)
        self.verify_predicates()
        for check in opdef._TYPE_TRAIT_VERIFIERS:
            check(cls, self)
        if cls.same_shape:
            verify_same_shape(self)
        if cls.cast_op:
            verify_cast_compatible(self)
        verify_elementwise(self)
        if SameOperandsAndResultType in cls.traits and self.operands:
            # ODS gives these ops InferTypeOpInterface: results are the first operand's type.
            opdef.verify_inferred_result_types(self, [self.operand(0).type] * len(self.results))

    def verify_predicates(self) -> None:
        """The ODS PredOpTraits of the op (type relations, shape predicates)."""
        for rel in getattr(type(self), "type_relations", ()):
            if rel[0] != "all_match":
                continue
            names = rel[1]
            types = [self._part_type(n) for n in names]
            if any(t is not types[0] for t in types):
                raise VerifyError(
                    self, "failed to verify that all of {" + ", ".join(names) + "} have same type"
                )

    def _part_type(self, name: str) -> Any:
        value = getattr(self, name)
        if hasattr(value, "type"):
            t = value.type
            return T.none if t is None else t
        return None

    # ----------------------------------------------------------------- folding

    def fold(self, operands: list) -> list | None:
        """Upstream's Operation::fold: the op's folder, then its traits' folders.

        Returns one entry per result (an Attribute or an existing Value), or None; a
        fold that updated the op in place returns the op's own results."""
        result = self.fold_op(operands)
        if result is None or self._in_place(result):
            traits = self.fold_traits(operands)
            if traits is not None:
                return traits
        return result

    def fold_op(self, operands: list) -> list | None:
        """The op's own folder (upstream's `fold` method); None when it does not fold."""
        return None

    def _in_place(self, result: list) -> bool:
        return len(result) == len(self.results) and all(
            r is s for r, s in zip(result, self.results)
        )

    def fold_traits(self, operands: list) -> list | None:
        """The folders of the Commutative, Idempotent and CastOpInterface traits."""
        cls = type(self)
        traits = cls.traits
        uses = self.op_operands
        # CastOpInterface: a cast between identical types folds to its input.
        if cls.cast_op and [u.value.type for u in uses] == [r.type for r in self.results]:
            return list(self.operands)
        if (
            Commutative in traits
            and len(uses) >= 2
            and (
                # _constant_before_other, spelled out for the binary ops
                operands[0] is not None and operands[1] is None
                if len(operands) == 2
                else _constant_before_other(operands)
            )
        ):
            # Move constant operands to the end (stable), in place.
            values = self.operands
            order = [i for i, a in enumerate(operands) if a is None]
            order += [i for i, a in enumerate(operands) if a is not None]
            self.set_operands([values[i] for i in order])
            return list(self.results)
        if Idempotent in traits:
            first = uses[0].value
            if len(uses) == 1:
                producer = first.owner_op
                if producer is not None and producer.name == self.name:
                    return [first]
            elif first is uses[1].value:
                return [first]
        return None


def _constant_before_other(operands: list) -> bool:
    """Whether a constant operand (not None) comes before a non-constant one."""
    seen_constant = False
    for a in operands:
        if a is not None:
            seen_constant = True
        elif seen_constant:
            return True
    return False


def single(result: Any) -> list | None:
    """Wrap a single-result folder's value (None stays None)."""
    return None if result is None else [result]
