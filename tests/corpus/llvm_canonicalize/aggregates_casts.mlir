llvm.func @f(%s: !llvm.struct<(struct<(i32, f32)>, i64)>, %v: vector<2xi32>, %a: i32, %p: !llvm.ptr) {
  %0 = llvm.extractvalue %s[0] : !llvm.struct<(struct<(i32, f32)>, i64)>
  %1 = llvm.extractvalue %0[1] : !llvm.struct<(i32, f32)>
  %2 = llvm.icmp "eq" %v, %v : vector<2xi32>
  %u = llvm.mlir.undef : !llvm.struct<(i32, f32)>
  %3 = llvm.extractvalue %u[0] : !llvm.struct<(i32, f32)>
  %al = llvm.alloca %a x i32 : (i32) -> !llvm.ptr
  %z = llvm.mlir.zero : !llvm.ptr
  %4 = llvm.icmp "eq" %al, %z : !llvm.ptr
  %5 = llvm.icmp "ne" %z, %al : !llvm.ptr
  %6 = llvm.icmp "ne" %p, %z : !llvm.ptr
  %i2 = llvm.insertvalue %a, %s[0, 0] : !llvm.struct<(struct<(i32, f32)>, i64)>
  %7 = llvm.extractvalue %i2[0] : !llvm.struct<(struct<(i32, f32)>, i64)>
  %8 = llvm.extractvalue %i2[1] : !llvm.struct<(struct<(i32, f32)>, i64)>
  %c = llvm.mlir.constant(5 : i32) : i32
  %9 = llvm.bitcast %c : i32 to f32
  %10 = llvm.ptrtoint %z : !llvm.ptr to i64
  %11 = llvm.bitcast %v : vector<2xi32> to i64
  %12 = llvm.bitcast %11 : i64 to vector<2xi32>
  llvm.call @u(%1, %3, %9) : (f32, i32, f32) -> ()
  llvm.call @b(%2, %4, %5, %6) : (vector<2xi1>, i1, i1, i1) -> ()
  llvm.call @s(%7, %8, %10, %12) : (!llvm.struct<(i32, f32)>, i64, i64, vector<2xi32>) -> ()
  llvm.return
}
llvm.func @u(f32, i32, f32)
llvm.func @b(vector<2xi1>, i1, i1, i1)
llvm.func @s(!llvm.struct<(i32, f32)>, i64, i64, vector<2xi32>)
