// RUN: pymlir-opt %s -split-input-file -verify-diagnostics -convert-cf-to-llvm | FileCheck %s
// RUN: pymlir-opt %s -split-input-file -verify-diagnostics -convert-cf-to-llvm=index-bitwidth=32 | FileCheck %s --check-prefix=I32

/// cf.switch becomes llvm.switch (block arguments of the index bitwidth); cf.assert
/// branches to a block that calls puts and abort.
// CHECK:       llvm.func @abort()
// CHECK:       llvm.func @puts(!llvm.ptr)
// CHECK:       llvm.mlir.global private constant @assert_msg(dense<[98, 111, 111, 109, 0]> : tensor<5xi8>)
// CHECK-LABEL: func.func @sw
//  CHECK-SAME: (%[[F:.*]]: i32, %[[A:.*]]: index)
//       CHECK:   %[[AI:.*]] = builtin.unrealized_conversion_cast %[[A]] : index to i64
//       CHECK:   llvm.switch %[[F]] : i32, ^bb1(%[[AI]] : i64) [
//  CHECK-NEXT:     4: ^bb2
//       CHECK:   ^bb1(%{{.*}}: i64):
//       CHECK:   llvm.cond_br %{{.*}}, ^bb3, ^bb4
//       CHECK:   ^bb4:
//       CHECK:   %[[M:.*]] = llvm.mlir.addressof @assert_msg : !llvm.ptr
//       CHECK:   %[[G:.*]] = llvm.getelementptr %[[M]][0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<5 x i8>
//       CHECK:   llvm.call @puts(%[[G]]) : (!llvm.ptr) -> ()
//       CHECK:   llvm.call @abort() : () -> ()
//       CHECK:   llvm.unreachable
// I32-LABEL: func.func @sw
//       I32:   builtin.unrealized_conversion_cast %{{.*}} : index to i32
//       I32:   llvm.switch %{{.*}} : i32, ^bb1(%{{.*}} : i32) [
func.func @sw(%f: i32, %a: index) -> index {
  cf.switch %f : i32, [
    default: ^bb1(%a : index),
    4: ^bb2
  ]
^bb1(%x: index):
  return %x : index
^bb2:
  %true = arith.constant true
  cf.assert %true, "boom"
  return %a : index
}

// -----

/// The cf dialect is illegal: a branch whose operands cannot be converted (tensors)
/// fails the pass.
func.func @tensor_branch(%t: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{failed to legalize operation 'cf.br' that was explicitly marked illegal}}
  cf.br ^bb1(%t : tensor<4xf32>)
^bb1(%x: tensor<4xf32>):
  return %x : tensor<4xf32>
}

// -----

/// Other ops are legal, so they are not folded (memref.dim of an alloc stays).
// CHECK-LABEL: func.func @not_folded
//       CHECK:   memref.dim
func.func @not_folded(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %a = memref.alloc(%n) : memref<?xf32>
  %d = memref.dim %a, %c0 : memref<?xf32>
  return %d : index
}
