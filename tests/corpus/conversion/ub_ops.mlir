func.func @p() -> (i32, index, vector<4xf32>, memref<2xf32>) {
  %0 = ub.poison : i32
  %1 = ub.poison : index
  %2 = ub.poison : vector<4xf32>
  %3 = ub.poison : memref<2xf32>
  return %0, %1, %2, %3 : i32, index, vector<4xf32>, memref<2xf32>
}
func.func @u(%c: i1) {
  cf.cond_br %c, ^a, ^b
^a:
  ub.unreachable
^b:
  return
}
