func.func @if_no_results(%c: i1, %x: f32) {
  scf.if %c {
    %a = arith.addf %x, %x : f32
  }
  scf.if %c {
  } else {
    %b = arith.mulf %x, %x : f32
  }
  scf.if %c {
  } else {
  }
  return
}
