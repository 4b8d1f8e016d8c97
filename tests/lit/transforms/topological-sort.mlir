// RUN: pymlir-opt %s --topological-sort --split-input-file --allow-unregistered-dialect | FileCheck %s

/// The body of a module is a graph region: ops are reordered after their operands'
/// definitions; independent ops keep their relative order.
// CHECK-LABEL: module
// CHECK-NEXT: %[[A:.*]] = "foo.a"() : () -> i32
// CHECK-NEXT: %[[B:.*]] = "foo.b"(%[[A]]) : (i32) -> i32
// CHECK-NEXT: %[[C:.*]] = "foo.c"(%[[B]], %[[A]]) : (i32, i32) -> i32
// CHECK-NEXT: "foo.d"(%[[C]]) : (i32) -> ()
"foo.d"(%c) : (i32) -> ()
%c = "foo.c"(%b, %a) : (i32, i32) -> i32
%b = "foo.b"(%a) : (i32) -> i32
%a = "foo.a"() : () -> i32

// -----

/// A use inside a nested region counts as a use by the op holding the region.
// CHECK-LABEL: module
// CHECK-NEXT: %[[X:.*]] = "foo.x"() : () -> i32
// CHECK-NEXT: "foo.region"() ({
// CHECK-NEXT: "foo.use"(%[[X]]) : (i32) -> ()
"foo.region"() ({
  "foo.use"(%x) : (i32) -> ()
}) : () -> ()
%x = "foo.x"() : () -> i32

// -----

/// Ops on a use-def cycle cannot be sorted: the first one is taken as it is, then
/// sorting goes on.
// CHECK-LABEL: module
// CHECK-NEXT: %[[Z:.*]] = "foo.z"() : () -> i32
// CHECK-NEXT: %[[R:.*]] = "foo.r"(%[[Z]]) : (i32) -> i32
// CHECK-NEXT: %[[P:.*]] = "foo.p"(%[[Q:.*]]) : (i32) -> i32
// CHECK-NEXT: %[[Q]] = "foo.q"(%[[P]], %[[R]]) : (i32, i32) -> i32
%p = "foo.p"(%q) : (i32) -> i32
%q = "foo.q"(%p, %r) : (i32, i32) -> i32
%r = "foo.r"(%z) : (i32) -> i32
%z = "foo.z"() : () -> i32

// -----

/// Regions with SSA dominance (function bodies) are left alone.
// CHECK-LABEL: func.func @f
// CHECK-NEXT: "foo.first"
// CHECK-NEXT: "foo.second"
func.func @f() {
  "foo.first"() : () -> ()
  "foo.second"() : () -> ()
  return
}
