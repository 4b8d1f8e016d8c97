"""Folding: constant values of ops, running an op's folder, and uniquing constants.

`fold(op)` mirrors upstream's Operation::fold: the op's `fold` method receives the
constant attribute of each operand (None when not constant) and returns one entry
per result (an Attribute or an existing Value), or None; returning the op's own
results means it was updated in place. Generic trait folders (Involution,
Idempotent) apply too.

`OperationFolder` is upstream's constant uniquer: constants are kept once per
(dialect, value, type) in the entry block of their insertion region, hoisted to its
front. A constant moved to the front of its own block keeps its location, one hoisted
out of another block gets the unknown location (upstream's erasedFoldedLocation), and
so does the constant that absorbs a duplicate, since it now stands for several source
constants.
"""

from __future__ import annotations

from typing import Any

from mliropt.ir.location import unknown_loc
from mliropt.ir.operation import Block, Operation, OpResult, Region
from mliropt.ir.traits import (
    Commutative,
    ConstantLike,
    Idempotent,
    Involution,
    IsolatedFromAbove,
)


def constant_value(op: Operation | None) -> Any:
    """The attribute a ConstantLike op produces, or None."""
    if op is None or ConstantLike not in op.traits or not op.registered:
        return None
    res = op.fold([])  # type: ignore[attr-defined]
    if res and len(res) == 1 and not hasattr(res[0], "uses"):
        return res[0]
    return None


def operand_constants(op: Operation) -> list[Any]:
    """The constant attribute behind each operand (None when not a constant)."""
    out: list[Any] = []
    constant_classes = _CONSTANT_CLASSES
    for u in op.op_operands:
        # A block argument's owner is a Block; a dropped use's value is no OpResult.
        value = u.value
        if value.__class__ is not OpResult:
            out.append(None)
            continue
        owner = value.owner
        is_constant = constant_classes.get(owner.__class__)
        if is_constant is None:
            is_constant = _is_constant_class(owner.__class__)
        if not is_constant:
            out.append(None)
            continue
        # constant_value(owner), inlined.
        res = owner.fold([])  # type: ignore[attr-defined]
        out.append(res[0] if res and len(res) == 1 and not hasattr(res[0], "uses") else None)
    return out


# Whether ops of a class are registered and ConstantLike.
_CONSTANT_CLASSES: dict[type, bool] = {}


def _is_constant_class(cls: type) -> bool:
    """Whether ops of `cls` are registered constants (computed once per class)."""
    is_constant = _CONSTANT_CLASSES[cls] = bool(
        cls.registered and ConstantLike in cls.traits  # type: ignore[attr-defined]
    )
    return is_constant


# Per op class: (has a `fold` method, has trait folders, its `fold` runs them itself).
_FOLD_PLANS: dict[type, tuple[bool, bool, bool]] = {}


def _fold_plan(cls: type) -> tuple[bool, bool, bool]:
    """How `fold` treats ops of `cls` (computed once per class)."""
    plan = _FOLD_PLANS[cls] = (
        getattr(cls, "fold", None) is not None,
        _has_trait_folders(cls),
        getattr(cls, "fold_traits", None) is not None,
    )
    return plan


def fold(op: Operation, constants: list[Any] | None = None) -> list[Any] | None:
    """Fold `op`: its results' replacements, [] for an in-place update, or None.
    `constants` gives each operand's constant attribute (default: read from the ops
    defining the operands)."""
    if not op.registered:
        return None
    plan = _FOLD_PLANS.get(op.__class__)
    if plan is None:
        plan = _fold_plan(op.__class__)
    has_fold, has_trait_folders, folds_traits = plan
    if not has_fold and not has_trait_folders:
        return None  # nothing could fold it: skip reading the operands' constants
    if constants is None:
        constants = operand_constants(op)
    if has_fold:
        res = op.fold(constants)  # type: ignore[attr-defined]
        if res is not None:
            results = op.results
            n = len(res)
            if n == len(results) and (
                n == 0
                or (res[0] is results[0] if n == 1 else all(a is b for a, b in zip(res, results)))
            ):
                # Updated in place: the trait folders may still fold it (upstream order);
                # `constants` may no longer match the operands, so their order stays.
                return _fold_traits(op, constants, reorder=False) or []
            return list(res)
        if folds_traits:
            return None  # its fold already ran the trait folders (arith's ops)
    return _fold_traits(op, constants)


_TRAIT_FOLDERS: dict[type, bool] = {}


def _has_trait_folders(cls: type) -> bool:
    """Whether ops of `cls` have a trait folder (Commutative, Idempotent, Involution)."""
    has = _TRAIT_FOLDERS.get(cls)
    if has is None:
        traits = cls.traits  # type: ignore[attr-defined]
        has = _TRAIT_FOLDERS[cls] = (
            Commutative in traits or Idempotent in traits or Involution in traits
        )
    return has


def _fold_commutative(op: Operation, constants: list[Any]) -> bool:
    """IsCommutative's trait folder: constant operands move after the others (a stable
    partition), in place; True when the order changed."""
    values = [u.value for u in op.op_operands]
    order = [i for i, c in enumerate(constants) if c is None]
    order += [i for i, c in enumerate(constants) if c is not None]
    if order == list(range(len(values))):
        return False
    op.set_operands([values[i] for i in order])
    return True


