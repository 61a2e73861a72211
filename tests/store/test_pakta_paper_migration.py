from datetime import datetime

from app.core.pakta_paper import BoxVerdict, NewPage
from app.store.database import open_database
from app.store.migrations import current_version
from app.store.store import Store
from tests.store.old_schema import first_schema_copy


def test_database_from_before_paper_pakta_opens_keeps_its_data_and_stores_a_page(tmp_path):
    copy = first_schema_copy(tmp_path, target=5)  # the schema just before the paper pages
    db = open_database(str(copy))
    assert "pakta_paper_page" not in db.get_tables()
    db.close()
    store = Store(str(copy))
    assert current_version(store.db) >= 8
    (event,) = store.events.list_events()
    (person,) = store.people.expected_people(event.id)
    assert person.display_name == "Dr. Siti Aminah, S.H., M.Si."
    page = NewPage(
        person.id, BoxVerdict.SIGNED, 42.5, 4_000_000_000, b"\xff\xd8jpeg", "ab" * 32, "a.jpg"
    )
    with store.write():
        store.pakta_paper.save_page(event.id, page, datetime(2024, 10, 1, 8), "tester")
    stored = store.pakta_paper.stored_page(event.id, person.id)
    assert stored is not None and stored.verdict is BoxVerdict.SIGNED
    assert store.pakta_paper.page_image(event.id, person.id) == (b"\xff\xd8jpeg", "ab" * 32)
    store.close()


def test_paper_pages_are_read_and_counted_on_a_shared_postgresql_server(pg_url, tmp_path, clock):
    from app.core.pakta_paper import PageOutcome
    from app.services.container import Services

    store = Store(pg_url)
    services = Services.build(store, clock=clock, actor="tester")
    services.demo.ensure_demo(12)
    event = services.events.list_events()[0]
    unit = services.pakta.candidates(event)[0].unit
    sheets = tmp_path / "sheets.pdf"
    written = services.pakta_paper.write_sheets(event, sheets, unit)
    report = services.pakta_paper.scan(event, sheets)
    assert [p.outcome for p in report.pages][1:] == [PageOutcome.RECORDED] * written.sheets
    coverage = services.pakta_paper.coverage(event)
    assert next(u for u in coverage.units if u.unit == unit).returned_empty == written.sheets
    store.close()
