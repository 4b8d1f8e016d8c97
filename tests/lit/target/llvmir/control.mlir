// RUN: pymlir-translate --mlir-to-llvmir --split-input-file %s | FileCheck %s

/// Block arguments become phis; incoming values follow upstream's predecessor order.
llvm.func @loop(%n: i64) -> i64 {
  %c0 = llvm.mlir.constant(0 : i64) : i64
  %c1 = llvm.mlir.constant(1 : i64) : i64
  llvm.br ^bb1(%c0, %c0 : i64, i64)
^bb1(%i: i64, %acc: i64):
  %cond = llvm.icmp "slt" %i, %n : i64
  llvm.cond_br %cond, ^bb2, ^bb3
^bb2:
  %next = llvm.add %i, %c1 : i64
  %sum = llvm.add %acc, %i : i64
  llvm.br ^bb1(%next, %sum : i64, i64)
^bb3:
  llvm.return %acc : i64
}

// CHECK-LABEL: define i64 @loop(i64 %0) {
// CHECK-NEXT:   br label %2
// CHECK: 2:                                                ; preds = %6, %1
// CHECK-NEXT:   %3 = phi i64 [ %7, %6 ], [ 0, %1 ]
// CHECK-NEXT:   %4 = phi i64 [ %8, %6 ], [ 0, %1 ]
// CHECK-NEXT:   %5 = icmp slt i64 %3, %0
// CHECK-NEXT:   br i1 %5, label %6, label %9
// CHECK: 6:                                                ; preds = %2
// CHECK-NEXT:   %7 = add i64 %3, 1
// CHECK-NEXT:   %8 = add i64 %4, %3
// CHECK-NEXT:   br label %2
// CHECK: 9:                                                ; preds = %2
// CHECK-NEXT:   ret i64 %4
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}

// -----


/// Diamonds: the join's phi and `; preds =` lists.
llvm.func @diamond(%c: i1, %a: i32, %b: i32) -> i32 {
  llvm.cond_br %c, ^bb1, ^bb2
^bb1:
  %x = llvm.add %a, %b : i32
  llvm.br ^bb3(%x : i32)
^bb2:
  %y = llvm.sub %a, %b : i32
  llvm.br ^bb3(%y : i32)
^bb3(%r: i32):
  llvm.return %r : i32
}

// CHECK-LABEL: define i32 @diamond(i1 %0, i32 %1, i32 %2) {
// CHECK-NEXT:   br i1 %0, label %4, label %6
// CHECK: 4:                                                ; preds = %3
// CHECK-NEXT:   %5 = add i32 %1, %2
// CHECK-NEXT:   br label %8
// CHECK: 6:                                                ; preds = %3
// CHECK-NEXT:   %7 = sub i32 %1, %2
// CHECK-NEXT:   br label %8
// CHECK: 8:                                                ; preds = %4, %6
// CHECK-NEXT:   %9 = phi i32 [ %7, %6 ], [ %5, %4 ]
// CHECK-NEXT:   ret i32 %9
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}

// -----


/// Switch, unreachable and a block without predecessors.
llvm.func @switch(%v: i32) -> i32 {
  %c1 = llvm.mlir.constant(1 : i32) : i32
  llvm.switch %v : i32, ^bb1(%c1 : i32) [
    3: ^bb1(%v : i32),
    -7: ^bb2
  ]
^bb1(%r: i32):
  llvm.return %r : i32
^bb2:
  llvm.unreachable
^bb3:
  llvm.return %v : i32
}

// CHECK-LABEL: define i32 @switch(i32 %0) {
// CHECK-NEXT:   switch i32 %0, label %2 [
// CHECK-NEXT:     i32 3, label %6
// CHECK-NEXT:     i32 -7, label %4
// CHECK-NEXT:   ]
// CHECK: 2:                                                ; preds = %6, %1
// CHECK-NEXT:   %3 = phi i32 [ %7, %6 ], [ 1, %1 ]
// CHECK-NEXT:   ret i32 %3
// CHECK: 4:                                                ; preds = %1
// CHECK-NEXT:   unreachable
// CHECK: 5:                                                ; No predecessors!
// CHECK-NEXT:   ret i32 %0
// CHECK: 6:                                                ; preds = %1
// CHECK-NEXT:   %7 = phi i32 [ %0, %1 ]
// CHECK-NEXT:   br label %2
// CHECK-NEXT: }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
