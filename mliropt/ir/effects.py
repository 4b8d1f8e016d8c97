"""Memory effects of operations, and when an op is trivially dead.

An op declares its effects with the traits `Pure`/`NoMemoryEffect` (none),
`RecursiveMemoryEffects` (those of the ops in its regions), or a method
`memory_effects(self) -> list[(kind, value_or_None)]` with kind one of
"read", "write", "allocate", "free" (upstream's MemoryEffectOpInterface). Anything
else is assumed to have unknown effects.
"""

from __future__ import annotations

from typing import Any

from mliropt.ir.traits import IsTerminator, NoMemoryEffect, Pure, RecursiveMemoryEffects, Symbol

READ, WRITE, ALLOCATE, FREE = "read", "write", "allocate", "free"


def effects_of(op: Any) -> list[tuple[str, Any]] | None:
    """The op's own effects, or None when they are unknown."""
    traits = op.traits
    if Pure in traits or NoMemoryEffect in traits:
        return []
    # The interface method, looked up on the class: an op may also have an attribute of
    # that name (llvm.call's and llvm.func's `memory_effects`), whose accessor is not it.
    fn = getattr(type(op), "memory_effects", None)
    if fn is not None and not isinstance(fn, property) and op.registered:
        return fn(op)
    return None


def is_memory_effect_free(op: Any) -> bool:
    """True when the op (and for recursive ops, everything nested) has no effects."""
    if DEADNESS_BY_CLASS.get(op.__class__) == DEAD_WHEN_UNUSED:
        return True  # Pure (or NoMemoryEffect) and not recursive
    eff = effects_of(op)
    if eff is not None:
        if eff:
            return False
        if RecursiveMemoryEffects not in op.traits:
            return True
    elif RecursiveMemoryEffects not in op.traits:
        return False
    for region in op.regions:
        for block in region.blocks:
            for child in block.ops:
                if not is_memory_effect_free(child):
                    return False
    return True


def effects_recursively(op: Any) -> list[tuple[str, Any]] | None:
    """The effects of `op` and, for RecursiveMemoryEffects ops, of everything nested
    (upstream's getEffectsRecursively); None when some op's effects are unknown."""
    out: list[tuple[str, Any]] = []
    stack = [op]
    while stack:
        cur = stack.pop()
        recursive = RecursiveMemoryEffects in cur.traits
        if recursive:
            for region in cur.regions:
                for block in region.blocks:
                    stack.extend(block.ops)
        eff = effects_of(cur)
        if eff is not None:
            out.extend(eff)
        elif not recursive:
            return None
    return out


# How an op class can be trivially dead, decided once per class from its traits.
NEVER_DEAD = 0  # terminators and symbols
DEAD_WHEN_UNUSED = 1  # no memory effects, nothing nested to look into
DEAD_IF_NO_EFFECTS = 2  # depends on the op's (and nested ops') effects
DEADNESS_BY_CLASS: dict[type, int] = {}  # deadness_kind's cache


def deadness_kind(cls: type) -> int:
    """NEVER_DEAD, DEAD_WHEN_UNUSED or DEAD_IF_NO_EFFECTS for ops of class `cls`."""
    kind = DEADNESS_BY_CLASS.get(cls)
    if kind is None:
        traits = cls.traits  # type: ignore[attr-defined]
        if IsTerminator in traits or Symbol in traits:
            kind = NEVER_DEAD
        elif (Pure in traits or NoMemoryEffect in traits) and (
            RecursiveMemoryEffects not in traits
        ):
            kind = DEAD_WHEN_UNUSED
        else:
            kind = DEAD_IF_NO_EFFECTS
        DEADNESS_BY_CLASS[cls] = kind
    return kind


def would_be_trivially_dead(op: Any) -> bool:
    """Upstream's wouldOpBeTriviallyDead: erasing `op` (results unused) changes nothing.
    Terminators and symbols (SymbolOpInterface) are never dead."""
    kind = DEADNESS_BY_CLASS.get(op.__class__)
    if kind is None:
        kind = deadness_kind(op.__class__)
    if kind != DEAD_IF_NO_EFFECTS:
        return kind == DEAD_WHEN_UNUSED
    stack = [op]
    while stack:
        cur = stack.pop()
        eff = effects_of(cur)
        if eff is not None:
            allocated = {
                id(v)
                for effect, v in eff
                if effect == ALLOCATE and v is not None and getattr(v, "owner_op", None) is cur
            }
            for effect, v in eff:
                if v is not None and id(v) in allocated:
                    continue
                if effect != READ:
                    return False
            if RecursiveMemoryEffects not in cur.traits:
                continue
        elif RecursiveMemoryEffects not in cur.traits:
            return False
        for region in cur.regions:
            for block in region.blocks:
                stack.extend(block.ops)
    return True


def is_trivially_dead(op: Any) -> bool:
    """Results unused and erasing it changes nothing."""
    for r in op.results:
        if r.uses:
            return False
    return would_be_trivially_dead(op)


# What a `speculatability(self)` method may return besides True/False: speculatable
# when every op nested in the regions is (upstream's RecursivelySpeculatable).
RECURSIVELY_SPECULATABLE = "recursively-speculatable"


def speculatability(op: Any) -> bool | str:
    """True, False or RECURSIVELY_SPECULATABLE (upstream's ConditionallySpeculatable):
    an op's `speculatability()` method, else its traits (`Pure`/`AlwaysSpeculatable`,
    `RecursivelySpeculatable`); ops with neither are not speculatable."""
    from mliropt.ir.traits import AlwaysSpeculatable, RecursivelySpeculatable

    fn = getattr(op, "speculatability", None)
    if fn is not None and op.registered:
        result = fn()
        return result if result == RECURSIVELY_SPECULATABLE else bool(result)
    traits = op.traits
    if Pure in traits or AlwaysSpeculatable in traits:
        return True
    return RECURSIVELY_SPECULATABLE if RecursivelySpeculatable in traits else False


def is_speculatable(op: Any) -> bool:
    """Can be executed unconditionally (upstream's isSpeculatable)."""
    spec = speculatability(op)
    if spec != RECURSIVELY_SPECULATABLE:
        return bool(spec)
    return all(is_speculatable(child) for region in op.regions for child in region.ops())
