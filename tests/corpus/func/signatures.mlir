// Signatures: names, attributes (nested, typed), locations, result forms.
func.func private @ext_many(i1, i8, index, f16, tensor<?x4xf32>, memref<2xi32>, vector<[4]xi1>, !x.opaque) -> (i1, f64)
func.func private @ext_attrs(i32 {x.a, x.b = [1, 2], x.c = {d = 3 : i8}}, f32) -> (i32 {x.r = "s"})
func.func private @ext_fn_types((i32) -> i32, () -> ()) -> (() -> (i1, i1))
func.func nested @ext_nested() -> tuple<i32, f32>
func.func public @defined(%x: i32 loc("arg.mlir":1:2), %y: f32 {x.z} loc(unknown)) -> (i32, f32) attributes {x.top, llvm.emit_c_interface} {
  return %x, %y : i32, f32
}
func.func @no_results(%a: complex<f32>) attributes {sym.other = @ext_nested} {
  return
}
func.func private @private_def() -> i1 attributes {no_inline} {
  %t = arith.constant true
  return %t : i1
}
func.func @unnamed_entry(i32, i64) -> i64 {
^bb0(%a: i32, %b: i64):
  return %b : i64
}
