"""The PDF certificate table (migration 0009) on databases made before it."""

import sqlite3
from datetime import datetime

from app.core.clock import FixedClock
from app.services.container import Services
from app.store.migrations import available, current_version
from app.store.store import Store
from tests.store.schema_undo import undo_from


def test_database_made_before_pdf_certificates_opens_keeps_its_data_and_signs(db_path):
    store = Store(str(db_path))
    Services.build(store, clock=FixedClock(datetime(2024, 10, 1, 7, 0))).demo.ensure_demo(20)
    store.close()
    with sqlite3.connect(db_path) as raw:  # back to the schema before migration 0009
        undo_from(raw, 9)

    reopened = Store(str(db_path))
    services = Services.build(reopened)
    (event,) = services.events.list_events()
    assert services.events.counts(event.id).expected == 20
    pair = services.pdf_signing.certificate(event.organisation_id)
    assert services.pdf_signing.certificate(event.organisation_id) == pair
    assert current_version(reopened.db) == available()[-1].version
    reopened.close()
