"""Anchors on paper: a printed report proves later what the database held when it was made."""

import json
import sqlite3
import subprocess
from dataclasses import replace
from datetime import datetime

import pytest
from pypdf import PdfReader

from app.core.anchor import read_claim
from app.core.audit_chain import GENESIS, entry_hash
from app.core.checkin import Method
from app.core.clock import FixedClock
from app.core.report_data import ReportKind, ReportRequest
from app.services.container import Services
from app.store.store import Store
from tests.cli.test_cli import netra
from tests.conftest import DEMO_MORNING


@pytest.fixture
def printed(db_path, tmp_path):
    """A demo event, one more check-in at the gate, then the daftar hadir printed to PDF."""
    store = Store(str(db_path))
    services = Services.build(store, clock=FixedClock(DEMO_MORNING.replace(minute=40)))
    services.demo.ensure_demo(30)
    event = services.events.list_events()[0]
    person = next(p for p in store.people.expected_people(event.id)
                  if store.checkins.prior_checkin(event.id, p.id) is None)  # fmt: skip
    token = services.badges.token_for(event.organisation_id, person)
    assert services.checkins.scan(event.id, token, Method.CAMERA, "Gerbang 1").outcome.is_recorded
    pdf = tmp_path / "daftar-hadir.pdf"
    written = services.reports.write_pdf(event.id, ReportRequest(ReportKind.COMPLETE), pdf)
    assert written.path == pdf
    store.close()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    claim = read_claim(text)
    assert claim is not None
    code = next(line.split(": ")[1] for line in text.splitlines() if "Jangkar jejak audit" in line)
    return db_path, pdf, code, person


def test_report_carries_a_readable_code_that_verifies_by_code_and_by_file(printed):
    db_path, pdf, code, _ = printed
    by_code = netra("audit", "verify", "--anchor", code, db=db_path)
    assert by_code.returncode == 0, by_code.stdout
    assert f"Jangkar {code} cocok" in by_code.stdout
    by_file = netra("audit", "verify", "--anchor", str(pdf), "--json", db=db_path)
    assert by_file.returncode == 0, by_file.stdout
    assert json.loads(by_file.stdout)["anchor"] == {
        "code": code, "entries": int(code.split("-")[0]), "holds": True, "problem": None,
    }  # fmt: skip


def test_last_checkin_and_last_audit_entries_deleted_together_are_caught_by_the_anchor(printed):
    db_path, _, code, person = printed
    with sqlite3.connect(db_path) as connection:
        last_record = connection.execute(
            "SELECT MAX(id) FROM audit_log WHERE action = 'checkin.record'"
        ).fetchone()[0]
        connection.execute("DELETE FROM audit_log WHERE id >= ?", (last_record,))
        connection.execute("DELETE FROM checkin WHERE person_id = ?", (person.id,))
        connection.execute("DELETE FROM scan_log WHERE person_id = ?", (person.id,))
    plain = netra("audit", "verify", db=db_path)
    assert plain.returncode == 0  # the chain alone cannot see a cut tail
    anchored = netra("audit", "verify", "--anchor", code, db=db_path)
    assert anchored.returncode == 1
    assert f"JANGKAR {code} TIDAK COCOK" in anchored.stdout
    assert "entri terakhir telah dihapus" in anchored.stdout


def rewrite_chain(connection, change):
    """Apply ``change(body)`` to each entry and recompute every hash, as an insider would."""
    previous = GENESIS
    rows = connection.execute("SELECT id, at, actor, action, details FROM audit_log ORDER BY id")
    for entry_id, at, actor, action, details in rows.fetchall():
        body = json.loads(details)
        change(action, body)
        details = json.dumps(body, sort_keys=True, ensure_ascii=False)
        digest = entry_hash(previous, datetime.fromisoformat(at), actor, action, details)
        connection.execute(
            "UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE id = ?",
            (details, previous, digest, entry_id),
        )
        previous = digest


def test_chain_rewritten_before_the_anchor_is_caught_even_with_every_hash_recomputed(printed):
    db_path, _, code, person = printed

    def earlier(action, body):
        if action == "checkin.record":
            body["details"]["at"] = "2024-10-01 06:55:00"

    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "UPDATE checkin SET at = '2024-10-01 06:55:00' WHERE person_id = ?", (person.id,)
        )
        rewrite_chain(connection, earlier)
    anchored = netra("audit", "verify", "--anchor", code, db=db_path)
    assert anchored.returncode == 1
    assert "telah ditulis ulang" in anchored.stdout


def test_anchor_with_its_counts_edited_fails_its_organisation_signature(printed):
    db_path, pdf, _, _ = printed
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    anchor = read_claim(PdfReader(pdf).metadata.keywords).anchor
    forged = replace(anchor, counts={**anchor.counts, "checkins": 1}).full
    result = netra("audit", "verify", "--anchor", forged, db=db_path)
    assert result.returncode == 1 and "jangkar dipalsukan" in result.stdout
    assert "Jangkar jejak audit" in text
