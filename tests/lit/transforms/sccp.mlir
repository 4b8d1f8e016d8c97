// RUN: pymlir-opt %s --allow-unregistered-dialect --split-input-file --sccp | FileCheck %s
// RUN: pymlir-opt %s --allow-unregistered-dialect --split-input-file --pass-pipeline='builtin.module(func.func(sccp))' | FileCheck %s --check-prefix=FUNC

/// Folding with constant operands: the folded constants are created at the start of
/// the entry block (last created first) and the replaced ops are erased.
// CHECK-LABEL: func.func @fold_chain
// CHECK-NEXT: %[[C16:.*]] = arith.constant 16 : i32
// CHECK-NEXT: arith.constant 4 : i32
// CHECK-NEXT: arith.constant true
// CHECK-NEXT: %[[U:.*]] = arith.addi %{{.*}}, %[[C16]] : i32
// CHECK-NEXT: return %[[C16]], %[[U]] : i32, i32
func.func @fold_chain(%x: i32) -> (i32, i32) {
  %t = arith.constant true
  %a = arith.constant 4 : i32
  %b = arith.muli %a, %a : i32
  %s = arith.select %t, %b, %x : i32
  %u = arith.addi %x, %b : i32
  return %s, %u : i32, i32
}

// -----

/// Only the edge a constant condition takes is executable: the argument gets the
/// constant of the one live predecessor (the block argument itself stays).
// CHECK-LABEL: func.func @one_edge
// CHECK: %[[C8:.*]] = arith.constant 8 : i32
// CHECK: ^bb1(%{{.*}}: i32):
// CHECK-NEXT: return %[[C8]] : i32
func.func @one_edge(%x: i32) -> i32 {
  %f = arith.constant false
  %c = arith.constant 8 : i32
  cf.cond_br %f, ^bb1(%x : i32), ^bb2
^bb1(%v: i32):
  return %v : i32
^bb2:
  cf.br ^bb1(%c : i32)
}

// -----

/// Arguments agreeing on every edge are constant, the others are overdefined.
// CHECK-LABEL: func.func @merge
// CHECK-DAG: %[[C3:.*]] = arith.constant 3 : i32
// CHECK: ^bb1(%{{.*}}: i32, %[[Q:.*]]: i32):
// CHECK-NEXT: return %[[C3]], %[[Q]] : i32, i32
func.func @merge(%x: i1, %y: i32) -> (i32, i32) {
  %c3 = arith.constant 3 : i32
  %c4 = arith.constant 4 : i32
  cf.cond_br %x, ^bb1(%c3, %c3 : i32, i32), ^bb1(%c3, %c4 : i32, i32)
^bb1(%p: i32, %q: i32):
  return %p, %q : i32, i32
}

// -----

/// A constant switch flag takes one case, but the three edges share the block, so its
/// argument is only as known as upstream's per-block join makes it.
// CHECK-LABEL: func.func @switch
// CHECK: cf.switch %{{.*}} : i32, [
// CHECK: ^bb1(%[[R:.*]]: i32):
// CHECK-NEXT: return %[[R]] : i32
func.func @switch(%y: i32) -> i32 {
  %k = arith.constant 2 : i32
  %c10 = arith.constant 10 : i32
  %c20 = arith.constant 20 : i32
  cf.switch %k : i32, [
    default: ^bb1(%y : i32),
    1: ^bb1(%c10 : i32),
    2: ^bb1(%c20 : i32)
  ]
^bb1(%r: i32):
  return %r : i32
}

// -----

/// Loop-carried values that stay the same around the back edge are constant.
// CHECK-LABEL: func.func @loop
// CHECK: %[[C1:.*]] = arith.constant 1 : i32
// CHECK: cf.cond_br %{{.*}}, ^bb1(%[[C1]] : i32), ^bb2(%[[C1]] : i32)
// CHECK: return %[[C1]] : i32
func.func private @ext() -> i1

func.func @loop(%n: i32) -> i32 {
  %zero = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  cf.br ^head(%one : i32)
^head(%i: i32):
  %m = arith.muli %i, %one : i32
  %c = func.call @ext() : () -> i1
  cf.cond_br %c, ^head(%m : i32), ^exit(%m : i32)
^exit(%r: i32):
  return %r : i32
}

// -----

