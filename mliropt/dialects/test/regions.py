"""Test ops with regions that transforms look into (upstream's TestOps.td): graph
regions (RegionKindInterface), a single-block op CSE can merge, plain region holders.
"""

from __future__ import annotations

from mliropt.dialects.ods import (
    VARIADIC,
    AnyType,
    GraphRegion,
    IsolatedFromAbove,
    IsTerminator,
    Op,
    Operand,
    Pure,
    RegionDef,
    Result,
    ReturnLike,
    SingleBlock,
    SingleBlockImplicitTerminator,
    SymbolTable,
    VerifyError,
)


class _GraphRegionOp(Op):
    """Base of ops whose regions are graph regions (RegionKindInterface: Graph)."""

    def verify(self) -> None:
        # Upstream's verifier checks this for every registered graph-region op, after
        # the op's own invariants.
        for i, region in enumerate(self.regions):
            if len(region.blocks) > 1:
                raise VerifyError(self, f"expects graph region #{i} to have 0 or 1 blocks")


class GraphRegionOp(_GraphRegionOp):
    """An op whose region is a graph region: no dominance, uses may come before their
    definitions, its single block needs no terminator.

    Example: `test.graph_region { %0 = arith.addi %1, %1 : i32  %1 = ... }`
    """

    name = "test.graph_region"
    traits = (GraphRegion,)
    region = RegionDef()
    assembly_format = "attr-dict-with-keyword $region"


class IsolatedGraphRegionOp(_GraphRegionOp):
    """A graph-region op isolated from above.

    Example: `test.isolated_graph_region { ... }`
    """

    name = "test.isolated_graph_region"
    traits = (GraphRegion, IsolatedFromAbove)
    region = RegionDef()
    assembly_format = "attr-dict-with-keyword $region"


class RegionYieldOp(Op):
    """Yields one value from a test op's region.

    Example: `test.region_yield %x : f32`
    """

    name = "test.region_yield"
    traits = (Pure, ReturnLike, IsTerminator)
    result = Operand(AnyType)
    assembly_format = "$result `:` type($result) attr-dict"


class CSEOfSingleBlockOp(Op):
    """A pure op with one single-block region ending in test.region_yield: CSE merges two
    of them with the same inputs and equivalent bodies.

    Example: `%0 = test.cse_of_single_block_op inputs(%a) { ... } : tensor<4xf32> -> tensor<4xf32>`
    """

    name = "test.cse_of_single_block_op"
    traits = (SingleBlockImplicitTerminator("test.region_yield"), SingleBlock, Pure)
    inputs = Operand(AnyType, VARIADIC)
    outputs = Result(AnyType, VARIADIC)
    region = RegionDef(single_block=True)
    assembly_format = (
        "attr-dict `inputs` `(` $inputs `)` $region `:` type($inputs) `->` type($outputs)"
    )


class OneRegionOp(Op):
    """An op with one region of any shape (no traits; constants fold into its region).

    Example: `"test.one_region_op"() ({ ... }) : () -> ()`
    """

    name = "test.one_region_op"
    region = RegionDef()

    def materialize_constants_into(self, region: object) -> bool:
        """Folded constants stay in this op's region (upstream's test dialect
        DialectFoldInterface::shouldMaterializeInto answers yes for this op)."""
        return True


class FinishOp(Op):
    """A plain terminator (upstream's TerminatorOp), the implicit one of test.symbol_scope.

    Example: `"test.finish"() : () -> ()`
    """

    name = "test.finish"
    traits = (IsTerminator,)


class SymbolScopeOp(Op):
    """An op opening a symbol table, its single block ending in test.finish.

    Example: `"test.symbol_scope"() ({ func.func @f() ... "test.finish"() : () -> () }) : () -> ()`
    """

    name = "test.symbol_scope"
    traits = (SymbolTable, SingleBlockImplicitTerminator("test.finish"), SingleBlock)
    region = RegionDef(single_block=True)


REGION_OPS: tuple = (
    GraphRegionOp,
    IsolatedGraphRegionOp,
    RegionYieldOp,
    CSEOfSingleBlockOp,
    OneRegionOp,
    FinishOp,
    SymbolScopeOp,
)

__all__ = ["REGION_OPS"]
