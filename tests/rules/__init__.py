"""Tests of the rule families, one module per family."""
