"""The application log holds key operations and errors, and no personal data beyond ids."""

from __future__ import annotations

import base64

from app.core.badge_token import HEADER, PREFIX, SIGNATURE_SIZE, read_claim
from app.store.store import Store
from tests.cli.test_cli import netra
from tests.roster_files import demo_rows, write_csv


def test_log_after_import_checkins_and_a_report_names_nobody(db_path, tmp_path, isolated_data_dir):
    assert netra("demo", "--people", "5", db=db_path).returncode == 0
    rows = demo_rows(30)
    names = [row[1] for row in rows]
    roster = write_csv(tmp_path / "pegawai.csv", rows)
    imported = netra("roster", "import", str(roster), "--event", "1", db=db_path)
    assert imported.returncode == 0, imported.stderr
    store = Store(str(db_path))
    from app.services.container import Services

    services = Services.build(store)
    event = services.events.list_events()[0]
    people = [store.people.person_by_id_number(event.organisation_id, row[0] or row[9])
              for row in rows[10:13]]  # fmt: skip
    tokens = [services.badges.token_for(event.organisation_id, p) for p in people]
    store.close()
    assert all(read_claim(t).person_id == p.id_number for t, p in zip(tokens, people, strict=True))
    for token in tokens[:2]:
        assert netra("checkin", token, "--event", "1", db=db_path).returncode == 0
    manual = netra("checkin", "--manual", people[2].id_number, "--reason", "kartu tertinggal",
                   "--event", "1", db=db_path)  # fmt: skip
    assert manual.returncode == 0, manual.stderr
    report = netra("report", "attendance", "--event", "1", "--out", str(tmp_path / "dh.pdf"),
                   db=db_path)  # fmt: skip
    assert report.returncode == 0, report.stderr
    export = netra("export", "--event", "1", "--out", str(tmp_path / "hadir.xlsx"), db=db_path)
    assert export.returncode == 0, export.stderr

    logs = list((isolated_data_dir / "logs").glob("netra.log*"))
    text = "\n".join(path.read_text("utf-8") for path in logs)
    for action in ("roster.import", "checkin.record", "export.write"):
        assert action in text
    assert text.count("checkin.record") == 3
    leaked = [name for name in names if name in text]
    assert not leaked
    assert not [p.id_number for p in people if p.id_number in text]  # only database ids


def test_badge_token_carries_the_id_number_and_nothing_of_the_name(demo):
    event = demo.events.list_events()[0]
    person = demo.store.people.expected_people(event.id)[0]
    token = demo.badges.token_for(event.organisation_id, person)
    body = token.removeprefix(PREFIX)
    raw = base64.b32decode(body + "=" * (-len(body) % 8))
    # Every byte accounted for: header, the id number, the signature; no room for a name.
    assert len(raw) == HEADER.size + len(person.id_number) + SIGNATURE_SIZE
    assert raw[HEADER.size : HEADER.size + len(person.id_number)] == person.id_number.encode()
    assert read_claim(token).person_id == person.id_number
