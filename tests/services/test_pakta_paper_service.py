"""Paper pakta sheets end to end: printed by the real PDF writer, rendered, inked, degraded as
a scanner or a phone leaves them, and read back through the real decoder."""

import hashlib
import io
import json
from dataclasses import replace

import cv2
import pytest
from pypdf import PdfReader

from app.core.badge_token import new_private_key
from app.core.nip import IdKind
from app.core.pakta_paper import BoxVerdict, PageOutcome, SignState
from app.core.pakta_sheet_token import SheetClaim, issue_sheet_token, text_version
from app.core.progress import Cancelled
from app.services.event_service import Invalid, Saved
from app.store.models import AuditLog, PaktaPaperPage
from benchmarks.pakta_paper_scans import Degradation, Ink
from tests.pakta_samples import scan_folder, scanned, scribble, sheets_pdf

UPRIGHT = Degradation(dpi=200, skew_deg=1.5)


@pytest.fixture
def event(demo):
    return demo.events.list_events()[0]


@pytest.fixture
def unit(demo, event):
    """A unit of the demo with at least three people."""
    units = [p.unit for p in demo.pakta.candidates(event)]
    return next(u for u in dict.fromkeys(units) if units.count(u) >= 3)


def _stored_rows(event_id):
    return [
        (r.person_id, r.verdict, r.image_sha256)
        for r in PaktaPaperPage.select()
        .where(PaktaPaperPage.event == event_id)
        .order_by(PaktaPaperPage.person)
    ]


def test_sheets_show_each_person_with_never_more_than_four_nik_digits(demo, event, tmp_path):
    pdf = sheets_pdf(demo, event, tmp_path)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    people = demo.pakta.candidates(event)
    units = set(p.unit for p in people)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= len(people) + len(units)
    with_nik = [p for p in people if p.id_kind is IdKind.NIK]
    with_nip = [p for p in people if p.id_kind is IdKind.NIP]
    assert with_nik and with_nip
    for person in with_nik:
        assert person.id_number not in text
        assert person.id_number[-4:] in text
    assert with_nip[0].display_id in text
    assert "Bundel lembar pakta integritas" in text


def test_sheets_of_one_unit_hold_only_that_unit(demo, event, unit, tmp_path):
    pdf = sheets_pdf(demo, event, tmp_path, unit)
    people = [p for p in demo.pakta.candidates(event) if p.unit == unit]
    assert len(PdfReader(io.BytesIO(pdf)).pages) == len(people) + 1  # and its cover


def test_signed_empty_and_dotted_boxes_are_told_apart_however_the_page_lies(
    demo, event, unit, tmp_path
):
    pdf = sheets_pdf(demo, event, tmp_path, unit)
    picks = [
        (1, Ink.SIGNED, Degradation(skew_deg=-4.5, upside_down=True, jpeg_quality=50)),
        (2, Ink.EMPTY, Degradation(skew_deg=4.8, noise=12)),
        (3, Ink.DOT, Degradation(phone=True)),
    ]
    folder = scan_folder(tmp_path, pdf, picks, dpi=150)
    report = scanned(demo, event, folder)
    assert [p.outcome for p in report.pages] == [PageOutcome.RECORDED] * 3
    assert report.pages[0].verdict is BoxVerdict.SIGNED
    assert report.pages[1].verdict is BoxVerdict.EMPTY
    assert report.pages[2].verdict is not BoxVerdict.SIGNED
    people = [p for p in demo.pakta.candidates(event) if p.unit == unit]
    assert [p.person_id for p in report.pages] == [p.id for p in people[:3]]
    row = PaktaPaperPage.get(PaktaPaperPage.person == people[0].id)
    assert hashlib.sha256(bytes(row.image)).hexdigest() == row.image_sha256
    signed = AuditLog.get(AuditLog.action == "pakta.paper_sign")
    assert json.loads(signed.details)["details"]["image_sha256"] == row.image_sha256


def test_page_without_a_readable_qr_is_listed_with_its_number(demo, event, unit, tmp_path):
    pdf = sheets_pdf(demo, event, tmp_path, unit)
    folder = scan_folder(tmp_path, pdf, [(1, Ink.SIGNED, UPRIGHT), (2, Ink.SIGNED, UPRIGHT)])
    damaged = cv2.imread(str(folder / "002.jpg"), cv2.IMREAD_GRAYSCALE)
    height, width = damaged.shape
    damaged[int(height * 0.68) : int(height * 0.88), int(width * 0.66) :] = 255  # QR torn off
    cv2.imwrite(str(folder / "002.jpg"), damaged)
    (folder / "003.png").write_bytes(b"not an image")
    report = scanned(demo, event, folder)
    assert [(p.number, p.outcome) for p in report.pages] == [
        (1, PageOutcome.RECORDED), (2, PageOutcome.UNREADABLE), (3, PageOutcome.UNREADABLE),
    ]  # fmt: skip
    assert [p.label for p in report.problems] == ["002.jpg", "003.png"]
    assert len(_stored_rows(event.id)) == 1


