llvm.func @f(%i: i64, %p: !llvm.ptr) {
  %0 = llvm.inttoptr %i dereferenceable<bytes = 8, mayBeNull = true> : i64 to !llvm.ptr
  %1 = llvm.load %p dereferenceable<bytes = 16> : !llvm.ptr -> !llvm.ptr
  %2 = llvm.load %p invariant dereferenceable<bytes = 4, mayBeNull = false> {alignment = 8 : i64} : !llvm.ptr -> !llvm.ptr
  llvm.return
}
