// Floating-point ops with every fast-math flag spelling, on every float type.
func.func @binary(%a: f32, %b: f32, %v: vector<2x[4]xf16>, %t: tensor<*xbf16>, %d: f64) {
  %0 = arith.addf %a, %b : f32
  %1 = arith.addf %a, %b fastmath<fast> : f32
  %2 = arith.subf %a, %b fastmath<nnan> : f32
  %3 = arith.mulf %v, %v fastmath<ninf,nsz> : vector<2x[4]xf16>
  %4 = arith.divf %t, %t fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn> : tensor<*xbf16>
  %5 = arith.remf %a, %b fastmath<arcp> : f32
  %6 = arith.maximumf %a, %b fastmath<contract> : f32
  %7 = arith.maxnumf %d, %d : f64
  %8 = arith.minimumf %a, %b fastmath<afn> : f32
  %9 = arith.minnumf %v, %v fastmath<none> : vector<2x[4]xf16>
  %10 = arith.negf %a : f32
  %11 = arith.negf %d fastmath<reassoc> : f64
  %12 = arith.addf %a, %b fastmath<nnan,ninf,nsz,arcp,contract,afn,reassoc> : f32
  %13 = arith.addf %a, %b fastmath<reassoc,nsz> : f32
  return
}

func.func @types(%a: f16, %b: bf16, %c: f80, %d: f128, %e: tf32, %f: f8E4M3FN, %g: f8E5M2,
                 %h: f8E4M3FNUZ, %i: f8E5M2FNUZ, %j: f8E4M3B11FNUZ, %k: f8E3M4, %l: f8E4M3,
                 %m: f8E8M0FNU, %n: f4E2M1FN, %o: f6E2M3FN, %p: f6E3M2FN) {
  %0 = arith.addf %a, %a : f16
  %1 = arith.subf %b, %b : bf16
  %2 = arith.mulf %c, %c : f80
  %3 = arith.divf %d, %d : f128
  %4 = arith.remf %e, %e : tf32
  %5 = arith.addf %f, %f : f8E4M3FN
  %6 = arith.addf %g, %g : f8E5M2
  %7 = arith.addf %h, %h : f8E4M3FNUZ
  %8 = arith.addf %i, %i : f8E5M2FNUZ
  %9 = arith.addf %j, %j : f8E4M3B11FNUZ
  %10 = arith.addf %k, %k : f8E3M4
  %11 = arith.addf %l, %l : f8E4M3
  %12 = arith.maximumf %m, %m : f8E8M0FNU
  %13 = arith.minimumf %n, %n : f4E2M1FN
  %14 = arith.negf %o : f6E2M3FN
  %15 = arith.negf %p : f6E3M2FN
  return
}

func.func @generic(%a: f32) -> f32 {
  %0 = "arith.addf"(%a, %a) <{fastmath = #arith.fastmath<nnan,ninf>}> : (f32, f32) -> f32
  %1 = "arith.negf"(%0) : (f32) -> f32
  %2 = "arith.mulf"(%1, %0) <{fastmath = #arith.fastmath<fast>}> {tag} : (f32, f32) -> f32
  return %2 : f32
}
