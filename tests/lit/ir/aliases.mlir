// RUN: pymlir-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect | pymlir-opt --allow-unregistered-dialect | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect --mlir-print-local-scope | FileCheck %s --check-prefix=LOCAL

/// Aliases in the input are resolved where they are used, and may refer to each
/// other; the printer chooses its own names (`#map`, `#set`, `!tuple`) instead.
#layout = affine_map<(d0, d1) -> (d1, d0)>
!buffer = memref<4x4xf32, #layout>
#pair = [#layout, !buffer]
!wide = tuple<i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8>
#cond = affine_set<(d0) : (d0 - 1 >= 0)>

/// Types are aliased before attributes of the same depth; names get numbers.
// CHECK: !tuple = tuple<i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8>
// CHECK-NEXT: #map = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-NEXT: #map1 = affine_map<(d0) -> (d0 * 2)>
// CHECK-NEXT: #set = affine_set<(d0) : (d0 - 1 >= 0)>
// CHECK-NOT: #layout
// CHECK-NOT: !buffer

// CHECK-LABEL: "t.uses"
// CHECK-SAME: a = memref<4x4xf32, #map>, b = [#map, memref<4x4xf32, #map>], c = !tuple, d = #set
// LOCAL-LABEL: "t.uses"
// LOCAL-SAME: a = memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>
// LOCAL-SAME: c = tuple<i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8>
// LOCAL-SAME: d = affine_set<(d0) : (d0 - 1 >= 0)>
"t.uses"() {a = !buffer, b = #pair, c = !wide, d = #cond} : () -> ()

/// A map used once is still aliased; an alias appears in operand types too.
// CHECK: "t.values"(%{{.*}}) {m = #map1} : (!tuple) -> memref<4x4xf32, #map>
"t.region"() ({
^bb0(%arg: !wide):
  %r = "t.values"(%arg) {m = affine_map<(i) -> (i * 2)>} : (!wide) -> !buffer
}) : () -> ()

/// Short tuples are not aliased.
// CHECK: "t.short"() {t = tuple<i8, i8>} : () -> ()
"t.short"() {t = tuple<i8, i8>} : () -> ()
