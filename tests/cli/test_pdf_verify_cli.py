"""Signed PDFs changed after signing, as an insider would: every change is refused by
``netra pakta verify`` and ``netra pdf verify`` with the page named."""

import io
import json

import pytest
from asn1crypto import keys, x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, RectangleObject

from app.cli.main import main
from app.core.report_data import build_report
from tests.pakta_samples import scribble


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def pakta_file(demo, db_path, tmp_path):
    """A pakta export of three signed pacts (the file is signed when exported)."""
    event = demo.events.list_events()[0]
    for person in demo.pakta.candidates(event)[:3]:
        demo.pakta.add_signer(event.id, person.id)
    for number, signer in enumerate(demo.pakta.signers(event.id)):
        demo.pakta.sign(event, signer, scribble(number))
    out = tmp_path / "pakta.pdf"
    assert main(["--db", str(db_path), "pakta", "export", "--event", str(event.id),
                 "--out", str(out)]) == 0  # fmt: skip
    return out


def forge(path, change, demo):
    """Rewrite the file with ``change`` and sign it again with the organisation's own
    certificate from the database: the signature is then valid and trusted."""
    writer = PdfWriter(clone_from=str(path))
    writer._root_object.pop(NameObject("/AcroForm"), None)
    for page in writer.pages:
        page.pop(NameObject("/Annots"), None)
    change(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    pair = demo.pdf_signing.certificate(1)
    signer = signers.SimpleSigner(
        signing_cert=x509.Certificate.load(pair.certificate),
        signing_key=keys.PrivateKeyInfo.load(pair.private_key),
        cert_registry=SimpleCertificateStore(),
    )
    signed = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(buffer.getvalue())),
        signers.PdfSignatureMetadata(field_name="Netra"),
        signer=signer,
    )
    path.write_bytes(signed.getvalue())


def verify_both(capsys, db_path, path):
    pakta = run(capsys, "--db", db_path, "pakta", "verify", path, "--event", 1)
    generic = run(capsys, "--db", db_path, "pdf", "verify", path)
    return pakta, generic


def test_exported_pakta_is_signed_and_verifies(capsys, demo, db_path, pakta_file):
    pakta, generic = verify_both(capsys, db_path, pakta_file)
    assert pakta[0] == 0 and generic[0] == 0, pakta[1] + generic[1]
    fingerprint = demo.pdf_signing.certificate(1).fingerprint
    assert f"Sidik jari sertifikat: {fingerprint}" in generic[1]
    first_page = PdfReader(pakta_file).pages[0].extract_text()
    assert fingerprint in first_page


def test_annotation_drawn_over_the_name_is_refused_naming_the_page(
    capsys, demo, db_path, pakta_file
):
    def cover_name(writer):
        note = FreeText(text="Budi Santoso", rect=(70, 130, 300, 170), background_color="ffffff")
        writer.add_annotation(page_number=1, annotation=note)

    forge(pakta_file, cover_name, demo)
    for code, text in verify_both(capsys, db_path, pakta_file):
        assert code == 1 and "halaman 2: 1 anotasi ditambahkan" in text


def test_cropped_page_box_is_refused_naming_the_page(capsys, demo, db_path, pakta_file):
    def hide_signature(writer):
        writer.pages[2].cropbox = RectangleObject([0, 300, 595.28, 841.89])

    forge(pakta_file, hide_signature, demo)
    for code, text in verify_both(capsys, db_path, pakta_file):
        assert code == 1 and "halaman 3: ukuran atau batas halaman (page box) diubah" in text


def test_remapped_font_is_refused_naming_the_page(capsys, demo, db_path, pakta_file):
    def remap(writer):
        fonts = writer.pages[0]["/Resources"]["/Font"]
        bold = [fonts[name].get_object() for name in fonts]
        bold = [font for font in bold if "Bold" in str(font.get("/BaseFont"))]
        assert bold  # the name is printed in bold
        differences = ArrayObject([NumberObject(69), NameObject("/A")])
        bold[0][NameObject("/Encoding")] = DictionaryObject(
            {NameObject("/Differences"): differences}
        )

    forge(pakta_file, remap, demo)
    for code, text in verify_both(capsys, db_path, pakta_file):
        assert code == 1 and "halaman 1: huruf (font) diubah" in text


