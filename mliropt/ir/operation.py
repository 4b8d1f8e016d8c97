"""Operations, blocks, regions and SSA values with use-lists.

Blocks hold their operations in an intrusive doubly linked list (O(1) insert and
erase); every value keeps the set of its uses (O(uses) replace-all-uses-with).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from mliropt.ir.attributes import Attribute
    from mliropt.ir.location import Location
    from mliropt.ir.traits import Trait
    from mliropt.ir.types import Type


class IRError(Exception):
    """Misuse of the IR API (erasing a value that still has uses, ...)."""


class Use:
    """One use of a value (or block) by an operation: its `index`-th operand (successor)."""

    __slots__ = ("owner", "index", "value")

    def __init__(self, owner: Operation, index: int, value: Any) -> None:
        self.owner = owner
        self.index = index
        self.value = value
        value.uses[self] = None

    def set(self, value: Any) -> None:
        """Point this use at another value."""
        del self.value.uses[self]
        self.value = value
        value.uses[self] = None

    def drop(self) -> None:
        """Remove this use from its value's use-list."""
        del self.value.uses[self]


OpOperand = Use


class Value:
    """An SSA value: an operation result or a block argument."""

    __slots__ = ("type", "uses")
    type: Type
    uses: dict[Use, None]

    @property
    def has_uses(self) -> bool:
        """True when anything uses this value."""
        return bool(self.uses)

    @property
    def users(self) -> list[Operation]:
        """The operations using this value (an operation appears once per use)."""
        return [u.owner for u in self.uses]

    def replace_all_uses_with(self, other: Value) -> None:
        """Make every use of this value use `other`."""
        if other is self:
            return
        other_uses = other.uses
        for use in self.uses:
            use.value = other
            other_uses[use] = None
        self.uses = {}

    def replace_uses_if(self, other: Value, pred: Any) -> None:
        """Replace the uses for which `pred(use)` holds."""
        for use in list(self.uses):
            if pred(use):
                use.set(other)

    @property
    def owner_op(self) -> Operation | None:
        """The defining operation, or None for a block argument."""
        return None

    @property
    def parent_block(self) -> Block | None:
        """The block that defines this value."""
        raise NotImplementedError


class OpResult(Value):
    """The `index`-th result of `owner`."""

    __slots__ = ("owner", "index")

    def __init__(self, type: Type, owner: Operation, index: int) -> None:
        self.type = type
        self.uses = {}
        self.owner = owner
        self.index = index

    @property
    def owner_op(self) -> Operation | None:
        return self.owner

    @property
    def parent_block(self) -> Block | None:
        return self.owner.parent

    def __repr__(self) -> str:
        return f"<OpResult #{self.index} of {self.owner.name}>"


class BlockArgument(Value):
    """The `index`-th argument of `owner`, with its own location."""

    __slots__ = ("owner", "index", "_loc", "_src")

    def __init__(
        self, type: Type, owner: Block, index: int, location: Location | int | None,
        source: Any = None,
    ) -> None:
        self.type = type
        self.uses = {}
        self.owner = owner
        self.index = index
        self._loc = location
        self._src = source

    @property
    def location(self) -> Location | None:
        """Where the argument is declared (a source offset is resolved on first use, as
        an op's)."""
        loc = self._loc
        if loc.__class__ is int:
            loc = self._loc = self._src.loc_at(loc)
        return loc  # type: ignore[return-value]

    @location.setter
    def location(self, value: Location | None) -> None:
        self._loc = value

    @property
    def parent_block(self) -> Block | None:
        return self.owner

    def __repr__(self) -> str:
        return f"<BlockArgument #{self.index}>"


_new = object.__new__


