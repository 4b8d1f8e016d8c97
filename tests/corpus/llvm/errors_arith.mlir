llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.icmp "foo" %a, %a : i32
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.icmp slt %a, %a : i32
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.icmp "slt" %f, %f : f32
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.fcmp "slt" %f, %f : f32
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = "llvm.icmp"(%a, %a) <{predicate = 2 : i64}> : (i32, i32) -> i32
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = "llvm.add"(%a, %b) <{overflowFlags = 0 : i32}> : (i32, i64) -> i32
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.add %f, %f : f32
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.fadd %a, %a : i32
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = "llvm.add"(%a, %a) : (i32, i32) -> i32
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.add %a, %a overflow<bogus> : i32
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.select %a, %a, %a : i32, i32
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.trunc %b : i64 to f32
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.trunc %a : i32 to i64
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32) {
  %0 = llvm.zext %b : i64 to i32
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32, %d: f64) {
  %0 = llvm.fpext %d : f64 to f32
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32, %d: f64) {
  %0 = llvm.bitcast %a : i32 to i64
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32, %d: f64, %v: vector<2xi32>) {
  %0 = llvm.trunc %v : vector<2xi32> to i8
  llvm.return
}
// -----
llvm.func @f(%a: i32, %b: i64, %f: f32, %d: f64) {
  %0 = "llvm.fadd"(%f, %f) : (f32, f32) -> f32
  llvm.return
}
