"""Calling JIT-compiled functions from Python: ctypes types for LLVM-dialect types, the
entry-point checks of `mlir-runner`, and numpy arrays passed as memref descriptors
(expanded `allocated, aligned, offset, sizes..., strides...` arguments, as the default
calling convention gives, or a pointer to a descriptor for `_mlir_ciface_` wrappers)."""

from __future__ import annotations

import ctypes
from typing import Any

from mliropt.ir import types as T


class CallError(Exception):
    """A function cannot be called with these arguments; `location` when one applies."""

    def __init__(self, message: str, location: Any = None) -> None:
        super().__init__(message)
        self.location = location


_INTS = {1: ctypes.c_bool, 8: ctypes.c_int8, 16: ctypes.c_int16, 32: ctypes.c_int32,
         64: ctypes.c_int64}
_FLOATS = {"f32": ctypes.c_float, "f64": ctypes.c_double}
_structs: dict[Any, type] = {}


def ctype_of(t: Any) -> Any:
    """The ctypes type of an LLVM-dialect type (None for `!llvm.void`)."""
    from mliropt.dialects.llvm import types as L

    if isinstance(t, L.LLVMVoidType):
        return None
    if isinstance(t, T.IntegerType) and t.width in _INTS:
        return _INTS[t.width]
    if isinstance(t, T.FloatType) and t.kind in _FLOATS:
        return _FLOATS[t.kind]
    if isinstance(t, L.LLVMPointerType):
        return ctypes.c_void_p
    if isinstance(t, L.LLVMArrayType):
        return ctype_of(t.element_type) * t.num_elements
    if isinstance(t, L.LLVMStructType) and not t.packed:
        cls = _structs.get(t)
        if cls is None:
            fields = [(f"f{i}", ctype_of(e)) for i, e in enumerate(t.body)]
            cls = type("LLVMStruct", (ctypes.Structure,), {"_fields_": fields})
            _structs[t] = cls
        return cls
    raise CallError(f"cannot pass a value of type '{t}' from Python")


def find_function(module: Any, name: str) -> Any:
    """The `llvm.func` named `name` at the module's top level, or None."""
    for op in module.regions[0].blocks[0].ops:
        if op.name == "llvm.func" and op.get_attr("sym_name").value == name:
            return op
    return None


def llvm_function_type(func: Any) -> Any:
    """The `!llvm.func<...>` type of an llvm.func op."""
    return func.get_attr("function_type").value


def is_declaration(func: Any) -> bool:
    """True for an llvm.func without a body."""
    return not func.regions or not func.regions[0].blocks


def check_entry_point(module: Any, name: str, result: str) -> Any:
    """mlir-runner's checks on `-e NAME --entry-point-result=R`, with its messages;
    returns the llvm.func op."""
    func = find_function(module, name)
    if func is None or is_declaration(func):
        raise CallError("entry point not found")
    ftype = llvm_function_type(func)
    if ftype.inputs:
        raise CallError("JIT can't invoke a main function expecting arguments", func.location)
    r = ftype.result
    if result == "void":
        if not ftype.returns_void:
            raise CallError("expected void function", func.location)
    elif result in ("i32", "i64"):
        if not (isinstance(r, T.IntegerType) and r.width == int(result[1:])):
            raise CallError(f"only single {result} function result supported", func.location)
    elif not (isinstance(r, T.FloatType) and r.kind == "f32"):
        raise CallError("only single f32 function result supported", func.location)
    return func


# --- numpy arrays as memref descriptors ------------------------------------------------

def _dtype_matches(dtype: Any, element: Any) -> bool:
    import numpy as np

    if isinstance(element, T.IndexType):
        return dtype.kind in "iu" and dtype.itemsize == 8
    if isinstance(element, T.IntegerType):
        if element.width == 1:
            return dtype == np.bool_
        return dtype.kind in "iu" and dtype.itemsize * 8 == element.width
    if isinstance(element, T.FloatType):
        names = {"f16": "float16", "f32": "float32", "f64": "float64"}
        return names.get(element.kind) == dtype.name
    if isinstance(element, T.ComplexType) and isinstance(element.element_type, T.FloatType):
        names = {"f32": "complex64", "f64": "complex128"}
        return names.get(element.element_type.kind) == dtype.name
    return False


