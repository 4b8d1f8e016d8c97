func.func @execute_region(%c: i1, %x: i64) -> i64 {
  %v = scf.execute_region -> i64 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    cf.br ^bb3(%x : i64)
  ^bb2:
    %z = arith.constant 0 : i64
    cf.br ^bb3(%z : i64)
  ^bb3(%r: i64):
    scf.yield %r : i64
  }
  %w = scf.execute_region -> i64 no_inline {
    scf.yield %v : i64
  }
  scf.execute_region {
    scf.yield
  } {marker}
  return %w : i64
}
