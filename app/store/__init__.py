"""Persistence: peewee over SQLite (WAL) or PostgreSQL. Nothing outside this package knows which."""
