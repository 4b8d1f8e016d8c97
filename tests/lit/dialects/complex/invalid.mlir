// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// Arithmetic needs complex numbers of floats.
func.func @abs_int(%a: complex<i32>) {
  // expected-error @+1 {{'complex.abs' op operand #0 must be complex type with floating-point elements, but got 'complex<i32>'}}
  %0 = "complex.abs"(%a) : (complex<i32>) -> i32
  return
}

// -----

/// abs, re, im and angle give the element type.
func.func @abs_result(%a: complex<f32>) {
  // expected-error @+1 {{'complex.abs' op failed to verify that complex element type matches result type}}
  %0 = "complex.abs"(%a) : (complex<f32>) -> f64
  return
}

// -----

func.func @im_result(%a: complex<f32>) {
  // expected-error @+1 {{'complex.im' op failed to verify that complex element type matches result type}}
  %0 = "complex.im"(%a) : (complex<f32>) -> f16
  return
}

// -----

/// The custom form reads the operand type first: a complex of integers is rejected there.
func.func @re_int(%a: complex<i32>) {
  // expected-error @+1 {{custom op 'complex.re' 'complex' must be complex type with floating-point elements, but got 'complex<i32>'}}
  %0 = complex.re %a : complex<i32>
  return
}

// -----

/// A type directive of a complex part parses only a complex type.
func.func @add_float(%a: f32) {
  // expected-error @+1 {{custom op 'complex.add' invalid kind of type specified: expected builtin.complex, but found 'f32'}}
  %0 = complex.add %a, %a : f32
  return
}

// -----

func.func @add_float_generic(%a: f32) {
  // expected-error @+1 {{'complex.add' op operand #0 must be complex type with floating-point elements, but got 'f32'}}
  %0 = "complex.add"(%a, %a) : (f32, f32) -> f32
  return
}

// -----

func.func @add_mixed(%a: complex<f32>, %b: complex<f64>) {
  // expected-error @+1 {{'complex.add' op requires the same type for all operands and results}}
  %0 = "complex.add"(%a, %b) : (complex<f32>, complex<f64>) -> complex<f32>
  return
}

// -----

func.func @cos_result(%a: complex<f32>) {
  // expected-error @+1 {{'complex.cos' op requires the same type for all operands and results}}
  %0 = "complex.cos"(%a) : (complex<f32>) -> complex<f64>
  return
}

// -----

/// Unknown fast-math flags.
func.func @bad_flag(%a: complex<f32>) {
  // expected-error @+2 {{custom op 'complex.add' expected ::mlir::arith::FastMathFlags to be one of: none, reassoc, nnan, ninf, nsz, arcp, contract, afn, fast}}
  // expected-error @+1 {{custom op 'complex.add' failed to parse Arith_FastMathAttr parameter 'value' which is to be a `::mlir::arith::FastMathFlags`}}
  %0 = complex.add %a, %a fastmath<bogus> : complex<f32>
  return
}

// -----

/// Comparisons take two numbers of one type and give an i1.
func.func @eq_mixed(%a: complex<f32>, %b: complex<f64>) {
  // expected-error @+1 {{'complex.eq' op failed to verify that all of {lhs, rhs} have same type}}
  %0 = "complex.eq"(%a, %b) : (complex<f32>, complex<f64>) -> i1
  return
}

// -----

func.func @neq_result(%a: complex<f32>) {
  // expected-error @+1 {{'complex.neq' op result #0 must be 1-bit signless integer, but got 'i32'}}
  %0 = "complex.neq"(%a, %a) : (complex<f32>, complex<f32>) -> i32
  return
}

// -----

/// create takes two parts of the element type.
func.func @create_mixed(%a: f32, %b: f64) {
  // expected-error @+1 {{'complex.create' op failed to verify that all of {real, imaginary} have same type}}
  %0 = "complex.create"(%a, %b) : (f32, f64) -> complex<f32>
  return
}

// -----

func.func @create_element(%a: f64) {
  // expected-error @+1 {{'complex.create' op failed to verify that complex element type matches real operand type}}
  %0 = "complex.create"(%a, %a) : (f64, f64) -> complex<f32>
  return
}

// -----

func.func @create_float(%a: f32) {
  // expected-error @+1 {{custom op 'complex.create' invalid kind of type specified: expected builtin.complex, but found 'f32'}}
  %0 = complex.create %a, %a : f32
  return
}

// -----

/// powi: the base and the result have one type; the exponent is a signless integer.
func.func @powi_result(%a: complex<f32>, %n: i32) {
  // expected-error @+1 {{'complex.powi' op failed to verify that all of {lhs, result} have same type}}
  %0 = "complex.powi"(%a, %n) : (complex<f32>, i32) -> complex<f64>
  return
}

