"""Badge sheets checked as printed: text extracted, pages rendered, every QR decoded."""

import subprocess

import cv2
import pytest
import zxingcpp
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.core.badge_token import VerifiedBadge
from app.core.nip import format_nip
from app.reports.badges_pdf import TEXT_WIDTH, fit_text
from app.reports.qr_matrix import qr_matrix, qr_version
from app.services.badge_print_service import BadgeRequest, BadgesWritten
from app.services.event_service import Invalid
from tests.roster_files import demo_rows, write_xlsx

LONGEST_NAME = (
    "Prof. Dr. Ir. H. Raden Mas Muhammad Abdurrahman Wahyuningrat Kusumawardhana"
    "Prawiranegara, S.H., M.Hum., M.Si., M.M., Ph.D."
)


@pytest.fixture
def two_units(services, tmp_path):
    """An event of 30 people: 20 in Dinas Sosial, 10 in Dinas Kesehatan, one very long name."""
    services.demo.ensure_demo(1)
    event = services.events.list_events()[0]
    rows = demo_rows(31)[1:]
    for index, row in enumerate(rows):
        row[8] = "Dinas Sosial" if index < 20 else "Dinas Kesehatan"
    rows[0][1], rows[0][2], rows[0][3] = (
        LONGEST_NAME.split(", ")[0][20:],
        "Prof. Dr. Ir. H.",
        ("S.H., M.Hum., M.Si., M.M., Ph.D."),
    )
    services.roster.import_file(
        write_xlsx(tmp_path / "p.xlsx", rows), event.organisation_id, event.id
    )
    return services, event


def render_pages(pdf, folder, dpi=150):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "p")], check=True)
    return sorted(folder.glob("p-*.png"))


def pdf_text(pdf):
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_every_qr_on_the_rendered_pages_verifies_and_names_its_person(two_units, tmp_path):
    services, event = two_units
    out = tmp_path / "kartu.pdf"
    result = services.badge_printing.write_pdf(BadgeRequest(event.id, out))
    assert isinstance(result, BadgesWritten) and (result.badges, result.pages) == (31, 4)
    people = {p.id_number: p for p in services.store.people.expected_people(event.id)}
    text = pdf_text(out)
    decoded = []
    for page in render_pages(out, tmp_path):
        image = cv2.imread(str(page), cv2.IMREAD_GRAYSCALE)
        for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
            verified = services.badges.verify(event.organisation_id, barcode.text)
            assert isinstance(verified, VerifiedBadge), barcode.text
            person = people[verified.claim.person_id]
            assert person.printed_id in text and person.name.split()[0] in text
            decoded.append(person.id_number)
    assert sorted(decoded) == sorted(people)


def test_cards_are_sorted_by_unit_then_name_with_the_unit_in_the_footer(two_units, tmp_path):
    services, event = two_units
    out = tmp_path / "kartu.pdf"
    services.badge_printing.write_pdf(BadgeRequest(event.id, out))
    pages = pdf_text(out).split("\f")[:-1]
    footers = [" ".join(page.strip().splitlines()[-1].split()) for page in pages]
    units = [footer.split(" · ")[0] for footer in footers]
    assert units == sorted(units, key=str.casefold) and len(pages) == 4
    assert "Dinas Kesehatan · lembar 1 dari 1" in footers
    assert footers.index("Dinas Sosial · lembar 2 dari 2") == 2
    assert all("PEMERINTAH KABUPATEN WANASARI" in page for page in pages)
    sosial = pages[1] + pages[2]
    names = [
        p.name for p in services.store.people.expected_people(event.id) if p.unit == "Dinas Sosial"
    ]
    first_words = sorted(names, key=str.casefold)
    positions = [sosial.find(name.split()[0]) for name in first_words[:10]]
    assert positions == sorted(positions)


