"""affine.apply, affine.min and affine.max: an affine map applied to index operands
(upstream MLIR 22's syntax, verifiers, messages and folders).

Example: `%r = affine.apply affine_map<(d0)[s0] -> (d0 + s0)>(%i)[%n]`
"""

from __future__ import annotations

from typing import Any

import mliropt.dialects.affine.directives  # noqa: F401 - registers the custom directives
from mliropt.dialects.affine.canonicalize import min_max_patterns, simplify_pattern
from mliropt.dialects.affine.folding import Poison, partial_constant_fold
from mliropt.dialects.affine.scope import affine_analysis_scope, is_valid_dim, is_valid_symbol
from mliropt.dialects.ods import VARIADIC, AffineMapAttr, Attr, Index, Op, Operand, Pure, Result
from mliropt.dialects.scf.base import op_error
from mliropt.ir import affine as AF
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.constraints import Constraint
from mliropt.ir.opdef import VerifyError

# affine.apply's parser gives it one index result per map result (the verifier rejects
# all but one), so its result type is inferred rather than built.
_IndexResult = Constraint(Index.description, Index.predicate)


class AffineApplyOp(Op):
    """The single result of an affine map applied to dim and symbol operands.

    Example: `%r = affine.apply #map(%i)[%n]`
    """

    name = "affine.apply"
    traits = (Pure,)
    map = Attr(AffineMapAttr)
    mapOperands = Operand(Index, VARIADIC)
    result = Result(_IndexResult)
    assembly_format = "custom<AffineApplyMapApplication>($map, $mapOperands) attr-dict"

    @classmethod
    def infer_result_types(
        cls, sp: Any, operands: list, props: Any, attrs: Any, regions: Any
    ) -> list:
        """One index per result of the map (AffineApplyOp::parse)."""
        return [T.index] * props["map"].value.num_results

    def affine_map(self) -> AF.AffineMap:
        """The applied map."""
        return self.properties["map"].value  # type: ignore[attr-defined]

    def verify(self) -> None:
        amap = self.affine_map()
        if len(self.operands) != amap.num_inputs:
            raise VerifyError(
                self, "operand count and affine map dimension and symbol count must match"
            )
        if amap.num_results != 1:
            raise VerifyError(self, "mapping must produce one value")
        # Valid dims may not stand for symbols (values that are neither may: apply is
        # also used outside affine ops).
        region = affine_analysis_scope(self)
        for v in self.operands[amap.num_dims :]:
            if is_valid_dim(v, region) and not is_valid_symbol(v, region):
                raise op_error(self, "dimensional operand cannot be used as a symbol")

    def fold(self, operands: list) -> list | None:
        amap = self.affine_map()
        expr = amap.results[0]
        # apply(d_i) -> operand i; apply(s_j) -> symbol operand j.
        if isinstance(expr, AF.AffineDimExpr):
            return [self.operands[expr.position]]
        if isinstance(expr, AF.AffineSymbolExpr):
            return [self.operands[amap.num_dims + expr.position]]
        # apply(constants) -> constant, poison when a division is undefined.
        try:
            _, values = partial_constant_fold(amap, operands, poison_fails=True)
        except Poison:
            from mliropt.dialects.ub import poison

            return [poison()]
        return [A.IntegerAttr(T.index, values[0])] if values else None


class AffineMinMaxOp(Op):
    """Base of affine.min and affine.max: the least or greatest result of a map."""

    __slots__ = ()
    traits = (Pure,)
    map = Attr(AffineMapAttr)
    operands_ = Operand(Index, VARIADIC)
    result = Result(Index)
    assembly_format = "custom<AffineMapApplication>($map, $operands_) attr-dict"
    pick: Any = min

    def affine_map(self) -> AF.AffineMap:
        """The map whose results are compared."""
        return self.properties["map"].value  # type: ignore[attr-defined]

    def verify(self) -> None:
        amap = self.affine_map()
        if len(self.operands) != amap.num_inputs:
            raise VerifyError(
                self, "operand count and affine map dimension and symbol count must match"
            )
        if amap.num_results == 0:
            raise VerifyError(self, "affine map expect at least one result")

    def fold(self, operands: list) -> list | None:
        amap = self.affine_map()
        folded, values = partial_constant_fold(amap, operands, poison_fails=False)
        # min((d0)[s0] -> (d0)) -> its first operand.
        if folded.num_symbols == 1 and _is_symbol_identity(folded):
            return [self.operands[0]]
        if not values:
            # Some results stay: keep the folded constants in the map, in place.
            if folded is amap:
                return None
            self.properties["map"] = A.AffineMapAttr(folded)
            return [self.result]
        # All results constant: the least (min) or greatest (max).
        return [A.IntegerAttr(T.index, type(self).pick(values))]


def _is_symbol_identity(amap: AF.AffineMap) -> bool:
    """AffineMap::isSymbolIdentity as upstream 22 computes it: one result per symbol,
    result i being *dimension* i (so `(d0)[s0] -> (d0)` is one, `()[s0] -> (s0)` not)."""
    if amap.num_symbols != amap.num_results:
        return False
    return all(
        isinstance(e, AF.AffineDimExpr) and e.position == i for i, e in enumerate(amap.results)
    )


class AffineMinOp(AffineMinMaxOp):
    """The least result of an affine map.

    Example: `%r = affine.min affine_map<(d0)[s0] -> (d0, s0, 4)>(%i)[%n]`
    """

    name = "affine.min"
    pick = min


class AffineMaxOp(AffineMinMaxOp):
    """The greatest result of an affine map.

    Example: `%r = affine.max affine_map<(d0)[s0] -> (d0, s0)>(%i)[%n]`
    """

    name = "affine.max"
    pick = max


VALUE_OPS = (AffineApplyOp, AffineMinOp, AffineMaxOp)


# Upstream's canonicalization patterns of these ops that are ported.
AffineApplyOp.canonicalization_patterns = (simplify_pattern(AffineApplyOp, 0),)
AffineMinOp.canonicalization_patterns = min_max_patterns(AffineMinOp)
AffineMaxOp.canonicalization_patterns = min_max_patterns(AffineMaxOp)
