// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// A float op on integers.
func.func @sqrt_int(%a: i32) {
  // expected-error @+1 {{'math.sqrt' op operand #0 must be floating-point-like, but got 'i32'}}
  %0 = math.sqrt %a : i32
  return
}
// -----
/// An integer op on floats.
func.func @ctlz_float(%a: f32) {
  // expected-error @+1 {{'math.ctlz' op operand #0 must be signless-integer-like, but got 'f32'}}
  %0 = math.ctlz %a : f32
  return
}
// -----
/// Classification ops need a float operand (checked while parsing).
func.func @isnan_int(%a: i32) {
  // expected-error @+1 {{custom op 'math.isnan' 'operand' must be floating-point-like, but got 'i32'}}
  %0 = math.isnan %a : i32
  return
}
// -----
/// Classification result must be i1 of the operand's shape.
func.func @isinf_result(%a: vector<4xf32>) {
  // expected-error @+1 {{'math.isinf' op failed to verify that result type has i1 element type and same shape as operands}}
  %0 = "math.isinf"(%a) : (vector<4xf32>) -> i1
  return
}
// -----
/// fpowi's exponent must be an integer.
func.func @fpowi_float_exp(%a: f32) {
  // expected-error @+1 {{'math.fpowi' op operand #1 must be signless-integer-like, but got 'f32'}}
  %0 = math.fpowi %a, %a : f32, f32
  return
}
// -----
/// fpowi's operands must have the same shape.
func.func @fpowi_shape(%a: vector<4xf32>, %b: vector<2xi32>) {
  // expected-error @+1 {{'math.fpowi' op requires the same shape for all operands and results}}
  %0 = math.fpowi %a, %b : vector<4xf32>, vector<2xi32>
  return
}
// -----
/// Operand and result types differ.
func.func @absf_mismatch(%a: f32) {
  // expected-error @+1 {{'math.absf' op requires the same type for all operands and results}}
  %0 = "math.absf"(%a) : (f32) -> f64
  return
}
// -----
/// A dynamic operand with a static result: the inferred type differs.
func.func @absf_inferred(%a: tensor<?xf32>) {
  // expected-error @+2 {{'math.absf' op inferred type(s) 'tensor<?xf32>' are incompatible with return type(s) of operation 'tensor<4xf32>'}}
  // expected-error @+1 {{'math.absf' op failed to infer returned types}}
  %0 = "math.absf"(%a) : (tensor<?xf32>) -> tensor<4xf32>
  return
}
// -----
/// Elementwise: vector and tensor mixed.
func.func @atan2_mixed(%a: vector<4xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'math.atan2' op all non-scalar operands/results must have the same shape and base type}}
  %0 = "math.atan2"(%a, %b) : (vector<4xf32>, tensor<4xf32>) -> vector<4xf32>
  return
}
// -----
/// fma needs three operands.
func.func @fma_count(%a: f32) {
  // expected-error @+1 {{'math.fma' op expected 3 operands, but found 2}}
  %0 = "math.fma"(%a, %a) : (f32, f32) -> f32
  return
}
// -----
/// sincos results must match the operand.
func.func @sincos_types(%a: f32) {
  // expected-error @+1 {{'math.sincos' op failed to verify that all of {operand, sin, cos} have same type}}
  %0:2 = "math.sincos"(%a) : (f32) -> (f32, f64)
  return
}
// -----
/// clampf bounds must have the operand's type.
func.func @clampf_types(%a: f32, %b: f64) {
  // expected-error @+1 {{'math.clampf' op requires the same type for all operands and results}}
  %0 = "math.clampf"(%a, %b, %b) : (f32, f64, f64) -> f32
  return
}
// -----
/// An unknown fast-math flag.
func.func @bad_fastmath(%a: f32) {
  // expected-error @+2 {{custom op 'math.exp' expected ::mlir::arith::FastMathFlags to be one of: none, reassoc, nnan, ninf, nsz, arcp, contract, afn, fast}}
  // expected-error @+1 {{custom op 'math.exp' failed to parse Arith_FastMathAttr parameter 'value' which is to be a `::mlir::arith::FastMathFlags`}}
  %0 = math.exp %a fastmath<quick> : f32
  return
}
// -----
/// ipowi on floats.
func.func @ipowi_float(%a: f32) {
  // expected-error @+1 {{'math.ipowi' op operand #0 must be signless-integer-like, but got 'f32'}}
  %0 = math.ipowi %a, %a : f32
  return
}
// -----
/// absi on a signed integer.
func.func @absi_signed(%a: si8) {
  // expected-error @+1 {{'math.absi' op operand #0 must be signless-integer-like, but got 'si8'}}
  %0 = math.absi %a : si8
  return
}
