// RUN: pymlir-translate --mlir-to-llvmir --split-input-file %s | FileCheck %s

/// Function attributes: declarations get only enum attributes, uwtable and frame-pointer.
llvm.func @decl() attributes {target_cpu = "x", tune_cpu = "y", frame_pointer = #llvm.framePointerKind<"all">, no_inline, no_unwind, will_return, convergent, passthrough = ["cold"], prefer_vector_width = "128", unsafe_fp_math = true, fp_contract = "fast", denormal_fp_math = "ieee", optimize_none, instrument_function_entry = "e", uwtable_kind = #llvm.uwtableKind<async>}
llvm.func @def() attributes {target_cpu = "x", tune_cpu = "y", frame_pointer = #llvm.framePointerKind<"all">, no_inline, no_unwind, will_return, convergent, passthrough = ["cold"], prefer_vector_width = "128", unsafe_fp_math = true, fp_contract = "fast", denormal_fp_math = "ieee", optimize_none, instrument_function_entry = "e", uwtable_kind = #llvm.uwtableKind<async>} {
  llvm.return
}

// CHECK: ; Function Attrs: cold convergent noinline nounwind optnone willreturn uwtable
// CHECK-NEXT: declare void @decl() #0
// CHECK: ; Function Attrs: cold convergent noinline nounwind optnone willreturn uwtable
// CHECK-LABEL: define void @def() #1 {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: attributes #0 = { cold convergent noinline nounwind optnone willreturn uwtable "frame-pointer"="all" }
// CHECK-NEXT: attributes #1 = { cold convergent noinline nounwind optnone willreturn uwtable "denormal-fp-math"="ieee" "fp-contract"="fast" "frame-pointer"="all" "instrument-function-entry"="e" "prefer-vector-width"="128" "target-cpu"="x" "tune-cpu"="y" }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}

// -----

/// Floating-point and instrumentation string attributes (upstream writes no unsafe/approx-func ones).
llvm.func @def() attributes {no_infs_fp_math = true, no_nans_fp_math = false, approx_func_fp_math = true, no_signed_zeros_fp_math = true, denormal_fp_math_f32 = "preserve-sign", reciprocal_estimates = "all", instrument_function_exit = "x", uwtable_kind = #llvm.uwtableKind<sync>, inline_hint, always_inline} {
  llvm.return
}

// CHECK: ; Function Attrs: alwaysinline inlinehint uwtable(sync)
// CHECK-LABEL: define void @def() #0 {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: attributes #0 = { alwaysinline inlinehint uwtable(sync) "denormal-fp-math-f32"="preserve-sign" "instrument-function-exit"="x" "no-infs-fp-math"="true" "no-nans-fp-math"="false" "no-signed-zeros-fp-math"="true" "reciprocal-estimates"="all" }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}

// -----

/// aarch64 SME attributes, on definitions only.
llvm.func @d_arm_streaming() attributes {arm_streaming}
llvm.func @f_arm_streaming() attributes {arm_streaming} {
  llvm.return
}
llvm.func @d_arm_locally_streaming() attributes {arm_locally_streaming}
llvm.func @f_arm_locally_streaming() attributes {arm_locally_streaming} {
  llvm.return
}
llvm.func @d_arm_streaming_compatible() attributes {arm_streaming_compatible}
llvm.func @f_arm_streaming_compatible() attributes {arm_streaming_compatible} {
  llvm.return
}
llvm.func @d_arm_new_za() attributes {arm_new_za}
llvm.func @f_arm_new_za() attributes {arm_new_za} {
  llvm.return
}
llvm.func @d_arm_in_za() attributes {arm_in_za}
llvm.func @f_arm_in_za() attributes {arm_in_za} {
  llvm.return
}
llvm.func @d_arm_out_za() attributes {arm_out_za}
llvm.func @f_arm_out_za() attributes {arm_out_za} {
  llvm.return
}
llvm.func @d_arm_inout_za() attributes {arm_inout_za}
llvm.func @f_arm_inout_za() attributes {arm_inout_za} {
  llvm.return
}
llvm.func @d_arm_preserves_za() attributes {arm_preserves_za}
llvm.func @f_arm_preserves_za() attributes {arm_preserves_za} {
  llvm.return
}

// CHECK: declare void @d_arm_streaming()
// CHECK-LABEL: define void @f_arm_streaming() #0 {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: declare void @d_arm_locally_streaming()
// CHECK-LABEL: define void @f_arm_locally_streaming() #1 {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: declare void @d_arm_streaming_compatible()
// CHECK-LABEL: define void @f_arm_streaming_compatible() #2 {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: declare void @d_arm_new_za()
// CHECK-LABEL: define void @f_arm_new_za() #3 {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: declare void @d_arm_in_za()
// CHECK-LABEL: define void @f_arm_in_za() #4 {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: declare void @d_arm_out_za()
// CHECK-LABEL: define void @f_arm_out_za() #5 {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: declare void @d_arm_inout_za()
// CHECK-LABEL: define void @f_arm_inout_za() #6 {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: declare void @d_arm_preserves_za()
// CHECK-LABEL: define void @f_arm_preserves_za() #7 {
// CHECK-NEXT:   ret void
// CHECK-NEXT: }
// CHECK: attributes #0 = { "aarch64_pstate_sm_enabled" }
// CHECK-NEXT: attributes #1 = { "aarch64_pstate_sm_body" }
// CHECK-NEXT: attributes #2 = { "aarch64_pstate_sm_compatible" }
// CHECK-NEXT: attributes #3 = { "aarch64_new_za" }
// CHECK-NEXT: attributes #4 = { "aarch64_in_za" }
// CHECK-NEXT: attributes #5 = { "aarch64_out_za" }
// CHECK-NEXT: attributes #6 = { "aarch64_inout_za" }
// CHECK-NEXT: attributes #7 = { "aarch64_preserves_za" }
// CHECK: !llvm.module.flags = !{!0}
// CHECK: !0 = !{i32 2, !"Debug Info Version", i32 3}
