import json
import sqlite3
import subprocess

import pytest

from app.core.pakta import SIGNER_NOTICE, PageStatus, SignerRole
from app.reports.pakta_pdf import render_pakta_pdf
from app.services.event_service import Invalid
from app.services.pakta_service import NeedsConfirmation, Signed
from app.store.models import AuditLog, PaktaSignature
from tests.pakta_samples import dot, scribble


@pytest.fixture
def event(demo):
    return demo.events.list_events()[0]


@pytest.fixture
def three_signers(demo, event):
    people = demo.pakta.candidates(event)[:3]
    roles = [SignerRole.CAMAT, SignerRole.KEPALA_DAERAH, SignerRole.KEPALA_OPD]
    for person, role in zip(people, roles, strict=True):
        assert not isinstance(demo.pakta.add_signer(event.id, person.id, role), Invalid)
    return demo.pakta.signers(event.id)


def _sign_all(demo, event, signers):
    for number, signer in enumerate(signers):
        assert isinstance(demo.pakta.sign(event, signer, scribble(number)), Signed)


def test_signers_are_placed_by_rank_and_told_at_the_gate(demo, event, three_signers):
    assert [s.role for s in three_signers] == [
        SignerRole.KEPALA_DAERAH, SignerRole.KEPALA_OPD, SignerRole.CAMAT,
    ]  # fmt: skip
    assert all(
        demo.store.pakta.notice_of(event.id, s.person_id) == SIGNER_NOTICE for s in three_signers
    )
    actions = [row.action for row in AuditLog.select().where(AuditLog.event_id == event.id)]
    assert actions.count("pakta.signer_add") == 3


def test_reorder_moves_one_signer_and_rank_sort_restores(demo, event, three_signers):
    camat = three_signers[2]
    demo.pakta.move(event.id, camat.person_id, -2)
    assert demo.pakta.signers(event.id)[0].person_id == camat.person_id
    demo.pakta.sort_by_rank(event.id)
    assert [s.person_id for s in demo.pakta.signers(event.id)] == [
        s.person_id for s in three_signers
    ]


def test_removing_a_signer_clears_their_gate_notice(demo, event, three_signers):
    target = three_signers[1]
    demo.pakta.remove_signer(event.id, target.person_id)
    assert demo.store.pakta.notice_of(event.id, target.person_id) == ""
    assert len(demo.pakta.signers(event.id)) == 2


def test_a_dot_is_refused_and_nothing_is_stored(demo, event, three_signers):
    result = demo.pakta.sign(event, three_signers[0], dot())
    assert isinstance(result, Invalid)
    assert "titik" in result.errors[0].message
    assert PaktaSignature.select().count() == 0


def test_signing_stores_strokes_text_and_fingerprint(demo, event, three_signers):
    signer = three_signers[0]
    result = demo.pakta.sign(event, signer, scribble())
    stored = demo.store.pakta.current_signature(event.id, signer.person_id)
    assert stored.fingerprint == result.fingerprint == stored.recomputed_fingerprint()
    assert signer.name in stored.text and "Wanasari, 1 Oktober 2024" in stored.text
    assert len(stored.signature.strokes) == 2
    assert all(len(p.__dict__) == 4 for s in stored.signature.strokes for p in s)
    assert demo.pakta.signers(event.id)[0].signed


def test_signing_again_needs_confirmation_and_keeps_both_in_the_audit_log(
    demo, event, three_signers
):
    signer = three_signers[0]
    first = demo.pakta.sign(event, signer, scribble(0))
    asked = demo.pakta.sign(event, signer, scribble(1))
    assert asked == NeedsConfirmation(first.fingerprint)
    assert (
        demo.store.pakta.current_signature(event.id, signer.person_id).fingerprint
        == first.fingerprint
    )
    second = demo.pakta.sign(event, signer, scribble(1), replace=True)
    assert second.replaced == first.fingerprint
    current = demo.store.pakta.current_signature(event.id, signer.person_id)
    assert current.fingerprint == second.fingerprint
    assert PaktaSignature.select().count() == 2
    entries = {
        row.action: json.loads(row.details)["details"]
        for row in AuditLog.select()
        .where(AuditLog.action.startswith("pakta."))
        .order_by(AuditLog.id)
    }
    assert entries["pakta.sign"]["fingerprint"] == first.fingerprint
    assert entries["pakta.resign"]["fingerprint"] == second.fingerprint
    assert entries["pakta.resign"]["previous"]["fingerprint"] == first.fingerprint
    assert entries["pakta.resign"]["previous"]["strokes"].startswith('{"w":')


