func.func private @f(!llvm.struct<(ppc_fp128)>)
// -----
func.func private @f(!llvm.struct<(void)>)
// -----
func.func private @f(!llvm.array<2 x label>)
// -----
func.func private @f(!llvm.struct<(f32, !llvm.void)>)
// -----
func.func private @f(!llvm.struct<"a">)
// -----
func.func private @f(!llvm.struct<>)
// -----
func.func private @f(!llvm.ptr<1, 2>)
// -----
func.func private @f(!llvm.foo)
// -----
func.func private @f(!llvm.struct<(foo)>)
// -----
func.func private @f(!llvm.array<2 x i32, 3>)
// -----
func.func private @f(!llvm.array<x i32>)
// -----
func.func private @f(!llvm.func<i32>)
// -----
func.func private @f(!llvm.func<i32 (...)>)
// -----
func.func private @f(!llvm.func<i32 (i32, ..., i32)>)
// -----
func.func private @f(!llvm.struct<"a", (i32)>, !llvm.struct<"a", (f32)>)
// -----
func.func private @f(!llvm.struct<"a", opaque>, !llvm.struct<"a", (f32)>)
// -----
func.func private @f(!llvm.array<2 x tensor<4xf32>>)
// -----
func.func private @f(!llvm.struct<(tensor<4xf32>)>)
// -----
func.func private @f(!llvm.func<tensor<4xf32> ()>)
// -----
func.func private @f(!llvm.func<void (void)>)
// -----
func.func private @f(!llvm.ptr<-1>)
// -----
func.func private @f(!llvm.struct<"a", packed opaque>)
// -----
func.func private @f(!llvm.struct<(i32) >)
// -----
func.func private @f(!llvm.target<"x">, !llvm.target<"y", i32>, !llvm.target<"z", 1, 2>,!llvm.target<"w", i32, f32, 1>)
