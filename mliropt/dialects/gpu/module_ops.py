"""The gpu dialect's device-code containers: `gpu.module`, `gpu.func` (a function with
workgroup and private memory attributions, optionally a kernel) and `gpu.return`, with
upstream MLIR 22's syntax and verifier messages."""

from __future__ import annotations

import re
from typing import Any

from mliropt.dialects.func import FunctionLikeOp, _verify_attr_dicts
from mliropt.dialects.gpu.attributes import ADDRESS_SPACES, AddressSpaceAttr
from mliropt.dialects.ods import (
    VARIADIC,
    AnyType,
    Attr,
    AutomaticAllocationScope,
    Constraint,
    DictArrayAttr,
    FunctionTypeC,
    HasParent,
    IsolatedFromAbove,
    IsTerminator,
    NoTerminator,
    Op,
    Operand,
    Pure,
    RegionDef,
    ReturnLike,
    SingleBlock,
    Symbol,
    SymbolNameAttr,
    SymbolTable,
    VerifyError,
    type_attr_of,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.operation import Region
from mliropt.syntax.custom_syntax import CustomSyntax
from mliropt.syntax.dialect_syntax import BodyParser
from mliropt.syntax.errors import ParseError
from mliropt.syntax.errors_table import MESSAGES
from mliropt.syntax.function_syntax import parse_signature, print_signature
from mliropt.syntax.lalr import wrong_token_position
from mliropt.syntax.scanners import register_scanner, scan_balanced, skip_ws

# No GPU target or offloading-handler attribute is registered here, so none satisfies
# these constraints (upstream's descriptions).
TargetArray = Constraint(
    "array of GPU target attributes with at least 1 elements", lambda a: False
)
OffloadingHandler = Constraint(
    "any attribute with the `OffloadingTranslationAttrTrait` trait.", lambda a: False
)


class GPUModuleOp(Op):
    """A module of device code (kernels and device functions).

    Example: `gpu.module @kernels { gpu.func @k() kernel { gpu.return } }`
    """

    name = "gpu.module"
    traits = (IsolatedFromAbove, SymbolTable, Symbol, NoTerminator, SingleBlock)
    sym_name = Attr(SymbolNameAttr)
    targets = Attr(TargetArray, optional=True)
    offloadingHandler = Attr(OffloadingHandler, optional=True)
    bodyRegion = RegionDef(single_block=True)
    assembly_format = (
        "$sym_name (`<` $offloadingHandler^ `>`)? ($targets^)? attr-dict-with-keyword "
        "$bodyRegion"
    )


_KERNEL = "gpu.kernel"
_WORKGROUP = "workgroup_attributions"
_ATTRIBUTION = re.compile(r"(workgroup|private)(?![\w$.\-])")
_NAME = re.compile(r"%[\w$.\-]+")


def scan_attribution(text: str, pos: int, end: int) -> int:
    """End of `workgroup(%a : type, ...)` / `private(...)` starting at `pos` (the keyword
    alone when no `(` follows: parsing it reports upstream's error)."""
    m = _ATTRIBUTION.match(text, pos, end)
    keyword_end = m.end() if m is not None else pos
    i = skip_ws(text, keyword_end, end)
    if i >= end or text[i] != "(":
        return keyword_end
    return scan_balanced(text, i, end)


def _error_at(sp: Any, pos: int, message: str) -> ParseError:
    """An error at the token at `pos`, placed as upstream's emitWrongTokenError."""
    return ParseError(wrong_token_position(sp.text, skip_ws(sp.text, pos, len(sp.text)),
                                           len(sp.text)), message)


def parse_attributions(sp: Any, text: str, pos: int) -> list[tuple[str, int, T.Type]]:
    """`workgroup(%a : memref<...>, ...)` -> [(name, position, type), ...]."""
    end = pos + len(text)
    body = BodyParser(sp, pos, end)
    body.parse_optional_keyword(("workgroup", "private"))
    if not body.parse_optional_punct("("):
        raise _error_at(sp, end, "expected '(' in argument list")
    out: list[tuple[str, int, T.Type]] = []
    if body.parse_optional_punct(")"):
        return out
    while True:
        at = body._skip()
        m = _NAME.match(sp.text, at, end)
        if m is None:
            raise _error_at(sp, at, "expected SSA operand")
        body.pos = m.end()
        body.parse_punct(":")
        out.append((m.group()[1:], at, body.parse_type()))
        if body.parse_optional_punct(","):
            continue
        body.parse_punct(")", "expected ')' in argument list")
        body.expect_end()
        return out


class GPUFuncOp(FunctionLikeOp, Op):
    """A function executable on a GPU: a kernel (`kernel`) or a device function, with
    memory attributions after its arguments.

    Example: `gpu.func @k(%a: f32) workgroup(%w : memref<32xf32, 3>) kernel { gpu.return }`
    """

    name = "gpu.func"
    traits = (HasParent("gpu.module"), AutomaticAllocationScope, IsolatedFromAbove, Symbol)
    grammar_fragment = "func.lark"  # FUNC_SIGNATURE
    function_type = Attr(type_attr_of(FunctionTypeC, "type attribute of function type"))
    arg_attrs = Attr(DictArrayAttr, optional=True)
    res_attrs = Attr(DictArrayAttr, optional=True)
    body = RegionDef()

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`gpu.func @name(args) [-> results] [workgroup(..)] [private(..)] [kernel]
        [attributes {..}] { body }`."""
        return CustomSyntax(
            cls,
            [
                (
                    'SYMBOL_REF FUNC_SIGNATURE [GPU_WORKGROUP] [GPU_PRIVATE] ["kernel"] '
                    '["attributes" ATTR_DICT] region',
                    _parse_gpu_func,
                )
            ],
            _print_gpu_func,
        )

    @classmethod
    def region_entry_args(cls, sp: Any, vals: list, poss: list, index: int) -> list | None:
        """The function's arguments, then its workgroup and private attributions."""
        args: list = []
        for v, p in zip(vals[2:], poss[2:]):
            if not isinstance(v, str):
                continue
            if v.startswith("("):
                sig = parse_signature(sp, v, p, op_name=cls.name)
                if sig.args and not sig.has_names:
                    raise ParseError(
                        p, f"custom op '{cls.name}' gpu.func requires named arguments"
                    )
                args += [(a[0], a[1], a[2], a[4]) for a in sig.args]
            elif _ATTRIBUTION.match(v):
                args += [(n, q, t, None) for n, q, t in parse_attributions(sp, v, p)]
        # Without arguments the body defines its own entry block, as upstream's.
        return args or None

    def is_declaration(self) -> bool:
        """Never: gpu.func has no declarations (upstream's verifier reports an empty body
        as 'expected body with at least one block' before any symbol check)."""
        return False

    @property
    def is_kernel(self) -> bool:
        """Whether the function is a kernel (launched from the host)."""
        return _KERNEL in self.attributes

    @property
    def num_workgroup_attributions(self) -> int:
        """The number of workgroup-memory buffers after the arguments."""
        n = self.attributes.get(_WORKGROUP)
        return n.value if isinstance(n, A.IntegerAttr) else 0

    def verify(self) -> None:
        ftype = self.type
        _verify_attr_dicts(self, "arg_attrs", "argument", "arguments", len(ftype.inputs))
        _verify_attr_dicts(self, "res_attrs", "result", "results", len(ftype.results))
        if self.is_kernel and ftype.results:
            raise VerifyError(self, "expected void return type for kernel function")
        region = self.regions[0]
        if not region.blocks:
            raise VerifyError(self, "expected body with at least one block")
        args = region.blocks[0].args
        n_inputs, n_wg = len(ftype.inputs), self.num_workgroup_attributions
        if len(args) < n_inputs + n_wg:
            raise VerifyError(self, f"expected at least {n_inputs + n_wg} arguments to body region")
        for i, t in enumerate(ftype.inputs):
            if args[i].type is not t:
                raise VerifyError(
                    self,
                    f"expected body region argument #{i} to be of type '{t}', "
                    f"got '{args[i].type}'",
                )
        _verify_attributions(self, args[n_inputs:n_inputs + n_wg], "workgroup")
        _verify_attributions(self, args[n_inputs + n_wg:], "private")


def _verify_attributions(op: Op, args: Any, space: str) -> None:
    """Attributions are memrefs, in `space` when their memory space is a gpu one."""
    for arg in args:
        t = arg.type
        if not isinstance(t, T.MemRefType):
            raise VerifyError(op, "expected memref type in attribution")
        ms = t.memory_space
        if isinstance(ms, AddressSpaceAttr) and ms.value != ADDRESS_SPACES[space]:
            raise VerifyError(op, f"expected memory space {space} in attribution")


def _parse_gpu_func(sp: Any, c: list, p: list) -> Any:
    # OPSTART OP SYMBOL_REF FUNC_SIGNATURE [WORKGROUP] [PRIVATE] ["kernel"]
    # ["attributes" ATTR_DICT] region
    sig = parse_signature(sp, c[3], p[3], op_name=GPUFuncOp.name)
    props: dict[str, Any] = {"function_type": A.TypeAttr(sig.function_type())}
    arg_attrs = sig.arg_attrs()
    if arg_attrs is not None:
        props["arg_attrs"] = arg_attrs
    res_attrs = sig.res_attrs()
    if res_attrs is not None:
        props["res_attrs"] = res_attrs
    attrs: dict[str, Any] = {}
    if c[8] is not None:
        attrs.update(sp.dict_of(c[8], p[8]))
        if "sym_name" in attrs:
            raise ParseError(
                p[0],
                f"custom op '{GPUFuncOp.name}' attribute 'sym_name' occurs more than once in "
                "the attribute list",
            )
        for name in [n for n in attrs if n in GPUFuncOp.attr_defs_by_name]:
            props.setdefault(name, attrs.pop(name))
    attrs["sym_name"] = A.StringAttr(sp.attr_of(c[2], p[2]).root)
    n_wg = len(parse_attributions(sp, c[4], p[4])) if c[4] is not None else 0
    attrs[_WORKGROUP] = A.IntegerAttr(T.i64, n_wg)
    if c[6] is not None:
        attrs[_KERNEL] = A.unit
    region: Region = c[9]
    return sp.finish_op(GPUFuncOp, [], [], attrs, props, [region], [], c[0], p[0])


_FUNC_ELIDED = frozenset(
    ("sym_name", "function_type", "arg_attrs", "res_attrs", _WORKGROUP, _KERNEL)
)


def _print_attributions(P: Any, keyword: str, args: Any) -> str:
    if not args:
        return ""
    items = ", ".join(f"{P.value(a)} : {P.type(a.type)}" for a in args)
    return f" {keyword}({items})"


def _print_gpu_func(P: Any, op: GPUFuncOp) -> str:
    body = op.regions[0]
    name = op.attributes.get("sym_name")
    out = [" ", A.print_symbol_name(name.value if isinstance(name, A.StringAttr) else "")]
    out.append(
        print_signature(
            P, op, op.type, body, op.properties.get("arg_attrs"), op.properties.get("res_attrs")
        )
    )
    if body.blocks:
        args = body.blocks[0].args
        n_inputs, n_wg = len(op.type.inputs), op.num_workgroup_attributions
        out.append(_print_attributions(P, "workgroup", args[n_inputs:n_inputs + n_wg]))
        out.append(_print_attributions(P, "private", args[n_inputs + n_wg:]))
    if op.is_kernel:
        out.append(" kernel")
    out.append(P.attr_dict(op, _FUNC_ELIDED, True))
    out.append(" " + P.region(body, False, True))
    return "".join(out)


class ReturnOp(Op):
    """Return from a gpu.func.

    Example: `gpu.return %v : f32`
    """

    name = "gpu.return"
    traits = (HasParent("gpu.func"), Pure, ReturnLike, IsTerminator)
    operands_ = Operand(AnyType, VARIADIC)
    assembly_format = "attr-dict ($operands_^ `:` type($operands_))?"

    def verify(self) -> None:
        func = self.parent_op
        assert isinstance(func, GPUFuncOp)  # HasParent, checked before
        results = func.type.results
        if len(results) != len(self.operands):
            err = VerifyError(self, f"expected {len(results)} result operands")
            err.diagnostic.attach_note("return type declared here", func.location)
            raise err
        for i, (t, v) in enumerate(zip(results, self.operands)):
            if v.type is not t:
                raise VerifyError(self, f"unexpected type `'{v.type}'' for operand #{i}")


# The signature's `(` missing after the name, as upstream words it.
MESSAGES[("custom_gpu_func_0", "@FUNC_SIGNATURE")] = "expected '('"
register_scanner("GPU_WORKGROUP", scan_attribution)
register_scanner("GPU_PRIVATE", scan_attribution)

MODULE_OPS = (GPUModuleOp, GPUFuncOp, ReturnOp)
