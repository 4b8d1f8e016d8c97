// Diagnostics, one chunk each (compared with upstream's stderr).
func.func @f(%a: i32) {
  cf.br ^bb1(%a, %a : i32, i32)
^bb1(%x: i32):
  return
}
// -----
func.func @f(%c: i1, %a: i32) {
  cf.cond_br %c, ^bb1(%a : i32), ^bb1(%c : i1)
^bb1(%x: i32):
  return
}
// -----
func.func @f(%c: i1) {
  cf.cond_br %c weights([1, 2, 3, 4]), ^bb1, ^bb1
^bb1:
  return
}
// -----
func.func @f(%c: i1) {
  cf.cond_br %c weights([0, 0]), ^bb1, ^bb1
^bb1:
  return
}
// -----
func.func @f(%f: index) {
  cf.switch %f : index, [
    default: ^bb1
  ]
^bb1:
  return
}
// -----
func.func @f(%f: i32) {
  cf.switch %f : i32, [
    dflt: ^bb1
  ]
^bb1:
  return
}
// -----
func.func @f(%f: i32) {
  cf.switch %f : i32, [
    default: ^bb1,
    7 ^bb1
  ]
^bb1:
  return
}
// -----
func.func @f(%f: i32) {
  cf.switch %f : i32, [
    default: ^bb1,
    99999999999999999999: ^bb1
  ]
^bb1:
  return
}
// -----
func.func @f(%f: i32) {
  "cf.switch"(%f)[^bb1, ^bb1] <{case_operand_segments = array<i32: 0>, case_values = dense<3> : vector<1xi8>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
^bb1:
  return
}
// -----
func.func @f(%c: i1) {
  cf.br ^bb1
  return
^bb1:
  return
}
