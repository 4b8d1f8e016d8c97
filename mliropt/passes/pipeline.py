"""Pass pipelines: upstream's textual syntax, parsed into nested pass managers.

    builtin.module(func.func(cse, canonicalize{max-iterations=3}), symbol-dce)

The structure is parsed first (names, `{options}`, nested `(...)`), then names are
resolved against the registry; every error points at a column of the text, printed
as upstream's "MLIR Textual PassPipeline Parser" diagnostic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mliropt.passes.pass_base import Pass, parse_option_value


class PipelineError(Exception):
    """A pipeline that cannot be parsed or built; `text` is the full diagnostic message.
    `cl_error` is what LLVM's option parser prints on stderr before it (a bad option
    value: `mlir-opt: for the --max-iterations option: ...`)."""

    def __init__(self, text: str, cl_error: str = "", unknown_pass: bool = False) -> None:
        super().__init__(text)
        self.text = text
        self.cl_error = cl_error
        self.unknown_pass = unknown_pass

    def render(self) -> str:
        """The stderr text upstream's mlir-opt prints for this error."""
        return f"{self.cl_error}<unknown>:0: error: {self.text}\n"


# LLVM's command-line library prefixes its errors with the program name; pymlir-opt
# stands in for mlir-opt, so it prints upstream's name.
CL_PROGRAM = "mlir-opt"


def _located(source: str, col: int, message: str) -> PipelineError:
    caret = " " * col + "^"
    return PipelineError(
        f"MLIR Textual PassPipeline Parser:1:{col + 1}: error: {message}\n{source}\n{caret}\n"
    )


@dataclass
class _Element:
    name: str
    pos: int
    options: str | None = None
    inner: list[_Element] | None = None


def _skip_spaces(text: str, i: int, end: int) -> int:
    """The first position from `i` that is not a space (StringRef::ltrim)."""
    while i < end and text[i].isspace():
        i += 1
    return i


def _name_at(text: str, i: int, j: int) -> _Element:
    """The element named by text[i:j], trimmed; its position is where the name starts."""
    i = _skip_spaces(text, i, j)
    k = j
    while k > i and text[k - 1].isspace():
        k -= 1
    return _Element(text[i:k], i)


def _parse_elements(text: str, start: int, end: int, source: str) -> list[_Element]:
    """Parse text[start:end] as upstream's TextualPipeline::parsePipelineText does:
    names up to one of `,(){`, `{options}` (braces balanced, no quoting), nested
    `(...)`; positions are columns of `source` (the text after the anchor)."""
    top: list[_Element] = []
    stack = [top]
    i = start
    while True:
        pipeline = stack[-1]
        pos = next((k for k in range(i, end) if text[k] in ",(){"), -1)
        elem = _name_at(text, i, end if pos < 0 else pos)
        pipeline.append(elem)
        if pos < 0:
            break
        i = pos
        sep = text[i]
        if sep == "{":
            i += 1
            depth, close = 1, -1
            for k in range(i, end):
                if text[k] == "{":
                    depth += 1
                elif text[k] == "}":
                    depth -= 1
                    if depth == 0:
                        close = k
                        break
            if close < 0:
                raise _located(source, i - 1, "missing closing '}' while processing pass options")
            elem.options = text[i:close]
            i = _skip_spaces(text, close + 1, end)
            if i >= end:
                break
            sep = text[i]
        i += 1
        if sep == "(":
            elem.inner = []
            stack.append(elem.inner)
            continue
        while sep == ")":
            if len(stack) == 1:
                raise _located(
                    source,
                    i - 1,
                    "encountered extra closing ')' creating unbalanced parentheses while parsing "
                    "pipeline",
                )
            stack.pop()
            i = _skip_spaces(text, i, end)
            if i >= end:
                break
            sep = text[i]
            i += 1
        if i >= end:
            break
        if sep != ",":
            raise _located(source, i - 1, "expected ',' after parsing pipeline")
    if len(stack) > 1:
        raise _located(source, i, "encountered unbalanced parentheses while parsing pipeline")
    return top


def _split_options(text: str) -> list[tuple[str, str | None]]:
    """`a=1 b={x y} c="q r" d` -> [(a, 1), (b, x y), (c, q r), (d, None)]."""
    out: list[tuple[str, str | None]] = []
    i = 0
    n = len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            break
        j = i
        while j < n and not text[j].isspace() and text[j] != "=":
            j += 1
        key = text[i:j]
        if j < n and text[j] == "=":
            j += 1
            start = j
            depth = 0
            in_str = False
            while j < n:
                c = text[j]
                if c == '"':
                    in_str = not in_str
                elif not in_str:
                    if c == "{":
                        depth += 1
                    elif c == "}":
                        depth -= 1
                    elif c.isspace() and depth == 0:
                        break
                j += 1
            value = text[start:j]
            quoted = len(value) >= 2 and value[0] == value[-1] == '"'
            if quoted or (value and value[0] == "{" and value[-1] == "}"):
                value = value[1:-1]
            out.append((key, value))
        else:
            out.append((key, None))
        i = j
    return out


