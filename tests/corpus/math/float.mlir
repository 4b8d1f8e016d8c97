// Every float math op, unary, binary and ternary, with and without fast-math flags.
func.func @unary(%a: f32, %v: vector<4xf64>, %t: tensor<?x3xf16>, %b: bf16, %s: vector<[2]xf32>) {
  %0 = math.absf %a : f32
  %1 = math.acos %a : f32
  %2 = math.acosh %v : vector<4xf64>
  %3 = math.asin %t : tensor<?x3xf16>
  %4 = math.asinh %a fastmath<fast> : f32
  %5 = math.atan %a : f32
  %6 = math.atanh %b : bf16
  %7 = math.cbrt %a : f32
  %8 = math.ceil %s : vector<[2]xf32>
  %9 = math.cos %a fastmath<afn> : f32
  %10 = math.cosh %a : f32
  %11 = math.erf %a : f32
  %12 = math.erfc %a : f32
  %13 = math.exp %v fastmath<nnan,ninf> : vector<4xf64>
  %14 = math.exp2 %a : f32
  %15 = math.expm1 %a : f32
  %16 = math.floor %t : tensor<?x3xf16>
  %17 = math.log %a : f32
  %18 = math.log10 %a : f32
  %19 = math.log1p %a : f32
  %20 = math.log2 %a : f32
  %21 = math.round %a : f32
  %22 = math.roundeven %a : f32
  %23 = math.rsqrt %a fastmath<arcp> : f32
  %24 = math.sin %a : f32
  %25 = math.sinh %a : f32
  %26 = math.sqrt %v : vector<4xf64>
  %27 = math.tan %a : f32
  %28 = math.tanh %a : f32
  %29 = math.trunc %b : bf16
  return
}

func.func @binary(%a: f32, %b: f32, %v: vector<4xf16>, %i: i32, %vi: vector<4xi64>) {
  %0 = math.atan2 %a, %b : f32
  %1 = math.copysign %v, %v fastmath<nsz> : vector<4xf16>
  %2 = math.powf %a, %b : f32
  %3 = math.fpowi %a, %i : f32, i32
  %4 = math.fpowi %v, %vi fastmath<fast> : vector<4xf16>, vector<4xi64>
  %5 = math.fma %a, %a, %b : f32
  %6 = math.fma %v, %v, %v fastmath<contract> : vector<4xf16>
  %7 = math.clampf %a to [%b, %b] : f32
  %8 = math.clampf %v to [%v, %v] fastmath<nnan> : vector<4xf16>
  %sin, %cos = math.sincos %a : f32
  %s2, %c2 = math.sincos %v fastmath<afn> : vector<4xf16>
  return
}

func.func @classify(%a: f32, %v: vector<4xf64>, %t: tensor<2xbf16>) {
  %0 = math.isfinite %a : f32
  %1 = math.isinf %v : vector<4xf64>
  %2 = math.isnan %t : tensor<2xbf16>
  %3 = math.isnormal %a : f32
  %4 = "math.isinf"(%a) <{fastmath = #arith.fastmath<nnan>}> : (f32) -> i1
  return
}

func.func @int(%a: i32, %v: vector<4xi8>, %t: tensor<?xi64>, %i: index) {
  %0 = math.absi %a : i32
  %1 = math.ctlz %v : vector<4xi8>
  %2 = math.cttz %t : tensor<?xi64>
  %3 = math.ctpop %a : i32
  %4 = math.ipowi %a, %a : i32
  %5 = math.ipowi %v, %v : vector<4xi8>
  return
}

func.func @generic(%a: f32, %b: f32) {
  %0 = "math.sqrt"(%a) <{fastmath = #arith.fastmath<nnan>}> : (f32) -> f32
  %1 = "math.absf"(%0) : (f32) -> f32
  %2 = "math.powf"(%1, %b) <{fastmath = #arith.fastmath<fast>}> {tag} : (f32, f32) -> f32
  %3:2 = "math.sincos"(%2) <{fastmath = #arith.fastmath<none>}> : (f32) -> (f32, f32)
  %4 = math.exp %3#1 {x = 1 : i32} : f32
  %5 = math.clampf %a to [%b, %a] {y} : f32
  return
}

func.func @types(%a: f16, %b: f64, %c: f80, %d: f128, %e: f8E4M3FN, %f: tf32) {
  %0 = math.sqrt %a : f16
  %1 = math.exp %b : f64
  %2 = math.log %c : f80
  %3 = math.sin %d : f128
  %4 = math.absf %e : f8E4M3FN
  %5 = math.ceil %f : tf32
  return
}
