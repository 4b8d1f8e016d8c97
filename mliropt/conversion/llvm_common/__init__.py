"""What the *-to-llvm lowerings share (upstream's LLVMCommon): the LLVM type
converter, memref descriptors, the pattern base class with its helpers, and the
lookup of runtime functions (malloc, free, ...)."""
