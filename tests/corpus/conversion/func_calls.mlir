func.func private @ext(i32) -> i32
func.func @f(%a: i32, %m: memref<4x?xf32>, %x: f32) -> (i32, f32) attributes {llvm.bareptr} {
  %r = func.call @ext(%a) : (i32) -> i32
  %s:2 = func.call @f(%r, %m, %x) : (i32, memref<4x?xf32>, f32) -> (i32, f32)
  return %s#0, %x : i32, f32
}
func.func @g(%m: memref<8xi32>) -> memref<8xi32> attributes {llvm.emit_c_interface} {
  return %m : memref<8xi32>
}
func.func @h(%a: i64 {dialect.a = true}, %m: memref<2xf32> {llvm.noalias}) {
  cf.br ^bb1(%a : i64)
^bb1(%b: i64):
  return
}
