llvm.func @f(%p: !llvm.ptr, %i: i64, %a: i32, %b: i1) {
  %c2 = llvm.mlir.constant(2 : i64) : i64
  %c0 = llvm.mlir.constant(0 : i32) : i32
  %big = llvm.mlir.constant(4294967296 : i64) : i64
  %0 = llvm.getelementptr %p[%c2] : (!llvm.ptr, i64) -> !llvm.ptr, f32
  %1 = llvm.getelementptr %p[%i, %c2] : (!llvm.ptr, i64, i64) -> !llvm.ptr, !llvm.array<4 x f32>
  %2 = llvm.getelementptr %p[%c0] : (!llvm.ptr, i32) -> !llvm.ptr, f32
  %3 = llvm.getelementptr %p[%big] : (!llvm.ptr, i64) -> !llvm.ptr, f32
  %4 = llvm.getelementptr %0[0] : (!llvm.ptr) -> !llvm.ptr, f64
  %5 = llvm.select %b, %a, %a : i1, i32
  %t = llvm.mlir.constant(true) : i1
  %6 = llvm.select %t, %a, %c0 : i1, i32
  %7 = llvm.icmp "ne" %a, %a : i32
  %8 = llvm.icmp "ult" %a, %a : i32
  %9 = llvm.icmp "sge" %a, %a : i32
  %c7 = llvm.mlir.constant(7 : i32) : i32
  %c3 = llvm.mlir.constant(3 : i32) : i32
  %10 = llvm.icmp "sgt" %c7, %c3 : i32
  %11 = llvm.or %c7, %c0 : i32
  %12 = llvm.or %a, %c0 : i32
  %v1 = llvm.mlir.constant(dense<[1, 2]> : vector<2xi32>) : vector<2xi32>
  %13 = llvm.or %v1, %v1 : vector<2xi32>
  %14 = llvm.shl %c7, %c7 : i32
  %40 = llvm.mlir.constant(40 : i32) : i32
  %15 = llvm.shl %c7, %40 : i32
  llvm.call @u(%0, %1, %2, %3, %4) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr) -> ()
  llvm.call @v(%5, %6, %11, %12, %14, %15) : (i32, i32, i32, i32, i32, i32) -> ()
  llvm.call @w(%7, %8, %9, %10) : (i1, i1, i1, i1) -> ()
  llvm.call @x(%13) : (vector<2xi32>) -> ()
  llvm.return
}
llvm.func @u(!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr)
llvm.func @v(i32, i32, i32, i32, i32, i32)
llvm.func @w(i1, i1, i1, i1)
llvm.func @x(vector<2xi32>)
