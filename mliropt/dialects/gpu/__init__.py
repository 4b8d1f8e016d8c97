"""The gpu dialect (upstream MLIR's `gpu`), its first part: the `!gpu.async.token` type
and `#gpu.address_space` attribute (`attributes.py`), the host-side memory ops with the
async syntax (`memory.py`, `directives.py`), the id and dimension ops and `gpu.barrier`
(`index_ops.py`), gpu.module, gpu.func and gpu.return (`module_ops.py`).
`canonicalize.py` holds the memory ops' canonicalization patterns.

Not yet here: gpu.launch, gpu.launch_func, gpu.terminator and the other device-side ops
(shuffles, reductions, mma, printf, ...); they are unknown ops ("custom op 'gpu.x' is
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
from mliropt.dialects.gpu.module_ops import *  # noqa: F403
from mliropt.dialects.gpu.module_ops import MODULE_OPS
from mliropt.ir.dialect import Dialect
from mliropt.ir.operation import Operation, Region
from mliropt.rewrite.inlining import DialectInlinerInterface
from mliropt.syntax.errors import ParseError


class GPUInliner(DialectInlinerInterface):
    """Upstream's GPUInlinerInterface: every gpu op may be inlined; nothing is inlined
    into the regions of gpu ops (a call inside a gpu.func stays, as upstream)."""

    def is_legal_to_inline_op(
        self, op: Operation, dest: Region, would_be_cloned: bool, mapping: dict
    ) -> bool:
        return True


class GPUDialect(Dialect):
    """The gpu dialect."""

    name = "gpu"
    ops = MEMORY_OPS + INDEX_OPS + MODULE_OPS
    types = (AsyncTokenType,)
    attributes = (DimensionAttr, AddressSpaceAttr)
    grammar_fragment = "gpu.lark"
    # memref.dim is what SimplifyDimOfAllocOp rewrites.
    dependent_dialects = ("memref",)
    inliner = GPUInliner

    def parse_type(self, mnemonic: str, parser: Any) -> Any:
        """`!gpu.async.token`; any other name is upstream's "unknown gpu type"."""
        t = super().parse_type(mnemonic, parser)
        if t is None:
            raise ParseError(parser.pos - len(mnemonic), f"unknown gpu type: {mnemonic}")
        return t
