llvm.func @arith(%a: i32, %b: i32, %f: f32, %g: f32, %v: vector<4xi32>, %p: !llvm.ptr) -> i32 {
  %0 = llvm.add %a, %b : i32
  %1 = llvm.sub %a, %b overflow<nsw> : i32
  %2 = llvm.mul %a, %b overflow<nuw> : i32
  %3 = llvm.udiv exact %a, %b : i32
  %4 = llvm.sdiv %a, %b : i32
  %5 = llvm.urem %a, %b : i32
  %6 = llvm.srem %a, %b : i32
  %7 = llvm.and %a, %b : i32
  %8 = llvm.or disjoint %a, %b : i32
  %9 = llvm.xor %a, %b : i32
  %10 = llvm.shl %a, %b overflow<nsw, nuw> : i32
  %11 = llvm.lshr exact %a, %b : i32
  %12 = llvm.ashr %a, %b : i32
  %13 = llvm.fadd %f, %g : f32
  %14 = llvm.fsub %f, %g {fastmathFlags = #llvm.fastmath<nnan>} : f32
  %15 = llvm.fmul %f, %g : f32
  %16 = llvm.fdiv %f, %g : f32
  %17 = llvm.frem %f, %g : f32
  %18 = llvm.fneg %f {fastmathFlags = #llvm.fastmath<fast>} : f32
  %19 = llvm.icmp "eq" %a, %b : i32
  %20 = llvm.fcmp "olt" %f, %g {fastmathFlags = #llvm.fastmath<fast>} : f32
  %21 = llvm.select %19, %a, %b : i1, i32
  %22 = llvm.add %v, %v : vector<4xi32>
  %23 = llvm.icmp "ne" %v, %v : vector<4xi32>
  %24 = llvm.icmp "eq" %p, %p : !llvm.ptr
  %25 = llvm.fcmp "_true" %f, %g : f32
  %26 = llvm.freeze %a : i32
  %27 = llvm.select %19, %f, %g {fastmathFlags = #llvm.fastmath<nsz>} : i1, f32
  %28 = llvm.add %a, %b {foo} : i32
  %29 = llvm.add %a, %b overflow<nsw> {foo = 1} : i32
  llvm.return %0 : i32
}
llvm.func @casts(%a: i32, %f: f32, %d: f64, %p: !llvm.ptr, %v: vector<2xi64>) {
  %0 = llvm.trunc %a : i32 to i8
  %1 = llvm.trunc %a overflow<nsw> : i32 to i8
  %2 = llvm.zext %a : i32 to i64
  %3 = llvm.zext nneg %a : i32 to i64
  %4 = llvm.sext %a : i32 to i64
  %5 = llvm.fptrunc %d : f64 to f32
  %6 = llvm.fpext %f : f32 to f64
  %7 = llvm.fptoui %f : f32 to i32
  %8 = llvm.fptosi %f : f32 to i32
  %9 = llvm.uitofp %a : i32 to f32
  %10 = llvm.uitofp nneg %a : i32 to f32
  %11 = llvm.sitofp %a : i32 to f32
  %12 = llvm.ptrtoint %p : !llvm.ptr to i64
  %13 = llvm.inttoptr %2 : i64 to !llvm.ptr
  %14 = llvm.bitcast %f : f32 to i32
  %15 = llvm.addrspacecast %p : !llvm.ptr to !llvm.ptr<1>
  %16 = llvm.bitcast %v : vector<2xi64> to vector<4xi32>
  %17 = llvm.fptrunc %d {fastmathFlags = #llvm.fastmath<fast>} : f64 to f32
  llvm.return
}
