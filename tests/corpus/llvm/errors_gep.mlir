llvm.func @f(%p: !llvm.ptr, %i: i64) {
  %0 = llvm.getelementptr %p[0, %i] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<(i32, f32)>
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i64) {
  %0 = llvm.getelementptr %p[0, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i32, f32)>
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i64) {
  %0 = llvm.getelementptr %p[0, 1, 2] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i32, f32)>
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i64) {
  %0 = llvm.getelementptr %p[%i] : (!llvm.ptr) -> !llvm.ptr, f32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i64) {
  %0 = llvm.getelementptr %p[4294967296] : (!llvm.ptr) -> !llvm.ptr, f32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i64) {
  %0 = llvm.getelementptr %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i64, %v: vector<2x!llvm.ptr>) {
  %0 = llvm.getelementptr %v[%i] : (vector<2x!llvm.ptr>, i64) -> vector<2x!llvm.ptr>, f32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i64, %v: vector<2x!llvm.ptr>) {
  %0 = llvm.getelementptr %p[1, 1] : (!llvm.ptr) -> !llvm.ptr, i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i64, %v: vector<2x!llvm.ptr>) {
  %0 = llvm.getelementptr %p[1, 5] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<2 x i32>
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i64, %v: vector<2x!llvm.ptr>) {
  %0 = llvm.getelementptr %p[%i, 0] : (!llvm.ptr, i64) -> !llvm.ptr<1>, i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i64, %v: vector<2x!llvm.ptr>) {
  %0 = llvm.getelementptr %p[-2147483648] : (!llvm.ptr) -> !llvm.ptr, i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i64, %v: vector<2x!llvm.ptr>) {
  %0 = llvm.getelementptr %p[-1, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.struct<(i32)>
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i64, %v: vector<2x!llvm.ptr>) {
  %0 = llvm.getelementptr %p[x] : (!llvm.ptr) -> !llvm.ptr, i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i64, %v: vector<2x!llvm.ptr>) {
  %0 = llvm.getelementptr bogus %p[1] : (!llvm.ptr) -> !llvm.ptr, i32
  llvm.return
}
// -----
llvm.func @f(%p: !llvm.ptr, %i: i64, %v: vector<2x!llvm.ptr>, %w: vector<2xi64>) {
  %0 = llvm.getelementptr %p[%w] : (!llvm.ptr, vector<2xi64>) -> vector<2x!llvm.ptr>, i32
  %1 = llvm.getelementptr %p[1] {foo} : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
  llvm.return
}
