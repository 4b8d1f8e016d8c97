"""The llvm dialect's debug-info attributes (`#llvm.di_file`, `#llvm.di_subprogram`, ...).

Each attribute is a table of parameters in upstream's declaration order; all but
`di_file` use ODS's `struct(params)` syntax: `name = value` pairs in any order, printed
in declaration order without the optional ones that hold their default. Their alias
name is their mnemonic (`#di_file`, `#di_subprogram1`), as upstream's LLVM dialect picks.
"""

from __future__ import annotations

from typing import Any, ClassVar

from mliropt.dialects.llvm import dwarf_names
from mliropt.dialects.llvm.attributes import _LLVMAttr, _param_error
from mliropt.ir import attributes as A
from mliropt.syntax.errors import ParseError
from mliropt.syntax.scanners import scan_attr


class DINodeAttr(_LLVMAttr):
    """Base of every debug-info attribute (upstream's DINodeAttr)."""

    __slots__ = ()

    def alias_name(self) -> str:
        """Upstream aliases a debug-info attribute by its mnemonic."""
        return self.name


class DIScopeAttr(DINodeAttr):
    """Base of the debug-info attributes that can be a scope."""

    __slots__ = ()


class DITypeAttr(DINodeAttr):
    """Base of the debug-info types (no scope in upstream's class hierarchy)."""

    __slots__ = ()


# ----------------------------------------------------------------- parameter kinds


class _Kind:
    """How one parameter parses and prints; `default` is the value left unprinted."""

    cpp = ""
    default: Any = None

    def parse(self, body: Any, owner: Any, name: str) -> Any:
        raise NotImplementedError

    def print(self, p: Any, value: Any) -> str:
        raise NotImplementedError


def _fail(body: Any, at: int, message: str, owner: Any, name: str, cpp: str) -> ParseError:
    return _param_error(at, body._skip(), message, owner.cpp_name, name, cpp)


class _Str(_Kind):
    cpp = "StringAttr"

    def parse(self, body: Any, owner: Any, name: str) -> Any:
        at = body._skip()
        s = body.parse_optional_string()
        if s is not None:
            return s
        # Upstream parses any attribute here, then checks its kind.
        try:
            body.parse_attribute(typed=False)
        except ParseError:
            from mliropt.syntax.lalr import wrong_token_position

            # A missing value is reported after the previous token, as upstream does.
            before = wrong_token_position(body.text, at, len(body.text))
            message = "expected attribute value"
            raise _param_error(before, at, message, owner.cpp_name, name, self.cpp) from None
        raise _fail(body, at, "invalid kind of attribute specified", owner, name, self.cpp)

    def print(self, p: Any, value: Any) -> str:
        return A.escape_string(value)


class _UInt(_Kind):
    default = 0

    def __init__(self, bits: int = 32) -> None:
        self.bits = bits
        self.cpp = "unsigned" if bits == 32 else "uint64_t"

    def parse(self, body: Any, owner: Any, name: str) -> Any:
        at = body._skip()
        n = body.parse_optional_integer()
        if n is None:
            raise _fail(body, at, "expected integer value", owner, name, self.cpp)
        # Upstream reads the literal into the C++ integer type: negative values wrap.
        return n % (1 << self.bits)

    def print(self, p: Any, value: Any) -> str:
        return str(value)


class _Bool(_Kind):
    cpp = "bool"
    default = False

    def parse(self, body: Any, owner: Any, name: str) -> Any:
        at = body._skip()
        word = body.parse_optional_keyword(("true", "false"))
        if word is not None:
            return word == "true"
        n = body.parse_optional_integer()
        if n is None:
            raise _fail(body, at, "expected 'true' or 'false'", owner, name, self.cpp)
        return n != 0

    def print(self, p: Any, value: Any) -> str:
        return "true" if value else "false"


