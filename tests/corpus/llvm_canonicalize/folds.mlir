llvm.func @f(%a: i32, %p: !llvm.ptr, %s: !llvm.struct<(i32, f32)>, %f: f32, %v: vector<2xf32>) -> i32 {
  %c0 = llvm.mlir.constant(0 : i32) : i32
  %c1 = llvm.mlir.constant(1 : i32) : i32
  %c2 = llvm.mlir.constant(2 : i32) : i32
  %0 = llvm.or %a, %c0 : i32
  %1 = llvm.shl %a, %c0 : i32
  %2 = llvm.add %a, %c0 : i32
  %3 = llvm.add %c1, %c2 : i32
  %4 = llvm.mul %a, %c1 : i32
  %5 = llvm.and %a, %a : i32
  %6 = llvm.xor %a, %a : i32
  %7 = llvm.icmp "eq" %a, %a : i32
  %8 = llvm.bitcast %a : i32 to i32
  %9 = llvm.bitcast %a : i32 to f32
  %10 = llvm.bitcast %9 : f32 to i32
  %11 = llvm.addrspacecast %p : !llvm.ptr to !llvm.ptr
  %12 = llvm.getelementptr %p[0] : (!llvm.ptr) -> !llvm.ptr, i8
  %13 = llvm.insertvalue %a, %s[0] : !llvm.struct<(i32, f32)>
  %14 = llvm.extractvalue %13[0] : !llvm.struct<(i32, f32)>
  %15 = llvm.extractvalue %13[1] : !llvm.struct<(i32, f32)>
  %16 = llvm.select %7, %a, %c1 : i1, i32
  %17 = llvm.sub %a, %a : i32
  %z1 = llvm.mlir.zero : !llvm.ptr
  %z2 = llvm.mlir.zero : !llvm.ptr
  %18 = llvm.icmp "eq" %z1, %z2 : !llvm.ptr
  %19 = llvm.or %c1, %c2 : i32
  %20 = llvm.shl %c1, %c2 : i32
  %21 = llvm.getelementptr %p[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i32)>
  %22 = llvm.extractelement %v[%c0 : i32] : vector<2xf32>
  %23 = llvm.intr.fabs(%f) : (f32) -> f32
  %24 = llvm.trunc %a : i32 to i8
  %25 = llvm.zext %24 : i8 to i32
  %u = llvm.mlir.undef : i32
  %26 = llvm.icmp "slt" %c1, %c2 : i32
  %27 = llvm.getelementptr %12[1] : (!llvm.ptr) -> !llvm.ptr, i8
  llvm.call @use(%0, %1, %2, %3, %4, %5, %6, %8, %10, %14, %16, %17, %19, %20, %25, %u) : (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32) -> ()
  llvm.call @usep(%11, %12, %21, %27) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr) -> ()
  llvm.call @useb(%7, %18, %26) : (i1, i1, i1) -> ()
  llvm.call @usef(%15, %22, %23) : (f32, f32, f32) -> ()
  llvm.return %a : i32
}
llvm.func @use(i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32)
llvm.func @usep(!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr)
llvm.func @useb(i1, i1, i1)
llvm.func @usef(f32, f32, f32)