def test_sheet_of_another_event_is_refused(demo, event, unit, tmp_path):
    saved = demo.events.save(replace(event, id=None, title="Apel kedua"))
    assert isinstance(saved, Saved)
    other = demo.events.get(saved.event_id)
    pdf = sheets_pdf(demo, other, tmp_path, unit)
    report = scanned(demo, event, scan_folder(tmp_path, pdf, [(1, Ink.SIGNED, UPRIGHT)]))
    assert report.pages[0].outcome is PageOutcome.OTHER_EVENT
    assert _stored_rows(event.id) == []


def test_sheet_printed_with_an_older_text_is_refused(demo, event, unit, tmp_path):
    pdf = sheets_pdf(demo, event, tmp_path, unit)
    template = demo.pakta.template(event)
    changed = template.body.replace("dengan sadar", "dengan sadar dan sukarela")
    assert isinstance(demo.pakta.save_template(event.id, changed, template.place), object)
    assert demo.pakta_paper.text_version(event) != text_version(template.body, template.place)
    report = scanned(demo, event, scan_folder(tmp_path, pdf, [(1, Ink.SIGNED, UPRIGHT)]))
    assert report.pages[0].outcome is PageOutcome.OLD_VERSION
    assert _stored_rows(event.id) == []


def test_second_page_of_one_person_is_a_duplicate_counted_once(demo, event, unit, tmp_path):
    pdf = sheets_pdf(demo, event, tmp_path, unit)
    tilted = Degradation(skew_deg=-3)
    picks = [(1, Ink.SIGNED, UPRIGHT), (2, Ink.SIGNED, UPRIGHT), (1, Ink.SIGNED, tilted)]
    report = scanned(demo, event, scan_folder(tmp_path, pdf, picks))
    assert [p.outcome for p in report.pages] == [
        PageOutcome.RECORDED, PageOutcome.RECORDED, PageOutcome.DUPLICATE,
    ]  # fmt: skip
    assert report.pages[2].detail == "sama dengan halaman 1"
    coverage = demo.pakta_paper.coverage(event)
    assert next(u for u in coverage.units if u.unit == unit).signed_paper == 2


def test_scanning_the_same_bundle_again_changes_nothing(demo, event, unit, tmp_path):
    pdf = sheets_pdf(demo, event, tmp_path, unit)
    picks = [(1, Ink.SIGNED, UPRIGHT), (2, Ink.EMPTY, UPRIGHT), (3, Ink.DOT, UPRIGHT)]
    folder = scan_folder(tmp_path, pdf, picks)
    scanned(demo, event, folder)
    rows, audit = _stored_rows(event.id), AuditLog.select().count()
    again = scanned(demo, event, folder)
    assert [p.outcome for p in again.pages] == [PageOutcome.ALREADY_RECORDED] * 3
    assert _stored_rows(event.id) == rows
    assert AuditLog.select().count() == audit


def test_another_image_of_a_sheet_recorded_earlier_is_a_duplicate_naming_the_first(
    demo, event, unit, tmp_path
):
    pdf = sheets_pdf(demo, event, tmp_path, unit)
    scanned(demo, event, scan_folder(tmp_path, pdf, [(1, Ink.SIGNED, UPRIGHT)], name="first"))
    copy = Degradation(skew_deg=-2.5, noise=9)  # a photocopy of it, fed in another bundle
    report = scanned(demo, event, scan_folder(tmp_path, pdf, [(1, Ink.SIGNED, copy)], name="2"))
    assert report.pages[0].outcome is PageOutcome.DUPLICATE
    assert report.pages[0].detail == "sama dengan 001.jpg"
    assert report.problems == report.pages
    assert len(_stored_rows(event.id)) == 1


def test_sheet_signed_later_replaces_the_empty_one(demo, event, unit, tmp_path):
    pdf = sheets_pdf(demo, event, tmp_path, unit)
    scanned(demo, event, scan_folder(tmp_path, pdf, [(1, Ink.EMPTY, UPRIGHT)], name="first"))
    report = scanned(
        demo, event, scan_folder(tmp_path, pdf, [(1, Ink.SIGNED, UPRIGHT)], name="second")
    )
    assert report.pages[0].outcome is PageOutcome.REPLACED
    assert [row[1] for row in _stored_rows(event.id)] == [BoxVerdict.SIGNED.value]


