"""Operation traits: markers an op class lists in `traits`, checked by verifiers and passes."""

from __future__ import annotations

from typing import Any


class Trait:
    """A named property of an op class; parametric traits are instances with arguments."""

    __slots__ = ("name", "args")

    def __init__(self, name: str, *args: Any) -> None:
        self.name = name
        self.args = args

    def __call__(self, *args: Any) -> Trait:
        return Trait(self.name, *args)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Trait) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)

    def __repr__(self) -> str:
        return self.name if not self.args else f"{self.name}{self.args}"


# Memory-effect free and speculatable: `Pure` in upstream is both.
Pure = Trait("Pure")
NoMemoryEffect = Trait("NoMemoryEffect")
AlwaysSpeculatable = Trait("AlwaysSpeculatable")
RecursiveMemoryEffects = Trait("RecursiveMemoryEffects")
RecursivelySpeculatable = Trait("RecursivelySpeculatable")
Commutative = Trait("Commutative")
Idempotent = Trait("Idempotent")
Involution = Trait("Involution")
IsTerminator = Trait("IsTerminator")
ReturnLike = Trait("ReturnLike")
IsolatedFromAbove = Trait("IsolatedFromAbove")
SymbolTable = Trait("SymbolTable")
Symbol = Trait("Symbol")
SameOperandsAndResultType = Trait("SameOperandsAndResultType")
SameOperandsAndResultShape = Trait("SameOperandsAndResultShape")
SameOperandsAndResultElementType = Trait("SameOperandsAndResultElementType")
SameTypeOperands = Trait("SameTypeOperands")
SameOperandsShape = Trait("SameOperandsShape")
SameOperandsElementType = Trait("SameOperandsElementType")
SameVariadicOperandSize = Trait("SameVariadicOperandSize")
ConstantLike = Trait("ConstantLike")
NoTerminator = Trait("NoTerminator")
SingleBlock = Trait("SingleBlock")
# SingleBlockImplicitTerminator("scf.yield"): the terminator is elided when printing.
SingleBlockImplicitTerminator = Trait("SingleBlockImplicitTerminator")
# HasParent("func.func", ...): the op must be nested directly in one of these.
HasParent = Trait("HasParent")
ParentOneOf = HasParent
Elementwise = Trait("Elementwise")
Scalarizable = Trait("Scalarizable")
Vectorizable = Trait("Vectorizable")
Tensorizable = Trait("Tensorizable")
AffineScope = Trait("AffineScope")
AutomaticAllocationScope = Trait("AutomaticAllocationScope")
OpAsmOpInterface = Trait("OpAsmOpInterface")
AttrSizedOperandSegments = Trait("AttrSizedOperandSegments")
AttrSizedResultSegments = Trait("AttrSizedResultSegments")
# Graph regions: no dominance inside, any op order (RegionKindInterface).
GraphRegion = Trait("GraphRegion")
ElementwiseMappable = Trait("ElementwiseMappable")
MemRefsNormalizable = Trait("MemRefsNormalizable")
ZeroRegions = Trait("ZeroRegions")


def trait_args(op_cls: Any, trait: Trait) -> tuple:
    """The arguments the op class gave a parametric trait (empty when absent)."""
    for t in op_cls.traits:
        if t == trait:
            return t.args
    return ()
