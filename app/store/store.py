"""The one handle on the database that services receive."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from peewee import Database, InterfaceError, OperationalError, SqliteDatabase

from app.store import integrity
from app.store.absences_repo import AbsencesRepo
from app.store.attendance_repo import AttendanceRepo
from app.store.audit_repo import AuditRepo
from app.store.certificates_repo import CertificatesRepo
from app.store.checkins_repo import CheckinsRepo
from app.store.database import (
    GuardedSqliteDatabase,
    RoutedDatabase,
    describe,
    is_server_url,
    open_database,
    sqlite_path,
)
from app.store.enrolment_repo import EnrolmentRepo
from app.store.events_repo import EventsRepo
from app.store.gate_state_repo import GateStateRepo
from app.store.ikrar_repo import IkrarRepo
from app.store.keys_repo import KeysRepo
from app.store.laporan_repo import LaporanRepo
from app.store.migrations import migrate
from app.store.models import ALL_MODELS
from app.store.pakta_paper_repo import PaktaPaperRepo
from app.store.pakta_repo import PaktaRepo
from app.store.people_repo import PeopleRepo
from app.store.pins_repo import PinsRepo
from app.store.station_lock_repo import StationLockRepo
from app.store.station_repo import StationRepo


class ServerLost(Exception):
    """The shared database server cannot be reached (stopped, unplugged, network gone)."""


class Store:
    """Opens the database, brings its schema up to date and binds the models to it; holds
    one of each repository, which services reach as ``store.people``, ``store.checkins``..."""

    def __init__(self, target: str, create: bool = True) -> None:
        """``create=False``: a missing SQLite file is refused instead of made empty."""
        self.target = target
        self.absences = AbsencesRepo()
        self.attendance = AttendanceRepo()
        self.audit = AuditRepo()
        self.certificates = CertificatesRepo()
        self.checkins = CheckinsRepo()
        self.enrolment = EnrolmentRepo()
        self.events = EventsRepo()
        self.gate_state = GateStateRepo()
        self.ikrar = IkrarRepo()
        self.keys = KeysRepo()
        self.laporan = LaporanRepo()
        self.pakta_paper = PaktaPaperRepo()
        self.pakta = PaktaRepo()
        self.people = PeopleRepo()
        self.pins = PinsRepo()
        self.station_lock = StationLockRepo()
        self.station = StationRepo()
        path = None if is_server_url(target) else sqlite_path(target)
        if path is not None and not create and not path.exists():
            hint = integrity.newest_backup_hint(path)
            raise integrity.DatabaseMissing(
                f"basis data {path} tidak ada. Buat baru dengan: netra init (atau netra demo);"
                f" jika berkasnya terhapus, pulihkan cadangan ({hint})"
            )
        self.db = open_database(target)
        try:
            self.db.connect(reuse_if_open=True)
            if isinstance(self.db, SqliteDatabase):
                integrity.quick_check(self.db)
            migrate(self.db)
        except Exception as error:
            self.close()
            trouble = path and integrity.classify(error, path)
            if trouble:
                raise trouble from error
            raise
        self.opened = integrity.identity_of(self.db) if self.is_sqlite else None
        if isinstance(self.db, GuardedSqliteDatabase):
            self.db.guard = self._check_same_file
        self.models_db = RoutedDatabase(self.db)
        for model in ALL_MODELS:
            model.bind(self.models_db)

    @property
    def description(self) -> str:
        return describe(self.target)

    @property
    def is_sqlite(self) -> bool:
        return isinstance(self.db, SqliteDatabase)

    @property
    def sqlite(self) -> SqliteDatabase:
        """The database of a store that ``is_sqlite``: for backups, restores and checks."""
        assert isinstance(self.db, SqliteDatabase)
        return self.db

    @property
    def is_shared_server(self) -> bool:
        return is_server_url(self.target)

    @contextmanager
    def write(self) -> Iterator[None]:
        """One use case, one transaction; SQLite takes the write lock at once to avoid upgrades.

        On the station's own SQLite file, the file is checked to still be the one opened
        before the commit and after it: a change written to a deleted or replaced file is
        lost, so it must never be reported as done (``DatabaseGone`` instead).
        """
        current = self.models_db.obj
        own_file = current is self.db and self.opened is not None
        atomic = (
            self.models_db.atomic("IMMEDIATE")
            if isinstance(current, SqliteDatabase)
            else self.models_db.atomic()
        )
        with self.troubles_named(), self.server_calls(), atomic:
            if not isinstance(current, SqliteDatabase):
                # Nearly every use case appends to the audit chain, whose lock serialises
                # stations. Taking it first gives every writer the same lock order, so a
                # scan and an admission of the same person on two stations cannot deadlock.
                self.audit.lock_chain(self.models_db)
            yield
            if own_file:
                self.check_still_ours()
        if own_file:
            self.check_still_ours()

    def check_still_ours(self) -> None:
        """Raise ``DatabaseGone`` if the path no longer names the file opened, as it was."""
        assert isinstance(self.db, SqliteDatabase) and self.opened is not None
        with self.troubles_named():
            integrity.check_still_ours(self.db, self.opened)

    def _check_same_file(self) -> None:
        if self.opened is not None:
            integrity.check_same_file(Path(self.db.database), self.opened)

    def restored(self) -> None:
        """This station replaced the content itself: the others are told, it carries on."""
        assert isinstance(self.db, SqliteDatabase) and self.opened is not None
        moved_on = integrity.mark_restored(self.db, self.opened.generation)
        self.opened = integrity.FileIdentity(self.opened.device, self.opened.inode, moved_on)

    def trouble_message(self, error: BaseException) -> str | None:
        """What is wrong with the database file behind ``error`` (gone, damaged, disk
        full), in words for the user; None if the error is not about the file."""
        if not self.is_sqlite:
            return None
        trouble = integrity.classify(error, Path(self.db.database))
        return None if trouble is None else str(trouble)

    def explain(self, error: Exception) -> str:
        """What to tell a user about an unexpected ``error``: the trouble with the file
        if there is one, never an exception's class name (the log has the details)."""
        return self.trouble_message(error) or (
            "terjadi kesalahan yang tidak terduga; rinciannya ada di catatan aplikasi (log)"
        )

    @contextmanager
    def troubles_named(self) -> Iterator[None]:
        """Turn SQLite's errors for a full disk or a damaged file into ``StoreTrouble``."""
        try:
            yield
        except integrity.StoreTrouble:
            raise
        except Exception as error:
            current = self.models_db.obj
            if not isinstance(current, SqliteDatabase):
                raise
            trouble = integrity.classify(error, Path(current.database))
            if trouble is None:
                raise
            raise trouble from error

    @contextmanager
    def server_calls(self) -> Iterator[None]:
        """Turn a connection to the server that broke into ``ServerLost`` (and forget it)."""
        try:
            yield
        except (OperationalError, InterfaceError) as error:
            current = self.models_db.obj
            if isinstance(current, SqliteDatabase) or not self._connection_broken(current):
                raise
            self._forget_connection(current)
            raise ServerLost(str(error).strip()) from error

    def reachable(self) -> bool:
        """Ask the server for a trivial answer (reconnecting on this thread if needed)."""
        try:
            with self.server_calls():
                self.db.execute_sql("SELECT 1").fetchone()
        except ServerLost:
            return False
        return True

    @contextmanager
    def routed_to(self, database: Database) -> Iterator[None]:
        """Run this thread's repository calls on ``database`` (the station's local cache)."""
        with self.models_db.routed_to(database):
            yield

    @staticmethod
    def _connection_broken(database: Database) -> bool:
        connection: Any = database._state.conn
        return connection is None or bool(getattr(connection, "closed", 0))

    @staticmethod
    def _forget_connection(database: Database) -> None:
        try:
            database.close()
        except (OperationalError, InterfaceError):
            database._state.reset()

    def close(self) -> None:
        if not self.db.is_closed():
            try:
                self.db.close()
            except (OperationalError, InterfaceError):
                self.db._state.reset()
