"""Rewriting: patterns, the pattern rewriter, folding, the greedy driver, conversion."""
