"""The memref dialect: allocation, access, views and casts of memory buffers (upstream
MLIR's `memref`).

Ops are declared by family: `alloc.py` (allocation and globals), `access.py` (loads,
stores, atomics), `dma.py`, `views.py` (casts and views), `metadata.py` (dim, rank,
metadata extraction); `layout.py` and `slices.py` hold the strided-layout and
view-shape arithmetic they share, `canonicalize.py` the canonicalization patterns.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.memref import canonicalize as _canonicalize  # noqa: F401 - attaches patterns
from mliropt.dialects.memref import canonicalize_views as _canonicalize_views  # noqa: F401
from mliropt.dialects.memref import directives as _directives  # noqa: F401 - registers custom<...>
from mliropt.dialects.memref import memory_slots as _memory_slots  # noqa: F401 - mem2reg interfaces
from mliropt.dialects.memref.access import *  # noqa: F403 - the op classes
from mliropt.dialects.memref.access import ACCESS_OPS
from mliropt.dialects.memref.alloc import *  # noqa: F403
from mliropt.dialects.memref.alloc import ALLOC_OPS
from mliropt.dialects.memref.dma import *  # noqa: F403
from mliropt.dialects.memref.dma import DMA_OPS
from mliropt.dialects.memref.metadata import *  # noqa: F403
from mliropt.dialects.memref.metadata import METADATA_OPS
from mliropt.dialects.memref.views import *  # noqa: F403
from mliropt.dialects.memref.views import VIEW_OPS
from mliropt.ir.dialect import Dialect
from mliropt.rewrite.inlining import AlwaysLegalInliner

ALL_OPS = ALLOC_OPS + ACCESS_OPS + DMA_OPS + VIEW_OPS + METADATA_OPS


class MemRefDialect(Dialect):
    """The memref dialect."""

    name = "memref"
    ops = ALL_OPS
    grammar_fragment = "memref.lark"
    dependent_dialects = ("arith",)
    # Upstream's MemRefInlinerInterface: every memref op may be inlined.
    inliner = AlwaysLegalInliner

    def materialize_constant(self, builder: Any, value: Any, type: Any, loc: Any) -> Any:
        """Folded constants are arith.constant ops (upstream's materializeConstant)."""
        from mliropt.dialects.arith import ArithDialect

        return ArithDialect().materialize_constant(builder, value, type, loc)
