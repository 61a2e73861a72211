"""A throw-away PostgreSQL database for a benchmark, created and dropped around the run."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg2

DEFAULT_ADMIN_URL = os.environ.get("NETRA_TEST_PG", "postgresql://netra:netra@127.0.0.1/postgres")


@contextmanager
def scratch_database(admin_url: str) -> Iterator[tuple[str, int]]:
    """The URL of a fresh database on the server of ``admin_url``, and the server version."""
    name = f"netra_bench_{uuid.uuid4().hex[:8]}"
    admin = psycopg2.connect(admin_url)
    admin.autocommit = True
    admin.cursor().execute(f"CREATE DATABASE {name}")
    try:
        yield f"{admin_url.rsplit('/', 1)[0]}/{name}", admin.server_version
    finally:
        admin.cursor().execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()
