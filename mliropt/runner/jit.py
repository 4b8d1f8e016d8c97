"""LLVM IR text -> a JIT-compiled module on llvmlite (MCJIT): parse and verify, target
triple and data layout of the host, the new pass manager's -O1..-O3 pipelines,
unresolved-symbol checks, entry addresses, assembly and object emission."""

from __future__ import annotations

import ctypes
import os
import re
from collections.abc import Sequence
from typing import Any

from mliropt.runner import runtime

# Functions of libc that programs call without printing: the built-in runtime's output
# needs no flush after each write when only these (and the runtime) are called.
_SILENT = frozenset({
    "malloc", "free", "aligned_alloc", "calloc", "realloc", "memcpy", "memmove", "memset",
    "posix_memalign", "abort", "exit",
})


# Prefix of the functions that return an aggregate result through a pointer.
RETURN_WRAPPER = "__pymlir_runner_result."


def _global(name: str) -> str:
    """`@name` as LLVM IR spells it (quoted unless it is a plain identifier)."""
    if re.fullmatch(r"[-a-zA-Z$._][-a-zA-Z$._0-9]*", name):
        return "@" + name
    return '@"' + name.replace("\\", "\\5C").replace('"', "\\22") + '"'


class JitError(Exception):
    """A failure of llvmlite or of the JIT link step; `str()` is the message."""


def _llvm() -> Any:
    import llvmlite.binding as llvm

    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()
    return llvm


class TargetError(JitError):
    """No TargetMachine for the requested target; `str()` is upstream's two-line text."""


def host_target_machine(
    opt_level: int, jit: bool, march: str | None = None, mattr: Sequence[str] = ()
) -> Any:
    """A TargetMachine for the host (default triple, host CPU and features), as
    upstream's runner builds it: `march` replaces the triple's architecture, `mattr`
    entries (`+avx2`, `-sse4.2`, `avx2` meaning `+avx2`) are added to the host's features."""
    llvm = _llvm()
    triple = llvm.get_process_triple()
    if march:
        triple = march + triple[triple.index("-"):]
    try:
        target = llvm.Target.from_triple(triple)
    except RuntimeError as e:
        raise TargetError(f"Failed to create a TargetMachine for the host\n{e}") from None
    features = llvm.get_host_cpu_features().flatten()
    extra = [a if a[:1] in "+-" else "+" + a.lower() for a in mattr if a]
    if extra:
        features = ",".join([features, *extra]) if features else ",".join(extra)
    return target.create_target_machine(
        cpu=llvm.get_host_cpu_name(), features=features,
        opt=opt_level, jit=jit, reloc="default" if jit else "pic",
        codemodel="jitdefault" if jit else "default",
    )


def load_libraries(paths: list[str]) -> list[str]:
    """Load `--shared-libs` entries (upstream's runtime libraries are built in). Like
    upstream's runner, a library that cannot be loaded is skipped with a warning; the
    warnings (upstream's text) are returned."""
    llvm = _llvm()
    warnings = []
    for path in paths:
        if not path or runtime.is_builtin_library(path):
            continue
        if not os.path.exists(path):
            warnings.append(f"Failed to create MemoryBuffer for: {path}\n"
                            "Error: No such file or directory\n")
            continue
        try:
            llvm.load_library_permanently(path)
        except RuntimeError as e:
            warnings.append(f"Could not load {path}:\n  {str(e).strip()}\n")
    return warnings


def _process_has(name: str) -> bool:
    try:
        getattr(ctypes.CDLL(None), name)
    except AttributeError:
        return False
    return True


