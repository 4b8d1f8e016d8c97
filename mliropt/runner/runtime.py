"""The built-in runtime: upstream's `libmlir_c_runner_utils` and `libmlir_runner_utils`
functions (print*, printMemref*, rtclock, nanoTime, memrefCopy, mlirAlloc, ...) as ctypes
callbacks registered with llvmlite, so JIT-compiled code finds them without the shared
libraries.

Output has two sinks. From Python (`run_function`) it goes through `sys.stdout`, so that
it can be captured, and C-side output (libc `printf`, `puts` called by the program) is
flushed before each write so that both interleave in order. The command line writes
through libc's `stdout` instead (`use_c_stdio`), as upstream's runtime does: the same
buffering (line-buffered on a terminal, fully buffered on a pipe, flushed at exit), so
the order against libc's output and against the entry point's printed result (upstream
prints it with llvm::outs(), flushed before stdio at exit) is upstream's."""

from __future__ import annotations

import ctypes
import sys
import time
from collections.abc import Callable
from typing import Any

from mliropt.runner import memref_print as mp
from mliropt.runner.cformat import format_g

# `--shared-libs` entries naming upstream's runtime libraries: provided built in.
BUILTIN_LIBRARIES = ("libmlir_c_runner_utils", "libmlir_runner_utils")

_libc = ctypes.CDLL(None)
_libc.fflush.argtypes = [ctypes.c_void_p]
_libc.fflush.restype = ctypes.c_int
_libc.fwrite.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_void_p]
_libc.fwrite.restype = ctypes.c_size_t


class _State:
    """Output mode and the first error a callback raised (callbacks must not raise)."""

    c_stdio = False  # write through libc's stdout/stderr (the command line)
    flush_each = False  # set while running code that may also print from C
    line_buffered = False  # stdout is a terminal: flush at each newline, as C stdio does
    error: BaseException | None = None


STATE = _State()


def flush_c() -> None:
    """Flush libc's output streams (fflush(NULL))."""
    _libc.fflush(None)


def use_c_stdio(enable: bool) -> None:
    """Write the runtime's output through libc's stdio (True) or sys.stdout (False)."""
    STATE.c_stdio = enable


def default_c_buffering() -> None:
    """Give libc's stdout the buffering a C program starts with (line-buffered on a
    terminal, else fully buffered), which PYTHONUNBUFFERED / -u turn off; call it before
    anything is written to it."""
    import os

    try:
        tty = os.isatty(1)
        size = os.fstat(1).st_blksize or 8192  # glibc's choice of buffer size
    except OSError:
        return
    global _stdout_buffer
    _stdout_buffer = ctypes.create_string_buffer(size)  # lives as long as the process
    _libc.setvbuf.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
    mode = 1 if tty else 0  # _IOLBF / _IOFBF
    _libc.setvbuf(_c_stream("stdout"), ctypes.addressof(_stdout_buffer), mode, size)


_stdout_buffer: Any = None


def _c_stream(name: str) -> int:
    return ctypes.c_void_p.in_dll(_libc, name).value or 0


def _c_write(stream: str, text: str) -> None:
    data = text.encode("utf-8", "surrogateescape")
    _libc.fwrite(data, 1, len(data), _c_stream(stream))


def emit(text: str) -> None:
    """Write runtime output: to libc's stdout, or to sys.stdout after any pending C-side
    output."""
    if STATE.c_stdio:
        _c_write("stdout", text)
        return
    flush_c()
    out = sys.stdout
    try:
        out.write(text)
    except UnicodeEncodeError:  # raw bytes of printMemrefI8, kept as surrogate escapes
        raw = text.encode("utf-8", "surrogateescape")
        buffer = getattr(out, "buffer", None)
        if buffer is None:
            out.write(raw.decode("utf-8", "replace"))
        else:
            out.flush()
            buffer.write(raw)
    if STATE.flush_each or (STATE.line_buffered and "\n" in text):
        out.flush()


def _guard(fn: Callable[..., Any], default: Any = None) -> Callable[..., Any]:
    """A callback that records an exception instead of letting ctypes print a traceback."""

    def call(*args: Any) -> Any:
        if STATE.error is not None:
            return default
        try:
            return fn(*args)
        except BaseException as e:  # reported by the runner once the call returns
            STATE.error = e
            return default

    call.__name__ = fn.__name__
    return call


# --- CRunnerUtils ---------------------------------------------------------------------

def _print_flops(flops: float) -> None:
    text = "%f GFLOPS\n" % (flops / 1.0e9)
    if STATE.c_stdio:
        _c_write("stderr", text)
        return
    flush_c()
    sys.stdout.flush()
    sys.stderr.write(text)
    sys.stderr.flush()


