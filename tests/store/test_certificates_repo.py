"""The PDF certificate table (migration 0009) on databases made before it."""

from datetime import datetime

from app.core.clock import FixedClock
from app.services.container import Services
from app.store.database import open_database
from app.store.migrations import available, current_version
from app.store.store import Store
from tests.store.old_schema import old_database


def test_database_made_before_pdf_certificates_opens_keeps_its_data_and_signs(db_path):
    db = open_database(str(db_path))
    old_database(db, version=8)  # the schema before migration 0009, with an event in it
    db.close()

    reopened = Store(str(db_path))
    services = Services.build(reopened, clock=FixedClock(datetime(2024, 10, 1, 7, 0)))
    (event,) = services.events.list_events()
    assert services.events.counts(event.id).present == 1
    pair = services.pdf_signing.certificate(event.organisation_id)
    assert services.pdf_signing.certificate(event.organisation_id) == pair
    assert current_version(reopened.db) == available()[-1].version
    reopened.close()