class JitModule:
    """One LLVM module, optimized at `opt_level` and ready to run or emit."""

    def __init__(
        self, ir_text: str, opt_level: int = 0, jit: bool = True, march: str | None = None,
        mattr: Sequence[str] = (),
    ) -> None:
        llvm = _llvm()
        try:
            self.module = llvm.parse_assembly(ir_text)
            self.module.verify()
        except RuntimeError as e:
            raise JitError(f"LLVM IR is invalid: {str(e).strip()}") from None
        self.tm = host_target_machine(opt_level, jit, march, mattr)
        self.module.triple = self.tm.triple
        self.module.data_layout = str(self.tm.target_data)
        if jit:
            self._add_return_wrappers()
        if opt_level > 0:
            pto = llvm.create_pipeline_tuning_options(speed_level=opt_level)
            pb = llvm.create_pass_builder(self.tm, pto)
            pb.getModulePassManager().run(self.module, pb)
        self.engine: Any = None
        self.c_may_print = False

    def _add_return_wrappers(self) -> None:
        """For each defined function returning an aggregate, `RETURN_WRAPPER + name`
        (ptr out, args...) stores the result through `out`: LLVM returns small
        aggregates in registers where the C ABI (ctypes) expects another layout."""
        llvm = _llvm()
        lines = []
        for f in self.module.functions:
            if f.is_declaration:
                continue
            args = [str(a.type) for a in f.arguments]
            ftype = str(f.global_value_type)
            suffix = f" ({', '.join(args)})"
            if not ftype.endswith(suffix) or not ftype.startswith(("{", "[", "<{")):
                continue
            ret = ftype[:-len(suffix)]
            params = ", ".join(f"{t} %a{i}" for i, t in enumerate(args))
            lines += [
                f"declare {ret} {_global(f.name)}({', '.join(args)})",
                f"define void {_global(RETURN_WRAPPER + f.name)}(ptr %out"
                f"{', ' if args else ''}{params}) {{",
                f"  %r = call {ret} {_global(f.name)}({params})",
                f"  store {ret} %r, ptr %out",
                "  ret void",
                "}",
            ]
        if not lines:
            return
        wrappers = llvm.parse_assembly("\n".join(lines) + "\n")
        wrappers.triple = self.module.triple
        wrappers.data_layout = self.module.data_layout
        self.module.link_in(wrappers)

    def external_symbols(self) -> list[str]:
        """Names the module declares but does not define and uses (intrinsics excluded):
        like upstream's JIT, an unused declaration needs no definition."""
        names = [f.name for f in self.module.functions
                 if f.is_declaration and not f.name.startswith("llvm.")]
        names += [g.name for g in self.module.global_variables if g.is_declaration]
        if not names:
            return names
        text = str(self.module)
        used = []
        for name in names:
            ref = _global(name)
            if len(re.findall(re.escape(ref) + r"(?![-a-zA-Z$._0-9])", text)) > 1:
                used.append(name)
        return used

    def link(self) -> None:
        """Resolve external symbols (built-in runtime, loaded libraries, the process)
        and compile; a missing symbol is reported as upstream's JIT session error."""
        llvm = _llvm()
        runtime.install()
        missing = []
        for name in self.external_symbols():
            if runtime.provides(name):
                continue
            if llvm.address_of_symbol(name) is None and not _process_has(name):
                missing.append(name)
                continue
            if name not in _SILENT:
                self.c_may_print = True
        if missing:
            raise JitError(f"JIT session error: Symbols not found: [ {', '.join(missing)} ]")
        try:
            self.engine = llvm.create_mcjit_compiler(self.module, self.tm)
            self.engine.finalize_object()
        except RuntimeError as e:
            raise JitError(str(e).strip()) from None

    def address(self, name: str) -> int:
        """The address of a compiled function (0 when absent)."""
        if self.engine is None:
            self.link()
        return self.engine.get_function_address(name)

    def emit(self, kind: str) -> bytes:
        """The module as target assembly (`asm`) or an object file (`obj`)."""
        if kind == "asm":
            return self.tm.emit_assembly(self.module).encode()
        return self.tm.emit_object(self.module)

    def optimized_ir(self) -> str:
        """The (optimized) LLVM IR text."""
        return str(self.module)
