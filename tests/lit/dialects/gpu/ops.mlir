// RUN: pymlir-opt %s --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | pymlir-opt --split-input-file | FileCheck %s
// RUN: pymlir-opt %s --split-input-file --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: pymlir-opt %s --split-input-file | FileCheck %s --strict-whitespace --check-prefix=STRICT

/// gpu.alloc with and without `async`, dependencies, `host_shared` and layout symbols;
/// its results are named %memref and %asyncToken.
// CHECK-LABEL: func.func @alloc(
// CHECK-SAME: %[[D:arg[0-9]+]]: index, %[[S:arg[0-9]+]]: index, %[[T:arg[0-9]+]]: !gpu.async.token)
// CHECK-NEXT: %[[M0:memref]] = gpu.alloc () : memref<16xf32>
// CHECK-NEXT: %[[M1:memref_[0-9]+]], %[[T1:asyncToken[_0-9]*]] = gpu.alloc async [%[[T]]] (%[[D]]) : memref<?xf32>
// CHECK-NEXT: %[[M2:memref_[0-9]+]], %[[T2:asyncToken_[0-9]+]] = gpu.alloc async host_shared (%[[D]]) : memref<?x4xf32, 1>
// CHECK-NEXT: %[[M3:memref_[0-9]+]] = gpu.alloc host_shared () : memref<2xi8>
// CHECK-NEXT: %[[M4:memref_[0-9]+]] = gpu.alloc (%[[D]])[%[[S]]] : memref<?xf32, #map>
// CHECK-NEXT: %[[M5:memref_[0-9]+]], %{{.*}} = gpu.alloc async [%[[T1]], %[[T2]]] () : memref<f32>
// STRICT-LABEL: func.func @alloc(
// STRICT-NEXT: {{^    }}%memref = gpu.alloc  () : memref<16xf32>
// STRICT-NEXT: {{^    }}%memref_0, %asyncToken = gpu.alloc async [%arg2] (%arg0) : memref<?xf32>
// STRICT-NEXT: {{^    }}%memref_1, %asyncToken_2 = gpu.alloc async host_shared (%arg0) : memref<?x4xf32, 1>
// STRICT-NEXT: {{^    }}%memref_3 = gpu.alloc  host_shared () : memref<2xi8>
// GENERIC-LABEL: "func.func"() <{function_type = (index, index, !gpu.async.token) -> (), sym_name = "alloc"}>
// GENERIC: "gpu.alloc"() <{operandSegmentSizes = array<i32: 0, 0, 0>}> : () -> memref<16xf32>
// GENERIC: "gpu.alloc"(%arg2, %arg0) <{operandSegmentSizes = array<i32: 1, 1, 0>}> : (!gpu.async.token, index) -> (memref<?xf32>, !gpu.async.token)
// GENERIC: "gpu.alloc"(%arg0) <{hostShared, operandSegmentSizes = array<i32: 0, 1, 0>}> : (index) -> (memref<?x4xf32, 1>, !gpu.async.token)
// GENERIC: "gpu.alloc"(%arg0, %arg1) <{operandSegmentSizes = array<i32: 0, 1, 1>}> : (index, index) -> memref<?xf32, #map>
func.func @alloc(%d: index, %s: index, %t: !gpu.async.token) {
  %0 = gpu.alloc () : memref<16xf32>
  %1, %t1 = gpu.alloc async [%t] (%d) : memref<?xf32>
  %2, %t2 = gpu.alloc async host_shared (%d) : memref<?x4xf32, 1>
  %3 = gpu.alloc host_shared () : memref<2xi8>
  %4 = gpu.alloc (%d)[%s] : memref<?xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
  %5, %t5 = gpu.alloc async [%t1, %t2] () : memref<f32>
  return
}

// -----

