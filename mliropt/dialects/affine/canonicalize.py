"""Canonicalization of the maps of affine.apply/min/max/load/store (upstream's
SimplifyAffineOp): affine.apply operands are composed into the map
(composeAffineMapAndOperands), then canonicalizeMapAndOperands promotes dims that are
valid symbols to symbols, demotes symbols that are only valid dims, folds constant
symbol operands into the map, merges duplicate operands and drops unused ones, and
simplifyMapWithOperands uses induction variables' constant ranges (operand_bounds).

affine.min/max also get upstream's other patterns, in upstream's order: a single
result becomes affine.apply, duplicate results are dropped, results that are nested
min/max ops of the same kind are merged in, and results are sorted by their flattened
form.

Not ported: affine.min composition (composeAffineMin, off in SimplifyAffineOp anyway)
and affine.parallel induction variable ranges (affine.parallel is not registered).
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.affine.operand_bounds import simplify_map_with_operands
from mliropt.dialects.affine.scope import affine_scope, is_valid_dim, is_valid_symbol
from mliropt.ir import affine as AF
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.affine_simplify import (
    get_affine_expr_from_flat_form,
    get_flattened_affine_expr,
    simplify_affine_map,
)
from mliropt.ir.operation import BlockArgument, Operation, Value
from mliropt.ir.traits import AffineScope
from mliropt.rewrite.folding import constant_value
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern

_AFFINE_LOOPS = ("affine.for", "affine.parallel")


# ----------------------------------------------------------------- region-free validity


def _is_top_level(v: Value) -> bool:
    block = v.parent_block
    region = block.parent if block is not None else None
    op = region.parent if region is not None else None
    return op is not None and AffineScope in op.traits


def valid_symbol(v: Value) -> bool:
    """isValidSymbol(value): a top-level index value, or a valid symbol in the scope of
    its defining op."""
    if v.type is not T.index:
        return False
    if _is_top_level(v):
        return True
    owner = v.owner_op
    return owner is not None and is_valid_symbol(v, affine_scope(owner))


def valid_dim(v: Value) -> bool:
    """isValidDim(value): a valid dim in its defining op's scope, an affine loop's
    induction variable, or an argument of an affine scope's region."""
    if v.type is not T.index:
        return False
    owner = v.owner_op
    if owner is not None:
        return is_valid_dim(v, affine_scope(owner))
    assert isinstance(v, BlockArgument)
    region = v.owner.parent
    parent = region.parent if region is not None else None
    return parent is not None and (parent.name in _AFFINE_LOOPS or AffineScope in parent.traits)


def _constant(v: Value) -> int | None:
    owner = v.owner_op
    attr = constant_value(owner) if owner is not None else None
    return AF._wrap64(attr.value) if isinstance(attr, A.IntegerAttr) else None


# ----------------------------------------------------------------- canonicalizeMapAndOperands


def _promote_symbols(amap: AF.AffineMap, operands: list) -> tuple[AF.AffineMap, list]:
    """canonicalizePromotedSymbols: dims that are valid symbols become trailing symbols."""
    dims: list[AF.AffineExpr] = []
    kept: list = []
    promoted: list = []
    for v in operands[: amap.num_dims]:
        if valid_symbol(v):
            dims.append(AF.symbol(amap.num_symbols + len(promoted)))
            promoted.append(v)
        else:
            dims.append(AF.dim(len(kept)))
            kept.append(v)
    new = amap.replace_dims_and_symbols(
        dims, [], len(kept), amap.num_symbols + len(promoted)
    )
    return new, kept + operands[amap.num_dims :] + promoted


def _demote_dims(amap: AF.AffineMap, operands: list) -> tuple[AF.AffineMap, list]:
    """legalizeDemotedDims: symbols that are valid dims but no valid symbols become
    trailing dims."""
    nd = amap.num_dims
    syms: list[AF.AffineExpr] = []
    demoted: list = []
    kept: list = []
    for v in operands[nd:]:
        if valid_dim(v) and not valid_symbol(v):
            syms.append(AF.dim(nd + len(demoted)))
            demoted.append(v)
        else:
            syms.append(AF.symbol(len(kept)))
            kept.append(v)
    new = amap.replace_dims_and_symbols([], syms, nd + len(demoted), len(kept))
    return new, operands[:nd] + demoted + kept