def test_an_empty_paper_page_marked_signed_with_sql_is_named_by_audit_verify(
    demo, event, unit, tmp_path
):
    pdf = sheets_pdf(demo, event, tmp_path, unit)
    scanned(demo, event, scan_folder(tmp_path, pdf, [(1, Ink.EMPTY, UPRIGHT)], name="first"))
    scanned(demo, event, scan_folder(tmp_path, pdf, [(1, Ink.SIGNED, UPRIGHT)], name="second"))
    scanned(demo, event, scan_folder(tmp_path, pdf, [(2, Ink.EMPTY, UPRIGHT)], name="third"))
    assert demo.safety.verify_audit().intact  # a replaced page keeps its row
    empty = PaktaPaperPage.get(PaktaPaperPage.verdict == BoxVerdict.EMPTY.value)
    PaktaPaperPage.update(verdict=BoxVerdict.SIGNED.value).where(
        PaktaPaperPage.id == empty.id
    ).execute()
    report = demo.safety.verify_audit()
    assert [f.describe() for f in report.rows] == [
        f"halaman pakta kertas {empty.id}: diubah di luar aplikasi"
    ]


def _forged_sheet(demo, event, unit, tmp_path, token_for):
    """The event's sheets with the first person's QR replaced by ``token_for(real claim)``."""
    from app.reports import pakta_sheets_pdf

    original = pakta_sheets_pdf.render_sheets_pdf

    def with_forged_first(bundles, labels, keep_going):
        first = bundles[0].sheets[0]
        forged = replace(first, token=token_for(labels, first))
        bundles = [replace(bundles[0], sheets=[forged, *bundles[0].sheets[1:]]), *bundles[1:]]
        return original(bundles, labels, keep_going)

    pakta_sheets_pdf_render = "app.services.pakta_paper_service.render_sheets_pdf"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pakta_sheets_pdf_render, with_forged_first)
        return sheets_pdf(demo, event, tmp_path, unit)


def test_qr_signed_with_another_key_is_refused_as_forged(demo, event, unit, tmp_path):
    person = next(p for p in demo.pakta.candidates(event) if p.unit == unit)
    stranger_key = new_private_key()

    def forged(labels, _sheet):
        claim = SheetClaim(b"", event.id, person.id, labels.version)
        return issue_sheet_token(stranger_key, claim)

    pdf = _forged_sheet(demo, event, unit, tmp_path, forged)
    report = scanned(demo, event, scan_folder(tmp_path, pdf, [(1, Ink.SIGNED, UPRIGHT)]))
    assert report.pages[0].outcome is PageOutcome.FORGED
    assert _stored_rows(event.id) == []


def test_qr_naming_another_person_under_the_real_signature_is_refused(demo, event, unit, tmp_path):
    def edited(_labels, sheet):
        # Swap the person id bytes: the token keeps its length and alphabet, the signature
        # no longer covers it.
        import base64

        body = sheet.token[3:]
        raw = bytearray(base64.b32decode(body + "=" * (-len(body) % 8)))
        raw[11] ^= 0x01
        return "NP1" + base64.b32encode(bytes(raw)).decode().rstrip("=")

    pdf = _forged_sheet(demo, event, unit, tmp_path, edited)
    report = scanned(demo, event, scan_folder(tmp_path, pdf, [(1, Ink.SIGNED, UPRIGHT)]))
    assert report.pages[0].outcome is PageOutcome.FORGED


def test_cover_sheets_in_the_bundle_are_skipped(demo, event, unit, tmp_path):
    pdf = sheets_pdf(demo, event, tmp_path, unit)
    report = scanned(demo, event, scan_folder(tmp_path, pdf, [(0, Ink.EMPTY, UPRIGHT)]))
    assert report.pages[0].outcome is PageOutcome.COVER
    assert report.problems == []


def test_scanned_pdf_is_read_page_by_page(demo, event, unit, tmp_path):
    pdf_path = tmp_path / "sheets.pdf"
    pdf_path.write_bytes(sheets_pdf(demo, event, tmp_path, unit))
    report = scanned(demo, event, pdf_path)
    assert report.pages[0].outcome is PageOutcome.COVER
    assert {p.outcome for p in report.pages[1:]} == {PageOutcome.RECORDED}
    assert {p.verdict for p in report.pages[1:]} == {BoxVerdict.EMPTY}
    assert report.pages[1].label == "sheets.pdf halaman 2"


def test_missing_or_empty_source_is_refused_by_name(demo, event, tmp_path):
    missing = demo.pakta_paper.scan(event, tmp_path / "nothing.pdf")
    assert isinstance(missing, Invalid) and "nothing.pdf" in str(missing.errors[0])
    (tmp_path / "empty").mkdir()
    empty = demo.pakta_paper.scan(event, tmp_path / "empty")
    assert isinstance(empty, Invalid)


