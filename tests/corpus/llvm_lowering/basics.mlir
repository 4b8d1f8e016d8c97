func.func @f(%a: i32, %b: f32, %m: memref<4x?xf32>, %i: index) -> f32 {
  %c = arith.addi %a, %a overflow<nsw> : i32
  %d = arith.addf %b, %b fastmath<fast> : f32
  %e = math.sqrt %d : f32
  %x = memref.load %m[%i, %i] : memref<4x?xf32>
  %cmp = arith.cmpi slt, %c, %a : i32
  %s = arith.select %cmp, %e, %x : f32
  %r = scf.for %iv = %i to %i step %i iter_args(%acc = %s) -> f32 {
    %n = arith.mulf %acc, %acc : f32
    scf.yield %n : f32
  }
  %al = memref.alloca() : memref<8xi64>
  %g = memref.get_global @gl : memref<2xf32>
  %call = call @g(%r) : (f32) -> f32
  return %call : f32
}
memref.global "private" constant @gl : memref<2xf32> = dense<[1.0, 2.0]>
func.func private @g(f32) -> f32
func.func @h(%v: vector<4xf32>) -> vector<4xf32> attributes {llvm.emit_c_interface} {
  %r = math.fma %v, %v, %v : vector<4xf32>
  %c = arith.constant dense<1.5> : vector<4xf32>
  %q = arith.divf %r, %c : vector<4xf32>
  cf.br ^bb1(%q : vector<4xf32>)
^bb1(%z: vector<4xf32>):
  return %z : vector<4xf32>
}
