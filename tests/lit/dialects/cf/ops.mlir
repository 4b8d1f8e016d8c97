// RUN: pymlir-opt %s --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

/// Branches forward operands to block arguments; predecessors are listed.
// CHECK-LABEL: func.func @branches(
// CHECK-SAME: %[[C:arg0]]: i1, %[[A:arg1]]: i32, %[[B:arg2]]: i64) -> i32 {
// CHECK-NEXT: cf.br ^bb1(%[[A]], %[[B]] : i32, i64)
// CHECK-NEXT: ^bb1(%[[X:[0-9]+]]: i32, %[[Y:[0-9]+]]: i64):  // pred: ^bb0
// CHECK-NEXT: cf.cond_br %[[C]], ^bb2(%[[X]] : i32), ^bb3
// CHECK-NEXT: ^bb2(%[[Z:[0-9]+]]: i32):  // pred: ^bb1
// CHECK-NEXT: cf.cond_br %[[C]] weights([3, 5]), ^bb3, ^bb4(%[[Z]], %[[Y]] : i32, i64) {tag}
// CHECK-NEXT: ^bb3:  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT: cf.br ^bb4(%[[A]], %[[B]] : i32, i64)
// CHECK-NEXT: ^bb4(%[[P:[0-9]+]]: i32, %[[Q:[0-9]+]]: i64):  // 2 preds: ^bb2, ^bb3
// CHECK-NEXT: return %[[P]] : i32
// GENERIC-LABEL: sym_name = "branches"
// GENERIC: "cf.br"(%{{.*}}, %{{.*}})[^bb1] : (i32, i64) -> ()
// GENERIC: "cf.cond_br"(%{{.*}}, %{{.*}})[^bb2, ^bb3] <{operandSegmentSizes = array<i32: 1, 1, 0>}> : (i1, i32) -> ()
// GENERIC: "cf.cond_br"(%{{.*}}, %{{.*}}, %{{.*}})[^bb3, ^bb4] <{branch_weights = array<i32: 3, 5>, operandSegmentSizes = array<i32: 1, 0, 2>}> {tag} : (i1, i32, i64) -> ()
func.func @branches(%c: i1, %a: i32, %b: i64) -> i32 {
  cf.br ^bb1(%a, %b : i32, i64)
^bb1(%x: i32, %y: i64):
  cf.cond_br %c, ^bb2(%x : i32), ^bb3
^bb2(%z: i32):
  cf.cond_br %c weights([3, 5]), ^bb3, ^bb4(%z, %y : i32, i64) {tag}
^bb3:
  cf.br ^bb4(%a, %b : i32, i64)
^bb4(%p: i32, %q: i64):
  return %p : i32
}

// -----

/// A switch with a default and cases; case values print unsigned in the flag's width.
// CHECK-LABEL: func.func @switch(
// CHECK-SAME: %[[F:arg0]]: i32, %[[A:arg1]]: f32) {
// CHECK-NEXT: cf.switch %[[F]] : i32, [
// CHECK-NEXT: default: ^bb1(%[[A]] : f32),
// CHECK-NEXT: 42: ^bb2,
// CHECK-NEXT: 4294967295: ^bb1(%[[A]] : f32)
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb1(%{{.*}}: f32):  // 2 preds: ^bb0, ^bb0
// GENERIC-LABEL: sym_name = "switch"
// GENERIC: "cf.switch"(%{{.*}}, %{{.*}}, %{{.*}})[^bb1, ^bb2, ^bb1] <{case_operand_segments = array<i32: 0, 1>, case_values = dense<[42, -1]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 1, 1>}> : (i32, f32, f32) -> ()
func.func @switch(%flag: i32, %a: f32) {
  cf.switch %flag : i32, [
    default: ^bb1(%a : f32),
    42: ^bb2,
    -1: ^bb1(%a : f32)
  ]
^bb1(%x: f32):
  return
^bb2:
  return
}

// -----

/// A switch with only a default closes its list on the same line; attributes follow.
// CHECK-LABEL: func.func @switch_default(
// CHECK-NEXT: cf.switch %{{.*}} : i8, [
// CHECK-NEXT: default: ^bb1]
// CHECK: cf.switch %{{.*}} : i64, [
// CHECK-NEXT: default: ^bb1,
// CHECK-NEXT: 9223372036854775807: ^bb1
// CHECK-NEXT: ] {note = "x"}
// GENERIC-LABEL: sym_name = "switch_default"
// GENERIC: "cf.switch"(%{{.*}})[^bb1] <{case_operand_segments = array<i32>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i8) -> ()
func.func @switch_default(%f: i8, %g: i64) {
  cf.switch %f : i8, [
    default: ^bb1
  ]
^bb1:
  cf.switch %g : i64, [
    default: ^bb1,
    9223372036854775807: ^bb1
  ] {note = "x"}
}

// -----

/// An assertion keeps its message (escaped as upstream prints strings).
// CHECK-LABEL: func.func @assert(
// CHECK-SAME: %[[B:arg0]]: i1) {
// CHECK-NEXT: cf.assert %[[B]], "must \22hold\22"
// GENERIC: "cf.assert"(%{{.*}}) <{msg = "must \22hold\22"}> : (i1) -> ()
func.func @assert(%b: i1) {
  cf.assert %b, "must \"hold\""
  return
}