class _Attr(_Kind):
    """A nested attribute of one of `classes` (by upstream's C++ class name `cpp`).

    A parameter of one llvm attribute class (`stripped`) is ODS's stripped form: without
    an alias it prints as `<params>` (no `#llvm.mnemonic`), and parses both ways."""

    def __init__(self, cpp: str, classes: Any, stripped: bool = False) -> None:
        self.cpp = cpp
        self.classes = classes
        self.stripped = stripped

    def parse(self, body: Any, owner: Any, name: str) -> Any:
        at = body._skip()
        note = f"failed to parse {owner.cpp_name} parameter '{name}' which is to be a `{self.cpp}`"
        if self.stripped and body.text.startswith("<", at):
            try:
                return self.classes().parse_params(body)
            except ParseError as e:
                # Upstream adds its own error where the nested one stopped.
                e.more = [*e.more, ((e.more[-1][0] if e.more else e.pos), note)]
                raise
        try:
            a = body.parse_attribute(typed=False)
        except ParseError as e:
            # ... or, for a nested attribute, after the attribute's text.
            try:
                after = scan_attr(body.text, at, body.end)
            except ParseError:
                after = e.pos
            e.more = [*e.more, (after, note)]
            raise
        if not isinstance(a, self.classes()):
            raise _fail(body, at, "invalid kind of attribute specified", owner, name, self.cpp)
        return a

    def print(self, p: Any, value: Any) -> str:
        text = p.attr(value)
        if self.stripped:
            prefix = f"#llvm.{value.name}"
            if text.startswith(prefix) and len(text) > len(prefix):
                return text[len(prefix) :]
        return text


class _Array(_Attr):
    """`a, b, c`: a comma-separated list of nested attributes (ArrayRefParameter)."""

    default = ()

    def parse(self, body: Any, owner: Any, name: str) -> Any:
        items = [super().parse(body, owner, name)]
        while True:
            save = body.pos
            # A comma followed by `key =` starts the next parameter, not an element.
            if not body.parse_optional_punct(",") or body.parse_optional_keyword() is not None:
                body.pos = save
                return tuple(items)
            items.append(super().parse(body, owner, name))

    def print(self, p: Any, value: Any) -> str:
        return ", ".join(p.attr(v) for v in value)


class _Dwarf(_Kind):
    """A DWARF constant by its name (`DW_TAG_base_type`); 0 (absent) is the default."""

    cpp = "unsigned"
    default = 0

    def __init__(self, summary: str, names: frozenset[str]) -> None:
        self.summary = summary
        self.names = names

    def parse(self, body: Any, owner: Any, name: str) -> Any:
        at = body._skip()
        word = body.parse_optional_keyword()
        if word is None:
            raise _fail(body, at, "expected valid keyword", owner, name, self.cpp)
        if word not in self.names:
            # Upstream's message says "debug info" twice.
            message = f"invalid debug info debug info {self.summary} name: {word}"
            raise _fail(body, at, message, owner, name, self.cpp)
        return word

    def print(self, p: Any, value: Any) -> str:
        return str(value)


class _Enum(_Kind):
    """A keyword enum (`emissionKind = Full`); `default` is its first case."""

    def __init__(self, cpp: str, what: str, cases: tuple[str, ...], default: Any = None) -> None:
        self.cpp = cpp
        self.what = what
        self.cases = cases
        self.default = default

    def parse(self, body: Any, owner: Any, name: str) -> Any:
        at = body._skip()
        word = body.parse_optional_keyword() or body.parse_optional_string()
        if word not in self.cases:
            message = (
                f"expected one of [{', '.join(self.cases)}] for {self.what}, got: {word or ''}"
            )
            raise _fail(body, at, message, owner, name, self.cpp)
        return word

    def print(self, p: Any, value: Any) -> str:
        return str(value)


class _Flags(_Kind):
    """A bit enum written `Name` or `"A|B"`; `groups` are multi-bit cases printed first."""

    default = 0

    def __init__(self, cpp: str, what: str, cases: tuple[tuple[str, int], ...]) -> None:
        self.cpp = cpp
        self.what = what
        self.cases = cases
        self.by_name = dict(cases)
        self.groups = tuple((n, v) for n, v in cases if v & (v - 1))
        # `Bit0`/`Bit1` are spellings of `Private`/`Protected`, which upstream prints.
        self.singles = tuple(
            (n, v) for n, v in cases if v and not v & (v - 1) and not n.startswith("Bit")
        )

    def parse(self, body: Any, owner: Any, name: str) -> Any:
        at = body._skip()
        text = body.parse_optional_keyword() or body.parse_optional_string() or ""
        value = 0
        for word in text.split("|"):
            bits = self.by_name.get(word)
            if bits is None:
                listed = ", ".join(n for n, _ in self.cases)
                message = f"expected one of [{listed}] for {self.what}, got: {text}"
                raise _fail(body, at, message, owner, name, self.cpp)
            if bits >= 1 << 16 and bits < 1 << 18:
                # Upstream 22 prints these inconsistently (not reparseable); refuse them.
                raise ParseError(at, f"DI flag '{word}' is not supported by pymlir-opt")
            value |= bits
        return value

    def print(self, p: Any, value: Any) -> str:
        words = []
        for word, bits in self.groups:
            if value & bits == bits:
                words.append(word)
                value &= ~bits
        seen = set()
        for word, bits in self.singles:
            if value & bits and bits not in seen:
                words.append(word)
                seen.add(bits)
        text = "|".join(words)
        return A.escape_string(text) if "|" in text else text


