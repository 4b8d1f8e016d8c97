// Every cmpi and cmpf predicate, and select on scalars, vectors and tensors.
func.func @cmpi(%a: i32, %b: i32, %i: index, %v: vector<4xi64>, %t: tensor<?xi8>) {
  %0 = arith.cmpi eq, %a, %b : i32
  %1 = arith.cmpi ne, %a, %b : i32
  %2 = arith.cmpi slt, %a, %b : i32
  %3 = arith.cmpi sle, %a, %b : i32
  %4 = arith.cmpi sgt, %i, %i : index
  %5 = arith.cmpi sge, %i, %i : index
  %6 = arith.cmpi ult, %v, %v : vector<4xi64>
  %7 = arith.cmpi ule, %v, %v : vector<4xi64>
  %8 = arith.cmpi ugt, %t, %t : tensor<?xi8>
  %9 = arith.cmpi uge, %t, %t : tensor<?xi8>
  %10 = "arith.cmpi"(%a, %b) <{predicate = 2 : i64}> : (i32, i32) -> i1
  return
}

func.func @cmpf(%a: f32, %b: f32, %v: vector<[2]xf64>) {
  %0 = arith.cmpf false, %a, %b : f32
  %1 = arith.cmpf oeq, %a, %b : f32
  %2 = arith.cmpf ogt, %a, %b : f32
  %3 = arith.cmpf oge, %a, %b : f32
  %4 = arith.cmpf olt, %a, %b : f32
  %5 = arith.cmpf ole, %a, %b : f32
  %6 = arith.cmpf one, %a, %b : f32
  %7 = arith.cmpf ord, %a, %b : f32
  %8 = arith.cmpf ueq, %a, %b : f32
  %9 = arith.cmpf ugt, %a, %b : f32
  %10 = arith.cmpf uge, %a, %b : f32
  %11 = arith.cmpf ult, %a, %b : f32
  %12 = arith.cmpf ule, %a, %b : f32
  %13 = arith.cmpf une, %v, %v : vector<[2]xf64>
  %14 = arith.cmpf uno, %v, %v fastmath<nnan> : vector<[2]xf64>
  %15 = arith.cmpf true, %a, %b fastmath<fast> : f32
  return
}

func.func @select(%c: i1, %a: i32, %b: i32, %vc: vector<4xi1>, %v: vector<4xf32>,
                  %tc: tensor<2x3xi1>, %t: tensor<2x3xindex>, %m: memref<4xf32>) {
  %0 = arith.select %c, %a, %b : i32
  %1 = arith.select %vc, %v, %v : vector<4xi1>, vector<4xf32>
  %2 = arith.select %c, %v, %v : vector<4xf32>
  %3 = arith.select %tc, %t, %t : tensor<2x3xi1>, tensor<2x3xindex>
  %4 = arith.select %c, %m, %m : memref<4xf32>
  %5 = arith.select %c, %a, %b {tag = "x"} : i32
  %6 = "arith.select"(%vc, %v, %v) : (vector<4xi1>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
  return
}
