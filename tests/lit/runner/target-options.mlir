// RUN: pymlir-runner %s --emit=asm --mattr=+avx | FileCheck %s --check-prefix=AVX
// RUN: pymlir-runner %s --emit=asm --mattr=-avx,-avx2,-avx512f | FileCheck %s --check-prefix=SSE
// RUN: pymlir-runner %s --emit=asm -mattr=-avx -mattr=-avx2 -mattr=-avx512f | FileCheck %s --check-prefix=SSE
// RUN: pymlir-runner %s -e main --entry-point-result=i32 --march=x86_64 | FileCheck %s --check-prefix=EXEC
// RUN: not pymlir-runner %s -e main --entry-point-result=i32 --march=no_such_arch 2>&1 | FileCheck %s --check-prefix=ARCH

/// --mattr adds target features to the host CPU's (comma-separated or repeated; `avx` is
/// `+avx`), --march replaces the architecture of the host triple, as in upstream's
/// mlir-runner. An 8 x f32 add is one 256-bit AVX instruction, or two SSE ones without AVX
/// (the host's own features decide neither check: one of the two fails without --mattr).
// AVX-LABEL: add8:
// AVX: vaddps {{.*}}%ymm
// SSE-LABEL: add8:
// SSE-NOT: ymm
// SSE: addps {{.*}}%xmm
// EXEC: 42
// ARCH: Failed to create a TargetMachine for the host
// ARCH-NEXT: No available targets are compatible with triple "no_such_arch-{{.*}}"

llvm.func @add8(%a: vector<8xf32>, %b: vector<8xf32>) -> vector<8xf32> {
  %0 = llvm.fadd %a, %b : vector<8xf32>
  llvm.return %0 : vector<8xf32>
}

llvm.func @main() -> i32 {
  %0 = llvm.mlir.constant(42 : i32) : i32
  llvm.return %0 : i32
}
