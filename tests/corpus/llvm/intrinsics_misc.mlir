llvm.func @f(%f: f32, %i: i32, %p: !llvm.ptr, %n: i64, %b: i1, %v: vector<4xf32>, %vi: vector<4xi32>) {
  %0 = "llvm.intr.ctlz"(%i) <{is_zero_poison = false}> : (i32) -> i32
  %1 = "llvm.intr.cttz"(%i) <{is_zero_poison = true}> : (i32) -> i32
  %2 = "llvm.intr.abs"(%i) <{is_int_min_poison = false}> : (i32) -> i32
  %3 = "llvm.intr.ctpop"(%i) : (i32) -> i32
  %4 = "llvm.intr.powi"(%f, %i) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, i32) -> f32
  "llvm.intr.memcpy"(%p, %p, %n) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
  "llvm.intr.memmove"(%p, %p, %n) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
  %c = llvm.mlir.constant(0 : i8) : i8
  "llvm.intr.memset"(%p, %c, %n) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()
  %5 = "llvm.intr.sadd.with.overflow"(%i, %i) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %6 = "llvm.intr.is.fpclass"(%f) <{bit = 3 : i32}> : (f32) -> i1
  %7 = "llvm.intr.lround"(%f) : (f32) -> i64
  "llvm.intr.assume"(%b) <{op_bundle_sizes = array<i32>}> : (i1) -> ()
  %8 = "llvm.intr.expect"(%i, %i) : (i32, i32) -> i32
  %9 = "llvm.intr.vector.reduce.add"(%vi) : (vector<4xi32>) -> i32
  %10 = "llvm.intr.vector.reduce.fadd"(%f, %v) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, vector<4xf32>) -> f32
  %11 = "llvm.intr.vector.reduce.fmax"(%v) <{fastmathFlags = #llvm.fastmath<none>}> : (vector<4xf32>) -> f32
  %12 = "llvm.intr.fshl"(%i, %i, %i) : (i32, i32, i32) -> i32
  %13 = "llvm.intr.smax"(%i, %i) : (i32, i32) -> i32
  %14 = "llvm.intr.fma"(%f, %f, %f) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32, f32) -> f32
  %15 = "llvm.intr.copysign"(%f, %f) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, f32) -> f32
  %16 = "llvm.intr.expect.with.probability"(%i, %i) <{prob = 5.000000e-01 : f64}> : (i32, i32) -> i32
  %17 = "llvm.intr.sadd.sat"(%i, %i) : (i32, i32) -> i32
  "llvm.intr.trap"() : () -> ()
  %18 = "llvm.intr.bitreverse"(%i) : (i32) -> i32
  %19 = "llvm.intr.ldexp"(%f, %i) <{fastmathFlags = #llvm.fastmath<none>}> : (f32, i32) -> f32
  %20 = "llvm.intr.frexp"(%f) : (f32) -> !llvm.struct<(f32, i32)>
  %21 = "llvm.intr.vscale"() : () -> i64
  "llvm.intr.prefetch"(%p) <{cache = 1 : i32, hint = 3 : i32, rw = 0 : i32}> : (!llvm.ptr) -> ()
  "llvm.intr.ubsantrap"() <{failureKind = 1 : i8}> : () -> ()
  "llvm.intr.debugtrap"() : () -> ()
  "llvm.intr.memcpy.inline"(%p, %p) <{isVolatile = false, len = 8 : i64}> : (!llvm.ptr, !llvm.ptr) -> ()
  "llvm.intr.memset.inline"(%p, %c) <{isVolatile = false, len = 8 : i64}> : (!llvm.ptr, i8) -> ()
  "llvm.intr.lifetime.end"(%p) : (!llvm.ptr) -> ()
  %22 = "llvm.intr.ucmp"(%i, %i) : (i32, i32) -> i8
  %23 = "llvm.intr.get.active.lane.mask"(%n, %n) : (i64, i64) -> vector<4xi1>
  %24 = "llvm.intr.is.constant"(%i) : (i32) -> i1
  llvm.return
}
