func.func @f(%a: i32, %b: i32, %x: f32, %i: index) -> i32 {
  %c = arith.constant 7 : i32
  %ci = arith.constant 3 : index
  %cf = arith.constant 1.5 : f32
  %0 = arith.addi %a, %c : i32
  %1 = arith.muli %0, %b overflow<nsw> : i32
  %2 = arith.andi %1, %a : i32
  %3 = arith.addf %x, %cf fastmath<fast> : f32
  %4 = arith.cmpi slt, %2, %b : i32
  %5 = arith.cmpf olt, %3, %x : f32
  %6 = arith.index_cast %i : index to i32
  %7 = arith.index_cast %a : i32 to index
  %8 = arith.addi %7, %ci : index
  %9 = arith.sitofp %a : i32 to f32
  %10 = arith.extsi %a : i32 to i64
  %11 = arith.select %4, %a, %b : i32
  %12 = math.sqrt %x : f32
  %13 = math.absf %12 fastmath<nnan> : f32
  %14 = math.rsqrt %x : f32
  %15 = math.ctlz %a : i32
  %16 = arith.subi %a, %a : i32
  return %11 : i32
}
