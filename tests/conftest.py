"""Shared fixtures: a real SQLite file per test, a fixed clock, Qt offscreen."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from app.core.clock import FixedClock
from app.services.container import Services
from app.store.store import Store

DEMO_MORNING = datetime(2024, 10, 1, 7, 0)


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Never touch the user's real data folder or settings."""
    path = tmp_path_factory.mktemp("netra-data")
    monkeypatch.setenv("NETRA_DATA_DIR", str(path))
    monkeypatch.delenv("NETRA_DB", raising=False)
    from app.paths import data_dir

    data_dir.cache_clear()
    return path


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database on the server named by NETRA_TEST_PG, dropped after.

    Without that variable the test is skipped, unless NETRA_REQUIRE_PG is set (CI), where
    a missing server is a failure.
    """
    admin = os.environ.get("NETRA_TEST_PG")
    if not admin:
        if os.environ.get("NETRA_REQUIRE_PG"):
            pytest.fail("NETRA_REQUIRE_PG is set but NETRA_TEST_PG names no server")
        pytest.skip("no PostgreSQL server: set NETRA_TEST_PG=postgresql://user:pw@host/postgres")
    import psycopg2

    name = f"netra_test_{uuid.uuid4().hex[:12]}"
    connection = psycopg2.connect(admin)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {name}")
    try:
        yield f"{admin.rsplit('/', 1)[0]}/{name}"
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.close()


@pytest.fixture
def proxy(pg_url: str) -> Iterator[object]:
    """The ``pg_url`` server behind a TCP proxy on loopback, to cut a station off for real."""
    from tests.tcp_proxy import TcpProxy

    opened = TcpProxy(pg_url)
    yield opened
    opened.cut()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "netra.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store(str(db_path))
    yield opened
    opened.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(DEMO_MORNING)


@pytest.fixture
def services(store: Store, clock: FixedClock) -> Services:
    return Services.build(store, clock=clock, actor="tester", station="Gerbang 1")


@pytest.fixture
def demo(services: Services) -> Services:
    """Services over a demo event of 120 people (70% already present)."""
    services.demo.ensure_demo(120)
    return services


@pytest.fixture
def report_demo(demo: Services) -> Services:
    """The demo event plus a walk-in guest, a manual entry and a roster name that is a formula."""
    from app.core.checkin import CheckinEntry, Method
    from app.core.nip import EmploymentStatus, IdKind
    from app.core.people import Person

    event = demo.events.list_events()[0]
    guest = Person(
        id_number="GUEST-1", id_kind=IdKind.INTERNAL, name="Tamu Kehormatan", front_title="",
        back_title="", status=EmploymentStatus.NON_ASN, gender="L", grade="",
        position="Ketua Bawaslu", unit="Bawaslu Kabupaten", is_guest=True,
    )  # fmt: skip
    formula = Person(
        id_number="199001012015031001", id_kind=IdKind.NIP,
        name='=HYPERLINK("http://jahat.example/x","klik")', front_title="", back_title="",
        status=EmploymentStatus.PNS, gender="L", grade="III/a", position="-Analis",
        unit="Dinas Kesehatan",
    )  # fmt: skip
    with demo.store.write():
        guest_id, formula_id = demo.store.people.insert_people(
            event.organisation_id, [guest, formula], DEMO_MORNING
        )
        demo.store.people.add_attendees(event.id, [formula_id])
        manual = next(
            p for p in demo.store.people.expected_people(event.id)
            if p.id not in demo.store.attendance.checked_in_ids(event.id) and p.id != formula_id
        )  # fmt: skip
        demo.store.checkins.insert_checkins(
            [
                CheckinEntry(event.id, guest_id, datetime(2024, 10, 1, 7, 20), "Gerbang 2",
                             Method.WALKIN, "petugas", False),
                CheckinEntry(event.id, manual.id, datetime(2024, 10, 1, 7, 50), "Gerbang 1",
                             Method.MANUAL, "petugas", True, "kartu tertinggal"),
            ]
        )  # fmt: skip
    return demo
