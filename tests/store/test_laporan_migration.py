from datetime import datetime

from app.core.laporan_photo import StoredPhoto
from app.store.database import open_database
from app.store.migrations import current_version
from app.store.store import Store
from tests.store.old_schema import first_schema_copy


def test_database_from_before_the_laporan_opens_keeps_its_data_and_stores_text_and_photos(
    tmp_path,
):
    copy = first_schema_copy(tmp_path, target=9)  # the schema just before the laporan pelaksanaan
    db = open_database(str(copy))
    assert "laporan_text" not in db.get_tables()
    db.close()
    store = Store(str(copy))
    assert current_version(store.db) >= 12
    (event,) = store.events.list_events()
    (person,) = store.people.expected_people(event.id)
    assert person.display_name == "Dr. Siti Aminah, S.H., M.Si."
    at = datetime(2024, 10, 1, 9)
    with store.write():
        store.laporan.save_text(event.id, '{"background": "Latar"}', at, "tester")
        store.laporan.add_photo(
            event.id, StoredPhoto(0, 0, "Apel", "a.jpg", "ab.jpg", "ab" * 32, 10, 8), at, "tester"
        )
    assert store.laporan.text_body(event.id) == '{"background": "Latar"}'
    assert [p.caption for p in store.laporan.photos(event.id)] == ["Apel"]
    store.close()
