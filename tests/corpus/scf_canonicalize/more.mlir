// More scf canonicalizations: nested ifs and nested parallel loops.
func.func private @side() -> i1
func.func @nested_if(%a: i1, %b: i1) {
  scf.if %a {
    scf.if %b {
      func.call @side() : () -> i1
    }
  }
  return
}
func.func @nested_if_results(%a: i1, %b: i1, %x: i32, %y: i32) -> i32 {
  %r = scf.if %a -> (i32) {
    %s = scf.if %b -> (i32) {
      %c = func.call @side() : () -> i1
      scf.yield %x : i32
    } else {
      scf.yield %y : i32
    }
    scf.yield %s : i32
  } else {
    scf.yield %y : i32
  }
  return %r : i32
}
func.func @par_merge(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
    scf.parallel (%j) = (%c0) to (%n) step (%c1) {
      %r = func.call @side() : () -> i1
    }
  }
  return
}