def _print_string(s: int) -> None:
    emit(ctypes.string_at(s).decode("utf-8", "surrogateescape"))


def _memref_copy(elem_size: int, src: int, dst: int) -> None:
    """memrefCopy(elemSize, UnrankedMemRefType *src, UnrankedMemRefType *dst)."""
    rank, src_desc = mp.read_unranked(src)
    _, dst_desc = mp.read_unranked(dst)
    s = mp.read_descriptor(src_desc, rank)
    d = mp.read_descriptor(dst_desc, rank)
    if any(n == 0 for n in s.sizes):
        return
    count = 1
    for n in s.sizes:
        count *= n
    index = [0] * rank
    for _ in range(count):
        so = s.offset + sum(i * st for i, st in zip(index, s.strides))
        do = d.offset + sum(i * st for i, st in zip(index, d.strides))
        ctypes.memmove(d.aligned + do * elem_size, s.aligned + so * elem_size, elem_size)
        for axis in range(rank - 1, -1, -1):
            index[axis] += 1
            if index[axis] < s.sizes[axis]:
                break
            index[axis] = 0


_I64, _F32, _F64, _PTR = ctypes.c_int64, ctypes.c_float, ctypes.c_double, ctypes.c_void_p

_SCALARS: list[tuple[str, Any, tuple[Any, ...], Callable[..., Any]]] = [
    ("printI64", None, (_I64,), lambda x: emit(str(x))),
    ("printU64", None, (ctypes.c_uint64,), lambda x: emit(str(x))),
    ("printF32", None, (_F32,), lambda x: emit(format_g(x))),
    ("printF64", None, (_F64,), lambda x: emit(format_g(x))),
    ("printString", None, (_PTR,), _print_string),
    ("printOpen", None, (), lambda: emit("( ")),
    ("printClose", None, (), lambda: emit(" )")),
    ("printComma", None, (), lambda: emit(", ")),
    ("printNewline", None, (), lambda: emit("\n")),
    ("printFlops", None, (_F64,), _print_flops),
    ("rtclock", _F64, (), time.time),
    ("_mlir_ciface_nanoTime", _I64, (), time.monotonic_ns),
    ("memrefCopy", None, (_I64, _PTR, _PTR), _memref_copy),
]

# --- RunnerUtils: printMemref* --------------------------------------------------------

_UNRANKED_EXPANDED = ("F32", "F64", "I32", "I64", "Ind", "C32", "C64")
_UNRANKED_CIFACE = ("I8", "I16", "I32", "I64", "F16", "BF16", "F32", "F64", "Ind", "C32", "C64")
_RANKED_CIFACE = [("0d", "F32"), ("1d", "F32"), ("2d", "F32"), ("3d", "F32"), ("4d", "F32"),
                  ("1d", "I8"), ("1d", "I32"), ("1d", "I64"), ("1d", "F64"), ("1d", "Ind"),
                  ("1d", "C32"), ("1d", "C64")]
_SHAPE = ("I8", "I32", "I64", "F32", "F64", "Ind", "C32", "C64")


def _unranked_expanded(kind: str) -> Callable[[int, int], None]:
    def print_memref(rank: int, desc: int) -> None:
        emit(mp.print_memref(mp.read_descriptor(desc, rank), kind, unranked=True))

    return print_memref


def _unranked_ciface(kind: str) -> Callable[[int], None]:
    def print_memref(ptr: int) -> None:
        rank, desc = mp.read_unranked(ptr)
        emit(mp.print_memref(mp.read_descriptor(desc, rank), kind, unranked=True))

    return print_memref


def _ranked_ciface(rank: int, kind: str) -> Callable[[int], None]:
    def print_memref(desc: int) -> None:
        emit(mp.print_memref(mp.read_descriptor(desc, rank), kind, unranked=False))

    return print_memref


def _shape_ciface(ptr: int) -> None:
    rank, desc = mp.read_unranked(ptr)
    emit(mp.print_shape(mp.read_descriptor(desc, rank)))


def _memref_functions() -> list[tuple[str, Any, tuple[Any, ...], Callable[..., Any]]]:
    out: list[tuple[str, Any, tuple[Any, ...], Callable[..., Any]]] = []
    for kind in _UNRANKED_EXPANDED:
        out.append((f"printMemref{kind}", None, (_I64, _PTR), _unranked_expanded(kind)))
    for kind in _UNRANKED_CIFACE:
        out.append((f"_mlir_ciface_printMemref{kind}", None, (_PTR,), _unranked_ciface(kind)))
    for rank, kind in _RANKED_CIFACE:
        name = f"_mlir_ciface_printMemref{rank}{kind}"
        out.append((name, None, (_PTR,), _ranked_ciface(int(rank[0]), kind)))
    for kind in _SHAPE:
        out.append((f"_mlir_ciface_printMemrefShape{kind}", None, (_PTR,), _shape_ciface))
    return out


