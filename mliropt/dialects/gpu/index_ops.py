"""The gpu dialect's id and dimension ops (`gpu.thread_id x`, `gpu.lane_id`,
`gpu.subgroup_size : index`, ...) and `gpu.barrier`, as upstream MLIR 22 defines them."""

from __future__ import annotations

from typing import Any, ClassVar

from mliropt.dialects.gpu.attributes import Dimension
from mliropt.dialects.ods import Attr, Constraint, IndexAttr, Op, Pure, Result
from mliropt.ir import types as T
from mliropt.ir.operation import Operation
from mliropt.rewrite.pattern import PatternRewriter, RewritePattern

# Index, whose storage class a `type($result)` directive checks (parseType<IndexType>).
Index = Constraint(
    "index",
    lambda t: t is T.index,
    buildable=T.index,
    kind=("builtin.index", lambda t: t is T.index),
)


class IndexOp(Op):
    """Base of the ops giving an index along a dimension (upstream's GPU_IndexOp)."""

    traits = (Pure,)
    dimension = Attr(Dimension)
    upper_bound = Attr(IndexAttr, optional=True)
    result = Result(Index)
    assembly_format = "$dimension (`upper_bound` $upper_bound^)? attr-dict"

    def asm_result_names(self) -> list:
        """`%thread_id_x`: the mnemonic and the dimension."""
        dim = self.properties["dimension"].dimension  # type: ignore[attr-defined]
        return [(self.results[0], f"{self.name[4:]}_{dim}")]


class ClusterDimOp(IndexOp):
    """The number of clusters per grid along a dimension.

    Example: `%cDimX = gpu.cluster_dim x`
    """

    name = "gpu.cluster_dim"


class ClusterDimBlocksOp(IndexOp):
    """The number of thread blocks in the cluster along a dimension.

    Example: `%cDimBlocksX = gpu.cluster_dim_blocks x`
    """

    name = "gpu.cluster_dim_blocks"


class ClusterIdOp(IndexOp):
    """The index of the current cluster within the grid along a dimension.

    Example: `%cIdY = gpu.cluster_id y`
    """

    name = "gpu.cluster_id"


class ClusterBlockIdOp(IndexOp):
    """The index of the current block within its cluster along a dimension.

    Example: `%cBlockIdY = gpu.cluster_block_id y`
    """

    name = "gpu.cluster_block_id"


class BlockDimOp(IndexOp):
    """The number of threads in a block along a dimension.

    Example: `%bDimX = gpu.block_dim x`
    """

    name = "gpu.block_dim"


class BlockIdOp(IndexOp):
    """The index of the current block within the grid along a dimension.

    Example: `%bIdY = gpu.block_id y`
    """

    name = "gpu.block_id"


class GridDimOp(IndexOp):
    """The number of blocks in the grid along a dimension.

    Example: `%gDimZ = gpu.grid_dim z`
    """

    name = "gpu.grid_dim"


class ThreadIdOp(IndexOp):
    """The index of the current thread within its block along a dimension.

    Example: `%tIdX = gpu.thread_id x`
    """

    name = "gpu.thread_id"


class GlobalIdOp(IndexOp):
    """The index of the current thread within the whole grid along a dimension.

    Example: `%gidX = gpu.global_id x upper_bound 65536`
    """

    name = "gpu.global_id"


class LaneIdOp(Op):
    """The index of the current lane within its subgroup.

    Example: `%laneId = gpu.lane_id`
    """

    name = "gpu.lane_id"
    traits = (Pure,)
    upper_bound = Attr(IndexAttr, optional=True)
    result = Result(Index)
    assembly_format = "(`upper_bound` $upper_bound^)? attr-dict"


class SubgroupIndexOp(Op):
    """Base of the subgroup ops written with their result type (`: index`)."""

    traits = (Pure,)
    upper_bound = Attr(IndexAttr, optional=True)
    result = Result(Index)
    assembly_format = "(`upper_bound` $upper_bound^)? attr-dict `:` type($result)"


class SubgroupIdOp(SubgroupIndexOp):
    """The index of the current subgroup within its workgroup.

    Example: `%sgId = gpu.subgroup_id : index`
    """

    name = "gpu.subgroup_id"


class NumSubgroupsOp(SubgroupIndexOp):
    """The number of subgroups in a workgroup.

    Example: `%numSg = gpu.num_subgroups : index`
    """

    name = "gpu.num_subgroups"


class SubgroupSizeOp(SubgroupIndexOp):
    """The number of threads in a subgroup.

    Example: `%sgSz = gpu.subgroup_size : index`
    """

    name = "gpu.subgroup_size"


class BarrierOp(Op):
    """Synchronize the threads of a workgroup.

    Example: `gpu.barrier`
    """

    name = "gpu.barrier"
    assembly_format = "attr-dict"


class EraseRedundantBarrier(RewritePattern):
    """A barrier directly followed by another barrier is erased
    (upstream's eraseRedundantGpuBarrierOps)."""

    root: ClassVar[Any] = BarrierOp

    def match_and_rewrite(self, op: Operation, rewriter: PatternRewriter) -> bool:
        if not isinstance(op.next, BarrierOp):
            return False
        rewriter.erase_op(op)
        return True


BarrierOp.canonicalization_patterns = (EraseRedundantBarrier,)

INDEX_OPS = (
    ClusterDimOp,
    ClusterDimBlocksOp,
    ClusterIdOp,
    ClusterBlockIdOp,
    BlockDimOp,
    BlockIdOp,
    GridDimOp,
    ThreadIdOp,
    GlobalIdOp,
    LaneIdOp,
    SubgroupIdOp,
    NumSubgroupsOp,
    SubgroupSizeOp,
    BarrierOp,
)
