"""A module made runnable: lowered to the LLVM dialect when needed, exported to LLVM IR,
optimized and JIT-compiled; its functions callable with Python scalars and numpy arrays."""

from __future__ import annotations

import ctypes
from collections.abc import Sequence
from typing import Any

from mliropt.ir import types as T
from mliropt.runner import calling, runtime
from mliropt.runner.jit import RETURN_WRAPPER, JitError, JitModule, load_libraries
from mliropt.runner.lowering import function_signatures, lower_to_llvm, needs_lowering


class RunnerError(Exception):
    """Running failed; the message is the diagnostic text (`FILE:LINE:COL: error: ...`
    where there is a location, else `error: ...`)."""


class Program:
    """An LLVM-dialect module and its JIT-compiled code."""

    def __init__(self, module: Any, ctx: Any, opt_level: int = 0,
                 shared_libs: Sequence[str] = (), jit: bool = True,
                 march: str | None = None, mattr: Sequence[str] = ()) -> None:
        """Lower (in place), translate and compile `module` (for the host, or `march`
        with extra `mattr` features); raises MLIRError, PassFailure (diagnostics
        emitted to ctx) or JitError."""
        self.module = module
        self.ctx = ctx
        self.signatures = function_signatures(module)
        if needs_lowering(module):
            lower_to_llvm(module, ctx)
        from mliropt.target.llvmir import translate_to_llvmir

        self.llvm_ir = translate_to_llvmir(module)
        self.warnings = load_libraries(list(shared_libs))  # libraries that did not load
        self.jit = JitModule(self.llvm_ir, opt_level, jit, march, mattr)
        self._constructed = False
        self._destructed = False

    def invoke(self, name: str, restype: Any, argtypes: list[Any], values: list[Any]) -> Any:
        """Call compiled function `name` (the module's global constructors run before the
        first call); a runtime callback's failure raises JitError."""
        address = self.jit.address(name)
        if not address:
            raise JitError(f"function '{name}' was not compiled")
        fn = ctypes.CFUNCTYPE(restype, *argtypes)(address)
        if not self._constructed:
            self._constructed = True
            self._guarded(self.jit.engine.run_static_constructors)
        return self._guarded(fn, *values)

    def close(self) -> None:
        """Run the module's global destructors (once, after the last call), as upstream's
        runner does when its execution engine goes away."""
        if self._constructed and not self._destructed:
            self._destructed = True
            self._guarded(self.jit.engine.run_static_destructors)

    def _guarded(self, fn: Any, *values: Any) -> Any:
        runtime.begin_call(self.jit.c_may_print)
        try:
            result = fn(*values)
        finally:
            error = runtime.end_call()
        if error is not None:
            if isinstance(error, BrokenPipeError):
                raise error
            raise JitError(f"runtime function failed: {type(error).__name__}: {error}")
        return result

    def call(self, name: str, *args: Any, c_interface: bool = False) -> Any:
        """Call function `name` with Python scalars and C-contiguous numpy arrays (as
        memrefs); returns None, a scalar or numpy array, or a tuple of them. Failures raise
        RunnerError."""
        try:
            return self._call(name, args, c_interface)
        except calling.CallError as e:
            flc = e.location.file_line_col() if e.location is not None else None
            prefix = f"{flc.filename}:{flc.line}:{flc.col}: " if flc is not None else ""
            raise RunnerError(f"{prefix}error: {e}") from None
        except JitError as e:
            raise RunnerError(f"error: {e}") from None

    def _call(self, name: str, args: tuple[Any, ...], c_interface: bool) -> Any:
        func = calling.find_function(self.module, name)
        if func is None or calling.is_declaration(func):
            raise calling.CallError(f"function '{name}' not found")
        signature = self.signatures.get(name)
        if signature is not None:
            for t in signature.results:
                if isinstance(t, T.UnrankedMemRefType):
                    raise calling.CallError(
                        f"'{name}' returns '{t}': unranked memref results are not supported",
                        func.location)
        ftype = calling.llvm_function_type(func)
        restype = calling.ctype_of(ftype.result)
        if c_interface:
            return self._call_ciface(name, func, signature, restype, args)
        keep: list[Any] = []  # descriptors that must outlive the call
        argtypes, values = _expanded_arguments(ftype, signature, args, func, keep)
        if isinstance(restype, type) and issubclass(restype, (ctypes.Structure, ctypes.Array)):
            # An aggregate comes back through the wrapper's pointer (see JitModule).
            slot = restype()
            self.invoke(RETURN_WRAPPER + name, None, [ctypes.c_void_p, *argtypes],
                        [ctypes.addressof(slot), *values])
            return _results(slot, signature)
        return _results(self.invoke(name, restype, argtypes, values), signature)

    def _call_ciface(self, name: str, func: Any, signature: Any, restype: Any,
                     args: tuple[Any, ...]) -> Any:
        wrapper = calling.find_function(self.module, "_mlir_ciface_" + name)
        if wrapper is None or calling.is_declaration(wrapper):
            raise calling.CallError(
                f"'{name}' has no C interface wrapper (give it the llvm.emit_c_interface "
                "attribute)", func.location)
        wtype = calling.llvm_function_type(wrapper)
        inputs = list(wtype.inputs)
        argtypes: list[Any] = []
        values: list[Any] = []
        result_slot = None
        if len(inputs) == len(args) + 1:  # results returned through a first pointer
            result_slot = restype()
            argtypes.append(ctypes.c_void_p)
            values.append(ctypes.addressof(result_slot))
            inputs = inputs[1:]
        if len(inputs) != len(args):
            raise calling.CallError(f"'{name}' takes {len(inputs)} arguments, "
                                    f"{len(args)} given", func.location)
        keep = []
        for i, (t, a) in enumerate(zip(inputs, args)):
            memref = signature.inputs[i] if signature is not None else None
            if not isinstance(memref, (T.MemRefType, T.UnrankedMemRefType)):
                memref = None
            if memref is not None or _is_array(a):
                array = calling.check_array(a, i, memref)
                d = calling.descriptor_struct(array)
                keep.append(d)
                if isinstance(memref, T.UnrankedMemRefType):
                    d = calling.UnrankedDescriptor(array.ndim, ctypes.addressof(d))
                    keep.append(d)
                argtypes.append(ctypes.c_void_p)
                values.append(ctypes.addressof(d))
                continue
            argtypes.append(calling.ctype_of(t))
            values.append(_scalar(a, t, i))
        wrapper_res = calling.ctype_of(wtype.result)
        result = self.invoke("_mlir_ciface_" + name, wrapper_res, argtypes, values)
        return _results(result_slot if result_slot is not None else result, signature)


