// RUN: pymlir-opt %s --split-input-file --pass-pipeline='builtin.module(any(mem2reg))' | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mem2reg='region-simplify=false' | FileCheck %s

/// Loads before any store read the allocation's default value (ub.poison); later
/// loads read what was stored.
// CHECK-LABEL: func.func @straight
// CHECK-SAME: (%[[V:.*]]: f32)
// CHECK-NEXT: %[[P:.*]] = ub.poison : f32
// CHECK-NEXT: return %[[P]], %[[V]] : f32, f32
func.func @straight(%v: f32) -> (f32, f32) {
  %m = memref.alloca() : memref<f32>
  %before = memref.load %m[] : memref<f32>
  memref.store %v, %m[] : memref<f32>
  %after = memref.load %m[] : memref<f32>
  return %before, %after : f32, f32
}

// -----

/// Stores merging at a join give the join a block argument.
// CHECK-LABEL: func.func @diamond
// CHECK-SAME: (%{{.*}}: i1, %[[A:.*]]: i32, %[[B:.*]]: i32)
// CHECK: cf.br ^bb3(%[[A]] : i32)
// CHECK: cf.br ^bb3(%[[B]] : i32)
// CHECK: ^bb3(%[[R:.*]]: i32):
// CHECK-NEXT: return %[[R]] : i32
func.func @diamond(%c: i1, %a: i32, %b: i32) -> i32 {
  %m = memref.alloca() : memref<i32>
  cf.cond_br %c, ^then, ^else
^then:
  memref.store %a, %m[] : memref<i32>
  cf.br ^join
^else:
  memref.store %b, %m[] : memref<i32>
  cf.br ^join
^join:
  %r = memref.load %m[] : memref<i32>
  return %r : i32
}

// -----

/// A loop: the header merges the initial value and the back edge's.
// CHECK-LABEL: func.func @loop
// CHECK-SAME: (%[[I:.*]]: i32, %[[S:.*]]: i32)
// CHECK-NEXT: cf.br ^bb1(%[[I]] : i32)
// CHECK-NEXT: ^bb1(%[[X:.*]]: i32):
// CHECK: %[[Y:.*]] = arith.addi %[[X]], %[[S]] : i32
// CHECK-NEXT: cf.br ^bb1(%[[Y]] : i32)
// CHECK: return %[[X]] : i32
func.func private @cond() -> i1

func.func @loop(%init: i32, %step: i32) -> i32 {
  %m = memref.alloca() : memref<i32>
  memref.store %init, %m[] : memref<i32>
  cf.br ^head
^head:
  %c = func.call @cond() : () -> i1
  cf.cond_br %c, ^body, ^exit
^body:
  %x = memref.load %m[] : memref<i32>
  %y = arith.addi %x, %step : i32
  memref.store %y, %m[] : memref<i32>
  cf.br ^head
^exit:
  %r = memref.load %m[] : memref<i32>
  return %r : i32
}

// -----

/// A merge point whose value nobody reads gets no argument.
// CHECK-LABEL: func.func @unused_merge
// CHECK-NOT: memref
// CHECK: ^bb3:
// CHECK-NEXT: return
func.func @unused_merge(%c: i1, %a: i32, %b: i32) {
  %m = memref.alloca() : memref<i32>
  cf.cond_br %c, ^l, ^r
^l:
  memref.store %a, %m[] : memref<i32>
  cf.br ^j
^r:
  memref.store %b, %m[] : memref<i32>
  cf.br ^j
^j:
  return
}

// -----

/// A pointer passed to a call is not promoted; another slot still is.
// CHECK-LABEL: func.func @escapes
// CHECK-SAME: (%[[A:.*]]: i32)
// CHECK-NEXT: %[[M:.*]] = memref.alloca() : memref<i32>
// CHECK-NEXT: memref.store %[[A]], %[[M]][]
// CHECK-NEXT: call @use(%[[M]])
// CHECK-NEXT: %[[R:.*]] = memref.load %[[M]][]
// CHECK-NEXT: arith.addi %[[R]], %[[A]] : i32
func.func private @use(memref<i32>)

func.func @escapes(%a: i32) -> i32 {
  %m = memref.alloca() : memref<i32>
  %n = memref.alloca() : memref<i32>
  memref.store %a, %m[] : memref<i32>
  memref.store %a, %n[] : memref<i32>
  func.call @use(%m) : (memref<i32>) -> ()
  %r = memref.load %m[] : memref<i32>
  %s = memref.load %n[] : memref<i32>
  %t = arith.addi %r, %s : i32
  return %t : i32
}

// -----

/// Any static shape of one element is a slot (indices ignored); more elements are not.
// CHECK-LABEL: func.func @shapes
// CHECK-SAME: (%[[A:.*]]: f32)
// CHECK-NOT: memref<1x1xf32>
// CHECK: memref.alloca() : memref<2xf32>
// CHECK: return %[[A]], %{{.*}} : f32, f32
func.func @shapes(%a: f32) -> (f32, f32) {
  %c0 = arith.constant 0 : index
  %one = memref.alloca() : memref<1x1xf32>
  %two = memref.alloca() : memref<2xf32>
  memref.store %a, %one[%c0, %c0] : memref<1x1xf32>
  memref.store %a, %two[%c0] : memref<2xf32>
  %x = memref.load %one[%c0, %c0] : memref<1x1xf32>
  %y = memref.load %two[%c0] : memref<2xf32>
  return %x, %y : f32, f32
}

// -----

/// Uses in nested regions block the promotion.
// CHECK-LABEL: func.func @in_region
// CHECK: memref.alloca
// CHECK: scf.if
// CHECK: memref.load
func.func @in_region(%c: i1, %a: i32) -> i32 {
  %m = memref.alloca() : memref<i32>
  memref.store %a, %m[] : memref<i32>
  scf.if %c {
    %x = memref.load %m[] : memref<i32>
    memref.store %x, %m[] : memref<i32>
  }
  %r = memref.load %m[] : memref<i32>
  return %r : i32
}

// -----

/// A slot holding a pointer: storing the pointer into it is a use of the stored
/// pointer, which stays allocated; the outer slot goes.
// CHECK-LABEL: func.func @ptr_stored
// CHECK-NEXT: memref.alloca() : memref<i32>
// CHECK-NEXT: return
func.func @ptr_stored(%a: memref<i32>) {
  %m = memref.alloca() : memref<memref<i32>>
  %k = memref.alloca() : memref<i32>
  memref.store %k, %m[] : memref<memref<i32>>
  return
}
