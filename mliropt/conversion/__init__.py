"""Lowerings between dialects (upstream's mlir/lib/Conversion): one module per pass,
patterns in small modules beside it, all built on mliropt.rewrite.conversion."""
