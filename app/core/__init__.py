"""Netra's rules in plain Python: no Qt, no database, no files (enforced by import-linter)."""
