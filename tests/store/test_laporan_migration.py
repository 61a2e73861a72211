from datetime import datetime

from app.core.laporan_photo import StoredPhoto
from app.store import events_repo, laporan_repo, people_repo
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
    (event,) = events_repo.list_events()
    (person,) = people_repo.expected_people(event.id)
    assert person.display_name == "Dr. Siti Aminah, S.H., M.Si."
    at = datetime(2024, 10, 1, 9)
    with store.write():
        laporan_repo.save_text(event.id, '{"background": "Latar"}', at, "tester")
        laporan_repo.add_photo(
            event.id, StoredPhoto(0, 0, "Apel", "a.jpg", "ab.jpg", "ab" * 32, 10, 8), at, "tester"
        )
    assert laporan_repo.text_body(event.id) == '{"background": "Latar"}'
    assert [p.caption for p in laporan_repo.photos(event.id)] == ["Apel"]
    store.close()
