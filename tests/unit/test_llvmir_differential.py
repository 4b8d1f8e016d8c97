"""Differential test of the LLVM IR export against upstream mlir-translate 22 (skipped
when it is not installed): programs of /work/shared/bench/gen_mlir.py (with and without
@main and locations) are lowered by pymlir-opt with --convert-scf-to-cf --convert-to-llvm
--reconcile-unrealized-casts, then translated by both tools from the same text.

Normalisation: none. LLVM numbers unnamed values itself (%0, %1, ... in slot order) and
the translation names nothing, so our text must equal upstream's byte for byte; that is
stricter than renaming values and cannot hide a difference. The lit files of
tests/lit/target/llvmir cover the ops these programs do not use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

UPSTREAM = "/usr/lib/llvm-22/bin/mlir-translate"
GEN = Path("/work/shared/bench/gen_mlir.py")
LOWER = ["--convert-scf-to-cf", "--convert-to-llvm", "--reconcile-unrealized-casts"]

pytestmark = pytest.mark.skipif(
    not (os.path.exists(UPSTREAM) and GEN.exists()),
    reason="needs upstream mlir-translate 22 and gen_mlir.py",
)

CASES = [
    (3, 1, []), (5, 2, ["--with-main"]), (8, 3, []), (4, 4, ["--with-main", "--with-locs"]),
    (12, 5, ["--with-main"]), (6, 11, ["--with-locs"]),
]


def _lowered(n: int, seed: int, extra: list[str], tmp: Path) -> str:
    src = subprocess.run([sys.executable, str(GEN), str(n), "--seed", str(seed), *extra],
                         capture_output=True, text=True, check=True).stdout
    path = tmp / "in.mlir"
    path.write_text(src)
    flags = LOWER + (["--mlir-print-debuginfo"] if "--with-locs" in extra else [])
    res = subprocess.run([sys.executable, "-m", "mliropt", str(path), *flags],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    return res.stdout


@pytest.mark.parametrize(("n", "seed", "extra"), CASES)
def test_gen_mlir_translation(n: int, seed: int, extra: list[str], tmp_path: Path) -> None:
    """Our LLVM IR equals upstream's for a lowered gen_mlir program."""
    lowered = tmp_path / "lowered.mlir"
    lowered.write_text(_lowered(n, seed, extra, tmp_path))
    up = subprocess.run([UPSTREAM, "--mlir-to-llvmir", str(lowered)],
                        capture_output=True, text=True)
    assert up.returncode == 0, up.stderr
    ours = subprocess.run([sys.executable, "-m", "mliropt.tools.translate", "--mlir-to-llvmir",
                           str(lowered)], capture_output=True, text=True)
    assert ours.returncode == 0, ours.stderr
    assert ours.stdout == up.stdout


def test_api_verifies(tmp_path: Path) -> None:
    """translate_to_llvmir's text verifies with llvmlite (verify_llvmir)."""
    from mliropt.ir.context import Context
    from mliropt.syntax.parser import parse_source
    from mliropt.target.llvmir import translate_to_llvmir, verify_llvmir

    text = _lowered(3, 9, ["--with-main"], tmp_path)
    module = parse_source(Context(), text, "x.mlir", 0, len(text), implicit_module=True,
                          chunk_loc=None)
    mod = verify_llvmir(translate_to_llvmir(module))
    assert mod.get_function("main") is not None


def test_verify_error_is_a_diagnostic() -> None:
    """Invalid LLVM IR is an MLIRError, not a traceback."""
    from mliropt.ir.diagnostics import MLIRError
    from mliropt.target.llvmir import verify_llvmir

    with pytest.raises(MLIRError, match="LLVM IR does not verify"):
        verify_llvmir("define i32 @f() {\n  ret i64 0\n}\n")


def test_branch_weights_become_prof_metadata() -> None:
    """Branch weights are attached as !prof metadata (numbered after the module flag)."""
    from mliropt.ir.context import Context
    from mliropt.syntax.parser import parse_source
    from mliropt.target.llvmir import translate_to_llvmir

    text = ("llvm.func @f(%c: i1) {\n  llvm.cond_br %c weights([1, 2]), ^bb1, ^bb1\n"
            "^bb1:\n  llvm.return\n}\n")
    module = parse_source(Context(), text, "x.mlir", 0, len(text), implicit_module=True,
                          chunk_loc=None)
    out = translate_to_llvmir(module)
    assert "br i1 %0, label %2, label %2, !prof !1" in out
    assert '!1 = !{!"branch_weights", i32 1, i32 2}' in out


