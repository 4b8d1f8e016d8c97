func.func @sw(%f: i32, %a: f32, %b: index) -> (f32, index, i32) {
  cf.switch %f : i32, [
    default: ^d(%a : f32),
    0: ^z,
    5: ^d(%a : f32),
    -3: ^m(%b, %f : index, i32)
  ]
^z:
  %c = arith.constant 2.0 : f32
  cf.br ^d(%c : f32)
^m(%i: index, %j: i32):
  %k = arith.index_cast %j : i32 to index
  %s = arith.addi %i, %k : index
  %t = arith.cmpi slt, %s, %b : index
  cf.cond_br %t, ^d(%a : f32), ^z
^d(%r: f32):
  %true = arith.constant true
  cf.assert %true, "never"
  return %r, %b, %f : f32, index, i32
}
func.func @caller(%f: i32, %a: f32, %b: index) -> i32 {
  %0:3 = call @sw(%f, %a, %b) : (i32, f32, index) -> (f32, index, i32)
  call @none() : () -> ()
  return %0#2 : i32
}
func.func @none() {
  return
}
