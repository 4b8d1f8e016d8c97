"""Analyses of the IR that transformations query: the call graph and the data-flow
framework (upstream's mlir/Analysis)."""
