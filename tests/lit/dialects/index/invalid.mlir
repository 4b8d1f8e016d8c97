// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// A cast needs index on exactly one side.
func.func @cast_index_to_index(%a: index) {
  // expected-error @below {{'index.casts' op operand type 'index' and result type 'index' are cast incompatible}}
  %0 = index.casts %a : index to index
  return
}

// -----

/// A cast needs index on exactly one side, also for castu.
func.func @castu_int_to_int(%a: i16) {
  // expected-error @below {{'index.castu' op operand type 'i16' and result type 'i8' are cast incompatible}}
  %0 = index.castu %a : i16 to i8
  return
}

// -----

/// Casts only take integers and index.
func.func @cast_to_float(%a: index) {
  // expected-error @below {{'index.casts' op result #0 must be integer or index, but got 'f32'}}
  %0 = index.casts %a : index to f32
  return
}

// -----

/// An unknown predicate keyword: the enum's error, then the attribute parser's.
func.func @bad_predicate(%a: index) {
  // expected-error @below {{custom op 'index.cmp' expected ::mlir::index::IndexCmpPredicate to be one of: eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge}}
  // expected-error @below {{custom op 'index.cmp' failed to parse IndexCmpPredicateAttr parameter 'value' which is to be a `::mlir::index::IndexCmpPredicate`}}
  %0 = index.cmp lt(%a, %a)
  return
}

// -----

/// The same in the attribute's own syntax, without the custom-op prefix.
func.func @bad_predicate_attr(%a: index) {
  // expected-error @below {{expected ::mlir::index::IndexCmpPredicate to be one of: eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge}}
  // expected-error @below {{failed to parse IndexCmpPredicateAttr parameter 'value' which is to be a `::mlir::index::IndexCmpPredicate`}}
  %0 = "index.cmp"(%a, %a) <{pred = #index<cmp_predicate lt>}> : (index, index) -> i1
  return
}

// -----

/// Operands of the binary ops are index.
func.func @add_i32(%a: i32) {
  // expected-error @below {{'index.add' op operand #0 must be index, but got 'i32'}}
  %0 = "index.add"(%a, %a) : (i32, i32) -> index
  return
}

// -----

/// index.cmp produces i1.
func.func @cmp_result(%a: index) {
  // expected-error @below {{'index.cmp' op result #0 must be 1-bit signless integer, but got 'i8'}}
  %0 = "index.cmp"(%a, %a) <{pred = #index<cmp_predicate eq>}> : (index, index) -> i8
  return
}

// -----

/// A constant must fit a signed 64-bit integer.
func.func @constant_too_large() {
  // expected-error @below {{integer constant out of range for attribute}}
  %0 = index.constant 9223372036854775808
  return
}

// -----

/// A constant is an integer: a string is the wrong kind of attribute.
func.func @constant_string() {
  // expected-error @below {{custom op 'index.constant' invalid kind of attribute specified}}
  %0 = index.constant "7"
  return
}

// -----

/// A float literal is reported at the token after it, as upstream does.
func.func @constant_float() {
  %0 = index.constant 1.5
  // expected-error @below {{floating point value not valid for specified type}}
  return
}

// -----

/// The constant's value must be an index attribute.
func.func @constant_i32() {
  // expected-error @below {{'index.constant' op attribute 'value' failed to satisfy constraint: index attribute}}
  %0 = "index.constant"() <{value = 3 : i32}> : () -> index
  return
}

// -----

/// sizeof produces index.
func.func @sizeof_i64() {
  // expected-error @below {{'index.sizeof' op result #0 must be index, but got 'i64'}}
  %0 = "index.sizeof"() : () -> i64
  return
}