def test_coverage_counts_screen_paper_and_empty_sheets_per_unit(demo, event, unit, tmp_path):
    people = [p for p in demo.pakta.candidates(event) if p.unit == unit]
    pdf = sheets_pdf(demo, event, tmp_path, unit)
    scanned(
        demo,
        event,
        scan_folder(tmp_path, pdf, [(1, Ink.SIGNED, UPRIGHT), (2, Ink.EMPTY, UPRIGHT)]),
    )
    demo.pakta.add_signer(event.id, people[2].id)
    signer = next(s for s in demo.pakta.signers(event.id) if s.person_id == people[2].id)
    demo.pakta.sign(event, signer, scribble(1))
    coverage = demo.pakta_paper.coverage(event)
    row = next(u for u in coverage.units if u.unit == unit)
    assert (row.expected, row.signed_paper, row.signed_screen, row.returned_empty) == (
        len(people), 1, 1, 1,
    )  # fmt: skip
    assert row.not_signed == len(people) - 2
    pending = coverage.still_to_sign(unit)
    assert [p.person_id for p in pending] == [p.id for p in people[1:2] + people[3:]]
    assert pending[0].state is SignState.RETURNED_EMPTY
    assert coverage.total.expected == len(demo.pakta.candidates(event))


def test_follow_up_list_is_written_as_csv_and_as_pdf_per_unit(demo, event, unit, tmp_path):
    pdf = sheets_pdf(demo, event, tmp_path, unit)
    scanned(demo, event, scan_folder(tmp_path, pdf, [(1, Ink.SIGNED, UPRIGHT)]))
    people = [p for p in demo.pakta.candidates(event) if p.unit == unit]
    csv_out = demo.pakta_paper.write_follow_up(event, tmp_path / "follow.csv", unit)
    lines = (tmp_path / "follow.csv").read_text("utf-8-sig").splitlines()
    assert csv_out.rows == len(people) - 1 == len(lines) - 1
    assert people[0].display_name not in "\n".join(lines)
    assert people[1].display_name in lines[1]
    demo.pakta_paper.write_follow_up(event, tmp_path / "follow.pdf", unit)
    text = PdfReader(tmp_path / "follow.pdf").pages[0].extract_text()
    assert unit in text and people[1].display_name in text


def test_archive_holds_the_signed_pages_of_each_unit_in_roster_order(demo, event, unit, tmp_path):
    pdf = sheets_pdf(demo, event, tmp_path, unit)
    picks = [(3, Ink.SIGNED, UPRIGHT), (1, Ink.SIGNED, UPRIGHT), (2, Ink.EMPTY, UPRIGHT)]
    scanned(demo, event, scan_folder(tmp_path, pdf, picks))
    result = demo.pakta_paper.write_archive(event, tmp_path / "arsip")
    assert not isinstance(result, Invalid)
    assert result.pages == 2 and len(result.files) == 1
    reader = PdfReader(result.files[0])
    people = [p for p in demo.pakta.candidates(event) if p.unit == unit]
    captions = [page.extract_text() for page in reader.pages]
    assert [people[0].display_name in captions[0], people[2].display_name in captions[1]] == [
        True, True,
    ]  # fmt: skip
    stored = PaktaPaperPage.get(PaktaPaperPage.person == people[0].id)
    assert stored.image_sha256 in captions[0].replace("\n", "")
    xobjects = reader.pages[0]["/Resources"]["/XObject"]
    embedded = [x.get_object() for x in xobjects.values()]
    assert "/DCTDecode" in embedded[0]["/Filter"]
    image = embedded[0].get_data()
    assert hashlib.sha256(image).hexdigest() == stored.image_sha256  # the scan, not redrawn


def test_sheets_stopped_midway_leave_the_old_file_and_no_part_behind(demo, event, tmp_path):
    out = tmp_path / "lembar.pdf"
    out.write_bytes(b"yesterday's sheets")
    heard: list[tuple[int, int]] = []

    def keep_going(done: int, total: int) -> bool:
        heard.append((done, total))
        return done < 30

    assert isinstance(demo.pakta_paper.write_sheets(event, out, None, keep_going), Cancelled)
    assert heard[-1] == (30, len(demo.pakta.candidates(event)))
    assert out.read_bytes() == b"yesterday's sheets"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert not AuditLog.select().where(AuditLog.action == "export.write").exists()


def test_scan_stopped_midway_keeps_the_pages_read_and_says_so(demo, event, unit, tmp_path):
    pdf_path = tmp_path / "sheets.pdf"
    pdf_path.write_bytes(sheets_pdf(demo, event, tmp_path, unit))
    pages = len(PdfReader(pdf_path).pages)
    report = demo.pakta_paper.scan(event, pdf_path, lambda done, total: done < 2)
    assert report.stopped and len(report.pages) == 2 < pages
    assert len(_stored_rows(event.id)) == 1  # the cover, then one sheet: recorded whole