/// Region control flow: scf.if with a constant condition or equal yields folds away;
/// a loop whose iteration changes its value does not.
// CHECK-LABEL: func.func @structured
// CHECK-DAG: %[[C10:.*]] = arith.constant 10 : i32
// CHECK-DAG: %[[C5:.*]] = arith.constant 5 : i32
// CHECK-NOT: scf.if
// CHECK: %[[L:.*]] = scf.for
// CHECK: return %[[C5]], %[[C10]], %[[L]] : i32, i32, i32
func.func @structured(%c: i1, %lb: index, %ub: index, %st: index) -> (i32, i32, i32) {
  %t = arith.constant true
  %c5 = arith.constant 5 : i32
  %a = scf.if %t -> i32 {
    scf.yield %c5 : i32
  } else {
    scf.yield %c5 : i32
  }
  %b = scf.if %c -> i32 {
    %k = arith.addi %c5, %c5 : i32
    scf.yield %k : i32
  } else {
    %k = arith.constant 10 : i32
    scf.yield %k : i32
  }
  %l = scf.for %i = %lb to %ub step %st iter_args(%acc = %c5) -> i32 {
    %n = arith.muli %acc, %acc : i32
    scf.yield %n : i32
  }
  return %a, %b, %l : i32, i32, i32
}

// -----

/// A while loop whose condition is false on entry returns its initial value; the
/// loop, now dead, is erased.
// CHECK-LABEL: func.func @while_loop
// CHECK: %[[C0:.*]] = arith.constant 0 : index
// CHECK-NOT: scf.while
// CHECK: return %[[C0]] : index
func.func @while_loop(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.while (%i = %c0) : (index) -> index {
    %lt = arith.cmpi slt, %i, %c0 : index
    scf.condition(%lt) %i : index
  } do {
  ^bb0(%j: index):
    %next = arith.addi %j, %c1 : index
    scf.yield %next : index
  }
  return %r : index
}

// -----

/// Through the call graph: a private callee's arguments and results are known from
/// its call sites; a public callee's are not. Run on functions, calls are opaque.
// CHECK-LABEL: func.func private @callee
// CHECK: %[[C42:.*]] = arith.constant 42 : i32
// CHECK: return %[[C42]] : i32
// CHECK-LABEL: func.func @caller
// CHECK: %[[K:.*]] = arith.constant 42 : i32
// CHECK: call @callee
// CHECK: return %[[K]] : i32
// CHECK-LABEL: func.func @pub_caller
// CHECK: %[[R:.*]] = call @pub
// CHECK: return %[[R]] : i32
// FUNC-LABEL: func.func private @callee
// FUNC: %[[D:.*]] = arith.addi
// FUNC: return %[[D]] : i32
// FUNC-LABEL: func.func @caller
// FUNC: %[[R:.*]] = call @callee
// FUNC: return %[[R]] : i32
func.func private @callee(%v: i32) -> i32 {
  %d = arith.addi %v, %v : i32
  return %d : i32
}

func.func @caller() -> i32 {
  %c21 = arith.constant 21 : i32
  %r = func.call @callee(%c21) : (i32) -> i32
  return %r : i32
}

func.func @pub(%v: i32) -> i32 {
  return %v : i32
}

func.func @pub_caller() -> i32 {
  %c1 = arith.constant 1 : i32
  %r = func.call @pub(%c1) : (i32) -> i32
  return %r : i32
}

// -----

/// Call sites passing different constants make the argument overdefined.
// CHECK-LABEL: func.func private @two_callers
// CHECK-SAME: (%[[V:.*]]: i32)
// CHECK-NEXT: return %[[V]] : i32
func.func private @two_callers(%v: i32) -> i32 {
  return %v : i32
}

func.func @a() -> (i32, i32) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %r = func.call @two_callers(%c1) : (i32) -> i32
  %s = func.call @two_callers(%c2) : (i32) -> i32
  return %r, %s : i32, i32
}

// -----

/// A symbol used other than by a call may have unknown callers.
// CHECK-LABEL: func.func private @taken
// CHECK-SAME: (%[[V:.*]]: i32)
// CHECK-NEXT: return %[[V]] : i32
func.func private @taken(%v: i32) -> i32 {
  return %v : i32
}

func.func @address_taken() -> (i32, () -> ()) {
  %c1 = arith.constant 1 : i32
  %r = func.call @taken(%c1) : (i32) -> i32
  %f = "user.take"() {sym = @taken} : () -> (() -> ())
  return %r, %f : i32, () -> ()
}

// -----

/// A private function nothing calls is dead code: it is left alone at module level,
/// but simplified when the pass runs on it.
// CHECK-LABEL: func.func private @never_called
// CHECK: arith.select
// FUNC-LABEL: func.func private @never_called
// FUNC-NOT: arith.select
// FUNC: return %{{.*}} : i32
func.func private @never_called() -> i32 {
  %t = arith.constant true
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %s = arith.select %t, %c1, %c2 : i32
  return %s : i32
}
