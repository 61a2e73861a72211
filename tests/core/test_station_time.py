"""The time rules of app.core.station_time, as plain values."""

from datetime import datetime, timedelta

from app.core.station_time import (
    OffsetReading,
    TimeSource,
    is_due,
    is_skewed,
    offline_stamp,
    offset_words,
    reading_from,
)

READ_AT = datetime(2024, 10, 1, 6, 50)


def test_offset_is_server_minus_station_in_whole_seconds():
    reading = reading_from(READ_AT + timedelta(minutes=10, seconds=0.6), READ_AT, 100.0)
    assert reading.offset_s == 601
    assert offset_words(601) == "jam stasiun 10 menit 1 detik lebih lambat dari jam server"
    assert offset_words(-45) == "jam stasiun 45 detik lebih cepat dari jam server"


def test_offline_stamp_is_local_time_plus_the_last_offset_and_keeps_offset_and_age():
    reading = OffsetReading(600, READ_AT, 100.0)
    stamp = offline_stamp(READ_AT + timedelta(seconds=90), reading, 190.0)
    assert stamp == offline_stamp(READ_AT + timedelta(seconds=90), reading, 190.0)
    assert (stamp.at, stamp.source) == (READ_AT + timedelta(seconds=690), TimeSource.OFFSET)
    assert (stamp.offset_s, stamp.offset_age_s) == (600, 90)


def test_clock_set_back_after_the_measurement_does_not_move_the_offline_stamp():
    reading = OffsetReading(0, READ_AT, 100.0)
    honest = offline_stamp(READ_AT + timedelta(minutes=5), reading, 400.0)
    set_back = offline_stamp(READ_AT - timedelta(minutes=5), reading, 400.0)
    assert honest.at == set_back.at == READ_AT + timedelta(minutes=5)
    assert set_back.offset_s == 600  # the record shows how far the laptop's clock was moved


def test_without_any_measurement_the_station_clock_is_used_and_said_to_be_local():
    stamp = offline_stamp(READ_AT, None, 5.0)
    assert (stamp.at, stamp.source, stamp.offset_s, stamp.offset_age_s) == (
        READ_AT, TimeSource.LOCAL, None, None,
    )  # fmt: skip


def test_measured_again_every_minute_and_flagged_beyond_thirty_seconds():
    reading = OffsetReading(31, READ_AT, 100.0)
    assert is_due(None, 0.0) and not is_due(reading, 159.0) and is_due(reading, 160.0)
    assert is_skewed(31) and is_skewed(-31) and not is_skewed(30) and not is_skewed(None)
