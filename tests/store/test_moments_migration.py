"""Databases from before moments open with one moment per event and keep their check-ins."""

from datetime import time

import pytest
from peewee import IntegrityError

from app.store.database import open_database
from app.store.models import Checkin
from app.store.store import Store
from tests.store.old_schema import first_schema_copy, old_database

BEFORE_MOMENTS = 9


def _assert_kept_with_one_moment(store: Store) -> None:

    (event,) = store.events.list_events()
    assert event.moments == []  # one all-day moment: the event reads as it did
    (moment,) = store.events.event_moments(event.id)
    assert (moment.number, moment.late_after, moment.opens_at) == (1, time(7, 45), time(0, 0))
    row = Checkin.get()
    assert (row.moment, row.late, row.note, row.station) == (1, True, "catatan", "Gerbang 1")
    columns = {
        "event": row.event_id, "person": row.person_id, "at": row.at, "station": "G2",
        "method": "scanner", "operator": "x", "late": False, "note": "",
    }  # fmt: skip
    with pytest.raises(IntegrityError), store.write():
        Checkin.create(**columns, moment=1)
    with store.write():
        Checkin.create(**columns, moment=2)


def test_a_sqlite_database_made_before_moments_keeps_its_checkins_in_moment_one(db_path):
    db = open_database(str(db_path))
    old_database(db, BEFORE_MOMENTS)
    db.close()
    store = Store(str(db_path))
    _assert_kept_with_one_moment(store)
    next_id = store.db.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = 'checkin'")
    assert next_id.fetchone()[0] == 2
    store.close()


def test_a_postgresql_database_made_before_moments_keeps_its_checkins_in_moment_one(pg_url):
    db = open_database(pg_url)
    old_database(db, BEFORE_MOMENTS)
    db.close()
    store = Store(pg_url)
    _assert_kept_with_one_moment(store)
    store.close()


def test_the_first_schema_opens_with_one_moment_per_event(tmp_path):
    store = Store(str(first_schema_copy(tmp_path)))

    (event,) = store.events.list_events()
    assert [m.number for m in store.events.event_moments(event.id)] == [1]
    assert event.late_after == store.events.event_moments(event.id)[0].late_after
    store.close()


def test_check_ins_with_a_time_source_keep_it_when_moments_arrive(db_path):
    db = open_database(str(db_path))
    old_database(db, version=10)
    db.execute_sql(
        "UPDATE checkin SET time_source = 'server', clock_offset_s = -4, offset_age_s = 30"
    )
    db.close()
    store = Store(str(db_path))
    row = Checkin.get()
    assert (row.moment, row.time_source, row.clock_offset_s, row.offset_age_s) == (
        1, "server", -4, 30,
    )  # fmt: skip
    store.close()
