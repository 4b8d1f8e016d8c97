// RUN: pymlir-translate --mlir-to-llvmir %s | FileCheck %s

/// Nested modules are skipped, as upstream's translation does.
module @inner {
  llvm.func @hidden()
}
llvm.func @visible()
// CHECK-NOT: @hidden
// CHECK: declare void @visible()
// CHECK-NOT: @hidden
