"""The llvm dialect (upstream MLIR's LLVM IR dialect): LLVM's types, instructions and
intrinsics as MLIR types and ops, with upstream 22's syntax.

Modules: `types.py` (types, LLVM compatibility, nested short forms), `attributes.py`
(dialect attributes, integer enums and their formats), `constraints.py` (type
constraints, `LLVMOp`), `ops_arith.py`, `ops_memory.py`, `ops_aggregate.py`,
`ops_control.py`, `ops_module.py`, `intrinsics_math.py`, `intrinsics_misc.py`,
`intrinsics_vector.py`, and the hand-written syntax (`syntax.py`, `call_syntax.py`,
`module_syntax.py`).

For a table-driven LLVM IR exporter:

- every op class has `llvm_instruction`: the LLVM IR instruction it becomes (`add`,
  `icmp`, `getelementptr`, `zext`, `br` for both branches, `ret`, ...), or for an
  intrinsic op the intrinsic's name (`llvm.sqrt`, `llvm.memcpy`); ops that are no
  single instruction (`llvm.func`, `llvm.mlir.global`, `llvm.mlir.constant`,
  `llvm.mlir.zero/undef/poison/addressof`, `llvm.call_intrinsic`) leave it empty;
- intrinsic ops (`intrinsics_math.IntrOp`) have `llvm_overloads`: the operand/result
  names whose types LLVM mangles into the overloaded name, in order (`("res",)` for
  `llvm.sqrt.f32`, `("dst", "src", "len")` for `llvm.memcpy.p0.p0.i64`);
- flags are properties with upstream's names: `overflowFlags` (i32 bits nsw=1, nuw=2),
  `isExact`, `isDisjoint`, `nonNeg` (unit), `fastmathFlags` (`FastmathFlagsAttr.value`:
  nnan=1, ninf=2, nsz=4, arcp=8, contract=16, afn=32, reassoc=64), GEP `noWrapFlags`
  (inbounds=3, nusw=2, nuw=4), predicates as i64 enums (`attributes.ICMP_PREDICATES`,
  `FCMP_PREDICATES`, the `predicate_name` property), `ordering` (`ATOMIC_ORDERINGS`),
  `bin_op` (`ATOMIC_BIN_OPS`), `linkage`/`CConv`/`TailCallKind` as dialect attributes
  (`.value` is the keyword), `visibility_`/`unnamed_addr` as i64 enums;
- helpers: `GEPOp.indices()` (ints and Values in order), `CallOp.is_indirect()` and
  `arg_operands()`, `SwitchOp.case_value_list()`/`case_operands(i)`,
  `LLVMFuncOp.type` (an `LLVMFunctionType`) and `is_external`, `GlobalOp.global_type_`
  and `address_space()`, `ExtractValueOp`/`InsertValueOp` `position` property.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.llvm.attributes import ATTRIBUTES
from mliropt.dialects.llvm.debug_attrs import DEBUG_ATTRIBUTES
from mliropt.dialects.llvm.intrinsics_math import *  # noqa: F403
from mliropt.dialects.llvm.intrinsics_math import MATH_INTRINSICS
from mliropt.dialects.llvm.intrinsics_misc import *  # noqa: F403
from mliropt.dialects.llvm.intrinsics_misc import MISC_INTRINSICS
from mliropt.dialects.llvm.intrinsics_vector import *  # noqa: F403
from mliropt.dialects.llvm.intrinsics_vector import VECTOR_INTRINSICS
from mliropt.dialects.llvm.ops_aggregate import *  # noqa: F403
from mliropt.dialects.llvm.ops_aggregate import AGGREGATE_OPS
from mliropt.dialects.llvm.ops_arith import *  # noqa: F403 - the op classes
from mliropt.dialects.llvm.ops_arith import ARITH_OPS
from mliropt.dialects.llvm.ops_control import *  # noqa: F403
from mliropt.dialects.llvm.ops_control import CONTROL_OPS
from mliropt.dialects.llvm.ops_memory import *  # noqa: F403
from mliropt.dialects.llvm.ops_memory import MEMORY_OPS
from mliropt.dialects.llvm.ops_module import *  # noqa: F403
from mliropt.dialects.llvm.ops_module import (
    MODULE_OPS,
    AddressOfOp,
    ConstantOp,
    PoisonOp,
    UndefOp,
    ZeroOp,
)
from mliropt.dialects.llvm.types import TYPES, parse_llvm_type
from mliropt.ir.dialect import Dialect
from mliropt.syntax.errors import ParseError

# Attributes upstream's llvm dialect has that pymlir-opt does not implement (besides the
# `di_*` ones not in debug_attrs.py, and the `loop_*` and `tbaa_*` families).
UNSUPPORTED_ATTRIBUTES = frozenset(
    (
        "access_group",
        "alias_scope",
        "alias_scope_domain",
        "comdat",
        "vscale_range",
        "target_features",
        "vec_type_hint",
        "blockaddress",
        "blocktag",
        "mlir.module_flag",
        "address_space",
        "constant_range",
        "alias_scope_decl",
        "dependent_libraries",
        "target",
        "fusion",
        "module_flag",
    )
)
# `materialize_constant`'s parameter `type` hides the builtin.
type_of = type


class LLVMDialect(Dialect):
    """The llvm dialect."""

    name = "llvm"
    ops = (
        ARITH_OPS
        + MEMORY_OPS
        + AGGREGATE_OPS
        + CONTROL_OPS
        + MODULE_OPS
        + MATH_INTRINSICS
        + MISC_INTRINSICS
        + VECTOR_INTRINSICS
    )
    # Upstream's LLVM dialect allows unknown operations (`"llvm.anything"(...)` parses
    # and verifies without --allow-unregistered-dialect).
    allows_unknown_operations = True
    grammar_fragment = "llvm.lark"
    types = TYPES
    attributes = ATTRIBUTES + DEBUG_ATTRIBUTES

    def parse_type(self, mnemonic: str, parser: Any) -> Any:
        """`!llvm.<mnemonic><params>`; an unknown mnemonic is upstream's error."""
        return parse_llvm_type(mnemonic, parser, parser.pos - len(mnemonic))

    def materialize_constant(self, builder: Any, value: Any, type: Any, loc: Any) -> Any:
        """A constant op for a folded value: mlir.zero/undef/poison for their attributes,
        else an mlir.constant of an attribute typed `type` (upstream's isBuildableWith)."""
        from mliropt.dialects.llvm import attributes as LA
        from mliropt.dialects.llvm import types as LT
        from mliropt.ir import attributes as A

        special = {LA.ZeroAttr: ZeroOp, LA.UndefAttr: UndefOp, LA.PoisonAttr: PoisonOp}
        cls = special.get(type_of(value))
        if cls is not None:
            op = cls.build([], [type], location=loc)
        elif isinstance(value, A.SymbolRefAttr) and isinstance(type, LT.LLVMPointerType):
            op = AddressOfOp.build([], [type], None, {"global_name": value}, location=loc)
        elif isinstance(value, A.TypedAttr) and value.type is type and LT.is_compatible_type(type):
            op = ConstantOp.build([], [type], None, {"value": value}, location=loc)
        else:
            return None
        if builder is not None:
            builder.insert(op)
        return op

    def parse_attribute(self, mnemonic: str, parser: Any, type: Any = None) -> Any:
        """`#llvm.<mnemonic><params>`; an unknown mnemonic is reported where it starts."""
        cls: Any = self.attributes_by_name.get(mnemonic)
        if cls is None:
            at = parser.pos - len(mnemonic)
            if mnemonic in UNSUPPORTED_ATTRIBUTES or mnemonic.startswith(("di_", "loop_", "tbaa_")):
                raise ParseError(
                    at,
                    f"attribute `#llvm.{mnemonic}` of upstream's llvm dialect is not supported "
                    "by pymlir-opt (debug info, loop, aliasing and other metadata attributes "
                    "are not implemented)",
                )
            raise ParseError(at, f"unknown attribute `{mnemonic}` in dialect `llvm`")
        return cls.parse_params(parser)
