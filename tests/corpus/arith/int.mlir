// Integer arithmetic, bitwise, shift and min/max ops on scalars, index, vectors and tensors.
func.func @binary(%a: i32, %b: i32, %i: index, %j: index, %v: vector<4xi8>, %w: vector<4xi8>,
                  %t: tensor<2x?xi64>, %u: tensor<2x?xi64>, %s: vector<[4]xi16>) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %a, %b overflow<nsw> : i32
  %2 = arith.addi %a, %b overflow<nuw> : i32
  %3 = arith.addi %a, %b overflow<nsw, nuw> : i32
  %4 = arith.addi %a, %b overflow<nuw, nsw> : i32
  %5 = arith.subi %i, %j overflow<nsw> : index
  %6 = arith.muli %v, %w overflow<nuw> : vector<4xi8>
  %7 = arith.divui %a, %b : i32
  %8 = arith.divui %a, %b exact : i32
  %9 = arith.divsi %t, %u exact : tensor<2x?xi64>
  %10 = arith.ceildivui %i, %j : index
  %11 = arith.ceildivsi %a, %b : i32
  %12 = arith.floordivsi %v, %w : vector<4xi8>
  %13 = arith.remui %a, %b : i32
  %14 = arith.remsi %t, %u : tensor<2x?xi64>
  %15 = arith.andi %a, %b : i32
  %16 = arith.ori %i, %j : index
  %17 = arith.xori %s, %s : vector<[4]xi16>
  %18 = arith.shli %a, %b : i32
  %19 = arith.shli %a, %b overflow<nsw, nuw> : i32
  %20 = arith.shrui %a, %b exact : i32
  %21 = arith.shrsi %v, %w : vector<4xi8>
  %22 = arith.shrsi %a, %b exact : i32
  %23 = arith.maxsi %a, %b : i32
  %24 = arith.maxui %i, %j : index
  %25 = arith.minsi %t, %u : tensor<2x?xi64>
  %26 = arith.minui %v, %w : vector<4xi8>
  %27 = arith.subi %a, %b : i32
  %28 = arith.muli %i, %j : index
  return
}

func.func @extended(%a: i32, %b: i32, %v: vector<3xi64>, %i: index) -> (i32, i1) {
  %sum, %overflow = arith.addui_extended %a, %b : i32, i1
  %s2, %o2 = arith.addui_extended %v, %v : vector<3xi64>, vector<3xi1>
  %low, %high = arith.mulsi_extended %a, %b : i32
  %l2, %h2 = arith.mului_extended %v, %v : vector<3xi64>
  %l3, %h3 = arith.mului_extended %i, %i : index
  %r:2 = arith.mulsi_extended %b, %a : i32
  %x = arith.addi %r#0, %r#1 : i32
  return %sum, %overflow : i32, i1
}

func.func @attrs(%a: i1, %b: i1) -> i1 {
  %0 = arith.andi %a, %b {some.attr = 3 : i64} : i1
  %1 = arith.addi %0, %b overflow<nsw> {other} : i1
  %2 = "arith.ori"(%1, %0) : (i1, i1) -> i1
  %3 = "arith.muli"(%2, %2) <{overflowFlags = #arith.overflow<nuw>}> : (i1, i1) -> i1
  %4 = "arith.divsi"(%3, %2) <{isExact}> : (i1, i1) -> i1
  return %4 : i1
}
