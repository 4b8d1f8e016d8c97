// RUN: pymlir-opt %s --canonicalize --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --sccp --split-input-file | FileCheck %s --check-prefix=SCCP

/// func.constant is ConstantLike (it folds to its symbol, equal ones are merged and
/// func materializes it), and a call_indirect of one is a direct call: its other
/// attributes are dropped, as upstream's CallIndirectOp::canonicalize does.
// CHECK-LABEL: func.func @known_callee
// CHECK-SAME: (%[[A:.*]]: i32)
// CHECK-NEXT: %[[R:.*]] = call @g(%[[A]]) : (i32) -> i32
// CHECK-NEXT: %[[R2:.*]] = call @g(%[[R]]) : (i32) -> i32
// CHECK-NEXT: return %[[R2]]
// SCCP-LABEL: func.func @known_callee
// SCCP-NEXT: %[[F:.*]] = constant @g : (i32) -> i32
// SCCP-NEXT: %[[R:.*]] = call_indirect %[[F]](%{{.*}}) {tag} : (i32) -> i32
// SCCP-NEXT: call_indirect %[[F]](%[[R]]) : (i32) -> i32
func.func private @g(i32) -> i32
func.func @known_callee(%a: i32) -> i32 {
  %f = func.constant @g : (i32) -> i32
  %r = func.call_indirect %f(%a) {tag} : (i32) -> i32
  %f2 = func.constant @g : (i32) -> i32
  %r2 = func.call_indirect %f2(%r) : (i32) -> i32
  return %r2 : i32
}

// -----

// CHECK-LABEL: func.func @merged
// CHECK-NEXT: %[[F:.*]] = constant @g : (i32) -> i32
// CHECK-NEXT: "test.use"(%[[F]])
// CHECK-NEXT: return %[[F]]
func.func private @g(i32) -> i32
func.func @merged() -> ((i32) -> i32) {
  %f = func.constant @g : (i32) -> i32
  %f2 = func.constant @g : (i32) -> i32
  "test.use"(%f2) : ((i32) -> i32) -> ()
  return %f : (i32) -> i32
}