# ----------------------------------------------------------------- the struct syntax


class _DIStructAttr(DINodeAttr):
    """A debug-info attribute written `<key = value, ...>` (ODS's `struct(params)`)."""

    __slots__ = ()
    cpp_name: ClassVar[str] = ""
    # (name, kind, required) in upstream's declaration order.
    params_spec: ClassVar[tuple[tuple[str, _Kind, bool], ...]] = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if kwargs:
            values = list(args) + [None] * (len(cls._fields) - len(args))
            for i, (name, kind, _) in enumerate(cls.params_spec):
                if name in kwargs:
                    values[i] = kwargs[name]
                elif values[i] is None:
                    values[i] = kind.default
            args = tuple(values)
        return super().__new__(cls, *args)

    @classmethod
    def parse_params(cls, body: Any) -> Any:
        """`<key = value, ...>`: each parameter at most once, the required ones present."""
        body.parse_punct("<")
        values: dict[str, Any] = {}
        spec = {name: (kind, req) for name, kind, req in cls.params_spec}
        if not body.parse_optional_punct(">"):
            while True:
                at = body._skip()
                key = body.parse_optional_keyword()
                if key is None:
                    err = ParseError(at, "expected valid keyword")
                    err.more = [(at, "expected a parameter name in struct")]
                    raise err
                body.parse_punct("=")
                if key not in spec or key in values:
                    raise ParseError(
                        body._skip(), f"duplicate or unknown struct parameter name: {key}"
                    )
                values[key] = spec[key][0].parse(body, cls, key)
                if len(values) == len(spec) or not body.parse_optional_punct(","):
                    break
            for name, _, required in cls.params_spec:
                if required and name not in values:
                    raise ParseError(body._skip(), f"struct is missing required parameter: {name}")
            body.parse_punct(">")
        return cls(*(values.get(name, kind.default) for name, kind, _ in cls.params_spec))

    def print_params(self, p: Any) -> str:
        parts = []
        for field, (name, kind, required) in zip(self._fields, self.params_spec):
            value = getattr(self, field)
            if not required and value == kind.default:
                continue
            parts.append(f"{name} = {kind.print(p, value)}")
        return "<" + ", ".join(parts) + ">"


def _scopes() -> Any:
    return DIScopeAttr


def _types() -> Any:
    return DITypeAttr


def _nodes() -> Any:
    return DINodeAttr


def _files() -> Any:
    return DIFileAttr


def _units() -> Any:
    return DICompileUnitAttr


def _subroutines() -> Any:
    return DISubroutineTypeAttr


def _distinct() -> Any:
    return A.DistinctAttr


_UINT = _UInt()
_STR = _Str()
_SCOPE = _Attr("DIScopeAttr", _scopes)
_FILE = _Attr("DIFileAttr", _files, stripped=True)
_TYPE = _Attr("DITypeAttr", _types)
_TAG = _Dwarf("tag", dwarf_names.TAGS)

SUBPROGRAM_FLAGS = (
    ("Virtual", 1),
    ("PureVirtual", 2),
    ("LocalToUnit", 4),
    ("Definition", 8),
    ("Optimized", 16),
    ("Pure", 32),
    ("Elemental", 64),
    ("Recursive", 128),
    ("MainSubprogram", 256),
    ("Deleted", 512),
    ("ObjCDirect", 2048),
)
DI_FLAGS = (
    ("Zero", 0),
    ("Bit0", 1),
    ("Bit1", 2),
    ("Private", 1),
    ("Protected", 2),
    ("Public", 3),
    *(
        (name, 1 << bit)
        for bit, name in enumerate(
            [
                "FwdDecl",
                "AppleBlock",
                "ReservedBit4",
                "Virtual",
                "Artificial",
                "Explicit",
                "Prototyped",
                "ObjcClassComplete",
                "ObjectPointer",
                "Vector",
                "StaticMember",
                "LValueReference",
                "RValueReference",
                "ExportSymbols",
            ],
            2,
        )
    ),
    ("SingleInheritance", 1 << 16),
    ("MultipleInheritance", 2 << 16),
    ("VirtualInheritance", 3 << 16),
    *(
        (name, 1 << bit)
        for bit, name in (
            (18, "IntroducedVirtual"),
            (19, "BitField"),
            (20, "NoReturn"),
            (22, "TypePassByValue"),
            (23, "TypePassByReference"),
            (24, "EnumClass"),
            (25, "Thunk"),
            (26, "NonTrivial"),
            (27, "BigEndian"),
            (28, "LittleEndian"),
            (29, "AllCallsDescribed"),
        )
    ),
)


