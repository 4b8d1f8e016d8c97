"""Allocation ops of the memref dialect: alloc, alloca, alloca_scope and its return,
dealloc, realloc, global and get_global."""

from __future__ import annotations

from typing import Any

from mliropt.dialects.memref.constraints import (
    AnyMemRef,
    AnyRankedOrUnrankedMemRef,
    AnyStaticShapeMemRef,
    MemRef1D,
    MemRefTypeAttr,
    PosPow2I64Attr,
)
from mliropt.dialects.memref.fold import fold_memref_cast
from mliropt.dialects.memref.layout import has_identity_layout, num_layout_symbols
from mliropt.dialects.memref.verify import error, verify_implicit_terminator
from mliropt.dialects.ods import (
    OPTIONAL,
    VARIADIC,
    AnyAttr,
    AnyType,
    Attr,
    AttrSizedOperandSegments,
    AutomaticAllocationScope,
    FlatSymbolRefAttr,
    HasParent,
    Index,
    IsTerminator,
    MemRefsNormalizable,
    Op,
    Operand,
    Pure,
    RecursiveMemoryEffects,
    RegionDef,
    Result,
    ReturnLike,
    SingleBlockImplicitTerminator,
    StrAttr,
    Symbol,
    SymbolNameAttr,
    UnitAttr,
    VerifyError,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.effects import ALLOCATE, FREE
from mliropt.syntax.custom_syntax import CustomSyntax


def num_dynamic_dims(t: T.MemRefType) -> int:
    """MemRefType::getNumDynamicDims."""
    return sum(1 for d in t.shape if d == T.DYNAMIC)


def parent_with_trait(op: Any, trait: Any) -> Any:
    """getParentWithTrait: the closest registered ancestor op with `trait`."""
    parent = op.parent_op
    while parent is not None and trait not in parent.traits:
        parent = parent.parent_op
    return parent


class AllocLikeOp(Op):
    """Base of alloc and alloca: dynamic sizes, layout symbols, an optional alignment."""

    traits = (AttrSizedOperandSegments,)
    dynamicSizes = Operand(Index, VARIADIC)
    symbolOperands = Operand(Index, VARIADIC)
    alignment = Attr(PosPow2I64Attr, optional=True)
    memref = Result(AnyMemRef)
    assembly_format = (
        "`(`$dynamicSizes`)` (`` `[` $symbolOperands^ `]`)? attr-dict `:` type($memref)"
    )
    # Upstream allocates from AutomaticAllocationScopeResource (alloca) or the default
    # resource (alloc); the alloca_scope patterns need to tell them apart.
    automatic_allocation = False

    def asm_result_names(self) -> list:
        """`%alloc` / `%alloca`."""
        return [(self.results[0], self.name.partition(".")[2])]

    def memory_effects(self) -> list:
        """Allocates its result."""
        return [(ALLOCATE, self.memref)]

    def verify(self) -> None:
        t = self.memref.type
        if len(self.dynamicSizes) != num_dynamic_dims(t):
            raise VerifyError(
                self,
                f"incorrect number of dynamic sizes, has {len(self.dynamicSizes)}, "
                f"expected {num_dynamic_dims(t)}",
            )
        nsym = num_layout_symbols(t)
        got = len(self.symbolOperands)
        if got != nsym:
            raise VerifyError(
                self,
                "symbol operand count does not equal memref symbol count: "
                f"expected {nsym}, got {got}",
            )


class AllocOp(AllocLikeOp):
    """Allocate memory on the heap.

    Example: `%0 = memref.alloc(%d) : memref<8x?xf32>`
    """

    name = "memref.alloc"


class AllocaOp(AllocLikeOp):
    """Allocate memory on the stack of the nearest automatic allocation scope.

    Example: `%0 = memref.alloca() : memref<8x64xf32>`
    """

    name = "memref.alloca"
    automatic_allocation = True

    def verify(self) -> None:
        if parent_with_trait(self, AutomaticAllocationScope) is None:
            raise VerifyError(self, "requires an ancestor op with AutomaticAllocationScope trait")
        super().verify()


class AllocaScopeOp(Op):
    """An explicitly delimited scope for stack allocations.

    Example: `%r = memref.alloca_scope -> (f32) { ... memref.alloca_scope.return %v : f32 }`
    """

    name = "memref.alloca_scope"
    traits = (
        AutomaticAllocationScope,
        RecursiveMemoryEffects,
        SingleBlockImplicitTerminator("memref.alloca_scope.return"),
    )
    results_ = Result(AnyType, VARIADIC)
    # SizedRegion<1>, checked in `verify` after SingleBlock's check, in upstream's order.
    bodyRegion = RegionDef()

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`memref.alloca_scope [-> (types)] { body } [attr-dict]`."""
        return CustomSyntax(
            cls,
            [("[ARROW result_types] region [ATTR_DICT]", _parse_alloca_scope)],
            _print_alloca_scope,
        )

    def verify(self) -> None:
        region = self.regions[0]
        if len(region.blocks) > 1:
            raise VerifyError(self, "expects region #0 to have 0 or 1 blocks")
        if not region.blocks:
            raise VerifyError(
                self, "region #0 ('bodyRegion') failed to verify constraint: region with 1 blocks"
            )
        if region.blocks[0].args:
            raise VerifyError(self, "region should have no arguments")

    def verify_regions(self) -> None:
        """The implicit terminator, then RegionBranchOpInterface: the return's operands
        must match the results."""
        verify_implicit_terminator(self, "memref.alloca_scope.return")
        region = self.regions[0]
        if not region.blocks:
            return
        term = region.blocks[0].last
        if term is None:  # an empty block, reported by the structural verifier
            return
        values = term.operands
        if len(values) != len(self.results):
            raise _branch_error(
                self,
                term,
                f"region branch point has {len(values)} operands, but region "
                f"successor needs {len(self.results)} inputs",
            )
        for i, (v, r) in enumerate(zip(values, self.results)):
            if v.type is not r.type:
                raise _branch_error(
                    self,
                    term,
                    f"successor operand type #{i} '{v.type}' should match "
                    f"successor input type #{i} '{r.type}'",
                )


def _branch_error(op: Op, term: Any, message: str) -> VerifyError:
    """RegionBranchOpInterface's error on the edge from the return to the parent."""
    err = VerifyError(
        op,
        "along control flow edge from Operation memref.alloca_scope.return to parent: " + message,
    )
    err.diagnostic.attach_note("region branch point", term.location)
    return err


def _parse_alloca_scope(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP [ARROW result_types] region [ATTR_DICT]
    types = c[3] if c[3] is not None else []
    attrs = sp.dict_of(c[5], p[5]) if c[5] is not None else None
    op = sp.finish_op(AllocaScopeOp, [], list(types), attrs, None, [c[4]], [], c[0], p[0])
    sp.ensure_blocks(op)
    sp.ensure_terminators(op)
    return op


def _print_alloca_scope(P: Any, op: Any) -> str:
    # Upstream prints a space, then ` -> (types)` or nothing, then another space.
    out = [" "]
    if op.results:
        out.append(" -> (" + ", ".join(P.type(r.type) for r in op.results) + ")")
    out.append(" " + P.region(op.regions[0], False, bool(op.results)))
    out.append(P.attr_dict(op))
    return "".join(out)


class AllocaScopeReturnOp(Op):
    """Return values from a memref.alloca_scope region.

    Example: `memref.alloca_scope.return %v : f32`
    """

    name = "memref.alloca_scope.return"
    traits = (HasParent("memref.alloca_scope"), Pure, ReturnLike, IsTerminator)
    results_ = Operand(AnyType, VARIADIC)
    assembly_format = "attr-dict ($results_^ `:` type($results_))?"


class DeallocOp(Op):
    """Free memory allocated by memref.alloc.

    Example: `memref.dealloc %0 : memref<8x64xf32>`
    """

    name = "memref.dealloc"
    traits = (MemRefsNormalizable,)
    memref = Operand(AnyRankedOrUnrankedMemRef)
    assembly_format = "$memref attr-dict `:` type($memref)"

    def memory_effects(self) -> list:
        """Frees the memref."""
        return [(FREE, self.memref)]

    def fold(self, operands: list) -> list | None:
        """dealloc(cast) -> dealloc."""
        return [] if fold_memref_cast(self) else None


class ReallocOp(Op):
    """Resize a 1-D memory region.

    Example: `%1 = memref.realloc %0 : memref<64xf32> to memref<124xf32>`
    """

    name = "memref.realloc"
    source = Operand(MemRef1D)
    dynamicResultSize = Operand(Index, OPTIONAL)
    alignment = Attr(PosPow2I64Attr, optional=True)
    result = Result(MemRef1D)
    assembly_format = (
        "$source (`(` $dynamicResultSize^ `)`)? attr-dict `:` type($source) `to` type(results)"
    )

    def memory_effects(self) -> list:
        """Frees the source, allocates the result."""
        return [(FREE, self.source), (ALLOCATE, self.result)]

    def verify(self) -> None:
        src, res = self.source.type, self.result.type
        if not has_identity_layout(src):
            raise error(self, f"unsupported layout for source memref type '{src}'")
        if not has_identity_layout(res):
            raise error(self, f"unsupported layout for result memref type '{res}'")
        if src.memory_space is not res.memory_space:
            raise error(
                self,
                f"different memory spaces specified for source memref type '{src}' "
                f"and result memref type '{res}'",
            )
        if src.element_type is not res.element_type:
            raise error(
                self,
                f"different element types specified for source memref type '{src}' "
                f"and result memref type '{res}'",
            )
        dynamic = num_dynamic_dims(res) > 0
        if dynamic and self.dynamicResultSize is None:
            raise error(self, f"missing dimension operand for result type '{res}'")
        if not dynamic and self.dynamicResultSize is not None:
            raise error(self, f"unnecessary dimension operand for result type '{res}'")


_ELEMENTS = (A.DenseElementsAttr, A.DenseResourceElementsAttr, A.SparseElementsAttr)


class GlobalOp(Op):
    """Declare or define a global memref variable.

    Example: `memref.global "private" constant @c : memref<2xf32> = dense<[1.0, 2.0]>`
    """

    name = "memref.global"
    traits = (Symbol,)
    sym_name = Attr(SymbolNameAttr)
    sym_visibility = Attr(StrAttr, optional=True)
    type = Attr(MemRefTypeAttr)
    initial_value = Attr(AnyAttr, optional=True)
    constant = Attr(UnitAttr, optional=True)
    alignment = Attr(PosPow2I64Attr, optional=True)
    assembly_format = (
        "($sym_visibility^)? (`constant` $constant^)? $sym_name `:` "
        "custom<GlobalMemrefOpTypeAndInitialValue>($type, $initial_value) attr-dict"
    )

    @property
    def memref_type(self) -> T.Type:
        """The type of the global."""
        return self.properties["type"].value  # type: ignore[attr-defined]

    @property
    def is_external(self) -> bool:
        """A declaration: no initial value."""
        return "initial_value" not in self.properties

    def constant_init_value(self) -> Any:
        """getConstantInitValue: the elements of a constant global, or None."""
        if "constant" in self.properties and not self.is_external:
            return self.properties["initial_value"]
        return None

    def verify(self) -> None:
        t = self.memref_type
        if not isinstance(t, T.MemRefType) or not t.has_static_shape:
            raise VerifyError(self, f"type should be static shaped memref, but got '{t}'")
        init = self.properties.get("initial_value")
        if init is None:
            return
        if not isinstance(init, (A.UnitAttr, *_ELEMENTS)):
            raise VerifyError(
                self, f"initial value should be a unit or elements attribute, but got {init}"
            )
        if isinstance(init, A.UnitAttr):
            return
        et = init.type.element_type  # type: ignore[attr-defined]
        if et is not t.element_type:
            raise VerifyError(
                self,
                f"initial value element expected to be of type '{t.element_type}', "
                f"but was of type '{et}'",
            )
        shape = tuple(init.type.shape)  # type: ignore[attr-defined]
        if shape != tuple(t.shape):
            raise VerifyError(
                self,
                f"initial value shape expected to be {', '.join(map(str, t.shape))} but was "
                f"{', '.join(map(str, shape))}",
            )


class GetGlobalOp(Op):
    """The memref of a global variable.

    Example: `%x = memref.get_global @foo : memref<2xf32>`
    """

    name = "memref.get_global"
    traits = (Pure,)
    name_ = Attr(FlatSymbolRefAttr, name="name")
    result = Result(AnyStaticShapeMemRef)
    assembly_format = "$name `:` type($result) attr-dict"

    def verify_symbol_uses(self, symbols: Any) -> None:
        """The symbol must be a memref.global of the result's type."""
        ref = self.properties["name"]
        glob = symbols.lookup_nearest(self, ref)
        name = ref.root  # type: ignore[attr-defined]
        if not isinstance(glob, GlobalOp):
            raise VerifyError(self, f"'{name}' does not reference a valid global memref")
        rt = self.results[0].type
        if glob.memref_type is not rt:
            raise VerifyError(
                self,
                f"result type '{rt}' does not match type '{glob.memref_type}' of the global "
                f"memref @{name}",
            )


ALLOC_OPS = (
    AllocOp,
    AllocaOp,
    AllocaScopeOp,
    AllocaScopeReturnOp,
    DeallocOp,
    ReallocOp,
    GlobalOp,
    GetGlobalOp,
)