def test_every_intrinsic_op_as_upstream(tmp_path: Path) -> None:
    """A call of every intrinsic op (tools/gen_intrinsic_table.py's probe) translates as
    upstream's: names, immediate arguments, declarations and their attribute groups."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    try:
        from gen_intrinsic_table import probe_module
    finally:
        sys.path.pop(0)
    path = tmp_path / "intrinsics.mlir"
    path.write_text(probe_module()[0])
    up = subprocess.run([UPSTREAM, "--mlir-to-llvmir", str(path)], capture_output=True,
                        text=True)
    assert up.returncode == 0, up.stderr
    ours = subprocess.run([sys.executable, "-m", "mliropt.tools.translate", "--mlir-to-llvmir",
                           str(path)], capture_output=True, text=True)
    assert ours.returncode == 0, ours.stderr
    assert ours.stdout == up.stdout


CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "llvm"
LIT_OPS = Path(__file__).resolve().parents[1] / "lit" / "dialects" / "llvm" / "ops.mlir"


def _corpus_chunks() -> list[tuple[str, int]]:
    files = [p for p in sorted(CORPUS.glob("*.mlir")) if not p.name.startswith("errors")]
    files.append(LIT_OPS)
    out = []
    for p in files:
        if p.exists():
            out += [(str(p), i) for i in range(len(p.read_text().split("// -----")))]
    return out


@pytest.mark.parametrize(("path", "index"), _corpus_chunks(),
                         ids=lambda v: Path(v).name if isinstance(v, str) else str(v))
def test_llvm_corpus_translation(path: str, index: int) -> None:
    """Each chunk of our llvm-dialect corpus that upstream translates, we translate to the
    same text; one upstream rejects (a translation error or LLVM's verifier), we reject."""
    from mliropt.ir.context import Context
    from mliropt.ir.diagnostics import MLIRError
    from mliropt.syntax.errors import ParseError
    from mliropt.syntax.parser import parse_source
    from mliropt.tools.translate import emit_llvmir, translation_registry

    chunk = Path(path).read_text().split("// -----")[index]
    up = subprocess.run([UPSTREAM, "--mlir-to-llvmir"], input=chunk, capture_output=True,
                        text=True)
    try:
        module = parse_source(Context(translation_registry()), chunk, "x.mlir", 0, len(chunk),
                              implicit_module=True, chunk_loc=None)
        ours: str | None = emit_llvmir(module)  # translated and verified, as the CLI does
    except (MLIRError, ParseError):
        ours = None
    if up.returncode:
        assert ours is None
    else:
        assert ours == up.stdout


UPSTREAM_OPT = "/usr/lib/llvm-22/bin/mlir-opt"


@pytest.mark.skipif(not os.path.exists(UPSTREAM_OPT), reason="needs upstream mlir-opt 22")
@pytest.mark.parametrize(("n", "seed", "kind"), [(4, 7, "Full"), (9, 8, "LineTablesOnly")])
def test_debug_info_translation(n: int, seed: int, kind: str, tmp_path: Path) -> None:
    """A gen_mlir program with locations, lowered with ensure-debug-info-scope-on-llvm-func:
    our pass output equals upstream mlir-opt's, and our LLVM IR (!DICompileUnit,
    !DISubprogram, !DILexicalBlockFile, !DILocation, !dbg) equals upstream's."""
    src = subprocess.run([sys.executable, str(GEN), str(n), "--seed", str(seed), "--with-locs",
                          "--with-main"], capture_output=True, text=True, check=True).stdout
    path = tmp_path / "in.mlir"
    path.write_text(src)
    flags = [*LOWER, f"--ensure-debug-info-scope-on-llvm-func=emission-kind={kind}",
             "--mlir-print-debuginfo"]
    ours_opt = subprocess.run([sys.executable, "-m", "mliropt", str(path), *flags],
                              capture_output=True, text=True)
    up_opt = subprocess.run([UPSTREAM_OPT, str(path), *flags], capture_output=True, text=True)
    assert up_opt.returncode == 0, up_opt.stderr
    assert ours_opt.stdout == up_opt.stdout
    lowered = tmp_path / "lowered.mlir"
    lowered.write_text(up_opt.stdout)
    up = subprocess.run([UPSTREAM, "--mlir-to-llvmir", str(lowered)],
                        capture_output=True, text=True)
    ours = subprocess.run([sys.executable, "-m", "mliropt.tools.translate", "--mlir-to-llvmir",
                           str(lowered)], capture_output=True, text=True)
    assert ours.returncode == 0, ours.stderr
    assert "!DILexicalBlockFile" in ours.stdout and "!dbg !" in ours.stdout
    assert ours.stdout == up.stdout
