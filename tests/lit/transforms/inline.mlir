// RUN: pymlir-opt %s --split-input-file -inline='default-pipeline=' | FileCheck %s
// RUN: pymlir-opt %s --split-input-file -inline='default-pipeline=' --mlir-print-debuginfo --mlir-print-local-scope | FileCheck %s --check-prefix=LOC
// RUN: pymlir-opt %s --split-input-file -inline='default-pipeline= inlining-threshold=0' | FileCheck %s --check-prefix=NONE

/// A callee's body replaces the call; `no_inline` on the call or on the callee, and
/// declarations, keep the call; a private callee left without uses is erased.
// CHECK-LABEL: func.func @uses
// CHECK-NEXT: %[[D:.*]] = arith.addi %{{.*}}, %{{.*}} : i32
// CHECK-NEXT: %[[K:.*]] = call @double(%[[D]]) {no_inline}
// CHECK-NEXT: %[[M:.*]] = arith.muli %[[K]], %[[K]] : i32
// CHECK-NEXT: return %[[D]], %[[K]], %[[M]]
// CHECK-NOT: @private_helper
// CHECK-LABEL: func.func @not_inlined
// CHECK-NEXT: call @opaque
// CHECK-NEXT: call @decl
// NONE-LABEL: func.func @uses
// NONE-NEXT: call @double
// LOC-LABEL: func.func @uses
// LOC-NEXT: arith.addi {{.*}} loc(callsite("lib.c":2:8 at "main.c":7:10))
func.func @double(%x: i32) -> i32 {
  %d = arith.addi %x, %x : i32 loc("lib.c":2:8)
  return %d : i32 loc("lib.c":3:3)
}

func.func private @private_helper(%x: i32) -> i32 {
  %m = arith.muli %x, %x : i32
  return %m : i32
}

func.func @uses(%a: i32) -> (i32, i32, i32) {
  %0 = func.call @double(%a) : (i32) -> i32 loc("main.c":7:10)
  %1 = func.call @double(%0) {no_inline} : (i32) -> i32
  %2 = func.call @private_helper(%1) : (i32) -> i32
  return %0, %1, %2 : i32, i32, i32
}

func.func @opaque(%x: i32) -> i32 attributes {no_inline} {
  return %x : i32
}

func.func private @decl(i32) -> i32

func.func @not_inlined(%a: i32) -> (i32, i32) {
  %0 = func.call @opaque(%a) : (i32) -> i32
  %1 = func.call @decl(%a) : (i32) -> i32
  return %0, %1 : i32, i32
}

// -----

/// A callee with several blocks: its returns branch to a new block after the call,
/// whose argument replaces the result; locations (block arguments' too) become call
/// sites. In an scf region, which holds a single block, only the one-block callee is
/// inlined.
// CHECK-LABEL: func.func @calls_branchy
// CHECK-NEXT: cf.cond_br %{{.*}}, ^bb1, ^bb2(%{{.*}} : i32)
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: %[[C7:.*]] = arith.constant 7 : i32
// CHECK-NEXT: cf.br ^bb3(%[[C7]] : i32)
// CHECK-NEXT: ^bb2(%[[Y:.*]]: i32):
// CHECK-NEXT: cf.br ^bb3(%[[Y]] : i32)
// CHECK-NEXT: ^bb3(%[[R:.*]]: i32):
// CHECK-NEXT: return %[[R]] : i32
// CHECK-LABEL: func.func @in_region
// CHECK: scf.if
// CHECK-NEXT: arith.addi
// CHECK: } else {
// CHECK-NEXT: func.call @branchy
// LOC-LABEL: func.func @calls_branchy
// LOC: ^bb2(%{{.*}}: i32 loc(callsite("y" at "site"))):
// LOC: ^bb3(%{{.*}}: i32 loc("site")):
func.func @branchy(%c: i1, %x: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2(%x : i32)
^bb1:
  %k = arith.constant 7 : i32
  return %k : i32
^bb2(%y: i32 loc("y")):
  return %y : i32
}

func.func @calls_branchy(%c: i1, %x: i32) -> i32 {
  %r = func.call @branchy(%c, %x) : (i1, i32) -> i32 loc("site")
  return %r : i32
}

func.func @one_block(%x: i32) -> i32 {
  %d = arith.addi %x, %x : i32
  return %d : i32
}

func.func @in_region(%c: i1, %x: i32) -> i32 {
  %r = scf.if %c -> i32 {
    %d = func.call @one_block(%x) : (i32) -> i32
    scf.yield %d : i32
  } else {
    %b = func.call @branchy(%c, %x) : (i1, i32) -> i32
    scf.yield %b : i32
  }
  return %r : i32
}

// -----

/// Calls inlined bottom-up through several levels; recursive calls (direct, or
/// through another function) and indirect calls stay.
// CHECK-LABEL: func.func @level2
// CHECK-NEXT: return
// CHECK-LABEL: func.func @self
// CHECK-NEXT: call @self
// CHECK-LABEL: func.func @ping
// CHECK-NEXT: call @pong
// CHECK-LABEL: func.func @pong
// CHECK-NEXT: call @ping
// CHECK-LABEL: func.func @indirect
// CHECK: call_indirect
func.func @level0() {
  return
}
func.func @level1() {
  func.call @level0() : () -> ()
  return
}
func.func @level2() {
  func.call @level1() : () -> ()
  return
}

func.func @self(%n: i32) -> i32 {
  %r = func.call @self(%n) : (i32) -> i32
  return %r : i32
}

func.func @ping(%n: i32) -> i32 {
  %r = func.call @pong(%n) : (i32) -> i32
  return %r : i32
}
func.func @pong(%n: i32) -> i32 {
  %r = func.call @ping(%n) : (i32) -> i32
  return %r : i32
}

func.func @indirect(%x: i32) -> i32 {
  %f = func.constant @level_any : (i32) -> i32
  %r = func.call_indirect %f(%x) : (i32) -> i32
  return %r : i32
}

func.func @level_any(%x: i32) -> i32 {
  return %x : i32
}
