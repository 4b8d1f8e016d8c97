"""ConversionTarget: which ops are legal after a dialect conversion (upstream's).

An op's legality comes from, in order: its own entry (legal, illegal, or dynamic with a
callback), its dialect's entry (with the dialect's callback for dynamic legality), or
the callback for unknown ops. Legal ops may be recursively legal (their nested ops are
then left alone).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

LegalityFn = Callable[[Any], "bool | None"]


class LegalizationAction(Enum):
    """How the target treats an op (upstream's LegalizationAction)."""

    LEGAL = "legal"
    DYNAMIC = "dynamic"
    ILLEGAL = "illegal"


@dataclass
class _Info:
    action: LegalizationAction
    recursively_legal: bool = False
    legality_fn: LegalityFn | None = None


@dataclass
class LegalOpDetails:
    """What `is_legal` tells about a legal op."""

    is_recursively_legal: bool = False


def _compose(old: LegalityFn | None, new: LegalityFn) -> LegalityFn:
    """The newer callback decides first; the older one when the newer returns None."""
    if old is None:
        return new

    def chain(op: Any) -> bool | None:
        result = new(op)
        return result if result is not None else old(op)

    return chain


def _names(ops: Any) -> list[str]:
    """Op names from names or op classes (one or a sequence)."""
    if isinstance(ops, (str, type)):
        ops = (ops,)
    return [o if isinstance(o, str) else o.name for o in ops]


# The details of every legal op that is not recursively legal (read-only).
_LEGAL = LegalOpDetails()


class ConversionTarget:
    """The legality of ops for a conversion."""

    def __init__(self, ctx: Any = None) -> None:
        self.ctx = ctx
        self._ops: dict[str, _Info] = {}
        self._dialects: dict[str, LegalizationAction] = {}
        self._dialect_fns: dict[str, LegalityFn] = {}
        self._recursive_fns: dict[str, LegalityFn] = {}
        self._unknown_fn: LegalityFn | None = None
        self._info_cache: dict[str, _Info | None] = {}
        # is_legal's answer per op name when it does not depend on the op (cleared with
        # _info_cache: every change of the target clears both).
        self._static: dict[str, LegalOpDetails | None] = {}

    # ----------------------------------------------------------------- declaring

    def set_op_action(self, ops: Any, action: LegalizationAction) -> None:
        """Set the action of ops (names or classes)."""
        self._info_cache.clear()
        self._static.clear()
        for name in _names(ops):
            info = self._ops.get(name)
            if info is None:
                self._ops[name] = _Info(action)
            else:
                info.action = action

    def add_legal_op(self, *ops: Any) -> None:
        """Mark ops legal."""
        for o in ops:
            self.set_op_action(o, LegalizationAction.LEGAL)

    def add_illegal_op(self, *ops: Any) -> None:
        """Mark ops illegal."""
        for o in ops:
            self.set_op_action(o, LegalizationAction.ILLEGAL)

    def add_dynamically_legal_op(self, ops: Any, fn: LegalityFn | None = None) -> None:
        """Mark ops dynamically legal; `fn(op)` decides (None: undecided)."""
        self._info_cache.clear()
        self._static.clear()
        for name in _names(ops):
            self.set_op_action(name, LegalizationAction.DYNAMIC)
            if fn is not None:
                info = self._ops[name]
                info.legality_fn = _compose(info.legality_fn, fn)

    def add_legal_dialect(self, *names: str) -> None:
        """Mark every op of these dialects legal."""
        self._info_cache.clear()
        self._static.clear()
        for n in names:
            self._dialects[n] = LegalizationAction.LEGAL

    def add_illegal_dialect(self, *names: str) -> None:
        """Mark every op of these dialects illegal."""
        self._info_cache.clear()
        self._static.clear()
        for n in names:
            self._dialects[n] = LegalizationAction.ILLEGAL

    def add_dynamically_legal_dialect(self, names: Any, fn: LegalityFn | None = None) -> None:
        """Mark dialects dynamically legal, decided by `fn(op)`."""
        self._info_cache.clear()
        self._static.clear()
        if isinstance(names, str):
            names = (names,)
        for n in names:
            self._dialects[n] = LegalizationAction.DYNAMIC
            if fn is not None:
                self._dialect_fns[n] = _compose(self._dialect_fns.get(n), fn)

    def mark_unknown_op_dynamically_legal(self, fn: LegalityFn) -> None:
        """Ops with no entry and no dialect entry are decided by `fn(op)`."""
        self._info_cache.clear()
        self._static.clear()
        self._unknown_fn = _compose(self._unknown_fn, fn)

    def mark_op_recursively_legal(self, ops: Any, fn: LegalityFn | None = None) -> None:
        """Legal instances of these ops are recursively legal (optionally when `fn(op)`)."""
        self._info_cache.clear()
        self._static.clear()
        for name in _names(ops):
            info = self._ops.get(name)
            if info is None or info.action is LegalizationAction.ILLEGAL:
                raise ValueError("expected operation to already be marked as legal")
            info.recursively_legal = True
            if fn is not None:
                self._recursive_fns[name] = _compose(self._recursive_fns.get(name), fn)
            else:
                self._recursive_fns.pop(name, None)

    # ----------------------------------------------------------------- querying

    def _info(self, name: str) -> _Info | None:
        # Cached per op name (the answer only changes when the target does).
        cache = self._info_cache
        if name in cache:
            return cache[name]
        info = cache[name] = self._lookup_info(name)
        return info

    def _lookup_info(self, name: str) -> _Info | None:
        info = self._ops.get(name)
        if info is not None:
            return info
        dialect = name.partition(".")[0]
        action = self._dialects.get(dialect)
        if action is not None:
            return _Info(action, False, self._dialect_fns.get(dialect))
        if self._unknown_fn is not None:
            return _Info(LegalizationAction.DYNAMIC, False, self._unknown_fn)
        return None

    def get_op_action(self, name: str) -> LegalizationAction | None:
        """The action for ops named `name`, or None when the target says nothing."""
        info = self._info(name)
        return None if info is None else info.action

    def is_legal(self, op: Any) -> LegalOpDetails | None:
        """Details when `op` is legal, else None."""
        name = op.name
        static = self._static
        if name in static:
            return static[name]
        info = self._info(name)
        if info is None:
            static[name] = None
            return None
        if not info.recursively_legal:
            if info.action is LegalizationAction.LEGAL:
                static[name] = _LEGAL
                return _LEGAL
            if info.action is LegalizationAction.ILLEGAL:
                static[name] = None
                return None
        legal = info.action is LegalizationAction.LEGAL
        if info.action is LegalizationAction.DYNAMIC and info.legality_fn is not None:
            result = info.legality_fn(op)
            if result is not None:
                legal = bool(result)
        if not legal:
            return None
        if not info.recursively_legal:
            return _LEGAL
        details = LegalOpDetails()
        if info.recursively_legal:
            fn = self._recursive_fns.get(op.name)
            result = fn(op) if fn is not None else True
            details.is_recursively_legal = True if result is None else bool(result)
        return details

    def is_illegal(self, op: Any) -> bool:
        """True when `op` is known to be illegal."""
        info = self._info(op.name)
        if info is None:
            return False
        if info.action is LegalizationAction.DYNAMIC:
            if info.legality_fn is None:
                return False
            result = info.legality_fn(op)
            return result is not None and not result
        return info.action is LegalizationAction.ILLEGAL