def test_unit_option_prints_only_that_unit_and_unknown_unit_is_explained(two_units, tmp_path):
    services, event = two_units
    only = services.badge_printing.write_pdf(
        BadgeRequest(event.id, tmp_path / "a.pdf", "dinas kesehatan")
    )
    assert only.badges == 10 and only.pages == 1
    missing = services.badge_printing.write_pdf(
        BadgeRequest(event.id, tmp_path / "b.pdf", "Dinas X")
    )
    assert isinstance(missing, Invalid) and "Dinas Sosial" in missing.errors[0].message


def test_longest_names_wrap_inside_the_card():
    fitted = fit_text(LONGEST_NAME, "Helvetica-Bold", TEXT_WIDTH, 3, (9, 6))
    assert 1 <= len(fitted.lines) <= 3
    assert all(
        stringWidth(line, "Helvetica-Bold", fitted.size) <= TEXT_WIDTH for line in fitted.lines
    )
    unbroken = fit_text("A" * 300, "Helvetica-Bold", TEXT_WIDTH, 3, (9, 6))
    assert len(unbroken.lines) == 3 and unbroken.lines[-1].endswith("…")
    assert all(stringWidth(t, "Helvetica-Bold", 6) <= TEXT_WIDTH for t in unbroken.lines)


def test_token_of_a_long_internal_id_still_fits_qr_version_7(demo):
    event = demo.events.list_events()[0]
    person = demo.store.people.expected_people(event.id)[0]
    from dataclasses import replace

    token = demo.badges.token_for(event.organisation_id, replace(person, id_number="A" * 32))
    assert qr_version(qr_matrix(token)) <= 7
    nip_token = demo.badges.token_for(event.organisation_id, person)
    assert qr_version(qr_matrix(nip_token)) <= 6


def test_a_nik_is_printed_only_by_its_last_four_digits(two_units, tmp_path):
    services, event = two_units
    out = tmp_path / "kartu.pdf"
    services.badge_printing.write_pdf(BadgeRequest(event.id, out))
    images = services.badge_printing.write_images(BadgeRequest(event.id, tmp_path / "png"))
    niks = [p for p in services.store.people.expected_people(event.id) if p.id_kind.value == "nik"]
    assert niks, "the roster has non-ASN people with a NIK"
    text = pdf_text(out).replace(" ", "")
    names = " ".join(path.name for path in images.files)
    for person in niks:
        assert person.id_number not in text and person.id_number[:12] not in text
        assert f"NIK••••••••••••{person.id_number[-4:]}" in text
        assert person.id_number not in names and person.id_number[:12] not in names
    nips = [p for p in services.store.people.expected_people(event.id) if p.id_kind.value == "nip"]
    assert all(format_nip(p.id_number).replace(" ", "") in text for p in nips)


def test_cards_laid_out_by_worker_processes_draw_the_same_pages(monkeypatch, tmp_path):
    import io

    from pypdf import PdfReader

    from app.reports import badges_pdf
    from app.reports.badges_pdf import BadgeCard, BadgeSheet, write_badges_pdf

    cards = [
        BadgeCard(name=f"Pegawai {n} {LONGEST_NAME if n % 7 == 0 else ''}", initials="PG",
                  id_label="NIP", id_text=f"19900101 201503 1 {n:03d}", position="Analis",
                  unit=f"Unit {n // 12}", status="PNS", token=f"NTR{n:05d}")
        for n in range(30)
    ]  # fmt: skip

    def pages(out):
        reader = PdfReader(io.BytesIO(out.read_bytes()))
        return [page.get_contents().get_data() for page in reader.pages]

    sheet = BadgeSheet("Pemerintah Kabupaten Wanasari", None, cards, "{unit} {page}/{pages}")
    write_badges_pdf(sheet, tmp_path / "alone.pdf")
    monkeypatch.setattr(badges_pdf, "PARALLEL_FROM", 1)
    monkeypatch.setattr(badges_pdf, "CHUNK", 4)
    write_badges_pdf(sheet, tmp_path / "workers.pdf")
    assert pages(tmp_path / "workers.pdf") == pages(tmp_path / "alone.pdf")
    assert len(pages(tmp_path / "alone.pdf")) == 5  # three units: 12, 12 and 6 cards
