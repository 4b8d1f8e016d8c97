// RUN: pymlir-opt %s --split-input-file --verify-diagnostics

/// `async` gives a token result, which must be named.
func.func @async_unnamed() {
  // expected-error @below {{custom op 'gpu.wait' needs to be named when marked 'async'}}
  gpu.wait async
  return
}

// -----

/// An async alloc has two results.
func.func @async_alloc_one_name() {
  // expected-error @below {{operation defines 2 results but was provided 1 to bind}}
  %m = gpu.alloc async () : memref<4xf32>
  return
}

// -----

/// Without `async` there is no token to name.
func.func @sync_dealloc_named(%m: memref<4xf32>, %t: !gpu.async.token) {
  // expected-error @below {{cannot name an operation with no results}}
  %t1 = gpu.dealloc [%t] %m : memref<4xf32>
  return
}

// -----

/// Dependencies are tokens.
func.func @dependency_not_a_token(%x: i32) {
  // expected-note @above {{prior use here}}
  // expected-error @below {{use of value '%x' expects different type than prior uses: '!gpu.async.token' vs 'i32'}}
  gpu.wait [%x]
  return
}

// -----

/// One size operand per dynamic dimension.
func.func @alloc_sizes(%d: index) {
  // expected-error @below {{'gpu.alloc' op incorrect number of dynamic sizes, has 0, expected 2}}
  %m = gpu.alloc () : memref<?x?xf32>
  return
}

// -----

/// One symbol operand per symbol of the layout.
func.func @alloc_symbols(%d: index) {
  // expected-error @below {{'gpu.alloc' op symbol operand count does not equal memref symbol count}}
  %m = gpu.alloc (%d)[%d] : memref<?xf32>
  return
}

// -----

/// memcpy needs the same element type...
func.func @memcpy_elements(%a: memref<4xf32>, %b: memref<4xi32>) {
  // expected-error @below {{'gpu.memcpy' op arguments have incompatible element type}}
  gpu.memcpy %a, %b : memref<4xf32>, memref<4xi32>
  return
}

// -----

/// ... and compatible shapes.
func.func @memcpy_shapes(%a: memref<4x?xf32>, %b: memref<5x2xf32>) {
  // expected-error @below {{'gpu.memcpy' op arguments have incompatible shape}}
  gpu.memcpy %a, %b : memref<4x?xf32>, memref<5x2xf32>
  return
}

// -----

/// memset's value has the memref's element type.
func.func @memset_value(%a: memref<4xf32>, %v: f16) {
  // expected-error @below {{'gpu.memset' op failed to verify that all of {dst, value} have same element type}}
  gpu.memset %a, %v : memref<4xf32>, f16
  return
}

// -----

/// memcpy takes ranked memrefs.
func.func @memcpy_unranked(%a: memref<*xf32>) {
  // expected-error @below {{custom op 'gpu.memcpy' invalid kind of type specified: expected builtin.memref, but found 'memref<*xf32>'}}
  gpu.memcpy %a, %a : memref<*xf32>, memref<*xf32>
  return
}

// -----

/// host_register takes an unranked memref.
func.func @host_register_ranked(%a: memref<4xf32>) {
  // expected-error @below {{custom op 'gpu.host_register' invalid kind of type specified: expected builtin.unranked_memref, but found 'memref<4xf32>'}}
  gpu.host_register %a : memref<4xf32>
  return
}

// -----

/// A dimension is x, y or z: the enum's error, then the attribute's.
func.func @bad_dimension() {
  // expected-error @below {{custom op 'gpu.thread_id' expected ::mlir::gpu::Dimension to be one of: x, y, z}}
  %0 = gpu.thread_id w
  // expected-error @below {{custom op 'gpu.thread_id' failed to parse GPU_DimensionAttr parameter 'value' which is to be a `::mlir::gpu::Dimension`}}
  return
}

// -----

