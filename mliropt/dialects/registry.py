"""The registered dialects: one line per dialect, `name -> module:Class`, imported on first use."""

from __future__ import annotations

from mliropt.ir.dialect import DialectRegistry

DIALECTS = {
    "builtin": "mliropt.dialects.builtin:BuiltinDialect",
    "func": "mliropt.dialects.func:FuncDialect",
    "arith": "mliropt.dialects.arith:ArithDialect",
    "index": "mliropt.dialects.index:IndexDialect",
    "math": "mliropt.dialects.math:MathDialect",
    "cf": "mliropt.dialects.cf:ControlFlowDialect",
    "scf": "mliropt.dialects.scf:SCFDialect",
    "memref": "mliropt.dialects.memref:MemRefDialect",
    "tensor": "mliropt.dialects.tensor:TensorDialect",
    "ub": "mliropt.dialects.ub:UBDialect",
    "complex": "mliropt.dialects.complex:ComplexDialect",
    "llvm": "mliropt.dialects.llvm:LLVMDialect",
    "vector": "mliropt.dialects.vector:VectorDialect",
    "affine": "mliropt.dialects.affine:AffineDialect",
    "gpu": "mliropt.dialects.gpu:GPUDialect",
    "test": "mliropt.dialects.test:TestDialect",
}


def default_registry() -> DialectRegistry:
    """A registry of every built-in dialect (plugins add theirs to it)."""
    from mliropt.plugins import find_dialect

    return DialectRegistry(DIALECTS, fallback=find_dialect)
