"""Targets: LLVM IR export (`llvmir`), llvmlite verification."""