def fold_with_constants(op: Operation, constants: list[Any]) -> list[Any] | None:
    """Simulate folding `op` as if its operands had these constants (None: unknown): the
    results' replacements, or None when it does not fold out of place. An in-place fold
    is undone (upstream's SparseConstantPropagation restores operands and attributes)."""
    operands = op.operands
    attributes = dict(op.attributes)
    properties = dict(op.properties)
    res = fold(op, constants)
    if res is None:
        return None
    if not res:
        if op.operands != operands:
            op.set_operands(operands)
        op.attributes = attributes
        op.properties = properties
        return None
    return res


def _fold_traits(op: Operation, constants: list[Any], reorder: bool = True) -> list[Any] | None:
    traits = op.traits
    if len(op.results) != 1:
        return None
    commutes = reorder and Commutative in traits and len(constants) >= 2
    if commutes and _fold_commutative(op, constants):
        return []  # updated in place
    if len(op.op_operands) == 2 and Idempotent in traits:
        # f(x, x) -> x
        lhs = op.op_operands[0].value
        return [lhs] if lhs is op.op_operands[1].value else None
    if len(op.op_operands) != 1:
        return None
    arg = op.op_operands[0].value
    inner = getattr(arg, "owner", None)
    if not isinstance(inner, Operation) or inner.name != op.name:
        return None
    if Involution in traits and inner.op_operands:
        # f(f(x)) -> x
        return [inner.op_operands[0].value]
    if Idempotent in traits:
        # f(f(x)) -> f(x)
        return [arg]
    return None


def insertion_region(block: Block) -> Region:
    """Where constants of ops in `block` live: the nearest region whose owner is
    isolated from above (or unregistered, or top-level)."""
    cur: Block | None = block
    while cur is not None:
        region = cur.parent
        assert region is not None
        parent = region.parent
        if (
            parent is None
            or not parent.registered
            or IsolatedFromAbove in parent.traits
            or parent.parent is None
        ):
            return region
        hook = getattr(parent, "materialize_constants_into", None)
        if hook is not None and hook(region):
            return region
        cur = parent.parent
    raise AssertionError("block without a region")


class OperationFolder:
    """Uniques constants per insertion region, as upstream's OperationFolder does."""

    def __init__(self, rewriter: Any) -> None:
        self.rewriter = rewriter
        self.scopes: dict[Region, dict[tuple, Operation]] = {}
        # Each constant the folder owns, with where it is recorded.
        self.owned: dict[Operation, tuple[dict[tuple, Operation], tuple]] = {}

    def insert_known_constant(self, op: Operation, value: Any) -> bool:
        """Record (and hoist) a constant; False when it was replaced by an existing one."""
        block = op.parent
        assert block is not None
        owned = self.owned
        if op in owned:
            if block.first is not op and op.prev not in owned:
                self.rewriter.move_op_before(op, block.first)
            return True
        region = insertion_region(block)
        key = (op.dialect_name, value, op.results[0].type)
        constants = self.scopes.setdefault(region, {})
        existing = constants.get(key)
        if existing is not None:
            self.rewriter.replace_op(op, existing.results)
            existing.location = unknown_loc
            return False
        entry = region.blocks[0]
        if block is not entry:
            # Hoisted out of another block: it no longer stands where it was written
            # (upstream 22 gives it the erased-folded location, unknown).
            self.rewriter.move_op_before(op, entry.first)  # type: ignore[arg-type]
            op.location = unknown_loc
        elif entry.first is not op and op.prev not in owned:
            self.rewriter.move_op_before(op, entry.first)  # type: ignore[arg-type]
        constants[key] = op
        owned[op] = (constants, key)
        return True

    def get_or_create_constant(self, block: Block, dialect: str, value: Any, type: Any) -> Any:
        """The value of a constant of `value` (materialized by `dialect`) usable in
        `block`: an existing one of the folder, or a new one at the start of the entry
        block of the insertion region, with the unknown location (upstream's
        getOrCreateConstant); None when the dialect cannot materialize it."""
        region = insertion_region(block)
        rewriter = self.rewriter
        saved = rewriter.save()
        rewriter.set_insertion_point_to_start(region.blocks[0])
        try:
            op = self._try_get_or_create(self.scopes.setdefault(region, {}), dialect, value, type)
        finally:
            rewriter.restore(saved)
        return None if op is None else op.results[0]

    def _try_get_or_create(self, constants: dict, dialect: str, value: Any, type: Any) -> Any:
        key = (dialect, value, type)
        existing = constants.get(key)
        if existing is not None:
            if existing.location is not unknown_loc:
                existing.location = unknown_loc
            return existing
        d = self.rewriter.ctx.get_dialect(dialect) if self.rewriter.ctx is not None else None
        op = d.materialize_constant(self.rewriter, value, type, unknown_loc) if d else None
        if op is None:
            return None
        constants[key] = op
        self.owned[op] = (constants, key)
        if op.dialect_name == dialect:
            return op
        # Materialized by another dialect (math constants are arith ones): unique it under
        # that dialect too, reusing an existing constant.
        new_key = (op.dialect_name, value, type)
        other = constants.get(new_key)
        if other is not None:
            self.forget(op)
            self.rewriter.erase_op(op)
            constants[key] = other
            if other.location is not unknown_loc:
                other.location = unknown_loc
            return other
        constants[new_key] = op
        return op

    def forget(self, op: Operation) -> None:
        """`op` is being erased (upstream's notifyRemoval)."""
        entry = self.owned.pop(op, None)
        if entry is not None:
            constants, key = entry
            if constants.get(key) is op:
                del constants[key]
