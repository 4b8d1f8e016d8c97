llvm.func @mem(%p: !llvm.ptr, %i: i64, %j: i32, %v: vector<4xf32>, %s: !llvm.struct<(i32, array<2 x f32>)>, %x: f32) {
  %0 = llvm.alloca %i x f32 : (i64) -> !llvm.ptr
  %1 = llvm.alloca %i x f32 {alignment = 16 : i64} : (i64) -> !llvm.ptr
  %2 = llvm.alloca inalloca %i x i32 : (i64) -> !llvm.ptr<2>
  %3 = llvm.load %p : !llvm.ptr -> f32
  %4 = llvm.load volatile %p {alignment = 4 : i64, nontemporal} : !llvm.ptr -> f32
  %5 = llvm.load %p atomic monotonic {alignment = 4 : i64} : !llvm.ptr -> i32
  %6 = llvm.load %p atomic syncscope("agent") acquire {alignment = 4 : i64} : !llvm.ptr -> i32
  %7 = llvm.load %p invariant : !llvm.ptr -> f32
  %8 = llvm.load %p invariant_group : !llvm.ptr -> f32
  llvm.store %x, %p : f32, !llvm.ptr
  llvm.store volatile %x, %p {alignment = 8 : i64} : f32, !llvm.ptr
  llvm.store %j, %p atomic release {alignment = 4 : i64} : i32, !llvm.ptr
  llvm.store %j, %p atomic syncscope("x") seq_cst {alignment = 4 : i64} : i32, !llvm.ptr
  llvm.store %x, %p invariant_group : f32, !llvm.ptr
  %9 = llvm.getelementptr %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f32
  %10 = llvm.getelementptr %p[0, 1, %j] : (!llvm.ptr, i32) -> !llvm.ptr, !llvm.struct<(i32, array<2 x f32>)>
  %11 = llvm.getelementptr inbounds %p[%i, 1] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.struct<(i32, f32)>
  %12 = llvm.extractvalue %s[1, 0] : !llvm.struct<(i32, array<2 x f32>)>
  %13 = llvm.insertvalue %x, %s[1, 1] : !llvm.struct<(i32, array<2 x f32>)>
  %14 = llvm.extractelement %v[%j : i32] : vector<4xf32>
  %15 = llvm.insertelement %x, %v[%i : i64] : vector<4xf32>
  %16 = llvm.shufflevector %v, %v [0, 1, -1, 4] : vector<4xf32>
  %17 = llvm.shufflevector %v, %v [0, 1] : vector<4xf32>
  %18 = llvm.atomicrmw add %p, %j seq_cst : !llvm.ptr, i32
  %19 = llvm.atomicrmw volatile xchg %p, %j syncscope("s") monotonic {alignment = 4 : i64} : !llvm.ptr, i32
  %20 = llvm.cmpxchg %p, %j, %j acq_rel monotonic : !llvm.ptr, i32
  %21 = llvm.cmpxchg weak volatile %p, %j, %j syncscope("s") seq_cst seq_cst {alignment = 4 : i64} : !llvm.ptr, i32
  llvm.fence acquire
  llvm.fence syncscope("agent") seq_cst
  %23 = llvm.mlir.zero : !llvm.ptr
  %24 = llvm.mlir.undef : !llvm.struct<(i32)>
  %25 = llvm.mlir.poison : vector<4xf32>
  %26 = llvm.mlir.constant(42 : i32) : i32
  %27 = llvm.mlir.constant(42) : i64
  %28 = llvm.mlir.constant(1.5 : f32) : f32
  %29 = llvm.mlir.constant(dense<[1.0, 2.0, 3.0, 4.0]> : vector<4xf32>) : vector<4xf32>
  %30 = llvm.mlir.constant(true) : i1
  %31 = llvm.mlir.constant("abc") : !llvm.array<3 x i8>
  %32 = llvm.mlir.constant(0 : index) : i64
  %33 = llvm.mlir.constant(1.0 : f64) : f64
  %34 = llvm.mlir.constant([1 : i32, 2 : i32]) : !llvm.struct<(i32, i32)>
  %35 = llvm.mlir.constant(dense<0> : tensor<4xi32>) : !llvm.array<4 x i32>
  %36 = llvm.mlir.constant(0 : i64) : i64
  %37 = llvm.mlir.constant(-1 : i32) : i32
  %38 = llvm.mlir.constant(false) : i1
  llvm.return
}
