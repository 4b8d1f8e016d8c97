"""The gpu dialect (upstream MLIR's `gpu`), its first part: the `!gpu.async.token` type,
the host-side memory ops with the async syntax (`memory.py`, `directives.py`), the id
and dimension ops and `gpu.barrier` (`index_ops.py`). `canonicalize.py` holds the
memory ops' canonicalization patterns.

Not yet here: gpu.module, gpu.func, gpu.launch, gpu.launch_func and the other device-side
ops (shuffles, reductions, mma, printf, ...); they are unknown ops ("custom op 'gpu.x' is
unknown").
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.gpu import canonicalize as _canonicalize  # noqa: F401 - attaches patterns
from mliropt.dialects.gpu.attributes import AddressSpaceAttr, AsyncTokenType, DimensionAttr
from mliropt.dialects.gpu.index_ops import *  # noqa: F403 - the op classes
from mliropt.dialects.gpu.index_ops import INDEX_OPS
from mliropt.dialects.gpu.memory import *  # noqa: F403
from mliropt.dialects.gpu.memory import MEMORY_OPS
from mliropt.ir.dialect import Dialect
from mliropt.rewrite.inlining import AlwaysLegalInliner
from mliropt.syntax.errors import ParseError


class GPUDialect(Dialect):
    """The gpu dialect."""

    name = "gpu"
    ops = MEMORY_OPS + INDEX_OPS
    types = (AsyncTokenType,)
    attributes = (DimensionAttr, AddressSpaceAttr)
    grammar_fragment = "gpu.lark"
    # memref.dim is what SimplifyDimOfAllocOp rewrites.
    dependent_dialects = ("memref",)
    # Upstream's GPUInlinerInterface: every gpu op may be inlined.
    inliner = AlwaysLegalInliner

    def parse_type(self, mnemonic: str, parser: Any) -> Any:
        """`!gpu.async.token`; any other name is upstream's "unknown gpu type"."""
        t = super().parse_type(mnemonic, parser)
        if t is None:
            raise ParseError(parser.pos - len(mnemonic), f"unknown gpu type: {mnemonic}")
        return t
