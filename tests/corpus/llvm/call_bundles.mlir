llvm.func @g(i32) -> i32
llvm.func @h(i32)
llvm.func @f(%a: i32, %p: !llvm.ptr) {
  %0 = llvm.call @g(%a) ["a"(), "b"(%a, %p : i32, !llvm.ptr)] : (i32) -> i32
  %1 = "llvm.call"(%a) <{callee = @g, op_bundle_sizes = array<i32>, operandSegmentSizes = array<i32: 1, 0>, arg_attrs = [{llvm.noundef}], res_attrs = [{llvm.zeroext}]}> : (i32) -> i32
  %2 = llvm.call @g(%a) {no_inline} : (i32) -> i32
  llvm.call @h(%a) {memory_effects = #llvm.memory_effects<other = none, argMem = read, inaccessibleMem = none, errnoMem = none, targetMem0 = none, targetMem1 = none>} : (i32) -> ()
  %3 = llvm.call_intrinsic "llvm.x"(%a) ["c"(%a : i32)] {fastmathFlags = #llvm.fastmath<fast>} : (i32) -> i32
  %4 = "llvm.call_intrinsic"(%a) <{intrin = "llvm.y", op_bundle_sizes = array<i32>, operandSegmentSizes = array<i32: 1, 0>, arg_attrs = [{llvm.noundef}]}> : (i32) -> i32
  %5 = llvm.call %p(%a) vararg(!llvm.func<i32 (i32, ...)>) : !llvm.ptr, (i32) -> i32
  llvm.return
}
