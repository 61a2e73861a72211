"""Write tests/data/schema_v1.sqlite3: a database as the first migration left it, with a few rows.

Run once when the fixture is lost; never regenerate it with a newer schema.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.store.database import open_database
from app.store.migrations import migrate

ROWS = [
    "INSERT INTO organisation VALUES (1, 'Pemerintah Kabupaten Contoh', '2024-09-01 08:00:00')",
    "INSERT INTO unit VALUES (1, 1, 'Dinas Kesehatan')",
    "INSERT INTO person VALUES (1, 1, '199001012015032001', 'nip', 'Siti Aminah', 'Dr.', "
    "'S.H., M.Si.', 'PNS', 'P', 'III/c', 'Analis Kebijakan', 1, 1, 0, 1, "
    "'2024-09-01 08:00:00', '2024-09-01 08:00:00')",
    "INSERT INTO event VALUES (1, 1, 'Apel Netralitas ASN 2024', 'apel', '2024-10-01', "
    "'07:30:00', '07:45:00', 'Lapangan Pemda', 'BKPSDM', 'PEMERINTAH KABUPATEN CONTOH', NULL, "
    "'', '', '', '2024-09-01 08:00:00', '2024-09-01 08:00:00')",
    "INSERT INTO event_attendee VALUES (1, 1, 1, '')",
]


def main(out: Path) -> None:
    out.unlink(missing_ok=True)
    db = open_database(str(out))
    migrate(db, target=1)
    with db.atomic():
        for statement in ROWS:
            db.execute_sql(statement)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute_sql("PRAGMA journal_mode=DELETE")
    db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("tests/data/schema_v1.sqlite3"))
