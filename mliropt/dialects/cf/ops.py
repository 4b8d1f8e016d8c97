"""The cf ops: unstructured control flow (branches, switches, assertions).

Every branch op answers upstream's BranchOpInterface with `successor_operands(index)`:
the operands it forwards to the arguments of successor `index`. Upstream cf has no
folders (its simplifications are canonicalization patterns).
"""

from __future__ import annotations

import re
from typing import Any

from mliropt.dialects.ods import (
    I1,
    VARIADIC,
    AnyInteger,
    AnyType,
    Attr,
    AttrSizedOperandSegments,
    Constraint,
    DenseI32ArrayAttr,
    IsTerminator,
    Op,
    Operand,
    Pure,
    StrAttr,
    SuccessorDef,
)
from mliropt.ir import attributes as A
from mliropt.ir import types as T
from mliropt.ir.diagnostics import Diagnostic, MLIRError, Severity
from mliropt.ir.opdef import VerifyError
from mliropt.ir.operation import Block, Operation, Value
from mliropt.rewrite.inlining import AlwaysLegalInliner
from mliropt.syntax.custom_syntax import CustomSyntax
from mliropt.syntax.dialect_syntax import BodyParser
from mliropt.syntax.errors import ParseError
from mliropt.syntax.lalr import wrong_token_position
from mliropt.syntax.scanners import register_scanner


def op_error(op: Operation, message: str) -> MLIRError:
    """An error at `op` without the `'name' op` prefix (upstream's `op->emitError()`)."""
    return MLIRError(Diagnostic(op.location, Severity.ERROR, message))


class BranchOpInterface:
    """Upstream's BranchOpInterface: operands forwarded to each successor, verified
    against the successor blocks' arguments."""

    __slots__ = ()

    def successor_operands(self, index: int) -> list[Value]:
        """The operands forwarded to the arguments of successor `index`."""
        raise NotImplementedError

    def successor_operand_group(self, index: int) -> tuple[int, int]:
        """(declared operand group, offset in it) where successor `index`'s operands start."""
        raise NotImplementedError

    # Upstream's mutable SuccessorOperands: the operand list and its segment sizes change
    # together, so a rewrite (region simplification) keeps the op valid.

    def successor_operand_range(self, index: int) -> tuple[int, int]:
        """(position in the operand list, count) of the operands forwarded to `index`."""
        op: Any = self
        group, offset = self.successor_operand_group(index)
        start, _ = op._segment("operand", group)
        return start + offset, len(self.successor_operands(index))

    def erase_successor_operand(self, index: int, k: int) -> None:
        """Remove the `k`-th operand forwarded to successor `index`."""
        op: Any = self
        start, _ = self.successor_operand_range(index)
        op.erase_operand(start + k)
        self._resize_successor_operands(index, -1)

    def append_successor_operands(self, index: int, values: list[Value]) -> None:
        """Forward `values` to successor `index` after its current operands."""
        if not values:
            return
        op: Any = self
        start, n = self.successor_operand_range(index)
        op.insert_operands(start + n, list(values))
        self._resize_successor_operands(index, len(values))

    def _resize_successor_operands(self, index: int, delta: int) -> None:
        op: Any = self
        sizes = op.properties.get("operandSegmentSizes")
        if sizes is None:
            return
        group, _ = self.successor_operand_group(index)
        values = list(sizes.values)
        values[group] += delta
        op.properties["operandSegmentSizes"] = A.DenseArrayAttr(sizes.element_type, tuple(values))

    def verify_successor_operands(self) -> None:
        """Counts and types must match the successor blocks' arguments."""
        op: Any = self
        for i, use in enumerate(op.successors):
            block: Block = use.value
            operands = self.successor_operands(i)
            if len(operands) != len(block.args):
                raise op_error(
                    op,
                    f"branch has {len(operands)} operands for successor #{i}, but target "
                    f"block has {len(block.args)}",
                )
            for k, (v, arg) in enumerate(zip(operands, block.args)):
                if v.type is not arg.type:
                    raise op_error(op, f"type mismatch for bb argument #{k} of successor #{i}")


class BranchOp(BranchOpInterface, Op):
    """An unconditional branch, forwarding its operands to the successor.

    Example: `cf.br ^bb3(%2 : i32)`
    """

    name = "cf.br"
    traits = (Pure, IsTerminator)
    destOperands = Operand(AnyType, VARIADIC)
    dest = SuccessorDef()
    assembly_format = "$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict"

    def successor_operands(self, index: int) -> list[Value]:
        """All operands go to the single successor."""
        return self.operands

    def successor_operand_group(self, index: int) -> tuple[int, int]:
        """The one operand group."""
        return 0, 0

    def successor_for_operands(self, constants: list) -> Block:
        """Always the destination."""
        return self.successors[0].value

    def verify(self) -> None:
        self.verify_successor_operands()


