// Invalid complex IR, one case per chunk: upstream's diagnostics at upstream's positions.
func.func @f(%a: complex<i32>) {
  %0 = "complex.abs"(%a) : (complex<i32>) -> i32
  return
}
// -----
func.func @f(%a: complex<f32>) {
  %0 = "complex.angle"(%a) : (complex<f32>) -> f64
  return
}
// -----
func.func @f(%a: f32) {
  %0 = complex.abs %a : f32
  return
}
// -----
func.func @f(%a: complex<i32>) {
  %0 = complex.im %a : complex<i32>
  return
}
// -----
func.func @f(%a: complex<f32>, %b: complex<f64>) {
  %0 = "complex.sub"(%a, %b) : (complex<f32>, complex<f64>) -> complex<f32>
  return
}
// -----
func.func @f(%a: complex<f32>, %b: complex<f64>) {
  %0 = "complex.neq"(%a, %b) : (complex<f32>, complex<f64>) -> i1
  return
}
// -----
func.func @f(%a: f32) {
  %0 = complex.eq %a, %a : f32
  return
}
// -----
func.func @f(%a: f64, %b: f64) {
  %0 = "complex.create"(%a, %b) : (f64, f64) -> complex<f32>
  return
}
// -----
func.func @f(%a: f32, %b: f64) {
  %0 = "complex.create"(%a, %b) : (f32, f64) -> complex<f32>
  return
}
// -----
func.func @f(%a: complex<f32>) {
  %0 = "complex.tanh"(%a) : (complex<f32>) -> complex<f64>
  return
}
// -----
func.func @f(%a: complex<f32>, %n: i32) {
  %0 = complex.powi %a, %n : f32, i32
  return
}
// -----
func.func @f(%a: complex<f32>, %n: si32) {
  %0 = "complex.powi"(%a, %n) : (complex<f32>, si32) -> complex<f32>
  return
}
// -----
func.func @f(%a: complex<f32>) {
  %0 = complex.mul %a, %a fastmath<slow> : complex<f32>
  return
}
// -----
func.func @f() {
  %0 = complex.constant [1.0 : f32, 2.0 : f32, 3.0 : f32] : complex<f32>
  return
}
// -----
func.func @f() {
  %0 = complex.constant [1.0 : f32, unit] : complex<f32>
  return
}
// -----
func.func @f() {
  %0 = complex.constant [1.0 : bf16, 2.0 : bf16] : complex<f16>
  return
}
// -----
func.func @f() {
  %0 = complex.constant -1.5 : complex<f32>
  return
}
// -----
func.func @f() {
  %0 = complex.constant {a = 1} : complex<f32>
  return
}
// -----
func.func @f(%a: complex<f64>) {
  %0 = complex.bitcast %a : complex<f64> to i64
  return
}
// -----
func.func @f(%a: f16) {
  %0 = complex.bitcast %a : f16 to bf16
  return
}
// -----
func.func @f(%a: tensor<2xf32>) {
  %0 = complex.bitcast %a : tensor<2xf32> to complex<f32>
  return
}
// -----
func.func @f(%a: complex<f16>) {
  %0 = complex.bitcast %a : complex<f16> to memref<i32>
  return
}
// -----
"test.foo"() {a = #complex.number<:f32 1, 2.0>} : () -> ()
// -----
"test.foo"() {a = #complex.number<:f32 -0x1, 2.0>} : () -> ()
// -----
"test.foo"() {a = #complex.number<:f32 1.0 ; 2.0>} : () -> ()
// -----
"test.foo"() {a = #complex.number<f32 1.0, 2.0>} : () -> ()
// -----
"test.foo"() {a = #complex.bogus} : () -> ()
