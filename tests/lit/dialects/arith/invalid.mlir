// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// An operand of the wrong type kind.
func.func @addi_float(%a: f32) {
  // expected-error @+1 {{'arith.addi' op operand #0 must be signless-integer-like, but got 'f32'}}
  %0 = arith.addi %a, %a : f32
  return
}
// -----
/// Signed integers are not signless.
func.func @addi_signed(%a: si32) {
  // expected-error @+1 {{'arith.addi' op operand #0 must be signless-integer-like, but got 'si32'}}
  %0 = arith.addi %a, %a : si32
  return
}
// -----
/// Operand and result types differ.
func.func @addi_mismatch(%a: i32, %b: i64) {
  // expected-error @+1 {{'arith.addi' op requires the same type for all operands and results}}
  %0 = "arith.addi"(%a, %b) : (i32, i64) -> i32
  return
}
// -----
/// Float op on integers.
func.func @addf_int(%a: i32) {
  // expected-error @+1 {{'arith.addf' op operand #0 must be floating-point-like, but got 'i32'}}
  %0 = arith.addf %a, %a : i32
  return
}
// -----
/// An unknown overflow flag.
func.func @bad_overflow(%a: i32) {
  // expected-error @+2 {{custom op 'arith.addi' expected ::mlir::arith::IntegerOverflowFlags to be one of: none, nsw, nuw}}
  // expected-error @+1 {{custom op 'arith.addi' failed to parse Arith_IntegerOverflowAttr parameter 'value' which is to be a `::mlir::arith::IntegerOverflowFlags`}}
  %0 = arith.addi %a, %a overflow<wrap> : i32
  return
}
// -----
/// An unknown fast-math flag.
func.func @bad_fastmath(%a: f32) {
  // expected-error @+2 {{custom op 'arith.addf' expected ::mlir::arith::FastMathFlags to be one of: none, reassoc, nnan, ninf, nsz, arcp, contract, afn, fast}}
  // expected-error @+1 {{custom op 'arith.addf' failed to parse Arith_FastMathAttr parameter 'value' which is to be a `::mlir::arith::FastMathFlags`}}
  %0 = arith.addf %a, %a fastmath<quick> : f32
  return
}
// -----
/// An unknown cmpi predicate.
func.func @bad_cmpi_pred(%a: i32) {
  // expected-error @+1 {{custom op 'arith.cmpi' expected string or keyword containing one of the following enum values for attribute 'predicate' [eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge]}}
  %0 = arith.cmpi foo, %a, %a : i32
  return
}
// -----
/// An unknown cmpf predicate.
func.func @bad_cmpf_pred(%a: f32) {
  // expected-error @+1 {{custom op 'arith.cmpf' expected string or keyword containing one of the following enum values for attribute 'predicate' [false, oeq, ogt, oge, olt, ole, one, ord, ueq, ugt, uge, ult, ule, une, uno, true]}}
  %0 = arith.cmpf slt, %a, %a : f32
  return
}
// -----
/// cmpi on floats.
func.func @cmpi_float(%a: f32) {
  // expected-error @+1 {{custom op 'arith.cmpi' 'lhs' must be signless-integer-like, but got 'f32'}}
  %0 = arith.cmpi eq, %a, %a : f32
  return
}
// -----
/// cmpf on integers.
func.func @cmpf_int(%a: i32) {
  // expected-error @+1 {{custom op 'arith.cmpf' 'lhs' must be floating-point-like, but got 'i32'}}
  %0 = arith.cmpf oeq, %a, %a : i32
  return
}
// -----
/// cmpi result must be i1 of the operand shape.
func.func @cmpi_result(%a: vector<4xi32>) {
  // expected-error @+1 {{'arith.cmpi' op failed to verify that result type has i1 element type and same shape as operands}}
  %0 = "arith.cmpi"(%a, %a) <{predicate = 0 : i64}> : (vector<4xi32>, vector<4xi32>) -> i1
  return
}
// -----
/// extui must widen.
func.func @extui_narrow(%a: i32) {
  // expected-error @+1 {{'arith.extui' op operand type 'i32' and result type 'i16' are cast incompatible}}
  %0 = arith.extui %a : i32 to i16
  return
}
// -----
/// extsi to the same width.
func.func @extsi_same(%a: i32) {
  // expected-error @+1 {{'arith.extsi' op operand type 'i32' and result type 'i32' are cast incompatible}}
  %0 = arith.extsi %a : i32 to i32
  return
}
// -----
/// trunci must narrow.
func.func @trunci_wide(%a: i32) {
  // expected-error @+1 {{'arith.trunci' op operand type 'i32' and result type 'i64' are cast incompatible}}
  %0 = arith.trunci %a : i32 to i64
  return
}
// -----
/// extf must widen.
func.func @extf_narrow(%a: f64) {
  // expected-error @+1 {{'arith.extf' op operand type 'f64' and result type 'f32' are cast incompatible}}
  %0 = arith.extf %a : f64 to f32
  return
}
// -----
/// truncf must narrow.
func.func @truncf_wide(%a: f16) {
  // expected-error @+1 {{'arith.truncf' op operand type 'f16' and result type 'f32' are cast incompatible}}
  %0 = arith.truncf %a : f16 to f32
  return
}
// -----
/// Cast between different shapes.
func.func @ext_shape(%a: vector<4xi8>) {
  // expected-error @+1 {{'arith.extsi' op requires the same shape for all operands and results}}
  %0 = arith.extsi %a : vector<4xi8> to vector<8xi16>
  return
}
// -----
/// Cast from a vector to a scalar.
func.func @ext_scalar(%a: vector<4xi8>) {
  // expected-error @+1 {{'arith.extsi' op requires the same shape for all operands and results}}
  %0 = arith.extsi %a : vector<4xi8> to i16
  return
}
// -----
/// index_cast needs an index side.
func.func @index_cast_ints(%a: i32) {
  // expected-error @+1 {{'arith.index_cast' op operand type 'i32' and result type 'i64' are cast incompatible}}
  %0 = arith.index_cast %a : i32 to i64
  return
}
// -----
/// index_castui needs an index side.
func.func @index_castui_ints(%a: index) {
  // expected-error @+1 {{'arith.index_castui' op operand type 'index' and result type 'index' are cast incompatible}}
  %0 = arith.index_castui %a : index to index
  return
}
// -----
/// bitcast must keep the bit width.
func.func @bitcast_width(%a: i32) {
  // expected-error @+1 {{'arith.bitcast' op operand type 'i32' and result type 'f64' are cast incompatible}}
  %0 = arith.bitcast %a : i32 to f64
  return
}
// -----
/// sitofp from a float.
func.func @sitofp_float(%a: f32) {
  // expected-error @+1 {{'arith.sitofp' op operand #0 must be signless-fixed-width-integer-like, but got 'f32'}}
  %0 = arith.sitofp %a : f32 to f64
  return
}
// -----
/// fptosi to a float.
func.func @fptosi_float(%a: f32) {
  // expected-error @+1 {{'arith.fptosi' op result #0 must be signless-fixed-width-integer-like, but got 'f64'}}
  %0 = arith.fptosi %a : f32 to f64
  return
}
// -----
/// uitofp vector to scalar.
func.func @uitofp_shape(%a: vector<2xi32>) {
  // expected-error @+1 {{'arith.uitofp' op requires the same shape for all operands and results}}
  %0 = arith.uitofp %a : vector<2xi32> to vector<3xf32>
  return
}
// -----
/// A constant of the wrong type.
func.func @constant_type() {
  // expected-error @+1 {{'arith.constant' op failed to verify that all of {value, result} have same type}}
  %0 = "arith.constant"() <{value = 1 : i32}> : () -> i64
  return
}
// -----
/// A string constant.
func.func @constant_string() {
  // expected-error @+1 {{'arith.constant' op value must be an integer, float, or elements attribute}}
  %0 = "arith.constant"() <{value = "s"}> : () -> none
  return
}
// -----
/// An unsigned constant.
func.func @constant_unsigned() {
  // expected-error @+1 {{'arith.constant' op integer return type must be signless}}
  %0 = arith.constant 3 : ui8
  return
}
// -----
/// An integer constant out of range.
func.func @constant_range() {
  // expected-error @+1 {{integer constant out of range for attribute}}
  %0 = arith.constant 256 : i8
  return
}
// -----
/// A non-splat constant for a scalable vector.
func.func @constant_scalable() {
  // expected-error @+1 {{'arith.constant' op intializing scalable vectors with elements attribute is not supported unless it's a vector splat}}
  %0 = arith.constant dense<[1, 2]> : vector<[2]xi32>
  return
}
// -----
/// Missing value attribute.
func.func @constant_missing() {
  // expected-error @+1 {{'arith.constant' op requires attribute 'value'}}
  %0 = "arith.constant"() : () -> i32
  return
}
// -----
/// select with mismatched value types.
func.func @select_types(%c: i1, %a: i32, %b: i64) {
  // expected-error @+1 {{'arith.select' op failed to verify that all of {true_value, false_value, result} have same type}}
  %0 = "arith.select"(%c, %a, %b) : (i1, i32, i64) -> i32
  return
}
// -----
/// select with a condition of the wrong shape.
func.func @select_cond_shape(%c: vector<2xi1>, %a: vector<4xi32>) {
  // expected-error @+1 {{'arith.select' op failed to verify that condition is signless i1 or has matching shape}}
  %0 = arith.select %c, %a, %a : vector<2xi1>, vector<4xi32>
  return
}
// -----
/// select with a non-i1 condition.
func.func @select_cond_type(%c: i32, %a: i32) {
  // expected-error @+1 {{'arith.select' op operand #0 must be bool-like, but got 'i32'}}
  %0 = "arith.select"(%c, %a, %a) : (i32, i32, i32) -> i32
  return
}
// -----
/// addui_extended overflow result of the wrong type.
func.func @addui_extended_type(%a: i32) {
  // expected-error @+1 {{'arith.addui_extended' op result #1 must be bool-like, but got 'i32'}}
  %0, %1 = arith.addui_extended %a, %a : i32, i32
  return
}
// -----
/// addui_extended overflow result of the wrong shape.
func.func @addui_extended_shape(%a: vector<4xi32>) {
  // expected-error @+1 {{'arith.addui_extended' op all non-scalar operands/results must have the same shape and base type}}
  %0, %1 = arith.addui_extended %a, %a : vector<4xi32>, vector<2xi1>
  return
}
// -----
/// mulsi_extended with mismatched results.
func.func @mulsi_extended_types(%a: i32) {
  // expected-error @+1 {{'arith.mulsi_extended' op failed to verify that all of {lhs, rhs, low, high} have same type}}
  %0:2 = "arith.mulsi_extended"(%a, %a) : (i32, i32) -> (i32, i64)
  return
}
// -----
/// scaling_extf with a scale of the wrong shape.
func.func @scaling_extf_shape(%a: vector<4xf8E4M3FN>, %s: vector<2xf8E8M0FNU>) {
  // expected-error @+1 {{'arith.scaling_extf' op all non-scalar operands/results must have the same shape and base type}}
  %0 = arith.scaling_extf %a, %s : vector<4xf8E4M3FN>, vector<2xf8E8M0FNU> to vector<4xf32>
  return
}
// -----
/// scaling_truncf must narrow.
func.func @scaling_truncf_wide(%a: f16, %s: f8E8M0FNU) {
  // expected-error @+1 {{'arith.scaling_truncf' op operand types 'f16', 'f8E8M0FNU' and result type 'f32' are cast incompatible}}
  %0 = arith.scaling_truncf %a, %s : f16, f8E8M0FNU to f32
  return
}
// -----
/// scaling_extf must widen.
func.func @scaling_extf_narrow(%a: f32, %s: f8E8M0FNU) {
  // expected-error @+1 {{'arith.scaling_extf' op operand types 'f32', 'f8E8M0FNU' and result type 'f16' are cast incompatible}}
  %0 = arith.scaling_extf %a, %s : f32, f8E8M0FNU to f16
  return
}
// -----
/// Elementwise: vector operand with scalar result in generic form.
func.func @elementwise(%a: vector<4xi32>) {
  // expected-error @+1 {{'arith.negf' op operand #0 must be floating-point-like, but got 'vector<4xi32>'}}
  %0 = "arith.negf"(%a) : (vector<4xi32>) -> i32
  return
}
// -----
/// Elementwise with mixed vector and tensor.
func.func @elementwise_mixed(%a: vector<4xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'arith.addf' op all non-scalar operands/results must have the same shape and base type}}
  %0 = "arith.addf"(%a, %b) : (vector<4xf32>, tensor<4xf32>) -> vector<4xf32>
  return
}
// -----
/// A wrong number of operands.
func.func @operand_count(%a: i32) {
  // expected-error @+1 {{'arith.addi' op expected 2 operands, but found 1}}
  %0 = "arith.addi"(%a) : (i32) -> i32
  return
}
// -----
/// memref of i64 to memref of i32 in index_cast.
func.func @index_cast_memref(%a: memref<2xi64>) {
  // expected-error @+1 {{'arith.index_cast' op operand type 'memref<2xi64>' and result type 'memref<2xi32>' are cast incompatible}}
  %0 = arith.index_cast %a : memref<2xi64> to memref<2xi32>
  return
}
// -----
/// Empty fastmath list.
func.func @fastmath_empty(%a: f32) {
  // expected-error @+2 {{custom op 'arith.addf' expected valid keyword or string}}
  // expected-error @+1 {{custom op 'arith.addf' failed to parse Arith_FastMathAttr parameter 'value' which is to be a `::mlir::arith::FastMathFlags`}}
  %0 = arith.addf %a, %a fastmath<> : f32
  return
}
// -----
/// A cast between a scalable and a fixed vector of the same size.
func.func @cast_scalable(%a: vector<[4]xi32>) {
  // expected-error @+1 {{'arith.extsi' op requires the same shape for all operands and results}}
  %0 = arith.extsi %a : vector<[4]xi32> to vector<4xi64>
  return
}
// -----
/// The same, fixed to scalable.
func.func @cast_to_scalable(%a: vector<4xf32>) {
  // expected-error @+1 {{'arith.fptoui' op requires the same shape for all operands and results}}
  %0 = arith.fptoui %a : vector<4xf32> to vector<[4]xi32>
  return
}
// -----
/// A missing cmpi predicate (reported at the next token).
func.func @cmpi_no_pred(%a: i32) {
  // expected-error @+1 {{custom op 'arith.cmpi' expected string or keyword containing one of the following enum values for attribute 'predicate' [eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge]}}
  %0 = arith.cmpi %a, %a : i32
  return
}
// -----
/// A keyword that only starts like a predicate.
func.func @cmpf_dotted_pred(%a: f32) {
  // expected-error @+1 {{custom op 'arith.cmpf' expected string or keyword containing one of the following enum values for attribute 'predicate' [false, oeq, ogt, oge, olt, ole, one, ord, ueq, ugt, uge, ult, ule, une, uno, true]}}
  %0 = arith.cmpf oeq.x, %a, %a : f32
  return
}
// -----
/// A string naming no predicate.
func.func @cmpf_string_pred(%a: f32) {
  // expected-error @+1 {{custom op 'arith.cmpf' invalid predicate attribute specification: "foo"}}
  %0 = arith.cmpf "foo", %a, %a : f32
  return
}
// -----
/// A string naming no rounding mode.
func.func @truncf_string_mode(%a: f64) {
  // expected-error @+1 {{custom op 'arith.truncf' invalid roundingmode attribute specification: "nearest"}}
  %0 = arith.truncf %a "nearest" : f64 to f32
  return
}
// -----
/// An unknown rounding-mode keyword: the optional group is absent, so ':' is expected.
func.func @truncf_bad_mode(%a: f64) {
  // expected-error @+1 {{expected ':'}}
  %0 = arith.truncf %a nearest : f64 to f32
  return
}
// -----
/// After the operands of an op with optional flags, the type is what is required.
func.func @addi_junk(%a: i32) {
  // expected-error @+1 {{expected ':'}}
  %0 = arith.addi %a, %a 3 : i32
  return
}
