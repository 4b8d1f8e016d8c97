llvm.func @f(%a: i32, %b: i32)
// -----
llvm.func @f() -> (i32, i32)
// -----
llvm.func @f(tensor<4xf32>)
// -----
llvm.func @f() -> tensor<4xf32>
// -----
llvm.func common @f() {
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr {llvm.signext})
// -----
llvm.func @f(%p: !llvm.ptr {llvm.align = "x"}) {
  llvm.return
}
// -----
llvm.func @f(%p: i32 {llvm.readonly}) {
  llvm.return
}
// -----
llvm.func @f(%p: i32) {
^bb0(%q: i64):
  llvm.return
}
// -----
llvm.mlir.global @g() : i32 {
  %0 = llvm.mlir.constant(1 : i64) : i64
  llvm.return %0 : i64
}
// -----
llvm.mlir.global @g(1 : i32) : i32 {
  %0 = llvm.mlir.constant(1 : i32) : i32
  llvm.return %0 : i32
}
// -----
llvm.mlir.global @g(1 : i32)
// -----
llvm.mlir.global @g("abc") : !llvm.array<4 x i8>
// -----
llvm.mlir.global @g(1 : i32) {alignment = 3 : i64} : i32
// -----
llvm.mlir.global @g(1 : i32) : !llvm.void
// -----
llvm.func @f() {
  llvm.mlir.global @g(1 : i32) : i32
  llvm.return
}
// -----
llvm.mlir.global appending @g(1 : i32) : i32
// -----
llvm.mlir.global @g(1 : i32) {addr_space = -1 : i32} : i32
// -----
llvm.func @f(%a: i32) attributes {passthrough = [1]} {
  llvm.return
}
// -----
llvm.func @f(...) {
  llvm.return
}
