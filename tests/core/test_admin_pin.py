from dataclasses import replace
from datetime import datetime, timedelta

from app.core.admin_pin import (
    LOCKOUT,
    MAX_FAILURES,
    PinVerdict,
    check_pin,
    new_record,
    pin_problem,
)

NOW = datetime(2024, 10, 1, 8, 0)


def test_pin_must_be_6_to_12_digits():
    assert pin_problem("123456") is None
    assert pin_problem("1234") == "PIN harus 6 sampai 12 angka"
    assert pin_problem("12345") == "PIN harus 6 sampai 12 angka"
    assert pin_problem("12ab56") == "PIN hanya boleh berisi angka"
    assert pin_problem("١٢٣٤٥٦") == "PIN hanya boleh berisi angka"


def test_pin_is_stored_salted_never_in_clear():
    first, second = new_record("123456"), new_record("123456")
    assert first.salt != second.salt and first.digest != second.digest
    assert b"123456" not in first.digest + first.salt


def test_right_pin_is_accepted_and_clears_failures():
    record = replace(new_record("246810"), failures=3)
    check = check_pin(record, "246810", NOW)
    assert check.accepted and check.record.failures == 0


def test_five_wrong_tries_lock_even_the_right_pin_until_the_lockout_ends():
    record = new_record("246810")
    for attempt in range(1, MAX_FAILURES):
        check = check_pin(record, "000000", NOW)
        assert check.verdict is PinVerdict.WRONG and check.tries_left == MAX_FAILURES - attempt
        record = check.record
    check = check_pin(record, "000000", NOW)
    assert check.verdict is PinVerdict.LOCKED
    record = check.record
    assert check_pin(record, "246810", NOW + LOCKOUT - timedelta(seconds=1)).verdict is (
        PinVerdict.LOCKED
    )
    assert check_pin(record, "246810", NOW + LOCKOUT).accepted


def test_missing_pin_is_reported_as_not_set():
    assert check_pin(None, "1234", NOW).verdict is PinVerdict.NOT_SET
