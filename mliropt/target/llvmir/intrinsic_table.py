"""Declaration attributes of LLVM 22's intrinsics (function attributes, parameter
attributes by argument index), recorded from upstream mlir-translate's output."""

INTRINSIC_ATTRS: dict[str, tuple[str, dict[int, str]]] = {}
