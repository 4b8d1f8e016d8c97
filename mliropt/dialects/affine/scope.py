"""Affine scopes and the values that may be used as dimensions and symbols in them
(upstream's getAffineScope, getAffineAnalysisScope, isValidDim, isValidSymbol).
"""

from __future__ import annotations

from mliropt.ir import types as T
from mliropt.ir.effects import is_memory_effect_free, is_speculatable
from mliropt.ir.opdef import VerifyError
from mliropt.ir.operation import BlockArgument, Operation, Region, Value
from mliropt.ir.traits import AffineScope, ConstantLike, IsolatedFromAbove, Pure

# The ops whose regions do not start a new analysis scope, and whose induction
# variables are valid dims.
_AFFINE_REGION_OPS = frozenset(("affine.for", "affine.if", "affine.parallel"))
_AFFINE_LOOPS = frozenset(("affine.for", "affine.parallel"))


def affine_scope(op: Operation) -> Region | None:
    """The region of the nearest ancestor with the AffineScope trait (getAffineScope)."""
    cur = op
    parent = cur.parent_op
    while parent is not None:
        if AffineScope in parent.traits:
            return cur.parent.parent if cur.parent is not None else None  # type: ignore[return-value]
        cur = parent
        parent = cur.parent_op
    return None


def affine_analysis_scope(op: Operation) -> Region | None:
    """The nearest region around `op` held by an op other than affine.for/if/parallel
    (getAffineAnalysisScope)."""
    cur = op
    parent = cur.parent_op
    while parent is not None:
        if parent.name not in _AFFINE_REGION_OPS:
            return cur.parent.parent if cur.parent is not None else None  # type: ignore[return-value]
        cur = parent
        parent = cur.parent_op
    return None


def _is_pure(op: Operation) -> bool:
    """isPure: speculatable (arith divisions by a non-zero constant are) and free of
    memory effects."""
    if Pure in op.traits:
        return True
    return is_speculatable(op) and is_memory_effect_free(op)


def _parent_region(v: Value) -> Region | None:
    block = v.parent_block
    return block.parent if block is not None else None


def _enclosing(region: Region | None) -> Region | None:
    """The region holding `region`'s op, unless that op is isolated from above."""
    if region is None:
        return None
    op = region.parent
    if op is None or IsolatedFromAbove in op.traits:
        return None
    block = op.parent
    return block.parent if block is not None else None


def is_top_level_value(v: Value) -> bool:
    """isTopLevelValue: defined in a region of an op with the AffineScope trait."""
    region = _parent_region(v)
    op = region.parent if region is not None else None
    return op is not None and AffineScope in op.traits


def is_valid_symbol(v: Value, region: Region | None) -> bool:
    """Upstream's isValidSymbol(value, region): an index value defined at the top of the
    scope, a constant, a pure (speculatable, effect-free) op of valid symbols, a
    memref.dim of a top-level memref, or a value from an enclosing region."""
    if v.type is not T.index:
        return False
    if region is not None and _parent_region(v) is region:
        return True
    owner = getattr(v, "owner", None)
    if isinstance(owner, Operation):
        if ConstantLike in owner.traits:
            return True
        if _is_pure(owner) and all(is_valid_symbol(o, region) for o in owner.operands):
            return True
        # isDimOpValidSymbol: only its first case (views, subviews and allocs of valid
        # symbol sizes are not followed).
        if owner.name == "memref.dim" and is_top_level_value(owner.operands[0]):
            return True
    outer = _enclosing(region)
    return outer is not None and is_valid_symbol(v, outer)


def is_valid_dim(v: Value, region: Region | None) -> bool:
    """Upstream's isValidDim(value, region): a valid symbol, an affine.for or
    affine.parallel induction variable, an affine.apply of valid dims, or a memref.dim
    of a top-level memref."""
    if v.type is not T.index:
        return False
    if is_valid_symbol(v, region):
        return True
    if isinstance(v, BlockArgument):
        parent = v.owner.parent.parent_op if v.owner.parent is not None else None
        return parent is not None and parent.name in _AFFINE_LOOPS
    owner = v.owner  # type: ignore[attr-defined]  # an OpResult: its defining op
    if owner.name == "affine.apply":
        return all(is_valid_dim(o, region) for o in owner.operands)
    if owner.name == "memref.dim":
        return is_top_level_value(owner.operands[0])
    return False


def verify_dims_and_symbols(op: Operation, operands: list, num_dims: int) -> None:
    """Each dim operand is a valid dim, each symbol operand a valid symbol
    (verifyDimAndSymbolIdentifiers)."""
    scope = affine_scope(op)
    for i, v in enumerate(operands):
        if i < num_dims:
            if not is_valid_dim(v, scope):
                raise VerifyError(op, "operand cannot be used as a dimension id")
        elif not is_valid_symbol(v, scope):
            raise VerifyError(op, "operand cannot be used as a symbol")
