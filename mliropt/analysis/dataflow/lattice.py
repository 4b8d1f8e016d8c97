"""Sparse lattices: states attached to SSA values, and the constant-value lattice.

A sparse lattice element knows the analyses that subscribed to its value's users
(upstream's useDefSubscribe): when it changes, those users are visited again.
"""

from __future__ import annotations

from typing import Any

from mliropt.analysis.dataflow.framework import AnalysisState


class AbstractSparseLattice(AnalysisState):
    """A lattice element for an SSA value; subclasses define `join` and `meet`."""

    __slots__ = ("use_def_subscribers",)

    def __init__(self, anchor: Any) -> None:
        super().__init__(anchor)
        self.use_def_subscribers: list[Any] = []

    def use_def_subscribe(self, analysis: Any) -> None:
        """Visit the users of the value with `analysis` when this element changes."""
        if analysis not in self.use_def_subscribers:
            self.use_def_subscribers.append(analysis)

    def on_update(self, solver: Any) -> None:
        super().on_update(solver)
        subscribers = self.use_def_subscribers
        if not subscribers:
            return
        for use in self.anchor.uses:
            for analysis in subscribers:
                solver.enqueue((use.owner, analysis))

    def join(self, rhs: AbstractSparseLattice) -> bool:
        """Join `rhs` into this element; True when it changed."""
        raise NotImplementedError

    def meet(self, rhs: AbstractSparseLattice) -> bool:
        """Meet `rhs` into this element (backward analyses); True when it changed."""
        raise NotImplementedError


class ConstantValue:
    """Upstream's ConstantValue: uninitialized, a constant (attribute and the dialect
    that can materialize it), or unknown (`constant` None)."""

    __slots__ = ("initialized", "constant", "dialect")

    def __init__(self, constant: Any = None, dialect: Any = None, initialized: bool = True) -> None:
        self.initialized = initialized
        self.constant = constant
        self.dialect = dialect

    @property
    def is_uninitialized(self) -> bool:
        """True before anything is known."""
        return not self.initialized

    def __eq__(self, other: object) -> bool:
        # The dialect does not take part in equality, as upstream.
        return (
            isinstance(other, ConstantValue)
            and self.initialized == other.initialized
            and self.constant is other.constant
        )

    def __hash__(self) -> int:
        return hash((self.initialized, id(self.constant)))

    def __repr__(self) -> str:
        if not self.initialized:
            return "<uninitialized>"
        return "<unknown>" if self.constant is None else f"<{self.constant}>"


UNINITIALIZED = ConstantValue(initialized=False)
UNKNOWN = ConstantValue()


def join_constants(lhs: ConstantValue, rhs: ConstantValue) -> ConstantValue:
    """ConstantValue::join: uninitialized is the identity, different constants are unknown."""
    if lhs.is_uninitialized:
        return rhs
    if rhs.is_uninitialized:
        return lhs
    return lhs if lhs == rhs else UNKNOWN


class ConstantLattice(AbstractSparseLattice):
    """`Lattice<ConstantValue>`: what is known of a value's constant."""

    __slots__ = ("value",)

    def __init__(self, anchor: Any) -> None:
        super().__init__(anchor)
        self.value = UNINITIALIZED

    def join_value(self, rhs: ConstantValue) -> bool:
        """Join a ConstantValue; True when the element changed."""
        new = join_constants(self.value, rhs)
        if new == self.value:
            return False
        self.value = new
        return True

    def join(self, rhs: AbstractSparseLattice) -> bool:
        return self.join_value(rhs.value)  # type: ignore[attr-defined]

    def meet(self, rhs: AbstractSparseLattice) -> bool:
        # Upstream's Lattice<ConstantValue> has no meet.
        return False

    def __repr__(self) -> str:
        return f"<ConstantLattice {self.value!r}>"
