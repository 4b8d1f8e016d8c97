// RUN: pymlir-opt %s --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | pymlir-opt --split-input-file | FileCheck %s

/// Integer arithmetic with overflow, exact and disjoint flags.
// CHECK-LABEL: llvm.func @int_arith
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: i32, %[[A1:[a-z0-9_]+]]: i32, %[[A2:[a-z0-9_]+]]: vector<4xi32>) -> i32 {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.add %[[A0]], %[[A1]] : i32
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.sub %[[A0]], %[[A1]] overflow<nsw> : i32
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.mul %[[A0]], %[[A1]] overflow<nuw> : i32
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = llvm.udiv exact %[[A0]], %[[A1]] : i32
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = llvm.sdiv %[[A0]], %[[A1]] : i32
// CHECK-NEXT: %[[V5:[a-z0-9_]+]] = llvm.urem %[[A0]], %[[A1]] : i32
// CHECK-NEXT: %[[V6:[a-z0-9_]+]] = llvm.srem %[[A0]], %[[A1]] : i32
// CHECK-NEXT: %[[V7:[a-z0-9_]+]] = llvm.and %[[A0]], %[[A1]] : i32
// CHECK-NEXT: %[[V8:[a-z0-9_]+]] = llvm.or disjoint %[[A0]], %[[A1]] : i32
// CHECK-NEXT: %[[V9:[a-z0-9_]+]] = llvm.xor %[[A0]], %[[A1]] : i32
// CHECK-NEXT: %[[V10:[a-z0-9_]+]] = llvm.shl %[[A0]], %[[A1]] overflow<nsw, nuw> : i32
// CHECK-NEXT: %[[V11:[a-z0-9_]+]] = llvm.lshr exact %[[A0]], %[[A1]] : i32
// CHECK-NEXT: %[[V12:[a-z0-9_]+]] = llvm.ashr %[[A0]], %[[A1]] : i32
// CHECK-NEXT: %[[V13:[a-z0-9_]+]] = llvm.add %[[A2]], %[[A2]] {tag} : vector<4xi32>
// CHECK-NEXT: %[[V14:[a-z0-9_]+]] = llvm.mul %[[A0]], %[[A1]] overflow<nsw> {tag = 3 : i64} : i32
// CHECK-NEXT: llvm.return %[[V0]] : i32
// CHECK-NEXT: }
llvm.func @int_arith(%a: i32, %b: i32, %v: vector<4xi32>) -> i32 {
  %0 = llvm.add %a, %b : i32
  %1 = llvm.sub %a, %b overflow<nsw> : i32
  %2 = llvm.mul %a, %b overflow<nuw> : i32
  %3 = llvm.udiv exact %a, %b : i32
  %4 = llvm.sdiv %a, %b : i32
  %5 = llvm.urem %a, %b : i32
  %6 = llvm.srem %a, %b : i32
  %7 = llvm.and %a, %b : i32
  %8 = llvm.or disjoint %a, %b : i32
  %9 = llvm.xor %a, %b : i32
  %10 = llvm.shl %a, %b overflow<nuw, nsw> : i32
  %11 = llvm.lshr exact %a, %b : i32
  %12 = llvm.ashr %a, %b : i32
  %13 = llvm.add %v, %v {tag} : vector<4xi32>
  %14 = llvm.mul %a, %b overflow<nsw> {tag = 3} : i32
  llvm.return %0 : i32
}

// -----

/// Float arithmetic, fast-math flags in the attribute dictionary.
// CHECK-LABEL: llvm.func @float_arith
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: f32, %[[A1:[a-z0-9_]+]]: f32, %[[A2:[a-z0-9_]+]]: vector<2xf64>) {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.fadd %[[A0]], %[[A1]] : f32
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.fsub %[[A0]], %[[A1]] {fastmathFlags = #llvm.fastmath<nnan, ninf>} : f32
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.fmul %[[A0]], %[[A1]] {fastmathFlags = #llvm.fastmath<fast>} : f32
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = llvm.fdiv %[[A2]], %[[A2]] : vector<2xf64>
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = llvm.frem %[[A0]], %[[A1]] : f32
// CHECK-NEXT: %[[V5:[a-z0-9_]+]] = llvm.fneg %[[A0]] {fastmathFlags = #llvm.fastmath<nsz>} : f32
// CHECK-NEXT: llvm.return
// CHECK-NEXT: }
llvm.func @float_arith(%f: f32, %g: f32, %d: vector<2xf64>) {
  %0 = llvm.fadd %f, %g : f32
  %1 = llvm.fsub %f, %g {fastmathFlags = #llvm.fastmath<nnan, ninf>} : f32
  %2 = llvm.fmul %f, %g {fastmathFlags = #llvm.fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn>} : f32
  %3 = llvm.fdiv %d, %d : vector<2xf64>
  %4 = llvm.frem %f, %g : f32
  %5 = llvm.fneg %f {fastmathFlags = #llvm.fastmath<nsz>} : f32
  llvm.return
}

// -----

/// Comparisons, select and freeze.
// CHECK-LABEL: llvm.func @compare
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: i64, %[[A1:[a-z0-9_]+]]: i64, %[[A2:[a-z0-9_]+]]: f64, %[[A3:[a-z0-9_]+]]: !llvm.ptr, %[[A4:[a-z0-9_]+]]: vector<2xf32>) {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.icmp "ule" %[[A0]], %[[A1]] : i64
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.icmp "ne" %[[A3]], %[[A3]] : !llvm.ptr
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.fcmp "uno" %[[A2]], %[[A2]] {fastmathFlags = #llvm.fastmath<fast>} : f64
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = llvm.fcmp "_false" %[[A4]], %[[A4]] : vector<2xf32>
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = llvm.select %[[V0]], %[[A0]], %[[A1]] : i1, i64
// CHECK-NEXT: %[[V5:[a-z0-9_]+]] = llvm.select %[[V3]], %[[A4]], %[[A4]] {fastmathFlags = #llvm.fastmath<nnan>} : vector<2xi1>, vector<2xf32>
// CHECK-NEXT: %[[V6:[a-z0-9_]+]] = llvm.freeze %[[A3]] : !llvm.ptr
// CHECK-NEXT: llvm.return
// CHECK-NEXT: }
llvm.func @compare(%a: i64, %b: i64, %f: f64, %p: !llvm.ptr, %v: vector<2xf32>) {
  %0 = llvm.icmp "ule" %a, %b : i64
  %1 = llvm.icmp "ne" %p, %p : !llvm.ptr
  %2 = llvm.fcmp "uno" %f, %f {fastmathFlags = #llvm.fastmath<fast>} : f64
  %3 = llvm.fcmp "_false" %v, %v : vector<2xf32>
  %4 = llvm.select %0, %a, %b : i1, i64
  %5 = llvm.select %3, %v, %v {fastmathFlags = #llvm.fastmath<nnan>} : vector<2xi1>, vector<2xf32>
  %6 = llvm.freeze %p : !llvm.ptr
  llvm.return
}

// -----

/// Casts.
// CHECK-LABEL: llvm.func @casts
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: i16, %[[A1:[a-z0-9_]+]]: f32, %[[A2:[a-z0-9_]+]]: f64, %[[A3:[a-z0-9_]+]]: !llvm.ptr<3>, %[[A4:[a-z0-9_]+]]: vector<4xi8>) {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.trunc %[[A0]] overflow<nuw> : i16 to i1
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.zext nneg %[[A0]] : i16 to i32
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.sext %[[A4]] : vector<4xi8> to vector<4xi64>
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = llvm.fptrunc %[[A2]] : f64 to f16
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = llvm.fpext %[[A1]] : f32 to f64
// CHECK-NEXT: %[[V5:[a-z0-9_]+]] = llvm.fptoui %[[A2]] : f64 to i64
// CHECK-NEXT: %[[V6:[a-z0-9_]+]] = llvm.fptosi %[[A1]] : f32 to i8
// CHECK-NEXT: %[[V7:[a-z0-9_]+]] = llvm.uitofp nneg %[[A0]] : i16 to f64
// CHECK-NEXT: %[[V8:[a-z0-9_]+]] = llvm.sitofp %[[A0]] : i16 to f32
// CHECK-NEXT: %[[V9:[a-z0-9_]+]] = llvm.ptrtoint %[[A3]] : !llvm.ptr<3> to i32
// CHECK-NEXT: %[[V10:[a-z0-9_]+]] = llvm.inttoptr %[[V1]] : i32 to !llvm.ptr
// CHECK-NEXT: %[[V11:[a-z0-9_]+]] = llvm.bitcast %[[A4]] : vector<4xi8> to i32
// CHECK-NEXT: %[[V12:[a-z0-9_]+]] = llvm.addrspacecast %[[A3]] : !llvm.ptr<3> to !llvm.ptr
// CHECK-NEXT: llvm.return
// CHECK-NEXT: }
llvm.func @casts(%a: i16, %f: f32, %d: f64, %p: !llvm.ptr<3>, %v: vector<4xi8>) {
  %0 = llvm.trunc %a overflow<nuw> : i16 to i1
  %1 = llvm.zext nneg %a : i16 to i32
  %2 = llvm.sext %v : vector<4xi8> to vector<4xi64>
  %3 = llvm.fptrunc %d : f64 to f16
  %4 = llvm.fpext %f : f32 to f64
  %5 = llvm.fptoui %d : f64 to i64
  %6 = llvm.fptosi %f : f32 to i8
  %7 = llvm.uitofp nneg %a : i16 to f64
  %8 = llvm.sitofp %a : i16 to f32
  %9 = llvm.ptrtoint %p : !llvm.ptr<3> to i32
  %10 = llvm.inttoptr %1 : i32 to !llvm.ptr
  %11 = llvm.bitcast %v : vector<4xi8> to i32
  %12 = llvm.addrspacecast %p : !llvm.ptr<3> to !llvm.ptr
  llvm.return
}

// -----

/// Memory: alloca, load and store with their flags, getelementptr.
// CHECK-LABEL: llvm.func @memory
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: i32, %[[A1:[a-z0-9_]+]]: !llvm.ptr, %[[A2:[a-z0-9_]+]]: i64, %[[A3:[a-z0-9_]+]]: f64) {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.alloca %[[A0]] x !llvm.struct<(i32, f64)> {alignment = 8 : i64} : (i32) -> !llvm.ptr
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.alloca inalloca %[[A0]] x i8 : (i32) -> !llvm.ptr
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.load %[[A1]] {alignment = 8 : i64} : !llvm.ptr -> f64
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = llvm.load volatile %[[A1]] atomic syncscope("agent") seq_cst {alignment = 8 : i64} : !llvm.ptr -> i64
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = llvm.load %[[A1]] invariant invariant_group {nontemporal} : !llvm.ptr -> !llvm.ptr
// CHECK-NEXT: llvm.store %[[A3]], %[[A1]] {alignment = 8 : i64} : f64, !llvm.ptr
// CHECK-NEXT: llvm.store volatile %[[A2]], %[[A1]] atomic unordered {alignment = 8 : i64} : i64, !llvm.ptr
// CHECK-NEXT: %[[V5:[a-z0-9_]+]] = llvm.getelementptr %[[A1]][%[[A2]]] : (!llvm.ptr, i64) -> !llvm.ptr, f64
// CHECK-NEXT: %[[V6:[a-z0-9_]+]] = llvm.getelementptr inbounds|nuw %[[V0]][0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i32, f64)>
// CHECK-NEXT: %[[V7:[a-z0-9_]+]] = llvm.getelementptr nusw %[[A1]][%[[A0]], 2, %[[A2]]] : (!llvm.ptr, i32, i64) -> !llvm.ptr, !llvm.array<4 x array<4 x i8>>
// CHECK-NEXT: %[[V8:[a-z0-9_]+]] = llvm.getelementptr nuw %[[A1]][-1] {tag} : (!llvm.ptr) -> !llvm.ptr, i32
// CHECK-NEXT: llvm.return
// CHECK-NEXT: }
llvm.func @memory(%n: i32, %p: !llvm.ptr, %i: i64, %x: f64) {
  %0 = llvm.alloca %n x !llvm.struct<(i32, f64)> {alignment = 8 : i64} : (i32) -> !llvm.ptr
  %1 = llvm.alloca inalloca %n x i8 : (i32) -> !llvm.ptr
  %2 = llvm.load %p {alignment = 8 : i64} : !llvm.ptr -> f64
  %3 = llvm.load volatile %p atomic syncscope("agent") seq_cst {alignment = 8 : i64} : !llvm.ptr -> i64
  %4 = llvm.load %p invariant invariant_group {nontemporal} : !llvm.ptr -> !llvm.ptr
  llvm.store %x, %p {alignment = 8 : i64} : f64, !llvm.ptr
  llvm.store volatile %i, %p atomic unordered {alignment = 8 : i64} : i64, !llvm.ptr
  %5 = llvm.getelementptr %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f64
  %6 = llvm.getelementptr inbounds|nuw %0[0, 1] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i32, f64)>
  %7 = llvm.getelementptr nusw %p[%n, 2, %i] : (!llvm.ptr, i32, i64) -> !llvm.ptr, !llvm.array<4 x array<4 x i8>>
  %8 = llvm.getelementptr nuw %p[-1] {tag} : (!llvm.ptr) -> !llvm.ptr, i32
  llvm.return
}

// -----

/// Atomics and fences.
// CHECK-LABEL: llvm.func @atomics
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: !llvm.ptr, %[[A1:[a-z0-9_]+]]: i32, %[[A2:[a-z0-9_]+]]: f32) {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.atomicrmw _and %[[A0]], %[[A1]] acq_rel : !llvm.ptr, i32
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.atomicrmw volatile fmax %[[A0]], %[[A2]] syncscope("one") release {alignment = 4 : i64} : !llvm.ptr, f32
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.atomicrmw uinc_wrap %[[A0]], %[[A1]] monotonic : !llvm.ptr, i32
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = llvm.cmpxchg %[[A0]], %[[A1]], %[[A1]] seq_cst acquire : !llvm.ptr, i32
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = llvm.cmpxchg weak %[[A0]], %[[A0]], %[[A0]] syncscope("x") monotonic monotonic : !llvm.ptr, !llvm.ptr
// CHECK-NEXT: llvm.fence release
// CHECK-NEXT: llvm.fence syncscope("singlethread") acq_rel
// CHECK-NEXT: llvm.return
// CHECK-NEXT: }
llvm.func @atomics(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = llvm.atomicrmw _and %p, %i acq_rel : !llvm.ptr, i32
  %1 = llvm.atomicrmw volatile fmax %p, %f syncscope("one") release {alignment = 4 : i64} : !llvm.ptr, f32
  %2 = llvm.atomicrmw uinc_wrap %p, %i monotonic : !llvm.ptr, i32
  %3 = llvm.cmpxchg %p, %i, %i seq_cst acquire : !llvm.ptr, i32
  %4 = llvm.cmpxchg weak %p, %p, %p syncscope("x") monotonic monotonic : !llvm.ptr, !llvm.ptr
  llvm.fence release
  llvm.fence syncscope("singlethread") acq_rel
  llvm.return
}

// -----

/// Aggregates and vectors.
// CHECK-LABEL: llvm.func @aggregates
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: !llvm.struct<(i32, array<3 x f32>)>, %[[A1:[a-z0-9_]+]]: vector<4xi32>, %[[A2:[a-z0-9_]+]]: vector<[2]xf32>, %[[A3:[a-z0-9_]+]]: i32) {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.extractvalue %[[A0]][1, 2] : !llvm.struct<(i32, array<3 x f32>)>
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.insertvalue %[[V0]], %[[A0]][1, 0] : !llvm.struct<(i32, array<3 x f32>)>
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.extractvalue %[[A0]][1] {tag} : !llvm.struct<(i32, array<3 x f32>)>
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = llvm.extractelement %[[A1]][%[[A3]] : i32] : vector<4xi32>
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = llvm.insertelement %[[V3]], %[[A1]][%[[A3]] : i32] : vector<4xi32>
// CHECK-NEXT: %[[V5:[a-z0-9_]+]] = llvm.shufflevector %[[A1]], %[[A1]] [3, 2, -1, 7, 0, 0] : vector<4xi32>
// CHECK-NEXT: %[[V6:[a-z0-9_]+]] = llvm.shufflevector %[[A2]], %[[A2]] [0, 0, 0] : vector<[2]xf32>
// CHECK-NEXT: llvm.return
// CHECK-NEXT: }
llvm.func @aggregates(%s: !llvm.struct<(i32, array<3 x f32>)>, %v: vector<4xi32>, %w: vector<[2]xf32>, %i: i32) {
  %0 = llvm.extractvalue %s[1, 2] : !llvm.struct<(i32, array<3 x f32>)>
  %1 = llvm.insertvalue %0, %s[1, 0] : !llvm.struct<(i32, array<3 x f32>)>
  %2 = llvm.extractvalue %s[1] {tag} : !llvm.struct<(i32, array<3 x f32>)>
  %3 = llvm.extractelement %v[%i : i32] : vector<4xi32>
  %4 = llvm.insertelement %3, %v[%i : i32] : vector<4xi32>
  %5 = llvm.shufflevector %v, %v [3, 2, -1, 7, 0, 0] : vector<4xi32>
  %6 = llvm.shufflevector %w, %w [0, 0, 0] : vector<[2]xf32>
  llvm.return
}

// -----

/// Constants and special values.
// CHECK-LABEL: llvm.func @constants
// CHECK-SAME: () {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.mlir.constant(7 : i8) : i8
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.mlir.constant(-3 : i64) : i64
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.mlir.constant(2.500000e+00 : f16) : f16
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = llvm.mlir.constant(0.000000e+00 : f64) : f64
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = llvm.mlir.constant(dense<[1, 2, 3, 4]> : vector<4xi16>) : vector<4xi16>
// CHECK-NEXT: %[[V5:[a-z0-9_]+]] = llvm.mlir.constant(dense<5.000000e-01> : tensor<2x3xf32>) : !llvm.array<2 x array<3 x f32>>
// CHECK-NEXT: %[[V6:[a-z0-9_]+]] = llvm.mlir.constant("hi\0A") : !llvm.array<3 x i8>
// CHECK-NEXT: %[[V7:[a-z0-9_]+]] = llvm.mlir.constant([1 : i8, 2.000000e+00 : f32]) : !llvm.struct<(i8, f32)>
// CHECK-NEXT: %[[V8:[a-z0-9_]+]] = llvm.mlir.constant(true) : i1
// CHECK-NEXT: %[[V9:[a-z0-9_]+]] = llvm.mlir.constant(4 : index) : i64
// CHECK-NEXT: %[[V10:[a-z0-9_]+]] = llvm.mlir.zero : !llvm.array<2 x i32>
// CHECK-NEXT: %[[V11:[a-z0-9_]+]] = llvm.mlir.undef : !llvm.ptr<1>
// CHECK-NEXT: %[[V12:[a-z0-9_]+]] = llvm.mlir.poison : !llvm.struct<"s", (i32)>
// CHECK-NEXT: %[[V13:[a-z0-9_]+]] = llvm.mlir.none : !llvm.token
// CHECK-NEXT: llvm.return
// CHECK-NEXT: }
llvm.func @constants() {
  %0 = llvm.mlir.constant(7 : i8) : i8
  %1 = llvm.mlir.constant(-3) : i64
  %2 = llvm.mlir.constant(2.5 : f16) : f16
  %3 = llvm.mlir.constant(0.0) : f64
  %4 = llvm.mlir.constant(dense<[1, 2, 3, 4]> : vector<4xi16>) : vector<4xi16>
  %5 = llvm.mlir.constant(dense<0.5> : tensor<2x3xf32>) : !llvm.array<2 x array<3 x f32>>
  %6 = llvm.mlir.constant("hi\0A") : !llvm.array<3 x i8>
  %7 = llvm.mlir.constant([1 : i8, 2.0 : f32]) : !llvm.struct<(i8, f32)>
  %8 = llvm.mlir.constant(true) : i1
  %9 = llvm.mlir.constant(4 : index) : i64
  %10 = llvm.mlir.zero : !llvm.array<2 x i32>
  %11 = llvm.mlir.undef : !llvm.ptr<1>
  %12 = llvm.mlir.poison : !llvm.struct<"s", (i32)>
  %13 = llvm.mlir.none : !llvm.token
  llvm.return
}

// -----

/// Branches and switches.
// CHECK-LABEL: llvm.func @control
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: i1, %[[A1:[a-z0-9_]+]]: i64) -> i64 {
// CHECK-NEXT: llvm.cond_br %[[A0]] weights([3, 1]), ^bb1(%[[A1]] : i64), ^bb2(%[[A1]], %[[A0]] : i64, i1)
// CHECK-NEXT: ^bb1(%[[V0:[a-z0-9_]+]]: i64):
// CHECK-NEXT: llvm.switch %[[V0]] : i64, ^bb3 [
// CHECK-NEXT: 0: ^bb3,
// CHECK-NEXT: -1: ^bb2(%[[V0]], %[[A0]] : i64, i1)
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb2(%[[V1:[a-z0-9_]+]]: i64, %[[V2:[a-z0-9_]+]]: i1):
// CHECK-NEXT: llvm.switch %[[V1]] : i64, ^bb3 [
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb3:
// CHECK-NEXT: llvm.br ^bb4
// CHECK-NEXT: ^bb4:
// CHECK-NEXT: llvm.return %[[A1]] : i64
// CHECK-NEXT: }
llvm.func @control(%c: i1, %a: i64) -> i64 {
  llvm.cond_br %c weights([3, 1]), ^bb1(%a : i64), ^bb2(%a, %c : i64, i1)
^bb1(%x: i64):
  llvm.switch %x : i64, ^bb3 [
    0: ^bb3,
    -1: ^bb2(%x, %c : i64, i1)
  ]
^bb2(%y: i64, %d: i1):
  llvm.switch %y : i64, ^bb3 []
^bb3:
  llvm.br ^bb4
^bb4:
  llvm.return %a : i64
}

// -----

/// A switch with branch weights, and unreachable.
// CHECK-LABEL: llvm.func @switch_weights
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: i8) {
// CHECK-NEXT: llvm.switch %[[A0]] : i8, ^bb1 [
// CHECK-NEXT: -1: ^bb2
// CHECK-NEXT: ] {branch_weights = array<i32: 5, 7>}
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: llvm.return
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: llvm.unreachable
// CHECK-NEXT: }
llvm.func @switch_weights(%a: i8) {
  llvm.switch %a : i8, ^bb1 [
    255: ^bb2
  ] {branch_weights = array<i32: 5, 7>}
^bb1:
  llvm.return
^bb2:
  llvm.unreachable
}

// -----

/// Direct, indirect and variadic calls, bundles, argument attributes.
// CHECK-LABEL: llvm.func @callee
// CHECK-SAME: (i32, f32) -> f32
// CHECK-NEXT: llvm.func @printf(!llvm.ptr, ...) -> i32
// CHECK-NEXT: llvm.func @calls(%[[A0:[a-z0-9_]+]]: i32, %[[A1:[a-z0-9_]+]]: f32, %[[A2:[a-z0-9_]+]]: !llvm.ptr) {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.call @callee(%[[A0]], %[[A1]]) : (i32, f32) -> f32
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.call %[[A2]](%[[A0]], %[[A1]]) : !llvm.ptr, (i32, f32) -> f32
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.call @printf(%[[A2]], %[[A0]]) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i32) -> i32
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = llvm.call coldcc notail @callee(%[[A0]], %[[A1]]) {fastmathFlags = #llvm.fastmath<afn>} : (i32, f32) -> f32
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = llvm.call @callee(%[[A0]], %[[A1]]) ["tag"(%[[A2]] : !llvm.ptr), "none"()] : (i32, f32) -> f32
// CHECK-NEXT: %[[V5:[a-z0-9_]+]] = llvm.call @callee(%[[A0]], %[[A1]]) {no_inline, will_return} : (i32 {llvm.signext}, f32) -> (f32 {llvm.noundef})
// CHECK-NEXT: llvm.call %[[A2]]() : !llvm.ptr, () -> ()
// CHECK-NEXT: %[[V6:[a-z0-9_]+]] = llvm.call_intrinsic "llvm.fabs.f32"(%[[A1]]) {fastmathFlags = #llvm.fastmath<nnan>} : (f32) -> f32
// CHECK-NEXT: llvm.call_intrinsic "llvm.trap"() : () -> ()
// CHECK-NEXT: llvm.return
// CHECK-NEXT: }
llvm.func @callee(i32, f32) -> f32
llvm.func @printf(!llvm.ptr, ...) -> i32
llvm.func @calls(%a: i32, %f: f32, %p: !llvm.ptr) {
  %0 = llvm.call @callee(%a, %f) : (i32, f32) -> f32
  %1 = llvm.call %p(%a, %f) : !llvm.ptr, (i32, f32) -> f32
  %2 = llvm.call @printf(%p, %a) vararg(!llvm.func<i32 (ptr, ...)>) : (!llvm.ptr, i32) -> i32
  %3 = llvm.call coldcc notail @callee(%a, %f) {fastmathFlags = #llvm.fastmath<afn>} : (i32, f32) -> f32
  %4 = llvm.call @callee(%a, %f) ["tag"(%p : !llvm.ptr), "none"()] : (i32, f32) -> f32
  %5 = llvm.call @callee(%a, %f) {no_inline, will_return} : (i32 {llvm.signext}, f32) -> (f32 {llvm.noundef})
  llvm.call %p() : !llvm.ptr, () -> ()
  %6 = llvm.call_intrinsic "llvm.fabs.f32"(%f) {fastmathFlags = #llvm.fastmath<nnan>} : (f32) -> f32
  llvm.call_intrinsic "llvm.trap"() : () -> ()
  llvm.return
}

// -----

/// Functions: linkage, visibility, unnamed_addr, calling convention, attributes.
// CHECK-LABEL: llvm.func internal @f0
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: i32 {llvm.signext}, %[[A1:[a-z0-9_]+]]: !llvm.ptr {llvm.align = 8 : i64, llvm.noalias}) -> (i32 {llvm.zeroext}) attributes {llvm.emit_c_interface, passthrough = ["nounwind", ["frame-pointer", "all"]]} {
// CHECK-NEXT: llvm.return %[[A0]] : i32
// CHECK-NEXT: }
// CHECK-NEXT: llvm.func fastcc @f1()
// CHECK-NEXT: llvm.func extern_weak protected local_unnamed_addr @f2(i64, ...)
// CHECK-NEXT: llvm.func weak_odr hidden unnamed_addr tailcc @f3(%[[A0]]: f64, ...) -> f64 attributes {dso_local, no_unwind, sym_visibility = "private"} {
// CHECK-NEXT: llvm.return %[[A0]] : f64
// CHECK-NEXT: }
// CHECK-NEXT: llvm.func @f4() attributes {frame_pointer = #llvm.framePointerKind<"non-leaf">, memory_effects = #llvm.memory_effects<other = none, argMem = readwrite, inaccessibleMem = write, errnoMem = read, targetMem0 = none, targetMem1 = none>, target_cpu = "generic"}
llvm.func internal @f0(%a: i32 {llvm.signext}, %p: !llvm.ptr {llvm.noalias, llvm.align = 8 : i64}) -> (i32 {llvm.zeroext}) attributes {llvm.emit_c_interface, passthrough = ["nounwind", ["frame-pointer", "all"]]} {
  llvm.return %a : i32
}
llvm.func fastcc @f1() -> !llvm.void
llvm.func extern_weak protected local_unnamed_addr @f2(i64, ...)
llvm.func weak_odr hidden unnamed_addr tailcc @f3(%x: f64, ...) -> f64 attributes {dso_local, no_unwind, sym_visibility = "private"} {
  llvm.return %x : f64
}
llvm.func @f4() attributes {memory_effects = #llvm.memory_effects<other = none, argMem = readwrite, inaccessibleMem = write, errnoMem = read, targetMem0 = none, targetMem1 = none>, frame_pointer = #llvm.framePointerKind<"non-leaf">, target_cpu = "generic"}

// -----

/// Globals: initial values, strings, regions, linkage and flags.
// CHECK-LABEL: llvm.mlir.global internal constant @g0
// CHECK-SAME: (42 : i64) {addr_space = 0 : i32} : i64
// CHECK-NEXT: llvm.mlir.global external @g1() {addr_space = 1 : i32} : f32
// CHECK-NEXT: llvm.mlir.global private unnamed_addr constant @g2("str\00") {addr_space = 0 : i32}
// CHECK-NEXT: llvm.mlir.global linkonce hidden thread_local local_unnamed_addr @g3(dense<[1, 2]> : tensor<2xi32>) {addr_space = 0 : i32, alignment = 16 : i64, section = "d"} : !llvm.array<2 x i32>
// CHECK-NEXT: llvm.mlir.global weak @g4() {addr_space = 0 : i32} : !llvm.ptr {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.mlir.addressof @g0 : !llvm.ptr
// CHECK-NEXT: llvm.return %[[V0]] : !llvm.ptr
// CHECK-NEXT: }
// CHECK-NEXT: llvm.func @ctor() {
// CHECK-NEXT: llvm.return
// CHECK-NEXT: }
// CHECK-NEXT: llvm.mlir.global_ctors ctors = [@ctor], priorities = [65535 : i32], data = [#llvm.zero]
// CHECK-NEXT: llvm.mlir.global_dtors dtors = [@ctor], priorities = [0 : i32], data = [#llvm.zero]
llvm.mlir.global internal constant @g0(42 : i64) : i64
llvm.mlir.global external @g1() {addr_space = 1 : i32} : f32
llvm.mlir.global private unnamed_addr constant @g2("str\00")
llvm.mlir.global linkonce hidden thread_local local_unnamed_addr @g3(dense<[1, 2]> : tensor<2xi32>) {alignment = 16 : i64, section = "d"} : !llvm.array<2 x i32>
llvm.mlir.global weak @g4() : !llvm.ptr {
  %0 = llvm.mlir.addressof @g0 : !llvm.ptr
  llvm.return %0 : !llvm.ptr
}
llvm.func @ctor() {
  llvm.return
}
llvm.mlir.global_ctors ctors = [@ctor], priorities = [65535 : i32], data = [#llvm.zero]
llvm.mlir.global_dtors dtors = [@ctor], priorities = [0 : i32], data = [#llvm.zero]

// -----

/// Types print their nested llvm types in short form.
// CHECK-LABEL: llvm.func @types
// CHECK-SAME: (!llvm.struct<"node", (i32, ptr, struct<"node">)>, !llvm.array<2 x struct<packed (i8, ptr<1>)>>, !llvm.target<"t", i32, 4>, vector<2x!llvm.ptr>) -> !llvm.struct<()>
llvm.func @types(%a: !llvm.struct<"node", (i32, ptr, struct<"node">)>, %b: !llvm.array<2 x !llvm.struct<packed (i8, ptr<1>)>>, %c: !llvm.target<"t", i32, 4>, %d: vector<2x!llvm.ptr>) -> !llvm.struct<()>

// -----

/// Math intrinsics in their custom form; fast-math flags in the attribute dictionary.
// CHECK-LABEL: llvm.func @math_intrinsics
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: f32, %[[A1:[a-z0-9_]+]]: vector<2xf64>, %[[A2:[a-z0-9_]+]]: i32) {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.intr.sqrt(%[[A0]]) : (f32) -> f32
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.intr.exp2(%[[A1]]) {fastmathFlags = #llvm.fastmath<afn>} : (vector<2xf64>) -> vector<2xf64>
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.intr.pow(%[[A0]], %[[A0]]) : (f32, f32) -> f32
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = llvm.intr.fmuladd(%[[A0]], %[[A0]], %[[A0]]) {fastmathFlags = #llvm.fastmath<contract>} : (f32, f32, f32) -> f32
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = llvm.intr.powi(%[[A0]], %[[A2]]) : (f32, i32) -> f32
// CHECK-NEXT: %[[V5:[a-z0-9_]+]] = llvm.intr.roundeven(%[[A1]]) : (vector<2xf64>) -> vector<2xf64>
// CHECK-NEXT: %[[V6:[a-z0-9_]+]] = llvm.intr.ctpop(%[[A2]]) : (i32) -> i32
// CHECK-NEXT: %[[V7:[a-z0-9_]+]] = llvm.intr.umin(%[[A2]], %[[A2]]) : (i32, i32) -> i32
// CHECK-NEXT: %[[V8:[a-z0-9_]+]] = llvm.intr.fshr(%[[A2]], %[[A2]], %[[A2]]) : (i32, i32, i32) -> i32
// CHECK-NEXT: %[[V9:[a-z0-9_]+]] = llvm.intr.llrint(%[[A0]]) : (f32) -> i64
// CHECK-NEXT: %[[V10:[a-z0-9_]+]] = llvm.intr.scmp(%[[A2]], %[[A2]]) : (i32, i32) -> i2
// CHECK-NEXT: %[[V11:[a-z0-9_]+]] = llvm.intr.frexp(%[[A0]]) : (f32) -> !llvm.struct<(f32, i32)>
// CHECK-NEXT: llvm.return
// CHECK-NEXT: }
llvm.func @math_intrinsics(%f: f32, %g: vector<2xf64>, %i: i32) {
  %0 = llvm.intr.sqrt(%f) : (f32) -> f32
  %1 = llvm.intr.exp2(%g) {fastmathFlags = #llvm.fastmath<afn>} : (vector<2xf64>) -> vector<2xf64>
  %2 = llvm.intr.pow(%f, %f) : (f32, f32) -> f32
  %3 = llvm.intr.fmuladd(%f, %f, %f) {fastmathFlags = #llvm.fastmath<contract>} : (f32, f32, f32) -> f32
  %4 = llvm.intr.powi(%f, %i) : (f32, i32) -> f32
  %5 = llvm.intr.roundeven(%g) : (vector<2xf64>) -> vector<2xf64>
  %6 = llvm.intr.ctpop(%i) : (i32) -> i32
  %7 = llvm.intr.umin(%i, %i) : (i32, i32) -> i32
  %8 = llvm.intr.fshr(%i, %i, %i) : (i32, i32, i32) -> i32
  %9 = llvm.intr.llrint(%f) : (f32) -> i64
  %10 = llvm.intr.scmp(%i, %i) : (i32, i32) -> i2
  %11 = llvm.intr.frexp(%f) : (f32) -> !llvm.struct<(f32, i32)>
  llvm.return
}

// -----

/// Intrinsics without a custom form print generically.
// CHECK-LABEL: llvm.func @generic_intrinsics
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: i32, %[[A1:[a-z0-9_]+]]: !llvm.ptr, %[[A2:[a-z0-9_]+]]: i64, %[[A3:[a-z0-9_]+]]: vector<4xi32>, %[[A4:[a-z0-9_]+]]: vector<4xf32>, %[[A5:[a-z0-9_]+]]: f32) {
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = "llvm.intr.ctlz"(%[[A0]]) <{is_zero_poison = true}> : (i32) -> i32
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = "llvm.intr.abs"(%[[A3]]) <{is_int_min_poison = false}> : (vector<4xi32>) -> vector<4xi32>
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = "llvm.intr.umul.with.overflow"(%[[A0]], %[[A0]]) : (i32, i32) -> !llvm.struct<(i32, i1)>
// CHECK-NEXT: "llvm.intr.memcpy"(%[[A1]], %[[A1]], %[[A2]]) <{isVolatile = true}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = "llvm.intr.vector.reduce.xor"(%[[A3]]) : (vector<4xi32>) -> i32
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = "llvm.intr.vector.reduce.fmul"(%[[A5]], %[[A4]]) <{fastmathFlags = #llvm.fastmath<reassoc>}> : (f32, vector<4xf32>) -> f32
// CHECK-NEXT: %[[V5:[a-z0-9_]+]] = "llvm.intr.is.fpclass"(%[[A4]]) <{bit = 516 : i32}> : (vector<4xf32>) -> vector<4xi1>
// CHECK-NEXT: %[[V6:[a-z0-9_]+]] = "llvm.intr.vscale"() : () -> i64
// CHECK-NEXT: llvm.return
// CHECK-NEXT: }
llvm.func @generic_intrinsics(%i: i32, %p: !llvm.ptr, %n: i64, %v: vector<4xi32>, %w: vector<4xf32>, %f: f32) {
  %0 = "llvm.intr.ctlz"(%i) <{is_zero_poison = true}> : (i32) -> i32
  %1 = "llvm.intr.abs"(%v) <{is_int_min_poison = false}> : (vector<4xi32>) -> vector<4xi32>
  %2 = "llvm.intr.umul.with.overflow"(%i, %i) : (i32, i32) -> !llvm.struct<(i32, i1)>
  "llvm.intr.memcpy"(%p, %p, %n) <{isVolatile = true}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
  %3 = "llvm.intr.vector.reduce.xor"(%v) : (vector<4xi32>) -> i32
  %4 = "llvm.intr.vector.reduce.fmul"(%f, %w) <{fastmathFlags = #llvm.fastmath<reassoc>}> : (f32, vector<4xf32>) -> f32
  %5 = "llvm.intr.is.fpclass"(%w) <{bit = 516 : i32}> : (vector<4xf32>) -> vector<4xi1>
  %6 = "llvm.intr.vscale"() : () -> i64
  llvm.return
}

// -----

/// Intrinsics with their own syntax.
// CHECK-LABEL: llvm.func @special_intrinsics
// CHECK-SAME: (%[[A0:[a-z0-9_]+]]: i1, %[[A1:[a-z0-9_]+]]: i64, %[[A2:[a-z0-9_]+]]: !llvm.ptr, %[[A3:[a-z0-9_]+]]: !llvm.ptr) {
// CHECK-NEXT: llvm.intr.assume %[[A0]] : i1
// CHECK-NEXT: llvm.intr.assume %[[A0]] ["align"(%[[A2]], %[[A1]] : !llvm.ptr, i64)] : i1
// CHECK-NEXT: %[[V0:[a-z0-9_]+]] = llvm.intr.expect %[[A1]], %[[A1]] : i64
// CHECK-NEXT: %[[V1:[a-z0-9_]+]] = llvm.intr.expect.with.probability %[[A1]], %[[A1]], 2.500000e-01 : i64
// CHECK-NEXT: %[[V2:[a-z0-9_]+]] = llvm.intr.stacksave : !llvm.ptr
// CHECK-NEXT: llvm.intr.stackrestore %[[V2]] : !llvm.ptr
// CHECK-NEXT: llvm.intr.lifetime.start %[[A2]] : !llvm.ptr
// CHECK-NEXT: llvm.intr.lifetime.end %[[A2]] : !llvm.ptr
// CHECK-NEXT: %[[V3:[a-z0-9_]+]] = llvm.intr.invariant.start 16, %[[A2]] : !llvm.ptr
// CHECK-NEXT: llvm.intr.invariant.end %[[V3]], 16, %[[A2]] : !llvm.ptr
// CHECK-NEXT: %[[V4:[a-z0-9_]+]] = llvm.intr.ptrmask %[[A2]], %[[A1]] : (!llvm.ptr, i64) -> !llvm.ptr
// CHECK-NEXT: %[[V5:[a-z0-9_]+]] = llvm.intr.get.active.lane.mask %[[A1]], %[[A1]] : i64, i64 to vector<8xi1>
// CHECK-NEXT: llvm.intr.vastart %[[A2]] : !llvm.ptr
// CHECK-NEXT: llvm.intr.vacopy %[[A2]] to %[[A3]] : !llvm.ptr, !llvm.ptr
// CHECK-NEXT: llvm.intr.vaend %[[A3]] : !llvm.ptr
// CHECK-NEXT: llvm.intr.trap
// CHECK-NEXT: llvm.intr.debugtrap
// CHECK-NEXT: llvm.intr.ubsantrap <{failureKind = 3 : i8}>
// CHECK-NEXT: llvm.return
// CHECK-NEXT: }
llvm.func @special_intrinsics(%b: i1, %i: i64, %p: !llvm.ptr, %q: !llvm.ptr) {
  llvm.intr.assume %b : i1
  llvm.intr.assume %b ["align"(%p, %i : !llvm.ptr, i64)] : i1
  %0 = llvm.intr.expect %i, %i : i64
  %1 = llvm.intr.expect.with.probability %i, %i, 2.500000e-01 : i64
  %2 = llvm.intr.stacksave : !llvm.ptr
  llvm.intr.stackrestore %2 : !llvm.ptr
  llvm.intr.lifetime.start %p : !llvm.ptr
  llvm.intr.lifetime.end %p : !llvm.ptr
  %3 = llvm.intr.invariant.start 16, %p : !llvm.ptr
  llvm.intr.invariant.end %3, 16, %p : !llvm.ptr
  %4 = llvm.intr.ptrmask %p, %i : (!llvm.ptr, i64) -> !llvm.ptr
  %5 = llvm.intr.get.active.lane.mask %i, %i : i64, i64 to vector<8xi1>
  llvm.intr.vastart %p : !llvm.ptr
  llvm.intr.vacopy %p to %q : !llvm.ptr, !llvm.ptr
  llvm.intr.vaend %q : !llvm.ptr
  llvm.intr.trap
  llvm.intr.debugtrap
  llvm.intr.ubsantrap <{failureKind = 3 : i8}>
  llvm.return
}

// -----

// The llvm dialect allows unknown operations, as upstream's: a generic one parses,
// verifies and prints without --allow-unregistered-dialect.
// CHECK-LABEL: llvm.func @unknown_op
// CHECK:         %{{.*}} = "llvm.not_an_op"(%{{.*}}) : (f32) -> f32
llvm.func @unknown_op(%a: f32) {
  %0 = "llvm.not_an_op"(%a) : (f32) -> f32
  llvm.return
}
