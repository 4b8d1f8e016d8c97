"""tensor.generate and its terminator tensor.yield (upstream MLIR 22's syntax, verifier
order and messages; the scf op base gives upstream's structural-trait order)."""

from __future__ import annotations

from mliropt.dialects.ods import (
    VARIADIC,
    AnyType,
    HasParent,
    Index,
    IsTerminator,
    Operand,
    Pure,
    RecursiveMemoryEffects,
    RegionDef,
    Result,
    ReturnLike,
    SingleBlockImplicitTerminator,
    VerifyError,
)
from mliropt.dialects.scf.base import SIZED_1, SCFOp, op_error
from mliropt.dialects.tensor.constraints import AnyRankedTensor
from mliropt.dialects.tensor.ops import verify_dynamic_sizes
from mliropt.ir import types as T


class GenerateOp(SCFOp):
    """A tensor whose elements are computed by a region from their indices.

    Example: `%t = tensor.generate %d { ^bb0(%i: index): tensor.yield %v : f32 } : tensor<?xf32>`
    """

    name = "tensor.generate"
    traits = (RecursiveMemoryEffects, SingleBlockImplicitTerminator("tensor.yield"))
    region_constraints = (SIZED_1,)
    region_trait_order = ("terminator",)
    dynamicExtents = Operand(Index, VARIADIC)
    result = Result(AnyRankedTensor)
    body = RegionDef()
    assembly_format = "$dynamicExtents $body attr-dict `:` type($result)"

    def asm_result_names(self) -> list:
        """`%generated`."""
        return [(self.results[0], "generated")]

    def verify_op(self) -> None:
        verify_dynamic_sizes(self, self.result.type, self.dynamicExtents)

    def verify_op_regions(self) -> None:
        t = self.result.type
        block = self.regions[0].blocks[0]
        if not all(a.type is T.index for a in block.args):
            raise op_error(self, "all body arguments must be index")
        if len(block.args) != len(t.shape):
            raise op_error(self, "must have one body argument per input dimension")
        term = block.last
        if term is None or not term.operands or term.operands[0].type is not t.element_type:
            raise VerifyError(
                self, "body must be terminated with a `yield` operation of the tensor element type"
            )


class YieldOp(SCFOp):
    """Yields an element from the region of tensor.generate.

    Example: `tensor.yield %v : f32`
    """

    name = "tensor.yield"
    traits = (Pure, ReturnLike, IsTerminator, HasParent("tensor.generate", "tensor.pad"))
    value = Operand(AnyType)
    assembly_format = "$value attr-dict `:` type($value)"


GENERATE_OPS = (GenerateOp, YieldOp)
