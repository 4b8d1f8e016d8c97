func.func private @use(f32)
func.func private @side()
func.func @same(%c: i1, %x: f32) -> (f32, f32) {
  %a = scf.if %c -> f32 {
    %n = arith.negf %x : f32
    scf.yield %n : f32
  } else {
    scf.yield %x : f32
  }
  %b = scf.if %c -> f32 {
    %m = arith.mulf %a, %a : f32
    scf.yield %m : f32
  } else {
    %m = arith.addf %a, %x : f32
    scf.yield %m : f32
  }
  return %a, %b : f32, f32
}
func.func @negated(%c: i1, %x: f32) {
  %true = arith.constant true
  %nc = arith.xori %c, %true : i1
  scf.if %c {
    func.call @use(%x) : (f32) -> ()
  }
  scf.if %nc {
    func.call @side() : () -> ()
  }
  return
}
func.func @negated_first(%c: i1, %x: f32) {
  %true = arith.constant true
  %nc = arith.xori %c, %true : i1
  scf.if %nc {
    func.call @use(%x) : (f32) -> ()
  } else {
    func.call @side() : () -> ()
  }
  scf.if %c {
    func.call @side() : () -> ()
  }
  return
}
func.func @no_else(%c: i1, %x: f32) {
  scf.if %c {
    func.call @use(%x) : (f32) -> ()
  }
  scf.if %c {
    func.call @side() : () -> ()
  } else {
    func.call @use(%x) : (f32) -> ()
  }
  scf.if %c {
    func.call @side() : () -> ()
  }
  return
}
func.func @different(%c: i1, %d: i1) {
  scf.if %c {
    func.call @side() : () -> ()
  }
  scf.if %d {
    func.call @side() : () -> ()
  }
  return
}