class DIFileAttr(DIScopeAttr):
    """`#llvm.di_file<"name" in "directory">`: a source file."""

    __slots__ = ("name_", "directory")
    _fields = ("name_", "directory")
    name_: str
    directory: str
    name = "di_file"

    cpp_name: ClassVar[str] = "LLVM_DIFileAttr"

    @classmethod
    def parse_params(cls, body: Any) -> Any:
        """`<"name" in "directory">`."""
        body.parse_punct("<")
        name = _STR.parse(body, cls, "name")
        body.parse_punct("in")
        directory = _STR.parse(body, cls, "directory")
        body.parse_punct(">")
        return cls(name, directory)

    def print_params(self, p: Any) -> str:
        return f"<{A.escape_string(self.name_)} in {A.escape_string(self.directory)}>"


class DINullTypeAttr(DITypeAttr):
    """`#llvm.di_null_type`: the null debug-info type (a void result)."""

    __slots__ = ()
    name = "di_null_type"

    @classmethod
    def parse_params(cls, body: Any) -> Any:
        """No parameters."""
        return cls()


class DIBasicTypeAttr(_DIStructAttr, DITypeAttr):
    """`#llvm.di_basic_type<tag = DW_TAG_base_type, name = "int", sizeInBits = 32, ...>`."""

    __slots__ = ("tag", "name_", "sizeInBits", "encoding")
    tag: Any
    name_: Any
    sizeInBits: Any
    encoding: Any
    name = "di_basic_type"
    cpp_name = "LLVM_DIBasicTypeAttr"
    params_spec = (
        ("tag", _TAG, False),
        ("name", _STR, True),
        ("sizeInBits", _UInt(64), False),
        ("encoding", _Dwarf("encoding", dwarf_names.ENCODINGS), False),
    )
    _fields = ("tag", "name_", "sizeInBits", "encoding")


class DICompileUnitAttr(_DIStructAttr, DIScopeAttr):
    """`#llvm.di_compile_unit<id = distinct[0]<>, sourceLanguage = DW_LANG_C, ...>`."""

    __slots__ = (
        "id",
        "sourceLanguage",
        "file",
        "producer",
        "isOptimized",
        "emissionKind",
        "nameTableKind",
        "splitDebugFilename",
    )
    _fields = __slots__
    id: Any
    sourceLanguage: Any
    file: Any
    producer: Any
    isOptimized: Any
    emissionKind: Any
    nameTableKind: Any
    splitDebugFilename: Any
    name = "di_compile_unit"
    cpp_name = "LLVM_DICompileUnitAttr"
    params_spec = (
        ("id", _Attr("DistinctAttr", _distinct), True),
        ("sourceLanguage", _Dwarf("language", dwarf_names.LANGUAGES), True),
        ("file", _FILE, True),
        ("producer", _STR, False),
        ("isOptimized", _Bool(), True),
        (
            "emissionKind",
            _Enum(
                "DIEmissionKind",
                "LLVM debug emission kind",
                ("None", "Full", "LineTablesOnly", "DebugDirectivesOnly"),
            ),
            True,
        ),
        (
            "nameTableKind",
            _Enum(
                "DINameTableKind",
                "LLVM debug name table kind",
                ("Default", "GNU", "None", "Apple"),
                "Default",
            ),
            False,
        ),
        ("splitDebugFilename", _STR, False),
    )


class DISubroutineTypeAttr(_DIStructAttr, DITypeAttr):
    """`#llvm.di_subroutine_type<callingConvention = DW_CC_normal, types = #a, #b>`."""

    __slots__ = ("callingConvention", "types")
    _fields = __slots__
    callingConvention: Any
    types: Any
    name = "di_subroutine_type"
    cpp_name = "LLVM_DISubroutineTypeAttr"
    params_spec = (
        ("callingConvention", _Dwarf("calling convention", dwarf_names.CALLING_CONVENTIONS), False),
        ("types", _Array("::llvm::ArrayRef<DITypeAttr>", _types), False),
    )


