// RUN: pymlir-opt %s --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: pymlir-opt %s --split-input-file | pymlir-opt --split-input-file | FileCheck %s

/// Pointers: the default address space is elided.
// CHECK-LABEL: func.func private @pointers(!llvm.ptr, !llvm.ptr, !llvm.ptr<1>, !llvm.ptr<4294967295>)
func.func private @pointers(!llvm.ptr, !llvm.ptr<0>, !llvm.ptr<1>, !llvm.ptr<-1>)

// -----

/// Simple types.
// CHECK-LABEL: func.func private @simple(!llvm.void, !llvm.token, !llvm.label, !llvm.metadata, !llvm.ppc_fp128, !llvm.x86_amx)
func.func private @simple(!llvm.void, !llvm.token, !llvm.label, !llvm.metadata, !llvm.ppc_fp128, !llvm.x86_amx)

// -----

/// Arrays: nested llvm types print without the `!llvm.` prefix.
// CHECK-LABEL: func.func private @arrays
// CHECK-SAME: !llvm.array<4 x i32>, !llvm.array<0 x ptr>, !llvm.array<2 x array<3 x f64>>
// CHECK-SAME: !llvm.array<2 x vector<4xf32>>, !llvm.array<2 x ptr<2>>, !llvm.array<1 x !llvm.ppc_fp128>
func.func private @arrays(!llvm.array<4 x i32>, !llvm.array<0 x !llvm.ptr>, !llvm.array<2 x array<3 x f64>>, !llvm.array<2 x vector<4xf32>>, !llvm.array<2 x !llvm.ptr<2>>, !llvm.array<1 x ppc_fp128>)

// -----

/// Function types, with varargs.
// CHECK-LABEL: func.func private @functions
// CHECK-SAME: !llvm.func<void ()>, !llvm.func<i32 (f32, ptr)>, !llvm.func<void (i32, ...)>
// CHECK-SAME: !llvm.func<ptr (...)>, !llvm.func<struct<(i32)> (array<2 x i8>)>
func.func private @functions(!llvm.func<void ()>, !llvm.func<i32 (f32, !llvm.ptr)>, !llvm.func<void (i32, ...)>, !llvm.func<ptr (...)>, !llvm.func<struct<(i32)> (array<2 x i8>)>)

// -----

/// Literal and packed structs.
// CHECK-LABEL: func.func private @literal_structs
// CHECK-SAME: !llvm.struct<()>, !llvm.struct<(i32)>, !llvm.struct<(ptr, f32)>
// CHECK-SAME: !llvm.struct<packed (i8, i32)>, !llvm.struct<(struct<(i1)>, ptr<3>)>
func.func private @literal_structs(!llvm.struct<()>, !llvm.struct<(i32)>, !llvm.struct<(!llvm.ptr, f32)>, !llvm.struct<packed (i8, i32)>, !llvm.struct<(struct<(i1)>, ptr<3>)>)

// -----

/// Identified structs: opaque, packed, empty, and recursive references.
// CHECK-LABEL: func.func private @identified_structs
// CHECK-SAME: !llvm.struct<"a", (i32, ptr)>, !llvm.struct<"a", (i32, ptr)>
// CHECK-SAME: !llvm.struct<"opaque", opaque>, !llvm.struct<"packed", packed (i8, i64)>
// CHECK-SAME: !llvm.struct<"empty", ()>, !llvm.struct<"list", (i32, struct<"list">)>
// CHECK-SAME: !llvm.struct<"x", (struct<"y", (struct<"x">)>)>, !llvm.struct<"q\22uote", (f32)>
func.func private @identified_structs(!llvm.struct<"a", (i32, ptr)>, !llvm.struct<"a", (i32, ptr)>, !llvm.struct<"opaque", opaque>, !llvm.struct<"packed", packed (i8, i64)>, !llvm.struct<"empty", ()>, !llvm.struct<"list", (i32, struct<"list">)>, !llvm.struct<"x", (struct<"y", (struct<"x">)>)>, !llvm.struct<"q\22uote", (f32)>)

// -----

/// An identified struct nested elsewhere prints its own body again.
// CHECK-LABEL: func.func private @identified_nested
// CHECK-SAME: !llvm.struct<"y", (struct<"x", (struct<"y">)>)>
func.func private @identified_nested(!llvm.struct<"x", (struct<"y", (struct<"x">)>)>, !llvm.struct<"y", (struct<"x", (struct<"y">)>)>)

// -----

/// Target extension types keep the full syntax of their type parameters.
// CHECK-LABEL: func.func private @targets
// CHECK-SAME: !llvm.target<"a">, !llvm.target<"b", i32>, !llvm.target<"c", 1, 2>
// CHECK-SAME: !llvm.target<"spirv.Image", !llvm.ptr, 1, 0>, !llvm.struct<(target<"d", !llvm.ptr>)>
func.func private @targets(!llvm.target<"a">, !llvm.target<"b", i32>, !llvm.target<"c", 1, 2>, !llvm.target<"spirv.Image", !llvm.ptr, 1, 0>, !llvm.struct<(target<"d", !llvm.ptr>)>)

// -----

/// Vectors of pointers use the builtin vector type.
// CHECK-LABEL: func.func private @vectors
// CHECK-SAME: vector<4x!llvm.ptr>, vector<[2]x!llvm.ptr<1>>, vector<2x!llvm.ppc_fp128>
func.func private @vectors(vector<4x!llvm.ptr>, vector<[2]x!llvm.ptr<1>>, vector<2x!llvm.ppc_fp128>)

// -----

/// The generic form prints the types the same way.
// GENERIC-LABEL: "func.func"() <{function_type = (!llvm.ptr<1>, !llvm.struct<(ptr, array<2 x i64>)>) -> !llvm.func<void ()>
func.func private @generic(!llvm.ptr<1>, !llvm.struct<(ptr, array<2 x i64>)>) -> !llvm.func<void ()>
