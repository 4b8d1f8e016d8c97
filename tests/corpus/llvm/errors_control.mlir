llvm.func @f() -> i32 {
  llvm.return
}
// -----
llvm.func @f() {
  %0 = llvm.mlir.constant(1 : i32) : i32
  llvm.return %0 : i32
}
// -----
llvm.func @f() -> i64 {
  %0 = llvm.mlir.constant(1 : i32) : i32
  llvm.return %0 : i32
}
// -----
llvm.func @g(i32) -> i32
llvm.func @f() {
  %0 = llvm.call @g() : () -> i32
  llvm.return
}
// -----
llvm.func @g(i32) -> i32
llvm.func @f(%a: i64) {
  %0 = llvm.call @g(%a) : (i64) -> i32
  llvm.return
}
// -----
llvm.func @g(i32) -> i32
llvm.func @f(%a: i32) {
  %0 = llvm.call @g(%a) : (i32) -> i64
  llvm.return
}
// -----
llvm.func @f(%a: i32) {
  %0 = llvm.call @nothere(%a) : (i32) -> i64
  llvm.return
}
// -----
llvm.func @g(i32) -> i32
llvm.func @f(%a: i32) {
  llvm.call @g(%a) : (i32) -> ()
  llvm.return
}
// -----
llvm.func @g(i32, ...) -> i32
llvm.func @f(%a: i32) {
  %0 = llvm.call @g(%a) : (i32) -> i32
  llvm.return
}
// -----
llvm.func @f(%a: i32) {
  %0 = llvm.call @f(%a) : (i32) -> (i32, i32)
  llvm.return
}
// -----
llvm.func @f(%a: i32, %c: i1) {
  llvm.cond_br %c weights([0, 0]), ^bb1, ^bb1
^bb1:
  llvm.return
}
// -----
llvm.func @f(%a: i32, %c: i1) {
  llvm.br ^bb1(%a : i32)
^bb1:
  llvm.return
}
// -----
llvm.func @f(%a: i32, %c: i1) {
  llvm.switch %a : i32, ^bb1 [
    1: ^bb1
  ] {branch_weights = array<i32: 1>}
^bb1:
  llvm.return
}
// -----
func.func @f() {
  llvm.return
}
// -----
llvm.func @f(%a: i32) {
  %0 = llvm.call_intrinsic "llvm.foo"(%a) : (i32) -> (i32, i32)
  llvm.return
}
// -----
llvm.func @g(i32) -> i32
llvm.func @f(%a: i32) {
  %0 = llvm.call @g(%a) vararg(!llvm.func<i32 (i32)>) : (i32) -> i32
  llvm.return
}
// -----
llvm.func @f(%a: i32) {
  llvm.unreachable
^bb1:
  llvm.return
}
