func.func @arith(%a: i32, %b: i32, %f: f64, %i: index, %v: vector<4xi32>) -> i64 {
  %0 = arith.addi %a, %b : i32
  %1 = arith.subi %0, %b overflow<nuw> : i32
  %2 = arith.muli %1, %a : i32
  %3 = arith.divsi %2, %b : i32
  %4 = arith.divui %3, %b : i32
  %5 = arith.remsi %4, %b : i32
  %6 = arith.remui %5, %b : i32
  %7 = arith.andi %6, %a : i32
  %8 = arith.ori %7, %a : i32
  %9 = arith.xori %8, %a : i32
  %10 = arith.shli %9, %b : i32
  %11 = arith.shrsi %10, %b : i32
  %12 = arith.shrui %11, %b : i32
  %13 = arith.extsi %12 : i32 to i64
  %14 = arith.extui %a : i32 to i64
  %15 = arith.trunci %13 : i64 to i16
  %16 = arith.sitofp %a : i32 to f64
  %17 = arith.addf %16, %f : f64
  %18 = arith.mulf %17, %f fastmath<nnan> : f64
  %19 = arith.divf %18, %f : f64
  %20 = arith.negf %19 : f64
  %21 = arith.fptosi %20 : f64 to i64
  %22 = arith.cmpf olt, %19, %f : f64
  %23 = arith.select %22, %21, %13 : i64
  %24 = arith.index_cast %i : index to i64
  %25 = arith.addi %23, %24 : i64
  %26 = arith.maxsi %a, %b : i32
  %27 = arith.minui %a, %b : i32
  %28 = arith.ceildivsi %a, %b : i32
  %29 = arith.floordivsi %a, %b : i32
  %30 = arith.addi %v, %v : vector<4xi32>
  %31 = arith.constant dense<[1, 2, 3, 4]> : vector<4xi32>
  %32 = arith.muli %30, %31 : vector<4xi32>
  %33 = arith.bitcast %f : f64 to i64
  %34 = arith.extf %f : f64 to f128
  %35 = arith.truncf %f : f64 to f16
  %36 = arith.maximumf %f, %f : f64
  %37 = arith.uitofp %b : i32 to f32
  %38:2 = arith.addui_extended %a, %b : i32, i1
  %39:2 = arith.mulsi_extended %a, %b : i32
  return %25 : i64
}
func.func @index_ops(%a: index, %b: index) -> index {
  %0 = index.add %a, %b
  %1 = index.mul %0, %b
  %2 = index.divs %1, %b
  %3 = index.ceildivu %2, %b
  %4 = index.cmp slt(%3, %a)
  %5 = index.castu %4 : i1 to index
  %6 = index.shl %5, %b
  %7 = index.maxs %6, %a
  %c = index.constant 42
  %8 = index.sizeof
  return %7 : index
}
