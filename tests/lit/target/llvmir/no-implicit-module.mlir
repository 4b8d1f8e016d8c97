// RUN: not pymlir-translate --mlir-to-llvmir --no-implicit-module %s 2>&1 | FileCheck %s
// RUN: pymlir-translate --mlir-to-llvmir %s | FileCheck %s --check-prefix=IMPLICIT

/// Without the implicit module, a top-level op that is no module cannot be translated.
llvm.func @f()
// CHECK: no-implicit-module.mlir:5:1: error: 'llvm.func' op can not be translated to an LLVMIR module
// CHECK: note: see current operation:
// IMPLICIT: declare void @f()
