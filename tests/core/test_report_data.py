from datetime import date, datetime, time

from app.core.events import Event, EventKind
from app.core.nip import EmploymentStatus, IdKind
from app.core.people import Person
from app.core.report_data import (
    GUEST_GROUP,
    Absence,
    AbsenceReason,
    CheckinRecord,
    ReportInput,
    build_report,
    parse_reason,
)

EVENT = Event("Apel", EventKind.APEL, date(2024, 10, 1), time(7, 30), time(7, 45), "Pendopo",
              "BKPSDM", id=1)  # fmt: skip


def person(pid, name, unit, guest=False):
    return Person(f"{pid:018d}", IdKind.NIP, name, "", "", EmploymentStatus.PNS, "L", "III/a",
                  "Staf", unit, is_guest=guest, id=pid)  # fmt: skip


def at(hour, minute):
    return datetime(2024, 10, 1, hour, minute)


def sample():
    people = [person(1, "Budi", "Dinas B"), person(2, "Ani", "Dinas B"),
              person(3, "Citra", "Dinas A"), person(4, "Dodi", "Dinas A")]  # fmt: skip
    guest = person(9, "Tamu", "Bawaslu", guest=True)
    attendees = [
        (people[0], CheckinRecord(1, at(7, 20), "G1", "camera", False)),
        (people[2], CheckinRecord(3, at(7, 50), "G1", "manual", True)),
        (people[3], CheckinRecord(4, at(7, 40), "Daring", "daring", False)),
        (guest, CheckinRecord(9, at(7, 10), "G2", "walkin", False)),
    ]
    absences = [Absence(2, AbsenceReason.SAKIT, "rawat inap")]
    return ReportInput(EVENT, people, attendees, absences)


def test_everyone_expected_is_grouped_by_unit_with_guests_last():
    report = build_report(sample())
    assert [g.unit for g in report.groups] == ["Dinas A", "Dinas B", GUEST_GROUP]
    assert [line.person.name for line in report.groups[1].lines] == ["Ani", "Budi"]
    assert (report.totals.expected, report.totals.present, report.totals.late) == (4, 3, 1)
    assert report.totals.absent == 1 and report.totals.excused == 1
    assert report.guests == 1


def test_remarks_say_late_manual_guest_daring_or_the_reason_of_absence():
    remarks = {line.person.name: line.remarks for line in build_report(sample()).lines}
    assert remarks == {
        "Citra": "terlambat, manual",
        "Dodi": "daring",
        "Ani": "sakit: rawat inap",
        "Budi": "",
        "Tamu": "tamu",
    }


def test_unit_filter_keeps_one_unit_and_its_totals():
    report = build_report(sample(), "dinas b")
    assert [g.unit for g in report.groups] == ["Dinas B"]
    assert (report.totals.expected, report.totals.present) == (2, 1)
    assert report.unit_filter == "Dinas B"


def test_derived_lists_for_the_sheets():
    report = build_report(sample())
    assert [line.person.name for line in report.late_lines()] == ["Citra"]
    assert {line.person.name for line in report.guest_and_manual_lines()} == {
        "Citra", "Dodi", "Tamu"
    }  # fmt: skip
    assert [line.person.name for line in report.absent_lines()] == ["Ani"]


def test_unknown_check_in_methods_read_as_a_plain_scan():
    data = sample()
    first, record = data.attendees[0]
    data.attendees[0] = (first, CheckinRecord(1, record.at, "G1", "qr", False))
    line = next(line for line in build_report(data).lines if line.person.name == "Budi")
    assert line.present and line.remarks == ""


def test_reasons_are_read_as_hr_writes_them():
    assert parse_reason("Dinas Luar") is AbsenceReason.DINAS_LUAR
    assert parse_reason("DL") is AbsenceReason.DINAS_LUAR
    assert parse_reason(" tanpa  keterangan ") is AbsenceReason.TANPA_KETERANGAN
    assert parse_reason("ijin") is AbsenceReason.IZIN
    assert parse_reason("liburan") is None