class CondBranchOp(BranchOpInterface, Op):
    """A conditional branch on an i1 value, with optional branch weights.

    Example: `cf.cond_br %c weights([1, 2]), ^bb1(%a : i32), ^bb2`
    """

    name = "cf.cond_br"
    traits = (AttrSizedOperandSegments, Pure, IsTerminator)
    condition = Operand(I1)
    trueDestOperands = Operand(AnyType, VARIADIC)
    falseDestOperands = Operand(AnyType, VARIADIC)
    branch_weights = Attr(DenseI32ArrayAttr, optional=True)
    trueDest = SuccessorDef()
    falseDest = SuccessorDef()
    assembly_format = (
        "$condition (`weights` `(` $branch_weights^ `)` )? `,`"
        " $trueDest (`(` $trueDestOperands^ `:` type($trueDestOperands) `)`)? `,`"
        " $falseDest (`(` $falseDestOperands^ `:` type($falseDestOperands) `)`)?"
        " attr-dict"
    )

    def successor_operands(self, index: int) -> list[Value]:
        """Successor 0 gets the true operands, successor 1 the false ones."""
        return self.operand_group(1 + index)

    def successor_operand_group(self, index: int) -> tuple[int, int]:
        """Group 1 (true operands) or 2 (false operands)."""
        return 1 + index, 0

    def successor_for_operands(self, constants: list) -> Block | None:
        """The destination a constant condition selects."""
        cond = constants[0] if constants else None
        if not isinstance(cond, A.IntegerAttr):
            return None
        return self.successors[0 if cond.value & 1 else 1].value

    def verify(self) -> None:
        self.verify_successor_operands()
        # WeightedBranchOpInterface.
        weights = self.properties.get("branch_weights")
        if weights is None:
            return
        n = len(weights.values)  # type: ignore[attr-defined]
        if n != len(self.successors):
            raise op_error(
                self,
                "expects number of branch weights to match number of successors: "
                f"{n} vs {len(self.successors)}",
            )
        if all(w == 0 for w in weights.values):  # type: ignore[attr-defined]
            raise op_error(self, "branch weights cannot all be zero")


def _is_int_elements(a: Any) -> bool:
    return isinstance(a, A.DenseElementsAttr) and isinstance(a.type.element_type, T.IntegerType)


AnyIntElementsAttr = Constraint("integer elements attribute", _is_int_elements)


class SwitchCaseOperands(BranchOpInterface):
    """The BranchOpInterface of a switch (cf.switch, llvm.switch): successor 0 is the
    default destination, fed by operand group 1; case `i` (successor `i + 1`) by a slice
    of group 2 sized by the `case_operand_segments` property."""

    __slots__ = ()

    def case_operands(self, index: int) -> list[Value]:
        """The operands forwarded to case destination `index`."""
        op: Any = self
        segments = op.properties["case_operand_segments"].values
        if index >= len(segments):
            return []
        start = sum(segments[:index])
        return op.operand_group(2)[start:start + segments[index]]  # type: ignore[no-any-return]

    def successor_operands(self, index: int) -> list[Value]:
        """Successor 0 is the default destination, successor `i + 1` case `i`."""
        if index == 0:
            op: Any = self
            return op.operand_group(1)  # type: ignore[no-any-return]
        return self.case_operands(index - 1)

    def successor_operand_group(self, index: int) -> tuple[int, int]:
        """Group 1 for the default destination; case `i` is a slice of group 2."""
        if index == 0:
            return 1, 0
        op: Any = self
        segments = op.properties["case_operand_segments"].values
        return 2, sum(segments[: index - 1])

    def _resize_successor_operands(self, index: int, delta: int) -> None:
        super()._resize_successor_operands(index, delta)
        if index == 0:
            return
        op: Any = self
        segments = op.properties["case_operand_segments"]
        values = list(segments.values)
        values[index - 1] += delta
        op.properties["case_operand_segments"] = A.DenseArrayAttr(
            segments.element_type, tuple(values)
        )