/// gpu.dealloc, gpu.memcpy and gpu.memset: synchronous (two spaces after the op name,
/// as upstream prints the empty async part) and asynchronous.
// CHECK-LABEL: func.func @dealloc_memcpy_memset(
// CHECK-SAME: %[[A:arg[0-9]+]]: memref<?xf32>, %[[B:arg[0-9]+]]: memref<4xf32, 1>, %[[V:arg[0-9]+]]: f32, %[[T:arg[0-9]+]]: !gpu.async.token)
// CHECK-NEXT: %[[T0:[0-9]+]] = gpu.memcpy async [%[[T]]] %[[A]], %[[B]] : memref<?xf32>, memref<4xf32, 1>
// CHECK-NEXT: gpu.memcpy %[[B]], %[[A]] : memref<4xf32, 1>, memref<?xf32>
// CHECK-NEXT: %[[T1:[0-9]+]] = gpu.memset async [%[[T0]]] %[[A]], %[[V]] : memref<?xf32>, f32
// CHECK-NEXT: gpu.memset %[[A]], %[[V]] : memref<?xf32>, f32 {tag}
// CHECK-NEXT: %[[T2:[0-9]+]] = gpu.dealloc async [%[[T0]], %[[T1]]] %[[A]] : memref<?xf32>
// CHECK-NEXT: %[[T3:[0-9]+]] = gpu.dealloc async %[[B]] : memref<4xf32, 1>
// CHECK-NEXT: gpu.dealloc [%[[T3]]] %[[B]] : memref<4xf32, 1>
// STRICT-LABEL: func.func @dealloc_memcpy_memset(
// STRICT: {{^    }}gpu.memcpy  %arg1, %arg0 : memref<4xf32, 1>, memref<?xf32>
// STRICT: {{^    }}gpu.memset  %arg0, %arg2 : memref<?xf32>, f32 {tag}
// STRICT: {{^    }}gpu.dealloc [%3] %arg1 : memref<4xf32, 1>
// GENERIC-LABEL: sym_name = "dealloc_memcpy_memset"
// GENERIC: "gpu.memcpy"(%arg3, %arg0, %arg1) : (!gpu.async.token, memref<?xf32>, memref<4xf32, 1>) -> !gpu.async.token
// GENERIC: "gpu.memset"(%arg0, %arg2) {tag} : (memref<?xf32>, f32) -> ()
// GENERIC: "gpu.dealloc"(%0, %1, %arg0) : (!gpu.async.token, !gpu.async.token, memref<?xf32>) -> !gpu.async.token
func.func @dealloc_memcpy_memset(%a: memref<?xf32>, %b: memref<4xf32, 1>, %v: f32, %t: !gpu.async.token) {
  %t0 = gpu.memcpy async [%t] %a, %b : memref<?xf32>, memref<4xf32, 1>
  gpu.memcpy %b, %a : memref<4xf32, 1>, memref<?xf32>
  %t1 = gpu.memset async [%t0] %a, %v : memref<?xf32>, f32
  gpu.memset %a, %v : memref<?xf32>, f32 {tag}
  %t2 = gpu.dealloc async [%t0, %t1] %a : memref<?xf32>
  %t3 = gpu.dealloc async %b : memref<4xf32, 1>
  gpu.dealloc [%t3] %b : memref<4xf32, 1>
  return
}

// -----

/// gpu.wait in its four forms (the plain one prints a trailing space, as upstream),
/// host_register / host_unregister of an unranked memref.
// CHECK-LABEL: func.func @wait_and_register(
// CHECK-NEXT: %[[W0:[0-9]+]] = gpu.wait async
// CHECK-NEXT: %[[W1:[0-9]+]] = gpu.wait async [%[[W0]]]
// CHECK-NEXT: gpu.wait [%[[W0]], %[[W1]]]
// CHECK-NEXT: gpu.wait {tag = 1 : i32}
// CHECK-NEXT: gpu.wait
// CHECK-NEXT: gpu.host_register %{{.*}} : memref<*xf32>
// CHECK-NEXT: gpu.host_unregister %{{.*}} : memref<*xf32>
// STRICT-LABEL: func.func @wait_and_register(
// STRICT: {{^    }}gpu.wait  {tag = 1 : i32}{{$}}
// STRICT-NEXT: {{^    }}gpu.wait {{$}}
// GENERIC-LABEL: sym_name = "wait_and_register"
// GENERIC: "gpu.wait"() : () -> !gpu.async.token
// GENERIC: "gpu.wait"(%0, %1) : (!gpu.async.token, !gpu.async.token) -> ()
// GENERIC: "gpu.host_register"(%arg0) : (memref<*xf32>) -> ()
func.func @wait_and_register(%u: memref<*xf32>) {
  %t0 = gpu.wait async
  %t1 = gpu.wait async [%t0]
  gpu.wait [%t0, %t1]
  gpu.wait {tag = 1 : i32}
  gpu.wait
  gpu.host_register %u : memref<*xf32>
  gpu.host_unregister %u : memref<*xf32>
  return
}

// -----

