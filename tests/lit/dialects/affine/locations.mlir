// RUN: pymlir-opt %s --mlir-print-debuginfo | FileCheck %s
// RUN: pymlir-opt %s --mlir-print-debuginfo | pymlir-opt --mlir-print-debuginfo | FileCheck %s

/// affine.for's induction variable keeps the location written after it (an
/// alias is printed inline, as upstream does).
// CHECK-LABEL: func.func @iv_location(
// CHECK-NEXT: affine.for %{{.*}} loc("IV") = 0 to 8 {
// CHECK: affine.for %{{.*}} loc("alias") = 0 to 4 {
func.func @iv_location() {
  affine.for %i loc("IV") = 0 to 8 {
  }
  affine.for %j loc(#loc_alias) = 0 to 4 {
  }
  return
}
#loc_alias = loc("alias")
