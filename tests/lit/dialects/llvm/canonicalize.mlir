// RUN: pymlir-opt %s --split-input-file --canonicalize | FileCheck %s

/// or and shl of constants fold; with a non-constant operand they stay.
// CHECK-LABEL: llvm.func @int_folds
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: i32) -> i32 {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.mlir.constant(3 : i32) : i32
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.mlir.constant(33 : i32) : i32
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.mlir.constant(15 : i32) : i32
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = llvm.mlir.constant(24 : i32) : i32
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = llvm.shl %[[V0]], %[[V1]] : i32
// CHECK-NEXT: %[[V5:[a-z0-9_]+]] = llvm.or %[[A0]], %[[V0]] : i32
// CHECK-NEXT: %[[V6:[a-z0-9_]+]] = llvm.add %[[V2]], %[[V3]] : i32
// CHECK-NEXT: %[[V7:[a-z0-9_]+]] = llvm.add %[[V6]], %[[V4]] : i32
// CHECK-NEXT: %[[V8:[a-z0-9_]+]] = llvm.add %[[V7]], %[[V5]] : i32
// CHECK-NEXT: llvm.return %[[V8]] : i32
// CHECK-NEXT: }
llvm.func @int_folds(%a: i32) -> i32 {
  %c3 = llvm.mlir.constant(3 : i32) : i32
  %c12 = llvm.mlir.constant(12 : i32) : i32
  %c33 = llvm.mlir.constant(33 : i32) : i32
  %0 = llvm.or %c3, %c12 : i32
  %1 = llvm.shl %c3, %c3 : i32
  %2 = llvm.shl %c3, %c33 : i32
  %3 = llvm.or %a, %c3 : i32
  %4 = llvm.add %0, %1 : i32
  %5 = llvm.add %4, %2 : i32
  %6 = llvm.add %5, %3 : i32
  llvm.return %6 : i32
}

// -----

/// icmp eq/ne of a value with itself, and of an alloca with null.
// CHECK-LABEL: llvm.func @icmp_folds
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: i64, %[[A1:[a-z0-9_]+]]: i32) -> i1 {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.mlir.constant(true) : i1
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.mlir.constant(false) : i1
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.icmp "sle" %[[A0]], %[[A0]] : i64
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = llvm.and %[[V0]], %[[V1]] : i1
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = llvm.and %[[V3]], %[[V2]] : i1
// CHECK-NEXT: %[[V5:[a-z0-9_]+]] = llvm.and %[[V4]], %[[V0]] : i1
// CHECK-NEXT: llvm.return %[[V5]] : i1
// CHECK-NEXT: }
llvm.func @icmp_folds(%a: i64, %n: i32) -> i1 {
  %0 = llvm.icmp "eq" %a, %a : i64
  %1 = llvm.icmp "ne" %a, %a : i64
  %2 = llvm.icmp "sle" %a, %a : i64
  %p = llvm.alloca %n x i8 : (i32) -> !llvm.ptr
  %z = llvm.mlir.zero : !llvm.ptr
  %3 = llvm.icmp "ne" %z, %p : !llvm.ptr
  %4 = llvm.and %0, %1 : i1
  %5 = llvm.and %4, %2 : i1
  %6 = llvm.and %5, %3 : i1
  llvm.return %6 : i1
}

// -----

/// Cast chains fold to their source.
// CHECK-LABEL: llvm.func @cast_folds
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: vector<2xi32>, %[[A1:[a-z0-9_]+]]: !llvm.ptr<1>) -> vector<2xi32> {
// CHECK-NEXT: llvm.return %[[A0]] : vector<2xi32>
// CHECK-NEXT: }
llvm.func @cast_folds(%a: vector<2xi32>, %p: !llvm.ptr<1>) -> vector<2xi32> {
  %0 = llvm.bitcast %a : vector<2xi32> to i64
  %1 = llvm.bitcast %0 : i64 to vector<2xi32>
  %2 = llvm.addrspacecast %p : !llvm.ptr<1> to !llvm.ptr<1>
  %3 = llvm.bitcast %1 : vector<2xi32> to vector<2xi32>
  llvm.return %3 : vector<2xi32>
}

// -----

/// getelementptr: constant dynamic indices become constant indices; a zero index folds.
// CHECK-LABEL: llvm.func @gep_folds
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: !llvm.ptr, %[[A1:[a-z0-9_]+]]: i64) -> !llvm.ptr {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.getelementptr %[[A0]][%[[A1]], 5] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8 x i32>
// CHECK-NEXT: llvm.return %[[V0]] : !llvm.ptr
// CHECK-NEXT: }
llvm.func @gep_folds(%p: !llvm.ptr, %i: i64) -> !llvm.ptr {
  %c0 = llvm.mlir.constant(0 : i64) : i64
  %c5 = llvm.mlir.constant(5 : i64) : i64
  %0 = llvm.getelementptr %p[%c0] : (!llvm.ptr, i64) -> !llvm.ptr, i32
  %1 = llvm.getelementptr %0[%i, %c5] : (!llvm.ptr, i64, i64) -> !llvm.ptr, !llvm.array<8 x i32>
  llvm.return %1 : !llvm.ptr
}

// -----

/// extractvalue through insertvalue and extractvalue chains, and of undef.
// CHECK-LABEL: llvm.func @aggregate_folds
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: !llvm.struct<(struct<(i32, f32)>, i64)>, %[[A1:[a-z0-9_]+]]: i64) -> f32 {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.mlir.undef : f32
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.extractvalue %[[A0]][0, 1] : !llvm.struct<(struct<(i32, f32)>, i64)>
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.fadd %[[V1]], %[[V0]] : f32
// CHECK-NEXT: llvm.return %[[V2]] : f32
// CHECK-NEXT: }
llvm.func @aggregate_folds(%s: !llvm.struct<(struct<(i32, f32)>, i64)>, %a: i64) -> f32 {
  %0 = llvm.insertvalue %a, %s[1] : !llvm.struct<(struct<(i32, f32)>, i64)>
  %1 = llvm.extractvalue %0[0] : !llvm.struct<(struct<(i32, f32)>, i64)>
  %2 = llvm.extractvalue %1[1] : !llvm.struct<(i32, f32)>
  %u = llvm.mlir.undef : !llvm.struct<(f32)>
  %3 = llvm.extractvalue %u[0] : !llvm.struct<(f32)>
  %4 = llvm.fadd %2, %3 : f32
  llvm.return %4 : f32
}

// -----

/// Constants are uniqued and hoisted, addresses of globals too.
// CHECK-LABEL: llvm.mlir.global internal @g
// CHECK-SAME: (0 : i32) {addr_space = 0 : i32} : i32
// CHECK-NEXT: llvm.func @constants() -> i32 {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.mlir.constant(1 : i32) : i32
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.mlir.addressof @g : !llvm.ptr
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.load %[[V1]] : !llvm.ptr -> i32
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = llvm.load %[[V1]] : !llvm.ptr -> i32
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = llvm.add %[[V2]], %[[V0]] : i32
// CHECK-NEXT: %[[V5:[a-z0-9_]+]] = llvm.add %[[V3]], %[[V0]] : i32
// CHECK-NEXT: %[[V6:[a-z0-9_]+]] = llvm.mul %[[V4]], %[[V5]] : i32
// CHECK-NEXT: llvm.return %[[V6]] : i32
// CHECK-NEXT: }
llvm.mlir.global internal @g(0 : i32) : i32
llvm.func @constants() -> i32 {
  %0 = llvm.mlir.addressof @g : !llvm.ptr
  %1 = llvm.load %0 : !llvm.ptr -> i32
  %2 = llvm.mlir.addressof @g : !llvm.ptr
  %3 = llvm.load %2 : !llvm.ptr -> i32
  %c = llvm.mlir.constant(1 : i32) : i32
  %d = llvm.mlir.constant(1 : i32) : i32
  %4 = llvm.add %1, %c : i32
  %5 = llvm.add %3, %d : i32
  %6 = llvm.mul %4, %5 : i32
  llvm.return %6 : i32
}
