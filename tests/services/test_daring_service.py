from app.core.daring import DaringMatch
from app.services.daring_service import DaringRecorded
from app.services.event_service import Invalid
from app.store.models import Checkin


def zoom_csv(path, rows):
    lines = ["Meeting ID,Topic,Start Time", "812 3456 7890,Apel,10/01/2024 06:30:00 AM", "",
             "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)"]  # fmt: skip
    lines += [f'"{name}",,{joined},,30' for name, joined in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def _absent(services):
    event = services.events.list_events()[0]
    present = services.store.attendance.checked_in_ids(event.id)
    return event, [p for p in services.people.expected(event.id) if p.id not in present], present


def test_zoom_participants_are_recorded_present_daring_at_their_join_time(demo, tmp_path):
    event, absent, present = _absent(demo)
    someone_present = next(p for p in demo.people.expected(event.id) if p.id in present)
    report = zoom_csv(tmp_path / "peserta.csv", [
        (f"{absent[0].id_number} {absent[0].name}", "10/01/2024 07:25:13 AM"),
        (f"{absent[1].front_title} {absent[1].name.upper()}", "10/01/2024 07:55:00 AM"),
        (f"{someone_present.id_number}", "10/01/2024 07:10:00 AM"),
        ("Operator Zoom", "10/01/2024 06:50:00 AM"),
    ])  # fmt: skip
    matches = demo.daring.read(event.id, report)
    assert {m.person.id for m in matches.matched} == {
        absent[0].id,
        absent[1].id,
        someone_present.id,
    }
    assert [p.display_name for p in matches.unmatched] == ["Operator Zoom"]
    before = Checkin.get(Checkin.person == someone_present.id)
    assert demo.daring.record(event.id, matches.matched) == DaringRecorded(2, 1)
    first = Checkin.get(Checkin.person == absent[0].id)
    assert (first.method, first.at.strftime("%H:%M:%S"), first.late) == (
        "daring",
        "07:25:13",
        False,
    )
    assert Checkin.get(Checkin.person == absent[1].id).late is True
    after = Checkin.get(Checkin.person == someone_present.id)
    assert (after.method, after.at) == (before.method, before.at)


def test_a_participant_matched_by_hand_is_recorded_and_a_second_import_adds_nothing(demo, tmp_path):
    event, absent, _ = _absent(demo)
    report = zoom_csv(tmp_path / "p.csv", [("HP Samsung A52", "10/01/2024 07:28:00 AM")])
    matches = demo.daring.read(event.id, report)
    (participant,) = matches.unmatched
    chosen = [DaringMatch(participant, absent[0], "manual")]
    assert demo.daring.record(event.id, chosen) == DaringRecorded(1, 0)
    assert demo.daring.record(event.id, chosen) == DaringRecorded(0, 1)
    assert Checkin.select().where(Checkin.person == absent[0].id).count() == 1


def test_a_bad_participant_file_changes_nothing(demo, tmp_path):
    event = demo.events.list_events()[0]
    count = Checkin.select().count()
    report = zoom_csv(tmp_path / "p.csv", [("Siti", "besok pagi")])
    result = demo.daring.read(event.id, report)
    assert isinstance(result, Invalid)
    assert (
        str(result.errors[0]) == "baris 5, kolom Join Time: 'besok pagi' bukan waktu yang dikenali"
    )
    binary = tmp_path / "foto.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert "bukan berkas teks CSV" in str(demo.daring.read(event.id, binary).errors[0])
    assert Checkin.select().count() == count


def test_people_present_daring_travel_in_the_station_export(demo, tmp_path):
    event, absent, _present = _absent(demo)
    report = zoom_csv(tmp_path / "peserta.csv", [(absent[0].id_number, "10/01/2024 07:25:13 AM")])
    demo.daring.record(event.id, demo.daring.read(event.id, report).matched)
    records = demo.stations.export(event.id, "Gerbang 1")
    daring = [c for c in records.checkins if c.id_number == absent[0].id_number]
    assert [c.method.value for c in daring] == ["daring"]


def test_a_forged_participant_row_is_refused_naming_the_row_and_nothing_is_recorded(demo, tmp_path):
    """An insider types absent colleagues into a meeting report: a NIP next to another
    name, a join before the meeting began, a leave before the join."""
    event, absent, _ = _absent(demo)
    count = Checkin.select().count()
    nip_of_another = zoom_csv(tmp_path / "a.csv", [
        (f"Budi Santoso {absent[0].id_number}", "10/01/2024 07:25:00 AM"),
    ])  # fmt: skip
    refused = demo.daring.read(event.id, nip_of_another)
    assert isinstance(refused, Invalid)
    assert str(refused.errors[0]) == (
        f"baris 5, kolom nama: NIP {absent[0].id_number} milik {absent[0].display_name}, "
        f"bukan 'Budi Santoso {absent[0].id_number}'"
    )
    before_start = zoom_csv(tmp_path / "b.csv", [(absent[1].name, "10/01/2024 06:10:00 AM")])
    refused = demo.daring.read(event.id, before_start)
    assert str(refused.errors[0]) == (
        "baris 5, kolom Join Time: bergabung pukul 06.10, sebelum rapat dimulai pukul 06.30"
    )
    left_before = tmp_path / "c.csv"
    left_before.write_text(
        "Name (Original Name),Join Time,Leave Time\n"
        f"{absent[2].name},10/01/2024 07:20:00 AM,10/01/2024 07:05:00 AM\n",
        encoding="utf-8",
    )
    refused = demo.daring.read(event.id, left_before)
    assert str(refused.errors[0]) == (
        "baris 2, kolom Leave Time: keluar pukul 07.05, sebelum bergabung pukul 07.20"
    )
    assert Checkin.select().count() == count


def test_a_join_after_the_gate_closed_is_refused_and_the_report_hash_is_audited(demo, tmp_path):
    import hashlib
    import json

    from app.services.gate_service import GateClosed

    event, absent, _ = _absent(demo)
    assert isinstance(demo.gate.close(event.id, "Gerbang 1"), GateClosed)  # at 07.00
    report = zoom_csv(tmp_path / "peserta.csv", [
        (absent[0].name, "10/01/2024 06:45:00 AM"), (absent[1].name, "10/01/2024 07:40:00 AM"),
    ])  # fmt: skip
    matches = demo.daring.read(event.id, report)
    refused = demo.daring.record(event.id, matches.matched, matches.source)
    assert isinstance(refused, Invalid)
    assert [str(e) for e in refused.errors] == [
        "baris 6, kolom waktu bergabung: bergabung pukul 07.40, setelah gerbang acara ditutup "
        "pukul 07.00"
    ]
    early = [m for m in matches.matched if m.person.id == absent[0].id]
    assert demo.daring.record(event.id, early, matches.source) == DaringRecorded(1, 0)
    entry = next(e for e in reversed(demo.store.audit.all_entries()) if e.action == "daring.import")
    details = json.loads(entry.body)["details"]
    assert details["file"] == "peserta.csv"
    assert details["sha256"] == hashlib.sha256(report.read_bytes()).hexdigest()


def test_a_join_while_the_gate_was_closed_is_refused_though_it_was_reopened_before_the_import(
    demo, clock, tmp_path
):
    """Closed at 07.00 and reopened at 07.30: the gate read as open when the report came, and
    a join at 07.20 went in; one at 07.40, after the reopening, counts."""
    from datetime import timedelta

    from app.services.gate_service import GateClosed

    assert not isinstance(demo.admin_pins.set_pin("246810"), Invalid)
    event, absent, _ = _absent(demo)
    assert isinstance(demo.gate.close(event.id, "Gerbang 1"), GateClosed)  # at 07.00
    clock.at += timedelta(minutes=30)
    assert not isinstance(demo.gate.reopen(event.id, "246810", "rombongan terlambat"), Invalid)
    report = zoom_csv(tmp_path / "peserta.csv", [
        (absent[0].name, "10/01/2024 07:20:00 AM"), (absent[1].name, "10/01/2024 07:40:00 AM"),
    ])  # fmt: skip
    matches = demo.daring.read(event.id, report)
    refused = demo.daring.record(event.id, matches.matched, matches.source)
    assert isinstance(refused, Invalid)
    assert [str(e) for e in refused.errors] == [
        "baris 5, kolom waktu bergabung: bergabung pukul 07.20, setelah gerbang acara ditutup "
        "pukul 07.00"
    ]
