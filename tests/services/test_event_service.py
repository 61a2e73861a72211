from dataclasses import replace
from datetime import date, time

from app.core.events import Event, EventKind
from app.services.event_service import Invalid, Saved
from app.store.models import AuditLog


def _event() -> Event:
    return Event(
        title="Apel Netralitas ASN",
        kind=EventKind.APEL,
        day=date(2024, 10, 1),
        start_time=time(7, 30),
        late_after=time(7, 45),
        venue="Lapangan Pemda",
        organiser="BKPSDM Kabupaten Contoh",
        kop_lines=["PEMERINTAH KABUPATEN CONTOH", "BKPSDM"],
    )


def test_saved_event_reads_back_with_every_field(services):
    result = services.events.save(_event())
    assert isinstance(result, Saved)
    stored = services.events.get(result.event_id)
    assert replace(stored, id=None, organisation_id=None) == _event()


def test_invalid_event_is_refused_and_nothing_is_stored(services):
    result = services.events.save(replace(_event(), title="", venue=""))
    assert isinstance(result, Invalid)
    assert {e.field for e in result.errors} == {"judul", "tempat"}
    assert services.events.list_events() == []
    assert AuditLog.select().count() == 0


def test_edit_changes_only_that_event_and_is_audited(services):
    first = services.events.save(_event()).event_id
    second = services.events.save(replace(_event(), title="Sosialisasi")).event_id
    services.events.save(replace(services.events.get(first), venue="Pendopo Agung"))
    assert services.events.get(first).venue == "Pendopo Agung"
    assert services.events.get(second).venue == "Lapangan Pemda"
    update = AuditLog.get(AuditLog.action == "event.update")
    assert "Pendopo Agung" in update.details and update.actor == "tester"


def test_audit_entries_are_chained_by_hash(services):
    services.events.save(_event())
    services.events.save(replace(_event(), title="Kedua"))
    first, second = AuditLog.select().order_by(AuditLog.id)
    assert second.prev_hash == first.hash != second.hash
