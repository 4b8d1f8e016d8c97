llvm.func @f(%f: f32, %i: i32, %v: vector<4xf32>, %vi: vector<4xi32>) {
  %r0 = "llvm.intr.sqrt"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r1 = "llvm.intr.fabs"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r2 = "llvm.intr.exp"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r3 = "llvm.intr.exp2"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r4 = "llvm.intr.exp10"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r5 = "llvm.intr.log"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r6 = "llvm.intr.log2"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r7 = "llvm.intr.log10"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r8 = "llvm.intr.sin"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r9 = "llvm.intr.cos"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r10 = "llvm.intr.tan"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r11 = "llvm.intr.asin"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r12 = "llvm.intr.acos"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r13 = "llvm.intr.atan"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r14 = "llvm.intr.sinh"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r15 = "llvm.intr.cosh"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r16 = "llvm.intr.tanh"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r17 = "llvm.intr.floor"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r18 = "llvm.intr.ceil"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r19 = "llvm.intr.trunc"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r20 = "llvm.intr.round"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r21 = "llvm.intr.roundeven"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r22 = "llvm.intr.rint"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r23 = "llvm.intr.nearbyint"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r24 = "llvm.intr.canonicalize"(%f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32) -> f32
  %r24b = "llvm.intr.canonicalize"(%f) : (f32) -> f32
  %r25 = "llvm.intr.pow"(%f, %f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32, f32) -> f32
  %r26 = "llvm.intr.copysign"(%f, %f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32, f32) -> f32
  %r27 = "llvm.intr.minnum"(%f, %f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32, f32) -> f32
  %r28 = "llvm.intr.maxnum"(%f, %f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32, f32) -> f32
  %r29 = "llvm.intr.minimum"(%f, %f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32, f32) -> f32
  %r30 = "llvm.intr.maximum"(%f, %f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32, f32) -> f32
  %r31 = "llvm.intr.atan2"(%f, %f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32, f32) -> f32
  %r32 = "llvm.intr.fma"(%f, %f, %f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32, f32, f32) -> f32
  %r33 = "llvm.intr.fmuladd"(%f, %f, %f) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32, f32, f32) -> f32
  %r34 = "llvm.intr.ctpop"(%i) : (i32) -> i32
  %r35 = "llvm.intr.bitreverse"(%i) : (i32) -> i32
  %r36 = "llvm.intr.bswap"(%i) : (i32) -> i32
  %r37 = "llvm.intr.smax"(%i, %i) : (i32, i32) -> i32
  %r38 = "llvm.intr.smin"(%i, %i) : (i32, i32) -> i32
  %r39 = "llvm.intr.umax"(%i, %i) : (i32, i32) -> i32
  %r40 = "llvm.intr.umin"(%i, %i) : (i32, i32) -> i32
  %r41 = "llvm.intr.sadd.sat"(%i, %i) : (i32, i32) -> i32
  %r42 = "llvm.intr.uadd.sat"(%i, %i) : (i32, i32) -> i32
  %r43 = "llvm.intr.ssub.sat"(%i, %i) : (i32, i32) -> i32
  %r44 = "llvm.intr.usub.sat"(%i, %i) : (i32, i32) -> i32
  %r45 = "llvm.intr.sshl.sat"(%i, %i) : (i32, i32) -> i32
  %r46 = "llvm.intr.ushl.sat"(%i, %i) : (i32, i32) -> i32
  %r47 = "llvm.intr.fshl"(%i, %i, %i) : (i32, i32, i32) -> i32
  %r48 = "llvm.intr.fshr"(%i, %i, %i) : (i32, i32, i32) -> i32
  %r49 = "llvm.intr.sadd.with.overflow"(%i, %i) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %r50 = "llvm.intr.uadd.with.overflow"(%i, %i) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %r51 = "llvm.intr.ssub.with.overflow"(%i, %i) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %r52 = "llvm.intr.usub.with.overflow"(%i, %i) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %r53 = "llvm.intr.smul.with.overflow"(%i, %i) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %r54 = "llvm.intr.umul.with.overflow"(%i, %i) : (i32, i32) -> !llvm.struct<(i32, i1)>
  %r55 = "llvm.intr.lround"(%f) : (f32) -> i64
  %r56 = "llvm.intr.llround"(%f) : (f32) -> i64
  %r57 = "llvm.intr.lrint"(%f) : (f32) -> i64
  %r58 = "llvm.intr.llrint"(%f) : (f32) -> i64
  %r59 = "llvm.intr.vector.reduce.add"(%vi) : (vector<4xi32>) -> i32
  %r60 = "llvm.intr.vector.reduce.mul"(%vi) : (vector<4xi32>) -> i32
  %r61 = "llvm.intr.vector.reduce.and"(%vi) : (vector<4xi32>) -> i32
  %r62 = "llvm.intr.vector.reduce.or"(%vi) : (vector<4xi32>) -> i32
  %r63 = "llvm.intr.vector.reduce.xor"(%vi) : (vector<4xi32>) -> i32
  %r64 = "llvm.intr.vector.reduce.smax"(%vi) : (vector<4xi32>) -> i32
  %r65 = "llvm.intr.vector.reduce.smin"(%vi) : (vector<4xi32>) -> i32
  %r66 = "llvm.intr.vector.reduce.umax"(%vi) : (vector<4xi32>) -> i32
  %r67 = "llvm.intr.vector.reduce.umin"(%vi) : (vector<4xi32>) -> i32
  %r68 = "llvm.intr.vector.reduce.fmax"(%v) <{fastmathFlags = #llvm.fastmath<nnan>}> : (vector<4xf32>) -> f32
  %r69 = "llvm.intr.vector.reduce.fmin"(%v) <{fastmathFlags = #llvm.fastmath<nnan>}> : (vector<4xf32>) -> f32
  %r70 = "llvm.intr.vector.reduce.fmaximum"(%v) <{fastmathFlags = #llvm.fastmath<nnan>}> : (vector<4xf32>) -> f32
  %r71 = "llvm.intr.vector.reduce.fminimum"(%v) <{fastmathFlags = #llvm.fastmath<nnan>}> : (vector<4xf32>) -> f32
  %r72 = "llvm.intr.vector.reduce.fmul"(%f, %v) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32, vector<4xf32>) -> f32
  %r73 = "llvm.intr.powi"(%f, %i) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32, i32) -> f32
  %r74 = "llvm.intr.ldexp"(%f, %i) <{fastmathFlags = #llvm.fastmath<nnan>}> : (f32, i32) -> f32
  %r75 = "llvm.intr.scmp"(%i, %i) : (i32, i32) -> i8
  llvm.return
}