class Operation:
    """An operation. Registered operations are instances of their op class; unregistered
    ones are instances of a per-name subclass of `UnregisteredOp`."""

    __slots__ = (
        "op_operands", "results", "attributes", "properties", "regions", "successors",
        "_loc", "_src", "parent", "prev", "next", "_order", "__weakref__",
    )
    name: ClassVar[str] = ""
    op_operands: list[Use]
    results: list[OpResult]
    attributes: dict[str, Attribute]
    properties: dict[str, Attribute]
    regions: list[Region]
    successors: list[Use]
    _loc: Any
    _src: Any
    parent: Block | None
    prev: Operation | None
    next: Operation | None
    _order: int

    registered: ClassVar[bool] = True
    # A declared trait list; `Op` classes normalize it to a frozenset of base traits.
    traits: ClassVar[Collection[Trait]] = frozenset()

    @classmethod
    def create(
        cls,
        operands: list[Value] | tuple[Value, ...] = (),
        result_types: list[Type] | tuple[Type, ...] = (),
        attributes: dict[str, Attribute] | None = None,
        properties: dict[str, Attribute] | None = None,
        regions: list[Region] | None = None,
        successors: list[Block] | tuple[Block, ...] = (),
        location: Location | int | None = None,
        num_regions: int = 0,
        source: Any = None,
    ) -> Any:
        """Create a detached operation of this class.

        `location` may be a source offset with `source` (a SourceLines): the parser's
        locations are then materialised on first access, most runs never need them."""
        op = cls.__new__(cls)
        # One, two or no operands and one or no result are most ops: built without a
        # comprehension (each is a call of its own).
        if operands.__class__ is not list and operands.__class__ is not tuple:
            operands = list(operands)
        if result_types.__class__ is not list and result_types.__class__ is not tuple:
            result_types = list(result_types)
        n = len(operands)
        if n == 2:
            op.op_operands = [Use(op, 0, operands[0]), Use(op, 1, operands[1])]
        elif n == 1:
            op.op_operands = [Use(op, 0, operands[0])]
        elif n:
            op.op_operands = [Use(op, i, v) for i, v in enumerate(operands)]
        else:
            op.op_operands = []
        n = len(result_types)
        if n == 1:
            op.results = [OpResult(result_types[0], op, 0)]
        elif n:
            op.results = [OpResult(t, op, i) for i, t in enumerate(result_types)]
        else:
            op.results = []
        op.attributes = attributes if attributes is not None else {}
        op.properties = properties if properties is not None else {}
        if regions is None:
            regions = [Region() for _ in range(num_regions)]
        for r in regions:
            r.parent = op
        op.regions = regions
        op.successors = [Use(op, i, b) for i, b in enumerate(successors)] if successors else []
        if location is None:
            from mliropt.ir.location import unknown_loc

            location = unknown_loc
        op._loc = location
        op._src = source
        op.parent = op.prev = op.next = None
        op._order = -1
        return op

    @classmethod
    def create_parsed(
        cls, operands: list[Value], result_types: list[Type] | tuple[Type, ...],
        attributes: dict[str, Attribute] | None, properties: dict[str, Attribute],
        regions: list[Region], successors: list[Block], pos: int, source: Any,
    ) -> Any:
        """`create` as the parser calls it: lists it hands over, the properties dict and
        regions list kept, the location a source offset into `source`."""
        op = cls.__new__(cls)
        n = len(operands)
        if n == 2:
            # Use and OpResult made without their __init__ (a Python frame each): the
            # commonest objects of a parse.
            a = _new(Use)
            a.owner = op
            a.index = 0
            a.value = v = operands[0]
            v.uses[a] = None
            b = _new(Use)
            b.owner = op
            b.index = 1
            b.value = v = operands[1]
            v.uses[b] = None
            op.op_operands = [a, b]
        elif n == 1:
            a = _new(Use)
            a.owner = op
            a.index = 0
            a.value = v = operands[0]
            v.uses[a] = None
            op.op_operands = [a]
        elif n:
            op.op_operands = [Use(op, i, v) for i, v in enumerate(operands)]
        else:
            op.op_operands = []
        n = len(result_types)
        if n == 1:
            r = _new(OpResult)
            r.type = result_types[0]
            r.uses = {}
            r.owner = op
            r.index = 0
            op.results = [r]
        elif n:
            op.results = [OpResult(t, op, i) for i, t in enumerate(result_types)]
        else:
            op.results = []
        op.attributes = {} if attributes is None else attributes
        op.properties = properties
        if regions:
            for region in regions:
                region.parent = op
        op.regions = regions
        op.successors = [Use(op, i, b) for i, b in enumerate(successors)] if successors else []
        op._loc = pos
        op._src = source
        op.parent = op.prev = op.next = None
        op._order = -1
        return op

    # ----------------------------------------------------------------- accessors

    @property
    def location(self) -> Location:
        """Where the op came from."""
        loc = self._loc
        if loc.__class__ is int:
            loc = self._loc = self._src.loc_at(loc)
        return loc

    @location.setter
    def location(self, value: Location) -> None:
        self._loc = value

    @property
    def operands(self) -> list[Value]:
        """The operand values."""
        return [u.value for u in self.op_operands]

    def operand(self, i: int) -> Value:
        """The `i`-th operand value."""
        return self.op_operands[i].value

    def set_operand(self, i: int, value: Value) -> None:
        """Replace the `i`-th operand."""
        self.op_operands[i].set(value)

    def set_operands(self, values: list[Value] | tuple[Value, ...]) -> None:
        """Replace the whole operand list."""
        for u in self.op_operands:
            u.drop()
        self.op_operands = [Use(self, i, v) for i, v in enumerate(values)]

    def insert_operands(self, index: int, values: list[Value]) -> None:
        """Insert operands before position `index`."""
        vals = self.operands
        vals[index:index] = values
        self.set_operands(vals)

    def erase_operand(self, index: int) -> None:
        """Remove the operand at `index`."""
        vals = self.operands
        del vals[index]
        self.set_operands(vals)

    @property
    def result(self) -> OpResult:
        """The single result."""
        return self.results[0]

    @property
    def result_types(self) -> list[Type]:
        """Types of the results."""
        return [r.type for r in self.results]

    @property
    def operand_types(self) -> list[Type]:
        """Types of the operands."""
        return [u.value.type for u in self.op_operands]

    @property
    def successor_blocks(self) -> list[Block]:
        """The successor blocks."""
        return [u.value for u in self.successors]

    def set_successor(self, i: int, block: Block) -> None:
        """Replace the `i`-th successor."""
        self.successors[i].set(block)

    def set_successors(self, blocks: list[Block]) -> None:
        """Replace the whole successor list."""
        for u in self.successors:
            u.drop()
        self.successors = [Use(self, i, b) for i, b in enumerate(blocks)]

    @property
    def dialect_name(self) -> str:
        """The dialect prefix of the op name."""
        return self.name.partition(".")[0]

    def get_attr(self, name: str) -> Attribute | None:
        """An inherent (property) or discardable attribute by name."""
        a = self.properties.get(name)
        if a is None:
            a = self.attributes.get(name)
        return a

    def has_trait(self, trait: Any) -> bool:
        """True when the op class declares `trait`."""
        return trait in self.traits

    @property
    def parent_op(self) -> Operation | None:
        """The operation whose region holds this op."""
        b = self.parent
        if b is None or b.parent is None:
            return None
        return b.parent.parent

    @property
    def parent_region(self) -> Region | None:
        """The region holding this op."""
        return None if self.parent is None else self.parent.parent

    def is_ancestor_of(self, other: Operation) -> bool:
        """True when `other` is this op or nested in one of its regions."""
        op: Operation | None = other
        while op is not None:
            if op is self:
                return True
            op = op.parent_op
        return False

    def is_proper_ancestor_of(self, other: Operation) -> bool:
        """True when `other` is nested (strictly) inside this op."""
        return other is not self and self.is_ancestor_of(other)

    def parent_of_type(self, cls: type) -> Any:
        """The closest enclosing op that is an instance of `cls`."""
        op = self.parent_op
        while op is not None and not isinstance(op, cls):
            op = op.parent_op
        return op

    # ----------------------------------------------------------------- structure

    def walk(self, post_order: bool = True) -> Iterator[Operation]:
        """This op and every nested op, children before parents (or parents first)."""
        if not post_order:
            yield self
        for region in self.regions:
            for block in region.blocks:
                op = block.first
                while op is not None:
                    nxt = op.next
                    if op.regions:
                        yield from op.walk(post_order)
                    else:
                        yield op
                    op = nxt
        if post_order:
            yield self

    def is_before_in_block(self, other: Operation) -> bool:
        """True when this op comes before `other` in their common block."""
        block = self.parent
        assert block is not None and block is other.parent
        if not block._order_valid:
            block._renumber()
        return self._order < other._order

    def detach(self) -> Operation:
        """Unlink this op from its block, keeping it alive."""
        block = self.parent
        if block is not None:
            block._unlink(self)
        return self

    def erase(self) -> None:
        """Detach and destroy this op; its results must be unused."""
        for r in self.results:
            if r.uses:
                raise IRError(f"cannot erase '{self.name}': result #{r.index} still has uses")
        self.detach()
        self.drop_all_references()

    def drop_all_references(self) -> None:
        """Drop this op's operand and successor uses, recursively in its regions."""
        for u in self.op_operands:
            u.drop()
        self.op_operands = []
        for u in self.successors:
            u.drop()
        self.successors = []
        for region in self.regions:
            region.drop_all_references()

    def drop_all_uses(self) -> None:
        """Make every use of this op's results vanish (their owners keep stale operands)."""
        for r in self.results:
            r.uses = {}

    def move_before(self, other: Operation) -> None:
        """Move this op right before `other`."""
        self.detach()
        assert other.parent is not None
        other.parent.insert_before(other, self)

    def move_after(self, other: Operation) -> None:
        """Move this op right after `other`."""
        self.detach()
        assert other.parent is not None
        other.parent.insert_after(other, self)

    def replace_all_uses_with(self, values: list[Value] | tuple[Value, ...]) -> None:
        """Replace the uses of each result with the corresponding value."""
        for r, v in zip(self.results, values):
            r.replace_all_uses_with(v)

    def clone(self, mapping: dict | None = None, clone_regions: bool = True) -> Operation:
        """A deep copy; `mapping` maps old values and blocks to new ones and is updated."""
        if mapping is None:
            mapping = {}
        cls = type(self)
        op = cls.create(
            [mapping.get(v, v) for v in self.operands],
            [r.type for r in self.results],
            dict(self.attributes),
            dict(self.properties),
            None,
            [mapping.get(b, b) for b in self.successor_blocks],
            self.location,
            num_regions=len(self.regions),
        )
        for old, new in zip(self.results, op.results):
            mapping[old] = new
        if clone_regions:
            for old_r, new_r in zip(self.regions, op.regions):
                old_r.clone_into(new_r, mapping)
        return op

    def verify(self) -> None:
        """Op-specific checks beyond the declared constraints; raise VerifyError."""

    def __repr__(self) -> str:
        return f"<{self.name} at {id(self):#x}>"

    def __str__(self) -> str:
        from mliropt.syntax.printer import print_operation

        return print_operation(self)


