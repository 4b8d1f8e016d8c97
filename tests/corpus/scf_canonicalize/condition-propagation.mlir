func.func private @use(i1)
func.func @f(%c: i1, %x: i32) -> i32 {
  %r = scf.if %c -> i32 {
    func.call @use(%c) : (i1) -> ()
    %s = arith.select %c, %x, %x : i32
    scf.yield %s : i32
  } else {
    func.call @use(%c) : (i1) -> ()
    func.call @use(%c) : (i1) -> ()
    scf.yield %x : i32
  }
  func.call @use(%c) : (i1) -> ()
  return %r : i32
}
func.func @g(%c: i1) {
  scf.if %c {
    scf.if %c {
      func.call @use(%c) : (i1) -> ()
    }
  } else {
    func.call @use(%c) : (i1) -> ()
  }
  return
}