// -----

func.func @powi_index(%a: complex<f32>, %n: index) {
  // expected-error @+1 {{'complex.powi' op operand #1 must be signless integer, but got 'index'}}
  %0 = "complex.powi"(%a, %n) : (complex<f32>, index) -> complex<f32>
  return
}

// -----

func.func @powi_float(%a: complex<f32>, %n: f32) {
  // expected-error @+1 {{custom op 'complex.powi' invalid kind of type specified: expected builtin.integer, but found 'f32'}}
  %0 = complex.powi %a, %n : complex<f32>, f32
  return
}

// -----

/// A constant is an array of two numbers of the element type.
func.func @constant_one() {
  // expected-error @+1 {{'complex.constant' op requires 'value' to be a complex constant, represented as array of two values}}
  %0 = complex.constant [1.0 : f32] : complex<f32>
  return
}

// -----

func.func @constant_string() {
  // expected-error @+1 {{'complex.constant' op requires attribute's elements to be float or integer attributes}}
  %0 = complex.constant ["a", 1.0 : f32] : complex<f32>
  return
}

// -----

func.func @constant_types() {
  // expected-error @+1 {{'complex.constant' op requires attribute's element types ('f64', 'f32') to match the element type of the op's return type ('f32')}}
  %0 = complex.constant [1.0 : f64, 1.0 : f32] : complex<f32>
  return
}

// -----

func.func @constant_int_types() {
  // expected-error @+1 {{'complex.constant' op requires attribute's element types ('i64', 'i32') to match the element type of the op's return type ('i32')}}
  %0 = complex.constant [1 : i64, 2 : i32] : complex<i32>
  return
}

// -----

func.func @constant_not_complex() {
  // expected-error @+1 {{custom op 'complex.constant' invalid kind of type specified: expected builtin.complex, but found 'f32'}}
  %0 = complex.constant [1.0 : f32, 1.0 : f32] : f32
  return
}

// -----

/// The value must be an array: other literals are rejected (a float at the next token).
func.func @constant_float() {
  // expected-error @+2 {{floating point value not valid for specified type}}
  %0 = complex.constant 1.0
    : complex<f32>
  return
}

// -----

func.func @constant_integer() {
  // expected-error @+1 {{integer literal not valid for specified type}}
  %0 = complex.constant 1 : complex<f32>
  return
}

// -----

func.func @constant_string_value() {
  // expected-error @+1 {{custom op 'complex.constant' invalid kind of attribute specified}}
  %0 = complex.constant "s" : complex<f32>
  return
}

// -----

/// A bitcast changes between a complex number and an integer or float of its width.
func.func @bitcast_width(%a: complex<f32>) {
  // expected-error @+1 {{'complex.bitcast' op casting bitwidths do not match}}
  %0 = complex.bitcast %a : complex<f32> to i32
  return
}

// -----

func.func @bitcast_two_complex(%a: complex<f32>) {
  // expected-error @+1 {{'complex.bitcast' op requires that either input or output has a complex type}}
  %0 = complex.bitcast %a : complex<f32> to complex<f64>
  return
}

// -----

func.func @bitcast_no_complex(%a: i64) {
  // expected-error @+1 {{'complex.bitcast' op requires that either input or output has a complex type}}
  %0 = complex.bitcast %a : i64 to f64
  return
}

// -----

func.func @bitcast_vector(%a: vector<2xf32>) {
  // expected-error @+1 {{'complex.bitcast' op operand must be int/float/complex}}
  %0 = complex.bitcast %a : vector<2xf32> to complex<f32>
  return
}

// -----

func.func @bitcast_index(%a: complex<f32>) {
  // expected-error @+1 {{'complex.bitcast' op result must be int/float/complex}}
  %0 = complex.bitcast %a : complex<f32> to index
  return
}

// -----

/// `#complex.number` parts are float literals.
// expected-error @+2 {{unexpected decimal integer literal for a floating point value}}
// expected-note @+1 {{add a trailing dot to make the literal a float}}
func.func @number_int() attributes {a = #complex.number<:f32 1, 2.0>} {
  return
}

// -----

// expected-error @+1 {{hexadecimal float literal should not have a leading minus}}
func.func @number_neg_hex() attributes {a = #complex.number<:f32 -0x3FF0000000000000, 2.0>} {
  return
}

// -----

// expected-error @+1 {{expected ','}}
func.func @number_comma() attributes {a = #complex.number<:f32 1.0 2.0>} {
  return
}

// -----

/// A character no token starts with is the lexer's error, before a missing ','.
// expected-error @+1 {{unexpected character}}
func.func @number_bad_char() attributes {a = #complex.number<:f32 1.0 ; 2.0>} {
  return
}