class UnregisteredOp(Operation):
    """An operation of a dialect (or name) that is not registered."""

    __slots__ = ()
    registered: ClassVar[bool] = False
    _classes: ClassVar[dict[str, type]] = {}

    @staticmethod
    def for_name(name: str) -> type[UnregisteredOp]:
        """The (cached) class of unregistered ops named `name`."""
        cls = UnregisteredOp._classes.get(name)
        if cls is None:
            cls = type("UnregisteredOp", (UnregisteredOp,), {"__slots__": (), "name": name})
            UnregisteredOp._classes[name] = cls
        return cls


class Block:
    """A basic block: arguments and an intrusive list of operations."""

    __slots__ = ("args", "parent", "first", "last", "uses", "_order_valid", "__weakref__")
    args: list[BlockArgument]
    parent: Region | None
    first: Operation | None
    last: Operation | None
    uses: dict[Use, None]

    def __init__(self, arg_types: list[Type] | tuple[Type, ...] = (), arg_locs: Any = None) -> None:
        self.args = []
        self.parent = None
        self.first = self.last = None
        self.uses = {}
        self._order_valid = False
        for i, t in enumerate(arg_types):
            self.args.append(BlockArgument(t, self, i, arg_locs[i] if arg_locs else None))

    # ----------------------------------------------------------------- arguments

    def add_argument(
        self, type: Type, location: Location | int | None = None, source: Any = None
    ) -> BlockArgument:
        """Append an argument (`location` may be an offset into `source`, a SourceLines)."""
        arg = BlockArgument(type, self, len(self.args), location, source)
        self.args.append(arg)
        return arg

    def insert_argument(
        self, index: int, type: Type, location: Location | None = None
    ) -> BlockArgument:
        """Insert an argument at `index`."""
        arg = BlockArgument(type, self, index, location)
        self.args.insert(index, arg)
        for i, a in enumerate(self.args):
            a.index = i
        return arg

    def erase_argument(self, index: int) -> None:
        """Remove an unused argument."""
        arg = self.args[index]
        if arg.uses:
            raise IRError("cannot erase a block argument that has uses")
        del self.args[index]
        for i, a in enumerate(self.args):
            a.index = i

    @property
    def arg_types(self) -> list[Type]:
        """Types of the arguments."""
        return [a.type for a in self.args]

    # ----------------------------------------------------------------- ops

    @property
    def ops(self) -> Iterator[Operation]:
        """The operations, in order (safe against erasing the current op)."""
        op = self.first
        while op is not None:
            nxt = op.next
            yield op
            op = nxt

    def ops_reversed(self) -> Iterator[Operation]:
        """The operations, last first."""
        op = self.last
        while op is not None:
            prv = op.prev
            yield op
            op = prv

    def __iter__(self) -> Iterator[Operation]:
        return self.ops

    @property
    def is_empty(self) -> bool:
        """True when the block holds no operation."""
        return self.first is None

    def __len__(self) -> int:
        n = 0
        op = self.first
        while op is not None:
            n += 1
            op = op.next
        return n

    def append(self, op: Operation) -> Operation:
        """Append a detached op; a block numbered in order stays so (a parsed block is
        numbered as it is built, and the verifier need not renumber it)."""
        op.parent = self
        op.next = None
        last = self.last
        op.prev = last
        if last is None:
            self.first = op
            op._order = 0
            self._order_valid = True
        else:
            last.next = op
            op._order = last._order + 1  # meaningful only while the block's order is valid
        self.last = op
        return op

    def insert_before(self, anchor: Operation | None, op: Operation) -> Operation:
        """Insert a detached op before `anchor` (at the end when anchor is None)."""
        if anchor is None:
            return self.append(op)
        op.parent = self
        prev = anchor.prev
        op.prev = prev
        op.next = anchor
        anchor.prev = op
        if prev is None:
            self.first = op
        else:
            prev.next = op
        self._order_valid = False
        return op

    def insert_after(self, anchor: Operation, op: Operation) -> Operation:
        """Insert a detached op after `anchor`."""
        return self.insert_before(anchor.next, op)

    def prepend(self, op: Operation) -> Operation:
        """Insert a detached op at the start."""
        return self.insert_before(self.first, op)

    def _unlink(self, op: Operation) -> None:
        prev, nxt = op.prev, op.next
        if prev is None:
            self.first = nxt
        else:
            prev.next = nxt
        if nxt is None:
            self.last = prev
        else:
            nxt.prev = prev
        op.parent = op.prev = op.next = None

    def _renumber(self) -> None:
        i = 0
        op = self.first
        while op is not None:
            op._order = i
            i += 1
            op = op.next
        self._order_valid = True

    @property
    def terminator(self) -> Operation | None:
        """The last op when it is a terminator."""
        from mliropt.ir.traits import IsTerminator

        last = self.last
        if last is not None and (IsTerminator in last.traits or not last.registered):
            return last
        return None

    # ----------------------------------------------------------------- CFG

    @property
    def parent_op(self) -> Operation | None:
        """The operation owning the region of this block."""
        return None if self.parent is None else self.parent.parent

    @property
    def predecessors(self) -> list[Block]:
        """Blocks branching here, one entry per branch edge (upstream's order: newest use first)."""
        return [u.owner.parent for u in reversed(self.uses)]  # type: ignore[misc]

    @property
    def successors(self) -> list[Block]:
        """Successor blocks of the terminator."""
        last = self.last
        return [] if last is None else last.successor_blocks

    def is_entry_block(self) -> bool:
        """True for the first block of its region."""
        return self.parent is not None and self.parent.blocks[0] is self

    def erase(self) -> None:
        """Remove this block from its region, dropping its ops' references."""
        for op in list(self.ops_reversed()):
            op.drop_all_references()
            op.drop_all_uses()
        if self.parent is not None:
            self.parent.blocks.remove(self)
            self.parent = None

    def split_before(self, op: Operation) -> Block:
        """Move `op` and every op after it into a new block inserted after this one."""
        new = Block()
        region = self.parent
        assert region is not None
        region.insert_block(region.blocks.index(self) + 1, new)
        cur: Operation | None = op
        while cur is not None:
            nxt = cur.next
            self._unlink(cur)
            new.append(cur)
            cur = nxt
        return new

    def __repr__(self) -> str:
        return f"<Block at {id(self):#x}>"


