llvm.func @f() {
  %0 = llvm.mlir.constant(42 : i32) : i64
  llvm.return
}
// -----
llvm.func @f() {
  %0 = llvm.mlir.constant(1.0 : f32) : f64
  llvm.return
}
// -----
llvm.func @f() {
  %0 = llvm.mlir.constant("abc") : !llvm.array<4 x i8>
  llvm.return
}
// -----
llvm.func @f() {
  %0 = llvm.mlir.constant(dense<1.0> : vector<4xf32>) : vector<3xf32>
  llvm.return
}
// -----
llvm.func @f() {
  %0 = llvm.mlir.constant(@f) : !llvm.ptr
  llvm.return
}
// -----
llvm.func @f() {
  %0 = llvm.mlir.constant([1 : i32]) : !llvm.struct<(i32, i32)>
  llvm.return
}
// -----
llvm.func @f() {
  %0 = llvm.mlir.constant(1 : i32) : f32
  llvm.return
}
// -----
llvm.func @f() {
  %0 = llvm.mlir.addressof @g : !llvm.ptr
  llvm.return
}
// -----
llvm.mlir.global @g(0 : i32) : i32
llvm.func @f() {
  %0 = llvm.mlir.addressof @g : !llvm.ptr<1>
  llvm.return
}
// -----
llvm.func @f() {
  %0 = llvm.mlir.constant(1.5 : f32) : f32
  %1 = llvm.mlir.constant(1.5) : f64
  %2 = llvm.mlir.constant(1 : i8) : i8
  %3 = llvm.mlir.constant(dense<[1, 2]> : vector<2xi32>) : vector<2xi32>
  %4 = llvm.mlir.constant(dense<1.0> : tensor<2x2xf32>) : !llvm.array<2 x array<2 x f32>>
  %5 = llvm.mlir.constant([1.0 : f32, 2 : i32]) : !llvm.struct<(f32, i32)>
  %6 = llvm.mlir.constant(1 : i32) : i32 loc("x")
  %7 = llvm.mlir.zero : !llvm.struct<(i32, f64)>
  %8 = llvm.mlir.none : !llvm.token
  llvm.return
}
// -----
llvm.func @f() {
  %0 = llvm.mlir.zero : !llvm.void
  llvm.return
}
// -----
llvm.func @f() {
  %0 = llvm.mlir.constant(1 : index) : index
  llvm.return
}
