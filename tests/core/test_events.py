from datetime import date, time

from app.core.events import Event, EventKind, validate_event


def _event(**changes) -> Event:
    values = dict(
        title="Deklarasi Netralitas ASN",
        kind=EventKind.DEKLARASI,
        day=date(2024, 10, 1),
        start_time=time(7, 30),
        late_after=time(7, 45),
        venue="Pendopo",
        organiser="BKPSDM",
    )
    values.update(changes)
    return Event(**values)


def test_complete_event_has_no_errors():
    assert validate_event(_event()) == []


def test_every_problem_is_reported_at_once_with_its_field():
    errors = validate_event(
        _event(title=" ", venue="", late_after=time(7, 0), presiding_nip="123", logo=b"GIF89a")
    )
    assert {e.field for e in errors} == {
        "judul", "batas_terlambat", "tempat", "nip_pimpinan", "logo", "nama_pimpinan"
    }  # fmt: skip


def test_too_many_kop_lines_are_refused():
    errors = validate_event(_event(kop_lines=[f"baris {i}" for i in range(6)]))
    assert [e.field for e in errors] == ["kop"]
