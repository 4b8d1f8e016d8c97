"""The llvm dialect (upstream MLIR's LLVM IR dialect): LLVM's types, instructions and
intrinsics as MLIR types and ops, with upstream 22's syntax.

Types are in `types.py`, attributes and enums in `attributes.py`.
"""

from __future__ import annotations

from typing import Any

from mliropt.dialects.llvm.attributes import ATTRIBUTES
from mliropt.dialects.llvm.types import TYPES, parse_llvm_type
from mliropt.ir.dialect import Dialect
from mliropt.syntax.errors import ParseError


class LLVMDialect(Dialect):
    """The llvm dialect."""

    name = "llvm"
    types = TYPES
    attributes = ATTRIBUTES

    def parse_type(self, mnemonic: str, parser: Any) -> Any:
        """`!llvm.<mnemonic><params>`; an unknown mnemonic is upstream's error."""
        return parse_llvm_type(mnemonic, parser, parser.pos - len(mnemonic))

    def parse_attribute(self, mnemonic: str, parser: Any, type: Any = None) -> Any:
        """`#llvm.<mnemonic><params>`; an unknown mnemonic is reported where it starts."""
        cls: Any = self.attributes_by_name.get(mnemonic)
        if cls is None:
            at = parser.pos - len(mnemonic)
            raise ParseError(at, f"unknown attribute `{mnemonic}` in dialect `llvm`")
        return cls.parse_params(parser)
