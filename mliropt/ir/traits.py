"""Operation traits: markers an op class lists in `traits`, checked by verifiers and passes."""

from __future__ import annotations

from typing import Any


class Trait:
    """A named property of an op class; parametric traits are instances with arguments.

    A trait without arguments is one object per name (`Trait("Pure")` twice is the
    same object), so `Pure in op.traits` is an identity lookup. A parametric use
    (`HasParent("func.func")`) is a new instance; `Op` classes keep the base trait in
    `traits` and the arguments in `trait_arguments` (see `trait_args`).
    """

    __slots__ = ("name", "args")
    name: str
    args: tuple[Any, ...]
    _by_name: dict[str, Trait] = {}

    def __new__(cls, name: str, *args: Any) -> Trait:
        if not args:
            known = Trait._by_name.get(name)
            if known is not None:
                return known
        self = object.__new__(cls)
        self.name = name
        self.args = args
        if not args:
            Trait._by_name[name] = self
        return self

    def __call__(self, *args: Any) -> Trait:
        return Trait(self.name, *args)

    @property
    def base(self) -> Trait:
        """The argument-less trait of the same name (what `in op.traits` looks for)."""
        return Trait(self.name) if self.args else self

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
    args = getattr(op_cls, "trait_arguments", None)
    if args is not None:
        return args.get(trait.name, ())
    for t in op_cls.traits:
        if t.name == trait.name:
            return t.args
    return ()


def normalize_traits(traits: Any) -> tuple[frozenset, dict[str, tuple]]:
    """(base traits, arguments by trait name) of a declared trait list."""
    bases = frozenset(t.base for t in traits)
    return bases, {t.name: t.args for t in traits if t.args}