def canonicalize_map_and_operands(amap: AF.AffineMap, operands: list) -> tuple[AF.AffineMap, list]:
    """Upstream's canonicalizeMapAndOperands."""
    if not operands:
        return amap, operands
    amap, operands = _promote_symbols(amap, operands)
    amap, operands = _demote_dims(amap, operands)
    used_dims = [False] * amap.num_dims
    used_syms = [False] * amap.num_symbols
    for r in amap.results:
        for e in r.walk():
            if isinstance(e, AF.AffineDimExpr):
                used_dims[e.position] = True
            elif isinstance(e, AF.AffineSymbolExpr):
                used_syms[e.position] = True
    unused = AF.constant(0)
    result: list = []
    dim_map: list[AF.AffineExpr] = []
    seen: dict[int, AF.AffineExpr] = {}
    next_dim = 0
    for i in range(amap.num_dims):
        v = operands[i]
        if not used_dims[i]:
            dim_map.append(unused)
        elif id(v) in seen:
            dim_map.append(seen[id(v)])
        else:
            seen[id(v)] = e = AF.dim(next_dim)
            next_dim += 1
            dim_map.append(e)
            result.append(v)
    sym_map: list[AF.AffineExpr] = []
    seen = {}
    next_sym = 0
    for i in range(amap.num_symbols):
        v = operands[amap.num_dims + i]
        c = _constant(v) if used_syms[i] else None
        if not used_syms[i]:
            sym_map.append(unused)
        elif c is not None:
            sym_map.append(AF.constant(c))
        elif id(v) in seen:
            sym_map.append(seen[id(v)])
        else:
            seen[id(v)] = e = AF.symbol(next_sym)
            next_sym += 1
            sym_map.append(e)
            result.append(v)
    return amap.replace_dims_and_symbols(dim_map, sym_map, next_dim, next_sym), result


# ----------------------------------------------------------------- composeAffineMapAndOperands


def _apply_of(v: Value | None) -> Operation | None:
    owner = v.owner_op if v is not None else None
    return owner if owner is not None and owner.name == "affine.apply" else None


def _replace_dim_or_sym(
    amap: AF.AffineMap, pos: int, dims: list, syms: list
) -> AF.AffineMap | None:
    """replaceDimOrSym: substitute the map of the affine.apply defining input `pos`."""
    is_dim = pos < len(dims)
    i = pos if is_dim else pos - len(dims)
    apply = _apply_of(dims[i] if is_dim else syms[i])
    if apply is None:
        return None
    if is_dim:
        dims[i] = None
    else:
        syms[i] = None
    cmap, cops = canonicalize_map_and_operands(
        apply.properties["map"].value, list(apply.operands)  # type: ignore[attr-defined]
    )
    nd, ns = len(dims), len(syms)
    dim_shift = [AF.dim(nd + k) for k in range(cmap.num_dims)]
    sym_shift = [AF.symbol(ns + k) for k in range(cmap.num_symbols)]
    replacement = cmap.results[0].replace_dims_and_symbols(dim_shift, sym_shift)
    dims.extend(cops[: cmap.num_dims])
    syms.extend(cops[cmap.num_dims :])
    target = AF.dim(i) if is_dim else AF.symbol(i)
    results = [r.replace({target: replacement}) for r in amap.results]
    return AF.AffineMap(len(dims), len(syms), results)


def compose_map_and_operands(amap: AF.AffineMap, operands: list) -> tuple[AF.AffineMap, list]:
    """Upstream's composeAffineMapAndOperands (without affine.min composition)."""
    if amap.num_results == 0:
        amap, operands = canonicalize_map_and_operands(amap, operands)
        return simplify_affine_map(amap), operands
    dims: list = list(operands[: amap.num_dims])
    syms: list = list(operands[amap.num_dims :])
    changed = True
    while changed:
        changed = False
        for pos in range(len(dims) + len(syms)):
            new = _replace_dim_or_sym(amap, pos, dims, syms)
            if new is not None:
                amap, changed = new, True
                break
    # Prune the replaced (now unused) inputs.
    out: list = []
    dim_map: list[AF.AffineExpr] = []
    for v in dims:
        dim_map.append(AF.constant(0) if v is None else AF.dim(len(out)))
        if v is not None:
            out.append(v)
    nd = len(out)
    sym_map: list[AF.AffineExpr] = []
    for v in syms:
        sym_map.append(AF.constant(0) if v is None else AF.symbol(len(out) - nd))
        if v is not None:
            out.append(v)
    amap = amap.replace_dims_and_symbols(dim_map, sym_map, nd, len(out) - nd)
    amap, out = canonicalize_map_and_operands(amap, out)
    return simplify_affine_map(amap), out


