// RUN: pymlir-opt %s --split-input-file --remove-dead-values='canonicalize=false' | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --remove-dead-values | FileCheck %s --check-prefix=CANON

/// A private function loses the results no caller uses (and the values only they
/// needed); the call follows.
// CHECK-LABEL: func.func private @helper
// CHECK-SAME: -> i32
// CHECK: memref.store
// CHECK-NEXT: return %{{.*}} : i32
// CHECK-LABEL: func.func @caller
// CHECK-NEXT: %[[R:.*]] = call @helper(%{{.*}}, %{{.*}}, %{{.*}}) : (i32, i32, memref<i32>) -> i32
// CHECK-NEXT: return %[[R]] : i32
func.func private @helper(%a: i32, %b: i32, %m: memref<i32>) -> (i32, i32) {
  %s = arith.addi %a, %a : i32
  %t = arith.muli %b, %b : i32
  memref.store %t, %m[] : memref<i32>
  return %s, %t : i32, i32
}

func.func @caller(%x: i32, %y: i32, %m: memref<i32>) -> i32 {
  %r:2 = func.call @helper(%x, %y, %m) : (i32, i32, memref<i32>) -> (i32, i32)
  %unused = arith.subi %x, %y : i32
  return %r#0 : i32
}

// -----

/// Public functions keep their signature.
// CHECK-LABEL: func.func @public_kept
// CHECK-SAME: (%{{.*}}: i32, %{{.*}}: i32) -> (i32, i32)
func.func @public_kept(%a: i32, %b: i32) -> (i32, i32) {
  %d = arith.addi %a, %b : i32
  return %d, %b : i32, i32
}

// -----

/// Dead block arguments go, with the branch operands feeding them.
// CHECK-LABEL: func.func @branches
// CHECK-SAME: (%[[X:.*]]: i32, %[[Y:.*]]: i32, %{{.*}}: i1)
// CHECK-NEXT: cf.cond_br %{{.*}}, ^bb1(%[[X]] : i32), ^bb2(%[[Y]] : i32)
// CHECK-NEXT: ^bb1(%[[Q:.*]]: i32):
// CHECK-NEXT: cf.br ^bb2(%[[Q]] : i32)
func.func @branches(%x: i32, %y: i32, %c: i1) -> i32 {
  %d = arith.subi %x, %y : i32
  cf.cond_br %c, ^bb1(%d, %x : i32, i32), ^bb2(%y : i32)
^bb1(%p: i32, %q: i32):
  cf.br ^bb2(%q : i32)
^bb2(%r: i32):
  return %r : i32
}

// -----

/// Region branch ops: values only forwarded to dead results become ub.poison; an op
/// without live results or effects is erased; with canonicalize, the poisoned results
/// then go (here the scf.if becomes nothing but its live value).
// CHECK-LABEL: func.func @region_ops
// CHECK: scf.if
// CHECK-NEXT: %[[P:.*]] = ub.poison : i32
// CHECK-NEXT: scf.yield %[[P]], %{{.*}} : i32, i32
// CHECK: scf.for
// CHECK: memref.store
// CHECK-NOT: scf.if
// CHECK: return
// CANON-LABEL: func.func @region_ops
// CANON-SAME: (%{{.*}}: i1, %[[X:[^:]*]]: i32
// CANON-NOT: scf.if
// CANON: scf.for
// CANON: return %[[X]] : i32
func.func @region_ops(%c: i1, %x: i32, %lb: index, %ub: index, %st: index, %m: memref<i32>) -> i32 {
  %i:2 = scf.if %c -> (i32, i32) {
    %k = arith.addi %x, %x : i32
    scf.yield %k, %x : i32, i32
  } else {
    scf.yield %x, %x : i32, i32
  }
  %f:2 = scf.for %iv = %lb to %ub step %st iter_args(%a = %x, %b = %x) -> (i32, i32) {
    %n = arith.addi %a, %b : i32
    memref.store %n, %m[] : memref<i32>
    scf.yield %n, %b : i32, i32
  }
  %dead = scf.if %c -> (i32) {
    scf.yield %x : i32
  } else {
    scf.yield %x : i32
  }
  return %i#1 : i32
}

// -----

/// A while loop's dead loop-carried value is poisoned on every edge.
// CHECK-LABEL: func.func @while_loop
// CHECK: scf.condition(%{{.*}}) %{{.*}}, %{{.*}} : i32, i32
// CHECK: ub.poison
// CHECK-NEXT: scf.yield
func.func @while_loop(%x: i32, %n: i32) -> i32 {
  %w:2 = scf.while (%a = %x, %b = %x) : (i32, i32) -> (i32, i32) {
    %lt = arith.cmpi slt, %a, %n : i32
    scf.condition(%lt) %a, %b : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    %one = arith.constant 1 : i32
    %next = arith.addi %p, %one : i32
    scf.yield %next, %q : i32, i32
  }
  return %w#0 : i32
}

// -----

/// A private function nobody calls loses everything but its terminator.
// CHECK-LABEL: func.func private @never_called()
// CHECK-NEXT: return
func.func private @never_called(%a: i32) -> i32 {
  %d = arith.addi %a, %a : i32
  return %d : i32
}

// -----

/// Ops in dead code are dead.
// CHECK-LABEL: func.func @dead_code
// CHECK-NOT: arith.muli
func.func @dead_code(%x: i32) -> i32 {
  %f = arith.constant false
  cf.cond_br %f, ^bb1, ^bb2
^bb1:
  %k = arith.muli %x, %x : i32
  cf.br ^bb2
^bb2:
  return %x : i32
}
