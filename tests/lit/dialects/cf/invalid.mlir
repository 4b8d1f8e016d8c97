// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// Forwarded operands must match the successor's arguments in number and type.
func.func @br_count(%a: i32) {
  // expected-error @below {{branch has 1 operands for successor #0, but target block has 0}}
  cf.br ^bb1(%a : i32)
^bb1:
  return
}

// -----

func.func @br_type(%a: i32) {
  // expected-error @below {{type mismatch for bb argument #0 of successor #0}}
  cf.br ^bb1(%a : i32)
^bb1(%x: i16):
  return
}

// -----

func.func @cond_br_false_count(%c: i1, %a: i32) {
  // expected-error @below {{branch has 0 operands for successor #1, but target block has 1}}
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  return
^bb2(%x: i32):
  return
}

// -----

/// The condition is an i1.
func.func @cond_br_condition(%c: i32) {
  // expected-error @below {{'cf.cond_br' op operand #0 must be 1-bit signless integer, but got 'i32'}}
  "cf.cond_br"(%c)[^bb1, ^bb1] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
^bb1:
  return
}

// -----

/// Branch weights: one per successor, not all zero.
func.func @weights_count(%c: i1) {
  // expected-error @below {{expects number of branch weights to match number of successors: 3 vs 2}}
  cf.cond_br %c weights([1, 2, 3]), ^bb1, ^bb1
^bb1:
  return
}

// -----

func.func @weights_zero(%c: i1) {
  // expected-error @below {{branch weights cannot all be zero}}
  cf.cond_br %c weights([0, 0]), ^bb1, ^bb1
^bb1:
  return
}

// -----

/// The switch flag is an integer.
func.func @switch_float_flag(%f: f32) {
  // expected-error @below {{custom op 'cf.switch' invalid kind of type specified: expected builtin.integer, but found 'f32'}}
  cf.switch %f : f32, [
    default: ^bb1
  ]
^bb1:
  return
}

// -----

/// The default destination comes first.
func.func @switch_no_default(%f: i32) {
  cf.switch %f : i32, [
    // expected-error @below {{custom op 'cf.switch' expected 'default'}}
    1: ^bb1
  ]
^bb1:
  return
}

// -----

func.func @switch_default_colon(%f: i32) {
  cf.switch %f : i32, [
    // expected-error @below {{expected ':'}}
    default ^bb1
  ]
^bb1:
  return
}

// -----

/// A case value is an integer that fits 64 bits.
func.func @switch_case_word(%f: i32) {
  cf.switch %f : i32, [
    default: ^bb1,
    // expected-error @below {{custom op 'cf.switch' expected integer value}}
    one: ^bb1
  ]
^bb1:
  return
}

// -----

func.func @switch_case_too_large(%f: i32) {
  cf.switch %f : i32, [
    default: ^bb1,
    // expected-error @below {{custom op 'cf.switch' integer value too large}}
    18446744073709551616: ^bb1
  ]
^bb1:
  return
}

// -----

/// Case operands need their types.
func.func @switch_case_types(%f: i32) {
  cf.switch %f : i32, [
    default: ^bb1,
    // expected-error @below {{expected ':'}}
    2: ^bb2(%f)
  ]
^bb1:
  return
^bb2(%x: i32):
  return
}

// -----

/// Generic form: the case values have the flag's type and one per case destination.
func.func @switch_case_type(%f: i32) {
  // expected-error @below {{'cf.switch' op 'flag' type ('i32') should match case value type ('i64')}}
  "cf.switch"(%f)[^bb1, ^bb1] <{case_operand_segments = array<i32: 0>, case_values = dense<7> : vector<1xi64>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
^bb1:
  return
}

// -----

func.func @switch_case_count(%f: i32) {
  // expected-error @below {{'cf.switch' op number of case values (2) should match number of case destinations (1)}}
  "cf.switch"(%f)[^bb1, ^bb1] <{case_operand_segments = array<i32: 0>, case_values = dense<[1, 2]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
^bb1:
  return
}

// -----

func.func @switch_segments(%f: i32) {
  // expected-error @below {{'cf.switch' op caseOperands count (0) does not match with the total size (1) specified in attribute 'case_operand_segments'}}
  "cf.switch"(%f)[^bb1, ^bb1] <{case_operand_segments = array<i32: 1>, case_values = dense<1> : vector<1xi32>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
^bb1:
  return
}

// -----

/// Only the last op of a block may branch.
func.func @branch_in_middle() {
  // expected-error @below {{operation with block successors must terminate its parent block}}
  cf.br ^bb1
  return
^bb1:
  return
}

// -----

/// Successors are blocks of the same region.
func.func @undefined_block() {
  // expected-error @below {{reference to an undefined block}}
  cf.br ^missing
}

// -----

/// A case missing its comma is reported after the previous case, as upstream does.
func.func @switch_case_without_comma(%f: i32) {
  cf.switch %f : i32, [
    default: ^bb1,
    // expected-error @below {{expected ']'}}
    1: ^bb1

    2: ^bb1
  ]
^bb1:
  return
}
