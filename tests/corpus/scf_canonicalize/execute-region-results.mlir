func.func private @g() -> i32
func.func @partial(%a: i32, %b: i32) -> (i32, i32) {
  %r:2 = scf.execute_region -> (i32, i32) no_inline {
    %x = func.call @g() : () -> i32
    scf.yield %a, %x : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
func.func @differ(%a: i32, %b: i32, %c: i1) -> i32 {
  %r = scf.execute_region -> i32 no_inline {
    cf.cond_br %c, ^b1, ^b2
  ^b1:
    scf.yield %a : i32
  ^b2:
    scf.yield %b : i32
  }
  return %r : i32
}
func.func @multi(%a: i32, %c: i1) -> i32 {
  %r = scf.execute_region -> i32 {
    cf.cond_br %c, ^b1, ^b2
  ^b1:
    %x = func.call @g() : () -> i32
    scf.yield %a : i32
  ^b2:
    scf.yield %a : i32
  }
  return %r : i32
}
func.func @arg(%a: i32, %c: i1) -> i32 {
  %r = scf.execute_region -> i32 no_inline {
    cf.br ^b1(%a : i32)
  ^b1(%y: i32):
    scf.yield %y : i32
  }
  return %r : i32
}
func.func @unused(%a: i32) {
  %r = scf.execute_region -> i32 no_inline {
    %x = func.call @g() : () -> i32
    scf.yield %x : i32
  }
  return
}
