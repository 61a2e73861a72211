"""The PDF certificate table (migration 0009) on databases made before it."""

from datetime import datetime

from app.core.clock import FixedClock
from app.services.container import Services
from app.store.database import open_database
from app.store.migrations import available, current_version
from app.store.store import Store


def test_database_made_before_pdf_certificates_opens_keeps_its_data_and_signs(db_path):
    store = Store(str(db_path))
    Services.build(store, clock=FixedClock(datetime(2024, 10, 1, 7, 0))).demo.ensure_demo(20)
    store.close()
    db = open_database(str(db_path))  # back to the schema before migration 0009
    db.execute_sql("DROP TABLE pdf_certificate")
    # Later migrations undone too: the runner applies those above the newest recorded.
    db.execute_sql("DROP INDEX audit_log_action_event")
    db.execute_sql("ALTER TABLE signing_start DROP COLUMN first_pakta_paper_page")
    db.execute_sql("DELETE FROM schema_migration WHERE version >= 9")
    db.close()

    reopened = Store(str(db_path))
    services = Services.build(reopened)
    (event,) = services.events.list_events()
    assert services.events.counts(event.id).expected == 20
    pair = services.pdf_signing.certificate(event.organisation_id)
    assert services.pdf_signing.certificate(event.organisation_id) == pair
    assert current_version(reopened.db) == available()[-1].version
    reopened.close()