def _is_array(value: Any) -> bool:
    return type(value).__module__ == "numpy" and type(value).__name__ == "ndarray"


def _scalar(value: Any, t: Any, position: int) -> Any:
    if _is_array(value):
        raise calling.CallError(f"argument {position}: expected a scalar of type '{t}'")
    try:
        if isinstance(t, T.FloatType):
            return float(value)
        if isinstance(t, T.IntegerType) and t.width == 1:
            return bool(value)
        return int(value)
    except (TypeError, ValueError):
        raise calling.CallError(
            f"argument {position}: cannot pass {type(value).__name__} as '{t}'") from None


def _expanded_arguments(ftype: Any, signature: Any, args: tuple[Any, ...], func: Any,
                        keep: list[Any]) -> tuple[list[Any], list[Any]]:
    """ctypes types and values of the default calling convention: each memref expands
    into allocated and aligned pointers, offset, sizes and strides; an unranked memref
    into its rank and a pointer to a descriptor (kept alive in `keep`)."""
    inputs = list(ftype.inputs)
    if signature is not None and len(signature.inputs) != len(args):
        raise calling.CallError(f"'{func.get_attr('sym_name').value}' takes "
                                f"{len(signature.inputs)} arguments, {len(args)} given",
                                func.location)
    argtypes: list[Any] = []
    values: list[Any] = []
    at = 0
    for i, a in enumerate(args):
        memref = signature.inputs[i] if signature is not None else None
        if isinstance(memref, T.UnrankedMemRefType):
            if at + 2 > len(inputs):
                raise calling.CallError(f"too many arguments: {len(args)} given",
                                        func.location)
            d = calling.descriptor_struct(calling.check_array(a, i, memref))
            keep.append(d)
            argtypes += [ctypes.c_int64, ctypes.c_void_p]
            values += [a.ndim, ctypes.addressof(d)]
            at += 2
            continue
        if isinstance(memref, T.MemRefType) or (memref is None and _is_array(a)):
            array = calling.check_array(a, i, memref)
            words = calling.descriptor_words(array)
            kinds = [ctypes.c_void_p, ctypes.c_void_p] + [ctypes.c_int64] * (len(words) - 2)
            if at + len(words) > len(inputs):
                raise calling.CallError(f"argument {i}: the function takes fewer arguments "
                                        "than the array's descriptor needs", func.location)
            argtypes += kinds
            values += words
            at += len(words)
            continue
        if at >= len(inputs):
            raise calling.CallError(f"too many arguments: {len(args)} given", func.location)
        t = inputs[at]
        argtypes.append(calling.ctype_of(t))
        values.append(_scalar(a, t, i))
        at += 1
    if at != len(inputs):
        raise calling.CallError(f"too few arguments: {len(args)} given", func.location)
    return argtypes, values


def _results(value: Any, signature: Any) -> Any:
    """The call's result as Python values: memref results (by the func.func signature)
    become numpy arrays, copied out of the returned descriptors."""
    if signature is None or not any(isinstance(t, T.MemRefType) for t in signature.results):
        return _python_value(value)
    results = signature.results
    parts = [value] if len(results) == 1 else [getattr(value, f[0]) for f in value._fields_]
    out = tuple(calling.array_from_descriptor(p, t) if isinstance(t, T.MemRefType)
                else _python_value(p) for p, t in zip(parts, results))
    return out[0] if len(out) == 1 else out


def _python_value(v: Any) -> Any:
    """ctypes results as Python values; structs (several results) as tuples."""
    if isinstance(v, ctypes.Structure):
        return tuple(_python_value(getattr(v, field[0])) for field in v._fields_)
    if isinstance(v, ctypes.Array):
        return tuple(_python_value(x) for x in v)
    if isinstance(v, ctypes._SimpleCData):
        return v.value
    return v
