"""Readers of files the user brings in: roster spreadsheets, photo folders (no Qt)."""