@pytest.mark.parametrize(
    ("pages", "count", "first_wrong"), [([0, 2], 2, 2), ([0, 1, 1, 2], 4, 3), ([0, 2, 1], 3, 2)],
    ids=["removed", "duplicated", "reordered"],
)  # fmt: skip
def test_pages_removed_duplicated_or_reordered_are_refused(
    capsys, demo, db_path, pakta_file, pages, count, first_wrong
):
    def shuffle(writer):
        source = PdfReader(pakta_file)
        for index in reversed(range(len(writer.pages))):
            writer.remove_page(index)
        for index in pages:
            writer.add_page(source.pages[index])
            writer.pages[-1].pop(NameObject("/Annots"), None)

    forge(pakta_file, shuffle, demo)
    for code, text in verify_both(capsys, db_path, pakta_file):
        assert code == 1
        if count != 3:
            assert f"berkas berisi {count} halaman, data tersimpan menghasilkan 3" in text
        assert f"halaman {first_wrong}: isi halaman berbeda dari data tersimpan" in text


def test_update_appended_after_signing_is_refused(capsys, db_path, pakta_file):
    writer = PdfWriter(str(pakta_file), incremental=True)
    writer.add_annotation(
        page_number=0, annotation=FreeText(text="sudah dicek", rect=(400, 700, 560, 730))
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    pakta_file.write_bytes(buffer.getvalue())
    for code, text in verify_both(capsys, db_path, pakta_file):
        assert code == 1
        assert "ada perubahan yang ditambahkan setelah tanda tangan digital" in text
        assert "halaman 1: 1 anotasi ditambahkan" in text


def test_daftar_hadir_is_signed_and_a_later_checkin_shows_which_page_changed(
    capsys, demo, db_path, tmp_path
):
    out = tmp_path / "hadir.pdf"
    assert run(capsys, "--db", db_path, "report", "attendance", "--event", 1, "--out", out)[0] == 0
    code, text = run(capsys, "--db", db_path, "pdf", "verify", out, "--json")
    verdict = json.loads(text)
    assert code == 0 and verdict["ok"] and verdict["signature_valid"], text
    fingerprint = demo.pdf_signing.certificate(1).fingerprint
    assert fingerprint in PdfReader(out).pages[0].extract_text()
    event = demo.events.list_events()[0]
    lines = build_report(demo.reports.report_input(event.id), None).lines  # reads, no anchor
    absent = next(line for line in lines if not line.present)
    late = ["checkin", "--event", 1, "--manual", absent.person.id_number, "--reason", "lupa"]
    assert run(capsys, "--db", db_path, *late)[0] == 0
    code, text = run(capsys, "--db", db_path, "pdf", "verify", out)
    assert code == 1 and "isi halaman berbeda dari data tersimpan" in text
    assert "Sidik jari sertifikat" in text  # the signature itself still holds


def test_organisation_certificate_loaded_from_pkcs12_signs_the_daftar_hadir(
    capsys, monkeypatch, demo, db_path, tmp_path
):
    from datetime import datetime

    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        load_der_private_key,
        pkcs12,
    )
    from cryptography.x509 import load_der_x509_certificate

    from app.core.pdf_certificate import new_self_signed

    made = new_self_signed("BSrE Uji - Pemkab Wanasari", datetime(2024, 1, 1))
    bundle = tmp_path / "bsre.p12"
    bundle.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"pemkab", load_der_private_key(made.private_key, None),
            load_der_x509_certificate(made.certificate), None,
            BestAvailableEncryption(b"rahasia-123"),
        )
    )  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO("salah\n"))
    code, text = run(capsys, "--db", db_path, "pdf", "certificate", "--load", bundle)
    assert code == 1 and "kata sandi salah" in text
    monkeypatch.setattr("sys.stdin", io.StringIO("rahasia-123\n"))
    code, text = run(capsys, "--db", db_path, "pdf", "certificate", "--load", bundle)
    assert code == 0 and made.fingerprint in text and "dimuat" in text
    out = tmp_path / "hadir.pdf"
    assert run(capsys, "--db", db_path, "report", "attendance", "--event", 1, "--out", out)[0] == 0
    code, text = run(capsys, "--db", db_path, "pdf", "verify", out)
    assert code == 0 and f"Sidik jari sertifikat: {made.fingerprint}" in text


def test_rekap_verifies_with_its_pakta_section_and_one_printed_before_the_pakta_still_does(
    capsys, demo, db_path, tmp_path
):
    before = tmp_path / "rekap-sebelum.pdf"
    rekap = ["report", "attendance", "--event", 1, "--part", "rekap"]
    assert run(capsys, "--db", db_path, *rekap, "--out", before)[0] == 0
    official = demo.pakta.candidates(demo.events.list_events()[0])[0]
    add = ["pakta", "add", "--event", 1, "--person", official.id_number]
    assert run(capsys, "--db", db_path, *add)[0] == 0
    after = tmp_path / "rekap-sesudah.pdf"
    assert run(capsys, "--db", db_path, *rekap, "--out", after)[0] == 0
    assert "CAKUPAN PAKTA" in "".join(page.extract_text() for page in PdfReader(after).pages)
    for path in (before, after):
        code, text = run(capsys, "--db", db_path, "pdf", "verify", path)
        assert code == 0, text
