from datetime import date, datetime, time, timedelta

from app.core.badge_token import RejectReason
from app.core.checkin import (
    MAX_RAW_LENGTH,
    REPEAT_WINDOW,
    Arrival,
    Guest,
    PriorCheckin,
    clean_raw,
    decide,
    guest_person,
    guest_problems,
    is_late,
    is_repeat,
    rejection_outcome,
)
from app.core.nip import IdKind
from app.core.outcomes import Outcome

EIGHT = datetime(2024, 10, 1, 8, 0)


def test_first_arrival_on_the_list_is_recorded_and_late_after_the_late_time():
    arrival = Arrival(on_event_list=True, prior=None)
    assert decide(arrival, late=False) is Outcome.RECORDED
    assert decide(arrival, late=True) is Outcome.LATE
    assert is_late(date(2024, 10, 1), time(7, 45), datetime(2024, 10, 1, 7, 45, 1))
    assert not is_late(date(2024, 10, 1), time(7, 45), datetime(2024, 10, 1, 7, 45))


def test_second_arrival_is_a_duplicate_whatever_the_list_says():
    prior = PriorCheckin(EIGHT, "Gerbang 2", "camera")
    assert decide(Arrival(True, prior), late=False) is Outcome.DUPLICATE
    assert decide(Arrival(False, prior), late=False, admit=True) is Outcome.DUPLICATE


def test_valid_badge_not_on_the_list_is_not_expected_unless_admitted():
    assert decide(Arrival(False, None), late=False) is Outcome.NOT_EXPECTED
    assert decide(Arrival(False, None), late=False, admit=True) is Outcome.RECORDED


def test_repeat_is_the_same_station_within_the_window_only():
    prior = PriorCheckin(EIGHT, "Gerbang 1", "camera")
    assert is_repeat(prior, "Gerbang 1", EIGHT + REPEAT_WINDOW)
    assert not is_repeat(prior, "Gerbang 1", EIGHT + REPEAT_WINDOW + timedelta(seconds=1))
    assert not is_repeat(prior, "Gerbang 2", EIGHT + timedelta(seconds=1))
    assert not is_repeat(None, "Gerbang 1", EIGHT)


def test_every_rejection_reason_has_an_outcome():
    assert {rejection_outcome(reason) for reason in RejectReason} == {
        Outcome.INVALID,
        Outcome.REVOKED,
        Outcome.UNKNOWN_PERSON,
    }


def test_raw_input_is_bounded_and_storable():
    assert clean_raw("  NT1ABC \n") == "NT1ABC"
    assert clean_raw("a\x00b") == "ab"
    assert clean_raw("\udcff") == "?"
    assert len(clean_raw("x" * 10_000)) == MAX_RAW_LENGTH
    assert clean_raw(None) == "None"


def test_guest_needs_name_id_and_reason():
    fields = {e.field for e in guest_problems(Guest("", "", "Polres", ""))}
    assert fields == {"nama", "nomor", "alasan"}
    assert guest_problems(Guest("Budi", "12-34", "", "tamu"))[0].field == "nomor"
    assert guest_problems(Guest("Budi", "3374 0112 0375 0004", "", "tamu")) == []


def test_guest_id_kind_is_read_from_the_number():
    assert guest_person(Guest("A", "3374011203750004", "", "x")).id_kind is IdKind.NIK
    assert guest_person(Guest("A", "199001012015031001", "", "x")).id_kind is IdKind.NIP
    guest = guest_person(Guest(" Tamu ", "kta123", " Polres ", "x"))
    assert (guest.id_kind, guest.id_number, guest.name, guest.unit, guest.is_guest) == (
        IdKind.INTERNAL, "KTA123", "Tamu", "Polres", True,
    )  # fmt: skip