def test_template_edits_are_checked_and_used_for_the_next_signer(demo, event, three_signers):
    bad = demo.pakta.save_template(event.id, "PAKTA\n\n{nama} {pangkat}", "Wanasari")
    assert isinstance(bad, Invalid)
    assert demo.pakta.template(event).is_default
    demo.pakta.save_template(
        event.id, "PAKTA KHUSUS\n\nNama : {nama}\n\n{tempat}, {tanggal}", "Kota Lama"
    )
    text = demo.pakta.pakta_text(event, three_signers[0])
    assert text.startswith("PAKTA KHUSUS") and "Kota Lama, 1 Oktober 2024" in text


def _pdftotext(path):
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_combined_pdf_has_one_page_per_signer_in_signing_order(
    demo, event, three_signers, tmp_path
):
    _sign_all(demo, event, three_signers)
    out = tmp_path / "pakta.pdf"
    result = demo.pakta.export_pdf(event, out)
    assert result.pages == 3
    pages = _pdftotext(out).split("\f")
    for page, signer in zip(pages, three_signers, strict=False):
        assert "PAKTA INTEGRITAS" in page
        assert signer.name in page and f"NIP. {signer.id_label}" in page
        assert "Wanasari, 1 Oktober 2024" in page
        stored = demo.store.pakta.current_signature(event.id, signer.person_id)
        assert stored.fingerprint in page
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page-*.png"))) == 3


def test_verify_says_every_untouched_page_matches(demo, event, three_signers, tmp_path):
    _sign_all(demo, event, three_signers)
    out = tmp_path / "pakta.pdf"
    demo.pakta.export_pdf(event, out)
    report = demo.pakta.verify_pdf(event.id, out)
    assert [c.status for c in report.pages] == [PageStatus.MATCH] * 3
    assert [c.name for c in report.pages] == [s.name for s in three_signers]


def test_verify_finds_a_page_whose_text_was_changed(demo, event, three_signers, tmp_path):
    _sign_all(demo, event, three_signers)
    pacts = demo.pakta.signed_pacts(event.id)
    forged = [pacts[0], type(pacts[1])(**{**pacts[1].__dict__, "nip": "19990101 202001 1 001"})]
    out = tmp_path / "forged.pdf"
    out.write_bytes(render_pakta_pdf(forged, "x"))
    report = demo.pakta.verify_pdf(event.id, out)
    assert [c.status for c in report.pages] == [PageStatus.MATCH, PageStatus.PAGE_CHANGED]


def test_verify_finds_a_stored_stroke_that_was_changed(
    demo, event, three_signers, tmp_path, db_path
):
    _sign_all(demo, event, three_signers)
    out = tmp_path / "pakta.pdf"
    demo.pakta.export_pdf(event, out)
    row = PaktaSignature.select().order_by(PaktaSignature.id).first()
    data = json.loads(row.strokes)
    data["strokes"][0][5][0] += 3.0  # one point of the first stroke moved 3 pixels
    with sqlite3.connect(db_path) as raw:
        raw.execute(
            "UPDATE pakta_signature SET strokes = ? WHERE id = ?",
            (json.dumps(data, separators=(",", ":")), row.id),
        )
    report = demo.pakta.verify_pdf(event.id, out)
    assert report.pages[0].status is PageStatus.STORED_DATA_CHANGED
    assert [c.status for c in report.pages[1:]] == [PageStatus.MATCH] * 2


def test_verify_reports_an_older_replaced_signature(demo, event, three_signers, tmp_path):
    _sign_all(demo, event, three_signers)
    old = tmp_path / "old.pdf"
    demo.pakta.export_pdf(event, old)
    demo.pakta.sign(event, three_signers[0], scribble(7), replace=True)
    report = demo.pakta.verify_pdf(event.id, old)
    assert report.pages[0].status is PageStatus.SUPERSEDED


def test_a_file_that_is_not_a_pdf_is_refused_by_name(demo, event, tmp_path):
    garbage = tmp_path / "bukan.pdf"
    garbage.write_bytes(b"hello, not a pdf")
    result = demo.pakta.verify_pdf(event.id, garbage)
    assert isinstance(result, Invalid)
    assert "bukan.pdf" in result.errors[0].message


def test_export_without_signatures_is_refused(demo, event, tmp_path):
    result = demo.pakta.export_pdf(event, tmp_path / "x.pdf")
    assert isinstance(result, Invalid)
    assert not (tmp_path / "x.pdf").exists()


def test_a_signature_carries_the_station_name_the_gate_gave_last(demo, event, three_signers):
    assert isinstance(demo.pakta.sign(event, three_signers[0], scribble(0)), Signed)
    demo.station = "Meja Pakta"  # what the gate does when its station is renamed
    assert isinstance(demo.pakta.sign(event, three_signers[1], scribble(1)), Signed)
    stations = {row.person_id: row.station for row in PaktaSignature.select()}
    assert stations == {
        three_signers[0].person_id: "Gerbang 1",
        three_signers[1].person_id: "Meja Pakta",
    }