class DISubprogramAttr(_DIStructAttr, DIScopeAttr):
    """`#llvm.di_subprogram<id = distinct[1]<>, compileUnit = #cu, name = "f", ...>`."""

    __slots__ = (
        "recId",
        "isRecSelf",
        "id",
        "compileUnit",
        "scope",
        "name_",
        "linkageName",
        "file",
        "line",
        "scopeLine",
        "subprogramFlags",
        "type",
        "retainedNodes",
        "annotations",
    )
    _fields = __slots__
    recId: Any
    isRecSelf: Any
    id: Any
    compileUnit: Any
    scope: Any
    name_: Any
    linkageName: Any
    file: Any
    line: Any
    scopeLine: Any
    subprogramFlags: Any
    type: Any
    retainedNodes: Any
    annotations: Any
    name = "di_subprogram"
    cpp_name = "LLVM_DISubprogramAttr"
    params_spec = (
        ("recId", _Attr("DistinctAttr", _distinct), False),
        ("isRecSelf", _Bool(), False),
        ("id", _Attr("DistinctAttr", _distinct), False),
        ("compileUnit", _Attr("DICompileUnitAttr", _units, stripped=True), False),
        ("scope", _SCOPE, False),
        ("name", _STR, False),
        ("linkageName", _STR, False),
        ("file", _FILE, False),
        ("line", _UINT, False),
        ("scopeLine", _UINT, False),
        (
            "subprogramFlags",
            _Flags("DISubprogramFlags", "LLVM DISubprogram flags", SUBPROGRAM_FLAGS),
            False,
        ),
        ("type", _Attr("DISubroutineTypeAttr", _subroutines, stripped=True), False),
        ("retainedNodes", _Array("::llvm::ArrayRef<DINodeAttr>", _nodes), False),
        ("annotations", _Array("::llvm::ArrayRef<DINodeAttr>", _nodes), False),
    )


class DILexicalBlockAttr(_DIStructAttr, DIScopeAttr):
    """`#llvm.di_lexical_block<scope = #sp, file = #f, line = 5, column = 7>`."""

    __slots__ = ("scope", "file", "line", "column")
    _fields = __slots__
    scope: Any
    file: Any
    line: Any
    column: Any
    name = "di_lexical_block"
    cpp_name = "LLVM_DILexicalBlockAttr"
    params_spec = (
        ("scope", _SCOPE, True),
        ("file", _FILE, False),
        ("line", _UINT, False),
        ("column", _UINT, False),
    )


class DILexicalBlockFileAttr(_DIStructAttr, DIScopeAttr):
    """`#llvm.di_lexical_block_file<scope = #lb, file = #f, discriminator = 2>`."""

    __slots__ = ("scope", "file", "discriminator")
    _fields = __slots__
    scope: Any
    file: Any
    discriminator: Any
    name = "di_lexical_block_file"
    cpp_name = "LLVM_DILexicalBlockFile"
    params_spec = (
        ("scope", _SCOPE, True),
        ("file", _FILE, False),
        ("discriminator", _UINT, True),
    )


class DILocalVariableAttr(_DIStructAttr, DINodeAttr):
    """`#llvm.di_local_variable<scope = #sp, name = "x", file = #f, line = 6, ...>`."""

    __slots__ = ("scope", "name_", "file", "line", "arg", "alignInBits", "type", "flags")
    _fields = __slots__
    scope: Any
    name_: Any
    file: Any
    line: Any
    arg: Any
    alignInBits: Any
    type: Any
    flags: Any
    name = "di_local_variable"
    cpp_name = "LLVM_DILocalVariableAttr"
    params_spec = (
        ("scope", _SCOPE, True),
        ("name", _STR, False),
        ("file", _FILE, False),
        ("line", _UINT, False),
        ("arg", _UINT, False),
        ("alignInBits", _UINT, False),
        ("type", _TYPE, False),
        ("flags", _Flags("DIFlags", "LLVM DI flags", DI_FLAGS), False),
    )


DEBUG_ATTRIBUTES = (
    DIFileAttr,
    DINullTypeAttr,
    DIBasicTypeAttr,
    DICompileUnitAttr,
    DISubroutineTypeAttr,
    DISubprogramAttr,
    DILexicalBlockAttr,
    DILexicalBlockFileAttr,
    DILocalVariableAttr,
)
