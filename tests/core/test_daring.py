from datetime import date, datetime

from app.core.daring import fold_name, match_participants, parse_participants
from app.core.nip import EmploymentStatus, IdKind
from app.core.people import Person

DAY = date(2024, 10, 1)


def person(pid, number, name):
    return Person(number, IdKind.NIP, name, "Dr.", "S.H.", EmploymentStatus.PNS, "P", "III/a",
                  "Staf", "Dinas", id=pid)  # fmt: skip


ZOOM = [
    ["Meeting ID", "Topic", "Start Time"],
    ["812 3456 7890", "Apel Netralitas", "10/01/2024 07:00:00 AM"],
    [],
    ["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)"],
    ["199001012015032001 Siti Aminah", "", "10/01/2024 07:25:13 AM", "10/01/2024 08:30 AM", "65"],
    ["dr. BUDI  santoso, M.Kes", "", "10/01/2024 07:50:00 AM", "", "40"],
    ["Siti Aminah (HP)", "", "10/01/2024 07:20:00 AM", "", "5"],
    ["Kang Ujang", "", "10/01/2024 07:31:00 AM", "", "50"],
]


def test_titles_case_and_spacing_are_folded_away():
    assert fold_name("Dr. Ir. Hj. Siti  AMINAH, S.H., M.Si.") == "siti aminah"
    assert fold_name("Budi Santoso S.Pd") == "budi santoso"
    assert fold_name("I Made Wirawan") == "i made wirawan"


def test_zoom_report_is_read_below_its_meeting_facts():
    participants, errors = parse_participants(ZOOM, DAY)
    assert errors == []
    assert [p.row for p in participants] == [5, 6, 7, 8]
    assert participants[0].joined_at == datetime(2024, 10, 1, 7, 25, 13)


def test_match_by_nip_then_by_name_keeping_the_first_join():
    people = [person(1, "199001012015032001", "Siti Aminah"),
              person(2, "198505052010011002", "Budi Santoso")]  # fmt: skip
    participants, _ = parse_participants(ZOOM, DAY)
    found = match_participants(participants, people)
    by_person = {m.person.id: m for m in found.matched}
    assert by_person[1].participant.joined_at.time().isoformat() == "07:20:00"
    assert by_person[2].by == "nama"
    assert [p.display_name for p in found.unmatched] == ["Kang Ujang"]


def test_namesakes_are_left_for_matching_by_hand():
    people = [person(1, "199001012015032001", "Siti Aminah"),
              person(2, "199101012015032002", "Siti Aminah")]  # fmt: skip
    participants, _ = parse_participants([*ZOOM[:4], ZOOM[6]], DAY)
    found = match_participants(participants, people)
    assert found.matched == [] and len(found.unmatched) == 1


def test_google_meet_first_and_last_name_with_clock_times():
    rows = [["First name", "Last name", "Email", "Duration", "Time joined", "Time exited"],
            ["Siti", "Aminah", "s@x.id", "1 hr", "7:25 AM", "8:30 AM"]]  # fmt: skip
    participants, errors = parse_participants(rows, DAY)
    assert errors == []
    assert participants[0].display_name == "Siti Aminah"
    assert participants[0].joined_at == datetime(2024, 10, 1, 7, 25)


def test_unreadable_rows_and_other_days_are_named_by_row_and_column():
    rows = [["Name (Original Name)", "Join Time"], ["A", "kemarin"], ["B", "10/02/2024 07:00 AM"]]
    _participants, errors = parse_participants(rows, DAY)
    assert [str(e) for e in errors] == [
        "baris 2, kolom Join Time: 'kemarin' bukan waktu yang dikenali",
        "baris 3, kolom Join Time: tanggal 02/10/2024 bukan hari acara (1 Oktober 2024)",
    ]


def test_a_sheet_without_participant_columns_is_refused():
    _, errors = parse_participants([["NIP", "Alasan"], ["1", "sakit"]], DAY)
    assert "bukan laporan peserta Zoom atau Google Meet" in str(errors[0])
