// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// Branch operands are checked against the successor's arguments.
func.func @br_count(%a: i32) {
  // expected-error@+1 {{branch has 1 operands for successor #0, but target block has 0}}
  "test.br"(%a)[^bb1] : (i32) -> ()
^bb1:
  return
}

// -----

func.func @br_type(%a: i32) {
  // expected-error@+1 {{type mismatch for bb argument #0 of successor #0}}
  "test.br"(%a)[^bb1] : (i32) -> ()
^bb1(%x: i64):
  return
}

// -----

/// test.internal_br produces the first argument of its error path: it counts, and
/// the forwarded operand feeds the second argument.
func.func @internal_count(%a: i32) {
  // expected-error@+1 {{branch has 2 operands for successor #1, but target block has 1}}
  "test.internal_br"(%a)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 0, 1>}> : (i32) -> ()
^bb1:
  return
^bb2(%x: i32):
  return
}

// -----

func.func @internal_type(%a: i32) {
  // expected-error@+1 {{type mismatch for bb argument #1 of successor #1}}
  "test.internal_br"(%a)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 0, 1>}> : (i32) -> ()
^bb1:
  return
^bb2(%x: i32, %y: i64):
  return
}

// -----

func.func @producing_result(%a: i32) {
  // expected-error@+1 {{'test.producing_br' op result #0 must be 32-bit signless integer, but got 'i64'}}
  %0 = "test.producing_br"(%a)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 0>}> : (i32) -> i64
^bb1(%x: i32):
  return
^bb2:
  return
}