def check_array(value: Any, position: int, memref: Any = None) -> Any:
    """A numpy array usable as memref argument `position` (of type `memref`, if known)."""
    import numpy as np

    if not isinstance(value, np.ndarray):
        raise CallError(f"argument {position}: expected a numpy array for '{memref}', "
                        f"got {type(value).__name__}")
    if not value.flags.c_contiguous:
        raise CallError(f"argument {position}: the numpy array is not C-contiguous "
                        "(pass numpy.ascontiguousarray(a))")
    if memref is None:
        return value
    if isinstance(memref, T.UnrankedMemRefType):
        if not _dtype_matches(value.dtype, memref.element_type):
            raise CallError(f"argument {position}: dtype {value.dtype} does not match "
                            f"'{memref}'")
        return value
    if memref.layout is not None:
        raise CallError(f"argument {position}: only memrefs with the identity layout can be "
                        f"passed from numpy, not '{memref}'")
    if not _dtype_matches(value.dtype, memref.element_type):
        raise CallError(f"argument {position}: dtype {value.dtype} does not match '{memref}'")
    if value.ndim != len(memref.shape):
        raise CallError(f"argument {position}: a {value.ndim}-d array for '{memref}'")
    for have, want in zip(value.shape, memref.shape):
        if want >= 0 and have != want:
            raise CallError(f"argument {position}: shape {tuple(value.shape)} does not match "
                            f"'{memref}'")
    return value


def descriptor_words(array: Any) -> list[int]:
    """`allocated, aligned, offset, sizes..., strides...` of a C-contiguous array."""
    ptr = array.ctypes.data
    strides = [s // array.itemsize for s in array.strides] if array.size else \
        _contiguous_strides(array.shape)
    return [ptr, ptr, 0, *array.shape, *strides]


def _contiguous_strides(shape: tuple[int, ...]) -> list[int]:
    out = []
    step = 1
    for n in reversed(shape):
        out.append(step)
        step *= max(n, 1)
    return out[::-1]


def descriptor_struct(array: Any) -> Any:
    """A ctypes `StridedMemRefType` holding the array's descriptor (for `_mlir_ciface_`)."""
    rank = array.ndim
    fields = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p),
              ("offset", ctypes.c_int64)]
    if rank:
        fields += [("sizes", ctypes.c_int64 * rank), ("strides", ctypes.c_int64 * rank)]
    cls = type(f"MemRef{rank}d", (ctypes.Structure,), {"_fields_": fields})
    words = descriptor_words(array)
    d = cls()
    d.allocated = d.aligned = words[0]
    d.offset = 0
    if rank:
        d.sizes[:] = words[3:3 + rank]
        d.strides[:] = words[3 + rank:]
    return d


class UnrankedDescriptor(ctypes.Structure):
    """`UnrankedMemRefType`: `{i64 rank, ptr descriptor}`."""

    _fields_ = [("rank", ctypes.c_int64), ("descriptor", ctypes.c_void_p)]


def _dtype_of(element: Any) -> Any:
    """The numpy dtype of a memref element type."""
    import numpy as np

    if isinstance(element, T.IndexType):
        return np.dtype(np.int64)
    if isinstance(element, T.IntegerType) and element.width in (1, 8, 16, 32, 64):
        if element.width == 1:
            return np.dtype(np.bool_)
        prefix = "uint" if element.is_unsigned else "int"
        return np.dtype(f"{prefix}{element.width}")
    if isinstance(element, T.FloatType) and element.kind in ("f16", "f32", "f64"):
        return np.dtype(f"float{element.kind[1:]}")
    if isinstance(element, T.ComplexType) and isinstance(element.element_type, T.FloatType):
        kind = element.element_type.kind
        if kind in ("f32", "f64"):
            return np.dtype(f"complex{2 * int(kind[1:])}")
    raise CallError(f"cannot return a memref of '{element}' to numpy")


def array_from_descriptor(desc: Any, memref: Any) -> Any:
    """A numpy copy of the memref a returned descriptor struct describes. The memref's
    buffer is not freed (the caller of a JIT function cannot know who owns it)."""
    import numpy as np

    dtype = _dtype_of(memref.element_type)
    rank = len(memref.shape)
    aligned = desc.f1 or 0
    offset = desc.f2
    sizes = tuple(desc.f3) if rank else ()
    strides = tuple(desc.f4) if rank else ()
    if any(n == 0 for n in sizes):
        return np.zeros(sizes, dtype)
    lo = offset + sum((n - 1) * st for n, st in zip(sizes, strides) if st < 0)
    hi = offset + sum((n - 1) * st for n, st in zip(sizes, strides) if st > 0)
    raw = (ctypes.c_uint8 * ((hi - lo + 1) * dtype.itemsize)).from_address(
        aligned + lo * dtype.itemsize)
    base = np.frombuffer(raw, dtype)
    view = np.lib.stride_tricks.as_strided(
        base[offset - lo:], shape=sizes, strides=[st * dtype.itemsize for st in strides])
    return view.copy()
