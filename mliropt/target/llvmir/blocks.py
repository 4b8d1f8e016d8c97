"""Block order: upstream translates a region's blocks in reverse post-order from each
block not yet visited (getBlocksSortedByDominance), which fixes the order in which
branches are created (the `; preds =` lists) and intrinsics are first declared."""

from __future__ import annotations

from typing import Any


def sorted_by_dominance(blocks: list[Any]) -> list[Any]:
    """Reverse post-order of the CFG, successors visited in terminator order."""
    seen: set[int] = set()
    out: list[Any] = []
    for start in blocks:
        if id(start) in seen:
            continue
        post: list[Any] = []
        seen.add(id(start))
        stack = [(start, iter(start.successors))]
        while stack:
            block, it = stack[-1]
            for s in it:
                if id(s) not in seen:
                    seen.add(id(s))
                    stack.append((s, iter(s.successors)))
                    break
            else:
                stack.pop()
                post.append(block)
        out.extend(reversed(post))
    return out
