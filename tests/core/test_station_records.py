"""What a station signs for a check-in that carries both its moment and where its time came
from; records made before either still verify."""

from dataclasses import replace
from datetime import date, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.checkin import Method
from app.core.station_identity import StationKey
from app.core.station_records import (
    EventKey,
    RecordedCheckin,
    StationRecords,
    checkin_message,
    read_records,
    write_records,
)
from app.core.station_time import TimeSource

EVENT = EventKey("Apel", date(2024, 10, 1), "Pemkab")
BEFORE_BOTH = RecordedCheckin(
    "198001012005011001", datetime(2024, 10, 1, 15, 20), "Gerbang 2", Method.SCANNER, "op",
    False, "catatan",
)  # fmt: skip
KEY = StationKey(Ed25519PrivateKey.generate())


def test_a_record_made_before_time_sources_and_moments_is_signed_as_it_always_was():
    layout = "\x1f".join([
        "netra-checkin-1", "Pemkab", "2024-10-01", "198001012005011001", "2024-10-01T15:20:00",
        "Gerbang 2", "scanner", "op", "0", "catatan", "",
    ])  # fmt: skip
    assert checkin_message(EVENT, BEFORE_BOTH) == layout.encode()


def test_the_time_source_and_the_moment_are_each_part_of_what_is_signed():
    server = replace(BEFORE_BOTH, time_source=TimeSource.OFFSET, clock_offset_s=-4,
                     offset_age_s=30)  # fmt: skip
    versions = [
        BEFORE_BOTH, server, replace(BEFORE_BOTH, moment=2), replace(server, moment=2),
        replace(server, moment=3), replace(server, moment=2, clock_offset_s=-5),
        replace(server, moment=2, time_source=TimeSource.LOCAL),
    ]  # fmt: skip
    messages = {checkin_message(EVENT, record) for record in versions}
    assert len(messages) == len(versions)


def test_a_station_file_keeps_moment_and_time_source_and_their_seal_holds():
    record = replace(BEFORE_BOTH, time_source=TimeSource.SERVER, moment=2)
    record = replace(record, seal=KEY.seal(checkin_message(EVENT, record)))
    old = replace(BEFORE_BOTH, seal=KEY.seal(checkin_message(EVENT, BEFORE_BOTH)))
    records = StationRecords(EVENT, "Gerbang 2", datetime(2024, 10, 1, 15, 30), [record, old], [])
    read = read_records(write_records(records, KEY))
    assert not isinstance(read, str), read
    assert read.checkins == [record, old]
    moved = replace(read.checkins[0], moment=1)  # moved to the first moment in the file
    assert checkin_message(EVENT, moved) != checkin_message(EVENT, record)