class SwitchOp(SwitchCaseOperands, Op):
    """A multi-way branch on an integer value, with a default destination.

    Example: `cf.switch %flag : i32, [default: ^bb1(%a : i32), 42: ^bb2]`
    """

    name = "cf.switch"
    traits = (AttrSizedOperandSegments, Pure, IsTerminator)
    flag = Operand(AnyInteger)
    defaultOperands = Operand(AnyType, VARIADIC)
    caseOperands = Operand(AnyType, VARIADIC)
    case_values = Attr(AnyIntElementsAttr, optional=True)
    case_operand_segments = Attr(DenseI32ArrayAttr)
    defaultDestination = SuccessorDef()
    caseDestinations = SuccessorDef(VARIADIC)

    @classmethod
    def custom_syntax(cls) -> CustomSyntax:
        """`cf.switch %flag : type, [ default: ^bb(...), value: ^bb(...), ... ] {attrs}`."""
        return CustomSyntax(
            cls,
            [('VALUE COLON_TYPE "," "[" SWITCH_CASES "]" [ATTR_DICT]', _parse_switch)],
            _print_switch,
        )

    def successor_for_operands(self, constants: list) -> Block | None:
        """The case destination matching a constant flag, else the default one."""
        if self.properties.get("case_values") is None:
            return self.successors[0].value
        flag = constants[0] if constants else None
        if not isinstance(flag, A.IntegerAttr):
            return None
        width = flag.type.width  # type: ignore[attr-defined]
        value = flag.value & ((1 << width) - 1)
        for i, case in enumerate(self.case_value_list()):
            if case == value:
                return self.successors[i + 1].value
        return self.successors[0].value

    def case_value_list(self) -> list[int]:
        """The case values as the flag type reads them unsigned (as upstream prints them)."""
        values = self.properties.get("case_values")
        if values is None:
            return []
        width = values.type.element_type.width  # type: ignore[attr-defined]
        mask = (1 << width) - 1
        return [v & mask for v in values.elements()]  # type: ignore[attr-defined]

    def verify(self) -> None:
        # VariadicOfVariadic: the segments must add up to the case operands.
        segments = self.properties["case_operand_segments"].values  # type: ignore[attr-defined]
        total = len(self.operand_group(2))
        if sum(segments) != total:
            raise VerifyError(
                self,
                f"caseOperands count ({total}) does not match with the total size "
                f"({sum(segments)}) specified in attribute 'case_operand_segments'",
            )
        self.verify_successor_operands()
        values = self.properties.get("case_values")
        ncases = len(self.successors) - 1
        if values is None and ncases == 0:
            return
        if values is not None:
            et = values.type.element_type  # type: ignore[attr-defined]
            flag_type = self.operand(0).type
            if et is not flag_type:
                raise VerifyError(
                    self, f"'flag' type ('{flag_type}') should match case value type ('{et}')"
                )
        # Upstream crashes without case values but with case destinations; we report it.
        n = values.type.num_elements if values is not None else 0  # type: ignore[attr-defined]
        if n != ncases:
            raise VerifyError(
                self,
                f"number of case values ({n}) should match number of case destinations ({ncases})",
            )


# ----------------------------------------------------------------- cf.switch syntax

_STEP = re.compile(r'[^"\[\]/]+|"(?:[^"\\\n]|\\.)*"|//[^\n]*|.', re.S)


def scan_switch_cases(text: str, pos: int, end: int) -> int:
    """End of the case list of `cf.switch` (up to, not including, its closing `]`)."""
    depth = 0
    i = pos
    while i < end:
        m = _STEP.match(text, i, end)
        assert m is not None
        tok = m.group()
        if tok == "[":
            depth += 1
        elif tok == "]":
            if depth == 0:
                return i
            depth -= 1
        i = m.end()
    return end


register_scanner("SWITCH_CASES", scan_switch_cases)

_BLOCK_NAME = re.compile(r"\^[\w$.\-]+")
_VALUE_NAME = re.compile(r"%[\w$.\-]+(?:#\d+)?")


def parse_successor_and_operands(sp: Any, body: BodyParser) -> tuple[Block, list[Value]]:
    """`^bb(%a, %b : t1, t2)` (the operand list is optional), as upstream's
    parseSuccessorAndUseList; operands are resolved against their types."""
    i = body._skip()
    m = _BLOCK_NAME.match(body.text, i, body.end)
    if m is None:
        raise ParseError(i, "expected block name")
    body.pos = m.end()
    block = sp.successor(m.group()[1:], i)
    values: list[Value] = []
    if not body.parse_optional_punct("("):
        return block, values
    refs = []
    while True:
        j = body._skip()
        r = _VALUE_NAME.match(body.text, j, body.end)
        if r is None:
            raise ParseError(j, "expected SSA operand")
        refs.append((r.group(), j))
        body.pos = r.end()
        if not body.parse_optional_punct(","):
            break
    body.parse_punct(":")
    types = body.parse_comma_separated(body.parse_type)
    body.parse_punct(")")
    if len(types) != len(refs):
        raise ParseError(refs[0][1], f"{len(refs)} operands present, but expected {len(types)}")
    values = [sp.resolve_text(t, p, ty) for (t, p), ty in zip(refs, types)]
    return block, values


