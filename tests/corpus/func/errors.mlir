// Diagnostics, one chunk each (compared with upstream's stderr).
func.func private @two() -> (i8, i16)
func.func @f() {
  %0:2 = call @two() : () -> (i16, i8)
  return
}
// -----
func.func @f(%a: i32) -> i64 {
  return %a : i32
}
// -----
func.func @f(%a: i32) {
  %g = constant @f : (i64) -> ()
  return
}
// -----
func.func @f(%a: i32,
             i64) {
  return
}
// -----
func.func private @f(i1 {undotted})
// -----
func.func @f() attributes {function_type = (i32) -> ()} {
  return
}
// -----
func.func @f()
// -----
func.func @f() {
  func.func @g()
  return
}
// -----
func.func @f(%a: i1, %a: i1) {
  return
}
// -----
func.func @f(%a: i1) {
^entry(%b: i1):
  return
}
// -----
func.func @f(i1) {
  return
}
// -----
func.func @f(%a: i32) {
  %g = constant @f : (i32) -> ()
  call_indirect %g(%a, %a) : (i32) -> ()
  return
}
// -----
func.func @f() -> i32 {
^bb5:
  return
}
