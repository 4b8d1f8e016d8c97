func.func @forall(%n: index, %m: index, %t: tensor<8xf32>) -> tensor<8xf32> {
  scf.forall (%a, %b) in (%n, 16) {
    %s = arith.addi %a, %b : index
  }
  scf.forall (%a) = (%n) to (%m) step (4) {
  } {attr}
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.forall (%a) = (%c0) to (%m) step (%c1) {
  }
  %r = scf.forall (%a) in (8) shared_outs(%o = %t) -> (tensor<8xf32>) {
    scf.forall.in_parallel {
    }
  }
  return %r : tensor<8xf32>
}
