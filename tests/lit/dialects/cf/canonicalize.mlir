// RUN: pymlir-opt %s --split-input-file --canonicalize | FileCheck %s

/// A branch to a block with a single predecessor merges the two blocks.
// CHECK-LABEL: func.func @merge(
// CHECK-SAME: %[[A:.*]]: i32) -> i32 {
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[A]], %[[A]] : i32
// CHECK-NEXT: return %[[S]] : i32
func.func @merge(%a: i32) -> i32 {
  cf.br ^bb1(%a : i32)
^bb1(%x: i32):
  %y = arith.addi %x, %x : i32
  return %y : i32
}

// -----

/// A block that only branches to itself is not collapsed.
// CHECK-LABEL: func.func @self_loop(
// CHECK-NEXT: cf.cond_br %{{.*}}, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: return
func.func @self_loop(%c: i1) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  cf.br ^bb1
^bb2:
  return
}

// -----

/// A constant condition becomes a branch; identical successors with different operands
/// get selects.
// CHECK-LABEL: func.func @cond(
// CHECK-SAME: %[[C:.*]]: i1, %[[A:.*]]: i32, %[[B:.*]]: i32) -> i32 {
// CHECK-NEXT: %[[S:.*]] = arith.select %[[C]], %[[A]], %[[B]] : i32
// CHECK-NEXT: %[[M:.*]] = arith.muli %[[S]], %[[S]] : i32
// CHECK-NEXT: return %[[M]] : i32
func.func @cond(%c: i1, %a: i32, %b: i32) -> i32 {
  %f = arith.constant false
  cf.cond_br %f, ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  return %x : i32
^bb2:
  cf.cond_br %c, ^bb3(%a : i32), ^bb3(%b : i32)
^bb3(%y: i32):
  %z = arith.muli %y, %y : i32
  return %z : i32
}

// -----

/// A cond_br on the condition its only predecessor branched on takes the same side.
// CHECK-LABEL: func.func @same_condition(
// CHECK-SAME: %[[C:.*]]: i1, %[[A:.*]]: i32, %[[B:.*]]: i32) -> i32 {
// CHECK-NEXT: cf.cond_br %[[C]], ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[A]], %[[B]] : i32
// CHECK-NEXT: return %[[S]] : i32
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: return %[[B]] : i32
func.func @same_condition(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %u = arith.addi %a, %b : i32
  cf.cond_br %c, ^bb3(%u : i32), ^bb4
^bb2:
  %v = arith.subi %a, %b : i32
  cf.cond_br %c, ^bb3(%v : i32), ^bb4
^bb3(%x: i32):
  return %x : i32
^bb4:
  return %b : i32
}

// -----

/// The condition is known in the successors it alone reaches; a true assertion goes.
// CHECK-LABEL: func.func @truth(
// CHECK-SAME: %[[C:.*]]: i1) {
// CHECK-NEXT: %[[T:.*]] = arith.constant true
// CHECK-NEXT: %[[F:.*]] = arith.constant false
// CHECK-NEXT: cf.cond_br %[[C]], ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: call @use(%[[T]]) : (i1) -> ()
// CHECK-NEXT: cf.br ^bb3
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: call @use(%[[F]]) : (i1) -> ()
// CHECK-NEXT: cf.br ^bb3
// CHECK-NEXT: ^bb3:  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT: cf.assert %[[C]], "maybe"
// CHECK-NEXT: return
func.func private @use(i1)
func.func @truth(%c: i1) {
  %t = arith.constant true
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  func.call @use(%c) : (i1) -> ()
  cf.br ^bb3
^bb2:
  func.call @use(%c) : (i1) -> ()
  cf.br ^bb3
^bb3:
  cf.assert %t, "always"
  cf.assert %c, "maybe"
  return
}

// -----

/// Cases going where the default goes are dropped; pass-through blocks are skipped.
// CHECK-LABEL: func.func @switch(
// CHECK-SAME: %[[F:.*]]: i8, %[[A:.*]]: f32, %[[B:.*]]: f32) -> f32 {
// CHECK-NEXT: cf.switch %[[F]] : i8, [
// CHECK-NEXT: default: ^bb1(%[[A]] : f32),
// CHECK-NEXT: 3: ^bb1(%[[B]] : f32),
// CHECK-NEXT: 255: ^bb2(%[[B]] : f32)
// CHECK-NEXT: ]
func.func @switch(%f: i8, %a: f32, %b: f32) -> f32 {
  cf.switch %f : i8, [
    default: ^bb1(%a : f32),
    7: ^bb1(%a : f32),
    3: ^bb1(%b : f32),
    -1: ^bb3
  ]
^bb1(%x: f32):
  return %x : f32
^bb2(%y: f32):
  %z = arith.addf %y, %y : f32
  return %z : f32
^bb3:
  cf.br ^bb2(%b : f32)
}

// -----

/// A constant flag picks its case; a switch after a switch on the same flag is decided.
// CHECK-LABEL: func.func @switch_known(
// CHECK-SAME: %[[F:.*]]: i32, %[[A:.*]]: f32, %[[B:.*]]: f32) -> f32 {
// CHECK-NEXT: cf.switch %[[F]] : i32, [
// CHECK-NEXT: default: ^bb1(%[[A]] : f32),
// CHECK-NEXT: 1: ^bb1(%[[B]] : f32)
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb1(%[[X:.*]]: f32):  // 2 preds: ^bb0, ^bb0
// CHECK-NEXT: %[[M:.*]] = arith.mulf %[[X]], %[[X]] : f32
// CHECK-NEXT: return %[[M]] : f32
func.func @switch_known(%f: i32, %a: f32, %b: f32) -> f32 {
  %c = arith.constant 9 : i32
  cf.switch %c : i32, [
    default: ^bb1,
    9: ^bb2
  ]
^bb1:
  return %a : f32
^bb2:
  cf.switch %f : i32, [
    default: ^bb3(%a : f32),
    1: ^bb4
  ]
^bb3(%x: f32):
  %m = arith.mulf %x, %x : f32
  return %m : f32
^bb4:
  cf.switch %f : i32, [
    default: ^bb3(%a : f32),
    1: ^bb3(%b : f32)
  ]
}
