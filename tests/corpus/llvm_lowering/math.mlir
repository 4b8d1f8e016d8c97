func.func @floats(%a: f32, %b: f32, %v: vector<4xf64>) -> f32 {
  %0 = math.sqrt %a : f32
  %1 = math.exp %0 fastmath<fast> : f32
  %2 = math.log %1 : f32
  %3 = math.powf %2, %b : f32
  %4 = math.sin %3 : f32
  %5 = math.cos %4 : f32
  %6 = math.absf %5 : f32
  %7 = math.floor %6 : f32
  %8 = math.ceil %7 : f32
  %9 = math.fma %8, %a, %b : f32
  %10 = math.copysign %9, %a : f32
  %11 = math.log2 %10 : f32
  %12 = math.log10 %11 : f32
  %13 = math.exp2 %12 : f32
  %14 = math.round %13 : f32
  %15 = math.roundeven %14 : f32
  %16 = math.trunc %15 : f32
  %17 = math.tanh %16 : f32
  %18 = math.rsqrt %17 : f32
  %19 = math.expm1 %18 : f32
  %20 = math.log1p %19 : f32
  %c = arith.constant 3 : i32
  %21 = math.fpowi %20, %c : f32, i32
  %w = math.sqrt %v : vector<4xf64>
  %x = math.isnan %a : f32
  %y = math.tan %a : f32
  %z = math.atan2 %a, %b : f32
  return %21 : f32
}
func.func @ints(%a: i32, %b: i64) -> i32 {
  %0 = math.ctlz %a : i32
  %1 = math.cttz %0 : i32
  %2 = math.ctpop %1 : i32
  %3 = math.absi %2 : i32
  %4 = math.ipowi %3, %a : i32
  return %3 : i32
}