/// The id and dimension ops: results named after the op and dimension, optional
/// upper bounds; lane_id and the subgroup ops keep numbered results.
// CHECK-LABEL: func.func @ids(
// CHECK-NEXT: %thread_id_x = gpu.thread_id x
// CHECK-NEXT: %thread_id_y = gpu.thread_id y upper_bound 128
// CHECK-NEXT: %block_id_z = gpu.block_id z
// CHECK-NEXT: %block_dim_x = gpu.block_dim x {tag}
// CHECK-NEXT: %grid_dim_y = gpu.grid_dim y
// CHECK-NEXT: %cluster_id_x = gpu.cluster_id x
// CHECK-NEXT: %cluster_dim_z = gpu.cluster_dim z
// CHECK-NEXT: %cluster_block_id_y = gpu.cluster_block_id y
// CHECK-NEXT: %cluster_dim_blocks_x = gpu.cluster_dim_blocks x upper_bound 8
// CHECK-NEXT: %global_id_z = gpu.global_id z upper_bound 65536
// CHECK-NEXT: %[[L0:[0-9]+]] = gpu.lane_id
// CHECK-NEXT: %[[L1:[0-9]+]] = gpu.lane_id upper_bound 64
// CHECK-NEXT: %[[S0:[0-9]+]] = gpu.subgroup_id : index
// CHECK-NEXT: %[[S1:[0-9]+]] = gpu.subgroup_id upper_bound 4 : index
// CHECK-NEXT: %[[S2:[0-9]+]] = gpu.num_subgroups upper_bound 4 : index
// CHECK-NEXT: %[[S3:[0-9]+]] = gpu.subgroup_size : index
// CHECK-NEXT: gpu.barrier
// CHECK-NEXT: return %thread_id_x, %[[L0]], %[[S3]] : index, index, index
// STRICT-LABEL: func.func @ids(
// STRICT-NEXT: {{^    }}%thread_id_x = gpu.thread_id  x{{$}}
// STRICT-NEXT: {{^    }}%thread_id_y = gpu.thread_id  y upper_bound 128{{$}}
// STRICT: {{^    }}%0 = gpu.lane_id{{$}}
// GENERIC-LABEL: sym_name = "ids"
// GENERIC: "gpu.thread_id"() <{dimension = #gpu<dim x>}> : () -> index
// GENERIC: "gpu.thread_id"() <{dimension = #gpu<dim y>, upper_bound = 128 : index}> : () -> index
// GENERIC: "gpu.block_dim"() <{dimension = #gpu<dim x>}> {tag} : () -> index
// GENERIC: "gpu.lane_id"() <{upper_bound = 64 : index}> : () -> index
// GENERIC: "gpu.subgroup_size"() : () -> index
// GENERIC: "gpu.barrier"() : () -> ()
func.func @ids() -> (index, index, index) {
  %0 = gpu.thread_id x
  %1 = gpu.thread_id y upper_bound 128
  %2 = gpu.block_id z
  %3 = gpu.block_dim x {tag}
  %4 = gpu.grid_dim y
  %5 = gpu.cluster_id x
  %6 = gpu.cluster_dim z
  %7 = gpu.cluster_block_id y
  %8 = gpu.cluster_dim_blocks x upper_bound 8
  %9 = gpu.global_id z upper_bound 65536
  %10 = gpu.lane_id
  %11 = gpu.lane_id upper_bound 64
  %12 = gpu.subgroup_id : index
  %13 = gpu.subgroup_id upper_bound 4 : index
  %14 = gpu.num_subgroups upper_bound 4 : index
  %15 = gpu.subgroup_size : index
  gpu.barrier
  return %0, %10, %15 : index, index, index
}

// -----

