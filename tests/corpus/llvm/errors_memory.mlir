llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = llvm.load %p atomic monotonic : !llvm.ptr -> i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = llvm.load %p atomic release {alignment = 4 : i64} : !llvm.ptr -> i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32, %s: !llvm.struct<(i32)>) {
  %0 = llvm.load %p atomic monotonic {alignment = 4 : i64} : !llvm.ptr -> !llvm.struct<(i32)>
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = "llvm.load"(%p) <{ordering = 0 : i64, syncscope = "x"}> : (!llvm.ptr) -> i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  llvm.store %i, %p atomic acquire {alignment = 4 : i64} : i32, !llvm.ptr
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = llvm.load %p atomic monotonic {alignment = 3 : i64} : !llvm.ptr -> i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = llvm.load %p {alignment = 3 : i64} : !llvm.ptr -> i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = llvm.load %p atomic bogus {alignment = 4 : i64} : !llvm.ptr -> i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = llvm.load %i : i32 -> i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = llvm.load %p : !llvm.ptr -> !llvm.void
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32) {
  %0 = llvm.atomicrmw fadd %p, %i monotonic : !llvm.ptr, i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = llvm.atomicrmw add %p, %f monotonic : !llvm.ptr, f32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = llvm.atomicrmw add %p, %i unordered : !llvm.ptr, i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = llvm.cmpxchg %p, %i, %i monotonic acquire : !llvm.ptr, i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = llvm.cmpxchg %p, %f, %f monotonic monotonic : !llvm.ptr, f32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = llvm.cmpxchg %p, %i, %i monotonic release : !llvm.ptr, i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  llvm.fence monotonic
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = "llvm.alloca"(%i) : (i32) -> !llvm.ptr
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = llvm.alloca %i x !llvm.void : (i32) -> !llvm.ptr
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  %0 = llvm.alloca %i x f32 : (i32) -> !llvm.ptr {alignment = 4 : i64}
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i32, %f: f32) {
  llvm.store %i, %p atomic monotonic {alignment = 4 : i64, nontemporal} : i32, !llvm.ptr
  %0 = llvm.load %p atomic monotonic {alignment = 4 : i64, nontemporal} : !llvm.ptr -> i32
  %1 = llvm.load %p {alignment = 4 : i64} : !llvm.ptr -> !llvm.ptr
  %2 = llvm.load %p atomic acquire {alignment = 4 : i64} : !llvm.ptr -> f32
  %3 = llvm.load %p atomic acquire {alignment = 4 : i64} : !llvm.ptr -> !llvm.ptr
  llvm.return
}