# verifyMemRef*: the expanded unranked form (rank, actual, expected descriptors) and the
# C-interface one (two UnrankedMemRefType pointers), as libmlir_runner_utils exports them.
_VERIFY_EXPANDED = ("I32", "F32", "F64", "Ind", "C32", "C64")
_VERIFY_CIFACE = ("I8", "I16", "I32", "I64", "F32", "F64", "Ind", "C32", "C64")


def _verified(actual: mp.Descriptor, expected: mp.Descriptor, kind: str) -> int:
    from mliropt.runner.memref_verify import verify

    errors, text = verify(actual, expected, kind)
    if text:
        # std::cerr is tied to std::cout, which is synced with stdio: writing to it
        # flushes stdout first.
        flush_c()
        sys.stdout.flush()
        _c_write("stderr", text)
    return errors


def _verify_expanded(kind: str) -> Callable[[int, int, int], int]:
    def verify_memref(rank: int, actual: int, expected: int) -> int:
        return _verified(mp.read_descriptor(actual, rank), mp.read_descriptor(expected, rank),
                         kind)

    return verify_memref


def _verify_ciface(kind: str) -> Callable[[int, int], int]:
    def verify_memref(actual: int, expected: int) -> int:
        a_rank, a_desc = mp.read_unranked(actual)
        e_rank, e_desc = mp.read_unranked(expected)
        return _verified(mp.read_descriptor(a_desc, a_rank), mp.read_descriptor(e_desc, e_rank),
                         kind)

    return verify_memref


def _verify_functions() -> list[tuple[str, Any, tuple[Any, ...], Callable[..., Any]]]:
    out: list[tuple[str, Any, tuple[Any, ...], Callable[..., Any]]] = []
    for kind in _VERIFY_EXPANDED:
        out.append((f"verifyMemRef{kind}", _I64, (_I64, _PTR, _PTR), _verify_expanded(kind)))
    for kind in _VERIFY_CIFACE:
        out.append((f"_mlir_ciface_verifyMemRef{kind}", _I64, (_PTR, _PTR), _verify_ciface(kind)))
    return out


def _libc_address(name: str) -> int:
    return ctypes.cast(getattr(_libc, name), ctypes.c_void_p).value or 0


# Allocation functions of `use-generic-functions` lowering: straight to libc.
_ALIASES = {"mlirAlloc": "malloc", "mlirAlignedAlloc": "aligned_alloc", "mlirFree": "free",
            "mlirAlignedFree": "free"}

_installed: dict[str, Any] = {}  # name -> ctypes callback (kept alive for the process)


def install() -> None:
    """Register the runtime's symbols with llvmlite (once per process)."""
    if _installed:
        return
    import llvmlite.binding as llvm

    for name, restype, argtypes, fn in _SCALARS + _memref_functions() + _verify_functions():
        default = 0 if restype is not None else None
        callback = ctypes.CFUNCTYPE(restype, *argtypes)(_guard(fn, default))
        _installed[name] = callback
        llvm.add_symbol(name, ctypes.cast(callback, ctypes.c_void_p).value)
    for name, target in _ALIASES.items():
        _installed[name] = target
        llvm.add_symbol(name, _libc_address(target))


def provides(name: str) -> bool:
    """True for a symbol of the built-in runtime."""
    install()
    return name in _installed


def is_builtin_library(path: str) -> bool:
    """True when a `--shared-libs` entry names one of upstream's runtime libraries."""
    base = path.replace("\\", "/").rsplit("/", 1)[-1]
    return any(base.startswith(prefix + ".") for prefix in BUILTIN_LIBRARIES)


def begin_call(c_may_print: bool) -> None:
    """Before running JIT code: Python's pending output first; choose the flush mode."""
    sys.stdout.flush()
    STATE.flush_each = c_may_print
    try:
        STATE.line_buffered = sys.stdout.isatty()
    except (AttributeError, ValueError):
        STATE.line_buffered = False
    STATE.error = None


def end_call() -> BaseException | None:
    """After running JIT code: flush both sides (libc's stdio is left to the exit with
    use_c_stdio, as upstream's); return a callback's error, if any."""
    if not STATE.c_stdio:
        flush_c()
    try:
        sys.stdout.flush()
    except BaseException as e:  # a closed pipe
        STATE.error = STATE.error or e
    STATE.flush_each = False
    error, STATE.error = STATE.error, None
    return error