# ----------------------------------------------------------------- the pattern


class SimplifyAffineOp(RewritePattern):
    """Compose and canonicalize an affine op's map and operands; the op is replaced by a
    new one when they change (upstream's SimplifyAffineOp; discardable attributes are
    not kept, as upstream's replaceAffineOp does not keep them)."""

    # Subclasses set `root` and `map_start` (the index of the first map operand).
    map_start = 0

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        old_map = op.properties["map"].value  # type: ignore[attr-defined]
        old_operands = op.operands[self.map_start :]
        amap, operands = compose_map_and_operands(old_map, list(old_operands))
        amap, operands = canonicalize_map_and_operands(amap, operands)
        amap = simplify_map_with_operands(amap, operands)
        if amap is old_map and len(operands) == len(old_operands) and all(
            a is b for a, b in zip(operands, old_operands)
        ):
            return False
        rewriter.set_insertion_point(op)
        new = rewriter.create(
            type(op),
            [*op.operands[: self.map_start], *operands],
            [r.type for r in op.results],
            None,
            {"map": A.AffineMapAttr(amap)},
            location=op.location,
        )
        rewriter.replace_op(op, new.results)
        return True


def simplify_pattern(cls: Any, map_start: int) -> type:
    """SimplifyAffineOp<cls>."""
    return type(
        f"SimplifyAffineOp_{cls.__name__}",
        (SimplifyAffineOp,),
        {"root": cls, "map_start": map_start, "label": "SimplifyAffineOp"},
    )


# ----------------------------------------------------------------- affine.min/max


def _replace_min_max(
    rewriter: PatternRewriter, op: Operation, cls: Any, amap: Any, operands: list
) -> None:
    rewriter.set_insertion_point(op)
    new = rewriter.create(
        cls, operands, [T.index], None, {"map": A.AffineMapAttr(amap)}, location=op.location
    )
    rewriter.replace_op(op, new.results)


class CanonicalizeSingleResultAffineMinMaxOp(RewritePattern):
    """min/max(one result) -> affine.apply."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        from mliropt.dialects.affine.value_ops import AffineApplyOp

        amap = op.properties["map"].value  # type: ignore[attr-defined]
        if amap.num_results != 1:
            return False
        _replace_min_max(rewriter, op, AffineApplyOp, amap, list(op.operands))
        return True


class DeduplicateAffineMinMaxExpressions(RewritePattern):
    """min/max(a, b, a) -> min/max(a, b)."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        amap = op.properties["map"].value  # type: ignore[attr-defined]
        exprs: list = []
        for e in amap.results:
            if e not in exprs:
                exprs.append(e)
        if len(exprs) == amap.num_results:
            return False
        new = AF.AffineMap(amap.num_dims, amap.num_symbols, exprs)
        _replace_min_max(rewriter, op, type(op), new, list(op.operands))
        return True


class MergeAffineMinMaxOp(RewritePattern):
    """min(min(a, b), c) -> min(a, b, c): a result that is a dim or symbol produced by the
    same kind of op takes that op's results instead."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        amap = op.properties["map"].value  # type: ignore[attr-defined]
        nd = amap.num_dims
        dim_ops, sym_ops = list(op.operands[:nd]), list(op.operands[nd:])
        exprs: list = []
        producers: list = []
        for e in amap.results:
            v = None
            if isinstance(e, AF.AffineSymbolExpr):
                v = sym_ops[e.position]
            elif isinstance(e, AF.AffineDimExpr):
                v = dim_ops[e.position]
            owner = v.owner_op if v is not None else None
            if owner is not None and owner.name == op.name:
                producers.append(owner)
                continue
            exprs.append(e)
        if not producers:
            return False
        used_dims, used_syms = nd, amap.num_symbols
        for producer in producers:
            pmap = producer.properties["map"].value
            pd, ps = pmap.num_dims, pmap.num_symbols
            dim_ops += producer.operands[:pd]
            sym_ops += producer.operands[pd:]
            for e in pmap.results:
                exprs.append(e.shift_dims(pd, used_dims).shift_symbols(ps, used_syms))
            used_dims += pd
            used_syms += ps
        new = AF.AffineMap(used_dims, used_syms, exprs)
        _replace_min_max(rewriter, op, type(op), new, dim_ops + sym_ops)
        return True


class CanonicalizeAffineMinMaxOpExprAndTermOrder(RewritePattern):
    """Sort the results of a pure affine min/max (without div/mod) by their flattened
    coefficients, rebuilt from that flat form (canonicalizeMapExprAndTermOrder)."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        amap = op.properties["map"].value  # type: ignore[attr-defined]
        flats: list[list[int]] = []
        for e in amap.results:
            flat = get_flattened_affine_expr(e, amap.num_dims, amap.num_symbols)
            if flat is None or flat[1]:
                return False
            flats.append(flat[0])
        if all(flats[i] <= flats[i + 1] for i in range(len(flats) - 1)):
            return False
        order = sorted(range(len(flats)), key=lambda i: flats[i])
        exprs = [
            get_affine_expr_from_flat_form(flats[i], amap.num_dims, amap.num_symbols, [])
            for i in order
        ]
        new = AF.AffineMap(amap.num_dims, amap.num_symbols, exprs)
        _replace_min_max(rewriter, op, type(op), new, list(op.operands))
        return True


