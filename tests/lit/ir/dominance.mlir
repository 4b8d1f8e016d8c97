// RUN: pymlir-opt %s -split-input-file -verify-diagnostics | FileCheck %s

/// Values of the enclosing blocks, defined before the op holding the region, and
/// their arguments dominate the nested uses, however deep.
// CHECK-LABEL: func.func @nested_ok
// CHECK: scf.for
// CHECK: arith.addi
func.func @nested_ok(%c: i1, %n: index, %x: i32) -> i32 {
  %a = arith.addi %x, %x : i32
  %r = scf.if %c -> (i32) {
    %b = arith.addi %a, %x : i32
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %s = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %b) -> (i32) {
      %d = arith.addi %acc, %a : i32
      %e = arith.addi %d, %b : i32
      scf.yield %e : i32
    }
    scf.yield %s : i32
  } else {
    scf.yield %a : i32
  }
  return %r : i32
}

// -----

/// A value of the enclosing block defined after the op holding the region.
func.func @later_in_parent(%c: i1, %x: i32) {
  scf.if %c {
    // expected-error@+1 {{operand #1 does not dominate this use}}
    %b = arith.addi %x, %a : i32
  }
  // expected-note@+1 {{operand defined here (op in a parent region)}}
  %a = arith.addi %x, %x : i32
  return
}

// -----

/// Two levels up, defined after the outer op.
func.func @later_two_up(%c: i1, %x: i32) {
  scf.if %c {
    scf.if %c {
      // expected-error@+1 {{operand #0 does not dominate this use}}
      %b = arith.addi %a, %x : i32
    }
  }
  // expected-note@+1 {{operand defined here (op in a parent region)}}
  %a = arith.addi %x, %x : i32
  return
}

// -----

/// A result of the op holding the region.
func.func @own_result(%c: i1, %x: i32) -> i32 {
  // expected-note@+1 {{operand defined here (op in a parent region)}}
  %r = scf.if %c -> (i32) {
    // expected-error@+1 {{operand #0 does not dominate this use}}
    %b = arith.addi %r, %x : i32
    scf.yield %b : i32
  } else {
    scf.yield %x : i32
  }
  return %r : i32
}

// -----

/// A value of a block that does not dominate the enclosing block.
func.func @sibling_block(%c: i1, %x: i32) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  // expected-note@+1 {{operand defined here (op in a parent region)}}
  %a = arith.addi %x, %x : i32
  return
^bb2:
  scf.if %c {
    // expected-error@+1 {{operand #0 does not dominate this use}}
    %b = arith.addi %a, %x : i32
  }
  return
}

// -----

/// An argument of a block that does not dominate the enclosing block.
// expected-note@+1 {{operand defined as a block argument (block #1 in a parent region)}}
func.func @sibling_block_arg(%c: i1, %x: i32) {
  cf.cond_br %c, ^bb1(%x : i32), ^bb2
^bb1(%y: i32):
  return
^bb2:
  scf.if %c {
    // expected-error@+1 {{operand #0 does not dominate this use}}
    %b = arith.addi %y, %x : i32
  }
  return
}
