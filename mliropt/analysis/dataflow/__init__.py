"""Upstream's data-flow framework: a solver running analyses to a fixpoint over states
attached to IR anchors, with dead-code, sparse and constant-propagation analyses."""