/// The generic form of the dimension attribute, and the token type in signatures.
// CHECK-LABEL: func.func @generic_forms(
// CHECK-SAME: %[[T:arg0]]: !gpu.async.token) -> !gpu.async.token
// CHECK-NEXT: %block_id_y = gpu.block_id y
// CHECK-NEXT: %[[W:[0-9]+]] = gpu.wait async [%[[T]]]
// CHECK-NEXT: return %[[W]] : !gpu.async.token
// GENERIC-LABEL: sym_name = "generic_forms"
// GENERIC: "gpu.block_id"() <{dimension = #gpu<dim y>}> : () -> index
func.func @generic_forms(%t: !gpu.async.token) -> !gpu.async.token {
  %0 = "gpu.block_id"() <{dimension = #gpu<dim y>}> : () -> index
  %1 = "gpu.wait"(%t) : (!gpu.async.token) -> !gpu.async.token
  return %1 : !gpu.async.token
}

// -----

/// `#gpu.address_space<...>` as a memref memory space and as an attribute.
// CHECK-LABEL: func.func @address_spaces(
// CHECK-SAME: %{{.*}}: memref<4xf32, #gpu.address_space<private>>) attributes {a = #gpu.address_space<global>}
// CHECK-NEXT: %[[M:.*]] = gpu.alloc () : memref<4xf32, #gpu.address_space<workgroup>>
// CHECK-NEXT: gpu.dealloc %[[M]] : memref<4xf32, #gpu.address_space<workgroup>>
// GENERIC-LABEL: sym_name = "address_spaces"
// GENERIC: "gpu.alloc"() <{operandSegmentSizes = array<i32: 0, 0, 0>}> : () -> memref<4xf32, #gpu.address_space<workgroup>>
func.func @address_spaces(%p: memref<4xf32, #gpu.address_space<private>>) attributes {a = #gpu.address_space<global>} {
  %m = gpu.alloc () : memref<4xf32, #gpu.address_space<workgroup>>
  gpu.dealloc %m : memref<4xf32, #gpu.address_space<workgroup>>
  return
}

// -----

/// gpu.module and gpu.func: kernel and device functions, workgroup and private
/// attributions (entry block arguments after the function's), result attributes,
/// attributes after `attributes`, an empty module.
// CHECK-LABEL: gpu.module @kernels {
// CHECK-NEXT: gpu.func @kernel(%[[A:arg[0-9]+]]: f32, %[[B:arg[0-9]+]]: memref<?xf32, 1>) workgroup(%[[W:arg[0-9]+]] : memref<32xf32, 3>) private(%[[P:arg[0-9]+]] : memref<1xf32, 5>) kernel attributes {qux = "quux"} {
// CHECK-NEXT: %thread_id_x = gpu.thread_id x
// CHECK-NEXT: memref.store %[[A]], %[[W]][%thread_id_x] : memref<32xf32, 3>
// CHECK-NEXT: gpu.return
// CHECK-NEXT: }
// CHECK-NEXT: gpu.func @device(%[[X:arg0]]: i32) -> (i32 {llvm.noundef}, i64) attributes {x = 1 : i64} {
// CHECK-NEXT: %[[C:.*]] = arith.constant 1 : i64
// CHECK-NEXT: gpu.return %[[X]], %[[C]] : i32, i64
// CHECK-NEXT: }
// CHECK-NEXT: gpu.func @attributions_only() workgroup(%{{.*}} : memref<4xf32, 3>, %{{.*}} : memref<8xf32, #gpu.address_space<workgroup>>) kernel {
// CHECK-NEXT: gpu.return
// CHECK-NEXT: }
// CHECK-NEXT: gpu.func @no_args() {
// CHECK-NEXT: gpu.return
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK-NEXT: gpu.module @empty attributes {foo} {
// CHECK-NEXT: }
// GENERIC-LABEL: "gpu.module"() <{sym_name = "kernels"}> ({
// GENERIC-NEXT: "gpu.func"() <{function_type = (f32, memref<?xf32, 1>) -> ()}> ({
// GENERIC-NEXT: ^bb0(%{{.*}}: f32, %{{.*}}: memref<?xf32, 1>, %{{.*}}: memref<32xf32, 3>, %{{.*}}: memref<1xf32, 5>):
// GENERIC: }) {gpu.kernel, qux = "quux", sym_name = "kernel", workgroup_attributions = 1 : i64} : () -> ()
// GENERIC: "gpu.func"() <{function_type = (i32) -> (i32, i64), res_attrs = [{llvm.noundef}, {}]}> ({
// GENERIC: "gpu.return"(%{{.*}}, %{{.*}}) : (i32, i64) -> ()
// GENERIC: }) {sym_name = "device", workgroup_attributions = 0 : i64, x = 1 : i64} : () -> ()
// GENERIC: "gpu.module"() <{sym_name = "empty"}> ({
// GENERIC-NEXT: ^bb0:
// GENERIC-NEXT: }) {foo} : () -> ()
gpu.module @kernels {
  gpu.func @kernel(%a: f32, %b: memref<?xf32, 1>) workgroup(%w: memref<32xf32, 3>) private(%p: memref<1xf32, 5>) kernel attributes {qux = "quux"} {
    %x = gpu.thread_id x
    memref.store %a, %w[%x] : memref<32xf32, 3>
    gpu.return
  }
  gpu.func @device(%a: i32) -> (i32 {llvm.noundef}, i64) attributes {x = 1} {
    %c = arith.constant 1 : i64
    gpu.return %a, %c : i32, i64
  }
  gpu.func @attributions_only() workgroup(%w: memref<4xf32, 3>, %w2: memref<8xf32, #gpu.address_space<workgroup>>) kernel {
    gpu.return
  }
  gpu.func @no_args() {
    gpu.return
  }
}
gpu.module @empty attributes {foo} {
}
