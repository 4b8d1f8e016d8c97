// Unstructured loops: dead loop-carried values, a pass-through block, reads and writes.
func.func @count(%n: index, %m: memref<16xf32>, %v: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  cf.br ^header(%c0, %zero, %zero : index, f32, f32)
^header(%i: index, %acc: f32, %unused: f32):
  %cond = arith.cmpi slt, %i, %n : index
  cf.cond_br %cond, ^body, ^exit
^body:
  %x = memref.load %m[%i] : memref<16xf32>
  %y = memref.load %m[%i] : memref<16xf32>
  %s = arith.addf %x, %y : f32
  memref.store %v, %m[%i] : memref<16xf32>
  %z = memref.load %m[%i] : memref<16xf32>
  %t = arith.addf %acc, %s : f32
  %u = arith.addf %t, %z : f32
  %w = arith.mulf %unused, %unused : f32
  %inext = arith.addi %i, %c1 : index
  cf.br ^header(%inext, %u, %w : index, f32, f32)
^exit:
  return %acc : f32
}