class Region:
    """A list of blocks owned by an operation."""

    __slots__ = ("blocks", "parent", "__weakref__")

    def __init__(self, blocks: list[Block] | None = None) -> None:
        self.blocks: list[Block] = []
        self.parent: Operation | None = None
        for b in blocks or ():
            self.add_block(b)

    def add_block(self, block: Block) -> Block:
        """Append a block."""
        block.parent = self
        self.blocks.append(block)
        return block

    def insert_block(self, index: int, block: Block) -> Block:
        """Insert a block at position `index`."""
        block.parent = self
        self.blocks.insert(index, block)
        return block

    @property
    def entry(self) -> Block | None:
        """The first block, or None when empty."""
        return self.blocks[0] if self.blocks else None

    @property
    def is_empty(self) -> bool:
        """True when the region has no block."""
        return not self.blocks

    @property
    def parent_op(self) -> Operation | None:
        """The owning operation."""
        return self.parent

    def ops(self) -> Iterator[Operation]:
        """Every op of every block, in order (not nested ones)."""
        for b in self.blocks:
            yield from b.ops

    def walk(self, post_order: bool = True) -> Iterator[Operation]:
        """Every op nested in this region."""
        for b in self.blocks:
            for op in b.ops:
                yield from op.walk(post_order)

    def drop_all_references(self) -> None:
        """Drop every use held by ops of this region."""
        for b in self.blocks:
            for op in b.ops:
                op.drop_all_references()

    def take_body(self, other: Region) -> None:
        """Move all blocks of `other` into this (emptied) region."""
        for b in self.blocks:
            b.parent = None
        self.blocks = []
        for b in other.blocks:
            self.add_block(b)
        other.blocks = []

    def clone_into(self, dest: Region, mapping: dict, index: int | None = None) -> None:
        """Clone the blocks of this region into `dest` (at `index`, default the end)."""
        new_blocks = []
        for b in self.blocks:
            nb = Block()
            for a in b.args:
                # Arguments already mapped (an inlined entry block's, mapped to the
                # call's operands) get no new argument, as upstream's cloneInto.
                if a not in mapping:
                    mapping[a] = nb.add_argument(a.type, a.location)
            mapping[b] = nb
            new_blocks.append(nb)
        for b, nb in zip(self.blocks, new_blocks):
            for op in b.ops:
                nb.append(op.clone(mapping))
        pos = len(dest.blocks) if index is None else index
        for i, nb in enumerate(new_blocks):
            dest.insert_block(pos + i, nb)

    def is_ancestor_of(self, other: Region) -> bool:
        """True when `other` is this region or nested inside it."""
        r: Region | None = other
        while r is not None:
            if r is self:
                return True
            op = r.parent
            r = op.parent_region if op is not None else None
        return False

    def find_ancestor_op_in_region(self, op: Operation) -> Operation | None:
        """The ancestor of `op` (or `op`) whose parent region is this one."""
        cur: Operation | None = op
        while cur is not None:
            if cur.parent_region is self:
                return cur
            cur = cur.parent_op
        return None

    def find_ancestor_block_in_region(self, block: Block) -> Block | None:
        """The ancestor block of `block` that lies directly in this region."""
        cur: Block | None = block
        while cur is not None:
            if cur.parent is self:
                return cur
            op = cur.parent_op
            cur = op.parent if op is not None else None
        return None
