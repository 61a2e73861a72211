"""The gate lock on a shared server follows the station's key, not the name in its
settings file: renaming a locked station does not lift its lock."""

from datetime import datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.clock import FixedClock
from app.core.station_identity import StationKey
from app.services.container import Services
from app.services.event_service import Invalid
from app.store.store import Store

ADMIN_PIN = "246810"


@pytest.fixture
def server(pg_url):
    store = Store(pg_url)
    yield store
    store.close()


def station(store, name, key):
    return Services.build(store, clock=FixedClock(datetime(2024, 10, 1, 7)), station=name,
                          station_key=key)  # fmt: skip


def test_renaming_a_locked_station_in_its_settings_does_not_lift_the_lock_on_a_server(server):
    key, other_key = (
        StationKey(Ed25519PrivateKey.generate()),
        StationKey(Ed25519PrivateKey.generate()),
    )
    gate = station(server, "Gerbang 2", key)
    assert not isinstance(gate.admin_pins.set_pin(ADMIN_PIN), Invalid)
    assert gate.station_lock.lock("Gerbang 2")
    renamed = station(server, "Gerbang Baru", key)  # the settings file edited
    assert renamed.station_lock.is_locked("Gerbang Baru")
    other = station(server, "Gerbang 3", other_key)
    assert not other.station_lock.is_locked("Gerbang 3")  # each gate its own lock
    assert not renamed.station_lock.unlock("Gerbang Baru", "000000").accepted
    assert renamed.station_lock.is_locked("Gerbang Baru")
    assert renamed.station_lock.unlock("Gerbang Baru", ADMIN_PIN).accepted
    assert not renamed.station_lock.is_locked("Gerbang Baru")
    assert not gate.station_lock.is_locked("Gerbang 2")
