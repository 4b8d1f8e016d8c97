// RUN: pymlir-runner %s --emit=asm -O2 | FileCheck %s --check-prefix=ASM
// RUN: pymlir-runner %s --emit=obj -o %t.o && python3 -c "import sys; d = open(sys.argv[1], 'rb').read(4); print(d == b'\x7fELF')" %t.o | FileCheck %s --check-prefix=OBJ
// RUN: pymlir-runner %s --emit=llvm -O2 | FileCheck %s --check-prefix=LLVM
// RUN: pymlir-runner %s -e count --entry-point-result=i64 --dump-object-file --object-filename=%t.dump.o | FileCheck %s --check-prefix=RESULT
// RUN: python3 -c "import sys; d = open(sys.argv[1], 'rb').read(4); print(d == b'\x7fELF')" %t.dump.o | FileCheck %s --check-prefix=OBJ

/// --emit (beyond upstream): target assembly, an object file, or the optimized LLVM IR
/// of the lowered module, instead of a run. -O2 folds the loop away. Upstream's
/// --dump-object-file writes the object of a run.

// ASM: .globl count
// ASM: {{^}}count:
// LLVM: define {{.*}}i64 @count()
// LLVM-NEXT: ret i64 45
// OBJ: True
// RESULT: 45
func.func @count() -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %z = arith.constant 0 : i64
  %r = scf.for %i = %c0 to %c10 step %c1 iter_args(%acc = %z) -> (i64) {
    %ii = arith.index_cast %i : index to i64
    %n = arith.addi %acc, %ii : i64
    scf.yield %n : i64
  }
  return %r : i64
}