def print_successor_and_operands(P: Any, block: Block, operands: list[Value]) -> str:
    """`^bb1(%a, %b : i32, i64)` or `^bb1`."""
    text = P.block_ref(block)
    if not operands:
        return text
    names = ", ".join(P.value(v) for v in operands)
    types = ", ".join(P.type(v.type) for v in operands)
    return f"{text}({names} : {types})"


def _parse_switch(sp: Any, c: list, p: list) -> Operation:
    # OPSTART OP_CF_SWITCH VALUE COLON_TYPE "," "[" SWITCH_CASES "]" [ATTR_DICT]
    flag_type = sp.colon_type(c[3], p[3])
    if not isinstance(flag_type, T.IntegerType):
        tpos = p[3] + len(c[3]) - len(c[3][1:].lstrip())
        raise ParseError(
            tpos,
            f"custom op 'cf.switch' invalid kind of type specified: expected builtin.integer, "
            f"but found '{flag_type}'",
        )
    flag = sp.resolve_text(c[2], p[2], flag_type)
    body = BodyParser(sp, p[6], p[6] + len(c[6]))
    if body.parse_optional_keyword(("default",)) is None:
        raise ParseError(body._skip(), "custom op 'cf.switch' expected 'default'")
    body.parse_punct(":")
    default, default_operands = parse_successor_and_operands(sp, body)
    values: list[int] = []
    dests: list[Block] = []
    case_operands: list[list[Value]] = []
    while body.parse_optional_punct(","):
        start = body._skip()
        value = body.parse_optional_integer()
        if value is None:
            raise ParseError(start, "custom op 'cf.switch' expected integer value")
        if not -(1 << 63) <= value < (1 << 63):
            raise ParseError(start, "custom op 'cf.switch' integer value too large")
        body.parse_punct(":")
        block, operands = parse_successor_and_operands(sp, body)
        values.append(value)
        dests.append(block)
        case_operands.append(operands)
    if not body.at_end():
        # Reported after the previous token, as upstream's emitWrongTokenError.
        at = wrong_token_position(body.text, body._skip(), len(body.text))
        raise ParseError(at, "expected ']'")
    props: dict[str, Any] = {}
    if values:
        vtype = T.VectorType((len(values),), flag_type)
        props["case_values"] = A.DenseElementsAttr(
            vtype, tuple(A.IntegerAttr(flag_type, v).value for v in values)
        )
    props["case_operand_segments"] = A.DenseArrayAttr(T.i32, tuple(len(o) for o in case_operands))
    flat = [v for group in case_operands for v in group]
    props["operandSegmentSizes"] = A.DenseArrayAttr(T.i32, (1, len(default_operands), len(flat)))
    attrs = None
    if c[8] is not None:
        attrs = sp.dict_of(c[8], p[8])
        for name in [n for n in attrs if n in SwitchOp.attr_defs_by_name]:
            props.setdefault(name, attrs.pop(name))
    return sp.finish_op(
        SwitchOp,
        [flag, *default_operands, *flat],
        [],
        attrs,
        props,
        [],
        [default, *dests],
        c[0],
        p[0],
    )


_SWITCH_ELIDED = frozenset(("case_values", "case_operand_segments", "operandSegmentSizes"))


def _print_switch(P: Any, op: SwitchOp) -> str:
    flag = op.operand(0)
    out = [" ", P.value(flag), " : ", P.type(flag.type), ", [", P.newline(), "  default: "]
    out.append(print_successor_and_operands(P, op.successors[0].value, op.successor_operands(0)))
    if op.properties.get("case_values") is not None:
        for i, v in enumerate(op.case_value_list()):
            out += [",", P.newline(), "  ", str(v), ": "]
            dest = op.successors[i + 1].value
            out.append(print_successor_and_operands(P, dest, op.case_operands(i)))
        out.append(P.newline())
    out.append("]")
    out.append(P.attr_dict(op, _SWITCH_ELIDED))
    return "".join(out)


class AssertOp(Op):
    """Abort with a message when the operand is false.

    Example: `cf.assert %b, "Expected ... to be true"`
    """

    name = "cf.assert"
    arg = Operand(I1)
    msg = Attr(StrAttr)
    assembly_format = "$arg `,` $msg attr-dict"


class ControlFlowInliner(AlwaysLegalInliner):
    """Upstream's ControlFlowInlinerInterface: every cf op may be inlined, and its
    terminators need no rewriting."""

    def handle_terminator_block(self, op: Operation, new_dest: Block) -> None:
        """cf terminators stay as they are."""
