func.func @v(%a: vector<2x3xf32>, %b: vector<4xf64>) -> (vector<2x3xf32>, vector<4xf64>) {
  %0 = math.expm1 %a fastmath<fast> : vector<2x3xf32>
  %1 = math.log1p %a : vector<2x3xf32>
  %2 = math.rsqrt %b fastmath<nnan> : vector<4xf64>
  %3 = arith.addf %0, %1 fastmath<nsz> : vector<2x3xf32>
  %4 = math.absf %3 : vector<2x3xf32>
  %5 = math.fma %4, %4, %3 : vector<2x3xf32>
  return %5, %2 : vector<2x3xf32>, vector<4xf64>
}
func.func @vi(%a: vector<2x2xi32>, %b: vector<2x2xi32>, %c: vector<4xi1>, %x: vector<4xi64>, %y: vector<4xi64>) -> (vector<2x2xi1>, vector<4xi64>, vector<2x2xi64>) {
  %0 = arith.cmpi slt, %a, %b : vector<2x2xi32>
  %1 = arith.select %c, %x, %y : vector<4xi1>, vector<4xi64>
  %2 = arith.extsi %a : vector<2x2xi32> to vector<2x2xi64>
  %3 = arith.muli %x, %y overflow<nsw> : vector<4xi64>
  %4 = math.ctlz %a : vector<2x2xi32>
  %5 = arith.index_cast %x : vector<4xi64> to vector<4xindex>
  %6 = arith.constant dense<[1, 2, 3, 4]> : vector<4xi64>
  %7 = arith.addi %3, %6 : vector<4xi64>
  %8 = arith.shrui %7, %6 : vector<4xi64>
  return %0, %8, %2 : vector<2x2xi1>, vector<4xi64>, vector<2x2xi64>
}
