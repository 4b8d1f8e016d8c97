"""Passes: the pass base class, the registry, pipeline parsing and the pass manager."""
