llvm.func @f(%p: !llvm.ptr, %q: !llvm.ptr, %n: i64, %b: i1, %i: i32) {
  %0 = llvm.intr.invariant.start 8, %p : !llvm.ptr
  "llvm.intr.invariant.end"(%0, %p) <{size = 8 : i64}> : (!llvm.ptr, !llvm.ptr) -> ()
  "llvm.intr.vacopy"(%p, %q) : (!llvm.ptr, !llvm.ptr) -> ()
  "llvm.intr.vaend"(%p) : (!llvm.ptr) -> ()
  llvm.intr.assume %b ["align"(%p, %n : !llvm.ptr, i64)] : i1
  %1 = "llvm.intr.expect"(%i, %i) : (i32, i32) -> i32
  %2 = "llvm.intr.stacksave"() : () -> !llvm.ptr<1>
  "llvm.intr.stackrestore"(%2) : (!llvm.ptr<1>) -> ()
  "llvm.intr.lifetime.start"(%p) : (!llvm.ptr) -> ()
  %3 = "llvm.intr.ptrmask"(%p, %n) : (!llvm.ptr, i64) -> !llvm.ptr
  %4 = "llvm.intr.get.active.lane.mask"(%n, %n) : (i64, i64) -> vector<[4]xi1>
  "llvm.intr.ubsantrap"() <{failureKind = 200 : i8}> : () -> ()
  llvm.return
}
