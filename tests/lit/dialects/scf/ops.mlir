// RUN: pymlir-opt %s --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | pymlir-opt --split-input-file | FileCheck %s

/// scf.if without results: the implicit scf.yield is elided, an empty else is dropped.
// CHECK-LABEL: func.func @if_no_results(
// CHECK-SAME: %[[ARG0:[a-z0-9_]+]]: i1, %[[ARG1:[a-z0-9_]+]]: f32) {
// CHECK-NEXT: scf.if %[[ARG0]] {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = arith.addf %[[ARG1]], %[[ARG1]] : f32
// CHECK-NEXT: }
// CHECK-NEXT: scf.if %[[ARG0]] {
// CHECK-NEXT: } else {
// CHECK-NEXT: %[[V0]] = arith.mulf %[[ARG1]], %[[ARG1]] : f32
// CHECK-NEXT: }
// CHECK-NEXT: scf.if %[[ARG0]] {
// CHECK-NEXT: } else {
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @if_no_results(%c: i1, %x: f32) {
  scf.if %c {
    %a = arith.addf %x, %x : f32
  }
  scf.if %c {
  } else {
    %b = arith.mulf %x, %x : f32
  }
  scf.if %c {
  } else {
  }
  return
}

// -----

/// scf.if with results prints its yields and a parenthesized result type list.
// CHECK-LABEL: func.func @if_results(
// CHECK-SAME: %[[ARG0:[a-z0-9_]+]]: i1, %[[ARG1:[a-z0-9_]+]]: f32, %[[ARG2:[a-z0-9_]+]]: i32) -> (f32, i32) {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]]:2 = scf.if %[[ARG0]] -> (f32, i32) {
// CHECK-NEXT: scf.yield %[[ARG1]], %[[ARG2]] : f32, i32
// CHECK-NEXT: } else {
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = arith.negf %[[ARG1]] : f32
// CHECK-NEXT: scf.yield %[[V2]], %[[ARG2]] : f32, i32
// CHECK-NEXT: } {tag = "keep"}
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = scf.if %[[ARG0]] -> (f32) {
// CHECK-NEXT: scf.yield %[[ARG1]] : f32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %[[V0]]#0 : f32
// CHECK-NEXT: }
// CHECK-NEXT: return %[[V1]], %[[V0]]#1 : f32, i32
// CHECK-NEXT: }
func.func @if_results(%c: i1, %x: f32, %i: i32) -> (f32, i32) {
  %r:2 = scf.if %c -> (f32, i32) {
    scf.yield %x, %i : f32, i32
  } else {
    %n = arith.negf %x : f32
    scf.yield %n, %i : f32, i32
  } {tag = "keep"}
  %s = scf.if %c -> f32 {
    scf.yield %x : f32
  } else {
    scf.yield %r#0 : f32
  }
  return %s, %r#1 : f32, i32
}

// -----

/// scf.for over index and over i32 (with its `: type`), unsigned, with iter_args.
// CHECK-LABEL: func.func @for_loops(
// CHECK-SAME: %[[ARG0:[a-z0-9_]+]]: index, %[[ARG1:[a-z0-9_]+]]: index, %[[ARG2:[a-z0-9_]+]]: index, %[[ARG3:[a-z0-9_]+]]: f32, %[[ARG4:[a-z0-9_]+]]: i32, %[[ARG5:[a-z0-9_]+]]: i32, %[[ARG6:[a-z0-9_]+]]: i32) -> f32 {
// CHECK-NEXT: scf.for %[[ARG7:[a-z0-9_]+]] = %[[ARG0]] to %[[ARG1]] step %[[ARG2]] {
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = arith.index_cast %[[ARG7]] : index to i32
// CHECK-NEXT: }
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = scf.for %[[ARG7]] = %[[ARG0]] to %[[ARG1]] step %[[ARG2]] iter_args(%[[ARG8:[a-z0-9_]+]] = %[[ARG3]]) -> (f32) {
// CHECK-NEXT: %[[V2]] = arith.addf %[[ARG8]], %[[ARG3]] : f32
// CHECK-NEXT: scf.yield %[[V2]] : f32
// CHECK-NEXT: }
// CHECK-NEXT: %[[V1:[a-z0-9_]+]]:2 = scf.for unsigned %[[ARG7]] = %[[ARG4]] to %[[ARG5]] step %[[ARG6]] iter_args(%[[ARG8]] = %[[V0]], %[[ARG9:[a-z0-9_]+]] = %[[ARG4]]) -> (f32, i32)  : i32 {
// CHECK-NEXT: %[[V2]] = arith.addi %[[ARG9]], %[[ARG7]] : i32
// CHECK-NEXT: scf.yield %[[ARG8]], %[[V2]] : f32, i32
// CHECK-NEXT: } {loop.tag}
// CHECK-NEXT: scf.for %[[ARG7]] = %[[ARG4]] to %[[ARG5]] step %[[ARG6]]  : i32 {
// CHECK-NEXT: }
// CHECK-NEXT: return %[[V1]]#0 : f32
// CHECK-NEXT: }
func.func @for_loops(%lb: index, %ub: index, %s: index, %x: f32, %l: i32, %u: i32, %t: i32) -> f32 {
  scf.for %iv = %lb to %ub step %s {
    %y = arith.index_cast %iv : index to i32
  }
  %sum = scf.for %iv = %lb to %ub step %s iter_args(%acc = %x) -> (f32) {
    %n = arith.addf %acc, %x : f32
    scf.yield %n : f32
  }
  %p:2 = scf.for unsigned %iv = %l to %u step %t iter_args(%a = %sum, %b = %l) -> (f32, i32) : i32 {
    %q = arith.addi %b, %iv : i32
    scf.yield %a, %q : f32, i32
  } {loop.tag}
  scf.for %iv = %l to %u step %t : i32 {
  }
  return %p#0 : f32
}

// -----

/// scf.while with an assignment list and a forwarding after region, and without inits.
// CHECK-LABEL: func.func @while_loops(
// CHECK-SAME: %[[ARG0:[a-z0-9_]+]]: i32, %[[ARG1:[a-z0-9_]+]]: i32) -> i32 {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = scf.while (%[[ARG2:[a-z0-9_]+]] = %[[ARG0]]) : (i32) -> i32 {
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = arith.cmpi slt, %[[ARG2]], %[[ARG1]] : i32
// CHECK-NEXT: scf.condition(%[[V2]]) %[[ARG2]] : i32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%[[ARG2]]: i32):
// CHECK-NEXT: %[[C1_I32:[a-z0-9_]+]] = arith.constant 1 : i32
// CHECK-NEXT: %[[V2]] = arith.addi %[[ARG2]], %[[C1_I32]] : i32
// CHECK-NEXT: scf.yield %[[V2]] : i32
// CHECK-NEXT: } attributes {note = 1 : i64}
// CHECK-NEXT: %[[FALSE:[a-z0-9_]+]] = arith.constant false
// CHECK-NEXT: scf.while : () -> () {
// CHECK-NEXT: scf.condition(%[[FALSE]])
// CHECK-NEXT: } do {
// CHECK-NEXT: scf.yield
// CHECK-NEXT: }
// CHECK-NEXT: %[[V1:[a-z0-9_]+]]:2 = scf.while (%[[ARG2]] = %[[ARG0]], %[[ARG3:[a-z0-9_]+]] = %[[ARG1]]) : (i32, i32) -> (i32, i1) {
// CHECK-NEXT: %[[V2]] = arith.cmpi eq, %[[ARG2]], %[[ARG3]] : i32
// CHECK-NEXT: scf.condition(%[[V2]]) %[[ARG2]], %[[V2]] : i32, i1
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%[[ARG2]]: i32, %[[ARG3]]: i1):
// CHECK-NEXT: scf.yield %[[ARG2]], %[[ARG2]] : i32, i32
// CHECK-NEXT: }
// CHECK-NEXT: return %[[V0]] : i32
// CHECK-NEXT: }
func.func @while_loops(%init: i32, %lim: i32) -> i32 {
  %r = scf.while (%v = %init) : (i32) -> i32 {
    %c = arith.cmpi slt, %v, %lim : i32
    scf.condition(%c) %v : i32
  } do {
  ^bb0(%w: i32):
    %one = arith.constant 1 : i32
    %n = arith.addi %w, %one : i32
    scf.yield %n : i32
  } attributes {note = 1 : i64}
  %f = arith.constant false
  scf.while : () -> () {
    scf.condition(%f)
  } do {
    scf.yield
  }
  %d:2 = scf.while (%a = %init, %b = %lim) : (i32, i32) -> (i32, i1) {
    %c = arith.cmpi eq, %a, %b : i32
    scf.condition(%c) %a, %c : i32, i1
  } do {
  ^bb0(%x: i32, %y: i1):
    scf.yield %x, %x : i32, i32
  }
  return %r : i32
}

// -----

/// scf.execute_region with several blocks, with no_inline and without results.
// CHECK-LABEL: func.func @execute_region(
// CHECK-SAME: %[[ARG0:[a-z0-9_]+]]: i1, %[[ARG1:[a-z0-9_]+]]: i64) -> i64 {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = scf.execute_region -> i64 {
// CHECK-NEXT: cf.cond_br %[[ARG0]], ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: cf.br ^bb3(%[[ARG1]] : i64)
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: %[[C0_I64:[a-z0-9_]+]] = arith.constant 0 : i64
// CHECK-NEXT: cf.br ^bb3(%[[C0_I64]] : i64)
// CHECK-NEXT: ^bb3(%[[V2:[a-z0-9_]+]]: i64):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT: scf.yield %[[V2]] : i64
// CHECK-NEXT: }
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = scf.execute_region -> i64 no_inline {
// CHECK-NEXT: scf.yield %[[V0]] : i64
// CHECK-NEXT: }
// CHECK-NEXT: scf.execute_region {
// CHECK-NEXT: scf.yield
// CHECK-NEXT: } {marker}
// CHECK-NEXT: return %[[V1]] : i64
// CHECK-NEXT: }
func.func @execute_region(%c: i1, %x: i64) -> i64 {
  %v = scf.execute_region -> i64 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    cf.br ^bb3(%x : i64)
  ^bb2:
    %z = arith.constant 0 : i64
    cf.br ^bb3(%z : i64)
  ^bb3(%r: i64):
    scf.yield %r : i64
  }
  %w = scf.execute_region -> i64 no_inline {
    scf.yield %v : i64
  }
  scf.execute_region {
    scf.yield
  } {marker}
  return %w : i64
}

// -----

/// scf.index_switch with results, negative cases and an attribute; and only a default.
// CHECK-LABEL: func.func @index_switch(
// CHECK-SAME: %[[ARG0:[a-z0-9_]+]]: index, %[[ARG1:[a-z0-9_]+]]: i32, %[[ARG2:[a-z0-9_]+]]: i32) -> i32 {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = scf.index_switch %[[ARG0]] {extra = 2 : i32} -> i32
// CHECK-NEXT: case 0 {
// CHECK-NEXT: scf.yield %[[ARG1]] : i32
// CHECK-NEXT: }
// CHECK-NEXT: case -7 {
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = arith.addi %[[ARG1]], %[[ARG2]] : i32
// CHECK-NEXT: scf.yield %[[V1]] : i32
// CHECK-NEXT: }
// CHECK-NEXT: default {
// CHECK-NEXT: scf.yield %[[ARG2]] : i32
// CHECK-NEXT: }
// CHECK-NEXT: scf.index_switch %[[ARG0]]
// CHECK-NEXT: default {
// CHECK-NEXT: }
// CHECK-NEXT: return %[[V0]] : i32
// CHECK-NEXT: }
func.func @index_switch(%i: index, %a: i32, %b: i32) -> i32 {
  %r = scf.index_switch %i {extra = 2 : i32} -> i32
  case 0 {
    scf.yield %a : i32
  }
  case -7 {
    %s = arith.addi %a, %b : i32
    scf.yield %s : i32
  }
  default {
    scf.yield %b : i32
  }
  scf.index_switch %i
  default {
  }
  return %r : i32
}

// -----

/// scf.parallel without reductions (implicit scf.reduce) and with two reductions.
// CHECK-LABEL: func.func @parallel(
// CHECK-SAME: %[[ARG0:[a-z0-9_]+]]: index, %[[ARG1:[a-z0-9_]+]]: index, %[[ARG2:[a-z0-9_]+]]: index, %[[ARG3:[a-z0-9_]+]]: f32, %[[ARG4:[a-z0-9_]+]]: i32) -> (f32, i32) {
// CHECK-NEXT: scf.parallel (%[[ARG5:[a-z0-9_]+]], %[[ARG6:[a-z0-9_]+]]) = (%[[ARG0]], %[[ARG0]]) to (%[[ARG1]], %[[ARG1]]) step (%[[ARG2]], %[[ARG2]]) {
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = arith.addi %[[ARG5]], %[[ARG6]] : index
// CHECK-NEXT: scf.reduce
// CHECK-NEXT: }
// CHECK-NEXT: %[[V0:[a-z0-9_]+]]:2 = scf.parallel (%[[ARG5]]) = (%[[ARG0]]) to (%[[ARG1]]) step (%[[ARG2]]) init (%[[ARG3]], %[[ARG4]]) -> (f32, i32) {
// CHECK-NEXT: scf.reduce(%[[ARG3]], %[[ARG4]] : f32, i32) {
// CHECK-NEXT: ^bb0(%[[ARG6]]: f32, %[[ARG7:[a-z0-9_]+]]: f32):
// CHECK-NEXT: %[[V2]] = arith.maximumf %[[ARG6]], %[[ARG7]] : f32
// CHECK-NEXT: scf.reduce.return %[[V2]] : f32
// CHECK-NEXT: }, {
// CHECK-NEXT: ^bb0(%[[ARG6]]: i32, %[[ARG7]]: i32):
// CHECK-NEXT: %[[V2]] = arith.addi %[[ARG6]], %[[ARG7]] : i32
// CHECK-NEXT: scf.reduce.return %[[V2]] : i32
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = scf.parallel (%[[ARG5]]) = (%[[ARG0]]) to (%[[ARG1]]) step (%[[ARG2]]) init (%[[ARG3]]) -> f32 {
// CHECK-NEXT: scf.reduce(%[[ARG3]] : f32) {
// CHECK-NEXT: ^bb0(%[[ARG6]]: f32, %[[ARG7]]: f32):
// CHECK-NEXT: scf.reduce.return %[[ARG6]] : f32
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK-NEXT: return %[[V1]], %[[V0]]#1 : f32, i32
// CHECK-NEXT: }
func.func @parallel(%lb: index, %ub: index, %s: index, %x: f32, %i: i32) -> (f32, i32) {
  scf.parallel (%p, %q) = (%lb, %lb) to (%ub, %ub) step (%s, %s) {
    %t = arith.addi %p, %q : index
  }
  %r:2 = scf.parallel (%p) = (%lb) to (%ub) step (%s) init (%x, %i) -> (f32, i32) {
    scf.reduce(%x, %i : f32, i32) {
    ^bb0(%l: f32, %rr: f32):
      %m = arith.maximumf %l, %rr : f32
      scf.reduce.return %m : f32
    }, {
    ^bb0(%l: i32, %rr: i32):
      %m = arith.addi %l, %rr : i32
      scf.reduce.return %m : i32
    }
  }
  %one = scf.parallel (%p) = (%lb) to (%ub) step (%s) init (%x) -> f32 {
    scf.reduce(%x : f32) {
    ^bb0(%l: f32, %rr: f32):
      scf.reduce.return %l : f32
    }
  }
  return %one, %r#1 : f32, i32
}

// -----

/// scf.forall in the normalized form, with explicit bounds, and with shared outputs.
// CHECK-LABEL: func.func @forall(
// CHECK-SAME: %[[ARG0:[a-z0-9_]+]]: index, %[[ARG1:[a-z0-9_]+]]: index, %[[ARG2:[a-z0-9_]+]]: tensor<8xf32>) -> tensor<8xf32> {
// CHECK-NEXT: scf.forall (%[[ARG3:[a-z0-9_]+]], %[[ARG4:[a-z0-9_]+]]) in (%[[ARG0]], 16) {
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = arith.addi %[[ARG3]], %[[ARG4]] : index
// CHECK-NEXT: }
// CHECK-NEXT: scf.forall (%[[ARG3]]) = (%[[ARG0]]) to (%[[ARG1]]) step (4) {
// CHECK-NEXT: } {attr}
// CHECK-NEXT: %[[C0:[a-z0-9_]+]] = arith.constant 0 : index
// CHECK-NEXT: %[[C1:[a-z0-9_]+]] = arith.constant 1 : index
// CHECK-NEXT: scf.forall (%[[ARG3]]) in (%[[ARG1]]) {
// CHECK-NEXT: }
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = scf.forall (%[[ARG3]]) in (8) shared_outs(%[[ARG4]] = %[[ARG2]]) -> (tensor<8xf32>) {
// CHECK-NEXT: scf.forall.in_parallel {
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK-NEXT: return %[[V0]] : tensor<8xf32>
// CHECK-NEXT: }
func.func @forall(%n: index, %m: index, %t: tensor<8xf32>) -> tensor<8xf32> {
  scf.forall (%a, %b) in (%n, 16) {
    %s = arith.addi %a, %b : index
  }
  scf.forall (%a) = (%n) to (%m) step (4) {
  } {attr}
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.forall (%a) = (%c0) to (%m) step (%c1) {
  }
  %r = scf.forall (%a) in (8) shared_outs(%o = %t) -> (tensor<8xf32>) {
    scf.forall.in_parallel {
    }
  }
  return %r : tensor<8xf32>
}