def min_max_patterns(cls: Any) -> tuple:
    """Upstream's canonicalization patterns of affine.min/max, in its order."""
    return tuple(
        type(f"{base.__name__}_{cls.__name__}", (base,), {"root": cls, "label": base.__name__})
        for base in (
            CanonicalizeSingleResultAffineMinMaxOp,
            DeduplicateAffineMinMaxExpressions,
            MergeAffineMinMaxOp,
        )
    ) + (
        simplify_pattern(cls, 0),
        type(
            f"CanonicalizeAffineMinMaxOpExprAndTermOrder_{cls.__name__}",
            (CanonicalizeAffineMinMaxOpExprAndTermOrder,),
            {"root": cls, "label": "CanonicalizeAffineMinMaxOpExprAndTermOrder"},
        ),
    )


# ----------------------------------------------------------------- affine.if


def compose_set_and_operands(iset: AF.IntegerSet, operands: list) -> tuple[AF.IntegerSet, list]:
    """composeSetAndOperands then canonicalizeSetAndOperands: the constraints are treated
    as the results of a map."""
    amap = AF.AffineMap(iset.num_dims, iset.num_symbols, iset.constraints)
    if any(_apply_of(v) is not None for v in operands):
        amap, operands = compose_map_and_operands(amap, operands)
    amap, operands = canonicalize_map_and_operands(amap, operands)
    return AF.IntegerSet(amap.num_dims, amap.num_symbols, amap.results, iset.eq_flags), operands


def fold_if(op: Operation) -> list | None:
    """AffineIfOp::fold: compose and canonicalize the condition and its operands in
    place; None when nothing changes."""
    iset = op.properties["condition"].value  # type: ignore[attr-defined]
    operands = list(op.operands)
    new_set, new_operands = compose_set_and_operands(iset, operands)
    if new_set is iset and len(new_operands) == len(operands) and all(
        a is b for a, b in zip(new_operands, operands)
    ):
        return None
    op.properties["condition"] = A.IntegerSetAttr(new_set)
    op.set_operands(new_operands)
    return list(op.results)


class SimplifyDeadElse(RewritePattern):
    """affine.if without results: an else block holding only its yield is erased."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        region = op.regions[1]
        if not region.blocks or op.results:
            return False
        block = region.blocks[0]
        if block.first is not block.last:
            return False
        rewriter.modify_op_in_place(op, lambda: rewriter.erase_block(block))
        return True


class AlwaysTrueOrFalseIf(RewritePattern):
    """affine.if of `0 == 0` runs its then block in place, of the empty set its else
    block (or nothing)."""

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        iset = op.properties["condition"].value  # type: ignore[attr-defined]
        if iset.is_empty_integer_set():
            else_region = op.regions[1]
            if not op.results and not else_region.blocks:
                rewriter.erase_op(op)
                return True
            block = else_region.blocks[0]
        elif (
            iset.eq_flags == (True,)
            and isinstance(iset.constraints[0], AF.AffineConstantExpr)
            and iset.constraints[0].value == 0
        ):
            block = op.regions[0].blocks[0]
        else:
            return False
        terminator = block.last
        assert terminator is not None  # affine.if blocks end with affine.yield
        rewriter.inline_block_before(block, op)
        values = list(terminator.operands)
        rewriter.replace_op(op, values)
        rewriter.erase_op(terminator)
        return True


def if_patterns(cls: Any) -> tuple:
    """Upstream's canonicalization patterns of affine.if, in its order."""
    return tuple(
        type(f"{base.__name__}", (base,), {"root": cls, "label": base.__name__})
        for base in (SimplifyDeadElse, AlwaysTrueOrFalseIf)
    )
