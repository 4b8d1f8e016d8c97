// Diagnostics, one chunk each (compared with upstream's stderr).
func.func @f(%a: index) {
  %0 = index.castu %a : index to index
  return
}
// -----
func.func @f(%a: index) {
  %0 = index.cmp lge(%a, %a)
  return
}
// -----
func.func @f() {
  %0 = index.constant -9223372036854775809
  return
}
// -----
func.func @f() {
  %0 = index.constant [1]
  return
}
// -----
func.func @f() {
  %0 = index.constant 2.0
  return
}
// -----
func.func @f() {
  %0 = "index.bool.constant"() <{value = true}> : () -> i8
  return
}
// -----
func.func @f(%a: index) {
  %0 = index.add %a, %a : index
  return
}
// -----
func.func @f(%a: i64) {
  %0 = index.casts %a : i64 to vector<2xindex>
  return
}
