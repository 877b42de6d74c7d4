"""Benchmarks and evaluation scripts (run as modules: python -m benchmarks.<name>)."""
