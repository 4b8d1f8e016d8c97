// RUN: pymlir-opt %s --split-input-file --allow-unregistered-dialect | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --allow-unregistered-dialect | pymlir-opt --split-input-file --allow-unregistered-dialect | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --allow-unregistered-dialect --mlir-print-op-generic | pymlir-opt --split-input-file --allow-unregistered-dialect | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

/// A lone top-level module is the output's module (no implicit one); a named module
/// with dialect attributes; an empty module body still has its block.
// CHECK: {{^}}module @named attributes {x.flag, x.level = 3 : i64} {
// CHECK-NEXT: {{^}}  module {
// CHECK-NEXT: {{^}}  }
// CHECK-NEXT: {{^}}}
// GENERIC: {{^}}"builtin.module"() <{sym_name = "named"}> ({
// GENERIC-NEXT: "builtin.module"() ({
// GENERIC-NEXT: ^bb0:
// GENERIC-NEXT: }) : () -> ()
// GENERIC-NEXT: }) {x.flag, x.level = 3 : i64} : () -> ()
module @named attributes {x.level = 3, x.flag} {
  builtin.module {}
}

// -----

/// Symbol visibility written in the attribute dictionary stays there.
// CHECK-LABEL: module @top attributes {sym_visibility = "private"} {
// CHECK-NEXT: func.func private @f()
// GENERIC: "builtin.module"() <{sym_name = "top", sym_visibility = "private"}> ({
module @top attributes {sym_visibility = "private"} {
  func.func private @f()
}

// -----

/// The module body is a graph region: a use may come before its definition.
// CHECK: module {
// CHECK-NEXT: %[[A:[0-9]+]] = "x.use"(%[[B:[0-9]+]]) : (i32) -> i32
// CHECK-NEXT: %[[B]] = "x.def"() : () -> i32
%0 = "x.use"(%1) : (i32) -> i32
%1 = "x.def"() : () -> i32

// -----

/// unrealized_conversion_cast: 0-1, 1-1, 1-N and N-1 conversions, the prefix elided
/// at module level.
// CHECK: module {
// CHECK-NEXT: %[[V:[0-9]+]] = "x.value"() : () -> !x.t
// CHECK-NEXT: %[[R0:[0-9]+]] = unrealized_conversion_cast to !y.t<>
// CHECK-NEXT: %[[R1:[0-9]+]] = unrealized_conversion_cast %[[V]] : !x.t to i64
// CHECK-NEXT: %[[R2:[0-9]+]]:2 = unrealized_conversion_cast %[[V]] : !x.t to i32, f32 {note}
// CHECK-NEXT: %[[R3:[0-9]+]] = unrealized_conversion_cast %[[V]], %[[R1]] : !x.t, i64 to tuple<!x.t, i64>
// CHECK-NEXT: func.func @in_function(%[[A:arg0]]: i8) -> i16 {
// CHECK-NEXT: %[[C:[0-9]+]] = builtin.unrealized_conversion_cast %[[A]] : i8 to i16
// GENERIC: "builtin.unrealized_conversion_cast"() : () -> !y.t<>
// GENERIC: "builtin.unrealized_conversion_cast"(%{{.*}}) {note} : (!x.t) -> (i32, f32)
%v = "x.value"() : () -> !x.t
%r0 = unrealized_conversion_cast to !y.t<>
%r1 = builtin.unrealized_conversion_cast %v : !x.t to i64
%r2:2 = unrealized_conversion_cast %v : !x.t to i32, f32 {note}
%r3 = unrealized_conversion_cast %v, %r1 : !x.t, i64 to tuple<!x.t, i64>
func.func @in_function(%a: i8) -> i16 {
  %c = builtin.unrealized_conversion_cast %a : i8 to i16
  return %c : i16
}