def make_pass(name: str, options: str | None) -> Pass:
    """Instantiate a registered pass with its options text; a bad option raises
    PipelineError with upstream's message (the pipeline parser adds its context)."""
    from mliropt.passes.registry import lookup_pass

    cls = lookup_pass(name)
    if cls is None:
        raise PipelineError(
            f"'{name}' does not refer to a registered pass or pass pipeline", unknown_pass=True
        )
    values: dict[str, Any] = {}
    fields = {n: f for n, f in cls.options()}
    for key, value in _split_options(options or ""):
        f = fields.get(key)
        if f is None:
            raise PipelineError(f"<Pass-Options-Parser>: no such option {key}\n")
        try:
            if value is None and not _is_flag(f):
                raise ValueError("requires a value!")
            parsed = parse_option_value(f, value if value is not None else "")
        except ValueError as e:
            raise PipelineError("", f"{CL_PROGRAM}: for the --{key} option: {e}\n") from None
        if isinstance(parsed, list) and f.name in values:
            values[f.name] = values[f.name] + parsed
        else:
            values[f.name] = parsed
    return cls(**values)


def _is_flag(f: Any) -> bool:
    """A boolean option may be given without a value (`test-convergence`)."""
    t = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    return t == "bool"


@dataclass
class OpPassManager:
    """Passes and nested pass managers anchored on an op name (`any` for any op)."""

    op_name: str
    elements: list[Any] = field(default_factory=list)

    def add(self, p: Pass, nest_implicitly: bool = False) -> None:
        """Add a pass; with implicit nesting, a pass for another op goes in a nested manager."""
        anchor = p.op_name
        if anchor is None or anchor == self.op_name or self.op_name == "any":
            self.elements.append(p)
            return
        if nest_implicitly:
            # A new nested manager for each pass, as upstream's implicit nesting; adjacent
            # ones are merged when the pipeline runs.
            nested = OpPassManager(anchor)
            nested.elements.append(p)
            self.elements.append(nested)
            return
        raise PipelineError(
            f"Can't add pass '{p.pass_name()}' restricted to '{anchor}' on a PassManager "
            f"intended to run on '{self.op_name}', did you intend to nest?"
        )

    def nest(self, op_name: str) -> OpPassManager:
        """The nested manager for `op_name` at the end (created when the last element is
        not one for that op, as upstream does)."""
        if (
            self.elements
            and isinstance(self.elements[-1], OpPassManager)
            and self.elements[-1].op_name == op_name
        ):
            return self.elements[-1]
        pm = OpPassManager(op_name)
        self.elements.append(pm)
        return pm

    def count(self) -> int:
        """Number of passes at this level, a nested pass manager counting as one (its
        adaptor), as upstream's `Pass Manager with N passes`."""
        return len(self.elements)

    def dump(self, indent: int = 0) -> str:
        """The pipeline as `--dump-pass-pipeline` prints it."""
        pad = "  " * indent
        if not self.elements:
            return f"{pad}{self.op_name}(\n\n{pad})"
        inner = ",\n".join(
            e.dump(indent + 1)
            if isinstance(e, OpPassManager)
            else "  " * (indent + 1) + e.pipeline_text()
            for e in self.elements
        )
        return f"{pad}{self.op_name}(\n{inner}\n{pad})"

    def __str__(self) -> str:
        return self.text()

    def text(self) -> str:
        """The pipeline on one line."""
        inner = ",".join(
            e.text() if isinstance(e, OpPassManager) else e.pipeline_text() for e in self.elements
        )
        return f"{self.op_name}({inner})"


def _build(pm: OpPassManager, elements: list[_Element], source: str) -> None:
    for e in elements:
        if e.inner is not None:
            nested = OpPassManager(e.name)
            try:
                _build(nested, e.inner, source)
            except PipelineError as err:
                if err.text.startswith("MLIR Textual"):
                    raise
                err.text = (
                    err.text.rstrip("\n")
                    + f"\nfailed to add `{e.name}` with options `` to inner pipeline\n"
                )
                raise
            pm.elements.append(nested)
            continue
        try:
            p = make_pass(e.name, e.options)
        except PipelineError as err:
            if err.unknown_pass:
                raise _located(source, e.pos, err.text) from None
            err.text += f"\nfailed to add `{e.name}` with options `{e.options or ''}`\n"
            raise
        pm.add(p)


def parse_pipeline(text: str) -> OpPassManager:
    """Parse `--pass-pipeline` text, `anchor(elements)`, as upstream does: the anchor is
    what precedes the first `(` and the text must end with `)`; error columns are
    relative to the inner text."""
    text = text.strip()
    start = text.find("(")
    if start <= 0 or not text.endswith(")"):
        raise PipelineError(
            "expected pass pipeline to be wrapped with the anchor operation type, e.g. "
            "'builtin.module(...)'"
        )
    pm = OpPassManager(text[:start].rstrip())
    inner = text[start + 1 : -1]
    if inner:  # `builtin.module( )` holds a pass without a name, as upstream
        _build(pm, _parse_elements(inner, 0, len(inner), inner), inner)
    return pm


def parse_pipeline_into(text: str, pm: OpPassManager) -> None:
    """Add the passes of `text` (`cse, func.func(canonicalize)`, no anchor) to `pm`, as
    upstream's parsePassPipeline(pipeline, pm) does for textual pass options."""
    if text.strip():
        _build(pm, _parse_elements(text, 0, len(text), text), text)


def parse_pass_flag(name: str, options: str | None) -> Pass:
    """A pass given as its own flag (`--canonicalize=max-iterations=3`)."""
    return make_pass(name, options)