/// The same in the attribute's generic form.
func.func @bad_dimension_generic() {
  // expected-error @below {{expected ::mlir::gpu::Dimension to be one of: x, y, z}}
  // expected-error @below {{failed to parse GPU_DimensionAttr parameter 'value' which is to be a `::mlir::gpu::Dimension`}}
  %0 = "gpu.block_dim"() <{dimension = #gpu<dim q>}> : () -> index
  return
}

// -----

/// An upper bound is an index attribute.
func.func @upper_bound_type() {
  // expected-error @below {{'gpu.lane_id' op attribute 'upper_bound' failed to satisfy constraint: index attribute}}
  %0 = "gpu.lane_id"() <{upper_bound = 3 : i64}> : () -> index
  return
}

// -----

/// The subgroup ops give an index.
func.func @subgroup_type() {
  // expected-error @below {{custom op 'gpu.subgroup_size' invalid kind of type specified: expected builtin.index, but found 'i32'}}
  %0 = gpu.subgroup_size : i32
  return
}

// -----

/// Ops of the dialect that are not implemented are unknown ops.
func.func @unknown_op() {
  // expected-error @below {{custom op 'gpu.frobnicate' is unknown}}
  gpu.frobnicate
  return
}

// -----

/// The dialect's only type here is the async token.
// expected-error @below {{unknown gpu type: token}}
func.func @unknown_type(%t: !gpu.token) {
  return
}

// -----

/// Dependencies are a comma-separated list...
func.func @dependency_list(%t: !gpu.async.token) {
  // expected-error @below {{expected ']' in operand list}}
  gpu.wait [%t %t]
  return
}

// -----

/// ... closed on its line or after (the error is where the list stops).
func.func @dependency_list_unclosed(%t: !gpu.async.token) {
  // expected-error @below {{expected ']' in operand list}}
  %t2 = gpu.wait async [%t
  return
}

// -----

/// Address spaces are global, workgroup or private.
// expected-error @below {{expected ::mlir::gpu::AddressSpace to be one of: global, workgroup, private}}
// expected-error @below {{failed to parse GPU_AddressSpaceAttr parameter 'value' which is to be a `::mlir::gpu::AddressSpace`}}
func.func @bad_address_space() attributes {a = #gpu.address_space<shared>} {
  return
}

// -----

gpu.module @m {
  /// gpu.return gives the function's results...
  gpu.func @return_count() -> i32 {
    // expected-error @below {{'gpu.return' op expected 1 result operands}}
    // expected-note @above {{return type declared here}}
    gpu.return
  }
}

// -----

gpu.module @m {
  /// ... of the function's types.
  gpu.func @return_type() -> i32 {
    %c = arith.constant 1 : i64
    // expected-error @below {{'gpu.return' op unexpected type `'i64'' for operand #0}}
    gpu.return %c : i64
  }
}

// -----

/// gpu.return is the terminator of a gpu.func only.
func.func @return_outside() {
  // expected-error @below {{'gpu.return' op expects parent op 'gpu.func'}}
  gpu.return
}

// -----

/// gpu.func lives in a gpu.module.
// expected-error @below {{'gpu.func' op expects parent op 'gpu.module'}}
gpu.func @func_outside() {
  gpu.return
}

// -----

gpu.module @m {
  /// A kernel returns nothing.
  // expected-error @below {{'gpu.func' op expected void return type for kernel function}}
  gpu.func @kernel_result() -> i32 kernel {
    %c = arith.constant 1 : i32
    gpu.return %c : i32
  }
}

// -----

gpu.module @m {
  /// Workgroup attributions in a gpu address space are in the workgroup one.
  // expected-error @below {{'gpu.func' op expected memory space workgroup in attribution}}
  gpu.func @attribution_space() workgroup(%w: memref<4xf32, #gpu.address_space<private>>) {
    gpu.return
  }
}

// -----

gpu.module @m {
  /// Attributions are memrefs.
  // expected-error @below {{'gpu.func' op expected memref type in attribution}}
  gpu.func @attribution_type() private(%p: f32) {
    gpu.return
  }
}

// -----

gpu.module @m {
  /// A gpu.func has a body.
  // expected-error @below {{'gpu.func' op expected body with at least one block}}
  gpu.func @no_body() {
  }
}

// -----

gpu.module @m {
  /// The entry block starts with the function's arguments.
  // expected-error @below {{'gpu.func' op expected body region argument #0 to be of type 'i32', got 'i64'}}
  "gpu.func"() <{function_type = (i32) -> ()}> ({
  ^bb0(%a: i64):
    "gpu.return"() : () -> ()
  }) {sym_name = "entry_type"} : () -> ()
}

// -----

gpu.module @m {
  // expected-error @below {{'gpu.func' op expected at least 1 arguments to body region}}
  "gpu.func"() <{function_type = (i32) -> ()}> ({
  ^bb0:
    "gpu.return"() : () -> ()
  }) {sym_name = "entry_count"} : () -> ()
}

// -----

gpu.module @m {
  /// Arguments are named.
  // expected-error @below {{custom op 'gpu.func' gpu.func requires named arguments}}
  gpu.func @unnamed(i32) {
    gpu.return
  }
}

// -----

gpu.module @m {
  /// An attribution list is parenthesized.
  // expected-error @below {{expected '(' in argument list}}
  gpu.func @attribution_list(%a: i32) workgroup {
    gpu.return
  }
}

// -----

gpu.module @m {
  /// The name is the function's symbol.
  // expected-error @below {{custom op 'gpu.func' attribute 'sym_name' occurs more than once in the attribute list}}
  gpu.func @twice() attributes {sym_name = "g"} {
    gpu.return
  }
}

// -----

gpu.module @m {
  /// Function names are symbols of the module.
  // expected-note @below {{see existing symbol definition here}}
  gpu.func @f() {
    gpu.return
  }
  // expected-error @below {{redefinition of symbol named 'f'}}
  gpu.func @f() {
    gpu.return
  }
}
