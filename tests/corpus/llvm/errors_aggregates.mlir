llvm.func @f(%s: !llvm.struct<(i32, f32)>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.extractvalue %s[2] : !llvm.struct<(i32, f32)>
  llvm.return
}
// -----
llvm.func @f(%s: !llvm.struct<(i32, f32)>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.extractvalue %s[0, 1] : !llvm.struct<(i32, f32)>
  llvm.return
}
// -----
llvm.func @f(%s: !llvm.struct<(i32, f32)>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.extractvalue %s[] : !llvm.struct<(i32, f32)>
  llvm.return
}
// -----
llvm.func @f(%s: !llvm.struct<(i32, f32)>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = "llvm.extractvalue"(%s) <{position = array<i64: 0>}> : (!llvm.struct<(i32, f32)>) -> f32
  llvm.return
}
// -----
llvm.func @f(%s: !llvm.struct<(i32, f32)>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = "llvm.insertvalue"(%s, %f) <{position = array<i64: 0>}> : (!llvm.struct<(i32, f32)>, f32) -> !llvm.struct<(i32, f32)>
  llvm.return
}
// -----
llvm.func @f(%s: !llvm.struct<(i32, f32)>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.extractvalue %v[0] : vector<4xf32>
  llvm.return
}
// -----
llvm.func @f(%s: !llvm.array<4 x i32>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.extractvalue %s[-1] : !llvm.array<4 x i32>
  llvm.return
}
// -----
llvm.func @f(%s: !llvm.array<4 x i32>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.extractvalue %s[4] : !llvm.array<4 x i32>
  llvm.return
}
// -----
llvm.func @f(%s: !llvm.array<4 x i32>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.shufflevector %v, %v [0, 8] : vector<4xf32>
  llvm.return
}
// -----
llvm.func @f(%s: !llvm.array<4 x i32>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = "llvm.shufflevector"(%v, %v) <{mask = array<i32: 0, 1>}> : (vector<4xf32>, vector<4xf32>) -> vector<3xf32>
  llvm.return
}
// -----
llvm.func @f(%s: !llvm.array<4 x i32>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.extractelement %s[%i : i32] : !llvm.array<4 x i32>
  llvm.return
}
// -----
llvm.func @f(%s: !llvm.array<4 x i32>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = "llvm.extractelement"(%v, %i) : (vector<4xf32>, i32) -> i32
  llvm.return
}
// -----
llvm.func @f(%s: !llvm.array<4 x i32>, %v: vector<4xf32>, %i: i32, %f: f32) {
  %0 = llvm.insertvalue %i, %s[0] {foo} : !llvm.array<4 x i32>
  %1 = llvm.extractvalue %s[0] {foo} : !llvm.array<4 x i32>
  %2 = llvm.shufflevector %v, %v [] : vector<4xf32>
  %3 = llvm.insertelement %f, %v[%i : i32] {foo} : vector<4xf32>
  llvm.return
}
